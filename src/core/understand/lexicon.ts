// The language knowledge behind question understanding (loaded from prompts/language/*.yaml), compiled for matching.
import { fold } from '../text/vietnamese.js';
import { clauseBoundary, typedFaces } from './clause-boundary.js';
import { compileForms, type FormSet, type PhraseForm } from './phrase-forms.js';
import { compileSmallTalkPhrases, SMALL_TALK_KINDS, type SmallTalkKind, type SmallTalkPhrases } from './small-talk-phrases.js';
import { compileSpokenNumbers, type SpokenNumbersData, type SpokenNumberWords } from './spoken-numbers.js';
import { compileTyping, type Typing, type TypingData } from './typing.js';
import { compilePhrases, wordsOf, type PhraseSet, type Word } from './words.js';

/** What a question asks; an answer is composed to carry each facet asked. */
export type Facet = 'definition' | 'document' | 'date' | 'place' | 'number' | 'theme' | 'procedure' | 'list' | 'reason' | 'comparison' | 'yesno';

export const FACETS: readonly Facet[] = ['definition', 'document', 'date', 'place', 'number', 'theme', 'procedure', 'list', 'reason', 'comparison', 'yesno'];

export { SMALL_TALK_KINDS, type SmallTalkKind } from './small-talk-phrases.js';

/** A relative year: an offset from this year, or the next Week that has not ended yet. */
export type RelativeYear = number | 'next';

/** Compiled patterns of prompts/language/guards.yaml (regular expressions on folded text). */
export interface TextGuards {
  /** Messages trying to change the rules or to get prompts, keys, configuration or someone's personal data. */
  attacks: readonly RegExp[];
  /** Document text giving the assistant orders. */
  instructions: readonly RegExp[];
  /** Document text asking residents for money. */
  payments: readonly RegExp[];
}

