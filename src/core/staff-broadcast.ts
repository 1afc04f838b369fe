// /broadcast for staff on channels without buttons (Zalo): write the text, see the preview, reply GỬI or HỦY.
import type { MessageHandler } from './assistant.js';
import { renderPreview, renderStatus, type BroadcastDesk, type BroadcastTexts } from './broadcasting.js';
import { fill } from './messages.js';
import { foldText } from './text/vietnamese.js';
import type { IncomingMessage, Reply } from './types.js';

/** What the typed /broadcast dialogue needs. */
export interface StaffBroadcastDeps {
  desk: BroadcastDesk;
  texts: BroadcastTexts;
  /** True for a sender allowed to broadcast from this message's channel (e.g. STAFF_ZALO_IDS on Zalo). */
  isStaff(message: IncomingMessage): boolean;
  /** Channels this dialogue serves; others (Telegram, with its button dialogue) pass through. */
  channels: ReadonlySet<string>;
  timeZone: string;
  /** How long an unconfirmed draft is kept (default 30 minutes). */
  draftTtlMs?: number;
}

type Draft = { step: 'text'; expires: number } | { step: 'confirm'; text: string; expires: number };

const SEND = new Set(['gui', 'send', 'ok', 'dong y']);
const CANCEL = new Set(['huy', 'cancel', 'thoi', '/cancel']);

/**
 * Creates the handler. Non-staff get a polite refusal and nothing is stored. A draft lives in memory per chat until
 * the staff member answers GỬI (scheduled now; quiet hours still apply) or HỦY; anything else leaves it waiting.
 */
export function createStaffBroadcastHandler(deps: StaffBroadcastDeps): MessageHandler {
  const { texts } = deps;
  const ttl = deps.draftTtlMs ?? 30 * 60_000;
  const drafts = new Map<string, Draft>();
  const reply = (text: string): Reply => ({ text, citations: [], refused: false, mode: 'system' });
  const keyOf = (message: IncomingMessage) => `${message.address.channel}:${message.address.chatId}`;

  const preview = (message: IncomingMessage, text: string): Reply => {
    const shown = deps.desk.preview({ text });
    if (shown.text === '') return reply(texts.empty);
    if (shown.recipients === 0) {
      drafts.delete(keyOf(message));
      return reply(texts.noRecipients);
    }
    drafts.set(keyOf(message), { step: 'confirm', text: shown.text, expires: message.receivedAt.getTime() + ttl });
    return reply(`${renderPreview(shown, texts)}\n\n${texts.confirmByText}`);
  };

  return (message) => {
    if (!deps.channels.has(message.address.channel)) return undefined;
    const command = commandOf(message);
    if (command === 'broadcast' || command === 'broadcast_status') {
      if (!deps.isStaff(message)) return reply(texts.notStaff);
      const args = argsOf(message);
      if (command === 'broadcast_status') {
        const id = Number(args.replace(/^#/u, ''));
        const progress = Number.isInteger(id) && id > 0 ? deps.desk.progress(id) : undefined;
        return reply(progress ? renderStatus(progress, texts, deps.timeZone) : fill(texts.notFound, { id: args }));
      }
      if (args !== '') return preview(message, args);
      drafts.set(keyOf(message), { step: 'text', expires: message.receivedAt.getTime() + ttl });
      return reply(texts.askText);
    }

    const draft = drafts.get(keyOf(message));
    if (!draft || !deps.isStaff(message)) return undefined;
    if (draft.expires < message.receivedAt.getTime()) {
      drafts.delete(keyOf(message));
      return undefined;
    }
    const answer = foldText(message.text).replace(/[.!]+$/u, '').trim();
    if (CANCEL.has(answer)) {
      drafts.delete(keyOf(message));
      return reply(texts.cancelled);
    }
    if (draft.step === 'text') return message.kind === 'text' ? preview(message, message.text) : undefined;
    if (!SEND.has(answer)) return reply(texts.confirmByText);
    drafts.delete(keyOf(message));
    const { id, recipients } = deps.desk.schedule(
      { text: draft.text, sendAt: message.receivedAt, createdBy: `${message.address.channel}:${message.userId}` },
      message.receivedAt,
    );
    return reply(fill(texts.created, { id, count: recipients }));
  };
}

/** The command of a message, also when a channel delivers "/broadcast …" as plain text. */
function commandOf(message: IncomingMessage): string | undefined {
  if (message.kind === 'command') return message.command;
  return /^\/([a-z_]+)(?:\s|$)/iu.exec(message.text.trim())?.[1]?.toLowerCase();
}

function argsOf(message: IncomingMessage): string {
  if (message.kind === 'command') return (message.args ?? '').trim();
  return message.text.trim().replace(/^\/[a-z_]+/iu, '').trim();
}
