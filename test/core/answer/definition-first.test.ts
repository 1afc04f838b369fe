// Opening a yes/no asked beside what a subject is with what it is (definition-first.ts), from the clause asking it.
import { describe, expect, it } from 'vitest';
import { withDefinitionFirst, type DefinitionFirstDeps } from '../../../src/core/answer/definition-first.js';
import { composeExtractive } from '../../../src/core/answer/extractive.js';
import { understand } from '../../../src/core/understand/understand.js';
import { loadLanguage } from '../../../src/language.js';
import { loadPrompts } from '../../../src/prompts.js';
import { ROOT } from '../../helpers/core.js';
import { passage } from './passages.js';

const { messages } = loadPrompts(`${ROOT}/prompts`);
const lexicon = loadLanguage(`${ROOT}/prompts`);
const texts = { moreItems: messages.moreItems, listCount: messages.listCount, yes: messages.answerYes, no: messages.answerNo, unconfirmed: messages.answerUnconfirmed };
const recognition = passage('Cơ quan ra quyết định công nhận Công dân học tập cho từng người chưa được xác nhận chính thức.');
const definition = passage(
  'Công dân học tập là danh hiệu dành cho từng cá nhân, ghi nhận việc tự học và học tập suốt đời.\n- Tỷ lệ Công dân học tập trong Đơn vị học tập là 60% vào năm 2025.',
);

describe('opening a yes/no with what the subject asked about is', () => {
  const message = 'cong dan hoc tap la gi, cong nhan nhu minh co duoc xet khong';
  const understood = understand(message, lexicon);
  const asked = { facets: understood.facets, clauses: understood.askingParts ?? [], question: understood.query };
  const searched: string[] = [];
  const deps: DefinitionFirstDeps = {
    lexicon,
    texts,
    retrieve: (question) => (searched.push(question), /l[aà] g[iì]/u.test(question) ? [definition] : [recognition]),
    read: (text) => understand(text, lexicon),
    minCoverage: 0.3,
  };
  const verdict = composeExtractive(asked.question, [recognition], { facets: asked.facets, lexicon, texts });

  it('answers the clause asking what it is on its own and puts that before the verdict, without list items', () => {
    expect(asked.facets).toEqual(expect.arrayContaining(['definition', 'yesno']));
    const opened = withDefinitionFirst(verdict, [recognition], asked, deps);
    expect(searched).toContain('cong dan hoc tap la gi');
    expect(opened?.answer.text).toMatch(/^Công dân học tập là danh hiệu dành cho từng cá nhân[\s\S]*chưa được xác nhận/u);
    expect(opened?.answer.text).not.toContain('60%');
  });

  it('borrows the subject the message names for a clause that names none', () => {
    searched.length = 0;
    const pointing = understand('Công dân học tập do Bộ Nội vụ đặt ra đúng không? Nó là gì vậy?', lexicon);
    const opened = withDefinitionFirst(verdict, [recognition], { facets: pointing.facets, clauses: pointing.askingParts ?? [], question: pointing.query }, deps);
    expect(searched.at(-1)).toMatch(/^cong dan hoc tap .*là gì/u);
    expect(opened?.answer.text).toMatch(/^Công dân học tập là danh hiệu/u);
  });

  it('leaves a yes/no asked alone, a definition asked alone, and a definition the search does not find as they are', () => {
    const alone = understand('công nhân như mình có được xét công dân học tập không', lexicon);
    expect(withDefinitionFirst(verdict, [recognition], { facets: alone.facets, clauses: alone.askingParts ?? [], question: alone.query }, deps)).toBeUndefined();
    const what = understand('công dân học tập là gì', lexicon);
    expect(withDefinitionFirst(verdict, [recognition], { facets: what.facets, clauses: what.askingParts ?? [], question: what.query }, deps)).toBeUndefined();
    expect(withDefinitionFirst(verdict, [recognition], asked, { ...deps, retrieve: () => [recognition] })).toBeUndefined();
  });
});
