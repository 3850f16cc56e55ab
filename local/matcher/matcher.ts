/**
 * Offline natural-language understanding against an ASK interaction model: which intent a typed
 * utterance is, with which slots, resolved to which canonical ids. It stands in for Alexa's own
 * NLU, which is not available offline, with simple and predictable rules:
 *
 * 1. Every sample utterance of every intent is compiled; a `{slot}` hole takes one or more words.
 * 2. Words are compared folded (see fold.ts): case, punctuation and apostrophes do not matter.
 *    In Japanese, written without spaces, each character counts as a word, so a hole takes one or
 *    more characters and a sample's `{slot}` may touch the words around it ("{exercise}のやり方").
 * 3. The words in a hole of a custom slot type resolve to every value whose value or synonym is
 *    exactly those words (ER_SUCCESS_MATCH, canonical id). Words that match no value still fill
 *    the hole (ER_SUCCESS_NO_MATCH, raw value reported) when the sample's own words carry the
 *    match: it has more fixed words than there are unknown slot words. Otherwise a sample made
 *    only of a slot ("{exercise}"), or nearly ("what is the {exercise}"), would swallow sentences
 *    that Alexa sends to the fallback ("what is the weather in paris").
 * 4. Built-in intents the model declares also match Amazon's common phrasings (built-ins.ts).
 * 5. When several samples fit, the best is, in order: an exact sample (no slots) over one with
 *    slots; fewer unresolved slots; fewer words given to slots; a sample from the model over a
 *    built-in phrasing; the earlier intent and sample in the model.
 * 6. Nothing fits: no match, and the caller sends AMAZON.FallbackIntent as Alexa does.
 */
import type { InteractionModel, IntentDeclaration, SlotDeclaration } from '../model/interaction-model';
import { FALLBACK_INTENT, builtInPhrasings } from './built-ins';
import { fold, joinTokens, tokenize, type Token } from './fold';

export interface ResolvedValue {
  readonly id: string;
  /** The value's canonical name in the model. */
  readonly name: string;
}

export type SlotResolution =
  | { readonly status: 'ER_SUCCESS_MATCH'; readonly values: readonly ResolvedValue[] }
  | { readonly status: 'ER_SUCCESS_NO_MATCH' };

export interface MatchedSlot {
  readonly name: string;
  readonly type: string;
  /** The words the user said for the slot, or null when the sample did not use it. */
  readonly value: string | null;
  /** Entity resolution for a custom slot type; null for an empty slot or a type the model does not define. */
  readonly resolution: SlotResolution | null;
}

export type Understanding =
  | {
      readonly kind: 'intent';
      readonly intent: string;
      /** Every slot the intent declares, in declaration order, filled or not (Alexa sends them all). */
      readonly slots: readonly MatchedSlot[];
      /** The sample or built-in phrasing that matched, for display. */
      readonly sample: string;
      readonly source: SampleSource;
    }
  | { readonly kind: 'none' };

export type SampleSource = 'model' | 'built-in';

export interface Matcher {
  readonly model: InteractionModel;
  match(text: string): Understanding;
}

type Part = { readonly kind: 'word'; readonly word: string } | { readonly kind: 'slot'; readonly slot: SlotDeclaration };

interface CompiledSample {
  readonly intent: IntentDeclaration;
  readonly text: string;
  readonly parts: readonly Part[];
  readonly fixedWords: number;
  readonly source: SampleSource;
  readonly order: number;
}

/** The folded phrases of one custom slot type, each with the values it resolves to. */
type Vocabulary = ReadonlyMap<string, readonly ResolvedValue[]>;

interface Fill {
  readonly slot: SlotDeclaration;
  readonly tokens: readonly Token[];
  /** null: a slot type the model does not define (AMAZON.NUMBER...), taken as free words. */
  readonly resolution: SlotResolution | null;
}

interface Candidate {
  readonly sample: CompiledSample;
  readonly fills: readonly Fill[];
  readonly unresolved: number;
  readonly slotWords: number;
}

