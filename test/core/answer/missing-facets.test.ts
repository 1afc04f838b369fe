// Completing a joint answer (missing-facets.ts): each facet asked that no chosen sentence carries, from its own clause.
import { describe, expect, it } from 'vitest';
import { createAnswerEngine } from '../../../src/core/answer/engine.js';
import { composeExtractive } from '../../../src/core/answer/extractive.js';
import { withMissingFacets, type MissingFacetDeps } from '../../../src/core/answer/missing-facets.js';
import { understand } from '../../../src/core/understand/understand.js';
import { loadLanguage } from '../../../src/language.js';
import { loadPrompts } from '../../../src/prompts.js';
import { ROOT } from '../../helpers/core.js';
import { passage } from './passages.js';

const { messages } = loadPrompts(`${ROOT}/prompts`);
const lexicon = loadLanguage(`${ROOT}/prompts`);
const texts = { moreItems: messages.moreItems, listCount: messages.listCount, yes: messages.answerYes, no: messages.answerNo, unconfirmed: messages.answerUnconfirmed };
const score = passage('Điểm tối thiểu để đạt Công dân học tập là 80 điểm trên tổng số 100 điểm.');
const definition = passage('Công dân học tập là danh hiệu dành cho từng cá nhân, ghi nhận việc tự học và học tập suốt đời.');

