// The build's YAML cache (dist/yaml-cache.json): every YAML file of prompts/ and knowledge/ parsed, and what the start-up loaders validated.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { loadDeliveryTexts } from './delivery/texts.js';
import { loadLanguage } from './language.js';
import { loadPrompts } from './prompts.js';
import { recordValidated, survivesJson, useYamlCache, yamlCacheKey, type YamlCache } from './yaml-file.js';

/** Loaders of the prompts folder run at every start (server and `loa ask`); what they validate is cached. */
const PROMPT_LOADERS: readonly ((promptsDir: string) => unknown)[] = [loadPrompts, loadDeliveryTexts, (promptsDir) => loadLanguage(promptsDir, { reuse: false })];

/** Writes to `outFile` the cache of `folders` (relative to `root`) and of the loaders run on `root`/prompts. */
export function writeYamlCache(root: string, folders: readonly string[], outFile: string): void {
  const cache: YamlCache = { yaml: {}, validated: {} };
  for (const folder of folders) {
    const dir = join(root, folder);
    if (!existsSync(dir)) continue;
    for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !/\.ya?ml$/u.test(entry.name)) continue;
      const text = readFileSync(join(entry.parentPath, entry.name), 'utf8');
      let value: unknown;
      try {
        value = parse(text);
      } catch {
        continue; // a broken file is reported when the program reads it, with the parser's own message
      }
      if (survivesJson(value)) cache.yaml[yamlCacheKey(text)] = value;
    }
  }
  // Every loader runs its schemas: nothing is taken from a cache read before.
  useYamlCache();
  recordValidated(cache.validated);
  try {
    for (const load of PROMPT_LOADERS) {
      try {
        load(join(root, 'prompts'));
      } catch {
        // An invalid file is reported when the program loads it; nothing of it is cached.
      }
    }
  } finally {
    recordValidated(undefined);
  }
  writeFileSync(outFile, JSON.stringify(cache));
}
