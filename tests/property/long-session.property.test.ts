/**
 * Sessions that do not reset themselves: however long a session runs (hours of "start over", one
 * exercise asked for by name after another), every session the skill produces is one its own schema
 * accepts back from Alexa's session attributes, so the user is never sent back to the start.
 */
import fc from 'fast-check';
import { EXERCISE_IDS } from '../../lambda/catalog/exercises';
import { readSession, writeSession } from '../../lambda/session/attributes';
import { transition } from '../../lambda/workout/transition';
import { NEW_SESSION, type Session, type WorkoutEvent } from '../../lambda/workout/types';
import { EVENTS, workoutEvent } from '../../local/fuzz/events';
import { context, TURN_GAP_MS } from '../support/workout';

function expectAcceptedBack(session: Session): void {
  const back = readSession(JSON.parse(JSON.stringify(writeSession(session))));
  expect(back.problem).toBeNull();
  expect(back.session).toEqual(session);
}

/** Plays the events in one session (a session that ends starts a new one), checking every outcome. */
function play(events: readonly WorkoutEvent[]): Session {
  let session = NEW_SESSION;
  events.forEach((event, i) => {
    const outcome = transition(session, event, context(1_700_000_000_000 + i * TURN_GAP_MS, i === 0));
    expectAcceptedBack(outcome.session);
    session = outcome.reply.end ? NEW_SESSION : outcome.session;
  });
  return session;
}

describe('a long session', () => {
  test('thirty rounds of the full routine and "start over" stay a session the skill accepts back', () => {
    const round: WorkoutEvent[] = [...Array.from({ length: 20 }, (): WorkoutEvent => ({ type: 'next' })), { type: 'startOver' }];
    const session = play([{ type: 'startRoutine', routine: 'full' }, ...Array.from({ length: 30 }, () => round).flat()]);
    expect(session.state.kind).toBe('exercising');
    expect(session.log.done.length).toBeGreaterThan(100);
  });

  test('asking for one exercise after another by name, for hours, keeps the routine within its bounds', () => {
    const byName = EXERCISE_IDS.map((exercise): WorkoutEvent => ({ type: 'startExercise', exercise }));
    const session = play([{ type: 'launch' }, ...Array.from({ length: 8 }, () => byName).flat()]);
    expect(session.state.kind).toBe('exercising');
  });

  test('any long conversation: every session it produces is accepted back', () => {
    // Mostly moving on and starting over, as a long session does, with every other event mixed in.
    const longRun = fc.oneof(
      { weight: 6, arbitrary: EVENTS.next },
      { weight: 2, arbitrary: EVENTS.startOver },
      { weight: 2, arbitrary: EVENTS.startExercise },
      { weight: 1, arbitrary: workoutEvent },
    );
    fc.assert(fc.property(fc.array(longRun, { minLength: 200, maxLength: 400 }), (events) => void play(events)), { numRuns: 15 });
  });
});
