import type { RequestEnvelope } from 'ask-sdk-model';
import { handler } from '../../lambda/index';
import { loadInteractionModel } from '../../local/model/interaction-model';
import { lambdaInvoke } from '../../local/simulator/cli';
import { LineQueue, parseCommand, runInteractive, runScript, type ConsoleOptions } from '../../local/simulator/console';
import { LISTEN_SECONDS } from '../../lambda/alexa/limits';
import { Simulator } from '../../local/simulator/simulator';
import { readable } from '../../local/simulator/ssml';
import { en } from '../../lambda/i18n/languages/en';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const model = loadInteractionModel('en-US');

function setup(realtime = false) {
  const sent: RequestEnvelope[] = [];
  const simulator = new Simulator({
    model,
    realtime,
    invoke: (request) => {
      sent.push(request);
      return lambdaInvoke(handler)(request);
    },
  });
  let text = '';
  const options: ConsoleOptions = {
    output: { write: (chunk) => void (text += chunk) },
    transcript: { width: 100, json: false },
    realtime,
    speaker: null,
  };
  return { simulator, sent, options, output: () => text };
}

describe('script lines', () => {
  it.each([
    ['next', { kind: 'say', text: 'next' }],
    ['  Alexa, next  ', { kind: 'say', text: 'Alexa, next' }],
    ['@8 it hurts', { kind: 'say', text: 'it hurts', secondsAfterLastRequest: 8 }],
    ['@2.5s ouch', { kind: 'say', text: 'ouch', secondsAfterLastRequest: 2.5 }],
    ['/silence', { kind: 'silence' }],
    ['/QUIT', { kind: 'quit' }],
    ['# a comment', { kind: 'skip' }],
    ['', { kind: 'skip' }],
    ['/dance', { kind: 'unknown', text: '/dance' }],
  ])('%j -> %j', (line, command) => {
    expect(parseCommand(line)).toEqual(command);
  });
});

describe('running a script through the simulator', () => {
  const demo = ['start my back stretches', 'next', 'it hurts', 'no', 'no', "it's a sharp pain", 'stop'];

  it('plays the pain conversation end to end and exits 0', async () => {
    const { simulator, sent, options, output } = setup();
    const result = await runScript(simulator, demo, { ...options, strict: true });
    expect(result.exitCode).toBe(0);
    expect(result.failures).toEqual([]);
    expect(sent.map((request) => (request.request.type === 'IntentRequest' ? request.request.intent.name : request.request.type))).toEqual([
      'LaunchRequest',
      'AMAZON.NextIntent',
      'PainIntent',
      'AMAZON.NoIntent',
      'AMAZON.NoIntent',
      'PainKindIntent',
      'AMAZON.StopIntent',
    ]);
    // What Alexa says, checked against the skill's own English messages rather than copies of them.
    const speech = result.turns.map((turn) => (turn.speech === null ? '' : readable(turn.speech)));
    const m = en.messages;
    expect(speech[0]).toMatch(new RegExp(`^${escape(m.welcome)}`));
    expect(speech[0]).toContain('Welcome to Back Stretches');
    expect(speech[0]).toMatch(/\[1 s\] /);
    expect(speech[0]).toContain(m['prompt.ready']);
    expect(speech[1]).toMatch(/Hold\.(?: …)? two(?: …)? three(?: …)? four/);
    expect(speech[2]).toContain(m['pain.stop']);
    expect(speech[2]).toContain(m['pain.redFlagQuestion']);
    expect(speech[3]).toContain(m['pain.urgentQuestion']);
    expect(speech[4]).toContain(m['pain.kindQuestion']);
    expect(speech[5]).toContain(m['pain.sharp']);
    expect(speech[6]).toContain(m.goodbye);
    const text = output();
    expect(text).toContain('you> start my back stretches');
    expect(text).toContain('alexa> Welcome to Back Stretches.');
    expect(text).toContain('-> PainKindIntent  painKind="sharp" = sharp');
    expect(text).toMatch(/\(\d[^)]* of speech; session closed\)\n$/);
    expect(result.turns.at(-1)?.sessionOpen).toBe(false);
  });

  it('exits 1 in strict mode when a line matches nothing, naming the line, and still plays the rest', async () => {
    const { simulator, options, output } = setup();
    const result = await runScript(simulator, ['open my back stretches', 'frobnicate the widget', 'stop'], { ...options, strict: true });
    expect(result.exitCode).toBe(1);
    expect(result.failures).toEqual([expect.stringMatching(/^line 2 \("frobnicate the widget"\): .*matched no sample/)]);
    expect(result.turns).toHaveLength(3);
    expect(output()).toMatch(/1 turn failed:/);
  });

  it('exits 0 for the same script when not strict', async () => {
    const { simulator, options } = setup();
    const result = await runScript(simulator, ['open my back stretches', 'frobnicate the widget'], { ...options, strict: false });
    expect(result.exitCode).toBe(0);
    expect(result.failures).toHaveLength(1);
  });

  it('exits 2 on an unknown command', async () => {
    const { simulator, options } = setup();
    expect((await runScript(simulator, ['/dance'], { ...options, strict: true })).exitCode).toBe(2);
  });

  it('runs /silence and "@N" barge-ins without waiting', async () => {
    const { simulator, sent, options, output } = setup();
    const result = await runScript(simulator, ['open my back stretches', 'next', '@6 it hurts', '/silence', '/silence'], { ...options, strict: true });
    expect(result.exitCode).toBe(0);
    expect(Date.parse(sent[2]!.request.timestamp) - Date.parse(sent[1]!.request.timestamp)).toBe(6000);
    expect(sent.at(-1)?.request).toMatchObject({ type: 'SessionEndedRequest', reason: 'EXCEEDED_MAX_REPROMPTS' });
    expect(output()).toContain('no answer: Alexa plays the reprompt');
  });
});