/** The language data files as read (see prompts/language/). */
export interface LanguageData {
  shorthand: {
    words: Record<string, string>;
    phrases: Record<string, string>;
    /** The holders of titles (`described-titles`: "nhà", "dòng họ", "thôn", "cơ quan"). */
    titleHolders: string[];
    /** Phrases of `phrases` matched with their accents in a message typed with diacritics ("ở xa ham học" is no "xã"). */
    exactPhrases: string[];
    /** Words after a second holder that open a clause of its own ("người ta"), not a list. */
    notListedBefore: string[];
    /** Acts of the campaign a comma lists ("đánh giá, công nhận"). */
    listedActs: string[];
    /**
     * Words and phrases expanded only when typed with exactly these diacritics: typed bare they are other common words
     * (regional "răng" is "sao", but "rang" is "rằng"; "ngày mô" is "ngày nào", but "ngay mo" is "ngày mở").
     */
    asTyped: Record<string, string>;
    /**
     * `accented`: read by the word before only in a clause typed with diacritics, that word as typed (bare, "la chi
     * Thao" is "là chị"; "cô Chi" is no "có chi"); `bare-at-end`: words before that read it in a clause typed without
     * diacritics when it ends the clause, closing words aside ("don vi hoc tap la chi" asks what it is).
     */
    ambiguous: { words: string[]; default: string; meaning: string; after: string[]; before: string[]; accented: boolean; 'bare-at-end': string[]; near: string[]; 'near-within': number; 'near-not-after': string[] }[];
    gluedDocumentKinds: string[];
    /** Unit glued to a figure → the unit spelled out ("78đ" → "78 điểm"). */
    gluedUnits: Record<string, string>;
    /** Month word glued before the month's number ("t10", "thg12") → the word spelled out. */
    gluedMonths: Record<string, string>;
    /** Of those, the words that also make weekdays 2–7 ("t7" is thứ bảy). */
    gluedWeekdayWords: string[];
    /** Abbreviations written with a period that ends no sentence ("q. Gò Vấp", "p. Tân Định") → what they stand for. */
    abbreviationStops: Record<string, string>;
    /** Endings of web addresses and file names ("vn", "pdf"): a period glued before one ends no sentence. */
    webEndings: string[];
    /** Faces typed with punctuation (":D", "^^"): a clause boundary like an emoji, alone or right after a word. */
    emoticons: string[];
    /** "viết tắt", "ký hiệu": after these (and just before, across `joiners`) an abbreviation is asked about and stays as typed. */
    abbreviationAsked: { markers: string[]; joiners: string[] };
  };
  filler: {
    phrases: string[];
    starts: string[];
    ends: string[];
    accented: string[];
    askerWords: string[];
    introductions: string[];
    /** "nghe mấy cô chú trong hội nói": who the resident heard it from, between an opening and a closing word. */
    hearsay: { opens: string[]; closes: string[]; within: number };
    /** "chị trưởng phòng hỏi", "thầy hiệu trưởng bảo": who asked the resident to ask, opening a clause. */
    askedBy: { opens: string[]; closes: string[]; within: number };
    /** "nhờ cháu": someone giving the asker a task, a verb then the asker's words or one of `doers`. */
    tasksGiven: { verbs: string[]; doers: string[] };
    /** "em cần viết …": the asker's own task, a need then a verb of doing; verbs of comparing, and the words of a request
     * to the bot that make the clause ask after all. */
    ownTask: { needs: string[]; verbs: string[]; comparing: string[]; notWith: string[]; purposes: string[] };
    /** Who asked, typed bare: the closes read there, openers not read, and words a close may not come after or before. */
    askedByBare: { closes: string[]; notOpens: string[]; notAfter: string[]; notBefore: string[] };
    /** "hkh hỏi:": words ending with an asking word before a colon opening the message, at most `within`; bare "hoi"
     * right after a `bareNotAfter` word is "hội" ("chi hoi"). */
    speakerTag: { closes: string[]; within: number; bareNotAfter: string[] };
    /** "để làm bài tập", "để làm báo cáo": what the resident needs the answer for, from there to the clause's end. */
    purposes: string[];
    /** "mà", "nhưng": what the resident adds after a question, from there to the clause's end ("… mà báo không ghi đủ"). */
    asides: string[];
    /** "không trả lời được": an aside right after a question word saying only that the asker could not answer. */
    asidesUnknowing: string[];
    /** "chứ không phải": what the resident says is not asked, from there to the end of a clause; `closes` ("đâu") end it without asking. */
    notAsked: { openers: string[]; closes: string[]; clauseOpens: string[]; clauseCloses: string[] };
    /** "hôm qua", "lần trước": a clause holding one tells what happened before. */
    pastMarkers: string[];
    /** "tưởng", "cứ tưởng": opening a clause after the asker's word, what the resident thought and now doubts. */
    beliefs: string[];
    /** "để": the asker's voice after one, past a question word, says what the answer is for. */
    purposeOpeners: string[];
    /** "mà", "giờ", "cần": a clause holding one speaks of now, whatever past it tells. */
    nowMarkers: string[];
    /** A message correcting itself as it goes ("năm 2024 à nhầm 2023"): see self-correction.ts. */
    selfCorrections: {
      markers: string[];
      pauseMarkers: string[];
      bareMarkers: string[];
      leads: string[];
      closers: string[];
      /** Pause markers made of an opener, an asker's word or none, and a slip ("à em nhầm, …", "xin lỗi mình gõ nhầm, …"). */
      forms: { openers: string[]; askers: string[]; slips: string[] };
    };
    /** Where clauses break in a long stretch typed without punctuation (run-on.ts). */
    runOn: { minWords: number; endsAfter: string[]; greetings: string[]; greeted: string[]; speakers: string[]; toldAfterSpeaker: string[]; beginsBefore: string[]; pauses: string[]; addressees: string[]; joins: string[]; unknowing: string[]; askedByNotAfter: string[] };
  };
  smallTalk: Record<SmallTalkKind, string[]>;
  /** What the bot can do asked in either order of its parts: each verb with each thing asked and a word of `able` before
   * or after it ("giúp được gì", "giúp gì được"), alone or after a word of `before` ("có thể …"), counted as
   * `capabilities` too; after a word of `forWhom` ("cho"), the rest of the clause names who would be helped. */
  capabilitiesForms: { verbs: string[]; asks: string[]; able: string[]; before: string[]; botOnly: string[]; helped: string[]; forWhom: string[]; addressed: string[] };
  /** Small-talk phrases that count only with their exact accents when the message has diacritics. */
  smallTalkAccented: string[];
  /** Words joining two small-talk phrases ("bạn là ai và giúp được gì"). */
  smallTalkJoiners: string[];
  /** "của cơ quan nào", "thuộc đơn vị nào": more asked of who the bot is, counted only right after asking who or what
   * it is in the same message ("bạn là ai vậy, của cơ quan nào thế"). */
  identityMore: string[];
  /** "có hỏi được về … không": whether a topic may be asked about, counted only right after asking what the bot can do
   * in the same message; the words between name only subjects. */
  capabilitiesTopics: { opens: string[]; closes: string[] };
  /** "được không" after "cho mình hỏi chút": asking leave to ask, at the end of a message. */
  leaveAsking: string[];
  /** The words of asking ("hỏi", "hỏi chút") that leave-asking words must follow. */
  leaveAskingAfter: string[];
  /** "sao mà", "răng mà": before praise they exclaim, not ask ("sao mà bạn trả lời hay vậy" thanks). */
  praiseOpeners: string[];
  /** "đã" of "cảm ơn ad đã giải thích …": after thanks (and the bot addressed), what the thanks is for begins. */
  thankedFor: string[];
  /** "nhưng", "còn", "muốn hỏi": in what thanks is for, the message turns to ask something else. */
  thankedForTurns: string[];
  /** Conditions about the asker's own asking ("nếu mình có thắc mắc", "nếu mk nhắn buổi tối"): small talk may follow. */
  askingConditions: string[];
  /** Phrases that can only be about the bot ("máy trả lời tự động"): a clause naming one is small talk. */
  aboutTheBot: string[];
  /** Words of the chat itself ("tin nhắn", "gõ vào đây"): with a `privacy` phrase, a clause asks what becomes of them. */
  privacyChatWords: string[];
  /** "… chứ không hỏi gì đâu": the resident says the message asks nothing. */
  deniesAsking: string[];
  /** "hôm nay", "dạo này": words of today set aside inside small talk ("hôm nay bạn có khỏe không"). */
  smallTalkTimes: string[];
  /** "mình chỉ nhắn để cảm ơn": the resident says the message only thanks. */
  thanksOnly: string[];
  /** "cảm ơn", "chào": small talk the asker passes on for a relative opens so ("Bà cháu cảm ơn ad"). */
  relayedOpeners: string[];
  /** "bảo", "nhờ": a word of passing small talk on, between the relative and what they say ("ông bảo cảm ơn ad"). */
  relayedSays: string[];
  /** "chuyển cho cả nhóm": passing on what the bot said, a verb, a link and an audience; `done`: "rồi", "đã". */
  passedOn: { verbs: string[]; links: string[]; done: string[]; audiences: string[] };
  /** "đi … đây": taking leave, an opening word, at most `within` words, a closing word ending the clause. */
  leaveTaking: { opens: string[]; closes: string[]; within: number };
  /** "cho tôi xin …": a clause opening so requests something now, beside thanks or a story. */
  requestOpeners: string[];
  /** Phrases that make a clause asking nothing small talk of their kind ("đọc mỏi mắt lắm" complains, "nhờ bạn mà" thanks). */
  clauseMarks: Partial<Record<SmallTalkKind, string[]>>;
  cues: {
    questionMarks: string[];
    facets: Record<Facet, string[]>;
    /** A question word's other forms ("gì" → "cái gì"): each facet cue ending in the word counts with them too. */
    questionWordForms: Record<string, string[]>;
    accented: string[];
    relativeYears: Record<string, RelativeYear>;
    /** Words counting years before a relative-year phrase ("mấy năm nay": these few years), which then names no year. */
    countedYears: string[];
    weekTopic: string[];
    refersBack: string[];
    /** "nó", "cái đó": words standing for the whole subject of the clause before. */
    pronouns: string[];
    /** "danh hiệu này", "mạng lưới đó": a noun with a demonstrative, by the kind of subject (subjects.yaml) or the group
     * (its first name) it stands for among those the clause before names. */
    topicPointers: Record<string, string[]>;
    /** "hai", "cả hai": before a topic pointer, it stands for two subjects ("hai danh hiệu này"). */
    topicPointerPairs: string[];
    /** "nói về": what a clause naming no subject is about follows it. */
    pronounTopicOpeners: string[];
    /** "này", "đó": pointers that follow a noun ("ngày đó"). */
    demonstratives: string[];
    connectives: string[];
    /** `pointsBack`: "ở đó", "hồi đó" — a place or time the previous turn named; `pointsAtDocument`: "quyết định đó";
     * `pointsAtAskedDocument`: "cái đó" — the document a previous question asking which one ("thông tư nào") got;
     * `holders`: each holder asking of its own title in a follow-up ("trường") → that title, as language.ts reads it from
     * question-cues.yaml and `described-titles`; `beforeHolders`, the words allowed before one ("bên"); `notHolders`,
     * phrases beginning with one that are none ("trường hợp"). */
    followUp: { openers: string[]; closers: string[]; asksSame: string[]; asksSameClosing: string[]; shapeWords: string[]; pointsBack: string[]; pointsAtDocument: string[]; pointsAtAskedDocument: string[]; pointedAspects: string[]; notAspects: string[]; bareTitles: string[]; holders: Record<string, string>; beforeHolders: string[]; notHolders: string[]; now: string[]; corrects: string[]; correctsAlone: string[]; noAnswers: string[]; asksAgain: string[] };
    /** "có … không": a yes/no question however many words stand between its opening and its closing word. */
    yesNoFrame: { opens: string[]; politeNotOpens: string[]; closes: string[]; what: string[]; whatOpens: string[]; whatCloses: string[]; counts: string[]; polite: string[]; politeEnds: string[] };
    /** "những … nào" asks a list, "sao … lại" a reason: an opening word at most `within` words before a closing word. */
    facetFrames: Partial<Record<Facet, { opens: string[]; closes: string[]; within: number }>>;
    /** "… thì …": what follows the last marker is what is asked, what precedes it the resident's situation. */
    conditionMarkers: string[];
    /** "khai mạc", "bắt đầu": cues naming an event, asking a date only when nothing else is asked. */
    weakCues: string[];
    /** Facets answered the same everywhere: a question asking only these borrows no place from an earlier clause. */
    nationalFacets: Facet[];
    /** "đến", "vào": words that only place the year after them in time. */
    yearPrepositions: string[];
    /** "hả", "hở": particles closing a clause as a question mark does. */
    questionParticles: string[];
    /** "ha": the particle typed bare, read only right before the words addressing the bot or after `questionParticlesBareAfter`. */
    questionParticlesBare: string[];
    /** "được", "đúng": words after which the bare particle closing a clause asks ("… được ha"). */
    questionParticlesBareAfter: string[];
    /** "à", "chứ": particles closing a clause as a question only before a "?". */
    questionParticlesMarked: string[];
    /** "phải không": what a statement closed by a question particle alone is read as. */
    questionParticleReading: string;
    /** "có chưa": a clause asking whether what the question before it asks exists yet. */
    existsChecks: string[];
    /** "cái", "vụ": an afterthought naming the topic after a question opens so ("…, cái xhht ấy"). */
    afterthoughtOpeners: string[];
    /** "tầm", "khoảng": said before a question word of amount, they ask the amount as it does. */
    approximations: string[];
    /** Approximations folding onto other words ("cỡ" / "có"): matched only as typed with their marks. */
    approximationsMarked: string[];
    /** Words after which an approximation typed bare is the second half of another word ("trung tam"). */
    approximationsNotAfter: string[];
    /** "trên", "dưới": a number of four digits right after one is an amount, not a year. */
    amountComparators: string[];
    /** "sao": a clause opening with one asks why. */
    reasonOpeners: string[];
    /** "tuần này": this year's Week, when the question is about the Week. */
    weekNow: string[];
    /** "là": a clause opening with one has its subject in the clause before. */
    continuesBefore: string[];
    /**
     * "ai ký", "ký bởi ai": an act at most `within` words after a `who` word, or right before a link and one, is asked;
     * `acts` are groups of acts that answer one another ("đề xuất", "đề nghị").
     */
    /** Who does which act ("ai ký"), and claims of who did it checked with a tag ("do thủ tướng … ký phải không"). */
    actsAsked: { who: string[]; acts: string[][]; links: string[]; within: number; claimers: string[]; claimedActors: string[]; notActors: string[]; tags: string[]; claimOpeners: string[]; claimWithin: number; claimAsked: string; standIns: Record<string, string[]>; notAfter: string[]; doneTo: string[]; doers: string[] };
    /** "là về", "quy định về": a claim of what a numbered document is about, read as `asks` ("nói về gì"). */
    documentTopicClaims: { about: string[]; aspects: string[]; closes: string[]; asks: string; asksTopic: string };
    /** "để làm gì" closing a clause of a title, event or document: read as what it is (`reads`). */
    purposeAsked: { phrases: string[]; made: string[]; heads: string[]; reads: { subject: string; document: string } };
    /** "trước đây", "văn bản cũ": a question for the document a named one replaced. */
    predecessor: string[];
    /** "trước", "trước khi có": right before a named document, what is asked is asked of the time before it. */
    beforeDocument: string[];
    /** "đạt", "được", "đủ điều kiện": the verb a yes/no verdict repeats. */
    verdictPredicates: string[];
    /** "đủ điều kiện", "đủ tiêu chuẩn": a yes/no asking whether a case is enough asks every criterion too. */
    wholeCriteria: string[];
    /**
     * Asking Loa to do what only the resident or an office can (question-cues.yaml `act-requests`): an act (`verbs`)
     * with a word doing it for someone after it (`helpers`, not `notHelpers`) or before it (`helpersBefore`, opening
     * the clause or after `addressees`), or words asking it done at once (`closes`); acts holding their helper
     * (`outright`); not told as done (`told`), done by someone named before it (`actors`), nor asking to be told
     * something (`unless`).
     */
    actRequests: { verbs: string[]; outright: string[]; helpers: string[]; helpersBefore: string[]; addressees: string[]; notHelpers: string[]; told: string[]; closes: string[]; actors: string[]; unless: string[] };
    /**
     * An amount of money asked ("lệ phí", "bao nhiêu tiền"), and words of a passage that gives one; `besideAsks`:
     * question words besides the yes/no frame's a clause asking whether it costs may hold ("sao"); `sums` and
     * `amountWords`: a sum named and its amount asked at the clause's end; `toldBefore` and `units` (or `gluedUnits`,
     * joined to the figure): an amount told ("thưởng 2 triệu", "nộp 50k").
     */
    money: { asked: string[]; said: string[]; amounts: string[]; amountsSaid: string[]; besideAsks: string[]; sums: string[]; amountWords: string[]; toldBefore: string[]; units: string[]; gluedUnits: string[] };
    /** A material benefit asked ("giảm thuế", "được cộng điểm"), and words of a passage that names one. */
    benefits: { asked: string[]; said: string[] };
    /** "gần đây nhất", "mới nhất" (`cues`) with a word of an event (`events`: "kết nạp", "đợt"): the latest event asked. */
    latest: { cues: string[]; events: string[] };
    /**
     * Whether taking part is compulsory or punished ("bắt buộc tham gia", "bị phạt"; one of `asks` right after one of
     * `acts` and the title it names: "tham gia dòng họ học tập có bắt buộc không"), and words of a passage saying so.
     */
    obligations: { asked: string[]; acts: string[]; asks: string[]; said: string[] };
    /**
     * An achieved figure asked ("thực tế", "đã đạt"), words of a sentence giving a planned one ("mục tiêu", "phấn đấu"),
     * and words asking the whole country's ("cả nước").
     */
    actual: { asked: string[]; askedNational: string[]; planned: string[]; targetsSearch: string; national: string[]; notNational: string[] };
    /**
     * A count asked ("bao nhiêu", "mấy"), not after `notAfter` ("ngày bao nhiêu"): the thing counted follows, ending
     * before `ends`; `notCounted` are measures and parts of documents, `numerals` the number words a sentence may count
     * with, `same` groups of words counting the same things ("thành phố", "thành viên"), and `sourceMarks` before a
     * document that is where the count is read ("theo thông tư 25"), not what is counted of.
     */
    count: { asked: string[]; notAfter: string[]; notCounted: string[]; ends: string[]; sourceMarks: string[]; numerals: string[]; same: string[][] };
    /** Results a yes/no question about a later year asks to be predicted ("đạt", "vào được"), and words asking for
     * certainty ("chắc chắn"). */
    prediction: { results: string[]; sure: string[] };
    /** A share asked ("phần trăm", "tỷ lệ"). */
    shareAsked: string[];
    /** Words joining the sides of a comparison ("và", "với"), left out when each side is asked on its own. */
    comparisonJoiners: string[];
    /** "còn": a second question opening with these after a year asks the same of another year. */
    yearSideOpeners: string[];
    /** "của": may join the facet asked again to the other year after the opener ("còn chủ đề của năm nay"). */
    yearSideLinks: string[];
    /** "hai cái này": words pointing at both sides compared, searched with neither. */
    comparisonPointers: string[];
    /** "cái nào có trước": a comparison asking which side came first, so each side is asked its date. */
    comparisonTimeOrder: string[];
    /** "ký", "hiệu lực": a follow-up asking a date with these asks the date of the document the chat is about. */
    documentDates: string[];
    /** "đăng" of "đăng ký": words right before a document-date word that make it none. */
    documentDatesNotAfter: string[];
    /** "trước ngày", "hạn nộp": a date asked with these is a deadline of the rules, not a document's own date. */
    deadlineCues: string[];
    /** "lần đầu", "vừa rồi", "hằng năm": a Week question naming no year that is not about the coming Week. */
    notComingWeek: string[];
    /** "hay", "hoặc": a clause offering a choice asks, even without a question word. */
    choiceWords: string[];
    /** "đều", "cũng": after a choice between two named subjects, "either way" (it asks nothing). */
    eitherCloses: string[];
    /** "giống", "noi gương": a subject right after one in the story is an example the asker follows. */
    likeness: string[];
    /** "cũng như": phrases holding a word of likeness that are none. */
    notLikeness: string[];
    /** "so với", "khác", "như": a second relative year after one is set beside the first. */
    relativeYearJoiners: string[];
    /** "là", "thuộc": words before a choice word that make its clause ask ("là ở cấp thôn hay cấp xã"). */
    choiceFrames: string[];
    /** "trước": closing the clause again right before a choice word, offers a choice without a frame. */
    choiceEchoCloses: string[];
    /** "chưa ai", "ai cũng": phrases holding a question word that ask nothing. */
    notAsking: string[];
    /** "lần đầu": phrases holding a question word only when typed bare. */
    notAskingBare: string[];
    /**
     * "nhờ ad mà", "nhờ bạn tìm ra số hiệu văn bản mà em …" (an opener, a helper, a link right after it or at most
     * `within` words on with no request before it and the asker's word after it): a clause of thanks telling what the
     * bot's help brought, its question words asking nothing up to one of `ends` ("rồi", "còn") after the link, after
     * which it may ask again.
     */
    helpThanked: { openers: string[]; helpers: string[]; links: string[]; within: number; ends: string[] };
    /**
     * "có gì mình nhắn sau", "có gì … thì cứ nhắn": "if anything" opening a condition (`opens`) on the asker's own asking
     * — one of `verbs` after the asker's word, or after `then` (at most `within` words on), the asker's words and
     * `thenSkips`: its question word asks nothing. An open or a word of whenever (`laterOpens`) followed, at most `within`
     * words on, by the asker's word, `laterSkips` ("lại", "sẽ") and a verb promises to ask again: it asks nothing either.
     */
    anythingCondition: { opens: string[]; laterOpens: string[]; laterSkips: string[]; then: string[]; thenSkips: string[]; within: number; verbs: string[] };
    /** "là", "gì", "sao vậy": words naming nothing to look for, alone in a first message. */
    withoutTopic: string[];
    /** "dời sang", "khai mạc"; "tháng" before a figure: words of the Week's dates, making a yes/no about it check them. */
    weekDatesChecked: { words: string[]; beforeFigure: string[] };
    /**
     * "ký", "thành lập"; "tháng" before a figure: an act dating a document or body, then its date, checked in a yes/no;
     * `ownDate`: the acts whose date is a document's own ("ký", "ban hành").
     */
    actDatesChecked: { acts: string[]; notActs: string[]; ownDate: string[]; beforeFigure: string[]; within: number };
    /** "theo", "căn cứ": opening a clause naming a document before a question, they say which one it asks of. */
    accordingTo: string[];
    /** "giúp", "cho xin", "muốn": words that ask for something without a question word. */
    requests: string[];
    /** Phrases holding a request word that ask nothing ("xin chào", "xin lỗi"). */
    notRequests: string[];
    /** Longer phrases holding a count's cue that ask no count ("hồ sơ đơn vị" holds "số đơn vị" folded). */
    notCounts: string[];
    /** "tiêu chí", "thủ tục": keywords that ask in a message of at most `within` words. */
    searchWords: { words: string[]; within: number };
    /** "năm nào … cũng": a question word this few words before a closing word says "every", and asks nothing. */
    universalFrame: { closes: string[]; reasons: string[]; breaks: string[]; within: number };
    /**
     * "không … nào": a negation this few words before a clause-ending question word says "none" (not of knowing); a
     * negation of knowing after a `toldAfter` link, ending the clause with a `degree` word at most after it, tells
     * ("mà em chưa hiểu", "nhưng không rõ lắm").
     */
    negationFrame: { opens: string[]; closes: string[]; knowing: string[]; degree: string[]; toldAfter: string[]; senses: string[]; within: number };
    /** "điểm", "tuổi": units of the figures of a case told before a yes/no question, searched with it. */
    caseUnits: string[];
    /** "đứa", "người", "thế hệ": units counting the people of a household or clan, never a score. */
    headCountUnits: string[];
    /** "gì đó", "hình như": the resident is unsure of what they name. */
    unsureMarkers: string[];
  };
  /** Subjects a question can name (groups of aliases, by kind) and the kinds of documents named with a number. */
  subjects: {
    groups: { kind: string; aliases: string[] }[];
    documentKinds: string[];
    anyDocument?: string[];
    /** Documents named by what they are ("thông tư cũ năm 2014 về cộng đồng học tập"): subjects.yaml `described-documents`. */
    describedDocuments?: DescribedDocumentsData;
    country?: string[];
    /** Aliases that fold onto common words ("Vinh", "vinh danh"): subjects only typed as names. */
    commonWordNames?: string[];
    /** Phrases holding such a name that are no name ("vinh danh", "bác Vinh"). */
    notNames?: string[];
    /** The provinces each covered place lies in ("Vinh" → ["Nghệ An"]). */
    liesIn?: Record<string, string[]>;
    /** Titles a passage about one speaks of for the other too (a level residents name of another), by first names. */
    relatedTitles?: string[][];
  };
  /** Provinces and cities of Việt Nam and other countries the knowledge may hold nothing about. */
  elsewhere: { vietnam: string[]; abroad: string[]; parts: string[]; partOf: Record<string, string>; whereFrom: string[]; family: string[]; familyFor: string[]; localUnits: string[]; notUnits: string[]; localCounts: string[]; localNameEnds: string[]; unitCompounds: string[]; ruleWords: string[]; notRuleWords: string[]; ruleTimes: string[]; askerPurpose: string[]; localStatus: string[]; organisationUnits: string[]; organisationStatus: string[]; organisationStatusCloses: string[]; ownerWordsMarked: string[]; provinceUnits: string[]; lookalikes: string[]; unitPointers: string[] };
  /** Messages refused before any search: requests to invent or impersonate, insults, clearly other subjects. */
  refuse: { fabrication: string[]; abuse: string[]; outOfScope: string[]; opinion: string[]; accented: string[]; marked: string[]; notOutOfScope: string[]; signingNouns: string[]; campaignActs: string[]; pointersBack: string[]; otherPapers: string[] };
  /** Patterns of attacks, instructions and payment requests (compiled regular expressions on folded text). */
  guards: TextGuards;
  /** Number words ("sáu trăm bảy mươi bảy", "hai không hai hai") and the words before which a number stands. */
  spokenNumbers: SpokenNumbersData;
  /** The keys of Telex and VNI, and the parts a Vietnamese syllable is made of (typing.yaml). */
  typing: TypingData;
  /** Words that show a document sentence carries a facet, matched with accents. */
  evidence: Partial<Record<Facet | EvidenceKey, string[]>>;
  /** Kinds of asker a rule gives its own threshold for, in parentheses: label → words naming that kind. */
  ruleCategories: Record<string, string[]>;
  /** Words searched after a title's name for its further requirement in another document ("còn phải"); "" for none. */
  requirementsSearch: string;
  /** Words searched after an abbreviation asked, for the entry explaining it ("viết tắt"). */
  abbreviationSearch: string;
  /** Words naming a level of a title before its number ("mức độ" 2). */
  levels: string[];
  /**
   * Grades a rule requires "từ … trở lên", lowest first (alike on one line); attributes graded (alike on one line), those
   * counting only right before a grade, words beginning like a grade that are none, words negating a grade, and the
   * titles whose criteria grade these attributes.
   */
  grades: { scale: string[][]; attributes: string[][]; nextOnly: string[]; notGrades: string[]; negations: string[]; titles: string[] };
}

