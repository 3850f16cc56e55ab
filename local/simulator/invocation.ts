/**
 * How Alexa reads the start of what a user says before any skill sees it: the wake word, and the
 * launch and one-shot phrases around a skill's invocation name (docs/alexa-platform.md, section 3).
 */
import { LOCALE_MODELS, localeModel } from '../../models/build';
import { isUnspaced, joinTokens, tokenize, type Token } from '../matcher/fold';

export type Invocation =
  /** "open my back stretches": a LaunchRequest in a new session. */
  | { readonly kind: 'launch' }
  /**
   * "ask my back stretches how to do cobra": an IntentRequest in a new session. The utterances are
   * what to match, best first: with a connecting word taken off ("to start the chair routine" ->
   * "start the chair routine"), then as said.
   */
  | { readonly kind: 'one-shot'; readonly utterances: readonly string[] }
  /** Words without the invocation name: for the open session, if there is one. */
  | { readonly kind: 'utterance'; readonly utterance: string }
  /** Only the wake word, or nothing at all. */
  | { readonly kind: 'empty' };

/** The wake word as written in a script the language uses: people type アレクサ in Japanese. */
const WAKE_WORDS = ['alexa', 'アレクサ'];
/** Phrases that open a skill when said right before its name. */
const LAUNCH_PHRASES = ['open', 'open up', 'start', 'launch', 'begin', 'load', 'run', 'use', 'play', 'resume', 'talk to', 'start playing'];
/** Phrases that pass the rest of the sentence to the skill: "ask my back stretches ...". */
const ASK_PHRASES = ['ask', 'tell'];
/** Words between "ask <name>" and the request, which Alexa drops: "ask ... to start the chair routine". */
const CONNECTING_WORDS = new Set(['to', 'for', 'about', 'if', 'whether', 'that', 'and']);
/** Words between a request and the name at the end: "start the chair routine with my back stretches". */
const TRAILING_CONNECTORS = new Set(['using', 'with', 'from', 'on', 'in', 'via']);
/**
 * Japanese says the launch words after the name (「背中ストレッチを開いて」), and joins a request to the
 * name with a particle or a verb (「背中ストレッチで猫のポーズのやり方を教えて」, 「...を開いて...」): the
 * phrases of Amazon's Japanese docs on invoking custom skills.
 */
const JAPANESE_LAUNCH_ENDINGS = ['を開いて', 'を起動して', 'を開始して', 'をスタートして', 'を始めて', 'につないで', 'を開く', 'を起動'];
const JAPANESE_REQUEST_JOINS = ['を開いて', 'を起動して', 'を使って', 'で', 'に'];

export function parseInvocation(text: string, invocationName: string, locale: string): Invocation {
  let tokens = tokenize(text, locale);
  for (const wake of WAKE_WORDS) {
    const words = tokenize(wake, locale).map((token) => token.folded);
    if (indexOf(tokens, words) === 0) tokens = tokens.slice(words.length);
  }
  if (tokens.length === 0) return { kind: 'empty' };

  const name = tokenize(invocationName, locale).map((token) => token.folded);
  const phrased = phrasedInvocation(tokens, invocationName, locale);
  if (phrased !== null) return phrased;
  if (isUnspaced(locale)) return unspacedInvocation(tokens, name, locale);
  const at = indexOf(tokens, name);
  if (at < 0) return { kind: 'utterance', utterance: spoken(tokens) };

  const before = tokens.slice(0, at);
  const after = tokens.slice(at + name.length);
  const lead = spoken(before, 'folded');
  if (after.length === 0) {
    if (before.length === 0 || LAUNCH_PHRASES.includes(lead) || ASK_PHRASES.includes(lead)) return { kind: 'launch' };
    const connector = before.at(-1)!.folded;
    if (before.length > 1 && TRAILING_CONNECTORS.has(connector)) {
      return { kind: 'one-shot', utterances: [spoken(before.slice(0, -1))] };
    }
  } else if (ASK_PHRASES.includes(lead)) {
    const withoutConnector = CONNECTING_WORDS.has(after[0]!.folded) && after.length > 1 ? [spoken(after.slice(1))] : [];
    return { kind: 'one-shot', utterances: [...withoutConnector, spoken(after)] };
  } else if ((before.length === 0 || LAUNCH_PHRASES.includes(lead)) && after[0]!.folded === 'and' && after.length > 1) {
    // "open my back stretches and start the chair routine"
    return { kind: 'one-shot', utterances: [spoken(after.slice(1))] };
  }
  // The name inside an ordinary sentence ("I like my back stretches") is just words.
  return { kind: 'utterance', utterance: spoken(tokens) };
}

