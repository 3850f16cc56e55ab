/**
 * Memory across sessions as a user lives it, over several days: pick up where you stopped, "how am I
 * doing" and the streak, pain remembered, preferences that stick, "delete my history", and the skill
 * without a database. Each session is a new Alexa session (new session id, `session.new` on its first
 * request) of the same user, on a day of our choosing: the skill's day is the UTC date of the request.
 * The skill runs with the production DynamoDB adapter against an in-memory dynalite.
 */
import { EXERCISES, type ExerciseId } from '../../lambda/catalog/exercises';
import { ROUTINES } from '../../lambda/catalog/routines';
import type { IntentName } from '../../lambda/alexa/intents';
import type { LambdaHandler } from 'ask-sdk-core';
import { readRecord } from '../../lambda/memory/record';
import { startLocalDynamo, type LocalDynamo } from '../../local/dynamo/local-dynamo';
import { adapterFor, addDays, at, captureWarnings, nextUntilEnd, nextUntilSaid, skillWith, storedItem, User, type Warnings } from '../support/memory';
import type { Conversation, Turn } from '../support/skill';
import { countingIn, en, exerciseName, exerciseTexts, fill, longestCount, message, numberWord, sentences } from '../support/speech';

const DAY = '2025-03-10';
const name = exerciseName;
const startLine = (id: ExerciseId) => message('exercise.start', { exercise: name(id) });
const offerLine = (id: ExerciseId) => message('prompt.resumeOffer', { exercise: name(id) });
/** "Last time you stopped at": the start of any resume offer. */
const OFFER_START = en.messages['prompt.resumeOffer'].split('{{exercise}}')[0] ?? '';
const stretches = (n: number) => (n === 1 ? en.speech.stretches_one : fill(en.speech.stretches_other, { n: numberWord(n) }));
/** "Let's do the chair routine: four stretches," up to the estimated minutes. */
const routineStart = (routine: keyof typeof ROUTINES) =>
  fill(en.messages['routine.start'].split('{{minutes}}')[0] ?? '', { routine: en.routines[routine], stretches: stretches(ROUTINES[routine].length) });

let db: LocalDynamo;
let handler: LambdaHandler;
let warnings: Warnings;

beforeAll(async () => {
  db = await startLocalDynamo();
  handler = skillWith(adapterFor(db));
});

afterAll(async () => {
  await db.stop();
});

beforeEach(() => {
  warnings = captureWarnings();
});

afterEach(() => {
  // The store is up throughout: nothing here may fall back to the session alone.
  const failures = warnings.events().filter((event) => event.endsWith('-failed'));
  warnings.restore();
  expect(failures).toEqual([]);
});

/** A routine launched and left during sitting rotation, the second exercise: by "stop", or by Alexa's timeout. */
async function leftHalfWay(user: User, day: string, how: 'stop' | 'timeout'): Promise<Conversation> {
  const c = user.session(handler, at(day));
  await c.send(user.launch());
  const started = await nextUntilSaid(c, user, startLine('sitting_rotation'));
  const state = started.session?.state;
  // The exercise has more to come: it is where the routine stopped, not done.
  expect(state?.kind === 'exercising' && state.next !== null).toBe(true);
  if (how === 'stop') {
    const goodbye = await c.send(user.intent('AMAZON.StopIntent'));
    expect(goodbye.ended).toBe(true);
  } else {
    await c.send(user.sessionEnded('EXCEEDED_MAX_REPROMPTS'), { after: 16 });
  }
  return c;
}

/** A launch that starts the routine at once: no offer, the first exercise begins. */
function expectFreshStart(turn: Turn, routine: keyof typeof ROUTINES = 'default'): void {
  expect(turn.text).not.toContain(OFFER_START);
  expect(turn.text).toContain(routineStart(routine));
  expect(turn.text).toContain(startLine(ROUTINES[routine][0] as ExerciseId));
  expect(turn.ended).toBe(false);
}