/** Words framing who said or asked something: an opening phrase, at most `within` words, a closing phrase. */
export interface FramingSpan {
  opens: PhraseSet;
  closes: PhraseSet;
  within: number;
}

/** Compiled language knowledge. */
export interface Lexicon {
  /** Shorthand by the exact lowercase word ("cđht"), then by its folded form ("cdht"; the first entry of a fold wins). */
  shorthandExact: ReadonlyMap<string, Word[]>;
  shorthandWords: ReadonlyMap<string, Word[]>;
  shorthandPhrases: PhraseSet;
  shorthandPhraseExpansions: ReadonlyMap<string, Word[]>;
  /**
   * Ambiguous shorthand by folded word; `typed` holds the entry's own spellings, "đ" written "d" (a word typed with other
   * marks is another word); `afterTyped` the words before as written, for `accented` entries.
   */
  ambiguous: ReadonlyMap<string, { fallback: Word[]; meaning: Word[]; after: ReadonlySet<string>; afterTyped: ReadonlySet<string>; before: ReadonlySet<string>; typed: ReadonlySet<string>; accented: boolean; bareAtEnd: ReadonlySet<string>; near: ReadonlySet<string>; nearWithin: number; nearNotAfter: ReadonlySet<string> }>;
  /** Shorthand phrases listed as themselves (folded): kept as typed, and never swallowed by a shorter phrase. */
  shorthandKept: ReadonlySet<string>;
  /** The holders of titles ("gia đình", "dòng họ", "thôn"): a comma between two of them lists, and parts no clauses. */
  titleHolders: PhraseSet;
  /** Words after a second holder that make it open a clause of its own ("người ta bảo"). */
  notListedBefore: PhraseSet;
  /** Acts of the campaign ("đánh giá", "công nhận"): a comma between two of them lists, and parts no clauses. */
  listedActs: PhraseSet;
  /** A document kind glued to its number ("qd387", "tt25/2023"): group 1 the kind, 2 the number. */
  gluedKinds: RegExp;
  /** An abbreviation and its period ("q." of "q. Gò Vấp"; group 1 the letters), which ends no sentence, and what each
   * stands for (by its lowercase letters). */
  abbreviationStops: { pattern: RegExp; spelled: ReadonlyMap<string, string> } | undefined;
  /** Where a message parts into clauses (`clauseBoundary`). */
  clauseBoundary: RegExp;
  /** A face typed with punctuation (`typedFaces`: ":D", "^^"), or undefined when the data lists none. */
  typedFace: RegExp | undefined;
  /** "viết tắt", "ký hiệu" (`markers`): after one, and just before it across `joiners` ("là", "và"), an abbreviation is
   * asked about and stays as typed. */
  abbreviationAsked: { markers: PhraseSet; joiners: PhraseSet };
  /** Folded unit glued to a figure → the unit spelled out. */
  gluedUnits: ReadonlyMap<string, string>;
  /** A month word glued before its number, then maybe a year ("t10", "thg10/2025": group 1 the word, 2 the month, 3
   * the rest), each folded word spelled out, and those that also make weekdays 2–7 ("t7"). */
  gluedMonths: { pattern: RegExp; spelled: ReadonlyMap<string, string>; weekdayWords: ReadonlySet<string> };
  filler: PhraseSet;
  starts: PhraseSet;
  ends: PhraseSet;
  /** Who the resident heard it from ("nghe mấy cô chú trong hội nói"), anywhere in a clause. */
  hearsay: FramingSpan;
  /** Who asked the resident to ask ("chị trưởng phòng hỏi"), at the start of a clause. */
  askedBy: FramingSpan;
  /** Someone giving the asker a task ("nhờ cháu soạn …"): its verbs, and who does it besides the asker's words. */
  tasksGiven: { verbs: PhraseSet; doers: PhraseSet };
  /** The asker's own task ("em cần viết …"): its needs, its verbs of doing, those comparing, and the request words that
   * make the clause ask the bot after all (matched as typed). */
  ownTask: { needs: PhraseSet; verbs: PhraseSet; comparing: PhraseSet; notWith: PhraseSet; purposes: PhraseSet };
  /** Who asked the resident to ask, typed bare ("bo minh hoi …"): fewer openers and closes, words opening the clause
   * that are no opener ("chu tich": `notOpens`), and words before and after the close that make it "hội". */
  askedByBare: FramingSpan & { notOpens: PhraseSet; notAfter: PhraseSet; notBefore: PhraseSet };
  /** Who is asking, tagged before a colon opening the message ("hkh hỏi: …"): the asking words it ends with (matched
   * as written when the tag has diacritics), its most words, and the words after which a bare "hoi" is "hội". */
  speakerTag: { closes: PhraseSet; within: number; bareNotAfter: PhraseSet };
  /** What the resident needs the answer for ("để làm bài tập ngoại khóa"), from the phrase to the end of a clause. */
  purposes: PhraseSet;
  /** Words opening what the resident adds after a question ("mà báo không ghi đủ"), to the end of a clause. */
  asides: PhraseSet;
  /** What an aside says when it only tells that the asker could not answer or does not know ("không trả lời được"). */
  asidesUnknowing: PhraseSet;
  /** "chứ không phải cả nhà": what the resident says is not asked, to the end of a clause. */
  notAsked: { openers: PhraseSet; closes: PhraseSet; clauseOpens: PhraseSet; clauseCloses: PhraseSet };
  /** Words telling that a clause is about the past ("hôm qua mình hỏi về cách tự đánh giá …"): matched as written. */
  pastMarkers: PhraseSet;
  /** Words telling what the resident thought, and now doubts ("em tưởng chỉ có …"): matched as written. */
  beliefs: PhraseSet;
  /** "để" right before the asker's word after a question word ("… vào lúc nào để tôi lên kế hoạch"): a purpose, not a story. */
  purposeOpeners: PhraseSet;
  /** Words of now ("mà giờ mình muốn biết …"): a clause holding one is no story of the past. Matched as written. */
  nowMarkers: PhraseSet;
  /** "à nhầm", "ủa lộn", "à không" and what follows them (filler.yaml `self-corrections`), matched as written in a message with diacritics. */
  selfCorrections: { markers: PhraseSet; pauseMarkers: PhraseSet; bareMarkers: PhraseSet; leads: PhraseSet; closers: PhraseSet };
  askerWords: PhraseSet;
  /** "tôi là", "mình là": a clause opening with one introduces the asker. */
  introductions: PhraseSet;
  /** Small-talk phrases of every kind (small-talk.yaml), with the forms of capability questions. */
  smallTalk: SmallTalkPhrases;
  smallTalkJoiners: PhraseSet;
  identityMore: PhraseSet;
  /** "có hỏi được về" … "không": whether a topic may be asked about (see LanguageData). */
  capabilitiesTopics: { opens: PhraseSet; closes: PhraseSet };
  /** "có thể hỗ trợ những nội dung gì": what the bot can do, asked without naming it, after asking who the bot is. */
  capabilitiesOfBot: FormSet;
  leaveAsking: PhraseSet;
  leaveAskingAfter: PhraseSet;
  /** "cho": after a question about what the bot can do, the words naming who it would help. */
  capabilitiesForWhom: PhraseSet;
  praiseOpeners: PhraseSet;
  /** "đã", "vì đã" after thanks and the bot addressed: what the thanks is for begins (`thanked-for`). */
  thankedFor: PhraseSet;
  /** Words turning what thanks is for into asking something else (`thanked-for-turns`: "nhưng", "cho em hỏi"). */
  thankedForTurns: PhraseSet;
  askingConditions: PhraseSet;
  aboutTheBot: PhraseSet;
  /** Words of the chat itself (`LanguageData.privacyChatWords`). */
  privacyChatWords: PhraseSet;
  /** "… chứ không hỏi gì đâu": a message saying it asks nothing; its clauses without "?" tell. */
  deniesAsking: PhraseSet;
  /** Words of today set aside inside small talk, never small talk alone. */
  smallTalkTimes: PhraseSet;
  /** "mình chỉ nhắn để cảm ơn ad thôi": the message only thanks; its clauses asking nothing tell, whatever they name. */
  thanksOnly: PhraseSet;
  /** "cảm ơn", "chào": after a relative the asker types for and the asker's words, small talk passed on. */
  relayedOpeners: PhraseSet;
  /** Words of passing small talk on ("bảo", "nhờ"), between the relative and a relayed opener. */
  relayedSays: PhraseSet;
  /** Passing on what the bot said ("chuyển cho cả nhóm"): a verb, a link and an audience in a row, and words saying
   * it is done ("rồi", "đã"); a verb alone after "để" and the asker's words closes small talk. */
  passedOn: { verbs: PhraseSet; links: PhraseSet; done: PhraseSet; audiences: PhraseSet };
  /** Taking leave ("mình đi nấu cơm đây"): opening and closing words around at most `within` words. */
  leaveTaking: FramingSpan;
  /** "cho tôi xin …": a clause opening so requests something now; it is never beside small talk. */
  requestOpeners: PhraseSet;
  clauseMarks: PhraseSet;
  clauseMarkKind: ReadonlyMap<string, SmallTalkKind>;
  questionMarks: PhraseSet;
  facets: ReadonlyMap<Facet, PhraseSet>;
  relativeYears: PhraseSet;
  relativeYearValue: ReadonlyMap<string, RelativeYear>;
  weekTopic: PhraseSet;
  refersBack: PhraseSet;
  /** "nó", "cái đó": a question with one of these for its subject asks of what the clause before names. */
  pronouns: PhraseSet;
  /** "danh hiệu này", "mạng lưới đó": the subject of a kind or group the clause before names (not its story). */
  topicPointers: PhraseSet;
  /** "hai", "cả hai": before a topic pointer, it stands for the subjects two clauses before name. */
  topicPointerPairs: PhraseSet;
  /** The kind of subject, or the group (its key), each topic pointer (folded) stands for, folded. */
  topicPointerKind: ReadonlyMap<string, string>;
  /** "nói về": in the clause a pronoun points back at, what it is about follows the last of these. */
  pronounTopicOpeners: PhraseSet;
  demonstratives: PhraseSet;
  connectives: PhraseSet;
  followUpOpeners: PhraseSet;
  followUpClosers: PhraseSet;
  /** "… thì sao": closers asking of the words before them what the previous question asked. */
  followUpAsksSame: PhraseSet;
  /** Question words closing a follow-up that ask the same again ("còn 2030 thế nào"). */
  followUpAsksSameClosing: PhraseSet;
  followUpShapeWords: PhraseSet;
  followUpPointsBack: PhraseSet;
  followUpPointsAtDocument: PhraseSet;
  /** "tiêu chí", "kế hoạch": aspects a follow-up points at with a demonstrative ("tiêu chí đó"), the topics taking its place. */
  followUpPointedAspects: PhraseSet;
  /** "cái đó": the document the answer to a question asking which one ("… theo thông tư nào") named. */
  followUpPointsAtAskedDocument: PhraseSet;
  /** "đơn vị", "dòng họ": titles typed without their "học tập", read as the title in a follow-up after a title. */
  followUpBareTitles: PhraseSet;
  /** "cơ quan", "trường": holders asking of their own title in a follow-up after a title (`followUpHolderTitle`). */
  followUpHolders: PhraseSet;
  /** "bên", "các": words a follow-up may put between its opener and a holder ("còn bên trường thì sao"). */
  followUpBeforeHolders: PhraseSet;
  /** The title of each of `followUpHolders`, by its folded words ("truong" → "đơn vị học tập"). */
  followUpHolderTitle: ReadonlyMap<string, string>;
  /** "bây giờ", "hiện nay": a follow-up asking of now replaces the years named before. */
  followUpNow: PhraseSet;
  /** "à nhầm, ý mình hỏi …": words correcting the previous question (a follow-up; set aside before the search). */
  followUpCorrects: PhraseSet;
  /** "à nhầm": a correction only when it is all its clause says. */
  followUpCorrectsAlone: PhraseSet;
  /** "không", "ko phải": a clause answering no to the bot, set aside before a correction. */
  followUpNoAnswers: PhraseSet;
  /** "mình hỏi", "em hỏi" opening a clause: the asker says again what they asked ("sai rồi, mình hỏi năm 2023 cơ"). */
  followUpAsksAgain: PhraseSet;
  conditionMarkers: PhraseSet;
  /** Facet cues that only count when no other facet is asked ("khai mạc" asks a date, "khai mạc ở đâu" a place). */
  weakCues: PhraseSet;
  /** Facets answered the same everywhere (definition, document): no earlier clause's place is carried in. */
  nationalFacets: ReadonlySet<Facet>;
  /** "đến", "vào" before a year ("đến 2025", "vào năm 2030"): they only place it in time. */
  yearPrepositions: PhraseSet;
  /** "hả", "hở": particles closing a clause as a question mark does (only as typed with their marks). */
  questionParticles: PhraseSet;
  /** Question particles typed bare ("ha"), read only right before the words addressing the bot ("… ha ad") or right after
   * one of `questionParticlesBareAfter` ("… được ha"). */
  questionParticlesBare: PhraseSet;
  /** Words after which a bare question particle closing the clause asks ("được", "đúng"). */
  questionParticlesBareAfter: PhraseSet;
  /** Question particles read so only before a "?" ("… được à?"): without one they close what is told or quoted. */
  questionParticlesMarked: PhraseSet;
  /** The words a question particle closing a statement is read as ("… ký hả" → "… ký phải không"). */
  questionParticleReading: Word[];
  /** "có chưa", "đã có chưa": a clause asking whether what the question before it asks exists yet. */
  existsChecks: PhraseSet;
  /** "cái", "vụ": a clause after a question opening so and closing with a demonstrative is its topic said last. */
  afterthoughtOpeners: PhraseSet;
  /** "tầm", "khoảng", "cỡ": said before a question word of amount ("tầm bao nhiêu"), set aside as filler. */
  approximations: PhraseSet;
  /** "trung", "quan": after one, "tam" is "trung tâm", "quan tâm", not "tầm". */
  approximationsNotAfter: PhraseSet;
  /** "trên", "dưới": a number of four digits right after one is an amount ("trên 2000"), not a year. */
  amountComparators: PhraseSet;
  /** "sao": a clause opening with one asks why. */
  reasonOpeners: PhraseSet;
  /** "tuần này": this year's Week, when the question is about the Week. */
  weekNow: PhraseSet;
  /** "là": a clause opening with one has its subject in the clause before. */
  continuesBefore: PhraseSet;
  /** `groupOf`: each folded act → the acts of its group as written (a sentence names one with its marks). */
  actsAsked: {
    who: PhraseSet;
    acts: PhraseSet;
    groupOf: ReadonlyMap<string, readonly string[]>;
    links: PhraseSet;
    within: number;
    claimers: PhraseSet;
    claimedActors: PhraseSet;
    /** Words beginning with an actor's that name no one ("xã hội", "bộ hồ sơ"). */
    notActors: PhraseSet;
    tags: PhraseSet;
    /** Words opening a claim right before its claimer ("có phải do …"), checked without a tag. */
    claimOpeners: PhraseSet;
    claimWithin: number;
    /** What a claimed actor and its claimer are searched as ("do ai"). */
    claimAsked: string;
    /** An act's stand-in, said of the body that did it when no passage names who did the act ("ký" → "ban hành"). */
    standIns: ReadonlyMap<string, readonly string[]>;
    /** Words right before an act that make it another word ("đăng" of "đăng ký"), as written. */
    notAfter: readonly string[];
    /** Words after someone who acts that make them the one the act is done to ("xã em được công nhận …"). */
    doneTo: PhraseSet;
    /** Words before who does an act in a sentence ("… do Phó Thủ tướng … ký"), as written. */
    doers: readonly string[];
  };
  /** "qđ 677 là về gia đình học tập đúng không": what a claim of a document's topic opens with, and what it asks. */
  documentTopicClaims: { about: PhraseSet; aspects: PhraseSet; closes: PhraseSet; asks: Word[]; asksTopic: Word[] };
  /** "gia đình học tập để làm gì": the purpose phrases, the acts of making before them, the heads a subject may take, and what is read instead. */
  purposeAsked: { phrases: PhraseSet; made: PhraseSet; heads: PhraseSet; reads: { subject: Word[]; document: Word[] } };
  /** "trước đây", "văn bản cũ": a question for the document a named one replaced. */
  predecessor: PhraseSet;
  /** "trước", "trước khi có": right before a named document, the time before it is asked of ("trước thông tư 25"). */
  beforeDocument: PhraseSet;
  verdictPredicates: PhraseSet;
  /** "đủ điều kiện": a yes/no asking every criterion too (`LanguageData.cues.wholeCriteria`). */
  wholeCriteria: PhraseSet;
  /** Asking Loa to do what only the resident or an office can (`LanguageData.cues.actRequests`, read by cues.ts). */
  actRequests: { verbs: PhraseSet; outright: PhraseSet; helpers: PhraseSet; helpersBefore: PhraseSet; addressees: PhraseSet; notHelpers: PhraseSet; told: PhraseSet; closes: PhraseSet; actors: PhraseSet; unless: PhraseSet };
  /** An amount of money asked ("lệ phí", "bao nhiêu tiền"). */
  moneyAsked: PhraseSet;
  /** Question words besides the yes/no frame's that still ask only whether it costs ("sao có người bảo phải nộp tiền"). */
  moneyBesideAsks: PhraseSet;
  /** A sum named ("tiền thưởng") and the words asking its amount at the clause's end ("bao nhiêu"), with a unit after. */
  sumAsked: { sums: PhraseSet; amountWords: PhraseSet; units: PhraseSet };
  /** Words of money right before an amount told ("thưởng 2 triệu"); the units are sumAsked's. */
  amountToldBefore: PhraseSet;
  /** Units of money typed joined to a figure ("50k", "2tr"), lower-case. */
  amountGluedUnits: ReadonlySet<string>;
  /** Words of a passage that gives an amount of money, or says there is none ("triệu đồng", "miễn phí"). */
  moneySaid: PhraseSet;
  /** A material benefit asked of a title or of taking part ("giảm thuế", "được cộng điểm", "ưu tiên xét tuyển"). */
  benefitAsked: PhraseSet;
  /** Words of a passage that names such a benefit. */
  benefitSaid: PhraseSet;
  /** The latest event asked ("đợt kết nạp gần đây nhất", "thành phố vào mới nhất"): a cue and a word of an event. */
  latestAsked: { cues: PhraseSet; events: PhraseSet };
  /** Whether taking part is compulsory, or a penalty for not taking part ("bắt buộc tham gia", "bị phạt"), asked. */
  obligationAsked: PhraseSet;
  /** "tham gia … có bắt buộc không": an act of taking part (`acts`) and, right after the title it names, `asks`. */
  obligationFrame: { acts: PhraseSet; asks: PhraseSet };
  /** Words of a passage that says whether taking part is compulsory or names a penalty. */
  obligationSaid: PhraseSet;
  /** An amount asked ("bao nhiêu tiền"). */
  amountAsked: PhraseSet;
  /** Words of a passage that gives an amount ("triệu đồng", "miễn phí"; not "ngân sách"). */
  amountSaid: PhraseSet;
  /** A figure asked as achieved, not planned ("thực tế đạt bao nhiêu"). */
  actualAsked: PhraseSet;
  /** Words of a sentence giving a planned figure, a target ("mục tiêu", "phấn đấu", "chỉ tiêu"). */
  plannedSaid: PhraseSet;
  /** The word searched with the titles asked to find their targets when no achieved figure is found ("chỉ tiêu"). */
  targetsSearch: string;
  /** Achieved-figure cues only of the whole country ("hiện nay cả nước đạt bao nhiêu"). */
  actualAskedNational: PhraseSet;
  /** The whole country's figure asked ("cả nước", "toàn quốc"): a city's figure does not give it. */
  nationalAsked: PhraseSet;
  /** Names holding a national word that ask no national figure ("Cả nước thi đua …", the movement). */
  notNational: PhraseSet;
  /** A count asked ("bao nhiêu", "mấy"): cues, words before one that make it none, words ending the thing counted, what
   * is no thing counted ("phần trăm"), and groups of folded runs counting the same things. */
  countAsked: { cues: PhraseSet; notAfter: PhraseSet; ends: PhraseSet; notCounted: PhraseSet; sourceMarks: PhraseSet; same: readonly (readonly string[])[][] };
  /** Number words a sentence counts with ("hai", "hàng nghìn"), as written with diacritics. */
  numeralWords: PhraseSet;
  /** Results a yes/no question about a later year asks to be predicted ("đạt", "vào được"), and words asking for
   * certainty ("chắc chắn"). */
  prediction: { results: PhraseSet; sure: PhraseSet };
  /** A share asked ("phần trăm", "tỷ lệ"): a place's share is given only by a percentage. */
  shareAsked: PhraseSet;
  /** Folded verdict predicate → as written in the data. */
  verdictPredicateText: ReadonlyMap<string, string>;
  comparisonJoiners: PhraseSet;
  /** Words opening a second question that asks the same of another year ("…năm 2024 là gì, còn năm 2023 là gì"). */
  yearSideOpeners: PhraseSet;
  /** Words joining the facet asked again to the other year after a side opener ("còn chủ đề của năm nay"). */
  yearSideLinks: PhraseSet;
  /** Words pointing at both sides compared ("hai cái này"): each side is searched without them. */
  comparisonPointers: PhraseSet;
  /** Words of a comparison asking which side came first ("cái nào có trước"): each side is asked its date. */
  comparisonTimeOrder: PhraseSet;
  /** Words asking a document's own dates ("ký", "ban hành", "hiệu lực"), not right after `documentDatesNotAfter` ("đăng"). */
  documentDates: PhraseSet;
  /** Words right before a document-date word that make it another word ("đăng" of "đăng ký"). */
  documentDatesNotAfter: PhraseSet;
  /** Words making a date asked a deadline the rules set ("báo cáo trước ngày nào"), which no document's card answers. */
  deadlineCues: PhraseSet;
  /** Words of a Week question naming no year that ask of its history or usual dates, not of the coming Week. */
  notComingWeek: PhraseSet;
  choiceWords: PhraseSet;
  /** "đều", "cũng" after a choice between named subjects: "either way". */
  eitherCloses: PhraseSet;
  /** Words before a subject the story names as an example the asker follows ("giống Sa Đéc, Vinh"). */
  likeness: PhraseSet;
  /** Words setting a second relative year beside the first ("so với năm ngoái", "khác năm ngoái"). */
  relativeYearJoiners: PhraseSet;
  /** Words before a choice word that make its clause ask ("là ở cấp thôn hay cấp xã"). */
  choiceFrames: PhraseSet;
  /** Words offering a choice without a frame when they stand before the choice word and close the clause ("… trước hay … có trước"). */
  choiceEchoCloses: PhraseSet;
  /** Phrases holding a question word that ask nothing ("chưa ai giải thích", "ai cũng biết"). */
  notAsking: PhraseSet;
  /** "lần đầu" typed bare: no "đâu". */
  notAskingBare: PhraseSet;
  /** A clause of thanks telling what the bot's help brought ("nhờ ad mà giờ em mới hiểu … nói gì"), up to one of `ends`. */
  helpThanked: { openers: PhraseSet; helpers: PhraseSet; links: PhraseSet; within: number; ends: PhraseSet };
  /** "có gì mình nhắn sau", "có gì … thì cứ nhắn": a condition on the asker's own asking, whose question word asks nothing. */
  anythingCondition: { opens: PhraseSet; laterOpens: PhraseSet; laterSkips: PhraseSet; then: PhraseSet; thenSkips: PhraseSet; within: number; verbs: PhraseSet };
  /** Words naming nothing to look for ("là", "gì", "sao", "vậy"): a first message of these alone asks about no subject. */
  withoutTopic: PhraseSet;
  /** Words of the Week's dates ("dời sang", "khai mạc"), matched as typed in messages with diacritics, and words
   * naming one before a figure ("tháng 11"): a yes/no about the Week holding one checks its dates. */
  weekDatesChecked: { words: PhraseSet; beforeFigure: PhraseSet };
  /** Acts dating a document, a body or a membership (as typed in messages with diacritics; "đăng ký" holds no "ký"),
   * words naming a date before a figure, and how many words may come between: a yes/no holding an act and then a date
   * checks that date. `ownDate`: the acts whose date is a document's own ("ký", "ban hành"; folded, "đăng ký" excepted). */
  actDatesChecked: { acts: PhraseSet; ownDate: PhraseSet; beforeFigure: PhraseSet; within: number };
  /** "theo", "căn cứ": a clause opening with one and naming a document before a question says which one it asks of. */
  accordingTo: PhraseSet;
  /** Words that ask for something without a question word ("cho mình xin", "hướng dẫn giúp"). */
  requests: PhraseSet;
  /** Keywords of a search ("tiêu chí", "thủ tục"): they ask in a message of at most `searchWordsWithin` words. */
  searchWords: PhraseSet;
  /** The most words a message may have for its search keywords to ask. */
  searchWordsWithin: number;
  /** The universal frame's closing words ("cũng") and the most words between a question word and one. */
  universalCloses: PhraseSet;
  /** Question words the universal frame leaves asked ("sao … cũng" asks why). */
  universalReasons: PhraseSet;
  /** Words between a question word and a closing one that leave it asked ("thế nào mà em cũng không rõ"). */
  universalBreaks: PhraseSet;
  universalWithin: number;
  /** The negation frame's words ("không", "nào", "biết", "lắm") and the most words between negation and question word. */
  negation: { opens: PhraseSet; closes: PhraseSet; knowing: PhraseSet; degree: PhraseSet; toldAfter: PhraseSet; senses: PhraseSet; within: number };
  caseUnits: PhraseSet;
  headCountUnits: PhraseSet;
  unsureMarkers: PhraseSet;
  /** "những … nào": the list frame's opening and closing words and the most words between them. */
  facetFrames: readonly { facet: Facet; opens: PhraseSet; closes: PhraseSet; within: number }[];
  yesNoOpens: PhraseSet;
  /** The same, but none inside a phrase naming the thing a polite request asks for ("câu đầy đủ … được không"). */
  yesNoOpensBeforePolite: PhraseSet;
  /** One word each ("không", "chưa"), closing the clause. */
  yesNoCloses: PhraseSet;
  /** Words right before the closing word that make the frame ask what ("có ý nghĩa gì không"). */
  yesNoWhat: PhraseSet;
  /** Openers ("có") a kind of document and a `yesNoWhat` word right after make the frame ask which ("có thông tư nào nói rõ không"). */
  yesNoWhatOpens: PhraseSet;
  /** The closing words ("không") such a frame asks which with ("… chưa" still asks yes or no). */
  yesNoWhatCloses: PhraseSet;
  /** Words asking a count anywhere in the frame ("có bao nhiêu dòng họ không"): it asks how many, not yes or no. */
  yesNoCounts: PhraseSet;
  /** "cho mình biết", "giúp": a request before a closing "được không" makes it a polite request, not yes/no. */
  yesNoPolite: PhraseSet;
  /** "được không": the closing phrases of a polite request. */
  yesNoPoliteEnds: PhraseSet;
  evidence: ReadonlyMap<Facet | EvidenceKey, PhraseSet>;
  /** Folded label of a rule's parenthesised threshold ("co so giao duc") and the words naming that kind of asker. */
  ruleCategories: readonly { label: string; words: PhraseSet }[];
  /** Words searched after a title's name for its further requirement in another document ("còn phải"); "" for none. */
  requirementsSearch: string;
  /** Words searched after an abbreviation asked, for the entry explaining it ("viết tắt"). */
  abbreviationSearch: string;
  /** Words naming a level before its number, as written in the data (the yes/no verdict folds them). */
  levelWords: readonly string[];
  /** The same words as phrases ("mức độ", "mức"), matched on a message's words. */
  levels: PhraseSet;
  /**
   * Grades ("trung bình", "khá") with their rank (`notGrades` excepted), graded attributes
   * ("học lực") with the index of their line, those counting only right before a grade, and words negating a grade.
   */
  grades: {
    ranks: PhraseSet;
    rankOf: ReadonlyMap<string, number>;
    /** Folded grade → its words as written ("yeu" → "yếu"): a word typed with diacritics is that grade only so. */
    written: ReadonlyMap<string, string>;
    attributes: PhraseSet;
    attributeOf: ReadonlyMap<string, number>;
    /** Each attribute's first name ("học lực", "hạnh kiểm"), by its line. */
    attributeNames: readonly string[];
    nextOnly: ReadonlySet<string>;
    negations: PhraseSet;
    /** The titles whose criteria grade these attributes ("gia đình học tập"). */
    titles: PhraseSet;
  };
  refuse: ReadonlyMap<RefusalKind, PhraseSet>;
  /** "ngày ký", "người ký": a request to sign starting inside one is part of a noun ("cho biết ngày ký giúp tôi"). */
  signingNouns: PhraseSet;
  /** The campaign's own acts ("tự đánh giá", "tự chấm"): a question on a condition naming another subject that asks one is about the campaign. */
  campaignActs: PhraseSet;
  /** Words opening a question that point back at what the clause before names ("Đó là văn bản nào"). */
  pointersBack: PhraseSet;
  /** Papers the documents do not issue ("giấy phép", "sổ đỏ"): asked of in a message naming nothing of the campaign, refused. */
  otherPapers: PhraseSet;
  /** Messages trying to change the rules or get internals or personal data (prompts/language/guards.yaml). */
  attacks: readonly RegExp[];
  subjects: PhraseSet;
  /** The first words of `common-word-names` ("vinh"): kept with their capital where typed as names. */
  commonWordNameStarts: ReadonlySet<string>;
  /** The same names, folded ("vinh"): a subject read is said by its name as data writes it ("Vinh"). */
  commonWordNameKeys: ReadonlySet<string>;
  /** Covered place → the provinces it lies in, all folded (`lies-in`). */
  liesIn: ReadonlyMap<string, ReadonlySet<string>>;
  /** Title → the titles related to it (`related-titles`), group keys, both ways: a passage about one is about them too. */
  relatedTitles: ReadonlyMap<string, readonly string[]>;
  /** Folded alias → the key of its group (its first alias, folded). */
  subjectGroup: ReadonlyMap<string, string>;
  /** Group key → its kind (titles, places, events). */
  subjectKind: ReadonlyMap<string, string>;
  /** The kinds of subject groups (titles, places, events …). */
  subjectKinds: ReadonlySet<string>;
  /** Group key → its first alias as written ("Sơn La"), to name it in a reply. */
  subjectName: ReadonlyMap<string, string>;
  /** Group key of the whole country ("cả nước"), whose figures are the national ones; undefined without one. */
  countryGroup?: string;
  documentKinds: PhraseSet;
  /** Words naming a document of any kind ("văn bản"), asked which one; never a kind named with a number. */
  anyDocument: PhraseSet;
  /** How a document named by what it is is read (described-documents.ts). */
  described: DescribedDocuments;
  /** Places the knowledge may hold nothing about (provinces, other countries); `abroad` holds the folded countries. */
  elsewhere: PhraseSet;
  /** Folded place → its name as the data writes it ("nghe an" → "Nghệ An"). */
  elsewhereName: ReadonlyMap<string, string>;
  abroad: ReadonlySet<string>;
  /** Parts of a covered place (a city's former districts): the place for context, but no figure of their own. */
  placeParts: PhraseSet;
  /** Folded part → its name as the data writes it ("thu duc" → "Thủ Đức"). */
  placePartName: ReadonlyMap<string, string>;
  /** Folded part → the folded first name of the place it is part of ("thu duc" → "tp.hcm"), the key of its subject group. */
  placePartOf: ReadonlyMap<string, string>;
  /** Words of place after which, following the asker's own word, a province says where the asker is ("mình … ở Nghệ An"). */
  whereFrom: PhraseSet;
  /** The asker's family ("bố", "bà ngoại"): right before a word of `whereFrom`, where they live, not a place asked about. */
  family: PhraseSet;
  /** Words asking for someone ("giùm", "hộ") before one of `family`: the asker's own family. */
  familyFor: PhraseSet;
  /** Communes, wards, villages (matched with exact accents); what a local figure counts; words asking a rule instead. */
  localUnits: PhraseSet;
  localCounts: PhraseSet;
  /** "có bao nhiêu gia đình": after a local unit and a name typed in lower case, where the name ends ("xa an binh co …"). */
  localNameEnds: PhraseSet;
  /** "xã hội", "tổ chức": a local unit's word opening another word, never a unit's name. */
  unitCompounds: PhraseSet;
  ruleWords: PhraseSet;
  /** A time a rule sets ("bao lâu"): asked of a local unit, it asks the rule, not the unit's own figure. */
  ruleTimes: PhraseSet;
  /** The same, matched with their marks in a message typed with diacritics ("cán bộ" holds no "cần"). */
  ruleWordsMarked: PhraseSet;
  /** What the asker needs a figure for ("để mình đưa vào báo cáo"): a rule word inside one asks no rule. */
  askerPurpose: PhraseSet;
  /** Words asking whether a unit holds a title ("đã được công nhận", "đạt chưa"): a local unit's own status. */
  localStatus: PhraseSet;
  /** "công ty", "nhà máy": local units whose own status only `organisationStatus` asks ("có được công nhận" asks a rule). */
  organisationUnits: PhraseSet;
  /** Words asking a company's own status outright ("đã được công nhận", "có phải là"). */
  organisationStatus: PhraseSet;
  /** A clause closing with one of these ("chưa") asks a company's status with any `localStatus` words. */
  organisationStatusCloses: PhraseSet;
  /** Asker words (folded) that, after a local unit, stand for the asker only typed with their marks (bare "co" is "có"). */
  ownerWordsMarked: ReadonlySet<string>;
  /** "tỉnh", "thành phố": before a name written with capitals, a province or city asked about ("tỉnh Đông Sơn Hải"). */
  provinceUnits: PhraseSet;
  /** Phrases that, typed without diacritics, hold a province's name ("danh gia lai" is "đánh giá lại"). */
  placeLookalikes: PhraseSet;
  /** After a local unit, a pointer to the unit an earlier clause named ("trường này"). */
  unitPointers: PhraseSet;
  /** Number words, read as digits where a number stands (spoken-numbers.ts). */
  spokenNumbers: SpokenNumberWords;
  /** Telex and VNI keystrokes and the syllables they make, read in words typed with the keyboard off (typing.ts). */
  typing: Typing;
  /** Clause breaks in a long stretch typed without punctuation (run-on.ts). */
  runOn: { minWords: number; endsAfter: PhraseSet; greetings: PhraseSet; greeted: PhraseSet; speakers: PhraseSet; toldAfterSpeaker: PhraseSet; beginsBefore: PhraseSet; pauses: PhraseSet; addressees: PhraseSet; joins: PhraseSet; unknowing: PhraseSet; askedByNotAfter: PhraseSet };
}

