/**
 * The conversation loops around a Simulator: a script run line by line (`--script FILE`, or piped
 * stdin), and the interactive console, either printing answers at once or playing them in real time
 * with barge-in and Alexa's listening timeouts.
 */
import { LISTEN_SECONDS } from '../../lambda/alexa/limits';
import type { Simulator, Turn } from './simulator';
import { playInRealTime, sleep, type Output, type Speaker } from './player';
import { answerLines, headerLines, statusLines, turnLines, USER_PROMPT, type TranscriptOptions } from './transcript';

export type Command =
  | { readonly kind: 'say'; readonly text: string; readonly secondsAfterLastRequest?: number }
  | { readonly kind: 'silence' }
  | { readonly kind: 'state' }
  | { readonly kind: 'json' }
  | { readonly kind: 'help' }
  | { readonly kind: 'quit' }
  | { readonly kind: 'skip' }
  | { readonly kind: 'unknown'; readonly text: string };

export const COMMAND_HELP = [
  'Type what you would say to an Echo, for example "open my back stretches", "next", "it hurts",',
  '"ask my back stretches how to do cobra". A leading "Alexa," is fine.',
  'Commands:',
  '  /silence   say nothing: Alexa plays the reprompt, and the next time the session times out',
  '  @N words   say the words N seconds after the last request, while Alexa is still talking (a barge-in;',
  '             with --realtime, just type while Alexa talks)',
  '  /state     show the session attributes the skill keeps',
  '  /json      show or hide the request and response envelopes',
  '  /quit      leave (Ctrl-D works too)',
  'In a script, blank lines and lines starting with # are skipped.',
];

export function parseCommand(line: string): Command {
  const text = line.trim();
  if (text === '' || text.startsWith('#')) return { kind: 'skip' };
  const bargeIn = /^@\s*(\d+(?:\.\d+)?)\s*s?\s+(.+)$/.exec(text);
  if (bargeIn) return { kind: 'say', text: bargeIn[2]!, secondsAfterLastRequest: Number(bargeIn[1]) };
  if (!text.startsWith('/')) return { kind: 'say', text };
  switch (text.slice(1).toLowerCase()) {
    case 'silence':
      return { kind: 'silence' };
    case 'state':
      return { kind: 'state' };
    case 'json':
      return { kind: 'json' };
    case 'help':
      return { kind: 'help' };
    case 'quit':
    case 'exit':
      return { kind: 'quit' };
    default:
      return { kind: 'unknown', text };
  }
}

export interface ConsoleOptions {
  readonly output: Output;
  readonly transcript: TranscriptOptions;
  /** Play answers in real time instead of printing them at once. */
  readonly realtime: boolean;
  readonly speaker: Speaker | null;
}

export interface ScriptOptions extends ConsoleOptions {
  /** Fail the run (exit code 1) when a turn matched no intent or the skill failed. */
  readonly strict: boolean;
}

export interface ScriptResult {
  readonly exitCode: number;
  readonly turns: readonly Turn[];
  /** "line 3: ..." for each failed turn. */
  readonly failures: readonly string[];
}

/** Runs a conversation from script lines. Exit code 1 when strict and a turn failed, 2 for an unknown command. */
export async function runScript(simulator: Simulator, lines: readonly string[], options: ScriptOptions): Promise<ScriptResult> {
  const out = lineWriter(options.output);
  let transcript = options.transcript;
  const turns: Turn[] = [];
  const failures: string[] = [];
  let previous: Turn | null = null;
  for (const [index, line] of lines.entries()) {
    const command = parseCommand(line);
    if (command.kind === 'skip') continue;
    if (command.kind === 'quit') break;
    if (command.kind === 'unknown') {
      out(`line ${index + 1}: unknown command ${command.text} (try /help)`);
      return { exitCode: 2, turns, failures: [...failures, `line ${index + 1}: unknown command ${command.text}`] };
    }
    if (command.kind === 'help' || command.kind === 'json' || command.kind === 'state') {
      transcript = metaCommand(command, simulator, transcript, out);
      continue;
    }
    if (options.realtime && previous?.speech) {
      // Let the last answer play out, or only until the barge-in time the line gives.
      const until = command.kind === 'say' && command.secondsAfterLastRequest !== undefined && previous.at !== null
        ? previous.at + command.secondsAfterLastRequest * 1000
        : null;
      await playUntil(previous, until, options);
      if (command.kind === 'silence') await sleep(LISTEN_SECONDS * 1000);
    } else if (options.speaker && previous?.speech) {
      await options.speaker.finished();
    }
    out(`${USER_PROMPT}${command.kind === 'silence' ? '(silence)' : line.trim()}`);
    const turn = command.kind === 'silence' ? await simulator.silence() : await simulator.say(command.text, sayOptions(command));
    turns.push(turn);
    if (turn.problem !== null) failures.push(`line ${index + 1} ("${line.trim()}"): ${turn.problem}`);
    showTurn(turn, { ...options, transcript }, out);
    previous = turn;
  }
  if (options.realtime && previous?.speech) await playUntil(previous, null, options);
  else if (options.speaker && previous?.speech) await options.speaker.finished();
  if (failures.length > 0) {
    out('');
    out(`${failures.length} turn${failures.length === 1 ? '' : 's'} failed:`);
    failures.forEach((failure) => out(`  ${failure}`));
  }
  return { exitCode: options.strict && failures.length > 0 ? 1 : 0, turns, failures };
}

/** A source of typed lines: `next()` resolves with the next line, or null once input has ended. */
export class LineQueue {
  private readonly lines: string[] = [];
  private waiting: ((line: string | null) => void) | null = null;
  private ended = false;

