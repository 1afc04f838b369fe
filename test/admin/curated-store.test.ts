// Curated answers: diacritic-insensitive matching of the same and closely similar questions, edit and retire.
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../src/store/db.js';
import { createCuratedStore } from '../../src/store/curated.js';

const at = new Date('2025-09-01T08:00:00Z');
let db: Db;
afterEach(() => db?.close());

function store() {
  db = openDatabase(':memory:');
  const curated = createCuratedStore(db);
  const entry = curated.add(
    { questions: ['Gia đình học tập là gì?'], answer: 'Gia đình học tập là …', source: { title: 'Thông tư 02', reference: 'TT 02/2024' } },
    'mod',
    at,
  );
  return { curated, entry };
}

describe('curated store', () => {
  it('matches the same question with or without diacritics and punctuation', () => {
    const { curated, entry } = store();
    expect(curated.match('gia dinh hoc tap la gi')?.id).toBe(entry.id);
    expect(curated.match('GIA ĐÌNH HỌC TẬP LÀ GÌ')?.id).toBe(entry.id);
    expect(curated.match('Gia đình học tập là gì ạ?')?.id).toBe(entry.id);
    expect(curated.match('cho hỏi gia đình học tập là gì')?.id).toBe(entry.id);
  });

  it('does not match different questions that share most words', () => {
    const { curated } = store();
    expect(curated.match('Dòng họ học tập là gì?')).toBeUndefined();
    expect(curated.match('Gia đình học tập cần điều kiện gì?')).toBeUndefined();
    expect(curated.match('học tập')).toBeUndefined();
    expect(curated.match('')).toBeUndefined();
  });

  it('keeps years apart', () => {
    const { curated } = store();
    curated.add({ questions: ['Tuần lễ học tập suốt đời năm 2025 diễn ra khi nào'], answer: 'x', source: { title: 't' } }, 'm', at);
    expect(curated.match('Tuần lễ học tập suốt đời năm 2025 diễn ra khi nào?')).toBeDefined();
    expect(curated.match('Tuần lễ học tập suốt đời năm 2024 diễn ra khi nào?')).toBeUndefined();
  });

  it('uses edits at once, across store instances on one connection, and stops matching when retired', () => {
    const { curated, entry } = store();
    const engineView = createCuratedStore(db);
    expect(engineView.match('gia dinh hoc tap la gi')?.answer).toBe('Gia đình học tập là …');
    curated.update(entry.id, { questions: ['Gia đình học tập là gì?'], answer: 'Mới', source: { title: 'T', url: 'https://x.vn' } }, 'mod2', at);
    expect(engineView.match('gia dinh hoc tap la gi')?.answer).toBe('Mới');
    expect(engineView.match('gia dinh hoc tap la gi')?.citations[0]).toMatchObject({ n: 1, title: 'T', url: 'https://x.vn' });
    curated.setRetired(entry.id, true, 'mod', at);
    expect(engineView.match('gia dinh hoc tap la gi')).toBeUndefined();
    expect(curated.list()).toHaveLength(0);
    expect(curated.list({ includeRetired: true })[0]?.retiredAt).toBeDefined();
    curated.setRetired(entry.id, false, 'mod', at);
    expect(engineView.match('gia dinh hoc tap la gi')?.id).toBe(entry.id);
  });

  it('matches any of several phrasings and drops duplicates', () => {
    const { curated } = store();
    const e = curated.add({ questions: ['Đăng ký công dân học tập ở đâu', 'dang ky cong dan hoc tap o dau?', ' '], answer: 'a', source: { title: 't' } }, 'm', at);
    expect(e.questions).toEqual(['Đăng ký công dân học tập ở đâu']);
    expect(curated.match('đăng ký công dân học tập ở đâu vậy')?.id).toBe(e.id);
  });
});
