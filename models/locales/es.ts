/**
 * The Spanish words of the interaction model, for es-ES, es-MX and es-US: a common base in the Spanish
 * all three understand, and for each country the words only its people use ("vale" and "me he hecho
 * daño" in Spain; "órale", "mande" and "me lastimé" in Mexico and among the Mexican Americans who are
 * most Spanish speakers in the United States).
 *
 * Exercise names are not written here: each exercise's canonical slot value is the name the skill speaks
 * (lambda/i18n/exercises/es.ts), article included ("la cobra"), so what Alexa resolves and what Alexa
 * says cannot drift apart. The synonyms add the bare names ("cobra", for "la postura de cobra" or "del
 * puente"), the "postura de..." forms and the Sanskrit names Spanish speaking yoga classes use.
 *
 * Spanish agrees adjectives with the speaker: samples where users talk about themselves come in both
 * forms ("estoy listo", "estoy lista").
 *
 * Built-ins: AMAZON.FallbackIntent stays in every Spanish model. Amazon extended it "to all variants of
 * the Japanese, French, Spanish and Italian locales" on 21 November 2019
 * (developer.amazon.com/en-US/blogs/alexa/alexa-skills-kit/2019/11/handle-unexpected-user-requests-with-FallbackIntent-phonenumber-ordinal-built-in-slots-expanded),
 * after es-US had launched, and Amazon's own hello world sample added it to its Spanish models in 2021
 * (alexa-samples/skill-sample-nodejs-hello-world pull request 71). So nothing is unavailable here.
 */
import type { ExerciseId } from '../../lambda/catalog/exercises';
import { es as exerciseTexts } from '../../lambda/i18n/exercises/es';
import { exerciseWords } from '../exercise-words';
import type { LocaleModel, LocaleSamples, Publishing, SlotTypeWords } from '../locale-model';
import type { BuiltInIntentName, CustomIntentName, SlotTypeName } from '../../lambda/alexa/intents';

const EXERCISE_SYNONYMS: Readonly<Record<ExerciseId, readonly string[]>> = {
  seated_spinal_twist: [
    'torsión sentada', 'torsión sentado', 'torsión de columna', 'la torsión de columna', 'torsión de columna sentada',
    'torsión espinal', 'la torsión espinal', 'torsión espinal sentada', 'torsión fácil', 'media torsión',
    'la media torsión', 'medio señor de los peces', 'postura del medio señor de los peces', 'ardha matsyendrasana',
    'torsión en el suelo', 'giro de columna', 'el giro de columna',
    // "torsión" alone: here only (the chair rotation has "rotación" and "torsión en silla").
    'torsión', 'la torsión',
  ],
  locust: [
    'langosta', 'postura de la langosta', 'la postura de la langosta', 'saltamontes', 'el saltamontes',
    'postura del saltamontes', 'la postura del saltamontes', 'salabhasana', 'shalabhasana', 'superman',
    'el superman', 'elevación de espalda', 'la elevación de espalda', 'extensión de espalda boca abajo',
  ],
  revolved_triangle: [
    'triángulo invertido', 'triángulo girado', 'el triángulo girado', 'triángulo en torsión',
    'el triángulo en torsión', 'triángulo revolucionado', 'el triángulo revolucionado', 'triángulo con torsión',
    'postura del triángulo invertido', 'la postura del triángulo invertido', 'parivrtta trikonasana', 'triángulo',
    'el triángulo', 'postura del triángulo', 'la postura del triángulo',
  ],
  standing_forward_bend: [
    'flexión de pie', 'flexión hacia adelante', 'la flexión hacia adelante', 'flexión hacia delante',
    'la flexión hacia delante', 'flexión de tronco', 'la flexión de tronco', 'flexión de tronco de pie',
    'pinza de pie', 'la pinza de pie', 'pinza', 'la pinza', 'uttanasana', 'tocarse los pies',
    'tocar la punta de los pies', 'tocarse la punta de los pies', 'muñeca de trapo', 'la muñeca de trapo',
    'inclinación hacia adelante', 'la inclinación hacia adelante',
  ],
  eagle_arms: [
    'brazos de águila', 'brazos del águila', 'los brazos del águila', 'águila', 'el águila', 'postura del águila',
    'la postura del águila', 'garudasana', 'brazos de garudasana', 'abrazo de hombros', 'el abrazo de hombros',
    'abrazo', 'el abrazo', 'estiramiento de omóplatos', 'el estiramiento de omóplatos', 'estiramiento de oficina',
    'el estiramiento de oficina',
  ],
  puppy_pose: [
    'postura del cachorro', 'cachorro', 'el cachorro', 'perrito', 'el perrito', 'postura del perrito',
    'la postura del perrito', 'cachorro extendido', 'el cachorro extendido', 'uttana shishosana',
    'corazón que se derrite', 'corazón derretido', 'estiramiento del cachorro', 'el estiramiento del cachorro',
  ],
  thread_the_needle: [
    'enhebra la aguja', 'enhebrando la aguja', 'aguja', 'la aguja', 'postura de la aguja', 'la postura de la aguja',
    'hilo en la aguja', 'el hilo en la aguja', 'postura de enhebrar la aguja', 'la postura de enhebrar la aguja',
    'hilo y aguja', 'parsva balasana', 'pasar el hilo por la aguja',
  ],
  childs_pose: [
    'postura del niño', 'niño', 'el niño', 'balasana', 'postura del bebé', 'la postura del bebé',
    'postura de descanso', 'la postura de descanso', 'postura del niño extendida', 'estiramiento del niño',
    'el estiramiento del niño',
  ],
  sitting_rotation: [
    'rotación de tronco', 'rotación en silla', 'la rotación en silla', 'rotación sentada', 'la rotación sentada',
    'rotación sentado', 'rotación de tronco sentado', 'rotación de tronco en silla', 'torsión en silla',
    'la torsión en silla', 'giro en silla', 'el giro en silla', 'giro en la silla', 'el giro en la silla',
    'giro de tronco', 'el giro de tronco', 'rotación', 'la rotación',
  ],
  head_stretch: [
    'estiramiento de cuello', 'estiramiento del cuello', 'el estiramiento del cuello', 'estiramiento de cabeza',
    'el estiramiento de cabeza', 'estiramiento de nuca', 'el estiramiento de nuca', 'barbilla al pecho',
    'mentón al pecho', 'cabeza al pecho', 'flexión de cuello', 'la flexión de cuello', 'cuello', 'el cuello',
  ],
  cat_stretch: [
    'postura del gato', 'gato', 'el gato', 'gato vaca', 'el gato vaca', 'gato y vaca', 'el gato y la vaca',
    'postura del gato y la vaca', 'gato camello', 'gato enojado', 'gato enfadado', 'vaca', 'la vaca',
    'postura de la vaca', 'la postura de la vaca', 'marjaryasana', 'estiramiento del gato', 'el estiramiento del gato',
  ],
  passive_backbend: [
    'extensión sobre toalla', 'extensión con toalla', 'la extensión con toalla', 'extensión pasiva',
    'la extensión pasiva', 'extensión pasiva de espalda', 'estiramiento con toalla', 'el estiramiento con toalla',
    'toalla', 'la toalla', 'rollo de toalla', 'toalla enrollada', 'la toalla enrollada', 'apertura de pecho',
    'la apertura de pecho', 'flexión hacia atrás', 'la flexión hacia atrás', 'arco pasivo',
  ],
  cobra_stretch: [
    'cobra', 'postura de la cobra', 'la postura de la cobra', 'estiramiento de la cobra',
    'el estiramiento de la cobra', 'bhujangasana', 'serpiente', 'la serpiente', 'postura de la serpiente',
    // Cobra's gentler versions are said for it, not for the locust.
    'cobra baja', 'la cobra baja', 'media cobra', 'esfinge', 'la esfinge', 'postura de la esfinge',
    'la postura de la esfinge',
  ],
  bridge_stretch: [
    'puente', 'postura del puente', 'la postura del puente', 'estiramiento del puente', 'el estiramiento del puente',
    'puente de glúteos', 'el puente de glúteos', 'puente de glúteo', 'elevación de cadera', 'la elevación de cadera',
    'elevación de pelvis', 'la elevación de pelvis', 'elevación pélvica', 'setu bandhasana',
  ],
};


