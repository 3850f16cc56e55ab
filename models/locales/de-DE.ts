/**
 * The de-DE words of the interaction model: how people in Germany talk to Alexa, with "du", about
 * stretching and about pain.
 *
 * Exercise names are not written here: each exercise's canonical slot value is the name the skill speaks
 * (lambda/i18n/exercises/de.ts). The names carry no article, and German gives each noun its own
 * ("die Kobra", "der Katzenbuckel", "das Nadelöhr", "den Drehsitz"), so samples with `{exercise}` come
 * with each article the sentence can take. Synonyms are the names German yoga classes, physiotherapists
 * and fitness sites use; a word that could mean two exercises goes to one only.
 *
 * Built-ins: AMAZON.FallbackIntent has been available in every German locale since 20 November 2018
 * (Amazon's Alexa blog, "Use the new fallback intent...", editor's note; confirmed by the November 2019
 * post on its expansion to other languages), so nothing is left out here. The local simulator knows
 * Amazon's own phrasings of built-ins in English only, so yes, no, stop, cancel and help get German
 * samples.
 */
import type { ExerciseId } from '../../lambda/catalog/exercises';
import { de as exerciseTexts } from '../../lambda/i18n/exercises/de';
import { exerciseWords } from '../exercise-words';
import type { LocaleModel } from '../locale-model';

const EXERCISE_SYNONYMS: Readonly<Record<ExerciseId, readonly string[]>> = {
  seated_spinal_twist: [
    'halber drehsitz', 'drehsitz am boden', 'sitzende drehung', 'drehung im sitzen', 'wirbelsäulendrehung',
    'wirbelsäulendrehung im sitzen', 'twist im sitzen', 'sitzender twist', 'ardha matsyendrasana', 'drehhaltung',
    // "Drehung" and "Twist" alone: here only (the chair exercise has "Rotation" and "Rumpfdrehung").
    'drehung', 'twist',
  ],
  locust: [
    'heuschreckenhaltung', 'heuschreckenübung', 'heuschrecke übung', 'salabhasana', 'shalabhasana', 'superman',
    'superman übung', 'rückenheben', 'oberkörper heben', 'rückenstrecker', 'rückenstärkung',
  ],
  revolved_triangle: [
    'gedrehte dreieckshaltung', 'drehdreieck', 'verdrehtes dreieck', 'dreieck gedreht', 'dreieck mit drehung',
    'parivrtta trikonasana', 'dreieck', 'dreieckshaltung',
  ],
  standing_forward_bend: [
    'vorbeuge', 'stehende vorbeuge', 'vorwärtsbeuge', 'stehende vorwärtsbeuge', 'vorbeuge stehend', 'zehen berühren',
    'zehenberührung', 'uttanasana', 'hängende vorbeuge', 'stoffpuppe', 'rag doll', 'nach vorne beugen',
  ],
  eagle_arms: [
    'adler arme', 'adlerarm', 'adler', 'adlerhaltung', 'adlerhaltung arme', 'garudasana', 'garudasana arme',
    'schulterblattdehnung', 'dehnung zwischen den schulterblättern', 'selbstumarmung', 'umarmung', 'schreibtischdehnung',
  ],
  puppy_pose: [
    'welpe', 'welpen haltung', 'welpenpose', 'hündchen', 'hündchenhaltung', 'hundewelpe', 'junger hund',
    'schmelzendes herz', 'anahatasana', 'uttana shishosana', 'puppy pose',
  ],
  thread_the_needle: [
    'nadelöhr haltung', 'nadelöhrhaltung', 'faden einfädeln', 'nadel einfädeln', 'einfädeln', 'faden durchs nadelöhr',
    'durchfädeln', 'thread the needle',
  ],
  childs_pose: [
    'stellung des kindes', 'haltung des kindes', 'kindeshaltung', 'kind haltung', 'kind', 'balasana', 'päckchen',
    'päckchensitz', 'embryohaltung', 'ruhehaltung',
  ],
  sitting_rotation: [
    'rumpfdrehung im sitzen', 'oberkörperdrehung', 'oberkörperdrehung im sitzen', 'drehung auf dem stuhl',
    'stuhldrehung', 'rumpfrotation', 'rotation', 'rotation im sitzen', 'sitzende rotation', 'drehung mit armlehne',
    'oberkörper drehen',
  ],
  head_stretch: [
    'kopfdehnung', 'nacken dehnen', 'nackenübung', 'kinn zur brust', 'kopf senken', 'kopf nach vorne',
    'nackenstretch', 'kopfbeuge', 'nacken',
  ],
  cat_stretch: [
    'katze', 'katzenhaltung', 'katze kuh', 'katze und kuh', 'katze kuh übung', 'kuh', 'kuhhaltung', 'buckel',
    'katzenrücken', 'wütende katze', 'katzendehnung', 'marjaryasana', 'cat cow',
  ],
  passive_backbend: [
    'rückbeuge', 'rückbeuge mit handtuch', 'handtuchrolle', 'handtuch', 'handtuchübung', 'liegende rückbeuge',
    'gestützte rückbeuge', 'rückbeuge über der rolle', 'brustöffner', 'rolle',
  ],
  cobra_stretch: [
    'kobrahaltung', 'kobra haltung', 'kobradehnung', 'bhujangasana', 'schlange', 'kleine kobra', 'baby kobra',
    'babykobra',
    // The gentler cobra is the sphinx, so the sphinx belongs here.
    'sphinx', 'sphinxhaltung', 'sphinx haltung',
  ],
  bridge_stretch: [
    'schulterbrücke', 'brückenhaltung', 'beckenheben', 'becken heben', 'becken hoch', 'hüfte heben', 'hüftheben',
    'po heben', 'kleine brücke', 'setu bandhasana',
  ],
};


