import { LOCALES, localeModel } from '../../models/build';
import { readModel } from './model-files';

/** Not allowed in a two-word English name (docs/alexa-platform.md, section 3). */
const ARTICLES_AND_PREPOSITIONS = ['the', 'a', 'an', 'for', 'to', 'of', 'about', 'up', 'by', 'at', 'off', 'with'];

/** The rules of docs/alexa-platform.md, section 3, with each language's own launch and connecting words. */
describe.each(LOCALES)('invocation name of %s', (locale) => {
  const { phrasing } = localeModel(locale);
  const name = () => readModel(locale).interactionModel.languageModel.invocationName;
  const words = () => name().split(' ');

  it('is written in lower case letters (or letters without case), no digits or symbols', () => {
    expect(name()).toMatch(/^[\p{Ll}\p{Lo}\p{Lm}\p{M}']+(?: [\p{Ll}\p{Lo}\p{Lm}\p{M}']+)*$/u);
  });

  if (phrasing.spaced) {
    it('has at least two words', () => {
      expect(words().length).toBeGreaterThanOrEqual(2);
    });
  }

  it('has no launch phrase, connecting word or wake word of its language', () => {
    const forbidden = new Set(phrasing.forbiddenInInvocationName);
    expect(forbidden.size).toBeGreaterThan(3);
    const found = phrasing.spaced
      ? words().filter((word) => forbidden.has(word))
      : [...forbidden].filter((word) => name().includes(word));
    expect(found).toEqual([]);
  });

  if (locale.startsWith('en-')) {
    it('has no article or preposition if it is two words long', () => {
      const two = words().length === 2 ? words() : [];
      expect(two.filter((word) => ARTICLES_AND_PREPOSITIONS.includes(word))).toEqual([]);
    });
  }
});
