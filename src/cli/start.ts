// `loa start`: runs the server (web chat and configured channels) until SIGINT or SIGTERM.
import type { Command } from 'commander';
import { tuneHeap } from '../heap-tuning.js';
import { cliContext } from './context.js';

/** Registers `start`. */
export function registerStartCommand(program: Command): void {
  program
    .command('start')
    .description('start the bot: web chat on HOST:PORT plus every channel whose settings are present')
    .action(async () => {
      tuneHeap();
      const { config, logger } = cliContext();
      const { startServer } = await import('../main.js');
      const server = await startServer(config, logger).catch((error: Error) => {
        process.stderr.write(`loa: could not start: ${error.message}\n`);
        process.exit(1);
      });
      const shutdown = async (signal: string) => {
        logger.info(`${signal} received, shutting down`);
        await server.stop();
        process.exit(0);
      };
      process.once('SIGINT', () => void shutdown('SIGINT'));
      process.once('SIGTERM', () => void shutdown('SIGTERM'));
    });
}
