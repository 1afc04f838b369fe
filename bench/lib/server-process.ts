// Runs the compiled server (`node dist/cli.js start`) as a child process for benchmarks and reads its peak memory.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

/** A running server process. */
export interface ServerProcess {
  port: number;
  /** Peak resident memory in KiB (VmHWM), or undefined where /proc is not available. */
  peakRss(): number | undefined;
  stop(): void;
}

/** Starts the server offline on a free port with a database in `dir`; resolves once its log (stderr) says it listens. */
export function startServerProcess(dir: string): Promise<ServerProcess> {
  const child = spawn(process.execPath, [join(ROOT, 'dist/cli.js'), 'start'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', PORT: '0', DATABASE_PATH: join(dir, 'server.db'), LOG_LEVEL: 'info' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
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
        peakRss: () => {
          try {
            return Number(/VmHWM:\s+(\d+)/u.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1]);
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
