/**
 * What the regional English models (en-GB.ts, en-AU.ts, en-CA.ts, en-IN.ts) share: small helpers to
 * build a variant of en-US, and the ways of saying it hurts that more than one region uses and the US
 * rarely does. Each region's file imports en-US, spreads it, and adds or drops what its people say
 * differently; what nobody says differently (exercise names, navigation, the store listing) is shared.
 */
import type { SlotTypeName } from '../../lambda/alexa/intents';
import type { SlotId, SlotTypeWords } from '../locale-model';

/**
 * `base` without `dropped` and with `added` at the end, each sample once. A dropped sample that `base`
 * does not have is a mistake (en-US changed under the variant), so it throws.
 */
export function extend(base: readonly string[], added: readonly string[], dropped: readonly string[] = []): string[] {
  const missing = dropped.filter((sample) => !base.includes(sample));
  if (missing.length > 0) throw new Error(`Cannot drop samples that en-US does not have: ${missing.join(', ')}`);
  const gone = new Set(dropped);
  return [...new Set([...base.filter((sample) => !gone.has(sample)), ...added])];
}

/** A slot type's words with more synonyms for some of its ids. */
export function withSynonyms<T extends SlotTypeName>(
  words: SlotTypeWords<T>,
  extra: Partial<Record<SlotId<T>, readonly string[]>>,
): SlotTypeWords<T> {
  const result = { ...words } as Record<SlotId<T>, { value: string; synonyms: readonly string[] }>;
  for (const id of Object.keys(extra) as SlotId<T>[]) {
    const added = extra[id] ?? [];
    result[id] = { value: words[id].value, synonyms: [...new Set([...words[id].synonyms, ...added])] };
  }
  return result as SlotTypeWords<T>;
}

/**
 * "my back's sore", "my neck's killing me": a body part contracted with "is" or "has". A slot cannot
 * carry the "'s" (Alexa rejects "{bodyPart}'s"), so the commonest parts are written out.
 */
export function contracted(parts: readonly string[], predicates: readonly string[]): string[] {
  return parts.flatMap((part) => predicates.map((predicate) => `my ${part}'s ${predicate}`));
}

/**
 * Frames said of the back or a joint only, written out for each ("my back has gone", "my knee went out"):
 * as `{bodyPart}` frames they would also take any other word, and "my pain has gone" would be a pain report.
 */
export function ofParts(parts: readonly string[], frames: readonly string[]): string[] {
  return parts.flatMap((part) => frames.map((frame) => frame.replace('{part}', part)));
}

/** What "goes" or "goes out" in people's words. */
export const JOINTS: readonly string[] = ['back', 'lower back', 'upper back', 'neck', 'shoulder', 'hip', 'knee'];

/** The present perfect for something that just happened, as British, Australian, Canadian and Indian speakers use it. */
export const PERFECT_PAIN: readonly string[] = [
  "i've hurt myself", "i think i've hurt myself", "i've just hurt myself", "i've pulled something",
  "i think i've pulled something", "i've pulled a muscle", "i think i've pulled a muscle", "i've strained something",
  "i've tweaked something", "i've hurt my {bodyPart}", "i think i've hurt my {bodyPart}", "i've just hurt my {bodyPart}",
  "i've pulled my {bodyPart}", "i think i've pulled my {bodyPart}", "i've strained my {bodyPart}", "i've tweaked my {bodyPart}",
  "i've twisted my {bodyPart}", "i've pulled a muscle in my {bodyPart}", "i've pulled something in my {bodyPart}",
  "i've done something to my {bodyPart}", "it's started hurting", "it's started to hurt", "it's just started hurting",
  "my {bodyPart} has started hurting", "my {bodyPart} has just started hurting", "my {bodyPart} has started to hurt",
  "i've got a bad pain in my {bodyPart}", "i've got a pain", "i've got a sharp pain",
];

