/**
 * The en-GB words of the interaction model: en-US, plus how people in the UK say it hurts ("my back's
 * really sore", "I've done my back in", "it's agony", "my back's playing up", "I've got pins and needles")
 * and name the body ("bum", "coccyx"). Exercise names, navigation and the store listing are en-US's.
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

/** The parts and what people say of them, contracted: "my back's killing me", "my neck's gone". */
const CONTRACTED = contracted(
  ['back', 'lower back', 'upper back', 'neck', 'shoulder', 'hip', 'knee', 'leg', 'arm', 'bum'],
  [
    'sore', 'really sore', 'so sore', 'a bit sore', 'killing me', 'aching', 'hurting', 'really hurting', 'playing up', 'gone',
    'gone again', 'in agony', 'giving me gyp', 'locked', 'seized up', 'throbbing', 'knackered',
  ],
);

const BRITISH_PAIN = [
  'my {bodyPart} is giving me gyp', 'my {bodyPart} is giving me grief', 'my {bodyPart} is knackered',
  "i've knackered my {bodyPart}", 'my {bodyPart} is in bits', 'my {bodyPart} is murder', "it's murder", 'it hurts loads',
  'that hurts loads', 'my {bodyPart} hurts loads', "i've ricked my {bodyPart}", "it's nipping", "that's nipping",
  'ow ow ow my {bodyPart}',
];

export const enGB: LocaleModel = {
  ...enUS,
  samples: {
    ...enUS.samples,
    PainIntent: extend(
      enUS.samples.PainIntent,
      [...PERFECT_PAIN, ...SORE_PAIN, ...BRITISH_AND_AUSTRALIAN_PAIN, ...BRITISH_PAIN, ...CONTRACTED]
    ),
    RedFlagIntent: extend(enUS.samples.RedFlagIntent, BRITISH_AND_AUSTRALIAN_RED_FLAGS),
    UrgentSignIntent: extend(enUS.samples.UrgentSignIntent, [
      ...BRITISH_AND_AUSTRALIAN_URGENT_SIGNS,
      "i've been feeling poorly", "i've been poorly", "i've been feeling rough", "i've lost a stone", "i've lost half a stone",
    ]),
    UnsureIntent: extend(enUS.samples.UnsureIntent, [
      ...BRITISH_AND_AUSTRALIAN_UNSURE,
      "i haven't a clue", "haven't a clue", "couldn't say", "i couldn't say", "i couldn't tell you",
    ]),
  },
  slotValues: {
    ...enUS.slotValues,
    BodyPartType: withSynonyms(enUS.slotValues.BodyPartType, {
      lower_back: ['coccyx', 'small of my back', 'lower spine'],
      neck: ['back of my neck'],
      shoulder: ['traps', 'trapezius', 'top of my shoulder'],
      leg: ['hammy', 'shin', 'shins', 'calves', 'achilles'],
      hip: ['bottom', 'backside', 'arse', 'bum cheek', 'glutes', 'buttocks'],
    }),
    PainKindType: withSynonyms(enUS.slotValues.PainKindType, {
      sharp: ['twinge', 'a twinge', 'jabbing', 'a jabbing pain'],
      mild: ['niggle', 'a niggle', 'niggly'],
    }),
  },
};
