// Extractive answers: the sentences of the top passages that carry what is asked, composed with numbered citations.
import type { Citation, Passage } from '../types.js';
import { foldText } from '../text/vietnamese.js';
import { fill } from '../messages.js';
import { actNamer, actsAsked, doerNamer } from '../understand/acts-asked.js';
import type { Facet, Lexicon } from '../understand/lexicon.js';
import { wordsOf, type PhraseSet } from '../understand/words.js';
import { unitsAfterFigures } from './case-rule.js';
import { toCitation } from './citations.js';
import { datesAskedDocument, datesOnlyOfOtherDocuments, givesShare, saysUnconfirmed, sentenceFacets } from './facets.js';
import { kindOf, namedDocumentNumbers, subjectsOf, subjectsOfSentence, TITLES, type Subject } from './subjects.js';
import { matchSentence, questionTerms, sentenceGain, sentenceWords, splitSentences, termWeights, type Sentence } from './sentences.js';
import * as tuning from './tuning.js';
import { askersKind, belowRange, claimedThresholds, claimVerdict, gradeVerdict, lackVerdict, outsideRange, verdictWording, yesNoVerdict, type OutsideRange } from './yes-no.js';

/** The composed answer body (without the sources list) and its citations. */
export interface ComposedAnswer {
  text: string;
  citations: Citation[];
  /** The facets the chosen sentences (and the lead) carry, when composed from passages. */
  carried?: readonly Facet[];
  /** The yes/no verdict the answer opens with: decided (yes, no, out of range, a claim right or wrong) or unconfirmed. */
  verdict?: 'decided' | 'unconfirmed';
}

/** Texts the composer adds around quoted sentences (from prompts/messages.yaml). */
export interface ComposeTexts {
  /** "… và {n} mục khác" after a list cut at the length limit. */
  moreItems: string;
  /** Before a numbered list said whole with no sentence announcing it ("Tiêu chí 1 …", "Tiêu chí 2 …"): {count}, {item}. */
  listCount?: string;
  /** Openers of a yes/no answer: the rule says yes, no, or the rule is not confirmed. */
  yes: string;
  no: string;
  unconfirmed: string;
  /** The same with the question's own verb ({predicate}, {Predicate}); without them, `yes` and `no` are said. */
  yesAs?: string;
  noAs?: string;
  /** The asker's figure lies outside the range the rule covers: {figure}, {from}, {to}, {unit}. */
  outsideRange?: string;
  /** A yes about what was asked, when the rule also requires something the question does not mention. */
  alsoRequired?: string;
  /** A yes from the grades the resident tells ("học lực trung bình"): they meet one criterion; others count too. */
  gradeMet?: string;
  /** A threshold the question claims ("cần đạt 80 điểm đúng không") is the rule's. */
  claimRight?: string;
  /** A threshold the question claims ("cần đạt 90 điểm đúng không") is not the rule's. */
  claimWrong?: string;
  /** Two years compared by when they opened: on one day, or one first (see opening-dates.ts). */
  openingSame?: string;
  openingEarlier?: string;
}

/** Limits and understanding of an extractive answer. */
export interface ExtractiveOptions {
  maxChars?: number;
  maxSentences?: number;
  maxPassages?: number;
  /** What the question asks; sentences carrying it are preferred. */
  facets?: readonly Facet[];
  lexicon?: Lexicon;
  texts?: ComposeTexts;
  /**
   * Said first: a sentence from the best passage's document card ("Quyết định 89/QĐ-TTg ban hành ngày 09/01/2013: …",
   * cited), or an opening that announces the rest ("Tuần lễ … năm 2025 đã diễn ra:", not cited).
   */
  lead?: string;
  /**
   * The resident's own case told before the question and not part of it ("cơ quan tôi có 92% cán bộ là công dân học
   * tập, vậy có đủ điều kiện … không?"): a yes/no verdict reads its figures and kind of asker with the question's.
   */
  ownCase?: string;
  /** The question without the situation the search read with it: a verdict reads `ownCase` with this, not twice. */
  asked?: string;
  /** The resident's whole message: a further requirement it names anywhere ("có danh hiệu … rồi") is one they know of. */
  message?: string;
  /** The day the question is asked (YYYY-MM-DD, local): a wait told from one month ("hồi tháng 3/2025") runs to it. */
  today?: string;
  /**
   * Searches apart for a further requirement of the titles asked ("Đơn vị học tập cấp tỉnh còn phải đạt …"), called only
   * when a verdict's own passages say none: only such a sentence of a title the rule names is taken from these.
   */
  requirementsOf?: () => readonly Passage[];
  /**
   * The best passage's heading asks the list asked ("Việt Nam có những thành phố nào trong Mạng lưới …?"): its
   * sentences, which together make the list, follow the sentences the question chose first, before any runner-up
   * passage's.
   */
  bestIsList?: boolean;
}

/** Facets a sentence shows by a specific form or word (a date, a place, a figure, a quotation, a cause, a list):
 * asked, they decide the first sentence. Definitions, procedures and yes/no rules are told by words too common. */
const LEADING_FACETS: ReadonlySet<Facet> = new Set(['date', 'place', 'number', 'theme', 'reason', 'list']);
/** Asked why, the first sentence gives the reason: a date or a figure beside it is what the reason is about ("vì sao
 * tuần lễ năm nào cũng đổi ngày" asks why, not when). */
const REASON_FIRST: ReadonlySet<Facet> = new Set(['reason']);

