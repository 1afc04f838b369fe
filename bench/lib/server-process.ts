// Runs a server (`node dist/cli.js start`, or the plain-FTS5 baseline) as a child process for benchmarks and reads its CPU and memory.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { SERVER_NODE_OPTIONS } from '../../src/heap-tuning.js';

const ROOT = resolve(import.meta.dirname, '../..');
/** Clock ticks per second of /proc/<pid>/stat times (USER_HZ, 100 on Linux). */
const TICKS_PER_SECOND = 100;

/** A running server process. */
export interface ServerProcess {
  port: number;
  pid: number;
  /** Peak resident memory in KiB (VmHWM), or undefined where /proc is not available. */
  peakRss(): number | undefined;
  /** Current resident memory in KiB (VmRSS), or undefined where /proc is not available. */
  rss(): number | undefined;
  /** CPU time (user + system) used so far in milliseconds, or undefined where /proc is not available. */
  cpuMs(): number | undefined;
  stop(): void;
}

/** Starts Loa's compiled server offline on a free port with a database in `dir`, with the Node options `npm start` gives it. */
export function startServerProcess(dir: string, env: Record<string, string> = {}): Promise<ServerProcess> {
  return startProcess([...SERVER_NODE_OPTIONS, join(ROOT, 'dist/cli.js'), 'start'], { PORT: '0', DATABASE_PATH: join(dir, 'server.db'), LOG_LEVEL: 'info', ...env });
}

/**
 * Starts the plain-FTS5 answerer (bench/lib/plain-answerer.mjs) with its index in `dir`, bundled first as the server is
 * (Loa's own modules inside, packages from node_modules: the bundle sits in node_modules/.cache to find them).
 */
export async function startPlainAnswerer(dir: string): Promise<ServerProcess> {
  const bundle = join(ROOT, 'node_modules', '.cache', 'loa-bench', 'plain-answerer.mjs');
  await build({ entryPoints: [join(ROOT, 'bench/lib/plain-answerer.mjs')], outfile: bundle, bundle: true, format: 'esm', platform: 'node', target: 'node20.12', packages: 'external', logLevel: 'warning' });
  return startProcess([bundle, join(dir, 'plain.db')], {});
}

/** Spawns node with `args`; resolves once its log (stderr) says "Web chat: on at http://host:port". */
function startProcess(args: string[], env: Record<string, string>): Promise<ServerProcess> {
  const child = spawn(process.execPath, args, { cwd: ROOT, env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
  const status = (field: string) => {
    try {
      return Number(new RegExp(`${field}:\\s+(\\d+)`, 'u').exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1]);
    } catch {
      return undefined;
    }
  };
  return new Promise((resolvePromise, reject) => {
    let output = '';
    child.once('exit', (code) => reject(new Error(`server exited (${code}) before listening:\n${output}`)));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      output += chunk;
      const port = /Web chat: on at http:\/\/[^:]+:(\d+)/u.exec(output)?.[1];
      if (!port) return;
      child.stderr.removeAllListeners('data').resume();
      resolvePromise({
        port: Number(port),
        pid: child.pid!,
        peakRss: () => status('VmHWM'),
        rss: () => status('VmRSS'),
        cpuMs: () => {
          try {
            const fields = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
            return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
          } catch {
            return undefined;
          }
        },
        stop: () => {
          child.removeAllListeners('exit');
          child.kill('SIGTERM');
        },
      });
    });
  });
}
