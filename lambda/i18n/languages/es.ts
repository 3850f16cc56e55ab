import { es as exercises } from '../exercises/es';
import { languagePack, regionMessages, regions } from '../language-pack';

const UNITS = ['cero', 'uno', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve'];
const TEENS = ['diez', 'once', 'doce', 'trece', 'catorce', 'quince', 'dieciséis', 'diecisiete', 'dieciocho', 'diecinueve'];
const TWENTIES = [
  'veinte', 'veintiuno', 'veintidós', 'veintitrés', 'veinticuatro', 'veinticinco', 'veintiséis', 'veintisiete',
  'veintiocho', 'veintinueve',
];
const TENS = ['', '', '', 'treinta', 'cuarenta', 'cincuenta', 'sesenta', 'setenta', 'ochenta', 'noventa'];

/**
 * Number words from zero to a hundred and ninety nine, so that long holds ("noventa segundos") are said
 * in words too.
 *
 * Above thirty a number is only ever said before a noun (seconds, minutes, days, sessions), never as a
 * count, which stops at thirty: so thirty one is "treinta y un", as in "treinta y un días". Twenty one
 * is counted aloud, so it stays "veintiuno".
 */
function numberWords(): string[] {
  const below100 = (n: number): string => {
    if (n < 10) return UNITS[n]!;
    if (n < 20) return TEENS[n - 10]!;
    if (n < 30) return TWENTIES[n - 20]!;
    const unit = n % 10;
    const tens = TENS[Math.floor(n / 10)]!;
    if (unit === 0) return tens;
    return `${tens} y ${unit === 1 ? 'un' : UNITS[unit]!}`;
  };
  const words: string[] = [];
  for (let n = 0; n < 200; n++) {
    if (n < 100) words.push(below100(n));
    else if (n === 100) words.push('cien');
    else words.push(`ciento ${n === 101 ? 'un' : below100(n - 100)}`);
  }
  return words;
}

const NUMBERS = numberWords();

export const es = languagePack({
  // Alexa's Spanish voices say about 165 words a minute, and these texts average 5.7 characters a word
  // with its space and punctuation: fifteen and a half characters a second.
  charactersPerSecond: 15.5,
  exercises,
  screen: {
    title: 'Espalda Flexible',
    hurts: 'Me duele',
    pause: 'Pausa',
    resume: 'Continuar',
    next: 'Siguiente',
    progress: 'Estiramiento {{n}} de {{total}}',
  },
  routines: {
    default: 'tu rutina de espalda',
    chair: 'la rutina de silla',
    floor: 'la rutina de suelo',
    full: 'la rutina completa',
  },
  numbers: NUMBERS,
  // Before a noun "uno" agrees with it: "veintiún minutos", "treinta y una sesiones" (sesión is feminine).
  countWord: (n, noun) => {
    const word = NUMBERS[n];
    if (word === undefined || n % 10 !== 1 || n === 11) return undefined;
    const stem = word.replace(/(?:uno|un)$/, '');
    if (noun === 'sessions') return `${stem}una`;
    return stem === 'veinti' ? 'veintiún' : `${stem}un`;
  },

  speech: {
    // The coach's "we" is how Spanish classes count a hold ("mantenemos... dos... tres"), and it is short
    // enough to leave the first second for itself.
    'hold.start': 'Mantenemos.',
    'hold.keepHolding': 'Seguimos en la postura.',
    'hold.long': 'Mantén la postura y relájate durante {{duration}}.',
    // "Treinta segundos más" needs no agreement with the duration, unlike "queda" or "quedan".
    'hold.left': '{{duration}} más.',
    'duration.seconds_one': 'un segundo',
    'duration.seconds_many': '{{n}} segundos',
    'duration.seconds_other': '{{n}} segundos',
    'duration.minutes_one': 'un minuto',
    'duration.minutes_many': '{{n}} minutos',
    'duration.minutes_other': '{{n}} minutos',
    'duration.days_one': 'un día',
    'duration.days_many': '{{n}} días',
    'duration.days_other': '{{n}} días',
    sessions_one: 'una sesión',
    sessions_many: '{{n}} sesiones',
    sessions_other: '{{n}} sesiones',
    stretches_one: 'un estiramiento',
    stretches_many: '{{n}} estiramientos',
    stretches_other: '{{n}} estiramientos',
    'side.generic': 'Ahora, el lado {{side}}.',
    'sideName.right': 'derecho',
    'sideName.left': 'izquierdo',
    'explain.intro': 'Así se hace {{exercise}}. {{needs}}',
    'explain.caution': 'Una precaución. {{caution}}',
    'explain.gentler': 'Si quieres una versión más suave:',
    // 112 answers on any mobile network in most countries; the regions below name their own number.
    emergencyNumber: 'uno uno dos',
  },
  messages: {
    welcome: 'Te doy la bienvenida a Espalda Flexible.',
    disclaimer:
      'Un aviso rápido: esto no es consejo médico. Si estás embarazada o tienes una lesión reciente, consulta antes con tu médico. Y si algo te duele, para.',
    goodbye: 'Cuida tu espalda. Hasta pronto.',
    fallback: 'Perdón, no te entendí.',
    'error.apology': 'Lo siento, tengo un problema en este momento.',
    'routine.start': 'Hoy toca {{routine}}: {{stretches}}, más o menos {{minutes}}. Si algo te duele, di «Alexa, me duele» en cualquier momento y paro.',
    'routine.done': 'Con esto terminamos los estiramientos. Completaste {{stretches}}. Muy bien hecho.',
    'routine.overview': 'La rutina habitual tiene {{stretches}} y dura más o menos {{minutes}}.',
    'routine.remaining': 'Todavía tienes por delante {{stretches}}, más o menos {{minutes}}.',
    'routine.noneLeft': 'Este era el último. Ya no quedan más estiramientos.',
    'exercise.start': 'Vamos con {{exercise}}.',
    'exercise.leftOut': 'Hoy nos saltamos {{exercise}}, porque antes te dolió un movimiento parecido.',
    'exercise.list': 'Puedo guiarte en estos estiramientos: {{exercises}}.',
    'exercise.unknown': 'Ese no lo conozco. Puedo guiarte en estiramientos como {{exercises}}.',
    'exercise.unknownExplain': 'Ese no lo conozco. Puedo explicarte estiramientos como {{exercises}}.',
    'exercise.avoided': 'Antes te dolió un movimiento parecido, así que hoy dejamos {{exercise}} para otro día.',
    'rep.number': 'Repetición {{n}} de {{total}}.',
    'rep.release': 'Y suelta.',
    'stop.summary': 'Hoy hiciste {{stretches}}. Buen trabajo.',
    'advice.lasting':
      'Si el dolor de espalda dura más de unas semanas, empeora, te despierta por la noche, o viene con fiebre o pérdida de peso, consulta a un médico.',
    'nav.stayPaused': 'De acuerdo, seguimos en pausa.',
    'nav.takeYourTime': 'De acuerdo, tómate tu tiempo.',
    'nav.nothingToSkip': 'Todavía no hay ningún estiramiento en marcha, así que no hay nada que saltar.',
    'nav.nothingToPause': 'No hay nada en marcha, así que no hay nada que pausar.',
    'nav.paused': 'En pausa. Tómate tu tiempo. Cuando quieras seguir, di continuar. Y si vuelves más tarde, di «Alexa, pide a espalda flexible que continúe».',
    'nav.fromTheTop': 'Empezamos otra vez desde el principio.',
    'nav.resuming': 'Seguimos.',
    'nav.pickingUp': 'Seguimos con {{exercise}} donde lo dejamos.',
    'nav.nothingYet': 'Todavía no hay ningún estiramiento en marcha.',
    'nav.firstAlready': 'Este es el primer estiramiento, así que lo empezamos otra vez.',
    'help.idle':
      'Te guío en estiramientos suaves para la parte alta y media de la espalda, y te cuento el tiempo de cada postura. Di empezar para la rutina habitual, o pide la rutina de silla o la rutina de suelo. También puedes preguntarme cómo se hace un estiramiento, como la cobra.',
    'help.exercising':
      'Te voy guiando y contando cada postura. Di siguiente para avanzar, repite para oírlo otra vez, saltar, pausa, más despacio o más fácil. Si algo te duele, di «Alexa, me duele», aunque yo esté hablando, y paro.',
    'help.paused':
      'Estamos en pausa. Di continuar para seguir, saltar para pasar al siguiente estiramiento, o terminar para acabar. Si algo te duele, di «Alexa, me duele».',
    'help.pain': 'Estamos en pausa porque algo te duele. Te haré un par de preguntas rápidas, para hacer solo lo que sea seguro.',
    'settings.slower': 'De acuerdo, iré más despacio y te daré más tiempo entre repeticiones.',
    'settings.longer': 'De acuerdo, a partir de ahora mantendremos las posturas más tiempo.',
    'settings.keepShort': 'Como antes te dolió algo, hoy mantendremos las posturas poco tiempo.',
    'gentler.start': 'Probemos {{exercise}} en una versión más suave.',
    'gentler.nothing': 'Ahora mismo no hay ningún estiramiento en marcha que hacer más fácil.',
    'pain.stop': 'De acuerdo, paramos. Sal despacio de la postura y descansa en un lugar cómodo.',
    'pain.heard': 'Entendido. Ya paramos.',
    'pain.again':
      'Es la segunda vez que algo te duele hoy, así que lo dejamos aquí. Descansa, y consulta con un médico o un fisioterapeuta antes de volver a hacer estos estiramientos.',
    'pain.redFlagQuestion':
      'Primero, ¿tienes dolor en el pecho, falta de aire, un dolor repentino y desgarrador entre los omóplatos, entumecimiento o debilidad, o problemas para controlar la orina? ¿O sientes que te vas a desmayar, sudor frío o náuseas?',
    'pain.redFlagAdvice':
      'Deja de hacer ejercicio y busca ayuda médica ahora mismo. Si tienes dolor en el pecho, falta de aire, un dolor desgarrador en la espalda, o pierdes de repente el control de la vejiga o del intestino, llama ya al $t(emergencyNumber).',
    'pain.redFlagReprompt': '¿Tienes alguno de esos síntomas? Si es así, llama ahora al $t(emergencyNumber). Si no tienes ninguno, di no.',
    'pain.redFlagSimpler':
      'Te lo pregunto más sencillo. Aparte del dolor, ¿sientes algo más, como dolor en el pecho, falta de aire, entumecimiento, o que te vas a desmayar? Di sí o no.',
    'pain.urgentQuestion':
      '¿Y empezó después de una caída o un accidente? ¿O tienes fiebre, dolor en la noche que no se quita con el descanso, o has bajado de peso sin saber por qué?',
    'pain.urgentSimpler': 'Solo para confirmar: ¿te caíste o te lastimaste, o te has sentido mal últimamente? Di sí o no.',
    'pain.urgentReprompt':
      '¿El dolor empezó después de una caída, o tienes fiebre? Si es así, ve hoy mismo con un médico. Si no es así, di no.',
    'pain.urgentAdvice':
      'Entonces lo dejamos por hoy. Por favor, ve con un médico hoy mismo para que te revise la espalda, y no vuelvas a estirar hasta que te diga que puedes.',
    'pain.kindSimpler': '¿Es agudo, como una punzada? ¿O más bien como un estiramiento fuerte, o un dolor sordo? Di agudo, o di estiramiento.',
    'pain.carefulStop':
      'Como no lo sabemos con certeza, mejor lo dejamos por hoy. Antes de volver a estirar, que un médico te revise la espalda.',
    'pain.emergencyIfSymptoms':
      'Si en algún momento tienes dolor en el pecho, falta de aire, entumecimiento o debilidad, o pierdes el control de la vejiga o del intestino, llama de inmediato al $t(emergencyNumber).',
    'pain.kindQuestion':
      '¿Es un dolor agudo, como un pinchazo o una punzada? ¿O se parece más a un estiramiento fuerte o a un dolor sordo?',
    'pain.mild':
      'Gracias. Un estiramiento se debe sentir como una tensión suave, nunca como dolor, así que vamos a bajar la intensidad. A partir de ahora mantendremos las posturas menos tiempo.',
    'pain.sharp':
      'Gracias por decírmelo. Hoy nos saltamos este estiramiento, y cualquiera con un movimiento parecido. Si el dolor no se calma con el descanso, o vuelve una y otra vez, consulta con un médico o un fisioterapeuta.',
    'pain.mildChoices':
      '¿Quieres probar {{exercise}} en una versión más suave, pasar al siguiente estiramiento, o terminar por hoy? Di más suave, saltar o terminar.',
    'pain.mildChoicesNoRoutine': '¿Quieres hacer una rutina suave en la silla, con posturas más cortas? Di sí, o di terminar para acabar por hoy.',
    'pain.sharpChoices': 'Cuando quieras, ¿seguimos con {{exercise}}? Di siguiente, o di terminar para acabar por hoy.',
    'pain.answerFirst': 'Antes de seguir, necesito tu respuesta.',
    'pain.gentleRoutine': 'De acuerdo. Vamos con calma: todo en la silla, sin bajar al suelo, y con posturas más cortas. Si algo te duele, di «Alexa, me duele» enseguida.',
    'prompt.idle': '¿Quieres empezar tus estiramientos? Di empezar, o pregúntame cómo se hace un estiramiento.',
    'prompt.tryIt': '¿Quieres probar {{exercise}} ahora? Di sí, o pregúntame por otro estiramiento.',
    'prompt.ready': '¿Estás en posición? Di siguiente cuando quieras.',
    'prompt.painReminder': 'Si algo te duele, di «Alexa, me duele».',
    'prompt.begin': '¿Empezamos? Di siguiente.',
    'prompt.gentlerToo': '¿Quieres oír también la versión más suave? Di sí o no.',
    'prompt.gentlerOrResume': '¿Quieres oír la versión más suave? Di sí, o di continuar para seguir.',
    'reprompt.gentlerToo': '¿Te cuento la versión más suave? Di sí o no.',
    'prompt.nextSide': '¿Vamos con el lado {{side}}? Di siguiente.',
    'prompt.continue': '¿Seguimos? Di siguiente.',
    'prompt.finish': 'Ese era el último estiramiento. Para terminar, di listo.',
    // "Toca" takes any name, singular, plural or a verb ("ahora toca enhebrar la aguja"), with no agreement.
    'prompt.nextExercise': 'Ahora toca {{exercise}}, {{position}}. ¿Empezamos? Di siguiente.',
    'prompt.paused': '¿Seguimos con {{exercise}}? Di continuar.',
    'reprompt.idle': '¿Empezamos los estiramientos? Di empezar, o di terminar.',
    'reprompt.tryIt': '¿Quieres probar {{exercise}}? Di sí o no.',
    'reprompt.next': '¿Seguimos? Di siguiente, o di terminar para acabar.',
    'reprompt.finish': 'Para terminar, di listo.',
    'reprompt.paused': '¿Seguimos? Di continuar, o di terminar.',
    'reprompt.mildChoices': '¿Qué prefieres: más suave, saltar o terminar?',
    'reprompt.sharpChoices': '¿Seguimos? Di siguiente, o di terminar.',
    'exercise.excluded':
      'Hoy no incluyo {{exercise}}, porque en dos ocasiones hubo que parar por dolor. Si quieres probar, pídemelo por su nombre.',
    'memory.hurtLastTime': 'La última vez hubo dolor con {{exercise}}, así que haremos la versión más suave.',
    'memory.streak': 'Llevas {{days}} seguidos.',
    'memory.firstDay': 'Vuelve mañana para empezar una racha.',
    'memory.resuming': 'Seguimos donde lo dejaste.',
    'memory.nothingToResume': 'No hay ninguna rutina a medias, así que empezamos desde el principio.',
    'memory.daysInARow': 'Llevas {{days}} seguidos estirando.',
    'memory.totals': 'Esta semana llevas {{sessions}}, y {{minutes}} de estiramientos en total.',
    'memory.favourites': 'Lo que más haces es {{exercises}}.',
    'memory.noHistory': 'Todavía no has hecho ningún estiramiento conmigo. Tu progreso aparecerá aquí después de tu primera sesión.',
    'memory.unavailable': 'Lo siento, ahora mismo no puedo consultar tu historial. Vuelve a preguntarme un poco más tarde.',
    'memory.forgotten': 'Listo. Tu historial de estiramientos ya está borrado.',
    'memory.kept': 'De acuerdo, conservo tu historial.',
    'memory.forgetFailed': 'Lo siento, ahora mismo no puedo borrar tu historial. Inténtalo de nuevo más tarde.',
    'prompt.resumeOffer': 'La última vez te quedaste en {{exercise}}. ¿Seguimos desde ahí? Di sí, o di no para empezar de cero.',
    'reprompt.resumeOffer': '¿Seguimos donde lo dejaste? Di sí o no.',
    'prompt.confirmForget': '¿Quieres que borre tu historial de estiramientos? Di sí o no.',
    'reprompt.confirmForget': '¿Borro tu historial? Di sí o no.',
    'prompt.didSomethingHurt': 'Perdón, no te entendí, así que puse pausa. ¿Te dolió algo? Di «Alexa, me duele», o di continuar para seguir.',
    'reprompt.didSomethingHurt': '¿Te dolió algo? Di «Alexa, me duele», o di continuar para seguir.',
  },
});

/**
 * Spain speaks of what happened earlier today in the present perfect ("te ha dolido", "has hecho");
 * Mexico and the United States use the simple past, which the base pack speaks. Messages that could
 * avoid the past tense do; these are the ones that cannot.
 */
const spainPastTense = regionMessages({
  fallback: 'Perdona, no te he entendido.',
  'routine.done': 'Con esto terminamos los estiramientos. Has completado {{stretches}}. Muy bien hecho.',
  'stop.summary': 'Hoy has hecho {{stretches}}. Buen trabajo.',
  'exercise.leftOut': 'Hoy nos saltamos {{exercise}}, porque antes te ha dolido un movimiento parecido.',
  'exercise.avoided': 'Antes te ha dolido un movimiento parecido, así que hoy dejamos {{exercise}} para otro día.',
  'settings.keepShort': 'Como antes te ha dolido algo, hoy mantendremos las posturas poco tiempo.',
  'pain.urgentQuestion':
    '¿Y ha empezado después de una caída o un accidente? ¿O tienes fiebre, dolor por la noche que no se calma con el reposo, o has adelgazado sin saber por qué?',
  'pain.urgentSimpler': 'Solo para asegurarme: ¿te has caído o te has hecho daño, o te has encontrado mal estos días? Di sí o no.',
  'pain.urgentReprompt':
    '¿El dolor ha empezado después de una caída, o tienes fiebre? Si es así, ve hoy a tu centro de salud. Si no es así, di no.',
  'prompt.didSomethingHurt':
    'Perdona, no te he entendido, así que he puesto la pausa. ¿Te ha dolido algo? Di «Alexa, me duele», o di continuar para seguir.',
  'reprompt.didSomethingHurt': '¿Te ha dolido algo? Di «Alexa, me duele», o di continuar para seguir.',
});

/**
 * Where to get checked the same day (docs/pain-safety.md, section 4): in Spain the public health system's
 * own centro de salud, which sees same-day cases; in Mexico and the United States a doctor, as the base
 * pack says.
 */
const spainSameDay = regionMessages({
  'pain.urgentAdvice':
    'Entonces lo dejamos por hoy. Por favor, ve hoy a tu centro de salud para que te miren la espalda, y no vuelvas a estirar hasta que te digan que puedes.',
  'pain.carefulStop':
    'Como no lo sabemos con certeza, mejor lo dejamos por hoy. Antes de volver a estirar, que te miren la espalda en tu centro de salud.',
});

/**
 * Mexico and the United States sit and lie on the "piso"; "suelo" is Spain's word (the base pack's).
 * The routine's own name ("la rutina de suelo") is not a message and stays as the base pack has it.
 */
const piso = regionMessages({
  'help.idle':
    'Te guío en estiramientos suaves para la parte alta y media de la espalda, y te cuento el tiempo de cada postura. Di empezar para la rutina habitual, o pide la rutina de silla o la rutina de piso. También puedes preguntarme cómo se hace un estiramiento, como la cobra.',
  'pain.gentleRoutine':
    'De acuerdo. Vamos con calma: todo en la silla, sin bajar al piso, y con posturas más cortas. Si algo te duele, di «Alexa, me duele» enseguida.',
});

/**
 * Spanish in the United States follows English "physical therapist" ("terapeuta físico", as in "terapia
 * física"); Spain and Mexico say "fisioterapeuta", as the base pack does.
 */
const physicalTherapist = regionMessages({
  'pain.again':
    'Es la segunda vez que algo te duele hoy, así que lo dejamos aquí. Descansa, y consulta con un médico o un terapeuta físico antes de volver a hacer estos estiramientos.',
  'pain.sharp':
    'Gracias por decírmelo. Hoy nos saltamos este estiramiento, y cualquiera con un movimiento parecido. Si el dolor no se calma con el descanso, o vuelve una y otra vez, consulta con un médico o un terapeuta físico.'
});

/**
 * Emergency numbers: 112 in Spain (the single European number, for ambulances too), said digit by digit,
 * "el uno uno dos", as Spain's own campaigns and its people say it; 911 in Mexico (the national number
 * since 2017, replacing 066 and the others) and in the United States, "el nueve uno uno". Each sentence
 * says "al" before the number ("llama ya al uno uno dos"). Spain's 061 is regional only, so it is not named.
 */
export const esRegions = regions({
  'es-ES': { messages: { ...spainPastTense, ...spainSameDay }, speech: { emergencyNumber: 'uno uno dos' } },
  'es-MX': { messages: piso, speech: { emergencyNumber: 'nueve uno uno' } },
  'es-US': { messages: { ...physicalTherapist, ...piso }, speech: { emergencyNumber: 'nueve uno uno' } },
});
