import { it as exercises } from '../exercises/it';
import { languagePack, regions } from '../language-pack';

const UNITS = [
  'zero', 'uno', 'due', 'tre', 'quattro', 'cinque', 'sei', 'sette', 'otto', 'nove', 'dieci',
  'undici', 'dodici', 'tredici', 'quattordici', 'quindici', 'sedici', 'diciassette', 'diciotto', 'diciannove',
] as const;
const TENS = ['', '', 'venti', 'trenta', 'quaranta', 'cinquanta', 'sessanta', 'settanta', 'ottanta', 'novanta'] as const;

/**
 * Italian number words, written as one word the way Alexa's voice reads them: a ten drops its last vowel
 * before "uno" and "otto" ("ventuno", "trentotto"), and a final "tre" takes the accent ("ventitré").
 * Up to a hundred, because a longer hold of the passive backbend says "novanta secondi".
 */
function numberWord(n: number): string {
  if (n < 20) return UNITS[n] ?? String(n);
  if (n === 100) return 'cento';
  const ten = TENS[Math.floor(n / 10)] ?? '';
  const unit = n % 10;
  if (unit === 0) return ten;
  const stem = unit === 1 || unit === 8 ? ten.slice(0, -1) : ten;
  return `${stem}${unit === 3 ? 'tré' : UNITS[unit]}`;
}