interface Candidate {
  sentence: Sentence;
  match: ReturnType<typeof matchSentence>;
  decay: number;
  facets: ReadonlySet<Facet>;
  echo: boolean;
  /** Names another subject of a kind the question names, and not the question's ("281" when 387 is asked). */
  elsewhere: boolean;
  /**
   * Gives a figure in the unit of a figure the asker gives of their own case, before the question or in it ("người từ 19
   * đến 60 tuổi" for "mẹ mình 65 tuổi"), and no range lying above that figure: the rule the case is judged by.
   */
  judgesCase: boolean;
  /**
   * Names no title asked and stands under a heading naming titles, none of them asked ("ngoài tổng điểm tối thiểu
   * 80/100, một người được đánh giá Công dân học tập …" under "Công dân học tập cần bao nhiêu điểm …" when a family
   * asks): a rule of another title, judging no case of the one asked. (Under the asked title's heading a sentence
   * naming another title may judge: it can name it as a criterion, "90% thành viên là Công dân học tập".)
   */
  otherTitle: boolean;
}

/** Composes a short answer from `passages` (best first), citing each sentence's document as [n]. */
export function composeExtractive(question: string, passages: readonly Passage[], options: ExtractiveOptions = {}): ComposedAnswer {
  const maxChars = options.maxChars ?? tuning.MAX_ANSWER_CHARS;
  const maxSentences = options.maxSentences ?? tuning.MAX_SENTENCES;
  const top = passages
    .slice(0, options.maxPassages ?? tuning.COMPOSE_PASSAGES)
    .filter((p, i) => i === 0 || p.score >= passages[0]!.score * tuning.COMPOSE_SCORE_SHARE);
  const terms = questionTerms(question);
  const asked = new Set(options.facets ?? []);
  const questionWords = new Set(foldText(question).match(/[\p{L}\p{N}]+/gu) ?? []);
  const asksFigure = FIGURE_FACETS.some((facet) => asked.has(facet));

  const sentences = top.flatMap((passage, rank) => splitSentences(passage.text, rank));
  const askedSubjects = options.lexicon ? subjectsOf(question, options.lexicon) : [];
  const askedTitles = askedSubjects.filter((subject) => kindOf(subject, options.lexicon!) === TITLES);
  const namesTitle = (text: string) => subjectsOfSentence(text, options.lexicon!).some((subject) => kindOf(subject, options.lexicon!) === TITLES);
  // Asked the date of a document named by number, a sentence dating only other documents carries no date asked.
  const askedNumbers = asked.has('date') && options.lexicon ? namedDocumentNumbers(question, options.lexicon) : [];
  // Asked the document's own date ("cv 5201 ký ngày nào", `own-date` acts), when a sentence found gives it
  // ("Công văn 5201/BGDĐT-GDTX ngày 09/09/2024"), a date of anything else (the Week the letter is about) is no date
  // asked either; "cv 5201 quy định tuần lễ khai mạc ngày nào" still asks the Week's.
  const actDateAsked = askedNumbers.length > 0 && options.lexicon!.actDatesChecked.ownDate.find(wordsOf(question), false).length > 0;
  const askedDated = actDateAsked && sentences.some((sentence) => datesAskedDocument(sentence.text, askedNumbers));
  // Asked who does one act ("ai ký"), a sentence naming another act of the same document ("… phát động") says no one's
  // — when some sentence found names the act asked.
  const actsNamed = asked.has('procedure') && options.lexicon ? actsAsked(question, options.lexicon) : [];
  const namesAct = actNamer(actsNamed, options.lexicon?.actsAsked.notAfter);
  const saysDoer = doerNamer(actsNamed, options.lexicon?.actsAsked.doers ?? [], options.lexicon?.actsAsked.notAfter);
  const actNamed = sentences.some((sentence) => namesAct(sentence.text));
  // "… là một phần tiêu chí của xã. Vì vậy, mỗi xã cần …": a sentence the next one in its passage says follows from
  // gives a reason (`reason-follows`); the one that follows gives none by its opener.
  const reasonFollows = options.lexicon?.evidence.get('reason-follows');
  const followedBy = new Map(sentences.map((sentence, i) => [sentence, sentences[i + 1]]));
  const givesReason = (sentence: Sentence) => {
    const next = followedBy.get(sentence);
    return next !== undefined && next.passageRank === sentence.passageRank && leaningOpener(next.text, reasonFollows) > 0;
  };
  // "đến năm 2020 muốn bao nhiêu phần trăm dòng họ đạt chuẩn": a share asked is given by a percentage, not by a year or a
  // count ("… với chỉ tiêu đến năm 2020").
  const shareAsked = asked.has('number') && options.lexicon !== undefined && options.lexicon.shareAsked.find(wordsOf(question), false).length > 0;
  const facetsOf = (sentence: Sentence) => {
    const stated = sentenceFacets(withoutLeaningOpener(sentence.text, reasonFollows), sentence.listItem, options.lexicon);
    const read = !stated.has('reason') && givesReason(sentence) ? new Set<Facet>([...stated, 'reason']) : stated;
    // "do ai lập ra": a sentence saying who does the act asked answers it ("… do UIL khởi xướng và lập ra năm 2012").
    const facets = !read.has('procedure') && saysDoer(sentence.text) ? new Set<Facet>([...read, 'procedure']) : read;
    const otherAct = actNamed && facets.has('procedure') && !namesAct(sentence.text);
    const otherDates =
      askedNumbers.length > 0 && facets.has('date') && (datesOnlyOfOtherDocuments(sentence.text, askedNumbers) || (askedDated && !datesAskedDocument(sentence.text, askedNumbers)));
    const noShare = shareAsked && facets.has('number') && !givesShare(sentence.text);
    if (!otherAct && !otherDates && !noShare) return facets;
    return new Set([...facets].filter((facet) => !(facet === 'procedure' && otherAct) && !(facet === 'date' && otherDates) && !(facet === 'number' && noShare)));
  };
  // Asked yes or no about a case told with figures, before the question or in it ("mẹ mình 65 tuổi"), a sentence giving a
  // figure in the same unit states the rule the case falls under, though a sentence naming the unit alone ("trẻ trong độ
  // tuổi đi học") shares as many words — unless its range lies above the figure ("con 16 tuổi" is no adult). The case
  // is read once: `asked` is the question without the situation already in `ownCase`.
  const caseTold = `${options.ownCase ?? ''} ${options.asked ?? question}`;
  const caseUnits = asked.has('yesno') && options.lexicon ? unitsAfterFigures(caseTold, options.lexicon) : new Set<string>();
  // Asked a date or a figure, a sentence carrying one (a year is a figure: "thành lập năm 1996" for "năm nào") with a
  // number the question does not give answers it.
  const givesFigureAsked = (sentence: Sentence) => asksFigure && FIGURE_FACETS.some((facet) => facetsOf(sentence).has(facet)) && givesNewFigure(sentence.text, questionWords);
  const judgesCase = (sentence: Sentence) =>
    caseUnits.size > 0 && [...unitsAfterFigures(sentence.text, options.lexicon!)].some((unit) => caseUnits.has(unit)) && !belowRange(caseTold, sentence.text);
  const weights = termWeights(sentences.map((s) => s.text), terms);
  const candidateOf = (sentence: Sentence, heading = top[sentence.passageRank]!.heading): Candidate => ({
    sentence,
    match: matchSentence(sentence.text, terms),
    decay: 1 - sentence.passageRank * tuning.RANK_DECAY,
    facets: facetsOf(sentence),
    // Asked who does an act, a sentence naming the act says who in a word or two ("Thủ trưởng đơn vị lập tổ đánh giá");
    // asked a date or a figure, a sentence giving one the question does not ("… đạt danh hiệu Thành phố học tập vào năm
    // 2030" for "… vào năm nào") gives it in one word.
    echo: newWords(sentence.text, question, questionWords) < tuning.ECHO_MIN_NEW_WORDS && !namesAct(sentence.text) && !givesFigureAsked(sentence),
    elsewhere: options.lexicon !== undefined && aboutOtherSubjects(sentence.text, askedSubjects, options.lexicon),
    judgesCase: judgesCase(sentence),
    otherTitle:
      askedTitles.length > 0 &&
      (!namesTitle(sentence.text) || aboutOtherSubjects(sentence.text, askedTitles, options.lexicon!)) &&
      aboutOtherSubjects(heading, askedTitles, options.lexicon!),
  });
  const pool: Candidate[] = sentences.map((sentence) => candidateOf(sentence));
  const keyWeight = Math.max(0, ...weights.values());
  const addsKeyTerm = (matched: readonly string[], covered: ReadonlySet<string>) =>
    matched.some((term) => !covered.has(term) && (weights.get(term) ?? 0) >= keyWeight * tuning.KEY_TERM_SHARE);
  const gainOf = (entry: Candidate, covered: ReadonlySet<string>, carried: ReadonlySet<Facet>) => {
    const base = sentenceGain(entry.match, weights, covered) * entry.decay * (entry.elsewhere ? tuning.OTHER_SUBJECT_FACTOR : 1);
    const facetsAdded = [...asked].filter((facet) => entry.facets.has(facet) && !carried.has(facet)).length;
    return base * (1 + tuning.FACET_BONUS * facetsAdded + (entry.judgesCase ? tuning.CASE_UNIT_BONUS : 0));
  };

  // Greedy: each step takes the sentence that adds most, so a second sentence brings what the first one lacks.
  const chosen: Candidate[] = [];
  const covered = new Set<string>();
  // A lead stating a document's card carries its date: a sentence is not chosen first for a date again. (Only the date:
  // what the card says the document does is a title, and a comparison or a question of purpose still wants it said.)
  const leadDated = options.lead !== undefined && !/:\s*$/u.test(options.lead) && sentenceFacets(options.lead, false, options.lexicon).has('date');
  const carried = new Set<Facet>(leadDated ? ['date'] : []);
  const said = new SaidSentences();
  let length = 0;
  let firstGain = 0;
  // A question asking two things ("khai mạc ngày nào, ở đâu") still lacks one while no chosen sentence carries it.
  const addsMissingFacet = (entry: Candidate) => asked.size > 1 && [...asked].some((facet) => entry.facets.has(facet) && !carried.has(facet));
  const documentOf = (sentence: Sentence) => top[sentence.passageRank]!.documentId;
  const pick = (allowEcho: boolean, leading?: ReadonlySet<Facet>, judgingCase = false) => {
    let best: { entry: Candidate; gain: number } | undefined;
    for (const entry of pool) {
      if (entry.echo && !allowEcho) continue;
      if (judgingCase && !entry.judgesCase) continue;
      if (leading && ![...asked].some((facet) => leading.has(facet) && entry.facets.has(facet) && !carried.has(facet))) continue;
      if (said.has(entry.sentence)) continue;
      if (chosen.length > 0 && length + entry.sentence.text.length > maxChars) continue;
      const offSubject = chosen.length > 0 && documentOf(entry.sentence) !== top[0]!.documentId && !addsKeyTerm(entry.match.matched, covered);
      const floor = offSubject && !addsMissingFacet(entry) ? firstGain * tuning.OTHER_DOCUMENT_SHARE : 0;
      const gain = gainOf(entry, covered, carried);
      if (gain > floor && (!best || gain > best.gain)) best = { entry, gain };
    }
    return best;
  };
  while (chosen.length < maxSentences) {
    let best = pick(false) ?? (chosen.length === 0 ? pick(true) : undefined);
    // The first sentence carries what is asked (a reason for "vì sao") when one does and is not far off the best:
    // a sentence restating the question's own facts would otherwise win on shared words.
    const carrying = chosen.length === 0 && best ? pick(false, asked.has('reason') ? REASON_FIRST : LEADING_FACETS) : undefined;
    if (carrying && best && carrying.entry !== best.entry && carrying.gain >= best.gain * tuning.FACET_FIRST_SHARE) best = carrying;
    // Asked yes or no about a case told with a figure ("mẹ tôi 58 tuổi chưa biết chữ thì nhà tôi có đạt không"), the
    // first sentence gives a figure in that unit — the rule the case falls under — when one is not far off the best: a
    // hedge about another matter ("số điểm tối thiểu … chưa được xác nhận") shares the question's common words.
    const judging = chosen.length === 0 && best && caseUnits.size > 0 ? pick(false, undefined, true) : undefined;
    if (judging && best && judging.gain >= best.gain * tuning.CASE_FIRST_SHARE) best = judging;
    // A sentence bringing a missing facet is judged on its own (as if nothing were chosen): it shares the topic's
    // words with the first choice, so what it adds after it looks small.
    const enough = (entry: Candidate, gain: number) =>
      addsMissingFacet(entry) ? gainOf(entry, new Set(), new Set()) >= firstGain * tuning.MISSING_FACET_GAIN : gain >= firstGain * tuning.MIN_FURTHER_GAIN;
    if (!best || (chosen.length > 0 && !enough(best.entry, best.gain))) break;
    if (chosen.length === 0) firstGain = best.gain;
    said.add(best.entry.sentence);
    best.entry.match.matched.forEach((term) => covered.add(term));
    best.entry.facets.forEach((facet) => carried.add(facet));
    chosen.push(best.entry);
    length += best.entry.sentence.text.length + 1;
  }
  if (chosen.length === 0 && top[0]) {
    const first = pool.find((entry) => entry.sentence.passageRank === 0);
    if (first) chosen.push(first);
  }
  // The best passage is the most likely to hold the fact asked: what room is left goes to the rest of it, in order,
  // so a reply never carries less than that passage shown alone (when it fits) — before the runner-ups when it is the
  // list asked, or when only what something is was asked (the definition goes on with where it comes from: "… theo
  // Quyết định 677/QĐ-TTg").
  const restOfBest = () => {
    for (const entry of pool) {
      if (entry.sentence.passageRank !== 0 || entry.echo || said.has(entry.sentence)) continue;
      if (length + entry.sentence.text.length > maxChars) continue;
      said.add(entry.sentence);
      chosen.push(entry);
      length += entry.sentence.text.length + 1;
    }
  };
  if (options.bestIsList || (asked.size === 1 && asked.has('definition'))) restOfBest();
  // The runner-up passages often hold the fact when the best one only frames it: each brings its best sentence if it
  // scores near the first choice (judged afresh, as if nothing were chosen yet).
  for (let rank = 1; rank < top.length; rank++) {
    let best: { entry: Candidate; gain: number } | undefined;
    for (const entry of pool) {
      if (entry.sentence.passageRank !== rank || entry.echo || said.has(entry.sentence)) continue;
      const gain = gainOf(entry, new Set(), new Set());
      if (!best || gain > best.gain) best = { entry, gain };
    }
    if (!best || best.gain < firstGain * tuning.RUNNER_UP_SHARE || length + best.entry.sentence.text.length > maxChars) continue;
    said.add(best.entry.sentence);
    chosen.push(best.entry);
    length += best.entry.sentence.text.length + 1;
  }
  restOfBest();
  // The yes/no verdict is read from the sentences in the order they were chosen (the most telling first).
  const judged = asked.has('yesno') && options.texts && chosen.length > 0 ? judgeYesNo(question, chosen, options) : undefined;
  // "Đủ điều kiện" for 96% of staff would mislead when the rule's passage adds "còn phải đạt danh hiệu …": that sentence
  // is said too (even past the length limit: the opening points to it), and the yes says there is more.
  // "tại sao cơ quan mình đã có 95% … mà vẫn chưa được công nhận": a reason asked for a case the rule's threshold meets
  // is that further requirement too.
  const met = !judged && asked.has('reason') && options.texts && chosen.length > 0 ? judgeYesNo(question, chosen, options) : undefined;
  const isMet = (verdict?: { lead?: unknown }) => verdict?.lead === 'yes' || verdict?.lead === 'partly';
  const known = `${options.message ?? ''} ${question}`;
  // "sao cơ quan mình chưa được xét đơn vị học tập" (`not-recognised`): no figure told, the reason is what more the
  // title requires, found beside the sentence chosen first.
  const notRecognised = !judged && asked.has('reason') && chosen.length > 0 && (options.lexicon?.evidence.get('not-recognised')?.find(wordsOf(known), false).length ?? 0) > 0;
  const meets = isMet(judged) ? judged : isMet(met) ? met : notRecognised ? { judge: chosen[0]! } : undefined;
  const ruled = meets?.judge ? titlesRuledBy(meets.judge, known, options.lexicon) : () => false;
  // Of the verdict's passage or document first, else of another passage found naming only titles the rule names (any
  // of them may say it: `() => 0` puts them all in one document).
  let further = meets?.judge
    ? (furtherRequirement(known, meets.judge, pool, options.lexicon, documentOf) ?? furtherRequirement(known, meets.judge, pool.filter(ruled), options.lexicon, () => 0))
    : undefined;
  if (meets?.judge && !further && options.requirementsOf) {
    // Else of the passages searched apart, ranked after those found so a sentence taken is cited like theirs.
    const apart = options.requirementsOf().filter((p) => !top.some((t) => t.chunkId === p.chunkId));
    const candidates = apart.flatMap((passage, k) => splitSentences(passage.text, top.length + k).map((sentence) => candidateOf(sentence, passage.heading))).filter(ruled);
    further = furtherRequirement(known, meets.judge, candidates, options.lexicon, () => 0);
    if (further) top.push(...apart);
  }
  if (further && !said.has(further.sentence)) {
    said.add(further.sentence);
    chosen.push(further);
  }
  const judgingFirst = chosen[0]?.judgesCase ? chosen[0] : undefined;
  chosen.sort((a, b) => a.sentence.passageRank - b.sentence.passageRank || a.sentence.position - b.sentence.position);
  // The passage a verdict was read from follows the verdict, ahead of the rest ("Chưa đạt. … từ 80 điểm trở lên …"),
  // its sentences in their order (one may point back to the one before it); so does the passage of the rule chosen
  // first for judging the case when it gives no verdict.
  const judgeRank = (judged?.judge ?? judgingFirst)?.sentence.passageRank;
  if (judgeRank !== undefined) chosen.sort((a, b) => Number(b.sentence.passageRank === judgeRank) - Number(a.sentence.passageRank === judgeRank));
  // "nhà tôi có đủ điều kiện gia đình học tập không" asks every criterion beside the yes or no.
  const everyCriterion = asked.has('yesno') && (options.lexicon?.wholeCriteria.find(wordsOf(question), false).length ?? 0) > 0;
  const lines = withWholeLists(chosen, pool, asked.has('list') || everyCriterion, options.texts, everyCriterion && !asked.has('list'));
  // A lead that states a fact from the best passage's document is cited like a sentence; one that only announces
  // what follows (it ends with ":") is said before everything, without a source of its own.
  const announces = options.lead !== undefined && /:\s*$/u.test(options.lead);
  if (options.lead && !announces && top[0]) lines.unshift({ sentence: { text: options.lead, passageRank: 0, position: -1, listItem: false } });

  const leansBack = options.lexicon?.evidence.get('leans-back');
  const numberOf = new Map<number, number>();
  const citations: Citation[] = [];
  const parts: string[] = [];
  lines.forEach((line, i) => {
    const passage = top[line.sentence.passageRank]!;
    let n = numberOf.get(passage.documentId);
    if (n === undefined) {
      n = citations.length + 1;
      numberOf.set(passage.documentId, n);
      citations.push(toCitation(n, passage, line.sentence.text));
    }
    const next = lines[i + 1];
    const sameBlock = next && next.sentence.passageRank === line.sentence.passageRank && next.sentence.listItem && line.sentence.listItem;
    // "Vì vậy, Thông tư 44 … được coi là quy định cũ" without the sentence it leans on (often in the passage before)
    // is said without its "Vì vậy".
    const previous = lines[i - 1]?.sentence;
    const follows = previous !== undefined && previous.position >= 0 && previous.passageRank === line.sentence.passageRank && previous.position === line.sentence.position - 1;
    const said = follows ? line.sentence.text : withoutLeaningOpener(line.sentence.text, leansBack);
    const text = `${line.sentence.listItem ? '• ' : ''}${truncate(said, maxChars)}`;
    // One citation after a whole list, not after each of its items.
    parts.push(sameBlock || (next?.leadOf === line) ? text : `${text}${line.more ?? ''} [${n}]`);
  });
  let text = parts.reduce((out, part, i) => (i === 0 ? part : `${out}${lines[i]!.sentence.listItem || /:\s*$/u.test(lines[i - 1]!.sentence.text) ? '\n' : ' '}${part}`), '');
  if (announces) text = `${options.lead} ${text}`;
  let verdict: ComposedAnswer['verdict'];
  if (judged?.lead && options.texts) {
    const lead = judged.lead;
    const texts = options.texts;
    const claimed = { right: texts.claimRight, wrong: texts.claimWrong };
    const opening =
      lead === 'unconfirmed'
        ? texts.unconfirmed
        : typeof lead === 'object'
          ? texts.outsideRange && fill(texts.outsideRange, { ...lead })
          : lead === 'right' || lead === 'wrong'
            ? claimed[lead]
            : (further || lead === 'partly') && texts.alsoRequired
              ? texts.alsoRequired
              : lead === 'yes' && judged.graded && texts.gradeMet
                ? texts.gradeMet
                : verdictWording(question, lead === 'partly' ? 'yes' : lead, texts, options.lexicon);
    if (opening) {
      text = `${opening} ${text}`;
      verdict = lead === 'unconfirmed' ? 'unconfirmed' : 'decided';
    }
  }
  const leadFacets = options.lead ? [...sentenceFacets(options.lead, false, options.lexicon)].filter((facet) => !(facet === 'number' && shareAsked && !givesShare(options.lead!))) : [];
  return { text, citations, carried: [...new Set([...leadFacets, ...chosen.flatMap((entry) => [...entry.facets])])], verdict };
}