/**
 * The locale's own ways of opening a skill and asking it for something (models/locales: `phrasing`), so
 * "öffne sanfte rückendehnung" or "pregunta a espalda flexible cómo se hace la cobra" work like the
 * English forms below. Null when none of them fits.
 */
function phrasedInvocation(tokens: readonly Token[], invocationName: string, locale: string): Invocation | null {
  if (!(locale in LOCALE_MODELS)) return null;
  const { phrasing } = localeModel(locale);
  const folded = (text: string) => tokenize(text, locale).map((token) => token.folded);
  const said = tokens.map((token) => token.folded);
  const same = (words: readonly string[], from: number) => words.every((word, k) => said[from + k] === word);
  for (const template of phrasing.launch) {
    const words = folded(template.replace('{name}', invocationName));
    if (words.length === said.length && same(words, 0)) return { kind: 'launch' };
  }
  const requests: string[] = [];
  for (const template of phrasing.request) {
    const [head = '', tail = ''] = template.replace('{name}', invocationName).split('{request}');
    const before = folded(head);
    const after = folded(tail);
    const middle = said.length - before.length - after.length;
    if (middle > 0 && same(before, 0) && same(after, said.length - after.length)) {
      requests.push(joinTokens(tokens.slice(before.length, before.length + middle), locale));
    }
  }
  // Where several templates fit ("ask X {request}", "ask X to {request}"), the shorter request goes first.
  return requests.length > 0 ? { kind: 'one-shot', utterances: [...new Set(requests)].sort((a, b) => a.length - b.length) } : null;
}

/** The name first, then what Japanese says after it: a launch ending, or a join and the request. */
function unspacedInvocation(tokens: readonly Token[], name: readonly string[], locale: string): Invocation {
  const at = indexOf(tokens, name);
  const utterance: Invocation = { kind: 'utterance', utterance: joinTokens(tokens, locale) };
  // A name inside a sentence is just words, as in English.
  if (at !== 0) return utterance;
  const after = tokens.slice(name.length);
  const rest = joinTokens(after, locale, 'folded');
  const folded = (phrase: string) => tokenize(phrase, locale);
  if (rest === '' || JAPANESE_LAUNCH_ENDINGS.some((ending) => joinTokens(folded(ending), locale, 'folded') === rest)) {
    return { kind: 'launch' };
  }
  for (const join of JAPANESE_REQUEST_JOINS) {
    const joined = folded(join);
    if (after.length > joined.length && rest.startsWith(joinTokens(joined, locale, 'folded'))) {
      return { kind: 'one-shot', utterances: [joinTokens(after.slice(joined.length), locale)] };
    }
  }
  return utterance;
}

function indexOf(tokens: readonly Token[], words: readonly string[]): number {
  if (words.length === 0) return -1;
  for (let i = 0; i + words.length <= tokens.length; i++) {
    if (words.every((word, k) => tokens[i + k]!.folded === word)) return i;
  }
  return -1;
}

function spoken(tokens: readonly Token[], form: 'spoken' | 'folded' = 'spoken'): string {
  return tokens.map((token) => token[form]).join(' ');
}
