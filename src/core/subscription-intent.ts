// Recognizes opt-in / opt-out messages ("đăng ký", "dang ky nhan tin", "hủy", "STOP") without taking ordinary questions.
import { fold, hasDiacritics, tokenize } from './text/vietnamese.js';

/** What a resident asked for. */
export type SubscriptionIntent = 'opt-in' | 'opt-out';

// A message is an intent only when ALL of it fits: [lead…] verb [object] [tail…]. Anything else
// ("làm sao đăng ký gia đình học tập?", "hủy danh hiệu thì sao") is a question for the answer engine.
const LEADS = ['tôi', 'mình', 'em', 'cháu', 'con', 'tớ', 'muốn', 'cho', 'xin', 'hãy', 'làm ơn', 'vui lòng', 'ok', 'vâng', 'dạ', 'có', 'được', 'cần'];
const TAILS = ['ạ', 'nhé', 'nha', 'nhá', 'với', 'đi', 'ngay', 'luôn', 'lại', 'nữa', 'giúp', 'giùm', 'hộ', 'tôi', 'mình', 'em', 'cháu', 'con', 'cảm ơn', 'cám ơn', 'thanks', 'please', 'nhận'];
const NEWS = ['tin', 'tin nhắn', 'tin tức', 'thông báo', 'bản tin', 'nhắc nhở', 'nhắc lịch', 'thông tin', 'loa', 'bot', 'kênh'];

const OPT_IN_VERBS = ['đăng ký', 'đăng kí', 'đk', 'dk', 'subscribe', 'theo dõi'];
const OPT_IN_OBJECTS = [...NEWS.map((n) => `nhận ${n}`), ...NEWS, 'nhận'];

/** Verbs that mean "stop" on their own. */
const OPT_OUT_BARE = ['hủy', 'huỷ', 'dừng', 'ngừng', 'stop', 'unsubscribe', 'hủy đăng ký', 'huỷ đăng ký', 'hủy đăng kí', 'huỷ đăng kí', 'hủy bỏ', 'dừng lại', 'ngưng'];
/** Verbs that need an object ("thôi nhận tin", "tắt thông báo", "không nhận tin nữa"). */
const OPT_OUT_WITH_OBJECT = ['thôi', 'bỏ', 'tắt', 'không', 'không muốn', 'đừng', 'đừng gửi', 'không gửi', 'bỏ đăng ký', 'thôi đăng ký'];
const OPT_OUT_OBJECTS = [
  ...NEWS.map((n) => `nhận ${n}`),
  ...NEWS.map((n) => `gửi ${n}`),
  ...NEWS,
  'đăng ký',
  'đăng kí',
  'đăng ký nhận tin',
  'theo dõi',
  'nhận',
  'gửi',
];
const ABOUT = ['về', 'của'];

type Phrase = string[];

const phrases = (list: readonly string[]): Phrase[] => list.map((p) => p.split(' ')).sort((a, b) => b.length - a.length);

const GRAMMAR = {
  leads: phrases(LEADS),
  tails: phrases(TAILS),
  about: phrases(ABOUT),
  optIn: { verbs: phrases(OPT_IN_VERBS), objects: phrases(OPT_IN_OBJECTS) },
  optOutBare: { verbs: phrases(OPT_OUT_BARE), objects: phrases(OPT_OUT_OBJECTS) },
  optOutObject: { verbs: phrases(OPT_OUT_WITH_OBJECT), objects: phrases(OPT_OUT_OBJECTS) },
};

/**
 * The intent of a whole message, or undefined when it is anything else. Case-insensitive; a word typed
 * without diacritics matches its accented form ("huy" = "hủy"), but a word typed WITH diacritics must match
 * exactly, so "đúng" (right) is not "dừng" (stop). A question mark or more than 14 words means a question.
 */
export function recognizeIntent(text: string): SubscriptionIntent | undefined {
  if (/[?？]/u.test(text)) return undefined;
  const tokens = tokenize(text);
  if (tokens.length === 0 || tokens.length > 14) return undefined;
  if (matches(tokens, GRAMMAR.optIn, false)) return 'opt-in';
  if (matches(tokens, GRAMMAR.optOutBare, false) || matches(tokens, GRAMMAR.optOutObject, true)) return 'opt-out';
  return undefined;
}

/** True when `text` (a short label or phrase) equals `phrase` word for word under the same accent rule. */
export function sameWords(text: string, phrase: string): boolean {
  const a = tokenize(text);
  const b = tokenize(phrase);
  return a.length === b.length && a.every((token, i) => wordMatches(token, b[i] ?? ''));
}

function matches(tokens: string[], rule: { verbs: Phrase[]; objects: Phrase[] }, objectRequired: boolean): boolean {
  // Skip leads, then try each verb, optional object, optional "về …" clause (only after an object), then tails.
  const starts = new Set<number>([0]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const i of [...starts]) {
      for (const lead of GRAMMAR.leads) {
        const j = prefix(tokens, i, lead);
        if (j !== undefined && !starts.has(j)) {
          starts.add(j);
          grew = true;
        }
      }
    }
  }
  for (const start of starts) {
    for (const verb of rule.verbs) {
      const afterVerb = prefix(tokens, start, verb);
      if (afterVerb === undefined) continue;
      if (!objectRequired && onlyTails(tokens, afterVerb)) return true;
      for (const object of rule.objects) {
        const afterObject = prefix(tokens, afterVerb, object);
        if (afterObject === undefined) continue;
        if (onlyTails(tokens, afterObject)) return true;
        if (GRAMMAR.about.some((about) => prefix(tokens, afterObject, about) !== undefined && afterObject + about.length < tokens.length)) return true;
      }
    }
  }
  return false;
}

function onlyTails(tokens: string[], from: number): boolean {
  let i = from;
  while (i < tokens.length) {
    const next = GRAMMAR.tails.map((tail) => prefix(tokens, i, tail)).find((j) => j !== undefined);
    if (next === undefined) return false;
    i = next;
  }
  return true;
}

/** Index after `phrase` when tokens[i…] start with it, else undefined. */
function prefix(tokens: string[], i: number, phrase: Phrase): number | undefined {
  if (i + phrase.length > tokens.length) return undefined;
  for (let k = 0; k < phrase.length; k++) {
    if (!wordMatches(tokens[i + k] ?? '', phrase[k] ?? '')) return undefined;
  }
  return i + phrase.length;
}

function wordMatches(typed: string, word: string): boolean {
  if (typed === word) return true;
  if (hasDiacritics(typed)) return fold(typed) === fold(word) && sameTone(typed, word);
  return fold(typed) === fold(word);
}

/** "huỷ" and "hủy" (old and new tone placement) are the same word; other accented spellings must agree exactly. */
function sameTone(a: string, b: string): boolean {
  const marks = (s: string) => [...s.normalize('NFD')].filter((c) => /\p{M}/u.test(c)).sort().join('');
  return marks(a) === marks(b);
}
