import type { ExerciseId, MovementType, PhaseCue, Side } from '../catalog/exercises';
import type { RoutineId } from '../catalog/routines';
import type { RoutineEstimator } from './estimate';
import type { Message } from './messages';

/** Where inside one exercise: which side (index into its sides), which rep of that side (from 1; 0 means
 *  the steps come first), and how many seconds of a long hold were already counted in an earlier response. */
export interface Cursor {
  readonly side: number;
  readonly rep: number;
  readonly heldSeconds: number;
}

export const EXERCISE_START: Cursor = { side: 0, rep: 0, heldSeconds: 0 };

/** The routine being done. `index` may equal `exercises.length`: every exercise is behind us. */
export interface Progress {
  readonly routine: RoutineId | 'single';
  readonly exercises: readonly ExerciseId[];
  readonly index: number;
  /** Exercises finished this session, for the summary. */
  readonly completed: number;
}

/** A rep start inside a spoken response, `at` seconds after the speech began. */
export interface Mark {
  readonly at: number;
  readonly cursor: Cursor;
}

/** What the last counting response contained, so a barge-in can tell which rep was being spoken. */
export interface Delivered {
  /** The request time (epoch ms) of the request this response answered. */
  readonly at: number;
  readonly from: Cursor;
  readonly marks: readonly Mark[];
  /** Length of the counted part, in seconds, prompt excluded. */
  readonly seconds: number;
}

/**
 * The pain check's questions, in order (docs/pain-safety.md): emergency symptoms, then urgent ones, then
 * sharp or mild, then what to do. An `...Again` step asks its question once more in simpler words, after
 * an unsure or unrelated answer; a second such answer takes the careful branch.
 */
export const PAIN_STEPS = ['redFlag', 'redFlagAgain', 'urgentFlag', 'urgentFlagAgain', 'kind', 'kindAgain', 'mildChoice', 'sharpChoice'] as const;
export type PainStep = (typeof PAIN_STEPS)[number];

export type WorkoutState =
  /** No routine running. `offer` is what "yes" starts: an exercise just explained, or the default routine. */
  | { readonly kind: 'idle'; readonly offer: ExerciseId | null }
  /** A counting response was delivered; `next` is where the following one starts, or null when the exercise is done. */
  | { readonly kind: 'exercising'; readonly progress: Progress; readonly delivered: Delivered; readonly next: Cursor | null }
  | { readonly kind: 'paused'; readonly progress: Progress; readonly resume: Cursor }
  /**
   * A how-to too long for one response was told up to its caution; "yes" tells the gentler version, and
   * anything else is answered as in `then`, the state the question was asked in. A one-shot question
   * ("ask my back stretches how to do cobra") ends once it is answered.
   */
  | { readonly kind: 'explaining'; readonly exercise: ExerciseId; readonly then: Calm; readonly oneShot: boolean }
  /** "Last time you stopped at thread the needle. Pick up there?" */
  | { readonly kind: 'resumeOffer'; readonly offer: ResumeOffer }
  /** "Do you want me to delete your history?" Anything but yes or no is answered as in `then`. */
  | { readonly kind: 'confirmForget'; readonly then: Calm }
  /**
   * The pain flow. Nothing is counted in this state. `progress.index` is the exercise that hurt (if a routine
   * was running) and `resume` the rep it stopped at, or null when that exercise had already been finished.
   */
  | {
      readonly kind: 'painCheck';
      readonly step: PainStep;
      readonly progress: Progress | null;
      readonly resume: Cursor | null;
    };

export type WorkoutStateKind = WorkoutState['kind'];

/** The states a how-to can be asked from and return to. */
export type Calm =
  | { readonly kind: 'idle'; readonly offer: ExerciseId | null }
  | { readonly kind: 'paused'; readonly progress: Progress; readonly resume: Cursor };