/**
 * Routine words follow "rutina" ("la rutina de silla", "la rutina completa"), so a value carries its
 * preposition where Spanish needs one, and the bare noun is a synonym.
 */
const ROUTINE_WORDS: SlotTypeWords<'RoutineType'> = {
  default: {
    value: 'habitual',
    synonyms: [
      'de siempre', 'normal', 'diaria', 'de todos los días', 'básica', 'principal', 'estándar', 'de espalda',
      'de costumbre', 'corta', 'de cada día',
    ],
  },
  chair: {
    value: 'de silla',
    synonyms: ['silla', 'en silla', 'en la silla', 'sentado', 'sentada', 'de oficina', 'oficina', 'de escritorio', 'escritorio', 'del trabajo', 'para la oficina'],
  },
  floor: {
    value: 'de suelo',
    synonyms: ['suelo', 'en el suelo', 'de colchoneta', 'en la colchoneta', 'colchoneta', 'de yoga', 'de piso', 'en el piso', 'acostado', 'acostada'],
  },
  full: {
    value: 'completa',
    synonyms: ['entera', 'larga', 'la más larga', 'toda', 'total', 'de todos los ejercicios', 'con todos los ejercicios', 'de catorce', 'de los catorce ejercicios', 'con todo'],
  },
};

const PAIN_KIND_WORDS: SlotTypeWords<'PainKindType'> = {
  sharp: {
    value: 'punzante',
    synonyms: [
      'agudo', 'un dolor agudo', 'dolor agudo', 'muy agudo', 'pinchazo', 'un pinchazo', 'como un pinchazo', 'punzada',
      'una punzada', 'como una punzada', 'como un cuchillo', 'como una puñalada', 'como una descarga', 'eléctrico',
      'como electricidad', 'como un calambre', 'quemante', 'ardor', 'como que quema', 'fuerte', 'muy fuerte', 'intenso',
      'repentino', 'de repente', 'lacerante', 'como un latigazo', 'penetrante', 'insoportable',
      // "Un tirón" is a sudden pull, often a strained muscle: the careful side takes it.
      'un tirón', 'tirón',
    ],
  },
  mild: {
    value: 'leve',
    synonyms: [
      'un estiramiento', 'estiramiento', 'un estiramiento fuerte', 'estiramiento fuerte', 'como un estiramiento',
      'como un estiramiento fuerte', 'tensión', 'tenso', 'tirantez', 'que tira', 'tira un poco', 'sordo',
      'un dolor sordo', 'dolor sordo', 'molestia', 'una molestia', 'molesto', 'suave', 'ligero', 'poco', 'un poco',
      'no mucho', 'no tan fuerte', 'no es para tanto', 'dolor muscular', 'rigidez', 'rígido', 'cansancio', 'cargado',
      'una carga', 'incómodo',
    ],
  },
};

/**
 * A body part as people name it after "me duele": with its article ("la espalda"), with the possessive
 * that Mexican and United States Spanish also use ("mi espalda", "mis hombros"), and bare, for
 * "dolor de espalda".
 */
const named = (...phrases: readonly string[]): string[] =>
  phrases.flatMap((phrase) => {
    const match = /^(el|la|los|las) (.+)$/.exec(phrase);
    if (!match) return [phrase];
    const [, article, noun] = match;
    return [noun!, phrase, `${article === 'los' || article === 'las' ? 'mis' : 'mi'} ${noun!}`];
  });

/** A part there is one of on each side, also with the side: "el hombro derecho", "mi rodilla izquierda". */
const sided = (...phrases: readonly string[]): string[] =>
  phrases.flatMap((phrase) => {
    const match = /^(el|la|los|las) (.+)$/.exec(phrase);
    if (!match) return named(phrase);
    const [, article] = match;
    const ending = { el: 'o', la: 'a', los: 'os', las: 'as' }[article as 'el' | 'la' | 'los' | 'las'];
    return [phrase, `${phrase} izquierd${ending}`, `${phrase} derech${ending}`].flatMap((form) => named(form));
  });

/**
 * Where it hurts. Spain's "los riñones" and "las cervicales", Mexico's "la cintura" and "la rabadilla"
 * are how people there name the low back and the neck in pain; every country understands them.
 */
const BODY_PART_WORDS: SlotTypeWords<'BodyPartType'> = {
  back: {
    value: 'espalda',
    synonyms: [
      ...named('la espalda', 'la columna'), 'la columna vertebral', 'la espalda media', 'la mitad de la espalda',
      'el centro de la espalda', 'el medio de la espalda', 'la parte media de la espalda', 'toda la espalda',
    ],
  },
  upper_back: {
    value: 'espalda alta',
    synonyms: [
      'la espalda alta', 'mi espalda alta', 'la parte alta de la espalda', 'la parte de arriba de la espalda',
      'la parte superior de la espalda', 'arriba de la espalda', 'la espalda de arriba',
      ...sided('el omóplato', 'el omoplato', 'la escápula'), ...named('los omóplatos', 'los omoplatos', 'las escápulas'),
      'entre los omóplatos', 'entre los omoplatos', 'entre las escápulas', ...named('la costilla', 'las costillas'),
      'la zona dorsal', 'las dorsales',
    ],
  },
  lower_back: {
    value: 'zona lumbar',
    synonyms: [
      'la zona lumbar', 'espalda baja', 'la espalda baja', 'mi espalda baja', 'la parte baja de la espalda',
      'la parte de abajo de la espalda', 'abajo de la espalda', 'lumbar', 'la lumbar', 'lumbares', 'las lumbares',
      'mis lumbares', ...named('la cintura', 'el coxis', 'la rabadilla', 'el sacro', 'los riñones'),
    ],
  },
  neck: { value: 'cuello', synonyms: [...named('el cuello', 'la nuca', 'las cervicales', 'la garganta'), 'la cervical'] },
  shoulder: {
    value: 'hombro',
    synonyms: [...sided('el hombro', 'la clavícula', 'el trapecio'), ...named('los hombros', 'los trapecios'), 'el manguito rotador'],
  },
  arm: { value: 'brazo', synonyms: [...sided('el brazo', 'el codo', 'el antebrazo'), ...named('los brazos', 'los codos', 'el bíceps')] },
  hand: {
    value: 'mano',
    synonyms: [...sided('la mano', 'la muñeca'), ...named('las manos', 'las muñecas', 'el dedo', 'los dedos', 'el pulgar')],
  },
  leg: {
    value: 'pierna',
    synonyms: [
      ...sided('la pierna', 'el muslo', 'la pantorrilla', 'el gemelo', 'el tobillo', 'el pie'),
      ...named('las piernas', 'los muslos', 'las pantorrillas', 'los gemelos', 'los tobillos', 'los pies'),
      'los isquiotibiales', 'el isquiotibial',
    ],
  },
  hip: {
    value: 'cadera',
    synonyms: [
      ...sided('la cadera', 'la ingle', 'el glúteo', 'la nalga'), ...named('las caderas', 'los glúteos', 'las nalgas', 'la ciática'),
      'el nervio ciático', 'el ciático',
    ],
  },
  knee: { value: 'rodilla', synonyms: [...sided('la rodilla', 'la rótula'), ...named('las rodillas')] },
  head: { value: 'cabeza', synonyms: named('la cabeza', 'la mandíbula') },
  // The heart area is the chest: "me duele el pecho" is the red-flag answer.
  chest: { value: 'pecho', synonyms: [...named('el pecho', 'el corazón', 'el esternón', 'el tórax'), 'la zona del corazón', 'el lado del corazón'] },
};

