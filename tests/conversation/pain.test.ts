/**
 * "Alexa, it hurts" (docs/pain-safety.md): stop, the emergency question, the urgent question, then sharp
 * or mild, each with its own way on; an unsure answer gets the question once more in simpler words, and a
 * second one the careful branch; a second report ends the session with the emergency sentence; a red flag
 * at any time ends it with advice to get help now. Nothing is counted again until the user chooses to go on.
 */
import { EXERCISE_IDS, EXERCISES, type ExerciseId } from '../../lambda/catalog/exercises';
import { handler } from '../../lambda/index';
import { alexaTest, timeline } from '../support/alexa-test';
import { plainText, ssmlOf } from '../../local/envelopes/response';
import { Conversation, intent, launch, storedSession, type SlotFill, type Turn } from '../support/skill';
import {
  countingIn,
  en,
  exerciseName,
  exerciseTexts,
  longestCount,
  message,
  repsSpoken,
  sentences,
} from '../support/speech';
import { PAIN_CHECK_STATES, reach, stateSkills, STATE_NAMES, type StateName } from '../support/states';

const skills = stateSkills(handler);
const pain = () => intent('PainIntent');
const no = () => intent('AMAZON.NoIntent');
const unsure = () => intent('UnsureIntent');
/** "If you get chest pain, trouble breathing... call nine one one right away." */
const EMERGENCY_SENTENCE = message('pain.emergencyIfSymptoms');
const painKind = (id: 'sharp' | 'mild') => intent('PainKindIntent', { painKind: { id } });
const startLine = (id: ExerciseId) => message('exercise.start', { exercise: exerciseName(id) });
/** "Please stop exercising and get medical help now." */
const GET_HELP_NOW = sentences(en.messages['pain.redFlagAdvice'])[0] ?? '';

function exerciseOf(turn: Turn): ExerciseId | null {
  const state = turn.session?.state;
  if (state?.kind !== 'exercising') return null;
  return state.progress.exercises[state.progress.index] ?? null;
}

/** Launch, then eagle arms' right side counted in full. */
async function midRoutine(): Promise<Conversation> {
  const conversation = new Conversation(handler);
  await conversation.send(launch());
  await conversation.send(intent('AMAZON.NextIntent'));
  return conversation;
}

function expectGetHelpNow(turn: Turn): void {
  expect(turn.ended).toBe(true);
  expect(turn.text).toContain(GET_HELP_NOW);
  expect(turn.text).toContain(en.speech.emergencyNumber);
  expect(countingIn(turn.text)).toEqual([]);
  expect(EXERCISE_IDS.filter((id) => turn.text.includes(startLine(id)))).toEqual([]);
  // No upsell, no question: the session is over.
  expect(turn.text).not.toContain('?');
}

