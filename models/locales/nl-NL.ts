/**
 * The nl-NL words of the interaction model: how people in the Netherlands talk to Alexa, with informal
 * "je" and the short words Dutch speakers use mid-exercise ("au", "wacht even", "volgende", "verder").
 *
 * Exercise names come from lambda/i18n/exercises/nl.ts, article included ("de cobra"), because that is
 * how the skill says them. The synonyms carry no article, so every exercise sample comes in a pair,
 * "doe {exercise}" and "doe de {exercise}", the way the English model pairs "the".
 *
 * Dutch joins words that English keeps apart ("stoelroutine", "kindhouding"), and speech recognition
 * writes them either way; both spellings are listed where people say them.
 */
import type { ExerciseId } from '../../lambda/catalog/exercises';
import { nl as exerciseTexts } from '../../lambda/i18n/exercises/nl';
import { exerciseWords } from '../exercise-words';
import type { LocaleModel } from '../locale-model';

const EXERCISE_SYNONYMS: Readonly<Record<ExerciseId, readonly string[]>> = {
  seated_spinal_twist: [
    'zittende twist', 'twist', 'zittende draai', 'zittende draaiing', 'draaiing', 'draai', 'wervelkolom draai',
    'wervelkolomdraaiing', 'spinal twist', 'halve heer der vissen', 'heer der vissen', 'ardha matsyendrasana',
    'twist in kleermakerszit',
  ],
  locust: [
    'sprinkhaan', 'sprinkhaanhouding', 'sprinkhaan houding', 'salabhasana', 'superman', 'superman oefening',
    'rug heffen', 'rugheffer', 'rugversterker',
  ],
  revolved_triangle: [
    'gedraaide driehoek', 'gedraaide driehoekshouding', 'draaiende driehoek', 'omgekeerde driehoek', 'driehoek',
    'driehoekshouding', 'driehoek houding', 'parivrtta trikonasana', 'trikonasana',
  ],
  standing_forward_bend: [
    'staande vooroverbuiging', 'vooroverbuiging', 'vooroverbuigen', 'voorover buigen', 'voorwaartse buiging',
    'staande voorwaartse buiging', 'tenen aanraken', 'je tenen aanraken', 'uttanasana', 'lappenpop', 'ragdoll',
    'voorover hangen',
  ],
  eagle_arms: [
    'adelaarsarmen', 'adelaar armen', 'adelaar', 'adelaarshouding', 'adelaar houding', 'garudasana',
    'garudasana armen', 'schouderknuffel', 'jezelf knuffelen', 'schouderbladen rekken', 'eagle arms',
  ],
  puppy_pose: [
    'puppyhouding', 'puppy houding', 'puppy', 'puppy pose', 'puppy stretch', 'uitgestrekte puppy', 'smeltend hart',
    'uttana shishosana',
  ],
  thread_the_needle: [
    'draad door de naald', 'draad door het oog van de naald', 'draad in de naald', 'naald', 'naaldhouding',
    'naald houding', 'thread the needle',
  ],
  childs_pose: [
    'kindhouding', 'kind houding', 'kinderhouding', 'houding van het kind', 'kindje', 'balasana', 'rusthouding',
    "child's pose",
  ],
  sitting_rotation: [
    // "rotatie" stays here, "draai" and "twist" with the seated twist, so each word resolves to one exercise.
    'romprotatie', 'zittende romprotatie', 'rotatie', 'romp rotatie', 'romp draaien', 'bovenlichaam draaien',
    'stoeldraai', 'draaien op de stoel', 'zittende rotatie', 'rotatie op de stoel',
  ],
  head_stretch: [
    'nekstretch', 'nek stretch', 'hoofdstretch', 'hoofd stretch', 'nek rekken', 'nekoefening', 'kin naar de borst',
    'kin op de borst', 'hoofd voorover', 'hoofd naar voren',
  ],
  cat_stretch: [
    // "Bolle rug, holle rug" is how Dutch physiotherapists hand this one out on paper.
    'kattenrug', 'katrug', 'kat', 'kathouding', 'kat houding', 'kat en koe', 'kat koe', 'koe', 'koehouding',
    'bolle rug holle rug', 'holle rug bolle rug', 'bolle rug', 'boze kat', 'marjaryasana', 'cat cow',
  ],
  passive_backbend: [
    'handdoekrol', 'handdoek rol', 'handdoek', 'opgerolde handdoek', 'passieve achteroverbuiging', 'achteroverbuiging',
    'achterover buigen', 'liggende achteroverbuiging', 'borstopener', 'borst opener',
  ],
  cobra_stretch: [
    // The sphinx is the cobra's gentler version (as in the English model), not the locust's.
    'cobra', 'kobra', 'cobrahouding', 'cobra houding', 'cobra stretch', 'bhujangasana', 'slang', 'slanghouding',
    'sfinx', 'sfinxhouding', 'sfinx houding', 'kleine cobra', 'baby cobra', 'lage cobra',
  ],
  bridge_stretch: [
    'brug', 'brughouding', 'brug houding', 'bruggetje', 'bekken optillen', 'bekken heffen', 'heupen optillen',
    'heupen heffen', 'setu bandhasana', 'bridge',
  ],
};


