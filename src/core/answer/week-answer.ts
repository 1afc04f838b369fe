// "Tuần lễ năm nay …": answers about the Week of a resolved year from the staff calendar, the documents, or says it is not announced.
import { fill } from '../messages.js';
import type { Messages } from '../messages.js';
import { splitIntoSentences } from '../text/sentences.js';
import { foldText } from '../text/vietnamese.js';
import type { Passage, PassageSearch } from '../types.js';
import { formatDate } from './citations.js';
import { joinSides } from './join-sides.js';
import type { ComposedAnswer } from './extractive.js';
import { tenseOf, type WeekCalendarReader } from './relative-year.js';

/** What answering about one year's Week needs. */
export interface WeekAnswerDeps {
  search: PassageSearch;
  calendar?: WeekCalendarReader;
  messages: Messages;
  /** Composes an extractive answer to `question` from `passages`. */
  compose(question: string, passages: Passage[]): ComposedAnswer;
  /** The question asks the Week's theme: a calendar entry without one says the theme is not entered yet. */
  asksTheme?: boolean;
}

/**
 * The Weeks of several years set side by side ("lần này … so với năm ngoái"): each year's answer on its own line, from
 * the calendar, else composed from that year's passages (saying whether it is past or to come); sources numbered anew.
 * A year an earlier line already gave (as the last known year of one not announced) is not said again. A year's
 * answer already read (`week`) is not read again. `sides` holds each year said with its own answer.
 */
export function answerWeeksOfYears(
  deps: WeekAnswerDeps,
  question: string,
  years: readonly { year: number; week?: ReturnType<typeof answerWeekOfYear> }[],
  today: string,
): { answer: ComposedAnswer; passages: Passage[]; sides: { year: string; text: string }[] } {
  const sides: { year: number; answer: ComposedAnswer; passages: Passage[] }[] = [];
  for (const { year, week: read } of years) {
    const week = read ?? answerWeekOfYear(deps, question, year, today);
    const composed = 'text' in week ? week : deps.compose(`${question} năm ${year}`, week.passages);
    const tense = 'text' in week ? undefined : week.tense;
    const answer = tense ? { ...composed, text: withWeekTense(composed.text, year, tense, deps.messages) } : composed;
    // Read before the tense is told: the line of the last known year says none ("… năm 2025 diễn ra …").
    const first = splitIntoSentences(composed.text.replace(/\s*\[\d+\]/gu, ''))[0] ?? '';
    if (sides.some((side) => side.answer.text.includes(first))) continue;
    sides.push({ year, answer, passages: 'text' in week ? [] : week.passages });
  }
  return { answer: joinSides(sides), passages: sides.flatMap((side) => side.passages), sides: sides.map((side) => ({ year: String(side.year), text: side.answer.text })) };
}

/** How far back to look for the last year the calendar or the documents know. */
const YEARS_BACK = 8;

/**
 * The answer for the Week of `year` asked on `today`: the staff calendar's entry (with "đã/đang/sẽ diễn ra"); or, when
 * the documents cover that year, the passages about that year's Week (the answer is composed from them) and whether it
 * is past or to come when that is clear (see `withWeekTense`); or "not announced yet" with the last known year and the
 * rule.
 */
export function answerWeekOfYear(deps: WeekAnswerDeps, question: string, year: number, today: string): ComposedAnswer | { tense?: 'past' | 'future'; passages: Passage[] } {
  const entry = deps.calendar?.get(year);
  if (entry) return { text: calendarText(deps.messages, entry, today, deps.asksTheme === true), citations: [] };
  const known = weekPassages(deps.search, year);
  if (known.length > 0) return { tense: clearTense(year, today), passages: known };
  for (let known = year - 1; known >= year - YEARS_BACK; known--) {
    const earlier = deps.calendar?.get(known);
    if (earlier) return { text: `${fill(deps.messages.weekNotAnnounced, { year })}\n${calendarText(deps.messages, earlier, today, false)}`, citations: [] };
    const passages = weekPassages(deps.search, known);
    if (passages.length === 0) continue;
    const last = deps.compose(`${question} năm ${known}`, passages);
    return { text: `${fill(deps.messages.weekNotAnnounced, { year })}\n${fill(deps.messages.weekLastKnown, { year: known })} ${last.text}`, citations: last.citations };
  }
  return { text: fill(deps.messages.weekNotAnnounced, { year }), citations: [] };
}

