// Tuning constants of question understanding, each with the figure behind it.
/** Words after a share in the asker's own case within which a title says what the share counts: "96% học sinh là công
 * dân học tập" names it 3 words on; "96% học sinh đi học đều, năm ngoái được khen là công dân học tập" 10 words on,
 * about something else (test/core/understand/understand.test.ts). */
export const SHARE_SUBJECT_WITHIN = 5;

/** A clause of at least this many words, in the asker's voice, beside thanks is the resident's story even when it names
 * a subject: "hôm trước mình hỏi về tuần lễ học tập suốt đời" (9 words); a keyword search after thanks ("cảm ơn. gia
 * đình học tập", 4) is still a question. */
export const THANKS_STORY_MIN_WORDS = 6;

/** Words after a local unit within which a place the documents cover is the unit's address, not a place asked about:
 * "phường 5 quận 8 tphcm" has TP.HCM 4 words on; "xóm mình … thế cả Hà Nội có bao nhiêu" names it in another clause. */
export const ADDRESS_WORDS = 5;

/** Words of a commune's name after its unit: written with capitals ("xã Tân Phước Hưng", three), or typed in lower case
 * between two local units ("xa an binh huyen thuan an" has two). */
export const ADDRESS_NAME_WORDS = 3;

/** Words after a local unit within which "của" names its owner: "trường thcs le loi của con mình" (4 words on). */
export const OWNER_WORDS = 5;

/** Words of a name written with capitals after "tỉnh" or "thành phố" read as a place: provinces and cities are named
 * in one to four words ("Bà Rịa Vũng Tàu", "Thừa Thiên Huế"). */
export const UNLISTED_NAME_WORDS = 4;

/** Characters of a quoted name whose commas do not split clauses: the longest name in the documents (a programme's
 * title, about 110 characters) fits; a longer span between two quotation marks is more likely two separate quotes. */
export const QUOTED_NAME_CHARS = 160;

/** Words after an act ("cấp giấy", "công nhận") within which a close asks it done at once: "cấp giấy công nhận gđht cho
 * nhà e luôn đi" has "luôn đi" 9 words on once "gđht" is written out. */
export const ACT_CLOSE_WITHIN = 10;

/** Words after an act within which a word doing it for someone asks Loa to do it: "công nhận giúp" has "giúp" next to
 * it, "công nhận gia đình học tập giúp nhà em" 3 words on (4 leaves room for a longer title or one more word). */
export const ACT_HELPER_WITHIN = 4;

/** Words between a helper before an act and the act: "giúp em đăng ký" has one (the one helped); "giúp đăng ký" none. */
export const ACT_HELPER_BEFORE = 1;

/** Words at most between a word telling an act as done or under way and the act: "đã được công nhận" none, "đã được xã
 * công nhận" one (the one acting); "ad đăng ký giúp" has no such word. */
export const ACT_TOLD_BEFORE = 1;

/** Words before an act within which a word naming the one acting (the asker or another person or office, counted from
 * its last word) makes it no request to Loa: "em điền giúp bà" (1), "mình muốn đăng ký giúp mẹ" (2); "ad đăng ký giúp
 * mình" names the bot first. */
export const ACT_ACTOR_BEFORE = 3;

/** Words after "bao nhiêu" naming the thing counted: "doanh nghiệp", "gia đình", "trung tâm" are two; a third ("gia đình
 * học") adds nothing the first two do not already tell apart, and a sentence shortening the rest still counts it. */
export const COUNTED_WORDS = 2;

/** Words after an attribute within which the grade a resident tells of it stands: "học lực trung bình" (next), "hạnh
 * kiểm năm nay chỉ được trung bình" (the fifth word starts it). */
export const GRADE_AFTER_ATTRIBUTE = 6;

/** Years a number said after "năm" may be (spoken-numbers.ts): the documents' years and any asked of; "năm năm" (five
 * years) or "năm một" is no year. */
export const SPOKEN_YEARS = { min: 1900, max: 2099 };

/** A year said by two digits after "năm" (spoken-numbers.ts `withShortYears`) at most this is of the 2000s ("năm 30";
 * the latest year the documents name is Hà Nội's vision, 2045), above it of the 1900s ("sinh năm 60": residents'
 * birth years, 1946–1999). Dev 73 (years typed short): 12 items name one, all up to 2030. */
