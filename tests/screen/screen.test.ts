import type { Directive, interfaces, ResponseEnvelope } from 'ask-sdk-model';
import { AplUserEventRequestBuilder } from 'ask-sdk-test';
import { EXERCISE_IDS } from '../../lambda/catalog/exercises';
import { handler } from '../../lambda/index';
import { en } from '../../lambda/i18n/languages/en';
import document from '../../lambda/screen/exercise-document.json';
import { SCREEN_TOKEN, screenDirectives } from '../../lambda/screen/directives';
import { renderReply } from '../../lambda/speech/render';
import { transition } from '../../lambda/workout/transition';
import { NEW_SESSION } from '../../lambda/workout/types';
import { context, voice } from '../support/workout';
import { FIELD_COMPONENT } from '../../lambda/screen/timeline-commands';
import { Conversation, intent, launch, SKILL_SETTINGS, type Turn } from '../support/skill';

const APL = { ...SKILL_SETTINGS, interfaces: { apl: true } };
type Command = interfaces.alexa.presentation.apl.Command;

const directives = (turn: Turn): Directive[] => turn.response.response.directives ?? [];
const renderOf = (turn: Turn) => directives(turn).find((d): d is interfaces.alexa.presentation.apl.RenderDocumentDirective => d.type === 'Alexa.Presentation.APL.RenderDocument');
const commandsOf = (turn: Turn) => directives(turn).find((d): d is interfaces.alexa.presentation.apl.ExecuteCommandsDirective => d.type === 'Alexa.Presentation.APL.ExecuteCommands');

/** Each SetValue of the timeline with the time it runs at, from the Idle delays before it. */
function timedValues(turn: Turn): { atMs: number; componentId: string; value: string }[] {
  const timed: { atMs: number; componentId: string; value: string }[] = [];
  let atMs = 0;
  const walk = (commands: readonly Command[]) => {
    for (const command of commands) {
      if (command.type === 'Sequential') walk(command.commands ?? []);
      else if (command.type === 'Idle') atMs += Number(command.delay ?? 0);
      else if (command.type === 'SetValue') timed.push({ atMs, componentId: String(command.componentId), value: String(command.value) });
    }
  };
  walk(commandsOf(turn)?.commands ?? []);
  return timed;
}

/** Every `${payload.x.y}` the document reads. */
function referencedFields(node: unknown, found = new Set<string>()): Set<string> {
  if (typeof node === 'string') {
    for (const [, path] of node.matchAll(/payload\.([\w.]+)/g)) if (path) found.add(path);
  } else if (Array.isArray(node)) {
    node.forEach((child) => referencedFields(child, found));
  } else if (node !== null && typeof node === 'object') {
    Object.values(node).forEach((child) => referencedFields(child, found));
  }
  return found;
}

