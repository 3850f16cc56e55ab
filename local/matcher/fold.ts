/**
 * Case and punctuation folding, applied the same way to what the user typed and to the model's
 * samples and slot values, so the two compare word for word.
 *
 * Apostrophes are dropped inside words ("child's" -> "childs", "let's" -> "lets") rather than kept,
 * because typed text is inconsistent about them and speech has none: "childs pose" and
 * "child's pose" must be the same words. Every other punctuation mark separates words
 * ("cat-cow" -> "cat cow", "Alexa, next." -> "alexa next").
 *
 * Japanese is written without spaces between words, and the simulator has no dictionary to find them:
 * there every character is a token of its own (runs of Latin letters and digits stay whole, so
 * "Alexa" is still one word), which compares phrases character by character, as Alexa's model gets
 * them. Katakana also folds to hiragana there, because the same word is typed in either script
 * (ネコのポーズ, ねこのポーズ).
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

/** Languages written without spaces between words, by their two-letter code. */
const UNSPACED_LANGUAGES: ReadonlySet<string> = new Set(['ja']);

/** True for a locale whose language is written without spaces (ja-JP): its tokens are characters. */
export function isUnspaced(locale: string): boolean {
  return UNSPACED_LANGUAGES.has(locale.slice(0, 2).toLowerCase());
}

/** A run of Latin letters, digits and apostrophes ("alexa"), or any other single character. */
const UNSPACED_UNIT = /[\p{Script=Latin}\p{N}']+|\P{M}\p{M}*/gu;
const KATAKANA = /[\u30a1-\u30f6]/g;
const HIRAGANA_OFFSET = 0x60;

function toHiragana(text: string): string {
  return text.replace(KATAKANA, (c) => String.fromCharCode(c.charCodeAt(0) - HIRAGANA_OFFSET));
}

export function tokenize(text: string, locale = 'en-US'): Token[] {
  const unspaced = isUnspaced(locale);
  const words = text
    .normalize('NFKC')
    .replace(APOSTROPHE_LIKE, "'")
    .toLocaleLowerCase(locale)
    .replace(SEPARATORS, ' ')
    .split(/\s+/)
    .flatMap((word) => (unspaced ? (word.match(UNSPACED_UNIT) ?? []) : [word]));
  const tokens: Token[] = [];
  for (const word of words) {
    const bare = word.replace(/'/g, '');
    const folded = unspaced ? toHiragana(bare) : bare;
    // Quotes typed around a word ('cobra') are not part of it.
    if (folded.length > 0) tokens.push({ folded, spoken: word.replace(/^'+|'+$/g, '') });
  }
  return tokens;
}

/**
 * Tokens back into text: separated by spaces, or run together in a language written without them
 * (a Japanese slot value is "猫のポーズ", not "猫 の ポ ー ズ").
 */
export function joinTokens(tokens: readonly Token[], locale: string, form: keyof Token = 'spoken'): string {
  return tokens.map((token) => token[form]).join(isUnspaced(locale) ? '' : ' ');
}

/** The folded words of `text`, joined by single spaces: the form phrases are compared in. */
export function fold(text: string, locale = 'en-US'): string {
  return tokenize(text, locale)
    .map((token) => token.folded)
    .join(' ');
}
