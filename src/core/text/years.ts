// Whether a word is a year (1900–2099): years are neither counts, thresholds nor figures of an asker's case.

const YEAR = /^(?:19|20)\d\d$/u;

/** `word` is a year written in digits ("2025"), not part of a date or a document number. */
export function isYear(word: string): boolean {
  return YEAR.test(word);
}
