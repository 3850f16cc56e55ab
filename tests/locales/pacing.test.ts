import { EXERCISE_IDS } from '../../lambda/catalog/exercises';
import { SUPPORTED_LOCALES } from '../../lambda/i18n/load';
import { voiceFor } from '../../lambda/i18n/voice';
import { holdSegments } from '../../lambda/speech/hold';
import { pacerFor, renderReply } from '../../lambda/speech/render';
import { totalSeconds } from '../../lambda/speech/segments';
import { planBlock } from '../../lambda/workout/blocks';
import { dosage } from '../../lambda/workout/dosage';
import { promptFor } from '../../lambda/workout/prompts';
import { DEFAULT_SETTINGS, EXERCISE_START, NEW_SESSION, type Cursor, type Settings } from '../../lambda/workout/types';

const SETTINGS: readonly Settings[] = [DEFAULT_SETTINGS, { ...DEFAULT_SETTINGS, eased: true }, { ...DEFAULT_SETTINGS, longerHolds: true, slow: true }];

/** Count words differ in length from language to language; the holds must still last their seconds. */
describe.each(SUPPORTED_LOCALES)('%s', (locale) => {
  const voice = voiceFor(locale);
  const pacer = pacerFor(voice);

  test('every hold of every exercise lasts its length within 10%', () => {
    const off: string[] = [];
    for (const settings of SETTINGS) {
      for (const id of EXERCISE_IDS) {
        for (const phase of dosage(id, settings).phases) {
          const seconds = totalSeconds(holdSegments({ type: 'hold', exercise: id, cue: phase.cue, seconds: phase.seconds, from: 0, to: phase.seconds }, voice));
          if (Math.abs(seconds - phase.seconds) > phase.seconds * 0.1) off.push(`${id} ${phase.cue} ${phase.seconds}s: ${seconds.toFixed(1)}s`);
        }
      }
    }
    expect(off).toEqual([]);
  });

  test('no response of any exercise speaks for more than 90 seconds', () => {
    const long: string[] = [];
    for (const settings of SETTINGS) {
      for (const id of EXERCISE_IDS) {
        let cursor: Cursor | null = EXERCISE_START;
        for (let guard = 0; cursor !== null && guard < 50; guard++) {
          const block = planBlock(id, cursor, settings, pacer);
          const state = {
            kind: 'exercising', next: block.next, progress: { routine: 'single', exercises: [id], index: 0, completed: 0 },
            delivered: { at: 0, from: cursor, marks: block.marks, seconds: block.seconds },
          } as const;
          const rendered = renderReply({ end: false, cues: block.cues, ...promptFor({ ...NEW_SESSION, state, settings }) }, settings, voice);
          if (rendered.seconds > 90) long.push(`${id}: ${rendered.seconds.toFixed(0)}s`);
          cursor = block.next;
        }
      }
    }
    expect(long).toEqual([]);
  });
});
