// Loads the language knowledge in prompts/language/ (shorthand, filler, small talk, question cues, answer evidence, refusals, subjects) and compiles it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateYaml, yamlCacheKey } from './yaml-file.js';
import { z } from 'zod';
import { compileLexicon, EVIDENCE_KEYS, FACETS, SMALL_TALK_KINDS, type Lexicon, type TextGuards } from './core/understand/lexicon.js';

/**
 * The schemas of the files loadLanguage compiles, made for each compilation: a lexicon given back by loadLanguage needs
 * none, and the start-up snapshot of `loa-ask` does not hold their thousands of objects.
 */
function languageSchemas() {
  const words = z.array(z.string().min(1)).default([]);
  const shorthandSchema = z.object({
    words: z.record(z.string(), z.string().min(1)).default({}),
    phrases: z.record(z.string(), z.string().min(1)).default({}),
    'as-typed': z.record(z.string().regex(/^[\p{L}\p{M}]+( [\p{L}\p{M}]+)*$/u), z.string().min(1)).default({}),
    ambiguous: z.array(z.object({ words, default: z.string().min(1), meaning: z.string().min(1), after: words, before: words, accented: z.boolean().default(false), 'bare-at-end': words.default([]), near: words.default([]), 'near-within': z.number().int().min(1).max(8).default(3), 'near-not-after': words.default([]) })).default([]),
    'glued-document-kinds': words,
    'glued-units': z.record(z.string(), z.string().min(1)).default({}),
    'glued-months': z.record(z.string(), z.string().min(1)).default({}),
    'glued-weekday-words': words.default([]),
    'abbreviation-asked': z.object({ markers: words, joiners: words }).default({ markers: [], joiners: [] }),
    'listed-acts': words.default([]),
    'abbreviation-stops': z.record(z.string().regex(/^\p{L}+$/u), z.string().min(1)).default({}),
    'web-endings': z.array(z.string().regex(/^[a-z0-9]+$/u)).default([]),
    // A face holds a character that is no letter or digit, and is two characters or more: a word is never one.
    emoticons: z.array(z.string().regex(/^(?=\S*[^\p{L}\p{N}\s])\S{2,}$/u)).default([]),
    'described-titles': z.object({ traits: words, holders: z.record(z.string(), words).default({}), 'not-listed-before': words.default([]) }).default({ traits: [], holders: {}, 'not-listed-before': [] }),
  });
  const framingSpan = z.object({ opens: words, closes: words, within: z.number().int().min(1).max(12) }).default({ opens: [], closes: [], within: 1 });
  const fillerSchema = z.object({
    phrases: words,
    starts: words,
    ends: words,
    accented: words,
    'asker-words': words,
    introductions: words,
    hearsay: framingSpan,
    'asked-by': framingSpan,
    'tasks-given': z.object({ verbs: words, doers: words.default([]) }).default({ verbs: [], doers: [] }),
    'own-task': z
      .object({ needs: words, verbs: words, comparing: words.default([]), 'not-with': words.default([]), purposes: words.default([]) })
      .default({ needs: [], verbs: [], comparing: [], 'not-with': [], purposes: [] }),
    'asked-by-bare': z.object({ closes: words, 'not-opens': words.default([]), 'not-after': words.default([]), 'not-before': words.default([]) }).default({ closes: [], 'not-opens': [], 'not-after': [], 'not-before': [] }),
    'speaker-tag': z.object({ closes: words, within: z.number().int().nonnegative(), 'bare-not-after': words.default([]) }).default({ closes: [], within: 0, 'bare-not-after': [] }),
    purposes: words.default([]),
    asides: words.default([]),
    'asides-unknowing': words.default([]),
    'not-asked': z
      .object({ openers: words, closes: words, 'clause-opens': words.default([]), 'clause-closes': words.default([]) })
      .default({ openers: [], closes: [], 'clause-opens': [], 'clause-closes': [] }),
    'past-markers': words.default([]),
    beliefs: words.default([]),
    'purpose-openers': words.default([]),
    'now-markers': words.default([]),
    'self-corrections': z
      .object({ markers: words, 'pause-markers': words, 'bare-markers': words, leads: words, closers: words, forms: z.object({ openers: words, askers: words, slips: words }).default({ openers: [], askers: [], slips: [] }) })
      .default({ markers: [], 'pause-markers': [], 'bare-markers': [], leads: [], closers: [], forms: { openers: [], askers: [], slips: [] } }),
    'run-on': z
      .object({ 'min-words': z.number().int().min(2).max(200), 'ends-after': words, greetings: words, greeted: words, speakers: words, 'told-after-speaker': words.default([]), 'begins-before': words, pauses: words.default([]), addressees: words.default([]), joins: words, unknowing: words, 'asked-by-not-after': words.default([]) })
      .default({ 'min-words': 200, 'ends-after': [], greetings: [], greeted: [], speakers: [], 'told-after-speaker': [], 'begins-before': [], pauses: [], addressees: [], joins: [], unknowing: [], 'asked-by-not-after': [] }),
  });
  const smallTalkSchema = z.object({
    ...(Object.fromEntries(SMALL_TALK_KINDS.map((kind) => [kind, words])) as Record<(typeof SMALL_TALK_KINDS)[number], typeof words>),
    'about-the-bot': words.default([]),
    'privacy-chat-words': words.default([]),
    'denies-asking': words.default([]),
    'denies-asking-forms': z
      .object({ negations: words, haves: words, things: words, questions: words.default([]), links: words.default([]), verbs: words })
      .default({ negations: [], haves: [], things: [], questions: [], links: [], verbs: [] }),
    times: words.default([]),
    'thanks-only': words.default([]),
    'relayed-openers': words.default([]),
    'relayed-says': words.default([]),
    'leave-taking': framingSpan,
    'passed-on': z.object({ verbs: words, links: words, done: words.default([]), audiences: words }).default({ verbs: [], links: [], done: [], audiences: [] }),
    'request-openers': words.default([]),
    'capabilities-forms': z
      .object({ verbs: words, asks: words, able: words, before: words.default([]), 'bot-only': words.default([]), helped: words.default([]), 'for-whom': words.default([]), addressed: words.default([]) })
      .default({ verbs: [], asks: [], able: [], before: [], 'bot-only': [], helped: [], 'for-whom': [], addressed: [] }),
    joiners: words.default([]),
    'identity-more': words.default([]),
    'capabilities-topics': z.object({ opens: words, closes: words }).default({ opens: [], closes: [] }),
    'leave-asking': words.default([]),
    'leave-asking-after': words.default([]),
    'praise-openers': words.default([]),
    'thanked-for': words.default([]),
    'thanked-for-turns': words.default([]),
    'asking-conditions': words.default([]),
    'clause-marks': z.object(Object.fromEntries(SMALL_TALK_KINDS.map((kind) => [kind, words])) as Record<(typeof SMALL_TALK_KINDS)[number], typeof words>).partial().default({}),
    accented: words,
  });
  /** An opening word at most `within` words before a closing word ("những … nào", "sao … lại"). */
  const frame = z.object({ opens: words, closes: words, within: z.number().int().min(1).max(16) });
  const cuesSchema = z.object({
    'question-marks': words,
    'question-word-forms': z.record(z.string().regex(/^\p{L}+$/u), words).default({}),
    facets: z.object(Object.fromEntries(FACETS.map((facet) => [facet, words])) as Record<(typeof FACETS)[number], typeof words>),
    accented: words,
    'relative-years': z.record(z.string(), z.union([z.number().int().min(-5).max(5), z.literal('next')])).default({}),
    'counted-years': words.default([]),
    'week-topic': words,
    'refers-back': words,
    pronouns: words.default([]),
    'topic-pointers': z.record(z.string(), words).default({}),
    'topic-pointer-pairs': words.default([]),
    'pronoun-topic-openers': words.default([]),
    demonstratives: words.default([]),
    connectives: words,
    'follow-up': z
      .object({ openers: words, closers: words, 'asks-same': words.default([]), 'asks-same-closing': words.default([]), 'shape-words': words, 'points-back': words, 'points-at-document': words, 'points-at-asked-document': words, 'pointed-aspects': words.default([]), 'not-aspects': words.default([]), 'bare-titles': words.default([]), holders: words.default([]), 'before-holders': words.default([]), 'not-holders': words.default([]), now: words.default([]), corrects: words.default([]), 'corrects-alone': words.default([]), 'no-answers': words.default([]), 'asks-again': words.default([]) })
      .default({ openers: [], closers: [], 'asks-same': [], 'asks-same-closing': [], 'shape-words': [], 'points-back': [], 'points-at-document': [], 'points-at-asked-document': [], 'pointed-aspects': [], 'not-aspects': [], 'bare-titles': [], holders: [], 'before-holders': [], 'not-holders': [], now: [], corrects: [], 'corrects-alone': [], 'no-answers': [], 'asks-again': [] }),
    'yes-no-frame': z
      .object({ opens: words, 'polite-not-opens': words.default([]), closes: words, what: words, 'what-opens': words.default([]), 'what-closes': words.default([]), counts: words, polite: words, 'polite-ends': words })
      .default({ opens: [], 'polite-not-opens': [], closes: [], what: [], 'what-opens': [], 'what-closes': [], counts: [], polite: [], 'polite-ends': [] }),
    'facet-frames': z
      .object(Object.fromEntries(FACETS.map((facet) => [facet, frame.optional()])) as Record<(typeof FACETS)[number], z.ZodOptional<typeof frame>>)
      .default({}),
    'condition-markers': words,
    'comparison-joiners': words,
    'year-side-openers': words.default([]),
    'year-side-links': words.default([]),
    'comparison-pointers': words.default([]),
    'comparison-time-order': words.default([]),
    'document-dates': words.default([]),
    'document-dates-not-after': words.default([]),
    'deadline-cues': words.default([]),
    'not-coming-week': words.default([]),
    'choice-words': words,
    'either-closes': words.default([]),
    likeness: words.default([]),
    'not-likeness': words.default([]),
    'relative-year-joiners': words.default([]),
    'choice-frames': words,
    'choice-echo-closes': words.default([]),
    'not-asking': words.default([]),
    'not-asking-bare': words.default([]),
    'help-thanked': z.object({ openers: words, helpers: words, links: words, within: z.number().int().min(0).max(12), ends: words }).default({ openers: [], helpers: [], links: [], within: 0, ends: [] }),
    'anything-condition': z
      .object({ opens: words, 'later-opens': words.default([]), 'later-skips': words.default([]), then: words, 'then-skips': words.default([]), within: z.number().int().min(1).max(12), verbs: words })
      .default({ opens: [], 'later-opens': [], 'later-skips': [], then: [], 'then-skips': [], within: 1, verbs: [] }),
    'without-topic': words.default([]),
    'week-dates-checked': z.object({ words, 'before-figure': words }).default({ words: [], 'before-figure': [] }),
    'act-dates-checked': z
      .object({ acts: words, 'not-acts': words.default([]), 'own-date': words.default([]), 'before-figure': words, within: z.number().int().min(0) })
      .default({ acts: [], 'not-acts': [], 'own-date': [], 'before-figure': [], within: 0 }),
    'according-to': words.default([]),
    requests: words.default([]),
    'not-requests': words.default([]),
    'not-counts': words.default([]),
    'search-words': z.object({ words, within: z.number().int().min(1).max(64) }).default({ words: [], within: 12 }),
    'universal-frame': z.object({ closes: words, reasons: words.default([]), breaks: words.default([]), within: z.number().int().min(1).max(8) }).default({ closes: [], reasons: [], breaks: [], within: 1 }),
    'negation-frame': z
      .object({ opens: words, closes: words, knowing: words, degree: words.default([]), 'told-after': words.default([]), senses: words.default([]), within: z.number().int().min(1).max(8) })
      .default({ opens: [], closes: [], knowing: [], degree: [], 'told-after': [], senses: [], within: 1 }),
    'case-units': words,
    'head-count-units': words.default([]),
    'unsure-markers': words.default([]),
    'weak-cues': words.default([]),
    'national-facets': z.array(z.enum(FACETS)).default([]),
    'year-prepositions': words.default([]),
    'question-particles': words.default([]),
    'question-particles-bare': words.default([]),
    'question-particles-bare-after': words.default([]),
    'question-particles-marked': words.default([]),
    'question-particle-reading': z.string().trim().default(''),
    'exists-checks': words.default([]),
    'afterthought-openers': words.default([]),
    approximations: words.default([]),
    'approximations-marked': words.default([]),
    'approximations-not-after': words.default([]),
    'amount-comparators': words.default([]),
    'reason-openers': words.default([]),
    'week-now': words.default([]),
    'continues-before': words.default([]),
    'acts-asked': z
      .object({ who: words, acts: z.array(z.array(z.string().min(1)).min(1)).default([]), links: words, within: z.number().int().min(1).max(6), claimers: words.default([]), 'claimed-actors': words.default([]), 'not-actors': words.default([]), tags: words.default([]), 'claim-openers': words.default([]), 'claim-within': z.number().int().min(1).max(12).default(1), 'claim-asked': z.string().trim().default(''), 'stand-ins': z.record(z.string().min(1), words).default({}), 'not-after': words.default([]), 'done-to': words.default([]), doers: words.default([]) })
      .refine(({ claimers, 'claim-asked': asked }) => claimers.length === 0 || asked !== '', { message: 'claim-asked must not be empty when claimers are listed' })
      .default({ who: [], acts: [], links: [], within: 1, claimers: [], 'claimed-actors': [], 'not-actors': [], tags: [], 'claim-openers': [], 'claim-within': 1, 'claim-asked': '', 'stand-ins': {}, 'not-after': [], 'done-to': [], doers: [] }),
    // What replaces a claim or a purpose asked must say something: an empty reading would drop the question.
    'document-topic-claims': z
      .object({ about: words, aspects: words.default([]), closes: words.default([]), asks: z.string().trim(), 'asks-topic': z.string().trim().default('') })
      .refine(({ about, asks }) => about.length === 0 || asks !== '', { message: 'asks must not be empty when about lists phrases' })
      .default({ about: [], aspects: [], closes: [], asks: '', 'asks-topic': '' }),
    'purpose-asked': z
      .object({ phrases: words, made: words.default([]), heads: words.default([]), reads: z.object({ subject: z.string().trim(), document: z.string().trim() }) })
      .refine(({ phrases, reads }) => phrases.length === 0 || (reads.subject !== '' && reads.document !== ''), { message: 'reads must not be empty when phrases are listed' })
      .default({ phrases: [], made: [], heads: [], reads: { subject: '', document: '' } }),
    predecessor: words.default([]),
    'before-document': words.default([]),
    'verdict-predicates': words.default([]),
    'whole-criteria': words.default([]),
    'act-requests': z
      .object({ verbs: words, outright: words.default([]), helpers: words, 'helpers-before': words.default([]), addressees: words.default([]), 'not-helpers': words.default([]), told: words.default([]), closes: words, actors: words, unless: words })
      .default({ verbs: [], outright: [], helpers: [], 'helpers-before': [], addressees: [], 'not-helpers': [], told: [], closes: [], actors: [], unless: [] }),
    money: z
      .object({
        asked: words,
        said: words,
        amounts: words.default([]),
        'amounts-said': words.default([]),
        'beside-asks': words.default([]),
        sums: words.default([]),
        'amount-words': words.default([]),
        'told-before': words.default([]),
        units: words.default([]),
        'glued-units': words.default([]),
      })
      .default({ asked: [], said: [], amounts: [], 'amounts-said': [], 'beside-asks': [], sums: [], 'amount-words': [], 'told-before': [], units: [], 'glued-units': [] }),
    benefits: z.object({ asked: words, said: words }).default({ asked: [], said: [] }),
    latest: words.default([]),
    'latest-events': words.default([]),
    obligations: z.object({ asked: words, acts: words.default([]), asks: words.default([]), said: words }).default({ asked: [], acts: [], asks: [], said: [] }),
    actual: z
      .object({ asked: words, 'asked-national': words.default([]), planned: words, 'targets-search': z.string().default(''), national: words.default([]), 'not-national': words.default([]) })
      .default({ asked: [], 'asked-national': [], planned: [], 'targets-search': '', national: [], 'not-national': [] }),
    count: z
      .object({
        asked: words,
        'not-after': words.default([]),
        'not-counted': words.default([]),
        ends: words.default([]),
        'source-marks': words.default([]),
        numerals: words.default([]),
        same: z.array(words).default([]),
      })
      .default({ asked: [], 'not-after': [], 'not-counted': [], ends: [], 'source-marks': [], numerals: [], same: [] }),
    prediction: z.object({ results: words, sure: words }).default({ results: [], sure: [] }),
    share: z.object({ asked: words }).default({ asked: [] }),
  });
  const evidenceSchema = z.object({
    ...(Object.fromEntries([...FACETS, ...EVIDENCE_KEYS].map((facet) => [facet, words])) as Record<string, typeof words>),
    'rule-categories': z.record(z.string(), words).default({}),
    'requirements-search': z.string().default(''),
    'abbreviation-search': z.string().default(''),
    levels: words.default([]),
    grades: z
      .object({ scale: z.array(words), attributes: z.array(words), 'next-only': words, 'not-grades': words, negations: words, titles: words.default([]) })
      .default({ scale: [], attributes: [], 'next-only': [], 'not-grades': [], negations: [], titles: [] }),
  });

  const digitRecord = z.record(z.string().regex(/^\d$/u), words).default({});
  const spokenNumbersSchema = z.object({
    digits: digitRecord,
    'units-after-tens': digitRecord,
    'run-digits': digitRecord,
    'bare-never': words,
    centuries: z.array(z.string().regex(/^\S+ \S+$/u, 'is not two digit words')).default([]),
    ten: words,
    tens: words,
    hundred: words,
    thousand: words,
    'thousand-in-years': words,
    'zero-before-unit': words,
    'number-words': words,
    'year-words': words,
    'day-words': words,
    'month-words': words,
    'not-dates-before': words,
    'percent-words': words,
    'decimal-words': words.default([]),
    'pair-counts': words.default([]),
    'short-years': z.object({ 'not-before': words, 'not-after': z.array(z.string().regex(/^\S+$/u, 'is not one word')) }),
  })
    // "hai không" must be two of the digit words, or its value is no number.
    .superRefine((data, ctx) => {
      const digitWords = new Set(Object.values(data.digits).flat());
      data.centuries.forEach((pair, i) => {
        if (!pair.split(' ').every((word) => digitWords.has(word))) ctx.addIssue({ code: 'custom', path: ['centuries', i], message: 'is not two digit words' });
      });
    });

  const keyMap = z.record(z.string().min(1), z.string().min(1));
  const typingSchema = z.object({
    telex: z.object({ tones: keyMap, marks: keyMap, unsure: words, 'i-spelled': z.string().length(1) }),
    vni: z.object({ tones: keyMap, marks: keyMap }),
    syllable: z.object({
      onsets: words,
      codas: words,
      open: words,
      closed: words,
      either: words,
      'tone-takers': words,
      'tone-on-second': words,
      'stop-codas': words,
      'stop-tones': words,
      'front-vowels': words,
      'front-only': words,
      'never-front': words,
    }),
    'not-keystrokes': words,
  });
  return { words, shorthandSchema, fillerSchema, smallTalkSchema, cuesSchema, evidenceSchema, spokenNumbersSchema, typingSchema };
}

