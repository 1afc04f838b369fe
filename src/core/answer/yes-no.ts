// Yes/no about the asker's own case: compares the figure the resident gives with the threshold the rule states.
import { isYear } from '../text/years.js';
import { foldText, hasDiacritics } from '../text/vietnamese.js';
import type { Lexicon } from '../understand/lexicon.js';
import { documentMentions } from '../understand/documents-named.js';
import { gradesTold } from '../understand/grades.js';
import { wordsOf, type PhraseSet, type Word } from '../understand/words.js';
import { CLAIM_NEGATION_BEFORE, CLAIMED_FIGURE_WITHIN, RULE_GRADE_AFTER } from './tuning.js';

/** "không có chỉ số nào dưới 5": a floor for every part, folded. */
const NONE_BELOW = /(?:^|[^\p{L}])khong (?:duoc )?co [^.;\d]{0,30}?duoi\s*(\d+(?:[.,]\d+)*)\s*(%|[\p{L}]+)?/gu;
/** The same, told of the asker's case ("không có chỉ số nào dưới 5"). */
const NONE_BELOW_TOLD = new RegExp(NONE_BELOW.source, 'u');
/** Folded forms of "at least X": "ít nhất 80", "tối thiểu 80", "không dưới 80", "≥ 80", "từ 80 … trở lên", "không có
 * chỉ số nào dưới 5", "điểm tối thiểu để đạt … là 80", a target "phấn đấu có 70%"; then its unit. */
const AT_LEAST = [
  /(?:^|[^\p{L}])(?:it nhat|toi thieu|khong duoi|≥|>=)\s*(\d+(?:[.,]\d+)*)\s*(%|[\p{L}]+)?/gu,
  /(?:^|[^\p{L}])tu\s+(\d+(?:[.,]\d+)*)\s*(%|[\p{L}]+)?[^.;]*?tro len/gu,
  NONE_BELOW,
  /(?:^|[^\p{L}])(?:diem |muc )?(?:toi thieu|it nhat) [^.;\d]{0,40}?(?:la|bang)\s*(\d+(?:[.,]\d+)*)\s*(%|[\p{L}]+)?/gu,
  /(?:^|[^\p{L}])phan dau (?:co |dat )?(\d+(?:[.,]\d+)*)\s*(%|[\p{L}]+)?/gu,
];
/** "/100" right after a figure: a score out of a total. */
const OUT_OF_TOTAL = /^\/\d+/u;
/** The unit of a score, folded. */
const POINTS = 'diem';
/** A figure of the question and the word after it. */
const FIGURE = /(\d+(?:[.,]\d+)*)\s*(%|[\p{L}]+)?/gu;

/** A figure of a text and the word after it (its unit), where it stands in the folded text. */
export interface Amount {
  value: string;
  unit: string | undefined;
  at: number;
  /** A threshold written as a score out of a total ("80/100"): in points, whatever unit follows. */
  outOfTotal?: boolean;
  /** A floor for every part ("không có chỉ số nào dưới 5 điểm"), beside a total. */
  everyPart?: boolean;
}

/**
 * 'yes' when the question's figure meets the sentence's "at least" threshold, 'no' when it falls short, undefined when
 * either figure is missing or none is of the threshold's kind (points are not percent; "mức 1" is not a score), or for
 * years (neither figures of a case nor thresholds). Several figures of one kind meet as many thresholds of that kind
 * in order of size ("86 điểm, một chỉ số 4 điểm" against "ít nhất 80 điểm, không có chỉ số nào dưới 5 điểm"); 'partly'
 * when one figure meets the total of a rule also setting a floor for every part ("85 điểm" against the same rule).
 */
