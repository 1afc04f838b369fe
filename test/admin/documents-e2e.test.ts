// End to end in headless Chromium: staff upload a DOCX and a PDF, preview and publish them, the web chat answers from
// them with a citation, a superseded document's answer carries the note, a deleted one is gone, a scanned PDF is refused.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../src/admin/password.js';
import { startServer, type RunningServer } from '../../src/main.js';
import { createStaffStore } from '../../src/store/staff.js';
import { buildPdf } from '../fixtures/build-pdf.js';
import { PLAN_FACT, PLAN_QUESTION, planDocx } from '../fixtures/documents.js';
import { tempDir, testConfig } from '../helpers/core.js';

const CHROMIUM = '/usr/bin/chromium';
const PASSWORD = 'mat-khau-rat-dai-1';
const FAIR_TITLE = 'Kế hoạch tổ chức Ngày hội đọc sách xã Tân Lộc Xuân';

describe.skipIf(!existsSync(CHROMIUM))('documents in the console, in Chromium', () => {
  let temp: ReturnType<typeof tempDir>;
  let server: RunningServer;
  let browser: BrowserContext;
  let base: string;

  beforeAll(async () => {
    temp = tempDir('loa-docs-e2e-');
    server = await startServer(testConfig(temp.dir), pino({ level: 'silent' }));
    base = `http://127.0.0.1:${server.port}`;
    createStaffStore(server.core.db).add({ name: 'quantri', role: 'admin', passwordHash: await hashPassword(PASSWORD) }, new Date());
    browser = await chromium.launchPersistentContext(join(temp.dir, 'chromium-profile'), {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      viewport: { width: 1280, height: 900 },
      locale: 'vi-VN',
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    temp?.cleanup();
  });

  const shot = (page: Page, name: string) => page.screenshot({ path: join(temp.dir, `${name}.png`), fullPage: true });

  async function upload(page: Page, file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    await page.goto(`${base}/admin/documents`);
    await page.getByRole('link', { name: '+ Tải văn bản lên' }).click();
    await page.getByLabel(/^Tệp văn bản/u).setInputFiles(file);
    await page.getByRole('button', { name: 'Tải lên và xem trước' }).click();
  }

  /** Asks in a new tab (a new web chat session, so earlier questions are no context). */
  async function askChat(question: string, name?: string): Promise<{ text: string; sources: string }> {
    const page = await browser.newPage();
    await page.goto(base);
    await page.getByLabel('Câu hỏi').fill(question);
    await page.getByLabel('Câu hỏi').press('Enter');
    const answer = page.locator('.msg.bot').last();
    await expect.poll(() => answer.textContent(), { timeout: 15_000 }).not.toBe('…');
    const result = { text: (await answer.textContent()) ?? '', sources: (await answer.locator('.sources').count()) ? ((await answer.locator('.sources').textContent()) ?? '') : '' };
    if (name) await shot(page, name);
    await page.close();
    return result;
  }

  it('uploads, previews, publishes, supersedes and deletes documents, and the web chat follows each step', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/admin/documents`);
    await page.getByLabel('Tên đăng nhập').fill('quantri');
    await page.getByLabel('Mật khẩu').fill(PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL(/\/admin\/documents$/u);

    // DOCX → draft with preview → publish → the web chat cites it.
    await upload(page, { name: 'ke-hoach-99.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: planDocx() });
    await page.waitForURL(/\/admin\/documents\/\d+\?ok=uploaded$/u);
    const planUrl = page.url().replace(/\?.*$/u, '');
    await expect(page.locator('ol.passages').textContent()).resolves.toContain(PLAN_FACT);
    await expect(page.getByLabel('Số hiệu', { exact: true }).inputValue()).resolves.toBe('99/KH-UBND');
    await shot(page, 'docx-preview');
    await page.getByRole('button', { name: 'Đăng văn bản' }).click();
    await page.waitForURL(/ok=published$/u);
    const first = await askChat(PLAN_QUESTION, 'chat-cited');
    expect(first.text).toContain(PLAN_FACT);
    expect(first.sources).toContain('Hoà Vang Mới');

    // PDF → draft → publish.
    const pdf = buildPdf([FAIR_TITLE, 'Số: 100/KH-UBND', 'Ngày hội đọc sách của xã Tân Lộc Xuân năm 2026 diễn ra ở sân đình Tân Lộc Xuân,', 'vào sáng Chủ nhật 11 tháng 10 năm 2026.']);
    await upload(page, { name: 'ngay-hoi.pdf', mimeType: 'application/pdf', buffer: pdf });
    await page.waitForURL(/ok=uploaded$/u);
    await expect(page.locator('ol.passages').textContent()).resolves.toContain('sân đình Tân Lộc Xuân');
    await page.getByRole('button', { name: 'Đăng văn bản' }).click();
    await page.waitForURL(/ok=published$/u);
    const fair = await askChat('Ngày hội đọc sách ở Tân Lộc Xuân diễn ra ở đâu?');
    expect(fair.text).toContain('sân đình');
    expect(fair.sources).toContain(FAIR_TITLE);

    // Superseded by the PDF: the answer carries the note.
    await page.goto(planUrl);
    await page.getByLabel('Tình trạng mới').selectOption('superseded');
    await page.getByLabel('Văn bản thay thế (khi bị thay thế)').selectOption({ label: `100/KH-UBND — ${FAIR_TITLE}` });
    await page.getByRole('button', { name: 'Cập nhật tình trạng' }).click();
    await page.waitForURL(/ok=edited$/u);
    await expect(page.locator('table.history').textContent()).resolves.toContain('Đã bị thay thế');
    // Superseded passages rank lower (status factor 0.6), so the question names the place precisely.
    const noted = await askChat('Nhà văn hoá thôn Phong Lan xã Hoà Vang Mới khai mạc Tuần lễ ngày nào?', 'chat-superseded');
    expect(noted.text).toContain('là quy định cũ, nay áp dụng 100/KH-UBND');

    // Deleted after confirmation: gone from the answers and the list.
    await page.goto(planUrl);
    await page.getByRole('link', { name: 'Xoá văn bản…' }).click();
    await page.getByRole('button', { name: 'Xoá hẳn' }).click();
    await page.waitForURL(/\/admin\/documents\?ok=deleted$/u);
    await expect(page.locator('table.documents').textContent()).resolves.not.toContain('Hoà Vang Mới');
    const gone = await askChat(PLAN_QUESTION);
    expect(gone.text).not.toContain(PLAN_FACT);
    expect(gone.sources).not.toContain('Hoà Vang Mới');

    // A scanned PDF is refused with the Vietnamese message, and nothing is added.
    const before = await page.locator('table.documents tbody tr').count();
    await upload(page, { name: 'ban-scan.pdf', mimeType: 'application/pdf', buffer: buildPdf([' ']) });
    await expect(page.getByRole('alert').textContent()).resolves.toContain('không có lớp chữ');
    await shot(page, 'bad-upload');
    await page.goto(`${base}/admin/documents`);
    await expect(page.locator('table.documents tbody tr').count()).resolves.toBe(before);

    // Choosing a Markdown file fills the empty fields from its front matter and first lines before sending.
    await page.goto(`${base}/admin/documents/new`);
    const markdown = '---\ntitle: "Kế hoạch truyền thông Tuần lễ 2026"\nissuer: "UBND xã Tân Lộc Xuân"\n---\n\nSố: 101/KH-UBND\n\nTân Lộc Xuân, ngày 30 tháng 9 năm 2026\n';
    await page.getByLabel(/^Tệp văn bản/u).setInputFiles({ name: 'ke-hoach-101.md', mimeType: 'text/markdown', buffer: Buffer.from(markdown) });
    await expect.poll(() => page.getByLabel('Số hiệu', { exact: true }).inputValue()).toBe('101/KH-UBND');
    await expect(page.getByLabel('Tiêu đề', { exact: true }).inputValue()).resolves.toBe('Kế hoạch truyền thông Tuần lễ 2026');
    await expect(page.getByLabel('Ngày ban hành').inputValue()).resolves.toBe('2026-09-30');
    await expect(page.getByLabel('Cơ quan ban hành').inputValue()).resolves.toBe('UBND xã Tân Lộc Xuân');
    await page.close();
  }, 120_000);
});
