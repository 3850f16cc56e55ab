/**
 * The it-IT words of the interaction model: how people in Italy talk to Alexa, in the informal "tu" Alexa
 * itself uses, with the imperatives ("salta", "ripeti") and the short answers ("ci sono", "fatto")
 * that a person on a mat says, not translations of the English samples.
 *
 * Exercise names are not written here: each exercise's canonical slot value is the name the skill speaks
 * (lambda/i18n/exercises/it.ts), article included ("il cobra"), so what Alexa resolves and what Alexa
 * says cannot drift apart. The synonyms add the bare names ("cobra"), the "posizione del ..." forms and
 * the Sanskrit names Italian yoga classes use. Samples never put a preposition before {exercise}, since
 * Italian would merge it with the name's article ("al cobra").
 *
 * Alexa's Italian is a language of gendered adjectives: samples where the user talks about themselves
 * come in both forms ("sono pronto", "sono pronta").
 */
import type { ExerciseId } from '../../lambda/catalog/exercises';
import { it as exerciseTexts } from '../../lambda/i18n/exercises/it';
import { exerciseWords } from '../exercise-words';
import type { LocaleModel } from '../locale-model';

const EXERCISE_SYNONYMS: Readonly<Record<ExerciseId, readonly string[]>> = {
  seated_spinal_twist: [
    'torsione da seduti', 'torsione da seduto', 'torsione da seduta', 'torsione spinale', 'torsione spinale da seduti',
    'torsione seduta', 'la torsione spinale', 'mezza torsione', 'torsione del saggio', 'mezzo signore dei pesci',
    'ardha matsyendrasana', 'torsione a terra',
    // "torsione" alone: here only (the chair rotation has "rotazione" and "torsione sulla sedia").
    'torsione', 'la torsione',
  ],
  locust: [
    'locusta', 'posizione della locusta', 'la posizione della locusta', 'salabhasana', 'superman', 'il superman',
    'sollevamento del busto', 'estensione della schiena a terra', 'rinforzo della schiena', 'cavalletta',
  ],
  revolved_triangle: [
    'triangolo ruotato', 'triangolo rovesciato', 'il triangolo rovesciato', 'triangolo in torsione',
    'posizione del triangolo ruotato', 'triangolo girato', 'parivrtta trikonasana', 'triangolo', 'il triangolo',
    'posizione del triangolo',
  ],
  standing_forward_bend: [
    'flessione in avanti', 'flessione in avanti in piedi', 'piegamento in avanti', 'il piegamento in avanti',
    'piegarsi in avanti', 'pinza in piedi', 'la pinza in piedi', 'pinza', 'la pinza', 'uttanasana',
    'toccare le punte dei piedi', 'toccarsi le punte dei piedi', 'bambola di pezza', 'la bambola di pezza',
  ],
  eagle_arms: [
    "braccia dell'aquila", "le braccia dell'aquila", 'braccia ad aquila', "aquila", "l'aquila",
    "posizione dell'aquila", "la posizione dell'aquila", 'garudasana', 'braccia garudasana', 'abbraccio alle spalle',
    "l'abbraccio alle spalle", 'allungamento tra le scapole',
  ],
  puppy_pose: [
    'posizione del cucciolo', 'cucciolo', 'il cucciolo', 'cucciolo esteso', 'il cucciolo esteso',
    'posizione del cagnolino', 'cagnolino', 'cuore che si scioglie', 'uttana shishosana',
  ],
  thread_the_needle: [
    "posizione dell'ago", "infila l'ago", "infilare l'ago", "l'infila l'ago", "ago", "l'ago", "filo nell'ago",
    'thread the needle', "torsione dell'ago", 'mezzo nodo',
  ],
  childs_pose: [
    'posizione del bambino', 'bambino', 'il bambino', 'posizione del fanciullo', 'la posizione del fanciullo',
    'balasana', 'posizione di riposo', 'la posizione di riposo', 'posizione del bimbo', 'child pose',
  ],
  sitting_rotation: [
    'rotazione sulla sedia', 'rotazione da seduti', 'rotazione da seduto', 'rotazione da seduta',
    'rotazione del busto', 'la rotazione del busto', 'rotazione del tronco', 'la rotazione del tronco',
    'torsione sulla sedia', 'la torsione sulla sedia', 'rotazione con i braccioli', 'rotazione', 'la rotazione',
  ],
  head_stretch: [
    'allungamento del collo', 'stretching del collo', 'lo stretching del collo', 'flessione del collo',
    'la flessione del collo', 'flessione della testa', 'la flessione della testa', 'mento al petto',
    'il mento al petto', 'testa in avanti', 'allungamento della testa', 'collo', 'il collo',
  ],
  cat_stretch: [
    'gatto', 'posizione del gatto', 'la posizione del gatto', 'gatto mucca', 'il gatto mucca', 'gatto e mucca',
    'il gatto e la mucca', 'gatto arrabbiato', 'il gatto arrabbiato', 'mucca', 'la mucca', 'posizione della mucca',
    'marjaryasana', 'stretching del gatto',
  ],
  passive_backbend: [
    'estensione passiva', 'estensione sul rotolo', "estensione sull'asciugamano", "l'estensione sull'asciugamano",
    'asciugamano arrotolato', "l'asciugamano arrotolato", 'rotolo', 'il rotolo', 'apertura del petto',
    "l'apertura del petto", 'apertura toracica', "l'apertura toracica", 'inarcamento passivo',
  ],
  cobra_stretch: [
    'cobra', 'posizione del cobra', 'la posizione del cobra', 'bhujangasana', 'serpente', 'il serpente',
    'posizione del serpente',
    // The brief keeps these for the cobra (its gentler version is the sphinx), not for the locust.
    'piccolo cobra', 'il piccolo cobra', 'cobra basso', 'sfinge', 'la sfinge', 'posizione della sfinge',
  ],
  bridge_stretch: [
    'ponte', 'posizione del ponte', 'la posizione del ponte', 'ponte per i glutei', 'il ponte per i glutei',
    'ponte glutei', 'sollevamento del bacino', 'il sollevamento del bacino', 'alzata del bacino', 'setu bandhasana',
    'glute bridge',
  ],
};