export function compileMatcher(model: InteractionModel): Matcher {
  const vocabularies = new Map<string, Vocabulary>();
  for (const type of model.types) {
    const phrases = new Map<string, ResolvedValue[]>();
    for (const value of type.values) {
      const resolved: ResolvedValue = { id: value.id, name: value.value };
      for (const phrase of new Set([value.value, ...value.synonyms].map((words) => fold(words, model.locale)))) {
        if (phrase === '') continue;
        const values = phrases.get(phrase) ?? [];
        // The same words may stand for several values; Alexa then returns them all.
        if (!values.some((known) => known.id === resolved.id)) values.push(resolved);
        phrases.set(phrase, values);
      }
    }
    vocabularies.set(type.name, phrases);
  }

  const samples: CompiledSample[] = [];
  for (const intent of model.intents) {
    for (const text of intent.samples) samples.push(compileSample(intent, text, 'model', samples.length, model.locale));
    for (const text of builtInPhrasings(model.locale)[intent.name] ?? []) {
      samples.push(compileSample(intent, text, 'built-in', samples.length, model.locale));
    }
  }

  return {
    model,
    match(text: string): Understanding {
      const tokens = tokenize(text, model.locale);
      if (tokens.length === 0) return { kind: 'none' };
      let best: Candidate | null = null;
      for (const sample of samples) {
        if (sample.intent.name === FALLBACK_INTENT) continue;
        for (const fills of parses(sample.parts, tokens, vocabularies)) {
          const candidate = rate(sample, fills);
          if (candidate === null) continue;
          if (best === null || compare(candidate, best) < 0) best = candidate;
        }
      }
      return best === null ? { kind: 'none' } : understanding(best, model.locale);
    },
  };
}

function compileSample(intent: IntentDeclaration, text: string, source: SampleSource, order: number, locale: string): CompiledSample {
  const parts: Part[] = [];
  for (const piece of text.split(/(\{[^{}]*\})/)) {
    const reference = /^\{([^{}]*)\}$/.exec(piece);
    if (reference) {
      const slot = intent.slots.find((declared) => declared.name === reference[1]);
      if (!slot) throw new Error(`${intent.name}: sample "${text}" uses {${reference[1]}}, which the intent does not declare`);
      parts.push({ kind: 'slot', slot });
    } else {
      for (const token of tokenize(piece, locale)) parts.push({ kind: 'word', word: token.folded });
    }
  }
  const fixedWords = parts.filter((part) => part.kind === 'word').length;
  return { intent, text, parts, fixedWords, source, order };
}

/** Every way the sample's parts can cover all the tokens, as the slot fillings of each. */
function parses(parts: readonly Part[], tokens: readonly Token[], vocabularies: ReadonlyMap<string, Vocabulary>): Fill[][] {
  const results: Fill[][] = [];
  const walk = (part: number, at: number, fills: readonly Fill[]): void => {
    if (part === parts.length) {
      if (at === tokens.length) results.push([...fills]);
      return;
    }
    const current = parts[part]!;
    if (current.kind === 'word') {
      if (tokens[at]?.folded === current.word) walk(part + 1, at + 1, fills);
      return;
    }
    // Each part after this one needs at least one word, so the hole cannot take them.
    const last = tokens.length - (parts.length - part - 1);
    for (let end = at + 1; end <= last; end++) {
      const words = tokens.slice(at, end);
      walk(part + 1, end, [...fills, fill(current.slot, words, vocabularies)]);
    }
  };
  walk(0, 0, []);
  return results;
}

function fill(slot: SlotDeclaration, tokens: readonly Token[], vocabularies: ReadonlyMap<string, Vocabulary>): Fill {
  const vocabulary = vocabularies.get(slot.type);
  if (!vocabulary) return { slot, tokens, resolution: null };
  const values = vocabulary.get(tokens.map((token) => token.folded).join(' '));
  return { slot, tokens, resolution: values ? { status: 'ER_SUCCESS_MATCH', values } : { status: 'ER_SUCCESS_NO_MATCH' } };
}

/** The candidate's ranking figures, or null when too little of it is the sample's own words (rule 3). */
function rate(sample: CompiledSample, fills: readonly Fill[]): Candidate | null {
  let unresolved = 0;
  let unresolvedWords = 0;
  let slotWords = 0;
  for (const { tokens, resolution } of fills) {
    slotWords += tokens.length;
    if (resolution?.status !== 'ER_SUCCESS_MATCH') {
      unresolved += 1;
      unresolvedWords += tokens.length;
    }
  }
  if (unresolved > 0 && sample.fixedWords <= unresolvedWords) return null;
  return { sample, fills, unresolved, slotWords };
}

/** Negative when `a` is the better match (rule 5). */
function compare(a: Candidate, b: Candidate): number {
  return (
    Number(a.fills.length > 0) - Number(b.fills.length > 0) ||
    a.unresolved - b.unresolved ||
    a.slotWords - b.slotWords ||
    Number(a.sample.source === 'built-in') - Number(b.sample.source === 'built-in') ||
    a.sample.order - b.sample.order
  );
}

function understanding({ sample, fills }: Candidate, locale: string): Understanding {
  const slots = sample.intent.slots.map((slot): MatchedSlot => {
    const filled = fills.find((candidate) => candidate.slot.name === slot.name);
    if (!filled) return { name: slot.name, type: slot.type, value: null, resolution: null };
    return {
      name: slot.name,
      type: slot.type,
      value: joinTokens(filled.tokens, locale),
      resolution: filled.resolution,
    };
  });
  return { kind: 'intent', intent: sample.intent.name, slots, sample: sample.text, source: sample.source };
}
