// Sentence splitting that keeps numbers ("1.000", "3,5"), domains ("congdanhoctap.vn") and abbreviations ("TP. HCM") whole.

const BOUNDARY = /(?<=[.!?…][»”"')\]]*)\s+(?=[\p{Lu}\p{N}"“«(\[])/u;
const ABBREVIATION = /(?:^|\s)(?:TP|Tp|tp|ThS|TS|PGS|GS|Th|St|Mr|Mrs|Dr|v\.v|tr|Tr|[A-ZĐ])\.$/u;

/** Sentences of one line or paragraph, trimmed, in order. */
export function splitIntoSentences(text: string): string[] {
  const parts = text.trim().split(BOUNDARY);
  const out: string[] = [];
  for (const part of parts) {
    const previous = out.at(-1);
    if (previous !== undefined && ABBREVIATION.test(previous)) out[out.length - 1] = `${previous} ${part}`;
    else if (part.trim() !== '') out.push(part.trim());
  }
  return out;
}
