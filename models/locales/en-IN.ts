/**
 * The en-IN words of the interaction model: en-US, plus Indian English as people in India say it to
 * Alexa, in English: the progressive of "pain" and "have" ("my back is paining", "it is paining a lot",
 * "I am having pain in my neck"), "a catch in my neck", "a muscle pull", "waist" for the lower back;
 * "giddiness", "heaviness in chest", "difficulty in breathing"; "I met with an accident", "I am having
 * fever". Exercise names, navigation and the store listing are en-US's.
 */
import type { LocaleModel } from '../locale-model';
import { enUS } from './en-US';
import { PERFECT_PAIN, extend, withSynonyms } from './en-regional';

/** "It is paining": pain as a verb, and "having" for what one feels, as Indian English says them. */
const INDIAN_PAIN = [
  'it is paining', "it's paining", 'it is paining a lot', "it's paining a lot", 'it is paining very much',
  "it's paining very much", 'it is paining too much', "it's paining too much", 'it is paining badly', "it's paining badly",
  'it is paining like anything', "it's paining like anything", 'it is paining so much', 'it is paining now', 'it started paining',
  'it is starting to pain', 'it is paining again', 'paining', 'paining a lot', 'very painful', 'too painful', 'it is very painful',
  'it is too painful', 'it is really painful', 'it is hurting', 'it is hurting a lot', 'it is hurting badly',
  'it is hurting too much', 'it hurts very much', 'it is hurting very much', 'too much pain', 'very much pain', 'so much pain',
  'a lot of pain', 'lot of pain', 'i am in pain', 'i am in a lot of pain', 'i am having pain', 'i am having a lot of pain',
  'i am having severe pain', 'i am having too much pain', 'i am getting pain', 'i am feeling pain', 'i am feeling a lot of pain',
  'i have severe pain', 'pain is there', 'there is pain', 'pain is coming', 'pain is increasing', 'the pain is increasing',
  'pain is too much', 'the pain is too much', 'the pain is unbearable', 'it is unbearable', 'i cannot bear the pain',
  "i can't bear the pain", 'i am not able to bear the pain', 'i got hurt', 'i got a sprain', 'i think i got a sprain',
  'i have a sprain', 'sprain', 'muscle pull', 'i got a muscle pull', 'i have a muscle pull', 'i think it is a muscle pull',
  'muscle catch', 'i got a catch', 'i got a muscle catch', 'nerve pull', 'i got a nerve pull', 'something cracked',
  'i heard a crack', "aah it's paining", 'aah it is paining', 'ouch it is paining', 'ow it is paining', 'aah', 'aah aah', 'ah ah',
  'oh no it hurts', 'oh god it is paining', 'stop it is paining', 'stop stop it is paining', 'please stop it is paining',
  'stop it is hurting', 'i have hurt myself', 'i think i have hurt myself', 'i have pulled a muscle',
  'i think i have pulled a muscle', 'i have pulled something',
  'my {bodyPart} is paining', 'my {bodyPart} is paining a lot', 'my {bodyPart} is paining very much',
  'my {bodyPart} is paining badly', 'my {bodyPart} is paining too much', 'my {bodyPart} is paining like anything',
  'my {bodyPart} is paining so much', 'my {bodyPart} is paining again', 'my {bodyPart} is paining from morning',
  'my {bodyPart} is paining since morning', 'my {bodyPart} is paining since yesterday', 'my {bodyPart} started paining',
  'my {bodyPart} pains', 'my {bodyPart} is having pain', 'my {bodyPart} are paining', 'my {bodyPart} is very painful',
  'my {bodyPart} is hurting badly', 'my {bodyPart} is hurting very much', 'my {bodyPart} is hurting a lot',
  'i am having pain in my {bodyPart}', 'i am having a pain in my {bodyPart}', 'i am having severe pain in my {bodyPart}',
  'i am having {bodyPart} pain', 'i am having severe {bodyPart} pain', 'i am getting pain in my {bodyPart}',
  'i am feeling pain in my {bodyPart}', 'i am having pain in {bodyPart}', 'pain in {bodyPart}', 'i have pain in {bodyPart}',
  'severe pain in {bodyPart}', 'i have severe pain in my {bodyPart}', 'severe pain in my {bodyPart}', 'severe {bodyPart} pain',
  'i have severe {bodyPart} pain', 'there is pain in {bodyPart}', 'pain is there in my {bodyPart}',
  'pain is coming in my {bodyPart}', 'i got pain in my {bodyPart}', 'too much pain in my {bodyPart}',
  'lot of pain in my {bodyPart}', 'a lot of pain in my {bodyPart}', 'very much pain in my {bodyPart}',
  'my {bodyPart} got sprained', 'i sprained my {bodyPart}', 'i have sprained my {bodyPart}', 'my {bodyPart} got twisted',
  'i twisted my {bodyPart}', 'i have twisted my {bodyPart}', 'i have hurt my {bodyPart}', 'i think i have hurt my {bodyPart}',
  'i got a catch in my {bodyPart}', 'there is a catch in my {bodyPart}', 'my {bodyPart} has caught', 'my {bodyPart} got caught',
  'catch in my {bodyPart}', '{bodyPart} catch', 'i have a {bodyPart} catch', 'i got a {bodyPart} catch',
  'muscle pull in my {bodyPart}', 'i got a muscle pull in my {bodyPart}', 'my {bodyPart} is jammed', 'my {bodyPart} got jammed',
  'ouch my {bodyPart} is paining', 'aah my {bodyPart}', 'aah my {bodyPart} is paining',
];

