// The build as `npm install` runs it, in a copy of the project: one folder of chunks that answers, serves its pages and reads its caches.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, readlinkSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isBuildFresh } from '../scripts/build-state.mjs';
import { SERVER_NODE_OPTIONS } from '../src/heap-tuning.js';
import { ROOT, tempDir } from './helpers/core.js';

let copy: string;
let cleanup: () => void;
const env = () => ({ PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', DATABASE_PATH: join(copy, 'data', 'loa.db'), LOG_LEVEL: 'info', PORT: '0' });

beforeAll(() => {
  ({ dir: copy, cleanup } = tempDir('loa-build-'));
  for (const name of ['bin', 'scripts', 'src', 'prompts', 'knowledge', 'package.json', 'package-lock.json', 'tsconfig.json']) cpSync(join(ROOT, name), join(copy, name), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'), 'dir');
  const build = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: copy, encoding: 'utf8', timeout: 120_000 });
  expect(build.status, build.stderr).toBe(0);
}, 150_000);
afterAll(() => cleanup());

describe('the build', () => {
  it('writes every chunk into dist/ itself with the files the code reads at run time, zod (with its English messages only), pino and commander inside the chunks', () => {
    const dist = join(copy, 'dist');
    const scripts = readdirSync(dist).filter((name) => name.endsWith('.js'));
    expect(scripts).toContain('cli.js');
    expect(readdirSync(join(dist, 'store', 'migrations')).filter((name) => name.endsWith('.sql')).length).toBeGreaterThan(0);
    for (const name of ['channels/web/page.html', 'channels/web/favicon.svg', 'admin/assets/admin.css', 'admin/assets/admin.js', 'yaml-cache.json']) expect(readFileSync(join(dist, name)).length, name).toBeGreaterThan(0);
    expect(readdirSync(join(dist, 'core'), { recursive: true }).filter((name) => String(name).endsWith('.js'))).toEqual([]);
    for (const name of scripts) expect(readFileSync(join(dist, name), 'utf8'), name).not.toMatch(/from\s*["'](zod|pino|commander)["']/u);
    const locales = scripts.flatMap((name) => readFileSync(join(dist, name), 'utf8').match(/node_modules\/zod\/v4\/locales\/[\w-]+\.js/gu) ?? []);
    expect(locales).toContain('node_modules/zod/v4/locales/en.js');
    expect(locales.filter((locale) => !/\/(en|index)\.js$/u.test(locale))).toEqual([]);
    // Regular expressions with Unicode property escapes stay literals, compiled once, not `new RegExp("\\p{…}")` per call.
    const rebuilt = scripts.flatMap((name) => readFileSync(join(dist, name), 'utf8').match(/new RegExp\("[^"]*\\\\[pP]\{/gu) ?? []);
    expect(rebuilt).toEqual([]);
  });

  it('answers through bin/loa.js from the bundle (the build is fresh, so tsx is not used), and the bundle alone', () => {
    expect(isBuildFresh(copy)).toBe(true);
    for (const command of [['bin/loa.js'], ['dist/cli.js']]) {
      const result = spawnSync(process.execPath, [...command, 'ask', '--json', 'gia dinh hoc tap la gi'], { cwd: copy, env: env(), encoding: 'utf8', timeout: 60_000 });
      expect(result.status, result.stderr).toBe(0);
      const answer = JSON.parse(result.stdout) as { refused: boolean; citations: unknown[] };
      expect(answer.refused).toBe(false);
      expect(answer.citations.length).toBeGreaterThan(0);
    }
  });

  it('answers through bin/loa-ask from the snapshot the build wrote, as bin/loa.js answers; falls back to it when the sources changed, the snapshot is not as the build wrote it, or NODE_OPTIONS is set', () => {
    const questions = ['gia dinh hoc tap la gi', 'xin chao', 'Tuần lễ học tập suốt đời năm nay diễn ra khi nào?', 'chào ad, cho em hỏi tiêu chí dòng họ học tập gồm những gì ạ'];
    const run = (command: string, args: string[], extra: Record<string, string> = {}) => {
      const result = spawnSync(command, args, { cwd: copy, env: { ...env(), ...extra }, encoding: 'utf8', timeout: 60_000 });
      expect(result.status, result.stderr).toBe(0);
      return result.stdout;
    };
    const withoutLatency = (json: string) => ({ ...(JSON.parse(json) as Record<string, unknown>), latencyMs: undefined });
    const expected = questions.map((question) => withoutLatency(run(process.execPath, ['bin/loa.js', 'ask', '--json', question])));
    const loaJs = join(copy, 'bin', 'loa.js');
    const real = readFileSync(loaJs, 'utf8');
    // bin/loa.js replaced by one that only says it ran: the snapshot answers without it.
    writeFileSync(loaJs, "process.stdout.write(JSON.stringify({ fallback: process.argv.slice(2) }));\n");
    const cli = join(copy, 'src', 'cli.ts');
    const source = readFileSync(cli, 'utf8');
    try {
      expect(questions.map((question) => withoutLatency(run(join(copy, 'bin', 'loa-ask'), ['--json', question])))).toEqual(expected);
      const fallback = { fallback: ['ask', '--json', 'xin chao'] };
      // V8 options in NODE_OPTIONS: Node would refuse the snapshot with a message; loa ask is run instead, quietly.
      const optioned = spawnSync(join(copy, 'bin', 'loa-ask'), ['--json', 'xin chao'], { cwd: copy, env: { ...env(), NODE_OPTIONS: '--max-old-space-size=300' }, encoding: 'utf8' });
      expect([optioned.status, optioned.stderr, JSON.parse(optioned.stdout)]).toEqual([0, '', fallback]);
      // A snapshot with another time than the build recorded (rewritten, truncated, or another Node's) is not started.
      const blob = join(copy, 'dist', 'loa-ask.blob');
      const { atime, mtime } = statSync(blob);
      utimesSync(blob, atime, new Date(mtime.getTime() + 5_000));
      expect(JSON.parse(run(join(copy, 'bin', 'loa-ask'), ['--json', 'xin chao']))).toEqual(fallback);
      utimesSync(blob, atime, mtime);
      expect(withoutLatency(run(join(copy, 'bin', 'loa-ask'), ['--json', questions[1]!]))).toEqual(expected[1]);
      writeFileSync(cli, `${source}// edited after the build\n`);
      expect(JSON.parse(run(join(copy, 'bin', 'loa-ask'), ['--json', 'xin chao']))).toEqual(fallback);
    } finally {
      writeFileSync(loaJs, real);
      writeFileSync(cli, source);
    }
    expect(isBuildFresh(copy)).toBe(true);
  }, 120_000);

  it('passes a signal on to the loa ask it falls back to, and ends as it ends', async () => {
    const loaJs = join(copy, 'bin', 'loa.js');
    const real = readFileSync(loaJs, 'utf8');
    writeFileSync(loaJs, "process.on('SIGTERM', () => { process.stdout.write('stopped'); process.exit(3); });\nprocess.stdout.write('ready ');\nsetTimeout(() => {}, 20_000);\n");
    const cli = join(copy, 'src', 'cli.ts');
    const source = readFileSync(cli, 'utf8');
    writeFileSync(cli, `${source}// edited after the build\n`);
    try {
      const child = spawn(join(copy, 'bin', 'loa-ask'), ['xin chao'], { cwd: copy, env: env(), stdio: ['ignore', 'pipe', 'pipe'] });
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString('utf8');
        // The snapshot's process alone is signalled, as a supervisor would.
        if (output === 'ready ') child.kill('SIGTERM');
      });
      const code = await new Promise((done) => child.once('close', done));
      expect([output, code]).toEqual(['ready stopped', 3]);
    } finally {
      writeFileSync(loaJs, real);
      writeFileSync(cli, source);
    }
  }, 60_000);

  it.runIf(process.platform === 'linux')('runs the server under `npm start` with the Node options the server is tuned for', async () => {
    const child = spawn('npm', ['start'], { cwd: copy, env: env(), stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    try {
      await new Promise<void>((found, fail) => {
        let output = '';
        const onData = (chunk: Buffer) => {
          output += chunk.toString('utf8');
          if (/Web chat: on at http:/u.test(output)) found();
        };
        child.stdout.on('data', onData);
        child.stderr.on('data', onData);
        child.once('exit', (code) => fail(new Error(`exited (${code}):\n${output}`)));
      });
      // The server is the node process npm started in the copy running scripts/start.mjs.
      const server = readdirSync('/proc')
        .filter((name) => /^\d+$/u.test(name))
        .flatMap((pid) => {
          try {
            const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
            return readlinkSync(`/proc/${pid}/cwd`) === copy && args.includes('scripts/start.mjs') ? [args] : [];
          } catch {
            return [];
          }
        });
      expect(server).toHaveLength(1);
      for (const option of SERVER_NODE_OPTIONS) expect(server[0]).toContain(option);
    } finally {
      process.kill(-child.pid!, 'SIGTERM');
      await new Promise((done) => (child.exitCode === null ? child.once('exit', done) : done(undefined)));
    }
  }, 60_000);

  it('serves the chat page, its icon and the console assets from the bundle', async () => {
    const child = spawn(process.execPath, ['dist/cli.js', 'start'], { cwd: copy, env: env(), stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const port = await new Promise<string>((found, fail) => {
        let output = '';
        const onData = (chunk: Buffer) => {
          output += chunk.toString('utf8');
          const match = /Web chat: on at http:\/\/[^:]+:(\d+)/u.exec(output);
          if (match) found(match[1]!);
        };
        child.stdout.on('data', onData);
        child.stderr.on('data', onData);
        child.once('exit', (code) => fail(new Error(`exited (${code}):\n${output}`)));
      });
      const page = await fetch(`http://127.0.0.1:${port}/`);
      expect(page.status).toBe(200);
      expect(await page.text()).toMatch(/<html/iu);
      for (const path of ['/favicon.svg', '/admin/assets/admin.css', '/admin/assets/admin.js']) expect((await fetch(`http://127.0.0.1:${port}${path}`)).status, path).toBe(200);
    } finally {
      child.kill('SIGTERM');
      await new Promise((done) => (child.exitCode === null ? child.once('exit', done) : done(undefined)));
    }
  }, 60_000);
});
