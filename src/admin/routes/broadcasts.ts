// Broadcasts (campaign): list, compose with preview and recipient count, schedule, live progress, report, cancel.
import { Hono, type Context } from 'hono';
import { selectAudience } from '../../core/audience.js';
import type { BroadcastProgress } from '../../core/broadcasting.js';
import { channelFilters, proactiveChannels } from '../../core/channel.js';
import { readForm } from '../auth.js';
import type { AdminDeps, AdminEnv } from '../deps.js';
import { localDateTime, parseLocal } from '../time.js';
import { viewContext } from '../view-context.js';
import { broadcastListPage, broadcastPage, composePage, STATUS_LABELS, type BroadcastReport, type ComposeChannels, type ComposeValues } from '../views/broadcasts.js';
import { errorPage } from '../views/error.js';

const MAX_CHARS = 12_000;
/** Distinct failure reasons listed in a broadcast's report. */
const MAX_REASONS = 10;

/** Routes under /broadcasts. Staff with a locality see and send only their locality's broadcasts. */
export function broadcastRoutes(deps: AdminDeps): Hono<AdminEnv> {
  const app = new Hono<AdminEnv>();
  const now = deps.now ?? (() => new Date());
  // The audience filters and each channel's text limit come from the channels' declarations, not from a table here.
  const channels: ComposeChannels = {
    filters: channelFilters(deps.catalog),
    limits: Object.fromEntries(proactiveChannels(deps.catalog).map((c) => [c.name, c.textLimit])),
  };
  const visible = (c: Context<AdminEnv>, b: Pick<BroadcastProgress, 'locality'>) => {
    const own = c.get('staff').locality;
    return !own || (b.locality !== undefined && deps.inLocality(own, { province: b.locality }));
  };
  const find = (c: Context<AdminEnv>) => {
    const progress = deps.broadcasts.progress(Number(c.req.param('id')));
    return progress && visible(c, progress) ? progress : undefined;
  };
  const notFound = (c: Context<AdminEnv>) => c.html(errorPage(404, 'Không tìm thấy thông báo này.', c.get('staff'), c.get('session').csrf), 404);
  const audience = (c: Context<AdminEnv>, channel: string, locality: string) => ({
    channel: channels.filters.includes(channel) ? channel : undefined,
    locality: c.get('staff').locality ?? (locality.trim() || undefined),
  });

  /** Reads the Zalo OA promotion quota for the broadcast's OA recipients (undefined when none or Zalo OA is off). */
  const zaloOaOutlook = async (target: { channel?: string; locality?: string }) => {
    if (!deps.zaloOaPromotions) return undefined;
    const followers = selectAudience(deps.subscriptions.listActive(), target, deps.catalog).filter((s) => s.channel === 'zalo-oa');
    return followers.length === 0 ? undefined : deps.zaloOaPromotions.outlook(followers.map((s) => s.chatId));
  };

  app.get('/', (c) => c.html(broadcastListPage(viewContext(c, deps), deps.broadcasts.list(200).filter((b) => visible(c, b)).slice(0, 50))));

  app.get('/new', (c) => {
    const values: ComposeValues = { text: '', channel: '', locality: c.get('staff').locality ?? '', sendAt: '' };
    return c.html(composePage(viewContext(c, deps), values, deps.broadcasts.preview({ text: '', ...audience(c, '', '') }), channels));
  });

  app.get('/audience.json', (c) => {
    const preview = deps.broadcasts.preview({ text: '', ...audience(c, c.req.query('channel') ?? '', c.req.query('locality') ?? '') });
    return c.json({ recipients: preview.recipients, channels: preview.channels.map((ch) => ({ channel: ch.channel, recipients: ch.recipients })) });
  });

  app.post('/', async (c) => {
    const form = await readForm(c);
    const text = (key: string) => (typeof form[key] === 'string' ? (form[key] as string) : '');
    const values: ComposeValues = {
      text: text('text').replace(/\r\n/gu, '\n').slice(0, MAX_CHARS + 1),
      channel: text('channel'),
      locality: c.get('staff').locality ?? text('locality').trim().slice(0, 100),
      sendAt: text('sendAt').trim(),
    };
    const target = audience(c, values.channel, values.locality);
    const preview = deps.broadcasts.preview({ text: values.text, ...target });
    const at = now();
    const sendAt = values.sendAt === '' ? at : parseLocal(values.sendAt, deps.timeZone);
    const problem =
      (values.text.trim() === '' && 'Cần nhập nội dung thông báo.') ||
      (values.text.length > MAX_CHARS && `Nội dung dài quá ${MAX_CHARS} ký tự.`) ||
      (!sendAt && 'Thời điểm gửi không hợp lệ.') ||
      (sendAt && sendAt.getTime() < at.getTime() - 60_000 && 'Thời điểm gửi đã qua.') ||
      // A future broadcast may have nobody yet: recipients are taken when its time comes.
      (preview.recipients === 0 && sendAt && sendAt.getTime() <= at.getTime() + 60_000 && 'Chưa có ai trong nhóm người nhận này.');
    const view = viewContext(c, deps);
    // Read before the broadcast goes out (preview and scheduling): the quota is Zalo's, the sends count it down.
    const outlook = problem ? undefined : await zaloOaOutlook(target);
    if (text('action') === 'preview' || problem || !sendAt) {
      const shown = { ...values, sendAt: values.sendAt || localDateTime(at, deps.timeZone) };
      return c.html(composePage(view, shown, preview, channels, text('action') === 'preview' ? undefined : problem || undefined, outlook), problem && text('action') !== 'preview' ? 400 : 200);
    }
    const { id, recipients } = deps.broadcasts.schedule({ text: values.text, ...target, sendAt, createdBy: c.get('staff').name }, at);
    deps.logger.info({ staff: c.get('staff').name, broadcast: id, recipients, zaloOa: outlook }, 'broadcast scheduled from the console');
    return c.redirect(`/admin/broadcasts/${id}?ok=scheduled`, 303);
  });

  app.get('/:id{[0-9]+}', (c) => {
    const progress = find(c);
    return progress ? c.html(broadcastPage(viewContext(c, deps), report(deps, progress))) : notFound(c);
  });

  app.get('/:id{[0-9]+}/progress.json', (c) => {
    const progress = find(c);
    if (!progress) return c.json({ error: 'not found' }, 404);
    const r = report(deps, progress);
    return c.json({
      status: progress.status,
      statusLabel: STATUS_LABELS[progress.status],
      total: progress.total,
      done: progress.finished,
      counts: { done: progress.finished, total: progress.total, sent: r.sent, failed: r.failed, inactive: r.inactive, unconfirmed: r.unconfirmed, waiting: r.waiting, cancelled: r.cancelled },
    });
  });

  app.post('/:id{[0-9]+}/cancel', (c) => {
    const progress = find(c);
    if (!progress) return notFound(c);
    deps.broadcasts.cancel(progress.id, now());
    deps.logger.info({ staff: c.get('staff').name, broadcast: progress.id }, 'broadcast cancelled from the console');
    return c.redirect(`/admin/broadcasts/${progress.id}?ok=cancelled`, 303);
  });
  return app;
}

/** Splits failures into "inactive" (the recipient blocked the bot) and other failures; skipped = no longer subscribed. */
function report(deps: AdminDeps, progress: BroadcastProgress): BroadcastReport {
  const failedRows = progress.counts.failed > 0 ? deps.outbox.list(progress.id, 'failed') : [];
  const blocked = failedRows.filter((r) => r.lastError?.startsWith('blocked')).length;
  const byReason = new Map<string, number>();
  for (const row of failedRows) byReason.set(row.lastError ?? '—', (byReason.get(row.lastError ?? '—') ?? 0) + 1);
  const reasons = [...byReason].map(([reason, count]) => ({ reason, count })).sort((a, b) => b.count - a.count).slice(0, MAX_REASONS);
  return {
    progress,
    sent: progress.counts.sent,
    failed: progress.counts.failed - blocked,
    inactive: blocked + progress.counts.skipped,
    unconfirmed: progress.counts.unconfirmed,
    waiting: progress.counts.pending + progress.counts.sending,
    cancelled: progress.counts.cancelled,
    reasons,
  };
}
