/**
 * The en-AU words of the interaction model: en-US, plus how Australians say it hurts ("it's sore as",
 * "my back's stuffed", "it hurts heaps", "I've done my back"), fall ("I had a stack") or feel unwell
 * ("I've been crook"), and name the body ("bum", "hammy"). Exercise names, navigation and the store
 * listing are en-US's.
 */
import type { LocaleModel } from '../locale-model';
import { enUS } from './en-US';
import {
  BRITISH_AND_AUSTRALIAN_PAIN,
  BRITISH_AND_AUSTRALIAN_RED_FLAGS,
  BRITISH_AND_AUSTRALIAN_UNSURE,
  BRITISH_AND_AUSTRALIAN_URGENT_SIGNS,
  PERFECT_PAIN,
  SORE_PAIN,
  contracted,
  extend,
  withSynonyms,
} from './en-regional';

/** The parts and what people say of them, contracted: "my back's sore as", "my knee's stuffed". */
const CONTRACTED = contracted(
  ['back', 'lower back', 'upper back', 'neck', 'shoulder', 'hip', 'knee', 'leg', 'arm', 'bum', 'hammy'],
  [
    'sore', 'really sore', 'so sore', 'sore as', 'a bit sore', 'killing me', 'aching', 'hurting', 'really hurting',
    'playing up', 'gone', 'stuffed', 'buggered', 'in agony', 'throbbing',
  ],
);

const AUSTRALIAN_PAIN = [
  "it's sore as", "that's sore as", 'sore as', "it's sore as hell", 'my {bodyPart} is sore as', 'my {bodyPart} is sore as hell',
  'my {bodyPart} are sore as', 'it hurts heaps', 'that hurts heaps', 'my {bodyPart} hurts heaps', "it's hurting heaps",
  'my {bodyPart} is hurting heaps', 'my {bodyPart} is stuffed', "i've stuffed my {bodyPart}", "i think i've stuffed my {bodyPart}",
  'my {bodyPart} is buggered', "i've buggered my {bodyPart}", 'far out that hurts', 'far out my {bodyPart}', 'nah that hurts',
  'nah it hurts too much', 'ow ow ow my {bodyPart}',
];

export const enAU: LocaleModel = {
  ...enUS,
  samples: {
    ...enUS.samples,
    PainIntent: extend(
      enUS.samples.PainIntent,
      [...PERFECT_PAIN, ...SORE_PAIN, ...BRITISH_AND_AUSTRALIAN_PAIN, ...AUSTRALIAN_PAIN, ...CONTRACTED]
    ),
    RedFlagIntent: extend(
      enUS.samples.RedFlagIntent,
      [...BRITISH_AND_AUSTRALIAN_RED_FLAGS, "i think i'm going to chuck", "i feel like i'm going to chuck", "i can't do a wee"]
    ),
    UrgentSignIntent: extend(enUS.samples.UrgentSignIntent, [
      ...BRITISH_AND_AUSTRALIAN_URGENT_SIGNS,
      'i had a stack', 'i came a gutser', 'i had a bingle', "i've been crook", "i'm crook", "i've been feeling crook",
      "i've lost a few kilos", "i've lost heaps of weight", "i've dropped a few kilos",
    ]),
    UnsureIntent: extend(enUS.samples.UnsureIntent, [
      ...BRITISH_AND_AUSTRALIAN_UNSURE,
      "haven't got a clue", "i haven't got a clue", 'i reckon maybe', 'yeah i dunno', "yeah i'm not sure",
    ]),
  },
  slotValues: {
    ...enUS.slotValues,
    BodyPartType: withSynonyms(enUS.slotValues.BodyPartType, {
      lower_back: ['coccyx', 'small of my back', 'lower spine'],
      neck: ['back of my neck'],
      shoulder: ['traps', 'top of my shoulder'],
      leg: ['hammy', 'hammies', 'shin', 'shins', 'calves', 'achilles'],
      hip: ['bottom', 'backside', 'arse', 'bum cheek', 'glutes', 'buttocks'],
    }),
    PainKindType: withSynonyms(enUS.slotValues.PainKindType, {
      sharp: ['twinge', 'a twinge', 'jabbing', 'a jabbing pain'],
      mild: ['niggle', 'a niggle', 'niggly'],
    }),
  },
};
