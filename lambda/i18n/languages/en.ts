import { en as exercises } from '../exercises/en';
import { languagePack, regionMessages, regions } from '../language-pack';

export const en = languagePack({
  charactersPerSecond: 14.5,
  exercises,
  screen: {
    title: 'Back Stretches',
    hurts: 'It hurts',
    pause: 'Pause',
    resume: 'Resume',
    next: 'Next',
    progress: 'Stretch {{n}} of {{total}}',
  },
  routines: {
    default: 'your back stretch routine',
    chair: 'the chair routine',
    floor: 'the floor routine',
    full: 'the full routine',
  },
  numbers: [
    'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
    'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty',
    'twenty one', 'twenty two', 'twenty three', 'twenty four', 'twenty five', 'twenty six', 'twenty seven',
    'twenty eight', 'twenty nine', 'thirty',
    'thirty one', 'thirty two', 'thirty three', 'thirty four', 'thirty five', 'thirty six', 'thirty seven',
    'thirty eight', 'thirty nine', 'forty',
    'forty one', 'forty two', 'forty three', 'forty four', 'forty five', 'forty six', 'forty seven', 'forty eight',
    'forty nine', 'fifty',
    'fifty one', 'fifty two', 'fifty three', 'fifty four', 'fifty five', 'fifty six', 'fifty seven', 'fifty eight',
    'fifty nine', 'sixty',
  ],
  speech: {
    'hold.start': 'Hold.',
    'hold.keepHolding': 'Keep holding.',
    'hold.long': 'Hold, and relax into it for {{duration}}.',
    'hold.left': '{{duration}} left.',
    'duration.seconds_one': 'one second',
    'duration.seconds_other': '{{n}} seconds',
    'duration.minutes_one': 'one minute',
    'duration.minutes_other': '{{n}} minutes',
    'duration.days_one': 'one day',
    'duration.days_other': '{{n}} days',
    sessions_one: 'one session',
    sessions_other: '{{n}} sessions',
    stretches_one: 'one stretch',
    stretches_other: '{{n}} stretches',
    'side.generic': 'Now the {{side}} side.',
    'sideName.right': 'right',
    'sideName.left': 'left',
    'explain.intro': "Here's how to do {{exercise}}. {{needs}}",
    'explain.caution': 'A word of caution. {{caution}}',
    'explain.gentler': 'For a gentler version:',
    emergencyNumber: 'nine one one',
  },
  messages: {
    welcome: 'Welcome to Back Stretches.',
    disclaimer:
      "A quick note: this is not medical advice. If you're pregnant or recently injured, check with your doctor first, and stop if anything hurts.",
    goodbye: 'Take care of your back. Goodbye.',
    fallback: "Sorry, I didn't catch that.",
    'error.apology': 'Sorry, something went wrong on my side.',
    'routine.start': "Let's do {{routine}}: {{stretches}}, about {{minutes}}. Say 'Alexa, it hurts' at any time, and I'll stop.",
    'routine.done': "That's the end of your stretches. You did {{stretches}}. Well done.",
    'routine.overview': 'The usual routine has {{stretches}} and takes about {{minutes}}.',
    'routine.remaining': 'You have {{stretches}} to go, about {{minutes}}.',
    'routine.noneLeft': 'That was the last one. There are no more stretches to go.',
    'exercise.start': 'Here we go: {{exercise}}.',
    'exercise.leftOut': "Today I'm leaving out {{exercise}}, because a similar movement hurt earlier.",
    'exercise.list': 'I can guide you through these stretches: {{exercises}}.',
    'exercise.unknown': "I don't know that one. I can guide you through stretches like {{exercises}}.",
    'exercise.unknownExplain': "I don't know that one. I can explain stretches like {{exercises}}.",
    'exercise.avoided': "A similar movement hurt earlier, so let's leave {{exercise}} out today.",
    'rep.number': 'Rep {{n}} of {{total}}.',
    'rep.release': 'And release.',
    'stop.summary': 'You did {{stretches}} today. Nice work.',
    'advice.lasting':
      'If your back pain lasts more than a few weeks, gets worse, wakes you at night, or comes with a fever or weight loss, please see a doctor.',
    'nav.stayPaused': "Okay, we'll stay paused.",
    'nav.takeYourTime': 'Okay, take your time.',
    'nav.nothingToSkip': "We haven't started a stretch, so there's nothing to skip.",
    'nav.nothingToPause': "Nothing is running, so there's nothing to pause.",
    'nav.paused': "Paused. Take your time. If the session closes before you're back, say 'Alexa, ask my back stretches to resume'.",
    'nav.fromTheTop': 'Starting again from the top.',
    'nav.resuming': "Let's carry on.",
    'nav.pickingUp': 'Picking up {{exercise}} where we left off.',
    'nav.nothingYet': "We haven't started a stretch yet.",
    'nav.firstAlready': "This is the first stretch, so let's start it again.",
    'help.idle':
      'I guide you through gentle stretches for your upper and middle back, and count the holds for you. Say start for the usual routine, or ask for the chair routine or the floor routine. You can also ask how to do a stretch, like the cobra.',
    'help.exercising':
      "I'm counting you through your stretches. Say next to go on, repeat to hear it again, skip, pause, slower, or easier. If anything hurts, say 'Alexa, it hurts', even while I'm talking, and I'll stop.",
    'help.paused':
      "We're paused. Say resume to carry on, skip to move to the next stretch, or stop to finish. If anything hurts, say 'Alexa, it hurts'.",
    'help.pain': "I stopped because something hurt. I'll ask a couple of quick questions, so we only do what's safe.",
    'settings.slower': "Okay, I'll slow down and give you more time between reps.",
    'settings.longer': 'Okay, longer holds from now on.',
    'settings.keepShort': "Since something hurt earlier, let's keep the holds short today.",
    'gentler.start': "Let's try a gentler version of {{exercise}}.",
    'gentler.nothing': "There's no stretch going right now to make easier.",
    'pain.stop': "Okay, let's stop. Slowly come out of the position, and rest somewhere comfortable.",
    'pain.heard': "I hear you. We've stopped.",
    'pain.again':
      "That's the second time something hurt today, so let's stop here. Please rest, and check with a doctor or physical therapist before you try these stretches again.",
    'pain.redFlagQuestion':
      'First, do you have chest pain, trouble breathing, a sudden tearing pain between your shoulder blades, numbness or weakness, or trouble controlling your bladder? Or do you feel faint, sweaty or sick?',
    'pain.redFlagReprompt': 'Do you have any of those? If so, call $t(emergencyNumber) now. If not, say no.',
    'pain.redFlagSimpler':
      "Let me ask it simply. Besides the pain, is anything else wrong, like chest pain, trouble breathing, numbness, or feeling faint? Say yes or no.",
    'pain.redFlagAdvice':
      'Please stop exercising and get medical help now. If you have chest pain, trouble breathing, tearing pain in your back, or sudden loss of bladder or bowel control, call $t(emergencyNumber) right away.',
    'pain.urgentQuestion':
      'And did this start after a fall or an accident, or do you have a fever, pain at night that rest does not ease, or weight loss you cannot explain?',
    'pain.urgentSimpler': 'Just to check: did you fall or hurt yourself, or have you been feeling unwell? Say yes or no.',
    'pain.urgentReprompt': 'Did the pain start after a fall, or do you have a fever? Say yes or no.',
    'pain.urgentAdvice':
      "Then let's stop for today. Please see a doctor today about your back, and don't stretch again until they say it's okay.",
    'pain.kindSimpler': 'Does it feel sharp, like a stab? Or more like a strong stretch, or an ache? Say sharp, or say ache.',
    'pain.carefulStop':
      "Since we can't be sure, let's stop for today. Please have your back checked by a doctor before you stretch again.",
    'pain.emergencyIfSymptoms':
      'If you get chest pain, trouble breathing, numbness or weakness, or lose control of your bladder or bowels, call $t(emergencyNumber) right away.',
    'pain.kindQuestion': 'Is it a sharp, stabbing or shooting pain? Or more like a strong stretch or a dull ache?',
    'pain.mild':
      "Thanks. A stretch should feel like gentle tension, never pain, so let's ease off. I'll keep the holds shorter from now on.",
    'pain.sharp':
      "Thanks for telling me. Let's skip this one today, and any stretch with a similar movement. If the pain doesn't settle after rest, or keeps coming back, check in with a doctor or physical therapist.",
    'pain.mildChoices':
      'Would you like to try a gentler version of {{exercise}}, skip to the next stretch, or stop for today? Say gentler, skip, or stop.',
    'pain.mildChoicesNoRoutine':
      'Would you like a gentle seated routine with shorter holds? Say yes, or say stop to finish for today.',
    'pain.sharpChoices': 'When you feel ready, shall we go on to {{exercise}}? Say next, or say stop to finish for today.',
    'pain.answerFirst': 'Before we go on, I need your answer.',
    'pain.gentleRoutine': "Okay. We'll take it gently, sitting down, with shorter holds. Say 'Alexa, it hurts' at once if anything hurts.",
    'prompt.idle': 'Would you like to start your stretches? Say start, or ask me how to do a stretch.',
    'prompt.tryIt': 'Would you like to try {{exercise}} now? Say yes, or ask about another stretch.',
    'prompt.ready': "Are you in position? Say next when you're ready.",
    'prompt.painReminder': "If anything hurts, say 'Alexa, it hurts'.",
    'prompt.begin': "Ready to begin? Say next.",
    'prompt.gentlerToo': 'Would you like to hear the gentler version too? Say yes or no.',
    'prompt.gentlerOrResume': 'Would you like to hear the gentler version? Say yes, or say resume to carry on.',
    'reprompt.gentlerToo': 'Shall I tell you the gentler version? Say yes or no.',
    'prompt.nextSide': "Ready for the {{side}} side? Say next.",
    'prompt.continue': "Ready to carry on? Say next.",
    'prompt.finish': 'That was the last stretch. Ready to finish? Say done.',
    'prompt.nextExercise': "Next up is {{exercise}}, {{position}}. Ready? Say next.",
    'prompt.paused': 'Ready to carry on with {{exercise}}? Say resume.',
    'reprompt.idle': 'Shall we start your stretches? Say start, or say stop.',
    'reprompt.tryIt': 'Would you like to try {{exercise}}? Say yes or no.',
    'reprompt.next': 'Are you ready? Say next, or say stop to finish.',
    'reprompt.finish': 'Ready to finish? Say done.',
    'reprompt.paused': 'Ready to go on? Say resume, or say stop.',
    'reprompt.mildChoices': 'Which would you like: gentler, skip, or stop?',
    'reprompt.sharpChoices': 'Shall we go on? Say next, or say stop.',
    'exercise.excluded':
      "I've left out {{exercise}}, because it had to be stopped for pain twice before. Ask for it by name if you'd like to try it.",
    'memory.hurtLastTime': "Last time {{exercise}} hurt, so let's do the gentler version.",
    'memory.streak': "That's {{days}} in a row.",
    'memory.firstDay': 'Come back tomorrow to start a streak.',
    'memory.resuming': 'Picking up where you stopped.',
    'memory.nothingToResume': "There's no unfinished routine to pick up, so let's start from the beginning.",
    'memory.daysInARow': "You've stretched {{days}} in a row.",
    'memory.totals': "This week you've done {{sessions}}, and {{minutes}} of stretching in all.",
    'memory.favourites': 'The stretches you do most are {{exercises}}.',
    'memory.noHistory': "You haven't done any stretches with me yet. Your progress shows up here after your first session.",
    'memory.unavailable': "Sorry, I can't reach your history right now. Please ask again a little later.",
    'memory.forgotten': "Done. I've deleted your stretching history.",
    'memory.kept': "Okay, I've kept your history.",
    'memory.forgetFailed': "Sorry, I couldn't delete your history just now. Please try again later.",
    'prompt.resumeOffer': 'Last time you stopped at {{exercise}}. Pick up there? Say yes, or say no to start fresh.',
    'reprompt.resumeOffer': 'Shall we pick up where you stopped? Say yes or no.',
    'prompt.confirmForget': 'Do you want me to delete your stretching history? Say yes or no.',
    'reprompt.confirmForget': 'Should I delete your history? Say yes or no.',
    'prompt.didSomethingHurt': "Sorry, I didn't catch that, so I've paused. Did something hurt? Say 'Alexa, it hurts', or say resume to go on.",
    'reprompt.didSomethingHurt': "Did something hurt? Say 'Alexa, it hurts', or say resume to go on.",
  },
});