/** The lists of answer-evidence.yaml besides the facets: unconfirmed facts, the district caveat, the units a figure
 * counts, what a case lacks and a rule requires (and requires besides), the words of an asker not recognised, the
 * openers that lean on the sentence before, the words before the day an event opened, and those asking when events
 * were held. */
export const EVIDENCE_KEYS = ['unconfirmed', 'district-caveat', 'district-caveat-said', 'counted', 'lacks', 'lacked-kinds', 'requires', 'leans-back', 'reason-follows', 'also-requires', 'not-recognised', 'tiers', 'opening', 'opening-asked'] as const;
export type EvidenceKey = (typeof EVIDENCE_KEYS)[number];

/** Why a message is refused before any search. */
export type RefusalKind = 'fabrication' | 'abuse' | 'out_of_scope' | 'opinion';

/**
 * "giúp được gì", "giúp gì được": each verb with each asked thing and each word of `able` before or after it, alone
 * or after a word of `before` ("có thể giúp được những việc gì"); a verb only the bot does (`bot-only`) after a word of
 * `before` without one too ("có thể trả lời những chuyện gì"; "tôi có thể hỗ trợ những gì cho con" asks); each verb
 * with the asker's own word after it (`helped`), alone or after `before` ("có thể hỗ trợ mình những chuyện gì"); each
 * verb after a word naming the bot (`addressed`) and a word of `before` ("bạn có thể hỗ trợ những nội dung gì").
 */
