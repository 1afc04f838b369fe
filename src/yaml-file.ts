// YAML parsing with a build-time cache: texts the build already parsed (prompts/, knowledge/) are read back as JSON.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { parse as yamlParse } from 'yaml';

/**
 * Parsed YAML of the default prompts/ and knowledge/ folders, written by `npm run build` (scripts/build.mjs) and keyed
 * by each text's SHA-256, so an edited file simply misses and is parsed. Parsing those files and loading the `yaml`
 * package took about 0.2 s of CPU of every `loa ask` (the whole command about 1.1 s, on the 2-core machine).
 */
const CACHE_FILE = new URL('./yaml-cache.json', import.meta.url);

let cache: Record<string, unknown> | undefined;
let parser: typeof yamlParse | undefined;

/** The cache key of a YAML text. */
export function yamlCacheKey(text: string): string {
  return createHash('sha256').update(text).digest('base64url');
}

/** Parses YAML like `parse` of the yaml package (same values, same errors); every call returns fresh objects. */
export function parseYaml(text: string): unknown {
  cache ??= readCache();
  const key = yamlCacheKey(text);
  if (Object.hasOwn(cache, key)) return structuredClone(cache[key]);
  // Loaded on the first miss only: a process that reads nothing but cached files never loads the package.
  parser ??= (createRequire(import.meta.url)('yaml') as { parse: typeof yamlParse }).parse;
  return parser(text);
}

function readCache(): Record<string, unknown> {
  try {
    return JSON.parse(readFileSync(CACHE_FILE, 'utf8')) as Record<string, unknown>;
  } catch {
    return {};
  }
}
