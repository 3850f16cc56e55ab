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

/**
 * "Mein Rücken tut weh", "meine Schulter tut weh", "mir tun die Knie weh", "Schmerzen im Nacken", "es zieht in
 * der Schulter": German gives each body part its gender, case and number, so every frame comes with the
 * possessives, articles and prepositions it can take. A form that fits no body part ("mein Schulter") is
 * harmless: nobody says it, and it means the same.
 */
function bodyPartFrames(): string[] {
  const singular = ['tut weh', 'tut so weh', 'tut richtig weh', 'tut echt weh', 'tut sehr weh', 'tut total weh',
    'tut mir weh', 'tut wieder weh', 'tut schon wieder weh', 'tut plötzlich weh', 'tut auf einmal weh',
    'fängt an weh zu tun', 'hat wehgetan', 'hat weh getan', 'schmerzt', 'zieht', 'sticht', 'brennt', 'zwickt',
    'hat geknackt', 'bringt mich um'];
  const plural = ['tun weh', 'tun so weh', 'tun richtig weh', 'tun sehr weh', 'tun mir weh', 'tun wieder weh', 'schmerzen'];
  const where = ['im', 'in der', 'in den', 'am', 'zwischen den'];
  const inPlace = ['ich habe schmerzen', 'ich hab schmerzen', 'schmerzen', 'starke schmerzen', 'es tut', 'das tut',
    'es zieht', 'es sticht', 'es zwickt', 'da zieht was', 'da sticht was', 'ich spüre einen schmerz', 'ein stechen',
    'ich habe ein stechen', 'ich habe ein ziehen', 'ich habe einen stich', 'es hat', 'da hat was',
    'ich habe mir was'];
  /** What follows "im Rücken" in each frame: "es tut im Rücken weh", "es hat im Rücken geknackt". */
  const after: Readonly<Record<string, string>> = { 'es tut': 'weh', 'das tut': 'weh', 'es hat': 'geknackt', 'da hat was': 'geknackt', 'ich habe mir was': 'gezerrt' };
  const hurt = ['gezerrt', 'verrenkt', 'verdreht', 'verletzt'];
  return [
    ...['mein', 'meine'].flatMap((my) => [
      ...singular.map((rest) => `${my} {bodyPart} ${rest}`),
      `au ${my} {bodyPart}`, `aua ${my} {bodyPart}`, `autsch ${my} {bodyPart}`, `au au ${my} {bodyPart}`,
      `aua aua ${my} {bodyPart}`, `oh ${my} {bodyPart}`, `ah ${my} {bodyPart}`, `${my} {bodyPart}`,
    ]),
    ...plural.map((rest) => `meine {bodyPart} ${rest}`),
    '{bodyPart} tut weh', '{bodyPart} tun weh',
    ...['der', 'die', 'das'].flatMap((the) => [
      `${the} {bodyPart} tut weh`, `mir tut ${the} {bodyPart} weh`, `mir tut ${the} {bodyPart} so weh`,
      `mir tut ${the} {bodyPart} richtig weh`, `mir tut ${the} {bodyPart} wieder weh`,
    ]),
    'die {bodyPart} tun weh', 'mir tun die {bodyPart} weh', 'mir tun die {bodyPart} so weh',
    ...where.flatMap((at) => inPlace.map((frame) => `${frame} ${at} {bodyPart}${after[frame] ? ` ${after[frame]}` : ''}`)),
    ...['den', 'die', 'das'].flatMap((the) => hurt.map((how) => `ich habe mir ${the} {bodyPart} ${how}`)),
    'ich hab mir den {bodyPart} verrenkt', 'ich hab mir die {bodyPart} verrenkt',
  ];
}

