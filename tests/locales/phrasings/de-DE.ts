import type { PainPhrasings } from './types';

export const phrasings: PainPhrasings = {
  pain: [
    'mein oberer rücken tut weh', 'mir tut der nacken weh', 'meine schulter tut so weh', 'au mein rücken',
    'aua mein nacken', 'autsch meine schulter', 'mein nacken bringt mich um', 'mir tut das kreuz weh',
    'ich habe schmerzen im unteren rücken', 'es zieht im nacken', 'es sticht in der schulter',
    'ich hab schmerzen zwischen den schulterblättern', 'da hat was im rücken geknackt', 'mein knie tut wieder weh',
    'meine knie tun weh', 'mir tun die schultern weh', 'meine hüfte schmerzt', 'mein handgelenk tut richtig weh',
    'es tut im oberen rücken weh', 'ich habe mir den nacken verrenkt', 'ich habe mir die schulter gezerrt',
    'mein rücken tut plötzlich weh', 'meine wade zieht', 'mein ellbogen tut weh', 'das tut im knie weh',
    'es zwickt im kreuz', 'mir tut der untere rücken so weh', 'ich habe ein stechen im rücken',
    'ich spüre einen schmerz in der hüfte', 'oh mein rücken', 'ah mein nacken', 'mein unterer rücken schmerzt',
    'meine rippen tun weh', 'mein schulterblatt sticht', 'ich habe schmerzen am ellbogen', 'es tut zwischen den schulterblättern weh',
    'mir tut der kopf weh', 'mein bein tut weh', 'meine beine tun so weh', 'meine schultern schmerzen',
    'ich habe mir was im rücken gezerrt', 'ich habe einen stich im nacken', 'mein nacken hat geknackt',
    'der rücken tut weh', 'rücken tut weh', 'mein genick tut weh', 'mein steißbein tut weh', 'au au mein knie',
    'stechend', 'eher ziehend', 'es ist stechend', 'mein oberschenkel tut weh', 'die hüfte tut weh',
  ],
  redFlag: [
    'brustschmerzen', 'schmerzen in der brust', 'druck auf der brust', 'mir tut die brust weh', 'mir tut das herz weh',
    'atemnot', 'ich kriege keine luft', 'taubheitsgefühl', 'meine finger sind taub', 'kribbeln', 'mir ist schwindlig',
    'mir wird schwarz vor augen', 'ein reißender schmerz', 'schwäche in den beinen', 'mir ist übel',
  ],
  urgent: ['ich bin gestürzt', 'ich hatte einen unfall', 'ich habe fieber', 'es tut nachts weh', 'ich habe abgenommen', 'fieber'],
  unsure: ['ich weiß nicht', 'keine ahnung', 'ich bin mir nicht sicher', 'vielleicht', 'schwer zu sagen', 'weiß nicht', 'kann sein'],
};