const BASE_SAMPLES: LocaleSamples = {
  PainIntent: [
    // Said as it happens: interjections alone and with words, then tense and repetition, intensity, sensations.
    'me duele', 'ay', 'ay ay', 'ay ay ay', 'auch', 'uy', 'uf', 'ay me duele', 'uy me duele', 'auch me duele',
    'ay ay me duele', 'ay ay ay me duele', 'ay qué dolor', 'uf qué dolor', 'ay duele', 'ay no me duele', 'ay eso duele',
    'duele', 'eso duele', 'esto duele', 'me duele esto', 'me duele eso', 'algo me duele', 'me duele algo',
    'me está doliendo', 'está doliendo', 'me duele aquí', 'me duele ahí', 'me duele justo aquí', 'me hace daño',
    'me está haciendo daño', 'eso me hace daño', 'siento dolor', 'tengo dolor', 'noto dolor', 'siento un dolor',
    'noto un dolor', 'tengo un dolor', 'qué dolor', 'cómo duele', 'me duele la espalda', 'me duele el cuello',
    'me duele el hombro', 'me duelen los hombros', 'me duele la rodilla', 'me duele la cadera',
    'me dolió', 'eso me dolió', 'me dolió mucho', 'me acaba de doler', 'me empezó a doler', 'me empieza a doler',
    'me está empezando a doler', 'ya me empezó a doler', 'empezó a dolerme', 'me volvió a doler', 'me vuelve a doler',
    'otra vez me duele', 'me duele otra vez', 'me duele de nuevo', 'ahora me duele', 'ahora sí me duele',
    'ya me está doliendo',
    'me duele mucho', 'me duele muchísimo', 'duele mucho', 'me duele demasiado', 'duele demasiado', 'me duele un montón',
    'me duele bastante', 'me duele muy fuerte', 'me duele un poco', 'me muero de dolor', 'me estoy muriendo de dolor',
    'no aguanto el dolor', 'no aguanto más', 'es demasiado', 'esto es demasiado', 'mucho dolor', 'tengo mucho dolor',
    'siento mucho dolor', 'no puedo me duele', 'para me duele', 'alto me duele', 'para para me duele', 'para que me duele',
    'basta me duele', 'no sigas me duele',
    'me di un tirón', 'sentí un tirón', 'noté un tirón', 'me dio un tirón', 'sentí un pinchazo', 'me dio un pinchazo',
    'noté un pinchazo', 'me dio una punzada', 'sentí una punzada', 'algo crujió', 'sentí un crujido', 'noté un crujido',
    'oí un crujido', 'me sonó algo', 'algo me sonó', 'sentí un chasquido', 'algo hizo clic', 'me arde', 'me quema',
    'me molesta', 'me molesta mucho', 'me hice daño', 'creo que me hice daño', 'me hice algo', 'creo que me hice algo',
    'me está lastimando', 'me estiré de más', 'me pasé', 'creo que me pasé', 'me dio un calambre', 'tengo un calambre',
    'estoy adolorido', 'estoy adolorida', 'estoy dolorido', 'estoy dolorida', 'me duele al hacerlo', 'me duele al estirar',
    'me duele cuando estiro', 'me duele al moverme', 'me duele cuando me muevo', 'me duele la espalda al hacerlo',
    // Where it hurts: the body part is a slot, its words carry their article or possessive ("la espalda", "mi cuello").
    'me duele {bodyPart}', 'me duelen {bodyPart}', 'me está doliendo {bodyPart}', 'me están doliendo {bodyPart}',
    'me duele mucho {bodyPart}', 'me duelen mucho {bodyPart}', 'me duele muchísimo {bodyPart}',
    'me duele un montón {bodyPart}', 'me duele bastante {bodyPart}', 'me duele un poco {bodyPart}',
    'me duele {bodyPart} un montón', 'me duele {bodyPart} otra vez', 'me duele otra vez {bodyPart}',
    'me empezó a doler {bodyPart}', 'me empezaron a doler {bodyPart}', 'me empieza a doler {bodyPart}',
    'me está empezando a doler {bodyPart}', 'me dolió {bodyPart}', 'me dolieron {bodyPart}', 'me volvió a doler {bodyPart}',
    'me vuelve a doler {bodyPart}', '{bodyPart} me duele', '{bodyPart} me duelen', '{bodyPart} me está doliendo',
    '{bodyPart} me duele mucho', 'ay {bodyPart}', 'ay ay {bodyPart}', 'ay ay ay {bodyPart}', 'auch {bodyPart}',
    'uy {bodyPart}', 'ay me duele {bodyPart}', 'qué dolor de {bodyPart}', 'ay qué dolor de {bodyPart}', 'dolor de {bodyPart}',
    'dolor en {bodyPart}', 'un dolor en {bodyPart}', 'mucho dolor en {bodyPart}', 'tengo dolor de {bodyPart}',
    'tengo dolor en {bodyPart}', 'tengo un dolor en {bodyPart}', 'tengo mucho dolor en {bodyPart}', 'siento dolor en {bodyPart}',
    'siento un dolor en {bodyPart}', 'noto dolor en {bodyPart}', 'noto un dolor en {bodyPart}', 'me dio un dolor en {bodyPart}',
    'tengo un dolor fuerte en {bodyPart}', 'siento un dolor fuerte en {bodyPart}', 'tengo molestias en {bodyPart}',
    'siento molestias en {bodyPart}', 'me molesta {bodyPart}', 'me molestan {bodyPart}', 'me molesta mucho {bodyPart}',
    'me arde {bodyPart}', 'me quema {bodyPart}', 'me tira {bodyPart}', 'me hice daño en {bodyPart}', 'me lastimé {bodyPart}',
    'creo que me lastimé {bodyPart}', 'me di un tirón en {bodyPart}', 'me dio un tirón en {bodyPart}',
    'sentí un tirón en {bodyPart}', 'noté un tirón en {bodyPart}', 'tengo un tirón en {bodyPart}',
    'me dio un pinchazo en {bodyPart}', 'siento un pinchazo en {bodyPart}', 'sentí un pinchazo en {bodyPart}',
    'tengo un pinchazo en {bodyPart}', 'siento una punzada en {bodyPart}', 'tengo una punzada en {bodyPart}',
    'me dio una punzada en {bodyPart}', 'me crujió {bodyPart}', 'me sonó {bodyPart}', 'algo crujió en {bodyPart}',
    'algo me sonó en {bodyPart}', 'sentí algo en {bodyPart}', 'noté algo en {bodyPart}', 'sentí un crujido en {bodyPart}',
    'tengo {bodyPart} adolorida', 'tengo {bodyPart} adolorido', 'tengo {bodyPart} adoloridos', 'tengo {bodyPart} adoloridas',
    'tengo {bodyPart} dolorida', 'tengo {bodyPart} dolorido', 'tengo {bodyPart} doloridos', 'tengo {bodyPart} doloridas',
    'me duele {bodyPart} al estirar', 'me duele {bodyPart} al hacerlo',
    // Between the shoulder blades, where this skill's users hurt: "entre los omóplatos".
    'me duele entre {bodyPart}', 'dolor entre {bodyPart}', 'tengo dolor entre {bodyPart}', 'tengo un dolor entre {bodyPart}',
    'siento un dolor entre {bodyPart}', 'noto un dolor entre {bodyPart}', 'un pinchazo entre {bodyPart}',
    'siento un pinchazo entre {bodyPart}', 'noto un pinchazo entre {bodyPart}', 'me dio un pinchazo entre {bodyPart}',
  ],
  RedFlagIntent: [
    // Also the bare answer to the red-flag question. Chest pain said like any pain ("me duele el pecho",
    // "dolor en el pecho") reaches PainIntent with the chest, which the skill takes as this answer.
    'presión en el pecho', 'opresión en el pecho', 'una opresión en el pecho', 'siento opresión en el pecho',
    'tengo opresión en el pecho', 'siento presión en el pecho', 'tengo presión en el pecho', 'el pecho apretado',
    'tengo el pecho apretado', 'siento el pecho apretado', 'me aprieta el pecho', 'un peso en el pecho',
    'siento un peso en el pecho', 'estoy sudando y me duele el pecho', 'me duele el brazo izquierdo y el pecho',
    'no puedo respirar', 'me falta el aire', 'falta de aire', 'me cuesta respirar', 'dificultad para respirar',
    'me ahogo', 'me estoy ahogando', 'siento que me ahogo', 'no me entra el aire', 'me quedo sin aire', 'sin aire',
    'respiro mal', 'me cuesta trabajo respirar', 'ahogo',
    'entumecimiento', 'adormecimiento', 'hormigueo', 'hormigueos', 'tengo hormigueo', 'siento hormigueo',
    'se me duermen las piernas', 'tengo las piernas dormidas', 'se me durmió la pierna', 'tengo hormigueo en las piernas',
    'me hormiguean las piernas', 'tengo hormigueo en el brazo', 'tengo hormigueo en los brazos', 'se me duerme el brazo',
    'tengo el brazo dormido', 'se me durmió la mano', 'tengo la mano dormida', 'siento hormigueo en las manos',
    'se me duermen los dedos', 'tengo los dedos dormidos', 'se me duermen los pies', 'tengo los pies dormidos',
    'tengo el brazo entumecido', 'tengo la pierna entumecida', 'no siento las piernas', 'no siento el brazo',
    'se me duerme la pierna', 'se me duerme la mano', 'se me duermen las manos', 'se me duermen los brazos',
    'tengo la pierna dormida', 'tengo el pie dormido', 'se me duerme el pie',
    'no siento los pies', 'tengo la entrepierna dormida',
    'debilidad', 'tengo debilidad en las piernas', 'tengo las piernas débiles', 'me fallan las piernas',
    'se me doblaron las piernas', 'no tengo fuerza en las piernas', 'no tengo fuerza en el brazo', 'me siento muy débil',
    'me voy a desmayar', 'creo que me voy a desmayar', 'siento que me voy a desmayar', 'me estoy mareando', 'estoy mareado',
    'estoy mareada', 'mareo', 'mareado', 'mareada', 'me mareo', 'me siento mareado', 'me siento mareada',
    'estoy mareado y con náuseas', 'estoy mareada y con náuseas', 'náuseas', 'tengo náuseas', 'ganas de vomitar',
    'tengo ganas de vomitar', 'sudor frío', 'tengo sudor frío', 'estoy sudando frío', 'estoy sudando mucho',
    'se me nubla la vista',
    'un dolor desgarrador', 'dolor desgarrador', 'como un desgarro', 'siento que me desgarra',
    'tengo un dolor desgarrador en la espalda', 'un dolor desgarrador entre los omóplatos',
    'un dolor repentino entre los omóplatos', 'un dolor muy fuerte de repente entre los omóplatos',
    'perdí el control de la vejiga', 'se me escapó la orina', 'se me sale la orina', 'no puedo orinar', 'no controlo la orina',
    'no puedo aguantar la orina', 'perdí el control del intestino', 'no controlo el intestino',
    'creo que me está dando un infarto', 'me está dando un ataque al corazón', 'un infarto', 'infarto', 'ataque al corazón',
    'creo que es un infarto',
  ],
  UrgentSignIntent: [
    'me caí', 'me caí hace poco', 'me caí ayer', 'me caí hace unos días', 'tuve una caída', 'fue una caída',
    'fue después de una caída', 'empezó después de una caída', 'después de una caída', 'una caída', 'me resbalé y me caí',
    'me di un golpe', 'me di un golpe en la espalda', 'me golpeé', 'tuve un accidente', 'después de un accidente',
    'un accidente', 'fue por un accidente', 'tuve un accidente de tráfico', 'tengo fiebre', 'fiebre', 'tengo algo de fiebre',
    'tengo escalofríos', 'tengo fiebre y escalofríos', 'con fiebre', 'me duele por la noche', 'me despierta por la noche',
    'el dolor me despierta', 'no me deja dormir', 'no se me quita aunque descanse', 'aunque descanse sigue doliendo',
    'no se quita con el descanso', 'perdí peso', 'he perdido peso', 'estoy perdiendo peso', 'perdí peso sin querer',
    'bajé de peso', 'he bajado de peso', 'he bajado de peso sin querer', 'creo que me rompí algo', 'creo que me fracturé',
    'me he sentido mal', 'me he sentido mal últimamente',
  ],
  UnsureIntent: [
    'no sé', 'no lo sé', 'no estoy seguro', 'no estoy segura', 'no estoy muy seguro', 'no estoy muy segura', 'no sé bien',
    'no lo sé bien', 'no sabría decir', 'no sabría decirte', 'no te sabría decir', 'no sé qué decirte', 'no sé decirte',
    'quizás', 'quizá', 'tal vez', 'puede ser', 'puede que sí', 'puede', 'a lo mejor', 'a lo mejor sí', 'ni idea',
    'no tengo ni idea', 'no tengo idea', 'es difícil de decir', 'difícil de decir', 'es difícil saberlo',
    'no lo tengo claro', 'más o menos', 'la verdad no sé', 'pues no sé', 'pues no lo sé',
  ],
  PainKindIntent: [
    '{painKind}', 'es {painKind}', 'es un dolor {painKind}', 'un dolor {painKind}', 'dolor {painKind}',
    'es más bien {painKind}', 'más bien {painKind}', 'es más como {painKind}', 'más como {painKind}', 'es como {painKind}',
    'se siente {painKind}', 'se siente como {painKind}', 'lo noto {painKind}', 'lo noto como {painKind}', 'noto {painKind}',
    'siento {painKind}', 'siento un dolor {painKind}', 'tengo un dolor {painKind}', 'parece {painKind}',
    'diría que {painKind}', 'yo diría que es {painKind}', 'creo que es {painKind}', 'solo {painKind}', 'es solo {painKind}',
    'nada más {painKind}', 'es tipo {painKind}', 'pues {painKind}', 'pues es {painKind}', 'lo que siento es {painKind}',
  ],
  HowToIntent: [
    'cómo se hace {exercise}', 'cómo hago {exercise}', 'cómo puedo hacer {exercise}', 'cómo se hace bien {exercise}',
    'explícame {exercise}', 'explícame cómo se hace {exercise}', 'explica {exercise}', 'explica cómo se hace {exercise}',
    'qué es {exercise}', 'en qué consiste {exercise}', 'cuéntame cómo se hace {exercise}', 'háblame de {exercise}',
    'háblame del {exercise}', 'descríbeme {exercise}', 'describe {exercise}', 'enséñame {exercise}',
    'enséñame a hacer {exercise}', 'cuáles son los pasos de {exercise}', 'cuáles son los pasos del {exercise}',
    'dime los pasos de {exercise}', 'dime los pasos del {exercise}', 'qué hay que hacer en {exercise}',
    'cómo funciona {exercise}', 'quiero saber cómo se hace {exercise}', 'me explicas {exercise}',
    'me explique cómo se hace {exercise}', '{exercise}', 'y {exercise}',
  ],
  StartExerciseIntent: [
    'vamos con {exercise}', 'hagamos {exercise}', 'haz {exercise}', 'empieza {exercise}', 'empieza con {exercise}',
    'empecemos con {exercise}', 'comienza con {exercise}', 'quiero hacer {exercise}', 'me gustaría hacer {exercise}',
    'quiero probar {exercise}', 'probemos {exercise}', 'vamos a hacer {exercise}', 'vamos a probar {exercise}',
    'podemos hacer {exercise}', 'puedo hacer {exercise}', 'ponme {exercise}', 'pon {exercise}',
    'guíame en {exercise}', 'practiquemos {exercise}', 'quiero practicar {exercise}', 'ahora {exercise}',
    'mejor {exercise}', 'hazme {exercise}', 'empiece {exercise}', 'hacer {exercise}',
  ],
  StartRoutineIntent: [
    'empieza la rutina {routine}', 'empezar la rutina {routine}', 'empiece la rutina {routine}',
    'inicia la rutina {routine}', 'comienza la rutina {routine}', 'haz la rutina {routine}', 'hagamos la rutina {routine}',
    'vamos con la rutina {routine}', 'quiero hacer la rutina {routine}', 'quiero la rutina {routine}',
    'dame la rutina {routine}', 'pon la rutina {routine}', 'ponme la rutina {routine}', 'la rutina {routine}',
    'rutina {routine}', 'mi rutina {routine}', 'empieza mi rutina {routine}', 'los estiramientos {routine}',
    'empieza', 'empezar', 'comienza', 'comenzar', 'vamos', 'empecemos', 'comencemos', 'vamos a empezar',
    'quiero empezar', 'a estirar', 'vamos a estirar', 'quiero estirar', 'empieza los estiramientos',
    'empieza la rutina', 'empezar la rutina', 'haz mis estiramientos', 'mis estiramientos', 'empieza a estirar',
  ],
  ListExercisesIntent: [
    'qué ejercicios hay', 'qué estiramientos hay', 'qué ejercicios tienes', 'qué estiramientos tienes',
    'qué ejercicios conoces', 'qué estiramientos conoces', 'qué ejercicios puedo hacer', 'qué estiramientos puedo hacer',
    'cuáles son los ejercicios', 'cuáles son los estiramientos', 'dime los ejercicios', 'dime los estiramientos',
    'lista de ejercicios', 'lista de estiramientos', 'dame la lista de ejercicios', 'dame la lista de estiramientos',
    'léeme la lista de estiramientos', 'enumera los ejercicios', 'enumera los estiramientos', 'qué hay en la rutina',
    'qué incluye la rutina', 'qué me puedes enseñar', 'qué posturas conoces', 'qué posturas hay',
  ],
  RemainingIntent: [
    'cuántos quedan', 'cuánto queda', 'cuánto falta', 'cuántos faltan', 'cuántos ejercicios quedan',
    'cuántos estiramientos quedan', 'cuántos ejercicios faltan', 'cuántos estiramientos faltan', 'cuánto tiempo queda',
    'cuánto tiempo falta', 'cuánto nos queda', 'cuánto me queda', 'queda mucho', 'falta mucho', 'ya casi terminamos',
    'ya casi acabamos', 'cuántas repeticiones quedan', 'cuántas repeticiones faltan', 'qué queda', 'qué nos falta',
    'cuánto falta para terminar', 'cuánto queda para acabar', 'por dónde vamos',
  ],
  SlowerIntent: [
    'más despacio', 'más lento', 've más despacio', 've más lento', 'despacio', 'no tan rápido', 'más despacio por favor',
    'demasiado rápido', 'vas muy rápido', 'vas demasiado rápido', 'puedes ir más despacio', 'puedes ir más lento',
    'baja el ritmo', 'baja la velocidad', 'un poco más despacio', 'un poco más lento', 'habla más despacio',
    'habla más lento', 'con más calma', 'tómatelo con calma', 'dame más tiempo', 'dame más tiempo entre repeticiones',
  ],
  LongerHoldsIntent: [
    'posturas más largas', 'mantener más tiempo', 'quiero mantener más tiempo', 'mantenerlo más tiempo',
    'más tiempo en cada postura', 'aguantar más', 'quiero aguantar más', 'aguantar más tiempo', 'que duren más',
    'que dure más', 'alarga las posturas', 'alarga los estiramientos', 'estiramientos más largos',
    'quiero estiramientos más largos', 'más tiempo', 'hazlos más largos', 'sostener más tiempo',
    'quiero sostener más tiempo', 'aumenta el tiempo', 'mantén más tiempo',
  ],
  GentlerIntent: [
    'más suave', 'más fácil', 'una versión más fácil', 'una versión más suave', 'la versión más fácil',
    'la versión más suave', 'algo más suave', 'algo más fácil', 'hazlo más fácil', 'hazlo más suave', 'es muy difícil',
    'es demasiado difícil', 'está muy difícil', 'me cuesta mucho', 'no puedo hacerlo así', 'hay una versión más fácil',
    'hay una versión más suave', 'dame una versión más fácil', 'dame algo más suave', 'necesito algo más fácil',
    'más fácil por favor', 'una forma más suave', 'versión suave', 'versión fácil',
  ],
  SkipIntent: [
    'saltar', 'salta', 'sáltalo', 'sáltate este', 'salta este', 'saltar este', 'saltemos este', 'sáltate este ejercicio',
    'salta este ejercicio', 'salta este estiramiento', 'no quiero hacer este', 'no quiero hacer esto', 'este no',
    'este no quiero', 'omite este', 'omitir', 'mejor sáltalo', 'podemos saltar este', 'prefiero saltar este',
    'no puedo hacer este', 'quita este', 'este mejor no',
  ],
  ProgressIntent: [
    'cómo voy', 'qué tal voy', 'cómo lo estoy haciendo', 'cuál es mi progreso', 'mi progreso', 'mis estadísticas',
    'dime mi progreso', 'cuéntame mi progreso', 'cuántos días seguidos llevo', 'cuántos días llevo', 'cuál es mi racha',
    'mi racha', 'cuántas sesiones llevo esta semana', 'cuántas sesiones llevo', 'cuánto he estirado',
    'cuántos minutos llevo', 'dame mis estadísticas', 'cuáles son mis estadísticas', 'lo estoy haciendo bien',
    'cómo voy esta semana',
    'cuánto llevo esta semana', 'cómo me va',
  ],
  ForgetDataIntent: [
    'borra mis datos', 'borra mi historial', 'olvida mis datos', 'olvídame', 'elimina mis datos', 'elimina mi historial',
    'borra todo lo que sabes de mí', 'olvida todo sobre mí', 'borra mi progreso', 'reinicia mi progreso',
    'elimina mi progreso', 'olvida mi historial', 'borra mi historial de estiramientos', 'quiero borrar mis datos',
    'quiero borrar mi historial', 'limpia mi historial', 'borra mis estadísticas', 'elimina todos mis datos',
    'borra todo mi historial', 'quiero que me olvides',
  ],

  'AMAZON.NextIntent': [
    'siguiente', 'el siguiente', 'listo', 'lista', 'ya', 'ya está', 'ya estoy', 'estoy listo', 'estoy lista',
    'siguiente ejercicio', 'siguiente estiramiento', 'el siguiente ejercicio', 'pasa al siguiente', 'vamos al siguiente',
    'sigamos', 'adelante', 'ya terminé', 'hecho', 'próximo', 'el próximo', 'siguiente por favor', 'vamos con el siguiente',
    // The answers to "¿Estás en posición?".
    'estoy en posición', 'ya estoy en posición', 'en posición', 'sí estoy en posición', 'sí ya estoy', 'ya estoy listo',
    'ya estoy lista', 'ya estoy colocado', 'ya estoy colocada', 'ya estoy preparado', 'ya estoy preparada', 'todo listo',
    'bueno ya estoy', 'de acuerdo ya estoy', 'cuando quieras', 'entendido',
  ],
  'AMAZON.PreviousIntent': [
    'atrás', 'vuelve atrás', 'anterior', 'el anterior', 'ejercicio anterior', 'estiramiento anterior',
    'el ejercicio anterior', 'vuelve al anterior', 've al anterior', 'regresa al anterior', 'el de antes',
    'volver al anterior',
  ],
  'AMAZON.RepeatIntent': [
    'repite', 'repítelo', 'repite eso', 'puedes repetir', 'puedes repetirlo', 'otra vez', 'dilo otra vez',
    'dilo de nuevo', 'qué dijiste', 'cómo', 'no te entendí', 'repite las instrucciones', 'repite los pasos',
  ],
  'AMAZON.StartOverIntent': [
    'empieza de nuevo', 'empezar de nuevo', 'vuelve a empezar', 'volver a empezar', 'desde el principio',
    'empieza desde el principio', 'reinicia', 'reiniciar', 'reinicia la rutina', 'empieza otra vez', 'comienza de nuevo',
    'vuelve al principio',
  ],
  'AMAZON.PauseIntent': [
    'espera', 'espera un momento', 'espera un segundo', 'un momento', 'un segundo', 'un minuto', 'dame un momento',
    'dame un segundo', 'dame un minuto', 'pausa', 'pon pausa', 'haz una pausa', 'pausa el ejercicio',
    'para un momento', 'necesito un descanso', 'quiero descansar', 'descansemos', 'tomemos un descanso', 'espérame',
    'momento',
  ],
  'AMAZON.ResumeIntent': [
    'continúa', 'continuar', 'continuemos', 'sigue', 'seguir', 'seguimos', 'reanuda', 'reanudar',
    'sigue donde lo dejamos', 'continúa donde lo dejamos', 'ya volví', 'ya estoy de vuelta', 'vamos a seguir',
    'continúa por favor', 'continúa la rutina', 'continúa los estiramientos', 'seguimos con la rutina',
    // What "pide a espalda flexible que continúe" (nav.paused) leaves for the skill.
    'continúe',
  ],
  'AMAZON.YesIntent': [
    'sí', 'sí por favor', 'claro', 'claro que sí', 'de acuerdo', 'bueno', 'por supuesto', 'perfecto', 'muy bien', 'sí claro',
    'creo que sí', 'sí tengo', 'sí algo así',
  ],
  'AMAZON.NoIntent': [
    'no', 'no gracias', 'no por favor', 'para nada', 'ahora no', 'todavía no', 'mejor no', 'no quiero',
    // Answers to the pain check's questions: "no me duele" is no, not a new pain report.
    'creo que no', 'no me duele', 'no no me duele', 'nada de eso', 'no tengo nada de eso', 'no nada de eso', 'ninguno',
    'ninguna', 'ninguno de esos', 'ninguna de esas', 'no tengo nada', 'nada',
  ],
  'AMAZON.StopIntent': [
    'para', 'detente', 'basta', 'ya basta', 'stop', 'terminar', 'termina', 'salir', 'sal', 'adiós', 'hasta luego',
    'para ya', 'acabar', 'se acabó', 'fin', 'para por hoy', 'terminar por hoy', 'terminemos por hoy', 'ya no quiero seguir',
  ],
  'AMAZON.CancelIntent': ['cancela', 'cancelar', 'cancela eso', 'olvídalo', 'déjalo', 'no importa', 'anula'],
  'AMAZON.HelpIntent': [
    'ayuda', 'ayúdame', 'necesito ayuda', 'qué puedo decir', 'qué puedo hacer', 'cómo funciona', 'cómo funciona esto',
    'qué hago', 'no sé qué hacer', 'instrucciones',
  ],
};

