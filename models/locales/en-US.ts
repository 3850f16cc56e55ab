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
      'it hurts', 'ouch', 'ow', 'that hurts', 'this hurts', 'i feel pain', 'stop it hurts', 'stop that hurts',
      'my back hurts', "that's painful", 'this is painful', "it's painful", "that's too much", 'this is too much',
      "it's too much", 'ouch that hurts', 'ow that hurts', 'that really hurts', 'it really hurts',
      "that's really painful", "it's hurting", "that's hurting", "it's hurting me", "i'm in pain", "i'm hurting",
      'i have pain', "i've got pain", 'i feel a pain', 'my back is hurting', 'my neck hurts', 'my shoulder hurts',
      'my shoulders hurt', 'my knee hurts', 'my knees hurt', 'my wrist hurts', 'my hip hurts', 'that hurt',
      'it hurt', 'i hurt myself', 'i think i hurt myself', 'i pulled something', 'i felt something pull',
      'something hurts', 'ouch stop', 'that hurts a lot', 'it hurts a lot', 'i have back pain', 'it hurts too much',
    ],
    RedFlagIntent: [
      'i have chest pain', "i've got chest pain", 'my chest hurts', 'i have pain in my chest',
      'i have pressure in my chest', 'my chest feels tight', "i can't breathe", "i'm short of breath",
      "i can't catch my breath", "i'm having trouble breathing", "it's hard to breathe", 'my legs are numb',
      'my leg is numb', 'my legs are tingling', 'my arm is tingling', 'my arms are tingling', 'my arm is numb',
      'my hand is numb', 'my hands are tingling', 'i have pins and needles in my legs',
      'i have pins and needles in my arm', 'i feel faint', "i'm going to faint", 'i think i might pass out',
      'i feel dizzy and sick', 'i feel sick and sweaty', "i'm sweating and my chest hurts", "i can't feel my legs",
      "i can't feel my arm", 'my legs feel weak', 'my legs are weak', 'my legs gave way',
      'i lost control of my bladder', 'i lost control of my bowels', "i can't pee", 'i wet myself',
      'my groin is numb', 'i have a tearing pain in my back', 'i have a fever', 'i think i broke something',
      "i think i'm having a heart attack",
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
