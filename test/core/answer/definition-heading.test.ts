// Definition questions answered from the passage whose heading asks the definition, when it is nearly tied with the best.
import { describe, expect, it } from 'vitest';
import { preferDefinitionHeading } from '../../../src/core/answer/definition-heading.js';
import type { Passage } from '../../../src/core/types.js';
import { understand } from '../../../src/core/understand/understand.js';
import { loadLanguage } from '../../../src/language.js';
import { ROOT } from '../../helpers/core.js';

const lexicon = loadLanguage(`${ROOT}/prompts`);
const headingFacets = (heading: string) => understand(heading, lexicon).facets;
const passage = (heading: string, score: number) => ({ heading, score, text: heading }) as unknown as Passage;

describe('preferDefinitionHeading', () => {
  const targets = passage('Chỉ tiêu Công dân học tập là bao nhiêu?', 0.93);
  const definition = passage('Công dân học tập là gì?', 0.927);

  it('puts first a nearly tied passage whose heading asks the definition', () => {
    const asked = understand('cong dan hoc tap la sao', lexicon).facets;
    expect(preferDefinitionHeading([targets, definition], asked, headingFacets, 'cong dan hoc tap la sao').map((p) => p.heading)).toEqual([definition.heading, targets.heading]);
  });

  it('keeps the order for other questions, for a far lower score, and when the best already defines', () => {
    const asked = understand('chỉ tiêu công dân học tập là bao nhiêu', lexicon).facets;
    expect(preferDefinitionHeading([targets, definition], asked, headingFacets, 'chỉ tiêu công dân học tập là bao nhiêu')[0]).toBe(targets);
    const far = passage('Công dân học tập là gì?', 0.5);
    expect(preferDefinitionHeading([targets, far], ['definition'], headingFacets, 'công dân học tập là gì')[0]).toBe(targets);
    expect(preferDefinitionHeading([definition, targets], ['definition'], headingFacets, 'công dân học tập là gì')[0]).toBe(definition);
  });

  it('puts first a nearly tied heading defining what the question names over one defining something else of it', () => {
    const slogan = passage('Khẩu hiệu của Tuần lễ học tập suốt đời là gì?', 1.1);
    const week = passage('Tuần lễ hưởng ứng học tập suốt đời là gì, có từ bao giờ?', 1.095);
    // Residents leave words of the name out ("hưởng ứng"): the heading missing the fewest is the one defined.
    const question = 'tuan le hoc tap suot doi la cai gi';
    const asked = understand(question, lexicon).facets;
    expect(preferDefinitionHeading([slogan, week], asked, headingFacets, question)[0]).toBe(week);
    expect(preferDefinitionHeading([slogan, week], asked, headingFacets, 'khau hieu tuan le hoc tap suot doi la gi')[0]).toBe(slogan);
  });
});
