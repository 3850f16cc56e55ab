/**
 * The fr-FR words of the interaction model, written so that fr-CA (models/locales/fr-CA.ts) shares them
 * and adds only what Quebec says differently.
 *
 * How people talk to Alexa in French: they call her "tu" ("répète", "attends", "explique moi"), while
 * she says "vous" to them. Samples are written the way speech recognition hands them over: lower
 * case, accents kept, apostrophes kept ("j'ai mal"), hyphens dropped ("explique moi", "est ce que").
 *
 * Exercise names: the canonical value is the name the skill speaks (lambda/i18n/exercises/fr.ts), with
 * its article, so "comment faire {exercise}" hears "comment faire le cobra". Synonyms add the bare
 * nouns ("cobra", "sauterelle") so that samples which bring their own article or contraction
 * ("parle moi du {exercise}", "comment faire la {exercise}") work too, and the names French yoga
 * teachers use (la pince, la feuille pliée, le chat vache, le sphinx) and their Sanskrit names.
 * A word that could mean two exercises goes to one only: "torsion" to the seated twist, "rotation"
 * to the chair rotation, "sphinx" and "petit cobra" to the cobra (its gentler version), as in English.
 */
import type { ExerciseId } from '../../lambda/catalog/exercises';
import { fr as exerciseTexts } from '../../lambda/i18n/exercises/fr';
import { exerciseWords } from '../exercise-words';
import type { LocaleModel } from '../locale-model';

const EXERCISE_SYNONYMS: Readonly<Record<ExerciseId, readonly string[]>> = {
  seated_spinal_twist: [
    'torsion assise', 'torsion', 'la torsion', 'torsion vertébrale', 'torsion de la colonne', 'torsion du dos',
    'torsion en tailleur', 'torsion au sol', 'torsion facile', 'demi seigneur des poissons',
    'posture du seigneur des poissons', 'ardha matsyendrasana', 'matsyendrasana',
  ],
  locust: [
    'sauterelle', 'posture de la sauterelle', 'la posture de la sauterelle', 'salabhasana', 'shalabhasana',
    'criquet', 'le criquet', 'posture du criquet', 'superman', 'le superman', 'relevé de buste',
    'renforcement du dos', 'extension du dos',
  ],
  revolved_triangle: [
    'triangle inversé', 'triangle', 'le triangle', 'triangle en torsion', 'le triangle en torsion',
    'triangle tourné', 'triangle retourné', 'posture du triangle', 'la posture du triangle',
    'posture du triangle inversé', 'parivrtta trikonasana', 'trikonasana',
  ],
  standing_forward_bend: [
    'flexion avant', 'flexion avant debout', 'la flexion avant debout', 'flexion vers l\'avant', 'la pince',
    'pince', 'pince debout', 'la pince debout', 'posture de la pince', 'uttanasana', 'toucher ses pieds',
    'toucher les orteils', 'penché en avant', 'poupée de chiffon', 'la poupée de chiffon', 'enroulement debout',
  ],
  eagle_arms: [
    "bras de l'aigle", "bras d'aigle", 'les bras d\'aigle', 'bras en aigle', "l'aigle", 'aigle',
    "posture de l'aigle", "la posture de l'aigle", 'garudasana', 'étirement des omoplates',
    "l'étirement des omoplates", 'étirement entre les omoplates', 'câlin des épaules', 'étirement au bureau',
  ],
  puppy_pose: [
    'posture du chiot', 'chiot', 'le chiot', 'chiot étiré', 'le chiot étiré', 'posture du chiot étiré',
    'cœur fondant', 'coeur fondant', 'le cœur fondant', 'uttana shishosana', 'étirement du chiot',
  ],
  thread_the_needle: [
    "posture de l'aiguille", "l'aiguille", 'aiguille', "enfiler l'aiguille", "fil dans l'aiguille",
    "le fil dans l'aiguille", "passer le fil dans l'aiguille", 'torsion à quatre pattes',
    "l'aiguille à quatre pattes", 'parsva balasana',
  ],
  childs_pose: [
    "posture de l'enfant", "l'enfant", "position de l'enfant", "la position de l'enfant", 'balasana',
    'feuille pliée', 'la feuille pliée', 'posture de la feuille pliée', 'posture de repos', 'la posture de repos',
    'position de repos', 'posture du bébé',
  ],
  sitting_rotation: [
    'rotation du buste', 'rotation sur chaise', 'la rotation sur chaise', 'rotation sur la chaise', 'rotation',
    'la rotation', 'rotation du tronc', 'la rotation du tronc', 'rotation assise', 'torsion sur chaise', 'torsion sur la chaise',
    'rotation au fauteuil', 'torsion au fauteuil', 'rotation au bureau',
  ],
  head_stretch: [
    'étirement de la nuque', 'étirement du cou', "l'étirement du cou", 'étirement de la tête',
    "l'étirement de la tête", 'menton poitrine', 'menton vers la poitrine', 'flexion de la tête',
    'flexion du cou', 'tête penchée', 'inclinaison de la tête', 'étirement cervical',
  ],
  cat_stretch: [
    'posture du chat', 'chat', 'le chat', 'chat vache', 'le chat vache', 'chat et vache', 'le chat et la vache',
    'posture du chat et de la vache', 'vache', 'la vache', 'posture de la vache', 'dos rond dos creux',
    'le dos rond dos creux', 'chat en colère', 'le gros dos', 'marjaryasana', 'bitilasana',
  ],
  passive_backbend: [
    'extension sur serviette', 'extension passive', "l'extension passive", 'serviette roulée', 'la serviette roulée',
    'étirement sur serviette', "l'étirement sur serviette", 'étirement avec serviette', 'rouleau sous le dos',
    'ouverture de la poitrine', "l'ouverture de la poitrine", 'ouverture thoracique', 'flexion arrière passive',
  ],
  cobra_stretch: [
    'cobra', 'posture du cobra', 'la posture du cobra', 'bhujangasana', 'petit cobra', 'le petit cobra',
    'cobra bas', 'sphinx', 'le sphinx', 'posture du sphinx', 'la posture du sphinx', 'serpent', 'le serpent',
    'posture du serpent', 'extension du buste',
  ],
  bridge_stretch: [
    'pont', 'posture du pont', 'la posture du pont', 'demi pont', 'le demi pont', 'pont fessier', 'le pont fessier',
    'relevé de bassin', 'le relevé de bassin', 'montée de bassin', 'élévation du bassin', 'setu bandhasana',
  ],
};


