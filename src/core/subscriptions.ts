// Opt-in and opt-out on every channel (commands and typed words), each confirmed, plus an optional locality dialogue.
import type { MessageHandler } from './assistant.js';
import type { ChannelCatalog } from './channel.js';
import { fill } from './messages.js';
import { matchesLocality } from './reminders.js';
import { recognizeIntent, sameWords } from './subscription-intent.js';
import { foldText, tokenize } from './text/vietnamese.js';
import type { Address, ChannelName, IncomingMessage, Reply, ReplyButton } from './types.js';

/** The consent operations the handler needs; store/subscriptions.ts implements them and keeps the ledger. */
export interface ConsentBook {
  optIn(address: Address, userId: string, method: string, at: Date): 'subscribed' | 'already';
  optOut(address: Address, userId: string, method: string, at: Date): 'unsubscribed' | 'not_subscribed';
  setLocality(address: Address, locality: { province?: string; ward?: string }, at: Date): void;
  get(address: Address): { status: 'active' | 'unsubscribed' | 'inactive'; province?: string; ward?: string } | undefined;
}

/** Vietnamese texts and locality data from prompts/subscriptions.yaml. */
export interface SubscriptionTexts {
  subscribed: string;
  /** {place} is " (địa phương: …)" or empty. */
  already: string;
  unsubscribed: string;
  notSubscribed: string;
  askProvince: string;
  /** {text}: what the resident typed. */
  provinceUnknown: string;
  /** {former}, {province}: a pre-2025 province name typed by the resident. */
  provinceMerged: string;
  /** {province}; {merged} is provinceMerged or empty. */
  askWard: string;
  /** {place}. */
  localitySaved: string;
  localitySkipped: string;
  /** {place} inside `already`. */
  placeNote: string;
  /** Reply on channels that cannot receive proactive messages (web chat, CLI). */
  notAvailableHere: string;
  buttons: { chooseLocality: string; skip: string };
  /** The provinces and centrally-run cities (34 since 1 July 2025), in display order. */
  provinces: string[];
  /** Other spellings ("TP HCM", "Sài Gòn") → a name in `provinces`. */
  provinceAliases: Record<string, string>;
  /** Provinces merged on 1 July 2025 → the province they are now part of. */
  formerProvinces: Record<string, string>;
}

/** Dependencies of the subscription handler. */
export interface SubscriptionHandlerDeps {
  book: ConsentBook;
  texts: SubscriptionTexts;
  /** The declared channels: opt-in needs one that may message first; inline buttons get the province list, typed ones a prompt to type. */
  catalog: ChannelCatalog;
  /** How long an unanswered locality question stays open (default 15 minutes). */
  dialogueTtlMs?: number;
}

const OPT_IN_COMMANDS = new Set(['subscribe', 'dangky', 'dang_ky']);
const OPT_OUT_COMMANDS = new Set(['unsubscribe', 'huydangky', 'huy_dang_ky', 'huy', 'stop']);
const LOCALITY_COMMANDS = new Set(['locality', 'diaphuong', 'dia_phuong']);

/** Button data the handler understands (also accepted when typed). */
const DATA = { choose: 'sub:locality', skip: 'sub:skip', province: 'sub:p:' } as const;
/** Words of the bot's topic: a reply containing them is a question, not a place name. */
const TOPIC_WORDS = ['hoc tap', 'khuyen hoc', 'danh hieu', 'suot doi', 'tuan le', 'cong nhan', 'tieu chi', 'quyet dinh', 'thong tu'];
const QUESTION_MARKERS = ['la gi', 'the nao', 'bao nhieu', 'khi nao', 'o dau', 'lam sao', 'tai sao', 'vi sao', 'duoc khong', 'co phai', 'nhu nao', 'ra sao'];

type Step = 'offer' | 'province' | 'ward';

/**
 * Creates the handler. It takes only: /subscribe, /unsubscribe (and Vietnamese aliases), messages that are
 * wholly an opt-in or opt-out phrase, its own button data ("sub:…"), and answers to its own open question.
 * Every opt-in/out is confirmed and written to the consent ledger with how it happened. Anything else
 * (including a question typed while a locality question is open) falls through to the answer engine.
 */