function capabilityForms({ verbs, asks, able, before, botOnly, helped, addressed }: LanguageData['capabilitiesForms']): PhraseForm[] {
  const forms = [
    [verbs, able, asks],
    [verbs, asks, able],
  ];
  const forAsker = [
    [verbs, helped, asks],
    [verbs, helped, asks, able],
    [verbs, able, helped, asks],
  ];
  const bare = [[botOnly, asks]];
  return [...forms, ...forAsker, ...[...forms, ...forAsker, ...bare].map((form) => [before, ...form]), [addressed, before, verbs, asks]];
}

/**
 * Each facet's cues, and each cue of two words or more ending in a question word again with that word's other forms
 * ("quy định gì" → "quy định cái gì"), unless it already ends in one ("là cái gì").
 */
function withQuestionWordForms(facets: Record<Facet, string[]>, forms: Record<string, string[]>): Record<Facet, string[]> {
  const variants = (cue: string) => {
    const words = cue.split(' ');
    const others = forms[words.at(-1)!] ?? [];
    if (words.length < 2 || others.some((form) => cue.endsWith(` ${form}`))) return [];
    return others.map((form) => [...words.slice(0, -1), form].join(' '));
  };
  return Object.fromEntries(FACETS.map((facet) => [facet, [...(facets[facet] ?? []), ...(facets[facet] ?? []).flatMap(variants)]])) as Record<Facet, string[]>;
}

/**
 * Self-correction pause markers with those the forms make: each opener with each slip, alone or after each asker's
 * word ("à em nhầm, …", "xin lỗi mình gõ nhầm, …") — correcting only before a pause or between two things of one kind,
 * for "xin lỗi mình gõ nhầm số CCCD, sửa thế nào" reports a slip.
 */
function pauseCorrectionMarkers({ pauseMarkers, forms }: LanguageData['filler']['selfCorrections']): string[] {
  const { openers, askers, slips } = forms;
  const made = openers.flatMap((opener) => slips.flatMap((slip) => [`${opener} ${slip}`, ...askers.map((asker) => `${opener} ${asker} ${slip}`)]));
  return [...new Set([...pauseMarkers, ...made])];
}

