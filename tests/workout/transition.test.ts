import { EXERCISES } from '../../lambda/catalog/exercises';
import { ROUTINES } from '../../lambda/catalog/routines';
import { transition } from '../../lambda/workout/transition';
import { NEW_SESSION, type Outcome, type Session, type WorkoutEvent } from '../../lambda/workout/types';
import { context, holds, last, play, sayKeys, TURN_GAP_MS } from '../support/workout';

const stateOf = (outcome: Outcome) => outcome.session.state;
const exerciseOf = (outcome: Outcome) => {
  const state = outcome.session.state;
  return state.kind === 'exercising' || state.kind === 'paused' ? state.progress.exercises[state.progress.index] : undefined;
};
const T0 = 1_700_000_000_000;
const after = (events: WorkoutEvent[], start: Session = NEW_SESSION) => last(play(events, start, T0));
const next = (n: number): WorkoutEvent[] => Array.from({ length: n }, () => ({ type: 'next' }));

describe('launch and the routine', () => {
  test('launch welcomes, gives the disclaimer once, and starts the first exercise with its steps', () => {
    const launch = after([{ type: 'launch' }]);
    expect(sayKeys(launch.reply.cues).slice(0, 4)).toEqual(['welcome', 'disclaimer', 'routine.start', 'exercise.start']);
    expect(exerciseOf(launch)).toBe(ROUTINES.default[0]);
    expect(launch.reply.cues).toContainEqual({ type: 'steps', exercise: ROUTINES.default[0], version: 'standard' });
    expect(launch.reply.end).toBe(false);
    // The welcome and the steps fill the first response; the count starts once the user is in position.
    expect(holds(after([{ type: 'launch' }, { type: 'next' }]).reply.cues).length).toBeGreaterThan(0);
    expect(launch.session.settings.disclaimed).toBe(true);
    const again = after([{ type: 'launch' }, { type: 'startRoutine', routine: 'chair' }]);
    expect(sayKeys(again.reply.cues)).not.toContain('disclaimer');
  });

  test('"next" walks through every exercise of the routine in order, then ends with a summary', () => {
    const outcomes = play([{ type: 'launch' }, ...next(40)], NEW_SESSION, T0);
    const endAt = outcomes.findIndex((o) => o.reply.end);
    expect(endAt).toBeGreaterThan(0);
    const started = outcomes.slice(0, endAt).map(exerciseOf).filter((id, i, all) => id !== all[i - 1]);
    expect(started).toEqual(ROUTINES.default);
    const final = outcomes[endAt];
    expect(final?.reply.cues[0]).toEqual({ type: 'routineDone', stretches: ROUTINES.default.length });
    expect(final && sayKeys(final.reply.cues)).toEqual(['memory.firstDay', 'goodbye']);
  });

  test('"start the chair routine" runs the chair exercises', () => {
    expect(exerciseOf(after([{ type: 'startRoutine', routine: 'chair' }]))).toBe(ROUTINES.chair[0]);
  });
});

