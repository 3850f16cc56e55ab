import type { ExerciseTexts } from '../exercise-text';

/**
 * Spanish texts for the fourteen exercises, for Spain, Mexico and the United States alike, written to be
 * read aloud to someone on the floor who is not looking at anything.
 *
 * Conventions, besides those of the English texts (lambda/i18n/exercises/en.ts):
 * - `tú` everywhere, as Alexa speaks in all three countries.
 * - Nothing agrees with the listener's gender ("sentado", "listo", "apoyado"): the sentence is built around
 *   the body part or the action instead ("con la espalda recta", "apoyándote en los antebrazos").
 * - Exercise texts cannot be overridden per country, so words that differ are avoided: "colchoneta" (not
 *   "esterilla" or "tapete"), "acuéstate" (not "túmbate"), "hipertensión" (not "tensión" or "presión
 *   alta"), "al frente" and "hacia adelante", "el brazo de la silla" (not "reposabrazos" or
 *   "descansabrazos"), and no "coger".
 * - `name` carries its article ("la cobra", "el puente"), because Spanish says it mid-sentence that way;
 *   the messages never put "de" or "a" before a name, which would need "del" or "al".
 */
export const es: ExerciseTexts = {
  seated_spinal_twist: {
    name: 'la torsión sentada',
    title: 'Torsión sentada',
    position: 'en una silla',
    needs: 'Necesitas una silla firme, o puedes sentarte en el suelo con las piernas cruzadas.',
    steps: [
      'Siéntate con la espalda recta en una silla firme, con los pies apoyados en el suelo. O siéntate en el suelo con las piernas cruzadas.',
      'Toma aire y alarga la espalda, como si un hilo tirara de tu cabeza hacia el techo. Entre repetición y repetición, volverás al centro.',
      'Suelta el aire y gira el pecho hacia la derecha.',
      'Apoya la mano izquierda en la rodilla derecha. Pon la mano derecha en la silla o en el suelo, detrás de ti.',
      'Gira solo hasta notar un estiramiento suave en el centro de la espalda. Mantén la cadera quieta y bien apoyada.',
      'Mantén la postura y respira.',
    ],
    caution:
      'Gira desde las costillas, no desde el cuello, y no hagas palanca con los brazos para girar más. Si notas cualquier dolor, gira menos.',
    gentler: [
      'Siéntate con la espalda recta en una silla firme, con los pies apoyados en el suelo.',
      'Cruza los brazos sobre el pecho en lugar de usar las manos.',
      'Gira el pecho solo un poco, hasta notar un estiramiento ligero.',
      'Mantén la postura y respira.',
    ],
    sides: {
      right: 'Primero, gira hacia la derecha.',
      left: 'Ahora gira hacia la izquierda. La mano derecha va a la rodilla izquierda, y la mano izquierda, detrás de ti.',
    },
  },

  locust: {
    name: 'la langosta',
    title: 'Langosta',
    position: 'boca abajo',
    needs: 'Necesitas una colchoneta o una alfombra blanda.',
    steps: [
      'Acuéstate boca abajo con la frente apoyada en la colchoneta. Entre subida y subida, bajarás a descansar.',
      'Deja las piernas estiradas y separadas al ancho de la cadera. Pon los brazos a los lados del cuerpo, con las palmas hacia abajo.',
      'Presiona los empeines y la cadera contra el suelo.',
      'Toma aire y despega un poco del suelo la cabeza, el pecho y los brazos. Usa los músculos que hay entre los omóplatos.',
      'Mira hacia el suelo. Mantén la postura y respira.',
    ],
    caution: 'Sube solo hasta donde puedas sin forzar. Sáltate este ejercicio si estás embarazada o si te duele estar boca abajo.',
    gentler: [
      'Acuéstate boca abajo con la frente en la colchoneta y los brazos a los lados del cuerpo.',
      'Deja las manos apoyadas en el suelo y la cadera abajo.',
      'Toma aire y despega solo el pecho, muy poco.',
      'Mantén la postura y respira.',
    ],
  },

  revolved_triangle: {
    name: 'el triángulo invertido',
    title: 'Triángulo invertido',
    position: 'de pie',
    needs: 'Necesitas espacio para estar de pie, y es buena idea tener una silla firme frente a ti para no perder el equilibrio.',
    steps: [
      'Da un paso largo al frente con el pie derecho, de más o menos el largo de una pierna. Gira un poco hacia adentro el pie de atrás, y deja la cadera mirando al frente.',
      'Pon las manos en la cadera. Toma aire y alarga la espalda.',
      'Suelta el aire e inclínate hacia adelante desde la cadera, con la espalda estirada. Si lo necesitas, dobla un poco la rodilla adelantada.',
      'Apoya la mano izquierda en la espinilla derecha o en el asiento de la silla. Gira el pecho hacia la derecha. Sube el brazo derecho hacia el techo, o déjalo en la cadera.',
      'Cuando acabe el tiempo, sube despacio, con la espalda estirada.',
      'Mantén la postura y respira.',
    ],
    caution:
      'En esta postura te inclinas y giras a la vez, y eso no le va bien a todas las espaldas. Ve despacio, y no la hagas si pierdes el equilibrio con facilidad o si te molesta la parte baja de la espalda.',
    gentler: [
      'Ponte de pie frente a una silla firme, con un pie un paso más adelante que el otro.',
      'Inclínate hacia adelante desde la cadera y apoya las dos manos en el asiento de la silla. Dobla un poco la rodilla adelantada.',
      'Gira el pecho solo un poco hacia la pierna adelantada. Deja las dos manos en la silla.',
      'Mantén la postura y respira.',
    ],
    sides: {
      right: 'Empezamos con el pie derecho al frente, girando hacia la derecha.',
      left: 'Ahora adelanta el pie izquierdo. Apoya la mano derecha en la espinilla izquierda o en la silla, y gira el pecho hacia la izquierda.',
    },
  },

  standing_forward_bend: {
    name: 'la flexión de pie',
    title: 'Flexión de pie',
    position: 'de pie',
    needs: 'No necesitas nada, pero una silla frente a ti te da un lugar donde apoyar las manos.',
    steps: [
      'Ponte de pie con los pies separados al ancho de la cadera y las rodillas sueltas.',
      'Toma aire y estírate hacia arriba. Suelta el aire e inclínate hacia adelante desde la cadera, con la espalda estirada.',
      'Dobla las rodillas todo lo que quieras. Apoya las manos en los muslos, en las espinillas, en una silla o en el suelo.',
      'Deja la cabeza y el cuello colgando, sin tensión.',
      'Cuando acabe el tiempo, dobla las rodillas, pon las manos en los muslos y sube despacio. La cabeza sube al final.',
      'Mantén la postura y respira.',
    ],
    caution:
      'Sube despacio, porque te puedes marear. Deja las manos en los muslos si tienes hipertensión, o si al inclinarte empeora un problema de disco.',
    gentler: [
      'Ponte de pie con los pies separados al ancho de la cadera y las rodillas bien dobladas.',
      'Inclínate hacia adelante desde la cadera, solo un poco. Apoya las manos en los muslos o en el respaldo de una silla.',
      'Deja la cabeza suelta. Para subir, deja las manos en los muslos y sube despacio.',
      'Mantén la postura y respira.',
    ],
  },

  eagle_arms: {
    name: 'los brazos de águila',
    title: 'Brazos de águila',
    position: 'en una silla o de pie',
    needs: 'No necesitas nada.',
    steps: [
      'Siéntate o ponte de pie con la espalda recta y los hombros relajados.',
      'Estira los dos brazos al frente, a la altura de los hombros.',
      'Cruza el brazo derecho por encima del izquierdo, a la altura de los codos.',
      'Dobla los codos y junta las palmas. Si no llegan, junta el dorso de las manos.',
      'Sube un poco los codos y sepáralos despacio del pecho. Nota el estiramiento entre los omóplatos.',
      'Mantén la postura y respira hacia la parte alta de la espalda.',
    ],
    caution: 'Si notas un pinchazo en el hombro, cruza los brazos y abrázate los hombros.',
    gentler: [
      'Siéntate o ponte de pie con la espalda recta y los hombros relajados.',
      'Cruza los brazos delante del pecho y sujeta cada hombro con la mano contraria, como en un abrazo.',
      'Deja que los omóplatos se separen.',
      'Mantén la postura y respira hacia la parte alta de la espalda.',
    ],
    sides: {
      right: 'Empieza con el brazo derecho encima.',
      left: 'Ahora cruza al revés, con el brazo izquierdo encima.',
    },
  },

  puppy_pose: {
    name: 'la postura del cachorro',
    title: 'Postura del cachorro',
    position: 'de rodillas en el suelo',
    needs: 'Necesitas una colchoneta o una alfombra blanda, y si quieres, un cojín para las rodillas o la frente.',
    steps: [
      'Apoya las manos y las rodillas en el suelo, con las rodillas debajo de la cadera.',
      'Camina con las manos unos pasos hacia adelante. Mantén la cadera encima de las rodillas.',
      'Deja que el pecho baje despacio hacia el suelo. Apoya la frente en el suelo o en un cojín.',
      'Deja que la gravedad haga el trabajo.',
      'Cuando acabe el tiempo, trae las manos hacia atrás y siéntate sobre los talones.',
      'Quédate ahí, sin hacer nada, y respira.',
    ],
    caution:
      'Si te molestan los hombros o las rodillas, lleva la cadera hacia los talones y pasa a la postura del niño. Pon un cojín debajo de las rodillas.',
    gentler: [
      'Apoya las manos y las rodillas en el suelo, con un cojín debajo de las rodillas.',
      'Lleva las manos solo un poco hacia adelante.',
      'Deja que la cadera vaya hacia los talones, para que el pecho baje solo un poco.',
      'Relaja la cabeza y respira.',
    ],
  },

  thread_the_needle: {
    name: 'enhebrar la aguja',
    title: 'Enhebrar la aguja',
    position: 'con las manos y las rodillas en el suelo',
    needs: 'Necesitas una colchoneta o una alfombra blanda, y si quieres, un cojín para la cabeza.',
    steps: [
      'Apoya las manos y las rodillas en el suelo, con las manos debajo de los hombros y las rodillas debajo de la cadera.',
      'Toma aire. Si te resulta cómodo, sube el brazo derecho hacia el techo.',
      'Suelta el aire y pasa el brazo derecho por debajo del izquierdo, con la palma hacia arriba.',
      'Baja el hombro derecho y apoya un lado de la cabeza en el suelo o en un cojín. Mantén la cadera encima de las rodillas.',
      'Cuando acabe el tiempo, empuja con la mano izquierda para volver a subir.',
      'Mantén la postura y respira.',
    ],
    caution: 'No cargues todo el peso en el cuello. Para si te duele el hombro o si notas hormigueo en el brazo.',
    gentler: [
      'Apoya las manos y las rodillas en el suelo, con un cojín en el suelo frente a ti.',
      'Pasa el brazo por debajo del cuerpo solo hasta la mitad, con la palma hacia arriba.',
      'Apoya la cabeza en el cojín. Deja casi todo el peso en la otra mano y en las rodillas.',
      'Mantén la postura y respira.',
    ],
    sides: {
      right: 'Primero pasa el brazo derecho por debajo.',
      left: 'Ahora pasa el brazo izquierdo por debajo del derecho. Empuja con la mano derecha para volver a subir.',
    },
  },

  childs_pose: {
    name: 'la postura del niño',
    title: 'Postura del niño',
    position: 'de rodillas en el suelo',
    needs: 'Necesitas una colchoneta o una alfombra blanda, y una almohada si tus rodillas la necesitan.',
    steps: [
      'Apoya las manos y las rodillas en el suelo. Entre repetición y repetición, volverás a esta posición.',
      'Deja las manos donde están. Lleva despacio la cadera hacia los talones.',
      'Deja los brazos estirados hacia adelante, sobre el suelo.',
      'Baja la frente hacia el suelo, si te resulta cómodo.',
      'Detente cuando notes un estiramiento suave a lo largo de la espalda. Mantén la postura y respira.',
    ],
    caution: 'Si te duelen las rodillas, sepáralas más, o pon una almohada entre la cadera y los talones.',
    gentler: [
      'Apoya las manos y las rodillas en el suelo, con las rodillas bien separadas.',
      'Pon una almohada entre la cadera y los talones.',
      'Lleva la cadera hacia atrás solo hasta la mitad, hasta notar un estiramiento suave.',
      'Apoya la frente en las manos o en una almohada, y respira.',
    ],
  },

  sitting_rotation: {
    name: 'la rotación de tronco',
    title: 'Rotación de tronco',
    position: 'en una silla con brazos',
    needs: 'Necesitas una silla firme con brazos.',
    steps: [
      'Siéntate con la espalda recta en una silla firme con brazos. Apoya bien los pies en el suelo.',
      'Pon las dos manos en el brazo izquierdo de la silla.',
      'Gira el tronco con suavidad hacia la izquierda.',
      'Mantén la cabeza alineada con el pecho. No empieces el giro con el cuello.',
      'Entre repetición y repetición, volverás al centro.',
      'Mantén la postura y respira.',
    ],
    caution: 'Gira solo hasta notar un estiramiento cómodo. No uses los brazos para forzar el giro.',
    gentler: [
      'Siéntate con la espalda recta, los pies apoyados y las manos sobre los muslos.',
      'Gira el tronco solo un poco, hasta notar un estiramiento ligero.',
      'Mantén la cabeza alineada con el pecho.',
      'Mantén la postura y respira.',
    ],
    sides: {
      left: 'Gira hacia la izquierda, con las dos manos en el brazo izquierdo de la silla.',
      right: 'Ahora gira hacia la derecha, con las dos manos en el brazo derecho de la silla.',
    },
  },

  head_stretch: {
    name: 'el estiramiento de cuello',
    title: 'Estiramiento de cuello',
    position: 'en una silla',
    needs: 'Necesitas una silla.',
    steps: [
      'Siéntate en una silla con la espalda recta y los hombros relajados.',
      'Entrelaza los dedos detrás de la cabeza.',
      'Sigue respirando con calma. Deja que las manos lleven la cabeza suavemente hacia adelante.',
      'Acerca despacio la barbilla al pecho, hasta notar el estiramiento en el centro de la espalda.',
      'Entre repetición y repetición, sube la cabeza despacio y descansa las manos.',
      'Mantén la postura y respira.',
    ],
    caution:
      'Guía la cabeza sin tirar nunca de ella, porque el peso de las manos es suficiente. Para si notas hormigueo o entumecimiento en los brazos.',
    gentler: [
      'Siéntate con la espalda recta y las manos apoyadas en los muslos.',
      'Deja caer la barbilla despacio hacia el pecho, sin ayudarte con las manos.',
      'Detente en un estiramiento ligero en la parte alta de la espalda.',
      'Mantén la postura y respira.',
    ],
  },

  cat_stretch: {
    name: 'la postura del gato',
    title: 'Postura del gato',
    position: 'con las manos y las rodillas en el suelo',
    needs: 'Necesitas una colchoneta o una alfombra blanda.',
    steps: [
      'Apoya las manos y las rodillas en el suelo, con las muñecas debajo de los hombros y las rodillas debajo de la cadera.',
      'Deja la espalda recta, como una mesa.',
      'Al soltar el aire, redondea la espalda hacia el techo, como un gato asustado. Deja caer la cabeza con suavidad.',
      'Al tomar aire, deja que la espalda baje y que el abdomen se acerque un poco al suelo. Levanta la mirada.',
      'Muévete despacio, una respiración para cada movimiento. Yo te iré marcando cada uno.',
    ],
    caution:
      'Muévete dentro de un rango cómodo, y arquea muy poco si tienes sensible la parte baja de la espalda. Si te duelen las muñecas, apóyate en los puños o en los antebrazos.',
    gentler: [
      'Apoya las manos y las rodillas en el suelo. Si te duelen las muñecas, apóyate en los antebrazos.',
      'Al soltar el aire, redondea la espalda solo un poco.',
      'Al tomar aire, deja que la espalda vuelva a quedar recta, sin arquearla.',
      'Haz cada movimiento pequeño y lento. Yo te iré marcando cada uno.',
    ],
    cues: {
      round: 'Suelta el aire y redondea la espalda.',
      arch: 'Toma aire y deja bajar la espalda.',
    },
  },

  passive_backbend: {
    name: 'la extensión sobre toalla',
    title: 'Extensión sobre toalla',
    position: 'boca arriba',
    needs: 'Necesitas una toalla de baño o una almohada firme, y si quieres, otra almohada para la cabeza.',
    steps: [
      'Enrolla una toalla de baño hasta formar un rollo firme. También te sirve una almohada firme.',
      'Siéntate en el suelo con las rodillas dobladas y los pies apoyados.',
      'Recuéstate despacio, de modo que el rollo quede atravesado bajo la espalda, justo debajo de los omóplatos.',
      'Si notas tensión en el cuello, apoya la cabeza en una almohada. Deja los brazos abiertos a los lados.',
      'Cuando acabe el tiempo, gírate de lado y empuja con las manos para incorporarte.',
      'Relájate y deja que la parte alta de la espalda se acomode sobre el rollo. Respira despacio.',
    ],
    caution:
      'Quita el rollo si notas un dolor agudo u hormigueo. Si tienes osteoporosis, consulta a tu médico antes de hacer este ejercicio.',
    gentler: [
      'Usa un rollo más fino, o una toalla doblada en plano.',
      'Recuéstate encima con las rodillas dobladas y una almohada bajo la cabeza.',
      'Quédate solo mientras te resulte cómodo. Puedes girarte de lado y salir en cualquier momento.',
      'Relájate y respira despacio.',
    ],
  },

  cobra_stretch: {
    name: 'la cobra',
    title: 'Cobra',
    position: 'boca abajo',
    needs: 'Necesitas una colchoneta o una alfombra blanda.',
    steps: [
      'Acuéstate boca abajo. Coloca las manos debajo de los hombros, con los codos pegados al cuerpo.',
      'Presiona la cadera y los empeines contra el suelo.',
      'Toma aire y sube despacio la cabeza y los hombros con los músculos de la espalda. Las manos solo sirven de apoyo.',
      'Deja la cadera en el suelo y los hombros lejos de las orejas.',
      'Entre repetición y repetición, bajarás despacio.',
      'Mantén la postura y respira.',
    ],
    caution: 'Para si notas un pinchazo en la parte baja de la espalda. Evita este ejercicio si estás embarazada o si tienes una hernia.',
    gentler: [
      'Acuéstate boca abajo con los codos debajo de los hombros y los antebrazos apoyados en el suelo.',
      'Presiona la cadera contra el suelo.',
      'Eleva el pecho con suavidad, apoyándote en los antebrazos. Deja los hombros lejos de las orejas.',
      'Mantén la postura y respira.',
    ],
  },

  bridge_stretch: {
    name: 'el puente',
    title: 'Puente',
    position: 'boca arriba',
    needs: 'Necesitas una colchoneta o una alfombra blanda.',
    steps: [
      'Acuéstate boca arriba con las rodillas dobladas y los pies apoyados en el suelo, separados al ancho de la cadera. Deja los brazos a los lados del cuerpo.',
      'Aprieta suavemente el abdomen y los glúteos.',
      'Suelta el aire y sube la cadera hasta que hombros, cadera y rodillas formen una línea recta. No arquees demasiado la espalda.',
      'Apóyate en los hombros y en los pies. Si te resulta cómodo, entrelaza las manos en el suelo, debajo de ti.',
      'Entre repetición y repetición, baja despacio, vértebra a vértebra, y deja las manos a los lados.',
      'Mantén la postura y respira.',
    ],
    caution:
      'Carga el peso en los hombros, no en el cuello, y no gires la cabeza mientras tengas la cadera arriba. Baja si te da un calambre detrás de los muslos.',
    gentler: [
      'Acuéstate boca arriba con las rodillas dobladas y los pies apoyados. Deja los brazos a los lados, con las palmas hacia abajo.',
      'Presiona suavemente los pies y las manos contra el suelo.',
      'Despega la cadera del suelo solo un poco.',
      'Mantén la postura y respira.',
    ],
  },
};