/** Compiles the language data once at start. */
export function compileLexicon(data: LanguageData): Lexicon {
  const pauseMarkers = pauseCorrectionMarkers(data.filler.selfCorrections);
  const key = (phrase: string) => wordsOf(phrase).map((w) => w.folded).join(' ');
  // A refusal phrase is costly when it misfires, so a word typed with diacritics must carry the phrase's own.
  const refusing = { typedAccentsCount: true, marked: data.refuse.marked };
  const facetCues = withQuestionWordForms(data.cues.facets, data.cues.questionWordForms);
  const clauseMarkKind = new Map<string, SmallTalkKind>();
  for (const kind of SMALL_TALK_KINDS) for (const phrase of data.clauseMarks[kind] ?? []) if (!clauseMarkKind.has(key(phrase))) clauseMarkKind.set(key(phrase), kind);
  const ambiguous = new Map<string, { fallback: Word[]; meaning: Word[]; after: ReadonlySet<string>; afterTyped: ReadonlySet<string>; before: ReadonlySet<string>; typed: ReadonlySet<string>; accented: boolean; bareAtEnd: ReadonlySet<string>; near: ReadonlySet<string>; nearWithin: number; nearNotAfter: ReadonlySet<string> }>();
  for (const entry of data.shorthand.ambiguous) {
    const value = {
      fallback: wordsOf(entry.default),
      meaning: wordsOf(entry.meaning),
      after: new Set(entry.after.map(key)),
      afterTyped: new Set(entry.after.map((word) => wordsOf(word).map((w) => w.text).join(' '))),
      before: new Set(entry.before.map(key)),
      typed: new Set(entry.words.flatMap((word) => wordsOf(word).map((w) => w.text.replace(/đ/gu, 'd')))),
      accented: entry.accented,
      bareAtEnd: new Set(entry['bare-at-end'].map(key)),
      near: new Set(entry.near.map(key)),
      nearWithin: entry['near-within'],
      nearNotAfter: new Set(entry['near-not-after'].map(key)),
    };
    for (const word of entry.words) ambiguous.set(key(word), value);
  }
  const kinds = data.shorthand.gluedDocumentKinds.map((kind) => key(kind)).filter((kind) => /^[a-z]+$/u.test(kind));
  // As-typed words are looked up exactly; as-typed phrases match only where every marked word is typed with its marks.
  const asTypedWords = Object.entries(data.shorthand.asTyped).filter(([k]) => !k.includes(' '));
  const asTypedPhrases = Object.entries(data.shorthand.asTyped).filter(([k]) => k.includes(' '));
  const cueAccents = data.cues.accented;
  return {
    shorthandExact: new Map([...Object.entries(data.shorthand.words), ...asTypedWords].map(([k, v]) => [wordsOf(k).map((w) => w.text).join(' '), wordsOf(v)])),
    shorthandWords: new Map(Object.entries(data.shorthand.words).reverse().map(([k, v]) => [key(k), wordsOf(v)])),
    shorthandPhrases: compilePhrases([...Object.keys(data.shorthand.phrases), ...asTypedPhrases.map(([k]) => k)], data.shorthand.exactPhrases, { markedWordsCount: true, marked: asTypedPhrases.map(([k]) => k) }),
    shorthandPhraseExpansions: new Map([...Object.entries(data.shorthand.phrases), ...asTypedPhrases].map(([k, v]) => [key(k), wordsOf(v)])),
    shorthandKept: new Set(Object.entries(data.shorthand.phrases).filter(([k, v]) => wordsOf(k).map((w) => w.text).join(' ') === wordsOf(v).map((w) => w.text).join(' ')).map(([k]) => key(k))),
    abbreviationAsked: { markers: compilePhrases(data.shorthand.abbreviationAsked.markers), joiners: compilePhrases(data.shorthand.abbreviationAsked.joiners) },
    titleHolders: compilePhrases(data.shorthand.titleHolders),
    notListedBefore: compilePhrases(data.shorthand.notListedBefore),
    listedActs: compilePhrases(data.shorthand.listedActs),
    clauseBoundary: clauseBoundary(data.shorthand.webEndings, data.shorthand.emoticons),
    typedFace: data.shorthand.emoticons.length > 0 ? new RegExp(typedFaces(data.shorthand.emoticons)!, 'u') : undefined,
    abbreviationStops:
      Object.keys(data.shorthand.abbreviationStops).length > 0
        ? {
            pattern: new RegExp(`(?<![\\p{L}\\p{N}])(${Object.keys(data.shorthand.abbreviationStops).join('|')})\\.(?=\\s)`, 'giu'),
            spelled: new Map(Object.entries(data.shorthand.abbreviationStops).map(([abbreviation, meaning]) => [abbreviation.toLowerCase(), meaning])),
          }
        : undefined,
    ambiguous,
    gluedUnits: new Map(Object.entries(data.shorthand.gluedUnits).map(([unit, spelled]) => [key(unit), spelled])),
    gluedKinds: new RegExp(`^(${kinds.join('|') || '(?!)'})(\\d+(?:/[\\p{L}\\p{N}-]+)*)$`, 'u'),
    gluedMonths: {
      pattern: new RegExp(`^(${Object.keys(data.shorthand.gluedMonths).map(key).join('|') || '(?!)'})(\\d{1,2})((?:[/.-]\\d{2,4})?)$`, 'u'),
      spelled: new Map(Object.entries(data.shorthand.gluedMonths).map(([word, spelled]) => [key(word), spelled])),
      weekdayWords: new Set(data.shorthand.gluedWeekdayWords.map(key)),
    },
    filler: compilePhrases(data.filler.phrases, data.filler.accented),
    starts: compilePhrases(data.filler.starts, data.filler.accented),
    ends: compilePhrases(data.filler.ends, data.filler.accented),
    hearsay: { opens: compilePhrases(data.filler.hearsay.opens, data.filler.accented), closes: compilePhrases(data.filler.hearsay.closes, data.filler.accented), within: data.filler.hearsay.within },
    speakerTag: {
      closes: compilePhrases(data.filler.speakerTag.closes, data.filler.speakerTag.closes),
      within: data.filler.speakerTag.within,
      bareNotAfter: compilePhrases(data.filler.speakerTag.bareNotAfter),
    },
    // Always matched as written ("hội" is no "hỏi", "có" no "cô").
    askedBy: { opens: compilePhrases(data.filler.askedBy.opens, data.filler.askedBy.opens), closes: compilePhrases(data.filler.askedBy.closes, data.filler.askedBy.closes), within: data.filler.askedBy.within },
    tasksGiven: { verbs: compilePhrases(data.filler.tasksGiven.verbs, data.filler.tasksGiven.verbs), doers: compilePhrases(data.filler.tasksGiven.doers) },
    ownTask: {
      needs: compilePhrases(data.filler.ownTask.needs, data.filler.ownTask.needs),
      verbs: compilePhrases(data.filler.ownTask.verbs, data.filler.ownTask.verbs),
      comparing: compilePhrases(data.filler.ownTask.comparing, data.filler.ownTask.comparing),
      notWith: compilePhrases(data.filler.ownTask.notWith, data.filler.ownTask.notWith),
      purposes: compilePhrases(data.filler.ownTask.purposes, data.filler.ownTask.purposes),
    },
    askedByBare: {
      opens: compilePhrases(data.filler.askedBy.opens.filter((open) => !data.filler.askedByBare.notOpens.includes(open))),
      closes: compilePhrases(data.filler.askedByBare.closes),
      within: data.filler.askedBy.within,
      notOpens: compilePhrases(data.filler.askedByBare.notOpens),
      notAfter: compilePhrases(data.filler.askedByBare.notAfter),
      notBefore: compilePhrases(data.filler.askedByBare.notBefore),
    },
    purposes: compilePhrases(data.filler.purposes, data.filler.accented),
    asides: compilePhrases(data.filler.asides, data.filler.asides),
    asidesUnknowing: compilePhrases(data.filler.asidesUnknowing),
    notAsked: {
      openers: compilePhrases(data.filler.notAsked.openers, data.filler.notAsked.openers),
      closes: compilePhrases(data.filler.notAsked.closes, data.filler.notAsked.closes),
      clauseOpens: compilePhrases(data.filler.notAsked.clauseOpens, data.filler.notAsked.clauseOpens),
      clauseCloses: compilePhrases(data.filler.notAsked.clauseCloses, data.filler.notAsked.clauseCloses),
    },
    pastMarkers: compilePhrases(data.filler.pastMarkers, data.filler.pastMarkers),
    beliefs: compilePhrases(data.filler.beliefs, data.filler.beliefs),
    purposeOpeners: compilePhrases(data.filler.purposeOpeners),
    nowMarkers: compilePhrases(data.filler.nowMarkers, data.filler.nowMarkers),
    selfCorrections: {
      markers: compilePhrases(data.filler.selfCorrections.markers, data.filler.selfCorrections.markers),
      pauseMarkers: compilePhrases(pauseMarkers, pauseMarkers),
      bareMarkers: compilePhrases(data.filler.selfCorrections.bareMarkers, data.filler.selfCorrections.bareMarkers),
      leads: compilePhrases(data.filler.selfCorrections.leads, data.filler.selfCorrections.leads),
      closers: compilePhrases(data.filler.selfCorrections.closers),
    },
    // Always matched as written: folded, "bạn" would be "bản" and "mình" the "Minh" of Hồ Chí Minh.
    askerWords: compilePhrases(data.filler.askerWords, data.filler.askerWords),
    introductions: compilePhrases(data.filler.introductions, data.filler.introductions),
    smallTalk: compileSmallTalkPhrases(data.smallTalk, capabilityForms(data.capabilitiesForms), data.smallTalkAccented),
    smallTalkJoiners: compilePhrases(data.smallTalkJoiners),
    identityMore: compilePhrases(data.identityMore),
    capabilitiesTopics: { opens: compilePhrases(data.capabilitiesTopics.opens), closes: compilePhrases(data.capabilitiesTopics.closes) },
    capabilitiesOfBot: compileForms([[data.capabilitiesForms.before, data.capabilitiesForms.verbs, data.capabilitiesForms.asks]]),
    leaveAsking: compilePhrases(data.leaveAsking),
    leaveAskingAfter: compilePhrases(data.leaveAskingAfter),
    capabilitiesForWhom: compilePhrases(data.capabilitiesForms.forWhom),
    praiseOpeners: compilePhrases(data.praiseOpeners),
    thankedFor: compilePhrases(data.thankedFor),
    thankedForTurns: compilePhrases(data.thankedForTurns),
    askingConditions: compilePhrases(data.askingConditions, data.askingConditions),
    aboutTheBot: compilePhrases(data.aboutTheBot),
    privacyChatWords: compilePhrases(data.privacyChatWords, data.privacyChatWords),
    deniesAsking: compilePhrases(data.deniesAsking),
    smallTalkTimes: compilePhrases(data.smallTalkTimes),
    thanksOnly: compilePhrases(data.thanksOnly),
    relayedOpeners: compilePhrases(data.relayedOpeners),
    relayedSays: compilePhrases(data.relayedSays),
    passedOn: {
      verbs: compilePhrases(data.passedOn.verbs),
      links: compilePhrases(data.passedOn.links),
      done: compilePhrases(data.passedOn.done, data.passedOn.done),
      audiences: compilePhrases(data.passedOn.audiences),
    },
    leaveTaking: { opens: compilePhrases(data.leaveTaking.opens), closes: compilePhrases(data.leaveTaking.closes), within: data.leaveTaking.within },
    requestOpeners: compilePhrases(data.requestOpeners),
    clauseMarks: compilePhrases([...clauseMarkKind.keys()]),
    clauseMarkKind,
    questionMarks: compilePhrases(data.cues.questionMarks, cueAccents),
    facets: new Map(FACETS.map((facet) => [facet, compilePhrases(facetCues[facet] ?? [], cueAccents, { except: facet === 'number' ? data.cues.notCounts : [] })])),
    relativeYears: relativeYearsNotCounted(Object.keys(data.cues.relativeYears), data.cues.countedYears),
    relativeYearValue: new Map(Object.entries(data.cues.relativeYears).map(([k, v]) => [key(k), v])),
    weekTopic: compilePhrases(data.cues.weekTopic),
    refersBack: compilePhrases(data.cues.refersBack, data.cues.refersBack),
    pronouns: compilePhrases(data.cues.pronouns, data.cues.pronouns),
    topicPointers: compilePhrases(Object.values(data.cues.topicPointers).flat(), Object.values(data.cues.topicPointers).flat()),
    topicPointerPairs: compilePhrases(data.cues.topicPointerPairs, data.cues.topicPointerPairs),
    topicPointerKind: new Map(Object.entries(data.cues.topicPointers).flatMap(([kind, pointers]) => pointers.map((pointer) => [key(pointer), key(kind)] as const))),
    pronounTopicOpeners: compilePhrases(data.cues.pronounTopicOpeners, data.cues.pronounTopicOpeners),
    demonstratives: compilePhrases(data.cues.demonstratives, data.cues.demonstratives),
    connectives: compilePhrases(data.cues.connectives, data.cues.connectives),
    followUpOpeners: compilePhrases(data.cues.followUp.openers, [], { typedAccentsCount: true }),
    followUpClosers: compilePhrases(data.cues.followUp.closers),
    followUpAsksSame: compilePhrases(data.cues.followUp.asksSame),
    followUpAsksSameClosing: compilePhrases(data.cues.followUp.asksSameClosing),
    followUpShapeWords: compilePhrases(data.cues.followUp.shapeWords),
    followUpPointsBack: compilePhrases(data.cues.followUp.pointsBack),
    followUpPointsAtDocument: compilePhrases(data.cues.followUp.pointsAtDocument),
    followUpPointedAspects: compilePhrases(data.cues.followUp.pointedAspects, data.cues.followUp.notAspects, { except: data.cues.followUp.notAspects }),
    followUpPointsAtAskedDocument: compilePhrases(data.cues.followUp.pointsAtAskedDocument),
    followUpBareTitles: compilePhrases(data.cues.followUp.bareTitles),
    followUpHolders: compilePhrases(Object.keys(data.cues.followUp.holders), Object.keys(data.cues.followUp.holders), { except: data.cues.followUp.notHolders }),
    followUpBeforeHolders: compilePhrases(data.cues.followUp.beforeHolders),
    followUpHolderTitle: new Map(Object.entries(data.cues.followUp.holders).map(([holder, title]) => [key(holder), title])),
    followUpCorrects: compilePhrases(data.cues.followUp.corrects, data.cues.followUp.corrects),
    followUpCorrectsAlone: compilePhrases(data.cues.followUp.correctsAlone, data.cues.followUp.correctsAlone),
    followUpNoAnswers: compilePhrases(data.cues.followUp.noAnswers, data.cues.followUp.noAnswers),
    followUpAsksAgain: compilePhrases(data.cues.followUp.asksAgain, data.cues.followUp.asksAgain),
    followUpNow: compilePhrases(data.cues.followUp.now),
    conditionMarkers: compilePhrases(data.cues.conditionMarkers),
    weakCues: compilePhrases(data.cues.weakCues),
    nationalFacets: new Set(data.cues.nationalFacets),
    yearPrepositions: compilePhrases(data.cues.yearPrepositions),
    questionParticles: compilePhrases(data.cues.questionParticles, data.cues.questionParticles, { marked: data.cues.questionParticles }),
    questionParticlesBare: compilePhrases(data.cues.questionParticlesBare),
    questionParticlesBareAfter: compilePhrases(data.cues.questionParticlesBareAfter),
    questionParticlesMarked: compilePhrases(data.cues.questionParticlesMarked, data.cues.questionParticlesMarked, { marked: data.cues.questionParticlesMarked }),
    questionParticleReading: wordsOf(data.cues.questionParticleReading),
    existsChecks: compilePhrases(data.cues.existsChecks),
    afterthoughtOpeners: compilePhrases(data.cues.afterthoughtOpeners),
    approximations: compilePhrases(data.cues.approximations, data.cues.approximationsMarked, { marked: data.cues.approximationsMarked }),
    approximationsNotAfter: compilePhrases(data.cues.approximationsNotAfter),
    amountComparators: compilePhrases(data.cues.amountComparators),
    reasonOpeners: compilePhrases(data.cues.reasonOpeners, data.cues.reasonOpeners),
    weekNow: compilePhrases(data.cues.weekNow),
    continuesBefore: compilePhrases(data.cues.continuesBefore, [], { typedAccentsCount: true }),
    actsAsked: {
      who: compilePhrases(data.cues.actsAsked.who),
      acts: compilePhrases(data.cues.actsAsked.acts.flat()),
      groupOf: new Map(data.cues.actsAsked.acts.flatMap((group) => group.map((act) => [key(act), group.map((each) => wordsOf(each).map((w) => w.text).join(' '))] as const))),
      links: compilePhrases(data.cues.actsAsked.links),
      within: data.cues.actsAsked.within,
      claimers: compilePhrases(data.cues.actsAsked.claimers),
      claimedActors: compilePhrases(data.cues.actsAsked.claimedActors),
      notActors: compilePhrases(data.cues.actsAsked.notActors),
      tags: compilePhrases(data.cues.actsAsked.tags),
      claimOpeners: compilePhrases(data.cues.actsAsked.claimOpeners),
      claimWithin: data.cues.actsAsked.claimWithin,
      claimAsked: data.cues.actsAsked.claimAsked,
      standIns: new Map(Object.entries(data.cues.actsAsked.standIns)),
      notAfter: data.cues.actsAsked.notAfter,
      doneTo: compilePhrases(data.cues.actsAsked.doneTo),
      doers: data.cues.actsAsked.doers,
    },
    documentTopicClaims: {
      about: compilePhrases(data.cues.documentTopicClaims.about),
      aspects: compilePhrases(data.cues.documentTopicClaims.aspects),
      closes: compilePhrases(data.cues.documentTopicClaims.closes),
      asks: wordsOf(data.cues.documentTopicClaims.asks),
      asksTopic: wordsOf(data.cues.documentTopicClaims.asksTopic),
    },
    purposeAsked: {
      phrases: compilePhrases(data.cues.purposeAsked.phrases),
      made: compilePhrases(data.cues.purposeAsked.made),
      heads: compilePhrases(data.cues.purposeAsked.heads),
      reads: { subject: wordsOf(data.cues.purposeAsked.reads.subject), document: wordsOf(data.cues.purposeAsked.reads.document) },
    },
    predecessor: compilePhrases(data.cues.predecessor),
    beforeDocument: compilePhrases(data.cues.beforeDocument),
    actRequests: {
      verbs: compilePhrases(data.cues.actRequests.verbs),
      outright: compilePhrases(data.cues.actRequests.outright, data.cues.actRequests.outright),
      helpers: compilePhrases(data.cues.actRequests.helpers, data.cues.actRequests.helpers),
      helpersBefore: compilePhrases(data.cues.actRequests.helpersBefore, data.cues.actRequests.helpersBefore),
      addressees: compilePhrases(data.cues.actRequests.addressees),
      notHelpers: compilePhrases(data.cues.actRequests.notHelpers),
      told: compilePhrases(data.cues.actRequests.told),
      closes: compilePhrases(data.cues.actRequests.closes),
      actors: compilePhrases(data.cues.actRequests.actors),
      unless: compilePhrases(data.cues.actRequests.unless),
    },
    moneyAsked: compilePhrases(data.cues.money.asked),
    moneyBesideAsks: compilePhrases(data.cues.money.besideAsks),
    sumAsked: {
      sums: compilePhrases(data.cues.money.sums, data.cues.money.sums),
      amountWords: compilePhrases(data.cues.money.amountWords, data.cues.money.amountWords),
      units: compilePhrases(data.cues.money.units, data.cues.money.units),
    },
    amountToldBefore: compilePhrases(data.cues.money.toldBefore, data.cues.money.toldBefore),
    amountGluedUnits: new Set(data.cues.money.gluedUnits.map((unit) => unit.toLowerCase())),
    actualAsked: compilePhrases(data.cues.actual.asked, data.cues.actual.asked),
    plannedSaid: compilePhrases(data.cues.actual.planned),
    targetsSearch: data.cues.actual.targetsSearch,
    actualAskedNational: compilePhrases(data.cues.actual.askedNational),
    nationalAsked: compilePhrases(data.cues.actual.national),
    notNational: compilePhrases(data.cues.actual.notNational),
    countAsked: {
      cues: compilePhrases(data.cues.count.asked),
      notAfter: compilePhrases(data.cues.count.notAfter),
      ends: compilePhrases(data.cues.count.ends),
      notCounted: compilePhrases(data.cues.count.notCounted, data.cues.count.notCounted),
      sourceMarks: compilePhrases(data.cues.count.sourceMarks),
      same: data.cues.count.same.map((group) => group.map((phrase) => wordsOf(phrase).map((word) => word.folded))),
    },
    numeralWords: compilePhrases(data.cues.count.numerals, data.cues.count.numerals),
    prediction: { results: compilePhrases(data.cues.prediction.results), sure: compilePhrases(data.cues.prediction.sure) },
    shareAsked: compilePhrases(data.cues.shareAsked),
    moneySaid: compilePhrases(data.cues.money.said, data.cues.money.said),
    benefitAsked: compilePhrases(data.cues.benefits.asked),
    benefitSaid: compilePhrases(data.cues.benefits.said, data.cues.benefits.said),
    latestAsked: { cues: compilePhrases(data.cues.latest.cues, data.cues.latest.cues), events: compilePhrases(data.cues.latest.events, data.cues.latest.events) },
    obligationAsked: compilePhrases(data.cues.obligations.asked),
    obligationFrame: { acts: compilePhrases(data.cues.obligations.acts), asks: compilePhrases(data.cues.obligations.asks) },
    obligationSaid: compilePhrases(data.cues.obligations.said, data.cues.obligations.said),
    amountAsked: compilePhrases(data.cues.money.amounts),
    amountSaid: compilePhrases(data.cues.money.amountsSaid, data.cues.money.amountsSaid),
    verdictPredicates: compilePhrases(data.cues.verdictPredicates),
    wholeCriteria: compilePhrases(data.cues.wholeCriteria),
    verdictPredicateText: new Map(data.cues.verdictPredicates.map((phrase) => [key(phrase), phrase])),
    comparisonJoiners: compilePhrases(data.cues.comparisonJoiners),
    yearSideOpeners: compilePhrases(data.cues.yearSideOpeners),
    yearSideLinks: compilePhrases(data.cues.yearSideLinks),
    comparisonPointers: compilePhrases(data.cues.comparisonPointers),
    comparisonTimeOrder: compilePhrases(data.cues.comparisonTimeOrder),
    documentDates: compilePhrases(data.cues.documentDates, cueAccents),
    documentDatesNotAfter: compilePhrases(data.cues.documentDatesNotAfter),
    deadlineCues: compilePhrases(data.cues.deadlineCues, cueAccents),
    notComingWeek: compilePhrases(data.cues.notComingWeek),
    choiceWords: compilePhrases(data.cues.choiceWords, data.cues.choiceWords),
    eitherCloses: compilePhrases(data.cues.eitherCloses, data.cues.eitherCloses),
    likeness: compilePhrases(data.cues.likeness, data.cues.likeness, { except: data.cues.notLikeness }),
    relativeYearJoiners: compilePhrases(data.cues.relativeYearJoiners),
    choiceFrames: compilePhrases(data.cues.choiceFrames, data.cues.choiceFrames),
    choiceEchoCloses: compilePhrases(data.cues.choiceEchoCloses),
    notAsking: compilePhrases(data.cues.notAsking),
    notAskingBare: compilePhrases(data.cues.notAskingBare),
    helpThanked: {
      openers: compilePhrases(data.cues.helpThanked.openers),
      helpers: compilePhrases(data.cues.helpThanked.helpers),
      links: compilePhrases(data.cues.helpThanked.links, data.cues.helpThanked.links),
      within: data.cues.helpThanked.within,
      ends: compilePhrases(data.cues.helpThanked.ends, data.cues.helpThanked.ends),
    },
    anythingCondition: {
      opens: compilePhrases(data.cues.anythingCondition.opens, cueAccents),
      laterOpens: compilePhrases(data.cues.anythingCondition.laterOpens, cueAccents),
      laterSkips: compilePhrases(data.cues.anythingCondition.laterSkips),
      then: compilePhrases(data.cues.anythingCondition.then, data.cues.anythingCondition.then),
      thenSkips: compilePhrases(data.cues.anythingCondition.thenSkips),
      within: data.cues.anythingCondition.within,
      verbs: compilePhrases(data.cues.anythingCondition.verbs, cueAccents),
    },
    withoutTopic: compilePhrases(data.cues.withoutTopic, data.cues.withoutTopic),
    weekDatesChecked: { words: compilePhrases(data.cues.weekDatesChecked.words, data.cues.weekDatesChecked.words), beforeFigure: compilePhrases(data.cues.weekDatesChecked.beforeFigure) },
    actDatesChecked: {
      acts: compilePhrases(data.cues.actDatesChecked.acts, data.cues.actDatesChecked.acts, { except: data.cues.actDatesChecked.notActs }),
      // Folded: bare "ky" is read as "ký" (the question read may mix bare words with those the shorthand wrote out).
      ownDate: compilePhrases(data.cues.actDatesChecked.ownDate, [], { except: data.cues.actDatesChecked.notActs }),
      beforeFigure: compilePhrases(data.cues.actDatesChecked.beforeFigure),
      within: data.cues.actDatesChecked.within,
    },
    accordingTo: compilePhrases(data.cues.accordingTo),
    requests: compilePhrases(data.cues.requests, cueAccents, { except: data.cues.notRequests }),
    searchWords: compilePhrases(data.cues.searchWords.words, cueAccents),
    searchWordsWithin: data.cues.searchWords.within,
    universalCloses: compilePhrases(data.cues.universalFrame.closes),
    universalReasons: compilePhrases(data.cues.universalFrame.reasons, data.cues.accented),
    universalBreaks: compilePhrases(data.cues.universalFrame.breaks),
    universalWithin: data.cues.universalFrame.within,
    negation: {
      opens: compilePhrases(data.cues.negationFrame.opens),
      closes: compilePhrases(data.cues.negationFrame.closes),
      // With their marks when the message has them: "làm" is no "lắm", "ký" no "kỹ".
      knowing: compilePhrases(data.cues.negationFrame.knowing, data.cues.negationFrame.knowing),
      degree: compilePhrases(data.cues.negationFrame.degree, data.cues.negationFrame.degree),
      toldAfter: compilePhrases(data.cues.negationFrame.toldAfter),
      senses: compilePhrases(data.cues.negationFrame.senses),
      within: data.cues.negationFrame.within,
    },
    caseUnits: compilePhrases(data.cues.caseUnits),
    headCountUnits: compilePhrases(data.cues.headCountUnits),
    unsureMarkers: compilePhrases(data.cues.unsureMarkers),
    facetFrames: FACETS.flatMap((facet) => {
      const frame = data.cues.facetFrames[facet];
      return frame ? [{ facet, opens: compilePhrases(frame.opens, cueAccents), closes: compilePhrases(frame.closes, cueAccents), within: frame.within }] : [];
    }),
    yesNoOpens: compilePhrases(data.cues.yesNoFrame.opens, cueAccents),
    yesNoOpensBeforePolite: compilePhrases(data.cues.yesNoFrame.opens, cueAccents, { except: data.cues.yesNoFrame.politeNotOpens }),
    yesNoCloses: compilePhrases(data.cues.yesNoFrame.closes, cueAccents),
    yesNoWhat: compilePhrases(data.cues.yesNoFrame.what, cueAccents),
    yesNoWhatOpens: compilePhrases(data.cues.yesNoFrame.whatOpens, data.cues.yesNoFrame.whatOpens),
    yesNoWhatCloses: compilePhrases(data.cues.yesNoFrame.whatCloses, data.cues.yesNoFrame.whatCloses),
    yesNoCounts: compilePhrases(data.cues.yesNoFrame.counts, cueAccents),
    yesNoPolite: compilePhrases(data.cues.yesNoFrame.polite),
    yesNoPoliteEnds: compilePhrases(data.cues.yesNoFrame.politeEnds),
    subjects: compilePhrases(
      data.subjects.groups.flatMap((group) => group.aliases),
      [],
      { names: { phrases: data.subjects.commonWordNames ?? [], after: data.elsewhere.provinceUnits }, except: [...(data.subjects.notNames ?? []), ...longerNames(data.elsewhere.vietnam, data.subjects.commonWordNames ?? [])] },
    ),
    commonWordNameStarts: new Set((data.subjects.commonWordNames ?? []).map((name) => wordsOf(name)[0]!.text)),
    commonWordNameKeys: new Set((data.subjects.commonWordNames ?? []).map(key)),
    liesIn: new Map(Object.entries(data.subjects.liesIn ?? {}).map(([place, provinces]) => [key(place), new Set(provinces.map(key))] as const)),
    relatedTitles: relatedTitleKeys(data.subjects.relatedTitles ?? [], key),
    subjectGroup: new Map(data.subjects.groups.flatMap((group) => group.aliases.map((alias) => [key(alias), key(group.aliases[0]!)] as const))),
    subjectKind: new Map(data.subjects.groups.map((group) => [key(group.aliases[0]!), group.kind])),
    subjectKinds: new Set(data.subjects.groups.map((group) => group.kind)),
    subjectName: new Map(data.subjects.groups.map((group) => [key(group.aliases[0]!), group.aliases[0]!])),
    countryGroup: data.subjects.country?.[0] === undefined ? undefined : key(data.subjects.country[0]),
    documentKinds: compilePhrases(data.subjects.documentKinds),
    anyDocument: compilePhrases(data.subjects.anyDocument ?? []),
    described: compileDescribed(data.subjects.describedDocuments),
    elsewhere: compilePhrases([...data.elsewhere.vietnam, ...data.elsewhere.abroad], [...data.elsewhere.vietnam, ...data.elsewhere.abroad]),
    elsewhereName: new Map([...data.elsewhere.vietnam, ...data.elsewhere.abroad].map((place) => [key(place), place] as const)),
    abroad: new Set(data.elsewhere.abroad.map(key)),
    placeParts: compilePhrases(data.elsewhere.parts, data.elsewhere.parts),
    placePartName: new Map(data.elsewhere.parts.map((part) => [key(part), part] as const)),
    placePartOf: new Map(Object.entries(data.elsewhere.partOf).map(([part, place]) => [key(part), key(place)] as const)),
    whereFrom: compilePhrases(data.elsewhere.whereFrom),
    family: compilePhrases(data.elsewhere.family, data.elsewhere.family),
    familyFor: compilePhrases(data.elsewhere.familyFor, data.elsewhere.familyFor),
    localUnits: compilePhrases([...data.elsewhere.localUnits, ...data.elsewhere.organisationUnits], [...data.elsewhere.localUnits, ...data.elsewhere.organisationUnits], { except: data.elsewhere.notUnits }),
    organisationUnits: compilePhrases(data.elsewhere.organisationUnits, data.elsewhere.organisationUnits),
    organisationStatus: compilePhrases(data.elsewhere.organisationStatus),
    organisationStatusCloses: compilePhrases(data.elsewhere.organisationStatusCloses, data.elsewhere.organisationStatusCloses),
    ownerWordsMarked: new Set(data.elsewhere.ownerWordsMarked.map((word) => fold(word.toLowerCase()))),
    localCounts: compilePhrases(data.elsewhere.localCounts, data.elsewhere.localCounts),
    localNameEnds: compilePhrases(data.elsewhere.localNameEnds),
    unitCompounds: compilePhrases(data.elsewhere.unitCompounds),
    ruleWords: compilePhrases(data.elsewhere.ruleWords, [], { except: data.elsewhere.notRuleWords }),
    ruleTimes: compilePhrases(data.elsewhere.ruleTimes),
    ruleWordsMarked: compilePhrases(data.elsewhere.ruleWords, data.elsewhere.ruleWords, { except: data.elsewhere.notRuleWords }),
    askerPurpose: compilePhrases(data.elsewhere.askerPurpose),
    localStatus: compilePhrases(data.elsewhere.localStatus),
    provinceUnits: compilePhrases(data.elsewhere.provinceUnits, data.elsewhere.provinceUnits),
    placeLookalikes: compilePhrases(data.elsewhere.lookalikes),
    unitPointers: compilePhrases(data.elsewhere.unitPointers),
    spokenNumbers: compileSpokenNumbers(data.spokenNumbers),
    typing: compileTyping(data.typing, [...Object.keys(data.shorthand.words), ...Object.keys(data.shorthand.asTyped), ...data.shorthand.ambiguous.flatMap((entry) => entry.words), ...data.shorthand.webEndings]),
    runOn: {
      minWords: data.filler.runOn.minWords,
      endsAfter: compilePhrases(data.filler.runOn.endsAfter, data.filler.runOn.endsAfter),
      greetings: compilePhrases(data.filler.runOn.greetings),
      greeted: compilePhrases(data.filler.runOn.greeted, data.filler.runOn.greeted),
      speakers: compilePhrases(data.filler.runOn.speakers, data.filler.runOn.speakers),
      toldAfterSpeaker: compilePhrases(data.filler.runOn.toldAfterSpeaker),
      beginsBefore: compilePhrases(data.filler.runOn.beginsBefore),
      pauses: compilePhrases(data.filler.runOn.pauses, data.filler.runOn.pauses),
      addressees: compilePhrases(data.filler.runOn.addressees, data.filler.runOn.addressees),
      joins: compilePhrases(data.filler.runOn.joins),
      unknowing: compilePhrases(data.filler.runOn.unknowing),
      askedByNotAfter: compilePhrases(data.filler.runOn.askedByNotAfter, data.filler.runOn.askedByNotAfter),
    },
    refuse: new Map<RefusalKind, PhraseSet>([
      ['fabrication', compilePhrases(data.refuse.fabrication, data.refuse.accented, refusing)],
      ['abuse', compilePhrases(data.refuse.abuse, data.refuse.accented, refusing)],
      ['out_of_scope', compilePhrases(data.refuse.outOfScope, data.refuse.accented, { ...refusing, except: data.refuse.notOutOfScope })],
      ['opinion', compilePhrases(data.refuse.opinion, data.refuse.accented, refusing)],
    ]),
    signingNouns: compilePhrases(data.refuse.signingNouns, data.refuse.signingNouns),
    campaignActs: compilePhrases(data.refuse.campaignActs),
    pointersBack: compilePhrases(data.refuse.pointersBack, data.refuse.pointersBack),
    otherPapers: compilePhrases(data.refuse.otherPapers, data.refuse.accented, { typedAccentsCount: true, marked: data.refuse.marked }),
    attacks: data.guards.attacks,
    ruleCategories: Object.entries(data.ruleCategories).map(([label, words]) => ({ label: key(label), words: compilePhrases(words) })),
    requirementsSearch: data.requirementsSearch,
    abbreviationSearch: data.abbreviationSearch,
    levelWords: data.levels,
    levels: compilePhrases(data.levels),
    grades: {
      ranks: compilePhrases(data.grades.scale.flat(), [], { except: data.grades.notGrades }),
      written: new Map(data.grades.scale.flat().map((grade) => [key(grade), wordsOf(grade).map((w) => w.text).join(' ')])),
      rankOf: new Map(data.grades.scale.flatMap((alike, rank) => alike.map((grade) => [key(grade), rank] as const))),
      attributes: compilePhrases(data.grades.attributes.flat()),
      attributeOf: new Map(data.grades.attributes.flatMap((alike, line) => alike.map((attribute) => [key(attribute), line] as const))),
      attributeNames: data.grades.attributes.map((alike) => alike[0]!),
      nextOnly: new Set(data.grades.nextOnly.map(key)),
      negations: compilePhrases(data.grades.negations),
      titles: compilePhrases(data.grades.titles),
    },
    evidence: new Map(
      Object.entries(data.evidence).map(([facet, phrases]) => [facet as Facet | EvidenceKey, compilePhrases(phrases ?? [], phrases ?? [])]),
    ),
  };
}

