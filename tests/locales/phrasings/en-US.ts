import type { PainPhrasings } from './types';

export const phrasings: PainPhrasings = {
  pain: [
    'my upper back is hurting', "there's pain in my arm", 'my shoulder just started hurting', 'my neck hurts really bad', 'my upper back hurts a lot',
    'something clicked in my neck', 'aching', 'burning', 'ow ow my back', 'ouch my neck', 'my shoulder blade is killing me',
    'my lower back just started hurting', 'i felt a pain in my shoulder', 'my neck is sore', 'my hip is aching',
    "i've got a sharp pain in my shoulder blade", 'ow my knee', 'argh my back', 'my spine hurts', 'my wrist is hurting',
    'my hamstring hurts', 'my elbow is killing me', 'oh my shoulder', 'my shoulders are hurting', 'it hurts in my lower back',
    "it's hurting my neck", 'something popped in my back', 'my back clicked', 'i tweaked my neck', 'i pulled my shoulder',
    'my upper back is sore', 'my back aches', 'there is pain in my neck', 'i have a pain in my hip', 'neck pain',
    'i have shoulder pain', 'my ribs hurt', 'ouch my shoulders', 'ow my spine', 'stabbing', 'that hurts my back', 'my thigh hurts',
  ],
  redFlag: [
    'chest pain', 'pressure in my chest', 'my fingers are numb', 'i feel faint', 'pins and needles', 'short of breath',
    'my heart hurts', 'there is pain in my chest', 'tingling', 'my feet are numb', "i'm breathless", 'a tearing pain',
  ],
  urgent: ['i had a fall', "i've got a fever", 'it wakes me up at night', "i've lost weight", 'i had an accident', 'fever'],
  unsure: ["i don't know", 'not sure', 'maybe', 'hard to say', "i'm not sure", 'no idea', 'dunno'],
};
