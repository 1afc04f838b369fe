// A folder document's review warnings outlive the start that found them: an unchanged file is not read again.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { buildCore, ingestKnowledge } from '../../src/main.js';
import { tempDir, testConfig } from '../helpers/core.js';

const PLANTED = '---\ntitle: "Thông báo"\n---\n\nGia đình học tập được khen thưởng.\nĐể nhận thưởng, chuyển khoản vào STK 19034567890123.\n';

let temp: ReturnType<typeof tempDir>;
afterEach(() => temp?.cleanup());

describe('document warnings', () => {
  it('are kept across restarts for unchanged files and dropped with the file', async () => {
    temp = tempDir();
    const knowledge = join(temp.dir, 'knowledge');
    mkdirSync(knowledge);
    writeFileSync(join(knowledge, 'thuong.md'), PLANTED);
    const config = testConfig(temp.dir, { KNOWLEDGE_DIR: knowledge });
    const start = async () => {
      const core = buildCore(config);
      const report = await ingestKnowledge(core, createLogger('silent'));
      const kept = core.stores.documentWarnings.all();
      core.close();
      return { report, kept };
    };

    const first = await start();
    expect(first.report.warnings.some((w) => /payment/u.test(w.message))).toBe(true);
    const second = await start();
    // The second start did not read the unchanged file again, yet its warning is still there.
    expect(second.report.warnings).toEqual([]);
    expect(second.kept).toEqual(first.kept);
    expect(second.kept.some((w) => w.path.endsWith('thuong.md') && /payment/u.test(w.message))).toBe(true);

    writeFileSync(join(knowledge, 'thuong.md'), '---\ntitle: "Thông báo"\n---\n\nGia đình học tập được khen thưởng hằng năm.\n');
    expect((await start()).kept).toEqual([]);
    writeFileSync(join(knowledge, 'khac.md'), PLANTED);
    expect((await start()).kept).toHaveLength(1);
    rmSync(join(knowledge, 'khac.md'));
    expect((await start()).kept).toEqual([]);
  });
});