/** "Sore" for pain, as British, Australian and Canadian speakers say it far more than Americans. */
export const SORE_PAIN: readonly string[] = [
  "it's really sore", "it's so sore", "it's very sore", "it's a bit sore", "it's quite sore", "it's getting sore",
  "it's sore now", "that's sore", "that's really sore", "that's so sore", "that's a bit sore", "ooh that's sore",
  "ow that's sore", "ah that's sore", "ouch that's sore",
  'my {bodyPart} is really sore', 'my {bodyPart} is so sore', 'my {bodyPart} is very sore', 'my {bodyPart} is a bit sore',
  'my {bodyPart} is quite sore', 'my {bodyPart} is getting sore', 'my {bodyPart} feels really sore', 'my {bodyPart} is sore again',
  'my {bodyPart} are sore', 'my {bodyPart} are really sore', 'my {bodyPart} are so sore', 'my {bodyPart} are killing me', 'my {bodyPart} are aching',
  'my {bodyPart} is really aching', 'my {bodyPart} is aching a lot', "i've got a sore {bodyPart}", 'i have a sore {bodyPart}',
  'a sore {bodyPart}', 'sore {bodyPart}',
];

/** British and Australian ways of saying it hurts that the two share. */
export const BRITISH_AND_AUSTRALIAN_PAIN: readonly string[] = [
  "i'm in agony", "it's agony", "that's agony", 'agony', 'absolute agony', 'my {bodyPart} is in agony',
  'my {bodyPart} is agony', 'my {bodyPart} is playing up', 'my {bodyPart} is playing up again',
  ...ofParts(JOINTS, ['my {part} has gone', 'my {part} has gone again', 'my {part} has just gone', 'my {part} went', 'my {part} just went']),
  'i felt my {bodyPart} go', "something's gone in my {bodyPart}", 'i felt something go in my {bodyPart}', 'i felt something go',
  "something's gone", 'something just went', 'my {bodyPart} has locked', 'my {bodyPart} has locked up',
  'my {bodyPart} has seized up', 'my {bodyPart} has gone into spasm', 'my {bodyPart} is in spasm', 'my {bodyPart} is spasming',
  "i've done my {bodyPart} in", "i think i've done my {bodyPart} in", "i've done my {bodyPart}", "i think i've done my {bodyPart}",
  "i've put my {bodyPart} out", "i think i've put my {bodyPart} out", "i've put my {bodyPart} out again",
  "i've jarred my {bodyPart}", "i've wrenched my {bodyPart}", "i've cricked my {bodyPart}", "i've got a crick in my {bodyPart}",
  "i've got a knot in my {bodyPart}", "i've got a twinge in my {bodyPart}", 'i felt a twinge in my {bodyPart}',
  "i'm getting a twinge in my {bodyPart}", 'a twinge in my {bodyPart}', "i've got a twinge", 'i felt a twinge',
  'my {bodyPart} twinged', 'my {bodyPart} is twinging', "i'm getting a pain in my {bodyPart}", "i'm getting pain in my {bodyPart}",
  "there's a pain in my {bodyPart}", "there's a sharp pain in my {bodyPart}", 'my {bodyPart} is throbbing',
  'my {bodyPart} is stinging', 'my {bodyPart} is burning', 'it hurts like hell', 'that hurts like hell',
  'my {bodyPart} hurts like hell', 'it bloody hurts', 'that bloody hurts', 'bloody hell that hurts', 'bloody hell my {bodyPart}',
  'ow bloody hell', 'my {bodyPart} bloody hurts', "it's bloody sore", "that's bloody sore", "it's bloody killing me",
  'oh god that hurts', 'oh god my {bodyPart}', 'oh my god that hurts', 'it hurts a bit', 'that hurts a bit', "it's hurting a bit",
  "that's a bit painful", "it's quite painful", "it's really painful", "that's very painful", "it's very painful",
  "it's too painful", "that's too painful", "i'm in a lot of pain", "i'm in quite a lot of pain", 'it hurts really badly',
  'it hurts badly', 'that hurt badly', 'my {bodyPart} hurts really badly', 'my {bodyPart} hurts badly',
  'my {bodyPart} is hurting badly', 'my {bodyPart} is hurting really badly', 'my {bodyPart} is really hurting',
  'my {bodyPart} is hurting a lot', "it's really hurting", "that's really hurting", "it's really hurting my {bodyPart}",
  "that's really hurting my {bodyPart}", 'ooh', 'ooh ow', 'ooh ouch', 'ooh that hurts', 'ooh my {bodyPart}', 'ah my {bodyPart}',
  'ah ow', "i've got cramp", "i've got cramp in my {bodyPart}", 'cramp in my {bodyPart}', "i've got a cramp", 'cramp',
  'my {bodyPart} has cramped up', 'my {bodyPart} is cramping', "i've got backache", "i've got a backache", 'backache',
  'i have backache', "i've got terrible backache", "i've got {bodyPart} ache", '{bodyPart} ache',
];

