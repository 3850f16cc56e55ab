import { fr as exercises } from '../exercises/fr';
import { languagePack, regionMessages, regions } from '../language-pack';

/**
 * French number words. Past sixty because a longer hold or a long routine can be said in seconds or
 * minutes up to ninety and more, and a number left as digits would be the one thing on the screen
 * card that does not read as words.
 */
const UNITS = ['zéro', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix',
  'onze', 'douze', 'treize', 'quatorze', 'quinze', 'seize'];
const TENS: Readonly<Record<number, string>> = { 2: 'vingt', 3: 'trente', 4: 'quarante', 5: 'cinquante', 6: 'soixante' };

function frenchNumber(n: number): string {
  if (n <= 16) return UNITS[n] ?? String(n);
  if (n < 20) return `dix-${UNITS[n - 10] ?? ''}`;
  if (n === 100) return 'cent';
  if (n >= 80) return n === 80 ? 'quatre-vingts' : `quatre-vingt-${frenchNumber(n - 80)}`;
  // Seventy is "sixty-ten" in France and Quebec alike (Belgium and Switzerland say "septante", Alexa's French locales do not).
  if (n >= 70) return n === 71 ? 'soixante et onze' : `soixante-${frenchNumber(n - 60)}`;
  const tens = Math.floor(n / 10);
  const unit = n % 10;
  const word = TENS[tens] ?? String(n);
  if (unit === 0) return word;
  return unit === 1 ? `${word} et un` : `${word}-${UNITS[unit] ?? ''}`;
}

