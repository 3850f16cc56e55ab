import type { PainPhrasings } from './types';

/** How people in the UK say it hurts, name the emergency signs, urgent signs and "not sure" (written for en-GB, not copied from its model). */
export const phrasings: PainPhrasings = {
  pain: [
    'my shoulders are really sore', 'my lower back is really sore', 'my neck is a bit sore', 'ooh my lower back',
    "i've done my lower back in", "i think i've done my neck in", "i've put my back out again",
    'my neck is playing up', 'my shoulder is playing up again', "i've cricked my neck",
    "i've got a crick in my neck", "i've ricked my back", 'my knee is giving me gyp',
    'my lower back is giving me grief', 'my hip is in agony', "i've pulled my hamstring",
    "i've pulled a muscle in my back", "i think i've hurt my shoulder", "i've just hurt my neck",
    "i've tweaked my lower back", "i've jarred my neck", "i've wrenched my shoulder", 'i felt my back go',
    "something's gone in my lower back", 'i felt something go in my neck', 'my back has gone into spasm',
    'my lower back has seized up', 'my neck has locked', 'bloody hell my back', 'my knee bloody hurts',
    'my shoulders are killing me', "i've got a twinge in my lower back", 'i felt a twinge in my shoulder blade',
    'my bum is really sore', 'my coccyx hurts', "i've got a sore neck", "i've got neck ache",
    'my neck is really aching', 'my back is hurting really badly', 'my shoulder hurts really badly',
    "there's a sharp pain in my lower back", "i'm getting a pain in my shoulder", 'oh god my neck',
    'my upper back is throbbing', 'my hamstrings are sore', "i've got cramp in my calf", 'my calves are killing me',
    'my traps are really sore', 'my lower back is knackered', 'my neck is murder', 'ow my bum', 'my hip is twinging',
    "i've strained my neck", "that's really hurting my back", "it's really hurting my shoulder",
    'my elbow is stinging', 'my wrists are aching', "i've done my knee",
  ],
  redFlag: [
    'chest pains', "my chest's tight", "i'm struggling to breathe", "i can't get my breath", "my arm's gone numb",
    "i've got pins and needles in my legs", 'my legs have gone to jelly', 'i feel lightheaded',
    "i think i'm going to be sick", "i've come out in a cold sweat", 'a ripping pain', "i've wet myself",
    "my bum's gone numb", 'pain in my chest', 'chest pain',
  ],
  urgent: [
    "i've had a fall", 'i had a tumble', "i've got a temperature", 'it keeps me awake at night', "i've lost a stone",
    'i was in a car crash', "i've been feeling poorly",
  ],
  unsure: [
    "i'm not too sure", "haven't a clue", "i couldn't say", 'dunno', "i'm not sure to be honest", 'maybe',
  ],
};
