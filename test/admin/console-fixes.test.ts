// Console fixes over HTTP: retrieval scores name their passage, the correction form starts from the bot's answer and
// offers the cited documents plus every indexed one, and the menu marks the page being viewed.
import { afterEach, describe, expect, it } from 'vitest';
import type { TurnRecord } from '../../src/core/types.js';
import { createDocumentDesk } from '../../src/knowledge/document-desk.js';
import { createConsoleDocumentStore } from '../../src/store/console-documents.js';
import { createDocumentOverview } from '../../src/store/document-overview.js';
import { createKnowledgeStore } from '../../src/store/knowledge-store.js';
import { openDatabase } from '../../src/store/db.js';
import { chunksOf } from '../../src/knowledge/document-intake.js';
import { tempDir } from '../helpers/core.js';
import { Client, testConsole } from './helpers.js';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

async function setup() {
  const temp = tempDir('loa-fixes-');
  const db = openDatabase(':memory:');
  const knowledge = createKnowledgeStore(db);
  const meta387 = { title: 'Quyết định phê duyệt Đề án xây dựng xã hội học tập', number: '387/QĐ-TTg', issued: '2022-03-25', status: 'in-force' as const, tags: [], source: 'https://example.gov.vn/387' };
  knowledge.replaceDocument('knowledge/qd-387.md', 'h1', meta387, chunksOf(meta387, '# Đề án\n\n## Mục tiêu\n\nĐến năm 2025, 85% gia đình đạt danh hiệu gia đình học tập.'));
  const meta44 = { title: 'Thông tư về danh hiệu cũ', number: '44/2014/TT-BGDĐT', status: 'superseded' as const, tags: [] };
  knowledge.replaceDocument('knowledge/tt-44.md', 'h2', meta44, chunksOf(meta44, 'Nội dung cũ về đánh giá danh hiệu.'));
  const chunkId = (db.prepare("SELECT c.id FROM chunks c JOIN documents d ON d.id = c.document_id WHERE d.number = '387/QĐ-TTg'").get() as { id: number }).id;
  const documents = createDocumentDesk({ store: createConsoleDocumentStore(db), index: knowledge, overview: createDocumentOverview(db), dataDir: temp.dir, folderFailures: () => [] });
  const env = testConsole({ documents }, db);
  cleanup = () => {
    env.close();
    temp.cleanup();
  };
  await env.addStaff('mod', 'moderator');
  const turn: TurnRecord = {
    channel: 'web',
    chatId: 'w1',
    userId: 'w1',
    question: 'Bao nhiêu gia đình đạt danh hiệu?',
    answer: 'Đến năm 2025, 85% gia đình đạt danh hiệu gia đình học tập. [1]',
    mode: 'extractive',
    refused: false,
    citations: [{ n: 1, title: meta387.title, reference: 'Quyết định 387/QĐ-TTg, 25/03/2022', url: meta387.source, snippet: '85%', chunkId }],
    scores: [{ chunkId, score: 2.5, coverage: 0.8 }, { chunkId: 99_999, score: 1.1, coverage: 0.4 }],
    latencyMs: 5,
    createdAt: env.clock.now,
  };
  const id = env.turns.record(turn);
  const client = new Client(env.app);
  await client.login('mod');
  return { client, id, meta387, chunkId };
}

describe('console fixes', () => {
  it('names each scored passage by its document title and heading', async () => {
    const { client, id, meta387, chunkId } = await setup();
    const page = await (await client.get(`/admin/turns/${id}`)).text();
    const table = /<table class="scores">([\s\S]*?)<\/table>/u.exec(page)?.[1] ?? '';
    expect(table).toContain(`<strong>${meta387.title}</strong> › Mục tiêu <span class="muted">(đoạn ${chunkId})</span>`);
    expect(table).toContain('đoạn 99999 (không còn trong chỉ mục)');
  });

  it('starts the correction from the bot answer and offers the cited document and a search of all documents', async () => {
    const { client, id, meta387 } = await setup();
    const page = await (await client.get(`/admin/turns/${id}/correct`)).text();
    expect(/<textarea id="answer"[^>]*>([^<]*)<\/textarea>/u.exec(page)?.[1]).toBe('Đến năm 2025, 85% gia đình đạt danh hiệu gia đình học tập.');
    expect(page).toContain(`id="title" name="title" required maxlength="300" value="${meta387.title}"`);
    expect(page).toContain('value="Quyết định 387/QĐ-TTg, 25/03/2022"');
    expect(page).toContain(`data-source-title="${meta387.title}"`);
    const datalist = /<datalist id="known-sources">([\s\S]*?)<\/datalist>/u.exec(page)?.[1] ?? '';
    expect(datalist).toContain('value="Thông tư về danh hiệu cũ" data-reference="44/2014/TT-BGDĐT"');
    // The menu marks the conversations page, where the moderator came from.
    expect(page).toContain('<a href="/admin/turns" aria-current="page">');
  });
});