describe('"it hurts" in the middle of a routine', () => {
  alexaTest(handler).test(
    timeline([
      { request: launch() },
      { request: intent('AMAZON.NextIntent') },
      {
        request: pain(),
        callback: (response) => {
          const text = plainText(ssmlOf(response.response.outputSpeech) ?? '');
          expect(text.startsWith(message('pain.stop'))).toBe(true);
          expect(text).toContain(message('pain.redFlagQuestion'));
          // The session closes after the reprompt: the reprompt itself says what to do about those symptoms.
          const reprompt = plainText(ssmlOf(response.response.reprompt?.outputSpeech) ?? '');
          expect(reprompt).toBe(message('pain.redFlagReprompt'));
          expect(reprompt).toContain(en.speech.emergencyNumber);
          expect(countingIn(text)).toEqual([]);
          const { state, settings } = storedSession(response);
          expect(state.kind === 'painCheck' && state.step).toBe('redFlag');
          expect(settings.painReports).toBe(1);
        },
      },
      {
        request: intent('AMAZON.YesIntent'),
        shouldEndSession: true,
        callback: (response) => {
          const text = plainText(ssmlOf(response.response.outputSpeech) ?? '');
          expect(text).toContain(GET_HELP_NOW);
          expect(text).toContain(en.speech.emergencyNumber);
          expect(countingIn(text)).toEqual([]);
          expect(response.sessionAttributes ?? {}).toEqual({});
        },
      },
    ]),
    'stops, asks the red-flag question; "yes" ends the session with advice to get help now and nine one one',
  );

  it('"yes" to the red-flag question: no further exercise of any kind', async () => {
    const conversation = await midRoutine();
    await conversation.send(pain());
    expectGetHelpNow(await conversation.send(intent('AMAZON.YesIntent')));
  });

  it('"no" to the emergency question asks about the urgent signs, then "no" asks sharp or stretch, counting nothing', async () => {
    const conversation = await midRoutine();
    await conversation.send(pain());
    const urgent = await conversation.send(no());
    expect(urgent.text).toContain(message('pain.urgentQuestion'));
    expect(urgent.reprompt).toBe(message('pain.urgentReprompt'));
    expect(countingIn(urgent.text)).toEqual([]);
    const asked = urgent.session?.state;
    expect(asked?.kind === 'painCheck' && asked.step).toBe('urgentFlag');
    const turn = await conversation.send(no());
    expect(turn.text).toContain(message('pain.kindQuestion'));
    expect(turn.reprompt).toBe(message('pain.kindSimpler'));
    expect(countingIn(turn.text)).toEqual([]);
    const state = turn.session?.state;
    expect(state?.kind === 'painCheck' && state.step).toBe('kind');
  });

  it.each([
    ['"chest pain" (a red-flag symptom named as the answer)', () => intent('RedFlagIntent')],
    ['"there\'s pain in my chest" (the pain intent, with the chest)', () => intent('PainIntent', { bodyPart: { id: 'chest' } })],
  ])('answering the emergency question with %s counts as yes', async (_label, answer) => {
    const conversation = await midRoutine();
    await conversation.send(pain());
    const turn = await conversation.send(answer());
    expectGetHelpNow(turn);
    expect(turn.text).not.toContain(message('pain.answerFirst'));
  });

  it('"my back hurts", with the body part, is a pain report like any other', async () => {
    const conversation = await midRoutine();
    const turn = await conversation.send(intent('PainIntent', { bodyPart: { id: 'upper_back' } }));
    expect(turn.text).toContain(message('pain.redFlagQuestion'));
    expect(countingIn(turn.text)).toEqual([]);
  });

  it('"yes" to the urgent question, or an urgent sign said outright, stops for today with the advice to get checked today', async () => {
    for (const answer of [() => [no(), intent('AMAZON.YesIntent')], () => [intent('UrgentSignIntent')]]) {
      const conversation = await midRoutine();
      await conversation.send(pain());
      let turn: Turn | undefined;
      for (const request of answer()) turn = await conversation.send(request);
      expect(turn?.ended).toBe(true);
      expect(turn?.text).toContain(message('pain.urgentAdvice'));
      expect(turn?.text).toContain(EMERGENCY_SENTENCE);
      expect(countingIn(turn?.text ?? '')).toEqual([]);
    }
  });

  it('"not sure" gets the question once more in simpler words; a second time takes the careful branch, never a third question', async () => {
    const conversation = await midRoutine();
    await conversation.send(pain());
    const again = await conversation.send(unsure());
    expect(again.text).toContain(message('pain.redFlagSimpler'));
    expect(again.text).not.toContain(message('pain.redFlagQuestion'));
    const careful = await conversation.send(unsure());
    expect(careful.ended).toBe(true);
    expect(careful.text).toContain(message('pain.carefulStop'));
    expect(careful.text).toContain(EMERGENCY_SENTENCE);
    expect(careful.text).not.toContain(message('pain.redFlagSimpler'));
    expect(careful.text).not.toContain(message('pain.redFlagQuestion'));
  });

  it('unsure about the urgent signs, twice, also stops for today; unsure whether it is sharp, twice, is taken as sharp', async () => {
    const urgent = await midRoutine();
    await urgent.send(pain());
    await urgent.send(no());
    expect((await urgent.send(unsure())).text).toContain(message('pain.urgentSimpler'));
    const careful = await urgent.send(unsure());
    expect(careful.ended).toBe(true);
    expect(careful.text).toContain(message('pain.carefulStop'));

    const kind = await midRoutine();
    await kind.send(pain());
    await kind.send(no());
    await kind.send(no());
    expect((await kind.send(unsure())).text).toContain(message('pain.kindSimpler'));
    const sharp = await kind.send(unsure());
    expect(sharp.text).toContain(message('pain.sharp'));
    expect(sharp.session?.settings.avoid).toContain(EXERCISES.eagle_arms.movement);
    expect(countingIn(sharp.text)).toEqual([]);
  });

  it('"it hurts" again during the pain check is the same episode: heard, and the question stands', async () => {
    const conversation = await midRoutine();
    await conversation.send(pain());
    const turn = await conversation.send(pain());
    expect(turn.ended).toBe(false);
    expect(turn.text).toContain(message('pain.heard'));
    expect(turn.text).toContain(message('pain.redFlagQuestion'));
    expect(turn.session?.settings.painReports).toBe(1);
  });

  it.each(['AMAZON.StopIntent', 'AMAZON.CancelIntent'])('%s during the pain check still says the emergency sentence before goodbye', async (name) => {
    const conversation = await midRoutine();
    await conversation.send(pain());
    const turn = await conversation.send(intent(name));
    expect(turn.ended).toBe(true);
    expect(turn.text).toContain(EMERGENCY_SENTENCE);
    expect(turn.text.indexOf(EMERGENCY_SENTENCE)).toBeLessThan(turn.text.indexOf(message('goodbye')));
    expect(turn.text).toContain(message('advice.lasting'));
    expect(countingIn(turn.text)).toEqual([]);
  });
});

