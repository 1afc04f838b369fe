// Conversation review: the filtered log, a chat's thread, flags, and "correct this answer" (optionally sent to the resident).
import { Hono, type Context } from 'hono';
import { readForm } from '../auth.js';
import { redactPersonalData } from '../redact.js';
import { correctionMessage } from '../correction.js';
import type { AdminDeps, AdminEnv } from '../deps.js';
import { viewContext } from '../view-context.js';
import { curatedFormPage, type CuratedFormValues } from '../views/curated.js';
import { errorPage } from '../views/error.js';
import { turnSources } from '../views/labels.js';
import { threadPage } from '../views/thread.js';
import { turnsPage } from '../views/turns.js';
import { readCuratedForm } from './curated-form.js';
import { readTurnQuery } from './turn-query.js';
import type { DocumentMeta } from '../../core/types.js';
import type { ReviewTurn } from '../../store/review.js';

const PAGE_SIZE = 25;

/** Routes under /turns (moderator). */
export function turnRoutes(deps: AdminDeps): Hono<AdminEnv> {
  const app = new Hono<AdminEnv>();
  const now = deps.now ?? (() => new Date());
  const notFound = (c: Context<AdminEnv>) =>
    c.html(errorPage(404, 'Không tìm thấy lượt hỏi đáp này.', c.get('staff'), c.get('session').csrf), 404);
  const visible = (c: Context<AdminEnv>) => {
    const id = Number(c.req.param('id'));
    return Number.isSafeInteger(id) ? deps.review.get(id, c.get('staff').locality) : undefined;
  };
  const notifyOption = (channel: string) => {
    const outbound = deps.outbound().find((o) => o.name === channel);
    return outbound
      ? { possible: true }
      : { possible: false, reason: `kênh ${deps.catalog.of(channel)?.label ?? channel} không gửi tin chủ động được hoặc đang tắt.` };
  };

  app.get('/', (c) => {
    const { query, filter } = readTurnQuery(c, deps.timeZone, c.get('staff').locality, turnSources(deps.catalog));
    const page = Number.parseInt(c.req.query('page') ?? '1', 10);
    return c.html(turnsPage(viewContext(c, deps), query, deps.review.list(filter, Number.isFinite(page) ? page : 1, PAGE_SIZE)));
  });

  app.get('/:id{[0-9]+}', (c) => {
    const turn = visible(c);
    if (!turn) return notFound(c);
    const thread = deps.review.thread(turn.channel, turn.chatId, c.get('staff').locality);
    const passages = deps.passages.labels(thread.flatMap((t) => t.scores.map((s) => s.chunkId)));
    const corrections = deps.corrections.latestFor(thread.map((t) => t.id));
    return c.html(threadPage(viewContext(c, deps), turn, thread, passages, corrections));
  });

  app.post('/:id{[0-9]+}/flag', async (c) => {
    const turn = visible(c);
    if (!turn) return notFound(c);
    const note = String((await readForm(c)).note ?? '').trim().slice(0, 1000);
    deps.review.flag(turn.id, note || '(không ghi chú)', c.get('staff').name, now());
    return c.redirect(`/admin/turns/${turn.id}?ok=flagged#turn-${turn.id}`, 303);
  });

  app.post('/:id{[0-9]+}/unflag', (c) => {
    const turn = visible(c);
    if (!turn) return notFound(c);
    deps.review.unflag(turn.id);
    return c.redirect(`/admin/turns/${turn.id}?ok=unflagged#turn-${turn.id}`, 303);
  });

  /** The documents the turn cited, then every indexed document, as source choices. */
  const sourcesOf = (turn: ReviewTurn) => {
    const cited = turn.citations.map((c) => ({ title: c.title, reference: c.reference, url: httpUrl(c.url) }));
    const all = (deps.documents?.list(now()) ?? [])
      .filter((row) => row.key !== '' && row.state !== 'draft' && !cited.some((c) => c.title === row.meta.title))
      .map((row) => ({ title: row.meta.title, reference: documentReference(row.meta), url: httpUrl(row.meta.source) }));
    return { cited, all };
  };

  app.get('/:id{[0-9]+}/correct', (c) => {
    const turn = visible(c);
    if (!turn) return notFound(c);
    // Starts from the bot's answer (citation markers removed) and its first source; the moderator edits what is wrong.
    const first = turn.citations[0];
    const values: CuratedFormValues = {
      questions: redactPersonalData(turn.question),
      answer: turn.refused ? '' : turn.answer.replace(/ ?\[\d+\]/gu, '').trim(),
      title: first?.title ?? '',
      reference: first?.reference ?? '',
      url: httpUrl(first?.url),
      notify: false,
    };
    const form = { action: `/admin/turns/${turn.id}/correct`, heading: 'Sửa câu trả lời', turn, notify: notifyOption(turn.channel), sources: sourcesOf(turn) };
    return c.html(curatedFormPage(viewContext(c, deps), form, values));
  });

  app.post('/:id{[0-9]+}/correct', async (c) => {
    const turn = visible(c);
    if (!turn) return notFound(c);
    const staff = c.get('staff');
    const read = readCuratedForm(await readForm(c));
    const notify = notifyOption(turn.channel);
    if ('error' in read) {
      const form = { action: `/admin/turns/${turn.id}/correct`, heading: 'Sửa câu trả lời', turn, notify, sources: sourcesOf(turn), error: read.error };
      return c.html(curatedFormPage(viewContext(c, deps), form, read.values), 400);
    }
    const entry = deps.curated.add({ ...read.input, locality: staff.locality }, staff.name, now());
    deps.review.linkCurated(turn.id, entry.id);
    deps.logger.info({ staff: staff.name, turn: turn.id, curated: entry.id }, 'answer corrected');
    let ok = 'saved';
    const outbound = deps.outbound().find((o) => o.name === turn.channel);
    if (read.values.notify && outbound) {
      // Stored first, sent by delivery: it survives a restart, is retried on 429/5xx, and its state shows on the thread.
      const text = correctionMessage(turn.question, entry, deps.messages.correctionIntro, deps.messages.sourcesHeading);
      const correction = deps.corrections.queue({ turnId: turn.id, channel: turn.channel, chatId: turn.chatId, text, createdBy: staff.name }, now());
      deps.logger.info({ turn: turn.id, correction }, 'correction queued for the resident');
      ok = 'queued';
    }
    return c.redirect(`/admin/curated?ok=${ok}#curated-${entry.id}`, 303);
  });

  // A correction waiting to be sent may be stopped; one that failed (or whose delivery is unknown after a crash, or
  // that was stopped) may be sent again as a new correction, to the same resident, with the same text.
  app.post('/:id{[0-9]+}/corrections/:cid{[0-9]+}/:action{cancel|resend}', (c) => {
    const turn = visible(c);
    const correctionId = Number(c.req.param('cid'));
    const correction = turn ? deps.corrections.find(correctionId) : undefined;
    if (!turn || !correction || correction.turnId !== turn.id) return notFound(c);
    const staff = c.get('staff');
    const back = (ok: string) => c.redirect(`/admin/turns/${turn.id}?ok=${ok}`, 303);
    if (c.req.param('action') === 'cancel') {
      if (!deps.corrections.cancel(correctionId, now())) return back('correction-unchanged');
      deps.logger.info({ staff: staff.name, turn: turn.id, correction: correctionId }, 'correction cancelled');
      return back('correction-cancelled');
    }
    // Only the turn's newest correction is sent again: a second press (or an older one) queues nothing more.
    const newest = deps.corrections.latestFor([turn.id]).get(turn.id)?.id === correctionId;
    if (!newest || !RESENDABLE.has(correction.state) || !deps.outbound().some((o) => o.name === correction.channel)) return back('correction-unchanged');
    const again = deps.corrections.queue({ ...correction, createdBy: staff.name }, now());
    deps.logger.info({ staff: staff.name, turn: turn.id, correction: correctionId, again }, 'correction sent again');
    return back('correction-resent');
  });

  return app;
}

/** States after which a correction may be sent again. */
const RESENDABLE = new Set(['failed', 'unconfirmed', 'cancelled']);

/** "387/QĐ-TTg, 25/03/2022" from a document's number and issue date. */
function documentReference(meta: DocumentMeta): string {
  const date = meta.issued?.split('-').reverse().join('/');
  return [meta.number, date].filter(Boolean).join(', ');
}

/** Only http(s) links are offered; anything else (javascript:, data:) is left out. */
function httpUrl(url: string | undefined): string {
  return url && /^https?:\/\//iu.test(url.trim()) ? url.trim() : '';
}
