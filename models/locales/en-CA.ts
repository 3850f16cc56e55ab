/**
 * The en-CA words of the interaction model: en-US, plus how Canadians say it hurts where Americans
 * mostly would not: "sore" for pain ("my back's super sore"), the present perfect ("I think I've pulled
 * something"), "acting up", "a kink in my neck"; falls on the ice and the washroom. Exercise names,
 * navigation and the store listing are en-US's.
 */
import type { LocaleModel } from '../locale-model';
import { enUS } from './en-US';
import { JOINTS, PERFECT_PAIN, SORE_PAIN, contracted, extend, ofParts, withSynonyms } from './en-regional';

/** The parts and what people say of them, contracted: "my back's acting up", "my neck's super sore". */
const CONTRACTED = contracted(
  ['back', 'lower back', 'upper back', 'neck', 'shoulder', 'hip', 'knee', 'leg', 'arm'],
  ['sore', 'really sore', 'so sore', 'super sore', 'killing me', 'aching', 'hurting', 'acting up', 'locked up', 'out', 'out again'],
);

const CANADIAN_PAIN = [
  'my {bodyPart} is acting up', 'my {bodyPart} is acting up again', 'i threw my {bodyPart} out', 'i threw out my {bodyPart}',
  'i think i threw my {bodyPart} out', 'i think i threw out my {bodyPart}', 'i threw my {bodyPart} out again',
  "i've thrown my {bodyPart} out",
  ...ofParts(JOINTS, ['my {part} went out', 'my {part} just went out', 'my {part} is out', 'my {part} is out again']),
  'i pinched a nerve', 'i think i pinched a nerve', 'i pinched a nerve in my {bodyPart}',
  "i've got a pinched nerve", 'i have a pinched nerve', 'pinched nerve', 'i have a pinched nerve in my {bodyPart}',
  "i've got a pinched nerve in my {bodyPart}", 'i have a kink in my {bodyPart}', "i've got a kink in my {bodyPart}",
  'i got a kink in my {bodyPart}', 'i have a crick in my {bodyPart}', 'i got a crick in my {bodyPart}',
  "i've got a crick in my {bodyPart}", 'i got a charley horse', 'charley horse', 'i have a charley horse',
  "i've got a charley horse", 'i got a cramp', 'i have a cramp', "i've got a cramp", 'a cramp in my {bodyPart}',
  'i have a cramp in my {bodyPart}', 'i got a cramp in my {bodyPart}', "i've got a cramp in my {bodyPart}",
  'my {bodyPart} is cramping', 'my {bodyPart} is cramping up', 'my {bodyPart} cramped up', 'my {bodyPart} seized up',
  'my {bodyPart} locked up', 'my {bodyPart} is seizing up', 'my {bodyPart} is spasming', 'i have a spasm in my {bodyPart}',
  'it hurts like heck', 'that hurts like heck', 'my {bodyPart} hurts like heck', 'holy that hurts', 'holy my {bodyPart}',
  'oh my gosh that hurts', 'oh my gosh my {bodyPart}', 'oh my god that hurts', 'oh my god my {bodyPart}', 'it hurts like crazy',
  'my {bodyPart} hurts like crazy', "it's super sore", "it's super painful", "that's super painful", 'my {bodyPart} is super sore', 'my {bodyPart} are super sore',
  'my {bodyPart} is wicked sore', "it's wicked sore", 'my {bodyPart} is brutal', 'ouch ouch ouch', 'that hurts so bad',
  'it hurts so bad', 'my {bodyPart} hurts so bad', "it's really hurting", 'my {bodyPart} is really hurting',
  'my {bodyPart} is hurting a lot', "i'm in a lot of pain", "it's really painful", "it's very painful", "it's too painful",
  "i'm getting a sharp pain in my {bodyPart}", "i'm getting pain in my {bodyPart}", "there's a sharp pain in my {bodyPart}",
  "there's a pain in my {bodyPart}", 'my {bodyPart} is throbbing', 'my {bodyPart} is burning', 'i felt a twinge',
  'i felt a twinge in my {bodyPart}', 'my {bodyPart} twinged',
];