describe('sharp pain', () => {
  /** The chair routine has two twists: sitting rotation, and later the seated spinal twist. */
  async function sharpDuringSittingRotation(): Promise<{ conversation: Conversation; offered: Turn }> {
    const conversation = new Conversation(handler);
    await conversation.send(intent('StartRoutineIntent', { routine: { id: 'chair' } }));
    const running = await conversation.send(intent('StartExerciseIntent', { exercise: { id: 'sitting_rotation' } }));
    expect(exerciseOf(running)).toBe('sitting_rotation');
    await conversation.send(pain());
    await conversation.send(no());
    await conversation.send(no());
    return { conversation, offered: await conversation.send(painKind('sharp')) };
  }
  const hurtMovement = EXERCISES.sitting_rotation.movement;

  it('skips the exercise, suggests a clinician if it does not settle, and offers one of a different movement', async () => {
    const { offered } = await sharpDuringSittingRotation();
    expect(offered.ended).toBe(false);
    expect(offered.text).toContain(message('pain.sharp'));
    expect(countingIn(offered.text)).toEqual([]);
    const named = EXERCISE_IDS.filter((id) => offered.text.includes(message('pain.sharpChoices', { exercise: exerciseName(id) })));
    expect(named).toHaveLength(1);
    const [next] = named as [ExerciseId];
    expect(EXERCISES[next].movement).not.toBe(hurtMovement);
    expect(offered.session?.settings.avoid).toContain(hurtMovement);
  });

  it('"next" goes on, and no exercise of the movement that hurt is counted for the rest of the session', async () => {
    const { conversation, offered } = await sharpDuringSittingRotation();
    let turn = offered;
    while (!turn.ended) {
      if (conversation.turns.length > 40) throw new Error('no end');
      turn = await conversation.send(intent('AMAZON.NextIntent'));
    }
    const after = conversation.turns.slice(conversation.turns.indexOf(offered) + 1);
    const avoided = EXERCISE_IDS.filter((id) => EXERCISES[id].movement === hurtMovement);
    for (const t of after) {
      expect(avoided.filter((id) => t.text.includes(startLine(id)))).toEqual([]);
      const id = exerciseOf(t);
      if (id !== null) expect({ id, movement: EXERCISES[id].movement }).not.toEqual({ id, movement: hurtMovement });
    }
    // The chair routine's later twist, the seated spinal twist, would have come next: it is never started.
    expect(after.some((t) => t.text.includes(startLine('seated_spinal_twist')))).toBe(false);
    // Something was still done: the head stretch, a forward fold.
    expect(after.some((t) => t.text.includes(startLine('head_stretch')))).toBe(true);
    expect(turn.text).toContain(message('advice.lasting'));
  });

  it('asking for an avoided exercise, or going back to it, counts nothing of that movement', async () => {
    const { conversation } = await sharpDuringSittingRotation();
    const next = await conversation.send(intent('AMAZON.NextIntent'));
    expect(exerciseOf(next)).toBe('head_stretch');
    const asked = await conversation.send(intent('StartExerciseIntent', { exercise: { id: 'seated_spinal_twist' } }));
    expect(asked.text).toContain(message('exercise.avoided', { exercise: exerciseName('seated_spinal_twist') }));
    expect(countingIn(asked.text)).toEqual([]);
    const back = await conversation.send(intent('AMAZON.PreviousIntent'));
    expect(exerciseOf(back)).not.toBe('sitting_rotation');
    expect(back.text).not.toContain(startLine('sitting_rotation'));
  });

  it('when nothing of another movement is left, the session ends with the advice', async () => {
    const conversation = new Conversation(handler);
    await conversation.send(intent('StartExerciseIntent', { exercise: { id: 'cobra_stretch' } }));
    await conversation.send(pain());
    await conversation.send(no());
    await conversation.send(no());
    const turn = await conversation.send(painKind('sharp'));
    expect(turn.ended).toBe(true);
    expect(turn.text).toContain(message('pain.sharp'));
    expect(turn.text).toContain(message('advice.lasting'));
    expect(countingIn(turn.text)).toEqual([]);
  });
});