describe('pain', () => {
  const painAt = (events: WorkoutEvent[]) => after([{ type: 'launch' }, ...events, { type: 'pain' }]);

  test('"it hurts" stops at once and asks the red-flag question, counting nothing', () => {
    const pain = painAt([{ type: 'next' }]);
    expect(stateOf(pain)).toMatchObject({ kind: 'painCheck', step: 'redFlag' });
    expect(holds(pain.reply.cues)).toEqual([]);
    expect(pain.reply).toMatchObject({ end: false, prompt: { key: 'pain.redFlagQuestion' } });
    expect(pain.session.settings.painReports).toBe(1);
  });

  test('yes to the red-flag question ends the session with advice to get help now', () => {
    const yes = after([{ type: 'launch' }, { type: 'pain' }, { type: 'yes' }]);
    expect(yes.reply.end).toBe(true);
    expect(sayKeys(yes.reply.cues)).toEqual(['pain.redFlagAdvice']);
  });

  test('a red-flag symptom said at any time ends the session with advice', () => {
    for (const start of [[], [{ type: 'launch' }], [{ type: 'launch' }, { type: 'pause' }]] as WorkoutEvent[][]) {
      const out = after([...start, { type: 'redFlag' }]);
      expect(out.reply.end).toBe(true);
      expect(sayKeys(out.reply.cues)).toEqual(['pain.redFlagAdvice']);
    }
  });

  test('sharp pain skips this exercise and every other of the same movement type this session', () => {
    // After "next" the first exercise's steps have been read: the pain is that exercise's, not the welcome's.
    const events: WorkoutEvent[] = [{ type: 'startRoutine', routine: 'full' }, { type: 'next' }, { type: 'pain' }, { type: 'no' }, { type: 'no' }, { type: 'painKind', kind: 'sharp' }];
    const sharp = after(events);
    const hurt = ROUTINES.full[0];
    if (hurt === undefined) throw new Error('empty routine');
    expect(sharp.session.settings.avoid).toEqual([EXERCISES[hurt].movement]);
    expect(sayKeys(sharp.reply.cues)).toEqual(['pain.sharp']);
    const rest = play([...events, ...next(80)], NEW_SESSION, T0);
    const done = rest.slice(events.length).map(exerciseOf).filter((id) => id !== undefined);
    expect(done.length).toBeGreaterThan(0);
    expect(done.some((id) => EXERCISES[id].movement === EXERCISES[hurt].movement)).toBe(false);
    expect(rest.slice(events.length).some((o) => sayKeys(o.reply.cues).includes('exercise.leftOut'))).toBe(true);
  });

  test('mild pain offers a choice, and "gentler" reads the gentler version with shorter holds', () => {
    const start: WorkoutEvent = { type: 'startExercise', exercise: 'childs_pose' };
    const firstHold = holds(after([start]).reply.cues)[0];
    const mild = after([start, { type: 'pain' }, { type: 'no' }, { type: 'no' }, { type: 'painKind', kind: 'mild' }]);
    expect(stateOf(mild)).toMatchObject({ kind: 'painCheck', step: 'mildChoice' });
    expect(mild.session.settings.eased).toBe(true);
    const gentler = transition(mild.session, { type: 'gentler' }, context(T0 + 10 * TURN_GAP_MS));
    expect(gentler.reply.cues).toContainEqual(expect.objectContaining({ type: 'steps', version: 'gentler' }));
    const gentleHold = holds(gentler.reply.cues)[0];
    expect(gentleHold && firstHold && gentleHold.seconds < firstHold.seconds).toBe(true);
  });

  test('a second pain report in one session ends it with advice', () => {
    const second = after([{ type: 'launch' }, { type: 'pain' }, { type: 'no' }, { type: 'no' }, { type: 'painKind', kind: 'mild' }, { type: 'gentler' }, { type: 'pain' }]);
    expect(second.reply.end).toBe(true);
    expect(sayKeys(second.reply.cues)[0]).toBe('pain.again');
  });

  test('nothing is counted during the pain check until the user chooses to go on', () => {
    const check = after([{ type: 'launch' }, { type: 'pain' }]);
    const others: WorkoutEvent[] = [
      { type: 'next' }, { type: 'resume' }, { type: 'repeat' }, { type: 'startOver' }, { type: 'help' }, { type: 'slower' },
      { type: 'startRoutine', routine: 'full' }, { type: 'startExercise', exercise: 'cobra_stretch' }, { type: 'fallback' },
      { type: 'gentler' }, { type: 'skip' }, { type: 'pain' }, { type: 'painKind', kind: null },
    ];
    for (const event of others) {
      const out = transition(check.session, event, context(T0 + 5 * TURN_GAP_MS));
      expect(holds(out.reply.cues)).toEqual([]);
      // The question stands, or is asked once more in simpler words.
      expect(stateOf(out)).toMatchObject({ kind: 'painCheck', step: expect.stringMatching(/^redFlag(Again)?$/) });
    }
  });
});