  push(line: string): void {
    if (this.waiting) {
      const resolve = this.waiting;
      this.waiting = null;
      resolve(line);
    } else {
      this.lines.push(line);
    }
  }

  end(): void {
    this.ended = true;
    if (this.waiting) {
      const resolve = this.waiting;
      this.waiting = null;
      resolve(null);
    }
  }

  next(): Promise<string | null> {
    const line = this.lines.shift();
    if (line !== undefined) return Promise.resolve(line);
    if (this.ended) return Promise.resolve(null);
    return new Promise((resolve) => {
      this.waiting = resolve;
    });
  }
}

export interface InteractiveOptions extends ConsoleOptions {
  /** Shows the prompt again once Alexa has finished and is waiting for the user. */
  readonly prompt: () => void;
}

/**
 * The interactive console. In real time, a line typed while Alexa is talking cuts it off and is
 * sent at once (a barge-in, stamped with the real time), and when the user says nothing Alexa
 * plays the reprompt and then ends the session, as an Echo does after about eight seconds each.
 */
export async function runInteractive(simulator: Simulator, lines: LineQueue, options: InteractiveOptions): Promise<void> {
  const out = lineWriter(options.output);
  let transcript = options.transcript;
  /** Shows a turn; in real time, returns it while there is still something to play or listen for. */
  const settle = (turn: Turn): Turn | null => {
    showTurn(turn, { ...options, transcript }, out);
    return options.realtime && (turn.speech !== null || turn.sessionOpen) ? turn : null;
  };
  let pending = lines.next();
  let turn: Turn | null = null;
  for (;;) {
    let line: string | null;
    if (turn !== null) {
      const heard = await playAndListen(turn, pending, options);
      if (heard === 'timeout') {
        // The prompt is already on screen, waiting.
        out('(silence)');
        turn = settle(await simulator.silence());
        continue;
      }
      line = heard;
    } else {
      options.prompt();
      line = await pending;
    }
    pending = lines.next();
    if (line === null) return;
    options.speaker?.stop();
    const command = parseCommand(line);
    switch (command.kind) {
      case 'quit':
        return;
      case 'say':
        turn = settle(await simulator.say(command.text, sayOptions(command)));
        break;
      case 'silence':
        turn = settle(await simulator.silence());
        break;
      case 'unknown':
        out(`Unknown command ${command.text}; /help lists them.`);
        turn = null;
        break;
      default:
        // The simulator's own commands take no time on the device's clock.
        transcript = metaCommand(command, simulator, transcript, out);
        turn = null;
    }
  }
}

/** /help, /json, /state and blank lines: about the simulator, nothing sent. Returns the transcript options now in force. */
function metaCommand(command: Command, simulator: Simulator, transcript: TranscriptOptions, out: (...lines: string[]) => void): TranscriptOptions {
  switch (command.kind) {
    case 'help':
      out(...COMMAND_HELP);
      return transcript;
    case 'json':
      out(`Envelopes are now ${transcript.json ? 'hidden' : 'shown'}.`);
      return { ...transcript, json: !transcript.json };
    case 'state':
      out(simulator.sessionOpen ? `Session attributes: ${JSON.stringify(simulator.attributes, null, 2)}` : 'No session is open.');
      return transcript;
    default:
      return transcript;
  }
}

/**
 * Plays a turn's speech in real time while listening for the user; then, if the session is open,
 * keeps listening as long as an Echo does. Resolves with the line typed (null: input ended), or
 * 'timeout' when the user stayed silent.
 */
async function playAndListen(turn: Turn, pending: Promise<string | null>, options: InteractiveOptions): Promise<string | null | 'timeout'> {
  const typed = pending.then((line) => ({ line }));
  if (turn.speech !== null) {
    const stop = new AbortController();
    const played = playInRealTime(turn.speech, options.output, stop.signal, options.speaker).then(() => null);
    const first = await Promise.race([played, typed]);
    if (first !== null) {
      stop.abort();
      await played;
      return first.line;
    }
    lineWriter(options.output)(...statusLines(turn));
  }
  options.prompt();
  if (!turn.sessionOpen) return (await typed).line;
  const listening = new AbortController();
  const timeout = sleep(LISTEN_SECONDS * 1000, listening.signal).then(() => 'timeout' as const);
  const result = await Promise.race([timeout, typed]);
  listening.abort();
  return result === 'timeout' ? result : result.line;
}

/** Plays a turn's speech in real time, to the end or until the epoch-ms time `until`. */
async function playUntil(turn: Turn, until: number | null, options: ConsoleOptions): Promise<void> {
  if (turn.speech === null) return;
  const stop = new AbortController();
  const timer = until === null ? null : setTimeout(() => stop.abort(), Math.max(0, until - Date.now()));
  const finished = await playInRealTime(turn.speech, options.output, stop.signal, options.speaker);
  if (timer !== null) clearTimeout(timer);
  if (finished) lineWriter(options.output)(...statusLines(turn));
}

function showTurn(turn: Turn, options: ConsoleOptions, out: (...lines: string[]) => void): void {
  if (options.realtime && turn.heard.kind !== 'nothing') {
    // The answer is played before the next line is read.
    out(...headerLines(turn, options.transcript));
    if (turn.speech === null) out(...answerLines(turn, options.transcript));
    return;
  }
  out(...turnLines(turn, options.transcript));
  if (turn.speech !== null) options.speaker?.say(turn.speech.ssml);
}

function sayOptions(command: Command & { kind: 'say' }) {
  return command.secondsAfterLastRequest === undefined ? {} : { secondsAfterLastRequest: command.secondsAfterLastRequest };
}

function lineWriter(output: Output): (...lines: string[]) => void {
  return (...lines) => {
    for (const line of lines) output.write(`${line}\n`);
  };
}