describe('answering the facets a joint answer left out', () => {
  const searched: string[] = [];
  const deps: MissingFacetDeps = {
    lexicon,
    texts,
    retrieve: (question) => (searched.push(question), /là gì/u.test(question) ? [definition] : [score]),
    read: (text) => understand(text, lexicon),
    minCoverage: 0.3,
  };
  const asked = { facets: understand('công dân học tập là gì, bao nhiêu điểm thì đạt', lexicon).facets, clauses: ['công dân học tập là gì', 'bao nhiêu điểm thì đạt'], question: 'công dân học tập là gì bao nhiêu điểm thì đạt' };

  it('answers a facet no chosen sentence carries from the clause asking it, after the joint answer', () => {
    const joint = composeExtractive(asked.question, [score], { facets: asked.facets, lexicon, texts });
    expect(joint.carried).toContain('number');
    expect(joint.carried).not.toContain('definition');
    const completed = withMissingFacets(joint, [score], asked, deps);
    expect(completed?.answer.text).toMatch(/80 điểm[\s\S]*danh hiệu dành cho từng cá nhân/u);
    expect(searched).toContain('công dân học tập là gì');
  });

  it('borrows the topics the message names for a clause naming none', () => {
    searched.length = 0;
    const joint = composeExtractive(asked.question, [definition], { facets: asked.facets, lexicon, texts });
    expect(withMissingFacets(joint, [definition], asked, deps)?.answer.text).toContain('80 điểm');
    expect(searched.at(-1)).toBe('cong dan hoc tap bao nhiêu điểm thì đạt');
  });

  it('adds no part longer than one short sentence, no list item cut from its list, and none the answer already says', () => {
    const joint = composeExtractive(asked.question, [score], { facets: asked.facets, lexicon, texts });
    const long = passage(`Công dân học tập là danh hiệu dành cho từng cá nhân, ${'ghi nhận việc tự học và học tập suốt đời, '.repeat(6)}ở mọi lứa tuổi.`);
    expect(withMissingFacets(joint, [score], asked, { ...deps, retrieve: (q) => (/là gì/u.test(q) ? [long] : [score]) })).toBeUndefined();
    const item = passage('- Công dân học tập là danh hiệu dành cho từng cá nhân.\n- Gia đình học tập là danh hiệu dành cho gia đình.');
    expect(withMissingFacets(joint, [score], asked, { ...deps, retrieve: (q) => (/là gì/u.test(q) ? [item] : [score]) })).toBeUndefined();
    const reworded = passage('Công dân học tập là danh hiệu có điểm tối thiểu để đạt là 80 điểm trên tổng số 100 điểm.');
    expect(withMissingFacets(joint, [score], asked, { ...deps, retrieve: (q) => (/là gì/u.test(q) ? [reworded] : [score]) })).toBeUndefined();
  });

  it('answers who does an act when the joint answer only names the act or the procedure around it', () => {
    const levels = passage('Theo quy chế, câu lạc bộ đọc sách được công nhận theo hai mức: mức 1 và mức 2. Câu lạc bộ được đánh giá hằng năm.');
    const who = passage('Theo quy chế, Ban chủ nhiệm câu lạc bộ tự đánh giá mức đạt của câu lạc bộ mình.');
    const question = 'ai là người tự đánh giá câu lạc bộ đọc sách, và quy chế chia làm mấy mức công nhận';
    const read = understand(question, lexicon);
    const twoParts = { facets: read.facets, clauses: read.askingParts ?? [], question: read.query };
    expect(twoParts.clauses).toHaveLength(2);
    const joint = composeExtractive(twoParts.question, [levels], { facets: twoParts.facets, lexicon, texts });
    expect(joint.carried).toContain('procedure');
    const completed = withMissingFacets(joint, [levels], twoParts, { ...deps, retrieve: (q) => (/ai là người/u.test(q) ? [who] : [levels]) });
    expect(completed?.answer.text).toContain('Ban chủ nhiệm câu lạc bộ tự đánh giá');
  });

  it('answers who does an act from one item of a list naming the doer, said as a sentence', () => {
    const targets = passage('Theo kế hoạch, đến năm 2025 phấn đấu có 65% số câu lạc bộ đọc sách đạt chuẩn.');
    const steps = passage(
      [
        '- Ban chủ nhiệm hội đọc sách tỉnh công nhận câu lạc bộ đọc sách.',
        '- Các tỉnh báo cáo kết quả công nhận câu lạc bộ đọc sách mỗi năm một lần, trước ngày 15/12, cho hội đọc sách cả nước.',
        '- Việc đánh giá câu lạc bộ đọc sách dùng bộ tiêu chí của hội đọc sách cả nước, ban hành cho giai đoạn 2016–2020.',
      ].join('\n'),
    );
    const question = 'đến năm 2025 bao nhiêu phần trăm câu lạc bộ đọc sách đạt chuẩn, và ai là người công nhận';
    const read = understand(question, lexicon);
    const twoParts = { facets: read.facets, clauses: read.askingParts ?? [], question: read.query };
    const joint = composeExtractive(twoParts.question, [targets], { facets: twoParts.facets, lexicon, texts });
    const completed = withMissingFacets(joint, [targets], twoParts, { ...deps, retrieve: (q) => (/ai là người/u.test(q) ? [steps] : [targets]) });
    expect(completed?.answer.text).toMatch(/\n?Ban chủ nhiệm hội đọc sách tỉnh công nhận câu lạc bộ đọc sách\./u);
    expect(completed?.answer.text).not.toContain('• Ban chủ nhiệm');
  });

  it('adds nothing when every facet is carried, or when what is found does not carry the facet missing', () => {
    const both = composeExtractive(asked.question, [score, definition], { facets: asked.facets, lexicon, texts });
    expect(withMissingFacets(both, [score, definition], asked, deps)).toBeUndefined();
    const joint = composeExtractive(asked.question, [score], { facets: asked.facets, lexicon, texts });
    expect(withMissingFacets(joint, [score], asked, { ...deps, retrieve: () => [score] })).toBeUndefined();
  });
});

describe('a short part left out by the clauses of a message', () => {
  it('is answered after the clauses, as a facet a joint answer leaves out ("…, ai ký, …")', async () => {
    const dated = passage('Quyết định 1315/QĐ-TTg ban hành ngày 09/11/2023.', { title: 'Quyết định 1315/QĐ-TTg' });
    const purpose = passage('Quyết định 1315/QĐ-TTg ban hành kế hoạch phong trào thi đua xây dựng xã hội học tập.', { title: 'Quyết định 1315/QĐ-TTg' });
    const signer = passage('Quyết định 1315/QĐ-TTg do Phó Thủ tướng Trần Hồng Hà ký.', { title: 'Quyết định 1315/QĐ-TTg' });
    const search = { search: (query: string) => (/ký/u.test(query) && !/ngày nào|việc gì/u.test(query) ? [signer] : /việc gì/u.test(query) ? [purpose] : [dated]) };
    const engine = createAnswerEngine({ search, messages, lexicon });
    const reply = await engine.answer('quyết định 1315 ban hành ngày nào, ai ký, và nói về việc gì');
    expect(reply.text).toContain('09/11/2023');
    expect(reply.text).toContain('phong trào thi đua');
    expect(reply.text).toContain('Trần Hồng Hà');
  });
});
