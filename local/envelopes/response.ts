/**
 * Checks on the response envelope a skill sends back, shared by every suite that sends requests to the
 * skill and by the fuzzer (docs/alexa-platform.md, sections 1 and 2: Alexa's SSML subset and limits).
 */
import { XMLValidator } from 'fast-xml-parser';
import { MAX_BREAK_SECONDS, MAX_SPEECH_CHARACTERS } from '../../lambda/alexa/limits';
import type { ResponseEnvelope, ui } from 'ask-sdk-model';

/** The only elements Alexa's SSML accepts. */
export const ALEXA_SSML_TAGS: readonly string[] = [
  'speak', 'break', 'audio', 'emphasis', 'lang', 'p', 'phoneme', 'prosody', 's', 'say-as', 'sub', 'voice', 'w',
  'amazon:domain', 'amazon:effect', 'amazon:emotion',
];


/** Seconds of a `<break time="...">` value ("500ms", "1.5s"), or null when it is not a time. */
function breakSeconds(time: string): number | null {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(ms|s)\s*$/.exec(time);
  if (!match) return null;
  const value = Number(match[1]);
  return match[2] === 'ms' ? value / 1000 : value;
}

/** Everything wrong with one SSML document (empty when it is fine). */
export function ssmlProblems(ssml: string): string[] {
  const problems: string[] = [];
  if (ssml.length >= MAX_SPEECH_CHARACTERS) problems.push(`SSML is ${ssml.length} characters (limit ${MAX_SPEECH_CHARACTERS})`);
  if (!/^<speak>[\s\S]*<\/speak>$/.test(ssml)) problems.push('SSML is not wrapped in a single <speak> element');
  const valid = XMLValidator.validate(ssml);
  if (valid !== true) {
    problems.push(`SSML is not well-formed XML: ${valid.err.msg} (line ${valid.err.line}, column ${valid.err.col})`);
    return problems;
  }
  for (const match of ssml.matchAll(/<\/?([A-Za-z][\w:.-]*)([^>]*)>/g)) {
    const [, tag = '', attributes = ''] = match;
    if (!ALEXA_SSML_TAGS.includes(tag)) problems.push(`<${tag}> is not an Alexa SSML tag`);
    if (tag === 'break') {
      const time = /\btime\s*=\s*"([^"]*)"/.exec(attributes)?.[1];
      if (time !== undefined) {
        const seconds = breakSeconds(time);
        if (seconds === null) problems.push(`<break time="${time}"> is not a time`);
        else if (seconds > MAX_BREAK_SECONDS) problems.push(`<break time="${time}"> is longer than ${MAX_BREAK_SECONDS} s`);
      }
    }
  }
  return problems;
}

/** The SSML of an outputSpeech, or null when there is none or it is plain text. */
export function ssmlOf(speech: ui.OutputSpeech | undefined): string | null {
  return speech?.type === 'SSML' ? speech.ssml : null;
}

/**
 * What a response does wrong regardless of the conversation: SSML that Alexa would refuse, plain-text
 * speech, and a session kept open without a reprompt.
 */
export function responseProblems(envelope: ResponseEnvelope): string[] {
  const { response } = envelope;
  const problems: string[] = [];
  for (const [what, speech] of [['outputSpeech', response.outputSpeech], ['reprompt', response.reprompt?.outputSpeech]] as const) {
    if (speech === undefined) continue;
    const ssml = ssmlOf(speech);
    if (ssml === null) problems.push(`${what} is not SSML`);
    else problems.push(...ssmlProblems(ssml).map((problem) => `${what}: ${problem}`));
  }
  if (response.shouldEndSession === false) {
    const reprompt = ssmlOf(response.reprompt?.outputSpeech);
    if (reprompt === null || plainText(reprompt) === '') problems.push('the session stays open without a reprompt');
    if (plainText(ssmlOf(response.outputSpeech) ?? '') === '') problems.push('the session stays open without speech');
  }
  return problems;
}

/** What a listener hears: the SSML without its tags and entities, spaces collapsed. */
export function plainText(ssml: string): string {
  return ssml
    .replace(/<[^>]*>/g, ' ')
    .replace(/&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}