describe('mild pain, or a strong stretch', () => {
  async function mild(): Promise<{ conversation: Conversation; before: Turn; choices: Turn }> {
    const conversation = await midRoutine();
    const before = conversation.last;
    await conversation.send(pain());
    await conversation.send(no());
    await conversation.send(no());
    return { conversation, before, choices: await conversation.send(painKind('mild')) };
  }

  it('eases off and offers the gentler version, a skip or a stop', async () => {
    const { choices } = await mild();
    expect(choices.ended).toBe(false);
    expect(choices.text).toContain(message('pain.mild'));
    expect(choices.text).toContain(message('pain.mildChoices', { exercise: exerciseName('eagle_arms') }));
    expect(choices.reprompt).toBe(message('reprompt.mildChoices'));
    expect(countingIn(choices.text)).toEqual([]);
    expect(choices.session?.settings.eased).toBe(true);
  });

  it('"gentler" reads the gentler version and counts shorter holds than before', async () => {
    const { conversation, before, choices } = await mild();
    expect(choices.session?.state.kind).toBe('painCheck');
    const gentler = await conversation.send(intent('GentlerIntent'));
    expect(gentler.text).toContain(message('gentler.start', { exercise: exerciseName('eagle_arms') }));
    for (const step of exerciseTexts.eagle_arms.gentler) expect(gentler.text).toContain(step);
    const standardOnly = exerciseTexts.eagle_arms.steps.filter((step) => !exerciseTexts.eagle_arms.gentler.includes(step));
    expect(standardOnly.length).toBeGreaterThan(0);
    for (const step of standardOnly) expect(gentler.text).not.toContain(step);
    const was = longestCount(before.text);
    expect(was).toBe(EXERCISES.eagle_arms.phases[0]?.seconds);
    const now = longestCount(gentler.text);
    expect(now).toBeGreaterThan(1);
    expect(now).toBeLessThan(was);
  });

  it('holds stay shorter and reps fewer for the rest of the session', async () => {
    const { conversation } = await mild();
    await conversation.send(intent('GentlerIntent'));
    let turn = await conversation.send(intent('AMAZON.NextIntent'));
    expect(exerciseOf(turn)).toBe('sitting_rotation');
    const texts: string[] = [];
    while (exerciseOf(turn) === 'sitting_rotation') {
      texts.push(turn.text);
      turn = await conversation.send(intent('AMAZON.NextIntent'));
    }
    const text = texts.join(' ');
    const { reps, phases } = EXERCISES.sitting_rotation;
    expect(longestCount(text)).toBeGreaterThan(1);
    expect(longestCount(text)).toBeLessThan(phases[0]?.seconds ?? 0);
    const totals = repsSpoken(text).map(([, total]) => total);
    expect(totals.length).toBeGreaterThan(0);
    for (const total of totals) expect(total).toBeLessThan(reps);
  });

  it('"skip" moves to the next exercise, with shorter holds', async () => {
    const { conversation } = await mild();
    const turn = await conversation.send(intent('SkipIntent'));
    expect(turn.text).toContain(startLine('sitting_rotation'));
    expect(turn.text).not.toContain(exerciseTexts.eagle_arms.gentler[0]);
    expect(longestCount(turn.text)).toBeLessThan(EXERCISES.sitting_rotation.phases[0]?.seconds ?? 0);
  });

  it('"stop" ends the session for today, with the advice on lasting pain', async () => {
    const { conversation } = await mild();
    const turn = await conversation.send(intent('AMAZON.StopIntent'));
    expect(turn.ended).toBe(true);
    expect(turn.text).toContain(message('advice.lasting'));
    expect(countingIn(turn.text)).toEqual([]);
  });

  it('a second pain report in the session ends it with advice to see a clinician first', async () => {
    const { conversation } = await mild();
    await conversation.send(intent('GentlerIntent'));
    const turn = await conversation.send(pain());
    expect(turn.ended).toBe(true);
    expect(turn.text).toContain(message('pain.again'));
    // Not ended without it: what to do if an emergency sign comes, before goodbye.
    expect(turn.text).toContain(EMERGENCY_SENTENCE);
    expect(turn.text).toContain(message('advice.lasting'));
    expect(turn.text).not.toContain(message('pain.redFlagQuestion'));
    expect(countingIn(turn.text)).toEqual([]);
  });

  it('a second report put as "it\'s a sharp pain" (outside the pain check) also ends the session', async () => {
    const { conversation } = await mild();
    await conversation.send(intent('SkipIntent'));
    const turn = await conversation.send(painKind('sharp'));
    expect(turn.ended).toBe(true);
    expect(turn.text).toContain(message('pain.again'));
  });
});