/**
 * The relative-year phrases, except after a word counting years ("nhà em mấy năm nay đều được khen", "vài năm trước"):
 * the counted span is read whole and found as nothing, at its start and inside it. The counting word must be typed with
 * its marks when accents count ("bảo năm nay" is no "bao năm nay").
 */
function relativeYearsNotCounted(phrases: readonly string[], counting: readonly string[]): PhraseSet {
  const counted = counting.flatMap((count) => phrases.map((phrase) => `${count} ${phrase}`));
  const all = compilePhrases([...phrases, ...counted], counted);
  const dropped = new Set(counted.map((phrase) => wordsOf(phrase).map((w) => w.folded).join(' ')));
  const countedAt = (words: readonly Word[], index: number, accentsCount: boolean) => {
    const length = all.matchAt(words, index, accentsCount);
    return length > 0 && dropped.has(words.slice(index, index + length).map((w) => w.folded).join(' ')) ? length : 0;
  };
  return {
    matchAt: (words, index, accentsCount) => (countedAt(words, index, accentsCount) > 0 || (index > 0 && countedAt(words, index - 1, accentsCount) > 1) ? 0 : all.matchAt(words, index, accentsCount)),
    find: (words, accentsCount) => all.find(words, accentsCount).filter(({ phrase }) => !dropped.has(phrase)),
  };
}

