import type { ExerciseId } from '../catalog/exercises';
import { say } from './cues';
import { dosage, type Dosage } from './dosage';
import { EXERCISE_START, type Cue, type Cursor, type Mark, type Pacer, type Settings } from './types';

/**
 * A turn that waits for the user lasts 90 s at most (alexa/limits.ts); the counted body of a response gets
 * 75 s of it, which leaves room for the prompt that follows.
 */
export const BODY_BUDGET_SECONDS = 75;
/** Long holds split over responses are cut on these boundaries, so the countdown stays on round numbers. */
const HOLD_SPLIT_STEP = 10;

/** One counting response: the cues, where each rep starts, and where the next response picks up. */
export interface Block {
  readonly cues: readonly Cue[];
  readonly marks: readonly Mark[];
  readonly seconds: number;
  /** Null when this response finishes the exercise. */
  readonly next: Cursor | null;
}

export function isExerciseStart(cursor: Cursor): boolean {
  return cursor.rep === EXERCISE_START.rep;
}

/**
 * Plans the response that does exercise `id` from `from`: the steps when it starts from the top, then reps
 * until the side is done or the budget is spent. `lead` is spoken first (a welcome, "picking up at...").
 */
export function planBlock(
  id: ExerciseId,
  from: Cursor,
  settings: Settings,
  pacer: Pacer,
  lead: readonly Cue[] = [],
): Block {
  const dose = dosage(id, settings);
  const cues: Cue[] = [];
  const marks: Mark[] = [];
  let elapsed = 0;
  const measure = (more: readonly Cue[]) => more.reduce((sum, cue) => sum + pacer.seconds(cue, settings), 0);
  const push = (...more: readonly Cue[]) => {
    for (const cue of more) {
      cues.push(cue);
      elapsed += pacer.seconds(cue, settings);
    }
  };
  push(...lead);
  const start = isExerciseStart(from);
  if (start) {
    const version = settings.gentler.includes(id) ? 'gentler' : 'standard';
    const intro: Cue[] = [
      say('exercise.start', { exercise: id }),
      { type: 'steps', exercise: id, version },
    ];
    // A long lead (welcome, disclaimer) and the steps may not fit one turn together: the lead goes alone.
    if (lead.length > 0 && elapsed + measure(intro) > BODY_BUDGET_SECONDS) return { cues, marks, seconds: elapsed, next: from };
    push(...intro);
  }

  let cursor = start ? { side: 0, rep: 1, heldSeconds: 0 } : clamp(from, dose);
  for (;;) {
    const first = marks.length === 0;
    let rep = repCues(id, dose, cursor, first);
    if (elapsed + measure(rep.cues) > BODY_BUDGET_SECONDS) {
      // A rep that does not fit after the steps waits for the next response ("say next when you're in
      // position"); only a hold too long for any response is split, so no short hold stops half way.
      if (cues.length > 0) return { cues, marks, seconds: elapsed, next: cursor };
      rep = splitHold(id, dose, cursor, BODY_BUDGET_SECONDS, measure) ?? rep;
    }
    marks.push({ at: elapsed, cursor });
    push(...rep.cues);
    if (rep.next === 'sameRep') {
      return { cues, marks, seconds: elapsed, next: { ...cursor, heldSeconds: rep.heldTo } };
    }
    if (cursor.rep < dose.reps) {
      cursor = { side: cursor.side, rep: cursor.rep + 1, heldSeconds: 0 };
      continue;
    }
    const next = cursor.side + 1 < dose.sides.length ? { side: cursor.side + 1, rep: 1, heldSeconds: 0 } : null;
    return { cues, marks, seconds: elapsed, next };
  }
}

interface RepPlan {
  readonly cues: readonly Cue[];
  /** 'sameRep' when the hold goes on in the next response, up to `heldTo` seconds counted. */
  readonly next: 'sameRep' | 'nextRep';
  readonly heldTo: number;
}

function repCues(id: ExerciseId, dose: Dosage, cursor: Cursor, firstInResponse: boolean, holdTo?: number): RepPlan {
  const cues: Cue[] = [];
  const side = dose.sides[cursor.side] ?? null;
  const continuing = cursor.heldSeconds > 0;
  if (side !== null && (firstInResponse || cursor.rep === 1) && !continuing) {
    cues.push({ type: 'side', exercise: id, side });
  }
  const flowing = dose.phases.length > 1;
  if (!continuing) {
    if (dose.reps > 1) {
      cues.push({ type: 'rep', rep: cursor.rep, of: dose.reps });
    }
    // A flowing movement (the cat stretch) goes straight from one rep into the next.
    if (!flowing || firstInResponse) cues.push({ type: 'pause', seconds: dose.settleSeconds });
  }
  const [firstPhase] = dose.phases;
  const to = holdTo ?? firstPhase?.seconds ?? 0;
  dose.phases.forEach((phase, i) => {
    const from = i === 0 ? cursor.heldSeconds : 0;
    cues.push({ type: 'hold', exercise: id, cue: phase.cue, seconds: phase.seconds, from, to: i === 0 ? to : phase.seconds });
  });
  if (holdTo !== undefined && firstPhase !== undefined && holdTo < firstPhase.seconds) {
    return { cues, next: 'sameRep', heldTo: holdTo };
  }
  if (!flowing) cues.push(say('rep.release'));
  const lastOfSide = cursor.rep >= dose.reps;
  if (!lastOfSide && dose.restSeconds > 0) cues.push({ type: 'pause', seconds: dose.restSeconds });
  return { cues, next: 'nextRep', heldTo: to };
}

/** A single hold too long for what is left of the response is counted in part; the next response goes on. */
function splitHold(
  id: ExerciseId,
  dose: Dosage,
  cursor: Cursor,
  available: number,
  measure: (cues: readonly Cue[]) => number,
): RepPlan | null {
  const [phase, ...others] = dose.phases;
  if (phase === undefined || others.length > 0) return null;
  const overhead = measure(repCues(id, dose, cursor, true, cursor.heldSeconds).cues);
  const room = Math.floor((available - overhead) / HOLD_SPLIT_STEP) * HOLD_SPLIT_STEP;
  const chunk = Math.max(HOLD_SPLIT_STEP, room);
  const to = Math.min(phase.seconds, cursor.heldSeconds + chunk);
  return repCues(id, dose, cursor, true, to);
}

/** A cursor saved under other settings (before "easier" cut the reps, say) may point past the new dosage. */
function clamp(cursor: Cursor, dose: Dosage): Cursor {
  const side = Math.min(Math.max(0, Math.trunc(cursor.side)), dose.sides.length - 1);
  const rep = Math.min(Math.max(1, Math.trunc(cursor.rep)), dose.reps);
  const firstHold = dose.phases[0]?.seconds ?? 0;
  const heldSeconds = cursor.heldSeconds > 0 && cursor.heldSeconds < firstHold ? cursor.heldSeconds : 0;
  return { side, rep, heldSeconds };
}
