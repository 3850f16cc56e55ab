/**
 * "Alexa, ask my back stretches how to do cobra": a one-shot explanation that ends the session; asked
 * during a routine, an answer that offers to carry on; asked about an unknown stretch, a re-prompt.
 */
import type { ResponseEnvelope } from 'ask-sdk-model';
import { EXERCISE_IDS, type ExerciseId } from '../../lambda/catalog/exercises';
import { handler } from '../../lambda/index';
import { alexaTest, timeline } from '../support/alexa-test';
import { plainText, ssmlOf } from '../../local/envelopes/response';
import { Conversation, intent, launch, storedSession, type SlotFill } from '../support/skill';
import { countingIn, en, exerciseName, exerciseTexts, fill, message, sentences } from '../support/speech';

const textOf = (response: ResponseEnvelope) => plainText(ssmlOf(response.response.outputSpeech) ?? '');
const repromptOf = (response: ResponseEnvelope) => plainText(ssmlOf(response.response.reprompt?.outputSpeech) ?? '');

/** The first part of a how-to: what you need, every step, then the caution. */
function expectSteps(text: string, id: ExerciseId): void {
  const exercise = exerciseTexts[id];
  expect(text).toContain(exercise.name);
  expect(text).toContain(exercise.needs);
  for (const step of exercise.steps) expect(text).toContain(step);
  expect(text).toContain(exercise.caution);
  expect(text.indexOf(exercise.steps[0] ?? '')).toBeLessThan(text.indexOf(exercise.caution));
}

/** The second part: the gentler version. */
function expectGentler(text: string, id: ExerciseId): void {
  expect(text).toContain(en.speech['explain.gentler']);
  for (const step of exerciseTexts[id].gentler) expect(text).toContain(step);
}

/** A whole how-to in one response: steps, then the caution, then the gentler version. */
function expectExplains(text: string, id: ExerciseId): void {
  expectSteps(text, id);
  expectGentler(text, id);
  expect(text.indexOf(exerciseTexts[id].caution)).toBeLessThan(text.indexOf(en.speech['explain.gentler']));
}

/** "I don't know that one." */
const UNKNOWN = sentences(en.messages['exercise.unknownExplain'])[0] ?? '';
const namesIn = (text: string) => EXERCISE_IDS.filter((id) => text.includes(exerciseName(id)));

describe('one-shot how-to', () => {
  alexaTest(handler).test(
    timeline([
      {
        request: intent('HowToIntent', { exercise: { id: 'cobra_stretch' } }),
        shouldEndSession: true,
        callback: (response) => {
          const text = textOf(response);
          expectExplains(text, 'cobra_stretch');
          expect(countingIn(text)).toEqual([]);
          expect(response.response.reprompt).toBeUndefined();
          expect(response.sessionAttributes ?? {}).toEqual({});
        },
      },
    ]),
    'how to do cobra, as the first request of a session: explains steps, caution and gentler version, then ends',
  );

  /*
   * A how-to too long for one turn (90 s) is told in two parts: the steps and the caution, then "Would you
   * like to hear the gentler version too?". Either way the user hears all three parts, and no part counts.
   */
  it.each(EXERCISE_IDS)('explains %s as a one-shot: steps, caution and gentler version', async (id) => {
    const conversation = new Conversation(handler);
    const first = await conversation.send(intent('HowToIntent', { exercise: { id } }));
    expect(countingIn(first.text)).toEqual([]);
    if (first.ended) {
      expectExplains(first.text, id);
      return;
    }
    expectSteps(first.text, id);
    expect(first.text).not.toContain(en.speech['explain.gentler']);
    expect(first.text).toContain(message('prompt.gentlerToo'));
    expect(first.reprompt).toBe(message('reprompt.gentlerToo'));
    const second = await conversation.send(intent('AMAZON.YesIntent'));
    expectGentler(second.text, id);
    expect(second.text).not.toContain(exerciseTexts[id].steps[0]);
    expect(countingIn(second.text)).toEqual([]);
  });

  it('a one-shot how-to that fits one turn ends the session; cobra is one of them', async () => {
    const turn = await new Conversation(handler).send(intent('HowToIntent', { exercise: { id: 'cobra_stretch' } }));
    expect(turn.ended).toBe(true);
  });

  it('a long one-shot how-to: "no" to the gentler version still leaves the user a way out', async () => {
    const conversation = new Conversation(handler);
    const first = await conversation.send(intent('HowToIntent', { exercise: { id: 'bridge_stretch' } }));
    expect(first.ended).toBe(false);
    let turn = await conversation.send(intent('AMAZON.NoIntent'));
    expect(countingIn(turn.text)).toEqual([]);
    expect(turn.text).not.toContain(en.speech['explain.gentler']);
    // Today a second question follows ("Would you like to try bridge stretch now?"); a second "no" ends.
    if (!turn.ended) turn = await conversation.send(intent('AMAZON.NoIntent'));
    expect(turn.ended).toBe(true);
  });
});

