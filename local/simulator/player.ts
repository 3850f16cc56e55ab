/**
 * Playing Alexa's answers to a person: all at once (the default), or in real time (`--realtime`),
 * words appearing as they would be spoken and pauses waited out, so a person can do the routine
 * along with it and interrupt it. Optionally spoken aloud through espeak-ng (`--speak`).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { SPEECH_START_DELAY_SECONDS } from '../../lambda/workout/barge-in';
import { pauseLabel, type Speech } from './ssml';
import { ALEXA_PREFIX } from './transcript';

export interface Output {
  /** Writes text as it is, without a line break. */
  write(text: string): void;
}

/** Resolves after `ms`, or early (without rejecting) when `signal` aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted || ms <= 0) {
      resolve();
      return;
    }
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });
}

/**
 * Says `speech` in real time: a moment's delay as on a device, then the words printed as they
 * would be heard and each pause waited out. Returns true when it played to the end, false when
 * `signal` cut it short (the user barged in).
 */
export async function playInRealTime(speech: Speech, output: Output, signal: AbortSignal, speaker: Speaker | null): Promise<boolean> {
  // Alexa starts talking about a second after the request, and the skill's barge-in estimate counts on it.
  await sleep(SPEECH_START_DELAY_SECONDS * 1000, signal);
  if (signal.aborted) return false;
  output.write(ALEXA_PREFIX);
  speaker?.say(speech.ssml);
  for (const [text, seconds] of timeline(speech)) {
    if (text !== '') output.write(`${text} `);
    await sleep(seconds * 1000, signal);
    if (signal.aborted) {
      speaker?.stop();
      output.write('-- interrupted\n');
      return false;
    }
  }
  output.write('\n');
  return true;
}

/**
 * What to show and how long it lasts, word by word: a run of words gets its estimated time shared
 * out by the length of each word, so the text keeps pace with the voice instead of arriving a
 * paragraph at a time.
 */
export function timeline(speech: Speech): [string, number][] {
  const steps: [string, number][] = [];
  for (const part of speech.parts) {
    if (part.kind === 'audio') {
      steps.push(['[audio]', 0]);
    } else if (part.kind === 'pause') {
      steps.push([pauseLabel(part.seconds), part.seconds]);
    } else {
      const words = part.text.split(' ');
      const weight = words.reduce((sum, word) => sum + word.length + 1, 0);
      for (const word of words) steps.push([word, (part.seconds * (word.length + 1)) / weight]);
    }
  }
  return steps;
}

/** Speaks SSML aloud. One utterance at a time: a new one, or stop(), cuts the current one off. */
export interface Speaker {
  say(ssml: string): void;
  stop(): void;
  /** Resolves when the current utterance has finished (at once when there is none). */
  finished(): Promise<void>;
}

export type SpawnFunction = (command: string, args: readonly string[]) => ChildProcess;

/** espeak-ng's voice for an Alexa locale: "en-US" -> "en-us". */
export function espeakVoice(locale: string): string {
  return locale.toLowerCase();
}

/** Whether espeak-ng can be run here. */
export function espeakInstalled(): boolean {
  const probe = spawnSync('espeak-ng', ['--version'], { stdio: 'ignore' });
  return probe.error === undefined && probe.status === 0;
}

/**
 * A speaker backed by espeak-ng, which reads SSML itself (`-m`): breaks and prosody are honoured.
 * `warn` hears, once, why espeak-ng could not play (no sound device, unknown voice...).
 */
export function espeakSpeaker(locale: string, warn: (message: string) => void, run: SpawnFunction = defaultSpawn): Speaker {
  let current: ChildProcess | null = null;
  let ended: Promise<void> = Promise.resolve();
  let warned = false;
  const stop = () => {
    current?.kill();
    current = null;
  };
  return {
    say(ssml: string) {
      stop();
      const child = run('espeak-ng', ['-v', espeakVoice(locale), '-m', '--stdin']);
      current = child;
      let errors = '';
      child.stderr?.on('data', (chunk: Buffer) => {
        errors += chunk.toString('utf8');
      });
      ended = new Promise((resolve) => {
        child.on('error', (error) => {
          if (!warned) warn(`espeak-ng could not start: ${error.message}`);
          warned = true;
          resolve();
        });
        child.on('close', () => {
          const problem = errors.trim().split('\n').at(-1);
          if (problem && !warned) warn(`espeak-ng could not speak: ${problem}`);
          if (problem) warned = true;
          if (current === child) current = null;
          resolve();
        });
      });
      child.stdin?.on('error', () => undefined);
      child.stdin?.end(ssml);
    },
    stop,
    finished: () => ended,
  };
}

function defaultSpawn(command: string, args: readonly string[]): ChildProcess {
  return spawn(command, args, { stdio: ['pipe', 'ignore', 'pipe'] });
}
