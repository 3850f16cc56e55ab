import { buildSkill } from '../../lambda/index';
import { SUPPORTED_LOCALES } from '../../lambda/i18n/load';
import { voiceFor } from '../../lambda/i18n/voice';
import { localeModel } from '../../models/build';
import { loadInteractionModel } from '../../local/model/interaction-model';
import { builtInPhrasings } from '../../local/matcher/built-ins';
import { lambdaInvoke } from '../../local/simulator/cli';
import { readable } from '../../local/simulator/ssml';
import { Simulator, type Turn } from '../../local/simulator/simulator';
import { phrasingsOf } from './phrasings/load';

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
  const sharpOrMild = (kind: 'sharp' | 'mild') => {
    const template = words.samples.PainKindIntent.find((s) => s.includes('{painKind}')) ?? '{painKind}';
    return template.replace('{painKind}', words.slotValues.PainKindType[kind].value);
  };
  const sharp = () => sharpOrMild('sharp');

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
    expect(said(no)).toContain(voice.t('pain.urgentQuestion'));

    const noAgain = await simulator.say(first('AMAZON.NoIntent'));
    expect(said(noAgain)).toContain(voice.t('pain.kindQuestion'));

    const kind = await simulator.say(sharp());
    expect(intentOf(kind)).toBe('PainKindIntent');
    expect(said(kind)).toContain(voice.t('pain.sharp'));

    const stop = await simulator.say(first('AMAZON.StopIntent'));
    expect(stop.sessionOpen).toBe(false);
    expect(said(stop)).toContain(voice.t('goodbye'));
  });

  /** The pain check's other ways through, each from "it hurts" during the first exercise's count, in the locale's own words. */
  describe('the pain check in its own words', () => {
    const phrasings = () => phrasingsOf(locale);
    async function hurting(): Promise<Simulator> {
      const simulator = new Simulator({ model: loadInteractionModel(locale), invoke: lambdaInvoke(handler), now: () => Date.UTC(2030, 0, 1, 8) });
      await simulator.say(words.invocationName);
      const counting = await simulator.say(first('AMAZON.NextIntent'));
      if (!said(counting).includes(voice.t('hold.start'))) await simulator.say(first('AMAZON.NextIntent'));
      const pain = await simulator.say(phrasings().pain[0] ?? first('PainIntent'));
      expect(said(pain)).toContain(voice.t('pain.redFlagQuestion'));
      return simulator;
    }
    const emergency = () => voice.t('pain.emergencyIfSymptoms');

    test('a symptom named as the answer counts as yes: get help now, with the local number', async () => {
      const simulator = await hurting();
      const answer = await simulator.say(phrasings().redFlag[0] ?? '');
      expect(answer.sessionOpen).toBe(false);
      expect(said(answer)).toContain(voice.t('pain.redFlagAdvice'));
      expect(said(answer)).toContain(voice.t('emergencyNumber'));
    });

    test('"not sure" twice: the question once more in simpler words, then stop for today, never a third time', async () => {
      const simulator = await hurting();
      const again = await simulator.say(phrasings().unsure[0] ?? '');
      expect(said(again)).toContain(voice.t('pain.redFlagSimpler'));
      const careful = await simulator.say(phrasings().unsure[1] ?? '');
      expect(careful.sessionOpen).toBe(false);
      expect(said(careful)).toContain(voice.t('pain.carefulStop'));
      expect(said(careful)).toContain(emergency());
      expect(said(careful)).not.toContain(voice.t('pain.redFlagSimpler'));
    });

    test('"stop" still says the emergency sentence; silence hears the reprompt that says what to do', async () => {
      const silent = await hurting();
      const reprompt = await silent.silence();
      expect(said(reprompt)).toBe(voice.t('pain.redFlagReprompt'));
      expect(said(reprompt)).toContain(voice.t('emergencyNumber'));
      const simulator = await hurting();
      const stop = await simulator.say(first('AMAZON.StopIntent'));
      expect(stop.sessionOpen).toBe(false);
      expect(said(stop)).toContain(emergency());
    });

    test('an urgent sign said outright: stop for today and get checked today', async () => {
      const simulator = await hurting();
      const answer = await simulator.say(phrasings().urgent[0] ?? '');
      expect(answer.sessionOpen).toBe(false);
      expect(said(answer)).toContain(voice.t('pain.urgentAdvice'));
    });

    test('a second report in the session ends it, with the emergency sentence', async () => {
      const simulator = await hurting();
      await simulator.say(first('AMAZON.NoIntent'));
      await simulator.say(first('AMAZON.NoIntent'));
      await simulator.say(sharpOrMild('mild'));
      await simulator.say(first('SkipIntent'));
      const again = await simulator.say(phrasings().pain[1] ?? first('PainIntent'));
      expect(again.sessionOpen).toBe(false);
      expect(said(again)).toContain(voice.t('pain.again'));
      expect(said(again)).toContain(emergency());
    });

    test('words the model cannot place during an exercise stop the count and ask whether something hurt', async () => {
      const simulator = new Simulator({ model: loadInteractionModel(locale), invoke: lambdaInvoke(handler), now: () => Date.UTC(2030, 0, 1, 8) });
      await simulator.say(words.invocationName);
      const turn = await simulator.say('zzz qqq xxyyzz');
      expect(intentOf(turn)).toBe('AMAZON.FallbackIntent');
      expect(said(turn)).toContain(voice.t('prompt.didSomethingHurt'));
    });
  });
});
