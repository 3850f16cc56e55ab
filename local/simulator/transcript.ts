/**
 * A turn as console lines: what Alexa understood, what it says (SSML stripped, long pauses as
 * `[10 s]`), the card, and whether the microphone stays open.
 */
import type { MatchedSlot } from '../matcher/matcher';
import type { Heard, Turn } from './simulator';
import { durationLabel, readable } from './ssml';

export const USER_PROMPT = 'you> ';
export const ALEXA_PREFIX = 'alexa> ';
const INDENT = ' '.repeat(ALEXA_PREFIX.length);

export interface TranscriptOptions {
  /** Wrap Alexa's speech at this many columns. */
  readonly width: number;
  /** Print every request and response envelope as JSON too. */
  readonly json: boolean;
}

/** The lines about what was heard and sent, before the skill's answer is played. */
export function headerLines(turn: Turn, options: TranscriptOptions): string[] {
  const lines = [`${INDENT}-> ${describe(turn.heard, turn.newSession)}`];
  for (const note of turn.notes) lines.push(`${INDENT}note: ${note}`);
  if (options.json) {
    for (const { request, response } of turn.exchanges) {
      lines.push(`${INDENT}request: ${JSON.stringify(request, null, 2).replace(/\n/g, `\n${INDENT}`)}`);
      lines.push(`${INDENT}response: ${response === null ? 'none' : JSON.stringify(response, null, 2).replace(/\n/g, `\n${INDENT}`)}`);
    }
  }
  if (turn.problem !== null) lines.push(`${INDENT}FAILED: ${turn.problem}`);
  return lines;
}

/** Alexa's speech, wrapped, then the card and the state of the session. */
export function answerLines(turn: Turn, options: TranscriptOptions): string[] {
  const lines = turn.speech !== null ? wrap(readable(turn.speech), options.width) : [];
  const spoken = turn.speech !== null && turn.speech.seconds > 0 ? `${durationLabel(turn.speech.seconds)} of speech; ` : '';
  return [...lines, ...statusLines(turn, spoken)];
}

/** The card, if any, and whether Alexa now listens; `lead` goes before the latter. */
export function statusLines(turn: Turn, lead = ''): string[] {
  const lines = turn.card !== null ? [`${INDENT}card: ${turn.card}`] : [];
  lines.push(`${INDENT}(${lead}${turn.sessionOpen ? 'listening' : 'session closed'})`);
  return lines;
}

export function turnLines(turn: Turn, options: TranscriptOptions): string[] {
  if (turn.heard.kind === 'nothing') return turn.notes.map((note) => `${INDENT}${note}`);
  return [...headerLines(turn, options), ...answerLines(turn, options)];
}

function describe(heard: Heard, newSession: boolean): string {
  const session = newSession ? ' (new session)' : '';
  switch (heard.kind) {
    case 'launch':
      return `LaunchRequest${session}`;
    case 'intent': {
      if (!heard.matched) return `${heard.intent}${session}: matched no sample`;
      const slots = heard.understanding.kind === 'intent' ? heard.understanding.slots.filter((slot) => slot.value !== null) : [];
      return [`${heard.intent}${session}`, ...slots.map(describeSlot)].join('  ');
    }
    case 'session-ended':
      return `SessionEndedRequest (${heard.reason})`;
    case 'reprompt':
      return 'no answer: Alexa plays the reprompt';
    case 'nothing':
      return 'nothing sent';
  }
}

function describeSlot(slot: MatchedSlot): string {
  const said = `${slot.name}="${slot.value ?? ''}"`;
  if (slot.resolution === null) return said;
  if (slot.resolution.status === 'ER_SUCCESS_NO_MATCH') return `${said} (ER_SUCCESS_NO_MATCH)`;
  return `${said} = ${slot.resolution.values.map((value) => value.id).join(' | ')}`;
}

/** Word-wraps `text` behind the "alexa> " prefix, continuation lines indented under it. */
export function wrap(text: string, width: number): string[] {
  const room = Math.max(20, width - ALEXA_PREFIX.length);
  const lines: string[] = [];
  let line = '';
  // A pause label such as "[1.5 s]" stays on one line.
  for (const word of text.match(/\[[^\]]*\]|\S+/g) ?? []) {
    if (line !== '' && line.length + 1 + word.length > room) {
      lines.push(line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  if (line !== '' || lines.length === 0) lines.push(line);
  return lines.map((content, i) => `${i === 0 ? ALEXA_PREFIX : INDENT}${content}`);
}