/**
 * The opener of a yes/no answer and the sentence it was read from, judging the sentences in the order they were chosen.
 * A rule giving the asker's own kind a threshold ("trường em …" against "(cơ sở giáo dục: ít nhất 95% …)") alone
 * judges that asker, even when it cannot decide; without a verdict, a first sentence calling the matter unconfirmed says
 * so (a rule the case meets or fails decides even when a hedge about another matter leads).
 */
function judgeYesNo(question: string, chosen: readonly Candidate[], options: ExtractiveOptions): { lead?: 'yes' | 'no' | 'partly' | 'unconfirmed' | 'right' | 'wrong' | OutsideRange; judge?: Candidate; graded?: boolean } {
  const lexicon = options.lexicon;
  const byGain = chosen.filter((candidate) => !candidate.otherTitle);
  if (byGain.length === 0) return {};
  // "gia đình học tập cần đạt 80 điểm đúng không": a threshold claimed, not the asker's own figure (none told).
  const claims = lexicon && !options.ownCase ? claimedThresholds(question, lexicon) : [];
  for (const judge of claims.length > 0 ? byGain : []) {
    const claimed = claimVerdict(claims, judge.sentence.text, lexicon);
    if (claimed) return { lead: claimed, judge };
  }
  const caseAsked = options.ownCase ? `${options.ownCase} ${options.asked ?? question}` : question;
  const ownKind = lexicon ? byGain.filter((c) => askersKind(caseAsked, c.sentence.text, lexicon) !== undefined) : [];
  // "… có 92% cán bộ là công dân học tập nhưng bị mất danh hiệu tập thể lao động tiên tiến, vậy có đủ điều kiện không":
  // a requirement the asker lacks decides first, whoever the rule sentence is for (a threshold they meet does not).
  for (const judge of byGain) {
    const lacks = lackVerdict(caseAsked, judge.sentence.text, lexicon);
    if (lacks) return { lead: lacks, judge };
  }
  for (const judge of ownKind.length > 0 ? ownKind : byGain) {
    const lead = yesNoVerdict(caseAsked, judge.sentence.text, lexicon, options.today);
    if (lead) return { lead, judge };
    const graded = gradeVerdict(caseAsked, judge.sentence.text, lexicon);
    if (graded) return { lead: graded, judge, graded: true };
  }
  // "mẹ mình 65 tuổi … có bị trừ điểm không" against "người từ 19 đến 60 tuổi …": the rule does not cover the case.
  for (const judge of byGain) {
    const outside = outsideRange(caseAsked, judge.sentence.text);
    if (outside) return { lead: outside, judge };
  }
  const hedge = byGain[0]!.sentence.text;
  return saysUnconfirmed(hedge, lexicon) && !hedgesOnlyUnaskedDates(hedge, question, options) ? { lead: 'unconfirmed' } : {};
}

