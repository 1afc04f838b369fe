// Writes dist/yaml-cache.json: the parsed YAML of the default prompts/ and knowledge/ folders, keyed as src/yaml-file.ts reads it.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { parse } from 'yaml';

/** Parses every .yaml/.yml file under `folders` (relative to `root`) and writes those whose value survives JSON as-is. */
export function writeYamlCache(root, folders, outFile) {
  const cache = {};
  for (const folder of folders) {
    const dir = join(root, folder);
    if (!existsSync(dir)) continue;
    for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !/\.ya?ml$/u.test(entry.name)) continue;
      const text = readFileSync(join(entry.parentPath, entry.name), 'utf8');
      let value;
      try {
        value = parse(text);
      } catch {
        continue; // a broken file is reported when the program reads it, with the parser's own message
      }
      if (value === undefined || !isDeepStrictEqual(JSON.parse(JSON.stringify(value)), value)) continue;
      cache[createHash('sha256').update(text).digest('base64url')] = value;
    }
  }
  writeFileSync(outFile, JSON.stringify(cache));
}
