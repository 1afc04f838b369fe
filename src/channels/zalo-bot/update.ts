// Reads Zalo Bot updates (wrapped as {ok, result} or bare), their de-duplication key, and the IncomingMessage they carry.
import { z } from 'zod';
import type { IncomingMessage } from '../../core/types.js';

/** Zalo hides the content of messages from protected users and sends this event instead. */
export const HIDDEN_CONTENT_EVENT = 'message.unsupported.received';

const id = z.union([z.string().min(1), z.number()]).transform(String);

const updateSchema = z.object({
  event_name: z.string().min(1),
  message: z
    .object({
      message_id: id.optional(),
      from: z.object({ id, display_name: z.unknown().optional(), first_name: z.unknown().optional(), name: z.unknown().optional() }).optional(),
      chat: z.object({ id }),
      text: z.string().optional(),
      caption: z.string().optional(),
      date: z.number().optional(),
    })
    .optional(),
});

/** One update as Loa reads it. */
export type ZaloBotUpdate = z.infer<typeof updateSchema>;

/** Parses an update delivered bare or inside {ok, result}; undefined when it is not an update. */
export function parseUpdate(body: unknown): ZaloBotUpdate | undefined {
  const candidate = isRecord(body) && isRecord(body.result) && !('event_name' in body) ? body.result : body;
  const parsed = updateSchema.safeParse(candidate);
  return parsed.success ? parsed.data : undefined;
}

/** "event name:message id", the key retries and replays share; undefined when the update has no message id. */
export function dedupeKey(update: ZaloBotUpdate): string | undefined {
  const messageId = update.message?.message_id;
  return messageId === undefined ? undefined : `${update.event_name}:${messageId}`;
}

/**
 * Maps a message update: text → 'text' (or 'command' for a leading /word), images, stickers and other
 * message kinds → 'unsupported'. Undefined for non-message events and for hidden content (see HIDDEN_CONTENT_EVENT).
 */
export function toIncoming(update: ZaloBotUpdate, now: Date): IncomingMessage | undefined {
  const message = update.message;
  if (!message || update.event_name === HIDDEN_CONTENT_EVENT || !/^message\.[\w.-]+\.received$/u.test(update.event_name)) {
    return undefined;
  }
  const base = {
    address: { channel: 'zalo-bot' as const, chatId: message.chat.id },
    userId: message.from?.id ?? message.chat.id,
    userName: senderName(message.from),
    receivedAt: message.date !== undefined && message.date > 0 ? new Date(message.date < 1e12 ? message.date * 1000 : message.date) : now,
  };
  if (update.event_name !== 'message.text.received') return { ...base, kind: 'unsupported', text: message.caption ?? '' };
  const text = message.text ?? '';
  const command = /^\/([A-Za-z0-9_]+)(?:@\S*)?(?:\s+([\s\S]*))?$/u.exec(text.trim());
  return command
    ? { ...base, kind: 'command', text, command: (command[1] ?? '').toLowerCase(), args: (command[2] ?? '').trim() }
    : { ...base, kind: 'text', text };
}

/** Zalo has sent the sender's name as display_name, first_name or name: take the first that is a non-empty string. */
function senderName(from: { display_name?: unknown; first_name?: unknown; name?: unknown } | undefined): string | undefined {
  const name = [from?.display_name, from?.first_name, from?.name].find((value) => typeof value === 'string' && value.trim() !== '');
  return typeof name === 'string' ? name.trim() : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
