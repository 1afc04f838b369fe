// Answering clause by clause (clauses.ts): which clauses ask of their own subject, with the real language data.
import { describe, expect, it } from 'vitest';
import { answerClauses, type ClauseDeps } from '../../../src/core/answer/clauses.js';
import { understand } from '../../../src/core/understand/understand.js';
import { loadLanguage } from '../../../src/language.js';
import { loadPrompts } from '../../../src/prompts.js';
import { ROOT } from '../../helpers/core.js';
import { passage } from './passages.js';

const { messages } = loadPrompts(`${ROOT}/prompts`);
const lexicon = loadLanguage(`${ROOT}/prompts`);
const purpose = passage('Quyết định 281/QĐ-TTg phê duyệt Đề án đẩy mạnh phong trào học tập suốt đời trong gia đình, dòng họ, cộng đồng.');
const models = passage('Gia đình học tập, Dòng họ học tập và Cộng đồng học tập là những mô hình do Quyết định 281/QĐ-TTg lập ra.');
const deps: ClauseDeps = {
  lexicon,
  texts: { moreItems: messages.moreItems, listCount: messages.listCount, yes: messages.answerYes, no: messages.answerNo, unconfirmed: messages.answerUnconfirmed },
  retrieve: (question) => (/mô hình/u.test(question) ? [models] : [purpose]),
  read: (text) => understand(text, lexicon),
  minCoverage: 0.3,
  leadOf: () => undefined,
};

describe('answering clause by clause', () => {
  it('takes a word pointing back right after the subject it qualifies as no pointing back ("QĐ 281 đó nói về việc gì")', () => {
    const answer = answerClauses(['qđ 281 đó nói về việc gì', 'qđ 281 lập ra những mô hình nào'], '', deps);
    expect(answer?.answer.text).toContain('phê duyệt Đề án');
    expect(answer?.answer.text).toContain('những mô hình do Quyết định 281/QĐ-TTg lập ra');
  });

  it('leaves a clause pointing back at something it does not name to the whole message', () => {
    expect(answerClauses(['qđ 281 nói về việc gì', 'văn bản đó lập ra những mô hình nào'], '', deps)).toBeUndefined();
  });
});
