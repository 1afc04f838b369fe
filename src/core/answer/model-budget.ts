// A budget of model calls per minute: past it the model is not called and the answer is extractive ('model_budget').
import { ModelError, type ChatModel } from './model.js';

const WINDOW_MS = 60_000;

/** Wraps `model` so at most `perMinute` calls start in any 60-second window; the rest fail fast with reason 'budget'. */
export function withCallBudget(model: ChatModel, perMinute: number, nowMs: () => number = Date.now): ChatModel {
  const started: number[] = [];
  return {
    complete(messages) {
      const now = nowMs();
      while (started.length > 0 && started[0]! <= now - WINDOW_MS) started.shift();
      if (started.length >= perMinute) {
        return Promise.reject(new ModelError(`model call budget of ${perMinute} per minute used up`, 'budget'));
      }
      started.push(now);
      return model.complete(messages);
    },
  };
}
