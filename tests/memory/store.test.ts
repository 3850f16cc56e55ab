/**
 * The user's history in DynamoDB, through the whole skill (Lambda handler, ask-sdk-core's attributes
 * manager, the production DynamoPersistenceAdapter) against dynalite: what is stored after a session,
 * older and broken records, a store that stops, a store that is slow or silent, two devices writing at
 * once, and "delete my history". Stored items are read back with the document client, as DynamoDB holds
 * them. Every response also goes through the shared checks (SSML Alexa accepts, no error apology).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ExerciseId } from '../../lambda/catalog/exercises';
import { ROUTINES } from '../../lambda/catalog/routines';
import { readRecord, type UserRecord } from '../../lambda/memory/record';
import { startLocalDynamo, type LocalDynamo } from '../../local/dynamo/local-dynamo';
import {
  adapterFor,
  at,
  captureWarnings,
  CountingAdapter,
  freePort,
  nextUntilEnd,
  nextUntilSaid,
  plantItem,
  sessionIdOf,
  skillWith,
  slowProxy,
  storedItem,
  User,
  WriteRace,
  type Warnings,
} from '../support/memory';
import type { Conversation, Turn } from '../support/skill';
import { countedHolds, countingIn, en, exerciseName, message } from '../support/speech';

const DAY = '2025-03-10';
const EMPTY_PREFERENCES = { routine: 'default', slow: false, longerHolds: false };
const startLine = (id: ExerciseId) => message('exercise.start', { exercise: exerciseName(id) });
const offerLine = (id: ExerciseId) => message('prompt.resumeOffer', { exercise: exerciseName(id) });
/** "Last time you stopped at": the start of any resume offer. */
const OFFER_START = en.messages['prompt.resumeOffer'].split('{{exercise}}')[0] ?? '';
/** What a user may say about their pain (and the skill's own words for it): none of it may be stored. */
const PAIN_WORDS = ['sharp', 'mild', 'ache', 'stabbing', 'shooting', 'dull', 'pain'];

/** The stored item as the skill reads it: a current (version 2) record its own schema accepts. */
function recordOf(item: Record<string, unknown> | undefined): UserRecord {
  expect(item).toBeDefined();
  expect(item?.version).toBe(2);
  const { record, problem } = readRecord(item);
  expect(problem).toBeNull();
  return record;
}

/** The item's text without the random ids (a session or user id could spell anything). */
function storedWords(item: Record<string, unknown> | undefined): string {
  return JSON.stringify(item, (key, value: unknown) => (key === 'id' || key === 'userId' ? undefined : value)).toLowerCase();
}

/** Seconds counted out loud in the holds of these responses ("Hold." alone is one second). */
function heldSeconds(turns: readonly Turn[]): number {
  return turns.flatMap((turn) => countedHolds(turn.text)).reduce((sum, counts) => sum + Math.max(1, ...counts), 0);
}

/** A response in the middle of a routine, as the user hears it when nothing is wrong. */
function expectCounting(turn: Turn): void {
  expect(turn.ended).toBe(false);
  expect(countingIn(turn.text)).not.toEqual([]);
  expect(turn.text).not.toContain(message('memory.unavailable'));
}

let db: LocalDynamo;
let warnings: Warnings;

beforeAll(async () => {
  db = await startLocalDynamo();
});

afterAll(async () => {
  await db.stop();
});

beforeEach(() => {
  warnings = captureWarnings();
});

afterEach(() => {
  warnings.restore();
});