export const fr = languagePack({
  /*
   * Calibrated against the English pack (14.5): the same sentences take 1.14 times as many characters in
   * this pack (silent endings, "eau", "ent"): 16.5 if French said the same content in the same time, 15.2
   * if it takes the nine percent longer that syllable-rate studies measure for French information rate.
   * 16 sits between the two.
   * Count words in the twenties ("vingt-quatre") are long on paper for how fast they are said, so the
   * estimate drops one of them in a thirty-second hold, as it drops "twenty four" in English.
   */
  charactersPerSecond: 16,
  exercises,
  screen: {
    title: 'Étirements dorsaux',
    hurts: 'Ça fait mal',
    pause: 'Pause',
    resume: 'Reprendre',
    next: 'Suivant',
    progress: 'Étirement {{n}} sur {{total}}',
  },
  routines: {
    default: "votre routine d'étirements",
    chair: 'la routine sur chaise',
    floor: 'la routine au sol',
    full: 'la routine complète',
  },
  numbers: Array.from({ length: 101 }, (_, n) => frenchNumber(n)),
  // Secondes, minutes and séances are feminine: "vingt et une minutes", not "vingt et un".
  countWord: (n, noun) => (noun === 'stretches' || noun === 'days' ? undefined : frenchNumber(n).replace(/(^|[ -])un$/, '$1une')),
  speech: {
    // "On tient" is how a French coach calls a hold; a bare "Tenez" sounds like handing something over.
    'hold.start': 'On tient.',
    'hold.keepHolding': 'On tient toujours.',
    'hold.long': 'Restez dans la posture pendant {{duration}}, et relâchez-vous.',
    'hold.left': 'Encore {{duration}}.',
    // French counts zero in the singular ("zéro seconde"), and i18next picks `_zero` before `_one` for it.
    'duration.seconds_zero': 'zéro seconde',
    'duration.seconds_one': 'une seconde',
    'duration.seconds_many': '{{n}} secondes',
    'duration.seconds_other': '{{n}} secondes',
    'duration.minutes_zero': 'zéro minute',
    'duration.minutes_one': 'une minute',
    'duration.minutes_many': '{{n}} minutes',
    'duration.minutes_other': '{{n}} minutes',
    'duration.days_zero': 'zéro jour',
    'duration.days_one': 'un jour',
    'duration.days_many': '{{n}} jours',
    'duration.days_other': '{{n}} jours',
    sessions_zero: 'zéro séance',
    sessions_one: 'une séance',
    sessions_many: '{{n}} séances',
    sessions_other: '{{n}} séances',
    stretches_zero: 'zéro étirement',
    stretches_one: 'un étirement',
    stretches_many: '{{n}} étirements',
    stretches_other: '{{n}} étirements',
    'side.generic': 'Maintenant, le côté {{side}}.',
    'sideName.right': 'droit',
    'sideName.left': 'gauche',
    'explain.intro': 'Voici comment faire {{exercise}}. {{needs}}',
    'explain.caution': 'Petite mise en garde. {{caution}}',
    'explain.gentler': 'Pour une version plus douce :',
    /*
     * France: the SAMU's fifteen is the number French people are told to call for a medical emergency,
     * and 112 reaches the same services from any phone. Said as French people say them, with the article
     * ("appelez le quinze", "le cent douze"), so a sentence says "appelez $t(emergencyNumber)".
     */
    emergencyNumber: 'le quinze ou le cent douze',
  },
  messages: {
    welcome: 'Bienvenue dans vos étirements dorsaux.',
    disclaimer:
      "Petite précision : ceci n'est pas un avis médical. Si vous êtes enceinte ou si vous avez une blessure récente, demandez d'abord l'avis de votre médecin, et arrêtez dès que quelque chose fait mal.",
    goodbye: 'Prenez soin de votre dos. Au revoir.',
    // Alexa speaks of herself in the feminine in French: "désolée", "je me suis arrêtée".
    fallback: "Désolée, je n'ai pas bien compris.",
    'error.apology': 'Désolée, un problème est survenu de mon côté.',
    'routine.start': "On commence {{routine}} : {{stretches}}, environ {{minutes}}. Si quelque chose fait mal, dites « Alexa, j'ai mal » à tout moment, et je m'arrête.",
    'routine.done': "C'est la fin de vos étirements. Vous avez fait {{stretches}}. Bravo.",
    'routine.overview': 'La routine habituelle compte {{stretches}} et dure environ {{minutes}}.',
    'routine.remaining': 'Il vous reste {{stretches}}, environ {{minutes}}.',
    'routine.noneLeft': "C'était le dernier. Il ne reste plus d'étirements.",
    'exercise.start': "C'est parti : {{exercise}}.",
    'exercise.leftOut': "Aujourd'hui, je laisse de côté {{exercise}}, parce qu'un mouvement proche vous a fait mal tout à l'heure.",
    'exercise.list': 'Je peux vous guider pour ces étirements : {{exercises}}.',
    'exercise.unknown': 'Je ne connais pas celui-là. Je peux vous guider pour des étirements comme {{exercises}}.',
    'exercise.unknownExplain': 'Je ne connais pas celui-là. Je peux vous expliquer des étirements comme {{exercises}}.',
    'exercise.avoided': "Un mouvement proche vous a fait mal tout à l'heure, alors on laisse {{exercise}} de côté aujourd'hui.",
    'rep.number': 'Répétition {{n}} sur {{total}}.',
    'rep.release': 'Et relâchez.',
    'stop.summary': "Vous avez fait {{stretches}} aujourd'hui. Beau travail.",
    'advice.lasting':
      "Si votre mal de dos dure plus de quelques semaines, s'aggrave, vous réveille la nuit, ou s'accompagne de fièvre ou d'une perte de poids, consultez un médecin.",
    'nav.stayPaused': "D'accord, on reste en pause.",
    'nav.takeYourTime': "D'accord, prenez votre temps.",
    'nav.nothingToSkip': "On n'a pas encore commencé d'étirement, il n'y a donc rien à passer.",
    'nav.nothingToPause': "Rien n'est en cours, il n'y a donc rien à mettre en pause.",
    'nav.paused':
      "Pause. Prenez votre temps. Dites continuer quand vous voulez. Si vous revenez plus tard, dites « Alexa, demande à mes étirements dorsaux de reprendre ».",
    'nav.fromTheTop': 'On recommence depuis le début.',
    'nav.resuming': 'On continue.',
    'nav.pickingUp': 'On reprend {{exercise}} là où on en était.',
    'nav.nothingYet': "On n'a pas encore commencé d'étirement.",
    'nav.firstAlready': "C'est le premier étirement, alors on le reprend depuis le début.",
    'help.idle':
      'Je vous guide dans des étirements doux pour le haut et le milieu du dos, et je compte les temps de maintien pour vous. Dites commencer pour la routine habituelle, ou demandez la routine sur chaise ou la routine au sol. Vous pouvez aussi me demander comment faire un étirement, comme le cobra.',
    // After "dites", every command word as an infinitive or a noun, never a "tu" form like "répète".
    'help.exercising':
      "Je compte vos étirements avec vous. Dites suivant pour avancer, répéter pour réentendre, passer, pause, plus lentement, ou plus doux. Si quelque chose fait mal, dites « Alexa, j'ai mal », même pendant que je parle, et je m'arrête.",
    'help.paused':
      "On est en pause. Dites continuer pour reprendre, passer pour aller à l'étirement suivant, ou stop pour terminer. Si quelque chose fait mal, dites « Alexa, j'ai mal ».",
    'help.pain':
      'Je me suis arrêtée parce que quelque chose vous a fait mal. Je vais vous poser quelques questions rapides, pour ne faire que ce qui est sans danger.',
    'settings.slower': "D'accord, je ralentis, et je vous laisse plus de temps entre les répétitions.",
    'settings.longer': "D'accord, on tiendra plus longtemps à partir de maintenant.",
    'settings.keepShort': "Comme quelque chose vous a fait mal tout à l'heure, on garde des maintiens courts aujourd'hui.",
    'gentler.start': 'Essayons {{exercise}} en version plus douce.',
    'gentler.nothing': "Il n'y a pas d'étirement en cours à adoucir.",
    'pain.stop': "D'accord, on arrête. Sortez doucement de la position, et installez-vous confortablement pour vous reposer.",
    'pain.heard': "J'ai compris. On a arrêté.",
    'pain.again':
      "C'est la deuxième fois que quelque chose vous fait mal aujourd'hui, alors on s'arrête là. Reposez-vous, et demandez l'avis d'un médecin ou d'un kinésithérapeute avant de refaire ces étirements.",
    'pain.redFlagQuestion':
      "D'abord, avez-vous une douleur dans la poitrine, du mal à respirer, une douleur brutale et déchirante entre les omoplates, un engourdissement ou une faiblesse, ou du mal à contrôler votre vessie ? Ou bien un malaise, des sueurs, ou la nausée ?",
    'pain.redFlagAdvice':
      'Arrêtez les exercices, et demandez tout de suite une aide médicale. En cas de douleur dans la poitrine, de difficulté à respirer, de douleur déchirante dans le dos, ou de perte soudaine du contrôle de la vessie ou des selles, appelez immédiatement $t(emergencyNumber).',
    'pain.redFlagReprompt': "Avez-vous l'un de ces signes ? Si oui, appelez tout de suite $t(emergencyNumber). Sinon, dites non.",
    'pain.redFlagSimpler':
      "Je reformule. À part la douleur, y a-t-il autre chose, comme une douleur dans la poitrine, du mal à respirer, un engourdissement, ou un malaise ? Dites oui ou non.",
    'pain.urgentQuestion':
      'Et cette douleur a-t-elle commencé après une chute ou un accident, ou avez-vous de la fièvre, une douleur la nuit que le repos ne calme pas, ou une perte de poids inexpliquée ?',
    // "Avez-vous fait une chute", not "êtes-vous tombé": no past participle that agrees with the user.
    'pain.urgentSimpler': 'Juste pour vérifier : avez-vous fait une chute ou eu un accident, ou êtes-vous malade en ce moment ? Dites oui ou non.',
    'pain.urgentReprompt': 'La douleur a-t-elle commencé après une chute, ou avez-vous de la fièvre ? Dites oui ou non.',
    // France: the médecin traitant the same day, or the doctor on call when the surgery is closed.
    'pain.urgentAdvice':
      "Alors on s'arrête là pour aujourd'hui. Consultez votre médecin traitant aujourd'hui même, ou à défaut un médecin de garde, et attendez son feu vert avant de refaire ces étirements.",
    'pain.kindSimpler': 'Est-ce que ça fait mal comme un coup de poignard ? Ou plutôt comme un gros étirement, ou une courbature ? Dites douleur vive, ou dites étirement.',
    'pain.carefulStop':
      "Dans le doute, on s'arrête là pour aujourd'hui. Faites examiner votre dos par un médecin avant de refaire ces étirements.",
    'pain.emergencyIfSymptoms':
      'Si vous ressentez une douleur dans la poitrine, du mal à respirer, un engourdissement ou une faiblesse, ou si vous perdez le contrôle de votre vessie ou de vos selles, appelez tout de suite $t(emergencyNumber).',
    'pain.kindQuestion':
      'Est-ce une douleur vive, comme un coup de poignard ou une décharge ? Ou plutôt un gros étirement, ou une douleur sourde ?',
    'pain.mild':
      "Merci. Un étirement doit tirer doucement, jamais faire mal, alors on relâche un peu. À partir de maintenant, je raccourcis les temps de maintien.",
    'pain.sharp':
      "Merci de me l'avoir dit. On passe cet exercice aujourd'hui, et tous ceux qui font un mouvement proche. Si la douleur ne se calme pas avec le repos, ou si elle revient, parlez-en à un médecin ou à un kinésithérapeute.",
    'pain.mildChoices':
      "Voulez-vous essayer {{exercise}} en version plus douce, passer à l'étirement suivant, ou arrêter pour aujourd'hui ? Dites plus doux, passer, ou stop.",
    'pain.mildChoicesNoRoutine':
      "Voulez-vous une routine douce sur chaise, avec des maintiens plus courts ? Dites oui, ou dites stop pour terminer pour aujourd'hui.",
    'pain.sharpChoices': "Quand vous le sentez, on continue avec {{exercise}} ? Dites suivant, ou dites stop pour terminer pour aujourd'hui.",
    'pain.answerFirst': "Avant de continuer, j'ai besoin de votre réponse.",
    'pain.gentleRoutine': "D'accord. On y va en douceur, sur une chaise, avec des maintiens plus courts. Si quelque chose fait mal, dites tout de suite « Alexa, j'ai mal ».",
    'prompt.idle': 'Voulez-vous commencer vos étirements ? Dites commencer, ou demandez-moi comment faire un étirement.',
    'prompt.tryIt': 'Voulez-vous essayer {{exercise}} maintenant ? Dites oui, ou demandez-moi un autre étirement.',
    // No "prêt" or "prête": the question is about the position, so it fits whoever is on the mat.
    'prompt.ready': "Vous êtes en place ? Dites suivant quand c'est bon pour vous.",
    'prompt.painReminder': "Si quelque chose fait mal, dites « Alexa, j'ai mal ».",
    'prompt.begin': "On commence ? Dites suivant.",
    'prompt.gentlerToo': 'Voulez-vous aussi entendre la version plus douce ? Dites oui ou non.',
    'prompt.gentlerOrResume': 'Voulez-vous entendre la version plus douce ? Dites oui, ou dites continuer pour reprendre.',
    'reprompt.gentlerToo': 'Je vous explique la version plus douce ? Dites oui ou non.',
    'prompt.nextSide': "On passe au côté {{side}} ? Dites suivant.",
    'prompt.continue': "On continue ? Dites suivant.",
    'prompt.finish': "C'était le dernier étirement. On termine ? Dites terminé.",
    'prompt.nextExercise': "Prochain étirement : {{exercise}}, {{position}}. On y va ? Dites suivant.",
    'prompt.paused': 'On reprend {{exercise}} ? Dites continuer.',
    'reprompt.idle': 'On commence vos étirements ? Dites commencer, ou dites stop.',
    'reprompt.tryIt': 'Voulez-vous essayer {{exercise}} ? Dites oui ou non.',
    'reprompt.next': "C'est bon pour vous ? Dites suivant, ou dites stop pour terminer.",
    'reprompt.finish': 'On termine ? Dites terminé.',
    'reprompt.paused': 'On continue ? Dites continuer, ou dites stop.',
    'reprompt.mildChoices': 'Que préférez-vous : plus doux, passer, ou stop ?',
    'reprompt.sharpChoices': 'On continue ? Dites suivant, ou dites stop.',
    'exercise.excluded':
      "J'ai laissé de côté {{exercise}}, parce qu'il a fallu l'arrêter deux fois à cause d'une douleur. Demandez cet exercice par son nom si vous voulez l'essayer.",
    'memory.hurtLastTime': 'La dernière fois, {{exercise}} vous a fait mal, alors on fait la version plus douce.',
    'memory.streak': 'Ça fait {{days}} de suite.',
    'memory.firstDay': 'Revenez demain pour commencer une série.',
    'memory.resuming': 'On reprend là où vous en étiez.',
    'memory.nothingToResume': "Il n'y a pas de routine inachevée à reprendre, alors on commence depuis le début.",
    'memory.daysInARow': 'Vous avez fait vos étirements {{days}} de suite.',
    'memory.totals': "Cette semaine, vous avez fait {{sessions}}, et {{minutes}} d'étirements en tout.",
    'memory.favourites': 'Les étirements que vous faites le plus sont {{exercises}}.',
    'memory.noHistory': "Vous n'avez pas encore fait d'étirements avec moi. Vos progrès apparaîtront ici après votre première séance.",
    'memory.unavailable': "Désolée, je n'arrive pas à accéder à votre historique pour le moment. Redemandez-moi un peu plus tard.",
    'memory.forgotten': "C'est fait. J'ai supprimé votre historique d'étirements.",
    'memory.kept': "D'accord, je garde votre historique.",
    'memory.forgetFailed': "Désolée, je n'ai pas pu supprimer votre historique. Réessayez plus tard.",
    'prompt.resumeOffer':
      "La dernière fois, la séance s'est arrêtée sur {{exercise}}. On reprend à partir de là ? Dites oui, ou dites non pour repartir de zéro.",
    'reprompt.resumeOffer': 'On reprend là où vous en étiez ? Dites oui ou non.',
    'prompt.confirmForget': "Voulez-vous que je supprime votre historique d'étirements ? Dites oui ou non.",
    'reprompt.confirmForget': 'Je supprime votre historique ? Dites oui ou non.',
    'prompt.didSomethingHurt':
      "Désolée, je n'ai pas compris, alors j'ai mis en pause. Quelque chose vous a fait mal ? Dites « Alexa, j'ai mal », ou dites continuer pour reprendre.",
    'reprompt.didSomethingHurt': "Quelque chose vous a fait mal ? Dites « Alexa, j'ai mal », ou dites continuer pour reprendre.",
  },
});

