// Recognises references to legal documents ("387/QĐ-TTg", "QĐ 387", "quyết định số 387", "TT 25/2023") and spells out their variants.

/** Document kinds: a kind's full names and abbreviations (any spelling; matched folded). */
export interface DocumentKind {
  names: string[][];
  abbreviations: string[];
}

/** A reference found in a token sequence: the tokens it spans, the kind and the number. */
export interface DocumentReference {
  tokens: string[];
  kind: DocumentKind;
  number: string;
  year?: string;
}

const NUMBER = /^\d{1,5}$/u;
const YEAR = /^(?:19|20)\d{2}$/u;

/**
 * Finds references in folded tokens: "<kind name or abbreviation> [số] N [YYYY]" and "N [YYYY] <abbreviation>"
 * (the token form of "387/QĐ-TTg" and "24/2023/TT-BGDĐT").
 */
export function findReferences(tokens: readonly string[], kinds: readonly DocumentKind[]): DocumentReference[] {
  const found: DocumentReference[] = [];
  for (let i = 0; i < tokens.length; i++) {
    for (const kind of kinds) {
      for (const name of [...kind.names, ...kind.abbreviations.map((a) => [a])]) {
        if (!startsWith(tokens, i, name)) continue;
        let j = i + name.length;
        if (tokens[j] === 'so') j++;
        const number = tokens[j];
        if (number === undefined || !NUMBER.test(number)) continue;
        const year = tokens[j + 1] !== undefined && YEAR.test(tokens[j + 1]!) && !YEAR.test(number) ? tokens[j + 1] : undefined;
        found.push({ tokens: tokens.slice(i, j + (year ? 2 : 1)), kind, number, year });
      }
      const number = tokens[i];
      if (number === undefined || !NUMBER.test(number)) continue;
      const year = tokens[i + 1] !== undefined && YEAR.test(tokens[i + 1]!) ? tokens[i + 1] : undefined;
      const abbreviation = tokens[i + (year ? 2 : 1)];
      if (abbreviation !== undefined && kind.abbreviations.includes(abbreviation)) {
        found.push({ tokens: tokens.slice(i, i + (year ? 3 : 2)), kind, number, year });
      }
    }
  }
  return dropContained(found);
}

/** Every way documents write the reference, as folded token phrases (the reference's own form included). */
export function referenceVariants(reference: DocumentReference): string[][] {
  const { kind, number, year } = reference;
  const tail = year ? [number, year] : [number];
  const variants: string[][] = [];
  for (const name of [...kind.names, ...kind.abbreviations.map((a) => [a])]) variants.push([...name, ...tail], [...name, 'so', ...tail]);
  for (const abbreviation of kind.abbreviations) variants.push([...tail, abbreviation]);
  if (year) variants.push([number, year]);
  return unique([reference.tokens, ...variants]);
}

function startsWith(tokens: readonly string[], at: number, phrase: readonly string[]): boolean {
  return phrase.length > 0 && phrase.every((token, k) => tokens[at + k] === token);
}

/** Keeps the longest reference where two overlap (e.g. "quyết định số 387" over "số 387"). */
function dropContained(references: DocumentReference[]): DocumentReference[] {
  return references.filter(
    (ref) => !references.some((other) => other !== ref && other.tokens.length > ref.tokens.length && other.number === ref.number && other.kind === ref.kind),
  );
}

function unique(phrases: string[][]): string[][] {
  const seen = new Set<string>();
  return phrases.filter((phrase) => {
    const key = phrase.join(' ');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
