/**
 * Barge-in: "Alexa, pause" or "Alexa, it hurts" said while a long counting response is being spoken. The
 * skill stores each response's rep start times (`delivered.marks`) and the time of the request it answered
 * (`delivered.at`); the next request's timestamp tells it which rep was playing, and it resumes there.
 * Requests here are stamped at chosen offsets into the response, as Alexa would stamp a real barge-in.
 */
import { EXERCISES, type ExerciseId } from '../../lambda/catalog/exercises';
import { handler } from '../../lambda/index';
import { SPEECH_START_DELAY_SECONDS } from '../../lambda/workout/barge-in';
import type { Delivered, WorkoutState } from '../../lambda/workout/types';
import { Conversation, intent, launch, type Turn } from '../support/skill';
import { exerciseName, exerciseTexts, message, repPrefix, repsSpoken } from '../support/speech';

type Exercising = Extract<WorkoutState, { kind: 'exercising' }>;

function exercising(turn: Turn): Exercising {
  const state = turn.session?.state;
  if (state?.kind !== 'exercising') throw new Error(`Expected a counting response, the state is ${state?.kind}`);
  return state;
}

/** The request time (epoch ms) at `fraction` of the way through rep `rep` of a delivered response. */
function during(delivered: Delivered, rep: number, fraction = 0.5): number {
  const index = delivered.marks.findIndex((mark) => mark.cursor.rep === rep);
  const mark = delivered.marks[index];
  if (mark === undefined) throw new Error(`Rep ${rep} is not in this response (marks: ${JSON.stringify(delivered.marks)})`);
  const end = delivered.marks[index + 1]?.at ?? delivered.seconds;
  return Math.round(delivered.at + (SPEECH_START_DELAY_SECONDS + mark.at + (end - mark.at) * fraction) * 1000);
}

/** A request time after the whole counted part was heard, while or after the prompt plays. */
function afterAll(delivered: Delivered, extraSeconds = 3): number {
  return Math.round(delivered.at + (SPEECH_START_DELAY_SECONDS + delivered.seconds + extraSeconds) * 1000);
}

/** The standard steps that the gentler version does not share. */
const standardOnly = (id: ExerciseId) => exerciseTexts[id].steps.filter((step) => !exerciseTexts[id].gentler.includes(step));

/** Child's pose on its own: the first response reads the steps and counts rep one, the second counts reps two to five. */
async function childsPoseRepsTwoToFive(): Promise<{ conversation: Conversation; counting: Exercising }> {
  const conversation = new Conversation(handler);
  await conversation.send(intent('StartExerciseIntent', { exercise: { id: 'childs_pose' } }));
  const counting = exercising(await conversation.send(intent('AMAZON.NextIntent')));
  expect(counting.delivered.marks.map((mark) => mark.cursor.rep)).toEqual([2, 3, 4, 5]);
  return { conversation, counting };
}

/**
 * The cat stretch in the default routine (the disclaimer already given at launch): one response reads the
 * steps and counts reps one to three.
 */
async function catStretchInRoutine(): Promise<{ conversation: Conversation; counting: Exercising }> {
  const conversation = new Conversation(handler);
  await conversation.send(launch());
  const counting = exercising(await conversation.send(intent('StartExerciseIntent', { exercise: { id: 'cat_stretch' } })));
  expect(counting.delivered.from.rep).toBe(0);
  expect(counting.delivered.marks.map((mark) => mark.cursor.rep)).toEqual([1, 2, 3]);
  return { conversation, counting };
}

/** Expects a response that picks up mid-exercise at rep `rep`: no steps, no rep before it. */
function expectStartsAtRep(turn: Turn, id: ExerciseId, rep: number): void {
  const reps = repsSpoken(turn.text);
  expect(reps[0]?.[0]).toBe(rep);
  expect(turn.text).toContain(repPrefix(rep));
  expect(reps.filter(([n]) => n < rep)).toEqual([]);
  expect(turn.text).not.toContain(message('exercise.start', { exercise: exerciseName(id) }));
  for (const step of standardOnly(id)) expect(turn.text).not.toContain(step);
}