export function yesNoVerdict(question: string, rule: string, lexicon?: Lexicon, today?: string): 'yes' | 'no' | 'partly' | undefined {
  if (lexicon) {
    const level = atLevelAsked(question, rule, lexicon);
    if (!level) return undefined;
    ({ question, rule } = level);
  }
  const waited = waitVerdict(question, rule, lexicon, today);
  if (waited) return waited;
  if (lexicon) {
    const asker = ruleOfAsker(question, rule, lexicon);
    if (asker.own) return categoryVerdict(question, asker.rule);
    rule = asker.rule;
  }
  // "quyết định 324", "thông tư 25 … từ cấp xã trở lên": a document's number is no figure of a case nor a threshold.
  const ruleDocuments = documentNumbers(rule, lexicon);
  const thresholds = thresholdsOf(rule).filter((threshold) => !ruleDocuments.has(threshold.value));
  const questionDocuments = documentNumbers(question, lexicon);
  const figures = withShareOfCounts(amountsOf(question).filter((figure) => !questionDocuments.has(figure.value)));
  // A score out of a total ("tối thiểu 80/100") judges no figure in another unit of a case ("65 tuổi", `case-units`)
  // nor a head count ("2 đứa con", `head-count-units`).
  const folded = foldText(question);
  const countedIn = (figure: Amount, units: PhraseSet | undefined) => (units?.matchAt(wordsOf(folded.slice(figure.at + figure.value.length)), 0, false) ?? 0) > 0;
  const notAScore = (figure: Amount) => figure.unit !== undefined && figure.unit !== POINTS && (countedIn(figure, lexicon?.caseUnits) || countedIn(figure, lexicon?.headCountUnits));
  const fits = (figure: Amount, threshold: Amount) => sameKind(figure, threshold) && !(threshold.outOfTotal && notAScore(figure));
  for (const first of thresholds) {
    const kind = thresholds.filter((t) => sameKind(t, first));
    const mine = figures.filter((f) => fits(f, first));
    if (mine.length === 0) continue;
    // One figure meeting the total when the rule also sets a floor for every part ("85 điểm" against "tối thiểu 80/100
    // … không có chỉ số nào dưới 5 điểm") meets only what it tells, unless the asker tells the floor is met too.
    const floorUntold = kind.some((t) => t !== first && t.everyPart) && !NONE_BELOW_TOLD.test(folded);
    if (mine.length === 1) return numberOf(mine[0]!.value) < numberOf(first.value) ? 'no' : floorUntold ? 'partly' : 'yes';
    if (mine.length !== kind.length) return undefined;
    const bySize = (list: Amount[]) => list.map((a) => numberOf(a.value)).sort((a, b) => b - a);
    const wanted = bySize(kind);
    return bySize(mine).every((value, i) => value >= wanted[i]!) ? 'yes' : 'no';
  }
  return undefined;
}

/** The numbers of the documents a text names by kind and number ("quyết định 324", "tt25"): "324", "25". */
function documentNumbers(text: string, lexicon: Lexicon | undefined): Set<string> {
  if (!lexicon) return new Set();
  const words = wordsOf(text);
  return new Set(documentMentions(words, lexicon).map(({ end }) => /^\d+/u.exec(words[end - 1]!.folded)![0]));
}

/**
 * The rule's "at least" thresholds ("ít nhất 80 điểm", "từ 19 tuổi trở lên", "tối thiểu 80/100"), in the order written;
 * never years.
 */
function thresholdsOf(rule: string): Amount[] {
  const folded = foldText(rule);
  const outOfTotal = (m: RegExpMatchArray) => m[2] === undefined && OUT_OF_TOTAL.test(folded.slice(m.index! + m[0].length));
  return AT_LEAST.flatMap((pattern) => [...folded.matchAll(pattern)].map((m) => ({ value: m[1]!, unit: m[2], at: m.index!, outOfTotal: outOfTotal(m), everyPart: pattern === NONE_BELOW })))
    .filter((t) => !isYear(t.value))
    .sort((a, b) => a.at - b.at);
}

/** A threshold a question claims a rule sets ("cần đạt 80 điểm"), and whether a negation turns the claim round. */
export interface ClaimedThreshold {
  figure: Amount;
  negated: boolean;
  /** The question's words before the claim: whom it is claimed of ("trường mầm non của em có …"). */
  before: string;
}

/**
 * The thresholds the question claims a rule sets: a figure with its unit at most CLAIMED_FIGURE_WITHIN words after a
 * rule word (`rule-words`, with their marks in a message typed with them: "cán bộ" holds no "cần"; "cần đạt 80 điểm
 * đúng không", "phải có ít nhất 70% hả"), turned round by a negation at most CLAIM_NEGATION_BEFORE words before the rule
 * word ("không cần đạt 80 điểm à", "chẳng có cần …"). Read once per question, then judged against each rule.
 */