export const SHORT_YEAR_PIVOT = 45;

/** Words a number said with its place words needs to be read anywhere: "bảy mươi hai" (3), "mười lăm" (2); "mười"
 * alone stays a word ("mười mấy người"), read as 10 only after "tháng" or "ngày". */
export const PLACED_MIN_WORDS = 2;

/** Words of a year said with "k" for thousands outside "năm …": "hai k ba mươi" (4), "hai k mười" (3); "hai k" (2) may
 * be "hai không". */
export const K_YEAR_MIN_WORDS = 3;

/** Words before a choice word within which the word after it repeats, making the choice two alike things: "ở cấp thôn
 * hay cấp xã" repeats "cấp" 2 words back, "tính theo hộ hay tính theo người" "tính" 3 back; "là giáo viên hay dạy"
 * repeats nothing (test/core/understand/understand.test.ts). */
export const CHOICE_ECHO_WORDS = 3;

/** A period glued between two lowercase words ends a clause after a word of at least this many letters and before one
 * of at least GLUED_PERIOD_AFTER_LETTERS: "hỏi.tuần lễ" (3 and 4) ends one; "tp.hcm" (2), "v.v" (1) are abbreviations.
 * "ko ra.văn bản" (2) is missed, but two-letter words glued by a period are more often abbreviations ("tp.hn"). */
export const GLUED_PERIOD_BEFORE_LETTERS = 3;
export const GLUED_PERIOD_AFTER_LETTERS = 2;

/** Words between a self-correction's marker (and its leads) and the item it brings: "à nhầm, quyết định 1315", "à không,
 * năm 2023" hold one or two, "ông hỏi công văn năm 2025 cơ" three (test/core/understand/self-correction.test.ts);
 * further on, the item is part of a new question. */
export const CORRECTION_ITEM_WITHIN = 3;

/** Words of a phrase that replaces the phrase its first word begins before a self-correction ("phần móng", "cột thứ
 * ba"): a longer correction is a new question. */
export const CORRECTION_PHRASE_MAX_WORDS = 3;

/** Fewest words a correction naming nothing must have to replace the sentence it corrects: "ngày bế mạc", "ngày nào"
 * (2) only re-ask a facet of the same subject and leave the message as typed; "em cần số mô hình học tập được khen" (8)
 * is a new question. */
export const CORRECTION_SENTENCE_MIN_WORDS = 5;

/** Words a starred correction line may hold ("*cđht", "*dòng họ"): one fixes a word or a short name, not a sentence. */
export const STARRED_MAX_WORDS = 3;

/** Letters of one vowel typed alone that make an elongated particle ("aaaa" for "ạaaa", words.ts): 3 — two are a
 * word's slip or an abbreviation as often ("aa", "ee"), and no Vietnamese word is one vowel three times ("iii", a
 * Roman numeral, is left as typed). */
export const ECHO_RUN_ALONE = 3;

/** Syllables one word typed without spaces may be parted into (typing.ts): 4, the longest name residents glue
 * ("họctậpsuốtđời"); each more multiplies the partings tried for a word that is no syllable. */
export const MOST_GLUED_SYLLABLES = 4;

/** Letters of the longest Vietnamese syllable ("nghiêng", "nghiệp"): 7. A piece of a word typed without spaces is never
 * longer (typing.ts), which bounds the partings tried for any word. */
export const LONGEST_SYLLABLE = 7;

/** Most words between a comparing word and the relative year it joins: "so với cả năm ngoái" has two. */
export const RELATIVE_JOINED_WITHIN = 3;

/** Most words between a side opener and the relative year it opens: "còn ngày khai mạc của năm nay" has four (a facet's
 * cue of three words and a link). */
export const SIDE_OPENED_WITHIN = 4;

/** Words after a relative year opened as a side ("còn năm ngoái …") within which the facet it asks is cued: "chủ đề gì"
 * (the first), "thì khai mạc ngày nào" (the fourth). */
export const SIDE_ASKED_WITHIN = 4;

/** Fewest words besides the asker's and question words a statement closed by "hả" holds to be checked: "qđ 1315 do bộ
 * trưởng ký hả" has five; "thật hả" (one) reacts. */
export const CHECKED_MIN_WORDS = 2;
