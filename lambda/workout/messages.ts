/**
 * Every sentence the workout can ask the speech layer to say, by key. The English resources are typed
 * against this list, so a key cannot be used without its text.
 */
export const MESSAGE_KEYS = [
  'welcome', 'disclaimer', 'goodbye', 'fallback', 'error.apology',
  'routine.start', 'routine.done', 'routine.overview', 'routine.remaining', 'routine.noneLeft',
  'exercise.start', 'exercise.leftOut', 'exercise.list', 'exercise.unknown', 'exercise.unknownExplain', 'exercise.avoided',
  'rep.number', 'rep.release',
  'stop.summary', 'advice.lasting',
  'nav.stayPaused', 'nav.takeYourTime', 'nav.nothingToSkip', 'nav.nothingToPause', 'nav.paused', 'nav.fromTheTop',
  'nav.resuming', 'nav.pickingUp', 'nav.nothingYet', 'nav.firstAlready',
  'help.idle', 'help.paused', 'help.exercising', 'help.pain',
  'settings.slower', 'settings.longer', 'settings.keepShort',
  'gentler.start', 'gentler.nothing',
  'pain.stop', 'pain.heard', 'pain.again', 'pain.redFlagQuestion', 'pain.redFlagAdvice', 'pain.kindQuestion',
  'pain.mild', 'pain.sharp', 'pain.mildChoices', 'pain.mildChoicesNoRoutine', 'pain.sharpChoices', 'pain.answerFirst',
  'pain.gentleRoutine',
  'prompt.idle', 'prompt.tryIt', 'prompt.ready', 'prompt.begin', 'prompt.gentlerToo', 'prompt.gentlerOrResume', 'reprompt.gentlerToo', 'prompt.nextSide', 'prompt.continue', 'prompt.finish', 'prompt.nextExercise', 'prompt.paused',
  'reprompt.idle', 'reprompt.tryIt', 'reprompt.next', 'reprompt.finish', 'reprompt.paused', 'reprompt.mildChoices',
  'reprompt.sharpChoices',
  'exercise.excluded',
  'memory.hurtLastTime', 'memory.streak', 'memory.firstDay', 'memory.resuming', 'memory.nothingToResume',
  'memory.daysInARow', 'memory.totals', 'memory.favourites', 'memory.noHistory', 'memory.unavailable',
  'memory.forgotten', 'memory.kept', 'memory.forgetFailed',
  'prompt.resumeOffer', 'reprompt.resumeOffer', 'prompt.confirmForget', 'reprompt.confirmForget',
] as const;

export type MessageKey = (typeof MESSAGE_KEYS)[number];
