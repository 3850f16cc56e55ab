import type { PainPhrasings } from './types';

/** A locale's phrasings (tests/locales/phrasings/<locale>.ts), each file written by a native speaker of its language. */
export function phrasingsOf(locale: string): PainPhrasings {
  const { phrasings } = require(`./${locale}`) as { phrasings: PainPhrasings };
  return phrasings;
}
