/**
 * A whole default routine, as a user does it: "Alexa, start my back stretches", then "next" after each
 * response until the skill says goodbye. Turns are 200 s apart, so every response was heard in full and
 * no "next" is a barge-in.
 */
import { EXERCISES, sidesOf, type ExerciseId } from '../../lambda/catalog/exercises';
import { ROUTINES, ROUTINE_IDS, type RoutineId } from '../../lambda/catalog/routines';
import { handler } from '../../lambda/index';
import { Conversation, intent, launch, type Turn } from '../support/skill';
import {
  countedHolds,
  en,
  exerciseName,
  exerciseTexts,
  fill,
  message,
  numberWord,
  repLine,
  repsSpoken,
  sentences,
} from '../support/speech';

/** Longest conversation we accept before calling it a loop. */
const MAX_TURNS = 80;

async function runRoutine(start: (c: Conversation) => Promise<Turn>): Promise<Turn[]> {
  const conversation = new Conversation(handler);
  let turn = await start(conversation);
  while (!turn.ended) {
    if (conversation.turns.length > MAX_TURNS) throw new Error(`No end after ${MAX_TURNS} turns: "${turn.text}"`);
    turn = await conversation.send(intent('AMAZON.NextIntent'));
  }
  return conversation.turns;
}

/** The exercise a counting response was about, from the session the skill stored with it. */
function exerciseOf(turn: Turn): ExerciseId | null {
  const state = turn.session?.state;
  if (state?.kind !== 'exercising') return null;
  return state.progress.exercises[state.progress.index] ?? null;
}

const startLine = (id: ExerciseId) => message('exercise.start', { exercise: exerciseName(id) });
const stretches = (n: number) => fill(en.speech.stretches_other, { n: numberWord(n) });

function sideLine(id: ExerciseId, side: 'right' | 'left'): string {
  return exerciseTexts[id].sides?.[side] ?? fill(en.speech['side.generic'], { side: en.speech[`sideName.${side}`] });
}

