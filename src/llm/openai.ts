// The ChatModel behind the official openai client, for any OpenAI-compatible server (loaded on first use).
import type OpenAI from 'openai';
import { ModelError, type ChatModel } from '../core/answer/model.js';

/** Connection settings of the model server. */
export interface OpenAIModelOptions {
  apiKey?: string;
  baseURL?: string;
  model: string;
  timeoutMs: number;
  /** Retries of the openai client for transient errors (kept low: a slow answer falls back to extractive). */
  maxRetries?: number;
}

/** Creates a chat model; a timeout or any API error becomes a ModelError. */
export function createOpenAIModel(options: OpenAIModelOptions): ChatModel {
  let sdk: Promise<{ client: OpenAI; isTimeout: (error: unknown) => boolean }> | undefined;
  const load = () =>
    (sdk ??= import('openai').then(({ default: OpenAIClient, APIConnectionTimeoutError }) => ({
      client: new OpenAIClient({
        apiKey: options.apiKey ?? 'not-needed',
        baseURL: options.baseURL,
        timeout: options.timeoutMs,
        maxRetries: options.maxRetries ?? 0,
      }),
      isTimeout: (error: unknown) => error instanceof APIConnectionTimeoutError,
    })));
  return {
    async complete(messages) {
      const { client, isTimeout } = await load();
      try {
        const completion = await client.chat.completions.create({
          model: options.model,
          messages: messages.map((m) => ({ role: m.role, content: m.content })),
          temperature: 0.1,
          max_tokens: 600,
        });
        return completion.choices[0]?.message?.content ?? '';
      } catch (error) {
        if (isTimeout(error)) throw new ModelError('model request timed out', 'timeout', { cause: error });
        throw new ModelError(`model request failed: ${(error as Error).message}`, 'error', { cause: error });
      }
    },
  };
}