/** Emergency signs as British and Australian speakers name them ("struggling to breathe", "my arm's gone numb"). */
export const BRITISH_AND_AUSTRALIAN_RED_FLAGS: readonly string[] = [
  "i've got chest pains", 'chest pains', "i'm getting chest pains", "my chest's tight", "my chest's really tight",
  "i've got a tight chest", 'tight chest', 'my chest feels heavy', 'my chest is heavy', 'a heavy feeling in my chest',
  'my chest is really tight', "i'm struggling to breathe", 'struggling to breathe', "i can't get my breath", "i'm out of breath",
  "i can't breathe properly", "i'm finding it hard to breathe", "i'm really out of breath", "i've gone numb",
  'my legs have gone numb', "my leg's gone numb", "my arm's gone numb", "my hand's gone numb", 'my fingers have gone numb',
  'my feet have gone numb', "my arm's gone dead", "my leg's gone dead", "my bum's gone numb", "i'm numb down below",
  'numb down below', "i've lost the feeling in my legs", "i've got no feeling in my legs", "i've got pins and needles",
  "i've got pins and needles in my legs", "i've got pins and needles in my arm", "i've got pins and needles in my hands",
  'pins and needles in my hands', 'pins and needles in my fingers', 'pins and needles in my feet', 'my legs have gone weak',
  'my legs have gone to jelly', 'my legs feel like jelly', 'my legs keep giving way', 'my leg gave way', "my arm's gone weak",
  "i can't lift my arm", 'i feel a bit faint', 'i feel really faint', 'i feel lightheaded', 'i feel light headed',
  "i'm lightheaded", 'i feel woozy', "i've come over all faint", "i think i'm going to pass out", "i'm going to pass out",
  "i feel like i'm going to pass out", "i've gone dizzy", "my head's spinning", 'i feel a bit sick', 'i feel really sick',
  "i'm going to be sick", "i think i'm going to be sick", "i've been sick", 'i feel queasy', 'i feel clammy', "i'm all clammy",
  "i've come out in a cold sweat", 'cold sweat', "i'm in a cold sweat", "i'm sweating buckets", 'a ripping pain', 'ripping pain',
  'a ripping pain in my back', "it feels like something's tearing", "it feels like it's tearing",
  'a tearing feeling between my shoulder blades', "i've wet myself", "i can't wee", "i can't go to the toilet",
  "i've lost control of my bladder", "i can't control my bladder", "i've lost control of my bowels", "i'm having a heart attack",
  "i think it's my heart",
];

/** Urgent signs as British and Australian speakers say them ("I've had a fall", "it keeps me awake at night"). */
export const BRITISH_AND_AUSTRALIAN_URGENT_SIGNS: readonly string[] = [
  "i've had a fall", 'i had a tumble', "i've had a tumble", 'i took a tumble', 'i slipped over', 'i tripped over',
  'i fell down the stairs', 'i fell off a ladder', 'i came off my bike', 'i fell off my bike', 'i had a car crash',
  'i was in a car crash', "i've been in a car crash", 'i had a prang', 'i was rear ended', 'i got rear ended', 'i stacked it',
  "i've had a temperature", "i've been running a temperature", "i've got a high temperature", "i've been feverish",
  "i've been shivery", "i've got the shivers", "i've been unwell", "i've been feeling unwell", 'i feel unwell',
  'it keeps me awake at night', 'it keeps me awake', "i can't sleep for the pain", 'the pain keeps me awake', "it's worse at night",
  "it hurts when i'm lying in bed", "it doesn't ease off when i rest", "resting doesn't help", "it doesn't get better when i rest",
  "it doesn't ease when i rest", "it's there even when i rest", "i've lost a lot of weight", "i've lost weight without trying",
  "i've been losing weight without trying", "i've dropped a lot of weight", "i've lost weight and i don't know why", 'weight loss',
  "i think i've broken something",
];

/** "Not sure", British and Australian. */
export const BRITISH_AND_AUSTRALIAN_UNSURE: readonly string[] = [
  "i'm not too sure", 'not too sure', "i'm not sure really", 'not sure really', "i don't know really", 'i dunno', 'not a clue',
  'no clue', 'hard to tell', "it's hard to tell", "i'm not sure to be honest", 'not sure to be honest', 'might be', 'it might be',
  "i'm not certain", 'not certain', "i'm not a hundred percent sure", 'maybe maybe not',
];