export const it = languagePack({
  // Scaled from English's 14.5 by how long the same content takes: espeak-ng reading these texts and the
  // English ones, and the published speech rates of the two languages (Pellegrino and others, 2011: more
  // syllables a second in Italian, but more syllables for the same meaning), both put Italian at about
  // fourteen characters a second.
  charactersPerSecond: 14,
  exercises,
  screen: {
    title: 'Stretching Schiena',
    hurts: 'Mi fa male',
    pause: 'Pausa',
    resume: 'Continua',
    next: 'Avanti',
    progress: 'Esercizio {{n}} di {{total}}',
  },
  routines: {
    default: 'la tua routine per la schiena',
    chair: 'la routine sulla sedia',
    floor: 'la routine a terra',
    full: 'la routine completa',
  },
  numbers: Array.from({ length: 101 }, (_, n) => numberWord(n)),
  speech: {
    // "Tieni." is what an Italian instructor says as the hold starts; "Mantieni." sounds like a manual.
    'hold.start': 'Tieni.',
    'hold.keepHolding': 'Resta in posizione.',
    'hold.long': 'Resta così e rilassati per {{duration}}.',
    'hold.left': 'Ancora {{duration}}.',
    // Italian has "one", "many" (round millions: "un milione di secondi") and "other".
    'duration.seconds_one': 'un secondo',
    'duration.seconds_many': '{{n}} di secondi',
    'duration.seconds_other': '{{n}} secondi',
    'duration.minutes_one': 'un minuto',
    'duration.minutes_many': '{{n}} di minuti',
    'duration.minutes_other': '{{n}} minuti',
    'duration.days_one': 'un giorno',
    'duration.days_many': '{{n}} di giorni',
    'duration.days_other': '{{n}} giorni',
    sessions_one: 'una sessione',
    sessions_many: '{{n}} di sessioni',
    sessions_other: '{{n}} sessioni',
    stretches_one: 'un esercizio',
    stretches_many: '{{n}} di esercizi',
    stretches_other: '{{n}} esercizi',
    'side.generic': 'Ora il lato {{side}}.',
    'sideName.right': 'destro',
    'sideName.left': 'sinistro',
    'explain.intro': 'Ecco come si fa {{exercise}}. {{needs}}',
    'explain.caution': 'Fai attenzione. {{caution}}',
    'explain.gentler': 'Per una versione più facile:',
    // 112 as Italians say it on the phone and on the news: "chiama il centododici".
    emergencyNumber: 'centododici',
  },
  // Written so that no word agrees in gender with the user or with Alexa ("sei pronto", "sono riuscita"),
  // and so that an exercise name, which carries its own article, never follows a preposition that would
  // have to merge with it ("al", "del").
  messages: {
    welcome: 'Ciao, ti do il benvenuto in Stretching Schiena.',
    disclaimer:
      'Una breve premessa: questi non sono consigli medici. Se sei in gravidanza o hai avuto un infortunio di recente, chiedi prima al tuo medico. E fermati se qualcosa ti fa male.',
    goodbye: 'Abbi cura della tua schiena. A presto.',
    fallback: 'Scusa, non ho capito.',
    'error.apology': 'Scusa, qualcosa è andato storto da parte mia.',
    'routine.start':
      "Facciamo {{routine}}: {{stretches}}, circa {{minutes}}. Se qualcosa ti fa male, di' «Alexa, mi fa male» in qualsiasi momento, e mi fermo subito.",
    'routine.done': 'Ecco fatto, gli esercizi sono finiti. Hai fatto {{stretches}}. Ottimo lavoro.',
    'routine.overview': 'La routine di sempre comprende {{stretches}} e dura circa {{minutes}}.',
    'routine.remaining': 'Ancora {{stretches}}, circa {{minutes}}, e abbiamo finito.',
    'routine.noneLeft': "Era l'ultimo. Non ci sono altri esercizi.",
    'exercise.start': 'Ecco {{exercise}}.',
    'exercise.leftOut': 'Oggi salto {{exercise}}, perché prima un movimento simile ti ha fatto male.',
    'exercise.list': 'Posso guidarti in questi esercizi: {{exercises}}.',
    'exercise.unknown': 'Questo esercizio non lo conosco. Posso guidarti in esercizi come {{exercises}}.',
    'exercise.unknownExplain': 'Questo esercizio non lo conosco. Posso spiegarti esercizi come {{exercises}}.',
    'exercise.avoided': 'Prima un movimento simile ti ha fatto male, quindi oggi lasciamo perdere {{exercise}}.',
    'rep.number': 'Ripetizione {{n}} di {{total}}.',
    'rep.release': 'E rilascia.',
    'stop.summary': 'Oggi hai fatto {{stretches}}. Ottimo lavoro.',
    'advice.lasting':
      'Se il mal di schiena dura più di qualche settimana, peggiora, ti sveglia di notte, o arriva con febbre o perdita di peso, rivolgiti a un medico.',
    'nav.stayPaused': 'Va bene, restiamo in pausa.',
    'nav.takeYourTime': 'Va bene, fai con calma.',
    'nav.nothingToSkip': "Non abbiamo ancora iniziato un esercizio, quindi non c'è niente da saltare.",
    'nav.nothingToPause': "Non c'è niente in corso, quindi non c'è niente da mettere in pausa.",
    'nav.paused': "In pausa. Fai con calma. Di' continua quando vuoi. Se torni più tardi, di' «Alexa, chiedi a stretching schiena di riprendere».",
    'nav.fromTheTop': "Ricominciamo dall'inizio.",
    'nav.resuming': 'Riprendiamo.',
    'nav.pickingUp': 'Riprendiamo {{exercise}} da dove eravamo rimasti.',
    'nav.nothingYet': 'Non abbiamo ancora iniziato nessun esercizio.',
    'nav.firstAlready': 'Questo è il primo esercizio, quindi lo ricominciamo da capo.',
    'help.idle':
      "Ti guido in esercizi di allungamento delicati per la parte alta e centrale della schiena, e conto io i tempi per te. Di' inizia per la routine di sempre, oppure chiedi la routine sulla sedia o la routine a terra. Puoi anche chiedermi come si fa un esercizio, per esempio il cobra.",
    'help.exercising':
      "Ti sto guidando negli esercizi e conto io i tempi. Di' avanti per proseguire, ripeti per riascoltare, oppure salta, pausa, rallenta o più facile. Se qualcosa ti fa male, di' «Alexa, mi fa male», anche mentre parlo, e mi fermo.",
    'help.paused':
      "Siamo in pausa. Di' continua per riprendere, salta per passare all'esercizio successivo, o stop per finire. Se qualcosa ti fa male, di' «Alexa, mi fa male».",
    'help.pain':
      'Ho interrotto perché qualcosa ti ha fatto male. Ti faccio qualche domanda veloce, così facciamo solo quello che è sicuro.',
    'settings.slower': "Va bene, rallento e ti lascio più tempo tra una ripetizione e l'altra.",
    'settings.longer': 'Va bene, da ora in poi terremo le posizioni più a lungo.',
    'settings.keepShort': 'Visto che prima qualcosa ti ha fatto male, oggi teniamo le posizioni brevi.',
    'gentler.start': 'Ecco {{exercise}}, in versione più facile.',
    'gentler.nothing': "In questo momento non c'è un esercizio in corso da rendere più facile.",
    'pain.stop': 'Va bene, fermiamoci. Esci piano dalla posizione e riposati, come ti viene più comodo.',
    'pain.heard': 'Ho capito. Ci fermiamo.',
    'pain.again':
      'È la seconda volta che oggi qualcosa ti fa male, quindi fermiamoci qui. Riposati, e prima di riprovare questi esercizi parla con un medico o con un fisioterapista.',
    'pain.redFlagQuestion':
      'Prima di tutto, hai dolore al petto, fatica a respirare, un dolore improvviso e lacerante tra le scapole, intorpidimento o debolezza, o difficoltà a controllare la vescica? Oppure ti senti svenire, hai sudori freddi o la nausea?',
    'pain.redFlagAdvice':
      "Interrompi gli esercizi e cerca subito assistenza medica. Se hai dolore al petto, fatica a respirare, un dolore lacerante alla schiena, o perdi all'improvviso il controllo della vescica o dell'intestino, chiama subito il $t(emergencyNumber).",
    'pain.redFlagReprompt': "Hai uno di questi sintomi? Se sì, chiama subito il $t(emergencyNumber). Altrimenti di' no.",
    'pain.redFlagSimpler':
      "Te lo chiedo in modo più semplice. Oltre al dolore, c'è qualcos'altro che non va, come dolore al petto, fatica a respirare, intorpidimento, o la sensazione di svenire? Rispondi sì o no.",
    'pain.urgentQuestion':
      'E il dolore è cominciato dopo una caduta o un incidente, oppure hai la febbre, un dolore di notte che non passa con il riposo, o stai perdendo peso senza motivo?',
    // "Hai avuto una caduta", not "sei caduto": nothing that agrees with the user's gender.
    'pain.urgentSimpler': 'Solo per sapere: hai avuto una caduta o un incidente, oppure in questi giorni non ti senti bene? Rispondi sì o no.',
    'pain.urgentReprompt': 'Il dolore è cominciato dopo una caduta, o hai la febbre? Rispondi sì o no.',
    // Your own doctor (medico di base) the same day; the guardia medica when the surgery is closed (nights, weekends).
    'pain.urgentAdvice':
      'Allora per oggi ci fermiamo. Fatti vedere oggi stesso dal tuo medico, o dalla guardia medica se lo studio è chiuso, e non rifare questi esercizi finché un medico non ti dà il via libera.',
    'pain.kindSimpler': "Ti fa male come una fitta, una coltellata? Oppure è più una forte tensione, o un indolenzimento? Di' acuto, oppure di' tensione.",
    'pain.carefulStop': 'Nel dubbio, per oggi ci fermiamo. Prima di rifare stretching, fatti controllare la schiena da un medico.',
    'pain.emergencyIfSymptoms':
      "Se compaiono dolore al petto, fatica a respirare, intorpidimento o debolezza, o se perdi il controllo della vescica o dell'intestino, chiama subito il $t(emergencyNumber).",
    'pain.kindQuestion': 'È un dolore acuto, come una fitta o una scossa? Oppure è più una forte tensione, o un dolore sordo?',
    'pain.mild':
      "Grazie. Un allungamento deve dare una leggera tensione, mai dolore, quindi allentiamo un po'. Da adesso terrò le posizioni più brevi.",
    'pain.sharp':
      'Grazie di avermelo detto. Oggi saltiamo questo esercizio, e anche quelli con un movimento simile. Se il dolore non passa con il riposo, o continua a tornare, fatti vedere da un medico o da un fisioterapista.',
    'pain.mildChoices':
      "Vuoi provare {{exercise}} in versione più facile, passare all'esercizio successivo, o fermarti per oggi? Di' più facile, salta, o stop.",
    'pain.mildChoicesNoRoutine':
      "Vuoi una routine delicata sulla sedia, con posizioni più brevi? Di' sì, oppure stop per finire per oggi.",
    'pain.sharpChoices': "Quando te la senti, proseguiamo con {{exercise}}? Di' avanti, oppure stop per finire per oggi.",
    'pain.answerFirst': 'Prima di andare avanti, ho bisogno della tua risposta.',
    'pain.gentleRoutine': "Va bene. Andiamo con calma, sulla sedia, con posizioni più brevi. Se qualcosa ti fa male, di' subito «Alexa, mi fa male».",
    'prompt.idle': "Vuoi iniziare gli esercizi? Di' inizia, oppure chiedimi come si fa un esercizio.",
    'prompt.tryIt': "Vuoi provare {{exercise}} adesso? Di' sì, oppure chiedimi di un altro esercizio.",
    'prompt.ready': "Sei in posizione? Di' avanti quando vuoi.",
    'prompt.painReminder': "Se qualcosa ti fa male, di' «Alexa, mi fa male».",
    'prompt.begin': "Iniziamo? Di' avanti.",
    'prompt.gentlerToo': 'Vuoi sentire anche la versione più facile? Rispondi sì o no.',
    'prompt.gentlerOrResume': "Vuoi sentire la versione più facile? Di' sì, oppure continua per riprendere.",
    'reprompt.gentlerToo': 'Ti spiego anche la versione più facile? Rispondi sì o no.',
    'prompt.nextSide': "Passiamo al lato {{side}}? Di' avanti.",
    'prompt.continue': "Continuiamo? Di' avanti.",
    'prompt.finish': "Era l'ultimo esercizio. Finiamo qui? Di' fatto.",
    'prompt.nextExercise':
      "Il prossimo esercizio è {{exercise}}, {{position}}. Ci sei? Di' avanti.",
    'prompt.paused': "Riprendiamo {{exercise}}? Di' continua.",
    'reprompt.idle': "Iniziamo gli esercizi? Di' inizia, oppure stop.",
    'reprompt.tryIt': 'Vuoi provare {{exercise}}? Rispondi sì o no.',
    'reprompt.next': "Ci sei? Di' avanti, oppure stop per finire.",
    'reprompt.finish': "Finiamo qui? Di' fatto.",
    'reprompt.paused': "Andiamo avanti? Di' continua, oppure stop.",
    'reprompt.mildChoices': 'Cosa preferisci: più facile, salta, o stop?',
    'reprompt.sharpChoices': "Proseguiamo? Di' avanti, oppure stop.",
    'exercise.excluded':
      'Ho tolto {{exercise}}, perché per due volte abbiamo dovuto interrompere per il dolore. Se vuoi riprovare, chiedimelo per nome.',
    'memory.hurtLastTime': "L'ultima volta {{exercise}} ti ha fatto male, quindi facciamo la versione più facile.",
    'memory.streak': 'Sono {{days}} di fila.',
    'memory.firstDay': 'Torna domani, così cominci a contare i giorni di fila.',
    'memory.resuming': 'Riprendiamo da dove avevamo interrotto.',
    'memory.nothingToResume': "Non c'è nessuna routine lasciata a metà da riprendere, quindi partiamo dall'inizio.",
    'memory.daysInARow': 'Hai fatto stretching {{days}} di fila.',
    'memory.totals': 'Questa settimana hai fatto {{sessions}}, per un totale di {{minutes}} di stretching.',
    'memory.favourites': 'Gli esercizi che fai più spesso: {{exercises}}.',
    'memory.noHistory':
      'Non hai ancora fatto esercizi con me. I tuoi progressi compariranno qui dopo la prima sessione.',
    'memory.unavailable': "Scusa, in questo momento non riesco a recuperare la tua cronologia. Riprova fra un po'.",
    'memory.forgotten': 'Fatto. Ho cancellato la cronologia dei tuoi esercizi.',
    'memory.kept': 'Va bene, la tua cronologia resta com\'è.',
    'memory.forgetFailed': 'Scusa, al momento non è stato possibile cancellare la tua cronologia. Riprova più tardi.',
    'prompt.resumeOffer':
      "L'ultima volta hai interrotto durante {{exercise}}. Riprendiamo da lì? Di' sì, oppure no per ricominciare da capo.",
    'reprompt.resumeOffer': 'Riprendiamo da dove avevi interrotto? Rispondi sì o no.',
    'prompt.confirmForget': 'Vuoi che cancelli la cronologia dei tuoi esercizi? Rispondi sì o no.',
    'reprompt.confirmForget': 'Devo cancellare la tua cronologia? Rispondi sì o no.',
    'prompt.didSomethingHurt':
      "Scusa, non ho capito, quindi ho messo in pausa. Qualcosa ti ha fatto male? Di' «Alexa, mi fa male», oppure di' continua per andare avanti.",
    'reprompt.didSomethingHurt': "Qualcosa ti ha fatto male? Di' «Alexa, mi fa male», oppure di' continua per andare avanti.",
  },
});

/**
 * it-IT is Alexa's only Italian locale, and the base pack already speaks for Italy: 112, the European
 * emergency number, reaches ambulances everywhere in Italy (the old 118 still works and is routed to
 * it where the single number is active), said "centododici"; "fisioterapista" is the word in use.
 */
export const itRegions = regions({
  'it-IT': {},
});