/** Masculine, feminine or plural: which article, contraction and possessive a body word takes. */
type Gender = 'm' | 'f' | 'p';

/**
 * A body word in every form the pain samples need, so one frame fits them all: bare ("dos"), with its
 * article ("le dos": "une douleur dans le dos", "le dos me fait mal"), with "à" ("au dos": "j'ai mal au
 * dos"), with "de" ("du dos": "au niveau du dos") and with "my" ("mon dos": "aïe mon dos"). An initial
 * vowel elides ("l'épaule", "à l'épaule") and takes "mon" ("mon épaule"); "hanche" and "haut" begin with
 * an h aspiré and do not ("la hanche", "le haut du dos").
 */
function forms(word: string, gender: Gender): string[] {
  const elided = gender !== 'p' && /^[aeiouyéèêâîôœ]/.test(word);
  const pick = (plural: string, vowel: string, masculine: string, feminine: string) =>
    gender === 'p' ? plural : elided ? vowel : gender === 'm' ? masculine : feminine;
  return [
    word,
    pick(`les ${word}`, `l'${word}`, `le ${word}`, `la ${word}`),
    pick(`aux ${word}`, `à l'${word}`, `au ${word}`, `à la ${word}`),
    pick(`des ${word}`, `de l'${word}`, `du ${word}`, `de la ${word}`),
    pick(`mes ${word}`, `mon ${word}`, `mon ${word}`, `ma ${word}`),
  ];
}

/** A slot value: the first word's bare form, every form of every word, and phrases that bring their own preposition. */
function bodyPart(words: readonly (readonly [string, Gender])[], phrases: readonly string[] = []) {
  const all = [...new Set([...words.flatMap(([word, gender]) => forms(word, gender)), ...phrases])];
  return { value: all[0] ?? '', synonyms: all.slice(1) };
}

/**
 * Where it hurts, in the words people use, ribs with the upper back and the jaw with the head as in
 * English. "Cœur" goes to the chest: "j'ai mal au cœur" is French for feeling sick, itself a red flag.
 * "Les reins" and "les lombaires" are how French speakers name the low back ("j'ai mal aux reins"), and
 * "les cervicales" the neck.
 */
export const FRENCH_BODY_PARTS = {
  back: bodyPart([['dos', 'm'], ['milieu du dos', 'm'], ['colonne', 'f'], ['colonne vertébrale', 'f']]),
  upper_back: bodyPart(
    [['haut du dos', 'm'], ['omoplate', 'f'], ['omoplates', 'p'], ['côte', 'f'], ['côtes', 'p']],
    ['en haut du dos', 'le haut de mon dos', 'entre les omoplates', 'entre les deux omoplates', "sous l'omoplate", 'sous les omoplates'],
  ),
  lower_back: bodyPart(
    [['bas du dos', 'm'], ['lombaires', 'p'], ['reins', 'p'], ['coccyx', 'm'], ['sacrum', 'm']],
    ['en bas du dos', 'le bas de mon dos', 'le creux du dos', 'au creux du dos'],
  ),
  neck: bodyPart([['cou', 'm'], ['nuque', 'f'], ['cervicales', 'p'], ['gorge', 'f']]),
  shoulder: bodyPart([['épaule', 'f'], ['épaules', 'p'], ['clavicule', 'f']]),
  arm: bodyPart([['bras', 'm'], ['coude', 'm'], ['coudes', 'p'], ['avant bras', 'm']], ['les bras', 'aux bras', 'mes bras']),
  hand: bodyPart([['main', 'f'], ['mains', 'p'], ['poignet', 'm'], ['poignets', 'p'], ['doigts', 'p'], ['pouce', 'm']]),
  leg: bodyPart([
    ['jambe', 'f'], ['jambes', 'p'], ['cuisse', 'f'], ['cuisses', 'p'], ['mollet', 'm'], ['mollets', 'p'],
    ['cheville', 'f'], ['chevilles', 'p'], ['pied', 'm'], ['pieds', 'p'],
  ]),
  hip: bodyPart([['hanche', 'f'], ['hanches', 'p'], ['aine', 'f'], ['fesse', 'f'], ['fesses', 'p'], ['bassin', 'm']]),
  knee: bodyPart([['genou', 'm'], ['genoux', 'p'], ['rotule', 'f']]),
  head: bodyPart([['tête', 'f'], ['mâchoire', 'f']]),
  chest: bodyPart([['poitrine', 'f'], ['thorax', 'm'], ['sternum', 'm'], ['cœur', 'm'], ['coeur', 'm']]),
} as const;