/**
 * "QĐ 324 … ; ngày ban hành chưa rõ (chưa được xác nhận chính thức)" for "tiêu chí … theo quyết định 324 phải không":
 * every clause of the sentence calling its fact unconfirmed names a date, the question asks none, and no word of the
 * clause but the hedge is the question's — the unconfirmed date leaves the yes/no open.
 */
function hedgesOnlyUnaskedDates(sentence: string, question: string, options: ExtractiveOptions): boolean {
  const lexicon = options.lexicon;
  if (!lexicon || options.facets?.includes('date')) return false;
  const asked = new Set(wordsOf(question).map((word) => word.folded));
  const hedgeWords = lexicon.evidence.get('unconfirmed');
  const clauses = sentence.split(/[,;]\s/u).filter((clause) => saysUnconfirmed(clause, lexicon));
  return (
    clauses.length > 0 &&
    clauses.every((clause) => {
      const words = wordsOf(clause);
      const hedging = new Set((hedgeWords?.find(words, true) ?? []).flatMap(({ start, length }) => words.slice(start, start + length)));
      return (lexicon.facets.get('date')?.find(words, true).length ?? 0) > 0 && words.every((word) => hedging.has(word) || !asked.has(word.folded));
    })
  );
}

/**
 * A sentence requiring something more (`also-requires` in answer-evidence.yaml: "… còn phải đạt danh hiệu "Tập thể lao
 * động tiên tiến" trở lên") whose quoted requirement the message does not name: of the verdict's passage first, else of
 * another passage of its document (another document's requirement may be of another title).
 */
