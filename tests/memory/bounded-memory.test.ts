/**
 * A long-lived Lambda instance stays within its memory: made-up locales are served by their language's
 * existing voice (no new voice, no new caches), and 5,000 requests with random locales leave the heap,
 * after garbage collection, less than 20 MB larger.
 */
import { runInNewContext } from 'node:vm';
import { setFlagsFromString } from 'node:v8';
import fc from 'fast-check';
import { handler } from '../../lambda/index';
import { voiceFor } from '../../lambda/i18n/voice';
import { envelopeAt, invoke, launch, SKILL_SETTINGS, START_TIME } from '../support/skill';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

test.each([
  ['en-QQ', 'en-US'],
  ['de-AT', 'de-DE'],
  ['es-AR', 'es-ES'],
  ['xx-YY', 'en-US'],
  ['', 'en-US'],
])('a request in %s is served by the %s voice', (asked, served) => {
  expect(voiceFor(asked)).toBe(voiceFor(served));
});

test('5,000 requests with random locales grow the heap by less than 20 MB', async () => {
  const locale = fc.oneof(
    fc.tuple(fc.constantFrom('en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'ja', 'hi', 'ar'), fc.stringMatching(/^[A-Z]{2}$/)).map(([l, r]) => `${l}-${r}`),
    fc.string({ maxLength: 8 }),
  );
  const locales = fc.sample(locale, { numRuns: 5000, seed: 42 });
  const send = (l: string) => invoke(handler, envelopeAt(launch({ ...SKILL_SETTINGS, locale: l }), START_TIME));
  // Every language is loaded once before measuring: that is the skill's fixed size, not growth.
  for (const l of ['en-US', 'de-DE', 'fr-FR', 'es-ES', 'it-IT', 'pt-BR', 'nl-NL', 'ja-JP', 'hi-IN', 'ar-SA']) await send(l);
  gc();
  const before = process.memoryUsage().heapUsed;
  for (const l of locales) await send(l);
  gc();
  const grown = (process.memoryUsage().heapUsed - before) / 1024 / 1024;
  expect(grown).toBeLessThan(20);
}, 120_000);