describe('"pause" during a counting response, then "resume"', () => {
  it.each([2, 3, 4, 5])('paused during rep %i of child\'s pose: resumes at that rep', async (rep) => {
    const { conversation, counting } = await childsPoseRepsTwoToFive();
    const paused = await conversation.send(intent('AMAZON.PauseIntent'), { at: during(counting.delivered, rep) });
    expect(paused.session?.state).toMatchObject({ kind: 'paused', resume: { side: 0, rep } });
    expect(repsSpoken(paused.text)).toEqual([]);
    const resumed = await conversation.send(intent('AMAZON.ResumeIntent'));
    expect(resumed.text.startsWith(message('nav.pickingUp', { exercise: exerciseName('childs_pose') }))).toBe(true);
    expectStartsAtRep(resumed, 'childs_pose', rep);
  });

  it('early or late in the rep-three window, it is still rep three', async () => {
    for (const fraction of [0.05, 0.95]) {
      const { conversation, counting } = await childsPoseRepsTwoToFive();
      await conversation.send(intent('AMAZON.PauseIntent'), { at: during(counting.delivered, 3, fraction) });
      expectStartsAtRep(await conversation.send(intent('AMAZON.ResumeIntent')), 'childs_pose', 3);
    }
  });

  it('in a response that also read the steps (cat stretch), resume picks up at rep three, steps not read again', async () => {
    const { conversation, counting } = await catStretchInRoutine();
    await conversation.send(intent('AMAZON.PauseIntent'), { at: during(counting.delivered, 3) });
    expectStartsAtRep(await conversation.send(intent('AMAZON.ResumeIntent')), 'cat_stretch', 3);
  });
});

describe('"it hurts" during a counting response', () => {
  async function hurtAtRepThree(): Promise<Conversation> {
    const { conversation, counting } = await childsPoseRepsTwoToFive();
    const stopped = await conversation.send(intent('PainIntent'), { at: during(counting.delivered, 3) });
    expect(stopped.session?.state).toMatchObject({ kind: 'painCheck', step: 'redFlag', resume: { rep: 3 } });
    expect(repsSpoken(stopped.text)).toEqual([]);
    await conversation.send(intent('AMAZON.NoIntent'));
    await conversation.send(intent('AMAZON.NoIntent'));
    await conversation.send(intent('PainKindIntent', { painKind: { id: 'mild' } }));
    return conversation;
  }

  it('no -> mild -> "gentler": the gentler version picks up at rep three, not from rep one', async () => {
    const conversation = await hurtAtRepThree();
    const gentler = await conversation.send(intent('GentlerIntent'));
    expect(gentler.text).toContain(message('gentler.start', { exercise: exerciseName('childs_pose') }));
    for (const step of exerciseTexts.childs_pose.gentler) expect(gentler.text).toContain(step);
    expectStartsAtRep(gentler, 'childs_pose', 3);
  });

  it('no -> mild -> "resume": the same, at rep three', async () => {
    const conversation = await hurtAtRepThree();
    expectStartsAtRep(await conversation.send(intent('AMAZON.ResumeIntent')), 'childs_pose', 3);
  });
});

describe('other requests that cut a counting response short keep the rep', () => {
  it('"how do I do cobra" during rep three: explained, and resume goes back to rep three', async () => {
    const { conversation, counting } = await childsPoseRepsTwoToFive();
    const explained = await conversation.send(intent('HowToIntent', { exercise: { id: 'cobra_stretch' } }), {
      at: during(counting.delivered, 3),
    });
    expect(explained.text).toContain(exerciseTexts.cobra_stretch.steps[0]);
    expect(repsSpoken(explained.text)).toEqual([]);
    if (explained.session?.state.kind === 'explaining') expect(explained.text).toMatch(/say resume/i);
    expectStartsAtRep(await conversation.send(intent('AMAZON.ResumeIntent')), 'childs_pose', 3);
  });

  it('"slower" during rep three: acknowledged, and rep three starts again at the new pace', async () => {
    const { conversation, counting } = await childsPoseRepsTwoToFive();
    const slower = await conversation.send(intent('SlowerIntent'), { at: during(counting.delivered, 3) });
    expect(slower.text.startsWith(message('settings.slower'))).toBe(true);
    expectStartsAtRep(slower, 'childs_pose', 3);
    expect(slower.session?.settings.slow).toBe(true);
  });
});

