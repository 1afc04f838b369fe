// Documents are data, not orders: warnings (file and line) for instruction-like text, payment requests and links
// to domains off the allow-list, and a front-matter `source` that is not http(s) is dropped.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseYaml as parse } from '../yaml-file.js';
import { z } from 'zod';
import { matchesAny } from '../core/answer/guard.js';
import type { DocumentMeta } from '../core/types.js';
import type { TextGuards } from '../core/understand/lexicon.js';

/** Something an editor should look at before residents see the document; the file is still indexed. */
export interface DocumentWarning {
  path: string;
  /** 1-based line in the file, when known. */
  line?: number;
  message: string;
}

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

/** What a document is reviewed against; each part left undefined skips its check. */
export interface ReviewPolicy {
  /** Domains links may point to. */
  allowedDomains?: readonly string[];
  /** Patterns of instructions and payment requests (prompts/language/guards.yaml). */
  guards?: TextGuards;
}

/** Reviews one loaded document. `source` is the file's text when it is text (for line numbers past the front matter). */
export function reviewDocument(
  path: string,
  meta: DocumentMeta,
  body: string,
  source: string | undefined,
  { allowedDomains, guards }: ReviewPolicy,
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
    if (guards && (matchesAny(text, guards.attacks) || matchesAny(text, guards.instructions))) {
      warnings.push({ path, line, message: `text that gives the assistant instructions: "${excerpt(text)}"` });
    }
    if (guards && matchesAny(text, guards.payments)) warnings.push({ path, line, message: `a payment request: "${excerpt(text)}"` });
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
