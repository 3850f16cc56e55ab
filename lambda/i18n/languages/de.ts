import { de as exercises } from '../exercises/de';
import { languagePack, regions } from '../language-pack';

/**
 * German speech, with "du": Alexa and German fitness and yoga classes both use it.
 *
 * Exercise names arrive without an article (see exercises/de.ts), so every message puts them where
 * German needs none: after a colon, or after "die Übung", which keeps one gender and case whatever the
 * exercise is called. Routine names carry their article and are neuter ("das Programm"), so they read
 * the same in the nominative and the accusative, the only cases the messages use.
 *
 * Prompts teach the words the German model knows: "weiter" (next), "weitermachen" (resume), "sanfter"
 * (gentler), "überspringen", "stopp", "fertig", "starte". Pain is reported with the wake word, since the
 * user says it while Alexa is talking: „Alexa, das tut weh“, in German quotation marks.
 */
const UNITS = [
  'null', 'eins', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun', 'zehn',
  'elf', 'zwölf', 'dreizehn', 'vierzehn', 'fünfzehn', 'sechzehn', 'siebzehn', 'achtzehn', 'neunzehn',
];
const TENS = ['', '', 'zwanzig', 'dreißig', 'vierzig', 'fünfzig', 'sechzig', 'siebzig', 'achtzig', 'neunzig'];

/** "einundzwanzig": German puts the unit first, and one is "ein" inside a compound. */
function belowHundred(n: number): string {
  if (n < 20) return UNITS[n] ?? '';
  const unit = n % 10;
  const tens = TENS[Math.floor(n / 10)] ?? '';
  if (unit === 0) return tens;
  return `${unit === 1 ? 'ein' : UNITS[unit]}und${tens}`;
}

/**
 * Number words from zero to `max` (up to 999): holds longer than a minute ("neunzig Sekunden") and long
 * streaks are said in words too, never as digits.
 */
function germanNumbers(max: number): string[] {
  const words: string[] = [];
  for (let n = 0; n <= max; n++) {
    if (n < 100) {
      words.push(belowHundred(n));
      continue;
    }
    const hundreds = Math.floor(n / 100);
    const rest = n % 100;
    const head = `${hundreds === 1 ? '' : UNITS[hundreds]}hundert`;
    words.push(rest === 0 ? head : `${head}${belowHundred(rest)}`);
  }
  return words;
}

