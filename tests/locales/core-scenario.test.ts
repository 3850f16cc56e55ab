import { buildSkill } from '../../lambda/index';
import { SUPPORTED_LOCALES } from '../../lambda/i18n/load';
import { voiceFor } from '../../lambda/i18n/voice';
import { localeModel } from '../../models/build';
import { loadInteractionModel } from '../../local/model/interaction-model';
import { builtInPhrasings } from '../../local/matcher/built-ins';
import { lambdaInvoke } from '../../local/simulator/cli';
import { readable } from '../../local/simulator/ssml';
import { Simulator, type Turn } from '../../local/simulator/simulator';

const handler = buildSkill({}).lambda();
const said = (turn: Turn) => (turn.speech === null ? '' : readable(turn.speech));
const intentOf = (turn: Turn) => (turn.heard.kind === 'intent' ? turn.heard.intent : turn.heard.kind);

/**
 * The core scenario in every locale, said in its own words and understood by the local simulator's
 * matcher from that locale's generated model: launch, the first exercise counted, "it hurts", the
 * pain questions, stop.
 */
describe.each(SUPPORTED_LOCALES)('%s', (locale) => {
  const words = localeModel(locale);
  const voice = voiceFor(locale);
  const first = (intent: keyof typeof words.samples) => {
    const sample = words.samples[intent]?.find((s) => !s.includes('{')) ?? builtInPhrasings(locale)[intent]?.[0];
    if (sample === undefined) throw new Error(`${locale} has no plain sample for ${String(intent)}`);
    return sample;
  };
  const sharp = () => {
    const template = words.samples.PainKindIntent.find((s) => s.includes('{painKind}')) ?? '{painKind}';
    return template.replace('{painKind}', words.slotValues.PainKindType.sharp.value);
  };

  test('launch, count, "it hurts", the pain questions and stop, all in its own words', async () => {
    const simulator = new Simulator({ model: loadInteractionModel(locale), invoke: lambdaInvoke(handler), now: () => Date.UTC(2030, 0, 1, 8) });
    const launch = await simulator.say(words.invocationName);
    expect(launch.heard.kind).toBe('launch');
    expect(said(launch)).toContain(voice.t('welcome'));

    let counting = await simulator.say(first('AMAZON.NextIntent'));
    expect(intentOf(counting)).toBe('AMAZON.NextIntent');
    // The first response may be the steps alone; the count follows on the next "next".
    if (!said(counting).includes(voice.t('hold.start'))) counting = await simulator.say(first('AMAZON.NextIntent'));
    expect(said(counting)).toContain(voice.t('hold.start'));
    expect(said(counting)).toContain(voice.pack.numbers[3]);

    const pain = await simulator.say(first('PainIntent'));
    expect(intentOf(pain)).toBe('PainIntent');
    expect(said(pain)).toContain(voice.t('pain.redFlagQuestion'));
    expect(said(pain)).not.toContain(voice.t('hold.start'));

    const no = await simulator.say(first('AMAZON.NoIntent'));
    expect(intentOf(no)).toBe('AMAZON.NoIntent');
    expect(said(no)).toContain(voice.t('pain.kindQuestion'));

    const kind = await simulator.say(sharp());
    expect(intentOf(kind)).toBe('PainKindIntent');
    expect(said(kind)).toContain(voice.t('pain.sharp'));

    const stop = await simulator.say(first('AMAZON.StopIntent'));
    expect(stop.sessionOpen).toBe(false);
    expect(said(stop)).toContain(voice.t('goodbye'));
  });
});
