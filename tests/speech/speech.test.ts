import { XMLValidator } from 'fast-xml-parser';
import { EXERCISES, EXERCISE_IDS, type ExerciseId } from '../../lambda/catalog/exercises';
import { ROUTINES } from '../../lambda/catalog/routines';
import { knownLengths } from '../../lambda/workout/built-lengths';
import { cueSegments } from '../../lambda/speech/cues';
import { holdSegments } from '../../lambda/speech/hold';
import { renderReply } from '../../lambda/speech/render';
import { totalSeconds } from '../../lambda/speech/segments';
import { breaks, escapeXml, toSsml } from '../../lambda/speech/ssml';
import { planBlock, type Block } from '../../lambda/workout/blocks';
import { dosage } from '../../lambda/workout/dosage';
import { promptFor } from '../../lambda/workout/prompts';
import { routineEstimator } from '../../lambda/workout/estimate';
import { DEFAULT_SETTINGS, EXERCISE_START, NEW_SESSION, type Cursor, type Settings } from '../../lambda/workout/types';
import { pacer, voice } from '../support/workout';

const ALEXA_TAGS = new Set([
  'speak', 'break', 'audio', 'emphasis', 'lang', 'p', 'phoneme', 'prosody', 's', 'say-as', 'sub', 'voice', 'w',
  'amazon:domain', 'amazon:effect', 'amazon:emotion',
]);

function ssmlProblems(innerSsml: string): string[] {
  const ssml = `<speak>${innerSsml}</speak>`;
  const problems: string[] = [];
  const valid = XMLValidator.validate(ssml);
  if (valid !== true) problems.push(`not well-formed: ${valid.err.msg}`);
  for (const [, tag] of ssml.matchAll(/<\/?([a-zA-Z:-]+)/g)) if (tag && !ALEXA_TAGS.has(tag)) problems.push(`tag <${tag}>`);
  for (const [, ms] of ssml.matchAll(/<break time="(\d+)ms"\/>/g)) if (Number(ms) > 10_000) problems.push(`break ${ms}ms`);
  if (ssml.length >= 8000) problems.push(`${ssml.length} characters`);
  return problems;
}

const VARIANTS: Record<string, Settings> = {
  default: DEFAULT_SETTINGS,
  'longer holds': { ...DEFAULT_SETTINGS, longerHolds: true },
  'after mild pain': { ...DEFAULT_SETTINGS, eased: true },
  slower: { ...DEFAULT_SETTINGS, slow: true },
  'gentler, slower, longer': { ...DEFAULT_SETTINGS, slow: true, longerHolds: true, gentler: [...EXERCISE_IDS] },
};
const cases = Object.entries(VARIANTS).flatMap(([name, settings]) => EXERCISE_IDS.map((id) => [name, id, settings] as const));

/** Every response an exercise takes, from the top, under these settings. */
function blocksOf(id: ExerciseId, settings: Settings): Block[] {
  const blocks: Block[] = [];
  let cursor: Cursor | null = EXERCISE_START;
  while (cursor !== null && blocks.length < 50) {
    const block: Block = planBlock(id, cursor, settings, pacer);
    blocks.push(block);
    cursor = block.next;
  }
  return blocks;
}