export const de = languagePack({
  // German words are about fifteen percent longer than English ones in these texts, so fewer fit in a
  // minute, but the time per letter is about the same: a synthetic voice (espeak-ng) reading both packs
  // at one setting read 17.1 letters a second in German and 17.3 in English. So the English rate. Counts
  // past twenty ("einundzwanzig") take longer than a second at this rate, so the hold leaves some out.
  charactersPerSecond: 14.5,
  exercises,
  screen: {
    title: 'Sanfte Rückendehnung',
    hurts: 'Es tut weh',
    pause: 'Pause',
    resume: 'Weiter',
    next: 'Nächste Übung',
    progress: 'Übung {{n}} von {{total}}',
  },
  routines: {
    default: 'dein Rückenprogramm',
    chair: 'das Stuhlprogramm',
    floor: 'das Bodenprogramm',
    full: 'das komplette Programm',
  },
  numbers: germanNumbers(999),
  speech: {
    'hold.start': 'Halten.',
    'hold.keepHolding': 'Weiter halten.',
    'hold.long': 'Halten und entspannen, {{duration}} lang.',
    'hold.left': 'Noch {{duration}}.',
    // Feminine nouns: "eine" is the same in the nominative and the accusative, so one form fits every message.
    'duration.seconds_one': 'eine Sekunde',
    'duration.seconds_other': '{{n}} Sekunden',
    'duration.minutes_one': 'eine Minute',
    'duration.minutes_other': '{{n}} Minuten',
    // Only said after "hast du ... gedehnt" (accusative), and only for two days or more.
    'duration.days_one': 'einen Tag',
    'duration.days_other': '{{n}} Tage',
    sessions_one: 'eine Einheit',
    sessions_other: '{{n}} Einheiten',
    stretches_one: 'eine Übung',
    stretches_other: '{{n}} Übungen',
    // The side names are the adjective's weak form, to follow "die": "die rechte Seite".
    'side.generic': 'Jetzt die {{side}} Seite.',
    'sideName.right': 'rechte',
    'sideName.left': 'linke',
    'explain.intro': 'So geht die Übung {{exercise}}. {{needs}}',
    'explain.caution': 'Ein wichtiger Hinweis. {{caution}}',
    'explain.gentler': 'Und so geht die sanftere Variante.',
    // How Germans say the number on the phone: digit by digit.
    emergencyNumber: 'eins eins zwei',
  },
  messages: {
    welcome: 'Willkommen zur sanften Rückendehnung.',
    disclaimer:
      'Kurz vorweg: Das hier ist keine medizinische Beratung. Wenn du schwanger bist oder dich vor kurzem verletzt hast, sprich vorher mit deiner Ärztin oder deinem Arzt. Und hör auf, sobald etwas wehtut.',
    goodbye: 'Pass gut auf deinen Rücken auf. Bis bald.',
    fallback: 'Entschuldige, das habe ich nicht verstanden.',
    'error.apology': 'Entschuldige, bei mir ist gerade etwas schiefgelaufen.',
    'routine.start':
      'Wir machen {{routine}}: {{stretches}}, etwa {{minutes}}. Wenn etwas wehtut, sag jederzeit „Alexa, das tut weh“. Dann höre ich sofort auf.',
    'routine.done': 'Das waren alle Übungen für heute. Du hast {{stretches}} geschafft. Gut gemacht.',
    'routine.overview': 'Das übliche Programm hat {{stretches}} und dauert etwa {{minutes}}.',
    'routine.remaining': 'Du hast noch {{stretches}} vor dir, etwa {{minutes}}.',
    'routine.noneLeft': 'Das war die letzte. Es kommen keine Übungen mehr.',
    'exercise.start': "Los geht's: {{exercise}}.",
    'exercise.leftOut': 'Eine Übung lasse ich heute weg: {{exercise}}. Eine ähnliche Bewegung hat vorhin wehgetan.',
    'exercise.list': 'Diese Übungen kann ich mit dir machen: {{exercises}}.',
    'exercise.unknown': 'Diese Übung kenne ich leider nicht. Ich kann dich zum Beispiel durch diese Übungen führen: {{exercises}}.',
    'exercise.unknownExplain': 'Diese Übung kenne ich leider nicht. Erklären kann ich dir zum Beispiel diese: {{exercises}}.',
    'exercise.avoided': 'Eine ähnliche Bewegung hat vorhin wehgetan. Deshalb lassen wir diese Übung heute lieber weg: {{exercise}}.',
    'rep.number': 'Runde {{n}} von {{total}}.',
    'rep.release': 'Und wieder lösen.',
    'stop.summary': 'Du hast heute {{stretches}} geschafft. Schön gemacht.',
    'advice.lasting':
      'Wenn deine Rückenschmerzen länger als ein paar Wochen anhalten, schlimmer werden, dich nachts wecken oder mit Fieber oder Gewichtsverlust einhergehen, lass das bitte ärztlich abklären.',
    'nav.stayPaused': 'Okay, wir bleiben in der Pause.',
    'nav.takeYourTime': 'Okay, lass dir Zeit.',
    'nav.nothingToSkip': 'Wir haben noch keine Übung angefangen. Es gibt also nichts zu überspringen.',
    'nav.nothingToPause': 'Gerade läuft nichts. Es gibt also nichts zu pausieren.',
    'nav.paused':
      'Pause. Lass dir Zeit. Sag weitermachen, wenn du so weit bist. Und falls ich mich bis dahin verabschiedet habe, sag einfach „Alexa, öffne sanfte rückendehnung und mach weiter“.',
    'nav.fromTheTop': 'Wir fangen noch mal ganz von vorne an.',
    'nav.resuming': "Weiter geht's.",
    'nav.pickingUp': 'Wir machen da weiter, wo wir aufgehört haben: {{exercise}}.',
    'nav.nothingYet': 'Wir haben noch keine Übung angefangen.',
    'nav.firstAlready': 'Das ist die erste Übung. Wir fangen sie einfach noch mal an.',
    'help.idle':
      'Ich führe dich durch sanfte Dehnübungen für den oberen und mittleren Rücken und zähle beim Halten für dich mit. Sag starte für das übliche Programm, oder frag nach dem Stuhlprogramm oder dem Bodenprogramm. Du kannst mich auch fragen, wie eine Übung geht, zum Beispiel die Kobra.',
    'help.exercising':
      'Ich begleite dich durch deine Übungen und zähle mit. Du kannst sagen: weiter, nochmal, überspringen, Pause, langsamer oder sanfter. Wenn etwas wehtut, sag „Alexa, das tut weh“, auch während ich spreche. Dann höre ich sofort auf.',
    'help.paused':
      'Wir machen gerade Pause. Sag weitermachen, um fortzufahren, überspringen für die nächste Übung, oder stopp, um aufzuhören. Wenn etwas wehtut, sag „Alexa, das tut weh“.',
    'help.pain': 'Ich habe angehalten, weil etwas wehgetan hat. Ich stelle dir kurz ein paar Fragen, damit wir nur machen, was sicher ist.',
    'settings.slower': 'Okay, ich mache langsamer und lasse dir mehr Zeit zwischen den Runden.',
    'settings.longer': 'Okay, ab jetzt halten wir länger.',
    'settings.keepShort': 'Weil vorhin etwas wehgetan hat, halten wir heute lieber nur kurz.',
    'gentler.start': 'Probieren wir eine sanftere Variante der Übung {{exercise}}.',
    'gentler.nothing': 'Gerade läuft keine Übung, die ich leichter machen könnte.',
    'pain.stop': 'Okay, wir hören auf. Komm langsam aus der Position heraus und ruh dich in einer bequemen Haltung aus.',
    'pain.heard': 'Verstanden. Wir haben aufgehört.',
    'pain.again':
      'Das ist heute schon das zweite Mal, dass etwas wehtut. Deshalb hören wir hier auf. Ruh dich bitte aus, und lass dich ärztlich oder physiotherapeutisch beraten, bevor du diese Übungen wieder machst.',
    'pain.redFlagQuestion':
      'Zuerst: Hast du Schmerzen in der Brust, Atemnot, einen plötzlichen, reißenden Schmerz zwischen den Schulterblättern, ein Taubheitsgefühl oder Schwäche, oder Probleme, die Blase zu kontrollieren? Oder ist dir schwindlig oder übel, oder bricht dir der Schweiß aus?',
    'pain.redFlagReprompt': 'Hast du etwas davon? Wenn ja, ruf jetzt den Notruf $t(emergencyNumber) an. Wenn nicht, sag nein.',
    'pain.redFlagSimpler':
      'Ich frag mal einfacher: Hast du außer dem Schmerz noch andere Beschwerden, zum Beispiel Schmerzen in der Brust, Atemnot, ein Taubheitsgefühl oder Schwindel? Sag ja oder nein.',
    'pain.redFlagAdvice':
      'Bitte hör sofort mit den Übungen auf und hol dir jetzt medizinische Hilfe. Bei Schmerzen in der Brust, Atemnot, einem reißenden Schmerz im Rücken, oder wenn du plötzlich Blase oder Darm nicht mehr kontrollieren kannst, ruf sofort den Notruf $t(emergencyNumber) an.',
    'pain.urgentQuestion':
      'Und hat das nach einem Sturz oder Unfall angefangen? Oder hast du Fieber, Schmerzen in der Nacht, die auch in Ruhe nicht nachlassen, oder hast du ohne erkennbaren Grund abgenommen?',
    'pain.urgentSimpler': 'Nur zur Sicherheit: Bist du gestürzt oder hast du dich verletzt, oder fühlst du dich krank? Sag ja oder nein.',
    'pain.urgentReprompt':
      'Hat es nach einem Sturz oder Unfall angefangen, oder hast du Fieber? Wenn ja, lass dich bitte heute noch ärztlich untersuchen. Wenn nicht, sag nein.',
    // 116 117: the out-of-hours medical service (ärztlicher Bereitschaftsdienst), for when the practice is closed.
    'pain.urgentAdvice':
      'Dann hören wir für heute auf. Bitte lass deinen Rücken heute noch ärztlich untersuchen. Wenn deine Praxis geschlossen ist, ruf den ärztlichen Bereitschaftsdienst an: eins eins sechs, eins eins sieben. Und mach die Übungen erst wieder, wenn deine Ärztin oder dein Arzt sagt, dass es okay ist.',
    'pain.kindSimpler': 'Fühlt es sich scharf an, wie ein Stich? Oder eher wie eine starke Dehnung oder ein Ziehen? Sag stechend, oder sag ziehend.',
    'pain.carefulStop':
      'Weil wir nicht sicher sein können, hören wir für heute auf. Bitte lass deinen Rücken ärztlich untersuchen, bevor du die Übungen wieder machst.',
    'pain.emergencyIfSymptoms':
      'Wenn du Schmerzen in der Brust, Atemnot, ein Taubheitsgefühl oder Schwäche bekommst, oder Blase oder Darm nicht mehr kontrollieren kannst, ruf sofort den Notruf $t(emergencyNumber) an.',
    'pain.kindQuestion': 'Ist es ein scharfer, stechender oder einschießender Schmerz? Oder eher wie eine starke Dehnung oder ein dumpfes Ziehen?',
    'pain.mild':
      'Danke. Eine Dehnung soll sich wie eine sanfte Spannung anfühlen, nie wie Schmerz. Also nehmen wir etwas zurück. Ab jetzt halten wir kürzer.',
    'pain.sharp':
      'Danke, dass du es mir sagst. Diese Übung lassen wir heute weg, und auch alle mit einer ähnlichen Bewegung. Wenn der Schmerz nach einer Pause nicht nachlässt oder immer wiederkommt, lass das bitte ärztlich oder physiotherapeutisch abklären.',
    'pain.mildChoices':
      'Möchtest du eine sanftere Variante der Übung {{exercise}} probieren, zur nächsten Übung springen, oder für heute aufhören? Sag sanfter, überspringen oder stopp.',
    'pain.mildChoicesNoRoutine':
      'Möchtest du ein sanftes Programm im Sitzen, mit kürzeren Haltezeiten? Sag ja, oder sag stopp, um für heute aufzuhören.',
    'pain.sharpChoices':
      'Als Nächstes wäre dran: {{exercise}}. Wenn du so weit bist, sag weiter. Oder sag stopp, um für heute aufzuhören.',
    'pain.answerFirst': 'Bevor wir weitermachen, brauche ich deine Antwort.',
    'pain.gentleRoutine': 'Okay. Wir machen es sanft, im Sitzen und mit kürzeren Haltezeiten. Wenn etwas wehtut, sag sofort „Alexa, das tut weh“.',
    'prompt.idle': 'Möchtest du mit deinen Übungen anfangen? Sag starte, oder frag mich, wie eine Übung geht.',
    'prompt.tryIt': 'Möchtest du die Übung {{exercise}} jetzt ausprobieren? Sag ja, oder frag nach einer anderen Übung.',
    'prompt.ready': 'Bist du in Position? Sag weiter, wenn du bereit bist.',
    'prompt.painReminder': 'Wenn etwas wehtut, sag „Alexa, das tut weh“.',
    'prompt.begin': 'Können wir anfangen? Sag weiter.',
    'prompt.gentlerToo': 'Möchtest du auch die sanftere Variante hören? Sag ja oder nein.',
    'prompt.gentlerOrResume': 'Möchtest du die sanftere Variante hören? Sag ja, oder sag weitermachen, um fortzufahren.',
    'reprompt.gentlerToo': 'Soll ich dir die sanftere Variante erklären? Sag ja oder nein.',
    'prompt.nextSide': 'Bereit für die {{side}} Seite? Sag weiter.',
    'prompt.continue': 'Bereit zum Weitermachen? Sag weiter.',
    'prompt.finish': 'Das war die letzte Übung. Bereit zum Abschluss? Sag fertig.',
    'prompt.nextExercise': 'Als Nächstes: {{exercise}}, {{position}}. Bereit? Sag weiter.',
    'prompt.paused': 'Wollen wir mit der Übung {{exercise}} weitermachen? Sag weitermachen.',
    'reprompt.idle': 'Sollen wir mit den Übungen anfangen? Sag starte, oder sag stopp.',
    'reprompt.tryIt': 'Möchtest du die Übung {{exercise}} ausprobieren? Sag ja oder nein.',
    'reprompt.next': 'Bist du bereit? Sag weiter, oder sag stopp, um aufzuhören.',
    'reprompt.finish': 'Bereit zum Abschluss? Sag fertig.',
    'reprompt.paused': 'Sollen wir weitermachen? Sag weitermachen, oder sag stopp.',
    'reprompt.mildChoices': 'Was möchtest du: sanfter, überspringen oder stopp?',
    'reprompt.sharpChoices': 'Sollen wir weitermachen? Sag weiter, oder sag stopp.',
    'exercise.excluded':
      'Die Übung {{exercise}} habe ich weggelassen, weil wir sie schon zweimal wegen Schmerzen abbrechen mussten. Wenn du sie trotzdem probieren möchtest, frag einfach mit ihrem Namen danach.',
    'memory.hurtLastTime': 'Letztes Mal hat die Übung {{exercise}} wehgetan. Deshalb machen wir heute die sanftere Variante.',
    'memory.streak': 'Das sind jetzt {{days}} hintereinander.',
    'memory.firstDay': 'Komm morgen wieder, dann beginnt deine Serie.',
    'memory.resuming': 'Wir machen da weiter, wo du aufgehört hast.',
    'memory.nothingToResume': 'Es gibt kein angefangenes Programm zum Fortsetzen. Also fangen wir von vorne an.',
    'memory.daysInARow': 'Du hast {{days}} hintereinander gedehnt.',
    'memory.totals': 'Diese Woche hast du {{sessions}} geschafft und insgesamt {{minutes}} gedehnt.',
    'memory.favourites': 'Am häufigsten machst du: {{exercises}}.',
    'memory.noHistory': 'Du hast mit mir noch keine Übungen gemacht. Nach deiner ersten Einheit kann ich dir hier deinen Fortschritt sagen.',
    'memory.unavailable': 'Entschuldige, ich komme gerade nicht an deinen Verlauf. Frag bitte etwas später noch mal.',
    'memory.forgotten': 'Erledigt. Ich habe deinen Übungsverlauf gelöscht.',
    'memory.kept': 'Okay, dein Verlauf bleibt gespeichert.',
    'memory.forgetFailed': 'Entschuldige, ich konnte deinen Verlauf gerade nicht löschen. Versuch es bitte später noch mal.',
    'prompt.resumeOffer':
      'Letztes Mal hast du bei der Übung {{exercise}} aufgehört. Willst du dort weitermachen? Sag ja, oder sag nein, um neu anzufangen.',
    'reprompt.resumeOffer': 'Sollen wir da weitermachen, wo du aufgehört hast? Sag ja oder nein.',
    'prompt.confirmForget': 'Soll ich deinen Übungsverlauf löschen? Sag ja oder nein.',
    'reprompt.confirmForget': 'Soll ich deinen Verlauf löschen? Sag ja oder nein.',
    'prompt.didSomethingHurt':
      'Entschuldige, das habe ich nicht verstanden, deshalb habe ich angehalten. Hat dir etwas wehgetan? Dann sag „Alexa, das tut weh“, oder sag weitermachen, um fortzufahren.',
    'reprompt.didSomethingHurt': 'Hat dir etwas wehgetan? Dann sag „Alexa, das tut weh“, oder sag weitermachen.',
  },
});

/**
 * Alexa offers German in one locale, de-DE, which also serves Austria and Switzerland. The pack is
 * written for Germany: 112 for an ambulance (Feuerwehr und Rettungsdienst; 110 is the police), said digit
 * by digit as Germans say it, "eins eins zwei"; for the same day, the ärztlicher Bereitschaftsdienst on
 * 116 117 when the practice is closed (docs/pain-safety.md, section 4); and "physiotherapeutisch", the
 * word used across German-speaking countries. 112 also reaches emergency services in Austria and
 * Switzerland.
 */
export const deRegions = regions({
  'de-DE': {},
});
