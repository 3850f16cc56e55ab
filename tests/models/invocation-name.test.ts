import { LOCALES } from '../../models/build';
import { readModel } from './model-files';

/**
 * The rules of shared/alexa-platform.md section 3, for languages written in lower case Latin letters.
 * (Locales in other scripts will need their own character rule when they are added.)
 */
const LAUNCH_AND_CONNECTING_WORDS = [
  'ask', 'tell', 'open', 'launch', 'load', 'begin', 'start', 'run', 'enable', 'play', 'resume', 'use', 'talk',
  'to', 'from', 'in', 'about', 'for', 'if', 'whether', 'using', 'with',
];
const WAKE_WORDS = ['alexa', 'amazon', 'echo', 'computer', 'ziggy'];
/** Not allowed in a two-word name. */
const ARTICLES_AND_PREPOSITIONS = ['the', 'a', 'an', 'for', 'to', 'of', 'about', 'up', 'by', 'at', 'off', 'with'];

describe.each(LOCALES)('invocation name of %s', (locale) => {
  const name = () => readModel(locale).interactionModel.languageModel.invocationName;
  const words = () => name().split(' ');

  it('is lower case letters and single spaces, at least two words', () => {
    expect(name()).toMatch(/^[a-z]+(?: [a-z]+)+$/);
  });

  it('has no launch phrase, connecting word or wake word', () => {
    expect(words().filter((word) => LAUNCH_AND_CONNECTING_WORDS.includes(word) || WAKE_WORDS.includes(word))).toEqual(
      [],
    );
  });

  it('has no article or preposition if it is two words long', () => {
    const two = words().length === 2 ? words() : [];
    expect(two.filter((word) => ARTICLES_AND_PREPOSITIONS.includes(word))).toEqual([]);
  });
});