describe('the default routine from launch to goodbye', () => {
  const routine = ROUTINES.default;
  let turns: Turn[];
  const openTurns = () => turns.slice(0, -1);
  const lastTurn = () => turns[turns.length - 1] as Turn;
  const turnsOf = (id: ExerciseId) => turns.filter((turn) => exerciseOf(turn) === id);

  beforeAll(async () => {
    turns = await runRoutine((c) => c.send(launch()));
  });

  it('launch opens with the welcome and the disclaimer, and the routine starts right away', () => {
    const [first] = turns;
    expect(first?.text.startsWith(message('welcome'))).toBe(true);
    expect(first?.text).toContain(message('disclaimer'));
    expect(first?.text).toContain(fill(en.messages['routine.start'].split('{{stretches}}')[0] ?? '', { routine: en.routines.default }));
    expect(first?.text).toContain(startLine(routine[0] as ExerciseId));
    expect(first?.ended).toBe(false);
  });

  it('gives the disclaimer once in the session', () => {
    expect(turns.filter((turn) => turn.text.includes(message('disclaimer')))).toHaveLength(1);
  });

  it('starts each exercise of ROUTINES.default once, in order, reading its steps first', () => {
    const started = turns.flatMap((turn) => routine.filter((id) => turn.text.includes(startLine(id))));
    expect(started).toEqual([...routine]);
    for (const id of routine) {
      const opening = turns.find((turn) => turn.text.includes(startLine(id)));
      const text = opening?.text ?? '';
      expect(text).toContain(exerciseTexts[id].needs);
      for (const step of exerciseTexts[id].steps) expect(text).toContain(step);
      // Steps come before any counting.
      const firstHold = text.indexOf(en.speech['hold.start']);
      if (firstHold >= 0) expect(text.indexOf(exerciseTexts[id].steps[0] ?? '')).toBeLessThan(firstHold);
    }
  });

  it('counts every hold out loud, "Hold." then "two" "three" up to the hold length', () => {
    for (const id of routine) {
      const [phase, ...others] = EXERCISES[id].phases;
      if (phase === undefined || others.length > 0) continue; // the cat stretch moves rather than holds
      const holds = turnsOf(id).flatMap((turn) => countedHolds(turn.text));
      expect({ id, holds: holds.length }).toEqual({ id, holds: EXERCISES[id].reps * sidesOf(EXERCISES[id]).length });
      for (const counts of holds) {
        expect({ id, start: counts.slice(0, 2) }).toEqual({ id, start: [2, 3] });
        expect({ id, end: counts[counts.length - 1] }).toEqual({ id, end: phase.seconds });
        expect(counts).toEqual([...counts].sort((a, b) => a - b));
      }
    }
  });

  it('calls both movements of each rep of the cat stretch', () => {
    const cues = exerciseTexts.cat_stretch.cues ?? {};
    const text = turnsOf('cat_stretch').map((turn) => turn.text).join(' ');
    for (const cue of [cues.round, cues.arch]) {
      expect(cue).toBeDefined();
      expect(text.split(cue ?? '').length - 1).toBe(EXERCISES.cat_stretch.reps);
    }
  });

  it('announces each rep ("Rep two of three") of every side, in order, never twice', () => {
    expect(turns.some((turn) => turn.text.includes(repLine(2, 3)))).toBe(true);
    for (const id of routine) {
      const { reps } = EXERCISES[id];
      const expected = reps > 1 ? sidesOf(EXERCISES[id]).flatMap(() => Array.from({ length: reps }, (_, i) => [i + 1, reps])) : [];
      expect({ id, reps: turnsOf(id).flatMap((turn) => repsSpoken(turn.text)) }).toEqual({ id, reps: expected });
    }
  });

  it('announces each side of a sided exercise, first side first', () => {
    const sided = routine.filter((id) => EXERCISES[id].firstSide !== null);
    expect(sided.length).toBeGreaterThan(0);
    for (const id of sided) {
      const text = turnsOf(id).map((turn) => turn.text).join(' ');
      const positions = sidesOf(EXERCISES[id]).map((side) => (side === null ? -1 : text.indexOf(sideLine(id, side))));
      expect({ id, found: positions.every((at) => at >= 0) }).toEqual({ id, found: true });
      expect(positions).toEqual([...positions].sort((a, b) => a - b));
    }
  });

  it('keeps the session open after every response but the last, each with a prompt and a reprompt', () => {
    expect(openTurns().length).toBeGreaterThanOrEqual(routine.length);
    for (const turn of openTurns()) {
      expect(turn.response.response.shouldEndSession).toBe(false);
      // The prompt is a question that names what to say next.
      const prompt = sentences(turn.text).slice(-2).join(' ');
      expect(prompt).toMatch(/\?/);
      expect(prompt).toMatch(/\bSay (next|done|resume)\b/);
      expect(turn.reprompt).toMatch(/\?/);
      expect(turn.session?.state.kind).toBe('exercising');
    }
  });

  it('ends with the routine-done line counting all five stretches, and goodbye', () => {
    const last = lastTurn();
    expect(last.ended).toBe(true);
    expect(last.response.response.shouldEndSession).toBe(true);
    expect(last.text).toContain(message('routine.done', { stretches: stretches(routine.length) }));
    expect(last.text).toContain(message('goodbye'));
    expect(last.text).not.toContain(message('advice.lasting'));
    expect(last.response.response.reprompt).toBeUndefined();
    expect(last.response.sessionAttributes ?? {}).toEqual({});
  });

  it('never takes a calm "next" for a barge-in: each response goes on where the last one stopped', () => {
    const states = openTurns().map((turn) => turn.session?.state);
    for (const [index, state] of states.entries()) {
      const before = states[index - 1];
      if (state?.kind !== 'exercising') throw new Error(`turn ${index} is not exercising`);
      if (before === undefined) continue;
      if (before.kind !== 'exercising') throw new Error(`turn ${index - 1} is not exercising`);
      if (before.next !== null) {
        expect(state.progress.index).toBe(before.progress.index);
        expect(state.delivered.from).toEqual(before.next);
      } else {
        expect(state.progress.index).toBe(before.progress.index + 1);
      }
    }
    expect(exerciseOf(openTurns()[openTurns().length - 1] as Turn)).toBe(routine[routine.length - 1]);
  });
});