export const enIN: LocaleModel = {
  ...enUS,
  samples: {
    ...enUS.samples,
    PainIntent: extend(enUS.samples.PainIntent, [...PERFECT_PAIN, ...INDIAN_PAIN]),
    RedFlagIntent: extend(
      enUS.samples.RedFlagIntent,
      [
        'heaviness in chest', 'heaviness in my chest', 'chest heaviness', 'my chest is feeling heavy', 'heavy chest',
        'chest is paining', 'breathing problem', 'i have breathing problem', 'i am having breathing problem',
        'breathing difficulty', 'difficulty in breathing', 'i am having difficulty in breathing', 'i am having difficulty breathing',
        'breathlessness', 'i am getting breathlessness', 'i am feeling breathless', 'i am not able to breathe', 'not able to breathe',
        'unable to breathe', 'i am unable to breathe', 'i am feeling giddy', 'giddiness', 'i am getting giddiness', 'i feel giddy',
        'giddy', 'feeling giddy', 'i am feeling dizzy', 'i am feeling faint', 'i am going to faint', 'i am fainting',
        'i feel like fainting', 'i am feeling like fainting', 'i fainted', 'i blacked out', 'i am sweating', 'i am sweating a lot',
        'sweating', 'excessive sweating', 'i am feeling like vomiting', 'i feel like vomiting', 'vomiting', 'i vomited', 'nausea',
        'i am feeling nauseous', 'i have nausea', 'numbness in my legs', 'numbness in my hands', 'numbness in my arm',
        'numbness in legs', 'i am getting numbness', 'my legs are becoming numb', 'my hand is becoming numb',
        'my legs are going numb', 'tingling in my hands', 'tingling in my legs', 'tingling in my fingers', 'i am getting tingling',
        'weakness in my legs', 'weakness in legs', 'weakness in my arm', 'i am feeling weak', 'i feel weak',
        'my legs are not working', 'i am not able to move my legs', "i can't move my legs", 'i am not able to feel my legs',
        'i am not able to pass urine', 'not able to pass urine', 'i cannot control urine', 'i am not able to control urine',
        'urine is leaking', 'loss of bladder control', 'i have lost bladder control', 'i am not able to control my bladder',
        'i think it is a heart attack', 'i am having a heart attack',
      ]
    ),
    UrgentSignIntent: extend(enUS.samples.UrgentSignIntent, [
      'i met with an accident', 'i met with an accident recently', 'i had a bike accident', 'bike accident', 'i fell from my bike',
      'i fell from the bike', 'i fell from the stairs', 'i fell down from the stairs', 'i slipped and fell',
      'i slipped in the bathroom', 'i fell in the bathroom', 'i got hit', 'i had an injury', 'i have fever', 'i am having fever',
      'having fever', 'fever is there', 'i have temperature', 'i am having temperature', 'i have high fever', 'i had fever',
      'i am feeling feverish', 'fever and body pain', 'i have body pain and fever', 'pain is more at night',
      'it pains more at night', 'it is paining at night', 'it is paining more at night', 'pain at night', 'night pain',
      'i am not able to sleep due to pain', 'i am not able to sleep because of the pain', "i can't sleep because of the pain",
      'pain is not reducing with rest', 'pain is not going even after rest', 'even after rest it is paining', 'i am losing weight',
      'i have lost weight', 'i lost weight', 'weight loss', 'i have lost a lot of weight', 'i have lost weight suddenly',
      'sudden weight loss', 'i have lost a few kilos', 'i lost some kilos',
    ]),
    UnsureIntent: extend(enUS.samples.UnsureIntent, [
      "don't know", 'i cannot say', 'cannot say', "can't say", 'i am not able to say', 'i am not able to tell', 'may be',
      'might be', 'i am confused', 'confused', 'i am not very sure', 'not very sure', 'not exactly sure', 'i am not exactly sure',
      'difficult to say', "it's difficult to say", 'it is difficult to say', 'it is hard to say', 'i am unsure',
    ]),
  },
  slotValues: {
    ...enUS.slotValues,
    BodyPartType: withSynonyms(enUS.slotValues.BodyPartType, {
      back: ['backbone', 'back bone', 'spinal cord'],
      // "Waist pain" in India is pain low in the back.
      lower_back: ['waist', 'my waist', 'lower waist'],
      shoulder: ['shoulder joint'],
      knee: ['knee joint', 'knee cap'],
      hip: ['hip joint', 'buttocks'],
      leg: ['calf muscle', 'calf muscles', 'heel', 'heels', 'thigh muscle', 'calves'],
      hand: ['palm', 'finger'],
      chest: ['left side of my chest', 'left side of chest', 'left side of the chest', 'left chest', 'chest area', 'heart area'],
    }),
    PainKindType: withSynonyms(enUS.slotValues.PainKindType, {
      sharp: ['pricking', 'pricking pain', 'a pricking pain', 'like current', 'like a current', 'like an electric current', 'very sharp'],
      mild: ['little pain', 'a little pain', 'slight pain', 'normal pain', 'stretching pain', 'muscle pain', 'bearable', 'little bit'],
    }),
  },
};
