/**
 * What a response's SSML sounds like, in a form a console can show and a clock can wait out: a list
 * of words and pauses, each with its estimated length, and Alexa's SSML rules checked on the way
 * (a response Alexa would reject must fail here too, not read well).
 *
 * Lengths come from the skill's own estimator (lambda/speech/estimate.ts) at the locale's speaking
 * rate, so the simulator's idea of when a response has finished playing is the skill's idea too:
 * a "next" after it is not taken for a barge-in.
 */
import { voiceFor } from '../../lambda/i18n/voice';
import { speakingSeconds } from '../../lambda/speech/estimate';
import { MAX_BREAK_SECONDS, MAX_SPEECH_CHARACTERS } from '../../lambda/alexa/limits';

export type SpeechPart =
  | { readonly kind: 'words'; readonly text: string; readonly seconds: number }
  | { readonly kind: 'pause'; readonly seconds: number }
  /** An `<audio>` clip: its length cannot be known offline, so it takes no time here. */
  | { readonly kind: 'audio'; readonly src: string };

export interface Speech {
  readonly parts: readonly SpeechPart[];
  readonly seconds: number;
  /** The speech as SSML, for a speech engine. */
  readonly ssml: string;
}

/** The tags Alexa's SSML accepts (docs/alexa-platform.md, section 1). */
const KNOWN_TAGS = new Set([
  'speak', 'break', 'audio', 'emphasis', 'lang', 'p', 'phoneme', 'prosody', 's', 'say-as', 'sub', 'voice', 'w',
  'amazon:domain', 'amazon:effect', 'amazon:emotion',
]);

/** Pause lengths for `<break strength>` and for paragraph and sentence tags, as Alexa roughly renders them. */
const STRENGTH_SECONDS: Readonly<Record<string, number>> = {
  none: 0,
  'x-weak': 0,
  weak: 0.25,
  medium: 0.5,
  strong: 0.75,
  'x-strong': 1,
};
const NAMED_RATES: Readonly<Record<string, number>> = { 'x-slow': 0.6, slow: 0.8, medium: 1, fast: 1.2, 'x-fast': 1.4 };
const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const ESCAPES: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(ENTITIES).map(([name, c]) => [c, name]));

export class SsmlError extends Error {
  override readonly name = 'SsmlError';
}