/** Choices that last for this session. */
export interface Settings {
  readonly slow: boolean;
  readonly longerHolds: boolean;
  /** After a mild pain report: shorter holds and fewer reps for the rest of the session. */
  readonly eased: boolean;
  readonly gentler: readonly ExerciseId[];
  /** After a sharp pain report: movement types left out for the rest of the session. */
  readonly avoid: readonly MovementType[];
  readonly painReports: number;
  /** The "not medical advice" note was given in this session. */
  readonly disclaimed: boolean;
  /**
   * Seconds of counted speech (the log's) when the user was last told to say "Alexa, it hurts"; null
   * when it is due at the next counting response (a new session, or after a pause).
   */
  readonly remindedAt: number | null;
  /** Left out by default because they had to be stopped for pain twice before; asked for by name, they run. */
  readonly excluded: readonly ExerciseId[];
}

export const DEFAULT_SETTINGS: Settings = {
  slow: false,
  longerHolds: false,
  eased: false,
  gentler: [],
  avoid: [],
  painReports: 0,
  disclaimed: false,
  remindedAt: null,
  excluded: [],
};

/** Where a routine was left, to offer "pick up there?" next time. */
export interface ResumeOffer {
  readonly routine: RoutineId | 'single';
  readonly exercises: readonly ExerciseId[];
  readonly index: number;
}

/** What earlier sessions left for this one (lambda/memory reads it from the user's stored history). */
export interface Memory {
  /**
   * False when the history could not be read as the session began (the database down or slow): then this
   * memory is empty for want of knowing, and what is saved must not overwrite what is stored with it.
   */
  readonly known: boolean;
  readonly resume: ResumeOffer | null;
  /** Days in a row with stretching before today, and the last such day (YYYY-MM-DD). */
  readonly streak: { readonly days: number; readonly lastDay: string } | null;
  /** Exercises that hurt last time they were done: offered in their gentler version, with a note. */
  readonly hurtLastTime: readonly ExerciseId[];
  /** Exercises stopped for sharp pain twice: left out of routines unless asked for by name. */
  readonly leftOut: readonly ExerciseId[];
  /** The routine "start" begins: the one the user last asked for by name. */
  readonly routine: RoutineId;
  readonly slow: boolean;
  readonly longerHolds: boolean;
}

export const NO_MEMORY: Memory = {
  known: false,
  resume: null, streak: null, hurtLastTime: [], leftOut: [], routine: 'default', slow: false, longerHolds: false,
};

/** What this session did, for the user's history: exercise ids and numbers, never what the user said. */
export interface SessionLog {
  /** Exercises whose last response was given. */
  readonly done: readonly ExerciseId[];
  /** Seconds of counted responses. */
  readonly seconds: number;
  /** Exercises that were stopped for pain, and whether they were then left out (sharp pain). */
  readonly hurt: readonly { readonly exercise: ExerciseId; readonly leftOut: boolean }[];
  /** A routine was done to its end. */
  readonly finished: boolean;
  /** The user asked for this routine by name. */
  readonly routine: RoutineId | null;
}

export const EMPTY_LOG: SessionLog = { done: [], seconds: 0, hurt: [], finished: false, routine: null };

export interface Session {
  readonly state: WorkoutState;
  readonly settings: Settings;
  readonly memory: Memory;
  readonly log: SessionLog;
}

export const NEW_SESSION: Session = { state: { kind: 'idle', offer: null }, settings: DEFAULT_SETTINGS, memory: NO_MEMORY, log: EMPTY_LOG };

/** How a pain feels, as the user answers "sharp, or more like a strong stretch?". */
export const PAIN_KINDS = ['sharp', 'mild'] as const;
export type PainKind = (typeof PAIN_KINDS)[number];