describe.each(ROUTINE_IDS.filter((id) => id !== 'default'))('the %s routine from start to goodbye', (id: RoutineId) => {
  let turns: Turn[];
  beforeAll(async () => {
    turns = await runRoutine((c) => c.send(intent('StartRoutineIntent', { routine: { id } })));
  });

  it('starts every exercise of the routine in order and ends with the routine-done line', () => {
    const started = turns.flatMap((turn) => ROUTINES[id].filter((exercise) => turn.text.includes(startLine(exercise))));
    expect(started).toEqual([...ROUTINES[id]]);
    const last = turns[turns.length - 1];
    expect(last?.text).toContain(message('routine.done', { stretches: stretches(ROUTINES[id].length) }));
    expect(last?.ended).toBe(true);
  });

  it('opens with the disclaimer and the routine name', () => {
    expect(turns[0]?.text).toContain(message('disclaimer'));
    expect(turns[0]?.text).toContain(en.routines[id]);
  });
});

// However the counting starts ("next", "yes", "resume", "start over" as the first words), the note comes first.
describe('the disclaimer on first use in a session, however the routine is started', () => {
  it.each([
    ['"resume" as the first request', ['AMAZON.ResumeIntent']],
    ['"next" as the first request', ['AMAZON.NextIntent']],
    ['"start over" as the first request', ['AMAZON.StartOverIntent']],
    ['"what exercises are there?", then "yes"', ['ListExercisesIntent', 'AMAZON.YesIntent']],
  ])('%s: the first counting response opens with the disclaimer', async (_label, intents) => {
    const conversation = new Conversation(handler);
    for (const name of intents) await conversation.send(intent(name));
    const turn = conversation.last;
    expect(turn.session?.state.kind).toBe('exercising');
    expect(conversation.turns.some((t) => t.text.includes(message('disclaimer')))).toBe(true);
  });

  it('launch, "start my stretches" and "let\'s do the cat stretch" as first requests do give it', async () => {
    for (const builder of [launch(), intent('StartRoutineIntent'), intent('StartExerciseIntent', { exercise: { id: 'cat_stretch' } })]) {
      const turn = await new Conversation(handler).send(builder);
      expect(turn.text).toContain(message('disclaimer'));
    }
  });
});

describe('"say \'Alexa, it hurts\'" is said at the start and then now and again, not in every prompt', () => {
  const REMINDER = message('prompt.painReminder');
  const said = (turn: Turn) => turn.text.includes(REMINDER) || turn.text.includes("Say 'Alexa, it hurts' at any time");

  it('the default routine, answered after each prompt: at the start, then about every three minutes of counting', async () => {
    const conversation = new Conversation(handler);
    let turn = await conversation.send(launch());
    while (!turn.ended) turn = await conversation.send(intent('AMAZON.NextIntent'));
    const open = conversation.turns.filter((t) => !t.ended);
    const reminded = open.filter(said);
    const countedMinutes = (open.at(-1)?.session?.log.seconds ?? 0) / 60;
    expect(said(conversation.turns[0] as Turn)).toBe(true);
    expect(reminded.length).toBeGreaterThanOrEqual(2);
    expect(reminded.length).toBeLessThanOrEqual(1 + Math.ceil(countedMinutes / 3));
    expect(reminded.length).toBeLessThan(open.length / 2);
  });

  it('after a pause, the response that picks up says it again', async () => {
    const conversation = new Conversation(handler);
    await conversation.send(launch());
    await conversation.send(intent('AMAZON.NextIntent'));
    await conversation.send(intent('AMAZON.PauseIntent'));
    expect(said(await conversation.send(intent('AMAZON.ResumeIntent')))).toBe(true);
  });
});