describe('picking up where you stopped', () => {
  const STOP = '"stop"';
  const TIMEOUT = "Alexa's timeout (SessionEndedRequest, EXCEEDED_MAX_REPROMPTS)";
  it.each([
    { by: STOP, how: 'stop', days: 0 },
    { by: STOP, how: 'stop', days: 1 },
    { by: TIMEOUT, how: 'timeout', days: 0 },
    { by: TIMEOUT, how: 'timeout', days: 1 },
  ] as const)('a routine left half way by $by: the launch $days day(s) later asks to pick up at that exercise', async ({ how, days }) => {
    const user = new User('offer');
    await leftHalfWay(user, DAY, how);

    const offer = await user.session(handler, at(addDays(DAY, days), '19:00')).send(user.launch());
    expect(offer.text.startsWith(message('welcome'))).toBe(true);
    expect(offer.text).toContain(offerLine('sitting_rotation'));
    expect(offer.reprompt).toBe(message('reprompt.resumeOffer'));
    expect(offer.ended).toBe(false);
    // Nothing starts until the user answers.
    expect(countingIn(offer.text)).toEqual([]);
    expect(offer.text).not.toContain(startLine('eagle_arms'));
  });

  it('yes picks up at that exercise and goes on from there', async () => {
    const user = new User('offer-yes');
    await leftHalfWay(user, DAY, 'stop');
    const c = user.session(handler, at(addDays(DAY, 1)));
    await c.send(user.launch());

    const yes = await c.send(user.intent('AMAZON.YesIntent'));
    expect(yes.text).toContain(message('memory.resuming'));
    expect(yes.text).toContain(startLine('sitting_rotation'));
    expect(yes.text).not.toContain(startLine('eagle_arms'));
    expect(countingIn(yes.text)).not.toEqual([]);
    const last = await nextUntilEnd(c, user);
    // The stretches of this session: sitting rotation and the three after it.
    expect(last.text).toContain(message('routine.done', { stretches: stretches(ROUTINES.default.length - 1) }));
  });

  it('no starts the routine afresh, from its first exercise', async () => {
    const user = new User('offer-no');
    await leftHalfWay(user, DAY, 'timeout');
    const c = user.session(handler, at(addDays(DAY, 1)));
    await c.send(user.launch());

    const no = await c.send(user.intent('AMAZON.NoIntent'));
    expect(no.text).toContain(routineStart('default'));
    expect(no.text).toContain(startLine('eagle_arms'));
    expect(no.text).not.toContain(startLine('sitting_rotation'));
    expect(no.ended).toBe(false);
  });

  it('two days later there is no offer: the routine starts from the top', async () => {
    const user = new User('offer-stale');
    await leftHalfWay(user, DAY, 'stop');
    // The place to pick up is stored; it is its age that keeps it from being offered.
    expect(readRecord(await storedItem(db, user.id)).record.resume).toMatchObject({ index: 1, day: DAY });
    expectFreshStart(await user.session(handler, at(addDays(DAY, 2))).send(user.launch()));
  });

  it('a finished routine leaves nothing to pick up', async () => {
    const user = new User('finished');
    const c = user.session(handler, at(DAY));
    await c.send(user.launch());
    await nextUntilEnd(c, user);
    expect(readRecord(await storedItem(db, user.id)).record.sessions).toMatchObject([{ done: [...ROUTINES.default], finished: true }]);
    expectFreshStart(await user.session(handler, at(DAY, '19:00')).send(user.launch()));
  });

  it('"ask back stretches to resume" as the first request picks up at once, without asking', async () => {
    const user = new User('one-shot-resume');
    await leftHalfWay(user, DAY, 'stop');

    const resumed = await user.session(handler, at(addDays(DAY, 1))).send(user.intent('AMAZON.ResumeIntent'));
    expect(resumed.text).toContain(message('memory.resuming'));
    expect(resumed.text).toContain(startLine('sitting_rotation'));
    expect(resumed.text).not.toContain(OFFER_START);
    expect(countingIn(resumed.text)).not.toEqual([]);
    expect(resumed.ended).toBe(false);
  });
});

describe('coming back after the session timed out', () => {
  it.each<[string, IntentName]>([
    ['"Alexa, ask my back stretches next", the word the skill taught', 'AMAZON.NextIntent'],
    ['"... to continue"', 'AMAZON.ResumeIntent'],
    ['"... let\'s go"', 'StartRoutineIntent'],
  ])('%s picks up the unfinished routine where it stopped, instead of starting it again', async (_label, name) => {
    const user = new User(`come-back-${name}`);
    // The user went quiet on the mat: two silent reprompts, and the session closed.
    await leftHalfWay(user, DAY, 'timeout');
    const back = await user.session(handler, at(DAY, '12:00')).send(user.intent(name));
    expect(back.text).toContain(message('memory.resuming'));
    expect(back.text).toContain(startLine('sitting_rotation'));
    expect(back.text).not.toContain(startLine('eagle_arms'));
  });
});

