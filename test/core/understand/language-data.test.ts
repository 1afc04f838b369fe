// Every entry of prompts/language/*.yaml checked as a rule through the real loader and `understand`, and loader errors.
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { followUpTopic, isFollowUp } from '../../../src/core/answer/follow-up.js';
import { kindOf, subjectsOf, withoutReplacedSubjects } from '../../../src/core/answer/subjects.js';
import { actsAsked } from '../../../src/core/understand/acts-asked.js';
import { countedAsked } from '../../../src/core/understand/cues.js';
import { expandShorthand } from '../../../src/core/understand/shorthand.js';
import { withoutSpeakerTag } from '../../../src/core/understand/speaker-tag.js';
import { tellsOwnTask } from '../../../src/core/understand/tasks.js';
import { understand } from '../../../src/core/understand/understand.js';
import { wordsOf } from '../../../src/core/understand/words.js';
import { fold } from '../../../src/core/text/vietnamese.js';
import { loadLanguage } from '../../../src/language.js';
import { languageData, ROOT, tempDir } from '../../helpers/core.js';

const lexicon = loadLanguage(`${ROOT}/prompts`);
const data = languageData;
const read = (text: string) => understand(text, lexicon);
/** Each message is read without `field` set. */
const expectNone = (field: keyof ReturnType<typeof read>, messages: readonly string[]) => {
  for (const message of messages) expect(read(message)[field], message).toBeUndefined();
};