/**
 * "Mijn rug doet pijn", "ik heb pijn in mijn nek", "au mijn schouder": "mijn" fits every body part, and
 * speech often shortens it to "m'n". A form that fits no body part ("mijn knieën doet pijn") is harmless:
 * nobody says it, and it means the same.
 */
function bodyPartFrames(): string[] {
  const mine = ['mijn', "m'n"];
  const hurts = ['doet pijn', 'doen pijn', 'doet zeer', 'doen zeer', 'doet echt pijn', 'doet heel erg pijn',
    "doet zo'n pijn", 'doet verschrikkelijk pijn', 'doet ineens pijn', 'doet weer pijn', 'begint pijn te doen',
    'deed pijn', 'deed net pijn', 'is pijnlijk', 'voelt pijnlijk', 'is beurs', 'speelt op', 'speelt weer op',
    'zeurt', 'steekt', 'klikte', 'knakte', 'kraakte', 'schoot vast', 'schiet vast', 'zit vast'];
  const inMine = ['ik heb pijn in', 'ik heb pijn aan', 'pijn in', 'pijn aan', 'ik voel pijn in', 'ik heb last van',
    "ik heb zo'n last van", 'ik heb een steek in', 'een steek in', 'ik voel een steek in', 'er schiet iets in',
    'het schiet in', 'het schoot in', 'het trekt in', 'het steekt in', 'het doet pijn in', 'het doet zeer in',
    'het doet pijn aan', 'dat doet pijn aan', 'dat doet pijn in', 'er knapte iets in', 'er klikte iets in',
    'er kraakte iets in', 'ik voelde iets knappen in', 'ik heb iets verrekt in', 'ik heb me verrekt in',
    'ik heb een scherpe pijn in', 'scherpe pijn in', 'au', 'auw', 'au au', 'oei', 'ai', 'oh'];
  return [
    ...mine.flatMap((my) => [
      ...hurts.map((rest) => `${my} {bodyPart} ${rest}`),
      ...inMine.map((before) => `${before} ${my} {bodyPart}`),
      `ik heb ${my} {bodyPart} verrekt`, `ik heb ${my} {bodyPart} bezeerd`, `ik heb ${my} {bodyPart} verdraaid`,
    ]),
    ...['pijn in de', 'ik heb pijn in de', 'het schiet in de', 'het trekt in de', 'een steek in de', 'het steekt in de',
      'pijn aan de', 'ik heb pijn aan de', 'pijn in het', 'ik heb pijn in het', 'het doet pijn in het'].map(
      (before) => `${before} {bodyPart}`,
    ),
    'ik heb een pijnlijke {bodyPart}', 'ik heb een pijnlijk {bodyPart}', 'ik heb een zere {bodyPart}',
    'ik heb een zeer {bodyPart}',
  ];
}

