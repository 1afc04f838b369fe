// /broadcast for staff on every channel: write the text, see the preview, confirm with buttons (inline) or GỬI / HỦY (typed).
import type { MessageHandler } from './assistant.js';
import { renderPreview, renderStatus, type BroadcastDesk, type BroadcastTexts } from './broadcasting.js';
import type { ChannelCatalog } from './channel.js';
import { fill } from './messages.js';
import { foldText } from './text/vietnamese.js';
import type { ButtonPressReply, IncomingMessage, Reply, ReplyButton } from './types.js';

/** What the /broadcast dialogue needs. */
export interface StaffBroadcastDeps {
  desk: BroadcastDesk;
  texts: BroadcastTexts;
  /** The declared channels: who is staff on each, and whether it gets ✅ Gửi / ❌ Hủy buttons (inline) or the GỬI/HỦY hint (typed). */
  catalog: ChannelCatalog;
  timeZone: string;
  /** How long an unconfirmed draft is kept (default 30 minutes). */
  draftTtlMs?: number;
  /** A fresh token tying the confirm buttons to one preview (default: random). */
  nonce?: () => string;
}

type Draft = { step: 'text'; expires: number } | { step: 'confirm'; text: string; nonce: string; expires: number };

const SEND = new Set(['gui', 'send', 'ok', 'dong y']);
const CANCEL = new Set(['huy', 'cancel', 'thoi', '/cancel']);
/** Data of the confirm buttons: `bc:send:<nonce>` / `bc:cancel:<nonce>` (a pressed button of an older preview is stale). */
const BUTTON = /^bc:(send|cancel):([a-z0-9]+)$/u;
const USED_UP: ButtonPressReply = { showAs: 'message', removeButtons: true };

/**
 * Creates the one staff-broadcast dialogue of every channel (private chats). Non-staff get a polite refusal and nothing is stored.
 * A draft lives in memory per chat until the staff member confirms (a button, or GỬI: scheduled now; quiet hours
 * still apply) or drops it (a button, HỦY or /cancel); anything else leaves it waiting. /broadcast_status ID shows progress.
 */
export function createStaffBroadcastHandler(deps: StaffBroadcastDeps): MessageHandler {
  const { texts } = deps;
  const ttl = deps.draftTtlMs ?? 30 * 60_000;
  const nonce = deps.nonce ?? (() => Math.random().toString(36).slice(2, 10));
  const drafts = new Map<string, Draft>();
  const isStaff = (message: IncomingMessage) => deps.catalog.of(message.address.channel)?.staffIds.includes(message.userId) === true;
  const reply = (text: string, extra: Pick<Reply, 'buttons' | 'press'> = {}): Reply => ({ text, citations: [], refused: false, mode: 'system', ...extra });
  const keyOf = (message: IncomingMessage) => `${message.address.channel}:${message.address.chatId}`;
  const draftOf = (message: IncomingMessage): Draft | undefined => {
    const draft = drafts.get(keyOf(message));
    if (draft && draft.expires < message.receivedAt.getTime()) {
      drafts.delete(keyOf(message));
      return undefined;
    }
    return draft;
  };

  const preview = (message: IncomingMessage, text: string): Reply => {
    const shown = deps.desk.preview({ text });
    if (shown.text === '') return reply(texts.empty);
    if (shown.recipients === 0) {
      drafts.delete(keyOf(message));
      return reply(texts.noRecipients);
    }
    const token = nonce();
    drafts.set(keyOf(message), { step: 'confirm', text: shown.text, nonce: token, expires: message.receivedAt.getTime() + ttl });
    const rendered = renderPreview(shown, texts);
    if (deps.catalog.of(message.address.channel)?.buttons !== 'inline') return reply(`${rendered}\n\n${texts.confirmByText}`);
    const buttons: ReplyButton[][] = [[{ label: texts.send, data: `bc:send:${token}` }, { label: texts.cancel, data: `bc:cancel:${token}` }]];
    return reply(rendered, { buttons });
  };

  const schedule = (message: IncomingMessage, text: string, press?: ButtonPressReply): Reply => {
    drafts.delete(keyOf(message));
    const { id, recipients } = deps.desk.schedule(
      { text, sendAt: message.receivedAt, createdBy: `${message.address.channel}:${message.userId}` },
      message.receivedAt,
    );
    return reply(fill(texts.created, { id, count: recipients }), { press });
  };

  const pressed = (message: IncomingMessage, action: string, token: string): Reply => {
    if (!isStaff(message)) return reply(texts.notStaff, { press: USED_UP });
    const draft = draftOf(message);
    if (draft?.step !== 'confirm' || draft.nonce !== token) return reply(texts.expired, { press: USED_UP });
    if (action === 'send') return schedule(message, draft.text, USED_UP);
    drafts.delete(keyOf(message));
    return reply(texts.cancelled, { press: USED_UP });
  };

  return (message) => {
    // Private chats only: a preview in a group would show the draft to everyone there.
    if (message.kind === 'unsupported' || message.inGroup === true) return undefined;
    const button = message.kind === 'text' ? BUTTON.exec(message.text.trim()) : null;
    if (button) return pressed(message, button[1] ?? '', button[2] ?? '');
    const command = commandOf(message);
    if (command === 'broadcast' || command === 'broadcast_status') {
      if (!isStaff(message)) return reply(texts.notStaff);
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

    const draft = draftOf(message);
    if (!draft || !isStaff(message)) return undefined;
    const answer = foldText(message.text).replace(/[.!]+$/u, '').trim();
    if (CANCEL.has(answer)) {
      drafts.delete(keyOf(message));
      return reply(texts.cancelled);
    }
    if (draft.step === 'text') return message.kind === 'text' ? preview(message, message.text) : undefined;
    if (!SEND.has(answer)) return reply(texts.confirmByText);
    return schedule(message, draft.text);
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