/** "die Kobra", "den Katzenbuckel", "das Nadelöhr": a sample with each article, and without. */
function withArticles(before: string, after: string, articles: readonly string[]): string[] {
  const tail = after === '' ? '' : ` ${after}`;
  const lead = before === '' ? '' : `${before} `;
  return ['', ...articles].map((article) => `${lead}${article === '' ? '' : `${article} `}{exercise}${tail}`);
}

const NOMINATIVE = ['die', 'der', 'das'];
const ACCUSATIVE = ['die', 'den', 'das'];

export const deDE: LocaleModel = {
  // "Sanfte Rückendehnung": two words, neither a launch word ("öffne", "starte", "frag"...), a connecting
  // word ("nach", "mit", "von", "und"...), an article, a preposition or a wake word. It reads well after
  // every German launch phrase: "öffne sanfte Rückendehnung", "starte sanfte Rückendehnung".
  invocationName: 'sanfte rückendehnung',

  samples: {
    PainIntent: [
      'das tut weh', 'es tut weh', 'tut weh', 'au', 'aua', 'autsch', 'aua das tut weh', 'autsch das tut weh',
      'stopp das tut weh', 'halt das tut weh', 'das schmerzt', 'es schmerzt', 'ich habe schmerzen', 'ich hab schmerzen',
      'mein rücken tut weh', 'mir tut der rücken weh', 'das tut richtig weh', 'das tut echt weh', 'das tut sehr weh',
      'das tut ganz schön weh', 'das tut zu weh', 'es tut zu sehr weh', 'das ist zu viel', 'das ist schmerzhaft',
      'es ist schmerzhaft', 'ich spüre schmerzen', 'ich spüre einen schmerz', 'da ist ein schmerz', 'mein nacken tut weh',
      'meine schulter tut weh', 'meine schultern tun weh', 'mein knie tut weh', 'meine knie tun weh',
      'mein handgelenk tut weh', 'meine hüfte tut weh', 'das hat wehgetan', 'das hat weh getan', 'es hat wehgetan',
      'ich habe mir wehgetan', 'ich hab mir weh getan', 'ich glaube ich habe mir wehgetan', 'ich habe mir was gezerrt',
      'da hat was gezogen', 'irgendwas tut weh', 'mir tut was weh', 'au stopp', 'ich habe rückenschmerzen',
      'das tut mir weh', 'schmerzen', 'aua aua',
    ],
    RedFlagIntent: [
      'ich habe brustschmerzen', 'ich hab brustschmerzen', 'mir tut die brust weh', 'meine brust tut weh',
      'ich habe schmerzen in der brust', 'ich habe druck auf der brust', 'meine brust fühlt sich eng an',
      'ich kriege keine luft', 'ich bekomme keine luft', 'ich kann nicht atmen', 'ich kann kaum atmen', 'ich habe atemnot',
      'ich bin kurzatmig', 'das atmen fällt mir schwer', 'meine beine sind taub', 'mein bein ist taub',
      'meine beine kribbeln', 'mein arm kribbelt', 'meine arme kribbeln', 'mein arm ist taub', 'meine hand ist taub',
      'meine hände kribbeln', 'ich habe ameisenlaufen in den beinen', 'mir ist schwindlig und übel',
      'mir wird schwarz vor augen', 'ich werde ohnmächtig', 'ich glaube ich kippe um', 'mir ist übel und ich schwitze',
      'ich schwitze und meine brust tut weh', 'ich spüre meine beine nicht', 'ich spüre meinen arm nicht',
      'meine beine sind schwach', 'meine beine geben nach', 'meine beine knicken weg',
      'ich kann meine blase nicht kontrollieren', 'ich kann den stuhlgang nicht halten', 'ich habe in die hose gemacht',
      'ich kann nicht pinkeln', 'mein schritt ist taub', 'mein po ist taub', 'ich habe einen reißenden schmerz im rücken',
      'ich habe fieber', 'ich glaube ich habe mir was gebrochen', 'ich glaube ich habe einen herzinfarkt',
    ],
    PainKindIntent: [
      '{painKind}', 'es ist {painKind}', 'eher {painKind}', 'es ist eher {painKind}', 'ein {painKind}', 'eine {painKind}',
      'es ist ein {painKind}', 'es ist eine {painKind}', 'eher ein {painKind}', 'eher eine {painKind}',
      'es ist eher ein {painKind}', 'es ist eher eine {painKind}', 'es fühlt sich {painKind} an', 'fühlt sich {painKind} an',
      'es fühlt sich an wie {painKind}', 'es fühlt sich an wie ein {painKind}', 'es fühlt sich an wie eine {painKind}',
      'wie ein {painKind}', 'wie eine {painKind}', 'eher wie ein {painKind}', 'eher wie eine {painKind}', 'mehr {painKind}', 'es ist mehr {painKind}', 'eher so {painKind}',
      'ich würde sagen {painKind}', 'ich würde sagen es ist {painKind}', 'ich glaube {painKind}', 'der schmerz ist {painKind}',
      'es ist nur {painKind}', 'nur {painKind}', 'nur ein {painKind}', 'nur eine {painKind}', 'es tut {painKind} weh',
    ],
    HowToIntent: [
      ...withArticles('wie geht', '', NOMINATIVE),
      'wie gehen die {exercise}',
      // After "frag sanfte Rückendehnung, ..." the question comes as a clause: "wie die Kobra geht".
      ...withArticles('wie', 'geht', NOMINATIVE),
      ...withArticles('wie mache ich', '', ACCUSATIVE),
      ...withArticles('wie macht man', '', ACCUSATIVE),
      ...withArticles('wie funktioniert', '', NOMINATIVE),
      ...withArticles('erklär mir', '', ACCUSATIVE),
      'erkläre {exercise}', 'erkläre mir die übung {exercise}', 'erklär mir die übung {exercise}',
      ...withArticles('was ist', '', NOMINATIVE),
      'beschreib mir {exercise}', 'beschreib mir die übung {exercise}', 'wie geht die übung {exercise}',
      'anleitung für {exercise}', 'anleitung für die übung {exercise}', 'die übung {exercise} erklären',
      '{exercise}', 'die {exercise}', 'der {exercise}', 'das {exercise}',
    ],
    StartExerciseIntent: [
      ...withArticles('lass uns', 'machen', ACCUSATIVE),
      ...withArticles('starte', '', ACCUSATIVE),
      ...withArticles('ich möchte', 'machen', ACCUSATIVE),
      ...withArticles('ich will', 'machen', ACCUSATIVE),
      ...withArticles('mach mit mir', '', ACCUSATIVE),
      ...withArticles('können wir', 'machen', ACCUSATIVE),
      'starte die übung {exercise}', 'mach die übung {exercise}', 'die übung {exercise} bitte', 'übung {exercise}',
      'lass uns {exercise} üben', 'ich möchte {exercise} üben', 'fang mit {exercise} an', 'fang mit der {exercise} an',
      'fang mit dem {exercise} an', 'führ mich durch die übung {exercise}', 'probieren wir {exercise}',
      'probieren wir die {exercise}', 'probieren wir den {exercise}', 'probieren wir das {exercise}',
    ],
    StartRoutineIntent: [
      'starte das {routine}', 'starte {routine}', 'mach das {routine}', 'lass uns das {routine} machen',
      'ich möchte das {routine} machen', 'ich will das {routine} machen', 'das {routine} bitte', 'das {routine}',
      'das {routine} starten', 'starte die übungen {routine}', 'mach die übungen {routine}', 'übungen {routine}',
      'dehnübungen {routine}', 'lass uns die übungen {routine} machen', 'starte das programm {routine}',
      'starte', 'los', "los geht's", 'fang an', 'anfangen', 'lass uns anfangen', 'lass uns loslegen', 'lass uns dehnen',
      'starte die übungen', 'starte das programm', 'starte das training', 'übungen starten', 'training starten',
      'ich möchte dehnen', 'ich will mich dehnen', 'dehnen', 'mach meine übungen', 'meine übungen',
    ],
    ListExercisesIntent: [
      'welche übungen gibt es', 'welche übungen kennst du', 'welche übungen hast du', 'welche dehnübungen gibt es',
      'welche dehnübungen kennst du', 'was für übungen gibt es', 'was für übungen hast du', 'was gibt es für übungen',
      'liste die übungen auf', 'zähl die übungen auf', 'zähle alle übungen auf', 'nenne mir die übungen',
      'nenn mir alle übungen', 'sag mir die übungen', 'welche übungen kann ich machen', 'was kann ich alles machen',
      'welche übungen sind dabei', 'was ist im programm', 'übungsliste', 'liste der übungen', 'welche übungen kannst du',
      'lies mir die übungen vor', 'was für dehnübungen kennst du',
    ],
    RemainingIntent: [
      'wie viele noch', 'wie viele übungen noch', 'wie viele übungen sind noch übrig', 'wie viele kommen noch',
      'wie lange noch', 'wie lange dauert es noch', 'wie viel zeit noch', 'wie viel ist noch übrig', 'wie viele fehlen noch',
      'wie viele übungen fehlen noch', 'sind wir bald fertig', 'bin ich bald fertig', 'sind wir gleich fertig',
      'was kommt noch', 'was fehlt noch', 'wie viele runden noch', 'wie viele runden fehlen noch', 'wie weit sind wir',
      'wie viel fehlt noch', 'wie lange brauchen wir noch', 'ist es bald geschafft',
    ],
    SlowerIntent: [
      'langsamer', 'langsamer bitte', 'bitte langsamer', 'etwas langsamer', 'ein bisschen langsamer', 'mach langsamer',
      'nicht so schnell', 'das ist zu schnell', 'zu schnell', 'du bist zu schnell', 'kannst du langsamer machen',
      'kannst du etwas langsamer machen', 'sprich langsamer', 'rede langsamer', 'ich brauche mehr zeit',
      'gib mir mehr zeit', 'mehr zeit zwischen den runden', 'langsameres tempo', 'tempo runter', 'mach mal langsam',
      'nicht so hastig',
    ],
    LongerHoldsIntent: [
      'länger halten', 'längere haltezeit', 'längere haltezeiten', 'ich möchte länger halten', 'ich will länger halten',
      'lass mich länger halten', 'die dehnung länger halten', 'jede dehnung länger halten', 'länger dehnen',
      'länger in der dehnung bleiben', 'länger bleiben', 'die haltezeit verlängern', 'haltezeit verlängern',
      'länger halten bitte', 'kann ich länger halten', 'etwas länger halten', 'noch länger halten',
      'die positionen länger halten', 'längere dehnungen',
    ],
    GentlerIntent: [
      'sanfter', 'leichter', 'einfacher', 'eine leichtere variante', 'eine einfachere variante', 'die leichtere variante',
      'die sanftere variante', 'eine sanftere variante', 'mach es leichter', 'mach es einfacher', 'mach es sanfter',
      'das ist zu schwer', 'das ist mir zu schwer', 'zu schwer', 'zu anstrengend', 'das ist zu anstrengend',
      'gibt es eine leichtere variante', 'gibt es das auch leichter', 'etwas leichteres', 'etwas sanfteres',
      'sanfter bitte', 'leichter bitte', 'ich brauche was leichteres', 'die leichte variante', 'die sanfte variante',
    ],
    SkipIntent: [
      'überspringen', 'überspring das', 'überspring die übung', 'überspringe diese übung', 'diese übung überspringen',
      'die übung überspringen', 'lass die aus', 'lass diese übung aus', 'die lassen wir aus', 'die möchte ich nicht machen',
      'die will ich nicht machen', 'die kann ich nicht', 'die übung kann ich nicht', 'nicht diese übung', 'auslassen',
      'weglassen', 'die übung weglassen', 'können wir die überspringen', 'lass uns die überspringen',
      'die überspringe ich', 'überspringen bitte',
    ],
    ProgressIntent: [
      'wie mache ich mich', 'wie läuft es', 'wie ist mein fortschritt', 'mein fortschritt', 'zeig meinen fortschritt',
      'sag mir meinen fortschritt', 'wie viele tage am stück', 'wie viele tage in folge', 'wie lang ist meine serie',
      'meine serie', 'meine statistik', 'sag mir meine statistik', 'wie viele einheiten diese woche',
      'wie oft habe ich diese woche gedehnt', 'wie viele minuten habe ich gedehnt', 'wie viel habe ich gedehnt',
      'wie war ich bisher', 'bin ich auf einem guten weg', 'wie viele einheiten habe ich geschafft', 'wie ist meine bilanz',
      'meine erfolge',
    ],
    ForgetDataIntent: [
      'lösche meine daten', 'lösch meine daten', 'lösche meinen verlauf', 'lösch meinen verlauf', 'vergiss mich',
      'vergiss meine daten', 'lösche alles über mich', 'vergiss alles über mich', 'daten löschen', 'verlauf löschen',
      'meine daten löschen', 'meinen verlauf löschen', 'lösche meinen fortschritt', 'fortschritt zurücksetzen',
      'setz meinen fortschritt zurück', 'lösche meine statistik', 'entferne meine daten', 'lösche meinen übungsverlauf',
      'lösche meine historie',
    ],

    'AMAZON.NextIntent': [
      'weiter', 'nächste', 'die nächste', 'nächste übung', 'zur nächsten übung', 'nächste bitte', 'weiter bitte',
      'okay weiter', 'und weiter', 'bereit', 'ich bin bereit', 'bin bereit', 'fertig', 'ich bin fertig', 'bin fertig',
      'erledigt', 'geschafft', "weiter geht's", 'auf zur nächsten', 'was kommt als nächstes', 'ich bin so weit',
      'bin so weit', 'ich bin in position',
    ],
    'AMAZON.PauseIntent': [
      'warte', 'warte mal', 'moment', 'einen moment', 'moment bitte', 'einen moment bitte', 'warte kurz',
      'warte eine sekunde', 'eine sekunde', 'gib mir eine minute', 'gib mir einen moment', 'pause', 'mach pause',
      'mach mal pause', 'ich brauche eine pause', 'kurze pause', 'lass uns eine pause machen', 'pausieren',
      'augenblick', 'einen augenblick', 'halt mal kurz',
    ],
    'AMAZON.ResumeIntent': [
      'weitermachen', 'mach weiter', 'lass uns weitermachen', 'fortsetzen', 'fortfahren', 'es geht weiter',
      'ich bin wieder da', 'bin wieder da', 'okay ich bin wieder da', 'übungen fortsetzen', 'training fortsetzen',
      'wir können weitermachen', 'weiter machen', 'mach bitte weiter', 'da weitermachen wo wir waren',
      'weitermachen bitte',
    ],
    'AMAZON.RepeatIntent': [
      'nochmal', 'noch mal', 'noch einmal', 'wiederholen', 'wiederhole das', 'sag das nochmal', 'sag es noch einmal',
      'was hast du gesagt', 'wie bitte', 'kannst du das wiederholen', 'wiederhole die anleitung', 'wiederhole die schritte',
      'das habe ich nicht verstanden',
    ],
    'AMAZON.PreviousIntent': [
      'zurück', 'geh zurück', 'eins zurück', 'vorherige', 'die vorherige', 'vorherige übung', 'die vorherige übung',
      'die übung davor', 'die davor', 'zurück zur vorherigen übung', 'noch mal die vorherige', 'zurück zur letzten übung',
    ],
    'AMAZON.StartOverIntent': [
      'von vorne', 'von vorn', 'noch mal von vorne', 'noch einmal von vorne', 'von vorne anfangen', 'fang von vorne an',
      'neu starten', 'starte neu', 'neustart', 'zurück zum anfang', 'alles noch mal', 'das programm neu starten',
    ],
    'AMAZON.YesIntent': [
      'ja', 'ja bitte', 'ja gerne', 'gerne', 'genau', 'klar', 'na klar', 'okay', 'ok', 'in ordnung', 'jawohl', 'jep',
      'sicher', 'auf jeden fall', 'ja mach das', 'ja habe ich', 'ja hab ich', 'stimmt',
    ],
    'AMAZON.NoIntent': [
      'nein', 'nee', 'nö', 'nein danke', 'lieber nicht', 'auf keinen fall', 'nein habe ich nicht', 'nein hab ich nicht',
      'nichts davon', 'nein nichts davon', 'nein gar nicht', 'eher nicht', 'nein das nicht',
    ],
    'AMAZON.StopIntent': [
      'stopp', 'stop', 'halt', 'aufhören', 'hör auf', 'beenden', 'beende', 'ende', 'schluss', 'schluss für heute',
      'das reicht', 'das reicht für heute', 'genug für heute', 'für heute aufhören',
    ],
    'AMAZON.CancelIntent': ['abbrechen', 'brich ab', 'abbruch', 'vergiss es', 'lass es', 'abbrechen bitte'],
    'AMAZON.HelpIntent': [
      'hilfe', 'hilf mir', 'was kann ich sagen', 'was kannst du', 'was kann ich tun', 'wie funktioniert das',
      'ich brauche hilfe', 'was muss ich sagen', 'wie geht das hier',
    ],
  },

  slotValues: {
    ExerciseType: exerciseWords(exerciseTexts, EXERCISE_SYNONYMS),
    RoutineType: {
      default: {
        value: 'rückenprogramm',
        synonyms: [
          'übliche programm', 'normale programm', 'standardprogramm', 'tägliche programm', 'kurze programm',
          'übliche', 'normale', 'standard', 'tägliche', 'alltagsprogramm',
        ],
      },
      chair: {
        value: 'stuhlprogramm',
        synonyms: [
          'stuhl', 'stuhlübungen', 'im sitzen', 'am schreibtisch', 'büro', 'büroprogramm', 'schreibtischprogramm',
          'sitzprogramm', 'auf dem stuhl', 'fürs büro',
        ],
      },
      floor: {
        value: 'bodenprogramm',
        synonyms: [
          'boden', 'bodenübungen', 'am boden', 'auf dem boden', 'matte', 'mattenprogramm', 'auf der matte', 'im liegen',
          'yogamatte',
        ],
      },
      full: {
        value: 'komplette programm',
        synonyms: [
          'ganze programm', 'komplettprogramm', 'komplett', 'volle programm', 'gesamte programm', 'lange programm',
          'alle übungen', 'alle vierzehn', 'lange', 'ganze',
        ],
      },
    },
    PainKindType: {
      sharp: {
        value: 'stechend',
        synonyms: [
          'scharf', 'scharfer', 'stechender', 'einschießender', 'stechender schmerz', 'ein stechender schmerz', 'scharfer schmerz', 'ein scharfer schmerz',
          'einschießend', 'einschießender schmerz', 'schießt ein', 'stich', 'stiche', 'brennend', 'plötzlich',
          'wie ein messer', 'wie ein stromschlag', 'elektrisierend', 'blitzartig', 'heftig', 'pochend', 'zwickend',
          'richtig schlimm', 'sehr schlimm', 'schlimm',
        ],
      },
      mild: {
        value: 'ziehend',
        synonyms: [
          'dehnung', 'starke dehnung', 'eine starke dehnung', 'wie eine dehnung', 'dumpf', 'dumpfes', 'dumpfer schmerz',
          'ein dumpfer schmerz', 'dumpfes ziehen', 'ein dumpfes ziehen', 'ziehen', 'ein ziehen', 'zieht', 'spannung',
          'eine spannung', 'spannungsgefühl', 'verspannt', 'steif', 'fest', 'muskelkater', 'wie muskelkater',
          'unangenehm', 'leicht', 'leichter schmerz', 'ein leichter schmerz', 'nicht so schlimm', 'drückend',
          'ein drücken',
        ],
      },
    },
  },

  phrasing: {
    launch: [
      'öffne {name}', 'öffne bitte {name}', 'starte {name}', 'starte bitte {name}', 'beginne {name}', 'lade {name}',
      'spiele {name}', 'aktiviere {name}', 'benutze {name}', 'sprich mit {name}',
    ],
    request: [
      'frag {name} {request}', 'frage {name} {request}', 'frag {name}, {request}', 'frage {name}, {request}', 'frag {name} nach {request}', 'frage {name} nach {request}',
      'frag {name} ob {request}', 'sag {name} {request}', 'sage {name} {request}', 'bitte {name} um {request}',
      'öffne {name} und {request}', 'starte {name} und {request}', '{request} mit {name}', '{request} von {name}',
    ],
    forbiddenInInvocationName: [
      'öffne', 'öffnen', 'starte', 'starten', 'start', 'beginne', 'beginnen', 'lade', 'laden', 'spiele', 'spielen',
      'aktiviere', 'aktivieren', 'benutze', 'benutzen', 'nutze', 'frag', 'frage', 'fragen', 'sag', 'sage', 'sagen',
      'bitte', 'sprich', 'spreche', 'führe', 'ausführen',
      'nach', 'ob', 'und', 'mit', 'von', 'vom', 'um', 'zu', 'zum', 'zur', 'für', 'bei', 'auf', 'in', 'im', 'über', 'an',
      'der', 'die', 'das', 'den', 'dem', 'ein', 'eine', 'einen',
      'alexa', 'amazon', 'echo', 'computer', 'ziggy', 'skill', 'app',
    ],
    spaced: true,
  },

  publishing: {
    name: 'Sanfte Rückendehnung',
    summary: 'Dein Sprachcoach für sanfte Dehnübungen für den oberen und mittleren Rücken. Schritt für Schritt, mit freien Händen.',
    description:
      'Sanfte Rückendehnung führt dich mit der Stimme durch sanfte Dehnübungen für einen steifen oder verspannten oberen und mittleren Rücken. Du kannst dabei die Augen schließen und hast die Hände frei. Wähl ein kurzes Programm am Schreibtisch, ein Programm auf der Matte oder alle vierzehn Übungen. Oder frag nach einer einzelnen Übung, zum Beispiel der Kobra, der Kindhaltung oder dem Nadelöhr. Der Skill erklärt jede Übung Schritt für Schritt, zählt beim Halten und bei den Wiederholungen mit, und du kannst jederzeit sagen: langsamer, länger halten, sanfter, überspringen oder Pause.\n\nDehne nur bis zu einer sanften Spannung, nie bis zum Schmerz. Wenn etwas wehtut, hör auf und sag „das tut weh“: Der Skill hält sofort an und fragt nach, wie es dir geht.',
    disclaimer:
      'Wichtig: Sanfte Rückendehnung bietet nur allgemeine Informationen zu Bewegungsübungen. Der Skill gibt keine medizinische Beratung und ersetzt keine professionelle medizinische Beratung, Diagnose oder Behandlung. Sprich mit deiner Ärztin oder deinem Arzt, bevor du mit einem neuen Übungsprogramm beginnst, besonders nach einer Verletzung oder Operation oder in der Schwangerschaft, und hör auf, sobald etwas wehtut. Bei Brustschmerzen, Atemnot, Taubheit oder Schwäche in den Beinen oder einem anderen Notfall ruf sofort den Notruf 112 an.',
    examplePhrases: [
      'Alexa, öffne sanfte rückendehnung',
      'Alexa, frag sanfte rückendehnung, wie die kobra geht',
      'Alexa, öffne sanfte rückendehnung und starte das stuhlprogramm',
    ],
    keywords: [
      'Rückendehnung', 'Dehnen', 'Dehnübungen', 'oberer Rücken', 'Rückenschmerzen', 'Verspannungen', 'Haltung', 'Yoga',
      'Büro', 'Mobilität',
    ],
  },
};
