// `loa ask` (one question, or JSON lines from stdin) and `loa chat` (interactive prompt).
import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import { renderPlainText } from '../core/text/render.js';
import type { Reply } from '../core/types.js';
import type { Core } from '../main.js';
import { cliContext } from './context.js';

/** The JSON shape `loa ask --json` prints for each question. */
export interface AskResult {
  question: string;
  answer: string;
  refused: boolean;
  mode: string;
  citations: { n: number; title: string; reference: string; url?: string; snippet: string }[];
  latencyMs: number;
}

/** Registers `ask` and `chat`. */
export function registerAskCommands(program: Command): void {
  program
    .command('ask')
    .description('answer one question; without a question, read one per line from stdin and print JSON lines')
    .argument('[question...]', 'the question (quote it or not)')
    .option('--json', 'print a JSON object instead of text')
    .action(async (words: string[], options: { json?: boolean }) => {
      const core = await openCore();
      try {
        if (words.length > 0) {
          const result = await ask(core, words.join(' '), `ask-${process.pid}-${Date.now()}`);
          process.stdout.write(options.json ? `${JSON.stringify(result)}\n` : `${renderPlainText(toReply(result), core.prompts.messages.sourcesHeading)}\n`);
        } else {
          const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
          let n = 0;
          for await (const line of lines) {
            if (line.trim() === '') continue;
            process.stdout.write(`${JSON.stringify(await ask(core, line, `stdin-${process.pid}-${n++}`))}\n`);
          }
        }
      } finally {
        core.close();
      }
    });

  program
    .command('chat')
    .description('interactive chat in the terminal (Ctrl+D to quit)')
    .action(async () => {
      const core = await openCore();
      const chatId = `chat-${process.pid}-${Date.now()}`;
      const rl = createInterface({ input: process.stdin, output: process.stdout, prompt: 'Bạn: ' });
      process.stdout.write(`${core.prompts.messages.welcome}\n\n`);
      rl.prompt();
      for await (const line of rl) {
        if (line.trim() !== '') {
          const result = await ask(core, line, chatId);
          process.stdout.write(`Loa: ${renderPlainText(toReply(result), core.prompts.messages.sourcesHeading)}\n\n`);
        }
        rl.prompt();
      }
      core.close();
    });
}

async function openCore(): Promise<Core> {
  const { config, logger } = cliContext();
  const { buildCore, ingestKnowledge } = await import('../main.js');
  const core = buildCore(config);
  await ingestKnowledge(core, logger);
  return core;
}

/** Answers one question through the assistant (logged as a 'cli' turn) and measures latency. */
export async function ask(core: Core, question: string, chatId: string): Promise<AskResult> {
  const started = performance.now();
  const reply = await core.assistant.handle({
    address: { channel: 'cli', chatId },
    userId: 'cli',
    kind: 'text',
    text: question,
    receivedAt: new Date(),
  });
  return {
    question,
    answer: reply.text,
    refused: reply.refused,
    mode: reply.mode,
    citations: reply.citations.map(({ n, title, reference, url, snippet }) => ({ n, title, reference, url, snippet })),
    latencyMs: Math.round((performance.now() - started) * 100) / 100,
  };
}

function toReply(result: AskResult): Reply {
  return { text: result.answer, citations: result.citations, refused: result.refused, mode: result.mode as Reply['mode'] };
}