describe('the interactive console in real time (fake timers)', () => {
  const START = Date.UTC(2030, 0, 1, 8, 0, 0);

  beforeEach(() => {
    jest.useFakeTimers({ now: START });
  });
  afterEach(() => {
    jest.useRealTimers();
  });

  it('plays answers as time passes, sends a line typed during a pause as a barge-in at the real time, and times out on silence', async () => {
    const { simulator, sent, options, output } = setup(true);
    const lines = new LineQueue();
    const done = runInteractive(simulator, lines, { ...options, prompt: () => undefined });

    lines.push('open my back stretches');
    await jest.advanceTimersByTimeAsync(500);
    expect(sent).toHaveLength(1);
    // Nothing is said before the device starts talking, then the words come in order.
    expect(output()).not.toContain('alexa>');
    await jest.advanceTimersByTimeAsync(1_000);
    expect(output()).toMatch(/alexa> Welcome $/);
    await jest.advanceTimersByTimeAsync(2_000);
    expect(output()).toContain('alexa> Welcome to Back Stretches.');
    expect(output()).not.toMatch(/Are you in\s+position\?/);
    // The welcome and eagle arms' steps take a little over a minute; the microphone then waits 8 s.
    await jest.advanceTimersByTimeAsync(75_000);
    expect(output()).toMatch(/Are you in\s+position\?/);

    lines.push('next');
    await jest.advanceTimersByTimeAsync(0);
    const holdSentAt = Date.parse(sent[1]!.request.timestamp);
    // Eight seconds into the answer, the user speaks up: the words cut Alexa off and go at once.
    await jest.advanceTimersByTimeAsync(8_000);
    lines.push('it hurts');
    await jest.advanceTimersByTimeAsync(0);
    expect(sent).toHaveLength(3);
    expect(Date.parse(sent[2]!.request.timestamp) - holdSentAt).toBe(8_000);
    expect(output()).toContain('-- interrupted');

    // No answer after the pain question: the reprompt, then the session times out.
    await jest.advanceTimersByTimeAsync(60_000 + LISTEN_SECONDS * 1000);
    expect(output()).toContain('no answer: Alexa plays the reprompt');
    await jest.advanceTimersByTimeAsync(60_000);
    expect(sent.at(-1)?.request).toMatchObject({ type: 'SessionEndedRequest', reason: 'EXCEEDED_MAX_REPROMPTS' });
    expect(output()).toContain('session closed');

    lines.end();
    await jest.advanceTimersByTimeAsync(0);
    await done;
  });

  it('a script in real time plays each answer out, and sends an "@N" line N seconds into the last one', async () => {
    const { simulator, sent, options, output } = setup(true);
    const finished = runScript(simulator, ['open my back stretches', '@5 it hurts'], { ...options, strict: true });
    await jest.advanceTimersByTimeAsync(4_000);
    expect(sent).toHaveLength(1);
    await jest.advanceTimersByTimeAsync(1_000);
    expect(sent).toHaveLength(2);
    expect(Date.parse(sent[1]!.request.timestamp) - Date.parse(sent[0]!.request.timestamp)).toBe(5_000);
    expect(output()).toContain('-- interrupted');
    await jest.advanceTimersByTimeAsync(120_000);
    await expect(finished).resolves.toMatchObject({ exitCode: 0 });
    expect(output()).toContain(en.messages['pain.stop']);
  });

  it('without --realtime, prints each answer at once and never times out', async () => {
    const { simulator, sent, options, output } = setup(false);
    const lines = new LineQueue();
    const done = runInteractive(simulator, lines, { ...options, realtime: false, prompt: () => undefined });
    lines.push('open my back stretches');
    await jest.advanceTimersByTimeAsync(0);
    // Printed wrapped to the terminal's width.
    expect(output()).toMatch(/Are you in\s+position\?/);
    await jest.advanceTimersByTimeAsync(10 * 60_000);
    expect(sent).toHaveLength(1);
    lines.push('/quit');
    await done;
  });
});
