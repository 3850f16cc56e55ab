import fc from 'fast-check';
import { EXERCISES } from '../../lambda/catalog/exercises';
import { readSession, writeSession } from '../../lambda/session/attributes';
import { renderReply } from '../../lambda/speech/render';
import { transition } from '../../lambda/workout/transition';
import { NEW_SESSION, type Session, type WorkoutEvent } from '../../lambda/workout/types';
import { workoutEvent } from '../../local/fuzz/events';
import { context, holds, sayKeys, voice } from '../support/workout';

/** Seconds between requests: from a barge-in right after the response began to a long break. */
const gap = fc.oneof(fc.integer({ min: 0, max: 90 }), fc.integer({ min: 90, max: 600 }));
const conversation = fc.array(fc.tuple(workoutEvent, gap), { minLength: 1, maxLength: 40 });

/** The events by which a user chooses to go on after pain. */
const CHOICES = new Set<WorkoutEvent['type']>(['gentler', 'resume', 'skip', 'next', 'yes', 'startRoutine', 'startExercise']);

function run(turns: readonly (readonly [WorkoutEvent, number])[], check: (before: Session, event: WorkoutEvent, after: ReturnType<typeof transition>) => void) {
  let session = NEW_SESSION;
  let now = 1_700_000_000_000;
  turns.forEach(([event, seconds], i) => {
    now += seconds * 1000;
    const outcome = transition(session, event, context(now, i === 0));
    check(session, event, outcome);
    session = outcome.reply.end ? NEW_SESSION : outcome.session;
  });
}

describe('any conversation', () => {
  test('every answer keeps its promises: a prompt when open, under 90 s, under 8000 characters, never stuck', () => {
    fc.assert(
      fc.property(conversation, (turns) => {
        run(turns, (_before, _event, outcome) => {
          const rendered = renderReply(outcome.reply, outcome.session.settings, voice);
          expect(rendered.speech.length).toBeGreaterThan(0);
          expect(rendered.speech.length).toBeLessThan(8000);
          expect(rendered.seconds).toBeLessThanOrEqual(90);
          if (!outcome.reply.end) expect(rendered.reprompt?.length).toBeGreaterThan(0);
        });
      }),
      { numRuns: 300 },
    );
  });

  test('after pain nothing is counted until the user chooses to go on', () => {
    fc.assert(
      fc.property(conversation, (turns) => {
        run(turns, (before, event, outcome) => {
          if (before.state.kind !== 'painCheck' || holds(outcome.reply.cues).length === 0) return;
          expect(['mildChoice', 'sharpChoice']).toContain(before.state.step);
          expect(CHOICES.has(event.type)).toBe(true);
        });
      }),
      { numRuns: 300 },
    );
  });

  test('from every state, any pain event stops the counting and asks a question or gives the emergency sentence', () => {
    const PAIN_EVENTS: readonly WorkoutEvent[] = [{ type: 'pain' }, { type: 'redFlag' }, { type: 'urgentSign' }, { type: 'painKind', kind: 'sharp' }, { type: 'painKind', kind: null }];
    const EMERGENCY = ['pain.redFlagAdvice', 'pain.emergencyIfSymptoms'];
    // Some conversations first go through one pain check and on, so that second reports come up too.
    const afterPain: WorkoutEvent[] = [{ type: 'launch' }, { type: 'pain' }, { type: 'no' }, { type: 'no' }, { type: 'painKind', kind: 'mild' }, { type: 'skip' }];
    const start = fc.oneof(fc.constant([]), fc.constant(afterPain.map((event) => [event, 200] as const)));
    const turns = fc.tuple(start, conversation).map(([first, rest]) => [...first, ...rest]);
    fc.assert(
      fc.property(turns, (played) => {
        let now = 1_700_000_000_000;
        run(played, (_before, _event, outcome) => {
          now += 200_000;
          if (outcome.reply.end) return;
          // Every state the conversation reaches, tried with every pain event said after its response.
          for (const pain of PAIN_EVENTS) {
            // "It's sharp" within the pain check answers its question; only outside it is it a report of pain.
            if (pain.type === 'painKind' && outcome.session.state.kind === 'painCheck') continue;
            const answer = transition(outcome.session, pain, context(now));
            expect(holds(answer.reply.cues)).toEqual([]);
            if (answer.reply.end) expect(sayKeys(answer.reply.cues).some((key) => EMERGENCY.includes(key))).toBe(true);
            else expect(renderReply(answer.reply, answer.session.settings, voice).speech).toMatch(/\?/);
          }
        });
      }),
      { numRuns: 150 },
    );
  });

  test('a movement that hurt sharply is never counted again in the session', () => {
    fc.assert(
      fc.property(conversation, (turns) => {
        run(turns, (before, _event, outcome) => {
          for (const hold of holds(outcome.reply.cues)) {
            expect(before.settings.avoid).not.toContain(EXERCISES[hold.exercise].movement);
          }
        });
      }),
      { numRuns: 300 },
    );
  });

  test('red-flag symptoms always end the session; a second pain report does too', () => {
    fc.assert(
      fc.property(conversation, (turns) => {
        run(turns, (before, event, outcome) => {
          if (event.type === 'redFlag') expect(outcome.reply.end).toBe(true);
          if (event.type === 'pain' && before.settings.painReports >= 1 && before.state.kind !== 'painCheck') {
            expect(outcome.reply.end).toBe(true);
          }
        });
      }),
      { numRuns: 300 },
    );
  });

  test('the session survives the trip through Alexa\'s session attributes unchanged', () => {
    fc.assert(
      fc.property(conversation, (turns) => {
        run(turns, (_before, _event, outcome) => {
          const back = readSession(JSON.parse(JSON.stringify(writeSession(outcome.session))));
          expect(back.problem).toBeNull();
          expect(back.session).toEqual(outcome.session);
        });
      }),
      { numRuns: 200 },
    );
  });
});
