import { say } from './cues';
import { deliver, open } from './outcome';
import { nextAllowedIndex } from './progress';
import { pausedAt, type Standing } from './resume';
import { EXERCISE_START, type Context, type Outcome, type Settings } from './types';

/** A new pace or hold length: said back, and if it cut a hold short, that rep starts again with the new setting. */
function adjust({ session, point, cut }: Standing, settings: Settings, key: 'settings.slower' | 'settings.longer', ctx: Context): Outcome {
  const ack = say(key);
  if (cut !== null && point?.cursor) return deliver({ ...session, settings }, point.progress, point.cursor, ctx, [ack]);
  return open({ ...session, settings }, [ack]);
}

export function slower(standing: Standing, ctx: Context): Outcome {
  return adjust(standing, { ...standing.session.settings, slow: true }, 'settings.slower', ctx);
}

export function longerHolds(standing: Standing, ctx: Context): Outcome {
  const { settings } = standing.session;
  // After mild pain the holds stay short for the rest of the session.
  if (settings.eased) return open(standing.session, [say('settings.keepShort')]);
  return adjust(standing, { ...settings, longerHolds: true }, 'settings.longer', ctx);
}

/** The current exercise again, from the top, in its gentler version. */
export function gentler({ session, point }: Standing, ctx: Context): Outcome {
  if (point === null) return open(session, [say('gentler.nothing')]);
  const { progress } = pausedAt(point);
  const index = nextAllowedIndex(progress, progress.index, session.settings);
  const id = progress.exercises[index];
  if (id === undefined) return open(session, [say('gentler.nothing')]);
  const settings = { ...session.settings, gentler: [...new Set([...session.settings.gentler, id])] };
  return deliver({ ...session, settings }, { ...progress, index }, EXERCISE_START, ctx, [say('gentler.start', { exercise: id })]);
}