export function claimedThresholds(question: string, lexicon: Lexicon): ClaimedThreshold[] {
  const words = wordsOf(question);
  const negatedAt = (start: number) => words.slice(Math.max(0, start - CLAIM_NEGATION_BEFORE), start).some((_, i, before) => lexicon.negation.opens.matchAt(before, i, false) > 0);
  return lexicon.ruleWordsMarked.find(words, hasDiacritics(question)).flatMap(({ start, length }) => {
    const after = words.slice(start + length, start + length + CLAIMED_FIGURE_WITHIN).map((word) => word.text).join(' ');
    const figure = amountsOf(after)[0];
    return figure ? [{ figure, negated: negatedAt(start), before: words.slice(0, start).map((word) => word.text).join(' ') }] : [];
  });
}

/**
 * The claimed thresholds checked against the rule's threshold of their kind: 'right' when equal (or, negated, when
 * not), 'wrong' otherwise; undefined when none is claimed or the rule sets none of that kind. A claim of a kind of
 * asker the rule gives its own threshold, named before it ("trường mầm non của em có cần 95% người học …" against
 * "(cơ sở giáo dục: ít nhất 95% người học)"), is checked by that threshold; for anyone else ("với doanh nghiệp thì mức 1
 * cần 90% …, còn trường học thì …") the parentheses are no part of the rule.
 */
export function claimVerdict(claims: readonly ClaimedThreshold[], rule: string, lexicon?: Lexicon): 'right' | 'wrong' | undefined {
  for (const { figure, negated, before } of claims) {
    const thresholds = thresholdsOf(lexicon ? ruleOfAsker(before, rule, lexicon).rule : rule.replace(CATEGORY_SEGMENT, ''));
    const threshold = thresholds.find((t) => sameKind(t, figure) && t.unit !== undefined && figure.unit !== undefined);
    if (threshold) return (numberOf(threshold.value) === numberOf(figure.value)) !== negated ? 'right' : 'wrong';
  }
  return undefined;
}

/**
 * The part of a rule about the level the question names ("mức độ 2"), when the rule gives thresholds for several levels
 * ("mức độ 1 cần ít nhất 90% …, mức độ 2 cần ít nhất 95% …"): from that level's mention to the next one. The question
 * loses its level's number (no figure of the asker's case). Both unchanged when either names no level; undefined when
 * the rule is of one level only and the question asks another ("mức 2" against "mức độ 1 cần ít nhất 90% …").
 */
function atLevelAsked(question: string, rule: string, lexicon: Lexicon): { question: string; rule: string } | undefined {
  const pattern = levelPattern(lexicon);
  if (!pattern) return { question, rule };
  const asked = [...foldText(question).matchAll(pattern)];
  const levels = [...foldText(rule).matchAll(pattern)];
  const ruled = new Set(levels.map((m) => m[2]));
  if (asked.length === 1 && ruled.size === 1 && !ruled.has(asked[0]![2])) return undefined;
  if (asked.length !== 1 || ruled.size < 2) return { question, rule };
  const at = levels.findIndex((m) => m[2] === asked[0]![2]);
  if (at < 0) return { question, rule };
  const folded = foldText(rule);
  const end = levels.slice(at + 1).find((m) => m[2] !== asked[0]![2])?.index ?? folded.length;
  return { question: foldText(question).replace(pattern, ' $1'), rule: folded.slice(levels[at]!.index, end) };
}

const levelPatterns = new WeakMap<Lexicon, RegExp | undefined>();

/** "mức độ 2", "cấp độ 1": a level word of the lexicon and its number (group 2). */
function levelPattern(lexicon: Lexicon): RegExp | undefined {
  if (levelPatterns.has(lexicon)) return levelPatterns.get(lexicon);
  const words = lexicon.levelWords.map((phrase) => foldText(phrase).replace(/\s+/gu, '\\s+')).sort((a, b) => b.length - a.length);
  const pattern = words.length > 0 ? new RegExp(`(?<![\\p{L}\\p{N}])(${words.join('|')})\\s+(\\d+)(?![\\p{L}\\p{N}])`, 'gu') : undefined;
  levelPatterns.set(lexicon, pattern);
  return pattern;
}