export type WorkoutEvent =
  | { readonly type: 'launch' }
  /** `routine` is null for "start", "let's go", "begin" said without a routine's name. */
  | { readonly type: 'startRoutine'; readonly routine: RoutineId | null }
  /** `exercise` is null when the name was missing or matched nothing. */
  | { readonly type: 'startExercise'; readonly exercise: ExerciseId | null }
  | { readonly type: 'howTo'; readonly exercise: ExerciseId | null }
  | { readonly type: 'listExercises' }
  | { readonly type: 'remaining' }
  | { readonly type: 'next' }
  | { readonly type: 'previous' }
  | { readonly type: 'repeat' }
  | { readonly type: 'skip' }
  | { readonly type: 'pause' }
  | { readonly type: 'resume' }
  | { readonly type: 'startOver' }
  | { readonly type: 'help' }
  | { readonly type: 'yes' }
  | { readonly type: 'no' }
  | { readonly type: 'slower' }
  | { readonly type: 'longerHolds' }
  | { readonly type: 'gentler' }
  | { readonly type: 'pain' }
  /** An emergency symptom said outright ("I have chest pain", "pins and needles in my arms"). */
  | { readonly type: 'redFlag' }
  /** An urgent, not emergency, sign said outright ("I had a fall", "I've got a fever"). */
  | { readonly type: 'urgentSign' }
  /** "I don't know", "not sure". */
  | { readonly type: 'unsure' }
  | { readonly type: 'painKind'; readonly kind: PainKind | null }
  | { readonly type: 'stop' }
  | { readonly type: 'fallback' }
  /** "How am I doing": the handler reads the history; null when it cannot be read right now. */
  | { readonly type: 'progress'; readonly stats: Stats | null }
  | { readonly type: 'forget' }
  /** The history could not be deleted after the user confirmed. */
  | { readonly type: 'forgetFailed' };

export interface Stats {
  readonly daysInARow: number;
  readonly sessionsThisWeek: number;
  readonly minutes: number;
  readonly favourites: readonly ExerciseId[];
}

export type WorkoutEventType = WorkoutEvent['type'];

/** One thing to say or do, in order. Cues know nothing about SSML: lambda/speech renders them. */
export type Cue =
  | { readonly type: 'say'; readonly message: Message }
  /** "Rep two of five": a rep of a set starts (the screen shows it while it lasts). */
  | { readonly type: 'rep'; readonly rep: number; readonly of: number }
  /** The routine is done: how many stretches were finished (also the end-of-routine card). */
  | { readonly type: 'routineDone'; readonly stretches: number }
  /** Silence, to get into position or rest between reps. */
  | { readonly type: 'pause'; readonly seconds: number }
  /** An exercise's steps, in its standard or gentler version. */
  | { readonly type: 'steps'; readonly exercise: ExerciseId; readonly version: 'standard' | 'gentler' }
  /** How-to: what you need, the steps and the caution; then the gentler version. */
  | { readonly type: 'explain'; readonly exercise: ExerciseId; readonly part: ExplainPart }
  /** The start of one side of a sided exercise. */
  | { readonly type: 'side'; readonly exercise: ExerciseId; readonly side: Side }
  /** A hold of `seconds` in all, counted out loud from second `from` to second `to` (a long hold may be
   *  split over several responses). Starts with the phase's cue word, then the count, paced to real time. */
  | {
      readonly type: 'hold';
      readonly exercise: ExerciseId;
      readonly cue: PhaseCue;
      readonly seconds: number;
      readonly from: number;
      readonly to: number;
    };

export type ExplainPart = 'whole' | 'steps' | 'gentler';

/** What to say back. An open session always has a prompt (naming what to say) and a reprompt. */
export type Reply =
  | { readonly end: true; readonly cues: readonly Cue[] }
  | { readonly end: false; readonly cues: readonly Cue[]; readonly prompt: Message; readonly reprompt: Message };

/** Estimated spoken length of a cue, in seconds, in the user's language: the speech layer's own measure. */
export interface Pacer {
  seconds(cue: Cue, settings: Settings): number;
}

export interface Context {
  /** Request time, epoch ms. */
  readonly now: number;
  /** True when this request opened the session (a one-shot "ask my back stretches ..."). */
  readonly sessionStart: boolean;
  /** The request's calendar day (YYYY-MM-DD, UTC), for streaks. */
  readonly today: string;
  readonly pacer: Pacer;
  /** Routine lengths in the user's voice (workout/estimate.ts). */
  readonly estimate: RoutineEstimator;
}

/** Work outside the state machine that an outcome asks for, as data: the handler layer carries it out. */
export type Effect = { readonly type: 'forgetHistory' };

export interface Outcome {
  readonly session: Session;
  readonly reply: Reply;
  readonly effects: readonly Effect[];
}
