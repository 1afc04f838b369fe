// `loa broadcast create | list | status | cancel`: staff broadcasts from the command line, with preview and progress.
import { readFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import type { Command } from 'commander';
import { channelCatalog } from '../channels/catalog.js';
import { channelFilters } from '../core/channel.js';
import { progressBar, type BroadcastPreview, type BroadcastProgress } from '../core/broadcasting.js';
import { formatLocal, parseLocalDateTime } from '../core/local-time.js';
import { defaultQuietHours, nextSendable } from '../core/quiet-hours.js';
import { InputError } from '../errors.js';
import type { Config } from '../config.js';
import { cliContext, fail } from './context.js';
import type { DeliveryStores } from './delivery-stores.js';

interface CreateOptions {
  textFile: string;
  at?: string;
  channel?: string;
  locality?: string;
  dryRun?: boolean;
}

/** Registers `broadcast` and its subcommands. */
export function registerBroadcastCommand(program: Command): void {
  // Names only: rates and staff ids do not change which channels the catalog declares (and reading the settings
  // here would cost every command, `loa ask` included, a settings check).
  const filters = channelFilters(channelCatalog({ TELEGRAM_BROADCAST_RATE: 1, ZALO_BROADCAST_RATE: 1, STAFF_TELEGRAM_IDS: [], STAFF_ZALO_IDS: [] }));
  const broadcast = program.command('broadcast').description('staff broadcasts to subscribers: create, list, status, cancel');

  broadcast
    .command('create')
    .description('schedule a broadcast (prints a preview per channel and the recipient count); the running server sends it')
    .requiredOption('--text-file <file>', 'UTF-8 text file with the message ("-" reads stdin)')
    .option('--at <time>', 'local time "YYYY-MM-DD HH:MM" in TIMEZONE (default: now)')
    .option('--channel <channel>', `only one channel: ${filters.join(' | ')}`)
    .option('--locality <place>', 'only subscribers of this province or ward')
    .option('--dry-run', 'show the preview only; store nothing')
    .action(async (options: CreateOptions) => {
      const { config } = cliContext();
      const text = readText(options.textFile);
      const now = new Date();
      const sendAt = options.at ? parseLocalDateTime(options.at, config.TIMEZONE) : now;
      if (!sendAt) fail(`--at must be a local time like "2026-10-01 08:00" (got "${options.at}")`);
      if (options.channel && !filters.includes(options.channel)) {
        fail(`--channel must be one of ${filters.join(', ')} (got "${options.channel}")`);
      }
      const stores = await openStores(config);
      try {
        const preview = stores.desk.preview({ text, channel: options.channel, locality: options.locality });
        process.stdout.write(renderPreview(preview));
        if (options.dryRun) return;
        const { id } = stores.desk.schedule(
          { text, channel: options.channel, locality: options.locality, sendAt, createdBy: `cli:${userInfo().username}` },
          now,
        );
        const starts = nextSendable(sendAt < now ? now : sendAt, defaultQuietHours(config.TIMEZONE));
        process.stdout.write(`Broadcast #${id} scheduled for ${formatLocal(sendAt, config.TIMEZONE)} (${config.TIMEZONE}).\n`);
        if (starts.getTime() !== Math.max(sendAt.getTime(), now.getTime())) {
          process.stdout.write(`That is within quiet hours (21:00–07:00): delivery starts ${formatLocal(starts, config.TIMEZONE)}.\n`);
        }
        process.stdout.write(`Recipients are taken again when it goes out; \`loa start\` must be running. Progress: loa broadcast status ${id}\n`);
      } catch (error) {
        if (error instanceof InputError) fail(error.message);
        throw error;
      } finally {
        stores.close();
      }
    });

  broadcast
    .command('list')
    .description('recent broadcasts (staff and Week reminders), newest first')
    .option('--limit <n>', 'how many', '20')
    .action(async (options: { limit: string }) => {
      const { config } = cliContext();
      const stores = await openStores(config);
      try {
        const rows = stores.desk.list(Number.parseInt(options.limit, 10) || 20);
        if (rows.length === 0) process.stdout.write('No broadcasts yet.\n');
        for (const p of rows) {
          const target = [p.channel ?? 'all channels', p.locality].filter(Boolean).join(', ');
          process.stdout.write(
            `#${p.id}  ${p.status.padEnd(9)} ${formatLocal(p.sendAt, config.TIMEZONE)}  ${p.kind.padEnd(8)} ${target.padEnd(20)} ` +
              `${p.total === 0 ? '(not expanded yet)' : `${p.counts.sent}/${p.total} sent`}  ${snippet(p.text)}\n`,
          );
        }
      } finally {
        stores.close();
      }
    });

  broadcast
    .command('status')
    .description('per-recipient counts and a progress bar')
    .argument('<id>', 'broadcast id')
    .option('--watch', 'refresh every second until the broadcast is finished')
    .action(async (id: string, options: { watch?: boolean }) => {
      const { config } = cliContext();
      const stores = await openStores(config);
      try {
        for (;;) {
          const progress = stores.desk.progress(parseId(id));
          if (!progress) fail(`no broadcast #${id}`);
          process.stdout.write(renderStatus(progress, config.TIMEZONE));
          if (!options.watch || progress.status === 'done' || progress.status === 'cancelled') break;
          await new Promise((resolve) => setTimeout(resolve, 1000));
        }
      } finally {
        stores.close();
      }
    });

  broadcast
    .command('cancel')
    .description('cancel a broadcast: recipients not yet sent to get nothing (messages already in flight finish)')
    .argument('<id>', 'broadcast id')
    .action(async (id: string) => {
      const { config } = cliContext();
      const stores = await openStores(config);
      try {
        const progress = stores.desk.progress(parseId(id));
        if (!progress) fail(`no broadcast #${id}`);
        if (!stores.desk.cancel(progress.id, new Date())) fail(`broadcast #${id} is already ${progress.status}`);
        const after = stores.desk.progress(progress.id);
        process.stdout.write(`Broadcast #${id} cancelled${after && after.total > 0 ? ` (${after.counts.sent} already sent, ${after.counts.cancelled} cancelled)` : ''}.\n`);
      } finally {
        stores.close();
      }
    });
}

/** The preview as printed by `create`: recipients, then each channel's length, limit and parts. */
export function renderPreview(preview: BroadcastPreview): string {
  const lines = [`Preview (${preview.text.length} characters):`, indent(preview.text), '', `Recipients now: ${preview.recipients}`];
  for (const c of preview.channels) {
    const flag = c.overLimit ? `  ⚠ over the ${c.limit}-character limit: sent as ${c.parts.length} messages` : '';
    lines.push(`  ${c.channel.padEnd(9)} ${String(c.recipients).padStart(6)} recipients, ${c.length}/${c.limit} characters${flag}`);
    if (c.overLimit) c.parts.forEach((part, i) => lines.push(`      part ${i + 1}: ${part.length} characters, ends "…${part.slice(-40).replace(/\s+/gu, ' ')}"`));
  }
  if (preview.channels.length === 0) lines.push('  (nobody matches this channel and locality yet)');
  return `${lines.join('\n')}\n`;
}

/** The status view: counts per state and a progress bar. */
export function renderStatus(p: BroadcastProgress, timeZone: string): string {
  const c = p.counts;
  const target = [p.channel ?? 'all channels', p.locality].filter(Boolean).join(', ');
  return [
    `Broadcast #${p.id} (${p.kind}, ${target}) — ${p.status}, at ${formatLocal(p.sendAt, timeZone)}`,
    p.total === 0 && p.status === 'scheduled' ? 'Not expanded yet: recipients are listed when its time comes.' : progressBar(p.finished, p.total),
    `sent ${c.sent} · pending ${c.pending} · sending ${c.sending} · failed ${c.failed} · unconfirmed ${c.unconfirmed} · skipped (opted out) ${c.skipped} · cancelled ${c.cancelled}`,
    '',
  ].join('\n');
}

function readText(file: string): string {
  try {
    const raw = readFileSync(file === '-' ? 0 : file, 'utf8');
    const text = raw.replace(/^\uFEFF/u, '').normalize('NFC').trim();
    if (text === '') fail(`${file} is empty`);
    return text;
  } catch (error) {
    fail(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}

function parseId(id: string): number {
  const n = Number(id.replace(/^#/u, ''));
  if (!Number.isInteger(n) || n <= 0) fail(`"${id}" is not a broadcast id`);
  return n;
}

function snippet(text: string): string {
  const line = text.replace(/\s+/gu, ' ');
  return line.length > 50 ? `${line.slice(0, 50)}…` : line;
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((l) => `  │ ${l}`)
    .join('\n');
}

/** Loaded on use, so `loa --help` does not open SQLite. */
async function openStores(config: Config): Promise<DeliveryStores> {
  const { openDeliveryStores } = await import('./delivery-stores.js');
  return openDeliveryStores(config);
}