/** "ít nhất 12 tháng kể từ …", "sau ít nhất 1 năm kể từ …": a wait the rule requires, in months or years. */
const AT_LEAST_WAIT = /(?:it nhat|toi thieu|du|qua)\s+(\d+)\s+(thang|nam)\s+(?:ke tu|tinh tu)/u;
/**
 * A month of a case: "tháng 5/2025", "5/2025", "tháng 3 năm 2025" (groups 1–2), or "tháng 3" (group 3) with the words
 * after it (group 4), which may name a relative year ("tháng 3 năm nay", "tháng 10 năm ngoái").
 */
const MONTH = /(?:thang\s+)?(\d{1,2})\s*(?:\/|nam\s+)((?:19|20)\d\d)(?!\d)|(?<![\p{L}\p{N}])thang\s+(\d{1,2})(?![\d/])((?:\s+\p{L}+){0,3})/gu;

/**
 * A rule requiring a wait ("mức độ 2 … sau ít nhất 12 tháng kể từ quyết định công nhận mức độ 1") against a question
 * giving two months ("công nhận mức 1 tháng 5/2025, tháng 1/2026 nộp mức 2 được chưa"; "hồi tháng 3 năm nay, giờ tháng
 * 9 xin mức 2 được không": a relative year counted from `today`, a month without a year in `today`'s), or one month and
 * asked `today` (YYYY-MM-DD: "công nhận mức độ 1 hồi tháng 3/2025. Giờ đăng ký mức độ 2 được chưa?"): yes when the
 * months between them reach the wait, else no; undefined when the rule requires no wait or the months are not given.
 */
function waitVerdict(question: string, rule: string, lexicon: Lexicon | undefined, today?: string): 'yes' | 'no' | undefined {
  const wait = AT_LEAST_WAIT.exec(foldText(rule));
  if (!wait) return undefined;
  const now = today ? Number(today.slice(0, 4)) * 12 + Number(today.slice(5, 7)) - 1 : undefined;
  const months = [...foldText(question).matchAll(MONTH)].flatMap((m) => {
    const month = Number(m[1] ?? m[3]);
    if (month < 1 || month > 12) return [];
    if (m[2] !== undefined) return [Number(m[2]) * 12 + month - 1];
    return now === undefined ? [] : [monthWithoutYear(month, m[4] ?? '', now, lexicon)];
  });
  if (months.length === 1 && now !== undefined) months.push(now);
  if (months.length !== 2) return undefined;
  const required = Number(wait[1]) * (wait[2] === 'nam' ? 12 : 1);
  return Math.abs(months[1]! - months[0]!) >= required ? 'yes' : 'no';
}

/**
 * A month typed without a year, counted from `now` (a month count, year × 12 + month − 1): in the relative year its next
 * words name ("tháng 3 năm nay", "tháng 10 năm ngoái"), else the last such month up to now ("tháng 9" asked in December
 * is this September; asked in March, last September).
 */
function monthWithoutYear(month: number, next: string, now: number, lexicon: Lexicon | undefined): number {
  const thisYear = Math.floor(now / 12);
  const words = next.trim().split(/\s+/u);
  for (let length = words.length; length >= 2; length--) {
    const offset = lexicon?.relativeYearValue.get(words.slice(0, length).join(' '));
    if (typeof offset === 'number') return (thisYear + offset) * 12 + month - 1;
  }
  const inThisYear = thisYear * 12 + month - 1;
  return inThisYear <= now ? inThisYear : inThisYear - 12;
}

/** "(cơ sở giáo dục: ít nhất 95% người học)": a threshold for one kind of asker, its label before the colon. */
const CATEGORY_SEGMENT = /\(([^():]+):([^()]*)\)/gu;

function categorySegments(rule: string): { label: string; body: string }[] {
  return [...rule.matchAll(CATEGORY_SEGMENT)].map((m) => ({ label: foldText(m[1]!.trim()), body: m[2]! }));
}