describe('"how am I doing" and the streak', () => {
  it('counts days in a row, sessions this week, minutes in all and the stretches done most; a finished routine ends with the streak line', async () => {
    const user = new User('progress');
    // Eight days before: the cat stretch alone. Not this week, and not part of the streak.
    const early = user.session(handler, at(addDays(DAY, -8)));
    await early.send(user.intent('StartExerciseIntent', { exercise: { id: 'cat_stretch' } }));
    await nextUntilEnd(early, user);

    const firstDay = user.session(handler, at(DAY));
    await firstDay.send(user.launch());
    const firstEnd = await nextUntilEnd(firstDay, user);
    expect(firstEnd.text).toContain(message('memory.firstDay'));
    expect(firstEnd.text).not.toContain(message('memory.streak', { days: 'one day' }));

    const secondDay = user.session(handler, at(addDays(DAY, 1)));
    await secondDay.send(user.launch());
    const secondEnd = await nextUntilEnd(secondDay, user);
    expect(secondEnd.text).toContain(message('memory.streak', { days: 'two days' }));
    expect(secondEnd.text).not.toContain(message('memory.firstDay'));

    const { record } = readRecord(await storedItem(db, user.id));
    const minutes = Math.round(record.sessions.reduce((sum, s) => sum + s.seconds, 0) / 60);
    expect(minutes).toBeGreaterThan(1);

    const progress = await user.session(handler, at(addDays(DAY, 1), '20:00')).send(user.intent('ProgressIntent'));
    expect(progress.text).toContain(message('memory.daysInARow', { days: 'two days' }));
    expect(progress.text).toContain(
      message('memory.totals', { sessions: 'two sessions', minutes: fill(en.speech['duration.minutes_other'], { n: numberWord(minutes) }) }),
    );
    // Cat stretch three times, every other stretch of the routine twice: the cat stretch leads.
    const [before, after] = en.messages['memory.favourites'].split('{{exercises}}');
    const favourites = sentences(progress.text).find((s) => s.startsWith(before ?? '') && s.endsWith(after ?? ''));
    const listed = favourites?.slice((before ?? '').length, favourites.length - (after ?? '').length).split(/, and |, | and /);
    expect(listed?.[0]).toBe(name('cat_stretch'));
    expect(listed).toHaveLength(3);
    for (const exercise of listed ?? []) expect(ROUTINES.default.map(name)).toContain(exercise);
    expect(progress.ended).toBe(false);
  });

  it('with nothing stored yet, says so', async () => {
    const user = new User('no-progress');
    const turn = await user.session(handler, at(DAY)).send(user.intent('ProgressIntent'));
    expect(turn.text).toContain(message('memory.noHistory'));
    expect(turn.ended).toBe(false);
  });
});

describe('pain remembered', () => {
  /** Launch, go on to sitting rotation, say it hurts, no emergency or urgent sign, then this kind of pain, then stop. */
  async function hurtAtSittingRotation(user: User, day: string, kind: 'mild' | 'sharp'): Promise<void> {
    const c = user.session(handler, at(day));
    const first = await c.send(user.launch());
    if (first.text.includes(OFFER_START)) await c.send(user.intent('AMAZON.NoIntent'));
    await nextUntilSaid(c, user, startLine('sitting_rotation'));
    await c.send(user.intent('PainIntent'));
    await c.send(user.intent('AMAZON.NoIntent'));
    await c.send(user.intent('AMAZON.NoIntent'));
    await c.send(user.intent('PainKindIntent', { painKind: { id: kind } }));
    expect((await c.send(user.intent('AMAZON.StopIntent'))).ended).toBe(true);
  }

  const text = exerciseTexts.sitting_rotation;
  const standardOnly = text.steps.filter((step) => !text.gentler.includes(step));
  const hurtNote = message('memory.hurtLastTime', { exercise: name('sitting_rotation') });

  it('an exercise that hurt is offered next time in its gentler version, with a note; once done without pain, it is back to normal', async () => {
    const user = new User('mild');
    await hurtAtSittingRotation(user, DAY, 'mild');

    const c = user.session(handler, at(addDays(DAY, 1)));
    const offer = await c.send(user.launch());
    expect(offer.text).toContain(offerLine('sitting_rotation'));
    await c.send(user.intent('AMAZON.NoIntent'));
    const gentle = await nextUntilSaid(c, user, startLine('sitting_rotation'));
    expect(gentle.text).toContain(`${hurtNote} ${startLine('sitting_rotation')}`);
    for (const step of text.gentler) expect(gentle.text).toContain(step);
    expect(standardOnly).not.toEqual([]);
    for (const step of standardOnly) expect(gentle.text).not.toContain(step);
    // Sitting rotation done to its end without pain this time: the cat stretch begins.
    await nextUntilSaid(c, user, startLine('cat_stretch'));
    await c.send(user.intent('AMAZON.StopIntent'));

    const third = user.session(handler, at(addDays(DAY, 3)));
    await third.send(user.launch());
    const normal = await nextUntilSaid(third, user, startLine('sitting_rotation'));
    expect(normal.text).not.toContain(hurtNote);
    for (const step of standardOnly) expect(normal.text).toContain(step);
  });

  it('sharp pain on the same exercise in two sessions: the third routine leaves it out, but asked for by name it runs', async () => {
    const user = new User('sharp');
    await hurtAtSittingRotation(user, DAY, 'sharp');
    await hurtAtSittingRotation(user, addDays(DAY, 1), 'sharp');

    const c = user.session(handler, at(addDays(DAY, 2)));
    const offer = await c.send(user.launch());
    if (offer.text.includes(OFFER_START)) await c.send(user.intent('AMAZON.NoIntent'));
    const past = await nextUntilSaid(c, user, message('exercise.excluded', { exercise: name('sitting_rotation') }));
    expect(past.text).toContain(startLine('cat_stretch'));
    expect(past.text).not.toContain(startLine('sitting_rotation'));
    expect(c.turns.some((turn) => turn.text.includes(startLine('sitting_rotation')))).toBe(false);

    const asked = await c.send(user.intent('StartExerciseIntent', { exercise: { id: 'sitting_rotation' } }));
    expect(asked.text).toContain(startLine('sitting_rotation'));
    expect(countingIn(asked.text)).not.toEqual([]);
    expect(asked.ended).toBe(false);
  });
});