describe('prompts/language as rules', () => {
  it('lets every act with stand-ins, and each stand-in, be an act asked; and reads no act right after a not-after word', () => {
    const { acts, 'stand-ins': standIns, 'not-after': notAfter } = (data('question-cues.yaml') as { 'acts-asked': { acts: string[][]; 'stand-ins': Record<string, string[]>; 'not-after': string[] } })['acts-asked'];
    const known = new Set(acts.flat());
    expect(Object.entries(standIns).flatMap(([act, others]) => [act, ...others]).filter((act) => !known.has(act))).toEqual([]);
    const registered = [...known].flatMap((act) => notAfter.map((word) => `ai ${word} ${act} danh hiệu này`));
    expect(registered.filter((asked) => actsAsked(asked, lexicon).length > 0)).toEqual([]);
  });

  it('reads every act after a word of who as that act asked, the longest one typed ("xét công nhận" is recognising, not "xét")', () => {
    const { acts } = (data('question-cues.yaml') as { 'acts-asked': { acts: string[][] } })['acts-asked'];
    const missed = acts.flat().filter((act) => !actsAsked(`ai ${act} danh hiệu này`, lexicon).includes(act));
    expect(missed).toEqual([]);
    expect(actsAsked('ai là người xét công nhận gia đình học tập', lexicon)).toContain('công nhận');
    expect(actsAsked('ai đứng ra lập tổ đánh giá đơn vị học tập', lexicon)).toContain('lập');
  });

  it('reads the Week\'s abbreviations (tlht, tlhtsd, tlhuhtsd) as the Week', () => {
    for (const typed of ['tlhtsd nam nay khi nao khai mac z ad', 'tlhuhtsd 2024 to chuc ngay nao', 'tlht năm nay khai mạc khi nào'])
      expect(read(typed).aboutWeek, typed).toBe(true);
  });

  it('reads an act after every word of who as asked ("do tổ chức nào đề xuất")', () => {
    const { who } = (data('question-cues.yaml') as { 'acts-asked': { who: string[] } })['acts-asked'];
    expect(who.filter((asker) => !actsAsked(`quyết định 387 do ${asker} đề xuất`, lexicon).includes('đề xuất'))).toEqual([]);
    expect(actsAsked('văn bản đó do ai ban hành, ký năm nào, và do tổ chức nào đề xuất', lexicon)).toContain('đề xuất');
  });

  it('reads every small-talk phrase alone as small talk of its kind', () => {
    const { accented: _accented, 'about-the-bot': _aboutTheBot, 'denies-asking': _deniesAsking, 'thanks-only': _thanksOnly, 'relayed-openers': _relayedOpeners, 'relayed-says': _relayedSays, 'passed-on': _passedOn, 'leave-taking': _leaveTaking, 'request-openers': _requestOpeners, 'clause-marks': _clauseMarks, 'capabilities-forms': _forms, joiners: _joiners, 'identity-more': _identityMore, 'capabilities-topics': _capabilitiesTopics, 'leave-asking': _leaveAsking, 'leave-asking-after': _leaveAskingAfter, 'praise-openers': _praiseOpeners, 'thanked-for': _thankedFor, 'thanked-for-turns': _thankedForTurns, 'asking-conditions': _askingConditions, 'privacy-chat-words': _privacyChatWords, 'denies-asking-forms': _deniedForms, times: _times, ...smallTalk } = data('small-talk.yaml') as Record<string, string[]>;
    const wrong = Object.entries(smallTalk).flatMap(([kind, phrases]) =>
      phrases.filter((p) => read(p).smallTalk !== kind).map((p) => `${kind}: ${p} → ${read(p).smallTalk}`),
    );
    expect(wrong).toEqual([]);
  });

  it('reads the board addressed ("ban", not "ban hành") in thanks, wishes and greetings as small talk', () => {
    expect(read('xin cảm ơn ban nhiều chúc ban sức khỏe').smallTalk).toBe('thanks');
    expect(read('Kính chào ban').smallTalk).toBe('greeting');
    expect(read('chúc ban sức khỏe').smallTalk).toBe('acknowledge');
    expect(read('chúc ban năm mới an khang thịnh vượng').smallTalk).toBe('acknowledge');
    expect(read('cảm ơn, ban hành năm nào').smallTalk).toBeUndefined();
  });

  it('reads every opening and closing of `capabilities-topics` around a topic as what the bot can do after asking it, and alone as asking', () => {
    const { opens, closes } = (data('small-talk.yaml') as { 'capabilities-topics': { opens: string[]; closes: string[] } })['capabilities-topics'];
    const asked = opens.flatMap((open) => closes.map((close) => `${open} gia đình học tập ${close}`));
    expect(asked.filter((question) => read(`bạn giúp được những gì, ${question}`).smallTalk !== 'capabilities')).toEqual([]);
    expect(asked.filter((question) => read(question).smallTalk !== undefined)).toEqual([]);
  });

  it('reads every word of today beside small talk as part of it, and alone as none (`times`)', () => {
    const { times } = data('small-talk.yaml') as { times: string[] };
    expect(times.filter((time) => read(`Chào bạn, ${time} bạn có khỏe không`).smallTalk !== 'greeting')).toEqual([]);
    expect(times.filter((time) => read(time).smallTalk !== undefined)).toEqual([]);
    expect(read('hôm nay tuần lễ khai mạc chưa').smallTalk).toBeUndefined();
  });

  it('reads every denial of asking built from `denies-asking-forms` beside thanks as thanks, its question word asking nothing', () => {
    const { 'denies-asking-forms': forms } = data('small-talk.yaml') as { 'denies-asking-forms': { negations: string[]; things: string[]; questions: string[]; links: string[] } };
    const denials = forms.negations.flatMap((negation) => [
      ...forms.things.flatMap((thing) => [`em ${negation} có ${thing} hỏi`, ...forms.links.map((link) => `em ${negation} có ${thing} ${link} hỏi`)]),
      ...forms.questions.map((question) => `em ${negation} có ${question}`),
    ]);
    expect(denials.filter((denial) => read(`Dạ hôm nay ${denial}, chỉ muốn cảm ơn ad vì hôm trước đã giải đáp kỹ cho chồng em`).smallTalk !== 'thanks')).toEqual([]);
    // A thing alone denies no asking: "năm nay không có gì mới à" asks.
    expect(read('năm nay tuần lễ không có gì mới à').asks).toBe(true);
  });

  it('reads every phrase asking more of who the bot is as identity after asking who it is, and alone as no small talk', () => {
    const more = (data('small-talk.yaml') as { 'identity-more': string[] })['identity-more'];
    expect(more.filter((phrase) => read(`bạn là ai vậy, ${phrase} thế`).smallTalk !== 'identity')).toEqual([]);
    expect(more.filter((phrase) => read(`${phrase} vậy`).smallTalk !== undefined)).toEqual([]);
  });

  it('reads every capabilities verb with every asked thing and an able word before or after it as asking what the bot can do', () => {
    const { verbs, asks, able } = (data('small-talk.yaml') as { 'capabilities-forms': { verbs: string[]; asks: string[]; able: string[] } })['capabilities-forms'];
    const forms = verbs.flatMap((verb) => asks.flatMap((asked) => able.flatMap((can) => [`bạn ${verb} ${can} ${asked}`, `ad ${verb} ${asked} ${can} vậy`])));
    expect(forms.filter((form) => read(form).smallTalk !== 'capabilities')).toEqual([]);
  });

  it('reads every capabilities verb with the asker\'s own word after it as asking what the bot can do, and a story around it as asking', () => {
    const { verbs, asks, helped } = (data('small-talk.yaml') as { 'capabilities-forms': { verbs: string[]; asks: string[]; helped: string[] } })['capabilities-forms'];
    const forms = verbs.flatMap((verb) => helped.flatMap((asker) => asks.map((asked) => `Loa có thể ${verb} ${asker} ${asked}?`)));
    expect(forms.filter((form) => read(form).smallTalk !== 'capabilities')).toEqual([]);
    expect(read('tôi có thể giúp cháu những gì để cháu thành công dân học tập').smallTalk).toBeUndefined();
  });

  it('points every topic pointer (`topic-pointers`) at a kind of subject or a group (its first name) subjects.yaml has', () => {
    const pointers = (data('question-cues.yaml') as { 'topic-pointers': Record<string, string[]> })['topic-pointers'];
    const subjects = data('subjects.yaml') as Record<string, unknown>;
    // The kinds holding groups of names (lists of lists), and each group's first name.
    const kinds = Object.entries(subjects).filter(([, groups]) => Array.isArray(groups) && groups.every(Array.isArray)) as [string, string[][]][];
    const known = new Set([...kinds.map(([kind]) => kind), ...kinds.flatMap(([, groups]) => groups.map((group) => group[0]!))]);
    expect(Object.keys(pointers).filter((pointed) => !known.has(pointed))).toEqual([]);
  });

  it('reads every facet cue ending in a question word with that word\'s other forms as asking that facet', () => {
    const { facets, 'question-word-forms': forms } = data('question-cues.yaml') as { facets: Record<string, string[]>; 'question-word-forms': Record<string, string[]> };
    const wrong = Object.entries(facets).flatMap(([facet, cues]) =>
      cues.flatMap((cue) => {
        const words = cue.split(' ');
        const others = forms[words.at(-1)!] ?? [];
        if (words.length < 2 || others.some((form) => cue.endsWith(` ${form}`))) return [];
        return others.map((form) => `tuần lễ học tập ${[...words.slice(0, -1), form].join(' ')}`).filter((q) => !read(q).facets.includes(facet as never)).map((q) => `${facet}: ${q}`);
      }),
    );
    expect(wrong).toEqual([]);
  });

  it('reads a clause opening with every request opener, after thanks and a story of yesterday, as asking now', () => {
    const { 'request-openers': openers } = data('small-talk.yaml') as { 'request-openers': string[] };
    const thanked = openers.filter((opener) => read(`cảm ơn nhiều, hôm qua tôi hỏi về công dân học tập, ${opener} link tự đánh giá`).smallTalk !== undefined);
    expect(thanked).toEqual([]);
    // After the speaker's own word, beside a story naming a subject and thanks; a request for small talk is thanks.
    const story = 'Dạ chào Loa, bác là hưu trí. Bác thấy nói hội nghị quốc tế đầu tiên về thành phố học tập có thông qua một bản tuyên bố.';
    expect(openers.filter((opener) => read(`${story} Bác ${opener} tên bản tuyên bố đó. Cảm ơn cháu nhé.`).smallTalk !== undefined)).toEqual([]);
    for (const wish of ['muốn biết', 'muốn hỏi', 'cần biết']) expect(read(`cảm ơn bạn, mình ${wish} vậy thôi`).smallTalk).toBe('thanks');
    for (const more of ['cảm ơn bạn nhé, em muốn hỏi thêm chút', 'cảm ơn cháu, bác muốn hỏi thăm sức khỏe cháu', 'cảm ơn nha, em cần biết nhiêu đó thôi']) expect(read(more).smallTalk, more).toBeDefined();
  });

  it('joins two small-talk phrases with every joining word, and never opens small talk with one', () => {
    const { joiners } = data('small-talk.yaml') as { joiners: string[] };
    expect(joiners.filter((joiner) => read(`bạn là ai ${joiner} giúp được gì`).smallTalk !== 'identity')).toEqual([]);
    expect(joiners.filter((joiner) => read(`${joiner} giúp được gì`).smallTalk !== undefined)).toEqual([]);
  });

  it('reads every leave-asking phrase right after every word of asking, closing words aside, as about to ask, and elsewhere as asking', () => {
    const { 'leave-asking': leave, 'leave-asking-after': after } = data('small-talk.yaml') as { 'leave-asking': string[]; 'leave-asking-after': string[] };
    expect(leave.length * after.length).toBeGreaterThan(0);
    const wrong = leave.flatMap((phrase) =>
      [...after.map((asking) => `mình ${asking} ${phrase}`), `mình cần hỏi chút ${phrase} ạ`, `chào ad, cho em hỏi ${phrase}`].filter((q) => read(q).smallTalk !== 'greeting'),
    );
    expect(wrong).toEqual([]);
    const asked = leave.flatMap((phrase) => [phrase, `vậy có ${phrase}`, `bạn ơi ${phrase}`, `xin chào ${phrase}`, `cho mình hỏi gia đình học tập là gì ${phrase}`]);
    expect(asked.filter((q) => read(q).smallTalk !== undefined)).toEqual([]);
  });

  it('reads every demonstrative after a word its own clause said before as pointing inside that clause (`demonstratives`)', () => {
    const { demonstratives } = data('question-cues.yaml') as { demonstratives: string[] };
    expect(demonstratives.length).toBeGreaterThan(0);
    const story = 'em mới chuyển về làm ở hội khuyến học xã, mọi người hay nói ngày hội khuyến học 2/10 mà em không biết tên chính thức của ngày';
    expect(demonstratives.filter((pointer) => read(`${story} ${pointer} là gì`).query.includes('chuyển về'))).toEqual([]);
  });

  it('reads every praise opener before praise as thanks, and before anything else as asking why', () => {
    const { 'praise-openers': openers } = data('small-talk.yaml') as { 'praise-openers': string[] };
    expect(openers.filter((opener) => read(`${opener} bạn trả lời hay vậy`).smallTalk !== 'thanks')).toEqual([]);
    expect(openers.filter((opener) => read(`${opener} tuần lễ năm 2024 khai mạc 1/10`).smallTalk !== undefined)).toEqual([]);
    // A complaint stays a complaint ("sao chậm vậy" is no thanks).
    expect(read('sao chậm vây').smallTalk).toBe('complaint');
    expect(read('Răng mà bạn trả lời hay rứa, cám ơn nghe').smallTalk).toBe('thanks');
    // Praise of an explanation is thanks; asked for a clearer one, it is a request.
    expect(read('Dạ vâng, em hiểu rồi ạ. Ad giải thích rõ ràng quá, em cảm ơn ad nhiều lắm, có gì em sẽ hỏi thêm sau nhé.').smallTalk).toBe('thanks');
    for (const asked of ['giải thích rõ ràng giúp mình', 'bạn giải thích rõ ràng giúp mình với', 'giai thich ro rang di']) expect(read(asked).smallTalk, asked).toBeUndefined();
  });

  it('reads thanks, the bot addressed and every thanked-for word as thanks for what was done, whatever it names, unless what follows asks', () => {
    const { 'thanked-for': openers, 'thanked-for-turns': turns } = data('small-talk.yaml') as { 'thanked-for': string[]; 'thanked-for-turns': string[] };
    const thanked = (opener: string) => `Dạ cảm ơn ad ${opener} giải thích kỹ mấy chữ viết tắt GĐHT, CĐHT ạ, giờ em hiểu rồi. Chúc ad sức khỏe ạ. Tạm biệt ad!`;
    expect(openers.filter((opener) => read(thanked(opener)).smallTalk !== 'thanks')).toEqual([]);
    expect(read('cam on ban da tra loi ve tuan le hoc tap suot doi nha').smallTalk).toBe('thanks');
    // The bot addressed with the words for the asker, when nothing else addresses it.
    expect(read('em cảm ơn anh chị đã giải thích cặn kẽ mấy chữ viết tắt GĐHT').smallTalk).toBe('thanks');
    expect(turns.filter((turn) => read(`cảm ơn ad đã trả lời ${turn} gia đình học tập do ai công nhận`).smallTalk !== undefined)).toEqual([]);
    // Asked with "?", in a clause of its own, with a question word or a request after the thanks, it is a question; so
    // is what the asker did ("em đã nộp …"), a reason ("vì nhà em …") and a new topic after a full stop.
    const asked = [
      'cảm ơn ad đã trả lời, gia đình học tập do ai công nhận',
      'cảm ơn ad đã giải thích mấy chữ viết tắt nào?',
      'cảm ơn ad đã trả lời hạn nộp hồ sơ gia đình học tập là khi nào',
      'cam on ad da tra loi tuan le hoc tap suot doi nam nay bat dau ngay nao',
      'cảm ơn ad đã giúp đỡ em muốn biết tiêu chí gia đình học tập',
      'thank ad đã trả lời nha ad ơi cho em hỏi hồ sơ nộp ở đâu',
      'cảm ơn ad em đã nộp hồ sơ rồi bao giờ có kết quả',
      'cảm ơn ad vì nhà em chưa được công nhận gia đình học tập thì phải làm sao',
      'cảm ơn ad đã trả lời. Dòng họ học tập',
    ];
    expect(asked.filter((message) => read(message).smallTalk !== undefined)).toEqual([]);
  });

  it('reads thanks passed on for everyone the asker may type for (`asked-by` openers), and thanks to the bot addressed as an office', () => {
    const { opens } = (data('filler.yaml') as { 'asked-by': { opens: string[] } })['asked-by'];
    const { 'relayed-openers': relayed } = data('small-talk.yaml') as { 'relayed-openers': string[] };
    expect(opens.filter((opener) => read(`${opener} cháu cảm ơn ad nhiều ạ`).smallTalk !== 'thanks')).toEqual([]);
    expect(relayed.filter((opener) => read(`mẹ em ${opener} ad nhé`).smallTalk === undefined)).toEqual([]);
    // Typed bare too; news of the relative is no small talk passed on.
    expect(read('Ba chau cam on ad nhieu a').smallTalk).toBe('thanks');
    for (const news of ['Con trai tôi giỏi quá', 'Mẹ em vui tính ghê', 'bà con vui vẻ lắm']) expect(read(news).smallTalk, news).not.toBe('thanks');
    const asker = (data('filler.yaml') as { 'asker-words': string[] })['asker-words'];
    expect(asker.filter((word) => read(`Trân trọng cảm ơn ${word}.`).smallTalk !== 'thanks')).toEqual([]);
    // The same people asking something are asked.
    expect(read('bà cháu hỏi tuần lễ học tập năm nay khi nào').smallTalk).toBeUndefined();
  });

  it('reads small talk passed on with a word of passing it on (`relayed-says`), after an opening word too', () => {
    const { 'relayed-says': says } = data('small-talk.yaml') as { 'relayed-says': string[] };
    expect(says.filter((word) => read(`Ông ${word} cảm ơn ad đã giải thích kỹ`).smallTalk !== 'thanks')).toEqual([]);
    expect(says.filter((word) => read(`Dạ mẹ em ${word} chào ad ạ`).smallTalk !== 'greeting')).toEqual([]);
    expect(read('Dạ con chào ad ạ').smallTalk).toBe('greeting');
    // What the relative asks through the same words is asked.
    expect(says.filter((word) => read(`bà ${word} tuần lễ học tập năm nay khai mạc ngày nào`).smallTalk !== undefined)).toEqual([]);
  });

  it('reads telling that the answer was passed on (`passed-on`: verb, link, audience) as thanks, unless the clause names a subject', () => {
    const { verbs, links, audiences } = (data('small-talk.yaml') as { 'passed-on': { verbs: string[]; links: string[]; audiences: string[] } })['passed-on'];
    const told = verbs.flatMap((verb) => links.flatMap((link) => audiences.map((audience) => `mình đã ${verb} ${link} ${audience} rồi nhé`)));
    expect(told.filter((message) => read(message).smallTalk !== 'thanks')).toEqual([]);
    expect(read('gửi cho mẹ tiêu chí gia đình học tập').smallTalk).toBeUndefined();
    // Not done, or requested of the bot: asked.
    for (const asked of ['ad kể cho con nghe thêm đi', 'ad gửi lại cho con với', 'em muốn chia sẻ cho cả lớp', 'giai thich lai cho con voi']) expect(read(asked).smallTalk, asked).toBeUndefined();
    expect(read('mình chuyển cho cả nhóm rồi, thế chủ đề năm nay là gì').smallTalk).toBeUndefined();
    // Told as about to be done ("sẽ"), after thanks to the board ("ban", as elders address the bot) in a run-on too.
    expect(read('cảm ơn ban tôi sẽ báo lại cho các cụ trong chi hội').smallTalk).toBe('thanks');
    expect(read('mình sẽ chia sẻ cho tiêu chí gia đình học tập').smallTalk).toBeUndefined();
    // After a question about the bot, "để" and a verb of passing on say why it is asked.
    expect(verbs.filter((verb) => read(`bạn là ai và giúp được những việc gì để mình ${verb} với các cụ nhé`).smallTalk === undefined)).toEqual([]);
    expect(read('bạn giúp được những gì để mình nói lại về tiêu chí gia đình học tập').smallTalk).toBeUndefined();
  });

  it('reads taking leave (`leave-taking`) naming no subject as small talk, a promise to ask later and praise of the help beside it', () => {
    const { opens, closes } = (data('small-talk.yaml') as { 'leave-taking': { opens: string[]; closes: string[] } })['leave-taking'];
    const leaving = opens.flatMap((open) => closes.map((close) => `Thôi mình ${open} nấu cơm ${close}`));
    expect(leaving.filter((message) => read(message).smallTalk !== 'acknowledge')).toEqual([]);
    expect(read('mình đi nộp hồ sơ gia đình học tập đây').smallTalk).toBeUndefined();
    for (const asked of ['mình đi nộp ở đâu đây', 'em đi hỏi ai đây']) expect(read(asked).smallTalk, asked).toBeUndefined();
    expect(read('Thôi em đi làm đây. Lần sau có gì thắc mắc về khuyến học em lại nhắn nhé.').smallTalk).toBe('acknowledge');
    expect(read('hỏi mấy câu thấy cũng được việc phết!').smallTalk).toBe('thanks');
    // Only greeting and asking who Loa is, joined: "chỉ muốn chào một tiếng", "hỏi Loa là ai".
    expect(read('Mình chỉ muốn chào một tiếng và hỏi Loa là ai thôi nhé').smallTalk).toBe('identity');
  });

  it('reads a task given to the asker (`tasks-given`) as their story, not a request to the bot beside their question', () => {
    const { verbs, doers } = (data('filler.yaml') as { 'tasks-given': { verbs: string[]; doers: string[] } })['tasks-given'];
    const told = verbs.flatMap((verb) => ['cháu', ...doers].map((doer) => `Dạ chào ad, bác tổ trưởng ${verb} ${doer} soạn giúp một tờ thông báo về tuần lễ học tập suốt đời. Bác muốn liệt kê vài hoạt động trong tuần lễ. Ad kể giúp những hoạt động hay tổ chức nhé`));
    expect(told.filter((message) => read(message).refuse !== undefined)).toEqual([]);
    expect(read('ad soạn giúp em một tờ thông báo về tuần lễ học tập suốt đời nhé').refuse).toBe('out_of_scope');
    // Beside a request naming no subject too; alone, the task asked of the asker is what they want done.
    expect(read('Dạ chào ad, bác tổ trưởng nhờ cháu soạn giúp một tờ thông báo về tuần lễ học tập suốt đời. Ad kể giúp những hoạt động hay tổ chức nhé').refuse).toBeUndefined();
    expect(read('chú tổ trưởng nhờ em xin số điện thoại ban tổ chức tuần lễ').refuse).toBe('out_of_scope');
  });

  it("reads the asker's own task (`own-task`) after a question as what the answer is for, not a request", () => {
    const { needs, verbs, comparing, 'not-with': notWith } = (data('filler.yaml') as { 'own-task': { needs: string[]; verbs: string[]; comparing: string[]; 'not-with': string[] } })['own-task'];
    const own = (text: string) => tellsOwnTask(wordsOf(text), lexicon, true);
    // Every need before every verb of doing tells a task; a need to know, or a request to the bot beside it, does not.
    expect(needs.flatMap((need) => verbs.map((verb) => `em ${need} ${verb} bài`)).filter((text) => !own(text))).toEqual([]);
    expect(needs.filter((need) => own(`em ${need} biết`))).toEqual([]);
    expect(notWith.filter((word) => own(`em cần viết bài ${word} em`))).toEqual([]);
    // A verb of comparing before a subject of the documents or a year asks for that side.
    expect(comparing.filter((verb) => own(`em cần ${verb} Hà Nội`) || own(`em cần ${verb} năm 2025`))).toEqual([]);
    expect(own('e cần so với báo cáo của xã')).toBe(true);
    // Read in a message: no facet of its own, no refusal for the writing it names.
    expect(read('qd 281 chi tieu 2020 cho cong dong hoc tap la bn %, e can so voi bc cua xa').facets).toEqual(['number']);
    expect(read('hoi kh vn thanh lap ngay nao z ad, e ms lam chu tich hoi kh xa can viet bai phat bieu').refuse).toBeUndefined();
    expect(read('Chủ đề tuần lễ 2024 là gì, em cần so với năm 2025').facets).toContain('comparison');
    // Alone, or asked of the bot in the same clause, it is a request.
    expect(read('em cần viết bài phát biểu').refuse).toBe('out_of_scope');
    expect(read('Hội Khuyến học Việt Nam thành lập ngày nào, em cần viết bài phát biểu ad viết giúp em với').refuse).toBe('out_of_scope');
  });

  it('reads a bare question particle (`question-particles-bare`) only right before the words addressing the bot', () => {
    const { 'question-particles-bare': bare } = data('question-cues.yaml') as { 'question-particles-bare': string[] };
    expect(bare.filter((particle) => read(`cq e dat tap the lao dong tien tien r, vay la du dk lam dvht ${particle} ad`).asks !== true)).toEqual([]);
    // Without it the message only tells.
    expect(read('cq e dat tap the lao dong tien tien r, vay la du dk lam dvht ad').told).toBe(true);
    expect(bare.filter((particle) => read(`tuan le nam nay to chuc o ${particle} noi`).facets.includes('yesno'))).toEqual([]);
  });

  it('reads a bare question particle closing the message right after a word of `question-particles-bare-after` as a yes/no question', () => {
    const cues = data('question-cues.yaml') as { 'question-particles-bare': string[]; 'question-particles-bare-after': string[] };
    const wrong = cues['question-particles-bare-after'].flatMap((word) =>
      cues['question-particles-bare'].map((particle) => `nha em dang ky gia dinh hoc tap ${fold(word)} ${particle}`).filter((asked) => !read(asked).facets.includes('yesno')),
    );
    expect(wrong).toEqual([]);
    // Without it the message only tells; after another word, or not closing the message, it is no particle ("hà").
    expect(read('xa toi duoc cong nhan muc do 1 thang 3 nam 2026, thang 9 nam 2026 de nghi muc do 2 duoc').asks).toBe(false);
    expect(read('xa toi duoc cong nhan muc do 1 thang 3 nam 2026, thang 9 nam 2026 de nghi muc do 2 duoc ha').facets).toContain('yesno');
    expect(read('nha em o duoc ha noi 3 nam, con em hoc lop 3').asks).toBe(false);
    // "à ra là vậy ha", "xong rồi ha" say "I see".
    for (const told of ['a ra la vay ha', 'vay la xong roi ha', 'ui vay ha']) expect(read(told).asks, told).toBe(false);
  });

  it('reads a yes/no word inside a clause of news naming no subject as negating, not asking, beside small talk', () => {
    expect(read('Dạ cháu nhắn giùm bà nội vì bà không quen bấm điện thoại. Bà bảo cảm ơn ad nhiều, chúc ad vui vẻ ạ.').smallTalk).toBe('thanks');
    // At the end of the clause it asks; in a clause naming a subject it is read as before.
    expect(read('Dạ cháu nhắn giùm bà nội, bà có được công nhận không. Cảm ơn ad').smallTalk).toBeUndefined();
    expect(read('Hôm trước họp có nhắc tới mạng lưới thành phố học tập UNESCO mà mình không nắm lắm. Cảm ơn ad nhiều.').smallTalk).toBeUndefined();
    // "… được không" ending a clause beside thanks asks.
    for (const asked of ['Cảm ơn bạn. Vậy em tự đăng ký được không', 'cam on ad nhe. vay em dang ky online duoc khong', 'Bà em 80 tuổi rồi có đi học được không vậy ad. Cảm ơn ad'])
      expect(read(asked).smallTalk, asked).toBeUndefined();
  });

  it('reads a claim of what a document settles, after any aspect of a title (`aspects`), as what it is about and which document settles the title', () => {
    const { aspects } = (data('question-cues.yaml') as { 'document-topic-claims': { aspects: string[] } })['document-topic-claims'];
    const wrong = aspects.filter((aspect) => {
      const { clauses } = read(`thông tư 25/2023 quy định về ${aspect} đơn vị học tập phải không`);
      return clauses.length !== 2 || !clauses[0]!.endsWith('nói về gì') || clauses[1] !== 'đơn vị học tập theo văn bản nào';
    });
    expect(wrong).toEqual([]);
    // A figure claimed is checked as it is.
    expect(read('qđ 387 quy định về 70% gia đình học tập năm 2025 đúng không').clauses).toEqual([]);
  });

  it('reads a yes/no checking the date of an act (`act-dates-checked`) as asking that date, not one only telling it', () => {
    const { acts, 'not-acts': notActs } = (data('question-cues.yaml') as { 'act-dates-checked': { acts: string[]; 'not-acts': string[] } })['act-dates-checked'];
    expect(acts.filter((act) => !read(`quyết định 1315 ${act} tháng 5 năm 2023 phải không`).facets.includes('date'))).toEqual([]);
    expect(acts.filter((act) => !read(`hội khuyến học ${act} vào năm 2000 đúng ko`).facets.includes('date'))).toEqual([]);
    expect(notActs.filter((act) => read(`nhà em ${act} tháng 3 năm 2025 có được không`).facets.includes('date'))).toEqual([]);
    expect(read('nghe nói quyết định 1315 ký tháng 11 năm 2023. Sao lại cần quyết định đó, có liên quan gì tới thi đua không?').facets).not.toContain('date');
    // A date told in the same clause as another question is no date checked.
    for (const told of ['thông tư 25 ban hành năm 2023 còn hiệu lực không', 'chi hội khuyến học thôn em thành lập năm 2019 có được khen thưởng không']) expect(read(told).facets, told).not.toContain('date');
  });

  it('reads small talk after every condition about the resident\'s own asking as that small talk', () => {
    const { 'asking-conditions': conditions } = data('small-talk.yaml') as { 'asking-conditions': string[] };
    expect(conditions.length).toBeGreaterThan(0);
    expect(conditions.filter((condition) => read(`nếu mình ${condition} thì bạn giúp được những gì`).smallTalk !== 'capabilities')).toEqual([]);
  });

  it.each([
    ['không biết bạn giúp được mình những việc gì vậy', 'capabilities'],
    ['vậy là tôi hiểu rồi, cảm ơn cháu Loa nhiều nhé', 'thanks'],
    ['chào buổi sáng Loa nhé', 'greeting'],
    ['Loa có thể giới thiệu qua là Loa giúp được những việc gì không?', 'capabilities'],
    ['chào bạnn,có ai trực khôngg ạ', 'human'],
  ])('reads small talk with the asker or the bot named inside it: "%s"', (text, kind) => expect(read(text).smallTalk).toBe(kind));

  it('reads a clause naming a phrase only the bot can be as small talk, whatever else it names', () => {
    const { 'about-the-bot': aboutTheBot } = data('small-talk.yaml') as Record<string, string[]>;
    const wrong = aboutTheBot!.filter((p) => read(`đây là hội khuyến học phường hay ${p} vậy?`).smallTalk === undefined);
    expect(wrong).toEqual([]);
    expect(read('nếu muốn nói chuyện với người thật thì làm sao, đây là máy trả lời tự động à').smallTalk).toBe('identity');
    expect(read('gương người thật việc thật trong phong trào khuyến học là ai').smallTalk).toBeUndefined();
    expect(read('Nếu là máy thì khi cần tôi liên hệ người thật ở đâu?').smallTalk).toBe('human');
    // Words that are about other things too are no such phrase: whom to see at the ward, a computer at home.
    for (const asked of ['muốn đăng ký gia đình học tập thì phải nói chuyện với ai ở phường', 'muon dang ky thi noi chuyen voi ai', 'nhà em chỉ có máy tính thì học trực tuyến được không'])
      expect(read(asked).smallTalk, asked).toBeUndefined();
  });

  it('reads a clause holding a small-talk mark as small talk of its kind, whatever else it names, unless it asks', () => {
    const { 'clause-marks': marks } = data('small-talk.yaml') as { 'clause-marks': Record<string, string[]> };
    const wrong = Object.entries(marks).flatMap(([kind, phrases]) =>
      phrases
        .filter(
          (p) =>
            read(`${p} vụ gia đình học tập`).smallTalk !== kind ||
            read(`chào ad, ${p} vụ gia đình học tập`).smallTalk === undefined ||
            read(`${p}, gia đình học tập là gì?`).smallTalk !== undefined,
        )
        .map((p) => `${kind}: ${p}`),
    );
    expect(wrong).toEqual([]);
  });

  it('reads a message saying it asks nothing as small talk despite question words, and despite subjects where it asks nothing, unless a clause ends with "?"', () => {
    const { 'denies-asking': denials } = data('small-talk.yaml') as { 'denies-asking': string[] };
    const wrong = denials.filter(
      (p) =>
        read(`hôm nay bà con góp được mấy thùng sách, mình vui quá nên kể bot nghe ${p}`).smallTalk !== 'news' ||
        read(`chào bạn nhé, mình vào xem trợ lý về gia đình học tập, ${p}`).smallTalk === undefined ||
        read(`chào bạn, ${p}. à quên, hạn nộp hồ sơ gia đình học tập là khi nào`).smallTalk !== undefined ||
        read(`mình kể bot nghe ${p}, mà tuần lễ năm nay khi nào vậy?`).smallTalk !== undefined,
    );
    expect(wrong).toEqual([]);
  });

  it('reads a message saying it only writes to thank as thanks, whatever its story names, unless a clause ends with "?"', () => {
    const { 'thanks-only': thanksOnly } = data('small-talk.yaml') as { 'thanks-only': string[] };
    const wrong = thanksOnly.filter(
      (p) =>
        read(`Chào ad, hôm qua ad trả lời giúp mình về tuần lễ học tập rất kỹ. Hôm nay mình ${p} thôi, chúc ad vui vẻ`).smallTalk !== 'thanks' ||
        read(`mình ${p} ad, mà tuần lễ năm nay khi nào vậy?`).smallTalk !== undefined ||
        read(`mình ${p} ad, mà năm nay tuần lễ khai mạc hôm nào vậy`).smallTalk !== undefined,
    );
    expect(wrong).toEqual([]);
    // The bot addressed inside the phrase says the same; a story naming a step done ("đăng ký xong") asks nothing.
    const addressed = thanksOnly.map((p) => p.replace(/(cảm ơn|cám ơn)/u, '$1 ad'));
    expect(addressed.filter((p) => read(`Bố mẹ em đăng ký gia đình học tập xong rồi. Em ${p} thôi ạ, chúc ad khỏe`).smallTalk !== 'thanks')).toEqual([]);
    expect(addressed.filter((p) => read(`em ${p}, mà hạn nộp hồ sơ gia đình học tập là khi nào`).smallTalk !== undefined)).toEqual([]);
    // A request or a keyword search beside it, without a question word, still asks; "bạn mình" is the asker's friend.
    expect(addressed.filter((p) => read(`em ${p} thôi, à cho em xin tiêu chí gia đình học tập`).smallTalk !== undefined)).toEqual([]);
    expect(addressed.filter((p) => read(`em ${p} thôi. Thời hạn đăng ký dòng họ học tập 2025`).smallTalk !== undefined)).toEqual([]);
    expect(read('để bạn mình gửi hồ sơ gia đình học tập cho kịp').smallTalk).toBeUndefined();
  });

  it('sets aside what the answer is needed for after a question naming its subject, unless that part names one or the question asks how', () => {
    const { purposes } = data('filler.yaml') as { purposes: string[] };
    const wrong = purposes.filter(
      (p) =>
        read(`ngày khuyến học việt nam là ngày nào ${p} ở trường`).query !== 'ngày khuyến học việt nam là ngày nào' ||
        !read(`làm sao ${p} ở trường`).query.includes(p) ||
        !read(`tỷ lệ là bao nhiêu ${p} về gia đình học tập`).query.includes('gia đình học tập'),
    );
    expect(wrong).toEqual([]);
  });

  it('sets aside what the resident adds after a question, with diacritics, unless it asks, names a subject, qualifies a question word or the question asks why', () => {
    const { asides } = data('filler.yaml') as { asides: string[] };
    const wrong = asides.filter(
      (p) =>
        read(`việt nam có mấy thành phố ${p} báo không ghi đủ`).query !== 'việt nam có mấy thành phố' ||
        !read(fold(`việt nam có mấy thành phố ${p} báo không ghi đủ`)).query.includes('ghi du') ||
        !read(`tiêu chí nào ${p} nhà mình chưa đạt`).query.includes('chưa đạt') ||
        read(`gia đình học tập cần tiêu chí gì ${p} nhà mình có đạt không`).query.split(' ').at(-1) !== 'không' ||
        !read(`tuần lễ khai mạc ngày nào ${p} gia đình học tập thì sao`).query.includes('gia đình học tập') ||
        !read(`sao gọi là tuần lễ học tập suốt đời ${p} ngày mỗi năm lại khác nhau`).query.includes('khác nhau'),
    );
    expect(wrong).toEqual([]);
  });

  it('sets aside an aside right after a question word when it only says the asker could not answer (`asides-unknowing`)', () => {
    const { asides, 'asides-unknowing': unknowing } = data('filler.yaml') as { asides: string[]; 'asides-unknowing': string[] };
    const wrong = asides.flatMap((aside) =>
      unknowing.filter((told) => {
        const asked = read(`Sa Đéc vào mạng lưới UNESCO từ năm nào ${aside} em ${told} ạ`).query;
        return !asked.startsWith('sa đéc vào mạng lưới unesco từ năm nào') || asked.includes(told) || !read(`tiêu chí nào ${aside} xã ${told} vậy`).query.includes(`xã ${told}`);
      }).map((told) => `${aside} … ${told}`),
    );
    expect(wrong).toEqual([]);
  });

  it('still reads a count asked after "về" as asked ("chia về mấy mức"), thanks for help "kỹ về mấy" as told', () => {
    for (const asked of ['cộng đồng học tập chia về mấy mức', 'cong dong hoc tap chia ve may muc', 'Quyết định 387 quy định về mấy danh hiệu?', 'Thông tư 25 quy định rõ về mấy mức độ công nhận?']) {
      expect(read(asked).facets, asked).toContain('number');
    }
    expect(read('Cảm ơn bạn đã giải thích rất kỹ về mấy khoản thi đua khen thưởng, hẹn hôm khác hỏi tiếp nhé!').smallTalk).toBe('thanks');
  });

  it('takes no question word inside a not-asking phrase for a question', () => {
    const phrases = (data('question-cues.yaml') as { 'not-asking': string[] })['not-asking'];
    const wrong = phrases.filter((p) => read(`cảm ơn ad nhiều, ở phường ${p} mà ad giải thích kỹ vậy`).smallTalk !== 'thanks').map((p) => `not-asking: ${p}`);
    expect(wrong).toEqual([]);
  });

  it('searches the units the figures of a case told before a yes/no question count, without the figures', () => {
    const units = (data('question-cues.yaml') as { 'case-units': string[] })['case-units'];
    for (const unit of units) {
      const query = read(`Mẹ tự đánh giá được 7 ${unit}. Vậy mẹ có đủ điều kiện được công nhận công dân học tập không?`).query;
      expect(query.split(' ').slice(-unit.split(' ').length).join(' ')).toBe(unit);
      expect(query).not.toContain('7');
    }
    expect(read('Mẹ được 80 điểm. Vậy 80 điểm có đủ điều kiện không?').query.match(/điểm/gu)).toHaveLength(1);
    expect(read('Mẹ được 80 điểm. Vậy công dân học tập là gì?').query).not.toContain('điểm');
  });

  it('searches the attribute a case grades before a yes/no question by its first name, once', () => {
    const { grades } = data('answer-evidence.yaml') as { grades: { attributes: string[][] } };
    const wrong = grades.attributes.flatMap((alike) =>
      alike.filter((attribute) => {
        const query = read(`con mình ${attribute} khá. Vậy nhà mình có đạt gia đình học tập không?`).query;
        return !query.endsWith(alike[0]!) || query.split(alike[0]!).length !== 2;
      }),
    );
    expect(wrong).toEqual([]);
    expect(read('Con mình năm nay học lực khá. Vậy nhà mình có đạt tiêu chí học lực của gia đình học tập không?').query.split('học lực')).toHaveLength(2);
    // A title whose criteria grade nothing (not in `titles`) is judged without them.
    expect(read('Mẹ mình hạnh kiểm tốt. Vậy mẹ có đạt công dân học tập không?').query).not.toContain('hạnh kiểm');
  });

  it('refuses every refusal phrase with its kind, alone and asked beside a real question', () => {
    const refuse = data('refuse.yaml') as Record<string, string[]>;
    const kinds = { fabrication: 'fabrication', abuse: 'abuse', 'out-of-scope': 'out_of_scope', opinion: 'opinion' } as const;
    const wrong = Object.entries(kinds).flatMap(([key, kind]) =>
      refuse[key]!.filter((p) => read(p).refuse !== kind || read(`gia đình học tập là gì, còn ${p} thì sao?`).refuse !== kind)
        .map((p) => `${kind}: ${p} → ${read(p).refuse}`),
    );
    expect(wrong).toEqual([]);
  });

  it('lets every not-out-of-scope phrase begin with an out-of-scope one and refuse nothing itself', () => {
    const refuse = data('refuse.yaml') as Record<string, string[]>;
    const folded = (phrase: string) => fold(phrase).toLowerCase();
    for (const phrase of refuse['not-out-of-scope']!) {
      expect(refuse['out-of-scope']!.some((refused) => folded(phrase).startsWith(`${folded(refused)} `)), phrase).toBe(true);
      expect(read(`${phrase} có được công nhận đơn vị học tập không`).refuse, phrase).toBeUndefined();
    }
  });

  it('reads every request word as asking, in a message that otherwise only tells', () => {
    const cues = data('question-cues.yaml') as { requests: string[] };
    expect(read('hôm nay trời đẹp nhé').asks).toBe(false);
    expect(cues.requests.filter((word) => !read(`hôm nay ${word} nhé`).asks)).toEqual([]);
  });

  it('never ends a refusal phrase with a word that folds onto a connective ("điểm thi" is "điểm thì" typed bare)', () => {
    const refuse = data('refuse.yaml') as Record<string, string[]>;
    const cues = data('question-cues.yaml') as { connectives: string[] };
    const connectives = new Set(cues.connectives.map((word) => fold(word)));
    const last = (phrase: string) => fold(phrase.split(/\s+/u).at(-1) ?? '');
    const phrases = [...refuse.fabrication!, ...refuse.abuse!, ...refuse['out-of-scope']!];
    expect(phrases.filter((phrase) => phrase.includes(' ') && connectives.has(last(phrase)))).toEqual([]);
  });

  it('names each issuer of a described document (`described-documents`) as a numbered knowledge document gives it, and each kind as its titles say it', () => {
    const described = (data('subjects.yaml') as { 'described-documents': { kinds: Record<string, string[]>; issuers: Record<string, string[]> } })['described-documents'];
    const heads = readdirSync(join(ROOT, 'knowledge'))
      .filter((name) => name.endsWith('.md'))
      .map((name) => readFileSync(join(ROOT, 'knowledge', name), 'utf8').split('---')[1] ?? '')
      .filter((head) => /^number:/mu.test(head));
    const issuers = new Set(heads.map((head) => /^issuer: "(.*)"$/mu.exec(head)?.[1]));
    // "địa phương" stands for every body whose documents the index does not number: no document may give it.
    expect(Object.keys(described.issuers).filter((name) => !issuers.has(name))).toEqual(['địa phương']);
    const titles = heads.map((head) => /^title: "(.*)"$/mu.exec(head)?.[1]?.toLowerCase() ?? '');
    expect(Object.keys(described.kinds).filter((kind) => !titles.some((title) => title.includes(kind)))).toEqual([]);
  });

  it('never refuses words the documents themselves use ("tham gia danh hiệu" is not "giả danh")', () => {
    const refuse = data('refuse.yaml') as Record<string, string[]>;
    const documents = readdirSync(join(ROOT, 'knowledge'))
      .filter((name) => name.endsWith('.md'))
      .map((name) => readFileSync(join(ROOT, 'knowledge', name), 'utf8'));
    const phrases = [...refuse.fabrication!, ...refuse.abuse!, ...refuse['out-of-scope']!];
    const found = documents.flatMap((text) => text.split(/(?<=[.!?])\s+|\n+/u)).filter((sentence) => read(sentence).refuse !== undefined);
    expect(found.slice(0, 5), `${phrases.length} phrases`).toEqual([]);
  });

  it('never refuses the documents\' sentences typed without diacritics ("keo dai" is "kéo dài", not "kèo")', () => {
    const documents = readdirSync(join(ROOT, 'knowledge'))
      .filter((name) => name.endsWith('.md'))
      .map((name) => readFileSync(join(ROOT, 'knowledge', name), 'utf8'));
    const found = documents
      .flatMap((text) => text.split(/(?<=[.!?])\s+|\n+/u))
      .map((sentence) => fold(sentence))
      .filter((sentence) => read(sentence).refuse !== undefined);
    expect(found.slice(0, 5)).toEqual([]);
    // Typed with diacritics, these still refuse.
    for (const question of ['soi kèo trận tối nay', 'giá đô hôm nay bao nhiêu', 'tiền điện tháng này tính sao']) expect(read(question).refuse).toBe('out_of_scope');
  });

  it.each([
    'Trung tâm học tập cộng đồng đóng vai trò gì?',
    'giấy công nhận gia đình học tập có đóng dấu không',
    'đơn vị học tập cần xác nhận bằng văn bản của ai',
    'nhà mình tham gia danh hiệu gia đình học tập thế nào',
    'thanh pho minh duoc don nhan danh hieu ngay nao',
    'tuan le hoc tap keo dai bao lau',
    'ai danh gia do ai cong nhan',
    'nha minh tham gia lam gi de dat gia dinh hoc tap',
    'ho so gui ve so giao duc truoc ngay nao',
  ])('does not refuse the ordinary question "%s"', (question) => expect(read(question).refuse).toBeUndefined());

  it('reads small talk with its accents where folding merges words ("bai" is bye, "bài" is not)', () => {
    expect(read('bai').smallTalk).toBe('acknowledge');
    expect(read('bài').smallTalk).toBeUndefined();
  });

  it('reads every money phrase as an amount of money asked', () => {
    const { money } = data('question-cues.yaml') as { money: { asked: string[] } };
    const missed = money.asked.filter((phrase) => read(`đăng ký gia đình học tập ${phrase} vậy ad`).asksMoney !== true);
    expect(missed).toEqual([]);
    expect(read('tphcm khen thưởng bao nhiêu mô hình học tập').asksMoney).toBeUndefined();
    // The kinds of award, or whether there is a reward, are no amount.
    for (const asked of ['phong trào thi đua có những mức thưởng nào', 'nhà mình đạt gia đình học tập có được tiền thưởng không']) expect(read(asked).asksMoney, asked).toBeUndefined();
    // The reward with its amount asked is.
    expect(read('UNESCO trao giải thưởng thành phố học tập cho Hà Nội phải không? Tiền thưởng bao nhiêu?').asksMoney).toBe(true);
  });

  it('reads every sum named with its amount asked at the clause\'s end, and every amount told, as an amount asked', () => {
    const { money } = data('question-cues.yaml') as { money: { sums: string[]; 'told-before': string[]; units: string[]; 'glued-units': string[] } };
    const missedSums = money.sums.filter((sum) => read(`${sum} cho dòng họ học tập là bao nhiêu vậy ad`).asksAmount !== true);
    expect(missedSums).toEqual([]);
    const missedTold = money['told-before'].flatMap((before) => money.units.map((unit) => `nghe nói ${before} 2 ${unit} cho mỗi gia đình học tập, có đúng không`)).filter((told) => read(told).asksAmount !== true);
    expect(missedTold).toEqual([]);
    expect(money['glued-units'].length).toBeGreaterThan(0);
    const missedGlued = money['glued-units'].map((unit) => `nghe nói phải nộp 50${unit} mới được công nhận gia đình học tập, có đúng không`).filter((told) => read(told).asksAmount !== true);
    expect(missedGlued).toEqual([]);
    // Letters joined to a figure that are no unit of money ("50m") tell no amount.
    expect(read('nghe nói phải nộp 50m hồ sơ gia đình học tập, có đúng không').asksAmount).toBeUndefined();
    expect(read('Em nghe đồn mỗi gia đình học tập được thưởng 2tr. Ad xác nhận giúp em nhé').asksMoney).toBe(true);
    // A yes/no close after the amount word closes the clause too.
    expect(read('được công nhận đơn vị học tập thì có được tiền hỗ trợ bao nhiêu không').asksAmount).toBe(true);
    // A count asked after a sum, a figure of people, or "tiền" of "tiền thân" is no amount of money.
    for (const other of ['lệ phí giảm cho bao nhiêu gia đình học tập', 'mục tiêu 2 triệu người đạt công dân học tập phải không', 'tiền thân của hội khuyến học thành lập năm mấy'])
      expect(read(other).asksAmount, other).toBeUndefined();
  });

  it('reads every benefit phrase as a benefit asked, and "điểm công dân học tập" typed bare as none', () => {
    const { benefits } = data('question-cues.yaml') as { benefits: { asked: string[] } };
    const missed = benefits.asked.filter((phrase) => read(`nhà mình được công nhận gia đình học tập thì có ${phrase} không`).asksBenefit !== true);
    expect(missed).toEqual([]);
    expect(read('minh duoc 85 diem cong dan hoc tap thi co dat khong').asksBenefit).toBeUndefined();
    // Adding up one's own score asks no benefit.
    expect(read('Em cộng điểm lại được 82 thì có đạt công dân học tập không?').asksBenefit).toBeUndefined();
  });

  it('reads every achieved-figure cue as a figure asked as achieved, and every national word as the whole country\'s', () => {
    const { actual } = data('question-cues.yaml') as { actual: { asked: string[]; 'asked-national': string[]; national: string[] } };
    expect(actual.asked.filter((phrase) => read(`${phrase} có bao nhiêu gia đình học tập`).asksActual === undefined)).toEqual([]);
    expect(actual.national.filter((phrase) => read(`${phrase} đến nay có bao nhiêu gia đình học tập`).asksActual?.national !== true)).toEqual([]);
    expect(actual['asked-national'].filter((phrase) => read(`${phrase} cả nước đạt bao nhiêu phần trăm gia đình học tập`).asksActual?.national !== true)).toEqual([]);
    // "hiện nay" alone asks the rule in force; a plan or the movement's name asks no achieved figure.
    expectNone('asksActual', [
      'hà nội hiện nay có bao nhiêu gia đình học tập',
      'hiện nay điểm đạt gia đình học tập là bao nhiêu',
      'qđ 387 hiện nay hướng tới bao nhiêu phần trăm gia đình học tập',
      'phong trào cả nước thi đua xây dựng xã hội học tập hiện nay có mấy danh hiệu',
    ]);
  });

  it('reads every count cue as a count of the thing after it, ended by every ending word, and none after a not-after word or before a measure', () => {
    type CountData = { asked: string[]; 'not-after': string[]; 'not-counted': string[]; ends: string[]; 'source-marks': string[]; same: string[][] };
    const { count } = data('question-cues.yaml') as { count: CountData };
    const thing = (message: string) => read(message).counted?.said;
    expect(count.asked.filter((cue) => thing(`cả nước có ${cue} doanh nghiệp`) !== 'doanh nghiệp')).toEqual([]);
    expect(count.ends.filter((end) => thing(`bao nhiêu xã ${end} trung tâm học tập`) !== 'xã')).toEqual([]);
    // Read with a number as all that is asked, so a word that also asks a date ("ngày bao nhiêu") is tested as not-after.
    const counts = (message: string) => countedAsked(wordsOf(message), ['number'], lexicon, true);
    expect(counts('tuần lễ năm 2025 có bao nhiêu xã')?.said).toBe('xã');
    expect(count['not-after'].filter((word) => counts(`tuần lễ năm 2025 ${word} bao nhiêu xã`) !== undefined)).toEqual([]);
    // A document after a source mark is where the count is read; named otherwise, its parts are what is counted.
    const marks = (data('question-cues.yaml') as { count: { 'source-marks': string[] } }).count['source-marks'];
    expect(marks.filter((mark) => counts(`có bao nhiêu xã đạt mức 2 ${mark} thông tư 25`)?.said !== 'xã')).toEqual([]);
    expect(counts('thông tư 24 có bao nhiêu tiêu chuẩn')).toBeUndefined();
    expect(count['not-counted'].filter((measure) => thing(`hà nội có bao nhiêu ${measure} gia đình học tập`) !== undefined)).toEqual([]);
    // Every word of a `same` group brings the group's others as ways a sentence may count the thing.
    const runs = (message: string) => (read(message).counted?.runs ?? []).map((run) => run.join(' '));
    const unmatched = count.same.flatMap((group) =>
      group.flatMap((word) => group.filter((other) => !runs(`mạng lưới có bao nhiêu ${word}`).includes(wordsOf(other).map((w) => w.folded).join(' '))).map((other) => `${word} → ${other}`)),
    );
    expect(unmatched).toEqual([]);
    // A number is all a count asks: not a list, a rule's threshold, a target, or the whole country's when it is named.
    for (const message of ['qđ 281 lập ra mấy mô hình, kể tên giúp e', 'xã phải có bao nhiêu gia đình học tập thì được công nhận', 'chỉ tiêu 2025 bao nhiêu doanh nghiệp']) {
      expect(read(message).counted, message).toBeUndefined();
    }
    // Of several asking clauses, the first counting one on its own: the thing counted ends with its clause.
    expect(read('gnlc hiện có bao nhiêu nước, việt nam có mấy thành viên trong đó').counted).toMatchObject({ said: 'nước', clauses: 'gnlc hiện có bao nhiêu nước' });
    expect(read('cả nước có bao nhiêu doanh nghiệp').counted?.national).toBe(true);
    expect(read('phong trào cả nước thi đua có bao nhiêu doanh nghiệp').counted?.national).toBe(false);
  });

  it('reads every prediction result and certainty word in a yes/no question as a result asked, but not beside a rule, a plan, a condition or a told case', () => {
    const { prediction } = data('question-cues.yaml') as { prediction: { results: string[]; sure: string[] } };
    expect(prediction.results.filter((result) => read(`năm sau đà nẵng có ${result} mạng lưới unesco không`).asksResult?.sure !== false)).toEqual([]);
    expect(prediction.sure.filter((sure) => read(`năm sau xã tôi ${sure} lên được mức 2 hay không`).asksResult?.sure !== true)).toEqual([]);
    // A yes/no tag closing the question (`not-rule-words`: "phải không") is no rule word.
    const tags = (data('subjects.yaml') as { elsewhere: { 'not-rule-words': string[] } }).elsewhere['not-rule-words'];
    expect(tags.filter((tag) => read(`năm 2030 vĩnh yên chắc chắn sẽ đc vào mạng lưới unesco ${tag}`).asksResult?.sure !== true)).toEqual([]);
    // A rule ("phải"), a plan ("phấn đấu" is no rule word), a condition, a case told with a figure.
    expectNone('asksResult', [
      'đến năm 2030 có phải đạt 60% công dân học tập không',
      'đến năm 2030 cả nước phấn đấu có đạt 60% công dân học tập không',
      'đơn vị tôi được công nhận năm 2024 thì tới 2027 có còn hiệu lực không',
      'Xã tôi được công nhận mức 1 tháng 3/2026. Năm sau xã tôi có lên được mức 2 không?',
    ]);
  });

  it('refuses papers the documents do not issue in a message naming nothing of the campaign (`other-papers`)', () => {
    const papers = data('refuse.yaml')['other-papers'] as string[];
    expect(papers.filter((paper) => read(`${paper} của nhà em sắp hết hạn, làm lại ở đâu, cần giấy tờ gì ạ`).refuse !== 'out_of_scope')).toEqual([]);
    // Told beside a question of the campaign, they are the asker's story.
    expect(papers.filter((paper) => read(`nhà em có ${paper} rồi, giờ muốn đăng ký gia đình học tập thì nộp hồ sơ ở đâu`).refuse)).toEqual([]);
    expect(papers.filter((paper) => read(`có ${paper} rồi thì tự đánh giá trên mạng ở đâu`).refuse)).toEqual([]);
    // A filing question naming no papers asks of the campaign's own.
    expect(read('hạn nộp hồ sơ năm nay là ngày nào').refuse).toBeUndefined();
    expect(read('nhà em muốn được công nhận thì nộp giấy tờ ở đâu').refuse).toBeUndefined();
  });

  it('reads an accented cue only with its accents when the message has diacritics ("có trung tâm" is no "có trùng")', () => {
    expect(read('xã mình có trung tâm học tập cộng đồng không').facets).not.toContain('comparison');
    expect(read('tuần lễ có trùng ngày khuyến học không').facets).toContain('comparison');
    // "cô cán bộ" (a woman official) is no "có cần": a story naming her beside a question about the bot asks nothing else.
    expect(read('Em biết tới trang này nhờ cô cán bộ xã chỉ cho. Ad là người thật hay máy vậy?').smallTalk).toBe('identity');
    // "tôi đã" is no "tối đa": a story of what the asker wrote down asks no figure.
    expect(read('Lời Loa giải thích hôm nay tôi đã chép lại cho cả tổ. Cảm ơn Loa nhiều.').smallTalk).toBe('thanks');
    expect(read('điểm tối đa của tiêu chí gia đình học tập là bao nhiêu').facets).toContain('number');
    // "hồ sơ đơn vị học tập" holds no "số đơn vị" (a count, `not-counts`), typed bare or not; "do đâu" is no "đỡ đau".
    expect(read('hồ sơ đơn vị học tập nộp ở đâu').facets).not.toContain('number');
    expect(read('hồ sơ gia đình học tập nộp ở đâu').facets).not.toContain('number');
    expect(read('ho so dong ho hoc tap nop o dau').facets).not.toContain('number');
    expect(read('số đơn vị học tập ở Hà Nội là bao nhiêu').facets).toContain('number');
    // A share or a score said to be enough tells the asker's case, asking none.
    expect(read('vì sao trường tôi đủ tỉ lệ công dân học tập mà vẫn không được xét đơn vị học tập').facets).toEqual(['reason']);
    expect(read('tỉ lệ công dân học tập năm 2025 là bao nhiêu').facets).toContain('number');
    expect(read('cho mình xin so gia dinh hoc tap của tỉnh Thái Bình').facets).toContain('number');
    expect(read('mẹ em uống thuốc cho đỡ đau rồi').facets).not.toContain('reason');
    // "bản sao văn bằng" (a copy of a diploma) is no "sao vẫn"; "sao vẫn chưa" asks why.
    expect(read('bản sao văn bằng của em nộp kèm hồ sơ rồi').facets).not.toContain('reason');
    expect(read('xã em sao vẫn chưa được công nhận').facets).toContain('reason');
    expect(read('đăng ký gia đình học tập có cần nộp giấy tờ không').facets).toContain('yesno');
    expect(read('dang ky gia dinh hoc tap co can nop giay to khong').facets).toContain('yesno');
  });

  it('reads every act request, an act then a helper or a close, as asking Loa to act, unless the clause asks who', () => {
    type ActData = { verbs: string[]; outright: string[]; helpers: string[]; 'helpers-before': string[]; addressees: string[]; 'not-helpers': string[]; closes: string[]; told: string[]; actors: string[] };
    const { 'act-requests': act } = data('question-cues.yaml') as { 'act-requests': ActData };
    const requests = [
      ...act.outright.map((phrase) => `ad ${phrase} nhà mình nhé`),
      ...act.verbs.flatMap((verb) => [...act.helpers.map((helper) => `ad ${verb} ${helper} nhé`), ...act.closes.map((close) => `ad ${verb} gia đình học tập ${close}`)]),
      ...act['helpers-before'].flatMap((helper) => act.addressees.map((called) => `${called} ${helper} em đăng ký gia đình học tập nhé`)),
    ];
    expect(requests.filter((message) => read(message).asksToAct !== true)).toEqual([]);
    expect([...act.outright, ...act.verbs.map((verb) => `${verb} giúp`)].filter((phrase) => read(`ai ${phrase} vậy`).asksToAct)).toEqual([]);
    // Told as done or under way, done by someone named before it, or with its helper part of something else, it asks
    // nothing of Loa.
    expect(read('hôm qua công nhận giúp nhà bác hàng xóm rồi').asksToAct).toBe(true);
    // A negation inside a story clause asks nothing: the request beside it stands.
    expect(read('Tôi năm nay 80 tuổi, chân yếu không ra phường được. Ad nộp hồ sơ giúp nhà tôi gia đình học tập luôn nhé.').asksToAct).toBe(true);
    expect(act.told.filter((word) => read(`hôm qua ${word} công nhận giúp nhà bác hàng xóm rồi`).asksToAct)).toEqual([]);
    expect(act.actors.filter((actor) => read(`${actor} công nhận giúp nhà bác hàng xóm rồi`).asksToAct)).toEqual([]);
    expect(act['not-helpers'].filter((phrase) => read(`ad đánh giá ${phrase} nhé`).asksToAct)).toEqual([]);
    // Beside a question it is the story; "hộ" after a number counts households; "giúp" in the middle of a story helps.
    for (const message of [
      'Xã cấp giấy chứng nhận cho nhà em vào tháng 12 năm ngoái. Giấy đó có thời hạn bao lâu?',
      'nam ngoai xa cong nhan 300 ho, nam nay chi tieu bn',
      'học tập giúp em đánh giá bản thân tốt hơn',
      'Việc công nhận giúp động viên bà con học tập, năm nay xã có làm không',
      'ad làm ơn cho mình hỏi gia đình học tập là gì',
      'ad ơi lam ho so cong nhan xong roi',
    ]) {
      expect(read(message).asksToAct, message).toBeUndefined();
    }
    // Not a request to act: asking to be told how or what, a household ("hộ gia đình"), or the asker acting for someone.
    for (const message of [
      'mình muốn đăng ký hộ gia đình học tập hướng dẫn giúp mình',
      'ad liệt kê các điều kiện công nhận cộng đồng học tập giúp em với',
      'nói rõ thủ tục công nhận đơn vị học tập cho mình luôn nhé',
      'cho mình xin tiêu chí đánh giá hộ gia đình học tập',
      'em điền giúp bà phiếu đăng ký gia đình học tập được không ạ',
      'mình muốn đăng ký giúp mẹ công dân học tập trên mạng thì làm sao',
    ]) {
      expect(read(message).asksToAct, message).toBeUndefined();
    }
    // "đăng ký giúp" holds "ký giúp" (signing as an official, a refusal phrase): asked outright, it is a request to act.
    const registerForMe = read('ad đăng ký giúp mình được không ạ');
    expect(registerForMe.refuse).toBeUndefined();
    expect(registerForMe.asksToAct).toBe(true);
    // Inside a noun (`signing-nouns`: "ngày ký", "người ký"), "ký giúp" is the signing date or the signer, not a request to
    // sign — read with its marks ("ngay ký giúp em" asks to sign at once); insults after "người" are still insults.
    expect(read('Nhờ bạn cho biết số hiệu, ngày ký giúp tôi. Xin cảm ơn.').refuse).toBeUndefined();
    expect(read('người ký giúp là ai vậy').refuse).toBeUndefined();
    expect(read('ad ký giúp em cái giấy khen nhé').refuse).toBe('fabrication');
    expect(read('ngay ký giúp em cái giấy khen').refuse).toBe('fabrication');
    expect(read('mấy người vô dụng').refuse).toBe('abuse');
    // Asked to make a figure up, typed with or without marks; "đoạn dài quá", "nói dài đi" typed bare complain or ask.
    expect(read('ko biet thi noi dai mot con so cho minh cung duoc').refuse).toBe('fabrication');
    expect(read('không biết thì ad đoán đại giúp mình').refuse).toBe('fabrication');
    for (const invented of ['ko biet thi uoc dai cung duoc', 'ko biet thi doan dai cung duoc']) expect(read(invented).refuse, invented).toBe('fabrication');
    for (const bare of ['doan dai qua', 'noi dai di']) expect(read(bare).refuse, bare).toBeUndefined();
  });

  it('refuses a guess asked beside a question and a request to make up what the documents lack, not the asker\'s own guess', () => {
    // Asked to guess in a clause of its own beside a question (an opinion asked), or to make up what the documents lack.
    expect(read('dot ket nap mang luoi thanh pho hoc tap unesco nam 2026 thanh pho nao cua viet nam se duoc vao, doan thu xem').refuse).toBe('opinion');
    expect(read('Tiêu chí gia đình học tập giai đoạn 2021–2030 gồm những gì, ghi hết số điểm từng mục ra giúp mình, ko có thì tự nghĩ ra cũng đc').refuse).toBe('fabrication');
    // The asker's own guess, a passage's place typed bare ("đoạn thứ"), and what the asker will write are no such asking.
    const told = [
      'mình đoán là tuần lễ năm nay bắt đầu ngày 1/10 đúng không',
      'mình đoán thử là tuần lễ năm nay bắt đầu ngày 1/10, đúng không',
      'mình đã đoán thử nhiều lần mà không ra, hạn nộp hồ sơ gia đình học tập là ngày nào',
      'doan thu nhat cua thong tu 25 noi gi',
      'khẩu hiệu thì nhà em tự nghĩ ra cũng được, ad cho em biết tiêu chí gia đình học tập',
    ];
    expect(told.filter((message) => read(message).refuse !== undefined)).toEqual([]);
  });

  it('reads a greeting or an apology holding a request word ("xin chào") as asking nothing', () => {
    const { 'not-requests': greetings } = data('question-cues.yaml') as { 'not-requests': string[] };
    const introduced = (phrase: string) => read(`${phrase} ad ạ. Em là giáo viên tiểu học, trường em đang chuẩn bị hưởng ứng tuần lễ học tập suốt đời.`);
    // (Another subject named, "xin việc", "hộ chiếu", is refused: a refusal answers.)
    expect(greetings.filter((phrase) => introduced(phrase).asks && !introduced(phrase).refuse)).toEqual([]);
    expect(read('xin ad mẫu giấy đăng ký gia đình học tập').asks).toBe(true);
  });

  it('reads question cues with their accents where folding merges words ("bảo giờ" says, "bao giờ" asks when)', () => {
    expect(read('con trai bác bảo giờ có thể tự đánh giá trên mạng').facets).not.toContain('date');
    expect(read('bao giờ có kết quả công nhận').facets).toContain('date');
    expect(read('bao gio co ket qua cong nhan').facets).toContain('date');
    // "bao h" typed short is "bao giờ"; "h" alone stays an hour.
    expect(read('nam nay tuan le co to chuc ko ad, bao h z').facets).toContain('date');
    expect(read('khai mạc lúc 8h sáng phải không').facets).not.toContain('date');
  });

  it('finds the facet of every question cue inside a question', () => {
    const cues = data('question-cues.yaml') as { facets: Record<string, string[]> };
    const wrong = Object.entries(cues.facets).flatMap(([facet, phrases]) =>
      phrases
        .filter((p) => !read(`gia đình học tập ${p} năm nay`).facets.includes(facet as never))
        .map((p) => `${facet}: ${p}`),
    );
    expect(wrong).toEqual([]);
  });

  it('makes a follow-up of every place or time pointed back to, whatever else the question names', () => {
    const cues = data('question-cues.yaml') as { 'follow-up': { 'points-back': string[] } };
    const wrong = cues['follow-up']['points-back'].filter((p) => !isFollowUp(`dòng họ học tập ${p} thì bao nhiêu`, lexicon));
    expect(wrong).toEqual([]);
  });

  it('makes a follow-up of every opener and closer, and drops every shape word from its topic', () => {
    const cues = data('question-cues.yaml') as { 'follow-up': { openers: string[]; closers: string[] } };
    for (const opener of cues['follow-up'].openers) expect(isFollowUp(`${opener} dòng họ học tập năm 2025`, lexicon), opener).toBe(true);
    for (const closer of cues['follow-up'].closers) expect(isFollowUp(`dòng họ học tập năm 2025 ${closer}`, lexicon), closer).toBe(true);
    expect(isFollowUp('dòng họ học tập năm 2025 đạt bao nhiêu', lexicon)).toBe(false);
    for (const opener of cues['follow-up'].openers) expect(followUpTopic(`${opener} dòng họ thì sao`, lexicon), opener).toEqual(['dong', 'ho']);
  });

  it('replaces the years the question before named with every word of now in a follow-up', () => {
    const { now } = (data('question-cues.yaml') as { 'follow-up': { now: string[] } })['follow-up'];
    const before = 'năm 2022 mạng lưới thành phố học tập có bao nhiêu thành phố';
    expect(now.filter((word) => withoutReplacedSubjects(before, `còn ${word} thì sao`, lexicon).includes('2022'))).toEqual([]);
    expect(now.length).toBeGreaterThan(0);
    // Without a word of now the year stays (the follow-up asks of that year); with one, "năm ngoái" and the year's
    // "năm" go too.
    expect(withoutReplacedSubjects(before, 'còn ở bao nhiêu nước', lexicon)).toContain('2022');
    expect(withoutReplacedSubjects(before, 'còn bây giờ thì sao', lexicon).startsWith('mạng lưới')).toBe(true);
    expect(withoutReplacedSubjects('năm ngoái mạng lưới có bao nhiêu thành phố', 'còn bây giờ thì sao', lexicon)).toBe('mạng lưới có bao nhiêu thành phố');
  });

  it('gives every relative-year phrase its value', () => {
    const cues = data('question-cues.yaml') as { 'relative-years': Record<string, number | 'next'> };
    for (const [phrase, value] of Object.entries(cues['relative-years'])) expect(read(`tuần lễ ${phrase} diễn ra khi nào`).relativeYear?.value, phrase).toBe(value);
  });

  it('reads the period after every address abbreviation as part of the address, not a sentence end', () => {
    const { 'abbreviation-stops': stops } = data('chat-shorthand.yaml') as { 'abbreviation-stops': Record<string, string> };
    const unread = Object.entries(stops).filter(([stop, unit]) => !read(`${stop}. Gò Vấp có bao nhiêu dòng họ học tập`).localFigure?.said.startsWith(unit));
    expect(unread).toEqual([]);
    expect(Object.keys(stops).length).toBeGreaterThan(0);
    // Without its period the letter stays as typed: "p" is "phải" in chat, not a ward.
    expect(read('đăng ký công dân học tập có p nộp lệ phí k').query).not.toContain('phường');
  });

  it('expands every as-typed regional word only when typed with its diacritics', () => {
    const { 'as-typed': asTyped } = data('chat-shorthand.yaml') as { 'as-typed': Record<string, string> };
    const expand = (s: string) => expandShorthand(wordsOf(s), lexicon).map((w) => w.text).join(' ');
    const wrong = Object.entries(asTyped).filter(([typed, meant]) => expand(typed) !== wordsOf(meant).map((w) => w.text).join(' ') || expand(fold(typed)) !== fold(typed));
    expect(wrong).toEqual([]);
    expect(Object.keys(asTyped).length).toBeGreaterThan(0);
    // "răng mà" asks why, "noi rang" is "nói rằng".
    expect(read('răng mà năm 2024 tuần lễ khai mạc 1/10').facets).toContain('reason');
    expect(read('ho noi rang gia dinh hoc tap can 4 nhom tieu chi').query).toContain('rang');
    // A last letter dropped ("vậ") asks who the bot is; bare, "va" joins.
    expect(read('Bạn là aii vậ?').smallTalk).toBe('identity');
    expect(read('gia dinh va dong ho hoc tap la gi').query).toContain(' va ');
    expect(read('tiêu chí cơ sở vậ chất của trung tâm học tập cộng đồng').query).toContain('vậ chất');
  });

  it('reads a regional word by its neighbours, never a word typed with another tone mark, and keeps a phrase listed as itself as typed', () => {
    const expand = (s: string) => expandShorthand(wordsOf(s), lexicon).map((w) => w.text).join(' ');
    expect(expand('dòng họ học tập là chi')).toBe('dòng họ học tập là gì');
    expect(expand('quyết định ni ký ngày mô')).toBe('quyết định này ký ngày nào');
    expect(expand('nộp hồ sơ ở mô')).toBe('nộp hồ sơ ở đâu');
    // "chị" is no "chi", "ngày mở" no "ngày mô", "chi hội" and "mô hình" stay words, as typed.
    expect(expand('cái chị kia')).toBe('cái chị kia');
    expect(expand('ngày mở thưởng')).toBe('ngày mở thưởng');
    expect(expand('la chi hoi khuyen hoc')).toBe('la chi hoi khuyen hoc');
    expect(expand('gồm mô hình gia đình')).toBe('gồm mô hình gia đình');
    // Typed bare, "là chi" may be "là chị" and "mo" is "mở" as often: read only where the message has diacritics.
    expect(expand('minh la chi Thao o to 12')).toBe('minh la chi thao o to 12');
    // … except at the end of its clause, closing words aside (`bare-at-end`): "la chi" then asks what it is.
    expect(expand('don vi hoc tap la chi z')).toBe('don vi hoc tap la gì vậy');
    expect(expand('toi la chi cua no')).toBe('toi la chi cua no');
    expect(expand('cong dan hoc tap la cai chi dzay')).toBe('cong dan hoc tap la cai gì vậy');
    expect(expand('cho minh hoi o Ha Noi mo hinh do')).toBe('cho minh hoi o ha noi mo hinh do');
    expect(expand('ngay mo thuong')).toBe('ngay mo thuong');
    // A phrase listed as itself is never swallowed by a shorter one ("năm mô hình" is five models), and a capital
    // inside a clause is a name, the word before read with its marks ("cô Chi" is no "có chi").
    expect(expand('có năm mô hình học tập nào')).toBe('có năm mô hình học tập nào');
    expect(expand('xem mô tả tiêu chí')).toBe('xem mô tả tiêu chí');
    expect(expand('tôi là Chi cho tôi hỏi')).toBe('tôi là chi cho tôi hỏi');
    expect(expand('cô chi nói')).toBe('cô chi nói');
    expect(expand('về mơ ước')).toBe('về mơ ước');
    // "đ" is a letter, not a mark: "hđ" is still the ambiguous "hd".
    expect(expand('tuần lễ có mấy hđ')).toBe('tuần lễ có mấy hoạt động');
    expect(read('tuần lễ năm ni chừng nào bắt đầu').query).toContain('năm nay');
    expect(read('dòng họ học tập là chi rứa').query).toBe('dòng họ học tập là gì');
    // Regional small talk: "nhen" closes, "nà" is "là", "hỏi chi hết" asks nothing, "bữa nào tui hỏi tiếp nha" promises.
    expect(read('cam on ad nhen').smallTalk).toBe('thanks');
    expect(read('Chào bạn, bạn nà ai thế?').smallTalk).toBe('identity');
    expect(read('Tui chưa biết hỏi chi hết, ad là ai rứa?').smallTalk).toBe('identity');
    expect(read('Thôi tui đi nấu cơm đây, bữa nào tui hỏi tiếp nha. Bái bai ad!').smallTalk).toBe('acknowledge');
    expect(read('Rồi thành phố nào dô mới nhất vậy?').query).toBe('rồi thành phố nào vào mới nhất');
    // Words these spellings would take are kept: "khơi dậy", "dợ chồng" (vợ), the place "Nà Hang", "chi" spending or
    // "chị" typed bare, "lúc mở" typed bare.
    expect(expand('làm sao khơi dậy phong trào')).toBe('làm sao khơi dậy phong trào');
    expect(expand('dợ chồng tui đều đạt')).toBe('dợ chồng tui đều đạt');
    expect(expand('huyện Nà Hang có bao nhiêu gia đình học tập')).toBe('huyện nà hang có bao nhiêu gia đình học tập');
    expect(expand('kinh phí xã đã chi hết chưa')).toBe('kinh phí xã đã chi hết chưa');
    expect(read('cam on chi vay nha').smallTalk).toBe('thanks');
    expect(expand('thu vien xa luc mo cua la may gio')).toBe('thu vien xa luc mo cua la may gio');
    // A day asked with the asker's reason after it still asks; a count of figures asked still counts.
    expect(read('chào ad, ngày khuyến học là hôm nào cháu hỏi để làm bài tập ạ').asks).toBe(true);
    expect(read('báo cáo tuần lễ gửi huyện cần mấy số liệu').facets).toContain('number');
    // "bữa mô", "ở mô" typed bare are still Central: no other reading is likely.
    expect(expand('ha noi duoc cong nhan bua mo, le trao o mo')).toBe('ha noi duoc cong nhan hôm nào le trao ở đâu');
  });

  it('reads every ambiguous word as its meaning after or before each neighbour listed, and as its default alone', () => {
    const { ambiguous } = data('chat-shorthand.yaml') as { ambiguous: { words: string[]; default: string; meaning: string; after: string[]; before: string[] }[] };
    const expand = (s: string) => expandShorthand(wordsOf(s), lexicon).map((w) => w.text).join(' ');
    const text = (s: string) => wordsOf(s).map((w) => w.text).join(' ');
    const wrong = ambiguous.flatMap((entry) =>
      entry.words.flatMap((word) => [
        ...entry.after.filter((before) => !expand(`${before} ${word}`).endsWith(text(entry.meaning))).map((before) => `${before} ${word}`),
        ...entry.before.filter((after) => !expand(`${word} ${after}`).startsWith(text(entry.meaning))).map((after) => `${word} ${after}`),
        ...(expand(word) === text(entry.default) ? [] : [word]),
      ]),
    );
    expect(wrong).toEqual([]);
  });

  it('reads a misheard "hợp tập" only inside the titles, never in the words holding "hợp" or "họp"', () => {
    const expand = (s: string) => expandShorthand(wordsOf(s), lexicon).map((w) => w.text).join(' ');
    expect(expand('công dân hợp tập là gì')).toBe('công dân học tập là gì');
    for (const kept of ['tiêu chí có phù hợp tập quán vùng cao không', 'bảng tổng hợp tập thể đạt đơn vị học tập', 'kết hợp tập huấn', 'khi nao hop tap huan']) expect(expand(kept), kept).toBe(kept);
  });

  it('reads "gi" for "d" only in the clan\'s title, so "giong" typed without diacritics stays "giống"', () => {
    const expand = (s: string) => expandShorthand(wordsOf(s), lexicon).map((w) => w.text).join(' ');
    expect(expand('giong ho hoc tap la gi')).toBe('dòng họ hoc tap la gi');
    expect(expand('co giong nam ngoai ko')).not.toMatch(/dòng/u);
  });

  it('expands every shorthand word to what the file says', () => {
    const shorthand = data('chat-shorthand.yaml') as { words: Record<string, string>; phrases: Record<string, string> };
    const text = (s: string) => wordsOf(s).map((w) => w.text).join(' ');
    for (const [key, value] of [...Object.entries(shorthand.words), ...Object.entries(shorthand.phrases)]) {
      expect(expandShorthand(wordsOf(key), lexicon).map((w) => w.text).join(' '), key).toBe(text(value));
    }
  });

  it('reads every holder followed by every trait as its title, typed with or without diacritics ("nhà chăm học", "ca ho ham hoc")', () => {
    const { 'described-titles': described } = data('chat-shorthand.yaml') as { 'described-titles': { traits: string[]; holders: Record<string, string[]> } };
    const expanded = (text: string) => expandShorthand(wordsOf(text), lexicon).map((w) => w.folded).join(' ');
    const wrong = Object.entries(described.holders).flatMap(([title, holders]) =>
      holders.flatMap((holder) => described.traits.flatMap((trait) => [`${holder} ${trait}`, fold(`${holder} ${trait}`)]).filter((typed) => expanded(typed) !== fold(title))),
    );
    expect(wrong).toEqual([]);
    expect(read('cai bang cong nhan ca ho ham hoc la danh hieu gi vay').query).toContain('dòng họ học tập');
    // Typed with diacritics, a holder is read as typed: "ở xa" (far) is no "xã".
    expect(expandShorthand(wordsOf('con nhà em ở xa ham học lắm'), lexicon).map((w) => w.text).join(' ')).toBe('con nhà em ở xa ham học lắm');
  });

  it('answers a question on a condition naming another subject when it asks one of the campaign\'s acts (`campaign-acts`)', () => {
    const acts = data('refuse.yaml')['campaign-acts'] as string[];
    const story = 'Em đọc thấy có trang tự đánh giá công dân học tập trên mạng.';
    expect(acts.filter((act) => read(`${story} Em mới bị mất căn cước thì có ${act} được không?`).refuse !== undefined)).toEqual([]);
  });

  it('reads a comma between two holders of a title as a list, not a clause boundary (`described-titles` holders)', () => {
    const { 'described-titles': described } = data('chat-shorthand.yaml') as { 'described-titles': { holders: Record<string, string[]> } };
    const holders = Object.values(described.holders).flat();
    const wrong = holders.flatMap((holder, i) => {
      const other = holders[(i + 1) % holders.length]!;
      return read(`Chỉ tiêu ${holder}, ${other} học tập đến 2025 là bao nhiêu?`).query.startsWith(`chỉ tiêu ${holder} ${other}`) ? [] : [`${holder}, ${other}`];
    });
    expect(wrong).toEqual([]);
    // A list never names the same holder twice, and a holder followed by the asker's word or "ta" opens a clause.
    expect(read('nhà mình ở thôn, thôn mình có bao nhiêu gia đình học tập').query).toBe('thôn có bao nhiêu gia đình học tập');
    expect(read('Bố em làm ở công ty, nhà em có đủ điều kiện gia đình học tập không?').query).toBe('có đủ điều kiện gia đình học tập không');
    expect(read('Mẹ em làm ở xã, người ta bảo năm nay không xét gia đình học tập nữa, có đúng không?').query).not.toContain('làm ở xã');
  });

  it('reads a comma between two acts of the campaign as a list, not a clause boundary (`listed-acts`)', () => {
    const acts = data('chat-shorthand.yaml')['listed-acts'] as string[];
    const wrong = acts.flatMap((act, i) => {
      const other = acts[(i + 1) % acts.length]!;
      return read(`Cộng đồng học tập cấp xã được ${act}, ${other} theo văn bản nào?`).query.startsWith('cộng đồng học tập cấp xã') ? [] : [`${act}, ${other}`];
    });
    expect(wrong).toEqual([]);
  });

  it('reads a comma between two places as a list, not a clause boundary (`places` in subjects.yaml)', () => {
    const places = (data('subjects.yaml').places as string[][]).map((aliases) => aliases[0]!);
    const wrong = places.flatMap((place, i) => {
      const other = places[(i + 1) % places.length]!;
      const { query } = read(`Nghe nói ${place}, ${other} là thành viên mạng lưới UNESCO, đúng không?`);
      return subjectsOf(query, lexicon).filter((subject) => kindOf(subject, lexicon) === 'group:places').length === 2 ? [] : [`${place}, ${other}`];
    });
    expect(wrong).toEqual([]);
    // A common-word name typed in lower case is a place between two places listed.
    expect(read('nghe noi viet nam co 4 thanh pho hoc tap unesco la sa dec, vinh, cao lanh, tphcm thoi, dung khong').query).toContain('sa dec vinh cao lanh');
    // Not after the asker's own place: "mình ở Hà Nội, mình muốn hỏi …" opens a clause; after a word of where the
    // asker is (`where-from`) the list tells it; a place named twice is no list.
    expect(read('Mình ở Hà Nội, mình muốn hỏi Sa Đéc vào mạng lưới năm nào?').query).not.toContain('hà nội');
    expect(read('Mình ở Sa Đéc, Cao Lãnh vào mạng lưới năm nào?').query).toBe('cao lãnh vào mạng lưới năm nào');
    expect(read('Nhà em ở Hà Nội, Hà Nội có bao nhiêu gia đình học tập').query).toBe('hà nội có bao nhiêu gia đình học tập');
    // Without the asker's word a locative is the question's own ("tại Hà Nội, TP.HCM"); a full stop ends what is told.
    expect(read('Số gia đình học tập tại Hà Nội, TP.HCM là bao nhiêu?').query).toContain('hà nội thành phố hồ chí minh');
    expect(read('Em ở Vinh. Sa Đéc, Cao Lãnh vào mạng lưới năm nào?').query).toBe('sa đéc cao lãnh vào mạng lưới năm nào');
  });

  it('reads no year in a relative-year phrase after a word counting years (`counted-years`: "mấy năm nay")', () => {
    const cues = data('question-cues.yaml') as { 'counted-years': string[]; 'relative-years': Record<string, unknown> };
    const wrong = cues['counted-years'].flatMap((count) =>
      Object.keys(cues['relative-years']).flatMap((phrase) => (read(`tiêu chí gia đình học tập ${count} ${phrase} có thay đổi gì không`).relativeYear ? [`${count} ${phrase}`] : [])),
    );
    expect(wrong).toEqual([]);
    expect(read('tiêu chí gia đình học tập năm nay có thay đổi gì không').relativeYear?.phrase).toBe('nam nay');
    // Only as typed: "bảo năm nay" says a year, and "năm nay, nhưng năm sau …" asks next year's.
    expect(read('Cán bộ xã bảo năm nay không xét gia đình học tập nữa, đúng không?').relativeYear?.phrase).toBe('nam nay');
    expect(read('Tuần lễ học tập suốt đời năm nay, nhưng năm sau khai mạc ngày nào').relativeYear?.phrase).toBe('nam sau');
    // Nor does the clause counting them ask how many (`not-asking`): it is the asker's story.
    const told = read('Chào ad, nhà em mấy năm nay đều được khen gia đình học tập. Chương trình năm 2022 của Thủ tướng về học tập trong gia đình là quyết định số mấy?');
    expect(told.query).not.toContain('khen');
    expect(told.facets).toEqual(['document']);
  });

  it('reads a question opening with a pointer back as asking of what the clause before names (`pointers-back`)', () => {
    const pointers = data('refuse.yaml')['pointers-back'] as string[];
    const told = 'Dạo này giá xăng lên xuống thất thường. Nghe nói năm 2025 có văn bản chuyển việc quản lý trung tâm học tập cộng đồng về xã.';
    expect(pointers.filter((pointer) => read(`${told} ${pointer} là văn bản nào vậy bạn?`).refuse !== undefined)).toEqual([]);
  });

  it('reads a subject right after a likeness word in the story as an example the asker follows, not the context (`likeness`)', () => {
    const { likeness } = data('question-cues.yaml') as { likeness: string[] };
    const context = (word: string) => read(`Lãnh đạo muốn làm hồ sơ tham gia mạng lưới thành phố học tập UNESCO ${word} Sơn La. Xin hỏi thủ tục thế nào?`).context ?? '';
    expect(likeness.filter((word) => !context(word).includes('mạng lưới') || context(word).includes('sơn la'))).toEqual([]);
    expect(context('giống')).toBe('lãnh đạo muốn làm hồ sơ tham gia mạng lưới thành phố học tập unesco');
    // Only the example goes: the rest of the clause stays, and an example that is the clause's only subject stays.
    expect(read('Xã em muốn noi gương Hà Nội và Sơn La làm hồ sơ mạng lưới thành phố học tập UNESCO. Thủ tục thế nào?').context).toBe('xã muốn làm hồ sơ mạng lưới thành phố học tập unesco');
    expect(read('Nhà em muốn được công nhận giống gia đình học tập của bác hàng xóm. Cần điều kiện gì ạ?').context).toContain('gia đình học tập');
    // Without the likeness word the city is what the story is about.
    expect(context('ở')).toContain('sơn la');
  });

  it('removes every filler phrase in front of a question', () => {
    const filler = data('filler.yaml') as { phrases: string[] };
    const wrong = filler.phrases.filter((p) => read(`${p} gia đình học tập là gì`).query !== 'gia đình học tập là gì');
    expect(wrong).toEqual([]);
    // Words on how sure the answers were leave the question asked, where they stand.
    expect(read('Tại sao giờ hỏi ai công nhận danh hiệu cấp huyện lại không có câu trả lời chắc chắn?').query).not.toMatch(/chắc chắn|câu trả lời/u);
    expect(read('sao hoi ai cong nhan cap huyen thi khong ai tra loi dut khoat').query).not.toMatch(/dut khoat|tra loi/u);
  });

  it('sets aside every opening word at the start of a question ("mình chưa rõ …", "không biết …")', () => {
    const { starts } = data('filler.yaml') as { starts: string[] };
    expect(starts.filter((p) => read(`${p} tiêu chí gia đình học tập gồm những gì`).query !== 'tiêu chí gia đình học tập gồm những gì')).toEqual([]);
  });

  it('reads every yes/no frame ("có … không") as a yes/no question however far apart its words', () => {
    const { 'yes-no-frame': frame } = data('question-cues.yaml') as { 'yes-no-frame': { opens: string[]; closes: string[] } };
    const wrong: string[] = [];
    for (const open of frame.opens) {
      for (const close of frame.closes) {
        const asked = `xã em ${open} bị ảnh hưởng tới việc công nhận cộng đồng học tập ${close}`;
        if (!read(asked).facets.includes('yesno')) wrong.push(asked);
      }
    }
    expect(wrong).toEqual([]);
    // The closing word must end the clause: "không" inside it is a word of the statement.
    expect(read('có những tiêu chí không bắt buộc nào').facets).not.toContain('yesno');
  });

  it('never takes an introduction for what a bare question after it refers to, for every introduction', () => {
    const { introductions } = data('filler.yaml') as { introductions: string[] };
    const wrong = introductions.filter((intro) => {
      const { query, context } = read(`Xã vừa được công nhận cộng đồng học tập mức độ 1. ${intro} công chức văn hóa xã, cho hỏi như vậy có được không?`);
      return query.includes('công chức') || !(context ?? '').includes('cộng đồng học tập');
    });
    expect(wrong).toEqual([]);
  });

  it('drops every year preposition (`year-prepositions`) with the year a follow-up replaces, and the "năm" between', () => {
    const { 'year-prepositions': prepositions } = data('question-cues.yaml') as { 'year-prepositions': string[] };
    const left = prepositions.flatMap((word) => [`${word} 2025`, `${word} năm 2025`]).filter((placed) => withoutReplacedSubjects(`chỉ tiêu công dân học tập ${placed} là bao nhiêu`, 'còn 2030 thì sao', lexicon) !== 'chỉ tiêu công dân học tập là bao nhiêu');
    expect(left).toEqual([]);
    // Not before another word, nor a year kept; typed bare, "tôi" and "tư" are no "tới" and "từ".
    expect(withoutReplacedSubjects('mục tiêu đến gia đình học tập năm 2025 là bao nhiêu', 'còn 2030 thì sao', lexicon)).toBe('mục tiêu đến gia đình học tập năm là bao nhiêu');
    expect(withoutReplacedSubjects('đến 2025 xã có bao nhiêu gia đình học tập', 'còn dòng họ học tập thì sao', lexicon)).toBe('đến 2025 xã có bao nhiêu');
    expect(withoutReplacedSubjects('xa toi 2024 co bao nhieu gia dinh hoc tap', 'con 2025 thi sao', lexicon)).toBe('xa toi co bao nhieu gia dinh hoc tap');
  });

  it('reads every name of the whole country (`country`: "cả nước", "nước ta") as the country\'s group', () => {
    const { country } = data('subjects.yaml') as { country: string[] };
    const groupOf = (said: string) => lexicon.subjects.find(wordsOf(said), false).map(({ phrase }) => lexicon.subjectGroup.get(phrase));
    expect(country.filter((name) => !groupOf(`${name} có những thành phố nào trong mạng lưới`).includes(lexicon.countryGroup))).toEqual([]);
  });

  it('never gives two subject groups aliases that fold alike', () => {
    const { country, ...subjects } = data('subjects.yaml') as Record<string, string[][]> & { country: string[] };
    const groupOf = new Map<string, string>();
    const shared: string[] = [];
    for (const group of [country, ...['titles', 'places', 'events'].flatMap((kind) => subjects[kind] ?? [])]) {
      for (const alias of group) {
        const key = wordsOf(alias).map((w) => w.folded).join(' ');
        if (groupOf.has(key) && groupOf.get(key) !== group[0]) shared.push(alias);
        groupOf.set(key, group[0]!);
      }
    }
    expect(shared).toEqual([]);
  });

  it('removes who the resident heard it from, for every hearsay opening and closing word, and keeps what was said', () => {
    const { hearsay } = data('filler.yaml') as { hearsay: { opens: string[]; closes: string[]; within: number } };
    const wrong: string[] = [];
    for (const open of hearsay.opens) {
      for (const close of hearsay.closes) {
        const told = `em ${open} mấy cô chú trong hội ${close} gia đình học tập là gì`;
        if (read(told).query !== 'gia đình học tập là gì') wrong.push(told);
        // A span naming a subject or a figure is what was said.
        const said = `em ${open} gia đình học tập ${close} 80 điểm`;
        if (!read(said).query.includes('gia đình học tập')) wrong.push(said);
      }
    }
    expect(wrong).toEqual([]);
    // Too far apart, the words are not a hearsay frame.
    const far = `${hearsay.opens[0]} ${Array.from({ length: hearsay.within + 1 }, (_, i) => `từ${i}`).join(' ')} ${hearsay.closes[0]}`;
    expect(read(far).query).toContain('từ0');
  });

  it('sets aside a speaker tag ending with every asking word before a colon opening the message, and nothing else', () => {
    const tagData = (data('filler.yaml') as { 'speaker-tag': { closes: string[]; within: number; 'bare-not-after': string[] } })['speaker-tag'];
    const { closes, within } = tagData;
    const asked = 'mạng lưới GNLC là gì';
    const wrong: string[] = [];
    for (const close of closes) {
      for (const tag of [`Hội khuyến học ${close}`, `tổ trưởng tdp ${close}`, fold(`hkh ${close}`)]) {
        const message = `${tag}: ${tag === fold(tag) ? fold(asked) : asked}`;
        if (withoutSpeakerTag(message, lexicon) !== (tag === fold(tag) ? fold(asked) : asked)) wrong.push(message);
      }
    }
    expect(wrong).toEqual([]);
    // A bare tag before an accented question is read bare.
    expect(withoutSpeakerTag(`hkh hoi: ${asked}`, lexicon)).toBe(asked);
    const kept = [
      // No colon, a colon after other words, too long a tag, nothing after the colon, another word accented, a subject
      // said before the question (a comma or stop in the tag), "hội" typed bare after a word it goes with.
      `hkh hỏi ${asked}`,
      `Hội khuyến học: ${asked}`,
      `${Array.from({ length: within }, (_, i) => `từ${i}`).join(' ')} hỏi: ${asked}`,
      'Chi hội tôi hỏi:',
      `Tổ chức Hội: ${asked}`,
      'Gia đình học tập, xin hỏi: cần mấy điểm',
      'Gia đình học tập. Em hỏi: cần mấy điểm',
      ...tagData['bare-not-after'].map((word) => `${fold(word)} hoi: to chuc khi nao`),
    ];
    for (const message of kept) expect(withoutSpeakerTag(message, lexicon), message).toBe(message);
  });

  it('sets aside every approximation before a question word of amount or time, and only there', () => {
    const { approximations, 'approximations-marked': marked } = data('question-cues.yaml') as { approximations: string[]; 'approximations-marked': string[] };
    expect(approximations.length).toBeGreaterThan(0);
    const wrong = approximations.flatMap((word) => {
      const asked = read(`${word} bao nhiêu phần trăm gia đình học tập`);
      const beside = read(`gia đình học tập ${word} thôn`);
      return [
        ...(asked.query === 'bao nhiêu phần trăm gia đình học tập' && asked.facets.includes('number') ? [] : [`${word}: ${asked.query}`]),
        ...(beside.query.includes(word) ? [] : [`${word} kept beside no question word: ${beside.query}`]),
      ];
    });
    expect(wrong).toEqual([]);
    // Typed bare, a marked one is the word it folds onto: "co bao nhieu" is "có bao nhiêu"; after a word of
    // `approximations-not-after`, bare "tam" is the second half of it ("trung tam bao nhieu" counts a centre's people).
    for (const word of marked) expect(read(`xa minh ${fold(word)} bao nhieu gia dinh hoc tap`).query, word).toContain(fold(word));
    const { 'approximations-not-after': notAfter } = data('question-cues.yaml') as { 'approximations-not-after': string[] };
    expect(notAfter.filter((word) => !read(`${fold(word)} tam bao nhieu nguoi`).query.includes(`${fold(word)} tam`))).toEqual([]);
    expect(read('tam bao nhieu nguoi').query).toBe('bao nhieu nguoi');
  });

  it('reads a number of four digits after every amount comparator as an amount, and after an approximation as a year', () => {
    const { approximations, 'amount-comparators': comparators } = data('question-cues.yaml') as { approximations: string[]; 'amount-comparators': string[] };
    expect(comparators.length).toBeGreaterThan(0);
    const years = (text: string) => subjectsOf(text, lexicon).filter((subject) => subject.kind === 'year').map((subject) => subject.said);
    expect(comparators.filter((word) => years(`tphcm có bao nhiêu dòng họ học tập, không phải ${word} 2000 à`).length > 0)).toEqual([]);
    expect(years('tphcm năm 2000 có bao nhiêu dòng họ học tập')).toEqual(['2000']);
    // "khoảng 2020", "gần 2030", "từ 2023 qua 2025" name years.
    expect(approximations.filter((word) => years(`${word} 2020 tuần lễ có chủ đề gì`).length === 0)).toEqual([]);
    expect(years('gần 2030 chỉ tiêu là bao nhiêu')).toEqual(['2030']);
    expect(years('từ 2023 qua 2025 có gì thay đổi')).toEqual(['2023', '2025']);
  });
});

