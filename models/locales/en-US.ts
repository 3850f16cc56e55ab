/**
 * The en-US words of the interaction model. Written so that other English locales (en-GB, en-AU, en-CA,
 * en-IN) can share it and override only what differs.
 *
 * Exercise names are not written here: each exercise's canonical slot value is the name the skill speaks
 * (lambda/i18n/exercises/en.ts), so what Alexa resolves and what Alexa says cannot drift apart. The
 * synonyms come from docs/exercises.md section 5; a word the brief marks as ambiguous goes to
 * one exercise only.
 */
import type { ExerciseId } from '../../lambda/catalog/exercises';
import { en as exerciseTexts } from '../../lambda/i18n/exercises/en';
import { exerciseWords } from '../exercise-words';
import type { LocaleModel } from '../locale-model';

const EXERCISE_SYNONYMS: Readonly<Record<ExerciseId, readonly string[]>> = {
  seated_spinal_twist: [
    'seated spinal twist', 'spinal twist', 'seated twist', 'sitting twist', 'sitting spinal twist', 'easy twist',
    'half lord of the fishes', 'ardha matsyendrasana', 'floor twist',
    // "twist" alone: here only (sitting rotation has "chair twist" and "rotation").
    'twist',
  ],
  locust: [
    'locust', 'locust pose', 'locust stretch', 'salabhasana', 'back strengthener', 'strengthening pose', 'back lift',
    'superman lift', 'superman',
  ],
  revolved_triangle: [
    'revolved triangle', 'revolved triangle pose', 'twisted triangle', 'twisting triangle', 'rotated triangle',
    'triangle twist', 'reverse triangle', 'parivrtta trikonasana', 'triangle', 'triangle pose',
  ],
  standing_forward_bend: [
    'forward bend', 'forward bending', 'forward fold', 'standing forward bend', 'standing forward fold', 'toe touch',
    'touch your toes', 'uttanasana', 'bend forward', 'rag doll', 'ragdoll', 'rag doll pose',
  ],
  eagle_arms: [
    'eagle arms', 'eagle arms stretch', 'eagle arm stretch', 'eagle arm', 'eagle pose arms', 'garudasana arms',
    'desk stretch', 'anywhere stretch', 'middle back stretch', 'shoulder blade stretch', 'eagle', 'eagle pose',
    'shoulder hug',
  ],
  puppy_pose: [
    'puppy pose', 'puppy', 'puppy stretch', 'puppy dog pose', 'puppy dog', 'extended puppy', 'extended puppy pose',
    'melting heart', 'heart melter', 'hang out stretch', 'gravity stretch',
  ],
  thread_the_needle: [
    'thread the needle', 'threading the needle', 'thread needle', 'needle pose', 'thread the needle stretch',
    'thread the needle pose', 'half knot', 'urdhva mukha pasasana',
  ],
  childs_pose: [
    "child's pose", 'childs pose', 'child pose', "child's stretch", 'childs stretch', 'child stretch', 'balasana',
    'resting pose', 'kids pose', "kid's pose",
  ],
  sitting_rotation: [
    'sitting rotation', 'seated rotation', 'chair rotation', 'chair twist', 'armchair twist', 'seated trunk rotation',
    'sitting trunk rotation', 'trunk rotation', 'torso rotation', 'seated torso rotation', 'rotation',
  ],
  head_stretch: [
    'head stretch', 'neck stretch', 'head tilt', 'neck tilt', 'side neck stretch', 'ear to shoulder',
    'neck side stretch', 'chin to chest', 'head drop',
  ],
  cat_stretch: [
    'cat stretch', 'cat', 'cat pose', 'cat cow', 'cat cow stretch', 'cat cow pose', 'cat and cow', 'cat camel',
    'angry cat', 'cow pose', 'cow', 'spine curl', 'marjaryasana',
  ],
  passive_backbend: [
    'passive backbend', 'passive back bend', 'towel backbend', 'towel back bend', 'towel stretch', 'towel roll',
    'rolled towel stretch', 'lying backbend', 'supported backbend', 'chest opener',
  ],
  cobra_stretch: [
    'cobra stretch', 'cobra', 'cobra pose', 'bhujangasana', 'press up', 'snake pose', 'snake stretch', 'upward cobra',
    // The brief keeps these for cobra (its gentler version is the sphinx), not for locust.
    'baby cobra', 'low cobra', 'sphinx', 'sphinx pose',
  ],
  bridge_stretch: [
    'bridge', 'bridge stretch', 'bridge pose', 'glute bridge', 'hip lift', 'hip raise', 'pelvic lift',
    'setu bandhasana',
  ],
};