describe('round trip', () => {
  it("stores the session's exercises, seconds and day as a version 2 record, one revision per save, and nothing said about pain", async () => {
    const handler = skillWith(adapterFor(db));
    const user = new User('round-trip');
    const c = user.session(handler, at(DAY));

    await c.send(user.launch());
    const afterLaunch = await storedItem(db, user.id);
    expect(afterLaunch).toMatchObject({ userId: user.id, version: 2, revision: 1 });

    await c.send(user.intent('AMAZON.NextIntent'));
    await c.send(user.intent('AMAZON.NextIntent'));
    const afterEagleArms = recordOf(await storedItem(db, user.id));
    expect(afterEagleArms.revision).toBe(3);
    expect(afterEagleArms.sessions).toEqual([
      { id: sessionIdOf(c), day: DAY, seconds: expect.any(Number), done: ['eagle_arms'], hurt: [], finished: false },
    ]);
    expect(afterEagleArms.sessions[0]?.seconds).toBeGreaterThanOrEqual(heldSeconds(c.turns));

    // Sitting rotation hurts: sharp. The answers are what the user said; only the exercise id may be kept.
    await nextUntilSaid(c, user, startLine('sitting_rotation'));
    await c.send(user.intent('PainIntent'));
    await c.send(user.intent('AMAZON.NoIntent'));
    await c.send(user.intent('AMAZON.NoIntent'));
    await c.send(user.intent('PainKindIntent', { painKind: { id: 'sharp' } }));
    const goodbye = await c.send(user.intent('AMAZON.StopIntent'));
    expect(goodbye.ended).toBe(true);

    const item = await storedItem(db, user.id);
    const record = recordOf(item);
    expect(record.revision).toBeGreaterThan(afterEagleArms.revision);
    expect(record.sessions).toEqual([
      {
        id: sessionIdOf(c),
        day: DAY,
        seconds: expect.any(Number),
        done: ['eagle_arms'],
        hurt: [{ exercise: 'sitting_rotation', leftOut: true }],
        finished: false,
      },
    ]);
    expect(record.sessions[0]?.seconds).toBeGreaterThan(afterEagleArms.sessions[0]?.seconds ?? Infinity);
    expect(record.resume).toEqual({ routine: 'default', exercises: [...ROUTINES.default], index: 1, day: DAY });
    const words = storedWords(item);
    for (const word of PAIN_WORDS) expect(words).not.toContain(word);
    expect(warnings.events()).toEqual([]);
  });
});

describe('a version 1 record', () => {
  /** recordV1 in lambda/memory/record.ts: minutes and exercises per day, and where the last routine stopped. */
  const v1 = {
    version: 1,
    history: [
      { date: '2025-03-08', minutes: 6, exercises: ['cat_stretch', 'childs_pose'] },
      { date: '2025-03-09T18:30:00.000Z', minutes: 4, exercises: ['cat_stretch'] },
    ],
    lastStop: { routine: 'default', index: 2 },
  };

  it('is migrated when read: the resume offer and "how am I doing" reflect it', async () => {
    const handler = skillWith(adapterFor(db));
    const user = new User('v1-read');
    await plantItem(db, user.id, v1);

    const offer = await user.session(handler, at(DAY)).send(user.launch());
    expect(offer.text).toContain(offerLine(ROUTINES.default[2] as ExerciseId));
    expect(offer.ended).toBe(false);

    const progress = await user.session(handler, at(DAY, '12:00')).send(user.intent('ProgressIntent'));
    expect(progress.text).toContain(message('memory.daysInARow', { days: 'two days' }));
    expect(progress.text).toContain(message('memory.totals', { sessions: 'two sessions', minutes: 'ten minutes' }));
    expect(progress.text).toContain(
      message('memory.favourites', { exercises: `${exerciseName('cat_stretch')} and ${exerciseName('childs_pose')}` }),
    );
    expect(warnings.events()).not.toContain('history-record-salvaged');
  });

  // A version 1 item has no revision attribute: the write must still go through (and migrate it).
  it('is written back as version 2, with the new session, on the next save', async () => {
    const handler = skillWith(adapterFor(db));
    const user = new User('v1-write');
    await plantItem(db, user.id, v1);

    const c = user.session(handler, at(DAY));
    await c.send(user.launch());
    await c.send(user.intent('AMAZON.YesIntent'));

    const record = recordOf(await storedItem(db, user.id));
    expect(record.sessions.map((s) => s.day)).toEqual(['2025-03-08', '2025-03-09', DAY]);
    expect(record.sessions[2]).toMatchObject({ id: sessionIdOf(c), done: [] });
    expect(warnings.events()).not.toContain('history-save-failed');
  });
});