/**
 * The kind of asker the question names that the rule gives its own threshold for ("trường em" against "(cơ sở giáo
 * dục: ít nhất 95% người học)"), as the folded label; undefined when there is none. Only such a rule may judge that
 * asker: a rule without the parentheses speaks of others.
 */
export function askersKind(question: string, rule: string, lexicon: Lexicon): string | undefined {
  const labels = new Set(categorySegments(rule).map((s) => s.label));
  if (labels.size === 0) return undefined;
  const asked = wordsOf(question);
  return lexicon.ruleCategories.find((category) => labels.has(category.label) && category.words.find(asked, false).length > 0)?.label;
}

/**
 * The rule as it applies to whoever `asker` names: the bodies of the parentheses the rule gives that kind of asker
 * (`own`: "(cơ sở giáo dục: ít nhất 95% người học)" for "trường em …"), else the rule without any such parentheses.
 */
function ruleOfAsker(asker: string, rule: string, lexicon: Lexicon): { rule: string; own: boolean } {
  const named = askersKind(asker, rule, lexicon);
  if (!named) return { rule: rule.replace(CATEGORY_SEGMENT, ''), own: false };
  return { rule: categorySegments(rule).filter((s) => s.label === named).map((s) => s.body).join(' ; '), own: true };
}

/**
 * The verdict against the thresholds a rule gives one kind of asker (every figure of those parentheses, "ít nhất" or
 * not): yes only when the asker's figure meets all of them, no only when it meets none, else undecided — the
 * question may not say which level it asks about.
 */
function categoryVerdict(question: string, bodies: string): 'yes' | 'no' | undefined {
  const figures = amountsOf(question);
  const thresholds = amountsOf(bodies);
  const mine = figures.filter((f) => thresholds.some((t) => sameKind(f, t)));
  if (mine.length !== 1) return undefined;
  const values = thresholds.filter((t) => sameKind(t, mine[0]!)).map((t) => numberOf(t.value));
  const value = numberOf(mine[0]!.value);
  if (values.every((threshold) => value >= threshold)) return 'yes';
  if (values.every((threshold) => value < threshold)) return 'no';
  return undefined;
}

/**
 * 'yes' when every attribute the question grades ("học lực trung bình, hạnh kiểm khá") meets the grade the rule
 * requires of it ("học lực từ trung bình trở lên, hạnh kiểm từ "Khá" trở lên"; `grades` in answer-evidence.yaml), 'no'
 * when one falls short; undefined when they grade no attribute in common.
 */
export function gradeVerdict(question: string, rule: string, lexicon: Lexicon | undefined): 'yes' | 'no' | undefined {
  if (!lexicon) return undefined;
  const required = requiredGrades(wordsOf(rule), lexicon);
  if (required.size === 0) return undefined;
  const judged = gradesTold(wordsOf(question), lexicon).filter(({ attribute }) => required.has(attribute));
  if (judged.length === 0) return undefined;
  return judged.every(({ attribute, rank }) => rank >= required.get(attribute)!) ? 'yes' : 'no';
}

/** "<attribute> từ [loại] <grade> trở lên" in a rule: the rank required of each attribute (by the line of its data). */
function requiredGrades(words: readonly Word[], lexicon: Lexicon): Map<number, number> {
  const { ranks, rankOf, attributes, attributeOf } = lexicon.grades;
  const required = new Map<number, number>();
  const attributeEnds = attributes.find(words, false).map((match) => ({ end: match.start + match.length, line: attributeOf.get(match.phrase)! }));
  for (const grade of ranks.find(words, false)) {
    let at = grade.start - 1;
    while (at >= 0 && at >= grade.start - RULE_GRADE_AFTER - 1 && words[at]!.folded !== 'tu') at--;
    const upward = words.slice(grade.start + grade.length, grade.start + grade.length + 2).map((word) => word.folded).join(' ') === 'tro len';
    if (at < 0 || words[at]!.folded !== 'tu' || !upward) continue;
    const attribute = attributeEnds.find(({ end }) => end === at);
    if (attribute) required.set(attribute.line, rankOf.get(grade.phrase)!);
  }
  return required;
}

