import { EXERCISE_IDS } from '../../lambda/catalog/exercises';
import { applyChanges, digest, memoryFrom, sessionChanges, statsFrom, type SessionChanges } from '../../lambda/memory/history';
import { DAILY_DAYS, EMPTY_RECORD, MAX_QUARANTINED, MAX_SESSIONS, readRecord, type SessionEntry, type UserRecord } from '../../lambda/memory/record';
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

  test('a string is no record: empty, with the reason, and the string set aside', () => {
    const { record, problem, kept } = readRecord('nonsense');
    expect(record).toEqual(EMPTY_RECORD);
    expect(problem).not.toBeNull();
    expect(kept.quarantine).toEqual(['nonsense']);
  });

  test('one entry with an exercise the catalogue no longer has loses only that id; every other entry and field stays', () => {
    const good = entry('b', '2026-11-21');
    const raw = {
      ...EMPTY_RECORD,
      revision: 7,
      sessions: [entry('a', '2026-11-20', { done: ['handstand' as 'cat_stretch', 'cobra_stretch'] }), good],
      preferences: { routine: 'floor', slow: true, longerHolds: false },
    };
    const { record, problem, writable, kept } = readRecord(raw);
    expect(record.sessions).toEqual([entry('a', '2026-11-20', { done: ['cobra_stretch'] }), good]);
    expect(record.preferences).toEqual(raw.preferences);
    expect(record.revision).toBe(7);
    expect(problem).toContain('sessions[0].done[0]');
    expect(writable).toBe(true);
    expect(kept.quarantine).toEqual([JSON.stringify({ 'sessions[0].done[0]': 'handstand' })]);
  });

  test('a malformed field falls back on its own: the rest of the record is read', () => {
    const raw = { ...EMPTY_RECORD, sessions: [entry('a', '2026-11-20'), { id: 'x', day: 'yesterday' }], resume: { routine: 'nope' }, preferences: { routine: 'chair', slow: 'yes' } };
    const { record, problem } = readRecord(raw);
    expect(record.sessions).toEqual([entry('a', '2026-11-20')]);
    expect(record.resume).toBeNull();
    expect(record.preferences).toEqual({ routine: 'chair', slow: false, longerHolds: false });
    expect(problem).toMatch(/sessions\[1\].*resume.*preferences\.slow/);
  });

  test('a record from a newer version is read as far as this one understands it, and is not writable', () => {
    const { record, writable, problem, kept } = readRecord({ ...EMPTY_RECORD, version: 3, sessions: [entry('a', '2026-11-20')], moods: ['calm'] });
    expect(writable).toBe(false);
    expect(problem).toContain('newer version');
    expect(record.sessions).toEqual([entry('a', '2026-11-20')]);
    expect(kept.moods).toEqual(['calm']);
  });

  test('fields this version does not know are kept to be written back', () => {
    const { problem, kept } = readRecord({ ...EMPTY_RECORD, reminders: [{ at: '08:00' }] });
    expect(problem).toBeNull();
    expect(kept).toEqual({ reminders: [{ at: '08:00' }] });
  });

  test('a negative revision is set aside and read as 0, the rest kept', () => {
    const { record, problem } = readRecord({ ...EMPTY_RECORD, revision: -1, sessions: [entry('a', '2026-11-20')] });
    expect(record.revision).toBe(0);
    expect(record.sessions).toHaveLength(1);
    expect(problem).toContain('revision');
  });

  test('what is set aside stays bounded', () => {
    const raw = { ...EMPTY_RECORD, quarantine: Array.from({ length: MAX_QUARANTINED }, (_, i) => `old ${i}`), sessions: [{ broken: true }] };
    const { kept } = readRecord(raw);
    expect(kept.quarantine).toHaveLength(MAX_QUARANTINED);
    expect((kept.quarantine as string[]).at(-1)).toContain('broken');
  });

  test('nothing stored is an empty record, not a problem', () => {
    expect(readRecord({})).toEqual({ record: EMPTY_RECORD, problem: null, writable: true, kept: {} });
  });
});

