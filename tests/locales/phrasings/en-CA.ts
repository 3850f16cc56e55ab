import type { PainPhrasings } from './types';

/** How Canadians say it hurts, name the emergency signs, urgent signs and "not sure" (written for en-CA, not copied from its model). */
export const phrasings: PainPhrasings = {
  pain: [
    'my lower back is acting up', 'my neck is acting up again', 'i threw my lower back out', 'i threw out my neck',
    'i think i threw out my lower back', 'i threw my back out again', 'my lower back is cramping',
    'my shoulder blade is acting up', 'i pinched a nerve in my neck', "i've got a pinched nerve in my lower back",
    'i have a kink in my neck', 'i got a kink in my upper back', 'i have a crick in my neck',
    'i got a cramp in my calf', 'my hamstring is cramping up', 'my calf cramped up', 'my lower back seized up',
    'my neck locked up', 'my back is seizing up', 'my lower back is spasming', 'my shoulder hurts like heck',
    'holy my back', 'oh my gosh my neck', 'oh my god my lower back', 'my knee hurts like crazy',
    'my lower back is super sore', 'my shoulders are super sore', 'my neck is wicked sore',
    'my lower back is brutal', 'my upper back hurts so bad', 'my neck is really sore', 'my shoulders are sore',
    "i've got a sore back", 'my shoulder blade is so sore', "i think i've pulled my hamstring",
    "i've tweaked my lower back", "i think i've hurt my neck", 'my lower back has just started hurting',
    "i'm getting a sharp pain in my shoulder", "there's a sharp pain in my neck", 'my lower back is throbbing',
    'my upper back is burning', 'i felt a twinge in my lower back', 'my hip twinged', 'my back is really hurting',
    'my glutes are killing me', 'my quads are sore', 'my butt cheek hurts', 'my traps are really sore',
    'my lower back is hurting a lot',
  ],
  redFlag: [
    'chest pains', 'my chest feels heavy', "i'm out of breath", 'i feel nauseous', "i think i'm going to throw up",
    'i feel lightheaded', "i'm going to pass out", 'my legs went numb', 'my arm fell asleep', 'my legs gave out',
    "i can't go to the washroom", 'i broke out in a cold sweat', 'pain in my chest',
  ],
  urgent: [
    'i slipped on the ice', 'i wiped out', 'i got rear ended', "i've been running a fever",
    "i can't sleep because of the pain", 'i lost a bunch of weight', 'i got hurt playing hockey',
  ],
  unsure: [
    "i'm not too sure", 'beats me', 'no clue', 'i dunno', 'who knows', 'not sure',
  ],
};
