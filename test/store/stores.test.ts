// One createStores(db): every store is built there, once, and the composition root hands the same instances to its parts.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../src/main.js';
import { ROOT, tempDir, testConfig } from '../helpers/core.js';
import { buildCore } from '../../src/main.js';

const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });

describe('createStores', () => {
  it('is the only place outside store/ that builds a store', () => {
    const src = resolve(ROOT, 'src');
    const factories = new Set(
      files(join(src, 'store')).flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/export function (create\w+)\(db: Db/gu)].map((m) => m[1]!)),
    );
    factories.delete('createStores');
    expect(factories.size).toBeGreaterThan(15);
    const callers = files(src)
      .filter((file) => !file.startsWith(join(src, 'store')))
      .filter((file) => [...factories].some((name) => readFileSync(file, 'utf8').includes(`${name}(`)))
      .map((file) => relative(ROOT, file));
    expect(callers).toEqual([]);
  });

  describe('in the composition root', () => {
    let core: Core;
    let cleanup: () => void;
    beforeAll(() => {
      const temp = tempDir();
      cleanup = temp.cleanup;
      core = buildCore(testConfig(temp.dir));
    });
    afterAll(() => {
      core.close();
      cleanup();
    });

    it('hands every part the same store instances', () => {
      for (const name of ['knowledge', 'turns', 'inbox', 'subscriptions', 'feedback', 'broadcasts', 'outbox', 'calendar', 'zaloTokens', 'zaloOaPromotions'] as const) {
        expect(core[name], name).toBe(core.stores[name]);
      }
    });
  });
});
