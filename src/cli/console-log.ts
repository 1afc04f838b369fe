// Log output of the CLI: JSON lines on stderr, or short readable lines when stderr is a terminal.
import { pino } from 'pino';

const LEVELS: Record<number, string> = { 10: 'TRACE', 20: 'DEBUG', 30: 'INFO ', 40: 'WARN ', 50: 'ERROR', 60: 'FATAL' };

/** Where the CLI's logger writes: JSON for machines, "12:00:01 INFO  message key=value" for people at a terminal. */
export function logDestination(): pino.DestinationStream {
  const stream = process.stderr;
  if (!stream.isTTY) return pino.destination(2);
  return {
    write(line: string) {
      const { level, time, msg, ...fields } = JSON.parse(line) as { level: number; time: number; msg?: string } & Record<string, unknown>;
      const extra = Object.entries(fields)
        .map(([key, value]) => `${key}=${typeof value === 'string' ? value : JSON.stringify(value)}`)
        .join(' ');
      const clock = new Date(time).toTimeString().slice(0, 8);
      stream.write(`${clock} ${LEVELS[level] ?? level} ${msg ?? ''}${extra ? `  ${extra}` : ''}\n`);
    },
  };
}
