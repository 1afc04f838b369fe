// Telegram /broadcast for allowlisted staff: write the text, see the preview and recipient count, confirm with buttons.
import { Composer, type Context } from 'grammy';
import type { InlineKeyboardMarkup } from 'grammy/types';
import { renderPreview, renderStatus, type BroadcastDesk, type BroadcastTexts } from '../../core/broadcasting.js';
import { fill } from '../../core/messages.js';
import type { Logger } from '../../logger.js';

/** What the /broadcast feature needs. */
export interface BroadcastComposerDeps {
  desk: BroadcastDesk;
  texts: BroadcastTexts;
  /** True for Telegram user ids allowed to broadcast (STAFF_TELEGRAM_IDS, later also console accounts). */
  isStaff(telegramUserId: string): boolean;
  now: () => Date;
  timeZone: string;
  logger?: Logger;
  /** How long an unconfirmed draft is kept (default 30 minutes). */
  draftTtlMs?: number;
}

type Draft = { step: 'text'; expires: number } | { step: 'confirm'; text: string; nonce: string; expires: number };

const CALLBACK = /^bc:(send|cancel):([a-z0-9]+)$/u;

/**
 * Creates the feature (private chats only). Non-staff get a polite refusal and nothing is stored. Drafts live
 * in memory per chat until confirmed; only a confirmed draft becomes a broadcast. /broadcast_status ID shows progress.
 */
export function createBroadcastComposer(deps: BroadcastComposerDeps): Composer<Context> {
  const { texts } = deps;
  const ttl = deps.draftTtlMs ?? 30 * 60_000;
  const drafts = new Map<number, Draft>();
  const composer = new Composer<Context>();
  const chats = composer.chatType('private');
  const staff = (ctx: Context) => ctx.from !== undefined && deps.isStaff(String(ctx.from.id));
  const draftOf = (chatId: number) => {
    const draft = drafts.get(chatId);
    if (draft && draft.expires < deps.now().getTime()) {
      drafts.delete(chatId);
      return undefined;
    }
    return draft;
  };

  const showPreview = async (ctx: Context & { chat: { id: number } }, text: string) => {
    const preview = deps.desk.preview({ text });
    if (preview.text === '') return void (await ctx.reply(texts.empty));
    if (preview.recipients === 0) {
      drafts.delete(ctx.chat.id);
      return void (await ctx.reply(texts.noRecipients));
    }
    const nonce = Math.random().toString(36).slice(2, 10);
    drafts.set(ctx.chat.id, { step: 'confirm', text: preview.text, nonce, expires: deps.now().getTime() + ttl });
    const keyboard: InlineKeyboardMarkup = {
      inline_keyboard: [[{ text: texts.send, callback_data: `bc:send:${nonce}` }, { text: texts.cancel, callback_data: `bc:cancel:${nonce}` }]],
    };
    await ctx.reply(renderPreview(preview, texts), { reply_markup: keyboard, link_preview_options: { is_disabled: true } });
  };

  chats.command('broadcast', async (ctx) => {
    if (!staff(ctx)) return void (await ctx.reply(texts.notStaff));
    const text = ctx.match.trim();
    if (text !== '') return showPreview(ctx, text);
    drafts.set(ctx.chat.id, { step: 'text', expires: deps.now().getTime() + ttl });
    await ctx.reply(texts.askText);
  });

  chats.command('broadcast_status', async (ctx) => {
    if (!staff(ctx)) return void (await ctx.reply(texts.notStaff));
    const id = Number(ctx.match.trim().replace(/^#/u, ''));
    const progress = Number.isInteger(id) && id > 0 ? deps.desk.progress(id) : undefined;
    await ctx.reply(progress ? renderStatus(progress, texts, deps.timeZone) : fill(texts.notFound, { id: ctx.match.trim() }));
  });

  chats.command('cancel', async (ctx, next) => {
    if (!draftOf(ctx.chat.id)) return next();
    drafts.delete(ctx.chat.id);
    await ctx.reply(texts.cancelled);
  });

  chats.on('message:text', async (ctx, next) => {
    const draft = draftOf(ctx.chat.id);
    if (draft?.step !== 'text' || ctx.message.text.startsWith('/') || !staff(ctx)) return next();
    await showPreview(ctx, ctx.message.text);
  });

  chats.callbackQuery(CALLBACK, async (ctx) => {
    await ctx.answerCallbackQuery().catch(() => undefined);
    await ctx.editMessageReplyMarkup().catch(() => undefined);
    if (!staff(ctx)) return void (await ctx.reply(texts.notStaff));
    const [, action, nonce] = ctx.match;
    const draft = draftOf(ctx.chat.id);
    if (draft?.step !== 'confirm' || draft.nonce !== nonce) return void (await ctx.reply(texts.expired));
    drafts.delete(ctx.chat.id);
    if (action === 'cancel') return void (await ctx.reply(texts.cancelled));
    const { id, recipients } = deps.desk.schedule({ text: draft.text, sendAt: deps.now(), createdBy: `telegram:${ctx.from.id}` }, deps.now());
    deps.logger?.info({ broadcast: id, recipients, staff: ctx.from.id }, 'broadcast created on Telegram');
    await ctx.reply(fill(texts.created, { id, count: recipients }));
  });

  return composer;
}
