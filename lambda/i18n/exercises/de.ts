import type { ExerciseTexts } from '../exercise-text';

/**
 * German texts for the fourteen exercises, spoken with "du" as Alexa and German fitness and yoga
 * classes do. Written for someone on the floor who is not looking at anything: short sentences, one
 * action each, no digits or symbols.
 *
 * Conventions (as in the English texts):
 * - `steps` describe the catalogue's first side only; `sides` says what changes for the other one.
 * - No hold lengths or rep counts: the skill counts. The last step leads into the hold.
 * - `gentler` replaces the steps, so each one sets up the position on its own, and names no side.
 * - "Runde" is the word the skill uses for a rep ("Runde zwei von fünf"), so the steps use it too.
 *
 * Names are the ones German yoga and physiotherapy classes use (Drehsitz, Heuschrecke, Kobra,
 * Katzenbuckel, Kindhaltung...). They carry no article, because the messages put them where German
 * needs none: after a colon, or after "die Übung". German would otherwise need a different article
 * and case for each name in each sentence.
 */
export const de: ExerciseTexts = {
  seated_spinal_twist: {
    name: 'Drehsitz',
    title: 'Drehsitz',
    position: 'im Sitzen',
    needs: 'Du brauchst einen stabilen Stuhl. Du kannst dich aber auch im Schneidersitz auf den Boden setzen.',
    steps: [
      'Setz dich aufrecht auf einen stabilen Stuhl, die Füße flach auf dem Boden. Oder setz dich im Schneidersitz auf den Boden.',
      'Atme ein und mach dich lang, bis hoch zum Scheitel. Zwischen den Runden kommst du wieder zur Mitte zurück.',
      'Atme aus und dreh deinen Oberkörper nach rechts.',
      'Leg die linke Hand auf dein rechtes Knie. Die rechte Hand stützt du hinter dir auf den Stuhl oder den Boden.',
      'Dreh dich nur so weit, bis du einen sanften Zug im mittleren Rücken spürst. Das Becken bleibt ruhig und unten.',
      'Halte die Position und atme ruhig weiter.',
    ],
    caution:
      'Dreh dich aus dem Brustkorb, nicht aus dem Nacken. Zieh dich nicht mit den Armen weiter in die Drehung. Wenn du Schmerzen spürst, geh etwas zurück.',
    gentler: [
      'Setz dich aufrecht auf einen stabilen Stuhl, die Füße flach auf dem Boden.',
      'Verschränk die Arme vor der Brust, statt dich mit den Händen abzustützen.',
      'Dreh den Oberkörper nur ein kleines Stück, bis du einen leichten Zug spürst.',
      'Halte die Position und atme ruhig weiter.',
    ],
    sides: {
      right: 'Zuerst drehst du dich nach rechts.',
      left: 'Jetzt drehst du dich nach links. Die rechte Hand kommt auf dein linkes Knie, die linke Hand stützt hinter dir.',
    },
  },

  locust: {
    name: 'Heuschrecke',
    title: 'Heuschrecke',
    position: 'in Bauchlage',
    needs: 'Du brauchst eine Matte oder einen weichen Teppich.',
    steps: [
      'Leg dich auf den Bauch, die Stirn auf der Matte. Zwischen den Runden legst du dich wieder ab und ruhst kurz aus.',
      'Die Beine sind gestreckt und hüftbreit auseinander. Die Arme liegen neben dem Körper, die Handflächen zeigen nach unten.',
      'Drück die Fußrücken und das Becken in den Boden.',
      'Atme ein und heb Kopf, Brust und Arme ein kleines Stück vom Boden ab. Die Kraft kommt aus den Muskeln zwischen deinen Schulterblättern.',
      'Dein Blick bleibt zum Boden gerichtet. Halte die Position und atme weiter.',
    ],
    caution:
      'Geh nur so weit, wie es ohne Anstrengung geht. Lass diese Übung aus, wenn du schwanger bist oder wenn dir das Liegen auf dem Bauch wehtut.',
    gentler: [
      'Leg dich auf den Bauch, die Stirn auf der Matte, die Arme neben dem Körper.',
      'Die Hände bleiben flach am Boden, das Becken bleibt unten.',
      'Atme ein und heb nur die Brust an, ganz wenig.',
      'Halte die Position und atme weiter.',
    ],
  },

  revolved_triangle: {
    name: 'gedrehtes Dreieck',
    title: 'Gedrehtes Dreieck',
    position: 'im Stehen',
    needs: 'Du brauchst Platz zum Stehen. Ein stabiler Stuhl vor dir hilft beim Gleichgewicht.',
    steps: [
      'Stell dich mit dem rechten Fuß nach vorne. Die Füße stehen etwa eine Beinlänge auseinander. Dreh den hinteren Fuß leicht nach innen, und richte die Hüfte nach vorne aus.',
      'Leg die Hände an die Hüften. Atme ein und mach die Wirbelsäule lang.',
      'Atme aus und kipp aus der Hüfte nach vorne. Der Rücken bleibt lang. Wenn nötig, beug das vordere Knie ein wenig.',
      'Leg die linke Hand an dein rechtes Schienbein oder auf die Sitzfläche des Stuhls. Dreh den Brustkorb nach rechts. Streck den rechten Arm nach oben, oder lass die Hand an der Hüfte.',
      'Wenn die Zeit um ist, komm langsam und mit langem Rücken wieder hoch.',
      'Halte die Position und atme ruhig weiter.',
    ],
    caution:
      'Hier beugst und drehst du dich gleichzeitig. Das tut nicht jedem Rücken gut. Geh langsam vor, und lass die Übung aus, wenn du unsicher auf den Beinen bist oder dein unterer Rücken sich meldet.',
    gentler: [
      'Stell dich vor einen stabilen Stuhl, einen Fuß einen kleinen Schritt vor den anderen.',
      'Kipp aus der Hüfte nach vorne und leg beide Hände auf die Sitzfläche. Beug das vordere Knie ein wenig.',
      'Dreh den Brustkorb nur ein kleines Stück zum vorderen Bein. Beide Hände bleiben auf dem Stuhl.',
      'Halte die Position und atme ruhig weiter.',
    ],
    sides: {
      right: 'Fang mit dem rechten Fuß vorne an, und dreh dich nach rechts.',
      left: 'Jetzt kommt der linke Fuß nach vorne. Leg die rechte Hand an dein linkes Schienbein oder auf den Stuhl, und dreh den Brustkorb nach links.',
    },
  },

  standing_forward_bend: {
    name: 'Vorbeuge im Stehen',
    title: 'Vorbeuge im Stehen',
    position: 'im Stehen',
    needs: 'Du brauchst nichts. Ein Stuhl vor dir ist aber gut, um die Hände abzulegen.',
    steps: [
      'Stell dich hüftbreit hin, die Knie sind locker.',
      'Atme ein und richte dich auf. Atme aus und beug dich aus der Hüfte nach vorne. Die Wirbelsäule bleibt lang.',
      'Beug die Knie so viel, wie du magst. Leg die Hände auf die Oberschenkel, die Schienbeine, einen Stuhl oder den Boden.',
      'Lass Kopf und Nacken locker hängen.',
      'Wenn die Zeit um ist, beug die Knie, stütz die Hände auf die Oberschenkel und roll dich langsam auf. Der Kopf kommt zuletzt.',
      'Halte die Position und atme ruhig weiter.',
    ],
    caution:
      'Komm langsam hoch, weil dir schwindlig werden kann. Lass die Hände auf den Oberschenkeln, wenn du hohen Blutdruck hast oder wenn das Vorbeugen Bandscheibenprobleme verschlimmert.',
    gentler: [
      'Stell dich hüftbreit hin und beug die Knie deutlich.',
      'Beug dich aus der Hüfte nur ein kleines Stück nach vorne. Leg die Hände auf die Oberschenkel oder auf eine Stuhllehne.',
      'Lass den Kopf locker hängen. Zum Aufrichten bleiben die Hände auf den Oberschenkeln, und du kommst langsam hoch.',
      'Halte die Position und atme ruhig weiter.',
    ],
  },

  eagle_arms: {
    name: 'Adlerarme',
    title: 'Adlerarme',
    position: 'im Sitzen oder Stehen',
    needs: 'Du brauchst nichts dafür.',
    steps: [
      'Setz oder stell dich aufrecht hin, die Schultern sind locker.',
      'Streck beide Arme auf Schulterhöhe nach vorne.',
      'Kreuz den rechten Arm über den linken, auf Höhe der Ellbogen.',
      'Beug die Ellbogen und leg die Handflächen aneinander. Wenn das nicht geht, berühren sich einfach die Handrücken.',
      'Heb die Ellbogen ein wenig an und schieb sie sanft von der Brust weg. Spür die Dehnung zwischen den Schulterblättern.',
      'Halte die Position und atme in deinen oberen Rücken.',
    ],
    caution: 'Wenn es in der Schulter zwickt, verschränk die Arme einfach vor der Brust und umarme deine Schultern.',
    gentler: [
      'Setz oder stell dich aufrecht hin, die Schultern sind locker.',
      'Verschränk die Arme vor der Brust und fass mit den Händen die gegenüberliegenden Schultern, wie bei einer Umarmung.',
      'Lass die Schulterblätter auseinandergleiten.',
      'Halte die Position und atme in deinen oberen Rücken.',
    ],
    sides: {
      right: 'Zuerst liegt der rechte Arm oben.',
      left: 'Jetzt kreuzt du andersherum. Der linke Arm liegt oben.',
    },
  },

  puppy_pose: {
    name: 'Welpenhaltung',
    title: 'Welpenhaltung',
    position: 'im Kniestand auf dem Boden',
    needs: 'Du brauchst eine Matte oder einen weichen Teppich. Wenn du magst, auch ein Kissen für die Knie oder die Stirn.',
    steps: [
      'Geh in den Vierfüßlerstand, die Knie unter den Hüften.',
      'Wandere mit den Händen ein paar Schritte nach vorne. Die Hüften bleiben über den Knien.',
      'Lass die Brust langsam Richtung Boden sinken. Leg die Stirn auf den Boden oder auf ein Kissen.',
      'Lass die Schwerkraft die Arbeit machen.',
      'Wenn die Zeit um ist, wanderst du mit den Händen zurück und setzt dich auf die Fersen.',
      'Bleib einfach so und atme.',
    ],
    caution:
      'Wenn sich Schultern oder Knie beschweren, setz dich zurück auf die Fersen, in die Kindhaltung. Leg dir ein Kissen unter die Knie.',
    gentler: [
      'Geh in den Vierfüßlerstand, mit einem Kissen unter den Knien.',
      'Wandere mit den Händen nur ein kleines Stück nach vorne.',
      'Lass die Hüften etwas Richtung Fersen sinken, so dass die Brust nur ein wenig nach unten geht.',
      'Lass den Kopf locker und atme.',
    ],
  },

  thread_the_needle: {
    name: 'Nadelöhr',
    title: 'Nadelöhr',
    position: 'im Vierfüßlerstand',
    needs: 'Du brauchst eine Matte oder einen weichen Teppich. Wenn du magst, auch ein Kissen für den Kopf.',
    steps: [
      'Geh in den Vierfüßlerstand. Die Hände sind unter den Schultern, die Knie unter den Hüften.',
      'Atme ein. Wenn es sich gut anfühlt, streck den rechten Arm zur Decke.',
      'Atme aus und schieb den rechten Arm unter dem linken hindurch. Die Handfläche zeigt nach oben.',
      'Leg die rechte Schulter und die Seite deines Kopfes auf den Boden oder ein Kissen. Die Hüften bleiben über den Knien.',
      'Wenn die Zeit um ist, drück dich mit der linken Hand wieder hoch.',
      'Halte die Position und atme ruhig weiter.',
    ],
    caution:
      'Leg nicht dein ganzes Gewicht auf den Nacken. Hör auf, wenn die Schulter schmerzt oder der Arm kribbelt.',
    gentler: [
      'Geh in den Vierfüßlerstand, mit einem Kissen vor dir auf dem Boden.',
      'Schieb den Arm nur ein Stück unter dem Körper durch. Die Handfläche zeigt nach oben.',
      'Leg den Kopf auf das Kissen. Das meiste Gewicht bleibt auf der anderen Hand und den Knien.',
      'Halte die Position und atme ruhig weiter.',
    ],
    sides: {
      right: 'Zuerst geht der rechte Arm unten durch.',
      left: 'Jetzt schiebst du den linken Arm unter dem rechten durch. Zum Hochkommen drückst du dich mit der rechten Hand ab.',
    },
  },

  childs_pose: {
    name: 'Kindhaltung',
    title: 'Kindhaltung',
    position: 'im Kniestand auf dem Boden',
    needs: 'Du brauchst eine Matte oder einen weichen Teppich, und ein Kissen, falls deine Knie es brauchen.',
    steps: [
      'Geh in den Vierfüßlerstand. In diese Position kommst du zwischen den Runden zurück.',
      'Die Hände bleiben, wo sie sind. Schieb das Gesäß langsam Richtung Fersen.',
      'Die Arme bleiben lang nach vorne auf dem Boden ausgestreckt.',
      'Senk die Stirn Richtung Boden, wenn sich das gut anfühlt.',
      'Hör auf, sobald du eine sanfte Dehnung entlang des Rückens spürst. Halte die Position und atme.',
    ],
    caution: 'Wenn deine Knie wehtun, stell sie weiter auseinander, oder leg ein Kissen zwischen Gesäß und Fersen.',
    gentler: [
      'Geh in den Vierfüßlerstand, die Knie weit auseinander.',
      'Leg ein Kissen zwischen Gesäß und Fersen.',
      'Schieb das Gesäß nur ein Stück nach hinten, bis zu einer sanften Dehnung.',
      'Leg die Stirn auf die Hände oder auf ein Kissen, und atme.',
    ],
  },

  sitting_rotation: {
    name: 'Rumpfdrehung',
    title: 'Rumpfdrehung im Sitzen',
    position: 'auf einem Stuhl mit Armlehnen',
    needs: 'Du brauchst einen stabilen Stuhl mit Armlehnen.',
    steps: [
      'Setz dich aufrecht auf einen stabilen Stuhl mit Armlehnen. Die Füße stehen flach auf dem Boden.',
      'Leg beide Hände auf die linke Armlehne.',
      'Dreh den Oberkörper sanft nach links.',
      'Der Kopf bleibt in einer Linie mit der Brust. Führ die Bewegung nicht mit dem Nacken an.',
      'Zwischen den Runden kommst du wieder zur Mitte zurück.',
      'Halte die Position und atme ruhig weiter.',
    ],
    caution: 'Dreh dich nur bis zu einem angenehmen Zug. Zieh dich nicht mit den Armen weiter herum.',
    gentler: [
      'Setz dich aufrecht hin, die Füße flach am Boden, die Hände auf den Oberschenkeln.',
      'Dreh den Oberkörper nur ein kleines Stück, bis zu einem leichten Zug.',
      'Der Kopf bleibt in einer Linie mit der Brust.',
      'Halte die Position und atme ruhig weiter.',
    ],
    sides: {
      left: 'Dreh dich nach links, beide Hände auf der linken Armlehne.',
      right: 'Jetzt drehst du dich nach rechts, beide Hände auf der rechten Armlehne.',
    },
  },

  head_stretch: {
    name: 'Nackendehnung',
    title: 'Nackendehnung',
    position: 'im Sitzen auf einem Stuhl',
    needs: 'Du brauchst einen Stuhl.',
    steps: [
      'Setz dich mit geradem Rücken auf einen Stuhl, die Schultern sind locker.',
      'Verschränk die Finger hinter dem Kopf.',
      'Atme ruhig weiter. Lass die Hände den Kopf sanft nach vorne führen.',
      'Bring das Kinn langsam Richtung Brust, bis du eine Dehnung im mittleren Rücken spürst.',
      'Zwischen den Runden hebst du den Kopf langsam wieder und lässt die Hände sinken.',
      'Halte die Position und atme ruhig weiter.',
    ],
    caution:
      'Führ den Kopf nur, zieh nie daran. Das Gewicht deiner Hände reicht völlig. Hör auf, wenn deine Arme kribbeln oder taub werden.',
    gentler: [
      'Setz dich aufrecht hin, die Hände liegen im Schoß.',
      'Lass das Kinn langsam zur Brust sinken, ganz ohne die Hände.',
      'Hör bei einer leichten Dehnung im oberen Rücken auf.',
      'Halte die Position und atme ruhig weiter.',
    ],
  },

  cat_stretch: {
    name: 'Katzenbuckel',
    title: 'Katzenbuckel',
    position: 'im Vierfüßlerstand',
    needs: 'Du brauchst eine Matte oder einen weichen Teppich.',
    steps: [
      'Geh in den Vierfüßlerstand. Die Handgelenke sind unter den Schultern, die Knie unter den Hüften.',
      'Dein Rücken ist gerade.',
      'Beim Ausatmen machst du den Rücken rund und schiebst ihn zur Decke, wie eine Katze, die einen Buckel macht. Lass den Kopf sanft hängen.',
      'Beim Einatmen lässt du den Rücken sinken, und der Bauch geht ein wenig Richtung Boden. Heb den Blick.',
      'Beweg dich langsam, ein Atemzug für jede Bewegung. Ich sage dir jede Bewegung an.',
    ],
    caution:
      'Bleib in einem angenehmen Bewegungsbereich. Wenn dein unterer Rücken empfindlich ist, lass ihn nur wenig durchhängen. Wenn die Handgelenke schmerzen, stütz dich auf die Fäuste oder die Unterarme.',
    gentler: [
      'Geh in den Vierfüßlerstand. Wenn die Handgelenke schmerzen, stütz dich stattdessen auf die Unterarme.',
      'Beim Ausatmen machst du den Rücken nur ein wenig rund.',
      'Beim Einatmen kommt der Rücken zurück in die Gerade, ohne durchzuhängen.',
      'Mach jede Bewegung klein und langsam. Ich sage dir jede Bewegung an.',
    ],
    cues: {
      round: 'Ausatmen und den Rücken rund machen.',
      arch: 'Einatmen und den Rücken sinken lassen.',
    },
  },

  passive_backbend: {
    name: 'passive Rückbeuge',
    title: 'Passive Rückbeuge',
    position: 'in Rückenlage',
    needs: 'Du brauchst ein Badetuch oder ein festes Kissen. Wenn du magst, auch ein weiteres Kissen für den Kopf.',
    steps: [
      'Roll ein Badetuch zu einer festen Rolle. Ein festes Kissen geht auch.',
      'Setz dich auf den Boden, die Knie angewinkelt, die Füße flach aufgestellt.',
      'Leg dich langsam nach hinten, so dass die Rolle quer unter deinem Rücken liegt, knapp unter den Schulterblättern.',
      'Leg den Kopf auf ein Kissen, wenn sich der Nacken angestrengt anfühlt. Lass die Arme seitlich locker liegen.',
      'Wenn die Zeit um ist, roll dich auf die Seite und drück dich mit den Händen hoch.',
      'Entspann dich und lass den oberen Rücken über die Rolle sinken. Atme langsam.',
    ],
    caution:
      'Nimm die Rolle weg, wenn du einen stechenden Schmerz oder ein Kribbeln spürst. Wenn du Osteoporose hast, sprich mit deiner Ärztin oder deinem Arzt, bevor du diese Übung machst.',
    gentler: [
      'Nimm eine dünnere Rolle, oder ein flach gefaltetes Handtuch.',
      'Leg dich mit angewinkelten Knien darauf, ein Kissen unter dem Kopf.',
      'Bleib nur so lange, wie es sich angenehm anfühlt. Du kannst dich jederzeit auf die Seite rollen und aufhören.',
      'Entspann dich und atme langsam.',
    ],
  },

  cobra_stretch: {
    name: 'Kobra',
    title: 'Kobra',
    position: 'in Bauchlage',
    needs: 'Du brauchst eine Matte oder einen weichen Teppich.',
    steps: [
      'Leg dich auf den Bauch. Stell die Hände unter die Schultern, wie bei einem Liegestütz. Die Ellbogen bleiben nah am Körper.',
      'Drück das Becken und die Fußrücken in den Boden.',
      'Atme ein und heb Kopf und Schultern langsam an, mit der Kraft deiner Rückenmuskeln. Die Hände stützen nur.',
      'Das Becken bleibt am Boden, die Schultern bleiben weg von den Ohren.',
      'Zwischen den Runden legst du dich langsam wieder ab.',
      'Halte die Position und atme ruhig weiter.',
    ],
    caution:
      'Hör auf, wenn es im unteren Rücken zwickt. Lass die Übung aus, wenn du schwanger bist oder einen Leistenbruch oder Nabelbruch hast.',
    gentler: [
      'Leg dich auf den Bauch. Die Ellbogen sind unter den Schultern, die Unterarme liegen flach am Boden.',
      'Drück das Becken in den Boden.',
      'Heb die Brust sanft an und stütz dich dabei auf die Unterarme. Die Schultern bleiben weg von den Ohren.',
      'Halte die Position und atme ruhig weiter.',
    ],
  },

  bridge_stretch: {
    name: 'Brücke',
    title: 'Brücke',
    position: 'in Rückenlage',
    needs: 'Du brauchst eine Matte oder einen weichen Teppich.',
    steps: [
      'Leg dich auf den Rücken, die Knie angewinkelt, die Füße hüftbreit und flach auf dem Boden. Die Arme liegen neben dem Körper.',
      'Spann Bauch und Po sanft an.',
      'Atme aus und heb das Becken, bis Schultern, Hüften und Knie eine gerade Linie bilden. Mach dabei kein Hohlkreuz.',
      'Dein Gewicht ruht auf den Schultern und den Füßen. Wenn es sich gut anfühlt, verschränk die Hände unter dir auf dem Boden.',
      'Zwischen den Runden rollst du langsam ab, Wirbel für Wirbel, und legst die Hände wieder neben den Körper.',
      'Halte die Position und atme ruhig weiter.',
    ],
    caution:
      'Das Gewicht liegt auf den Schultern, nicht auf dem Nacken. Dreh den Kopf nicht, solange das Becken oben ist. Leg dich ab, wenn die Rückseite der Oberschenkel krampft.',
    gentler: [
      'Leg dich auf den Rücken, die Knie angewinkelt, die Füße flach. Die Arme liegen neben dem Körper, die Handflächen nach unten.',
      'Drück Füße und Hände sanft in den Boden.',
      'Heb das Becken nur ein kleines Stück vom Boden ab.',
      'Halte die Position und atme ruhig weiter.',
    ],
  },
};
