import type { PainPhrasings } from './types';

/** How people in India say it hurts in English, name the emergency signs, urgent signs and "not sure" (written for en-IN, not copied from its model). */
export const phrasings: PainPhrasings = {
  pain: [
    'my back is paining', 'my lower back is paining a lot', 'my neck is paining very much',
    'my shoulder is paining badly', 'my knee is paining too much', 'my waist is paining',
    'my waist is paining like anything', 'my back is paining since morning', 'my neck is paining from morning',
    'my shoulders are paining', 'my legs are paining', 'my upper back started paining', 'my spinal cord is paining',
    'my backbone is paining', 'i am having pain in my neck', 'i am having pain in my lower back',
    'i am having a pain in my shoulder', 'i am having severe pain in my back', 'i am having back pain',
    'i am having neck pain', 'i am having waist pain', 'i am having severe back pain',
    'i am getting pain in my shoulder', 'i am feeling pain in my knee', 'i am having pain in lower back',
    'pain in lower back', 'i have pain in neck', 'severe pain in lower back', 'i have severe pain in my neck',
    'severe neck pain', 'i have severe back pain', 'there is pain in lower back', 'pain is there in my back',
    'pain is coming in my shoulder', 'i got pain in my back', 'too much pain in my neck',
    'a lot of pain in my lower back', 'my neck got sprained', 'i sprained my ankle', 'my back got twisted',
    'i got a catch in my back', 'there is a catch in my neck', 'my neck has caught', 'catch in my back',
    'neck catch', 'i got a neck catch', 'muscle pull in my thigh', 'i got a muscle pull in my calf',
    'my neck is jammed', 'my knee joint is paining', 'my calf muscle is paining', 'ouch my back is paining',
    'aah my neck', 'my lower back is very painful', 'my back is hurting very much', 'i have hurt my back',
    'i think i have hurt my shoulder',
  ],
  redFlag: [
    'chest pain', 'pain in chest', 'heaviness in chest', 'pain in left side of chest', 'my chest is paining',
    'breathing difficulty', 'i am not able to breathe', 'i am feeling giddy', 'giddiness',
    'i am feeling like vomiting', 'i am sweating a lot', 'numbness in my legs', 'tingling in my hands',
    'weakness in legs', 'i am not able to pass urine', 'heart pain',
  ],
  urgent: [
    'i met with an accident', 'i slipped in the bathroom', 'i am having fever', 'i have temperature',
    'pain is more at night', 'i am losing weight', 'i fell from my bike',
  ],
  unsure: [
    'i am not sure', 'may be', 'cannot say', "i don't know", 'not very sure', 'i am confused',
  ],
};
