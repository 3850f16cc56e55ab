import { EventEmitter } from 'node:events';
import { PassThrough } from 'node:stream';
import type { ChildProcess } from 'node:child_process';
import { SPEECH_START_DELAY_SECONDS } from '../../lambda/workout/barge-in';
import { ESPEAK_MISSING, makeSpeaker } from '../../local/simulator/cli';
import { espeakSpeaker, espeakVoice, playInRealTime, sleep, timeline } from '../../local/simulator/player';
import { parseSsml } from '../../local/simulator/ssml';

/** A stand-in for an espeak-ng process: records what it was given, and can be ended or killed. */
class FakeProcess extends EventEmitter {
  readonly stdin = new PassThrough();
  readonly stderr = new PassThrough();
  input = '';
  killed = false;
  constructor(readonly args: readonly string[]) {
    super();
    this.stdin.on('data', (chunk: Buffer) => {
      this.input += chunk.toString('utf8');
    });
  }
  kill(): boolean {
    this.killed = true;
    this.emit('close', null);
    return true;
  }
}

function fakeSpawn() {
  const started: FakeProcess[] = [];
  const run = (command: string, args: readonly string[]) => {
    expect(command).toBe('espeak-ng');
    const child = new FakeProcess(args);
    started.push(child);
    return child as unknown as ChildProcess;
  };
  return { started, run };
}

describe('speaking through espeak-ng', () => {
  it('says plainly that --speak does nothing when espeak-ng is not installed', () => {
    const warnings: string[] = [];
    expect(makeSpeaker('en-US', () => false, (message) => warnings.push(message))).toBeNull();
    expect(warnings).toEqual([ESPEAK_MISSING]);
    expect(ESPEAK_MISSING).toMatch(/not installed/);
  });

  it('hands espeak-ng the SSML on stdin with the locale’s voice, and a new utterance cuts the last one off', async () => {
    const { started, run } = fakeSpawn();
    const speaker = espeakSpeaker('en-US', () => undefined, run);
    speaker.say('<speak>One.</speak>');
    speaker.say('<speak>Two.</speak>');
    await new Promise((resolve) => setImmediate(resolve));
    expect(started.map((child) => child.args)).toEqual([
      ['-v', 'en-us', '-m', '--stdin'],
      ['-v', 'en-us', '-m', '--stdin'],
    ]);
    expect(started.map((child) => child.input)).toEqual(['<speak>One.</speak>', '<speak>Two.</speak>']);
    expect(started.map((child) => child.killed)).toEqual([true, false]);
    started[1]!.emit('close', 0);
    await speaker.finished();
  });

  it('reports once why espeak-ng could not speak', async () => {
    const { started, run } = fakeSpawn();
    const warnings: string[] = [];
    const speaker = espeakSpeaker('en-US', (message) => warnings.push(message), run);
    for (let i = 0; i < 2; i++) {
      speaker.say('<speak>Hi.</speak>');
      started[i]!.stderr.write('ALSA lib pcm.c: Unknown PCM default\n');
      await new Promise((resolve) => setImmediate(resolve));
      started[i]!.emit('close', 1);
      await speaker.finished();
    }
    expect(warnings).toEqual(['espeak-ng could not speak: ALSA lib pcm.c: Unknown PCM default']);
  });

  it('names espeak-ng voices after the locale', () => {
    expect(espeakVoice('en-GB')).toBe('en-gb');
  });
});

describe('real-time playback (fake timers)', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  const speech = parseSsml('<speak>Hold. <break time="10s"/> <break time="5s"/> And release.</speak>', 'en-US');

  it('waits for the device to start talking, shows each part as it comes, and waits out the pauses', async () => {
    let text = '';
    const played = playInRealTime(speech, { write: (chunk) => void (text += chunk) }, new AbortController().signal, null);
    await jest.advanceTimersByTimeAsync(SPEECH_START_DELAY_SECONDS * 1000 - 1);
    expect(text).toBe('');
    await jest.advanceTimersByTimeAsync(1);
    expect(text).toBe('alexa> Hold. ');
    await jest.advanceTimersByTimeAsync(1000);
    expect(text).toBe('alexa> Hold. [15 s] ');
    await jest.advanceTimersByTimeAsync(14_000);
    expect(text).not.toContain('And release.');
    await jest.advanceTimersByTimeAsync(5_000);
    expect(text).toBe('alexa> Hold. [15 s] And release. \n');
    await expect(played).resolves.toBe(true);
  });

  it('stops at once when interrupted, and stops the speaker too', async () => {
    let text = '';
    const stop = new AbortController();
    const speaker = { say: jest.fn(), stop: jest.fn(), finished: () => Promise.resolve() };
    const played = playInRealTime(speech, { write: (chunk) => void (text += chunk) }, stop.signal, speaker);
    await jest.advanceTimersByTimeAsync(5_000);
    stop.abort();
    await expect(played).resolves.toBe(false);
    expect(text).toBe('alexa> Hold. [15 s] -- interrupted\n');
    expect(speaker.say).toHaveBeenCalledWith(speech.ssml);
    expect(speaker.stop).toHaveBeenCalled();
  });

  it('sleep() ends early on abort without rejecting', async () => {
    const stop = new AbortController();
    const slept = sleep(60_000, stop.signal);
    stop.abort();
    await expect(slept).resolves.toBeUndefined();
  });
});

describe('the real-time timeline', () => {
  it('shares a run of words’ time out word by word, by length, and keeps pauses whole', () => {
    const speech = parseSsml('<speak>Sit tall now. <break time="2s"/> Go.</speak>', 'en-US');
    const steps = timeline(speech);
    expect(steps.map(([text]) => text)).toEqual(['Sit', 'tall', 'now.', '[2 s]', 'Go.']);
    const words = speech.parts[0]!;
    expect(steps.slice(0, 3).reduce((sum, [, seconds]) => sum + seconds, 0)).toBeCloseTo(words.kind === 'words' ? words.seconds : NaN, 9);
    expect(steps[1]![1]).toBeGreaterThan(steps[0]![1]);
    expect(steps[3]).toEqual(['[2 s]', 2]);
  });
});
