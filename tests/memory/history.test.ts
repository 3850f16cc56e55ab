import { EXERCISE_IDS } from '../../lambda/catalog/exercises';
import { applyChanges, digest, memoryFrom, sessionChanges, statsFrom, type SessionChanges } from '../../lambda/memory/history';
import { EMPTY_RECORD, MAX_SESSIONS, readRecord, type SessionEntry, type UserRecord } from '../../lambda/memory/record';
import { NEW_SESSION, type Session } from '../../lambda/workout/types';

const entry = (id: string, day: string, over: Partial<SessionEntry> = {}): SessionEntry => ({
  id, day, seconds: 300, done: ['cat_stretch'], hurt: [], finished: true, ...over,
});
const changes = (e: SessionEntry, over: Partial<SessionChanges> = {}): SessionChanges => ({
  entry: e, resume: null, preferences: EMPTY_RECORD.preferences, ...over,
});
const recordOf = (...entries: SessionEntry[]): UserRecord => entries.reduce((r, e) => applyChanges(r, changes(e)), EMPTY_RECORD);

describe('the stored record', () => {
  test('a version-1 record is migrated: its sessions and where it stopped survive', () => {
    const { record, problem } = readRecord({
      version: 1,
      history: [{ date: '2026-11-20T08:00:00Z', minutes: 10, exercises: ['cat_stretch', 'cobra_stretch'] }],
      lastStop: { routine: 'floor', index: 2 },
    });
    expect(problem).toBeNull();
    expect(record.version).toBe(2);
    expect(record.sessions).toEqual([expect.objectContaining({ day: '2026-11-20', seconds: 600, done: ['cat_stretch', 'cobra_stretch'] })]);
    expect(record.resume).toMatchObject({ routine: 'floor', index: 2, day: '2026-11-20' });
  });

  test.each([
    ['a string', 'nonsense'],
    ['an unknown exercise', { ...EMPTY_RECORD, sessions: [entry('a', '2026-11-20', { done: ['handstand' as 'cat_stretch'] })] }],
    ['a newer version', { ...EMPTY_RECORD, version: 3 }],
    ['a negative revision', { ...EMPTY_RECORD, revision: -1 }],
  ])('%s is treated as an empty record, with the reason', (_name, raw) => {
    const { record, problem } = readRecord(raw);
    expect(record).toEqual(EMPTY_RECORD);
    expect(problem).not.toBeNull();
  });

  test('nothing stored is an empty record, not a problem', () => {
    expect(readRecord({})).toEqual({ record: EMPTY_RECORD, problem: null });
  });
});

describe('saving a session', () => {
  test('is idempotent: the same session saved twice is stored once, with its latest figures', () => {
    const once = applyChanges(EMPTY_RECORD, changes(entry('s1', '2026-11-20', { seconds: 100 })));
    const twice = applyChanges(once, changes(entry('s1', '2026-11-20', { seconds: 250 })));
    expect(twice.sessions).toEqual([expect.objectContaining({ id: 's1', seconds: 250 })]);
  });

  test('keeps at most the newest sessions', () => {
    const many = recordOf(...Array.from({ length: MAX_SESSIONS + 5 }, (_, i) => entry(`s${i}`, `2026-${String(1 + Math.floor(i / 28)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`)));
    expect(many.sessions).toHaveLength(MAX_SESSIONS);
    expect(many.sessions.some((s) => s.id === 's0')).toBe(false);
  });

  test('a session in which nothing happened adds no entry', () => {
    expect(applyChanges(EMPTY_RECORD, changes(entry('s1', '2026-11-20', { seconds: 0, done: [], finished: false }))).sessions).toEqual([]);
  });

  test('what a session changes comes from the workout session: exercises done, where it stopped, preferences', () => {
    const session: Session = {
      ...NEW_SESSION,
      state: {
        kind: 'paused',
        progress: { routine: 'floor', exercises: ['cat_stretch', 'cobra_stretch'], index: 1, completed: 1 },
        resume: { side: 0, rep: 0, heldSeconds: 0 },
      },
      settings: { ...NEW_SESSION.settings, longerHolds: true },
      log: { done: ['cat_stretch'], seconds: 95.4, hurt: [{ exercise: 'cobra_stretch', leftOut: false }], finished: false, routine: 'floor' },
    };
    const result = sessionChanges(session, 'sid', '2026-11-25');
    expect(result.entry).toEqual({ id: 'sid', day: '2026-11-25', seconds: 95, done: ['cat_stretch'], hurt: [{ exercise: 'cobra_stretch', leftOut: false }], finished: false });
    expect(result.resume).toEqual({ routine: 'floor', exercises: ['cat_stretch', 'cobra_stretch'], index: 1, day: '2026-11-25' });
    expect(result.preferences).toEqual({ routine: 'floor', slow: false, longerHolds: true });
    expect(digest(result)).toBe(digest(sessionChanges(session, 'sid', '2026-11-25')));
    expect(digest(result)).not.toBe(digest(sessionChanges({ ...session, log: { ...session.log, seconds: 200 } }, 'sid', '2026-11-25')));
  });
});

