// The user-facing texts the core needs (loaded from prompts/messages.yaml) and a tiny template filler.
import type { Facet, SmallTalkKind } from './understand/lexicon.js';

/** Every Vietnamese text the bot says on its own behalf. */
export interface Messages {
  /** /start greeting; says the bot is an automated assistant. */
  welcome: string;
  help: string;
  /** Out-of-scope or too-weak evidence: what the bot can help with, and where to ask instead. */
  refusal: string;
  /** Prompt injection or requests for secrets, prompts or personal data. */
  refusalAttack: string;
  /** A document named by a number no indexed text carries; {document} is what the resident typed. */
  unknownDocument: string;
  /** Before an answer about the document a mistyped number most likely meant: {document} as typed, {name} the document's. */
  documentCorrected: string;
  /** A province or other place in Vietnam the question asks about that the documents say nothing of ({place}). */
  unknownPlace: string;
  /** A country abroad the documents say nothing of: {place}. */
  unknownCountry: string;
  /** Asked what an abbreviation stands for ({abbreviation}, as typed) that no document explains. */
  unknownAbbreviation: string;
  /** Asked whether the asker's own (or a named) unit holds a title: the documents list no recognised unit. */
  noLocalStatus: string;
  /** Asked an amount of money (a fee, a bonus, a budget) no passage gives. */
  noMoneyFigures: string;
  /** Said after an answer to the rest of a message that also asks an amount of money no passage gives. */
  noMoneyFiguresBesides: string;
  /** A material benefit asked that no passage names. */
  noBenefits: string;
  /** Asked whether taking part is compulsory or punished, and no passage says. */
  noObligations: string;
  /** Asked how many of something there are ("bao nhiêu doanh nghiệp …") and no passage gives that count. */
  noCountFigure: string;
  /** Asked Loa's own opinion, a prediction or a ranking (refused before any search, `opinion` in refuse.yaml). */
  noOpinion: string;
  /** Asked to act for the resident (register, grade, submit, recognise) and nothing found on doing it: Loa cannot. */
  cannotAct: string;
  /** The same before what the documents say of doing it. */
  cannotActLead: string;
  /** Asked a title's figure for one place ({place}) whose passages give none: not answered with other figures. */
  noPlaceFigures: string;
  /** A figure asked of a commune, ward or village the documents hold none for. */
  noLocalFigures: string;
  empty: string;
  tooLong: string;
  unsupported: string;
  flood: string;
  error: string;
  sourcesHeading: string;
  /** Template with {reference} and {by}. */
  supersededNote: string;
  /** The same with {since}, the date the replacing document took effect, when the index knows it. */
  supersededNoteSince: string;
  /** {by} of supersededNote when the replacing document is not named. */
  newerDocument: string;
  districtCaveat: string;
  /** 👍/👎 button labels under answers and the thanks replies. */
  feedbackUpLabel: string;
  feedbackDownLabel: string;
  feedbackThanksUp: string;
  feedbackThanksDown: string;
  /** Under answers on channels without buttons (Zalo): how to give 👍/👎. */
  feedbackPrompt: string;
  /** Button data of a turn that is not this chat's (another session, an old page): answered, never taken as a question. */
  feedbackStale: string;
  /** Above quick replies listed as text on channels without buttons. */
  suggestionsHeading: string;
  /** Sent with a moderator's correction; {question} is the resident's question. */
  correctionIntro: string;
  /** Bot commands and their menu descriptions (Telegram shows them in the "/" menu). */
  commands: Record<string, string>;
  /** Labels of the quick-reply buttons offered with /start. */
  quickReplies: string[];
  /** Replies to small talk, one per kind (`SMALL_TALK_KINDS`: greeting, thanks, banter, complaint, privacy …). */
  smallTalk: Record<SmallTalkKind, string>;
  /** To a message that asks and requests nothing and finds nothing ("hôm nay mệt quá"): heard, and what Loa answers. */
  toldNotAsked: string;
  /** To a question about no subject ("sao vậy ad ơi", "là gì"): what it is about, with examples. */
  askWhatAbout: string;
  /** After a list cut at the length limit; {n} is the number of items left out. */
  moreItems: string;
  /** Before a numbered list said whole ("Gồm {count} {item}:", "Gồm 3 tiêu chí:"). */
  listCount: string;
  /** Openers of yes/no answers about the asker's own case. */
  answerYes: string;
  answerNo: string;
  /** The same with the question's own verb: {predicate} / {Predicate} (capitalised). */
  answerYesAs: string;
  answerNoAs: string;
  answerUnconfirmed: string;
  /** A yes/no whose case figure lies outside the range the rule covers: {figure}, {from}, {to}, {unit}. */
  answerOutsideRange: string;
  /** A yes about the case asked, when the rule's passage names another requirement the question does not mention. */
  answerAlsoRequired: string;
  /** A yes from the grades the resident tells ("học lực trung bình, hạnh kiểm khá"): one criterion met, others count. */
  answerGradeMet: string;
  /** A yes/no checking a threshold the resident heard ("cần đạt 80 điểm đúng không"): it is the rule's. */
  answerClaimRight: string;
  /** The same when the threshold heard is not the rule's ("cần đạt 90 điểm đúng không"). */
  answerClaimWrong: string;
  /** Two years compared by when they opened: both on one day ({first}, {second}, {date}). */
  openingSame: string;
  /** The same when one opened first: {early}, {late}, {earlyDate}, {lateDate}. */
  openingEarlier: string;
  /** The Week of a year from the staff calendar: {year}, {tense}, {start}, {end}; {theme} in weekTheme. */
  weekCalendar: string;
  weekTheme: string;
  /** Asked the theme of a year the staff calendar has without one: {year}. */
  weekThemeNotSet: string;
  weekTense: { past: string; current: string; future: string };
  /** A year's Week that neither the calendar nor the documents know: {year}; then weekLastKnown with {year}. */
  weekNotAnnounced: string;
  weekLastKnown: string;
  /** A past year's Week the documents do not cover (its dates or theme asked outright: "chủ đề tuần lễ năm 2019"): {year}. */
  weekYearNotInDocuments: string;
  /** Before the nearest figures, when a figure is asked for a year ("năm nay") no passage names: {year}. */
  yearNotInDocuments: string;
  /** Before the figures given, when a count is asked of several places and some have none in the documents: {places}. */
  countPlacesMissing: string;
  /** Before the targets, when a figure asked as achieved is given only as a target. */
  actualNotInDocuments: string;
  /** The same when the whole country's figure is asked ("cả nước"): the documents have only targets and some cities' figures. */
  nationalActualNotInDocuments: string;
  /** Opens an answer from the documents about a resolved year's Week: {year}, {tense}. */
  weekYearLead: string;
  /** Grounded prompt lines: today's date ({date}, {year}) and what is asked ({facets}, from facetLabels). */
  groundedToday: string;
  groundedFacets: string;
  facetLabels: Record<Facet, string>;
  /** A named document's card, said first when its date, purpose or name is asked: {name}, {date}, {effective}, {title}. */
  documentCard: string;
  /** The card's {effective} part when the document took effect on another day than it was issued: {date}. */
  documentCardEffective: string;
  /**
   * Asked who did an act of a named document ("ai ký") that no passage found names for it: who did its stand-in ("ban
   * hành") and when, and that the documents do not say who did the act: {name}, {issuer}, {standIn}, {date}, {act}.
   */
  actByIssuer: string;
}

/** The feedback texts in the shape core/feedback.ts uses. */
export function feedbackTexts(messages: Messages): { upLabel: string; downLabel: string; thanksUp: string; thanksDown: string; stale: string } {
  return {
    stale: messages.feedbackStale,
    upLabel: messages.feedbackUpLabel,
    downLabel: messages.feedbackDownLabel,
    thanksUp: messages.feedbackThanksUp,
    thanksDown: messages.feedbackThanksDown,
  };
}

/** Replaces {name} placeholders with values; unknown placeholders are left as they are. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/gu, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