/** The fewest words of what the asker lacks that must appear in the rule, in order, for the rule to be about it. */
const LACKED_MIN_WORDS = 3;

/**
 * 'no' when the asker says they lack what the rule sentence requires ("không đạt danh hiệu Tập thể lao động tiên tiến"
 * against "phải đạt danh hiệu Tập thể lao động tiên tiến trở lên"): at least three words after the lacking words
 * stand in the rule as they follow each other, after a word of `requires` — after a `lacked-kinds` word too, which the
 * rule may write elsewhere ("chưa có danh hiệu lao động tiên tiến" against "… danh hiệu "Tập thể lao động tiên tiến"";
 * "chưa có danh hiệu gia đình học tập, muốn đăng ký …" lacks nothing "Giấy đăng ký Gia đình học tập … cần có"
 * requires) — and no rule of another tier than the one asked (`tiers`: "cấp tỉnh" judges no "cấp huyện"). Undefined
 * otherwise.
 */
export function lackVerdict(question: string, rule: string, lexicon: Lexicon | undefined): 'no' | undefined {
  const lacks = lexicon?.evidence.get('lacks');
  const requires = lexicon?.evidence.get('requires');
  const kinds = lexicon?.evidence.get('lacked-kinds');
  if (!lacks || !requires) return undefined;
  const ruleWords = wordsOf(rule);
  const required = requires.find(ruleWords, true);
  if (required.length === 0) return undefined;
  const firstRequired = Math.min(...required.map((match) => match.start + match.length));
  const ruleFolded = ruleWords.map((w) => w.folded);
  const requiredAt = (run: readonly string[]) => ruleFolded.some((_, at) => at >= firstRequired && run.every((word, k) => ruleFolded[at + k] === word));
  const asked = wordsOf(question);
  const tiersOf = (words: readonly Word[]) => new Set((lexicon?.evidence.get('tiers')?.find(words, false) ?? []).map(({ phrase }) => phrase));
  const [tiersAsked, tiersRuled] = [tiersOf(asked), tiersOf(ruleWords)];
  if (tiersAsked.size > 0 && tiersRuled.size > 0 && ![...tiersRuled].some((tier) => tiersAsked.has(tier))) return undefined;
  for (const { start, length } of lacks.find(asked, false)) {
    const kind = kinds?.matchAt(asked, start + length, false) ?? 0;
    for (const skipped of kind > 0 ? [0, kind] : [0]) {
      const lacked = asked.slice(start + length + skipped, start + length + 8).map((w) => w.folded);
      for (let n = lacked.length; n >= LACKED_MIN_WORDS; n--) if (requiredAt(lacked.slice(0, n))) return 'no';
    }
  }
  return undefined;
}

/**
 * The opener of a verdict, with the verb the question asks with when it names one (the last of the lexicon's verdict
 * predicates: "thì có đạt không" → "Chưa đạt.", "đăng ký được không" → "Chưa được."), else the plain yes / no.
 */
export function verdictWording(
  question: string,
  verdict: 'yes' | 'no',
  texts: { yes: string; no: string; yesAs?: string; noAs?: string },
  lexicon: Lexicon | undefined,
): string {
  const template = verdict === 'yes' ? texts.yesAs : texts.noAs;
  const found = lexicon?.verdictPredicates.find(wordsOf(question), false).at(-1);
  const predicate = found && lexicon?.verdictPredicateText.get(found.phrase);
  if (!template || !predicate) return verdict === 'yes' ? texts.yes : texts.no;
  return template.replace('{predicate}', predicate).replace('{Predicate}', predicate.charAt(0).toUpperCase() + predicate.slice(1));
}

/** "từ 19 đến 60 tuổi", "19–60 tuổi": a range a rule covers, and its unit (as written, lower case). */
const RANGE = /(\d+)\s*(?:đến|tới|[-–])\s*(\d+)\s+(\p{L}+)/gu;

/** A case figure outside the range a rule covers: the figure, the range and its unit as the rule writes it. */
export interface OutsideRange {
  figure: string;
  from: string;
  to: string;
  unit: string;
}