type Extras = { readonly [I in CustomIntentName | BuiltInIntentName]?: readonly string[] };
type SlotExtras = { readonly [T in SlotTypeName]?: { readonly [id: string]: readonly string[] } };

/** A country's model: the base samples and slot words with that country's own words added to them. */
function variant(extras: Extras, slotExtras: SlotExtras, publishing: Publishing): LocaleModel {
  const samples: Record<string, readonly string[]> = { ...BASE_SAMPLES };
  for (const [intent, more] of Object.entries(extras)) samples[intent] = [...(samples[intent] ?? []), ...(more ?? [])];
  const withMore = <T extends SlotTypeName>(type: T, words: SlotTypeWords<T>): SlotTypeWords<T> => {
    const more: { readonly [id: string]: readonly string[] } = slotExtras[type] ?? {};
    const out: Record<string, { value: string; synonyms: readonly string[] }> = {};
    for (const [id, { value, synonyms }] of Object.entries(words) as [string, { value: string; synonyms: readonly string[] }][]) {
      out[id] = { value, synonyms: [...new Set([...synonyms, ...(more[id] ?? [])])].filter((synonym) => synonym !== value) };
    }
    return out as SlotTypeWords<T>;
  };
  return {
    invocationName: 'espalda flexible',
    samples: samples as LocaleSamples,
    slotValues: {
      ExerciseType: withMore('ExerciseType', exerciseWords(exerciseTexts, EXERCISE_SYNONYMS)),
      RoutineType: withMore('RoutineType', ROUTINE_WORDS),
      PainKindType: withMore('PainKindType', PAIN_KIND_WORDS),
      BodyPartType: withMore('BodyPartType', BODY_PART_WORDS),
    },
    phrasing: PHRASING,
    publishing,
  };
}

