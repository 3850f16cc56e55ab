import { EXERCISES, EXERCISE_IDS, POSITIONS } from '../../lambda/catalog/exercises';
import { ROUTINES, ROUTINE_IDS } from '../../lambda/catalog/routines';
import { en } from '../../lambda/i18n/languages/en';
import { measureExercises } from '../../lambda/workout/estimate';
import { DEFAULT_SETTINGS } from '../../lambda/workout/types';
import { buildInteractionModel } from '../../models/build';
import { pacer } from '../support/workout';

interface TypeValue { id: string }
interface SlotType { name: string; values: TypeValue[] }
const model = buildInteractionModel('en-US') as { interactionModel: { languageModel: { types: SlotType[] } } };
const modelIds = (type: string) =>
  model.interactionModel.languageModel.types.find((t) => t.name === type)?.values.map((v) => v.id) ?? [];

describe('the exercise catalogue', () => {
  test.each(EXERCISE_IDS)('%s has sane numbers', (id) => {
    const exercise = EXERCISES[id];
    expect(exercise.id).toBe(id);
    expect(exercise.reps).toBeGreaterThanOrEqual(1);
    expect(exercise.reps).toBeLessThanOrEqual(8);
    expect(exercise.phases.length).toBeGreaterThan(0);
    for (const phase of exercise.phases) {
      expect(phase.seconds).toBeGreaterThanOrEqual(2);
      expect(phase.seconds).toBeLessThanOrEqual(exercise.maxHoldSeconds);
    }
    expect(exercise.maxHoldSeconds).toBeLessThanOrEqual(180);
  });

  test.each(EXERCISE_IDS)('%s has steps, a caution and a gentler version in English', (id) => {
    const text = en.exercises[id];
    expect(text.steps.length).toBeGreaterThanOrEqual(3);
    expect(text.gentler.length).toBeGreaterThanOrEqual(1);
    expect(text.caution.length).toBeGreaterThan(10);
    for (const cue of EXERCISES[id].phases.map((p) => p.cue).filter((c) => c !== 'hold')) {
      expect(text.cues?.[cue]).toBeTruthy();
    }
  });

  test('every exercise id is a value of the interaction model, and nothing else is', () => {
    expect([...modelIds('ExerciseType')].sort()).toEqual([...EXERCISE_IDS].sort());
    expect([...modelIds('RoutineType')].sort()).toEqual([...ROUTINE_IDS].sort());
  });
});

describe('routines', () => {
  const minutes = (ids: readonly (typeof EXERCISE_IDS)[number][]) => measureExercises(ids, DEFAULT_SETTINGS, pacer) / 60;

  test('the default routine takes 8 to 12 minutes by the speech timeline', () => {
    expect(minutes(ROUTINES.default)).toBeGreaterThanOrEqual(8);
    expect(minutes(ROUTINES.default)).toBeLessThanOrEqual(12);
  });

  test.each(ROUTINE_IDS)('the %s routine goes from standing to lying on the back, never back up', (routine) => {
    const ranks = ROUTINES[routine].map((id) => POSITIONS.indexOf(EXERCISES[id].position));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  test('the chair routine needs no floor, the floor routine no standing, the full one has all fourteen', () => {
    expect(ROUTINES.chair.every((id) => EXERCISES[id].position === 'seated')).toBe(true);
    expect(ROUTINES.floor.every((id) => !['standing', 'seated'].includes(EXERCISES[id].position))).toBe(true);
    expect([...ROUTINES.full].sort()).toEqual([...EXERCISE_IDS].sort());
  });
});