export function createSubscriptionHandler(deps: SubscriptionHandlerDeps): MessageHandler {
  const { book, texts } = deps;
  const ttl = deps.dialogueTtlMs ?? 15 * 60_000;
  const manyButtons = (channel: ChannelName) => deps.catalog.of(channel)?.buttons === 'inline';
  const canSubscribe = (channel: ChannelName) => deps.catalog.of(channel)?.mayMessageFirst === true;
  const dialogues = new Map<string, { step: Step; expires: number; province?: string }>();
  const keyOf = (a: Address) => `${a.channel}:${a.chatId}`;

  const reply = (text: string, buttons?: ReplyButton[][]): Reply => ({ text, citations: [], refused: false, mode: 'system', buttons });
  const skipRow: ReplyButton[] = [{ label: texts.buttons.skip, data: DATA.skip }];
  const offerButtons: ReplyButton[][] = [[{ label: texts.buttons.chooseLocality, data: DATA.choose }], skipRow];

  const open = (message: IncomingMessage, step: Step, province?: string) => {
    dialogues.set(keyOf(message.address), { step, province, expires: message.receivedAt.getTime() + ttl });
    if (dialogues.size > 5000) {
      const now = message.receivedAt.getTime();
      for (const [key, value] of dialogues) if (value.expires < now) dialogues.delete(key);
    }
  };
  const close = (message: IncomingMessage) => dialogues.delete(keyOf(message.address));
  const isActive = (address: Address) => book.get(address)?.status === 'active';

  const optIn = (message: IncomingMessage, method: string): Reply => {
    const result = book.optIn(message.address, message.userId, method, message.receivedAt);
    open(message, 'offer');
    if (result === 'subscribed') return reply(texts.subscribed, offerButtons);
    const current = book.get(message.address);
    const place = placeText(current ?? {});
    return reply(fill(texts.already, { place: place ? fill(texts.placeNote, { place }) : '' }), offerButtons);
  };

  const optOut = (message: IncomingMessage, method: string): Reply => {
    close(message);
    const result = book.optOut(message.address, message.userId, method, message.receivedAt);
    return reply(result === 'unsubscribed' ? texts.unsubscribed : texts.notSubscribed);
  };

  const askProvince = (message: IncomingMessage): Reply => {
    if (!isActive(message.address)) return reply(texts.notSubscribed);
    open(message, 'province');
    const buttons = manyButtons(message.address.channel)
      ? [...rows(texts.provinces.map((p, i) => ({ label: p, data: `${DATA.province}${i}` })), 2), skipRow]
      : [skipRow];
    return reply(texts.askProvince, buttons);
  };

  const saveProvince = (message: IncomingMessage, province: string, former?: string): Reply => {
    if (!isActive(message.address)) {
      close(message);
      return reply(texts.notSubscribed);
    }
    book.setLocality(message.address, { province }, message.receivedAt);
    open(message, 'ward', province);
    const merged = former ? fill(texts.provinceMerged, { former, province }) : '';
    return reply(fill(texts.askWard, { province, merged }), [skipRow]);
  };

  const saveWard = (message: IncomingMessage, ward: string, province?: string): Reply => {
    close(message);
    if (!isActive(message.address)) return reply(texts.notSubscribed);
    book.setLocality(message.address, { ward }, message.receivedAt);
    return reply(fill(texts.localitySaved, { place: placeText({ province, ward }) }));
  };

  const skip = (message: IncomingMessage, step: Step | undefined, province?: string): Reply => {
    close(message);
    if (step === 'ward' && province) return reply(fill(texts.localitySaved, { place: province }));
    return reply(texts.localitySkipped);
  };

  return (message) => {
    if (message.kind === 'unsupported') return undefined;
    if (!canSubscribe(message.address.channel)) {
      const command = message.command ?? '';
      const asks = message.kind === 'command' ? OPT_IN_COMMANDS.has(command) || OPT_OUT_COMMANDS.has(command) : recognizeIntent(message.text) !== undefined;
      return asks ? reply(texts.notAvailableHere) : undefined;
    }
    if (message.kind === 'command') {
      const command = message.command ?? '';
      if (OPT_IN_COMMANDS.has(command)) return optIn(message, `command:/${command}`);
      if (OPT_OUT_COMMANDS.has(command)) return optOut(message, `command:/${command}`);
      if (LOCALITY_COMMANDS.has(command)) return askProvince(message);
      return undefined;
    }

    const text = message.text.trim();
    const key = keyOf(message.address);
    const stored = dialogues.get(key);
    const dialogue = stored && stored.expires >= message.receivedAt.getTime() ? stored : undefined;
    if (stored && !dialogue) dialogues.delete(key);

    // Our own buttons (data arrives as text; channels without buttons let residents type the label).
    // A pressed button is used up: channels with inline buttons take the pressed keyboard off (an old list cannot be pressed again).
    const pressed = (answer: Reply): Reply => ({ ...answer, press: { showAs: 'message', removeButtons: true } });
    if (text === DATA.skip) return pressed(skip(message, dialogue?.step, dialogue?.province));
    if (dialogue && sameWords(text, texts.buttons.skip)) return skip(message, dialogue.step, dialogue.province);
    if (text === DATA.choose) return pressed(askProvince(message));
    if (sameWords(text, texts.buttons.chooseLocality)) return askProvince(message);
    if (text.startsWith(DATA.province)) {
      const province = texts.provinces[Number(text.slice(DATA.province.length))];
      return province ? pressed(saveProvince(message, province)) : undefined;
    }

    const intent = recognizeIntent(text);
    if (intent === 'opt-out') return optOut(message, `text:${clip(text)}`);
    if (intent === 'opt-in') return optIn(message, `text:${clip(text)}`);

    if (!dialogue) return undefined;
    if (dialogue.step === 'offer' || dialogue.step === 'province') {
      const found = findProvince(text, texts);
      if (found) return saveProvince(message, found.province, found.former);
      if (dialogue.step === 'province' && looksLikePlaceName(text)) return reply(fill(texts.provinceUnknown, { text: clip(text) }), [skipRow]);
    } else if (dialogue.step === 'ward' && looksLikePlaceName(text)) {
      return saveWard(message, tidyPlace(text), dialogue.province);
    }
    close(message);
    return undefined;
  };
}