function furtherRequirement(
  question: string,
  judge: Candidate,
  pool: readonly Candidate[],
  lexicon: Lexicon | undefined,
  documentOf: (sentence: Sentence) => number,
): Candidate | undefined {
  const also = lexicon?.evidence.get('also-requires');
  if (!also) return undefined;
  const asked = foldText(question);
  const requires = (entry: Candidate) => {
    if (entry === judge || also.find(wordsOf(entry.sentence.text), true).length === 0) return false;
    const named = /[“"]([^”"]{3,})[”"]/u.exec(entry.sentence.text)?.[1];
    return named !== undefined && !asked.includes(foldText(named));
  };
  const samePassage = pool.find((entry) => entry.sentence.passageRank === judge.sentence.passageRank && requires(entry));
  return samePassage ?? pool.find((entry) => documentOf(entry.sentence) === documentOf(judge.sentence) && requires(entry));
}

/**
 * Whether a sentence names titles, each one the rule `judge` names ("Đơn vị học tập cấp tỉnh còn phải …" for "Công dân
 * học tập là điều kiện để công nhận Đơn vị học tập cấp tỉnh …"), and no tier but the one `asked` names when it names
 * one (`tiers`: "cấp tỉnh" is not "cấp huyện"): another document's requirement may be of another title or tier.
 */
