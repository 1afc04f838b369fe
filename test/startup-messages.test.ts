// Start-up messages: the console URL and how to create the first staff account, a busy port naming PORT, and the
// files `loa ingest` skipped with the reason.
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { ingest } from '../src/knowledge/ingest.js';
import { startServer } from '../src/main.js';
import { openDatabase } from '../src/store/db.js';
import { createKnowledgeStore } from '../src/store/knowledge-store.js';
import { createStaffStore } from '../src/store/staff.js';
import { tempDir, testConfig } from './helpers/core.js';

let temp: ReturnType<typeof tempDir> | undefined;
afterEach(() => temp?.cleanup());

function capture() {
  const lines: string[] = [];
  const logger = pino({ level: 'info' }, { write: (line: string) => void lines.push((JSON.parse(line) as { msg: string }).msg) });
  return { logger, lines };
}

describe('start-up messages', () => {
  it('names the console URL and, while no staff account exists, the command that creates one', async () => {
    temp = tempDir('loa-start-');
    const first = capture();
    const server = await startServer(testConfig(temp.dir, { LOG_LEVEL: 'info' }), first.logger);
    expect(first.lines).toContain(`Staff console: http://127.0.0.1:${server.port}/admin`);
    expect(first.lines.some((line) => line.includes('npx loa staff add --name YOUR_NAME --role admin'))).toBe(true);
    createStaffStore(server.core.db).add({ name: 'lan', role: 'admin', passwordHash: 'x' }, new Date());
    await server.stop();

    const second = capture();
    const again = await startServer(testConfig(temp.dir, { LOG_LEVEL: 'info' }), second.logger);
    await again.stop();
    expect(second.lines.some((line) => line.includes('Staff console:'))).toBe(true);
    expect(second.lines.some((line) => line.includes('loa staff add'))).toBe(false);
  }, 60_000);

  it('says to change PORT when the port is in use', async () => {
    temp = tempDir('loa-port-');
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const { port } = blocker.address() as AddressInfo;
    try {
      await expect(startServer(testConfig(temp.dir, { PORT: String(port) }), pino({ level: 'silent' }))).rejects.toThrow(
        new RegExp(`port ${port} on 127\\.0\\.0\\.1 is already in use; set PORT to a free port`, 'u'),
      );
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
  }, 60_000);

  it('reports the files of a folder that ingest skipped, and why', async () => {
    temp = tempDir('loa-skip-');
    const folder = join(temp.dir, 'docs');
    mkdirSync(join(folder, 'sub'), { recursive: true });
    writeFileSync(join(folder, 'a.md'), '# A\n\nGia đình học tập là danh hiệu.');
    writeFileSync(join(folder, 'sub', 'bang-diem.xlsx'), 'PK');
    writeFileSync(join(folder, 'anh.png'), 'x');
    writeFileSync(join(folder, '.ghi-chu'), 'x');
    writeFileSync(join(folder, 'synonyms.yaml'), 'groups: []');
    const db = openDatabase(join(temp.dir, 'loa.db'));
    try {
      const report = await ingest(createKnowledgeStore(db), [folder], { baseDir: temp.dir });
      expect(report.added).toEqual(['docs/a.md']);
      expect(report.skipped.map((s) => s.path)).toEqual(['docs/anh.png', 'docs/sub/bang-diem.xlsx']);
      expect(report.skipped[0]?.reason).toMatch(/^unsupported format \(Loa reads \.md, /u);
    } finally {
      db.close();
    }
  });
});
