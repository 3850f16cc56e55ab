import { nl as exercises } from '../exercises/nl';
import { languagePack, regions } from '../language-pack';

/**
 * Dutch speech. Written the way a Dutch coach talks: informal "je", short sentences, and the words the
 * user is told to say ("volgende", "het doet pijn", "verder", "overslaan", "makkelijker", "stop", "klaar")
 * are samples of the nl-NL interaction model, so what Alexa suggests is what she understands. Pain is
 * reported with the wake word, since the user says it while Alexa is talking: ‘Alexa, het doet pijn’, in
 * the single quotation marks Dutch print uses.
 */
export const nl = languagePack({
  // The same content takes about eight percent more characters in Dutch than in English (messages and
  // exercise texts here against en.ts), while a voice conveys about as much per second in either
  // language; the English 14.5 scaled by that ratio. Long compound numbers ("zevenentwintig") still
  // take over a second each, so a count in the twenties leaves out a word now and then (see hold.ts).
  charactersPerSecond: 15.5,
  exercises,
  screen: {
    title: 'Rugoefeningen',
    hurts: 'Het doet pijn',
    pause: 'Pauze',
    resume: 'Verder',
    next: 'Volgende',
    progress: 'Oefening {{n}} van {{total}}',
  },
  routines: {
    default: 'je vaste rugroutine',
    chair: 'de stoelroutine',
    floor: 'de vloerroutine',
    full: 'de volledige routine',
  },
  numbers: [
    'nul', 'één', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen', 'tien',
    'elf', 'twaalf', 'dertien', 'veertien', 'vijftien', 'zestien', 'zeventien', 'achttien', 'negentien', 'twintig',
    'eenentwintig', 'tweeëntwintig', 'drieëntwintig', 'vierentwintig', 'vijfentwintig', 'zesentwintig',
    'zevenentwintig', 'achtentwintig', 'negenentwintig', 'dertig',
    'eenendertig', 'tweeëndertig', 'drieëndertig', 'vierendertig', 'vijfendertig', 'zesendertig', 'zevenendertig',
    'achtendertig', 'negenendertig', 'veertig',
    'eenenveertig', 'tweeënveertig', 'drieënveertig', 'vierenveertig', 'vijfenveertig', 'zesenveertig',
    'zevenenveertig', 'achtenveertig', 'negenenveertig', 'vijftig',
    'eenenvijftig', 'tweeënvijftig', 'drieënvijftig', 'vierenvijftig', 'vijfenvijftig', 'zesenvijftig',
    'zevenenvijftig', 'achtenvijftig', 'negenenvijftig', 'zestig',
  ],
  speech: {
    'hold.start': 'Vasthouden.',
    'hold.keepHolding': 'Blijf zo.',
    'hold.long': 'Blijf zo, en ontspan {{duration}} lang.',
    'hold.left': 'Nog {{duration}}.',
    // Dutch has only "one" and "other"; "één" with accents so the voice says the number, not the article.
    'duration.seconds_one': 'één seconde',
    'duration.seconds_other': '{{n}} seconden',
    'duration.minutes_one': 'één minuut',
    'duration.minutes_other': '{{n}} minuten',
    'duration.days_one': 'één dag',
    'duration.days_other': '{{n}} dagen',
    sessions_one: 'één sessie',
    sessions_other: '{{n}} sessies',
    stretches_one: 'één oefening',
    stretches_other: '{{n}} oefeningen',
    // The side word joins "kant" into one compound: "de linkerkant", "de rechterkant".
    'side.generic': 'Nu de {{side}}kant.',
    'sideName.right': 'rechter',
    'sideName.left': 'linker',
    'explain.intro': 'Zo doe je {{exercise}}. {{needs}}',
    'explain.caution': 'Let op. {{caution}}',
    'explain.gentler': 'Voor een lichtere versie:',
    emergencyNumber: 'één één twee',
  },
  messages: {
    welcome: 'Welkom bij Rugoefeningen.',
    disclaimer:
      'Even vooraf: dit is geen medisch advies. Ben je zwanger of heb je kort geleden een blessure gehad, overleg dan eerst met je huisarts. En stop als iets pijn doet.',
    goodbye: 'Zorg goed voor je rug. Tot ziens.',
    fallback: 'Sorry, dat verstond ik niet.',
    'error.apology': 'Sorry, er ging bij mij iets mis.',
    'routine.start': 'We doen {{routine}}: {{stretches}}, ongeveer {{minutes}}. Doet er iets pijn, zeg dan op elk moment ‘Alexa, het doet pijn’, en ik stop meteen.',
    'routine.done': 'Dat waren al je oefeningen. Je hebt {{stretches}} gedaan. Goed gedaan.',
    'routine.overview': 'De vaste routine heeft {{stretches}} en duurt ongeveer {{minutes}}.',
    'routine.remaining': 'Je hebt nog {{stretches}} te gaan, ongeveer {{minutes}}.',
    'routine.noneLeft': 'Dat was de laatste. Er komen geen oefeningen meer.',
    'exercise.start': 'Daar gaan we: {{exercise}}.',
    'exercise.leftOut': 'Vandaag laat ik {{exercise}} weg, omdat een vergelijkbare beweging eerder pijn deed.',
    'exercise.list': 'Ik kan je door deze oefeningen begeleiden: {{exercises}}.',
    'exercise.unknown': 'Die ken ik niet. Ik kan je begeleiden bij oefeningen zoals {{exercises}}.',
    'exercise.unknownExplain': 'Die ken ik niet. Ik kan oefeningen uitleggen zoals {{exercises}}.',
    'exercise.avoided': 'Een vergelijkbare beweging deed eerder pijn, dus we laten {{exercise}} vandaag weg.',
    'rep.number': 'Herhaling {{n}} van {{total}}.',
    'rep.release': 'En ontspannen.',
    'stop.summary': 'Je hebt vandaag {{stretches}} gedaan. Lekker bezig.',
    'advice.lasting':
      "Houdt je rugpijn langer dan een paar weken aan, wordt hij erger, word je er 's nachts wakker van, of heb je er koorts of gewichtsverlies bij, ga dan naar je huisarts.",
    'nav.stayPaused': 'Oké, we blijven even op pauze.',
    'nav.takeYourTime': 'Oké, neem de tijd.',
    'nav.nothingToSkip': 'We zijn nog niet aan een oefening begonnen, dus er valt niets over te slaan.',
    'nav.nothingToPause': 'Er loopt nu niets, dus er valt niets te pauzeren.',
    'nav.paused':
      'Even pauze. Neem de tijd. Zeg verder als je zover bent. Wil je later verder, zeg dan ‘Alexa, vraag mijn rugoefeningen om verder te gaan’.',
    'nav.fromTheTop': 'We beginnen weer bij het begin.',
    'nav.resuming': 'We gaan verder.',
    'nav.pickingUp': 'We gaan verder met {{exercise}}, waar we gebleven waren.',
    'nav.nothingYet': 'We zijn nog niet aan een oefening begonnen.',
    'nav.firstAlready': 'Dit is de eerste oefening, dus we beginnen er gewoon opnieuw aan.',
    'help.idle':
      'Ik begeleid je bij rustige rekoefeningen voor je bovenrug en je middenrug, en ik tel voor je mee. Zeg start voor de vaste routine, of vraag om de stoelroutine of de vloerroutine. Je kunt ook vragen hoe een oefening gaat, zoals de cobra.',
    'help.exercising':
      'Ik begeleid je door je oefeningen, en tel met je mee. Zeg volgende om door te gaan, of herhaal om het nog eens te horen. Je kunt ook zeggen: overslaan, pauze, langzamer of makkelijker. Doet er iets pijn, zeg dan ‘Alexa, het doet pijn’, ook als ik aan het praten ben, en ik stop.',
    'help.paused':
      'We hebben even pauze. Zeg verder om door te gaan, overslaan voor de volgende oefening, of stop om te eindigen. Doet er iets pijn, zeg dan ‘Alexa, het doet pijn’.',
    'help.pain': 'Ik ben gestopt omdat er iets pijn deed. Ik stel je een paar korte vragen, zodat we alleen doen wat veilig is.',
    'settings.slower': 'Oké, ik ga langzamer, en je krijgt meer tijd tussen de herhalingen.',
    'settings.longer': 'Oké, vanaf nu houden we langer vast.',
    'settings.keepShort': 'Omdat er eerder iets pijn deed, houden we vandaag korter vast.',
    'gentler.start': 'We proberen een lichtere versie van {{exercise}}.',
    'gentler.nothing': 'Er loopt nu geen oefening die ik lichter kan maken.',
    'pain.stop': 'Oké, we stoppen. Kom langzaam uit de houding, en ga ergens lekker zitten of liggen.',
    'pain.heard': 'Ik hoor je. We zijn gestopt.',
    'pain.again':
      'Dit is vandaag al de tweede keer dat er iets pijn doet, dus we stoppen hier. Rust goed uit, en overleg met je huisarts of fysiotherapeut voordat je deze oefeningen weer doet.',
    'pain.redFlagQuestion':
      'Eerst even dit: heb je pijn op de borst, moeite met ademhalen, een plotselinge, scheurende pijn tussen je schouderbladen, een doof gevoel of krachtverlies, of moeite om je plas op te houden? Of voel je je flauw, klam of misselijk?',
    'pain.redFlagReprompt': 'Heb je daar iets van? Bel dan nu $t(emergencyNumber). Zo niet, zeg dan nee.',
    'pain.redFlagSimpler':
      'Ik vraag het even anders. Heb je naast de pijn nog andere klachten, zoals pijn op de borst, moeite met ademhalen of een doof gevoel, of voel je je flauw? Zeg ja of nee.',
    'pain.redFlagAdvice':
      'Stop dan met oefenen en zoek nu medische hulp. Heb je pijn op de borst, moeite met ademhalen, een scheurende pijn in je rug, of kun je ineens je plas of ontlasting niet meer ophouden, bel dan meteen $t(emergencyNumber).',
    'pain.urgentQuestion':
      "En is het begonnen na een val of een ongeluk? Of heb je koorts, 's nachts pijn die niet minder wordt als je rust, of ben je zomaar afgevallen?",
    'pain.urgentSimpler': 'Even checken: ben je gevallen of heb je je bezeerd, of voel je je ziek? Zeg ja of nee.',
    'pain.urgentReprompt':
      'Is de pijn begonnen na een val of een ongeluk, of heb je koorts? Zo ja, bel dan vandaag nog je huisarts of de huisartsenpost. Zo niet, zeg dan nee.',
    // The huisartsenpost takes over when the practice is closed (evenings, nights, weekends); there is no national number.
    'pain.urgentAdvice':
      'Dan stoppen we voor vandaag. Bel vandaag nog je huisarts, of de huisartsenpost als de praktijk dicht is. En doe deze oefeningen pas weer als de dokter zegt dat het kan.',
    'pain.kindSimpler': 'Voelt het scherp, als een steek? Of meer als een flinke rek, of een zeurende pijn? Zeg scherp, of zeg zeurend.',
    'pain.carefulStop':
      'Omdat we het niet zeker weten, stoppen we voor vandaag. Laat je rug eerst nakijken door je huisarts, voordat je weer gaat rekken.',
    'pain.emergencyIfSymptoms':
      'Krijg je pijn op de borst, moeite met ademhalen, een doof gevoel of krachtverlies, of kun je je plas of ontlasting niet meer ophouden, bel dan meteen $t(emergencyNumber).',
    'pain.kindQuestion': 'Is het een scherpe, stekende of schietende pijn? Of meer een flinke rek, of een zeurende pijn?',
    'pain.mild':
      'Dank je. Rekken hoort te voelen als lichte spanning, nooit als pijn, dus we doen het rustiger aan. Vanaf nu houden we korter vast.',
    'pain.sharp':
      'Fijn dat je het zegt. We slaan deze oefening vandaag over, en ook elke oefening met een vergelijkbare beweging. Zakt de pijn niet na wat rust, of komt hij steeds terug, ga dan langs bij je huisarts of fysiotherapeut.',
    'pain.mildChoices':
      'Wil je een lichtere versie van {{exercise}} proberen, doorgaan naar de volgende oefening, of stoppen voor vandaag? Zeg makkelijker, overslaan of stop.',
    'pain.mildChoicesNoRoutine':
      'Wil je een rustige routine op een stoel, waarbij we korter vasthouden? Zeg ja, of zeg stop om het voor vandaag af te ronden.',
    'pain.sharpChoices':
      'Gaan we verder met {{exercise}}, als je er klaar voor bent? Zeg volgende, of zeg stop om het voor vandaag af te ronden.',
    'pain.answerFirst': 'Voordat we verdergaan, heb ik eerst je antwoord nodig.',
    'pain.gentleRoutine': 'Oké. We doen het rustig aan, zittend op een stoel, en we houden korter vast. Doet er iets pijn, zeg dan meteen ‘Alexa, het doet pijn’.',
    'prompt.idle': 'Wil je met je oefeningen beginnen? Zeg start, of vraag me hoe een oefening gaat.',
    'prompt.tryIt': 'Wil je {{exercise}} nu proberen? Zeg ja, of vraag naar een andere oefening.',
    'prompt.ready': 'Zit of lig je goed in de houding? Zeg volgende als je zover bent.',
    'prompt.painReminder': 'Doet er iets pijn, zeg dan ‘Alexa, het doet pijn’.',
    'prompt.begin': 'Klaar om te beginnen? Zeg volgende.',
    'prompt.gentlerToo': 'Wil je de lichtere versie ook horen? Zeg ja of nee.',
    'prompt.gentlerOrResume': 'Wil je de lichtere versie horen? Zeg ja, of zeg verder om door te gaan.',
    'reprompt.gentlerToo': 'Zal ik je de lichtere versie vertellen? Zeg ja of nee.',
    'prompt.nextSide': 'Klaar voor de {{side}}kant? Zeg volgende.',
    'prompt.continue': 'Klaar om verder te gaan? Zeg volgende.',
    'prompt.finish': 'Dat was de laatste oefening. Klaar om af te ronden? Zeg klaar.',
    'prompt.nextExercise': 'Hierna komt {{exercise}}, {{position}}. Klaar? Zeg volgende.',
    'prompt.paused': 'Klaar om verder te gaan met {{exercise}}? Zeg verder.',
    'reprompt.idle': 'Zullen we met je oefeningen beginnen? Zeg start, of zeg stop.',
    'reprompt.tryIt': 'Wil je {{exercise}} proberen? Zeg ja of nee.',
    'reprompt.next': 'Ben je klaar? Zeg volgende, of zeg stop om te eindigen.',
    'reprompt.finish': 'Klaar om af te ronden? Zeg klaar.',
    'reprompt.paused': 'Klaar om verder te gaan? Zeg verder, of zeg stop.',
    'reprompt.mildChoices': 'Wat wil je: makkelijker, overslaan of stop?',
    'reprompt.sharpChoices': 'Gaan we verder? Zeg volgende, of zeg stop.',
    'exercise.excluded':
      'Ik heb {{exercise}} weggelaten, omdat we daar al twee keer mee moesten stoppen vanwege pijn. Vraag er gerust naar als je hem toch wilt proberen.',
    'memory.hurtLastTime': 'Vorige keer deed {{exercise}} pijn, dus we doen de lichtere versie.',
    'memory.streak': 'Dat is {{days}} op rij.',
    'memory.firstDay': 'Kom morgen terug, dan begin je aan een reeks.',
    'memory.resuming': 'We gaan verder waar je gestopt bent.',
    'memory.nothingToResume': 'Er is geen onafgemaakte routine om mee verder te gaan, dus we beginnen bij het begin.',
    'memory.daysInARow': 'Je hebt nu {{days}} achter elkaar geoefend.',
    'memory.totals': 'Deze week heb je {{sessions}} gedaan, met in totaal {{minutes}} aan rekoefeningen.',
    'memory.favourites': 'De oefeningen die je het vaakst doet, zijn {{exercises}}.',
    'memory.noHistory': 'Je hebt nog geen oefeningen met mij gedaan. Na je eerste sessie hoor je hier je voortgang.',
    'memory.unavailable': 'Sorry, ik kan je geschiedenis nu niet bereiken. Vraag het straks nog eens.',
    'memory.forgotten': 'Is gebeurd. Je oefengeschiedenis is gewist.',
    'memory.kept': 'Oké, ik heb je geschiedenis bewaard.',
    'memory.forgetFailed': 'Sorry, het wissen van je geschiedenis lukte nu niet. Probeer het later nog eens.',
    'prompt.resumeOffer': 'Vorige keer stopte je bij {{exercise}}. Wil je daar verder? Zeg ja, of zeg nee om opnieuw te beginnen.',
    'reprompt.resumeOffer': 'Zullen we verdergaan waar je gestopt was? Zeg ja of nee.',
    'prompt.confirmForget': 'Wil je dat ik je oefengeschiedenis wis? Zeg ja of nee.',
    'reprompt.confirmForget': 'Zal ik je geschiedenis wissen? Zeg ja of nee.',
    'prompt.didSomethingHurt':
      'Sorry, dat verstond ik niet, dus ik heb even gepauzeerd. Deed er iets pijn? Zeg dan ‘Alexa, het doet pijn’, of zeg verder om door te gaan.',
    'reprompt.didSomethingHurt': 'Deed er iets pijn? Zeg dan ‘Alexa, het doet pijn’, of zeg verder om door te gaan.',
  },
});

/**
 * Alexa speaks Dutch in one locale only. The Netherlands' emergency number, 112 ("één één twee", as the
 * Dutch say it), the same-day advice (the huisarts, or the regional huisartsenpost out of hours: there is
 * no national number for it, docs/pain-safety.md section 4) and "fysiotherapeut" are already the base
 * pack's words, so nl-NL changes nothing.
 */
export const nlRegions = regions({
  'nl-NL': {},
});
