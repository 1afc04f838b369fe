// The chat model the core depends on (implemented over the openai client in llm/), and its prompt texts.

/** One message of a chat exchange. */
export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

/** A chat completion model. Implementations throw ModelError on timeout or any failure. */
export interface ChatModel {
  complete(messages: readonly ChatMessage[]): Promise<string>;
}

/** Why a model call failed: 'timeout', 'error', or 'budget' (the calls-per-minute budget is used up). */
export class ModelError extends Error {
  constructor(
    message: string,
    readonly reason: 'timeout' | 'error' | 'budget',
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'ModelError';
  }
}

/** Prompt texts for grounded answers, loaded from prompts/. */
export interface GroundedPrompts {
  /** System prompt: role, rules, untrusted-data handling, citation format. */
  system: string;
  /** User message template (LangChain f-string) with {context} and {question}; write literal braces as {{ }}. */
  answer: string;
}