/** subjects.yaml `described-documents`, as loaded. */
export interface DescribedDocumentsData {
  kinds: Record<string, string[]>;
  notKinds: string[];
  alsoWords: string[];
  kindOpeners: string[];
  needsIssuerOrYear: string[];
  issuers: Record<string, string[]>;
  issuerMarkers: string[];
  pluralBefore: string[];
  absentBefore: string[];
  inForce: string[];
  replaced: string[];
  bareNumberNext?: string[];
  bareNumberNotAfter?: string[];
}

/** subjects.yaml `described-documents`, compiled: how a document named by what it is is read. */
export interface DescribedDocuments {
  /** The kinds residents say ("qđ", "thông tư"), never inside `not-kinds` ("truyền thông tư vấn"). */
  kinds: PhraseSet;
  /** Each kind (folded) to the word its documents' titles use ("qđ" → "quyết định"). */
  kindTitle: Map<string, string>;
  /** Kinds that are also a verb or a common noun, a document only at a clause's start or after `kindOpeners`. */
  alsoWords: PhraseSet;
  kindOpeners: PhraseSet;
  /** Title words of the kinds read only with an issuer or a year said ("chương trình", "kế hoạch"). */
  needsIssuerOrYear: Set<string>;
  /** Issuers as residents name them ("bộ gd"), and each (folded) to the name the documents give. */
  issuers: PhraseSet;
  issuerName: Map<string, string>;
  /** Words after which an issuer is said ("của", "do"). */
  issuerMarkers: PhraseSet;
  /** Words before a kind said of several documents ("các", "hai"). */
  pluralBefore: PhraseSet;
  /** Words before a kind saying no such document exists ("không có"). */
  absentBefore: PhraseSet;
  /** Words right after a kind saying the document is the one in force ("mới"), or one replaced ("cũ"). */
  inForce: PhraseSet;
  replaced: PhraseSet;
  /** Words that may follow a document's number typed without its kind ("6782 của Bộ …", "1373 là gì"). */
  bareNumberNext: PhraseSet;
  /** Words before a number that make it a day, an amount, a count, a telephone or a part of a text ("năm", "khoảng",
   * "hotline", "điều"), never a document's number. */
  bareNumberNotAfter: PhraseSet;
}

/** The issuer name standing for the bodies whose documents the index does not number. */
export const LOCAL_ISSUER = 'địa phương';

function compileDescribed(data: DescribedDocumentsData | undefined): DescribedDocuments {
  const kinds = Object.values(data?.kinds ?? {}).flat();
  return {
    kinds: compilePhrases(kinds, kinds, { except: data?.notKinds ?? [] }),
    kindTitle: phraseNames(data?.kinds ?? {}),
    alsoWords: compilePhrases(data?.alsoWords ?? []),
    kindOpeners: compilePhrases(data?.kindOpeners ?? []),
    needsIssuerOrYear: new Set(data?.needsIssuerOrYear ?? []),
    issuers: compilePhrases(Object.values(data?.issuers ?? {}).flat(), Object.values(data?.issuers ?? {}).flat()),
    issuerName: phraseNames(data?.issuers ?? {}),
    issuerMarkers: compilePhrases(data?.issuerMarkers ?? []),
    pluralBefore: compilePhrases(data?.pluralBefore ?? []),
    absentBefore: compilePhrases(data?.absentBefore ?? []),
    inForce: compilePhrases(data?.inForce ?? []),
    replaced: compilePhrases(data?.replaced ?? []),
    bareNumberNext: compilePhrases(data?.bareNumberNext ?? []),
    bareNumberNotAfter: compilePhrases(data?.bareNumberNotAfter ?? []),
  };
}

/** Each phrase of `groups` (folded) to the name it is listed under: `{ name: [phrases] }`. */
function phraseNames(groups: Record<string, string[]>): Map<string, string> {
  return new Map(Object.entries(groups).flatMap(([name, phrases]) => phrases.map((phrase) => [wordsOf(phrase).map((w) => w.folded).join(' '), name] as const)));
}

/** Names of places holding one of `names` among other words ("Trà Vinh" holds "Vinh"): no name is read inside one. */
function longerNames(places: readonly string[], names: readonly string[]): string[] {
  const starts = new Set(names.map((name) => wordsOf(name)[0]!.folded));
  return places.filter((place) => wordsOf(place).length > 1 && wordsOf(place).some((word) => starts.has(word.folded)));
}

/** Each title of `related-titles` → the other titles of every group naming it, as group keys (`key`). */
function relatedTitleKeys(groups: readonly (readonly string[])[], key: (phrase: string) => string): Map<string, string[]> {
  const related = new Map<string, string[]>();
  for (const group of groups) {
    for (const title of group) related.set(key(title), [...(related.get(key(title)) ?? []), ...group.filter((other) => other !== title).map(key)]);
  }
  return related;
}
