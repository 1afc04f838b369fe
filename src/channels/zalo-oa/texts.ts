// Loads the Zalo OA channel's own Vietnamese texts from prompts/zalo.yaml.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';

const schema = z.object({
  oaFollowWelcome: z.string().min(1),
  oaPromotionHeader: z.string().min(1).max(100),
});

/** Texts only the Zalo OA channel says. */
export type ZaloOaTexts = z.infer<typeof schema>;

/** Reads and validates `dir`/zalo.yaml; throws an Error naming the file and the field on a problem. */
export function loadZaloOaTexts(dir: string): ZaloOaTexts {
  const path = join(dir, 'zalo.yaml');
  const parsed = schema.safeParse(parse(readFileSync(path, 'utf8')));
  if (!parsed.success) throw new Error(`${path}: "${parsed.error.issues[0]?.path.join('.')}" ${parsed.error.issues[0]?.message}`);
  return parsed.data;
}