/** Masculine or feminine, singular or plural: which article, preposition and possessive a body word takes. */
type Gender = 'm' | 'f' | 'mp' | 'fp';

/**
 * A body word in every form the pain samples need, so one frame fits them all: bare ("schiena": "mal di
 * schiena"), with its article ("la schiena": "mi fa male la schiena"), with "a" ("alla schiena": "ho un
 * dolore alla schiena"), with "in" ("nella schiena") and with "my" ("la mia schiena": "ahi, la mia
 * schiena"). The article follows the word's first sound: "l'anca", "lo sterno", "gli avambracci".
 */
function forms(word: string, gender: Gender, bare = true): string[] {
  const vowel = /^[aeiouh]/.test(word);
  const impure = /^(s[^aeiou]|z|gn|ps|x|y)/.test(word);
  const article =
    gender === 'f' ? (vowel ? "l'" : 'la ') : gender === 'fp' ? 'le ' : gender === 'mp' ? (vowel || impure ? 'gli ' : 'i ') : vowel ? "l'" : impure ? 'lo ' : 'il ';
  const joined = (preposition: 'a' | 'in') => {
    const stem = preposition === 'a' ? 'a' : 'ne';
    const map: Readonly<Record<string, string>> = { 'il ': 'l ', 'lo ': 'llo ', "l'": "ll'", 'la ': 'lla ', 'i ': 'i ', 'gli ': 'gli ', 'le ': 'lle ' };
    return `${stem}${map[article] ?? ''}${word}`;
  };
  const mine = gender === 'f' ? 'la mia ' : gender === 'fp' ? 'le mie ' : gender === 'mp' ? 'i miei ' : 'il mio ';
  return [...(bare ? [word] : []), `${article}${word}`, joined('a'), joined('in'), `${mine}${word}`];
}

/** A slot value: the first word's bare form, every form of every word, and phrases that bring their own preposition. */
function bodyPart(words: readonly (readonly [string, Gender, boolean?])[], phrases: readonly string[] = []) {
  const all = [...new Set([...words.flatMap(([word, gender, bare]) => forms(word, gender, bare)), ...phrases])];
  return { value: all[0] ?? '', synonyms: all.slice(1) };
}

/**
 * Where it hurts, in the words Italians use, ribs with the upper back and the jaw with the head as in
 * English. "La cervicale" is the everyday name of a sore neck ("ho la cervicale"), "le reni" of the low
 * back ("mal di reni"); "cuore" goes to the chest. "Anche" (hips) is never bare: it is also "too".
 */
const BODY_PARTS = {
  back: bodyPart(
    [['schiena', 'f'], ['colonna', 'f'], ['colonna vertebrale', 'f'], ['spina dorsale', 'f'], ['dorso', 'm'], ['centro della schiena', 'm']],
    ['in mezzo alla schiena', 'a metà schiena'],
  ),
  upper_back: bodyPart(
    [['parte alta della schiena', 'f'], ['scapola', 'f'], ['scapole', 'fp'], ['costola', 'f'], ['costole', 'fp'], ['zona dorsale', 'f']],
    ['tra le scapole', 'fra le scapole', 'in mezzo alle scapole', 'sotto la scapola', 'sotto le scapole', 'in alto sulla schiena'],
  ),
  lower_back: bodyPart(
    [['parte bassa della schiena', 'f'], ['zona lombare', 'f'], ['reni', 'fp'], ['coccige', 'm'], ['osso sacro', 'm'], ['bassa schiena', 'f'], ['sciatica', 'f']],
    ['in fondo alla schiena', 'giù in fondo alla schiena'],
  ),
  neck: bodyPart([['collo', 'm'], ['nuca', 'f'], ['cervicale', 'f'], ['cervicali', 'fp'], ['gola', 'f']]),
  shoulder: bodyPart([['spalla', 'f'], ['spalle', 'fp'], ['clavicola', 'f']]),
  arm: bodyPart([['braccio', 'm'], ['braccia', 'fp'], ['gomito', 'm'], ['gomiti', 'mp'], ['avambraccio', 'm']]),
  hand: bodyPart([['mano', 'f'], ['mani', 'fp'], ['polso', 'm'], ['polsi', 'mp'], ['dita', 'fp'], ['dito', 'm'], ['pollice', 'm']]),
  leg: bodyPart([
    ['gamba', 'f'], ['gambe', 'fp'], ['coscia', 'f'], ['cosce', 'fp'], ['polpaccio', 'm'], ['polpacci', 'mp'],
    ['caviglia', 'f'], ['caviglie', 'fp'], ['piede', 'm'], ['piedi', 'mp'],
  ]),
  hip: bodyPart([['anca', 'f'], ['anche', 'fp', false], ['fianco', 'm'], ['fianchi', 'mp'], ['inguine', 'm'], ['gluteo', 'm'], ['glutei', 'mp'], ['sedere', 'm'], ['bacino', 'm']]),
  knee: bodyPart([['ginocchio', 'm'], ['ginocchia', 'fp'], ['rotula', 'f']]),
  head: bodyPart([['testa', 'f'], ['mascella', 'f']]),
  chest: bodyPart([['petto', 'm'], ['torace', 'm'], ['sterno', 'm'], ['cuore', 'm']]),
} as const;