export const frFR: LocaleModel = {
  /*
   * "mes étirements dorsaux": "my back stretches" said the French way, three words. Not "mes étirements
   * du dos": "du" is "de" plus "le", and "de" is the word Alexa expects after the name in "demande à
   * ... de ...", so it is kept out of the name. "mes" keeps "demande à mes étirements dorsaux" free of
   * the "à le" contraction a name starting with "le" would force.
   */
  invocationName: 'mes étirements dorsaux',

  samples: {
    PainIntent: [
      // Said as it happens: interjections alone and joined to words, then tense and repetition, intensity, sensations.
      "j'ai mal", 'aïe', 'ouille', 'ouïe', 'aïe aïe', 'aïe aïe aïe', 'ouille ouille', 'ouille ouille ouille', 'aïe ouille',
      'ça fait mal', 'ça me fait mal', 'ah ça fait mal', 'oh ça fait mal', 'oh là ça fait mal', 'aïe ça fait mal',
      'ouille ça fait mal', "aïe j'ai mal", "ouille j'ai mal", 'aïe ça me fait mal', 'aïe stop', 'aïe arrête', "stop j'ai mal",
      "arrête j'ai mal", 'arrête ça fait mal', 'stop ça fait mal', "attends j'ai mal", 'attends ça fait mal',
      "ça m'a fait mal", 'ça a fait mal', 'ça vient de me faire mal', "ça m'a fait mal d'un coup", 'ça commence à faire mal',
      'ça commence à me faire mal', 'ça recommence à faire mal', 'ça recommence à me faire mal', 'ça refait mal',
      'ça me refait mal', 'ça fait encore mal', 'ça me fait encore mal', "j'ai encore mal", "j'ai de nouveau mal",
      "j'ai eu mal", "là j'ai eu mal", 'là ça fait mal', "là j'ai mal", 'ça fait mal là', "j'ai mal d'un coup",
      'ça fait trop mal', 'ça fait vraiment mal', 'ça me fait vraiment mal', 'ça fait très mal', 'ça me fait très mal',
      'ça fait super mal', 'ça fait hyper mal', 'ça fait un mal de chien', "j'ai un mal de chien", "j'ai très mal",
      "j'ai trop mal", "j'ai vraiment mal", "j'ai super mal", "j'ai atrocement mal", "j'ai horriblement mal",
      "c'est douloureux", "c'est trop douloureux", "c'est très douloureux", "c'est vraiment douloureux", "c'est trop",
      "c'est trop pour moi", 'je souffre', 'je souffre trop', "j'ai une douleur",
      'je sens une douleur', 'je ressens une douleur', "j'ai senti une douleur", 'quelque chose me fait mal',
      "j'ai mal quelque part", "j'ai mal partout", 'je me suis fait mal', 'je crois que je me suis fait mal',
      'je me suis fait mal je crois', 'ça tire trop', 'ça me tire trop', 'ça me lance', 'ça me brûle', 'ça me pique',
      'quelque chose a craqué', 'ça a craqué', "j'ai entendu un craquement", "j'ai senti un craquement",
      "j'ai senti quelque chose craquer", "j'ai senti un truc craquer", "j'ai senti quelque chose tirer",
      "j'ai senti un truc tirer", "j'ai senti un claquement", 'ça a claqué', 'je me suis claqué un muscle',
      'je me suis froissé un muscle', "je me suis fait une élongation", 'je me suis coincé quelque chose',
      "j'ai une crampe", 'une crampe', "j'ai un élancement", "j'ai des élancements",
      "j'ai mal au dos", "j'ai mal en haut du dos",
      // Where it hurts. The body part is a slot whose words carry their own article or preposition ("au dos",
      // "à la nuque", "mon épaule", "les cervicales"), so every frame fits every part in its French form.
      "j'ai mal {bodyPart}", "j'ai très mal {bodyPart}", "j'ai trop mal {bodyPart}", "j'ai vraiment mal {bodyPart}",
      "j'ai super mal {bodyPart}", "j'ai un peu mal {bodyPart}", "j'ai encore mal {bodyPart}", "j'ai de nouveau mal {bodyPart}",
      "j'ai mal dans {bodyPart}", "j'ai aussi mal {bodyPart}", "j'ai mal {bodyPart} aussi", "j'ai mal au niveau {bodyPart}", "j'ai un mal de chien {bodyPart}", 'mal {bodyPart}',
      "aïe j'ai mal {bodyPart}", "ouille j'ai mal {bodyPart}", 'ça fait mal {bodyPart}', 'ça me fait mal {bodyPart}',
      'ça fait très mal {bodyPart}', 'ça fait trop mal {bodyPart}', 'ça fait vraiment mal {bodyPart}',
      'ça fait super mal {bodyPart}', 'ça me fait très mal {bodyPart}', 'ça me fait trop mal {bodyPart}', 'ça fait mal dans {bodyPart}', 'ça fait mal au niveau {bodyPart}',
      'aïe ça fait mal {bodyPart}', 'ça me lance dans {bodyPart}', 'ça lance dans {bodyPart}', 'ça tire dans {bodyPart}',
      'ça me tire dans {bodyPart}', 'ça coince dans {bodyPart}', 'ça me pince dans {bodyPart}', 'ça brûle dans {bodyPart}',
      "j'ai une douleur {bodyPart}", "j'ai une douleur dans {bodyPart}", "j'ai une douleur au niveau {bodyPart}",
      "j'ai une douleur vive {bodyPart}", "j'ai une douleur vive dans {bodyPart}", 'je sens une douleur {bodyPart}',
      'je sens une douleur dans {bodyPart}', 'je ressens une douleur dans {bodyPart}', "j'ai senti une douleur {bodyPart}",
      "j'ai senti une douleur dans {bodyPart}", 'une douleur dans {bodyPart}', 'douleur {bodyPart}',
      "j'ai une crampe {bodyPart}", "j'ai une crampe dans {bodyPart}", "j'ai un élancement dans {bodyPart}",
      "j'ai des élancements dans {bodyPart}", "j'ai un tiraillement dans {bodyPart}",
      '{bodyPart} me fait mal', '{bodyPart} me font mal', '{bodyPart} me fait très mal', '{bodyPart} me fait vraiment mal',
      '{bodyPart} me fait trop mal', '{bodyPart} me fait encore mal', "{bodyPart} m'a fait mal", '{bodyPart} me fait souffrir',
      '{bodyPart} me fait un mal de chien', '{bodyPart} commence à me faire mal', '{bodyPart} recommence à me faire mal',
      '{bodyPart} me lance', '{bodyPart} me tire', '{bodyPart} me brûle', '{bodyPart} est douloureux',
      '{bodyPart} est douloureuse', '{bodyPart} a craqué', '{bodyPart} a fait crac', '{bodyPart} est bloqué',
      '{bodyPart} est bloquée', "j'ai {bodyPart} bloqué", "j'ai {bodyPart} bloquée", "j'ai {bodyPart} en compote",
      "j'ai {bodyPart} en vrac", 'aïe {bodyPart}', 'ouille {bodyPart}', 'ouïe {bodyPart}', 'aïe aïe {bodyPart}',
      'aïe aïe aïe {bodyPart}', 'ouille ouille {bodyPart}', 'ah {bodyPart}', 'oh {bodyPart}',
      'je me suis fait mal {bodyPart}', 'je crois que je me suis fait mal {bodyPart}', 'je me suis bloqué {bodyPart}',
      'je me suis bloquée {bodyPart}', 'je me suis coincé {bodyPart}', 'je me suis coincée {bodyPart}',
      'je me suis tordu {bodyPart}', 'je me suis tordue {bodyPart}', 'je me suis froissé {bodyPart}',
      'quelque chose a craqué dans {bodyPart}', 'ça a craqué dans {bodyPart}', "j'ai senti un craquement dans {bodyPart}",
      "j'ai senti quelque chose craquer dans {bodyPart}", "j'ai senti quelque chose tirer dans {bodyPart}",
      'ça a tiré dans {bodyPart}',
    ],
    RedFlagIntent: [
      // Also the bare answer to the red-flag question: the symptom's name alone counts as yes. Chest pain
      // said like any pain ("j'ai mal à la poitrine") is PainIntent with the chest, which the skill treats
      // the same way.
      'la poitrine', 'douleur thoracique', 'une douleur thoracique', "j'ai une douleur thoracique",
      'oppression', 'une oppression', 'oppression thoracique', "une oppression dans la poitrine",
      "j'ai une oppression dans la poitrine", 'la poitrine serrée', "j'ai la poitrine serrée", 'ça me serre la poitrine',
      'ça serre dans la poitrine', 'un poids sur la poitrine', 'comme un poids sur la poitrine',
      "j'ai comme un poids sur la poitrine", 'une pression dans la poitrine', "j'ai une pression dans la poitrine",
      'crise cardiaque', 'une crise cardiaque', 'je fais une crise cardiaque', 'je crois que je fais une crise cardiaque',
      'un infarctus', 'je fais un infarctus', 'du mal à respirer', "j'ai du mal à respirer", 'difficulté à respirer',
      'des difficultés à respirer', "j'ai des difficultés à respirer", 'je respire mal', 'je respire difficilement',
      'essoufflé', 'essoufflée', 'je suis essoufflé', 'je suis essoufflée', 'essoufflement', 'le souffle court',
      "j'ai le souffle court", "je manque d'air", "manque d'air", "j'étouffe", "je n'arrive pas à respirer",
      "j'arrive pas à respirer", "je n'arrive plus à respirer", "j'arrive plus à respirer", 'je suffoque',
      'engourdissement', 'un engourdissement', 'des engourdissements', 'engourdi', 'engourdie', "c'est engourdi",
      'fourmillements', 'des fourmillements', 'des fourmis', "j'ai des fourmis", 'picotements', 'des picotements',
      "j'ai des fourmis dans les jambes", "j'ai des fourmis dans les bras", "j'ai des fourmis dans les mains",
      "j'ai des fourmillements dans les jambes", "j'ai des fourmillements dans les bras", "j'ai des picotements dans les mains",
      "j'ai les jambes engourdies", 'ma jambe est engourdie', 'mon bras est engourdi', "j'ai le bras engourdi",
      "j'ai la main engourdie", "j'ai les doigts engourdis", 'mes doigts sont engourdis', "j'ai les pieds engourdis",
      'faiblesse', 'une faiblesse', "j'ai une faiblesse dans les jambes", "j'ai les jambes faibles", 'mes jambes sont faibles',
      'mes jambes ont lâché', 'mes jambes se dérobent', 'je ne sens plus mes jambes', 'je sens plus mes jambes',
      'je ne sens plus mon bras', 'je ne sens plus mes mains', "je n'ai plus de force dans les jambes",
      "je n'ai plus de force dans le bras", 'malaise', 'un malaise', 'je fais un malaise', 'je vais faire un malaise',
      'je me sens mal', 'je me sens partir', 'je vais tomber dans les pommes', "je vais m'évanouir",
      "je vais tourner de l'œil", 'je vais perdre connaissance', 'je suis à bout de souffle', 'la tête qui tourne', "j'ai la tête qui tourne", 'des vertiges', "j'ai des vertiges",
      'vertiges', 'sueurs', 'des sueurs', 'des sueurs froides', "j'ai des sueurs froides", 'je transpire',
      'je transpire beaucoup', 'je suis en sueur', 'nausée', 'la nausée', 'des nausées', "j'ai la nausée",
      "j'ai des nausées", "j'ai envie de vomir", 'envie de vomir', "j'ai la tête qui tourne et envie de vomir",
      "je transpire et j'ai mal à la poitrine", 'ça fait mal quand je respire', 'ça me fait mal quand je respire',
      "j'ai mal quand je respire", "j'ai mal en respirant", 'une douleur déchirante', 'douleur déchirante', 'ça déchire',
      'comme un déchirement', 'un déchirement', 'une douleur brutale entre les omoplates',
      'une douleur déchirante entre les omoplates', "j'ai une douleur déchirante dans le dos",
      "ça m'a déchiré entre les omoplates", "je n'arrive plus à me retenir", "j'ai perdu le contrôle de ma vessie",
      'je ne contrôle plus ma vessie', 'je ne contrôle plus mes selles', "je n'arrive pas à uriner",
      "je n'arrive plus à uriner", "j'arrive pas à faire pipi", 'je me suis fait pipi dessus', 'des fuites urinaires',
      "j'ai des fuites urinaires", "j'ai l'entrejambe engourdi", "je ne sens plus l'entrejambe", "j'ai les fesses engourdies",
    ],
    UrgentSignIntent: [
      'je suis tombé', 'je suis tombée', "j'ai fait une chute", 'une chute', 'après une chute', 'ça a commencé après une chute',
      'depuis une chute', 'depuis que je suis tombé', 'depuis que je suis tombée', 'je suis tombé hier', 'je suis tombée hier',
      "je suis tombé dans l'escalier", "je suis tombée dans l'escalier", 'je me suis cassé la figure', 'je me suis planté',
      "j'ai glissé", "j'ai glissé et je suis tombé", "j'ai glissé et je suis tombée", "j'ai eu un accident", 'un accident',
      'après un accident', 'un accident de voiture', "j'ai eu un accident de voiture", "j'ai pris un coup",
      "j'ai reçu un coup dans le dos", 'je me suis cassé quelque chose', 'je crois que je me suis cassé quelque chose',
      "j'ai de la fièvre", 'de la fièvre', 'fièvre', "j'ai de la température", "j'ai de la fièvre et des frissons",
      "j'ai des frissons", 'des frissons', 'je suis fiévreux', 'je suis fiévreuse', "j'ai mal la nuit",
      'ça me réveille la nuit', 'la douleur me réveille la nuit', 'ça me fait mal la nuit', 'la nuit ça fait mal',
      'la nuit surtout', 'ça ne passe pas au repos', 'ça ne passe pas quand je me repose', 'même au repos ça fait mal',
      'ça fait mal même au repos', "j'ai maigri", "j'ai maigri sans raison", "j'ai perdu du poids",
      "j'ai perdu du poids sans raison", 'je maigris sans raison', "j'ai perdu des kilos", 'je perds du poids',
    ],
    UnsureIntent: [
      'je ne sais pas', 'je sais pas', 'je ne sais pas trop', 'je sais pas trop', 'je ne sais pas vraiment',
      'je sais pas vraiment', "je n'en sais rien", "j'en sais rien", 'aucune idée', "j'en ai aucune idée",
      "je n'en ai aucune idée", 'je ne suis pas sûr', 'je ne suis pas sûre', 'je suis pas sûr', 'je suis pas sûre',
      'pas sûr', 'pas sûre', 'pas vraiment sûr', 'pas vraiment sûre', 'je ne suis pas certain', 'je ne suis pas certaine',
      'pas certain', 'pas certaine', 'peut être', 'peut être bien', 'possible', "c'est possible", 'ça se peut',
      'difficile à dire', "c'est difficile à dire", 'dur à dire', 'je ne saurais pas dire', 'je saurais pas dire',
      'je ne peux pas dire', 'je peux pas dire', 'plus ou moins', 'je ne sais plus', 'je sais plus', 'ça dépend',
      "j'hésite",
    ],
    PainKindIntent: [
      "c'est une douleur {painKind}", '{painKind}', "c'est {painKind}", 'une douleur {painKind}', 'plutôt {painKind}',
      "c'est plutôt {painKind}", 'plutôt une douleur {painKind}', "c'est plutôt une douleur {painKind}",
      'plutôt comme {painKind}', "c'est plutôt comme {painKind}", 'comme {painKind}', "c'est comme {painKind}",
      'ça ressemble à {painKind}', 'on dirait {painKind}', 'je dirais {painKind}', 'je dirais plutôt {painKind}',
      "je dirais que c'est {painKind}", 'ça fait {painKind}', 'ça fait plutôt {painKind}', 'je sens {painKind}',
      'je ressens {painKind}', 'je sens plutôt {painKind}', "c'est juste {painKind}", 'juste {painKind}',
      "c'est plus {painKind}", "c'est une sorte de {painKind}", 'disons {painKind}', 'ça me fait {painKind}',
    ],
    HowToIntent: [
      'comment faire {exercise}', 'comment faire le {exercise}', 'comment faire la {exercise}',
      'comment on fait {exercise}', 'comment on fait le {exercise}', 'comment on fait la {exercise}',
      'comment je fais {exercise}', 'comment se fait {exercise}', 'explique {exercise}', 'explique moi {exercise}',
      'explique moi le {exercise}', 'explique moi la {exercise}', 'explique moi comment faire {exercise}',
      "m'expliquer {exercise}", "m'expliquer comment faire {exercise}", 'décris moi {exercise}', 'décris {exercise}',
      "c'est quoi {exercise}", "c'est quoi le {exercise}", "c'est quoi la {exercise}", "qu'est ce que {exercise}",
      "qu'est ce que c'est {exercise}", 'parle moi de {exercise}', 'parle moi du {exercise}',
      'parle moi de la {exercise}', 'apprends moi {exercise}', 'montre moi comment faire {exercise}',
      'me montrer comment faire {exercise}', 'quelles sont les étapes pour {exercise}', '{exercise}',
    ],
    StartExerciseIntent: [
      'on fait {exercise}', 'on fait le {exercise}', 'on fait la {exercise}', 'fais {exercise}', 'fais le {exercise}',
      'fais la {exercise}', 'faisons {exercise}', 'faire {exercise}',
      'fais moi faire {exercise}', 'commence {exercise}', 'commence le {exercise}', 'commence la {exercise}',
      'lance {exercise}', 'lance le {exercise}', 'lance la {exercise}', 'je veux faire {exercise}',
      'je veux faire le {exercise}', 'je veux faire la {exercise}', "j'aimerais faire {exercise}",
      'je voudrais faire {exercise}', 'on essaie {exercise}', 'essayons {exercise}', "j'aimerais essayer {exercise}",
      'je veux essayer {exercise}', 'on peut faire {exercise}', "est ce qu'on peut faire {exercise}",
      'guide moi pour {exercise}', 'accompagne moi pour {exercise}', 'passe au {exercise}', 'passe à {exercise}',
      'on commence par {exercise}', 'commençons par {exercise}',
    ],
    StartRoutineIntent: [
      'lance la routine {routine}', 'lancer la routine {routine}', 'commence la routine {routine}',
      'commencer la routine {routine}', 'démarre la routine {routine}', 'on fait la routine {routine}',
      'fais la routine {routine}', 'faire la routine {routine}', 'je veux faire la routine {routine}',
      "j'aimerais faire la routine {routine}", 'la routine {routine}', 'routine {routine}', 'ma routine {routine}',
      'lance ma routine {routine}', 'les étirements {routine}', 'fais les étirements {routine}',
      'on fait les étirements {routine}', 'lance les étirements {routine}', 'la séance {routine}',
      'lance la séance {routine}', 'commencer', 'commence', 'on commence', 'démarrer', 'démarre', 'lance la routine',
      'lance les étirements', 'commence les étirements', 'commence la séance', 'lance la séance',
      'on commence les étirements', "je veux m'étirer", "on s'étire", 'étirons nous', 'fais moi faire mes étirements',
      'mes étirements',
    ],
    ListExercisesIntent: [
      "quels exercices il y a", "quels étirements il y a", 'quels sont les exercices', 'quels sont les étirements',
      'quels exercices tu connais', 'quels étirements tu connais', 'quels exercices tu proposes',
      'quels étirements tu proposes', 'liste les exercices', 'liste les étirements', 'donne moi la liste des exercices',
      'donne moi la liste des étirements', 'la liste des exercices', 'la liste des étirements', 'dis moi les exercices',
      'dis moi les étirements', 'quels exercices je peux faire', 'quels étirements je peux faire',
      "qu'est ce que tu as comme exercices", "qu'est ce que tu as comme étirements", "qu'est ce qu'il y a dans la routine",
      "c'est quoi les exercices", "c'est quoi les étirements", 'lis moi la liste des étirements', 'tous les exercices',
    ],
    RemainingIntent: [
      'il en reste combien', 'combien il en reste', "il reste combien d'exercices", "combien d'exercices il reste",
      "combien d'étirements il reste", "il reste combien d'étirements", 'il reste combien de temps',
      'combien de temps il reste', 'ça dure encore combien de temps', 'encore combien de temps', 'encore combien',
      "c'est bientôt fini", 'on a bientôt fini', "j'ai bientôt fini", 'on en est où', 'il reste combien de répétitions',
      'combien de répétitions il reste', "qu'est ce qu'il reste", 'il reste quoi', 'il en reste beaucoup',
      "quand est ce qu'on a fini",
    ],
    SlowerIntent: [
      'plus lentement', 'moins vite', 'ralentis', "ralentis s'il te plaît", "plus lentement s'il te plaît",
      'va plus lentement', 'va moins vite', 'tu vas trop vite', "c'est trop rapide", 'trop vite', "c'est trop vite",
      'pas si vite', 'un peu plus lentement', 'un peu moins vite', 'parle plus lentement', 'parle moins vite',
      'ralentis le rythme', 'moins rapide', 'laisse moi plus de temps', 'laisse moi plus de temps entre les répétitions',
      'donne moi plus de temps', 'on ralentit',
    ],
    LongerHoldsIntent: [
      'des maintiens plus longs', 'maintiens plus longs', 'tenir plus longtemps', 'je veux tenir plus longtemps',
      'on tient plus longtemps', 'fais moi tenir plus longtemps', 'plus longtemps', 'rallonge les maintiens',
      'allonge les maintiens', 'des étirements plus longs', 'étirements plus longs', 'je voudrais tenir plus longtemps',
      "j'aimerais tenir plus longtemps", 'rester plus longtemps', 'je veux rester plus longtemps',
      'reste plus longtemps dans la posture', 'augmente le temps de maintien', 'plus de temps dans la posture',
      'des postures plus longues',
    ],
    GentlerIntent: [
      'plus doux', 'plus doucement', 'une version plus douce', 'la version plus douce', 'la version douce',
      'version douce', 'plus facile', 'une version plus facile', 'la version plus facile', 'plus simple',
      'quelque chose de plus doux', 'quelque chose de plus facile', "c'est trop dur", "c'est trop difficile", 'trop dur',
      'trop difficile', "c'est trop difficile pour moi", 'rends le plus facile', 'tu peux le rendre plus facile',
      'il y a une version plus facile', "est ce qu'il y a plus facile", 'une variante plus douce',
      'une variante plus facile', 'moins intense', 'en plus doux',
    ],
    SkipIntent: [
      'passer', 'passe', 'passe cet exercice', 'passe cet étirement', 'on passe', 'on passe celui ci', 'je passe',
      'saute', 'saute cet exercice', 'saute celui là', 'passe celui là', 'je ne veux pas faire celui là',
      'je veux pas faire celui là', 'pas celui là', 'on saute celui là', 'on peut sauter celui là', 'je préfère passer',
      'je préfère sauter celui là', 'laisse tomber celui là', "j'arrive pas à faire celui là", "je n'y arrive pas",
      'zappe', 'zappe celui là', 'on zappe',
    ],
    ProgressIntent: [
      "où j'en suis", "comment je m'en sors", 'mes progrès', 'quels sont mes progrès', 'montre moi mes progrès',
      'dis moi mes progrès', 'ma progression', 'quelle est ma progression', 'combien de jours de suite',
      "combien de jours d'affilée", 'ma série', 'quelle est ma série', 'combien de séances cette semaine',
      "combien de séances j'ai fait", "combien de minutes j'ai fait", "combien de temps je me suis étiré",
      'mes statistiques', 'mes stats', 'donne moi mes stats', 'est ce que je progresse', 'mon bilan', 'fais le bilan',
    ],
    ForgetDataIntent: [
      'oublie mes données', 'supprime mon historique', 'supprimer mon historique', 'supprime mes données',
      'efface mon historique', 'efface mes données', 'oublie moi', 'efface tout', 'supprime tout', 'oublie tout sur moi',
      'efface tout ce que tu sais sur moi', 'supprime tout ce que tu sais sur moi', 'réinitialise mes progrès',
      'remets mes progrès à zéro', 'supprime mes progrès', 'efface mes progrès', 'oublie mon historique',
      "supprime mon historique d'étirements", 'vide mon historique',
    ],

    'AMAZON.NextIntent': [
      'suivant', 'au suivant', 'le suivant', 'suivant s\'il te plaît', "l'exercice suivant", "l'étirement suivant",
      'exercice suivant', 'étirement suivant', 'prochain', 'le prochain', 'prochain exercice', 'la suite',
      'on passe à la suite', 'passe à la suite', "c'est bon", 'je suis en place', 'en place', 'prêt', 'prête',
      'je suis prêt', 'je suis prête', 'terminé', "j'ai terminé", "j'ai fini", "c'est fait", 'on y va', "c'est parti",
      'allez', 'vas y', 'on enchaîne', 'et après',
      // The answers to "Vous êtes en place ?".
      'je suis en position', 'en position', 'je suis bien en place', "ça y est je suis en place", 'ça y est', "j'y suis",
      'voilà', 'voilà je suis en place', 'je suis installé', 'je suis installée', 'je suis bien installé',
      'je suis bien installée', 'ok je suis prêt', 'ok je suis prête', "c'est bon je suis prêt", "c'est bon je suis prête",
      "ok c'est bon", "c'est bon pour moi",
    ],
    'AMAZON.PreviousIntent': [
      'précédent', 'retour', 'reviens en arrière', 'retour en arrière', "l'exercice précédent", "l'étirement précédent",
      'le précédent', 'reviens au précédent', "celui d'avant", "l'exercice d'avant", 'on revient en arrière',
      'revenir en arrière',
    ],
    'AMAZON.RepeatIntent': [
      'répète', 'répéter', "répète s'il te plaît", 'tu peux répéter', 'peux tu répéter', 'redis le', 'redis moi',
      'encore une fois', "qu'est ce que tu as dit", 'pardon', "je n'ai pas compris", "j'ai pas compris",
      'répète les instructions', 'répète les étapes',
    ],
    'AMAZON.StartOverIntent': [
      'recommence', 'recommencer', 'on recommence', 'reprends depuis le début', 'recommence depuis le début',
      'reprends du début', 'depuis le début', 'du début', 'on reprend tout', 'recommence la routine',
      'recommence la séance', 'on repart de zéro', 'on recommence tout',
    ],
    'AMAZON.PauseIntent': [
      'attends', 'attends un peu', 'attends une seconde', 'attends une minute', 'attends deux secondes', 'une seconde',
      'une minute', 'un instant', 'un moment', 'deux secondes', 'pause', 'fais une pause', 'on fait une pause',
      'mets en pause', "pause s'il te plaît", "j'ai besoin d'une pause", 'laisse moi une minute',
      'donne moi une minute', 'attends moi', 'minute',
    ],
    'AMAZON.ResumeIntent': [
      'continue', 'continuer', 'on continue', 'on reprend', 'reprends', 'reprendre', 'continuons', 'reprenons',
      'je suis de retour', 'me revoilà', 'me voilà', 'on peut reprendre', 'on peut continuer', 'reprends la séance',
      'continue la séance', 'reprends les étirements', 'continue les étirements', 'vas y continue',
    ],
    'AMAZON.YesIntent': [
      'oui', "oui s'il te plaît", 'oui merci', 'ouais', "d'accord", 'ok', 'okay', 'bien sûr', 'volontiers',
      'avec plaisir', 'pourquoi pas', 'carrément', 'exactement', 'tout à fait', 'oui bien sûr', "oui d'accord",
      'ça marche', 'entendu', 'oui vas y',
    ],
    'AMAZON.NoIntent': [
      'non', 'non merci', 'non pas maintenant', 'pas maintenant', 'pas vraiment', 'non pas du tout', 'pas du tout',
      'surtout pas', 'non ça ira', 'ça ira', 'nan', 'non non', 'je ne crois pas', 'je crois pas', 'absolument pas',
    ],
    'AMAZON.StopIntent': [
      'stop', 'arrête', 'arrête toi', 'arrête tout', 'on arrête', 'on arrête là', 'ça suffit',
      "ça suffit pour aujourd'hui", "c'est tout pour aujourd'hui", 'quitte', 'quitter', 'sortir', 'au revoir',
      "stop s'il te plaît", 'tais toi', 'fin de la séance', 'termine la séance', "on s'arrête là", "j'arrête",
      'arrêter',
    ],
    'AMAZON.CancelIntent': ['annule', 'annuler', 'laisse tomber', 'oublie ça', 'oublie', 'annule ça', 'laisse tomber ça'],
    'AMAZON.HelpIntent': [
      'aide', 'aide moi', "de l'aide", "j'ai besoin d'aide", "qu'est ce que je peux dire", 'que puis je dire',
      "qu'est ce que je dois dire", 'comment ça marche', 'comment ça fonctionne', "qu'est ce que tu sais faire",
      'que sais tu faire', "qu'est ce que tu peux faire", "aide s'il te plaît", 'je suis perdu', 'je suis perdue',
      'je ne sais pas quoi dire',
    ],
  },

  slotValues: {
    ExerciseType: exerciseWords(exerciseTexts, EXERCISE_SYNONYMS),
    RoutineType: {
      default: {
        value: 'habituelle',
        synonyms: ['normale', 'de base', 'quotidienne', 'du jour', 'standard', 'classique', 'de tous les jours', 'principale'],
      },
      chair: {
        value: 'sur chaise',
        synonyms: [
          'chaise', 'sur une chaise', 'sur la chaise', 'assise', 'en position assise', 'au bureau', 'de bureau',
          'bureau', 'au travail', 'au fauteuil',
        ],
      },
      floor: {
        value: 'au sol',
        synonyms: ['sol', 'par terre', 'sur le tapis', 'tapis', 'sur tapis', 'de sol', 'sur le sol', 'tapis de yoga', 'allongée'],
      },
      full: {
        value: 'complète',
        synonyms: [
          'complet', 'entière', 'longue', 'intégrale', 'totale', 'la plus longue', 'avec tous les étirements',
          'des quatorze étirements', 'tous les exercices',
        ],
      },
    },
    BodyPartType: FRENCH_BODY_PARTS,
    PainKindType: {
      sharp: {
        value: 'vive',
        synonyms: [
          'douleur vive', 'une douleur vive', 'aiguë', 'aigüe', 'aigue', 'douleur aiguë', 'une douleur aiguë',
          'coup de poignard', 'un coup de poignard', 'comme un coup de poignard', 'coup de couteau', 'un coup de couteau',
          'lancinante', 'qui lance', 'ça lance', 'fulgurante', 'brûlante', 'une brûlure', 'brûlure', 'ça brûle',
          'électrique', 'une décharge', 'décharge', 'une décharge électrique', 'décharge électrique', 'un pincement',
          'pincement', 'ça pince', 'soudaine', 'violente', 'intense', 'très forte', 'forte', 'perçante', 'qui pique',
          'ça pique', 'insupportable', 'atroce', 'vif',
        ],
      },
      mild: {
        value: 'un étirement',
        synonyms: [
          'étirement', 'un gros étirement', 'gros étirement', 'un fort étirement', 'fort étirement', 'ça tire',
          'ça tire un peu', 'ça étire', 'une tension', 'tension', 'sourde', 'une douleur sourde', 'douleur sourde',
          'courbature', 'une courbature', 'des courbatures', 'raideur', 'une raideur', 'raide', 'tiraillement',
          'un tiraillement', 'une gêne', 'gêne', 'inconfortable', 'légère', 'une douleur légère', 'légère douleur',
          'pas trop grave', 'pas grave', 'supportable', 'sensible', 'tendu', 'modérée', 'faible',
        ],
      },
    },
  },

  phrasing: {
    launch: ['ouvre {name}', 'lance {name}', 'démarre {name}', 'commence {name}'],
    request: ['demande à {name} {request}', 'demande à {name} de {request}', 'dis à {name} {request}', 'dis à {name} de {request}', '{request} avec {name}'],
    forbiddenInInvocationName: [
      // Launch phrases and the verbs Alexa treats as them.
      'ouvre', 'ouvrir', 'lance', 'lancer', 'démarre', 'démarrer', 'commence', 'commencer', 'joue', 'jouer', 'active',
      'activer', 'demande', 'demander', 'dis', 'dire', 'parle', 'utilise', 'utiliser', 'reprends', 'reprendre',
      // Connecting words between a request and the name, and their contractions.
      'à', 'au', 'aux', 'de', 'du', 'des', "d'", 'pour', 'sur', 'avec', 'dans', 'par', 'si', 'que', 'et',
      // Wake words and words Alexa reserves.
      'alexa', 'amazon', 'echo', 'ordinateur', 'computer', 'ziggy', 'skill', 'application', 'appli',
    ],
    spaced: true,
  },

  publishing: {
    name: 'Étirements dorsaux',
    summary: 'Un coach vocal pour des étirements doux du haut et du milieu du dos, pas à pas, sans les mains.',
    description:
      "Étirements dorsaux vous guide à la voix dans des étirements doux pour un haut et un milieu du dos raides ou tendus, les yeux fermés et les mains libres. Choisissez une courte routine sur chaise, au bureau, une routine au sol sur un tapis, ou la série complète de quatorze étirements, ou demandez comment faire un seul étirement, comme le cobra, la posture de l'enfant ou la posture de l'aiguille. Étirements dorsaux explique chaque étirement étape par étape, compte vos temps de maintien et vos répétitions, et vous pouvez dire à tout moment plus lentement, plus longtemps, plus doux, passer ou pause.\n\nÉtirez-vous seulement jusqu'à une légère tension, jamais jusqu'à la douleur. Si quelque chose fait mal, arrêtez et dites « j'ai mal » : la skill s'arrête aussitôt et vous pose quelques questions.",
    disclaimer:
      "Important : Étirements dorsaux propose uniquement des informations générales sur l'exercice physique. Cette skill ne donne pas d'avis médical, et elle ne remplace pas l'avis, le diagnostic ou le traitement d'un professionnel de santé. Parlez-en à votre médecin avant de commencer un nouveau programme d'exercices, surtout si vous avez eu récemment une blessure ou une opération, ou si vous êtes enceinte, et arrêtez dès que quelque chose fait mal. En cas de douleur dans la poitrine, de difficulté à respirer, d'engourdissement ou de faiblesse dans les jambes, ou de toute autre urgence, appelez immédiatement le numéro d'urgence local.",
    examplePhrases: [
      'Alexa, ouvre mes étirements dorsaux',
      'Alexa, demande à mes étirements dorsaux comment faire le cobra',
      'Alexa, demande à mes étirements dorsaux de lancer la routine sur chaise',
    ],
    keywords: ['étirements', 'dos', 'haut du dos', 'milieu du dos', 'dos raide', 'posture', 'étirements au bureau', 'yoga', 'mobilité', 'souplesse'],
  },
  // AMAZON.FallbackIntent is offered in every French locale (fr-FR and fr-CA) since Amazon extended it to
  // French, Spanish, Italian and Japanese on 21 November 2019 (Alexa developer blog, "The Built-In
  // FallbackIntent ... Get Expanded Locale Support"), so no built-in is left out here.
};