describe('preferences that stick', () => {
  it('"longer holds" in one session: the next session holds longer than the default', async () => {
    const defaultHold = EXERCISES.eagle_arms.phases[0]?.seconds ?? 0;
    const countedInFirstHold = async (user: User, day: string) => {
      const c = user.session(handler, at(day));
      await c.send(user.launch());
      return longestCount((await c.send(user.intent('AMAZON.NextIntent'))).text);
    };

    const usual = await countedInFirstHold(new User('usual-holds'), DAY);
    expect(usual).toBe(defaultHold);

    const user = new User('longer-holds');
    const c = user.session(handler, at(DAY));
    expect((await c.send(user.intent('LongerHoldsIntent'))).text).toContain(message('settings.longer'));
    await c.send(user.intent('AMAZON.StopIntent'));
    expect(await countedInFirstHold(user, addDays(DAY, 1))).toBeGreaterThan(defaultHold);
  });

  it('"start the chair routine": the next launch starts the chair routine', async () => {
    const user = new User('chair');
    const c = user.session(handler, at(DAY));
    const chair = await c.send(user.intent('StartRoutineIntent', { routine: { id: 'chair' } }));
    expect(chair.text).toContain(routineStart('chair'));
    await c.send(user.intent('AMAZON.StopIntent'));

    // Two days later, so that no offer to pick up comes first.
    expectFreshStart(await user.session(handler, at(addDays(DAY, 2))).send(user.launch()), 'chair');
  });
});

describe('"delete my history"', () => {
  it('asks to confirm; yes deletes it: no offer to pick up, and no history', async () => {
    const user = new User('forget');
    await leftHalfWay(user, DAY, 'stop');

    const c = user.session(handler, at(DAY, '12:00'));
    const question = await c.send(user.intent('ForgetDataIntent'));
    expect(question.text).toContain(message('prompt.confirmForget'));
    expect(question.reprompt).toBe(message('reprompt.confirmForget'));
    expect(question.ended).toBe(false);
    const yes = await c.send(user.intent('AMAZON.YesIntent'));
    expect(yes.text).toContain(message('memory.forgotten'));
    expect(yes.ended).toBe(false);
    await c.send(user.intent('AMAZON.StopIntent'));

    const progress = await user.session(handler, at(DAY, '13:00')).send(user.intent('ProgressIntent'));
    expect(progress.text).toContain(message('memory.noHistory'));
    expectFreshStart(await user.session(handler, at(DAY, '14:00')).send(user.launch()));
  });
});

describe('without a database (no TABLE_NAME)', () => {
  const noMemory = skillWith();

  it('"how am I doing" says the history cannot be reached', async () => {
    const user = new User('no-db-progress');
    const turn = await user.session(noMemory, at(DAY)).send(user.intent('ProgressIntent'));
    expect(turn.text).toContain(message('memory.unavailable'));
    expect(turn.ended).toBe(false);
  });

  it('everything else works: a whole routine, "resume" with nothing to pick up', async () => {
    const user = new User('no-db');
    const c = user.session(noMemory, at(DAY));
    expectFreshStart(await c.send(user.launch()));
    const last = await nextUntilEnd(c, user);
    expect(last.text).toContain(message('routine.done', { stretches: stretches(ROUTINES.default.length) }));
    expect(last.text).toContain(message('memory.firstDay'));

    const resumed = await user.session(noMemory, at(DAY, '12:00')).send(user.intent('AMAZON.ResumeIntent'));
    expect(resumed.text).toContain(message('memory.nothingToResume'));
    expect(resumed.text).toContain(startLine('eagle_arms'));
  });
});
