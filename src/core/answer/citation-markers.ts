// Finds citation markers in a model answer: [1], [1, 2], [1][2], [1-2], [ 1 ], fullwidth ［１］ and 【1】.

/** One marker: where it sits in the (NFKC) text and which passage numbers it names. */
export interface CitationMarker {
  start: number;
  end: number;
  numbers: number[];
}

/**
 * A marker holds one- or two-digit numbers separated by commas, semicolons, spaces or ranges. Longer numbers
 * ("[2025]") are a year or an amount in brackets, never a citation: top-k is at most a handful of passages.
 */
const MARKER = /[[【]\s*(\d{1,2}(?:\s*(?:[,;]|[-–—]|và)\s*\d{1,2})*)\s*[\]】]/gu;
/** A range bigger than this is not a citation range (and is reported as unknown). */
const MAX_RANGE = 20;

const INVISIBLE = /[\u00AD\u200B-\u200F\u2028-\u202E\u2060-\u2064\uFEFF]/gu;

/** The text a verifier works on: NFKC folds fullwidth brackets and digits ("［８］" → "[8]"); invisibles go. */
export function compatibilityForm(text: string): string {
  return text.normalize('NFKC').replace(INVISIBLE, '');
}

/** Every marker in `text`, which must already be in compatibility form. */
export function findMarkers(text: string): CitationMarker[] {
  return [...text.matchAll(MARKER)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    numbers: markerNumbers(match[1]!),
  }));
}

/** Removes every marker (replaced by a space so words do not merge). */
export function withoutMarkers(text: string): string {
  return text.replace(MARKER, ' ');
}

function markerNumbers(inner: string): number[] {
  const numbers: number[] = [];
  for (const part of inner.split(/\s*(?:[,;]|và)\s*|\s+(?=\d)/u)) {
    const range = /^(\d+)\s*[-–—]\s*(\d+)$/u.exec(part.trim());
    if (range) {
      const from = Number(range[1]);
      const to = Number(range[2]);
      // A reversed or huge range cannot be honest; 0 is never a passage, so it fails the check.
      if (to < from || to - from > MAX_RANGE) numbers.push(0);
      else for (let n = from; n <= to; n++) numbers.push(n);
    } else if (part.trim() !== '') {
      numbers.push(Number(part.trim()));
    }
  }
  return numbers;
}
