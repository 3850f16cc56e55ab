import { isRoutineId, type RoutineId } from '../catalog/routines';
import type { KnownLengths } from './estimate';

/** Seconds each routine takes under the default settings, by locale. */
export type RoutineLengths = Readonly<Record<string, Readonly<Partial<Record<RoutineId, number>>>>>;

// scripts/build.mjs measures every routine in every locale and puts the table here. Run from source
// (tests, the simulator) there is no table, and a routine is measured the first time it is asked for.
declare const BUILT_ROUTINE_LENGTHS: RoutineLengths;
const built: RoutineLengths = typeof BUILT_ROUTINE_LENGTHS === 'undefined' ? {} : BUILT_ROUTINE_LENGTHS;

/**
 * A locale's routine lengths known before any request. Without them a cold start's first words ("five
 * stretches, about eleven minutes") would first measure the whole routine, every sentence of it, and that
 * is most of a cold start's own work.
 */
export function knownLengths(locale: string, lengths: RoutineLengths = built): KnownLengths {
  return Object.fromEntries(Object.entries(lengths[locale] ?? {}).filter(([routine, seconds]) => isRoutineId(routine) && seconds !== undefined));
}