/** Where English speech differs by country: the emergency number, and "physiotherapist" outside the US. */
const physio = regionMessages({
  'pain.again':
    "That's the second time something hurt today, so let's stop here. Please rest, and check with a doctor or physiotherapist before you try these stretches again.",
  'pain.sharp':
    "Thanks for telling me. Let's skip this one today, and any stretch with a similar movement. If the pain doesn't settle after rest, or keeps coming back, check in with a doctor or physiotherapist.",
});

/** "Straight away" in the UK and Australia, where "right away" sounds American. */
const straightAway = regionMessages({
  'pain.redFlagAdvice':
    'Please stop exercising and get medical help now. If you have chest pain, trouble breathing, tearing pain in your back, or sudden loss of bladder or bowel control, call $t(emergencyNumber) straight away.',
  'pain.emergencyIfSymptoms':
    'If you get chest pain, trouble breathing, numbness or weakness, or lose control of your bladder or bowels, call $t(emergencyNumber) straight away.',
});

/**
 * Where to get checked the same day (docs/pain-safety.md, section 4): NHS 111 or an urgent GP appointment in
 * the UK, a GP in Australia, a doctor or a walk-in clinic in Canada.
 */
const sameDayCare = {
  'en-GB': regionMessages({
    'pain.urgentAdvice':
      "Then let's stop for today. Please ask your GP for an urgent appointment, or call NHS one one one, and don't stretch again until they say it's okay.",
  }),
  'en-AU': regionMessages({
    'pain.urgentAdvice': "Then let's stop for today. Please see your GP today, and don't stretch again until they say it's okay.",
  }),
  'en-CA': regionMessages({
    'pain.urgentAdvice':
      "Then let's stop for today. Please see a doctor or go to a walk-in clinic today, and don't stretch again until they say it's okay.",
  }),
};

