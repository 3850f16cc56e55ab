import type { ExerciseTexts } from '../exercise-text';

/**
 * Italian texts for the fourteen exercises, written to be read aloud to someone on the floor: short
 * sentences in the informal "tu" Alexa uses in Italian, one action each, no digits or symbols.
 *
 * Conventions, besides those of the English texts (exercises/en.ts):
 * - `name` carries its article ("il cobra", "la posizione del bambino"): Italian never says a pose's
 *   name bare inside a sentence, and the article differs by gender, so the messages put the name where
 *   no preposition has to merge with it ("Ecco il cobra", never "del" + name).
 * - Yoga names are the ones Italian classes use: cobra, locusta, gatto, ponte, posizione del bambino.
 * - Nothing agrees in gender with the user ("seduto", "pronta"): positions are described by the body
 *   ("a pancia in giù", "a quattro zampe") and instructions are imperatives.
 * - "un po'" keeps its apostrophe: Alexa's Italian voice reads it as the everyday word.
 */
export const it: ExerciseTexts = {
  seated_spinal_twist: {
    name: 'la torsione da seduti',
    title: 'Torsione da seduti',
    position: 'su una sedia',
    needs: 'Ti serve una sedia stabile. In alternativa, puoi sederti a terra a gambe incrociate.',
    steps: [
      'Siediti su una sedia stabile, con la schiena dritta e i piedi ben appoggiati a terra. Oppure siediti a terra a gambe incrociate.',
      "Inspira e allungati verso l'alto, dalla sommità della testa. Tra una ripetizione e l'altra tornerai al centro.",
      'Espira e ruota il petto verso destra.',
      'Appoggia la mano sinistra sul ginocchio destro. Metti la mano destra sulla sedia, o a terra dietro di te.',
      'Ruota solo finché senti una leggera trazione al centro della schiena. Tieni il bacino fermo e appoggiato.',
      'Mantieni la posizione e respira.',
    ],
    caution:
      "Ruota partendo dalle costole, non dal collo, e non fare leva con le braccia per girarti di più. Se senti dolore, torna un po' indietro.",
    gentler: [
      'Siediti su una sedia stabile, con la schiena dritta e i piedi ben appoggiati a terra.',
      'Incrocia le braccia sul petto, invece di usare le mani.',
      "Ruota il petto solo un po', finché senti una leggera trazione.",
      'Mantieni la posizione e respira.',
    ],
    sides: {
      right: 'Prima ruota verso destra.',
      left: 'Ora ruota verso sinistra. La mano destra va sul ginocchio sinistro, e la mano sinistra dietro di te.',
    },
  },

  locust: {
    name: 'la locusta',
    title: 'Locusta',
    position: 'a pancia in giù',
    needs: 'Ti serve un tappetino o un tappeto morbido.',
    steps: [
      "Sdraiati a pancia in giù, con la fronte sul tappetino. Tra un sollevamento e l'altro tornerai giù a riposare.",
      'Tieni le gambe tese e aperte quanto il bacino. Appoggia le braccia lungo i fianchi, con i palmi rivolti verso il basso.',
      'Premi il dorso dei piedi e il bacino contro il pavimento.',
      "Inspira e solleva un po' da terra la testa, il petto e le braccia. Usa i muscoli tra le scapole.",
      'Tieni lo sguardo verso il pavimento. Mantieni la posizione e respira.',
    ],
    caution:
      'Sali solo fin dove riesci senza sforzo. Salta questo esercizio se sei in gravidanza, o se stare a pancia in giù ti fa male.',
    gentler: [
      'Sdraiati a pancia in giù, con la fronte sul tappetino e le braccia lungo i fianchi.',
      'Tieni le mani appoggiate a terra e il bacino giù.',
      'Inspira e solleva solo il petto, di pochissimo.',
      'Mantieni la posizione e respira.',
    ],
  },

  revolved_triangle: {
    name: 'il triangolo ruotato',
    title: 'Triangolo ruotato',
    position: 'in piedi',
    needs: "Ti serve spazio per stare in piedi. Una sedia stabile davanti a te aiuta con l'equilibrio.",
    steps: [
      "Mettiti in piedi con il piede destro avanti e i piedi distanti circa una gamba. Ruota un po' verso l'interno il piede dietro, e porta il bacino rivolto in avanti.",
      'Metti le mani sui fianchi. Inspira e allunga la colonna.',
      "Espira e piegati in avanti partendo dalle anche. Tieni la schiena lunga. Se serve, piega un po' il ginocchio davanti.",
      "Appoggia la mano sinistra sullo stinco destro, o sul sedile della sedia. Ruota il petto verso destra. Allunga il braccio destro verso l'alto, oppure lascialo sul fianco.",
      'Quando il tempo è finito, risali piano, con la schiena lunga.',
      'Mantieni la posizione e respira.',
    ],
    caution:
      'Questa posizione piega e ruota la schiena nello stesso momento, e non va bene per tutte le schiene. Vai piano, e saltala se hai poco equilibrio o se la zona lombare si fa sentire.',
    gentler: [
      "Mettiti in piedi davanti a una sedia stabile, con un piede un piccolo passo davanti all'altro.",
      "Piegati in avanti partendo dalle anche, e appoggia tutte e due le mani sul sedile della sedia. Piega un po' il ginocchio davanti.",
      "Ruota il petto solo un po' verso la gamba davanti. Tieni tutte e due le mani sulla sedia.",
      'Mantieni la posizione e respira.',
    ],
    sides: {
      right: 'Inizia con il piede destro avanti, e ruota verso destra.',
      left: 'Ora porta avanti il piede sinistro. Appoggia la mano destra sullo stinco sinistro o sulla sedia, e ruota il petto verso sinistra.',
    },
  },

  standing_forward_bend: {
    name: 'la flessione in avanti',
    title: 'Flessione in avanti in piedi',
    position: 'in piedi',
    needs: 'Non ti serve niente, ma una sedia davanti a te ti dà un appoggio per le mani.',
    steps: [
      'Mettiti in piedi con i piedi aperti quanto il bacino e le ginocchia morbide.',
      "Inspira e allungati verso l'alto. Espira e piegati in avanti partendo dalle anche, con la colonna lunga.",
      'Piega le ginocchia quanto vuoi. Appoggia le mani sulle cosce, sugli stinchi, su una sedia o a terra.',
      'Lascia la testa e il collo rilassati e pesanti.',
      'Quando il tempo è finito, piega le ginocchia, metti le mani sulle cosce e risali piano, una vertebra alla volta. La testa sale per ultima.',
      'Mantieni la posizione e respira.',
    ],
    caution:
      'Risali piano, perché potrebbe girarti la testa. Tieni le mani sulle cosce se hai la pressione alta, o se piegarti in avanti peggiora un problema ai dischi della colonna.',
    gentler: [
      'Mettiti in piedi con i piedi aperti quanto il bacino e le ginocchia ben piegate.',
      "Piegati in avanti dalle anche solo un po'. Appoggia le mani sulle cosce o sullo schienale di una sedia.",
      'Lascia la testa rilassata. Quando risali, tieni le mani sulle cosce e sali piano.',
      'Mantieni la posizione e respira.',
    ],
  },

  eagle_arms: {
    name: "le braccia dell'aquila",
    title: "Braccia dell'aquila",
    position: 'in piedi o su una sedia',
    needs: 'Non ti serve niente.',
    steps: [
      'Siediti o mettiti in piedi con la schiena dritta e le spalle rilassate.',
      "Allunga tutte e due le braccia davanti a te, all'altezza delle spalle.",
      "Incrocia il braccio destro sopra il sinistro, all'altezza dei gomiti.",
      'Piega i gomiti e unisci i palmi. Se non si toccano, fai toccare il dorso delle mani.',
      "Solleva un po' i gomiti e allontanali dolcemente dal petto. Senti l'allungamento tra le scapole.",
      'Mantieni la posizione e porta il respiro nella parte alta della schiena.',
    ],
    caution: 'Se senti pizzicare una spalla, incrocia invece le braccia e abbracciati le spalle.',
    gentler: [
      'Siediti o mettiti in piedi con la schiena dritta e le spalle rilassate.',
      'Incrocia le braccia davanti al petto e afferra le spalle opposte, come in un abbraccio.',
      'Lascia che le scapole si allontanino tra loro.',
      'Mantieni la posizione e porta il respiro nella parte alta della schiena.',
    ],
    sides: {
      right: 'Inizia con il braccio destro sopra.',
      left: 'Ora incrocia al contrario, con il braccio sinistro sopra.',
    },
  },

  puppy_pose: {
    name: 'la posizione del cucciolo',
    title: 'Posizione del cucciolo',
    position: 'in ginocchio a terra',
    needs: 'Ti serve un tappetino o un tappeto morbido e, se vuoi, un cuscino per le ginocchia o per la fronte.',
    steps: [
      'Mettiti a quattro zampe, con le ginocchia sotto il bacino.',
      'Porta le mani in avanti di qualche passo. Tieni il bacino sopra le ginocchia.',
      'Lascia scendere piano il petto verso il pavimento. Appoggia la fronte a terra o su un cuscino.',
      'Lascia che sia la gravità a fare il lavoro.',
      'Quando il tempo è finito, riporta indietro le mani e siediti sui talloni.',
      'Resta lì, rilassati e respira.',
    ],
    caution:
      'Se le spalle o le ginocchia protestano, siediti indietro sui talloni, nella posizione del bambino. Metti un cuscino sotto le ginocchia.',
    gentler: [
      'Mettiti a quattro zampe, con un cuscino sotto le ginocchia.',
      'Porta le mani in avanti solo di poco.',
      "Lascia andare il bacino indietro verso i talloni, così il petto scende solo un po'.",
      'Rilassa la testa e respira.',
    ],
  },

  thread_the_needle: {
    name: "la posizione dell'ago",
    title: "Posizione dell'ago",
    position: 'a quattro zampe',
    needs: 'Ti serve un tappetino o un tappeto morbido e, se vuoi, un cuscino per la testa.',
    steps: [
      'Mettiti a quattro zampe, con le mani sotto le spalle e le ginocchia sotto il bacino.',
      'Inspira. Se per te è comodo, allunga il braccio destro verso il soffitto.',
      "Espira e fai scivolare il braccio destro sotto il braccio sinistro, con il palmo verso l'alto.",
      'Abbassa la spalla destra e il lato della testa a terra, o su un cuscino. Tieni il bacino sopra le ginocchia.',
      'Quando il tempo è finito, spingi sulla mano sinistra per risalire.',
      'Mantieni la posizione e respira.',
    ],
    caution: 'Non scaricare tutto il peso sul collo. Fermati se senti dolore alla spalla o formicolio al braccio.',
    gentler: [
      'Mettiti a quattro zampe, con un cuscino a terra davanti a te.',
      "Fai scivolare il braccio sotto il corpo solo in parte, con il palmo verso l'alto.",
      "Appoggia la testa sul cuscino. Tieni quasi tutto il peso sull'altra mano e sulle ginocchia.",
      'Mantieni la posizione e respira.',
    ],
    sides: {
      right: 'Per primo passa sotto il braccio destro.',
      left: 'Ora fai scivolare il braccio sinistro sotto il braccio destro. Spingi sulla mano destra per risalire.',
    },
  },

  childs_pose: {
    name: 'la posizione del bambino',
    title: 'Posizione del bambino',
    position: 'in ginocchio a terra',
    needs: 'Ti serve un tappetino o un tappeto morbido, e un cuscino se le ginocchia ne hanno bisogno.',
    steps: [
      "Mettiti a quattro zampe. Tra una ripetizione e l'altra tornerai in questa posizione.",
      'Lascia le mani dove sono. Spingi piano il bacino indietro, verso i talloni.',
      'Lascia le braccia distese in avanti sul pavimento.',
      'Se è comodo, abbassa la fronte verso terra.',
      'Fermati quando senti un leggero allungamento lungo la schiena. Mantieni la posizione e respira.',
    ],
    caution: 'Se hai le ginocchia doloranti, allargale, oppure metti un cuscino tra il bacino e i talloni.',
    gentler: [
      'Mettiti a quattro zampe, con le ginocchia ben aperte.',
      'Metti un cuscino tra il bacino e i talloni.',
      'Spingi il bacino indietro solo in parte, fino a un allungamento leggero.',
      'Appoggia la fronte sulle mani o su un cuscino, e respira.',
    ],
  },

  sitting_rotation: {
    name: 'la rotazione sulla sedia',
    title: 'Rotazione sulla sedia',
    position: 'su una sedia con i braccioli',
    needs: 'Ti serve una sedia stabile con i braccioli.',
    steps: [
      'Siediti con la schiena dritta su una sedia stabile con i braccioli. Tieni i piedi ben appoggiati a terra.',
      'Metti tutte e due le mani sul bracciolo sinistro.',
      'Ruota piano il busto verso sinistra.',
      'Tieni la testa in linea con il petto. Non guidare il movimento con il collo.',
      "Tra una ripetizione e l'altra tornerai al centro.",
      'Mantieni la posizione e respira.',
    ],
    caution: 'Ruota solo fino a una trazione piacevole. Non usare le braccia per forzare la rotazione.',
    gentler: [
      'Siediti con la schiena dritta, i piedi appoggiati a terra e le mani sulle cosce.',
      "Ruota il busto solo un po', fino a una leggera trazione.",
      'Tieni la testa in linea con il petto.',
      'Mantieni la posizione e respira.',
    ],
    sides: {
      left: 'Ruota verso sinistra, con tutte e due le mani sul bracciolo sinistro.',
      right: 'Ora ruota verso destra, con tutte e due le mani sul bracciolo destro.',
    },
  },

  head_stretch: {
    name: "l'allungamento del collo",
    title: 'Allungamento del collo',
    position: 'su una sedia',
    needs: 'Ti serve una sedia.',
    steps: [
      'Siediti su una sedia con la schiena dritta e le spalle rilassate.',
      'Intreccia le dita dietro la testa.',
      'Continua a respirare con calma. Lascia che le mani accompagnino dolcemente la testa in avanti.',
      'Porta piano il mento verso il petto, finché senti un allungamento al centro della schiena.',
      "Tra una ripetizione e l'altra, rialza piano la testa e fai riposare le mani.",
      'Mantieni la posizione e respira.',
    ],
    caution:
      'Accompagna la testa, non tirarla mai. Il peso delle mani è sufficiente. Fermati se senti formicolio o intorpidimento alle braccia.',
    gentler: [
      'Siediti con la schiena dritta e le mani appoggiate in grembo.',
      'Lascia scendere piano il mento verso il petto, senza aiutarti con le mani.',
      'Fermati a un leggero allungamento nella parte alta della schiena.',
      'Mantieni la posizione e respira.',
    ],
  },

  cat_stretch: {
    name: 'il gatto',
    title: 'Gatto',
    position: 'a quattro zampe',
    needs: 'Ti serve un tappetino o un tappeto morbido.',
    steps: [
      'Mettiti a quattro zampe, con i polsi sotto le spalle e le ginocchia sotto il bacino.',
      'Tieni la schiena piatta.',
      "Quando espiri, arrotonda la schiena verso il soffitto, come un gatto spaventato. Lascia scendere dolcemente la testa.",
      "Quando inspiri, lascia scendere la schiena e la pancia un po' verso il pavimento. Alza lo sguardo.",
      'Muoviti piano, un respiro per ogni movimento. Ti guido io a ogni passaggio.',
    ],
    caution:
      'Resta in un movimento comodo, e non scendere troppo con la pancia se la zona lombare è sensibile. Se ti fanno male i polsi, appoggiati sui pugni o sugli avambracci.',
    gentler: [
      'Mettiti a quattro zampe. Se ti fanno male i polsi, appoggiati invece sugli avambracci.',
      "Quando espiri, arrotonda la schiena verso l'alto, solo un po'.",
      'Quando inspiri, riporta la schiena piatta, senza scendere con la pancia.',
      'Fai ogni movimento piccolo e lento. Ti guido io a ogni passaggio.',
    ],
    cues: {
      round: 'Espira e arrotonda la schiena.',
      arch: 'Inspira e lascia scendere la schiena.',
    },
  },

  passive_backbend: {
    name: "l'estensione passiva",
    title: 'Estensione passiva',
    position: 'a pancia in su',
    needs: 'Ti serve un telo da bagno o un cuscino rigido e, se vuoi, un altro cuscino per la testa.',
    steps: [
      'Arrotola un telo da bagno, ben stretto. Va bene anche un cuscino rigido.',
      'Siediti a terra con le ginocchia piegate e i piedi appoggiati.',
      'Sdraiati indietro piano, in modo che il rotolo stia di traverso sulla schiena, appena sotto le scapole.',
      'Se il collo è in tensione, appoggia la testa su un cuscino. Lascia le braccia aperte ai lati.',
      'Quando il tempo è finito, girati su un fianco e spingiti su con le mani.',
      'Rilassati e lascia che la parte alta della schiena si adagi sul rotolo. Respira piano.',
    ],
    caution:
      'Togli il rotolo se senti un dolore acuto o formicolio. Se soffri di osteoporosi, chiedi al tuo medico prima di provare questo esercizio.',
    gentler: [
      'Usa un rotolo più sottile, oppure un asciugamano piegato piatto.',
      'Sdraiati sopra, con le ginocchia piegate e un cuscino sotto la testa.',
      'Resta solo finché è comodo. Puoi girarti su un fianco e uscire in qualsiasi momento.',
      'Rilassati e respira piano.',
    ],
  },

  cobra_stretch: {
    name: 'il cobra',
    title: 'Cobra',
    position: 'a pancia in giù',
    needs: 'Ti serve un tappetino o un tappeto morbido.',
    steps: [
      'Sdraiati a pancia in giù. Metti le mani sotto le spalle, come per fare un piegamento. Tieni i gomiti vicini al corpo.',
      'Premi il bacino e il dorso dei piedi contro il pavimento.',
      'Inspira e solleva piano la testa e le spalle, usando i muscoli della schiena. Le mani servono solo da appoggio.',
      'Tieni il bacino a terra e le spalle lontane dalle orecchie.',
      "Tra una ripetizione e l'altra scenderai piano.",
      'Mantieni la posizione e respira.',
    ],
    caution:
      "Fermati se senti pizzicare nella zona lombare. Evita questo esercizio se sei in gravidanza o se hai un'ernia.",
    gentler: [
      'Sdraiati a pancia in giù, con i gomiti sotto le spalle e gli avambracci appoggiati a terra.',
      'Premi il bacino contro il pavimento.',
      'Solleva dolcemente il petto, appoggiandoti sugli avambracci. Tieni le spalle lontane dalle orecchie.',
      'Mantieni la posizione e respira.',
    ],
  },

  bridge_stretch: {
    name: 'il ponte',
    title: 'Ponte',
    position: 'a pancia in su',
    needs: 'Ti serve un tappetino o un tappeto morbido.',
    steps: [
      'Sdraiati sulla schiena con le ginocchia piegate e i piedi appoggiati a terra, aperti quanto il bacino. Appoggia le braccia lungo i fianchi.',
      'Contrai dolcemente gli addominali e i glutei.',
      'Espira e solleva il bacino finché spalle, bacino e ginocchia formano una linea dritta. Non inarcare troppo la schiena.',
      'Il peso va su spalle e piedi. Se è comodo, intreccia le mani a terra sotto di te.',
      "Tra una ripetizione e l'altra, scendi piano, una vertebra alla volta, e riporta le mani lungo i fianchi.",
      'Mantieni la posizione e respira.',
    ],
    caution:
      'Tieni il peso sulle spalle, non sul collo, e non girare la testa mentre il bacino è sollevato. Scendi se ti viene un crampo dietro le cosce.',
    gentler: [
      'Sdraiati sulla schiena con le ginocchia piegate e i piedi appoggiati. Tieni le braccia lungo i fianchi, con i palmi verso il basso.',
      'Premi dolcemente i piedi e le mani contro il pavimento.',
      'Solleva il bacino da terra, solo di poco.',
      'Mantieni la posizione e respira.',
    ],
  },
};