describe('a damaged record', () => {
  /** A version 2 item damaged by hand or by a bug: it still has its revision. */
  const damaged = { version: 2, revision: 4, sessions: 'lost', resume: { routine: 'nope' }, preferences: null };

  it('is read as far as it can be and logged: launch and "how am I doing" work', async () => {
    const handler = skillWith(adapterFor(db));
    const user = new User('malformed-read');
    await plantItem(db, user.id, damaged);

    const progress = await user.session(handler, at(DAY)).send(user.intent('ProgressIntent'));
    expect(progress.text).toContain(message('memory.noHistory'));
    expect(progress.ended).toBe(false);

    const launched = await user.session(handler, at(DAY, '09:00')).send(user.launch());
    expect(launched.text.startsWith(message('welcome'))).toBe(true);
    expect(launched.text).toContain(startLine('eagle_arms'));
    expect(launched.text).not.toContain(OFFER_START);
    expect(warnings.events()).toContain('history-record-salvaged');
  });

  it('is written back valid on the next save, with what could not be read set aside in quarantine', async () => {
    const handler = skillWith(adapterFor(db));
    const user = new User('malformed-write');
    await plantItem(db, user.id, damaged);

    const c = user.session(handler, at(DAY));
    await c.send(user.launch());
    await c.send(user.intent('AMAZON.NextIntent'));

    const item = await storedItem(db, user.id);
    const record = recordOf(item);
    expect(record.revision).toBeGreaterThan(damaged.revision);
    expect(record.sessions.map((s) => s.id)).toEqual([sessionIdOf(c)]);
    expect(String(item?.quarantine)).toContain('lost');
    expect(warnings.events()).not.toContain('history-save-failed');
  });

  // Without a numeric `revision` a malformed item must still be replaced, or this user could never save again.
  it('without a revision attribute, is replaced on the next save too', async () => {
    const handler = skillWith(adapterFor(db));
    const user = new User('malformed-no-revision');
    await plantItem(db, user.id, { version: 2, sessions: 'lost', resume: 42 });

    const c = user.session(handler, at(DAY));
    await c.send(user.launch());
    await c.send(user.intent('AMAZON.NextIntent'));

    const record = recordOf(await storedItem(db, user.id));
    expect(record.sessions.map((s) => s.id)).toEqual([sessionIdOf(c)]);
    expect(warnings.events()).not.toContain('history-save-failed');
  });

  it('loses no entry for one bad one: a thousand sessions, one with an exercise the catalogue lacks, all count', async () => {
    const handler = skillWith(adapterFor(db));
    const user = new User('salvage-many');
    const day = (n: number) => new Date(Date.UTC(2022, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
    const sessions = Array.from({ length: 1000 }, (_, i) => ({ id: `old-${i}`, day: day(i), seconds: 120, done: i === 500 ? ['handstand'] : ['cat_stretch'], hurt: [], finished: true }));
    // Planted as a newer skill might have left it, beyond this version's 100 entries, with a field it does not know.
    await plantItem(db, user.id, { version: 2, revision: 9, sessions, resume: null, preferences: { routine: 'chair', slow: true, longerHolds: false }, badges: ['early bird'] });

    const c = user.session(handler, at(DAY));
    await c.send(user.launch());
    await c.send(user.intent('AMAZON.NextIntent'));

    const item = await storedItem(db, user.id);
    const record = recordOf(item);
    const seconds = [...record.sessions, ...(record.totals ?? [])].reduce((sum, s) => sum + s.seconds, 0);
    expect(seconds).toBeGreaterThanOrEqual(1000 * 120);
    expect(record.preferences).toEqual({ routine: 'chair', slow: true, longerHolds: false });
    expect(item?.badges).toEqual(['early bird']);
    expect(warnings.events()).toContain('history-record-salvaged');
    expect(String(item?.quarantine)).toContain('handstand');
  });

  it('near DynamoDB\'s 400 KB limit, the save still fits: the largest field other versions left is given up, logged', async () => {
    const handler = skillWith(adapterFor(db));
    const user = new User('near-the-limit');
    const sessions = Array.from({ length: 100 }, (_, i) => ({ id: `s-${i}`, day: '2025-01-01', seconds: 60, done: ['cat_stretch'], hurt: [], finished: true }));
    await plantItem(db, user.id, { version: 2, revision: 1, sessions, resume: null, preferences: EMPTY_PREFERENCES, notes: 'n'.repeat(390_000) });

    const c = user.session(handler, at(DAY));
    await c.send(user.launch());
    await c.send(user.intent('AMAZON.NextIntent'));

    const record = recordOf(await storedItem(db, user.id));
    expect(record.revision).toBeGreaterThan(1);
    expect(record.sessions.some((s) => s.id === sessionIdOf(c))).toBe(true);
    expect(warnings.events()).toContain('history-field-dropped');
    expect(warnings.events()).not.toContain('history-save-failed');
  });

  it('written by a newer version of the skill is never written over, and the conversation goes on', async () => {
    const handler = skillWith(adapterFor(db));
    const user = new User('newer-version');
    const newer = { version: 3, revision: 2, sessions: [], resume: null, preferences: { routine: 'floor', slow: false, longerHolds: false }, programme: { step: 4 } };
    await plantItem(db, user.id, newer);

    const c = user.session(handler, at(DAY));
    const launched = await c.send(user.launch());
    // What this version understands of it is used: the routine the user chose.
    expect(launched.text).toContain(en.routines.floor);
    expectCounting(await c.send(user.intent('AMAZON.NextIntent')));
    expect(await storedItem(db, user.id)).toEqual({ userId: user.id, ...newer });
    expect(warnings.events()).toContain('history-save-skipped');
  });
});

describe('a read that fails at launch', () => {
  /** A store whose first read fails, as a database down or slow for that one call. */
  class FirstReadFails extends CountingAdapter {
    private failed = false;
    override getAttributes(envelope: Parameters<CountingAdapter['getAttributes']>[0]): Promise<Record<string, unknown>> {
      if (!this.failed) {
        this.failed = true;
        return Promise.reject(new Error('the store is down for this call'));
      }
      return super.getAttributes(envelope);
    }
  }

  it('does not lead to a save that overwrites the stored routine, pace, hold length or resume point with defaults', async () => {
    const user = new User('read-fails-at-launch');
    const resume = { routine: 'floor', exercises: [...ROUTINES.floor], index: 3, day: DAY };
    const preferences = { routine: 'floor', slow: true, longerHolds: true };
    await plantItem(db, user.id, { version: 2, revision: 5, sessions: [], resume, preferences });

    // The session opens while the store is down for that read, asks what there is, chooses a slower pace, stops.
    const handler = skillWith(new FirstReadFails(adapterFor(db)));
    const c = user.session(handler, at(DAY, '10:00'));
    await c.send(user.intent('ListExercisesIntent'));
    await c.send(user.intent('SlowerIntent'));
    await c.send(user.intent('AMAZON.StopIntent'));

    const record = recordOf(await storedItem(db, user.id));
    expect(record.revision).toBeGreaterThan(5);
    expect(record.preferences).toEqual(preferences);
    expect(record.resume).toEqual(resume);
    // And the next launch still offers to pick up the floor routine.
    const next = await user.session(handler, at(DAY, '11:00')).send(user.launch());
    expect(next.text).toContain(offerLine(ROUTINES.floor[3] as ExerciseId));
  });
});

describe('the store stops in the middle of a routine and comes back', () => {
  let folder: string;
  let port: number;
  let server: LocalDynamo | null = null;

  const start = async () => {
    server = await startLocalDynamo({ path: folder, port });
    return server;
  };
  const stop = async () => {
    await server?.stop();
    server = null;
  };

  beforeEach(async () => {
    folder = mkdtempSync(join(tmpdir(), 'back-stretches-dynalite-'));
    port = await freePort();
  });

  afterEach(async () => {
    await stop();
    rmSync(folder, { recursive: true, force: true });
  });

  it('the conversation goes on while it is down, and the next save after the restart writes everything', async () => {
    const store = await start();
    const handler = skillWith(adapterFor(store));
    const user = new User('restart');
    const c = user.session(handler, at(DAY));
    await c.send(user.launch());
    await c.send(user.intent('AMAZON.NextIntent'));
    const before = recordOf(await storedItem(store, user.id));
    expect(before.sessions[0]?.done).toEqual([]);

    await stop();
    const whileDown: Turn[] = [];
    for (let i = 0; i < 3; i++) whileDown.push(await c.send(user.intent('AMAZON.NextIntent')));
    for (const turn of whileDown) expectCounting(turn);
    // Eagle arms' left side finished while the store was down, and sitting rotation began.
    expect(whileDown[1]?.text).toContain(startLine('sitting_rotation'));
    expect(warnings.events()).toContain('history-save-failed');

    const back = await start();
    expectCounting(await c.send(user.intent('AMAZON.NextIntent')));
    const after = recordOf(await storedItem(back, user.id));
    expect(after.sessions).toHaveLength(1);
    expect(after.sessions[0]).toMatchObject({ id: sessionIdOf(c), done: ['eagle_arms', 'sitting_rotation'] });
    expect(after.sessions[0]?.seconds).toBeGreaterThanOrEqual(heldSeconds(c.turns));

    const last = await nextUntilEnd(c, user);
    expect(last.text).toContain(message('memory.firstDay'));
    const finished = recordOf(await storedItem(back, user.id));
    expect(finished.sessions[0]).toMatchObject({ done: [...ROUTINES.default], finished: true });
    expect(finished.resume).toBeNull();
  });

  it('a routine finished while it is down is written by the next save of this Lambda process, in the next session', async () => {
    const store = await start();
    const handler = skillWith(adapterFor(store));
    const user = new User('finished-while-down');
    const first = user.session(handler, at(DAY));
    await first.send(user.launch());
    await nextUntilSaid(first, user, startLine('childs_pose'));
    const saved = recordOf(await storedItem(store, user.id));
    expect(saved.resume).not.toBeNull();

    await stop();
    const done = await nextUntilEnd(first, user);
    expect(done.text).toContain(message('routine.done', { stretches: 'five stretches' }));
    expect(warnings.events()).toContain('history-save-failed');

    const back = await start();
    // Had the finished routine been lost, the stored record would still offer to pick up where it was.
    const next = await user.session(handler, at(DAY, '18:00')).send(user.launch());
    expect(next.text).not.toContain(OFFER_START);
    expect(next.text).toContain(startLine('eagle_arms'));
    const record = recordOf(await storedItem(back, user.id));
    expect(record.sessions.find((s) => s.id === sessionIdOf(first))).toMatchObject({ done: [...ROUTINES.default], finished: true });
    expect(record.sessions).toHaveLength(2);
  });
});

/**
 * A store that answers late or never. The times measured here are not a benchmark: without the adapter's
 * timeout a turn would wait for the store (a launch reads and writes, at least 6 s with a 3 s store, and
 * for ever with a silent one), while with it each store call gives up after STORE_TIMEOUT_MS (800 ms) and
 * the turn answers from the session. A bound of 3 s tells the two apart with a wide margin for a slow CI
 * machine, and stays far inside Alexa's 8 s.
 */
describe('a store that answers late, or never', () => {
  const TURN_BOUND_MS = 3000;

  async function timed(c: Conversation, request: Parameters<Conversation['send']>[0]): Promise<Turn> {
    const started = Date.now();
    const turn = await c.send(request);
    expect(Date.now() - started).toBeLessThan(TURN_BOUND_MS);
    return turn;
  }

  it('3 s per request: every turn answers normally in time, "how am I doing" says the history is out of reach, and a warning is logged', async () => {
    const proxy = await slowProxy(db.endpoint, 3000);
    try {
      const handler = skillWith(adapterFor({ endpoint: proxy.endpoint, tableName: db.tableName }));
      const user = new User('slow');
      const c = user.session(handler, at(DAY));

      const launched = await timed(c, user.launch());
      expect(launched.text.startsWith(message('welcome'))).toBe(true);
      expect(launched.text).toContain(startLine('eagle_arms'));
      expect(launched.ended).toBe(false);
      expectCounting(await timed(c, user.intent('AMAZON.NextIntent')));
      const progress = await timed(c, user.intent('ProgressIntent'));
      expect(progress.text).toContain(message('memory.unavailable'));
      expect(progress.ended).toBe(false);

      expect(proxy.received()).toBeGreaterThan(0);
      expect(warnings.events()).toEqual(expect.arrayContaining(['history-read-failed', 'history-save-failed']));
      expect(warnings.lines().some((line) => /timeout/i.test(line))).toBe(true);
    } finally {
      await proxy.stop();
    }
  }, 15_000);

  it('a store that accepts the connection and never answers: the same', async () => {
    const proxy = await slowProxy(db.endpoint, 'never');
    try {
      const handler = skillWith(adapterFor({ endpoint: proxy.endpoint, tableName: db.tableName }));
      const user = new User('silent');
      const c = user.session(handler, at(DAY));

      const launched = await timed(c, user.launch());
      expect(launched.text).toContain(startLine('eagle_arms'));
      expectCounting(await timed(c, user.intent('AMAZON.NextIntent')));

      expect(proxy.received()).toBeGreaterThan(0);
      expect(warnings.events()).toEqual(expect.arrayContaining(['history-read-failed', 'history-save-failed']));
      expect(await storedItem(db, user.id)).toBeUndefined();
    } finally {
      await proxy.stop();
    }
  }, 15_000);
});

/**
 * Two devices of one user: two Lambda containers (two skills, each with its own adapter and in-process
 * history), two Alexa sessions. A WriteRace holds each device's write until both have read the same
 * revision, so the conflict happens every run.
 */
describe('two devices saving at the same moment', () => {
  function devices() {
    const a = new CountingAdapter(adapterFor(db));
    const b = new CountingAdapter(adapterFor(db));
    return { a, b, skillA: skillWith(a), skillB: skillWith(b) };
  }

  it("both sessions' exercises are kept: the losing write merges and retries instead of overwriting", async () => {
    const { a, b, skillA, skillB } = devices();
    const user = new User('two-devices');
    const kitchen = user.session(skillA, at(DAY));
    const bedroom = user.session(skillB, at(DAY, '08:01'));
    for (const c of [kitchen, bedroom]) {
      await c.send(user.launch());
      await c.send(user.intent('AMAZON.NextIntent'));
    }
    const before = recordOf(await storedItem(db, user.id));
    expect(before.sessions.map((s) => s.done)).toEqual([[], []]);

    const race = new WriteRace(2);
    a.meetAtNextWrite(race);
    b.meetAtNextWrite(race);
    const [inKitchen, inBedroom] = await Promise.all([
      kitchen.send(user.intent('AMAZON.NextIntent')),
      bedroom.send(user.intent('AMAZON.NextIntent')),
    ]);
    // Each device counted eagle arms' left side, which finishes the exercise.
    for (const turn of [inKitchen, inBedroom]) expectCounting(turn);

    expect(a.rejectedWrites + b.rejectedWrites).toBe(1);
    const after = recordOf(await storedItem(db, user.id));
    expect(after.revision).toBe(before.revision + 2);
    const byId = new Map(after.sessions.map((s) => [s.id, s]));
    expect(byId.get(sessionIdOf(kitchen))?.done).toEqual(['eagle_arms']);
    expect(byId.get(sessionIdOf(bedroom))?.done).toEqual(['eagle_arms']);
    expect(after.sessions).toHaveLength(2);
    expect(warnings.events()).not.toContain('history-save-failed');
  });

  it('two first sessions at once (nothing stored yet): one creates the item, the other merges into it', async () => {
    const { a, b, skillA, skillB } = devices();
    const user = new User('two-first-sessions');
    const kitchen = user.session(skillA, at(DAY));
    const bedroom = user.session(skillB, at(DAY));
    const race = new WriteRace(2);
    a.meetAtNextWrite(race);
    b.meetAtNextWrite(race);
    await Promise.all([kitchen.send(user.launch()), bedroom.send(user.launch())]);

    expect(a.rejectedWrites + b.rejectedWrites).toBe(1);
    const record = recordOf(await storedItem(db, user.id));
    expect(record.sessions.map((s) => s.id).sort()).toEqual([sessionIdOf(kitchen), sessionIdOf(bedroom)].sort());
    expect(record.revision).toBe(2);
  });
});

describe('"delete my history"', () => {
  it('asks first; no keeps the item, yes deletes it, and nothing is written back when the session ends', async () => {
    const handler = skillWith(adapterFor(db));
    const user = new User('forget');
    const stretching = user.session(handler, at(DAY));
    await stretching.send(user.launch());
    await stretching.send(user.intent('AMAZON.NextIntent'));
    await stretching.send(user.intent('AMAZON.StopIntent'));
    const kept = recordOf(await storedItem(db, user.id));

    const c = user.session(handler, at(DAY, '12:00'));
    const question = await c.send(user.intent('ForgetDataIntent'));
    expect(question.text).toContain(message('prompt.confirmForget'));
    expect(question.ended).toBe(false);
    const no = await c.send(user.intent('AMAZON.NoIntent'));
    expect(no.text).toContain(message('memory.kept'));
    const afterNo = recordOf(await storedItem(db, user.id));
    expect(afterNo.sessions).toEqual(kept.sessions);
    expect(afterNo.resume).toEqual(kept.resume);

    await c.send(user.intent('ForgetDataIntent'));
    const yes = await c.send(user.intent('AMAZON.YesIntent'));
    expect(yes.text).toContain(message('memory.forgotten'));
    expect(await storedItem(db, user.id)).toBeUndefined();
    const goodbye = await c.send(user.intent('AMAZON.StopIntent'));
    expect(goodbye.text).toContain(en.messages.goodbye);
    expect(await storedItem(db, user.id)).toBeUndefined();
  });
});