/**
 * The asker's figure when it lies above the one range of its unit the rule covers ("mẹ mình 65 tuổi" against "người
 * từ 19 đến 60 tuổi …"): the rule is not about that case. Undefined when the figure is inside or below (a figure below
 * the range often falls under another part of the same rule: "con mình 15 tuổi" under the children's group), when the
 * rule gives no range of that unit or several, or when the question gives no figure of that unit or several.
 */
export function outsideRange(question: string, rule: string): OutsideRange | undefined {
  const above = casesAgainstRanges(question, rule).find(({ value, to }) => value > numberOf(to));
  return above && { figure: above.figure, from: above.from, to: above.to, unit: above.unit };
}

/**
 * True when the asker's figure lies below the one range of its unit the rule covers ("con mình 16 tuổi" against "người
 * từ 19 đến 60 tuổi …"): another part of the rules speaks of that case (the children's group), not this one.
 */
export function belowRange(question: string, rule: string): boolean {
  return casesAgainstRanges(question, rule).some(({ value, from }) => value < numberOf(from));
}

/** For each unit of which the rule gives one range and the question one figure: that figure (and its value) and range. */
function casesAgainstRanges(question: string, rule: string): (OutsideRange & { value: number })[] {
  const figures = amountsOf(question);
  const ranges = [...rule.toLowerCase().matchAll(RANGE)].filter((m) => !isYear(m[1]!) && !isYear(m[2]!));
  return [...new Set(ranges.map((m) => foldText(m[3]!)))].flatMap((unit) => {
    const mine = figures.filter((f) => f.unit === unit);
    const of = ranges.filter((m) => foldText(m[3]!) === unit);
    if (mine.length !== 1 || of.length !== 1) return [];
    const [, from, to, written] = of[0]!;
    return [{ figure: mine[0]!.value, value: numberOf(mine[0]!.value), from: from!, to: to!, unit: written! }];
  });
}

/** Dates: "12/2024" (a month of a year), "1/10", "03/06/2022". */
const DATE = /(?<![\d.,/])\d{1,2}\/\d{1,4}(?:\/\d{2,4})?(?![\d/])/gu;

/**
 * The figures of a text with the word after each, years and dates left out (a year or "12/2024" is neither a case's
 * figure nor a threshold).
 */
function amountsOf(text: string): Amount[] {
  return [...foldText(text).replace(DATE, (date) => ' '.repeat(date.length)).matchAll(FIGURE)].map((m) => ({ value: m[1]!, unit: m[2], at: m.index })).filter((f) => !isYear(f.value));
}

/**
 * "có 100 người, trong đó 92 người là Công dân học tập": a case told as two counts of the same thing and no percentage
 * also gives the share, the smaller of the larger (92%), for a threshold written in percent.
 */
function withShareOfCounts(figures: Amount[]): Amount[] {
  if (figures.some((f) => f.unit === '%' || f.unit === 'phan')) return figures;
  const counted = figures.filter((f) => f.unit !== undefined);
  if (counted.length !== 2 || counted[0]!.unit !== counted[1]!.unit) return figures;
  const [part, whole] = counted.map((f) => numberOf(f.value)).sort((a, b) => a - b) as [number, number];
  if (whole === 0 || part === whole) return figures;
  return [...figures, { value: String(Math.floor((part / whole) * 1000) / 10), unit: '%', at: Math.max(counted[0]!.at, counted[1]!.at) }];
}

/** Percent only with percent; a unit word only with the same word (a figure or threshold without one fits any). */
function sameKind(a: Amount, b: Amount): boolean {
  const percent = (unit: string | undefined) => unit === '%' || unit === 'phan';
  if (percent(a.unit) || percent(b.unit)) return percent(a.unit) === percent(b.unit);
  return a.unit === undefined || b.unit === undefined || a.unit === b.unit;
}

/** "1.500" and "1,500" are thousands in Vietnamese writing when three digits follow; "2,5" is a decimal. */
function numberOf(text: string): number {
  if (/^\d{1,3}(?:[.,]\d{3})+$/u.test(text)) return Number(text.replace(/[.,]/gu, ''));
  return Number(text.replace(',', '.'));
}