describe('what the next session remembers', () => {
  const stopped = (day: string): UserRecord => ({
    ...recordOf(entry('s1', day)),
    resume: { routine: 'default', exercises: ['eagle_arms', 'cat_stretch'], index: 1, day },
  });

  test('a routine left unfinished today or yesterday is offered; an older one is not', () => {
    expect(memoryFrom(stopped('2026-11-25'), '2026-11-25').resume).toMatchObject({ index: 1 });
    expect(memoryFrom(stopped('2026-11-24'), '2026-11-25').resume).toMatchObject({ index: 1 });
    expect(memoryFrom(stopped('2026-11-23'), '2026-11-25').resume).toBeNull();
  });

  test('an offer a session did not take up keeps its own day, so it lapses after the next day all the same', () => {
    const untouched = sessionChanges({ ...NEW_SESSION, memory: { ...NEW_SESSION.memory, resume: { routine: 'default', exercises: ['eagle_arms', 'cat_stretch'], index: 1 } } }, 's2', '2026-11-24');
    expect(untouched.resume).toBe('keep');
    const kept = applyChanges(stopped('2026-11-23'), untouched);
    expect(kept.resume?.day).toBe('2026-11-23');
    expect(memoryFrom(kept, '2026-11-25').resume).toBeNull();
  });

  test('the offer picks up at the next exercise that is not left out, and lapses when none is', () => {
    const sharp = (id: string, day: string) => entry(id, day, { done: [], hurt: [{ exercise: 'cat_stretch', leftOut: true }] });
    const leftOut = { ...recordOf(sharp('s1', '2026-11-20'), sharp('s2', '2026-11-21')), resume: { routine: 'default' as const, exercises: ['eagle_arms', 'cat_stretch', 'childs_pose'] as ('eagle_arms' | 'cat_stretch' | 'childs_pose')[], index: 1, day: '2026-11-25' } };
    expect(memoryFrom(leftOut, '2026-11-25').resume).toMatchObject({ index: 2 });
    expect(memoryFrom({ ...leftOut, resume: { ...leftOut.resume, exercises: ['eagle_arms', 'cat_stretch'] } }, '2026-11-25').resume).toBeNull();
  });

  test('an exercise that hurt the last time it was done is offered gentler; one done fine since is not', () => {
    const hurt = recordOf(entry('s1', '2026-11-20', { hurt: [{ exercise: 'cobra_stretch', leftOut: false }] }));
    expect(memoryFrom(hurt, '2026-11-25').hurtLastTime).toEqual(['cobra_stretch']);
    const since = recordOf(entry('s1', '2026-11-20', { hurt: [{ exercise: 'cobra_stretch', leftOut: false }] }), entry('s2', '2026-11-21', { done: ['cobra_stretch'] }));
    expect(memoryFrom(since, '2026-11-25').hurtLastTime).toEqual([]);
  });

  test('an exercise left out after sharp pain twice is left out by default, until it is done without pain', () => {
    const sharp = (id: string, day: string) => entry(id, day, { done: [], hurt: [{ exercise: 'thread_the_needle', leftOut: true }] });
    expect(memoryFrom(recordOf(sharp('s1', '2026-11-20')), '2026-11-25').leftOut).toEqual([]);
    expect(memoryFrom(recordOf(sharp('s1', '2026-11-20'), sharp('s2', '2026-11-21')), '2026-11-25').leftOut).toEqual(['thread_the_needle']);
    const doneSince = recordOf(sharp('s1', '2026-11-20'), sharp('s2', '2026-11-21'), entry('s3', '2026-11-22', { done: ['thread_the_needle'] }));
    expect(memoryFrom(doneSince, '2026-11-25').leftOut).toEqual([]);
  });

  test('the streak is the run of consecutive days ending at the last day with stretching', () => {
    const record = recordOf(entry('a', '2026-11-20'), entry('b', '2026-11-22'), entry('c', '2026-11-23'), entry('d', '2026-11-24'));
    expect(memoryFrom(record, '2026-11-25').streak).toEqual({ days: 3, lastDay: '2026-11-24' });
  });
});

describe('how am I doing', () => {
  test('days in a row up to today, sessions in the last seven days, minutes in all, most done exercises', () => {
    const record = recordOf(
      entry('a', '2026-11-10', { seconds: 600, done: ['cobra_stretch'] }),
      entry('b', '2026-11-23', { seconds: 300, done: ['cat_stretch', 'cobra_stretch'] }),
      entry('c', '2026-11-24', { seconds: 300, done: ['cat_stretch', 'childs_pose'] }),
      entry('d', '2026-11-25', { seconds: 180, done: ['cat_stretch'] }),
    );
    expect(statsFrom(record, '2026-11-25')).toEqual({
      daysInARow: 3,
      sessionsThisWeek: 3,
      minutes: 23,
      favourites: ['cat_stretch', 'cobra_stretch', 'childs_pose'],
    });
  });

  test('a streak that ended before yesterday is no longer running', () => {
    expect(statsFrom(recordOf(entry('a', '2026-11-20'), entry('b', '2026-11-21')), '2026-11-25').daysInARow).toBe(0);
  });

  test('favourites are only exercises that exist', () => {
    const favourites = statsFrom(recordOf(entry('a', '2026-11-25')), '2026-11-25').favourites;
    expect(favourites.every((id) => EXERCISE_IDS.includes(id))).toBe(true);
  });
});