/**
 * Quebec: "physiothérapeute" (the "physio"), where France says "kinésithérapeute" (the "kiné"); nine one
 * one, said "le neuf un un" as Quebecers do; and for the same day, Info-Santé, "le huit un un", the
 * nurses' line Quebecers call before going to a clinic (docs/pain-safety.md, section 4).
 */
const quebec = regionMessages({
  'pain.again':
    "C'est la deuxième fois que quelque chose vous fait mal aujourd'hui, alors on s'arrête là. Reposez-vous, et demandez l'avis d'un médecin ou d'un physiothérapeute avant de refaire ces étirements.",
  'pain.sharp':
    "Merci de me l'avoir dit. On passe cet exercice aujourd'hui, et tous ceux qui font un mouvement proche. Si la douleur ne se calme pas avec le repos, ou si elle revient, parlez-en à un médecin ou à un physiothérapeute.",
  'pain.urgentAdvice':
    "Alors on s'arrête là pour aujourd'hui. Appelez Info-Santé au huit un un, ou consultez un médecin aujourd'hui même, et attendez l'accord d'un professionnel de la santé avant de refaire ces étirements.",
});

export const frRegions = regions({
  // The base pack is written for France.
  'fr-FR': {},
  'fr-CA': { messages: quebec, speech: { emergencyNumber: 'le neuf un un' } },
});
