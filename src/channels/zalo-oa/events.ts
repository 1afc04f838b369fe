// Reads Zalo OA webhook events into what Loa acts on: texts, other user messages, follows and unfollows.
import { z } from 'zod';

/** One OA event Loa acts on. `key` de-duplicates retries (msg_id for messages). */
export type OaEvent =
  | { type: 'text'; userId: string; text: string; key: string }
  | { type: 'unsupported'; userId: string; key: string }
  | { type: 'follow' | 'unfollow'; userId: string; key: string };

const id = z.union([z.string().min(1), z.number()]).transform(String);

const userMessage = z.object({
  event_name: z.string().regex(/^user_send_/u),
  sender: z.object({ id }),
  message: z.object({ msg_id: id, text: z.string().optional() }),
});

const following = z.object({
  event_name: z.enum(['follow', 'unfollow']),
  follower: z.object({ id }),
  timestamp: id,
});

/** The body's `timestamp` as text (it is part of the signature), or undefined. */
export function timestampOf(body: unknown): string | undefined {
  const parsed = z.object({ timestamp: id }).safeParse(body);
  return parsed.success ? parsed.data.timestamp : undefined;
}

/** Maps a verified webhook body; undefined for events Loa does not act on (OA's own messages, seen receipts…). */
export function parseOaEvent(body: unknown): OaEvent | undefined {
  const message = userMessage.safeParse(body);
  if (message.success) {
    const { event_name, sender, message: content } = message.data;
    const key = `msg:${content.msg_id}`;
    return event_name === 'user_send_text'
      ? { type: 'text', userId: sender.id, text: content.text ?? '', key }
      : { type: 'unsupported', userId: sender.id, key };
  }
  const follow = following.safeParse(body);
  if (follow.success) {
    const { event_name, follower, timestamp } = follow.data;
    return { type: event_name, userId: follower.id, key: `${event_name}:${follower.id}:${timestamp}` };
  }
  return undefined;
}