describe('saving a session', () => {
  test('is idempotent: the same session saved twice is stored once, with its latest figures', () => {
    const once = applyChanges(EMPTY_RECORD, changes(entry('s1', '2026-11-20', { seconds: 100 })));
    const twice = applyChanges(once, changes(entry('s1', '2026-11-20', { seconds: 250 })));
    expect(twice.sessions).toEqual([expect.objectContaining({ id: 's1', seconds: 250 })]);
  });

  const dayNumber = (n: number) => new Date(Date.UTC(2020, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);

  test('keeps the newest sessions one by one and folds the older ones into daily totals, losing no minute or day', () => {
    const many = recordOf(...Array.from({ length: MAX_SESSIONS + 5 }, (_, i) => entry(`s${i}`, dayNumber(i))));
    expect(many.sessions).toHaveLength(MAX_SESSIONS);
    expect(many.sessions.some((s) => s.id === 's0')).toBe(false);
    expect(many.totals).toHaveLength(5);
    expect(many.totals?.[0]).toEqual({ day: dayNumber(0), sessions: 1, seconds: 300, done: { cat_stretch: 1 } });
    const stats = statsFrom(many, dayNumber(MAX_SESSIONS + 4));
    expect(stats.minutes).toBe((MAX_SESSIONS + 5) * 5);
    expect(stats.daysInARow).toBe(MAX_SESSIONS + 5);
  });

  test('years of daily use stay far below DynamoDB\'s item limit: old days become monthly totals', () => {
    let record = EMPTY_RECORD;
    for (let i = 0; i < 3 * 365; i++) record = applyChanges(record, changes(entry(`s${i}`, dayNumber(i))));
    expect(record.sessions).toHaveLength(MAX_SESSIONS);
    expect(record.totals?.length).toBeLessThanOrEqual(DAILY_DAYS + 3 * 12);
    expect(JSON.stringify(record).length).toBeLessThan(100_000);
    expect(statsFrom(record, dayNumber(3 * 365 - 1)).minutes).toBe(3 * 365 * 5);
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
    const known = { ...session, memory: { ...session.memory, known: true } };
    const result = sessionChanges(known, 'sid', '2026-11-25');
    expect(result.entry).toEqual({ id: 'sid', day: '2026-11-25', seconds: 95, done: ['cat_stretch'], hurt: [{ exercise: 'cobra_stretch', leftOut: false }], finished: false });
    expect(result.resume).toEqual({ routine: 'floor', exercises: ['cat_stretch', 'cobra_stretch'], index: 1, day: '2026-11-25' });
    expect(result.preferences).toEqual({ routine: 'floor', slow: false, longerHolds: true });
    expect(digest(result)).toBe(digest(sessionChanges(known, 'sid', '2026-11-25')));
    expect(digest(result)).not.toBe(digest(sessionChanges({ ...known, log: { ...known.log, seconds: 200 } }, 'sid', '2026-11-25')));
  });

  test('a session that could not read the history at its start writes only what it chose over what is stored', () => {
    const stored: UserRecord = {
      ...recordOf(entry('s1', '2026-11-24')),
      resume: { routine: 'floor', exercises: ['cat_stretch', 'cobra_stretch'], index: 1, day: '2026-11-24' },
      preferences: { routine: 'floor', slow: true, longerHolds: true },
    };
    // The store was down at launch: the session knows nothing (NEW_SESSION's memory), and did one exercise.
    const unread: Session = { ...NEW_SESSION, log: { ...NEW_SESSION.log, done: ['eagle_arms'], seconds: 60 } };
    const saved = applyChanges(stored, sessionChanges(unread, 's2', '2026-11-25'));
    expect(saved.preferences).toEqual(stored.preferences);
    expect(saved.resume).toEqual(stored.resume);
    expect(saved.sessions.map((s) => s.id)).toEqual(['s1', 's2']);
    // What it did choose is written.
    const chose = applyChanges(stored, sessionChanges({ ...unread, log: { ...unread.log, routine: 'chair' } }, 's2', '2026-11-25'));
    expect(chose.preferences).toEqual({ ...stored.preferences, routine: 'chair' });
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
