// YAML parsing and validation with a build-time cache: texts the build already read (prompts/, knowledge/) come back as JSON.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { isDeepStrictEqual } from 'node:util';
import type { parse as yamlParse } from 'yaml';
import type { ZodSafeParseResult, ZodType } from 'zod';
import { codeFile } from './code-files.js';

/**
 * What `npm run build` (src/build-cache.ts) read of the default prompts/ and knowledge/ folders: each YAML text parsed,
 * keyed by its SHA-256, and what the start-up loaders' schemas made of it, keyed by the schema's label and that hash.
 * An edited file simply misses and is parsed and validated. Parsing took about 0.2 s of CPU of every `loa ask` (the
 * whole command about 1.1 s); validating with zod 30–60 ms more (the command about 0.6 s), on the 2-core machine.
 */
export interface YamlCache {
  yaml: Record<string, unknown>;
  validated: Record<string, unknown>;
}

const CACHE_FILE = codeFile('yaml-cache.json');

let cache: YamlCache | undefined;
let parser: typeof yamlParse | undefined;
/** Where the build collects validated values while it runs the loaders (see recordValidated). */
let recording: Record<string, unknown> | undefined;

/** The cache key of a YAML text. */
export function yamlCacheKey(text: string): string {
  return createHash('sha256').update(text).digest('base64url');
}

/** Parses YAML like `parse` of the yaml package (same values, same errors); every call returns fresh objects. */
export function parseYaml(text: string): unknown {
  return parseKeyed(text, yamlCacheKey(text));
}

/**
 * `schema.safeParse` of the YAML `text`: a text and schema the build validated come back as the build's result (fresh
 * objects) without running the schema. `label` names the schema (one label, one schema); YAML errors throw as parseYaml's.
 */
export function validateYaml<T>(text: string, label: string, schema: ZodType<T>): ZodSafeParseResult<T> {
  cache ??= readCache(CACHE_FILE);
  const key = yamlCacheKey(text);
  const validatedKey = `${label}\0${key}`;
  if (Object.hasOwn(cache.validated, validatedKey)) return { success: true, data: structuredClone(cache.validated[validatedKey]) as T };
  const result = schema.safeParse(parseKeyed(text, key));
  // A copy, as validated: the loader may change its own value afterwards.
  if (recording && result.success && survivesJson(result.data)) recording[validatedKey] = structuredClone(result.data);
  return result;
}

/**
 * Collects into `into` what validateYaml validates from now on (values JSON keeps as they are: no patterns, no
 * functions), for the build's cache; `undefined` stops.
 */
export function recordValidated(into: Record<string, unknown> | undefined): void {
  recording = into;
}

/** Reads the cache from `file` instead of the build's (tests), or starts from an empty one without a file (the build). */
export function useYamlCache(file?: string | URL): void {
  cache = file === undefined ? { yaml: {}, validated: {} } : readCache(file);
}

/** True when `value` comes back from JSON equal to itself. */
export function survivesJson(value: unknown): boolean {
  return value !== undefined && isDeepStrictEqual(JSON.parse(JSON.stringify(value)), value);
}

function parseKeyed(text: string, key: string): unknown {
  cache ??= readCache(CACHE_FILE);
  if (Object.hasOwn(cache.yaml, key)) return structuredClone(cache.yaml[key]);
  // Loaded on the first miss only: a process that reads nothing but cached files never loads the package.
  parser ??= (createRequire(import.meta.url)('yaml') as { parse: typeof yamlParse }).parse;
  return parser(text);
}

function readCache(file: string | URL): YamlCache {
  try {
    const read = JSON.parse(readFileSync(file, 'utf8')) as Partial<YamlCache>;
    return { yaml: read.yaml ?? {}, validated: read.validated ?? {} };
  } catch {
    return { yaml: {}, validated: {} };
  }
}