export const nlNL: LocaleModel = {
  // "mijn" works like the English "my" of "my back stretches": no launch, connecting or wake word, and it
  // makes two words of what Dutch writes as one ("rugoefeningen"), since a one-word name needs proof of
  // owning it as a brand. Ordinary Dutch: "Alexa, open mijn rugoefeningen", "Alexa, start mijn rugoefeningen".
  invocationName: 'mijn rugoefeningen',

  // AMAZON.FallbackIntent stays in: Amazon's standard built-in intents page says every intent it lists
  // works in all skill languages unless noted, and Fallback carries no note any more. The notes it once
  // had ("English (US) only", then "English locales and German") predate Dutch skills, which came in
  // late 2020, after Fallback had spread to every language then offered (Nov 2019, Hindi Mar 2020).

  samples: {
    PainIntent: [
      // Said as it happens: interjections alone and joined to words, tense and repetition, intensity.
      'au', 'auw', 'au au', 'au au au', 'auw auw', 'ai', 'ai ai', 'oei', 'au stop', 'stop au', 'auw stop',
      'au dat doet pijn', 'auw dat doet pijn', 'au dat doet zeer', 'oei dat doet pijn', 'ai dat doet pijn',
      'au het doet pijn', 'stop het doet pijn', 'stop dat doet pijn', 'ho stop het doet pijn', 'ho stop',
      'het doet pijn', 'dat doet pijn', 'dit doet pijn', 'het doet zeer', 'dat doet zeer', 'dit doet zeer',
      'het doet echt pijn', 'dat doet echt pijn', 'het doet heel erg pijn', 'dat doet heel erg pijn',
      "het doet zo'n pijn", "dat doet zo'n pijn", 'het doet verschrikkelijk pijn', 'het doet vreselijk pijn',
      'het doet flink pijn', 'het doet behoorlijk pijn', 'het doet te veel pijn', 'het doet nu pijn',
      'het doet ineens pijn', 'het doet opeens pijn', 'het doet weer pijn', 'het doet alweer pijn',
      'dat doet weer pijn', 'het begint pijn te doen', 'het begon net pijn te doen', 'nu begint het pijn te doen',
      'dat deed pijn', 'het deed pijn', 'dat deed net pijn', 'dat deed echt pijn', 'dat deed zeer', 'au dat deed pijn',
      'ik heb pijn', 'ik heb veel pijn', 'ik heb echt pijn', 'ik heb zo veel pijn', 'ik voel pijn', 'pijn',
      'er doet iets pijn', 'iets doet pijn', 'alles doet pijn', 'ik verga van de pijn', 'ik ga dood van de pijn',
      'ik hou het niet uit', 'ik houd het niet uit', 'ik hou het niet meer uit', 'dit is niet te doen',
      'dat is pijnlijk', 'dit is pijnlijk', 'het is pijnlijk', 'dat voelt pijnlijk', 'het voelt pijnlijk',
      'dat is te veel', 'dit is te veel', 'het is te veel', 'dat gaat te ver',
      // Sensations: something pulled, clicked, shot through.
      'ik heb me bezeerd', 'ik denk dat ik me bezeerd heb', 'ik heb iets verrekt', 'ik heb me verrekt',
      'ik denk dat ik iets verrekt heb', 'er schoot iets in', 'er schiet iets in', 'het schoot erin', 'er knapte iets',
      'ik voelde iets knappen', 'er klikte iets', 'er kraakte iets', 'ik hoorde iets kraken', 'het steekt',
      'dat steekt', 'het prikt', 'het trekt', 'het schiet', 'ik heb spit', 'ik denk dat ik spit heb', 'spit',
      // Dutch says where it hurts in one word too: "rugpijn", "nekpijn".
      'ik heb rugpijn', 'rugpijn', 'ik heb nekpijn', 'nekpijn', 'ik heb schouderpijn', 'schouderpijn',
      'ik heb hoofdpijn', 'ik krijg hoofdpijn', 'hoofdpijn', 'ik heb kniepijn', 'kniepijn', 'ik heb heuppijn',
      'heuppijn', 'pijn tussen mijn schouderbladen', 'ik heb pijn tussen mijn schouderbladen',
      'het doet pijn tussen mijn schouderbladen', 'het steekt tussen mijn schouderbladen',
      // Where it hurts: the body part is a slot.
      ...bodyPartFrames(),
    ],
    RedFlagIntent: [
      // Also the bare answer to the red-flag question: the symptom's name alone counts as yes. "Mijn borst doet
      // pijn" is pain with the body part "borst", which is the red-flag answer too.
      'pijn op de borst', 'ik heb pijn op de borst', 'ik heb pijn op mijn borst', 'druk op de borst', 'druk op mijn borst',
      'ik voel druk op mijn borst', 'ik heb druk op mijn borst', 'een drukkend gevoel op de borst',
      'een beklemmend gevoel op de borst', 'ik heb een beklemmend gevoel op mijn borst', 'mijn borst voelt strak',
      'mijn borst voelt benauwd', 'benauwd', 'ik ben benauwd', 'ik heb het benauwd', 'ik krijg het benauwd',
      'benauwdheid', 'hartaanval', 'ik denk dat ik een hartaanval heb', 'hartkloppingen', 'ik heb hartkloppingen',
      'de pijn straalt uit naar mijn arm', 'het straalt uit naar mijn arm', 'het straalt uit naar mijn kaak',
      'ik kan niet ademen', 'ik kan niet goed ademen', 'ik krijg geen lucht', 'ik krijg slecht lucht',
      'ik ben kortademig', 'kortademig', 'kortademigheid', 'ik kan moeilijk ademhalen', 'ik heb moeite met ademhalen',
      'moeite met ademhalen', 'ik kom niet op adem', 'ik ben buiten adem', 'ik hap naar lucht', 'ademnood',
      'scheurende pijn', 'een scheurende pijn', 'ik heb een scheurende pijn in mijn rug',
      'scheurende pijn tussen mijn schouderbladen', 'een scheurende pijn tussen mijn schouderbladen',
      'een plotselinge scheurende pijn', 'het voelt alsof er iets scheurt', 'alsof er iets scheurt',
      'een doof gevoel', 'doof gevoel', 'ik heb een doof gevoel', 'ik heb een doof gevoel in mijn benen',
      'een doof gevoel in mijn arm', 'ik heb een doof gevoel in mijn arm', 'gevoelloos', 'mijn benen zijn gevoelloos',
      'mijn been is gevoelloos', 'mijn arm is gevoelloos', 'mijn hand is gevoelloos', 'mijn vingers zijn gevoelloos',
      'mijn voeten zijn gevoelloos', 'mijn benen voelen doof', 'mijn arm voelt doof', 'mijn vingers voelen doof',
      'ik voel mijn benen niet', 'ik voel mijn been niet', 'ik voel mijn arm niet', 'ik voel mijn voeten niet',
      'ik heb geen gevoel in mijn benen', 'mijn been slaapt', 'mijn arm slaapt', 'tintelingen', 'ik heb tintelingen',
      'ik heb tintelingen in mijn benen', 'tintelingen in mijn arm', 'ik heb tintelingen in mijn arm',
      'mijn benen tintelen', 'mijn been tintelt', 'mijn arm tintelt', 'mijn armen tintelen', 'mijn handen tintelen',
      'mijn vingers tintelen', 'prikkelingen', 'krachtverlies', 'ik heb krachtverlies', 'krachtverlies in mijn benen',
      'mijn benen voelen slap', 'mijn benen zijn slap', 'mijn arm voelt slap', 'ik heb geen kracht in mijn benen',
      'ik heb geen kracht in mijn arm', 'mijn benen begaven het', 'mijn benen zakken door', 'zwakte',
      'ik kan mijn been niet bewegen', 'ik kan mijn arm niet optillen',
      'ik voel me flauw', 'flauw', 'ik ga flauwvallen', 'ik denk dat ik flauwval', 'ik val bijna flauw',
      'ik word duizelig', 'ik ben duizelig', 'duizelig', 'ik word licht in mijn hoofd', 'licht in mijn hoofd',
      'ik zie zwart voor mijn ogen', 'het wordt zwart voor mijn ogen', 'ik ben misselijk', 'misselijk',
      'ik word misselijk', 'ik voel me misselijk', 'ik zweet', 'ik ben klam', 'klam', 'ik heb het klamme zweet',
      'het zweet breekt me uit', 'ik word duizelig en misselijk', 'ik ben misselijk en zweet',
      'ik zweet en mijn borst doet pijn',
      'ik kan mijn plas niet ophouden', 'ik kan mijn plas niet meer ophouden', 'ik heb in mijn broek geplast',
      'ik kan niet plassen', 'ik kan niet meer plassen', 'ik kan mijn ontlasting niet ophouden', 'problemen met plassen',
      'mijn kruis is gevoelloos', 'mijn billen zijn gevoelloos', 'een doof gevoel in mijn kruis', 'ik voel mijn billen niet',
    ],
    UrgentSignIntent: [
      'ik ben gevallen', 'ik ben net gevallen', 'ik ben gisteren gevallen', 'ik ben van de trap gevallen',
      'ik ben uitgegleden', 'ik ben op mijn rug gevallen', 'ik ben van mijn fiets gevallen', 'ik heb een val gemaakt',
      'na een val', 'het begon na een val', 'het is begonnen na een val', 'sinds een val', 'ik heb een ongeluk gehad',
      'na een ongeluk', 'het begon na een ongeluk', 'een auto ongeluk', 'ik heb een auto ongeluk gehad',
      'ik heb een aanrijding gehad', 'ik heb een klap op mijn rug gehad', 'ik denk dat ik iets gebroken heb',
      'ik heb koorts', 'koorts', 'ik denk dat ik koorts heb', 'ik heb verhoging', 'ik voel me koortsig',
      'ik heb koude rillingen', 'koude rillingen', "ik heb 's nachts pijn", "'s nachts doet het pijn",
      "het doet 's nachts pijn", "ik word er 's nachts wakker van", "de pijn houdt me 's nachts wakker",
      'ik kan er niet van slapen', 'het gaat niet weg als ik rust', 'in rust gaat het niet weg',
      'het wordt niet minder als ik rust', 'ik ben afgevallen', 'ik ben zomaar afgevallen', 'ik ben veel afgevallen',
      'ik val af zonder reden', 'gewichtsverlies',
    ],
    UnsureIntent: [
      'ik weet het niet', 'weet ik niet', 'weet niet', 'dat weet ik niet', 'ik weet het eigenlijk niet',
      'ik weet het niet precies', 'ik weet het niet zeker', 'dat weet ik niet zeker', 'niet zeker',
      'ik ben er niet zeker van', 'geen idee', 'ik heb geen idee', 'geen flauw idee', 'weet ik veel', 'misschien',
      'een beetje misschien', 'wie weet', 'kan zijn', 'zou kunnen', 'dat zou kunnen', 'mogelijk', 'moeilijk te zeggen',
      'lastig te zeggen', 'dat is moeilijk te zeggen', 'dat is lastig te zeggen', 'ik kan het niet zeggen',
      'ik twijfel', 'twijfel', 'tja', 'goeie vraag',
    ],
    PainKindIntent: [
      '{painKind}', 'het is {painKind}', 'het voelt {painKind}', 'meer {painKind}', 'eerder {painKind}',
      'het is meer {painKind}', 'het is eerder {painKind}', 'het voelt meer {painKind}', 'het voelt eerder {painKind}',
      'echt {painKind}', 'het is echt {painKind}', 'vrij {painKind}', 'het is vrij {painKind}', 'best {painKind}',
      'het is best {painKind}', 'het voelt als {painKind}', 'meer als {painKind}', 'het is meer als {painKind}',
      'ik zou zeggen {painKind}', 'ik denk {painKind}', 'gewoon {painKind}', 'het is gewoon {painKind}',
      'vooral {painKind}', 'het is vooral {painKind}', 'ik voel {painKind}', 'ik heb {painKind}', 'zo\'n {painKind}',
      'het is zo\'n {painKind}', 'een beetje {painKind}',
    ],
    HowToIntent: [
      // After "vraag mijn rugoefeningen ..." Dutch puts the verb last: "hoe je de cobra doet".
      'hoe doe ik {exercise}', 'hoe doe ik de {exercise}', 'hoe doe je {exercise}', 'hoe doe je de {exercise}',
      'hoe gaat {exercise}', 'hoe gaat de {exercise}', 'hoe werkt {exercise}', 'hoe werkt de {exercise}',
      'hoe je {exercise} doet', 'hoe je de {exercise} doet', 'hoe {exercise} gaat', 'hoe de {exercise} gaat',
      'leg {exercise} uit', 'leg de {exercise} uit', 'leg me {exercise} uit', 'leg me de {exercise} uit',
      'vertel me over {exercise}', 'vertel me over de {exercise}', 'wat is {exercise}', 'wat is de {exercise}',
      'uitleg over {exercise}', 'uitleg over de {exercise}', 'beschrijf {exercise}', 'beschrijf de {exercise}',
      'hoe moet ik {exercise} doen', 'hoe moet ik de {exercise} doen', 'wat zijn de stappen van {exercise}',
      'wat zijn de stappen van de {exercise}', 'kun je {exercise} uitleggen', 'kun je de {exercise} uitleggen',
      '{exercise}',
    ],
    StartExerciseIntent: [
      'doe {exercise}', 'doe de {exercise}', 'laten we {exercise} doen', 'laten we de {exercise} doen',
      'start {exercise}', 'start de {exercise}', 'begin met {exercise}', 'begin met de {exercise}',
      'ik wil {exercise} doen', 'ik wil de {exercise} doen', 'ik wil graag {exercise} doen',
      'ik wil graag de {exercise} doen', 'probeer {exercise}', 'probeer de {exercise}', 'laten we {exercise} proberen',
      'laten we de {exercise} proberen', 'kunnen we {exercise} doen', 'kunnen we de {exercise} doen',
      'ga naar {exercise}', 'ga naar de {exercise}', 'begeleid me bij {exercise}', 'begeleid me bij de {exercise}',
      'ik wil {exercise} oefenen', 'ik wil de {exercise} oefenen', 'we doen de {exercise}',
    ],
    StartRoutineIntent: [
      'start de {routine}', 'start de {routine} routine', 'start mijn {routine}', 'doe de {routine}',
      'doe de {routine} routine', 'doe mijn {routine}', 'begin de {routine}', 'begin met de {routine}',
      'laten we de {routine} doen', 'ik wil de {routine} doen', 'de {routine}', '{routine} routine',
      'doe de oefeningen {routine}', 'oefeningen {routine}', 'ik wil {routine} oefenen', 'laten we {routine} oefenen',
      'start', 'begin', 'beginnen', 'starten', 'laten we beginnen', 'we beginnen', 'aan de slag', 'laten we gaan',
      'start mijn oefeningen', 'start de oefeningen', 'begin met de oefeningen', 'start de routine',
      'begin met rekken', 'laten we rekken', 'laten we stretchen', 'doe mijn oefeningen', 'ik wil oefenen',
      'ik wil stretchen',
    ],
    ListExercisesIntent: [
      'welke oefeningen zijn er', 'welke oefeningen heb je', 'welke oefeningen ken je', 'welke oefeningen kan ik doen',
      'wat voor oefeningen zijn er', 'wat voor oefeningen heb je', 'noem de oefeningen', 'noem alle oefeningen',
      'geef een lijst van de oefeningen', 'geef me de lijst met oefeningen', 'lijst met oefeningen',
      'welke rekoefeningen zijn er', 'welke rekoefeningen ken je', 'welke stretches zijn er', 'welke stretches ken je',
      'wat zijn de oefeningen', 'vertel me welke oefeningen er zijn', 'lees de oefeningen voor', 'lees de lijst voor',
      'wat zit er in de routine', 'welke oefeningen zitten in de routine', 'wat voor rekoefeningen heb je',
    ],
    RemainingIntent: [
      'hoeveel nog', 'hoeveel zijn er nog', 'hoeveel oefeningen nog', 'hoeveel oefeningen zijn er nog', 'hoe lang nog',
      'hoe lang duurt het nog', 'hoeveel tijd nog', 'hoeveel tijd is er nog', 'hoeveel moeten we nog',
      'hoeveel moet ik nog', 'zijn we bijna klaar', 'ben ik bijna klaar', 'zijn we er bijna', 'hoeveel herhalingen nog',
      'hoeveel herhalingen zijn er nog', 'wat moeten we nog doen', 'wat is er nog over', 'hoeveel blijft er over',
      'hoe ver zijn we', 'hoe lang gaat het nog duren', 'is het bijna klaar',
    ],
    SlowerIntent: [
      'langzamer', 'rustiger', 'wat langzamer', 'wat rustiger', 'iets langzamer', 'iets rustiger', 'langzamer graag',
      'langzamer alsjeblieft', 'kun je langzamer', 'kun je wat langzamer gaan', 'kun je langzamer praten',
      'niet zo snel', 'niet zo snel alsjeblieft', 'het gaat te snel', 'te snel', 'je gaat te snel', 'dat gaat te snel',
      'rustiger aan', 'praat langzamer', 'geef me meer tijd tussen de herhalingen', 'ga langzamer',
      'een beetje langzamer',
    ],
    LongerHoldsIntent: [
      'langer vasthouden', 'langer aanhouden', 'ik wil langer vasthouden', 'houd het langer vast',
      'hou het langer vast', 'langer blijven', 'langer in de houding blijven', 'langer in de rek blijven',
      'de oefeningen langer vasthouden', 'kan ik langer vasthouden', 'laat me langer vasthouden',
      'iets langer vasthouden', 'wat langer vasthouden', 'houd elke oefening langer vast',
      'hou elke oefening langer vast', 'meer tijd per houding', 'langer', 'langer stretchen', 'langer rekken',
    ],
    GentlerIntent: [
      'makkelijker', 'lichter', 'een makkelijkere versie', 'een lichtere versie', 'de lichtere versie',
      'de makkelijkere versie', 'maak het makkelijker', 'maak het lichter', 'iets makkelijkers', 'iets lichters',
      'is er een makkelijkere versie', 'is er een lichtere versie', 'geef me een makkelijkere versie', 'het is te zwaar',
      'dit is te zwaar', 'te zwaar', 'dat is te moeilijk', 'te moeilijk', 'kan het makkelijker', 'kan het wat lichter',
      'makkelijker graag', 'ik heb iets makkelijkers nodig', 'een rustigere versie', 'minder zwaar',
    ],
    SkipIntent: [
      'overslaan', 'sla over', 'sla deze over', 'sla deze oefening over', 'sla dit over', 'sla die over',
      'deze overslaan', 'deze oefening overslaan', 'ik wil deze overslaan', 'laten we deze overslaan',
      'kunnen we deze overslaan', 'ik sla deze over', 'ik wil deze niet doen', 'deze niet', 'niet deze',
      'laat deze maar zitten', 'laat deze weg', 'deze kan ik niet', 'die wil ik niet doen', 'die kan ik niet',
    ],
    ProgressIntent: [
      'wat is mijn voortgang', 'mijn voortgang', 'vertel me mijn voortgang', 'hoe sta ik ervoor',
      'hoe gaat het met mijn voortgang', 'hoeveel dagen op rij', 'hoeveel dagen achter elkaar', 'wat is mijn reeks',
      'hoe lang is mijn reeks', 'hoeveel sessies deze week', 'hoeveel sessies heb ik gedaan', 'hoeveel heb ik geoefend',
      'hoeveel minuten heb ik gedaan', 'geef me mijn statistieken', 'mijn statistieken', 'wat zijn mijn statistieken',
      'hoe heb ik het gedaan', 'hoe vaak heb ik geoefend', 'hoeveel heb ik deze week gedaan', 'laat mijn voortgang horen',
      'hoe gaat het met mijn oefeningen',
    ],
    ForgetDataIntent: [
      'vergeet mijn gegevens', 'wis mijn gegevens', 'wis mijn geschiedenis', 'verwijder mijn gegevens',
      'verwijder mijn geschiedenis', 'vergeet mij', 'vergeet me', 'wis alles over mij',
      'verwijder alles wat je over mij weet', 'vergeet alles over mij', 'wis mijn voortgang', 'verwijder mijn voortgang',
      'reset mijn voortgang', 'zet mijn voortgang op nul', 'vergeet mijn geschiedenis', 'wis mijn oefengeschiedenis',
      'verwijder mijn oefengeschiedenis', 'gooi mijn gegevens weg', 'wis mijn data', 'verwijder mijn data',
    ],

    'AMAZON.NextIntent': [
      'volgende', 'klaar', 'ik ben klaar', 'ik ben er klaar voor', 'de volgende', 'volgende oefening',
      'de volgende oefening', 'volgende graag', 'door naar de volgende', 'op naar de volgende', 'ga naar de volgende',
      'wat is de volgende', 'wat komt er nu', 'ik zit klaar', 'ik lig klaar', 'ik sta klaar', 'ik ben zover', 'zover',
      'gedaan', 'oké volgende', 'klaar voor de volgende', 'volgende stap',
      // The answers to "Zit of lig je goed in de houding?".
      'ik zit goed', 'ik lig goed', 'ik sta goed', 'ja ik zit goed', 'ja ik lig goed', 'ik zit in de houding',
      'ik lig in de houding', 'ik ben in positie', 'oké ik ben klaar', 'oké ik ben zover', 'ja ik ben zover',
      'helemaal klaar', 'kom maar op', 'ik ben er', 'gelukt',
    ],
    'AMAZON.PauseIntent': [
      'wacht', 'wacht even', 'even wachten', 'momentje', 'een momentje', 'moment', 'een moment', 'wacht eens even',
      'wacht een minuutje', 'wacht een seconde', 'geef me even', 'geef me een momentje', 'geef me een minuutje',
      'pauze', 'pauzeer', 'pauzeren', 'even pauze', 'pauzeer de oefeningen', 'ik heb even pauze nodig',
      'laten we even pauzeren', 'ho even', 'wacht even alsjeblieft',
    ],
    'AMAZON.ResumeIntent': [
      'verder', 'ga verder', 'ga door', 'doorgaan', 'verdergaan', 'we gaan verder', 'laten we verdergaan',
      'laten we doorgaan', 'ga maar verder', 'ga maar door', 'hervat', 'hervatten', 'ik ben terug', 'ik ben er weer',
      'oké ik ben terug', 'ga verder waar we gebleven waren', 'doorgaan graag', 'verder graag',
    ],
    'AMAZON.RepeatIntent': [
      'herhaal', 'herhaal dat', 'nog een keer', 'nog eens', 'zeg dat nog eens', 'zeg het nog eens',
      'kun je dat herhalen', 'kun je het herhalen', 'wat zei je', 'sorry wat zei je', 'herhaal de uitleg',
      'herhaal de stappen', 'dat verstond ik niet', 'dat heb ik niet gehoord', 'pardon',
    ],
    'AMAZON.PreviousIntent': [
      'vorige', 'terug', 'ga terug', 'de vorige', 'vorige oefening', 'de vorige oefening', 'terug naar de vorige',
      'ga terug naar de vorige', 'één terug', 'de oefening hiervoor', 'die daarvoor', 'ga een stap terug',
    ],
    'AMAZON.StartOverIntent': [
      'begin opnieuw', 'opnieuw beginnen', 'start opnieuw', 'opnieuw', 'herstart', 'van voren af aan',
      'begin weer van voren af aan', 'vanaf het begin', 'terug naar het begin', 'begin de routine opnieuw',
      'start de routine opnieuw', 'laten we opnieuw beginnen', 'helemaal opnieuw',
    ],
    // The local simulator knows Amazon's own phrasings in English only; these are the Dutch ones.
    'AMAZON.YesIntent': [
      'ja', 'ja graag', 'jazeker', 'ja hoor', 'ja prima', 'prima', 'oké', 'goed', 'is goed', 'doe maar', 'zeker',
      'natuurlijk', 'graag', 'dat is goed', 'dat is prima',
    ],
    'AMAZON.NoIntent': [
      'nee', 'nee dank je', 'nee bedankt', 'nee hoor', 'liever niet', 'nu niet', 'niet nodig', 'neen', 'niet echt',
      'nee dat hoeft niet', 'hoeft niet',
    ],
    'AMAZON.StopIntent': [
      'stop', 'stoppen', 'stop maar', 'ik wil stoppen', 'hou op', 'ophouden', 'ik stop', 'afsluiten', 'sluit af',
      'genoeg', 'het is genoeg', 'zo is het genoeg', 'stop ermee', 'einde', 'tot ziens',
    ],
    'AMAZON.CancelIntent': ['annuleer', 'annuleren', 'laat maar', 'laat maar zitten', 'vergeet het maar', 'laat ook maar'],
    'AMAZON.HelpIntent': [
      'help', 'hulp', 'help me', 'ik heb hulp nodig', 'wat kan ik zeggen', 'wat kan ik doen', 'hoe werkt dit',
      'hoe werkt het', 'wat moet ik zeggen', 'kun je me helpen',
    ],
  },

  slotValues: {
    ExerciseType: exerciseWords(exerciseTexts, EXERCISE_SYNONYMS),
    RoutineType: {
      default: {
        value: 'standaard',
        synonyms: [
          'standaardroutine', 'standaard routine', 'vaste', 'vaste routine', 'gewone', 'gewone routine', 'normale',
          'normale routine', 'dagelijkse', 'dagelijkse routine', 'basis', 'basisroutine', 'gebruikelijke',
          'gebruikelijke routine', 'rugroutine', 'vaste rugroutine',
        ],
      },
      chair: {
        value: 'stoel',
        synonyms: [
          'stoelroutine', 'stoel routine', 'zittende', 'zittend', 'zittende routine', 'bureau', 'bureauroutine',
          'kantoor', 'kantoorroutine', 'op de stoel', 'op een stoel', 'aan het bureau', 'op kantoor', 'op het werk',
          'stoeloefeningen',
        ],
      },
      floor: {
        value: 'vloer',
        synonyms: [
          'vloerroutine', 'vloer routine', 'mat', 'matroutine', 'yogamat', 'op de vloer', 'op de grond', 'op de mat',
          'grond', 'liggend', 'liggende', 'liggende routine', 'vloeroefeningen',
        ],
      },
      full: {
        value: 'volledige',
        synonyms: [
          'volledig', 'volledige routine', 'hele', 'hele routine', 'complete', 'complete routine', 'compleet', 'alles',
          'alle oefeningen', 'lange', 'lange routine', 'langste', 'uitgebreide', 'uitgebreide routine', 'alle veertien',
        ],
      },
    },
    BodyPartType: {
      back: { value: 'rug', synonyms: ['ruggengraat', 'wervelkolom', 'middenrug', 'midden van mijn rug', 'hele rug'] },
      upper_back: {
        value: 'bovenrug',
        synonyms: ['bovenkant van mijn rug', 'schouderblad', 'schouderbladen', 'ribben', 'rib', 'borstwervels'],
      },
      lower_back: {
        value: 'onderrug',
        synonyms: ['onderkant van mijn rug', 'lage rug', 'stuitje', 'heiligbeen', 'lenden', 'lendenen', 'rug onderin'],
      },
      neck: { value: 'nek', synonyms: ['hals', 'nekwervels'] },
      shoulder: { value: 'schouder', synonyms: ['schouders', 'sleutelbeen'] },
      arm: { value: 'arm', synonyms: ['armen', 'elleboog', 'ellebogen', 'onderarm', 'bovenarm'] },
      hand: { value: 'hand', synonyms: ['handen', 'pols', 'polsen', 'vinger', 'vingers', 'duim'] },
      leg: {
        value: 'been',
        synonyms: ['benen', 'bovenbeen', 'dij', 'hamstring', 'hamstrings', 'kuit', 'kuiten', 'enkel', 'voet', 'voeten'],
      },
      hip: { value: 'heup', synonyms: ['heupen', 'lies', 'bil', 'billen', 'kont'] },
      knee: { value: 'knie', synonyms: ['knieën', 'knieschijf'] },
      head: { value: 'hoofd', synonyms: ['kaak'] },
      // The heart area too: "mijn hart doet pijn" is the red-flag answer.
      chest: { value: 'borst', synonyms: ['borstkas', 'borstbeen', 'hart', 'hartstreek'] },
    },
    PainKindType: {
      sharp: {
        value: 'scherp',
        synonyms: [
          'stekend', 'schietend', 'brandend', 'snijdend', 'plotseling', 'scherpe pijn', 'een scherpe pijn',
          'stekende pijn', 'een stekende pijn', 'schietende pijn', 'een schietende pijn', 'een steek', 'steek',
          'een pijnscheut', 'pijnscheut', 'een scheut', 'als een mes', 'als een messteek', 'elektrisch',
          'als een elektrische schok', 'als een schok', 'doordringend', 'kloppend', 'hevig', 'heftig', 'heel erg',
          'knellend',
        ],
      },
      mild: {
        value: 'zeurend',
        synonyms: [
          'een rek', 'rek', 'een flinke rek', 'flinke rek', 'een sterke rek', 'rekken', 'trekkend', 'een trekkend gevoel',
          'dof', 'doffe pijn', 'een doffe pijn', 'zeurende pijn', 'een zeurende pijn', 'zeur', 'stijf', 'stijfheid',
          'strak', 'gespannen', 'spanning', 'ongemakkelijk', 'onprettig', 'licht', 'lichte pijn', 'een lichte pijn',
          'niet zo erg', 'valt wel mee', 'het valt wel mee', 'gevoelig', 'spierpijn', 'beurs',
        ],
      },
    },
  },

  phrasing: {
    launch: ['open {name}', 'start {name}', 'begin {name}', 'speel {name}', 'gebruik {name}', 'activeer {name}', 'laad {name}'],
    request: [
      'vraag {name} {request}', 'vraag {name} om {request}', 'vraag {name} naar {request}', 'vraag aan {name} {request}',
      'zeg tegen {name} {request}', 'vraag {name} of {request}',
    ],
    forbiddenInInvocationName: [
      'open', 'openen', 'start', 'starten', 'begin', 'beginnen', 'speel', 'spelen', 'vraag', 'vragen', 'zeg', 'zeggen',
      'vertel', 'vertellen', 'laat', 'laad', 'laden', 'activeer', 'activeren', 'gebruik', 'gebruiken', 'hervat', 'praat',
      'om', 'naar', 'over', 'of', 'voor', 'met', 'van', 'op', 'in', 'aan', 'te', 'tegen', 'bij', 'via', 'dat', 'en',
      'de', 'het', 'een',
      'alexa', 'amazon', 'echo', 'computer', 'ziggy', 'skill', 'app',
    ],
    spaced: true,
  },

  publishing: {
    name: 'Rugoefeningen',
    summary: 'Je stemcoach voor rustige rekoefeningen voor je boven- en middenrug, stap voor stap en zonder handen.',
    description:
      'Rugoefeningen praat je door rustige rekoefeningen voor een stijve of pijnlijke bovenrug en middenrug. Zo houd je je ogen dicht en je handen vrij. Kies een korte routine op je stoel aan het bureau, een routine op de mat, of alle veertien oefeningen. Of vraag hoe één oefening gaat, zoals de cobra, de kindhouding of de draad door de naald. Rugoefeningen legt elke oefening stap voor stap uit, telt mee terwijl je vasthoudt, en luistert op elk moment naar langzamer, langer vasthouden, makkelijker, overslaan of wacht even.\n\nRek alleen tot een lichte spanning, nooit tot pijn. Doet er iets pijn, stop dan en zeg "au" of "het doet pijn": de skill stopt meteen en vraagt hoe het met je gaat.',
    disclaimer:
      'Belangrijk: Rugoefeningen geeft alleen algemene informatie over oefeningen. Het is geen medisch advies, en het is geen vervanging voor professioneel medisch advies, een diagnose of een behandeling. Overleg met je huisarts voordat je aan een nieuw oefenschema begint, zeker als je kort geleden een blessure of operatie hebt gehad of zwanger bent, en stop als er iets pijn doet. Heb je pijn op de borst, moeite met ademhalen, een doof gevoel of krachtverlies in je benen, of een ander noodgeval, bel dan meteen het alarmnummer 112.',
    examplePhrases: [
      'Alexa, open mijn rugoefeningen',
      'Alexa, vraag mijn rugoefeningen hoe je de cobra doet',
      'Alexa, vraag mijn rugoefeningen om de stoelroutine',
    ],
    keywords: ['rugoefeningen', 'rekoefeningen', 'stretchen', 'bovenrug', 'middenrug', 'stijve rug', 'houding', 'bureau', 'yoga', 'mobiliteit'],
  },
};
