import { DEFAULT_SETTINGS, NEW_SESSION, type Memory, type Session } from './types';

/** A new session that starts from what earlier sessions left: the user's pace, what hurt, what to leave out. */
export function beginSession(memory: Memory): Session {
  return {
    ...NEW_SESSION,
    memory,
    settings: {
      ...DEFAULT_SETTINGS,
      slow: memory.slow,
      longerHolds: memory.longerHolds,
      gentler: [...memory.hurtLastTime],
      excluded: [...memory.leftOut],
    },
  };
}
