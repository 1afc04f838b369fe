// The whole server in a child process for bench:burst (killed with SIGKILL in the second run). Settings from the environment.
// With BENCH_BROADCAST=1 it schedules the staff broadcast "now" right after start. Prints "LISTENING <port>" on stdout.
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { startServer } from '../../src/main.js';

const config = loadConfig(process.env);
const server = await startServer(config, createLogger(config.LOG_LEVEL));
if (process.env.BENCH_BROADCAST === '1') {
  const at = new Date();
  server.core.desk.schedule({ text: process.env.BENCH_BROADCAST_TEXT ?? 'Thông báo', channel: 'telegram', sendAt: at, createdBy: 'bench' }, at);
}
process.stdout.write(`LISTENING ${server.port}\n`);
process.once('SIGTERM', () => {
  void server.stop().then(() => process.exit(0));
});