describe('holds are paced to real time', () => {
  test.each(cases)('%s: every hold of %s lasts its length, within 10%%', (_name, id, settings) => {
    for (const phase of dosage(id, settings).phases) {
      const cue = { type: 'hold', exercise: id, cue: phase.cue, seconds: phase.seconds, from: 0, to: phase.seconds } as const;
      const seconds = totalSeconds(holdSegments(cue, voice));
      expect(Math.abs(seconds - phase.seconds)).toBeLessThanOrEqual(phase.seconds * 0.1);
    }
  });

  test('a short hold counts every second, in order: "Hold. two three" up to its length', () => {
    const text = holdSegments({ type: 'hold', exercise: 'childs_pose', cue: 'hold', seconds: 10, from: 0, to: 10 }, voice)
      .flatMap((s) => (s.kind === 'speech' ? [s.text] : []));
    expect(text).toEqual(['Hold.', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']);
  });

  test('a long hold counts down in larger steps instead of every second', () => {
    const segments = holdSegments({ type: 'hold', exercise: 'passive_backbend', cue: 'hold', seconds: 180, from: 0, to: 180 }, voice);
    const text = segments.flatMap((s) => (s.kind === 'speech' ? [s.text] : []));
    expect(text[0]).toBe('Hold, and relax into it for three minutes.');
    expect(text).toContain('two minutes left.');
    expect(text).toContain('thirty seconds left.');
    expect(text[text.length - 1]).toBe('ten seconds left.');
    expect(text.length).toBeLessThan(10);
    expect(totalSeconds(segments)).toBeCloseTo(180, 0);
  });

  test('a long hold split over responses picks up the countdown where it stopped', () => {
    const cue = { type: 'hold', exercise: 'passive_backbend', cue: 'hold', seconds: 180, from: 70, to: 140 } as const;
    const segments = holdSegments(cue, voice);
    const text = segments.flatMap((s) => (s.kind === 'speech' ? [s.text] : []));
    expect(text[0]).toBe('Keep holding. 110 seconds left.');
    expect(text).toContain('90 seconds left.');
    expect(Math.abs(totalSeconds(segments) - 70)).toBeLessThanOrEqual(7);
  });
});

describe('every response of every exercise', () => {
  test.each(cases)('%s: %s fits Alexa: under 90 s, valid SSML, short breaks', (_name, id, settings) => {
    for (const block of blocksOf(id, settings)) {
      const state = {
        kind: 'exercising', next: block.next,
        progress: { routine: 'single', exercises: [id], index: 0, completed: 0 },
        delivered: { at: 0, from: EXERCISE_START, marks: block.marks, seconds: block.seconds },
      } as const;
      const reply = { end: false, cues: block.cues, ...promptFor({ ...NEW_SESSION, state, settings }) } as const;
      const rendered = renderReply(reply, settings, voice);
      expect(rendered.seconds).toBeLessThanOrEqual(90);
      expect(ssmlProblems(rendered.speech)).toEqual([]);
      expect(ssmlProblems(rendered.reprompt ?? '')).toEqual([]);
    }
  });

  test.each(cases)('%s: %s reaches its end, each rep of each side counted once', (_name, id, settings) => {
    const dose = dosage(id, settings);
    const reps = blocksOf(id, settings).flatMap((b) => b.marks.filter((m) => m.cursor.heldSeconds === 0).map((m) => m.cursor));
    expect(reps).toEqual(dose.sides.flatMap((_s, side) => Array.from({ length: dose.reps }, (_r, i) => ({ side, rep: i + 1, heldSeconds: 0 }))));
  });

  test('marks match the timeline: each rep starts where the speech before it ends', () => {
    const [block] = blocksOf('childs_pose', DEFAULT_SETTINGS);
    if (!block) throw new Error('no block');
    for (const mark of block.marks) {
      const index = block.cues.findIndex((cue) => cue.type === 'rep' && cue.rep === mark.cursor.rep);
      const before = block.cues.slice(0, index).reduce((sum, cue) => sum + pacer.seconds(cue, DEFAULT_SETTINGS), 0);
      expect(mark.at).toBeCloseTo(before, 5);
    }
  });

  test('a 3-minute hold is split over responses, never a short one', () => {
    const settings = { ...DEFAULT_SETTINGS, longerHolds: true };
    expect(EXERCISES.passive_backbend.maxHoldSeconds).toBe(180);
    expect(blocksOf('passive_backbend', settings).some((b) => b.next !== null && b.next.heldSeconds > 0)).toBe(true);
    for (const id of EXERCISE_IDS.filter((i) => dosage(i, settings).phases.every((p) => p.seconds <= 60))) {
      expect(blocksOf(id, settings).every((b) => b.next === null || b.next.heldSeconds === 0)).toBe(true);
    }
  });
});

describe('SSML', () => {
  test('text is escaped, never markup', () => {
    expect(escapeXml(`<b>Tom & "Jerry's"</b>`)).toBe('&lt;b&gt;Tom &amp; &quot;Jerry&apos;s&quot;&lt;/b&gt;');
    const ssml = toSsml([{ kind: 'speech', text: '<audio src="x"/> & more', seconds: 1 }]);
    expect(ssmlProblems(ssml)).toEqual([]);
    expect(ssml).not.toContain('<audio');
  });

  test('silence longer than ten seconds is a chain of breaks of ten seconds at most', () => {
    expect(breaks(25)).toBe('<break time="10000ms"/><break time="10000ms"/><break time="5000ms"/>');
    expect(breaks(0.01)).toBe('');
  });

  test('"slower" leaves more time between the steps, and the holds as long as they were', () => {
    const gaps = (settings: Settings) => cueSegments({ type: 'steps', exercise: 'cobra_stretch', version: 'standard' }, settings, voice)
      .filter((segment) => segment.kind === 'silence').map((segment) => segment.seconds);
    const slow = { ...DEFAULT_SETTINGS, slow: true };
    expect(gaps(slow)).toEqual(gaps(DEFAULT_SETTINGS).map((seconds) => seconds * 2));
    expect(dosage('cobra_stretch', slow).phases).toEqual(dosage('cobra_stretch', DEFAULT_SETTINGS).phases);
    expect(dosage('cobra_stretch', slow).restSeconds).toBeGreaterThan(dosage('cobra_stretch', DEFAULT_SETTINGS).restSeconds);
  });
});

describe('routine lengths known from the build', () => {
  /** A pacer that counts how often it is asked to measure. */
  const measured = (seconds: number) => {
    const pacer = { calls: 0, seconds: () => { pacer.calls += 1; return seconds; } };
    return pacer;
  };

  test('a routine in the table is not measured again: its length comes from the table', () => {
    const known = { seconds: () => { throw new Error('measured'); } };
    expect(routineEstimator(known, knownLengths('en-GB', { 'en-GB': { chair: 750 } })).minutes(ROUTINES.chair, DEFAULT_SETTINGS)).toBe(13);
  });

  test('other settings, routines and locales are measured, then remembered', () => {
    const table = { 'en-GB': { chair: 750 } };
    const slow = { ...DEFAULT_SETTINGS, slow: true };
    for (const [exercises, settings, locale] of [[ROUTINES.chair, slow, 'en-GB'], [ROUTINES.floor, DEFAULT_SETTINGS, 'en-GB'], [ROUTINES.chair, DEFAULT_SETTINGS, 'de-DE']] as const) {
      const pacer = measured(1);
      const seeded = routineEstimator(pacer, knownLengths(locale, table));
      const minutes = seeded.minutes(exercises, settings);
      expect(minutes).toBe(routineEstimator(measured(1)).minutes(exercises, settings));
      expect(minutes).not.toBe(13);
      const calls = pacer.calls;
      expect(calls).toBeGreaterThan(0);
      seeded.minutes(exercises, settings);
      expect(pacer.calls).toBe(calls);
    }
  });

  test('run from source there is no table: every routine is measured when first asked for', () => {
    expect(knownLengths('en-US')).toEqual({});
  });
});