export const deDE: LocaleModel = {
  // "Sanfte Rückendehnung": two words, neither a launch word ("öffne", "starte", "frag"...), a connecting
  // word ("nach", "mit", "von", "und"...), an article, a preposition or a wake word. It reads well after
  // every German launch phrase: "öffne sanfte Rückendehnung", "starte sanfte Rückendehnung".
  invocationName: 'sanfte rückendehnung',

  samples: {
    PainIntent: [
      // Said as it happens: interjections alone and joined to words, tense and repetition, intensity.
      'au', 'aua', 'autsch', 'au au', 'aua aua', 'au au au', 'autsch autsch', 'au mist', 'au verdammt',
      'au das tut weh', 'aua das tut weh', 'autsch das tut weh', 'oh das tut weh', 'ah das tut weh', 'au stopp',
      'aua stopp', 'stopp au', 'stopp das tut weh', 'stopp es tut weh', 'halt das tut weh', 'halt stopp das tut weh',
      'das tut weh', 'es tut weh', 'tut weh', 'das tut mir weh', 'das tut so weh', 'das tut richtig weh',
      'das tut echt weh', 'das tut sehr weh', 'das tut total weh', 'das tut höllisch weh', 'das tut tierisch weh',
      'das tut ganz schön weh', 'das tut zu weh', 'es tut so weh', 'es tut richtig weh', 'es tut sehr weh',
      'es tut zu sehr weh', 'das tut jetzt weh', 'jetzt tut es weh', "jetzt tut's weh", 'es tut wieder weh',
      'es tut schon wieder weh', 'das tut schon wieder weh', 'jetzt tut es wieder weh', 'es fängt an weh zu tun',
      'es fängt an wehzutun', 'jetzt fängt es an weh zu tun', 'es hat angefangen weh zu tun', 'das hat wehgetan',
      'das hat weh getan', 'das hat gerade wehgetan', 'das hat gerade weh getan', 'das hat eben wehgetan',
      'das hat richtig wehgetan', 'es hat wehgetan', 'es hat weh getan', 'das tat weh', 'das tat gerade weh',
      'das schmerzt', 'es schmerzt', 'das schmerzt sehr', 'das schmerzt richtig', 'das ist schmerzhaft',
      'es ist schmerzhaft', 'das ist zu viel', 'das ist mir zu viel', 'es ist zu viel', 'das bringt mich um',
      'ich halte das nicht aus', 'das halte ich nicht aus', 'das ist nicht auszuhalten', 'ich habe schmerzen',
      'ich hab schmerzen', 'ich habe starke schmerzen', 'ich hab solche schmerzen', 'schmerzen', 'ich spüre schmerzen',
      'ich spüre einen schmerz', 'da ist ein schmerz', 'irgendwas tut weh', 'mir tut was weh', 'mir tut alles weh',
      'alles tut weh',
      // Sensations: something pulled, clicked, stings.
      'ich habe mir wehgetan', 'ich habe mir weh getan', 'ich hab mir wehgetan', 'ich hab mir weh getan',
      'ich glaube ich habe mir wehgetan', 'ich habe mir was gezerrt', 'ich hab mir was gezerrt',
      'ich glaube ich habe mir was gezerrt', 'ich habe mir was verrenkt', 'ich habe mich verhoben',
      'ich hab mich verhoben', 'ich habe mich verrenkt', 'da hat was gezogen', 'da hat was geknackt', 'es hat geknackt',
      'da hat es geknackt', 'ich habe was knacken gehört', 'da hat was gezwickt', 'da zieht was', 'da sticht was',
      'es sticht', 'das sticht', 'es zwickt', 'es brennt', 'es zieht', 'das zieht', 'es zieht richtig',
      'ich habe einen hexenschuss', 'ich glaube ich habe einen hexenschuss', 'hexenschuss',
      // German says where it hurts in one word too: "Nackenschmerzen".
      'ich habe rückenschmerzen', 'ich hab rückenschmerzen', 'rückenschmerzen', 'ich habe nackenschmerzen',
      'ich hab nackenschmerzen', 'nackenschmerzen', 'ich habe schulterschmerzen', 'schulterschmerzen',
      'ich habe kopfschmerzen', 'ich bekomme kopfschmerzen', 'kopfschmerzen', 'ich habe knieschmerzen',
      'knieschmerzen', 'ich habe hüftschmerzen', 'hüftschmerzen', 'ich habe nackenweh', 'ich habe rückenweh',
      // Where it hurts: the body part is a slot, in each case and gender German gives it.
      ...bodyPartFrames(),
    ],
    RedFlagIntent: [
      // Also the bare answer to the red-flag question: the symptom's name alone counts as yes. "Schmerzen in der
      // Brust", "mir tut die Brust weh" are pain with the body part "Brust", which is the red-flag answer too.
      'brustschmerzen', 'ich habe brustschmerzen', 'ich hab brustschmerzen', 'druck auf der brust',
      'ich habe druck auf der brust', 'ich hab druck auf der brust', 'es drückt auf der brust', 'engegefühl in der brust',
      'ein engegefühl in der brust', 'ich habe ein engegefühl in der brust', 'enge in der brust', 'meine brust ist eng',
      'meine brust fühlt sich eng an', 'es schnürt mir die brust zu', 'herzschmerzen', 'herzstechen',
      'ich habe herzstechen', 'herzrasen', 'ich habe herzrasen', 'herzinfarkt', 'ich glaube ich habe einen herzinfarkt',
      'es strahlt in den arm aus', 'der schmerz strahlt in den arm aus', 'es strahlt in den kiefer aus',
      'atemnot', 'ich habe atemnot', 'ich hab atemnot', 'luftnot', 'ich habe luftnot', 'atembeschwerden', 'keine luft',
      'ich kriege keine luft', 'ich krieg keine luft', 'ich bekomme keine luft', 'ich bekomme schlecht luft',
      'mir bleibt die luft weg', 'ich kann nicht atmen', 'ich kann kaum atmen', 'ich kann nicht richtig atmen',
      'ich bin kurzatmig', 'kurzatmig', 'das atmen fällt mir schwer',
      'reißender schmerz', 'ein reißender schmerz', 'reißende schmerzen', 'ein plötzlicher reißender schmerz',
      'ich habe einen reißenden schmerz im rücken', 'reißender schmerz zwischen den schulterblättern',
      'ein reißender schmerz zwischen den schulterblättern', 'als würde etwas reißen', 'es fühlt sich an als würde was reißen',
      'taubheitsgefühl', 'ein taubheitsgefühl', 'ich habe ein taubheitsgefühl', 'taubheitsgefühl in den beinen',
      'taubheitsgefühl im arm', 'ich habe ein taubheitsgefühl in den beinen', 'ich habe ein taubheitsgefühl im arm',
      'taub', 'alles ist taub', 'meine beine sind taub', 'mein bein ist taub', 'mein arm ist taub', 'meine arme sind taub',
      'meine hand ist taub', 'meine hände sind taub', 'meine finger sind taub', 'meine füße sind taub',
      'ich spüre meine beine nicht', 'ich spüre mein bein nicht', 'ich spüre meinen arm nicht', 'ich spüre meine hand nicht',
      'ich habe kein gefühl in den beinen', 'kein gefühl in den beinen', 'mein bein ist eingeschlafen',
      'mein arm ist eingeschlafen', 'kribbeln', 'es kribbelt', 'ein kribbeln', 'kribbeln in den beinen',
      'kribbeln im arm', 'ich habe ein kribbeln in den beinen', 'meine beine kribbeln', 'mein bein kribbelt',
      'mein arm kribbelt', 'meine arme kribbeln', 'meine hände kribbeln', 'meine finger kribbeln', 'ameisenlaufen',
      'ich habe ameisenlaufen in den beinen', 'schwäche', 'schwäche in den beinen', 'meine beine sind schwach',
      'meine beine fühlen sich schwach an', 'mein arm ist schwach', 'mein arm fühlt sich schwach an', 'kraftlos',
      'meine beine sind kraftlos', 'meine beine geben nach', 'meine beine knicken weg', 'ich kann mein bein nicht bewegen',
      'ich kann meinen arm nicht heben', 'lähmung',
      'mir ist schwindlig', 'mir ist schwindelig', 'mir wird schwindlig', 'schwindel', 'mir ist schwarz vor augen',
      'mir wird schwarz vor augen', 'ich werde ohnmächtig', 'ich glaube ich werde ohnmächtig', 'mir wird ganz flau',
      'ich kippe gleich um', 'ich glaube ich kippe um', 'mir ist übel', 'mir ist schlecht', 'mir wird schlecht',
      'übelkeit', 'ich schwitze', 'kalter schweiß', 'ich habe kalten schweiß', 'mir bricht der schweiß aus',
      'mir ist schwindlig und übel', 'mir ist übel und ich schwitze', 'ich schwitze und meine brust tut weh',
      'ich kann meine blase nicht kontrollieren', 'ich kann das wasser nicht halten', 'ich kann den urin nicht halten',
      'ich habe in die hose gemacht', 'ich hab mir in die hose gemacht', 'ich kann nicht pinkeln',
      'ich kann kein wasser lassen', 'ich kann den stuhlgang nicht halten', 'probleme mit der blase', 'blasenprobleme',
      'mein schritt ist taub', 'taubheitsgefühl im schritt', 'mein po ist taub', 'taubheitsgefühl am po',
    ],
    UrgentSignIntent: [
      'ich bin gestürzt', 'ich bin hingefallen', 'ich bin gefallen', 'ich bin ausgerutscht', 'ich bin die treppe runtergefallen',
      'ich bin auf den rücken gefallen', 'ich hatte einen sturz', 'nach einem sturz', 'seit einem sturz',
      'es fing nach einem sturz an', 'das kam nach einem sturz', 'ich hatte einen unfall', 'nach einem unfall',
      'seit einem unfall', 'das kam nach einem unfall', 'ein autounfall', 'ich hatte einen autounfall',
      'ich hatte einen fahrradunfall', 'ich bin mit dem fahrrad gestürzt', 'ich habe mir den rücken gestoßen',
      'ich glaube ich habe mir was gebrochen', 'ich habe fieber', 'ich hab fieber', 'fieber', 'ich glaube ich habe fieber',
      'ich habe erhöhte temperatur', 'ich habe temperatur', 'ich fühle mich fiebrig', 'ich habe schüttelfrost', 'schüttelfrost',
      'es tut nachts weh', 'nachts tut es weh', 'nachts ist es schlimmer', 'nachtschmerzen', 'es weckt mich nachts auf',
      'ich wache nachts davon auf', 'der schmerz weckt mich nachts', 'ich kann nachts vor schmerzen nicht schlafen',
      'es wird in ruhe nicht besser', 'es geht in ruhe nicht weg', 'auch in ruhe tut es weh', 'ich habe abgenommen',
      'ich habe einfach so abgenommen', 'ich habe ungewollt abgenommen', 'ich habe gewicht verloren',
      'ich nehme ab ohne es zu wollen', 'gewichtsverlust',
    ],
    UnsureIntent: [
      'ich weiß nicht', 'weiß nicht', 'ich weiß es nicht', 'weiß ich nicht', 'weiß ich nicht genau', 'ich weiß nicht genau',
      'ich weiß nicht so recht', 'weiß nicht so recht', 'keine ahnung', 'ich habe keine ahnung', 'ich hab keine ahnung',
      'ich bin mir nicht sicher', 'bin mir nicht sicher', 'ich bin nicht sicher', 'nicht sicher', 'ich bin unsicher',
      'unsicher', 'vielleicht', 'vielleicht ein bisschen', 'kann sein', 'kann schon sein', 'mag sein', 'schon möglich',
      'möglicherweise', 'eventuell', 'schwer zu sagen', 'das ist schwer zu sagen', 'kann ich nicht sagen',
      'ich kann es nicht sagen', 'das kann ich nicht sagen', 'irgendwie schon', 'jein', 'gute frage',
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
      // The answers to „Bist du in Position?“.
      'in position', 'bin in position', 'ja ich bin in position', 'ich bin drin', 'bin drin', 'okay ich bin bereit',
      'ja ich bin bereit', 'jetzt bin ich bereit', 'jetzt bin ich so weit', 'ich bin startklar', 'startklar',
      'alles bereit', 'alles klar', 'passt', 'kann losgehen', 'es kann losgehen',
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
    BodyPartType: {
      // Adjective and noun in each form they take: "mein oberer Rücken", "der obere Rücken", "im oberen Rücken".
      back: {
        value: 'rücken',
        synonyms: ['wirbelsäule', 'rückgrat', 'mittlerer rücken', 'mittlere rücken', 'mittleren rücken', 'ganzer rücken', 'ganze rücken', 'ganzen rücken'],
      },
      upper_back: {
        value: 'oberer rücken',
        synonyms: [
          'obere rücken', 'oberen rücken', 'brustwirbelsäule', 'schulterblatt', 'schulterblätter', 'schulterblättern',
          'rippe', 'rippen', 'rippenbogen',
        ],
      },
      lower_back: {
        value: 'unterer rücken',
        synonyms: [
          'untere rücken', 'unteren rücken', 'kreuz', 'lendenwirbelsäule', 'lende', 'lenden', 'steißbein', 'kreuzbein',
          'ischias',
        ],
      },
      neck: { value: 'nacken', synonyms: ['hals', 'genick', 'halswirbelsäule', 'halswirbel'] },
      shoulder: { value: 'schulter', synonyms: ['schultern', 'schlüsselbein'] },
      arm: { value: 'arm', synonyms: ['arme', 'armen', 'ellbogen', 'ellenbogen', 'unterarm', 'oberarm'] },
      hand: { value: 'hand', synonyms: ['hände', 'händen', 'handgelenk', 'handgelenke', 'finger', 'fingern', 'daumen'] },
      leg: {
        value: 'bein',
        synonyms: ['beine', 'beinen', 'oberschenkel', 'wade', 'waden', 'fuß', 'füße', 'füßen', 'knöchel', 'sprunggelenk'],
      },
      hip: { value: 'hüfte', synonyms: ['hüften', 'leiste', 'po', 'gesäß', 'pobacke', 'hintern'] },
      knee: { value: 'knie', synonyms: ['knien', 'kniescheibe', 'kniekehle'] },
      head: { value: 'kopf', synonyms: ['kiefer'] },
      // The heart area too: "mir tut das Herz weh" is the red-flag answer.
      chest: { value: 'brust', synonyms: ['brustkorb', 'brustbein', 'herz', 'herzgegend', 'brustbereich'] },
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