/**
 * How Spanish speakers open a skill ("abre", "inicia", "habla con") and ask it for something ("pide a...
 * que", "pregunta a", "dile a... que"), in the forms Alexa's Spanish documentation and Spanish skill
 * listings use.
 */
const PHRASING: LocaleModel['phrasing'] = {
  launch: [
    'abre {name}', 'abrir {name}', 'inicia {name}', 'iniciar {name}', 'empieza {name}', 'comienza {name}',
    'lanza {name}', 'ejecuta {name}', 'carga {name}', 'usa {name}', 'pon {name}', 'activa {name}', 'habla con {name}',
  ],
  request: [
    'pide a {name} {request}', 'pide a {name} que {request}', 'pídele a {name} {request}', 'pídele a {name} que {request}',
    'pregunta a {name} {request}', 'pregúntale a {name} {request}', 'dile a {name} que {request}',
    '{request} con {name}', '{request} en {name}',
  ],
  forbiddenInInvocationName: [
    // Launch and request words.
    'abre', 'abrir', 'inicia', 'iniciar', 'empieza', 'empezar', 'comienza', 'comenzar', 'lanza', 'lanzar', 'ejecuta',
    'ejecutar', 'carga', 'cargar', 'usa', 'usar', 'pon', 'poner', 'activa', 'activar', 'habilita', 'habilitar',
    'reanuda', 'reanudar', 'juega', 'jugar', 'habla', 'hablar', 'pide', 'pídele', 'pedir', 'pregunta', 'pregúntale',
    'preguntar', 'dile', 'di', 'decir',
    // Connecting words, and the articles a two word name may not have.
    'a', 'al', 'de', 'del', 'en', 'con', 'para', 'por', 'sobre', 'que', 'si', 'y', 'o', 'usando', 'desde',
    'el', 'la', 'los', 'las', 'un', 'una',
    // Wake words and what names the device or the platform.
    'alexa', 'amazon', 'echo', 'computer', 'computadora', 'ordenador', 'ziggy', 'skill', 'app', 'aplicación',
    'habilidad',
  ],
  spaced: true,
};