function titlesRuledBy(judge: Candidate, asked: string, lexicon: Lexicon | undefined): (candidate: Candidate) => boolean {
  if (!lexicon) return () => false;
  const titles = (text: string) => subjectsOf(text, lexicon).flatMap((subject) => (subject.kind === 'group' && kindOf(subject, lexicon) === TITLES ? [subject.key] : []));
  const tiers = (text: string) => new Set((lexicon.evidence.get('tiers')?.find(wordsOf(text), false) ?? []).map(({ phrase }) => phrase));
  const ruled = new Set(titles(judge.sentence.text));
  const tiersAsked = tiers(asked);
  return (candidate) => {
    const named = titles(candidate.sentence.text);
    const tiersSaid = tiers(candidate.sentence.text);
    const otherTier = tiersAsked.size > 0 && tiersSaid.size > 0 && ![...tiersSaid].some((tier) => tiersAsked.has(tier));
    return named.length > 0 && named.every((title) => ruled.has(title)) && !otherTier;
  };
}

/**
 * The sentences an answer already says: the same sentence again is not said twice, nor nearly the same one (another
 * document's copy of a caveat) — except list items, which share their frame ("Gia đình học tập là mô hình do …").
 */
class SaidSentences {
  private readonly said: WordsAndFigures[] = [];
  /** Each candidate's words are gathered once per answer, not at every greedy step. */
  private readonly read = new Map<Sentence, WordsAndFigures>();