describe('the same requests after the whole response was heard do not rewind', () => {
  it('pause after reps two to five of child\'s pose, in a routine: resume goes on to the next exercise', async () => {
    const conversation = new Conversation(handler);
    await conversation.send(launch());
    await conversation.send(intent('StartExerciseIntent', { exercise: { id: 'childs_pose' } }));
    const counting = exercising(await conversation.send(intent('AMAZON.NextIntent')));
    expect(counting.delivered.marks.map((mark) => mark.cursor.rep)).toEqual([2, 3, 4, 5]);
    const next = counting.progress.exercises[counting.progress.index + 1] as ExerciseId;
    await conversation.send(intent('AMAZON.PauseIntent'), { at: afterAll(counting.delivered) });
    const resumed = await conversation.send(intent('AMAZON.ResumeIntent'));
    expect(repsSpoken(resumed.text).filter(([, total]) => total === EXERCISES.childs_pose.reps)).toEqual([]);
    expect(resumed.text).toContain(message('exercise.start', { exercise: exerciseName(next) }));
    expect(exercising(resumed).progress.exercises[exercising(resumed).progress.index]).toBe(next);
  });

  it('pause after reps one to three of the cat stretch: resume starts at rep four', async () => {
    const { conversation, counting } = await catStretchInRoutine();
    await conversation.send(intent('AMAZON.PauseIntent'), { at: afterAll(counting.delivered) });
    expectStartsAtRep(await conversation.send(intent('AMAZON.ResumeIntent')), 'cat_stretch', 4);
  });

  it('"it hurts" after the response: gentler picks up where the next response would have, not at rep three', async () => {
    const { conversation, counting } = await catStretchInRoutine();
    const { next } = counting;
    expect(next?.rep).toBe(4);
    const stopped = await conversation.send(intent('PainIntent'), { at: afterAll(counting.delivered) });
    expect(stopped.session?.state).toMatchObject({ kind: 'painCheck', resume: next });
    await conversation.send(intent('AMAZON.NoIntent'));
    await conversation.send(intent('AMAZON.NoIntent'));
    await conversation.send(intent('PainKindIntent', { painKind: { id: 'mild' } }));
    const gentler = await conversation.send(intent('GentlerIntent'));
    expect(repsSpoken(gentler.text)[0]?.[0]).toBe(next?.rep);
    expect(gentler.text).not.toContain(repPrefix(3));
  });

  it('just inside the prompt (a second past the counted part) is not a barge-in either', async () => {
    const { conversation, counting } = await childsPoseRepsTwoToFive();
    const paused = await conversation.send(intent('AMAZON.PauseIntent'), { at: afterAll(counting.delivered, 0.5) });
    expect(paused.session?.state.kind === 'paused' && paused.session.state.resume.rep).not.toBe(3);
  });

  // The speech estimate can run a fifth longer than the voice: the real response may already be over.
  it('"continue" in the last part of the estimated response goes on, instead of repeating the rep just finished', async () => {
    const { conversation, counting } = await catStretchInRoutine();
    const nearTheEnd = afterAll(counting.delivered, -counting.delivered.seconds * 0.1);
    const resumed = await conversation.send(intent('AMAZON.ResumeIntent'), { at: nearTheEnd });
    expectStartsAtRep(resumed, 'cat_stretch', 4);
  });

  it('"pause" at the same moment still pauses at the rep that may be playing', async () => {
    const { conversation, counting } = await catStretchInRoutine();
    const nearTheEnd = afterAll(counting.delivered, -counting.delivered.seconds * 0.1);
    const paused = await conversation.send(intent('AMAZON.PauseIntent'), { at: nearTheEnd });
    expect(paused.session?.state).toMatchObject({ kind: 'paused', resume: { rep: 3 } });
  });
});

describe('"next" and "let\'s go" mean go on', () => {
  it('"next" said over the steps starts the count at rep one, instead of skipping the reps of that response', async () => {
    // One response reads the cat stretch's steps and counts reps one to three; "next" comes during the steps.
    const { conversation, counting } = await catStretchInRoutine();
    const firstRep = counting.delivered.marks[0]?.at ?? 0;
    const next = await conversation.send(intent('AMAZON.NextIntent'), { at: counting.delivered.at + (SPEECH_START_DELAY_SECONDS + firstRep / 2) * 1000 });
    expect(exercising(next).delivered.from).toEqual({ side: 0, rep: 1, heldSeconds: 0 });
    expectStartsAtRep(next, 'cat_stretch', 1);
  });

  it('"let\'s go" during a routine goes on with it, instead of starting it again from the first stretch', async () => {
    const conversation = new Conversation(handler);
    await conversation.send(launch());
    const rightSide = exercising(await conversation.send(intent('AMAZON.NextIntent')));
    const goOn = await conversation.send(intent('StartRoutineIntent'));
    expect(goOn.text).not.toContain(message('nav.fromTheTop'));
    expect(exercising(goOn).delivered.from).toEqual(rightSide.next);
  });

  it('"start the chair routine", by name, still starts that routine', async () => {
    const conversation = new Conversation(handler);
    await conversation.send(launch());
    const chair = await conversation.send(intent('StartRoutineIntent', { routine: { id: 'chair' } }));
    expect(exercising(chair).progress.routine).toBe('chair');
  });
});
