// A fake OpenAI-compatible server on 127.0.0.1: scripted chat completions, errors and delays, with a request log.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One chat-completions request as received. */
export interface RecordedRequest {
  model: string;
  messages: { role: string; content: string }[];
}

/** What the server answers to one request: a completion text, an HTTP error, or a delay before either. */
export type Script = (request: RecordedRequest) => { text?: string; status?: number; delayMs?: number };

/** A running fake model server. */
export interface FakeOpenAI {
  /** Base URL to give the openai client (ends with /v1). */
  baseURL: string;
  requests: RecordedRequest[];
  /** Replaces the response script. */
  respond(script: Script): void;
  close(): Promise<void>;
}

/** Starts the fake server on a random port. */
export async function startFakeOpenAI(initial: Script = () => ({ text: 'OK [1]' })): Promise<FakeOpenAI> {
  let script = initial;
  const requests: RecordedRequest[] = [];
  const pending = new Set<ServerResponse>();

  const server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    if (req.method !== 'POST' || !req.url?.endsWith('/chat/completions')) {
      res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { message: 'not found' } }));
      return;
    }
    const request = JSON.parse(Buffer.concat(chunks).toString('utf8')) as RecordedRequest;
    requests.push(request);
    const { text = '', status = 200, delayMs = 0 } = script(request);
    pending.add(res);
    res.on('close', () => pending.delete(res));
    if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
    if (res.destroyed) return;
    if (status !== 200) {
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { message: `scripted ${status}`, type: 'server_error' } }));
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' }).end(
      JSON.stringify({
        id: `chatcmpl-${requests.length}`,
        object: 'chat.completion',
        created: Math.floor(Date.now() / 1000),
        model: request.model,
        choices: [{ index: 0, finish_reason: 'stop', message: { role: 'assistant', content: text } }],
        usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
      }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests,
    respond: (next) => {
      script = next;
    },
    close: () =>
      new Promise((resolve) => {
        for (const res of pending) res.destroy();
        server.close(() => resolve());
      }),
  };
}