export const enCA: LocaleModel = {
  ...enUS,
  samples: {
    ...enUS.samples,
    PainIntent: extend(enUS.samples.PainIntent, [...PERFECT_PAIN, ...SORE_PAIN, ...CANADIAN_PAIN, ...CONTRACTED]),
    RedFlagIntent: extend(
      enUS.samples.RedFlagIntent,
      [
        "i'm out of breath", "i can't breathe properly", "i'm struggling to breathe", 'my chest is heavy', 'my chest feels heavy',
        'tight chest', "my chest's tight", 'chest pains', "i'm having chest pains", 'i feel nauseous', "i'm nauseous",
        'i feel nauseated', "i'm going to throw up", "i think i'm going to throw up", 'i feel like throwing up', 'i threw up',
        'i feel light headed', 'i feel lightheaded', "i'm light headed", "i'm clammy", 'i feel clammy',
        'i broke out in a cold sweat', 'cold sweat', "i'm going to pass out", "i think i'm going to pass out",
        "i feel like i'm going to pass out", 'i passed out', 'i blacked out', 'my legs went numb', 'my arm went numb',
        'my hand went numb', 'my leg went numb', 'my fingers went numb', 'my arm fell asleep', 'my leg fell asleep',
        'my legs fell asleep', 'my foot fell asleep', 'my legs gave out', 'my leg gave out', 'my legs are giving out',
        'i lost feeling in my legs', "i can't feel my feet", 'i peed myself', "i can't go to the washroom",
        "i can't control my bladder", 'ripping pain', 'a ripping pain', "i'm having a heart attack",
      ]
    ),
    UrgentSignIntent: extend(enUS.samples.UrgentSignIntent, [
      'i slipped on the ice', 'i fell on the ice', 'i wiped out', 'i wiped out on the ice', 'i took a spill', 'i had a spill',
      'i fell down the stairs', 'i fell off a ladder', 'i fell off my bike', 'i got rear ended', 'i was rear ended',
      'i was in a fender bender', 'i was in a car crash', 'i had a car crash', 'i got hurt playing hockey',
      "i've been running a fever", 'i have chills', "i've got chills", "i've got the chills", "i'm feverish",
      "i've had a fever", "i've been sick", "i've been feeling sick", "i've been feeling unwell", "i've been under the weather",
      'it keeps me awake at night', "i can't sleep because of it", "i can't sleep because of the pain", "it's worse at night",
      "it doesn't get better when i rest", "resting doesn't help", "rest doesn't help", "i've lost a lot of weight",
      'i lost a bunch of weight', "i've been losing weight without trying", "i've dropped some weight",
      "i've lost weight and i don't know why", 'weight loss',
    ]),
    UnsureIntent: extend(enUS.samples.UnsureIntent, [
      "i'm not too sure", 'not too sure', 'i dunno', 'i have no clue', 'no clue', 'beats me', 'who knows', "i couldn't tell you",
      'hard to tell', "it's hard to tell", 'might be', "i'm not a hundred percent sure", 'not a hundred percent',
      "i'm not certain", 'i guess maybe',
    ]),
  },
  slotValues: {
    ...enUS.slotValues,
    BodyPartType: withSynonyms(enUS.slotValues.BodyPartType, {
      neck: ['back of my neck'],
      shoulder: ['traps', 'top of my shoulder'],
      leg: ['shin', 'shins', 'calves', 'achilles', 'quads'],
      hip: ['butt cheek', 'glutes', 'backside', 'buttocks', 'bottom'],
    }),
    PainKindType: withSynonyms(enUS.slotValues.PainKindType, {
      sharp: ['twinge', 'a twinge'],
    }),
  },
};