/**
 * Says whether `year`'s Week is past or to come in an answer composed from the documents: in its first sentence when
 * that sentence says the Week of that year "diễn ra" ("… năm 2025 sẽ diễn ra từ ngày 1/10 …"), else in an opening
 * line before it.
 */
export function withWeekTense(text: string, year: number, tense: 'past' | 'future', messages: Messages): string {
  const said = messages.weekTense[tense];
  const first = splitIntoSentences(text)[0] ?? '';
  const verb = new RegExp(`(năm ${year}(?: \\([^)]*\\))? )diễn ra`, 'u');
  if (/^tuần lễ/iu.test(first) && verb.test(first)) return text.replace(verb, `$1${said}`);
  return `${fill(messages.weekYearLead, { year, tense: said })} ${text}`;
}

/** Past or future when it is clear without the exact dates: another year, or well before or after early October. */
function clearTense(year: number, today: string): 'past' | 'future' | undefined {
  const thisYear = Number(today.slice(0, 4));
  if (year !== thisYear) return year < thisYear ? 'past' : 'future';
  const monthDay = today.slice(5);
  return monthDay < WEEK_EARLIEST ? 'future' : monthDay > WEEK_LATEST ? 'past' : undefined;
}

/** The Week has always fallen between these days (MM-DD): from 1 October at the earliest to 8 October at the latest. */
const WEEK_EARLIEST = '10-01';
const WEEK_LATEST = '10-08';

function calendarText(messages: Messages, entry: { year: number; start: string; end: string; theme?: string }, today: string, asksTheme: boolean): string {
  const tense = tenseOf(entry.start, entry.end, today);
  const text = fill(messages.weekCalendar, {
    year: entry.year,
    tense: messages.weekTense[tense],
    start: formatDate(entry.start),
    end: formatDate(entry.end),
  });
  if (entry.theme) return `${text} ${fill(messages.weekTheme, { theme: entry.theme })}`;
  return asksTheme ? `${text} ${fill(messages.weekThemeNotSet, { year: entry.year })}` : text;
}

/** The passages of the Week's documents that talk about `year`'s Week. */
export function weekPassages(search: PassageSearch, year: number): Passage[] {
  const passages = search.search(`tuần lễ hưởng ứng học tập suốt đời năm ${year}`, { limit: 3 });
  const mentions = (p: Passage) =>
    splitIntoSentences(`${p.heading}. ${p.text}`).some((sentence) => {
      const folded = foldText(sentence);
      return folded.includes(String(year)) && folded.includes('tuan le');
    });
  return passages.some(mentions) ? passages.filter(mentions) : [];
}

/**
 * "tuần lễ năm nay diễn ra ngày nào, xã có phải báo cáo không": a message whose clauses ask the Week's dates or theme
 * (`asksWeek`) and something else besides, split into the Week's clauses (`week`, answered from the calendar) and the
 * others (`rest`, answered after it as its follow-up); undefined when every clause asks one or the other.
 */
export function splitWeekClauses(clauses: readonly string[], asksWeek: (clause: string) => boolean): { week: string; rest: string } | undefined {
  const ofWeek = clauses.map(asksWeek);
  const week = clauses.filter((_, i) => ofWeek[i]);
  const rest = clauses.filter((_, i) => !ofWeek[i]);
  return week.length > 0 && rest.length > 0 ? { week: week.join(', '), rest: rest.join(', ') } : undefined;
}
