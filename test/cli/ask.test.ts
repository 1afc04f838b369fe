// The `loa` command as a user runs it: --help, ask --json, JSON lines from stdin, and a bad setting.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, tempDir } from '../helpers/core.js';

let dir: string;
let cleanup: () => void;
beforeAll(() => ({ dir, cleanup } = tempDir()));
afterAll(() => cleanup());

const loa = (args: string[], input?: string, env: Record<string, string> = {}) =>
  spawnSync(process.execPath, [join(ROOT, 'bin/loa.js'), ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
    env: { ...process.env, DATABASE_PATH: join(dir, 'cli.db'), LOG_LEVEL: 'silent', OPENAI_API_KEY: '', OPENAI_BASE_URL: '', ...env },
    timeout: 60_000,
  });

describe('loa CLI', () => {
  it('prints help', () => {
    const result = loa(['--help']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/ask/u);
    expect(result.stdout).toMatch(/ingest/u);
    expect(result.stdout).toMatch(/start/u);
  });

  it('answers one question as JSON with the documented fields', () => {
    const result = loa(['ask', '--json', 'gia dinh hoc tap la gi']);
    expect(result.status, result.stderr).toBe(0);
    const data = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(Object.keys(data).sort()).toEqual(['answer', 'citations', 'latencyMs', 'mode', 'question', 'refused'].sort());
    expect(data.question).toBe('gia dinh hoc tap la gi');
    expect(data.refused).toBe(false);
    const citation = (data.citations as Record<string, unknown>[])[0]!;
    expect(Object.keys(citation)).toEqual(expect.arrayContaining(['n', 'title', 'reference', 'snippet']));
  });

  it('prints the answer with numbered sources as text', () => {
    const result = loa(['ask', 'Ngày Khuyến học Việt Nam là ngày nào?']);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/Nguồn:\n\[1\] /u);
  });

  it('reads one question per line from stdin and writes JSON lines', () => {
    const result = loa(['ask'], 'qd 677 la gi\n\ncach nau pho bo ngon\n');
    expect(result.status, result.stderr).toBe(0);
    const lines = result.stdout.trim().split('\n').map((line) => JSON.parse(line) as { question: string; refused: boolean });
    expect(lines.map((l) => l.question)).toEqual(['qd 677 la gi', 'cach nau pho bo ngon']);
    expect(lines.map((l) => l.refused)).toEqual([false, true]);
  });

  it('stops with one line naming a bad setting', () => {
    const result = loa(['ask', 'x'], undefined, { PORT: 'eighty' });
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/PORT/u);
  });
});
