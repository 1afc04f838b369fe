// Loads prompts/subscriptions.yaml and prompts/reminders/*.md: subscription, reminder and broadcast texts, validated.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateYaml } from '../yaml-file.js';
import { z } from 'zod';
import { REMINDER_KINDS, type ReminderKind, type ReminderTexts } from '../core/reminders.js';
import type { BroadcastTexts } from '../core/broadcasting.js';
import type { SubscriptionTexts } from '../core/subscriptions.js';

const text = z.string().min(1);

const schema = z.object({
  subscribed: text,
  already: text,
  placeNote: text,
  notAvailableHere: text,
  unsubscribed: text,
  notSubscribed: text,
  askProvince: text,
  provinceUnknown: text,
  provinceMerged: text,
  askWard: text,
  localitySaved: text,
  localitySkipped: text,
  buttons: z.object({ chooseLocality: text, skip: text }),
  provinces: z.array(text).min(1),
  provinceAliases: z.record(z.string(), text).default({}),
  formerProvinces: z.record(z.string(), text).default({}),
  reminders: z.object({ tentative: text, eventsHeading: text, eventLine: text }),
  broadcast: z.object({
    notStaff: text,
    askText: text,
    preview: text,
    channelLine: text,
    overLimit: text,
    noRecipients: text,
    send: text,
    cancel: text,
    confirmByText: text,
    created: text,
    cancelled: text,
    expired: text,
    empty: text,
    notFound: text,
    statusNames: z.object({ scheduled: text, sending: text, done: text, cancelled: text }),
    channelNames: z.record(z.string(), text),
    previewClipped: text,
    status: text,
  }) satisfies z.ZodType<BroadcastTexts>,
});

/** Everything read from prompts/ for subscriptions, reminders and broadcasts. */
export interface DeliveryTexts {
  subscriptions: SubscriptionTexts;
  reminders: ReminderTexts;
  broadcast: BroadcastTexts;
}

/** Reads and validates the texts; throws an Error naming the file and field on a problem. */
export function loadDeliveryTexts(promptsDir: string): DeliveryTexts {
  const file = join(promptsDir, 'subscriptions.yaml');
  const parsed = validateYaml(read(file), 'subscriptions', schema);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${file}: "${issue?.path.join('.')}" ${issue?.message}`);
  }
  const { reminders, broadcast, ...subscriptions } = parsed.data;
  for (const [alias, province] of Object.entries({ ...subscriptions.provinceAliases, ...subscriptions.formerProvinces })) {
    if (!subscriptions.provinces.includes(province)) throw new Error(`${file}: "${alias}" points to "${province}", which is not in provinces`);
  }
  const templates = Object.fromEntries(
    REMINDER_KINDS.map((kind) => [kind, read(join(promptsDir, 'reminders', `${kind}.md`)).trim()]),
  ) as Record<ReminderKind, string>;
  return { subscriptions, reminders: { ...reminders, templates }, broadcast };
}

function read(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new Error(`${path}: cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
}
