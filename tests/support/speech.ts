/**
 * What the user hears, in terms of the English resources: expected sentences are built from
 * lambda/i18n texts (never retyped), and counted holds are read back out of the spoken text.
 */
import type { ExerciseId } from '../../lambda/catalog/exercises';
import { en as exerciseTexts } from '../../lambda/i18n/exercises/en';
import { en } from '../../lambda/i18n/languages/en';
import type { MessageKey } from '../../lambda/workout/messages';

export { en, exerciseTexts };

/** A resource text with its `{{placeholders}}` filled in; a placeholder left unfilled is a test bug. */
export function fill(template: string, values: Readonly<Record<string, string>> = {}): string {
  const text = template
    .replace(/\{\{(\w+)\}\}/g, (whole, name: string) => values[name] ?? whole)
    // i18next nesting, as the en-US voice resolves it ("call $t(emergencyNumber)").
    .replace(/\$t\((\w+)\)/g, (whole, name: string) => (name === 'emergencyNumber' ? en.speech.emergencyNumber : whole));
  if (/\{\{\w+\}\}/.test(text)) throw new Error(`Unfilled placeholder in "${text}"`);
  return text;
}

/** An English message of the skill, filled in. */
export const message = (key: MessageKey, values: Readonly<Record<string, string>> = {}): string => fill(en.messages[key], values);

/** A number as the skill says it ("three"). */
export function numberWord(n: number): string {
  const word = en.numbers[n];
  if (word === undefined) throw new Error(`No English word for ${n}`);
  return word;
}

export const exerciseName = (id: ExerciseId): string => exerciseTexts[id].name;

/** "Rep two of three." as the skill says it. */
export const repLine = (n: number, total: number): string => message('rep.number', { n: numberWord(n), total: numberWord(total) });

/** "Rep three of" without the total: enough to tell which rep a response starts at. */
export const repPrefix = (n: number): string => fill(en.messages['rep.number'].split('{{total}}')[0] ?? '', { n: numberWord(n) }).trimEnd();

/** The sentences of a spoken text, in order. */
export function sentences(text: string): string[] {
  return text.split(/(?<=[.?!:])\s+/).map((s) => s.trim()).filter((s) => s !== '');
}

/** Number words by how many words they have, longest first: "twenty one" must not be read as "twenty". */
const NUMBER_PHRASES = en.numbers
  .map((word, n) => ({ words: word.split(' '), n }))
  .filter(({ n }) => n > 0)
  .sort((a, b) => b.words.length - a.words.length);

/**
 * The counted holds of a spoken text: each starts with "Hold." and goes on with the number words said
 * after it ("two three ..."), up to the first word that is not part of a number. A hold with no count
 * word afterwards gives an empty list.
 */
export function countedHolds(text: string): number[][] {
  const holds: number[][] = [];
  for (const part of text.split(en.speech['hold.start']).slice(1)) {
    const words = part.trim().split(/\s+/);
    const counts: number[] = [];
    let at = 0;
    for (;;) {
      const match = NUMBER_PHRASES.find(({ words: number }) => number.every((word, k) => words[at + k] === word));
      if (match === undefined) break;
      counts.push(match.n);
      at += match.words.length;
    }
    holds.push(counts);
  }
  return holds;
}

/** The longest count reached in any hold of the text ("Hold." alone counts as one second). */
export function longestCount(text: string): number {
  return Math.max(0, ...countedHolds(text).map((counts) => Math.max(1, ...counts)));
}

/** The "Rep n of m" lines of a text, as [n, m] pairs, in order. */
export function repsSpoken(text: string): [number, number][] {
  const [before = '', middle = '', after = ''] = en.messages['rep.number'].split(/\{\{n\}\}|\{\{total\}\}/);
  const word = '([a-z]+(?: [a-z]+)?)';
  const pattern = new RegExp(`${escapeRegExp(before)}${word}${escapeRegExp(middle)}${word}${escapeRegExp(after)}`, 'g');
  const reps: [number, number][] = [];
  for (const match of text.matchAll(pattern)) {
    const n = en.numbers.indexOf(match[1] ?? '');
    const total = en.numbers.indexOf(match[2] ?? '');
    if (n > 0 && total > 0) reps.push([n, total]);
  }
  return reps;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Phrases that only a counting response contains: the start of a hold, a long hold's countdown, a hold
 * continued, and each exercise's own phase cues (the cat stretch's "breathe out...").
 */
export function countingPhrases(): string[] {
  const prefix = (template: string) => template.split('{{')[0]?.trim() ?? template;
  const cues = Object.values(exerciseTexts).flatMap((text) => Object.values(text.cues ?? {}));
  return [
    en.speech['hold.start'],
    en.speech['hold.keepHolding'],
    prefix(en.speech['hold.long']),
    ...cues,
  ].filter((phrase) => phrase !== '');
}

/** The counting phrases a text contains, rep announcements included (empty when nothing is counted). */
export function countingIn(text: string): string[] {
  const reps = repsSpoken(text).map(([n, total]) => repLine(n, total));
  return [...countingPhrases().filter((phrase) => text.includes(phrase)), ...reps];
}
