// What a question is about: the situation told before a question naming no subject, with the real language data.
import { describe, expect, it } from 'vitest';
import { focusPassages } from '../../../src/core/answer/focus.js';
import { foldText } from '../../../src/core/text/vietnamese.js';
import { understand } from '../../../src/core/understand/understand.js';
import { loadLanguage } from '../../../src/language.js';
import { ROOT } from '../../helpers/core.js';
import { passage } from './passages.js';

const lexicon = loadLanguage(`${ROOT}/prompts`);
const read = (text: string) => understand(text, lexicon);

describe('focusPassages', () => {
  const procedure = passage('Khi chuẩn bị hồ sơ đề nghị công nhận Cộng đồng học tập, hãy hỏi UBND xã nơi tiếp nhận hồ sơ.', {}, { coverage: 0.9 });
  const circular = passage('Cộng đồng học tập được đánh giá theo Thông tư 25/2023/TT-BGDĐT.', {}, { coverage: 0.8 });
  const other = passage('Đơn vị học tập được đánh giá theo Thông tư 24/2023/TT-BGDĐT.', {}, { coverage: 0.7 });
  // The search finds the procedure for words about a file, the circular for the subject, another title's otherwise.
  const retrieve = (question: string) => {
    const folded = foldText(question);
    return folded.includes('ho so') ? [procedure, circular] : folded.includes('cong dong') ? [circular, procedure] : [other];
  };

  it('reads a question naming no subject with only the subject of a situation cued for another facet', () => {
    const understood = read('Xã em đang chuẩn bị hồ sơ cộng đồng học tập cấp xã. Ad cho em hỏi thông tư đang áp dụng là thông tư nào ạ?');
    const { passages } = focusPassages({ understood, query: understood.query, retrieval: understood.query }, { lexicon, retrieve, read, minCoverage: 0.3 });
    expect(passages[0]).toBe(circular);
  });

  it('reads it with the whole situation when the situation is cued for what the question asks', () => {
    const understood = read('Xã em đang chuẩn bị hồ sơ cộng đồng học tập cấp xã. Ad cho em hỏi thủ tục nộp thế nào ạ?');
    expect(understood.context).toBeDefined();
    const { passages } = focusPassages({ understood, query: understood.query, retrieval: understood.query }, { lexicon, retrieve, read, minCoverage: 0.3 });
    expect(passages[0]).toBe(procedure);
  });

  it('reads a figure asked with a situation naming it when the situation finds a passage the question found near its best', () => {
    const understood = read('Trong QĐ 1373 em thấy có chỉ tiêu về người từ 15 tuổi trở lên có trình độ đại học trở lên. Anh chị cho em hỏi đến năm 2030 là bao nhiêu phần trăm ạ?');
    expect(understood.context).toBeDefined();
    const found = (qualificationsScore: number) => {
      const digital = passage('Theo Quyết định 1373/QĐ-TTg, tỷ lệ trường đại học triển khai chương trình đại học số là 70% vào năm 2025 và 90% vào năm 2030.', {}, { score: 1.1, coverage: 0.9 });
      const qualifications = passage('Theo Quyết định 1373/QĐ-TTg, tỷ lệ người từ 15 tuổi trở lên có trình độ đại học trở lên là 15% vào năm 2030.', {}, { score: qualificationsScore, coverage: 0.8 });
      const retrieve = (question: string) => (foldText(question).includes('15 tuoi') ? [{ ...qualifications, coverage: 0.5 }, { ...digital, coverage: 0.4 }] : [digital, qualifications]);
      return { qualifications, passages: focusPassages({ understood, query: understood.query, retrieval: understood.query }, { lexicon, retrieve, read, minCoverage: 0.3 }).passages };
    };
    const near = found(0.95);
    expect(near.passages[0]!.chunkId).toBe(near.qualifications.chunkId);
    // Ranked far below the question's best, it does not take the situation's search in.
    const far = found(0.3);
    expect(far.passages[0]!.chunkId).not.toBe(far.qualifications.chunkId);
  });
});
