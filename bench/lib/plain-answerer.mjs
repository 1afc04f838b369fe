// The baseline answerer of `npm run bench`: plain SQLite FTS5 (bm25, top 1) behind POST /api/chat on Loa's HTTP stack
// (Hono on @hono/node-server, the same JSON request check), bundled into JavaScript like the server by
// bench/lib/server-process.ts (it imports Loa's TypeScript). Run from the project's root: node BUNDLE DB_FILE.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { serve } from '@hono/node-server';
import Database from 'better-sqlite3';
import { Hono } from 'hono';
import { z } from 'zod';
import { tokenize } from '../../src/core/text/vietnamese.ts';
import { chunkText } from '../../src/knowledge/chunker.ts';
import { loaderFor } from '../../src/knowledge/loaders/index.ts';

/** The project's root: the bundle runs from a cache folder, started with the root as its working directory. */
const ROOT = process.cwd();
const db = new Database(process.argv[2]);
db.pragma('journal_mode = WAL');
db.exec(`CREATE VIRTUAL TABLE t USING fts5(title, heading, text, tokenize = "unicode61 remove_diacritics 2")`);
const insert = db.prepare('INSERT INTO t (title, heading, text) VALUES (?, ?, ?)');
const files = readdirSync(join(ROOT, 'knowledge'), { recursive: true }).map((name) => join(ROOT, 'knowledge', String(name)));
for (const file of files.sort()) {
  const loader = loaderFor(file);
  if (!loader) continue;
  const { meta, body } = await loader(readFileSync(file), basename(file));
  db.transaction(() => chunkText(body).forEach((chunk) => insert.run(meta.title, chunk.heading, chunk.text)))();
}
const select = db.prepare('SELECT title, text FROM t WHERE t MATCH ? ORDER BY bm25(t) LIMIT 1');
const chatRequest = z.object({ sessionId: z.string().regex(/^[A-Za-z0-9_-]{1,100}$/u), text: z.string().max(100_000) });

const app = new Hono();
app.get('/healthz', (c) => c.json({ ok: true }));
app.post('/api/chat', async (c) => {
  const parsed = chatRequest.safeParse(await c.req.json().catch(() => undefined));
  if (!parsed.success) return c.json({ error: 'sessionId and text' }, 400);
  const terms = [...new Set(tokenize(parsed.data.text))].map((t) => `"${t.replace(/"/gu, '""')}"`);
  const best = terms.length === 0 ? undefined : select.get(terms.join(' OR '));
  return c.json(best ? { answer: best.text, refused: false, mode: 'fts5', citations: [{ n: 1, title: best.title }] } : { answer: '', refused: true, mode: 'fts5', citations: [] });
});
serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, (info) => process.stderr.write(`Web chat: on at http://127.0.0.1:${info.port}\n`));