describe('pain reported when no routine is running', () => {
  async function mildWhileIdle(): Promise<Conversation> {
    const conversation = new Conversation(handler);
    await conversation.send(intent('ListExercisesIntent'));
    await conversation.send(pain());
    await conversation.send(no());
    await conversation.send(no());
    const offer = await conversation.send(painKind('mild'));
    expect(offer.text).toContain(message('pain.mildChoicesNoRoutine'));
    return conversation;
  }

  it('mild: "gentler" starts a gentle routine with shorter holds', async () => {
    const conversation = await mildWhileIdle();
    const turn = await conversation.send(intent('GentlerIntent'));
    expect(turn.text).toContain(message('pain.gentleRoutine'));
    expect(turn.session?.state.kind).toBe('exercising');
  });

  // The offer without a routine is a yes/no question ("Say yes, or say stop"): yes must be an answer.
  it('mild: "yes", as the offer asks, starts the gentle routine', async () => {
    const conversation = await mildWhileIdle();
    const turn = await conversation.send(intent('AMAZON.YesIntent'));
    expect(turn.text).not.toContain(message('pain.answerFirst'));
    expect(turn.text).toContain(message('pain.gentleRoutine'));
    expect(turn.session?.state.kind).toBe('exercising');
  });

  it('sharp: nothing to go on with, so the session ends with the advice', async () => {
    const conversation = new Conversation(handler);
    await conversation.send(intent('ListExercisesIntent'));
    await conversation.send(pain());
    await conversation.send(no());
    await conversation.send(no());
    const turn = await conversation.send(painKind('sharp'));
    expect(turn.ended).toBe(true);
    expect(turn.text).toContain(message('pain.sharp'));
    expect(turn.text).toContain(message('advice.lasting'));
  });
});

