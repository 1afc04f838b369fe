// Latin look-alikes: Cyrillic and Greek letters (and a few IPA ones) that render like Latin are read as Latin.

/**
 * Lowercase look-alikes after compatibility decomposition (NFKD already turns fullwidth "Ｉｇｎｏｒｅ" into "Ignore").
 * Mapped whatever the script around them: Loa's residents write Vietnamese, so a Cyrillic "о" inside a word is
 * a disguise, not Russian. Uppercase look-alikes are covered because callers lowercase first.
 */
const LOOK_ALIKES: Record<string, string> = {
  // Cyrillic
  а: 'a', в: 'b', е: 'e', к: 'k', м: 'm', н: 'h', о: 'o', п: 'n', р: 'p', с: 'c', т: 't', у: 'y', х: 'x', ь: 'b',
  ѕ: 's', і: 'i', ј: 'j', ԁ: 'd', ԛ: 'q', ԝ: 'w', һ: 'h', ӏ: 'l', ү: 'y',
  // Greek
  α: 'a', β: 'b', γ: 'y', ε: 'e', η: 'n', ι: 'i', κ: 'k', μ: 'u', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x',
  ω: 'w', ς: 's',
  // IPA and Latin variants
  ı: 'i', ɑ: 'a', ɡ: 'g', ɩ: 'i',
};
const LOOK_ALIKE = new RegExp(`[${Object.keys(LOOK_ALIKES).join('')}]`, 'gu');

/** Replaces Cyrillic, Greek and IPA look-alikes of Latin letters with the Latin letters. Input should be lowercase. */
export function foldConfusables(text: string): string {
  return text.replace(LOOK_ALIKE, (letter) => LOOK_ALIKES[letter] ?? letter);
}