const DESCRIPTION =
  'Espalda Flexible te guía con la voz por estiramientos suaves para la parte alta y media de la espalda, cuando la notas rígida o cargada, para que puedas cerrar los ojos y tener las manos libres. Elige una rutina corta en la silla de la oficina, una rutina de suelo sobre una colchoneta o la serie completa de catorce estiramientos, o pregunta cómo se hace uno en concreto, como la cobra, la postura del niño o enhebrar la aguja. Espalda Flexible explica cada estiramiento paso a paso, te cuenta el tiempo de cada postura y las repeticiones, y en cualquier momento puedes decir más despacio, posturas más largas, más fácil, saltar o pausa.\n\nEstira solo hasta notar una tensión suave, nunca dolor. Si algo te duele, para y di "me duele": la skill se detiene al momento y te pregunta cómo estás.';

/** The store's disclaimer, with the country's emergency number written out. */
const disclaimer = (emergency: string) =>
  `Importante: Espalda Flexible ofrece solo información general sobre ejercicio. No da consejo médico y no sustituye el consejo, el diagnóstico ni el tratamiento de un profesional de la salud. Habla con tu médico antes de empezar una rutina nueva de ejercicio, sobre todo si has tenido una lesión o una operación reciente o si estás embarazada, y para si algo te duele. Si tienes dolor en el pecho, dificultad para respirar, entumecimiento o debilidad en las piernas, o cualquier otra emergencia, llama de inmediato al ${emergency} o al número de emergencias de tu zona.`;