  has(sentence: Sentence): boolean {
    if (this.said.length === 0) return false;
    const { words, figures } = this.wordsOf(sentence);
    const least = sentence.listItem ? 1 : tuning.NEAR_DUPLICATE_SHARE;
    return this.said.some((other) => other.figures === figures && jaccard(words, other.words) >= least);
  }

  add(sentence: Sentence): void {
    this.said.push(this.wordsOf(sentence));
  }

  private wordsOf(sentence: Sentence): WordsAndFigures {
    let found = this.read.get(sentence);
    if (!found) {
      const words = sentenceWords(sentence.text);
      // The same figures in any order: "Theo Thông tư 25/2023, một xã … mức độ 2 … 12 tháng" says again "Xã … mức độ 2
      // … 12 tháng … (Thông tư 25/2023)".
      found = { words: new Set(words), figures: words.filter((word) => /\d/u.test(word)).sort().join(' ') };
      this.read.set(sentence, found);
    }
    return found;
  }
}

interface WordsAndFigures {
  words: ReadonlySet<string>;
  figures: string;
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  return shared / Math.max(1, a.size + b.size - shared);
}

interface Line {
  sentence: Sentence;
  /** For a list's last shown item: "… và N mục khác". */
  more?: string;
  /** Set on a list's lead sentence's next line, so the lead carries no citation of its own. */
  leadOf?: Line;
}

/**
 * Keeps lists whole: a chosen sentence that announces a list (ends with ":") or is one item of a list brings the
 * whole list (when a list is asked for, or when it announces one), up to the list length limit. With `oneList` (the
 * criteria asked beside a yes or no), a later list as long as one shown is taken for its copy, however worded.
 */
function withWholeLists(chosen: readonly Candidate[], pool: readonly Candidate[], listAsked: boolean, texts: ComposeTexts | undefined, oneList = false): Line[] {
  const lines: Line[] = [];
  const used = new Set<Sentence>();
  const listsShown: Set<string>[][] = [];
  for (const entry of chosen) {
    if (used.has(entry.sentence)) continue;
    const sentence = entry.sentence;
    const announces = /:\s*$/u.test(sentence.text);
    if (!announces && !(listAsked && sentence.listItem)) {
      lines.push({ sentence });
      used.add(sentence);
      continue;
    }
    const samePassage = pool.filter((c) => c.sentence.passageRank === sentence.passageRank).map((c) => c.sentence);
    const at = samePassage.indexOf(sentence);
    let start = at;
    if (sentence.listItem) while (start > 0 && samePassage[start - 1]!.listItem) start--;
    const lead = !sentence.listItem ? sentence : start > 0 && /:\s*$/u.test(samePassage[start - 1]!.text) ? samePassage[start - 1] : undefined;
    const firstItem = sentence.listItem ? start : at + 1;
    const items: Sentence[] = [];
    for (let i = firstItem; i < samePassage.length && samePassage[i]!.listItem; i++) items.push(samePassage[i]!);
    if (items.length === 0) {
      lines.push({ sentence });
      used.add(sentence);
      continue;
    }
    // Another document's copy of a list already said is not said again.
    const itemWords = items.map((item) => new Set(sentenceWords(item.text)));
    const repeats = listsShown.some((shown) => shown.length === itemWords.length && (oneList || shown.every((words, i) => jaccard(words, itemWords[i]!) >= tuning.LIST_REPEAT_SHARE)));
    if (repeats) {
      [lead, ...items].forEach((s) => s && used.add(s));
      continue;
    }
    listsShown.push(itemWords);
    let budget = tuning.MAX_LIST_CHARS - (lead?.text.length ?? 0);
    const shown = items.filter((item) => (budget -= item.text.length + tuning.LIST_ITEM_MARK) >= 0 || item === items[0]);
    // "tiêu chí … gồm những gì" answered "• Tiêu chí 1 … • Tiêu chí 2 … • Tiêu chí 3 …" says first how many there are.
    const counted = !lead && shown.length === items.length && texts?.listCount ? countLead(items, texts.listCount) : undefined;
    const leadLine = counted ? { sentence: { ...sentence, text: counted, position: -1, listItem: false } } : lead && !used.has(lead) ? { sentence: lead } : undefined;
    if (leadLine) lines.push(leadLine);
    const itemLines: Line[] = shown.map((item) => ({ sentence: item }));
    if (leadLine && itemLines[0]) itemLines[0].leadOf = leadLine;
    const hidden = items.length - shown.length;
    if (hidden > 0 && texts?.moreItems) itemLines.at(-1)!.more = ` ${texts.moreItems.replace('{n}', String(hidden))}`;
    lines.push(...itemLines);
    [lead, ...items].forEach((s) => s && used.add(s));
  }
  return lines;
}

