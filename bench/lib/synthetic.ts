// Generates a large corpus for the scale runs: Markdown files whose passages recombine real sentences of the knowledge base.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { searchTokens } from '../../src/knowledge/terms.js';
import type { CorpusChunk } from './corpus.js';

/** A deterministic pseudo-random generator (mulberry32), so every run indexes the same corpus. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Material drawn from the real corpus: its sentences, headings, titles and words (most frequent first). */
export interface SentencePool {
  sentences: string[];
  headings: string[];
  titles: string[];
  vocabulary: string[];
}

/** Splits the real chunks into sentences (five words or more) and collects headings, titles and the vocabulary. */
export function sentencePool(corpus: readonly CorpusChunk[]): SentencePool {
  const sentences = corpus.flatMap((chunk) =>
    chunk.text
      .split(/(?<=[.!?;:])\s+|\n+/u)
      .map((s) => s.replace(/^[-*#>\d.)\s]+/u, '').trim())
      .filter((s) => s.split(/\s+/u).length >= 5),
  );
  const counts = new Map<string, number>();
  for (const chunk of corpus) for (const token of searchTokens(chunk.text)) counts.set(token, (counts.get(token) ?? 0) + 1);
  return {
    sentences,
    headings: [...new Set(corpus.map((c) => c.heading).filter((h) => h !== ''))],
    titles: [...new Set(corpus.map((c) => c.title))],
    vocabulary: [...counts].sort((a, b) => b[1] - a[1]).map(([token]) => token),
  };
}

/**
 * A sentence generator: a real sentence with about one word in seven replaced by a corpus word (Zipf-skewed, so
 * common words stay common) and its numbers redrawn. Phrases, word pairs and their frequencies stay those of real
 * Vietnamese administrative text, while no two generated passages are copies.
 */
export function sentenceMaker(pool: SentencePool, seed: number): { sentence(): string; pick<T>(items: readonly T[]): T; next(): number } {
  const next = random(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  const word = () => pool.vocabulary[Math.floor(pool.vocabulary.length * next() ** 2.2)]!;
  const sentence = () =>
    pick(pool.sentences)
      .split(' ')
      .map((w) => (/\d/u.test(w) ? w.replace(/\d+/gu, () => String(Math.floor(next() * 2100))) : next() < 0.14 ? word() : w))
      .join(' ');
  return { sentence, pick, next };
}

/** Writes `documents` Markdown files of `sectionsPerDocument` sections (about 430 characters each: one chunk) into `dir`. */
export function writeSyntheticCorpus(dir: string, pool: SentencePool, documents: number, sectionsPerDocument: number, seed = 7): void {
  mkdirSync(dir, { recursive: true });
  const make = sentenceMaker(pool, seed);
  for (let d = 0; d < documents; d++) {
    const parts = [`---\ntitle: ${JSON.stringify(`${make.pick(pool.titles)} (tổng hợp ${d})`)}\nnumber: "${100 + d}/QĐ-TH"\n---\n`];
    for (let s = 0; s < sectionsPerDocument; s++) {
      parts.push(`## ${make.pick(pool.headings)}\n`);
      let paragraph = '';
      while (paragraph.length < 400) paragraph += `${make.sentence()} `;
      parts.push(`${paragraph.trim()}\n`);
    }
    writeFileSync(join(dir, `doc-${String(d).padStart(7, '0')}.md`), parts.join('\n'));
  }
}

/** `count` questions never asked before: 3–8 consecutive words of a generated sentence, half of them without diacritics. */
export function freshQuestions(pool: SentencePool, count: number, seed = 11): string[] {
  const make = sentenceMaker(pool, seed);
  const seen = new Set<string>();
  const out: string[] = [];
  while (out.length < count) {
    const words = make.sentence().split(' ');
    const length = 3 + Math.floor(make.next() * 6);
    const start = Math.floor(make.next() * Math.max(1, words.length - length));
    let question = words.slice(start, start + length).join(' ').toLowerCase();
    if (make.next() < 0.5) question = question.normalize('NFD').replace(/[\u0300-\u036f]/gu, '').replace(/đ/gu, 'd');
    if (!seen.has(question)) {
      seen.add(question);
      out.push(question);
    }
  }
  return out;
}
