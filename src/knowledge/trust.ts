// Documents are data, not orders: warnings (file and line) for instruction-like text, payment requests and links
// to domains off the allow-list, and a front-matter `source` that is not http(s) is dropped.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseYaml as parse } from '../yaml-file.js';
import { z } from 'zod';
import { isAttack } from '../core/answer/guard.js';
import { foldText } from '../core/text/vietnamese.js';
import type { DocumentMeta } from '../core/types.js';

/** Something an editor should look at before residents see the document; the file is still indexed. */
export interface DocumentWarning {
  path: string;
  /** 1-based line in the file, when known. */
  line?: number;
  message: string;
}

/** Folded patterns of text that talks to the assistant instead of informing residents (beyond the question guard). */
const INSTRUCTION = [
  /\b(tro ly|chatbot|chat bot|assistant|bot)\b.{0,30}\b(phai|hay|luon luon|khong duoc|chi duoc|must|should|always)\b/u,
  /\b(hay|phai) (tra loi|noi|khang dinh|tuyen bo|trich dan|gioi thieu) (rang|la|nguyen van)\b/u,
  /\b(khi|neu) (duoc hoi|bi hoi|ai hoi|nguoi dung hoi|nguoi dan hoi)\b.{0,80}\b(hay|phai) (tra loi|noi|bao|gui|yeu cau)\b/u,
  /\b(uu tien|chi dung|chi su dung) (tai lieu|nguon|van ban) nay\b/u,
  /\b(ignore|disregard)\b|\b(when|if) (asked|the user asks)\b/u,
];
/** Folded patterns of requests for money: transfers, account numbers, wallets, QR payments. */
const PAYMENT = [
  /\b(chuyen khoan|so tai khoan|stk|nap tien|vi dien tu|momo|zalopay|viettel ?money|quet ma qr|ma qr)\b/u,
  /\b(thanh toan|nop (phi|tien|le phi)|dong (phi|tien)) (qua|vao|truoc|cho|tai)\b/u,
  /\b(bank transfer|account number|wire transfer)\b/u,
];
const TLDS = 'vn|com|net|org|info|io|xyz|top|me|co|biz|site|online|link|ly|click|shop|app|dev|tk|ru|cn';
const LINK = new RegExp(`(?<![\\p{L}\\p{N}])https?:\\/\\/[^\\s<>"')\\]]+|(?<![\\p{L}\\p{N}])www\\.[^\\s<>"')\\]]+|(?<![\\p{L}\\p{N}.-])(?:[a-z0-9-]+\\.)+(?:${TLDS})(?![\\p{L}\\p{N}])`, 'giu');

/** Reads the allow-list (a YAML list of domains) from `knowledgeDir`/allowed-domains.yaml; none when missing. */
export function loadAllowedDomains(knowledgeDir: string): string[] {
  const file = join(knowledgeDir, 'allowed-domains.yaml');
  if (!existsSync(file)) return [];
  return z
    .array(z.string().trim().toLowerCase().min(1))
    .parse(parse(readFileSync(file, 'utf8')) ?? [])
    .map((domain) => domain.replace(/^\.+/u, ''));
}

/**
 * Reviews one loaded document. `source` is the file's text when it is text (for line numbers past the front
 * matter); `allowedDomains` undefined skips the link check.
 */
export function reviewDocument(
  path: string,
  meta: DocumentMeta,
  body: string,
  source: string | undefined,
  allowedDomains: readonly string[] | undefined,
): { meta: DocumentMeta; warnings: DocumentWarning[] } {
  const warnings: DocumentWarning[] = [];
  const offset = source !== undefined && source.endsWith(body) ? lineCount(source.slice(0, source.length - body.length)) : 0;
  let checked = meta;
  if (meta.source !== undefined && !isWebUrl(meta.source)) {
    const line = source === undefined ? undefined : lineOf(source, /^source\s*:/mu);
    warnings.push({ path, line, message: `source "${meta.source.slice(0, 80)}" is not an http(s) address and was dropped` });
    checked = { ...meta, source: undefined };
  } else if (meta.source !== undefined && allowedDomains && !isAllowed(hostOf(meta.source), allowedDomains)) {
    warnings.push({ path, message: `source links to ${hostOf(meta.source)}, which is not in allowed-domains.yaml` });
  }
  body.split('\n').forEach((text, index) => {
    const line = offset + index + 1;
    const folded = foldText(text);
    if (isAttack(text) || INSTRUCTION.some((pattern) => pattern.test(folded))) {
      warnings.push({ path, line, message: `text that gives the assistant instructions: "${excerpt(text)}"` });
    }
    if (PAYMENT.some((pattern) => pattern.test(folded))) warnings.push({ path, line, message: `a payment request: "${excerpt(text)}"` });
    if (allowedDomains) {
      for (const match of text.matchAll(LINK)) {
        const host = hostOf(match[0]);
        if (!isAllowed(host, allowedDomains)) warnings.push({ path, line, message: `a link to ${host}, which is not in allowed-domains.yaml` });
      }
    }
  });
  return { meta: checked, warnings };
}

function isWebUrl(value: string): boolean {
  return /^https?:\/\//iu.test(value) && URL.canParse(value);
}

function hostOf(link: string): string {
  return link
    .toLowerCase()
    .replace(/^https?:\/\//u, '')
    .split(/[/?#:]/u)[0]!
    .replace(/^www\./u, '')
    .replace(/\.+$/u, '');
}

function isAllowed(host: string, allowed: readonly string[]): boolean {
  return allowed.some((domain) => host === domain || host.endsWith(`.${domain}`));
}

function lineCount(text: string): number {
  return (text.match(/\n/gu) ?? []).length;
}

function lineOf(text: string, pattern: RegExp): number | undefined {
  const match = pattern.exec(text);
  return match ? lineCount(text.slice(0, match.index)) + 1 : undefined;
}

function excerpt(text: string): string {
  const trimmed = text.trim();
  return trimmed.length > 80 ? `${trimmed.slice(0, 79)}…` : trimmed;
}
