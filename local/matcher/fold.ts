/**
 * Case and punctuation folding, applied the same way to what the user typed and to the model's
 * samples and slot values, so the two compare word for word.
 *
 * Apostrophes are dropped inside words ("child's" -> "childs", "let's" -> "lets") rather than kept,
 * because typed text is inconsistent about them and speech has none: "childs pose" and
 * "child's pose" must be the same words. Every other punctuation mark separates words
 * ("cat-cow" -> "cat cow", "Alexa, next." -> "alexa next").
 */

export interface Token {
  /** The word as compared: lower case, no apostrophes. */
  readonly folded: string;
  /** The word as said, lower case with its apostrophes: what a slot value reports (Alexa's `slot.value`). */
  readonly spoken: string;
}

/** Typographic apostrophes and look-alikes people type for one. */
const APOSTROPHE_LIKE = /[\u2018\u2019\u201b\u02bc\u02b9\u0060\u00b4\uff07]/g;
/** Anything that is not a letter, a digit, a combining mark, an apostrophe or white space. */
const SEPARATORS = /[^\p{L}\p{N}\p{M}'\s]+/gu;

export function tokenize(text: string, locale = 'en-US'): Token[] {
  const words = text
    .normalize('NFKC')
    .replace(APOSTROPHE_LIKE, "'")
    .toLocaleLowerCase(locale)
    .replace(SEPARATORS, ' ')
    .split(/\s+/);
  const tokens: Token[] = [];
  for (const word of words) {
    const folded = word.replace(/'/g, '');
    // Quotes typed around a word ('cobra') are not part of it.
    if (folded.length > 0) tokens.push({ folded, spoken: word.replace(/^'+|'+$/g, '') });
  }
  return tokens;
}

/** The folded words of `text`, joined by single spaces: the form phrases are compared in. */
export function fold(text: string, locale = 'en-US'): string {
  return tokenize(text, locale)
    .map((token) => token.folded)
    .join(' ');
}
