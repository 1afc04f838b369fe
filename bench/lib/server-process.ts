// Child process of bench/answer.ts: the real server (startServer) on a free port; answers timing requests over IPC.
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { startServer } from '../../src/main.js';
import { timeEach } from './stats.js';

/** Messages the bench sends to this process. */
export type ServerRequest = { type: 'retrieval'; questions: string[]; rounds: number } | { type: 'stop' };

/** Messages this process sends back. */
export type ServerReply =
  | { type: 'ready'; port: number; documents: number; chunks: number }
  | { type: 'retrieval'; times: number[] }
  | { type: 'stopped'; peakRss: number };

const [databasePath, knowledgeDir, promptsDir] = process.argv.slice(2);
const send = (reply: ServerReply) => process.send?.(reply);
const config = loadConfig({ DATABASE_PATH: databasePath, KNOWLEDGE_DIR: knowledgeDir, PROMPTS_DIR: promptsDir, PORT: '0', LOG_LEVEL: 'silent' });
const server = await startServer(config, createLogger('silent'));
send({ type: 'ready', port: server.port, documents: server.core.knowledge.documentCount(), chunks: server.core.knowledge.chunkCount() });

process.on('message', (request: ServerRequest) => {
  void (async () => {
    if (request.type === 'retrieval') {
      send({ type: 'retrieval', times: await timeEach(request.questions, request.rounds, (q) => server.core.search.search(q, { limit: 5 })) });
    } else {
      await server.stop();
      send({ type: 'stopped', peakRss: process.resourceUsage().maxRSS * 1024 });
      process.disconnect();
    }
  })();
});
