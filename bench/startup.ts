// `npm run bench:startup`: wall time to the first /healthz for `npm start` (up-to-date build) and the compiled server, and of one `loa ask` (from the snapshot and not).
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { formatTable } from '../src/eval/table.js';
import { spread } from './lib/stats.js';

const ROOT = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const runs = Number(args.includes('--runs') ? args[args.indexOf('--runs') + 1] : 5);
const QUESTION = 'tuần lễ học tập suốt đời tổ chức khi nào';
const dir = mkdtempSync(join(tmpdir(), 'loa-bench-startup-'));
const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', PORT: '0', DATABASE_PATH: join(dir, 'loa.db'), LOG_LEVEL: 'info' };

/** Starts `command`, waits for its "Web chat: on at" log line, GETs /healthz, and returns the elapsed milliseconds. */
function timeToHealthz(command: string, commandArgs: string[]): Promise<number> {
  const started = performance.now();
  const child = spawn(command, commandArgs, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const stop = () => {
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      // Already gone.
    }
  };
  return new Promise<number>((done, fail) => {
    let output = '';
    const onData = async (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const port = /Web chat: on at http:\/\/[^:]+:(\d+)/u.exec(output)?.[1];
      if (!port) return;
      child.stdout.off('data', onData);
      child.stderr.off('data', onData);
      const response = await fetch(`http://127.0.0.1:${port}/healthz`);
      const elapsed = performance.now() - started;
      stop();
      if (response.ok) done(elapsed);
      else fail(new Error(`/healthz answered ${response.status}`));
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => fail(new Error(`${command} exited (${code}) before listening:\n${output}`)));
  }).finally(() => new Promise((settled) => (child.exitCode === null ? child.once('exit', settled) : settled(undefined))));
}

/** Wall milliseconds of one run of `command` with `commandArgs` (node by default). */
function timeRun(commandArgs: string[], command = process.execPath): number {
  const started = performance.now();
  const result = spawnSync(command, commandArgs, { cwd: ROOT, env, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${command} ${commandArgs.join(' ')} failed: ${result.stderr}`);
  return performance.now() - started;
}

try {
  spawnSync(process.execPath, [join(ROOT, 'scripts/build.mjs')], { cwd: ROOT, stdio: 'inherit' });
  timeRun(['dist/cli.js', 'ask', QUESTION]); // Creates and indexes the database once, so every run below starts from the same state.
  const measures: [string, string, () => Promise<number> | number, string][] = [
    ['npm start (build up to date) → /healthz', 'npm start', () => timeToHealthz('npm', ['start', '--silent']), '≤ 1,500 ms'],
    ['node dist/cli.js start → /healthz', 'compiled server alone', () => timeToHealthz(process.execPath, ['dist/cli.js', 'start']), ''],
    ['bin/loa-ask "…"', 'loa ask from the snapshot, as the README says', () => timeRun([QUESTION], join(ROOT, 'bin', 'loa-ask')), '≤ 400 ms'],
    ['node bin/loa.js ask "…"', 'loa ask', () => timeRun(['bin/loa.js', 'ask', QUESTION]), ''],
    ['node dist/cli.js ask "…"', 'compiled CLI alone', () => timeRun(['dist/cli.js', 'ask', QUESTION]), ''],
    ['baseline: npx loa ask "…"', 'through npx', () => timeRun(['loa', 'ask', QUESTION], 'npx'), ''],
    ['baseline: node -e 0', "Node's own start", () => timeRun(['-e', '0']), ''],
    [
      'baseline: the build on every start, then the server',
      'build then start',
      () => timeToHealthz('sh', ['-c', `"${process.execPath}" scripts/build.mjs && exec "${process.execPath}" dist/cli.js start`]),
      '',
    ],
  ];
  const times = new Map<string, number[]>(measures.map(([name]) => [name, []]));
  // Interleaved: each round runs every measure once, so machine load affects them alike.
  for (let round = 0; round < runs; round++) {
    for (const [name, , run] of measures) times.get(name)!.push(await run());
  }
  console.log(`Start-up and CLI wall times over ${runs} interleaved runs (database already indexed; 2-core machine shared with other work)\n`);
  console.log(
    formatTable(
      ['measure', 'min ms', 'median ms', 'max ms', 'target'],
      measures.map(([name, , , target]) => {
        const s = spread(times.get(name)!);
        return [name, s.min.toFixed(0), s.median.toFixed(0), s.max.toFixed(0), target];
      }),
    ),
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