const fieldOf = (payload: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((value, key) => (value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), payload);

describe('the screen', () => {
  it('is sent only to devices that render APL', async () => {
    const plain = await new Conversation(handler).send(launch());
    expect(directives(plain)).toEqual([]);
    const screen = await new Conversation(handler).send(launch(APL));
    expect(renderOf(screen)).toMatchObject({ token: SCREEN_TOKEN, document: { type: 'APL' } });
    expect(commandsOf(screen)?.token).toBe(SCREEN_TOKEN);
  });

  it('fills every field the document reads, for every exercise and every state a routine goes through', async () => {
    const fields = [...referencedFields(document.mainTemplate)];
    expect(fields.length).toBeGreaterThan(8);
    const missing = new Set<string>();
    const check = (turn: Turn) => {
      const payload = renderOf(turn)?.datasources?.payload;
      if (turn.ended) return;
      expect(payload).toBeDefined();
      for (const field of fields) if (fieldOf(payload, field) === undefined) missing.add(field);
    };
    const conversation = new Conversation(handler);
    check(await conversation.send(intent('StartRoutineIntent', { routine: { id: 'full' } }, APL)));
    const seen = new Set<string>();
    while (!conversation.last.ended) {
      const turn = await conversation.send(intent('AMAZON.NextIntent', {}, APL));
      check(turn);
      const title = renderOf(turn)?.datasources?.payload?.title;
      if (typeof title === 'string') seen.add(title);
    }
    expect([...seen].sort()).toEqual(expect.arrayContaining(EXERCISE_IDS.map((id) => en.exercises[id].title)));
    const pain = new Conversation(handler);
    await pain.send(launch(APL));
    check(await pain.send(intent('AMAZON.PauseIntent', {}, APL)));
    check(await pain.send(intent('PainIntent', {}, APL)));
    check(await pain.send(intent('AMAZON.NoIntent', {}, APL)));
    expect([...missing]).toEqual([]);
  });

  it('counts on the screen exactly when the voice counts', async () => {
    const start = { type: 'startExercise', exercise: 'childs_pose' } as const;
    const outcome = transition(NEW_SESSION, start, context(Date.UTC(2030, 0, 1)));
    const rendered = renderReply(outcome.reply, outcome.session.settings, voice);
    const turn = { response: { version: '1.0', response: { directives: screenDirectives(outcome.session, rendered, voice) } } } as unknown as Turn;
    const counts = timedValues(turn).filter((v) => v.componentId === FIELD_COMPONENT.count && /^\d+$/.test(v.value));
    expect(counts.length).toBeGreaterThan(5);
    // When each count word starts in the spoken timeline.
    const spoken = new Map<string, number[]>();
    let seconds = 0;
    for (const segment of rendered.segments) {
      if (segment.kind === 'speech') spoken.set(segment.text, [...(spoken.get(segment.text) ?? []), Math.round(seconds * 1000)]);
      seconds += segment.seconds;
    }
    for (const count of counts.filter((c) => c.value !== '1')) {
      const heard = spoken.get(en.numbers[Number(count.value)] ?? '') ?? [];
      // A count word dropped because the words before it ran long is not on screen either.
      if (heard.length > 0) expect(heard).toContain(count.atMs);
    }
    const shownHeard = counts.filter((c) => (spoken.get(en.numbers[Number(c.value)] ?? '') ?? []).includes(c.atMs));
    expect(shownHeard.length).toBeGreaterThan(counts.length / 2);
  });

  it('shows each step as it is read', async () => {
    const turn = await new Conversation(handler).send(intent('StartExerciseIntent', { exercise: { id: 'cobra_stretch' } }, APL));
    const steps = timedValues(turn).filter((v) => v.componentId === FIELD_COMPONENT.step).map((v) => v.value);
    expect(steps).toEqual(en.exercises.cobra_stretch.steps);
  });

  it('stays under Alexa\'s 120 KB response limit with the document and the timeline', async () => {
    const conversation = new Conversation(handler);
    const sizes: number[] = [];
    await conversation.send(intent('StartRoutineIntent', { routine: { id: 'full' } }, APL));
    while (!conversation.last.ended) sizes.push(JSON.stringify((await conversation.send(intent('AMAZON.NextIntent', {}, APL))).response).length);
    expect(Math.max(...sizes)).toBeLessThan(120 * 1024);
  });
});

describe('touch', () => {
  const touch = (argument: string) => new AplUserEventRequestBuilder(APL).withToken(SCREEN_TOKEN).withArguments(argument);

  it.each([
    ['pain', 'PainIntent'],
    ['pause', 'AMAZON.PauseIntent'],
    ['next', 'AMAZON.NextIntent'],
  ])('"%s" on the screen changes the session exactly as saying %s', async (argument, intentName) => {
    const start = new Conversation(handler);
    await start.send(launch(APL));
    await start.send(intent('AMAZON.NextIntent', {}, APL));
    const touched = await start.fork().send(touch(argument));
    const spoken = await start.fork().send(intent(intentName, {}, APL));
    expect(touched.session).toEqual(spoken.session);
    expect(touched.text).toBe(spoken.text);
  });

  it('"resume" on the screen resumes like the spoken word', async () => {
    const start = new Conversation(handler);
    await start.send(launch(APL));
    await start.send(intent('AMAZON.PauseIntent', {}, APL));
    const touched = await start.fork().send(touch('resume'));
    const spoken = await start.fork().send(intent('AMAZON.ResumeIntent', {}, APL));
    expect(touched.session).toEqual(spoken.session);
  });

  it('an unknown touch gets the fallback answer, not an error', async () => {
    const start = new Conversation(handler);
    await start.send(launch(APL));
    const turn = await start.send(touch('dance'));
    // During a routine, what the skill cannot place stops the count and asks whether something hurt.
    expect(turn.text).toContain(en.messages['prompt.didSomethingHurt']);
  });
});

describe('cards in the Alexa app', () => {
  const cardOf = (response: ResponseEnvelope) => response.response.card;

  it('a how-to sends its steps, caution and gentler version as a card', async () => {
    const turn = await new Conversation(handler).send(intent('HowToIntent', { exercise: { id: 'cobra_stretch' } }));
    const card = cardOf(turn.response);
    expect(card).toMatchObject({ type: 'Standard', title: en.exercises.cobra_stretch.title });
    const text = card?.type === 'Standard' ? (card.text ?? '') : '';
    for (const line of [...en.exercises.cobra_stretch.steps, en.exercises.cobra_stretch.caution, ...en.exercises.cobra_stretch.gentler]) {
      expect(text).toContain(line);
    }
  });

  it('the end of a routine sends its summary as a card', async () => {
    const conversation = new Conversation(handler);
    await conversation.send(intent('StartRoutineIntent', { routine: { id: 'chair' } }));
    while (!conversation.last.ended) await conversation.send(intent('AMAZON.NextIntent'));
    const card = cardOf(conversation.last.response);
    expect(card?.type === 'Standard' ? card.text : '').toContain('You did four stretches');
  });
});