describe('a red flag said outright ends the session with advice to get help now, in every state', () => {
  it.each(STATE_NAMES)('%s', async (name: StateName) => {
    const conversation = await reach(skills, name);
    expectGetHelpNow(await conversation.send(intent('RedFlagIntent')));
  });
});

describe('after "it hurts", nothing is counted until the user chooses how to go on', () => {
  type Say = readonly [string, Readonly<Record<string, SlotFill>>?];
  /** Requests that are no answer to the pain check's question, whatever its step. */
  const NOT_AN_ANSWER: readonly Say[] = [
    ['AMAZON.FallbackIntent'],
    ['SlowerIntent'],
    ['LongerHoldsIntent'],
    ['AMAZON.StartOverIntent'],
    ['AMAZON.PreviousIntent'],
    ['AMAZON.PauseIntent'],
    ['RemainingIntent'],
    ['ListExercisesIntent'],
    ['HowToIntent', { exercise: { id: 'cobra_stretch' } }],
    ['SomeIntentThisSkillDoesNotHave'],
  ];
  /** Before the safety questions are answered, even a request to go on is not an answer. */
  const BEFORE_SCREENING: readonly Say[] = [
    ...NOT_AN_ANSWER,
    ['UnsureIntent'],
    ['AMAZON.NextIntent'],
    ['AMAZON.ResumeIntent'],
    ['SkipIntent'],
    ['GentlerIntent'],
    ['StartExerciseIntent', { exercise: { id: 'cat_stretch' } }],
    ['StartRoutineIntent', { routine: { id: 'chair' } }],
    ['StartRoutineIntent'],
    ['PainKindIntent'],
  ];
  /** Each safety question, and what it becomes after one answer that does not answer it. */
  const QUESTIONS: readonly (readonly [StateName, StateName])[] = [
    ['pain check: red-flag question', 'pain check: red-flag question, asked again'],
    ['pain check: urgent signs?', 'pain check: urgent signs, asked again'],
    ['pain check: sharp or stretch?', 'pain check: sharp or stretch, asked again'],
  ];

  it.each(QUESTIONS.flatMap(([question, again]) => BEFORE_SCREENING.map((say) => [question, again, say] as const)))(
    '%s, then %s on %j: no counting, the question once more in simpler words',
    async (question, again, [intentName, slots]) => {
      const conversation = await reach(skills, question);
      const turn = await conversation.send(intent(intentName, slots ?? {}));
      expect(countingIn(turn.text)).toEqual([]);
      expect(turn.ended).toBe(false);
      const expected = (await reach(skills, again)).last.session?.state;
      expect(turn.session?.state).toEqual(expected);
    },
  );

  it.each(QUESTIONS.map(([, again]) => again))('%s, then another non-answer: never the same question a third time, and no counting', async (again) => {
    const conversation = await reach(skills, again);
    const asked = conversation.last.text;
    const turn = await conversation.send(intent('AMAZON.FallbackIntent'));
    expect(countingIn(turn.text)).toEqual([]);
    const question = sentences(asked).find((sentence) => sentence.endsWith('?')) ?? asked;
    expect(turn.text).not.toContain(question);
  });

  it.each(QUESTIONS.flatMap(([question, again]) => [question, again]).flatMap((name) => [[name, 'AMAZON.RepeatIntent'], [name, 'AMAZON.HelpIntent']] as const))(
    '%s, then %s: the question stands',
    async (name, intentName) => {
      const conversation = await reach(skills, name);
      const before = conversation.last.session?.state;
      const turn = await conversation.send(intent(intentName));
      expect(countingIn(turn.text)).toEqual([]);
      expect(turn.session?.state).toEqual(before);
    },
  );

  const CHOICES: readonly StateName[] = ['pain check: mild, gentler / skip / stop?', 'pain check: sharp, go on or stop?'];
  const NOT_A_CHOICE: readonly Say[] = [...NOT_AN_ANSWER, ['AMAZON.RepeatIntent'], ['AMAZON.HelpIntent'], ['UnsureIntent']];
  it.each(CHOICES.flatMap((name) => NOT_A_CHOICE.map((say) => [name, say] as const)))(
    '%s, then %j: no counting, the choice stands',
    async (name, [intentName, slots]) => {
      const conversation = await reach(skills, name);
      const before = conversation.last.session?.state;
      const turn = await conversation.send(intent(intentName, slots ?? {}));
      expect(countingIn(turn.text)).toEqual([]);
      expect(turn.ended).toBe(false);
      expect(turn.session?.state).toEqual(before);
    },
  );

  it('covers every pain-check state', () => {
    const covered = new Set([...QUESTIONS.flat(), ...CHOICES]);
    expect(covered).toEqual(new Set(PAIN_CHECK_STATES.filter((name) => name !== 'pain check: mild, with no routine running')));
  });
});