describe('how-to during a routine', () => {
  alexaTest(handler).test(
    timeline([
      { request: launch() },
      // Eagle arms, right side: counted in full.
      { request: intent('AMAZON.NextIntent') },
      {
        request: intent('HowToIntent', { exercise: { id: 'cobra_stretch' } }),
        shouldEndSession: false,
        callback: (response) => {
          const text = textOf(response);
          expectExplains(text, 'cobra_stretch');
          expect(countingIn(text)).toEqual([]);
          // It offers to carry on with the exercise that was running.
          expect(text).toContain(message('prompt.paused', { exercise: exerciseName('eagle_arms') }));
          expect(text).toMatch(/Say resume\./);
          expect(repromptOf(response)).toContain(message('reprompt.paused'));
          const { state } = storedSession(response);
          expect(state.kind).toBe('paused');
        },
      },
      {
        request: intent('AMAZON.ResumeIntent'),
        shouldEndSession: false,
        callback: (response) => {
          const text = textOf(response);
          expect(text.startsWith(message('nav.pickingUp', { exercise: exerciseName('eagle_arms') }))).toBe(true);
          // The left side of eagle arms, where the user was; not cobra, and not eagle arms from the top.
          expect(text).toContain(exerciseTexts.eagle_arms.sides?.left ?? 'left side');
          expect(text).toContain(en.speech['hold.start']);
          expect(text).not.toContain(message('exercise.start', { exercise: exerciseName('cobra_stretch') }));
          expect(text).not.toContain(exerciseTexts.eagle_arms.steps[0]);
          expect(text).not.toContain(exerciseTexts.cobra_stretch.steps[0]);
        },
      },
    ]),
    'answers, keeps the session open offering to resume, and resume carries on with the running exercise',
  );

  it('a long how-to mid-routine: steps and caution, an offer of the gentler version or resume; resume carries on', async () => {
    const conversation = new Conversation(handler);
    await conversation.send(launch());
    await conversation.send(intent('AMAZON.NextIntent'));
    const asked = await conversation.send(intent('HowToIntent', { exercise: { id: 'bridge_stretch' } }));
    expect(asked.ended).toBe(false);
    expectSteps(asked.text, 'bridge_stretch');
    expect(countingIn(asked.text)).toEqual([]);
    expect(asked.text).toMatch(/say resume/i);
    const resumed = await conversation.send(intent('AMAZON.ResumeIntent'));
    expect(resumed.text.startsWith(message('nav.pickingUp', { exercise: exerciseName('eagle_arms') }))).toBe(true);
    expect(resumed.text).toContain(exerciseTexts.eagle_arms.sides?.left ?? 'left side');
    expect(resumed.text).not.toContain(exerciseTexts.bridge_stretch.steps[0]);
  });

  it('after a how-to from idle, the skill offers to try the exercise and "yes" starts it', async () => {
    const conversation = new Conversation(handler);
    await conversation.send(intent('ListExercisesIntent'));
    let offer = await conversation.send(intent('HowToIntent', { exercise: { id: 'cobra_stretch' } }));
    expect(offer.ended).toBe(false);
    expectSteps(offer.text, 'cobra_stretch');
    // Told in two parts when the disclaimer makes it too long for one turn: decline the gentler part.
    if (offer.session?.state.kind === 'explaining') offer = await conversation.send(intent('AMAZON.NoIntent'));
    expect(offer.text).toContain(message('prompt.tryIt', { exercise: exerciseName('cobra_stretch') }));
    const tried = await conversation.send(intent('AMAZON.YesIntent'));
    expect(tried.text).toContain(message('exercise.start', { exercise: exerciseName('cobra_stretch') }));
    expect(tried.session?.state.kind).toBe('exercising');
  });

});

describe('how-to for a stretch the skill does not know', () => {
  const cases: [string, Readonly<Record<string, SlotFill>>][] = [
    ['a name entity resolution did not match (ER_SUCCESS_NO_MATCH)', { exercise: { noMatch: 'handstand' } }],
    ['an empty exercise slot', { exercise: { empty: true } }],
    ['no exercise slot at all', {}],
  ];

  describe.each(cases)('%s', (_label, slots) => {
    alexaTest(handler).test(
      timeline([
        {
          request: intent('HowToIntent', slots),
          shouldEndSession: false,
          callback: (response) => {
            const text = textOf(response);
            expect(text.startsWith(UNKNOWN)).toBe(true);
            expect(text).toContain(fill(en.messages['exercise.unknownExplain'].split('{{')[0] ?? ''));
            expect(namesIn(text).length).toBeGreaterThanOrEqual(2);
            expect(repromptOf(response)).not.toBe('');
            expect(countingIn(text)).toEqual([]);
          },
        },
      ]),
      'as the first request: "I don\'t know that one", names a few, re-prompts and stays open',
    );

    it('during a routine: the same answer, and the routine is still there to go on with', async () => {
      const conversation = new Conversation(handler);
      await conversation.send(launch());
      const before = conversation.last.session?.state;
      const turn = await conversation.send(intent('HowToIntent', slots));
      expect(turn.text.startsWith(UNKNOWN)).toBe(true);
      expect(namesIn(turn.text).length).toBeGreaterThanOrEqual(2);
      expect(turn.ended).toBe(false);
      expect(turn.reprompt).not.toBeNull();
      expect(turn.session?.state).toEqual(before);
      const next = await conversation.send(intent('AMAZON.NextIntent'));
      expect(next.text).toContain(en.speech['hold.start']);
    });

    it('"let\'s do" an unknown stretch: "I don\'t know that one" with names to choose from, and a re-prompt', async () => {
      const turn = await new Conversation(handler).send(intent('StartExerciseIntent', slots));
      expect(turn.text.startsWith(UNKNOWN)).toBe(true);
      expect(turn.text).toContain(fill(en.messages['exercise.unknown'].split('{{')[0] ?? ''));
      expect(namesIn(turn.text).length).toBeGreaterThanOrEqual(2);
      expect(turn.ended).toBe(false);
      expect(turn.reprompt).not.toBeNull();
      expect(countingIn(turn.text)).toEqual([]);
    });
  });
});