/** The province named by `text` (exact name, alias or former province), case- and diacritics-insensitive. */
export function findProvince(
  text: string,
  texts: Pick<SubscriptionTexts, 'provinces' | 'provinceAliases' | 'formerProvinces'>,
): { province: string; former?: string } | undefined {
  const named = (candidate: string) => matchesLocality(text, { province: candidate });
  const exact = texts.provinces.find(named);
  if (exact) return { province: exact };
  const alias = Object.entries(texts.provinceAliases).find(([spelling]) => named(spelling));
  if (alias && texts.provinces.includes(alias[1])) return { province: alias[1] };
  const former = Object.entries(texts.formerProvinces).find(([old]) => named(old));
  if (former && texts.provinces.includes(former[1])) return { province: former[1], former: former[0] };
  return undefined;
}

/** A short answer that can be a place name: 1–6 words, no question mark and no question phrase. */
function looksLikePlaceName(text: string): boolean {
  if (/[?？]/u.test(text)) return false;
  const tokens = tokenize(text);
  if (tokens.length === 0 || tokens.length > 6) return false;
  const folded = ` ${foldText(tokens.join(' '))} `;
  return ![...QUESTION_MARKERS, ...TOPIC_WORDS].some((marker) => folded.includes(` ${marker} `));
}

function tidyPlace(text: string): string {
  const cleaned = text.normalize('NFC').replace(/\s+/gu, ' ').trim().replace(/[.!,;]+$/u, '');
  return cleaned.charAt(0).toUpperCase() + cleaned.slice(1);
}

function placeText(place: { province?: string; ward?: string }): string {
  return [place.ward, place.province].filter((p): p is string => Boolean(p)).join(', ');
}

function rows(buttons: ReplyButton[], perRow: number): ReplyButton[][] {
  const out: ReplyButton[][] = [];
  for (let i = 0; i < buttons.length; i += perRow) out.push(buttons.slice(i, i + perRow));
  return out;
}

function clip(text: string): string {
  const oneLine = text.replace(/\s+/gu, ' ').trim();
  return oneLine.length > 60 ? `${oneLine.slice(0, 60)}…` : oneLine;
}
