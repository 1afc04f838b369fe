// A document named by number that only a search for its name finds is answered from the passages naming it.
import { describe, expect, it } from 'vitest';
import { createAnswerEngine } from '../../../src/core/answer/engine.js';
import { loadLanguage } from '../../../src/language.js';
import { loadPrompts } from '../../../src/prompts.js';
import { ROOT } from '../../helpers/core.js';
import { passage } from './passages.js';

const { messages } = loadPrompts(`${ROOT}/prompts`);
const lexicon = loadLanguage(`${ROOT}/prompts`);

describe('a document only a search for its name finds', () => {
  const card = passage('Công văn 6782/BGDĐT-GDTX hướng dẫn đánh giá, công nhận Gia đình học tập và Dòng họ học tập.', { title: 'Công văn 6782/BGDĐT-GDTX', number: '6782/BGDĐT-GDTX' }, { heading: 'Công văn 6782/BGDĐT-GDTX nói về gì?' });
  const week = passage('Hướng dẫn Tuần lễ hưởng ứng học tập suốt đời năm 2024 nằm trong Công văn 5201/BGDĐT-GDTX ngày 09/09/2024 của Bộ Giáo dục và Đào tạo.', { title: 'Tuần lễ học tập suốt đời' }, { heading: 'Tuần lễ năm 2024' });
  // The question's words find every "… nói về gì" card first; the letter's number alone finds the page telling it.
  const search = { search: (query: string) => (/nói về|noi ve/u.test(query) ? [card] : [week, card]) };
  const engine = createAnswerEngine({ search, messages, lexicon });

  it('is answered from the passages naming it, not from another document\'s card', async () => {
    const reply = await engine.answer('cv 5201 nói về gì');
    expect(reply.refused).toBe(false);
    expect(reply.text).toContain('Công văn 5201/BGDĐT-GDTX ngày 09/09/2024');
    expect(reply.text).not.toContain('6782');
  });
});