/** Reads Alexa's output speech into timed parts; throws SsmlError where Alexa would refuse the response. */
export function parseSsml(ssml: string, locale: string): Speech {
  if (ssml.length > MAX_SPEECH_CHARACTERS) {
    throw new SsmlError(`the speech is ${ssml.length} characters long; Alexa accepts at most ${MAX_SPEECH_CHARACTERS}`);
  }
  const charactersPerSecond = voiceFor(locale).pack.charactersPerSecond;
  const parts: SpeechPart[] = [];
  const open: { name: string; rate: number; alias: string | null }[] = [];
  const rate = () => open.at(-1)?.rate ?? 1;
  const addWords = (raw: string) => {
    const text = raw.replace(/\s+/g, ' ').trim();
    if (text === '') return;
    parts.push({ kind: 'words', text, seconds: speakingSeconds(text, charactersPerSecond) / rate() });
  };
  const addPause = (seconds: number) => {
    if (seconds > 0) parts.push({ kind: 'pause', seconds });
  };

  const trimmed = ssml.trim();
  if (!trimmed.startsWith('<speak>') && !trimmed.startsWith('<speak ')) throw new SsmlError('SSML must start with <speak>');
  const pattern = /<(\/?)([a-zA-Z][\w:-]*)((?:\s+[\w:-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|<|([^<]+)/g;
  let seenRoot = false;
  let closedRoot = false;
  for (const match of trimmed.matchAll(pattern)) {
    const [whole, closing, rawName, rawAttributes, selfClosing, text] = match;
    if (text !== undefined) {
      if (closedRoot && text.trim() !== '') throw new SsmlError('text after </speak>');
      const inSub = open.find((tag) => tag.alias !== null);
      if (!inSub) addWords(unescape(text));
      continue;
    }
    if (rawName === undefined) throw new SsmlError(`malformed tag near "${trimmed.slice(match.index, match.index + 30)}"`);
    if (closedRoot) throw new SsmlError('markup after </speak>');
    const name = rawName.toLowerCase();
    if (!KNOWN_TAGS.has(name)) throw new SsmlError(`<${name}> is not an SSML tag Alexa supports`);
    const attributes = readAttributes(rawAttributes ?? '');
    if (!seenRoot) {
      if (name !== 'speak' || closing) throw new SsmlError('SSML must start with <speak>');
      seenRoot = true;
    }
    if (closing) {
      const top = open.pop();
      if (!top || top.name !== name) throw new SsmlError(`</${name}> does not close <${top?.name ?? 'nothing'}>`);
      if (top.alias !== null) addWords(top.alias);
      if (name === 'speak') closedRoot = true;
      if (name === 'p' || name === 's') addPause(STRENGTH_SECONDS[name === 'p' ? 'x-strong' : 'strong'] ?? 0);
      continue;
    }
    switch (name) {
      case 'break':
        addPause(breakSeconds(attributes, whole));
        break;
      case 'audio':
        parts.push({ kind: 'audio', src: attributes.get('src') ?? '' });
        break;
    }
    if (selfClosing) continue;
    if (name === 'break' || name === 'audio') {
      // Alexa's break and audio tags take no content; an open one would swallow the rest.
      throw new SsmlError(`<${name}> must be self-closing`);
    }
    const ownRate = name === 'prosody' ? prosodyRate(attributes.get('rate')) : 1;
    const alias = name === 'sub' ? (attributes.get('alias') ?? null) : null;
    open.push({ name, rate: rate() * ownRate, alias: alias === null ? null : unescape(alias) });
  }
  if (!closedRoot) throw new SsmlError(open.length > 0 ? `<${open.at(-1)?.name}> is never closed` : 'SSML must end with </speak>');
  const merged = mergePauses(parts);
  return { parts: merged, seconds: merged.reduce((sum, part) => sum + (part.kind === 'audio' ? 0 : part.seconds), 0), ssml: trimmed };
}

/** A response's PlainText output speech; throws SsmlError where Alexa would refuse it. */
export function parsePlainText(text: string, locale: string): Speech {
  if (text.length > MAX_SPEECH_CHARACTERS) {
    throw new SsmlError(`the speech is ${text.length} characters long; Alexa accepts at most ${MAX_SPEECH_CHARACTERS}`);
  }
  return plainTextSpeech(text, locale);
}

/** Plain words as speech: one run of words. */
export function plainTextSpeech(text: string, locale: string): Speech {
  const clean = text.replace(/\s+/g, ' ').trim();
  const ssml = `<speak>${clean.replace(/[&<>"']/g, (c) => `&${ESCAPES[c] ?? 'amp'};`)}</speak>`;
  if (clean === '') return { parts: [], seconds: 0, ssml };
  const seconds = speakingSeconds(clean, voiceFor(locale).pack.charactersPerSecond);
  return { parts: [{ kind: 'words', text: clean, seconds }], seconds, ssml };
}

/**
 * The speech as one readable line: words as said, pauses of a second or more as `[10 s]`. Shorter
 * pauses (the gaps in a count) are left out, so a count reads "two. three. four." as heard.
 */
export function readable(speech: Speech): string {
  return speech.parts
    .map((part) => (part.kind === 'words' ? part.text : part.kind === 'audio' ? '[audio]' : pauseLabel(part.seconds)))
    .filter((text) => text !== '')
    .join(' ');
}

/** `[10 s]`, `[1.5 s]`, `[1 min 20 s]`; a short pause between words (a count's rhythm) as `…`. */
const SHORT_PAUSE_SECONDS = 0.1;

export function pauseLabel(seconds: number): string {
  if (seconds < SHORT_PAUSE_SECONDS) return '';
  if (seconds < 1) return '…';
  return `[${durationLabel(seconds)}]`;
}

export function durationLabel(seconds: number): string {
  const tenths = Math.round(seconds * 10) / 10;
  if (tenths < 60) return `${tenths} s`;
  const whole = Math.round(seconds);
  const minutes = Math.floor(whole / 60);
  const rest = whole % 60;
  return rest === 0 ? `${minutes} min` : `${minutes} min ${rest} s`;
}

function readAttributes(raw: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of raw.matchAll(/([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    attributes.set(match[1]!.toLowerCase(), match[2] ?? match[3] ?? '');
  }
  return attributes;
}

function breakSeconds(attributes: ReadonlyMap<string, string>, tag: string): number {
  const time = attributes.get('time');
  if (time === undefined) {
    const strength = attributes.get('strength') ?? 'medium';
    const seconds = STRENGTH_SECONDS[strength];
    if (seconds === undefined) throw new SsmlError(`${tag}: unknown strength "${strength}"`);
    return seconds;
  }
  const parsed = /^(\d+(?:\.\d+)?)(ms|s)$/.exec(time.trim());
  if (!parsed) throw new SsmlError(`${tag}: the time needs a number and a unit, "ms" or "s"`);
  const seconds = Number(parsed[1]) / (parsed[2] === 'ms' ? 1000 : 1);
  if (seconds > MAX_BREAK_SECONDS) throw new SsmlError(`${tag}: Alexa's longest break is ${MAX_BREAK_SECONDS} s`);
  return seconds;
}

function prosodyRate(rate: string | undefined): number {
  if (rate === undefined) return 1;
  const named = NAMED_RATES[rate];
  if (named !== undefined) return named;
  const percent = /^(\d+(?:\.\d+)?)%$/.exec(rate.trim());
  if (!percent) throw new SsmlError(`<prosody rate="${rate}">: expected a percentage or x-slow...x-fast`);
  return Number(percent[1]) / 100;
}

function unescape(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-zA-Z]+);|&/g, (whole, entity: string | undefined) => {
    if (entity === undefined) throw new SsmlError('a bare "&" in SSML text: Alexa needs it written &amp;');
    if (entity.startsWith('#x')) return String.fromCodePoint(parseInt(entity.slice(2), 16));
    if (entity.startsWith('#')) return String.fromCodePoint(parseInt(entity.slice(1), 10));
    const named = ENTITIES[entity];
    if (named === undefined) throw new SsmlError(`unknown entity ${whole} in SSML`);
    return named;
  });
}

/** Back-to-back pauses (chained 10 s breaks, a step gap then a breath) are one silence to a listener. */
function mergePauses(parts: readonly SpeechPart[]): SpeechPart[] {
  const merged: SpeechPart[] = [];
  for (const part of parts) {
    const previous = merged.at(-1);
    if (part.kind === 'pause' && previous?.kind === 'pause') {
      merged[merged.length - 1] = { kind: 'pause', seconds: previous.seconds + part.seconds };
    } else {
      merged.push(part);
    }
  }
  return merged;
}
