import type { ExerciseTexts } from '../exercise-text';

/**
 * Dutch texts for the fourteen exercises, written to be read aloud to someone on the floor: short
 * sentences, one action each, informal "je" as Dutch fitness coaches and Alexa itself use.
 *
 * Conventions (besides those of the English texts, which these follow step for step):
 * - `name` carries its article ("de cobra"): it is dropped into sentences such as "Vandaag laat ik
 *   {{exercise}} weg", where a bare noun would be wrong in Dutch. The interaction model lists the
 *   names without article as synonyms.
 * - Names are the ones Dutch yoga teachers and physiotherapists use: "de kindhouding", "de cobra",
 *   "de brug", "de kattenrug" (the physio's "bolle rug, holle rug"), "de romprotatie".
 * - "Huisarts" where English says "doctor": in the Netherlands the GP is who you check with first.
 * - "Hernia" means a slipped disc to Dutch ears, so the cobra's caution names the abdominal kinds
 *   (liesbreuk, navelbreuk) too, rather than lose the English warning.
 */
export const nl: ExerciseTexts = {
  seated_spinal_twist: {
    name: 'de zittende twist',
    title: 'Zittende twist',
    position: 'zittend op een stoel',
    needs: 'Je hebt een stevige stoel nodig. Je kunt ook met gekruiste benen op de vloer zitten.',
    steps: [
      'Ga rechtop zitten op een stevige stoel, met je voeten plat op de vloer. Of ga met gekruiste benen op de vloer zitten.',
      'Adem in en maak je lang, tot boven in je kruin. Tussen het vasthouden door kom je steeds terug naar het midden.',
      'Adem uit en draai je borst naar rechts.',
      'Leg je linkerhand op je rechterknie. Zet je rechterhand achter je op de stoel of op de vloer.',
      'Draai maar zo ver tot je een lichte trek voelt midden in je rug. Houd allebei je billen stevig neer.',
      'Blijf zo en adem rustig door.',
    ],
    caution:
      'Draai vanuit je ribben, niet vanuit je nek. Gebruik je armen niet om jezelf verder rond te trekken. Voel je pijn, ga dan minder ver.',
    gentler: [
      'Ga rechtop zitten op een stevige stoel, met je voeten plat op de vloer.',
      'Sla je armen over elkaar voor je borst, in plaats van je handen te gebruiken.',
      'Draai je borst maar een klein stukje, tot je een lichte trek voelt.',
      'Blijf zo en adem rustig door.',
    ],
    sides: {
      right: 'Eerst draai je naar rechts.',
      left: 'Draai nu naar links. Je rechterhand gaat op je linkerknie, en je linkerhand gaat achter je.',
    },
  },

  locust: {
    name: 'de sprinkhaan',
    title: 'Sprinkhaan',
    position: 'liggend op je buik',
    needs: 'Je hebt een mat of een zacht kleed nodig.',
    steps: [
      'Ga op je buik liggen, met je voorhoofd op de mat. Tussen het optillen door rust je steeds even uit.',
      'Houd je benen gestrekt, op heupbreedte. Leg je armen langs je lichaam, met je handpalmen naar beneden.',
      'Druk je wreven en je heupen in de vloer.',
      'Adem in en til je hoofd, je borst en je armen een klein stukje van de vloer. Gebruik de spieren tussen je schouderbladen.',
      'Blijf naar de vloer kijken. Blijf zo en adem rustig door.',
    ],
    caution:
      'Ga alleen zo ver als lukt zonder te forceren. Sla deze oefening over als je zwanger bent, of als op je buik liggen pijn doet.',
    gentler: [
      'Ga op je buik liggen, met je voorhoofd op de mat en je armen langs je lichaam.',
      'Houd je handen plat op de vloer en je heupen laag.',
      'Adem in en til alleen je borst op, maar een klein stukje.',
      'Blijf zo en adem rustig door.',
    ],
  },

  revolved_triangle: {
    name: 'de gedraaide driehoek',
    title: 'Gedraaide driehoek',
    position: 'staand',
    needs: 'Je hebt ruimte nodig om te staan. Een stevige stoel voor je, voor je evenwicht, is handig.',
    steps: [
      'Zet je rechtervoet naar voren, met ongeveer een beenlengte tussen je voeten. Draai je achterste voet een beetje naar binnen, en richt je heupen naar voren.',
      'Zet je handen in je zij. Adem in en maak je rug lang.',
      'Adem uit en buig vanuit je heupen naar voren. Houd je rug lang. Buig je voorste knie een beetje als dat nodig is.',
      'Leg je linkerhand op je rechterscheenbeen of op de zitting van de stoel. Draai je borst naar rechts. Strek je rechterarm omhoog, of laat hem in je zij.',
      'Als de tijd om is, kom je langzaam omhoog, met een lange rug.',
      'Blijf zo en adem rustig door.',
    ],
    caution:
      'Deze houding buigt en draait tegelijk, en dat past niet bij elke rug. Doe het rustig aan. Sla hem over als je evenwicht wankel is, of als je onderrug gaat opspelen.',
    gentler: [
      'Ga voor een stevige stoel staan, met één voet een kleine stap voor de andere.',
      'Buig vanuit je heupen naar voren en leg allebei je handen op de zitting van de stoel. Buig je voorste knie een beetje.',
      'Draai je borst maar een klein stukje naar je voorste been. Houd allebei je handen op de stoel.',
      'Blijf zo en adem rustig door.',
    ],
    sides: {
      right: 'Begin met je rechtervoet voor, en draai naar rechts.',
      left: 'Zet nu je linkervoet naar voren. Leg je rechterhand op je linkerscheenbeen of op de stoel, en draai je borst naar links.',
    },
  },

  standing_forward_bend: {
    name: 'de staande vooroverbuiging',
    title: 'Staande vooroverbuiging',
    position: 'staand',
    needs: 'Je hebt niets nodig, maar met een stoel voor je kun je je handen ergens laten rusten.',
    steps: [
      'Ga staan met je voeten op heupbreedte en je knieën licht gebogen.',
      'Adem in en maak je lang. Adem uit en buig vanuit je heupen naar voren, met een lange rug.',
      'Buig je knieën zo ver als je wilt. Laat je handen rusten op je dijen, je schenen, een stoel of de vloer.',
      'Laat je hoofd en je nek los hangen.',
      'Als de tijd om is, buig je je knieën, zet je je handen op je dijen en rol je langzaam omhoog. Je hoofd komt als laatste.',
      'Blijf zo en adem rustig door.',
    ],
    caution:
      'Kom langzaam omhoog, want je kunt duizelig worden. Houd je handen op je dijen als je een hoge bloeddruk hebt, of als vooroverbuigen klachten aan een tussenwervelschijf erger maakt.',
    gentler: [
      'Ga staan met je voeten op heupbreedte en je knieën flink gebogen.',
      'Buig vanuit je heupen maar een klein stukje naar voren. Laat je handen rusten op je dijen of op de rugleuning van een stoel.',
      'Laat je hoofd los hangen. Houd bij het omhoogkomen je handen op je dijen, en kom langzaam overeind.',
      'Blijf zo en adem rustig door.',
    ],
  },

  eagle_arms: {
    name: 'de adelaarsarmen',
    title: 'Adelaarsarmen',
    position: 'zittend of staand',
    needs: 'Je hebt niets nodig.',
    steps: [
      'Ga rechtop zitten of staan, met ontspannen schouders.',
      'Strek allebei je armen recht voor je uit, op schouderhoogte.',
      'Kruis je rechterarm over je linkerarm, ter hoogte van je ellebogen.',
      'Buig je ellebogen en breng je handpalmen tegen elkaar. Lukt dat niet, laat dan de ruggen van je handen elkaar raken.',
      'Til je ellebogen een beetje op en duw ze rustig van je borst af. Voel de rek tussen je schouderbladen.',
      'Blijf zo en adem naar je bovenrug.',
    ],
    caution: 'Knelt er iets in je schouder, sla dan gewoon je armen over elkaar en pak je schouders vast, als een knuffel.',
    gentler: [
      'Ga rechtop zitten of staan, met ontspannen schouders.',
      'Sla je armen over elkaar voor je borst en pak je schouders vast, alsof je jezelf een knuffel geeft.',
      'Laat je schouderbladen uit elkaar glijden.',
      'Blijf zo en adem naar je bovenrug.',
    ],
    sides: {
      right: 'Begin met je rechterarm bovenop.',
      left: 'Kruis nu andersom, met je linkerarm bovenop.',
    },
  },

  puppy_pose: {
    name: 'de puppyhouding',
    title: 'Puppyhouding',
    position: 'geknield op de vloer',
    needs: 'Je hebt een mat of een zacht kleed nodig, en als je wilt een kussen voor je knieën of je voorhoofd.',
    steps: [
      'Begin op handen en knieën, met je knieën onder je heupen.',
      'Loop met je handen een paar stapjes naar voren. Houd je heupen boven je knieën.',
      'Laat je borst langzaam naar de vloer zakken. Leg je voorhoofd op de vloer of op een kussen.',
      'Laat de zwaartekracht het werk doen.',
      'Als de tijd om is, loop je met je handen terug, en ga je op je hielen zitten.',
      'Hang lekker zo en adem rustig door.',
    ],
    caution:
      'Klagen je schouders of je knieën, ga dan terug op je hielen zitten, in de kindhouding. Leg een kussen onder je knieën.',
    gentler: [
      'Begin op handen en knieën, met een kussen onder je knieën.',
      'Loop met je handen maar een klein stukje naar voren.',
      'Laat je billen wat naar je hielen zakken, zodat je borst maar een beetje zakt.',
      'Laat je hoofd ontspannen en adem rustig door.',
    ],
  },

  thread_the_needle: {
    name: 'de draad door de naald',
    title: 'Draad door de naald',
    position: 'op handen en knieën',
    needs: 'Je hebt een mat of een zacht kleed nodig, en als je wilt een kussen voor je hoofd.',
    steps: [
      'Begin op handen en knieën, met je handen onder je schouders en je knieën onder je heupen.',
      'Adem in. Als het prettig voelt, strek je je rechterarm omhoog naar het plafond.',
      'Adem uit en schuif je rechterarm onder je linkerarm door, met je handpalm naar boven.',
      'Laat je rechterschouder en de zijkant van je hoofd zakken, op de vloer of op een kussen. Houd je heupen boven je knieën.',
      'Als de tijd om is, duw je jezelf met je linkerhand weer omhoog.',
      'Blijf zo en adem rustig door.',
    ],
    caution:
      'Laat niet je volle gewicht op je nek rusten. Stop als je pijn in je schouder krijgt, of tintelingen in je arm.',
    gentler: [
      'Begin op handen en knieën, met een kussen op de vloer voor je.',
      'Schuif je arm maar een stukje onder je lichaam door, met je handpalm naar boven.',
      'Leg je hoofd op het kussen. Houd het meeste gewicht op je andere hand en op je knieën.',
      'Blijf zo en adem rustig door.',
    ],
    sides: {
      right: 'Je rechterarm gaat eerst onderdoor.',
      left: 'Schuif nu je linkerarm onder je rechterarm door. Duw met je rechterhand om weer omhoog te komen.',
    },
  },

  childs_pose: {
    name: 'de kindhouding',
    title: 'Kindhouding',
    position: 'geknield op de vloer',
    needs: 'Je hebt een mat of een zacht kleed nodig, en een kussen als je knieën dat nodig hebben.',
    steps: [
      'Begin op handen en knieën. Tussen het vasthouden door kom je steeds terug in deze houding.',
      'Laat je handen liggen waar ze liggen. Duw je billen langzaam naar achteren, richting je hielen.',
      'Laat je armen gestrekt voor je op de vloer liggen.',
      'Laat je voorhoofd naar de vloer zakken, als dat prettig voelt.',
      'Stop als je een lichte rek langs je rug voelt. Blijf zo en adem rustig door.',
    ],
    caution: 'Doen je knieën pijn, zet ze dan verder uit elkaar, of leg een kussen tussen je billen en je hielen.',
    gentler: [
      'Begin op handen en knieën, met je knieën ver uit elkaar.',
      'Leg een kussen tussen je billen en je hielen.',
      'Duw je billen maar een deel van de weg naar achteren, tot een lichte rek.',
      'Laat je voorhoofd rusten op je handen of op een kussen, en adem rustig door.',
    ],
  },

  sitting_rotation: {
    name: 'de romprotatie',
    title: 'Romprotatie op een stoel',
    position: 'zittend op een stoel met armleuningen',
    needs: 'Je hebt een stevige stoel met armleuningen nodig.',
    steps: [
      'Ga rechtop zitten op een stevige stoel met armleuningen. Zet je voeten plat op de vloer.',
      'Leg allebei je handen op de linkerarmleuning.',
      'Draai je bovenlichaam rustig naar links.',
      'Houd je hoofd in lijn met je borst. Laat je nek niet voorgaan.',
      'Tussen het vasthouden door kom je terug naar het midden.',
      'Blijf zo en adem rustig door.',
    ],
    caution: 'Draai alleen tot een prettige rek. Trek jezelf niet met je armen verder rond.',
    gentler: [
      'Ga rechtop zitten, met je voeten plat en je handen op je dijen.',
      'Draai je bovenlichaam maar een klein stukje, tot een lichte rek.',
      'Houd je hoofd in lijn met je borst.',
      'Blijf zo en adem rustig door.',
    ],
    sides: {
      left: 'Draai naar links, met allebei je handen op de linkerarmleuning.',
      right: 'Draai nu naar rechts, met allebei je handen op de rechterarmleuning.',
    },
  },

  head_stretch: {
    name: 'de nekstretch',
    title: 'Nekstretch',
    position: 'zittend op een stoel',
    needs: 'Je hebt een stoel nodig.',
    steps: [
      'Ga op een stoel zitten, met een rechte rug en ontspannen schouders.',
      'Vouw je vingers in elkaar achter je hoofd.',
      'Blijf rustig doorademen. Laat je handen je hoofd zachtjes naar voren brengen.',
      'Breng je kin langzaam naar je borst, tot je een rek voelt midden in je rug.',
      'Tussen het vasthouden door til je je hoofd langzaam op, en laat je je handen rusten.',
      'Blijf zo en adem rustig door.',
    ],
    caution:
      'Begeleid je hoofd, trek er nooit aan. Het gewicht van je handen is genoeg. Stop als je tintelingen of een doof gevoel in je armen krijgt.',
    gentler: [
      'Ga rechtop zitten, met je handen in je schoot.',
      'Laat je kin langzaam naar je borst zakken, zonder hulp van je handen.',
      'Stop bij een lichte rek in je bovenrug.',
      'Blijf zo en adem rustig door.',
    ],
  },

  cat_stretch: {
    name: 'de kattenrug',
    title: 'Kattenrug',
    position: 'op handen en knieën',
    needs: 'Je hebt een mat of een zacht kleed nodig.',
    steps: [
      'Begin op handen en knieën, met je polsen onder je schouders en je knieën onder je heupen.',
      'Maak je rug plat, als een tafelblad.',
      'Als je uitademt, maak je je rug bol naar het plafond, als een boze kat. Laat je hoofd rustig hangen.',
      'Als je inademt, laat je je rug zakken en je buik een beetje naar de vloer hangen. Kijk iets omhoog.',
      'Beweeg langzaam, één ademhaling per beweging. Ik zeg je steeds wat je moet doen.',
    ],
    caution:
      'Blijf binnen wat prettig voelt, en maak je rug maar een klein beetje hol als je onderrug gevoelig is. Doen je polsen pijn, steun dan op je vuisten of je onderarmen.',
    gentler: [
      'Begin op handen en knieën. Doen je polsen pijn, steun dan op je onderarmen.',
      'Als je uitademt, maak je je rug maar een klein beetje bol.',
      'Als je inademt, laat je je rug terugkomen tot hij plat is, zonder hol te worden.',
      'Houd elke beweging klein en rustig. Ik zeg je steeds wat je moet doen.',
    ],
    cues: {
      round: 'Adem uit en maak je rug bol.',
      arch: 'Adem in en laat je rug zakken.',
    },
  },

  passive_backbend: {
    name: 'de handdoekrol',
    title: 'Passieve achteroverbuiging',
    position: 'liggend op je rug',
    needs: 'Je hebt een badhanddoek of een stevig kussen nodig, en als je wilt nog een kussen voor je hoofd.',
    steps: [
      'Rol een badhanddoek op tot een stevige rol. Een stevig kussen kan ook.',
      'Ga op de vloer zitten, met je knieën gebogen en je voeten plat.',
      'Ga langzaam achterover liggen, zodat de rol dwars onder je rug ligt, net onder je schouderbladen.',
      'Leg je hoofd op een kussen als je nek gespannen voelt. Laat je armen opzij rusten.',
      'Als de tijd om is, rol je op je zij, en duw je jezelf met je handen omhoog.',
      'Ontspan, en laat je bovenrug over de rol hangen. Adem langzaam.',
    ],
    caution:
      'Haal de rol weg als je een scherpe pijn of tintelingen voelt. Heb je botontkalking, overleg dan eerst met je huisarts voordat je deze oefening doet.',
    gentler: [
      'Gebruik een dunnere rol, of een platgevouwen handdoek.',
      'Ga erop liggen, met je knieën gebogen en een kussen onder je hoofd.',
      'Blijf alleen zo lang liggen als het prettig voelt. Je kunt altijd op je zij rollen en eruit komen.',
      'Ontspan en adem langzaam.',
    ],
  },

  cobra_stretch: {
    name: 'de cobra',
    title: 'Cobra',
    position: 'liggend op je buik',
    needs: 'Je hebt een mat of een zacht kleed nodig.',
    steps: [
      'Ga op je buik liggen. Zet je handen onder je schouders, alsof je gaat opdrukken. Houd je ellebogen dicht bij je lichaam.',
      'Druk je heupen en je wreven in de vloer.',
      'Adem in en til langzaam je hoofd en je schouders op, met je rugspieren. Je handen zijn er alleen voor steun.',
      'Houd je heupen op de vloer en je schouders weg van je oren.',
      'Tussen het vasthouden door zak je langzaam terug.',
      'Blijf zo en adem rustig door.',
    ],
    caution:
      'Stop als het knelt in je onderrug. Sla deze oefening over als je zwanger bent, of als je een hernia, een liesbreuk of een navelbreuk hebt.',
    gentler: [
      'Ga op je buik liggen, met je ellebogen onder je schouders en je onderarmen plat op de vloer.',
      'Druk je heupen in de vloer.',
      'Til je borst rustig op, steunend op je onderarmen. Houd je schouders weg van je oren.',
      'Blijf zo en adem rustig door.',
    ],
  },

  bridge_stretch: {
    name: 'de brug',
    title: 'Brug',
    position: 'liggend op je rug',
    needs: 'Je hebt een mat of een zacht kleed nodig.',
    steps: [
      'Ga op je rug liggen, met je knieën gebogen en je voeten plat op de vloer, op heupbreedte. Leg je armen langs je lichaam.',
      'Span je buik en je billen zachtjes aan.',
      'Adem uit en til je heupen op, tot je schouders, heupen en knieën een rechte lijn maken. Maak je rug niet te hol.',
      'Steun op je schouders en je voeten. Als het prettig voelt, vouw je je handen onder je in elkaar, op de vloer.',
      'Tussen het vasthouden door zak je langzaam terug, wervel voor wervel, en leg je je handen weer naast je.',
      'Blijf zo en adem rustig door.',
    ],
    caution:
      'Houd je gewicht op je schouders, niet op je nek, en draai je hoofd niet zolang je heupen omhoog zijn. Zak terug als de achterkant van je dijen verkrampt.',
    gentler: [
      'Ga op je rug liggen, met je knieën gebogen en je voeten plat. Leg je armen langs je lichaam, met je handpalmen naar beneden.',
      'Druk je voeten en je handen zachtjes in de vloer.',
      'Til je heupen maar een klein stukje van de vloer.',
      'Blijf zo en adem rustig door.',
    ],
  },
};
