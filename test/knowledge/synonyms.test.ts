// Synonyms and document-number variants from the data file: "387/QĐ-TTg" = "QĐ 387" = "quyết định 387" = "qd 387".
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findReferences, referenceVariants } from '../../src/knowledge/doc-refs.js';
import { createSynonymTable, loadSynonyms } from '../../src/knowledge/synonyms.js';
import { searchTerms } from '../../src/knowledge/terms.js';
import { parseYaml } from '../../src/yaml-file.js';
import { ROOT } from './helpers.js';

const tokens = (text: string) => searchTerms(text).folded;
const kinds = [
  { names: [['quyet', 'dinh']], abbreviations: ['qd'] },
  { names: [['thong', 'tu']], abbreviations: ['tt'] },
];

describe('document references', () => {
  it('recognises every usual spelling of a decision number as the same reference', () => {
    for (const query of ['387/QĐ-TTg', 'QĐ 387', 'quyết định 387', 'qd 387', 'quyet dinh so 387', 'Quyết định số 387/QĐ-TTg']) {
      const [reference] = findReferences(tokens(query), kinds);
      expect(reference, query).toMatchObject({ number: '387' });
      expect(reference!.kind).toBe(kinds[0]);
    }
  });

  it('reads the year of a circular and spells all variants', () => {
    const [reference] = findReferences(tokens('thông tư 25/2023 có hiệu lực'), kinds);
    expect(reference).toMatchObject({ number: '25', year: '2023', tokens: ['thong', 'tu', '25', '2023'] });
    const variants = referenceVariants(reference!).map((v) => v.join(' '));
    expect(variants).toEqual(expect.arrayContaining(['tt 25 2023', '25 2023 tt', 'thong tu so 25 2023', '25 2023']));
  });

  it('ignores numbers that are not references', () => {
    expect(findReferences(tokens('năm 2025 có 70% gia đình'), kinds)).toEqual([]);
  });
});

describe('synonym table', () => {
  it('expands abbreviations and English terms both ways, matching folded words only', () => {
    const table = createSynonymTable({ groups: [['gia đình học tập', 'GĐHT', 'learning family'], ['thành phố học tập', 'learning city']] });
    expect(table.expand(tokens('GĐHT là gì'))).toEqual([{ used: ['gdht'], alternatives: [['gia', 'dinh', 'hoc', 'tap'], ['learning', 'family']] }]);
    expect(table.expand(tokens('learning city UNESCO'))[0]!.alternatives).toEqual([['thanh', 'pho', 'hoc', 'tap']]);
    expect(table.expand(tokens('nhà thành phố'))).toEqual([]);
  });

  it('turns a document reference into its variants', () => {
    const table = createSynonymTable({ groups: [], documentKinds: { 'quyết định': ['QĐ'] } });
    const [match] = table.expand(tokens('qd 387 la gi'));
    expect(match!.used).toEqual(['qd', '387']);
    expect(match!.reference).toEqual({ number: '387', year: undefined });
    expect(match!.alternatives.map((a) => a.join(' '))).toEqual(expect.arrayContaining(['quyet dinh 387', 'quyet dinh so 387', '387 qd']));
  });

  it('loads the repository data file (groups, document kinds, question words)', () => {
    const table = loadSynonyms(join(ROOT, 'knowledge/synonyms.yaml'));
    expect(table.expand(tokens('XHHT là gì')).length).toBeGreaterThan(0);
    expect(table.expand(tokens('quyet dinh so 1373'))[0]!.reference?.number).toBe('1373');
    expect(table.questionTerms.has('bao_nhieu')).toBe(true);
    expect([...table.pairQuestionWords].sort()).toEqual(['ai', 'gi', 'nao']);
    // A former district of TP.HCM residents still name finds the city's passages.
    expect(table.expand(tokens('họp tổ dân phố ở Bình Thạnh'))[0]!.alternatives).toContainEqual(['tp', 'hcm']);
    // "năm nào cũng" says every year, as the documents write "hằng năm".
    expect(table.expand(tokens('ngày khuyến học có phải năm nào cũng là 2/10 không')).flatMap((match) => match.alternatives)).toContainEqual(['hang', 'nam']);
  });

  it('never puts two phrases that fold alike in different groups (CĐHT is cộng đồng, CDHT công dân)', () => {
    const { groups } = parseYaml(readFileSync(join(ROOT, 'knowledge/synonyms.yaml'), 'utf8')) as { groups: string[][] };
    const groupOf = new Map<string, number>();
    const shared: string[] = [];
    groups.forEach((group, i) => {
      for (const phrase of group) {
        const key = tokens(phrase).join(' ');
        if (groupOf.has(key) && groupOf.get(key) !== i) shared.push(phrase);
        groupOf.set(key, i);
      }
    });
    expect(shared).toEqual([]);
    // "công dân học tập" does not reach passages about Cộng đồng học tập through a folded abbreviation.
    const table = loadSynonyms(join(ROOT, 'knowledge/synonyms.yaml'));
    const alternatives = table.expand(tokens('công dân học tập')).flatMap((match) => match.alternatives.map((a) => a.join(' ')));
    expect(alternatives).not.toContain('cdht');
  });

  it('accepts a missing file and names the file when it is malformed', () => {
    const dir = mkdtempSync(join(tmpdir(), 'loa-synonyms-'));
    try {
      expect(loadSynonyms(join(dir, 'none.yaml')).expand(['x'])).toEqual([]);
      writeFileSync(join(dir, 'bad.yaml'), 'groups: 5\n');
      expect(() => loadSynonyms(join(dir, 'bad.yaml'))).toThrow(/bad\.yaml/u);
      writeFileSync(join(dir, 'old.yaml'), '- [a b, c]\n');
      expect(loadSynonyms(join(dir, 'old.yaml')).expand(['c'])[0]!.alternatives).toEqual([['a', 'b']]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
