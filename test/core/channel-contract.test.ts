// The channel contract: core reads what a channel declares (text limit, buttons, first messages) and names no channel itself.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { channelCatalog } from '../../src/channels/catalog.js';
import { selectAudience } from '../../src/core/audience.js';
import { previewDraft } from '../../src/core/broadcasting.js';
import { channelFilters, createChannelCatalog, type ChannelCapabilities } from '../../src/core/channel.js';
import { createSubscriptionHandler } from '../../src/core/subscriptions.js';
import type { ChannelName, IncomingMessage, Reply } from '../../src/core/types.js';
import { createBroadcastDesk } from '../../src/delivery/broadcast-desk.js';
import { loadDeliveryTexts } from '../../src/delivery/texts.js';
import { openStores } from '../delivery/helpers.js';
import { ROOT } from '../helpers/core.js';

const texts = loadDeliveryTexts('prompts').subscriptions;
/** A channel Loa does not have: only its declaration tells core what it can do. */
const VIBER = 'viber' as ChannelName;
const viber: ChannelCapabilities = { name: VIBER, label: 'Viber', textLimit: 500, buttons: 'typed', mayMessageFirst: true, sendRate: 5, staffIds: [] };
const web: ChannelCapabilities = { name: 'web', label: 'Web', textLimit: 100_000, buttons: 'inline', mayMessageFirst: false, sendRate: 0, staffIds: [] };
const telegram: ChannelCapabilities = { name: 'telegram', label: 'Telegram', textLimit: 4096, buttons: 'inline', mayMessageFirst: true, sendRate: 25, staffIds: [] };

const message = (channel: ChannelName, text: string): IncomingMessage => {
  const command = /^\/(\w+)/u.exec(text)?.[1];
  return { address: { channel, chatId: 'c1' }, userId: 'c1', kind: command ? 'command' : 'text', command, text, receivedAt: new Date('2026-09-01T03:00:00Z') };
};

describe('the channel catalog', () => {
  it('previews a broadcast at a newly declared channel’s own text limit, with no core table to edit', () => {
    const catalog = createChannelCatalog([telegram, viber]);
    const subscribers = [
      { channel: 'telegram', chatId: '1' },
      { channel: 'viber', chatId: '2' },
    ];
    const text = 'Thông báo Tuần lễ học tập suốt đời. '.repeat(20).trim();
    const preview = previewDraft({ text }, subscribers, catalog);
    expect(preview.recipients).toBe(2);
    expect(preview.channels.find((c) => c.channel === 'viber')).toMatchObject({ limit: 500, overLimit: true });
    expect(preview.channels.find((c) => c.channel === 'viber')!.parts.length).toBeGreaterThan(1);
    expect(preview.channels.find((c) => c.channel === 'telegram')).toMatchObject({ limit: 4096, overLimit: false, parts: [text] });
  });

  it('gives the broadcast desk the same limits, filters and audience as the catalog declares', () => {
    const stores = openStores();
    stores.subscriptions.optIn({ channel: VIBER, chatId: 'v1' }, 'v1', 'test', new Date());
    const desk = createBroadcastDesk({ ...stores, catalog: createChannelCatalog([telegram, viber]) });
    expect(desk.preview({ text: 'x'.repeat(600), channel: 'viber' }).channels).toEqual([expect.objectContaining({ channel: 'viber', recipients: 1, limit: 500, overLimit: true })]);
    expect(() => desk.schedule({ text: 'x', channel: 'zalo', sendAt: new Date(), createdBy: 'test' }, new Date())).toThrow(/unknown channel "zalo": use telegram, viber/u);
    stores.db.close();
  });

  it('reaches only channels that may message first: the web chat never gets a broadcast', () => {
    const catalog = createChannelCatalog([web, telegram]);
    const subscribers = [
      { channel: 'web', chatId: 'w' },
      { channel: 'telegram', chatId: 't' },
      { channel: 'cli', chatId: 'undeclared' },
    ];
    expect(selectAudience(subscribers, {}, catalog).map((s) => s.chatId)).toEqual(['t']);
    expect(selectAudience(subscribers, { channel: 'web' }, catalog)).toEqual([]);
  });

  it('lists the broadcast filters of Loa’s channels, groups included, from their declarations', () => {
    const catalog = channelCatalog({ TELEGRAM_BROADCAST_RATE: 25, ZALO_BROADCAST_RATE: 10, STAFF_TELEGRAM_IDS: [], STAFF_ZALO_IDS: [] });
    expect(channelFilters(catalog)).toEqual(['telegram', 'zalo', 'zalo-bot', 'zalo-oa']);
    expect(catalog.of('web')?.mayMessageFirst).toBe(false);
    expect(catalog.all.map((c) => [c.name, c.textLimit, c.buttons])).toEqual([
      ['web', 100_000, 'inline'],
      ['telegram', 4096, 'inline'],
      ['zalo-bot', 2000, 'typed'],
      ['zalo-oa', 2000, 'typed'],
    ]);
  });

  it('lets subscriptions read the declaration: opt-in where a channel may message first, the province list where buttons are inline', () => {
    const stores = openStores();
    const handle = (m: IncomingMessage) => createSubscriptionHandler({ book: stores.subscriptions, texts, catalog: createChannelCatalog([web, telegram, viber]) })(m) as Reply | undefined;
    expect(handle(message('web', '/subscribe'))?.text).toBe(texts.notAvailableHere);
    expect(handle(message(VIBER, '/subscribe'))?.text).toBe(texts.subscribed);
    expect(handle(message('telegram', '/subscribe'))?.text).toBe(texts.subscribed);
    const typed = handle(message(VIBER, 'sub:locality'));
    const inline = handle(message('telegram', 'sub:locality'));
    expect(typed?.buttons?.flat()).toHaveLength(1);
    expect(inline?.buttons?.flat().length).toBe(texts.provinces.length + 1);
    stores.db.close();
  });
});

describe('the dependency direction', () => {
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
    });
  /** Relative imports of a file (static, type-only and dynamic), resolved to .ts paths. */
  const importsOf = (file: string): string[] =>
    [...readFileSync(file, 'utf8').matchAll(/(?:from\s+|import\s*\(\s*)'(\.{1,2}\/[^']+)\.js'/gu)].map((m) => resolve(dirname(file), `${m[1]}.ts`));

  it('keeps channels/ from reaching main.ts through any chain of imports', () => {
    const main = resolve(ROOT, 'src/main.ts');
    const seen = new Set<string>();
    const queue = files(resolve(ROOT, 'src/channels'));
    const reached: string[] = [];
    while (queue.length > 0) {
      const file = queue.pop()!;
      if (seen.has(file)) continue;
      seen.add(file);
      for (const target of importsOf(file)) {
        if (target === main) reached.push(relative(ROOT, file));
        queue.push(target);
      }
    }
    expect(reached).toEqual([]);
    expect(seen.size).toBeGreaterThan(50);
  });

  it('lets no core file name a channel (they read the catalog instead)', () => {
    const naming = files(resolve(ROOT, 'src/core'))
      .filter((file) => !file.endsWith('core/types.ts'))
      .filter((file) => /'(?:telegram|zalo|zalo-bot|zalo-oa|web)'/u.test(readFileSync(file, 'utf8')))
      .map((file) => relative(ROOT, file));
    expect(naming).toEqual([]);
  });
});
