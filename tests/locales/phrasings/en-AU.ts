import type { PainPhrasings } from './types';

/** How Australians say it hurts, name the emergency signs, urgent signs and "not sure" (written for en-AU, not copied from its model). */
export const phrasings: PainPhrasings = {
  pain: [
    'my lower back is sore as', 'my neck is sore as', 'my shoulders are sore as', 'my back is sore as hell',
    'my knee hurts heaps', 'my lower back is hurting heaps', 'my back is stuffed', 'my knee is stuffed',
    "i've stuffed my shoulder", "i think i've stuffed my lower back", "i've buggered my knee", 'my neck is buggered',
    'far out my back', "i've pulled my hammy", 'my hammies are killing me', "i've done my back",
    "i think i've done my neck", "i've done my lower back in", "i've put my back out", 'my back is playing up',
    'my lower back is playing up again', 'my lower back has gone into spasm', 'i felt my lower back go',
    "something's gone in my back", 'my back has seized up', 'my neck has locked up', "i've jarred my back",
    "i've cricked my neck", "i've got a crick in my neck", "i've got a twinge in my back",
    'my upper back is really sore', 'my neck is a bit sore', 'my bum is killing me', 'my glutes are sore',
    'ooh my neck', 'oh god my lower back', 'bloody hell my shoulder', 'my shoulder bloody hurts',
    'my hip is in agony', "i've hurt my lower back", "i think i've pulled my hamstring",
    "i've pulled a muscle in my neck", "i've strained my lower back", "i've twisted my knee",
    "there's a sharp pain in my shoulder", "i'm getting a pain in my lower back", 'my back is hurting really badly',
    'my neck hurts really badly', 'my calves are aching', "i've got cramp in my calf",
    'my shoulder blade is throbbing', "i've got a sore back", 'ow ow ow my neck', 'my neck has seized up',
  ],
  redFlag: [
    'chest pains', "i've got a tight chest", "i'm struggling to breathe", "i'm out of breath",
    'my legs have gone numb', "i've got pins and needles", 'i feel light headed', "i think i'm going to chuck",
    'i feel really faint', "i'm in a cold sweat", 'a ripping pain', "i can't do a wee", 'pain in my chest',
  ],
  urgent: [
    'i had a stack', 'i came off my bike', "i've been crook", "i've got a temperature", 'it keeps me awake at night',
    "i've lost a few kilos", 'i had a bingle',
  ],
  unsure: [
    'dunno', 'not too sure', "i haven't got a clue", 'no idea', 'might be', 'yeah i dunno',
  ],
};
