import { ROUTINES, isRoutineId, type RoutineId } from '../catalog/routines';
import { estimateKey } from '../workout/routine';
import { DEFAULT_SETTINGS } from '../workout/types';

/** Seconds each routine takes under the default settings, by locale. */
export type RoutineLengths = Readonly<Record<string, Readonly<Partial<Record<RoutineId, number>>>>>;

// scripts/build.mjs measures every routine in every locale and puts the table here. Run from source
// (tests, the simulator) there is no table, and a routine is measured the first time it is asked for.
declare const BUILT_ROUTINE_LENGTHS: RoutineLengths;
const built: RoutineLengths = typeof BUILT_ROUTINE_LENGTHS === 'undefined' ? {} : BUILT_ROUTINE_LENGTHS;

/**
 * A voice's routine lengths known before any request, as its pacer remembers them. Without them a cold
 * start's first words ("five stretches, about eleven minutes") would first measure the whole routine,
 * every sentence of it, and that is most of a cold start's own work.
 */
export function knownLengths(locale: string, lengths: RoutineLengths = built): Map<string, number> {
  return new Map(Object.entries(lengths[locale] ?? {}).flatMap(([routine, seconds]) =>
    isRoutineId(routine) && seconds !== undefined ? [[estimateKey(ROUTINES[routine], DEFAULT_SETTINGS), seconds] as const] : []));
}
