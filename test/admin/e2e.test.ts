// End to end in headless Chromium: a real server (startServer) with a fake Telegram Bot API; staff log in, filter
// the log, correct an answer the bot then uses, read the gaps, and schedule a broadcast whose progress goes live.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../src/admin/password.js';
import { startServer, type RunningServer } from '../../src/main.js';
import { createStaffStore } from '../../src/store/staff.js';
import { callbackUpdate, startFakeTelegram, textUpdate, waitUntil, type FakeTelegram } from '../fakes/telegram-server.js';
import { ROOT, tempDir, testConfig } from '../helpers/core.js';

const CHROMIUM = '/usr/bin/chromium';
const ARTIFACTS = join(ROOT, 'test-artifacts', 'admin');
const PASSWORD = 'mat-khau-rat-dai-1';
const RESIDENT = 5551001;

/** An Etc/GMT zone where it is now about noon, so quiet hours (21:00–07:00) never hold the broadcast back. */
function middayZone(now = new Date()): string {
  let offset = 12 - now.getUTCHours();
  if (offset > 14) offset -= 24;
  if (offset < -12) offset += 24;
  return offset === 0 ? 'Etc/GMT' : `Etc/GMT${offset > 0 ? '-' : '+'}${Math.abs(offset)}`;
}

describe.skipIf(!existsSync(CHROMIUM))('staff console in Chromium', () => {
  let temp: ReturnType<typeof tempDir>;
  let fake: FakeTelegram;
  let server: RunningServer;
  let browser: BrowserContext;
  let base: string;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    temp = tempDir('loa-e2e-');
    fake = await startFakeTelegram();
    const config = testConfig(temp.dir, {
      TELEGRAM_BOT_TOKEN: fake.token,
      TELEGRAM_API_ROOT: fake.apiRoot,
      TELEGRAM_BROADCAST_RATE: '4',
      TIMEZONE: middayZone(),
    });
    server = await startServer(config, pino({ level: 'silent' }));
    base = `http://127.0.0.1:${server.port}`;
    const staff = createStaffStore(server.core.db);
    const hash = await hashPassword(PASSWORD);
    staff.add({ name: 'kiemduyet', role: 'moderator', passwordHash: hash }, new Date());
    staff.add({ name: 'truyenthong', role: 'campaign', passwordHash: hash }, new Date());
    for (let i = 0; i < 24; i++) {
      const address = { channel: 'telegram' as const, chatId: String(7000 + i) };
      server.core.subscriptions.optIn(address, address.chatId, 'e2e', new Date());
      server.core.subscriptions.setLocality(address, { province: i % 3 === 0 ? 'Huế' : 'Hà Nội' }, new Date());
    }
    const userDataDir = join(temp.dir, 'chromium-profile');
    browser = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      viewport: { width: 1280, height: 900 },
      locale: 'vi-VN',
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await fake?.close();
    temp?.cleanup();
  });

  const shot = (page: Page, name: string) => page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });

  async function login(name: string): Promise<Page> {
    const page = await browser.newPage();
    await page.goto(`${base}/admin/turns`);
    expect(new URL(page.url()).pathname).toBe('/admin/login');
    await shot(page, '01-login');
    await page.getByLabel('Tên đăng nhập').fill(name);
    await page.getByLabel('Mật khẩu').fill(PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL(/\/admin\/turns$/u);
    return page;
  }

  it('logs in, filters the log, corrects an answer, and the bot then answers with it', async () => {
    // A resident asks on Telegram, gets an answer with 👍/👎 buttons, and presses 👎; another question is refused.
    fake.enqueueUpdate(textUpdate(RESIDENT, 'Gia đình học tập là gì?'));
    const [answer] = await fake.waitForSent(String(RESIDENT), 1, 15_000);
    const keyboard = (answer?.payload.reply_markup as { inline_keyboard: { text: string; callback_data: string }[][] }).inline_keyboard;
    const down = keyboard.flat().find((b) => b.text.startsWith('👎'))!;
    fake.enqueueUpdate(callbackUpdate(RESIDENT, down.callback_data));
    await waitUntil(() => server.core.db.prepare("SELECT 1 FROM turns WHERE feedback = 'down'").get(), 10_000, 'feedback stored');
    fake.enqueueUpdate(textUpdate(RESIDENT, 'Giá vàng hôm nay bao nhiêu?'));
    await fake.waitForSent(String(RESIDENT), 2, 15_000);
    for (const text of ['gia vang hom nay bao nhieu', 'Giá vàng hôm nay thế nào?']) {
      await fetch(`${base}/api/chat`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ sessionId: `web-${text.length}`, text }) });
    }

    const page = await login('kiemduyet');
    await shot(page, '02-turns');
    await page.getByLabel('Tìm (có dấu hay không dấu đều được)').fill('gia dinh hoc tap');
    await page.getByLabel('👎 Không hài lòng').check();
    await page.getByRole('button', { name: 'Lọc' }).click();
    await expect.poll(() => page.locator('.turn.card').count()).toBe(1);
    await expect(page.locator('[role="status"]').first().textContent()).resolves.toContain('1 lượt hỏi đáp');
    await shot(page, '03-turns-filtered');

    await page.locator('.turn.card .q a').first().click();
    await page.waitForURL(/\/admin\/turns\/\d+/u);
    await expect(page.locator('.turn-detail.current .citations').count()).resolves.toBe(1);
    await shot(page, '04-thread');

    await page.locator('.turn-detail.current').getByRole('link', { name: 'Sửa câu trả lời này' }).click();
    await page.getByLabel('Câu trả lời đúng').fill('Gia đình học tập là danh hiệu UBND cấp xã công nhận cho gia đình có mọi thành viên tích cực học tập suốt đời (câu trả lời đã được cán bộ kiểm tra).');
    await page.getByLabel('Tên văn bản hoặc nguồn (bắt buộc)').fill('Thông tư 02/2024/TT-BGDĐT');
    await page.getByLabel('Đường dẫn (https://…)').fill('https://moet.gov.vn/');
    await page.getByLabel('Gửi câu trả lời đã sửa cho người đã hỏi').check();
    await shot(page, '05-correct');
    await page.getByRole('button', { name: 'Lưu câu trả lời' }).click();
    await page.waitForURL(/\/admin\/curated/u);
    await expect(page.locator('.notice').textContent()).resolves.toContain('gửi cho người đã hỏi');
    await shot(page, '06-curated');
    const correction = await fake.waitForSent(String(RESIDENT), 3, 10_000);
    expect(correction.at(-1)?.text).toContain('đã được cán bộ kiểm tra');

    const response = await fetch(`${base}/api/chat`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ sessionId: 'after-correction', text: 'cho hỏi gia dinh hoc tap la gi' }),
    });
    const reply = (await response.json()) as { mode: string; answer: string; citations: { title: string }[] };
    expect(reply.mode).toBe('curated');
    expect(reply.answer).toContain('đã được cán bộ kiểm tra');
    expect(reply.citations[0]?.title).toBe('Thông tư 02/2024/TT-BGDĐT');

    await page.goto(`${base}/admin/gaps`);
    await expect(page.locator('ol.gaps > li').first().textContent()).resolves.toMatch(/Giá vàng hôm nay/u);
    await shot(page, '07-gaps');
    await page.goto(`${base}/admin`);
    await expect(page.locator('svg[role="img"]').count()).resolves.toBe(1);
    await shot(page, '08-dashboard');
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${base}/admin/turns`);
    await shot(page, '09-turns-phone');
    await page.close();
  }, 90_000);

  it('schedules a broadcast and shows its delivery progress live', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/admin`);
    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await page.waitForURL(/\/admin\/login$/u);
    await page.goto(`${base}/admin/broadcasts/new`);
    await page.getByLabel('Tên đăng nhập').fill('truyenthong');
    await page.getByLabel('Mật khẩu').fill(PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL(/\/admin\/broadcasts\/new$/u);
    await page.getByLabel('Nội dung thông báo').fill('Mời bà con tham dự Ngày hội đọc sách tại nhà văn hoá phường, 8 giờ sáng Chủ nhật.');
    await page.getByLabel('Địa bàn (tỉnh/thành hoặc xã/phường; để trống = mọi nơi)').fill('ha noi');
    await expect.poll(() => page.locator('#recipients').textContent()).toBe('16');
    await expect(page.locator('.preview').first().textContent()).resolves.toContain('Ngày hội đọc sách');
    await shot(page, '10-broadcast-compose');
    await page.getByRole('button', { name: 'Lên lịch gửi' }).click();
    await page.waitForURL(/\/admin\/broadcasts\/\d+\?ok=scheduled/u);
    await shot(page, '11-broadcast-scheduled');
    // The minute scheduler expands it; the page polls progress.json and fills the bar as the fake Bot API receives messages.
    await expect.poll(async () => Number(await page.locator('#bar').getAttribute('value')), { timeout: 75_000 }).toBeGreaterThan(0);
    await shot(page, '12-broadcast-progress');
    await expect.poll(() => page.locator('[data-status]').textContent(), { timeout: 30_000 }).toBe('Đã gửi xong');
    await expect(page.locator('[data-count-of="sent"]').first().textContent()).resolves.toBe('16');
    await shot(page, '13-broadcast-done');
    expect(new Set(fake.sent.filter((m) => m.text.includes('Ngày hội đọc sách')).map((m) => m.chatId)).size).toBe(16);

    await page.goto(`${base}/admin/calendar`);
    await page.getByLabel('Năm').fill('2026');
    await page.getByLabel('Ngày bắt đầu').fill('2026-10-01');
    await page.getByLabel('Ngày kết thúc').fill('2026-10-07');
    await page.getByLabel('Chủ đề').fill('Học tập suốt đời vì một xã hội học tập');
    await page.getByLabel(/^Sự kiện/u).fill('Khai mạc toàn quốc\nHà Nội | Ngày hội đọc sách tại Văn Miếu');
    await page.getByRole('button', { name: 'Lưu lịch' }).click();
    await page.waitForURL(/ok=calendar-saved/u);
    await shot(page, '14-calendar');
    await page.goto(`${base}/admin/subscribers`);
    await shot(page, '15-subscribers');
    await page.close();
  }, 150_000);
});
