// Phone width (390 × 844) in headless Chromium: every console page fits without sideways scrolling and marks the current
// menu entry, the staff table's buttons are on screen, the log shows its first rows above the fold, and the web chat
// shows a new answer and a placeholder that fits. Screenshots go to a temporary directory (LOA_SCREENSHOTS keeps them).
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../src/admin/password.js';
import { startServer, type RunningServer } from '../../src/main.js';
import { createStaffStore } from '../../src/store/staff.js';
import { planDocx } from '../fixtures/documents.js';
import { tempDir, testConfig } from '../helpers/core.js';

const CHROMIUM = '/usr/bin/chromium';
const PASSWORD = 'mat-khau-rat-dai-1';
const PHONE = { width: 390, height: 844 };

describe.skipIf(!existsSync(CHROMIUM))('console and web chat at phone width', () => {
  let temp: ReturnType<typeof tempDir>;
  let shots: string;
  let server: RunningServer;
  let browser: BrowserContext;
  let base: string;

  beforeAll(async () => {
    temp = tempDir('loa-phone-');
    shots = process.env.LOA_SCREENSHOTS ?? mkdtempSync(join(tmpdir(), 'loa-phone-shots-'));
    mkdirSync(shots, { recursive: true });
    server = await startServer(testConfig(temp.dir), pino({ level: 'silent' }));
    base = `http://127.0.0.1:${server.port}`;
    const staff = createStaffStore(server.core.db);
    const hash = await hashPassword(PASSWORD);
    staff.add({ name: 'quantri', role: 'admin', passwordHash: hash }, new Date());
    staff.add({ name: 'kiem-duyet-ha-noi-phuong-ba-dinh', role: 'moderator', locality: 'Phường Ba Đình, Hà Nội', passwordHash: hash }, new Date());
    for (const [i, text] of ['Gia đình học tập là gì?', 'Giá vàng hôm nay?', 'Tuần lễ học tập suốt đời năm 2025 có chủ đề gì?'].entries()) {
      await fetch(`${base}/api/chat`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ sessionId: `phone-${i}`, text }) });
    }
    const address = { channel: 'telegram' as const, chatId: '70001' };
    server.core.subscriptions.optIn(address, address.chatId, 'phone', new Date());
    server.core.subscriptions.setLocality(address, { province: 'Hà Nội', ward: 'Phường Ba Đình' }, new Date());
    browser = await chromium.launchPersistentContext(join(temp.dir, 'chromium-profile'), {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      viewport: PHONE,
      deviceScaleFactor: 1,
      isMobile: true,
      hasTouch: true,
      locale: 'vi-VN',
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    temp?.cleanup();
    if (!process.env.LOA_SCREENSHOTS && shots) rmSync(shots, { recursive: true, force: true });
  });

  const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

  it('fits every console page on a phone', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/admin/login`);
    await page.screenshot({ path: join(shots, '00-login.png'), fullPage: true });
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await page.getByLabel('Tên đăng nhập').fill('quantri');
    await page.getByLabel('Mật khẩu').fill(PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL(/\/admin$/u);

    // A console document (draft) so its pages are in the pass too.
    await page.goto(`${base}/admin/documents/new`);
    await page.getByLabel(/^Tệp văn bản/u).setInputFiles({ name: 'ke-hoach.docx', mimeType: 'application/octet-stream', buffer: planDocx() });
    await page.getByRole('button', { name: 'Tải lên và xem trước' }).click();
    await page.waitForURL(/\/admin\/documents\/\d+\?ok=uploaded$/u);
    const documentPath = new URL(page.url()).pathname;
    const turnId = (server.core.db.prepare('SELECT max(id) AS id FROM turns').get() as { id: number }).id;
    const folderKey = `k${(server.core.db.prepare("SELECT min(id) AS id FROM documents WHERE path NOT LIKE 'console:%'").get() as { id: number }).id}`;

    const pages = [
      '/admin', '/admin/turns', `/admin/turns/${turnId}`, `/admin/turns/${turnId}/correct`, '/admin/gaps', '/admin/curated', '/admin/curated/new',
      '/admin/documents', '/admin/documents/new', documentPath, `${documentPath}/delete`, `/admin/documents/${folderKey}`,
      '/admin/broadcasts', '/admin/broadcasts/new', '/admin/calendar', '/admin/subscribers', '/admin/staff',
    ];
    for (const [i, path] of pages.entries()) {
      await page.goto(`${base}${path}`);
      const name = `${String(i + 1).padStart(2, '0')}${path.replace(/[^a-z0-9]+/giu, '-')}.png`;
      await page.screenshot({ path: join(shots, name) }); // the first screen, as a phone shows it
      expect(await overflow(page), `${path} is wider than the phone`).toBeLessThanOrEqual(0);
      expect(await page.locator('.nav a[aria-current="page"]').count(), `${path} marks its menu entry`).toBe(1);
      await expect(page.locator('link[rel="icon"]').getAttribute('href')).resolves.toBe('/favicon.svg');
    }

    // The staff table's buttons are on screen (cards), and the log's first row is above the fold.
    await page.goto(`${base}/admin/staff`);
    for (const button of await page.locator('table.staff button, table.staff summary').all()) {
      const box = await button.boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= PHONE.width).toBe(true);
    }
    await page.goto(`${base}/admin/turns`);
    const firstRow = await page.locator('.turn.card').first().boundingBox();
    expect(firstRow && firstRow.y + 40 < PHONE.height).toBe(true);
    await page.close();
  }, 120_000);

  it('shows the new answer on a phone, with a placeholder that fits and a favicon', async () => {
    const page = await browser.newPage();
    await page.goto(base);
    const placeholder = await page.evaluate(() => {
      const input = document.getElementById('q') as HTMLTextAreaElement;
      const style = getComputedStyle(input);
      const context = document.createElement('canvas').getContext('2d')!;
      context.font = `${style.fontSize} ${style.fontFamily}`;
      return { text: context.measureText(input.placeholder).width, room: input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) };
    });
    expect(placeholder.text).toBeLessThanOrEqual(placeholder.room);
    for (const question of ['Gia đình học tập là gì?', 'Công dân học tập cần những tiêu chí nào?', 'Tuần lễ học tập suốt đời năm 2025 có chủ đề gì?']) {
      await page.getByLabel('Câu hỏi').fill(question);
      await page.getByLabel('Câu hỏi').press('Enter');
      const answer = page.locator('.msg.bot').last();
      await expect.poll(() => answer.textContent(), { timeout: 15_000 }).not.toBe('…');
      const box = await answer.evaluate((element) => element.getBoundingClientRect().toJSON() as DOMRect);
      const log = await page.locator('#log').evaluate((element) => element.getBoundingClientRect().toJSON() as DOMRect);
      // The whole answer when it fits; otherwise its beginning at the top of the log.
      expect(box.top, question).toBeGreaterThanOrEqual(log.top - 1);
      if (box.height <= log.height) expect(box.bottom, question).toBeLessThanOrEqual(log.bottom + 1);
      else expect(box.top, question).toBeLessThanOrEqual(log.top + 1);
    }
    await page.screenshot({ path: join(shots, 'chat-phone.png') });
    const icon = await fetch(`${base}/favicon.svg`);
    expect(icon.headers.get('content-type')).toBe('image/svg+xml');
    expect(await icon.text()).toContain('<svg');
    await page.close();
  }, 90_000);
});