const publishing = (emergency: string, keywords: readonly string[]): Publishing => ({
  name: 'Espalda Flexible',
  summary: 'Estiramientos suaves para la parte alta y media de la espalda, guiados por voz paso a paso y sin usar las manos.',
  description: DESCRIPTION,
  disclaimer: disclaimer(emergency),
  examplePhrases: [
    'Alexa, abre espalda flexible',
    'Alexa, pregunta a espalda flexible cómo se hace la cobra',
    'Alexa, pide a espalda flexible la rutina de silla',
  ],
  keywords,
});

const KEYWORDS = ['estiramientos', 'espalda', 'espalda alta', 'columna', 'postura', 'yoga', 'movilidad', 'oficina', 'ejercicio', 'relajación'];

/** Spain: "vale", the present perfect of what just happened, "tumbado" and "esterilla". */
export const esES: LocaleModel = variant(
  {
    PainIntent: [
      'me he hecho daño', 'creo que me he hecho daño', 'me ha dolido', 'eso me ha dolido', 'me he dado un tirón',
      'me ha dado un tirón', 'me ha dado un pinchazo', 'me ha dado una punzada', 'he notado un tirón', 'he notado un pinchazo',
      'me ha crujido algo', 'ha crujido algo', 'me duele fatal', 'me duele cantidad', 'me duele horrores', 'qué daño',
      'ay qué daño', 'uy qué daño', 'me ha empezado a doler', 'me ha vuelto a doler', 'me he pasado', 'creo que me he pasado',
      'me he hecho algo', 'jo qué dolor', 'jo me duele', 'ostras qué dolor', 'ostras me duele', 'madre mía qué dolor',
      'madre mía cómo duele', 'uf cómo duele', 'me está doliendo un montón', 'estoy fatal de la espalda',
      'me ha dolido {bodyPart}', 'me han dolido {bodyPart}', 'me he hecho daño en {bodyPart}', 'me ha dado un tirón en {bodyPart}',
      'me ha dado un pinchazo en {bodyPart}', 'he notado un tirón en {bodyPart}', 'he notado un pinchazo en {bodyPart}',
      'me ha empezado a doler {bodyPart}', 'me han empezado a doler {bodyPart}', 'me ha vuelto a doler {bodyPart}',
      'me duele fatal {bodyPart}', 'me duele {bodyPart} fatal', 'me duelen fatal {bodyPart}', 'tengo {bodyPart} fatal',
      'me ha crujido {bodyPart}', 'tengo {bodyPart} cargada', 'tengo {bodyPart} cargado', 'tengo {bodyPart} cargados',
      'tengo {bodyPart} cargadas', 'me duele cantidad {bodyPart}', 'me duele horrores {bodyPart}', 'uf {bodyPart}',
      'madre mía {bodyPart}', 'noto un pinchazo en {bodyPart}', 'noto un tirón en {bodyPart}',
    ],
    RedFlagIntent: [
      'se me ha dormido la pierna', 'he perdido el control de la vejiga', 'se me ha dormido el brazo',
      'se me ha dormido la mano', 'me he hecho pis encima', 'se me escapa el pis', 'no puedo hacer pis', 'me he mareado',
      'me ha dado un mareo', 'me da un mareo', 'tengo la pierna acorchada', 'tengo el brazo acorchado',
      'tengo la mano acorchada', 'noto hormigueo en las piernas', 'noto el brazo dormido', 'noto presión en el pecho',
      'noto opresión en el pecho', 'se me han ido las fuerzas de las piernas', 'me ha dado un sudor frío',
      'me estoy quedando sin aire', 'me ha dado un ataque al corazón',
    ],
    UrgentSignIntent: [
      'me he caído', 'me he caído hace poco', 'he tenido una caída', 'me he dado un golpe', 'me he dado un golpe en la espalda',
      'he tenido un accidente', 'tuve un accidente de coche', 'he tenido un accidente de coche', 'he adelgazado',
      'he adelgazado sin querer', 'estoy adelgazando', 'tengo unas décimas', 'tengo décimas', 'creo que me he roto algo',
      'me he encontrado mal', 'me he encontrado mal estos días', 'me he pegado un golpe', 'me he caído de espaldas',
    ],
    UnsureIntent: ['igual sí', 'no lo sé muy bien', 'ni idea la verdad', 'yo qué sé', 'no sabría decirte la verdad'],
    'AMAZON.NextIntent': ['he terminado', 'ya he terminado', 'venga siguiente', 'ya me he colocado', 'vale ya estoy', 'venga listo'],
    'AMAZON.RepeatIntent': ['cómo dices', 'perdona', 'no te he entendido'],
    'AMAZON.ResumeIntent': ['ya he vuelto', 'venga seguimos'],
    'AMAZON.YesIntent': ['vale', 'venga', 'venga vale', 'vale sí'],
    'AMAZON.NoIntent': ['qué va', 'ni hablar'],
    StartRoutineIntent: ['vamos allá', 'venga vamos'],
  },
  {
    RoutineType: { floor: ['de esterilla', 'en la esterilla', 'esterilla', 'tumbado', 'tumbada'] },
    PainKindType: { mild: ['agujetas', 'como agujetas'] },
    BodyPartType: { upper_back: named('la paletilla', 'las paletillas') },
  },
  publishing('112', [...KEYWORDS, 'esterilla']),
);