export const itIT: LocaleModel = {
  // Two words, neither a launch phrase nor a connecting word ("apri", "chiedi", "a", "di", "per"): the
  // fuller "stretching per la schiena" would hold "per", which Italian uses to join a request to a name.
  invocationName: 'stretching schiena',

  samples: {
    PainIntent: [
      // Said as it happens: interjections alone and joined to words, then tense and repetition, intensity, sensations.
      'mi fa male', 'fa male', 'ahi', 'ahia', 'ahi ahi', 'ahia ahia', 'ahi ahi ahi', 'ohi', 'ohi ohi', 'ahi che male',
      'ahia che male', 'ahi ahi che male', 'che male', 'che dolore', 'mamma mia che male', 'ahi mi fa male', 'ahia mi fa male',
      'ahi fa male', 'basta mi fa male', 'stop mi fa male', 'fermati mi fa male', 'aspetta mi fa male', 'ferma ferma mi fa male',
      'mi ha fatto male', 'ha fatto male', 'mi ha fatto malissimo', 'mi sta facendo male', 'sta facendo male',
      'inizia a fare male', 'mi inizia a fare male', 'comincia a farmi male', 'ha cominciato a farmi male',
      'ricomincia a fare male', 'mi fa di nuovo male', 'fa di nuovo male', 'mi fa ancora male', 'fa ancora male',
      'adesso mi fa male', 'ora mi fa male', 'qui mi fa male', 'mi fa male qui', 'mi fa male adesso', 'ho sentito male',
      'ho sentito dolore', 'mi fa malissimo', 'fa malissimo', 'mi fa molto male', 'mi fa tanto male', 'mi fa troppo male',
      'fa troppo male', 'mi fa un male cane', 'fa un male cane', 'mi fa un male terribile', 'mi fa davvero male',
      'mi fa proprio male', 'fa davvero male', 'che male terribile', 'è troppo',
      'è troppo per me', 'è doloroso', 'è molto doloroso', 'ho dolore', 'ho tanto dolore', 'ho molto dolore', 'sento dolore',
      'sento male', 'sento tanto dolore', 'provo dolore', 'sento un dolore', 'ho un dolore', 'sento un dolore forte',
      'ho un dolore forte', 'ho sentito una fitta', 'mi è venuta una fitta', 'ho una fitta', 'ho delle fitte',
      'ho sentito uno strappo', 'mi sono strappato', 'mi sono strappata', 'ho sentito un crac', 'ha fatto crac',
      'ho sentito scrocchiare qualcosa', 'ho sentito tirare qualcosa', 'ho sentito tirare', 'mi tira troppo', 'tira troppo',
      'mi sono stirato', 'mi sono stirata', 'ho uno stiramento', 'mi sono fatto male', 'mi sono fatta male',
      'credo di essermi fatto male', 'credo di essermi fatta male', 'penso di essermi fatto male', 'penso di essermi fatta male',
      'mi sono bloccato', 'mi sono bloccata', 'sono bloccato', 'sono bloccata', 'ho un crampo', 'mi è venuto un crampo',
      'qualcosa mi fa male', 'mi fa male da qualche parte', 'mi fa male dappertutto', 'mi duole', 'mi brucia', 'mi punge',
      'mi fa male la schiena', 'ho mal di schiena', 'mi fa male in mezzo alle scapole',
      // Where it hurts. The body part is a slot whose words carry their own article or preposition ("la
      // schiena", "alla schiena", "la mia schiena", bare "schiena" after "mal di"), so every frame fits every part.
      'mi fa male {bodyPart}', 'mi fanno male {bodyPart}', 'mi fa male anche {bodyPart}', 'mi fanno male anche {bodyPart}',
      'ho male anche {bodyPart}', 'mi fa malissimo {bodyPart}', 'mi fanno malissimo {bodyPart}',
      'mi fa molto male {bodyPart}', 'mi fanno molto male {bodyPart}', 'mi fa tanto male {bodyPart}',
      'mi fa troppo male {bodyPart}', 'mi fa davvero male {bodyPart}', 'mi fa un male cane {bodyPart}',
      'mi fa ancora male {bodyPart}', 'mi fanno ancora male {bodyPart}', 'mi fa di nuovo male {bodyPart}',
      'mi ha fatto male {bodyPart}', 'mi sta facendo male {bodyPart}', 'mi inizia a fare male {bodyPart}',
      'comincia a farmi male {bodyPart}', 'mi duole {bodyPart}', 'mi dolgono {bodyPart}', 'mi brucia {bodyPart}',
      'mi tira {bodyPart}', 'mi si è bloccata {bodyPart}', 'mi si è bloccato {bodyPart}', 'mi sono bloccato {bodyPart}',
      'mi sono bloccata {bodyPart}', 'mi sono fatto male {bodyPart}', 'mi sono fatta male {bodyPart}',
      'credo di essermi fatto male {bodyPart}', 'credo di essermi fatta male {bodyPart}', 'mi sono storto {bodyPart}',
      'mi sono storta {bodyPart}', 'mi sono stirato {bodyPart}', 'mi sono stirata {bodyPart}',
      '{bodyPart} mi fa male', '{bodyPart} mi fanno male', '{bodyPart} mi fa malissimo', '{bodyPart} mi fa un male cane',
      '{bodyPart} fa male', '{bodyPart} mi duole', '{bodyPart} mi sta ammazzando', '{bodyPart} ha fatto crac',
      '{bodyPart} è bloccata', '{bodyPart} è bloccato', 'ho {bodyPart} bloccata', 'ho {bodyPart} bloccato',
      'ho {bodyPart} a pezzi', 'ho {bodyPart} distrutta', 'ho {bodyPart} distrutto', 'ho {bodyPart} indolenzita',
      'ho {bodyPart} indolenzito', 'ho {bodyPart} dolorante',
      'ho male {bodyPart}', 'ho dolore {bodyPart}', 'ho un dolore {bodyPart}', 'ho un forte dolore {bodyPart}',
      'ho un dolore forte {bodyPart}', 'sento dolore {bodyPart}', 'sento male {bodyPart}', 'sento un dolore {bodyPart}',
      'ho sentito un dolore {bodyPart}', 'ho una fitta {bodyPart}', 'sento una fitta {bodyPart}',
      'ho sentito una fitta {bodyPart}', 'mi è venuta una fitta {bodyPart}', 'ho delle fitte {bodyPart}',
      'ho un crampo {bodyPart}', 'mi è venuto un crampo {bodyPart}', 'ho sentito uno strappo {bodyPart}',
      'ho sentito un crac {bodyPart}', 'ho sentito tirare qualcosa {bodyPart}', 'dolore {bodyPart}', 'male {bodyPart}',
      'una fitta {bodyPart}', 'ho mal di {bodyPart}', 'mal di {bodyPart}', 'che mal di {bodyPart}', 'ho un gran mal di {bodyPart}',
      'ahi {bodyPart}', 'ahia {bodyPart}', 'ahi ahi {bodyPart}', 'ahia ahia {bodyPart}', 'ohi {bodyPart}',
      'che male {bodyPart}', 'ahi che male {bodyPart}', 'ahi mi fa male {bodyPart}', 'ahia mi fa male {bodyPart}',
    ],
    RedFlagIntent: [
      // Also the bare answer to the red-flag question: the symptom's name alone counts as yes. Chest pain
      // said like any pain ("mi fa male il petto") is PainIntent with the chest, which the skill treats the same way.
      'il petto', 'dolore toracico', 'un dolore toracico', 'ho un dolore toracico', 'oppressione al petto',
      "un'oppressione al petto", "ho un'oppressione al petto", 'ho il petto oppresso', 'un peso sul petto',
      'come un peso sul petto', 'ho un peso sul petto', 'sento un peso sul petto', 'sento il petto stretto',
      'ho il petto stretto', 'petto stretto', 'una morsa al petto', 'sento una morsa al petto', 'pressione al petto',
      'una pressione al petto', 'sento una pressione al petto', 'infarto', 'un infarto', 'credo di avere un infarto',
      'sto avendo un infarto', 'fatica a respirare', 'faccio fatica a respirare', 'non riesco a respirare', 'non respiro',
      'respiro male', 'respiro a fatica', 'mi manca il respiro', "mi manca l'aria", "manca l'aria", 'fiato corto',
      'ho il fiato corto', 'affanno', "ho l'affanno", 'sono senza fiato', 'senza fiato', 'difficoltà a respirare',
      'ho difficoltà a respirare', 'soffoco', 'mi sento soffocare', 'intorpidimento', 'formicolio', 'formicolii',
      'ho formicolio', 'ho dei formicolii', 'ho le formiche', 'sento le formiche', 'ho le formiche nelle gambe',
      'ho le formiche alle mani', 'ho le gambe intorpidite', 'ho una gamba intorpidita', 'mi formicolano le gambe',
      'ho formicolio alle gambe', 'mi formicola il braccio', 'mi formicolano le braccia', 'ho formicolio al braccio',
      'ho il braccio intorpidito', 'ho il braccio addormentato', 'ho la mano addormentata', 'mi formicolano le mani',
      'mi formicolano le dita', 'ho le dita intorpidite', 'ho i piedi intorpiditi', 'non sento le gambe',
      'non sento più le gambe', 'non sento il braccio', 'non sento più il braccio', 'debolezza', 'ho debolezza alle gambe',
      'ho le gambe deboli', 'mi sento le gambe deboli', 'mi hanno ceduto le gambe', 'le gambe non mi reggono',
      'non ho forza nelle gambe', 'non ho forza nel braccio', 'sto per svenire', 'mi sento svenire', 'svenimento',
      'mi sento mancare', 'mi sento male', 'mi gira la testa', 'giramenti di testa', 'ho dei giramenti di testa',
      'vertigini', 'ho le vertigini', 'sudori freddi', 'ho i sudori freddi', 'sudo freddo', 'sto sudando', 'sudo tanto',
      'nausea', 'la nausea', 'ho la nausea', 'mi viene da vomitare', 'mi gira la testa e ho la nausea',
      'ho la nausea e sudo freddo', 'mi fa male quando respiro', 'fa male quando respiro', 'mi fa male respirare',
      'sento dolore quando respiro', 'sudo freddo e mi fa male il petto', 'dolore lacerante', 'un dolore lacerante',
      'sento un dolore lacerante alla schiena', 'dolore lacerante tra le scapole', 'ho un dolore lacerante tra le scapole',
      'un dolore lacerante tra le scapole', 'un dolore improvviso tra le scapole', 'dolore improvviso tra le scapole', 'come uno strappo tra le scapole', 'ho perso il controllo della vescica',
      "ho perso il controllo dell'intestino", 'non riesco a trattenere la pipì', 'non riesco a fare la pipì',
      'non riesco a urinare', 'me la sono fatta addosso', 'perdo urina', 'perdite di urina', "ho l'inguine intorpidito",
      'ho il sedere intorpidito',
    ],
    UrgentSignIntent: [
      'sono caduto', 'sono caduta', 'ho fatto una caduta', 'ho avuto una caduta', 'una caduta', 'dopo una caduta',
      'è iniziato dopo una caduta', 'è cominciato dopo una caduta', 'sono caduto ieri', 'sono caduta ieri',
      'sono caduto dalle scale', 'sono caduta dalle scale', 'sono scivolato', 'sono scivolata', 'ho preso una botta',
      'ho preso una botta alla schiena', 'ho sbattuto la schiena', 'ho avuto un incidente', 'un incidente', 'dopo un incidente',
      'un incidente in macchina', 'ho avuto un incidente in macchina', 'un incidente stradale', 'ho fatto un incidente',
      'credo di essermi rotto qualcosa', 'credo di essermi rotta qualcosa', 'ho la febbre', 'febbre', 'la febbre',
      "ho un po' di febbre", 'ho qualche linea di febbre', 'ho la febbre alta', 'ho i brividi', 'ho febbre e brividi',
      'mi fa male di notte', 'di notte fa male', 'mi sveglia di notte', 'il dolore mi sveglia di notte',
      'non passa con il riposo', 'non passa nemmeno a riposo', 'fa male anche a riposo', 'fa male anche da fermo',
      'fa male anche da ferma', 'ho perso peso', 'sono dimagrito', 'sono dimagrita', 'sto dimagrendo senza motivo',
      'ho perso qualche chilo', 'ho perso peso senza motivo', 'sto perdendo peso',
    ],
    UnsureIntent: [
      'non lo so', 'non so', 'boh', 'mah', 'boh non lo so', 'non saprei', 'non saprei dire', 'non saprei proprio', 'non so dire',
      'non lo so bene', 'non so bene', 'non lo so proprio', 'non sono sicuro', 'non sono sicura', 'non ne sono sicuro',
      'non ne sono sicura', 'non sono certo', 'non sono certa', 'forse', 'forse sì', 'può darsi', 'può essere', 
      'chissà', 'difficile da dire', 'è difficile dirlo', 'difficile dirlo', 'non ne ho idea', 'non ho idea',
      'non ne ho la minima idea', 'più o meno', 'così così', 'dipende', 'non mi è chiaro',
    ],
    PainKindIntent: [
      '{painKind}', 'è {painKind}', 'è più {painKind}', 'più {painKind}', 'più che altro {painKind}',
      'più che altro è {painKind}', 'direi {painKind}', 'direi che è {painKind}', 'sembra {painKind}',
      'mi sembra {painKind}', 'è tipo {painKind}', 'tipo {painKind}', 'è come {painKind}', 'come {painKind}',
      'più come {painKind}', 'è più come {painKind}', 'sento {painKind}', 'lo sento {painKind}',
      'è proprio {painKind}', 'è solo {painKind}', 'solo {painKind}', 'è piuttosto {painKind}',
      'piuttosto {painKind}', 'un dolore {painKind}', 'dolore {painKind}', 'è un dolore {painKind}',
      'una specie di {painKind}', 'è una specie di {painKind}', 'diciamo {painKind}',
    ],
    HowToIntent: [
      'come si fa {exercise}', 'come faccio {exercise}', 'come si esegue {exercise}', 'come si fa bene {exercise}',
      'come devo fare {exercise}', 'come si fa a fare {exercise}', 'spiegami {exercise}', 'spiegami come si fa {exercise}',
      'mi spieghi {exercise}', 'mi spieghi come si fa {exercise}', 'spiegarmi {exercise}', 'spiegare {exercise}',
      'come funziona {exercise}', "cos'è {exercise}", "che cos'è {exercise}", 'cosa è {exercise}',
      "dimmi cos'è {exercise}", 'descrivimi {exercise}', 'insegnami {exercise}', 'mi insegni {exercise}',
      'dimmi come si fa {exercise}', 'dimmi come fare {exercise}', 'istruzioni per {exercise}',
      'quali sono i passaggi per {exercise}', 'in cosa consiste {exercise}', 'cosa devo fare per {exercise}',
      '{exercise}', 'come si fa {exercise} per favore',
    ],
    StartExerciseIntent: [
      'facciamo {exercise}', 'adesso facciamo {exercise}', 'ora facciamo {exercise}', 'facciamo insieme {exercise}',
      'fammi fare {exercise}', 'mi fai fare {exercise}', 'voglio fare {exercise}', 'vorrei fare {exercise}',
      'possiamo fare {exercise}', 'fare {exercise}', 'inizia {exercise}', 'iniziamo {exercise}', 'iniziare {exercise}',
      'iniziamo con {exercise}', 'comincia con {exercise}', 'cominciamo con {exercise}', 'proviamo {exercise}',
      'voglio provare {exercise}', 'vorrei provare {exercise}', 'possiamo provare {exercise}', 'avvia {exercise}',
      'fai partire {exercise}', 'esercitiamoci con {exercise}', 'voglio allenarmi con {exercise}',
      'dai facciamo {exercise}',
    ],
    StartRoutineIntent: [
      'inizia la routine {routine}', 'avvia la routine {routine}', 'comincia la routine {routine}',
      'iniziamo la routine {routine}', 'fai la routine {routine}', 'facciamo la routine {routine}',
      'voglio fare la routine {routine}', 'vorrei fare la routine {routine}', 'fammi fare la routine {routine}',
      'partiamo con la routine {routine}', 'iniziare la routine {routine}', 'fare la routine {routine}',
      'la routine {routine}', 'routine {routine}', 'gli esercizi {routine}', 'facciamo gli esercizi {routine}',
      'stretching {routine}', 'facciamo stretching {routine}',
      'inizia', 'comincia', 'iniziamo', 'cominciamo', 'partiamo', 'via', 'dai iniziamo', 'inizia gli esercizi',
      'iniziamo gli esercizi', 'iniziare gli esercizi', 'cominciamo con gli esercizi', 'facciamo stretching',
      'facciamo gli esercizi', 'voglio fare stretching', 'inizia la routine', 'iniziamo la routine',
      'fai partire la routine', 'allunghiamo la schiena',
      // "Solita" goes before the noun in everyday Italian, where no {routine} slot fits: the default routine.
      'la solita routine', 'fai la solita routine', 'facciamo la solita routine', 'inizia la solita routine',
    ],
    ListExercisesIntent: [
      'quali esercizi ci sono', 'che esercizi ci sono', 'quali esercizi conosci', 'che esercizi conosci',
      'quali esercizi hai', 'che esercizi hai', 'quali esercizi posso fare', 'che esercizi posso fare',
      'quali sono gli esercizi', 'elenca gli esercizi', 'elencami gli esercizi', 'dimmi gli esercizi',
      'dimmi la lista degli esercizi', 'leggimi la lista degli esercizi', 'leggimi gli esercizi', 'lista degli esercizi',
      'elenco degli esercizi', 'quali posizioni conosci', 'che posizioni ci sono', 'quali allungamenti conosci',
      "che stretching sai fare", "cosa c'è nella routine", 'quali esercizi ci sono nella routine',
    ],
    RemainingIntent: [
      'quanti ne mancano', 'quanti esercizi mancano', 'quanti mancano', 'quanto manca', 'quanto manca alla fine',
      'quanto tempo manca', 'quante ripetizioni mancano', 'quante ne mancano', 'abbiamo quasi finito',
      'ho quasi finito', 'manca molto', 'manca tanto', 'quanti esercizi restano', 'quanti ne restano', 'quanto resta',
      'cosa manca', 'cosa resta', 'quanto dura ancora', 'a che punto siamo', 'quanti altri esercizi',
      'quante altre ripetizioni', 'quanto ci vuole ancora',
    ],
    SlowerIntent: [
      'rallenta', 'più lento', 'più lentamente', 'più piano', 'vai più piano', 'vai più lentamente', 'non così veloce',
      'troppo veloce', 'vai troppo veloce', 'stai andando troppo veloce', 'puoi rallentare', 'puoi andare più piano',
      'rallenta per favore', 'più piano per favore', "un po' più piano", "un po' più lento", 'parla più lentamente',
      'dammi più tempo', "dammi più tempo tra una ripetizione e l'altra", 'con più calma', 'andiamo più piano',
      'rallentiamo',
    ],
    LongerHoldsIntent: [
      'tenute più lunghe', 'tieni più a lungo', 'tenuta più lunga', 'voglio tenere più a lungo', 'posizioni più lunghe',
      'allunga le tenute', 'mantieni più a lungo', 'voglio mantenere più a lungo', 'fammi tenere di più',
      'restiamo di più in posizione', 'resta di più in posizione', 'voglio restare più a lungo', 'più tempo in posizione',
      'aumenta il tempo di tenuta', 'allunga i tempi', 'esercizi più lunghi', 'tieni la posizione più a lungo',
      'posso tenere di più', 'tenute più lunghe per favore', 'teniamo di più',
    ],
    GentlerIntent: [
      'più facile', 'più leggero', 'più dolce', 'più semplice', 'versione più facile', 'una versione più facile',
      'la versione più facile', 'una versione più leggera', 'la versione più leggera', 'una versione più dolce',
      'rendilo più facile', 'fammelo più facile', 'qualcosa di più facile', 'qualcosa di più leggero',
      'è troppo difficile', 'troppo difficile', 'è troppo faticoso', "c'è una versione più facile",
      'esiste una versione più leggera', 'fammi la versione facile', 'una variante più facile', 'facciamolo più leggero',
      'più facile per favore',
    ],
    SkipIntent: [
      'salta', 'saltalo', 'saltiamo', 'saltiamolo', 'salta questo', 'salta questo esercizio', "salta l'esercizio",
      'saltiamo questo', 'lo salto', 'questo lo salto', 'questo no', 'non voglio fare questo',
      'questo non lo voglio fare', 'non mi va di fare questo', 'preferisco saltarlo', 'possiamo saltarlo',
      'non riesco a farlo', 'questo non ce la faccio', 'lascia perdere questo', 'salta questo per favore',
      'togli questo', 'passa oltre',
    ],
    ProgressIntent: [
      'come sto andando', 'come vado', 'i miei progressi', 'quali sono i miei progressi', 'dimmi i miei progressi',
      'fammi sentire i miei progressi', 'quanti giorni di fila', 'quanti giorni di fila ho fatto',
      'da quanti giorni faccio stretching', 'quante sessioni ho fatto', 'quante sessioni questa settimana',
      'quanti minuti ho fatto', 'quanto stretching ho fatto', 'le mie statistiche', 'dimmi le mie statistiche',
      'sto migliorando', 'sto andando bene', "com'è andata questa settimana", 'quanto mi sono allenato',
      'quanto mi sono allenata', 'i miei risultati', 'dimmi i miei risultati',
    ],
    ForgetDataIntent: [
      'cancella i miei dati', 'elimina i miei dati', 'cancella la mia cronologia', 'elimina la mia cronologia',
      'cancella la cronologia', 'elimina la cronologia', 'cancella il mio storico', 'elimina il mio storico',
      'dimentica i miei dati', 'dimenticami', 'dimentica tutto di me', 'cancella tutto quello che sai di me',
      'azzera i miei progressi', 'cancella i miei progressi', 'resetta i miei progressi', 'elimina i miei progressi',
      'cancella la cronologia degli esercizi', 'rimuovi i miei dati', 'cancella tutti i miei dati',
    ],

    'AMAZON.NextIntent': [
      'avanti', 'pronto', 'pronta', 'sono pronto', 'sono pronta', 'fatto', 'ho fatto', 'finito', 'ho finito',
      'prossimo', 'il prossimo', 'prossimo esercizio', 'il prossimo esercizio', 'esercizio successivo', 'successivo',
      'andiamo avanti', 'vai avanti', 'passiamo al prossimo', 'vai al prossimo', 'avanti il prossimo', 'ok avanti',
      'avanti per favore', 'ci sono', 'eccomi', 'e adesso', 'cosa viene dopo',
      // The answers to "Sei in posizione?".
      'sono in posizione', 'in posizione', 'sono già in posizione', 'sì ci sono', 'ok ci sono', 'eccomi qua',
      'ci siamo', 'ok ci siamo', 'sono a posto', 'tutto pronto', 'ok sono pronto', 'ok sono pronta',
      'mi sono sistemato', 'mi sono sistemata', 'va bene ci sono',
    ],
    'AMAZON.PauseIntent': [
      'pausa', 'metti in pausa', 'aspetta', 'aspetta un attimo', 'aspetta un momento', 'aspetta un secondo',
      'un attimo', 'un momento', 'un secondo', 'un attimo solo', 'fermo un attimo', 'dammi un attimo',
      'dammi un minuto', 'mi serve una pausa', 'facciamo una pausa', 'pausa per favore', 'mettiamo in pausa',
      'fai una pausa', 'attendi', 'ho bisogno di una pausa',
    ],
    'AMAZON.ResumeIntent': [
      'continua', 'continuiamo', 'riprendi', 'riprendiamo', 'prosegui', 'proseguiamo', 'vai pure', 'dai continua',
      'continua pure', 'riprendi da dove eravamo rimasti', 'sono tornato', 'sono tornata', 'rieccomi',
      'riprendi gli esercizi', 'continua gli esercizi', 'continua per favore', 'ok continua', "riprendi l'allenamento",
      // The infinitives of "chiedi a stretching schiena di riprendere", the way back that "nav.paused" teaches.
      'riprendere', 'continuare',
    ],
    'AMAZON.RepeatIntent': [
      'ripeti', 'ripetilo', 'puoi ripetere', 'ripeti per favore', 'come hai detto', 'cosa hai detto', 'non ho capito',
      'ridillo', 'dillo di nuovo', 'ripeti le istruzioni', 'ripeti i passaggi', 'me lo ripeti', 'come scusa',
      'scusa non ho sentito',
    ],
    'AMAZON.PreviousIntent': [
      'indietro', 'torna indietro', 'vai indietro', 'precedente', 'il precedente', 'esercizio precedente',
      "l'esercizio precedente", 'quello di prima', "l'esercizio di prima", 'torna al precedente',
      "torna all'esercizio precedente", 'torna a quello di prima', 'rifacciamo quello di prima',
    ],
    'AMAZON.StartOverIntent': [
      'ricomincia', 'ricominciamo', 'ricomincia da capo', 'ricominciamo da capo', 'da capo', "dall'inizio",
      "ricomincia dall'inizio", 'riparti da capo', 'ripartiamo da capo', 'ricomincia la routine',
      'ricomincia gli esercizi', 'rifacciamo tutto da capo', "torna all'inizio", 'riavvia',
    ],
    // The local simulator knows Amazon's own phrasings of these in English only; Alexa's Italian model
    // has its own, and these samples add the ones said mid-workout.
    'AMAZON.YesIntent': [
      'sì', 'si', 'sì grazie', 'sì per favore', 'certo', 'certamente', 'va bene', 'ok', 'okay', "d'accordo",
      'volentieri', 'perché no', 'esatto', 'sì dai', 'sì certo', 'ci sto', 'assolutamente sì',
    ],
    'AMAZON.NoIntent': [
      'no', 'no grazie', 'non ora', 'adesso no', 'per niente', 'no no', 'assolutamente no', 'nessuno', 'no nessuno',
      'niente di tutto questo', 'no niente', 'non ho niente di questo', 'non voglio', 'meglio di no', 'direi di no',
      'no non ho niente',
    ],
    'AMAZON.StopIntent': [
      'stop', 'basta', 'fermati', 'esci', 'chiudi', 'smetti', 'fine', 'basta così', 'per oggi basta', 'finiamo qui',
      'stop per favore', 'esci dalla skill', 'chiudi la skill',
    ],
    'AMAZON.CancelIntent': ['annulla', 'lascia perdere', 'lascia stare', 'non importa', 'niente', 'annulla tutto'],
    'AMAZON.HelpIntent': [
      'aiuto', 'aiutami', 'aiuto per favore', 'ho bisogno di aiuto', 'mi serve aiuto', 'cosa posso dire',
      'cosa posso fare', 'cosa devo dire', 'come funziona', 'come si usa', 'cosa sai fare', 'che cosa sai fare',
    ],
  },

  slotValues: {
    ExerciseType: exerciseWords(exerciseTexts, EXERCISE_SYNONYMS),
    RoutineType: {
      default: {
        value: 'solita',
        synonyms: [
          'di sempre', 'solito', 'normale', 'abituale', 'base', 'di base', 'quotidiana', 'quotidiano', 'giornaliera',
          'standard', 'classica', 'principale', 'mia', 'predefinita',
        ],
      },
      chair: {
        value: 'sulla sedia',
        synonyms: [
          'sedia', 'con la sedia', 'da seduti', 'da seduto', 'da seduta', 'seduti', 'alla scrivania', 'scrivania',
          'da scrivania', 'in ufficio', 'ufficio', 'da ufficio',
        ],
      },
      floor: {
        value: 'a terra',
        synonyms: [
          'per terra', 'terra', 'sul pavimento', 'pavimento', 'sul tappetino', 'tappetino', 'con il tappetino',
          'sul tappeto', 'da sdraiati', 'sdraiati',
        ],
      },
      full: {
        value: 'completa',
        synonyms: [
          'completo', 'intera', 'intero', 'lunga', 'lungo', 'tutta', 'totale', 'più lunga', 'con tutti gli esercizi',
          'tutti e quattordici',
        ],
      },
    },
    BodyPartType: BODY_PARTS,
    PainKindType: {
      sharp: {
        value: 'acuto',
        synonyms: [
          'acuta', 'dolore acuto', 'un dolore acuto', 'una fitta', 'fitta', 'fitte', 'delle fitte', 'a fitte',
          'lancinante', 'un dolore lancinante', 'pungente', 'una scossa', 'scossa', 'come una scossa',
          'una scossa elettrica', 'scossa elettrica', 'una scarica', 'improvviso', 'un dolore improvviso', 'bruciante',
          'brucia', 'bruciore', 'pizzica', 'una coltellata', 'come una coltellata', 'una pugnalata', 'fortissimo',
          'molto forte', 'insopportabile', 'pulsante', 'intenso',
        ],
      },
      mild: {
        value: 'tensione',
        synonyms: [
          'una tensione', 'una forte tensione', 'forte tensione', 'tensione forte', 'tensione muscolare', 'tira',
          'mi tira', 'tira tanto', 'tira molto', 'sento tirare', 'allungamento', 'un allungamento',
          'un forte allungamento', 'allungamento forte', 'sordo', 'dolore sordo', 'un dolore sordo', 'indolenzimento',
          'indolenzito', 'fastidio', 'un fastidio', 'fastidioso', 'lieve', 'dolore leggero', 'dolore lieve',
          'rigidità', 'rigido', 'scomodo', 'non troppo forte',
        ],
      },
    },
  },

  phrasing: {
    launch: ['apri {name}', 'avvia {name}', 'inizia {name}', 'comincia {name}', 'lancia {name}', 'fai partire {name}'],
    // A request after "di" is an infinitive ("chiedi a stretching schiena di iniziare la routine sulla
    // sedia"); a question follows "chiedi a" directly ("chiedi a stretching schiena come si fa il cobra").
    request: ['chiedi a {name} {request}', 'chiedi a {name} di {request}', "di' a {name} di {request}", 'domanda a {name} {request}'],
    forbiddenInInvocationName: [
      'apri', 'avvia', 'inizia', 'comincia', 'lancia', 'fai', 'partire', 'gioca', 'usa', 'attiva', 'abilita', 'carica',
      'esegui', 'riprendi', 'chiedi', 'domanda', "di'", 'dì', 'parla',
      'a', 'ad', 'al', 'alla', 'di', 'da', 'dal', 'per', 'con', 'su', 'in', 'se', 'che', 'e',
      'alexa', 'amazon', 'echo', 'computer', 'ziggy', 'skill', 'app',
    ],
    spaced: true,
  },

  publishing: {
    name: 'Stretching Schiena',
    summary: 'Un coach vocale per allungamenti delicati della parte alta e centrale della schiena, passo dopo passo, a mani libere.',
    description:
      "Stretching Schiena ti guida a voce in esercizi di allungamento delicati per la parte alta e centrale della schiena, quando è rigida o indolenzita, così puoi tenere gli occhi chiusi e le mani libere. Scegli una breve routine sulla sedia, anche alla scrivania, una routine a terra sul tappetino, oppure la serie completa di quattordici esercizi. Oppure chiedi come si fa un singolo esercizio, come il cobra, la posizione del bambino o la posizione dell'ago. Stretching Schiena spiega ogni esercizio passo dopo passo, conta i tempi e le ripetizioni, e in qualsiasi momento puoi dire rallenta, tenute più lunghe, più facile, salta o pausa.\n\nAllunga solo fino a una leggera tensione, mai fino al dolore. Se qualcosa ti fa male, fermati e di' \"mi fa male\": la skill si interrompe subito e ti fa qualche domanda per capire come stai.",
    disclaimer:
      "Importante: Stretching Schiena offre solo informazioni generali sull'esercizio fisico. Non fornisce consigli medici e non sostituisce il parere, la diagnosi o le cure di un medico o di un altro professionista sanitario. Parla con il tuo medico prima di iniziare una nuova routine di esercizi, soprattutto se hai avuto di recente un infortunio o un intervento chirurgico o se sei in gravidanza, e fermati se qualcosa ti fa male. In caso di dolore al petto, difficoltà a respirare, intorpidimento o debolezza alle gambe, o qualsiasi altra emergenza, chiama subito il numero di emergenza 112.",
    examplePhrases: [
      'Alexa, apri stretching schiena',
      'Alexa, chiedi a stretching schiena come si fa il cobra',
      'Alexa, chiedi a stretching schiena di iniziare la routine sulla sedia',
    ],
    keywords: ['stretching', 'schiena', 'mal di schiena', 'allungamento', 'dorso', 'postura', 'yoga', 'mobilità', 'scrivania', 'esercizi'],
  },

  // AMAZON.FallbackIntent stays: Amazon extended it to every Italian locale on 21 November 2019
  // (developer.amazon.com/en-US/blogs/alexa/alexa-skills-kit/2019/11/handle-unexpected-user-requests-with-FallbackIntent-phonenumber-ordinal-built-in-slots-expanded),
  // and every other built-in of lambda/alexa/intents.ts is a standard built-in offered in it-IT.
};
