// Two years compared by when they opened are answered which opened first, or that both opened on one day.
import { describe, expect, it } from 'vitest';
import { asksOpening, openingVerdict } from '../../../src/core/answer/opening-dates.js';
import type { ComposeTexts } from '../../../src/core/answer/extractive.js';
import { loadLanguage } from '../../../src/language.js';
import { loadPrompts } from '../../../src/prompts.js';
import { fill } from '../../../src/core/messages.js';
import { languageData } from '../../helpers/core.js';

const lexicon = loadLanguage('prompts');
const { messages } = loadPrompts('prompts');
const texts: ComposeTexts = { moreItems: '', yes: '', no: '', unconfirmed: '', openingSame: messages.openingSame, openingEarlier: messages.openingEarlier };
const y2023 = { year: '2023', text: 'Tuần lễ năm 2023 diễn ra từ ngày 2 đến ngày 8/10/2023, khai mạc ngày 2/10/2023. [1]' };
const y2024 = { year: '2024', text: 'Tuần lễ năm 2024 diễn ra từ ngày 1/10 đến ngày 7/10/2024, khai mạc ngày 1/10, với chủ đề "…". [1]' };
const y2025 = { year: '2025', text: 'Tuần lễ năm 2025 diễn ra đến ngày 7/10/2025, khai mạc đồng loạt tại tất cả các địa phương vào ngày 1/10. [1]' };

describe('years compared by when they opened', () => {
  it('says which opened first, or that both opened on one day', () => {
    expect(openingVerdict({ question: 'tuần lễ 2023 và 2024 năm nào khai mạc sớm hơn', facets: ['comparison'] }, [y2023, y2024], lexicon, texts)).toBe('Năm 2024 khai mạc ngày 1/10, sớm hơn ngày khai mạc năm 2023 (2/10).');
    expect(openingVerdict({ question: 'tuan le 2024 va 2025 nam nao khai mac som hon', facets: ['comparison'] }, [y2024, y2025], lexicon, texts)).toBe('Ngày khai mạc năm 2024 và năm 2025 giống nhau: cùng ngày 1/10.');
  });

  it('answers so a question asking when the years were held with any word of `opening-asked`', () => {
    const { 'opening-asked': asked } = languageData('answer-evidence.yaml') as { 'opening-asked': string[] };
    expect(asked.length).toBeGreaterThan(0);
    // Only then are two years' Weeks set side by side answered year by year (`asksOpening`); themes compared are not.
    expect(asked.filter((words) => !asksOpening(`tuần lễ 2024 và 2025 ${words} có khác nhau không`, lexicon))).toEqual([]);
    expect(asksOpening('chủ đề tuần lễ 2024 và 2025 có giống nhau không', lexicon)).toBe(false);
    for (const words of asked) {
      expect(openingVerdict({ question: `tuần lễ 2024 và 2025 ${words} có khác nhau không`, facets: ['comparison', 'yesno'] }, [y2024, y2025], lexicon, texts), words).toBe(fill(messages.openingSame, { first: 2024, second: 2025, date: '1/10' }));
    }
  });

  it('reads the day after the opening word whose nearest year before it is the side\'s, in a sentence naming several', () => {
    const both = 'Các năm 2011 và 2023, Tuần lễ khai mạc đúng ngày 2/10; các năm 2024 và 2025, Tuần lễ khai mạc ngày 1/10. [1]';
    expect(openingVerdict({ question: 'tuần lễ 2023 và 2025 khai mạc cách nhau mấy ngày', facets: ['comparison'] }, [{ year: '2023', text: both }, { year: '2025', text: both }], lexicon, texts)).toBe('Năm 2025 khai mạc ngày 1/10, sớm hơn ngày khai mạc năm 2023 (2/10).');
    // The first of two years listed before an opening word is said before it too.
    expect(openingVerdict({ question: 'tuần lễ 2011 và 2024 khai mạc khác nhau thế nào', facets: ['comparison'] }, [{ year: '2011', text: both }, { year: '2024', text: both }], lexicon, texts)).toBe('Năm 2024 khai mạc ngày 1/10, sớm hơn ngày khai mạc năm 2011 (2/10).');
  });

  it('reads no year inside a date or a number, no day past the opening word\'s clause, and no day off the calendar', () => {
    const dated = { year: '2023', text: 'Công văn 5201/BGDĐT-GDTX ngày 09/09/2023 hướng dẫn; tuần lễ năm 2024 khai mạc ngày 1/10. [1]' };
    expect(openingVerdict({ question: 'tuần lễ 2023 và 2024 khai mạc khác nhau thế nào', facets: ['comparison'] }, [dated, y2024], lexicon, texts)).toBeUndefined();
    const closing = { year: '2023', text: 'Tuần lễ năm 2023 khai mạc tại Hà Nội, bế mạc ngày 8/10/2023. [1]' };
    expect(openingVerdict({ question: 'tuần lễ 2023 và 2024 khai mạc khác nhau thế nào', facets: ['comparison'] }, [closing, y2024], lexicon, texts)).toBeUndefined();
    const impossible = { year: '2023', text: 'Tuần lễ năm 2023 khai mạc ngày 32/13/2023. [1]' };
    expect(openingVerdict({ question: 'tuần lễ 2023 và 2024 khai mạc khác nhau thế nào', facets: ['comparison'] }, [impossible, y2024], lexicon, texts)).toBeUndefined();
  });

  it('says nothing when the question asks no opening, or a side gives no opening day', () => {
    expect(openingVerdict({ question: 'chủ đề tuần lễ 2023 và 2024 khác nhau thế nào', facets: ['comparison'] }, [y2023, y2024], lexicon, texts)).toBeUndefined();
    expect(openingVerdict({ question: 'tuần lễ 2023 và 2024 khai mạc khác nhau thế nào', facets: ['comparison'] }, [y2023, { year: '2024', text: 'Chủ đề năm 2024 là "…". [1]' }], lexicon, texts)).toBeUndefined();
  });
});