/** Items opening with the same words and numbers 1, 2, … in order ("Tiêu chí 1 …", "Tiêu chí 2 …"): how many, and what. */
const NUMBERED_ITEM = /^(\p{L}+(?: \p{L}+){0,2}) (\d+)(?!\d)/u;

/** The count lead of a whole numbered list ("Gồm 3 tiêu chí:"), or undefined when its items are not numbered 1 to N. */
function countLead(items: readonly Sentence[], template: string): string | undefined {
  if (items.length < 2) return undefined;
  const numbered = items.map((item) => NUMBERED_ITEM.exec(item.text));
  const item = numbered[0]?.[1];
  if (!item || !numbered.every((match, i) => match?.[1] === item && Number(match[2]) === i + 1)) return undefined;
  return fill(template, { count: String(items.length), item: item.toLowerCase() });
}

/**
 * True when the sentence names a subject of a kind the question names (a document, a year, a title, a place) but none
 * of the question's own of that kind: "Quyết định 281 … năm 2020 …" when QĐ 387 and 2025 are asked.
 */
function aboutOtherSubjects(sentence: string, asked: readonly Subject[], lexicon: Lexicon): boolean {
  if (asked.length === 0) return false;
  const id = (subject: Subject) => (subject.kind === 'group' ? subject.key : subject.kind === 'year' ? subject.year : subject.number);
  const named = subjectsOfSentence(sentence, lexicon);
  return [...new Set(asked.map((subject) => kindOf(subject, lexicon)))].some((kind) => {
    const own = new Set(asked.filter((subject) => kindOf(subject, lexicon) === kind).map(id));
    const theirs = named.filter((subject) => kindOf(subject, lexicon) === kind).map(id);
    return theirs.length > 0 && !theirs.some((subject) => own.has(subject));
  });
}

/**
 * Content words of `sentence` that the question does not already hold (digits count: they are news); an acronym counts
 * as the words its letters stand for ("UBND cấp huyện quyết định công nhận" tells who as much as "Ủy ban nhân dân …"),
 * unless the question spells it out ("ủy ban nhân dân …": "UBND: Ủy ban nhân dân" restates it).
 */
function newWords(sentence: string, question: string, questionWords: ReadonlySet<string>): number {
  const initials = sentenceWords(question).map((word) => word[0]).join('');
  const acronyms = new Map((sentence.match(ACRONYM) ?? []).map((acronym) => [foldText(acronym), [...acronym].length]));
  const count = (word: string) => (initials.includes(word) ? 1 : (acronyms.get(word) ?? 1));
  return [...new Set(sentenceWords(sentence))].reduce((sum, word) => sum + (questionWords.has(word) ? 0 : count(word)), 0);
}

/** Facets a sentence gives as a number: a date, a figure. */
const FIGURE_FACETS: readonly Facet[] = ['date', 'number'];

/** A numbering label of a legal text, written with its capital ("Điều 3", "Mục 2", "Điều 6–7"): its numbers are no
 * figure ("khoản 500 nghìn đồng" is an amount). */
const NUMBERING_LABEL = /(?<![\p{L}\p{N}])(?:Điều|Khoản|Mục|Chương|Phần)\s+\p{N}+(?:\s*(?:[–-]|,|và)\s*\p{N}+)*/gu;

/** True when the sentence holds a number the question does not ("2030" for "… vào năm nào"), numbering labels aside. */
function givesNewFigure(sentence: string, questionWords: ReadonlySet<string>): boolean {
  return (sentence.replace(NUMBERING_LABEL, ' ').match(/\p{N}+/gu) ?? []).some((figure) => !questionWords.has(figure));
}

/** A word written in capitals only, of two letters or more ("UBND", "GNLC"). */
const ACRONYM = /(?<![\p{L}\p{N}])\p{Lu}{2,}(?![\p{L}\p{N}])/gu;

function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.lastIndexOf(' ', max - 1);
  return `${text.slice(0, cut > max / 2 ? cut : max - 1)}…`;
}

/** "Vì vậy, Thông tư 44 … là quy định cũ" → "Thông tư 44 … là quy định cũ": the opening words that lean on a sentence not said. */
function withoutLeaningOpener(text: string, leansBack: PhraseSet | undefined): string {
  const length = leaningOpener(text, leansBack);
  if (length === 0) return text;
  return text.replace(openerOf(length), '').replace(/^\p{Ll}/u, (letter) => letter.toUpperCase());
}

/** The number of words of an opener of `openers` the text begins with, set apart by a comma ("Như vậy là …" reads on
 * without it), words following it; else 0. */
function leaningOpener(text: string, openers: PhraseSet | undefined): number {
  const words = wordsOf(text);
  const length = openers?.matchAt(words, 0, true) ?? 0;
  return length > 0 && words.length > length && openerOf(length).test(text) ? length : 0;
}

/** The first `length` words of a text and the comma after them. */
function openerOf(length: number): RegExp {
  return new RegExp(`^(?:[^\\p{L}\\p{N}]*[\\p{L}\\p{N}]+){${length}}\\s*,\\s*`, 'u');
}