/**
 * Mexico: "órale", "sale", "mande", "me lastimé", "tapete" and "ahorita"; pain "bien feo", "un chorro",
 * "ay güey", "híjole", "me punza", "traigo un dolor", a fever that is "calentura" and a car crash that is
 * "un choque".
 */
const MEXICAN_EXTRAS: Extras = {
  PainIntent: [
    'me lastimé', 'creo que me lastimé', 'me estoy lastimando', 'me jalé algo', 'me jalé un músculo', 'me duele bien feo',
    'me duele bien gacho', 'me duele horrible', 'me duele un buen', 'me duele un chorro', 'me está doliendo mucho',
    'me está doliendo bien feo', 'ay güey', 'ay güey me duele', 'ay güey qué dolor', 'no manches me duele',
    'no manches qué dolor', 'híjole me duele', 'híjole qué dolor', 'ay nanita', 'ay mamá', 'ay mamacita', 'me punza',
    'me está punzando', 'me dio un piquete', 'sentí un piquete', 'me tronó algo', 'algo me tronó', 'algo tronó', 'me tronó',
    'me di un jalón', 'me dio un jalón', 'traigo un dolor', 'traigo dolor', 'ando adolorido', 'ando adolorida',
    'me lastimé feo', 'ya me lastimé', 'me duele bien fuerte',
    'me duele bien feo {bodyPart}', 'me duele {bodyPart} bien feo', 'me duele bien gacho {bodyPart}',
    'me duele horrible {bodyPart}', 'me duele un chorro {bodyPart}', 'me está doliendo mucho {bodyPart}',
    'me está doliendo bien feo {bodyPart}', 'me tronó {bodyPart}', 'me truena {bodyPart}', 'me punza {bodyPart}',
    'traigo un dolor en {bodyPart}', 'traigo dolor de {bodyPart}', 'traigo dolor en {bodyPart}',
    'ando con dolor de {bodyPart}', 'ay güey {bodyPart}', 'híjole {bodyPart}', 'me dio un piquete en {bodyPart}',
    'sentí un piquete en {bodyPart}', 'tengo {bodyPart} lastimada', 'tengo {bodyPart} lastimado', 'me lastimé feo {bodyPart}',
    'me duele bien fuerte {bodyPart}',
  ],
  RedFlagIntent: [
    'me lastimé la espalda y no siento las piernas', 'no puedo hacer pipí', 'me hice pipí', 'se me salió la pipí',
    'tengo la pierna entumida', 'tengo las piernas entumidas', 'se me entume la pierna', 'se me entumen las manos',
    'tengo el brazo entumido', 'tengo la mano entumida', 'me da vueltas la cabeza', 'siento que me desmayo',
    'me quiero desmayar', 'me estoy sintiendo mareado', 'me estoy sintiendo mareada', 'me falta la respiración',
    'no puedo jalar aire', 'siento como que me aprietan el pecho', 'me dio un infarto',
  ],
  UrgentSignIntent: [
    'tengo calentura', 'tengo temperatura', 'me dio calentura', 'ando con calentura', 'tengo un poco de calentura',
    'choqué', 'tuve un choque', 'me chocaron', 'tuve un accidente en el carro', 'tuve un accidente de carro',
    'me duele en la noche', 'en la noche me duele más', 'me caí feo', 'me di un sentón', 'bajé mucho de peso',
    'me pegué', 'me pegué en la espalda', 'me di un buen golpe',
  ],
  UnsureIntent: ['quién sabe', 'sepa', 'la neta no sé', 'no sé la neta', 'no me queda claro', 'sabrá dios', 'pues quién sabe'],
  'AMAZON.NextIntent': ['terminé', 'ya quedó', 'ándale siguiente', 'ya me acomodé', 'ya estoy acomodado', 'ya estoy acomodada', 'órale listo'],
  'AMAZON.RepeatIntent': ['mande', 'cómo dijiste', 'perdón'],
  'AMAZON.PauseIntent': ['espérame tantito', 'un momentito', 'momentito', 'espérate'],
  'AMAZON.ResumeIntent': ['ya regresé', 'ya estoy aquí'],
  'AMAZON.YesIntent': ['sale', 'órale', 'ándale', 'va', 'okey'],
  'AMAZON.NoIntent': ['ahorita no', 'orita no'],
};
const MEXICAN_SLOT_EXTRAS: SlotExtras = {
  RoutineType: { floor: ['de tapete', 'en el tapete', 'tapete'] },
  PainKindType: { sharp: ['como un toque', 'como toques', 'un piquete', 'como un piquete', 'piquete'] },
  BodyPartType: { leg: named('el chamorro', 'los chamorros'), hip: named('las pompas', 'las sentaderas'), head: named('la quijada') },
};

export const esMX: LocaleModel = variant(MEXICAN_EXTRAS, MEXICAN_SLOT_EXTRAS, publishing('911', [...KEYWORDS, 'tapete']));

/**
 * The United States: most Spanish speakers there are of Mexican origin, so they get the Mexican words,
 * and the store says 911. Spanish there also borrows from English: "ouch", "me está matando" ("it's
 * killing me"), "bien mucho", "me dio un dolor" as "I got a pain".
 */
const US_EXTRAS: Extras = {
  PainIntent: [
    'ouch', 'ouch me duele', 'ouch ouch', 'ouch eso duele', 'me duele bien mucho', 'me duele mucho mucho', 'me está matando',
    'esto me está matando', 'eso me está matando', 'el dolor me está matando', 'me duele bien bien feo',
    'ouch {bodyPart}', '{bodyPart} me está matando', '{bodyPart} me están matando', 'me está matando {bodyPart}',
    'me están matando {bodyPart}', 'me duele bien mucho {bodyPart}',
    'me duele mucho mucho {bodyPart}', 'me estoy lastimando {bodyPart}', 'me está matando el dolor de {bodyPart}',
  ],
  UrgentSignIntent: ['me caí en el trabajo', 'tuve un accidente en el trabajo', 'tuve un accidente manejando'],
};
const withUS = (intent: keyof Extras) => [...(MEXICAN_EXTRAS[intent] ?? []), ...(US_EXTRAS[intent] ?? [])];

export const esUS: LocaleModel = variant(
  { ...MEXICAN_EXTRAS, PainIntent: withUS('PainIntent'), UrgentSignIntent: withUS('UrgentSignIntent') },
  MEXICAN_SLOT_EXTRAS,
  publishing('911', [...KEYWORDS, 'estirar']),
);
