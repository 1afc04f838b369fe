// Timing constants of messages in and out (inbox workers, pacing, retries), each with the figure behind it.

/** Longest wait for one platform send before it is abandoned and retried: Telegram answers in well under 1 s; 15 s covers a slow mobile uplink. */
export const SEND_TIMEOUT_MS = 15_000;

/** How long a 5xx / timeout may keep a reply retrying before it is reported failed: 10 min (a resident rarely waits longer). */
export const REPLY_MAX_AGE_MS = 10 * 60_000;

/** How long a 5xx / timeout may keep a correction, reminder or broadcast message retrying from its first failure
 * before it is reported failed with the reason: the replies' 10 minutes (a platform down longer needs a person). */
export const OUTBOX_MAX_RETRY_AGE_MS = REPLY_MAX_AGE_MS;

/** Backoff after the n-th transient failure: 1 s, 2 s, 4 s … capped at 30 s. */
export const transientBackoffMs = (attempt: number): number => Math.min(30_000, 1000 * 2 ** Math.max(0, attempt - 1));

/** Updates answered at once per channel: enough to keep a 30 msg/s budget busy while the answer engine runs. */
export const INBOX_CONCURRENCY = 32;

/** Times an update may be taken again after restarts before it is given up as a poison update. */
export const INBOX_MAX_TAKES = 5;
/** After the inbox could not be read (database busy or full), the worker tries again this much later. */
export const INBOX_RETRY_MS = 1_000;

/** Long-poll wait per getUpdates call (Telegram, Zalo Bot), in seconds. */
export const LONG_POLL_SEC = 30;

/** Extra time a long poll may take beyond its own wait before it is abandoned as hung: 10 s. */
export const LONG_POLL_GRACE_MS = 10_000;

/** Channel (re)start: first retry after 1 s, doubling up to 60 s; each start attempt abandoned after 20 s. */
export const RESTART_BACKOFF_MS = 1000;
export const RESTART_MAX_BACKOFF_MS = 60_000;
export const START_TIMEOUT_MS = 20_000;

/** Everything must be stopped within 10 s of SIGTERM; in-flight work gets 5 s, the rest is for closing. */
export const STOP_GRACE_MS = 5000;

/**
 * A deadline timer that fires this late (ms) means the event loop was blocked, not that the call hung: the answer may be
 * waiting unread. The deadline is then postponed by DEADLINE_RECHECK_MS, so a send accepted by the platform is not
 * abandoned and sent twice (bench:burst under CPU starvation: 15 duplicates in 1,000 before this rule).
 */
export const DEADLINE_LATE_MS = 200;
export const DEADLINE_RECHECK_MS = 1000;

/**
 * 429s within one second that mean the whole bot token is over its limit (then every sender waits retry_after); a
 * lone 429 holds only its chat. Pausing the token for every lone 429 cost about 30% of the budget in bench:burst
 * (1% random 429 with retry_after 1 s at 29 msg/s is one pause every ~3.4 s); two within a second still paused it
 * every ~13 s (4 pauses in one bench:burst run, ~120 of ~900 spare slots); three is one every ~90 s, while a token
 * really over its limit gets three 429s within about 0.1 s.
 */
export const TOKEN_429_BURST = 3;

/** Consecutive 429 answers to outbox sends on one channel that mean the whole channel is too fast rather than one chat
 * (then the channel waits retry_after): three, as TOKEN_429_BURST, for the same reason. */
export const OUTBOX_429_STREAK = 3;