/** Validates the files of prompts/language/ by name; with `texts`, from those texts (read once by loadLanguage). */
function reader(promptsDir: string, texts?: ReadonlyMap<string, string>) {
  return <T>(name: string, schema: z.ZodType<T>): T => {
    const path = join(promptsDir, 'language', name);
    if (texts !== undefined && !texts.has(name)) throw new Error(`${name} is not among LANGUAGE_FILES (src/language.ts)`);
    let parsed: z.ZodSafeParseResult<T>;
    try {
      parsed = validateYaml(texts?.get(name) ?? readText(path), `language/${name}`, schema);
    } catch (error) {
      throw new Error(`${path}: cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
    }
    if (!parsed.success) throw new Error(`${path}: "${parsed.error.issues[0]?.path.join('.')}" ${parsed.error.issues[0]?.message}`);
    return parsed.data;
  };
}

/** A regular expression in Unicode mode; a pattern that does not compile is reported with the file's field. */
const pattern = z.string().min(1).transform((source, context) => {
  try {
    return new RegExp(source, 'u');
  } catch (error) {
    context.addIssue({ code: 'custom', message: `is not a valid regular expression (${(error as Error).message})` });
    return z.NEVER;
  }
});

/** Reads prompts/language/guards.yaml: the patterns of attacks, instructions and payment requests. */
export function loadGuards(promptsDir: string): TextGuards {
  return reader(promptsDir)('guards.yaml', guardsSchema());
}

function guardsSchema() {
  const patterns = z.array(pattern).default([]);
  return z.object({ attacks: patterns, instructions: patterns, payments: patterns });
}

/** Each holder listed with the title `described-titles` gives it ("trường" → "đơn vị học tập"); one it lists under no
 * title is an error of the data. */
function holderTitles(listed: readonly string[], holders: Record<string, string[]>): Record<string, string> {
  return Object.fromEntries(
    listed.map((holder) => {
      const title = Object.keys(holders).find((key) => holders[key]!.includes(holder));
      if (title === undefined) throw new Error(`question-cues.yaml: follow-up holder "${holder}" is under no title of described-titles in chat-shorthand.yaml`);
      return [holder, title];
    }),
  );
}

/** "nhà chăm học" → "gia đình học tập": every holder followed by every trait, as a shorthand phrase for its title. */
function describedTitles({ traits, holders }: { traits: string[]; holders: Record<string, string[]> }): Record<string, string> {
  return Object.fromEntries(Object.entries(holders).flatMap(([title, named]) => named.flatMap((holder) => traits.map((trait) => [`${holder} ${trait}`, title]))));
}

/** The files of prompts/language/ that loadLanguage compiles. */
const LANGUAGE_FILES = [
  'chat-shorthand.yaml',
  'filler.yaml',
  'question-cues.yaml',
  'small-talk.yaml',
  'answer-evidence.yaml',
  'subjects.yaml',
  'refuse.yaml',
  'spoken-numbers.yaml',
  'typing.yaml',
  'guards.yaml',
];

/** The last lexicon compiled, with the key of the texts it was compiled from. */
let lastCompiled: { key: string; lexicon: Lexicon } | undefined;

/**
 * Reads and validates prompts/language/*.yaml and compiles them; throws an Error naming the file and field on a
 * problem. Texts equal to the last call's give back the same lexicon without compiling again (about 80 ms of a
 * `loa ask`; the start-up snapshot of `loa-ask` holds the one compiled from the build's prompts/), unless `reuse` is
 * false (the build's YAML cache records what the compilation validates).
 */
export function loadLanguage(promptsDir: string, { reuse = true }: { reuse?: boolean } = {}): Lexicon {
  const texts = new Map<string, string>();
  for (const name of LANGUAGE_FILES) {
    const path = join(promptsDir, 'language', name);
    try {
      texts.set(name, readText(path));
    } catch (error) {
      throw new Error(`${path}: cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
    }
  }
  const key = [...texts.values()].map(yamlCacheKey).join(' ');
  if (!reuse || lastCompiled?.key !== key) lastCompiled = { key, lexicon: compileLanguage(reader(promptsDir, texts)) };
  return lastCompiled.lexicon;
}

function readText(path: string): string {
  return readFileSync(path, 'utf8');
}

function compileLanguage(read: ReturnType<typeof reader>): Lexicon {
  const { words, shorthandSchema, fillerSchema, smallTalkSchema, cuesSchema, evidenceSchema, spokenNumbersSchema, typingSchema } = languageSchemas();
  const shorthand = read('chat-shorthand.yaml', shorthandSchema);
  const filler = read('filler.yaml', fillerSchema);
  const cues = read('question-cues.yaml', cuesSchema);
  const smallTalk = read('small-talk.yaml', smallTalkSchema);
  const deniedForms = deniesAskingFormsOf(smallTalk['denies-asking-forms']);
  const described = describedTitles(shorthand['described-titles']);
  return compileLexicon({
    shorthand: { words: shorthand.words, phrases: { ...described, ...shorthand.phrases }, exactPhrases: Object.keys(described), titleHolders: Object.values(shorthand['described-titles'].holders).flat(), notListedBefore: shorthand['described-titles']['not-listed-before'], listedActs: shorthand['listed-acts'], asTyped: shorthand['as-typed'], ambiguous: shorthand.ambiguous, gluedDocumentKinds: shorthand['glued-document-kinds'], gluedUnits: shorthand['glued-units'], gluedMonths: shorthand['glued-months'], gluedWeekdayWords: shorthand['glued-weekday-words'], abbreviationStops: shorthand['abbreviation-stops'], webEndings: shorthand['web-endings'], emoticons: shorthand.emoticons, abbreviationAsked: shorthand['abbreviation-asked'] },
    filler: { phrases: filler.phrases, starts: filler.starts, ends: filler.ends, accented: filler.accented, askerWords: filler['asker-words'], introductions: filler.introductions, hearsay: filler.hearsay, askedBy: filler['asked-by'], tasksGiven: filler['tasks-given'], ownTask: { needs: filler['own-task'].needs, verbs: filler['own-task'].verbs, comparing: filler['own-task'].comparing, notWith: filler['own-task']['not-with'], purposes: filler['own-task'].purposes }, askedByBare: { closes: filler['asked-by-bare'].closes, notOpens: filler['asked-by-bare']['not-opens'], notAfter: [...filler['asked-by-bare']['not-after'], ...filler['speaker-tag']['bare-not-after']], notBefore: filler['asked-by-bare']['not-before'] }, speakerTag: { closes: filler['speaker-tag'].closes, within: filler['speaker-tag'].within, bareNotAfter: filler['speaker-tag']['bare-not-after'] }, purposes: filler.purposes, asides: filler.asides, asidesUnknowing: filler['asides-unknowing'], notAsked: { openers: filler['not-asked'].openers, closes: filler['not-asked'].closes, clauseOpens: filler['not-asked']['clause-opens'], clauseCloses: filler['not-asked']['clause-closes'] }, pastMarkers: filler['past-markers'], beliefs: filler.beliefs, purposeOpeners: filler['purpose-openers'], nowMarkers: filler['now-markers'], selfCorrections: { markers: filler['self-corrections'].markers, pauseMarkers: filler['self-corrections']['pause-markers'], bareMarkers: filler['self-corrections']['bare-markers'], leads: filler['self-corrections'].leads, closers: filler['self-corrections'].closers, forms: filler['self-corrections'].forms }, runOn: { minWords: filler['run-on']['min-words'], endsAfter: filler['run-on']['ends-after'], greetings: filler['run-on'].greetings, greeted: filler['run-on'].greeted, speakers: filler['run-on'].speakers, toldAfterSpeaker: filler['run-on']['told-after-speaker'], beginsBefore: filler['run-on']['begins-before'], pauses: filler['run-on'].pauses, addressees: filler['run-on'].addressees, joins: filler['run-on'].joins, unknowing: filler['run-on'].unknowing, askedByNotAfter: filler['run-on']['asked-by-not-after'] } },
    // Every key but the small-talk kinds is taken out of `kinds` (`denies-asking-forms` is built into `deniedForms` above).
    ...(({ accented, 'about-the-bot': aboutTheBot, 'denies-asking': deniesAskingPhrases, 'denies-asking-forms': _deniedForms, times: smallTalkTimes, 'thanks-only': thanksOnly, 'relayed-openers': relayedOpeners, 'relayed-says': relayedSays, 'passed-on': passedOn, 'leave-taking': leaveTaking, 'request-openers': requestOpeners, 'clause-marks': clauseMarks, 'capabilities-forms': forms, joiners, 'identity-more': identityMore, 'capabilities-topics': capabilitiesTopics, 'leave-asking': leaveAsking, 'leave-asking-after': leaveAskingAfter, 'praise-openers': praiseOpeners, 'thanked-for': thankedFor, 'thanked-for-turns': thankedForTurns, 'asking-conditions': askingConditions, 'privacy-chat-words': privacyChatWords, ...kinds }) => ({
      smallTalk: kinds,
      capabilitiesForms: { verbs: forms.verbs, asks: forms.asks, able: forms.able, before: forms.before, botOnly: forms['bot-only'], helped: forms.helped, forWhom: forms['for-whom'], addressed: forms.addressed },
      smallTalkAccented: accented,
      smallTalkJoiners: joiners,
      identityMore,
      capabilitiesTopics,
      leaveAsking,
      leaveAskingAfter,
      praiseOpeners,
      thankedFor,
      thankedForTurns,
      askingConditions,
      aboutTheBot,
      privacyChatWords,
      deniesAsking: [...deniesAskingPhrases, ...deniedForms],
      smallTalkTimes,
      thanksOnly,
      relayedOpeners,
      relayedSays,
      requestOpeners,
      passedOn,
      leaveTaking,
      clauseMarks: { ...clauseMarks, thanks: [...thanksOnly, ...(clauseMarks.thanks ?? [])] },
    }))(smallTalk),
    cues: {
      questionMarks: cues['question-marks'],
      facets: cues.facets,
      questionWordForms: cues['question-word-forms'],
      accented: cues.accented,
      relativeYears: cues['relative-years'],
      countedYears: cues['counted-years'],
      weekTopic: cues['week-topic'],
      refersBack: cues['refers-back'],
      pronouns: cues.pronouns,
      topicPointers: cues['topic-pointers'],
      topicPointerPairs: cues['topic-pointer-pairs'],
      pronounTopicOpeners: cues['pronoun-topic-openers'],
      demonstratives: cues.demonstratives,
      connectives: cues.connectives,
      followUp: { openers: cues['follow-up'].openers, closers: cues['follow-up'].closers, asksSame: cues['follow-up']['asks-same'], asksSameClosing: cues['follow-up']['asks-same-closing'], shapeWords: cues['follow-up']['shape-words'], pointsBack: cues['follow-up']['points-back'],
        pointsAtDocument: cues['follow-up']['points-at-document'],
        pointedAspects: cues['follow-up']['pointed-aspects'],
        notAspects: cues['follow-up']['not-aspects'],
        pointsAtAskedDocument: cues['follow-up']['points-at-asked-document'],
        bareTitles: cues['follow-up']['bare-titles'],
        holders: holderTitles(cues['follow-up'].holders, shorthand['described-titles'].holders),
        beforeHolders: cues['follow-up']['before-holders'],
        notHolders: cues['follow-up']['not-holders'],
        now: cues['follow-up'].now,
        corrects: cues['follow-up'].corrects,
        correctsAlone: cues['follow-up']['corrects-alone'],
        noAnswers: cues['follow-up']['no-answers'],
        asksAgain: cues['follow-up']['asks-again'],
      },
      yesNoFrame: { ...cues['yes-no-frame'], politeNotOpens: cues['yes-no-frame']['polite-not-opens'], politeEnds: cues['yes-no-frame']['polite-ends'], whatOpens: cues['yes-no-frame']['what-opens'], whatCloses: cues['yes-no-frame']['what-closes'] },
      facetFrames: cues['facet-frames'],
      conditionMarkers: cues['condition-markers'],
      comparisonJoiners: cues['comparison-joiners'],
      yearSideOpeners: cues['year-side-openers'],
      yearSideLinks: cues['year-side-links'],
      comparisonPointers: cues['comparison-pointers'],
      comparisonTimeOrder: cues['comparison-time-order'],
      documentDates: cues['document-dates'],
      documentDatesNotAfter: cues['document-dates-not-after'],
      deadlineCues: cues['deadline-cues'],
      notComingWeek: cues['not-coming-week'],
      choiceWords: cues['choice-words'],
      eitherCloses: cues['either-closes'],
      likeness: cues.likeness,
      notLikeness: cues['not-likeness'],
      relativeYearJoiners: cues['relative-year-joiners'],
      choiceFrames: cues['choice-frames'],
      choiceEchoCloses: cues['choice-echo-closes'],
      // A denial of asking ("em không có câu gì để hỏi") holds a question word that asks nothing.
      notAsking: [...cues['not-asking'], ...deniedForms],
      notAskingBare: cues['not-asking-bare'],
      helpThanked: cues['help-thanked'],
      anythingCondition: (({ 'then-skips': thenSkips, 'later-opens': laterOpens, 'later-skips': laterSkips, ...rest }) => ({ ...rest, thenSkips, laterOpens, laterSkips }))(cues['anything-condition']),
      withoutTopic: cues['without-topic'],
      weekDatesChecked: { words: cues['week-dates-checked'].words, beforeFigure: cues['week-dates-checked']['before-figure'] },
      actDatesChecked: {
        acts: cues['act-dates-checked'].acts,
        notActs: cues['act-dates-checked']['not-acts'],
        ownDate: cues['act-dates-checked']['own-date'],
        beforeFigure: cues['act-dates-checked']['before-figure'],
        within: cues['act-dates-checked'].within,
      },
      accordingTo: cues['according-to'],
      requests: cues.requests,
      notRequests: cues['not-requests'],
      notCounts: cues['not-counts'],
      searchWords: cues['search-words'],
      universalFrame: cues['universal-frame'],
      negationFrame: { ...cues['negation-frame'], toldAfter: cues['negation-frame']['told-after'] },
      caseUnits: cues['case-units'],
      headCountUnits: cues['head-count-units'],
      unsureMarkers: cues['unsure-markers'],
      weakCues: cues['weak-cues'],
      nationalFacets: cues['national-facets'],
      yearPrepositions: cues['year-prepositions'],
      questionParticles: cues['question-particles'],
      questionParticlesBare: cues['question-particles-bare'],
      questionParticlesBareAfter: cues['question-particles-bare-after'],
      questionParticlesMarked: cues['question-particles-marked'],
      questionParticleReading: cues['question-particle-reading'],
      existsChecks: cues['exists-checks'],
      afterthoughtOpeners: cues['afterthought-openers'],
      approximations: cues.approximations,
      approximationsMarked: cues['approximations-marked'],
      approximationsNotAfter: cues['approximations-not-after'],
      amountComparators: cues['amount-comparators'],
      reasonOpeners: cues['reason-openers'],
      weekNow: cues['week-now'],
      continuesBefore: cues['continues-before'],
      actsAsked: (({ 'claim-within': claimWithin, 'claim-asked': claimAsked, 'claim-openers': claimOpeners, 'claimed-actors': claimedActors, 'not-actors': notActors, 'stand-ins': standIns, 'not-after': notAfter, 'done-to': doneTo, ...acts }) => ({ ...acts, claimedActors, notActors, claimOpeners, claimWithin, claimAsked, standIns, notAfter, doneTo }))(
        cues['acts-asked'],
      ),
      documentTopicClaims: { ...cues['document-topic-claims'], asksTopic: cues['document-topic-claims']['asks-topic'] },
      purposeAsked: cues['purpose-asked'],
      predecessor: cues.predecessor,
      beforeDocument: cues['before-document'],
      verdictPredicates: cues['verdict-predicates'],
      wholeCriteria: cues['whole-criteria'],
      actRequests: {
        verbs: cues['act-requests'].verbs,
        outright: cues['act-requests'].outright,
        helpers: cues['act-requests'].helpers,
        helpersBefore: cues['act-requests']['helpers-before'],
        addressees: cues['act-requests'].addressees,
        notHelpers: cues['act-requests']['not-helpers'],
        told: cues['act-requests'].told,
        closes: cues['act-requests'].closes,
        actors: cues['act-requests'].actors,
        unless: cues['act-requests'].unless,
      },
      money: {
        asked: cues.money.asked,
        said: cues.money.said,
        amounts: cues.money.amounts,
        amountsSaid: cues.money['amounts-said'],
        besideAsks: cues.money['beside-asks'],
        sums: cues.money.sums,
        amountWords: cues.money['amount-words'],
        toldBefore: cues.money['told-before'],
        units: cues.money.units,
        gluedUnits: cues.money['glued-units'],
      },
      benefits: cues.benefits,
      latest: { cues: cues.latest, events: cues['latest-events'] },
      obligations: cues.obligations,
      actual: {
        asked: cues.actual.asked,
        askedNational: cues.actual['asked-national'],
        planned: cues.actual.planned,
        targetsSearch: cues.actual['targets-search'],
        national: cues.actual.national,
        notNational: cues.actual['not-national'],
      },
      count: {
        asked: cues.count.asked,
        notAfter: cues.count['not-after'],
        notCounted: cues.count['not-counted'],
        ends: cues.count.ends,
        sourceMarks: cues.count['source-marks'],
        numerals: cues.count.numerals,
        same: cues.count.same,
      },
      prediction: cues.prediction,
      shareAsked: cues.share.asked,
    },
    ...(({ 'rule-categories': ruleCategories, 'requirements-search': requirementsSearch, 'abbreviation-search': abbreviationSearch, levels, grades, ...evidence }) => ({
      evidence,
      ruleCategories,
      requirementsSearch,
      abbreviationSearch,
      levels,
      grades: { scale: grades.scale, attributes: grades.attributes, nextOnly: grades['next-only'], notGrades: grades['not-grades'], negations: grades.negations, titles: grades.titles },
    }))(read('answer-evidence.yaml', evidenceSchema)),
    ...(({ titles, country, places, events, elsewhere, 'place-parts': placeParts, 'common-word-names': commonWordNames, 'lies-in': liesIn, 'related-titles': relatedTitles, ...rest }) => ({
      elsewhere: {
        vietnam: elsewhere.vietnam,
        abroad: elsewhere.abroad,
        whereFrom: elsewhere['where-from'],
        family: elsewhere.family,
        familyFor: elsewhere['family-for'],
        localUnits: elsewhere['local-units'],
        notUnits: elsewhere['not-units'],
        localCounts: elsewhere['local-counts'],
        localNameEnds: elsewhere['local-name-ends'],
        unitCompounds: elsewhere['unit-compounds'],
        ruleWords: elsewhere['rule-words'],
        notRuleWords: elsewhere['not-rule-words'],
        ruleTimes: elsewhere['rule-times'],
        askerPurpose: elsewhere['asker-purpose'],
        localStatus: elsewhere['local-status'],
        organisationUnits: elsewhere['organisation-units'],
        organisationStatus: elsewhere['organisation-status'],
        organisationStatusCloses: elsewhere['organisation-status-closes'],
        ownerWordsMarked: elsewhere['owner-words-marked'],
        provinceUnits: elsewhere['province-units'],
        lookalikes: elsewhere.lookalikes,
        unitPointers: elsewhere['unit-pointers'],
        parts: Object.values(placeParts).flat(),
        partOf: Object.fromEntries(Object.entries(placeParts).flatMap(([place, parts]) => parts.map((part) => [part, place] as const))),
      },
      subjects: {
      groups: [
        ...titles.map((aliases) => ({ kind: 'titles', aliases })),
        ...[country, ...places.map((aliases) => [...aliases, ...(placeParts[aliases[0]!] ?? [])])].filter((aliases) => aliases.length > 0).map((aliases) => ({ kind: 'places', aliases })),
        ...events.map((aliases) => ({ kind: 'events', aliases })),
      ],
      documentKinds: rest['document-kinds'],
      anyDocument: rest['any-document'],
      describedDocuments: (({ 'not-kinds': notKinds, 'also-words': alsoWords, 'kind-openers': kindOpeners, 'needs-issuer-or-year': needsIssuerOrYear, 'issuer-markers': issuerMarkers, 'plural-before': pluralBefore, 'absent-before': absentBefore, 'in-force': inForce, 'bare-number-next': bareNumberNext, 'bare-number-not-after': bareNumberNotAfter, ...described }) => ({ ...described, notKinds, alsoWords, kindOpeners, needsIssuerOrYear, issuerMarkers, pluralBefore, absentBefore, inForce, bareNumberNext, bareNumberNotAfter }))(rest['described-documents']),
      country,
      commonWordNames: commonWordNames.names,
      notNames: commonWordNames['not-names'],
      liesIn,
      relatedTitles,
      },
    }))(
      read(
        'subjects.yaml',
        z.object({
          titles: z.array(words).default([]),
          country: words,
          places: z.array(words).default([]),
          events: z.array(words).default([]),
          'place-parts': z.record(z.string(), words).default({}),
          'common-word-names': z.object({ names: words, 'not-names': words.default([]) }).default({ names: [], 'not-names': [] }),
          'lies-in': z.record(z.string(), words).default({}),
          'related-titles': z.array(z.array(z.string()).min(2)).default([]),
          'document-kinds': words,
          'any-document': words.default([]),
          'described-documents': z
            .object({ kinds: z.record(z.string(), words), 'not-kinds': words, 'also-words': words, 'kind-openers': words, 'needs-issuer-or-year': words, issuers: z.record(z.string(), words), 'issuer-markers': words, 'plural-before': words, 'absent-before': words, 'in-force': words, replaced: words, 'bare-number-next': words.default([]), 'bare-number-not-after': words.default([]) })
            .default({ kinds: {}, 'not-kinds': [], 'also-words': [], 'kind-openers': [], 'needs-issuer-or-year': [], issuers: {}, 'issuer-markers': [], 'plural-before': [], 'absent-before': [], 'in-force': [], replaced: [], 'bare-number-next': [], 'bare-number-not-after': [] }),
          elsewhere: z
            .object({ vietnam: words, abroad: words, 'where-from': words, family: words.default([]), 'family-for': words.default([]), 'local-units': words, 'not-units': words.default([]), 'local-counts': words, 'local-name-ends': words.default([]), 'unit-compounds': words.default([]), 'rule-words': words, 'not-rule-words': words.default([]), 'rule-times': words.default([]), 'asker-purpose': words, 'local-status': words, 'organisation-units': words, 'organisation-status': words, 'organisation-status-closes': words, 'owner-words-marked': words, 'province-units': words, lookalikes: words.default([]), 'unit-pointers': words.default([]) })
            .default({ vietnam: [], abroad: [], 'where-from': [], family: [], 'family-for': [], 'local-units': [], 'not-units': [], 'local-counts': [], 'local-name-ends': [], 'unit-compounds': [], 'rule-words': [], 'not-rule-words': [], 'rule-times': [], 'asker-purpose': [], 'local-status': [], 'organisation-units': [], 'organisation-status': [], 'organisation-status-closes': [], 'owner-words-marked': [], 'province-units': [], lookalikes: [], 'unit-pointers': [] }),
        })
        .superRefine((data, ctx) => {
          // A province a place lies in that `elsewhere` does not list would never be found after it.
          for (const [place, provinces] of Object.entries(data['lies-in'])) {
            for (const province of provinces) {
              if (!data.elsewhere.vietnam.includes(province)) ctx.addIssue({ code: 'custom', path: ['lies-in', place], message: `"${province}" is no province under elsewhere.vietnam` });
            }
          }
          // Related titles are each the first name of a title: another would match none.
          data['related-titles'].forEach((related, i) => {
            for (const name of related) if (!data.titles.some((aliases) => aliases[0] === name)) ctx.addIssue({ code: 'custom', path: ['related-titles', i], message: `"${name}" is not the first name of a title` });
          });
          // Parts and provinces are keyed by the first name of their place: another key would leave them a part of nothing.
          for (const field of ['place-parts', 'lies-in'] as const) {
            for (const place of Object.keys(data[field])) {
              if (!data.places.some((aliases) => aliases[0] === place)) ctx.addIssue({ code: 'custom', path: [field, place], message: 'is not the first name of a place under places' });
            }
          }
        }),
      ),
    ),
    refuse: (({ fabrication, abuse, opinion, accented, marked, ...rest }) => ({ fabrication, abuse, opinion, accented, marked, notOutOfScope: rest['not-out-of-scope'], outOfScope: rest['out-of-scope'], signingNouns: rest['signing-nouns'], campaignActs: rest['campaign-acts'], pointersBack: rest['pointers-back'], otherPapers: rest['other-papers'] }))(
      read('refuse.yaml', z.object({ fabrication: words, abuse: words, 'out-of-scope': words, opinion: words.default([]), accented: words, marked: words, 'not-out-of-scope': words.default([]), 'signing-nouns': words.default([]), 'campaign-acts': words.default([]), 'pointers-back': words.default([]), 'other-papers': words.default([]) })),
    ),
    guards: read('guards.yaml', guardsSchema()),
    spokenNumbers: (({ 'units-after-tens': unitsAfterTens, 'run-digits': runDigits, 'bare-never': bareNever, 'thousand-in-years': thousandInYears, 'zero-before-unit': zeroBeforeUnit, 'number-words': numberWords, 'year-words': yearWords, 'day-words': dayWords, 'month-words': monthWords, 'not-dates-before': notDatesBefore, 'percent-words': percentWords, 'decimal-words': decimalWords, 'pair-counts': pairCounts, 'short-years': shortYears, ...rest }) => ({
      ...rest,
      shortYears: { notBefore: shortYears['not-before'], notAfter: shortYears['not-after'] },
      unitsAfterTens,
      runDigits,
      bareNever,
      notDatesBefore,
      thousandInYears,
      zeroBeforeUnit,
      numberWords,
      yearWords,
      dayWords,
      monthWords,
      percentWords,
      decimalWords,
      pairCounts,
    }))(read('spoken-numbers.yaml', spokenNumbersSchema)),
    typing: (({ telex: { 'i-spelled': iSpelled, ...telex }, vni, syllable: { 'tone-takers': toneTakers, 'tone-on-second': toneOnSecond, 'stop-codas': stopCodas, 'stop-tones': stopTones, 'front-vowels': frontVowels, 'front-only': frontOnly, 'never-front': neverFront, ...syllable }, 'not-keystrokes': notKeystrokes }) => ({
      telex: { ...telex, iSpelled },
      vni,
      syllable: { ...syllable, toneTakers, toneOnSecond, stopCodas, stopTones, frontVowels, frontOnly, neverFront },
      notKeystrokes,
    }))(read('typing.yaml', typingSchema)),
  });
}

/**
 * Every denial of asking built from `denies-asking-forms`: a negation, "có" and a thing, then "hỏi" or a link and
 * "hỏi" ("chưa có điều gì hỏi", "không có câu gì để hỏi"), or a question alone ("chưa có câu nào").
 */
function deniesAskingFormsOf(forms: { negations: string[]; haves: string[]; things: string[]; questions: string[]; links: string[]; verbs: string[] }): string[] {
  const tails = [...forms.verbs.map((verb) => ` ${verb}`), ...forms.links.flatMap((link) => forms.verbs.map((verb) => ` ${link} ${verb}`))];
  const had = (kept: (thing: string) => string[]) => forms.negations.flatMap((negation) => forms.haves.flatMap((have) => kept(`${negation} ${have}`)));
  return [...had((lead) => forms.things.flatMap((thing) => tails.map((tail) => `${lead} ${thing}${tail}`))), ...had((lead) => forms.questions.map((question) => `${lead} ${question}`))];
}