describe('loadLanguage', () => {
  const temp = tempDir('loa-language-');
  afterAll(() => temp.cleanup());
  const copy = (name: string) => {
    const dir = join(temp.dir, name);
    cpSync(join(ROOT, 'prompts/language'), join(dir, 'language'), { recursive: true });
    return dir;
  };

  it('names the file that cannot be read', () => {
    expect(() => loadLanguage(join(temp.dir, 'nowhere'))).toThrow(/nowhere\/language\/chat-shorthand\.yaml: cannot read \(ENOENT\)/u);
  });

  it('names the file and the field that is wrong', () => {
    const dir = copy('bad-year');
    const cues = join(dir, 'language/question-cues.yaml');
    writeFileSync(cues, readFileSync(cues, 'utf8').replace('năm nay: 0', 'năm nay: "two"'));
    expect(() => loadLanguage(dir)).toThrow(/question-cues\.yaml: "relative-years\.năm nay"/u);
    const empty = copy('empty-phrase');
    writeFileSync(join(empty, 'language/small-talk.yaml'), 'greeting: [""]\n');
    expect(() => loadLanguage(empty)).toThrow(/small-talk\.yaml: "greeting\.0"/u);
    const parts = copy('parts-of-nothing');
    const subjects = join(parts, 'language/subjects.yaml');
    writeFileSync(subjects, readFileSync(subjects, 'utf8').replace('  TP.HCM: [Bình Thạnh', '  Sài Gòn: [Bình Thạnh'));
    expect(() => loadLanguage(parts)).toThrow(/subjects\.yaml: "place-parts\.Sài Gòn"/u);
    const century = copy('century-of-words');
    const numbers = join(century, 'language/spoken-numbers.yaml');
    writeFileSync(numbers, readFileSync(numbers, 'utf8').replace('centuries: [hai không,', 'centuries: [hai mươi,'));
    expect(() => loadLanguage(century)).toThrow(/spoken-numbers\.yaml: "centuries\.0" is not two digit words/u);
    // A follow-up holder must be a holder of some title; a face must hold a character that is no letter (never a word).
    const holder = copy('holder-of-nothing');
    const holderCues = join(holder, 'language/question-cues.yaml');
    writeFileSync(holderCues, readFileSync(holderCues, 'utf8').replace('  holders: [hộ gia đình,', '  holders: [bệnh viện, hộ gia đình,'));
    expect(() => loadLanguage(holder)).toThrow(/follow-up holder "bệnh viện" is under no title of described-titles/u);
    const face = copy('face-of-letters');
    const shorthand = join(face, 'language/chat-shorthand.yaml');
    writeFileSync(shorthand, readFileSync(shorthand, 'utf8').replace("emoticons: [':)',", "emoticons: ['xd', ':)',"));
    expect(() => loadLanguage(face)).toThrow(/chat-shorthand\.yaml: "emoticons\.0"/u);
  });

  it('loads files that leave optional lists out', () => {
    const dir = copy('minimal');
    writeFileSync(join(dir, 'language/small-talk.yaml'), 'greeting: [xin chào]\n');
    const minimal = loadLanguage(dir);
    expect(understand('xin chào', minimal).smallTalk).toBe('greeting');
    expect(understand('cảm ơn', minimal).smallTalk).not.toBe('thanks');
  });

  it('gives back the lexicon it compiled while the files hold the same texts, wherever they are, and compiles an edited file', () => {
    const first = copy('same-a');
    const same = copy('same-b');
    const lexicon = loadLanguage(first);
    expect(loadLanguage(first)).toBe(lexicon);
    expect(loadLanguage(same)).toBe(lexicon);
    const edited = copy('edited');
    writeFileSync(join(edited, 'language/small-talk.yaml'), 'greeting: [xin chào]\n');
    const minimal = loadLanguage(edited);
    expect(minimal).not.toBe(lexicon);
    expect(understand('cảm ơn', minimal).smallTalk).not.toBe('thanks');
    // Edited back: compiled again from the first texts, so the thanks are read again.
    cpSync(join(first, 'language/small-talk.yaml'), join(edited, 'language/small-talk.yaml'));
    expect(understand('cảm ơn', loadLanguage(edited)).smallTalk).toBe('thanks');
  });
});