export const enUS: LocaleModel = {
  invocationName: 'my back stretches',

  samples: {
    PainIntent: [
      // Said as it happens, with or without words: interjections, tense, repetition, intensity.
      'it hurts', 'ouch', 'ow', 'ow ow', 'ow ow ow', 'ouch ouch', 'ouch ow', 'argh', 'ah that hurts', 'oh that hurts',
      'that hurts', 'this hurts', 'that hurt', 'it hurt', 'that hurt just now', 'that really hurt',
      'it started hurting', "it's starting to hurt", 'it just started hurting', 'it hurts again', "it's hurting again",
      'that hurts a lot', 'it hurts a lot', 'it hurts really bad', 'it really hurts', 'that really hurts', 'it hurts so much',
      'it hurts too much', "it's killing me", "that's killing me", 'this is killing me', "i'm in pain", "i'm hurting",
      "it's hurting", "that's hurting", "it's hurting me", "that's painful", 'this is painful', "it's painful",
      "that's really painful", "that's too much", 'this is too much', "it's too much", 'ouch that hurts', 'ow that hurts',
      'ouch stop', 'stop it hurts', 'stop that hurts', 'i feel pain', 'i feel a pain', 'i have pain', "i've got pain",
      'something hurts', 'i hurt myself', 'i think i hurt myself', 'i pulled something', 'i felt something pull',
      'i think i pulled something', 'something pulled', 'something clicked', 'something popped', 'i felt a click',
      'i felt a pop', 'i felt something snap', 'i tweaked something', 'i think i tweaked my back', 'i strained something',
      'i have back pain', 'it stings', "it's stinging", 'a sharp sting', 'i felt a sharp sting',
      // Where it hurts: the body part is a slot, so every way of naming the part fits every frame.
      'my {bodyPart} hurts', 'my {bodyPart} hurt', 'my {bodyPart} is hurting', 'my {bodyPart} are hurting',
      'my {bodyPart} is killing me', 'my {bodyPart} is sore', 'my {bodyPart} feels sore', 'my {bodyPart} is aching',
      'my {bodyPart} aches', 'my {bodyPart} is painful', 'my {bodyPart} just started hurting', 'my {bodyPart} really hurts',
      'my {bodyPart} hurts a lot', 'my {bodyPart} hurts really bad', 'my {bodyPart} is in pain',
      'i have pain in my {bodyPart}', "i've got pain in my {bodyPart}", "there's pain in my {bodyPart}",
      'there is pain in my {bodyPart}', 'i feel pain in my {bodyPart}', 'i have a pain in my {bodyPart}',
      "i've got a pain in my {bodyPart}", 'i felt a pain in my {bodyPart}', 'i have a sharp pain in my {bodyPart}',
      "i've got a sharp pain in my {bodyPart}", 'sharp pain in my {bodyPart}', 'pain in my {bodyPart}',
      'i hurt my {bodyPart}', 'i think i hurt my {bodyPart}', 'i pulled my {bodyPart}', 'i tweaked my {bodyPart}',
      'ouch my {bodyPart}', 'ow my {bodyPart}', 'ow ow my {bodyPart}', 'ouch ouch my {bodyPart}', 'argh my {bodyPart}',
      'oh my {bodyPart}', 'something clicked in my {bodyPart}', 'something popped in my {bodyPart}',
      'my {bodyPart} clicked', 'my {bodyPart} popped', 'it hurts in my {bodyPart}', 'it hurts my {bodyPart}',
      "it's hurting my {bodyPart}", "that's hurting my {bodyPart}", 'that hurts my {bodyPart}',
      '{bodyPart} pain', 'i have {bodyPart} pain', "i've got {bodyPart} pain",
    ],
    RedFlagIntent: [
      // Also the bare answer to the red-flag question: the symptom's name alone counts as yes. "Chest
      // pain" and "my chest hurts" are PainIntent's {bodyPart} frames, which the handler turns into this.
      'pressure in my chest', 'chest pressure', 'tightness in my chest',
      'my chest', 'my chest is tight', 'a tight chest', 'i have pressure in my chest', 'my chest feels tight', 'crushing pain', 'a crushing pain',
      "i can't breathe", "i'm short of breath", 'short of breath', 'shortness of breath', 'trouble breathing',
      "i can't catch my breath", "i'm having trouble breathing", "it's hard to breathe", 'breathless', "i'm breathless",
      'numbness', 'numb', "i'm numb", 'my legs are numb', 'my leg is numb', 'my arm is numb', 'my hand is numb',
      'my fingers are numb', 'my feet are numb', 'my arms are numb', 'tingling', 'my legs are tingling',
      'my arm is tingling', 'my arms are tingling', 'my hands are tingling', 'my fingers are tingling',
      'pins and needles', 'i have pins and needles', 'pins and needles in my arm', 'pins and needles in my legs',
      'i have pins and needles in my legs', 'i have pins and needles in my arm', 'weakness', 'my legs feel weak',
      'my legs are weak', 'my arm feels weak', 'my legs gave way', "i can't feel my legs", "i can't feel my arm",
      'i feel faint', 'faint', 'feeling faint', "i'm going to faint", 'i think i might pass out', "i'm dizzy",
      'i feel dizzy', 'i feel dizzy and sick', 'i feel sick and sweaty', 'sweaty', "i'm sweating", 'i feel sick',
      "i'm sweating and my chest hurts", 'a tearing pain', 'tearing pain', 'a tearing pain between my shoulder blades',
      'i have a tearing pain in my back', 'sudden pain between my shoulder blades', 'i lost control of my bladder',
      'i lost control of my bowels', "i can't pee", 'i wet myself', 'my groin is numb', "i think i'm having a heart attack",
      'heart attack',
    ],
    UrgentSignIntent: [
      'i fell', 'i had a fall', 'i fell over', 'i fell down', 'i fell earlier', 'after a fall', 'it started after a fall',
      'i had an accident', 'after an accident', 'a car accident', 'i was in a car accident', 'i hurt it in an accident',
      'i have a fever', "i've got a fever", 'a fever', 'fever', 'i have a temperature', "i've got a temperature",
      "i'm running a temperature", 'i feel feverish', 'i have the chills', 'it hurts at night', 'it wakes me up at night',
      'the pain wakes me up', 'it keeps me up at night', "it doesn't go away when i rest", 'i have lost weight',
      "i've lost weight", "i've been losing weight", 'i lost weight without trying', "i think i broke something",
    ],
    UnsureIntent: [
      "i don't know", 'i do not know', 'dunno', "i'm not sure", 'not sure', 'i am not sure', 'maybe', 'perhaps',
      'i guess', 'hard to say', "it's hard to say", "i can't tell", "i can't say", 'no idea', "i've no idea",
      'i have no idea', "i'm not really sure", 'not really sure', 'kind of', 'sort of', "i'm unsure", 'unsure',
      "i don't really know", 'possibly', 'could be',
    ],
    PainKindIntent: [
      '{painKind}', "it's {painKind}", 'it is {painKind}', 'more like a {painKind}', 'more like {painKind}',
      'it feels {painKind}', 'a {painKind} pain', "it's a {painKind}", "it's a {painKind} pain", "it's {painKind} pain",
      '{painKind} pain', 'it is a {painKind}', 'it is a {painKind} pain', "it's more like a {painKind}",
      "it's more like {painKind}", 'it feels like a {painKind}', 'it feels like {painKind}', 'like a {painKind}',
      "it's kind of {painKind}", 'kind of {painKind}', "i'd say {painKind}", "i'd say it's {painKind}",
      'just a {painKind}', "it's just a {painKind}", "it's just {painKind}", 'feels {painKind}',
      'feels like a {painKind}',
    ],
    HowToIntent: [
      'how to do {exercise}', 'how to do the {exercise}', 'how do i do {exercise}', 'how do i do the {exercise}',
      'how do you do {exercise}', 'how do you do the {exercise}', 'explain {exercise}', 'explain the {exercise}',
      'explain how to do {exercise}', 'explain how to do the {exercise}', 'tell me about {exercise}',
      'tell me about the {exercise}', 'what is {exercise}', 'what is the {exercise}', "what's {exercise}",
      "what's the {exercise}", 'describe {exercise}', 'describe the {exercise}', 'teach me {exercise}',
      'teach me the {exercise}', 'what are the steps for {exercise}', 'what are the steps for the {exercise}',
      'how does {exercise} work', 'how does the {exercise} work', '{exercise}', 'the {exercise}',
    ],
    StartExerciseIntent: [
      "let's do {exercise}", "let's do the {exercise}", 'start {exercise}', 'start the {exercise}', 'do {exercise}',
      'do the {exercise}', 'i want to do {exercise}', 'i want to do the {exercise}', "i'd like to do {exercise}",
      "i'd like to do the {exercise}", "let's try {exercise}", "let's try the {exercise}", 'try {exercise}',
      'try the {exercise}', 'begin {exercise}', 'begin the {exercise}', 'can we do {exercise}',
      'can we do the {exercise}', 'start with the {exercise}', 'jump to the {exercise}',
      'guide me through the {exercise}', 'take me through the {exercise}', 'practice the {exercise}',
    ],
    StartRoutineIntent: [
      'start the {routine} routine', 'start my {routine} routine', 'start a {routine} routine',
      'do the {routine} stretches', 'do the {routine} routine', 'do my {routine} routine',
      "let's do the {routine} routine", "let's do the {routine} stretches", 'i want to do the {routine} routine',
      'start the {routine} stretches', 'start the {routine} workout', 'begin the {routine} routine',
      'the {routine} routine', '{routine} routine', '{routine} stretches', 'start', 'begin', "let's go",
      "let's start", 'start my stretches', 'start the stretches', 'start the routine', 'begin the routine',
      'start a workout', 'start the workout', 'start stretching', "let's stretch", 'do my stretches',
      "let's get started",
    ],
    ListExercisesIntent: [
      'what exercises are there', 'what stretches are there', 'which exercises are there', 'which stretches are there',
      'list the stretches', 'list the exercises', 'list stretches', 'list exercises', 'list all the stretches',
      'what exercises do you have', 'what stretches do you have', 'what exercises do you know',
      'what stretches do you know', 'what are the exercises', 'what are the stretches', 'tell me the exercises',
      'tell me the stretches', 'name the stretches', 'read me the list of stretches', 'what stretches can i do',
      'what exercises can i do', "what's in the routine",
    ],
    RemainingIntent: [
      'how many are left', 'how much longer', 'how many more', 'how many exercises are left',
      'how many stretches are left', 'how many to go', 'how much is left', 'how long is left',
      'how much time is left', 'how long to go', 'how much more', 'are we almost done', 'am i nearly done',
      'how many more stretches', 'how many more exercises', 'how many reps are left', 'how many more reps',
      "what's left", 'how far along am i', "how long until we're done",
    ],
    SlowerIntent: [
      'slower', 'slow down', 'go slower', 'not so fast', 'slower please', 'slow it down', 'please slow down',
      "that's too fast", 'too fast', "you're going too fast", 'can you slow down', 'can you go slower',
      'take it slower', 'a bit slower', 'a little slower', 'more slowly', 'speak slower', 'talk slower',
      'slow the pace', 'give me more time between reps',
    ],
    LongerHoldsIntent: [
      'longer holds', 'hold longer', 'make the holds longer', 'longer hold', 'hold it longer', 'hold each stretch longer',
      'i want longer holds', "i'd like longer holds", 'can i hold longer', 'let me hold longer', 'hold for longer',
      'hold a bit longer', 'hold them longer', 'stay longer', 'stay in the stretch longer', 'increase the hold time',
      'longer stretches', 'make the stretches longer',
    ],
    GentlerIntent: [
      'gentler', 'an easier version', 'make it easier', 'something gentler', 'easier', 'the easier version',
      'give me an easier version', 'is there an easier version', 'a gentler version', 'the gentler version',
      'make it gentler', "that's too hard", 'this is too hard', 'too hard', 'can you make it easier',
      'easier please', 'something easier', 'i need something easier', 'an easier way', 'is there a gentler way',
      'show me the gentler version',
    ],
    ProgressIntent: [
      'how am i doing', "how am i getting on", 'how is my progress', "what's my progress", 'show my progress',
      'tell me my progress', 'how many days in a row', "what's my streak", 'what is my streak', 'how long is my streak',
      'how many sessions this week', 'how many sessions have i done', 'how much have i stretched',
      'how many minutes have i done', 'give me my stats', 'what are my stats', 'how have i been doing',
      'am i doing well', 'my progress', 'my stats',
    ],
    ForgetDataIntent: [
      'forget my data', 'delete my history', 'delete my data', 'forget me', 'erase my history', 'erase my data',
      'clear my history', 'clear my data', 'remove my data', 'remove my history', 'delete everything you know about me',
      'forget everything about me', 'wipe my history', 'wipe my data', 'reset my progress', 'delete my progress',
      'forget my history', 'delete my stretching history',
    ],
    SkipIntent: [
      'skip', 'skip this one', 'skip it', "i don't want to do this one", "i don't want to do this",
      'skip this exercise', 'skip this stretch', 'skip that', 'skip that one', "let's skip this one", "let's skip it",
      'can we skip this one', "i'd rather skip this one", 'not this one', 'skip the exercise', 'skip the stretch',
      "i'll skip this one", 'leave this one out', "i can't do this one",
    ],

    'AMAZON.NextIntent': [
      'ready', "i'm ready", 'done', "i'm done", 'next one', 'next exercise', 'next stretch', 'the next one',
      'go on to the next one', 'on to the next one', 'move on', "let's move on", "what's next", 'all done',
      'finished', "i'm finished", 'ready for the next one', 'next please', 'okay next',
      // The answers to "Are you in position?".
      "i'm in position", 'in position', "i'm in", 'got it', 'okay got it', "okay i'm ready", 'ok ready', "i'm there",
      "i'm set", 'all set', "yep i'm ready", 'good to go',
    ],
    'AMAZON.PauseIntent': [
      'wait', 'hold on', 'wait a second', 'give me a moment', 'wait a minute', 'hang on', 'one moment',
      'just a moment', 'one second', 'give me a second', 'give me a minute', 'hold on a second', 'wait please',
      'pause the workout', 'pause the stretches', 'i need a break', 'take a break', "let's take a break",
    ],
    'AMAZON.ResumeIntent': [
      'continue', 'keep going', 'carry on', 'go on', "let's continue", "let's keep going", "let's carry on",
      'resume the workout', 'continue the workout', 'continue the stretches', "i'm back", "okay i'm back",
      'back to it', 'pick up where we left off', 'continue please',
    ],
    'AMAZON.RepeatIntent': [
      'say that again', 'repeat that', 'can you repeat that', 'say it again', 'what did you say', 'come again',
      'tell me again', 'repeat the instructions', 'repeat the steps', "i didn't catch that", 'pardon',
    ],
    'AMAZON.PreviousIntent': [
      'go back', 'previous one', 'the previous one', 'previous exercise', 'previous stretch', 'go back one',
      'go to the previous one', 'back to the previous one', 'the one before', 'last exercise', 'the last one',
    ],
    'AMAZON.StartOverIntent': [
      'start over', 'start again', 'restart', 'start from the beginning', 'begin again', 'from the top',
      'restart the routine', 'start the routine again', 'start the workout over', 'go back to the beginning',
      "let's start over",
    ],
  },

  slotValues: {
    ExerciseType: exerciseWords(exerciseTexts, EXERCISE_SYNONYMS),
    RoutineType: {
      default: {
        value: 'default',
        synonyms: [
          'usual', 'my usual', 'regular', 'my regular', 'normal', 'daily', 'standard', 'my routine', 'basic',
          'everyday', 'main',
        ],
      },
      chair: {
        value: 'chair',
        synonyms: ['desk', 'office', 'seated', 'sitting', 'sitting down', 'chair based', 'office chair', 'work'],
      },
      floor: {
        value: 'floor',
        synonyms: ['mat', 'lying down', 'on the floor', 'yoga mat', 'mat based', 'ground'],
      },
      full: {
        value: 'full',
        synonyms: ['whole', 'complete', 'all', 'everything', 'long', 'entire', 'longest', 'full length', 'all fourteen'],
      },
    },
    BodyPartType: {
      back: { value: 'back', synonyms: ['my back', 'spine', 'my spine', 'middle back', 'mid back', 'the middle of my back'] },
      upper_back: {
        value: 'upper back',
        synonyms: ['top of my back', 'upper spine', 'shoulder blade', 'shoulder blades', 'between my shoulder blades', 'rhomboids', 'ribs', 'rib', 'ribcage'],
      },
      lower_back: { value: 'lower back', synonyms: ['low back', 'lumbar', 'bottom of my back', 'tailbone', 'sacrum'] },
      neck: { value: 'neck', synonyms: ['throat', 'nape'] },
      shoulder: { value: 'shoulder', synonyms: ['shoulders', 'rotator cuff', 'collarbone'] },
      arm: { value: 'arm', synonyms: ['arms', 'elbow', 'elbows', 'forearm', 'upper arm'] },
      hand: { value: 'hand', synonyms: ['hands', 'wrist', 'wrists', 'fingers', 'thumb'] },
      leg: { value: 'leg', synonyms: ['legs', 'thigh', 'hamstring', 'hamstrings', 'calf', 'ankle', 'foot', 'feet'] },
      hip: { value: 'hip', synonyms: ['hips', 'groin', 'buttock', 'glute', 'bum', 'butt'] },
      knee: { value: 'knee', synonyms: ['knees', 'kneecap'] },
      head: { value: 'head', synonyms: ['my head', 'jaw'] },
      chest: { value: 'chest', synonyms: ['breastbone', 'sternum', 'heart'] },
    },
    PainKindType: {
      sharp: {
        value: 'sharp',
        synonyms: [
          'stabbing', 'shooting', 'burning', 'sudden', 'pinching', 'a pinch', 'a sharp pain', 'sharp pain',
          'a stabbing pain', 'stabbing pain', 'a shooting pain', 'shooting pain', 'electric', 'like an electric shock',
          'piercing', 'searing', 'like a knife', 'throbbing', 'severe', 'intense', 'really bad',
        ],
      },
      mild: {
        value: 'mild',
        synonyms: [
          'a stretch', 'stretch', 'strong stretch', 'a strong stretch', 'stretching', 'dull', 'dull ache',
          'a dull ache', 'ache', 'an ache', 'achy', 'aching', 'mild pain', 'tight', 'tightness', 'sore', 'soreness',
          'a pull', 'pull', 'pulling', 'tension', 'stiff', 'stiffness', 'uncomfortable', 'discomfort', 'not too bad',
          'slight',
        ],
      },
    },
  },
  phrasing: {
    launch: ['open {name}', 'start {name}', 'launch {name}', 'begin {name}', 'load {name}', 'run {name}', 'talk to {name}'],
    request: ['ask {name} {request}', 'ask {name} to {request}', 'ask {name} about {request}', 'ask {name} for {request}', 'tell {name} {request}', 'tell {name} to {request}'],
    forbiddenInInvocationName: [
      'ask', 'tell', 'open', 'launch', 'load', 'begin', 'start', 'run', 'enable', 'play', 'resume', 'use', 'talk',
      'to', 'from', 'in', 'about', 'for', 'if', 'whether', 'using', 'with',
      'alexa', 'amazon', 'echo', 'computer', 'ziggy', 'skill', 'app',
    ],
    spaced: true,
  },

  publishing: {
    name: 'Back Stretches',
    summary: "A voice coach for gentle stretches for your upper and middle back, one step at a time, hands-free.",
    description: "Back Stretches talks you through gentle stretches for a stiff or achy upper and middle back, so you can keep your eyes closed and your hands free. Choose a short routine at your desk, a floor routine on a mat, or the full set of fourteen stretches, or ask how to do a single one, like the cobra stretch, child's pose or thread the needle. Back Stretches explains each stretch step by step, counts your holds and reps, and lets you say slower, longer holds, an easier version, skip, or pause at any time.\n\nStretch only to gentle tension, never pain. If anything hurts, stop and say \"it hurts\": the skill stops at once and checks on you.",
    disclaimer: "Important: Back Stretches offers general exercise information only. It does not give medical advice, and it is not a substitute for professional medical advice, diagnosis or treatment. Talk to your doctor before starting a new exercise routine, especially if you have had a recent injury or surgery or are pregnant, and stop if anything hurts. If you have chest pain, trouble breathing, numbness or weakness in your legs, or any other emergency, call your local emergency number right away.",
    examplePhrases: ["Alexa, open my back stretches", "Alexa, ask my back stretches how to do cobra", "Alexa, ask my back stretches to start the chair routine"],
    keywords: ["back stretches", "stretching", "upper back", "middle back", "stiff back", "posture", "desk stretches", "yoga", "mobility", "workout"],
  },
};
