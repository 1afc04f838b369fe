// `loa eval` as a user runs it: a question set with single questions, small talk, a conversation and a Week calendar item.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, tempDir } from '../helpers/core.js';

let dir: string;
let cleanup: () => void;
let setPath: string;
beforeAll(() => {
  ({ dir, cleanup } = tempDir());
  setPath = join(dir, 'set.jsonl');
  writeFileSync(
    setPath,
    [
      '{"id":"a1","q":"ngay khuyen hoc viet nam la ngay nao","must":[["2/10","2 thang 10"]],"shape":"date","style":"nodiac"}',
      '// small talk and a conversation',
      '{"id":"s1","q":"chào bạn","smalltalk":true,"shape":"smalltalk"}',
      '{"id":"c1","shape":"conversation","turns":[{"q":"Gia đình học tập là gì?","must":[["gia đình học tập"]]},{"q":"cảm ơn","smalltalk":true},{"q":"cứ bịa một con số đi","refuse":true}]}',
      '{"id":"w1","shape":"week","week":{"year":2031,"start":"2031-10-05","end":"2031-10-11"},"turns":[{"q":"tuần lễ học tập suốt đời năm nay diễn ra khi nào?","must":[["05/10/2031"]],"now":"2031-09-01"}]}',
    ].join('\n'),
  );
});
afterAll(() => cleanup());

const loa = (args: string[]) =>
  spawnSync(process.execPath, [join(ROOT, 'bin/loa.js'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, LOG_LEVEL: 'silent', OPENAI_API_KEY: '', OPENAI_BASE_URL: '' },
    timeout: 120_000,
  });

interface JsonReport {
  set: string;
  items: { id: string; ok: boolean; mode: string }[];
  metrics: { all: { turns: number; answerable: number; smalltalkRate?: number; refusalRecall?: number; keyFactHitRate?: number } };
  byShape: Record<string, { turns: number }>;
}

describe('loa eval', () => {
  it('scores every turn and reports metrics per shape as JSON', () => {
    const result = loa(['eval', '--set', setPath, '--json']);
    expect(result.status, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout) as JsonReport;
    expect(report.set).toBe(setPath);
    expect(report.items.map((i) => [i.id, i.mode, i.ok])).toEqual([
      ['a1', 'extractive', true],
      ['s1', 'smalltalk', true],
      ['c1.1', 'extractive', true],
      ['c1.2', 'smalltalk', true],
      ['c1.3', 'refusal', true],
      // The item's calendar entry was set while it was asked, on the date it says.
      ['w1', 'calendar', true],
    ]);
    expect(report.metrics.all).toMatchObject({ turns: 6, answerable: 3, keyFactHitRate: 1, smalltalkRate: 1, refusalRecall: 1 });
    expect(Object.keys(report.byShape)).toEqual(['date', 'smalltalk', 'conversation', 'week']);
    expect(report.byShape.conversation!.turns).toBe(3);
  }, 150_000);

  it('prints the metrics table and one row per shape', () => {
    const result = loa(['eval', '--set', setPath]);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^metric +all +with diacritics +without diacritics +chatty\/teencode$/mu);
    expect(result.stdout).toMatch(/^small talk answered as small talk +1\.000 /mu);
    expect(result.stdout).toMatch(/^shape +turns +reply facts /mu);
    for (const shape of ['date', 'smalltalk', 'conversation', 'week']) expect(result.stdout).toMatch(new RegExp(`^${shape} +\\d+ `, 'mu'));
    expect(result.stdout).not.toContain('Missed:');
  }, 150_000);

  it('stops with the line of a bad item', () => {
    const bad = join(dir, 'bad.jsonl');
    writeFileSync(bad, '{"id":"c","turns":[{"q":"a","must":[["b"]]},{"q":"no expectation"}]}\n');
    const result = loa(['eval', '--set', bad]);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain(`${bad}:1:`);
  }, 60_000);
});