describe('words the model could not place, during an exercise', () => {
  it('stop the counting and ask whether something hurt; "resume" goes on where it stopped', async () => {
    const conversation = await midRoutine();
    const turn = await conversation.send(intent('AMAZON.FallbackIntent'), { after: 5 });
    expect(turn.text).toContain(message('prompt.didSomethingHurt'));
    expect(turn.text).not.toBe(message('fallback'));
    expect(turn.reprompt).toBe(message('reprompt.didSomethingHurt'));
    expect(countingIn(turn.text)).toEqual([]);
    expect(turn.session?.state.kind).toBe('paused');
    const resumed = await conversation.send(intent('AMAZON.ResumeIntent'));
    expect(countingIn(resumed.text).length).toBeGreaterThan(0);
  });

  it('when no routine is running, they get the plain "sorry, I didn\'t catch that"', async () => {
    const conversation = new Conversation(handler);
    await conversation.send(intent('ListExercisesIntent'));
    const turn = await conversation.send(intent('AMAZON.FallbackIntent'));
    expect(turn.text).toContain(message('fallback'));
    expect(turn.text).not.toContain(message('prompt.didSomethingHurt'));
  });
});

describe('pain before any stretch', () => {
  /** "My back hurts" a few seconds into the welcome, before the first exercise's count. */
  async function duringWelcome(): Promise<Conversation> {
    const conversation = new Conversation(handler);
    await conversation.send(launch());
    const turn = await conversation.send(pain(), { after: 6 });
    expect(turn.text).toContain(message('pain.redFlagQuestion'));
    return conversation;
  }

  it('is screened the same way, and is not remembered against the first exercise', async () => {
    const conversation = await duringWelcome();
    expect(conversation.last.session?.log.hurt).toEqual([]);
    const state = conversation.last.session?.state;
    expect(state?.kind === 'painCheck' && state.progress).toBeNull();
  });

  it('mild: offers the gentle seated routine instead, and "yes" starts it with shorter holds', async () => {
    const conversation = await duringWelcome();
    await conversation.send(no());
    await conversation.send(no());
    const offer = await conversation.send(painKind('mild'));
    expect(offer.text).toContain(message('pain.mildChoicesNoRoutine'));
    const turn = await conversation.send(intent('AMAZON.YesIntent'));
    expect(turn.text).toContain(message('pain.gentleRoutine'));
    const started = turn.session?.state;
    expect(started?.kind === 'exercising' && started.progress.routine).toBe('chair');
    expect(turn.session?.settings.eased).toBe(true);
  });
});