describe('barge-in', () => {
  test('"pause" during rep three resumes at rep three, not at the start of the exercise', () => {
    const running = after([{ type: 'startExercise', exercise: 'childs_pose' }, ...next(1)]);
    const state = running.session.state;
    if (state.kind !== 'exercising') throw new Error(`expected exercising, got ${state.kind}`);
    const rep3 = state.delivered.marks.find((m) => m.cursor.rep === 3);
    if (!rep3) throw new Error('no rep three in this response');
    const during = state.delivered.at + (rep3.at + 1 + 2) * 1000;
    const paused = transition(running.session, { type: 'pause' }, context(during));
    expect(stateOf(paused)).toMatchObject({ kind: 'paused', resume: { rep: 3 } });
    const resumed = transition(paused.session, { type: 'resume' }, context(during + 60_000));
    const reps = resumed.reply.cues.flatMap((c) => (c.type === 'rep' ? [c.rep] : []));
    expect(reps[0]).toBe(3);
    expect(resumed.reply.cues.some((c) => c.type === 'steps')).toBe(false);
  });

  test('a request after the whole response was spoken is an answer, not a barge-in', () => {
    const running = after([{ type: 'startExercise', exercise: 'childs_pose' }, ...next(1)]);
    const state = running.session.state;
    if (state.kind !== 'exercising') throw new Error('expected exercising');
    const afterwards = state.delivered.at + (state.delivered.seconds + 5) * 1000;
    const paused = transition(running.session, { type: 'pause' }, context(afterwards));
    expect(stateOf(paused)).toMatchObject({ kind: 'paused', resume: state.next ?? {} });
  });
});

describe('how-to and single exercises', () => {
  test('a one-shot "how do I do cobra" explains it and ends the session', () => {
    const out = transition(NEW_SESSION, { type: 'howTo', exercise: 'cobra_stretch' }, context(T0, true));
    expect(out.reply.end).toBe(true);
    expect(out.reply.cues).toContainEqual({ type: 'explain', exercise: 'cobra_stretch', part: 'whole' });
  });

  test('asked during a routine, it answers and offers to carry on where the user was', () => {
    const out = after([{ type: 'launch' }, { type: 'howTo', exercise: 'cobra_stretch' }]);
    expect(stateOf(out)).toMatchObject({ kind: 'paused' });
    expect(out.reply).toMatchObject({ end: false, prompt: { key: 'prompt.paused' } });
    expect(holds(out.reply.cues)).toEqual([]);
  });

  test('an unknown exercise gets "I don\'t know that one" with names, and a prompt', () => {
    for (const event of [{ type: 'howTo', exercise: null }, { type: 'startExercise', exercise: null }] as WorkoutEvent[]) {
      const out = transition(NEW_SESSION, event, context(T0));
      expect(out.reply.end).toBe(false);
      expect(sayKeys(out.reply.cues)[0]).toMatch(/^exercise\.unknown/);
    }
  });

  test('"let\'s do cobra" mid-routine jumps to it, or slots it in when the routine lacks it', () => {
    expect(exerciseOf(after([{ type: 'launch' }, { type: 'startExercise', exercise: 'cobra_stretch' }]))).toBe('cobra_stretch');
    const inserted = after([{ type: 'launch' }, { type: 'startExercise', exercise: 'bridge_stretch' }]);
    const state = inserted.session.state;
    expect(state.kind === 'exercising' && state.progress.exercises).toEqual(['eagle_arms', 'bridge_stretch', ...ROUTINES.default.slice(1)]);
  });
});

describe('settings for the session', () => {
  test('"longer holds" makes the holds longer, but not after pain', () => {
    const plain = holds(after([{ type: 'startExercise', exercise: 'childs_pose' }, ...next(1)]).reply.cues)[0];
    const longer = holds(after([{ type: 'longerHolds' }, { type: 'startExercise', exercise: 'childs_pose' }, ...next(1)]).reply.cues)[0];
    expect(longer && plain && longer.seconds > plain.seconds).toBe(true);
    const eased = after([{ type: 'launch' }, { type: 'pain' }, { type: 'no' }, { type: 'no' }, { type: 'painKind', kind: 'mild' }, { type: 'skip' }, { type: 'longerHolds' }]);
    expect(sayKeys(eased.reply.cues)).toEqual(['settings.keepShort']);
    expect(eased.session.settings.longerHolds).toBe(false);
  });

  test('"how many are left" counts what remains of the routine', () => {
    const out = after([{ type: 'launch' }, { type: 'remaining' }]);
    const cue = out.reply.cues[0];
    expect(cue?.type === 'say' && cue.message).toMatchObject({ key: 'routine.remaining', params: { stretches: ROUTINES.default.length } });
  });

  test('stop ends the session and says how many stretches were done', () => {
    const out = after([{ type: 'launch' }, ...next(3), { type: 'stop' }]);
    expect(out.reply.end).toBe(true);
    expect(sayKeys(out.reply.cues)).toContain('goodbye');
  });
});
