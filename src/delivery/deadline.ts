// A signal that aborts after a timeout or with its parent, held by a real timer (AbortSignal.timeout inside
// AbortSignal.any can be garbage-collected before it fires, leaving a hung call hung).
import { DEADLINE_LATE_MS, DEADLINE_RECHECK_MS } from './tuning.js';

/** A signal with a deadline; call `done()` when the guarded call is over, to clear the timer. */
export interface Deadline {
  signal: AbortSignal;
  done(): void;
}

/**
 * Aborts after `ms` (with a TimeoutError) or when `parent` aborts (with its reason). When the timer fires late (the
 * event loop was busy), the call gets another DEADLINE_RECHECK_MS first, once: its answer may already be waiting unread.
 */
export function deadline(ms: number, parent?: AbortSignal): Deadline {
  const controller = new AbortController();
  let due = performance.now() + ms;
  let rechecked = false;
  const fire = () => {
    // Once only: under sustained lag a hung call must still be abandoned.
    if (!rechecked && performance.now() - due > DEADLINE_LATE_MS) {
      rechecked = true;
      due = performance.now() + DEADLINE_RECHECK_MS;
      timer = setTimeout(fire, DEADLINE_RECHECK_MS);
      return;
    }
    controller.abort(new DOMException(`timed out after ${ms} ms`, 'TimeoutError'));
  };
  let timer = setTimeout(fire, ms);
  const onAbort = () => controller.abort(parent?.reason);
  if (parent?.aborted) onAbort();
  else parent?.addEventListener('abort', onAbort, { once: true });
  return {
    signal: controller.signal,
    done() {
      clearTimeout(timer);
      parent?.removeEventListener('abort', onAbort);
    },
  };
}

/** Runs `call` with a deadline signal and clears the deadline afterwards. */
export async function withDeadline<T>(ms: number, parent: AbortSignal | undefined, call: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const d = deadline(ms, parent);
  try {
    return await call(d.signal);
  } finally {
    d.done();
  }
}