/**
 * India: 112 is the single emergency number, and 108 the ambulance people know best, so both are named,
 * with "immediately", as people there say it. "Sick" there means ill, so the question asks about vomiting.
 */
const india = regionMessages({
  'pain.redFlagQuestion':
    'First, do you have chest pain, trouble breathing, a sudden tearing pain between your shoulder blades, numbness or weakness, or trouble controlling your bladder? Or are you feeling faint, sweaty, or like vomiting?',
  'pain.redFlagReprompt': 'Do you have any of those? If so, call one zero eight or $t(emergencyNumber) immediately. If not, say no.',
  'pain.redFlagAdvice':
    'Please stop exercising and get medical help now. If you have chest pain, trouble breathing, tearing pain in your back, or sudden loss of bladder or bowel control, call one zero eight for an ambulance, or $t(emergencyNumber), immediately.',
  'pain.emergencyIfSymptoms':
    'If you get chest pain, trouble breathing, numbness or weakness, or lose control of your bladder or bowels, call one zero eight for an ambulance, or $t(emergencyNumber), immediately.',
});

export const enRegions = regions({
  'en-US': {},
  'en-CA': { messages: { ...physio, ...sameDayCare['en-CA'] } },
  'en-GB': { messages: { ...physio, ...straightAway, ...sameDayCare['en-GB'] }, speech: { emergencyNumber: 'nine nine nine' } },
  'en-AU': { messages: { ...physio, ...straightAway, ...sameDayCare['en-AU'] }, speech: { emergencyNumber: 'triple zero' } },
  'en-IN': { messages: { ...physio, ...india }, speech: { emergencyNumber: 'one one two' } },
});
