// Generates a large synthetic corpus for the scale run: Markdown files of Vietnamese-like passages from a real vocabulary.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

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

/**
 * Writes `documents` Markdown files of `sectionsPerDocument` sections into `dir`. Words are drawn from `vocabulary`
 * with a Zipf-like skew (a few words very common, most rare), and each section holds about 430 characters: one chunk.
 */
export function writeSyntheticCorpus(dir: string, vocabulary: readonly string[], documents: number, sectionsPerDocument: number, seed = 7): void {
  mkdirSync(dir, { recursive: true });
  const next = random(seed);
  const word = () => vocabulary[Math.floor(vocabulary.length * next() ** 2.2)]!;
  const sentence = () => {
    const words = Array.from({ length: 8 + Math.floor(next() * 10) }, word);
    const text = words.join(' ');
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
  };
  for (let d = 0; d < documents; d++) {
    const parts = [`---\ntitle: "Văn bản tổng hợp số ${d} về ${word()} ${word()}"\nnumber: "${100 + d}/QĐ-TH"\n---\n`];
    for (let s = 0; s < sectionsPerDocument; s++) {
      parts.push(`## Mục ${s + 1}: ${word()} ${word()}\n`);
      let paragraph = '';
      while (paragraph.length < 400) paragraph += `${sentence()} `;
      parts.push(`${paragraph.trim()}\n`);
    }
    writeFileSync(join(dir, `doc-${String(d).padStart(6, '0')}.md`), parts.join('\n'));
  }
}
