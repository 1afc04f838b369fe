// Splits YAML front matter from a Markdown body and validates it into DocumentMeta.
import { parseYaml as parse } from '../yaml-file.js';
import { z } from 'zod';
import type { DocumentMeta } from '../core/types.js';
import { InputError } from '../errors.js';

const text = z
  .union([z.string(), z.number(), z.date()])
  .transform((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value).trim()))
  .optional()
  .nullable();

const frontMatterSchema = z.object({
  title: text,
  number: text,
  issuer: text,
  issued: text,
  effective: text,
  status: z.enum(['in-force', 'superseded', 'expired']).default('in-force'),
  superseded_by: text,
  source: text,
  tags: z
    .union([z.array(z.union([z.string(), z.number()])), z.string()])
    .transform((value) => (Array.isArray(value) ? value.map(String) : value.split(',')).map((t) => t.trim()).filter(Boolean))
    .default([]),
});

/** Front matter fields and the remaining body. `title` falls back to the first heading, then the file name. */
export function parseFrontMatter(source: string, fileName: string): { meta: DocumentMeta; body: string } {
  const match = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/u.exec(source);
  let raw: unknown = {};
  if (match) {
    try {
      raw = parse(match[1] ?? '') ?? {};
    } catch (error) {
      throw new InputError(`${fileName}: the YAML front matter cannot be read (${(error as Error).message.split('\n')[0]})`, 'knowledge', error);
    }
  }
  const result = frontMatterSchema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new InputError(`${fileName}: front matter field "${String(issue?.path[0])}" is invalid (${issue?.message})`, 'knowledge');
  }
  const body = match ? source.slice(match[0].length) : source;
  const fm = result.data;
  const heading = /^#\s+(.+)$/mu.exec(body)?.[1]?.trim();
  return {
    meta: {
      title: fm.title || heading || fileName.replace(/\.[^.]+$/u, ''),
      number: fm.number || undefined,
      issuer: fm.issuer || undefined,
      issued: fm.issued || undefined,
      effective: fm.effective || undefined,
      status: fm.status,
      supersededBy: fm.superseded_by || undefined,
      source: fm.source || undefined,
      tags: fm.tags,
    },
    body,
  };
}
