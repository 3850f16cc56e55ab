import { EXERCISE_IDS, type ExerciseId } from '../lambda/catalog/exercises';
import type { ExerciseTexts } from '../lambda/i18n/exercise-text';
import type { SlotTypeWords } from './locale-model';

/**
 * The exercise slot's words in one language: the name the skill speaks (lower case) as each value, so
 * what Alexa resolves and what it says cannot drift apart, and the other ways people say it as synonyms.
 * `forms` gives more ways of saying a phrase (Portuguese: without its article).
 */
export function exerciseWords(
  texts: ExerciseTexts,
  synonyms: Readonly<Record<ExerciseId, readonly string[]>>,
  forms: (phrase: string) => readonly string[] = (phrase) => [phrase],
): SlotTypeWords<'ExerciseType'> {
  const words = {} as Record<ExerciseId, { value: string; synonyms: readonly string[] }>;
  for (const id of EXERCISE_IDS) {
    const value = texts[id].name.toLowerCase();
    const said = [value, ...synonyms[id]].flatMap(forms);
    words[id] = { value, synonyms: [...new Set(said)].filter((synonym) => synonym !== value) };
  }
  return words;
}
