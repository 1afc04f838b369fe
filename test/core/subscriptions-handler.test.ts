// The subscription handler over the real store: confirmations, the consent ledger, the locality dialogue.
import { beforeEach, describe, expect, it } from 'vitest';
import { createSubscriptionHandler, findProvince } from '../../src/core/subscriptions.js';
import type { IncomingMessage, Reply } from '../../src/core/types.js';
import { loadDeliveryTexts } from '../../src/delivery/texts.js';
import { openDatabase, type Db } from '../../src/store/db.js';
import { createSubscriptionStore, type SubscriptionStore } from '../../src/store/subscriptions.js';
import { testCatalog } from '../delivery/helpers.js';

const texts = loadDeliveryTexts('prompts').subscriptions;
const at = new Date('2026-09-01T03:00:00Z');

function message(text: string, options: Partial<IncomingMessage> = {}): IncomingMessage {
  const command = /^\/(\w+)/u.exec(text)?.[1];
  return {
    address: { channel: 'telegram', chatId: '42' },
    userId: '42',
    kind: command ? 'command' : 'text',
    command,
    text,
    receivedAt: at,
    ...options,
  };
}

describe('subscription handler', () => {
  let db: Db;
  let store: SubscriptionStore;
  let handle: (m: IncomingMessage) => Reply | undefined;

  beforeEach(() => {
    db = openDatabase(':memory:');
    store = createSubscriptionStore(db);
    const handler = createSubscriptionHandler({ book: store, texts, catalog: testCatalog() });
    handle = (m) => handler(m) as Reply | undefined;
  });

  const ledger = () => db.prepare('SELECT channel, chat_id, action, method FROM consent_events ORDER BY id').all();

  it('subscribes with /subscribe, confirms, and records the ledger', () => {
    const reply = handle(message('/subscribe'));
    expect(reply?.text).toBe(texts.subscribed);
    expect(reply?.buttons?.flat().map((b) => b.data)).toEqual(['sub:locality', 'sub:skip']);
    expect(store.isActive({ channel: 'telegram', chatId: '42' })).toBe(true);
    expect(ledger()).toEqual([{ channel: 'telegram', chat_id: '42', action: 'opt-in', method: 'command:/subscribe' }]);
  });

  it('subscribes and unsubscribes with typed words on any channel, confirming each', () => {
    const zalo = { address: { channel: 'zalo-bot' as const, chatId: 'z1' }, userId: 'z1' };
    expect(handle(message('dang ky nhan tin', zalo))?.text).toBe(texts.subscribed);
    expect(handle(message('STOP', zalo))?.text).toBe(texts.unsubscribed);
    expect(handle(message('huy', zalo))?.text).toBe(texts.notSubscribed);
    expect(ledger()).toEqual([
      { channel: 'zalo-bot', chat_id: 'z1', action: 'opt-in', method: 'text:dang ky nhan tin' },
      { channel: 'zalo-bot', chat_id: 'z1', action: 'opt-out', method: 'text:STOP' },
    ]);
  });

  it('answers a second opt-in with "already" and the stored place', () => {
    handle(message('đăng ký'));
    store.setLocality({ channel: 'telegram', chatId: '42' }, { province: 'Nghệ An' }, at);
    expect(handle(message('đăng ký'))?.text).toContain('Nghệ An');
  });

  it('leaves questions that contain the words to the answer engine', () => {
    handle(message('đăng ký'));
    expect(handle(message('làm sao đăng ký gia đình học tập?'))).toBeUndefined();
    expect(handle(message('hủy danh hiệu khi nào?'))).toBeUndefined();
    expect(store.isActive({ channel: 'telegram', chatId: '42' })).toBe(true);
  });

  it('runs the locality dialogue with buttons: province, then ward', () => {
    handle(message('/subscribe'));
    const ask = handle(message('sub:locality'));
    expect(ask?.text).toBe(texts.askProvince);
    expect(ask?.buttons?.flat()).toHaveLength(texts.provinces.length + 1);
    const index = texts.provinces.indexOf('Nghệ An');
    expect(handle(message(`sub:p:${index}`))?.text).toContain('Nghệ An');
    expect(handle(message('xa nam dan'))?.text).toContain('Xa nam dan, Nghệ An');
    expect(store.get({ channel: 'telegram', chatId: '42' })).toMatchObject({ province: 'Nghệ An', ward: 'Xa nam dan' });
  });

  it('takes a typed province right after opting in, and maps former provinces', () => {
    handle(message('đăng ký'));
    const reply = handle(message('binh duong'));
    expect(reply?.text).toContain('Bình Dương thuộc TP Hồ Chí Minh');
    expect(store.get({ channel: 'telegram', chatId: '42' })?.province).toBe('TP Hồ Chí Minh');
    expect(handle(message('Bỏ qua'))?.text).toContain('TP Hồ Chí Minh');
  });

  it('offers typing instead of a long button list on channels without rich buttons', () => {
    const zalo = { address: { channel: 'zalo-oa' as const, chatId: 'z2' }, userId: 'z2' };
    handle(message('đăng ký', zalo));
    expect(handle(message('Chọn địa phương', zalo))?.buttons).toEqual([[{ label: texts.buttons.skip, data: 'sub:skip' }]]);
    expect(handle(message('ha noi', zalo))?.text).toContain('Hà Nội');
  });

  it('lets a question asked during the dialogue through, and closes the dialogue', () => {
    handle(message('đăng ký'));
    handle(message('sub:locality'));
    expect(handle(message('gia đình học tập là gì'))).toBeUndefined();
    expect(handle(message('Nghệ An'))).toBeUndefined();
  });

  it('forgets an unanswered dialogue after its time', () => {
    handle(message('đăng ký'));
    const later = new Date(at.getTime() + 20 * 60_000);
    expect(handle(message('Nghệ An', { receivedAt: later }))).toBeUndefined();
  });

  it('honours opt-out words in the middle of the dialogue', () => {
    handle(message('đăng ký'));
    handle(message('sub:locality'));
    expect(handle(message('hủy'))?.text).toBe(texts.unsubscribed);
    expect(store.isActive({ channel: 'telegram', chatId: '42' })).toBe(false);
  });

  it('tells web chat users to subscribe on Telegram or Zalo, and stores nothing', () => {
    const web = { address: { channel: 'web' as const, chatId: 'w1' }, userId: 'w1' };
    expect(handle(message('đăng ký', web))?.text).toBe(texts.notAvailableHere);
    expect(handle(message('gia đình học tập là gì', web))).toBeUndefined();
    expect(store.get({ channel: 'web', chatId: 'w1' })).toBeUndefined();
  });

  it('/unsubscribe and aliases work as commands', () => {
    handle(message('/dangky'));
    expect(handle(message('/unsubscribe'))?.text).toBe(texts.unsubscribed);
    expect(handle(message('/help'))).toBeUndefined();
  });

  it('findProvince knows names, spellings and former provinces', () => {
    expect(findProvince('tp hcm', texts)).toEqual({ province: 'TP Hồ Chí Minh' });
    expect(findProvince('Thành phố Hà Nội', texts)).toEqual({ province: 'Hà Nội' });
    expect(findProvince('thanh hoa', texts)).toEqual({ province: 'Thanh Hóa' });
    expect(findProvince('Quảng Nam', texts)).toEqual({ province: 'Đà Nẵng', former: 'Quảng Nam' });
    expect(findProvince('Atlantis', texts)).toBeUndefined();
  });
});
