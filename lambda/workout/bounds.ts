import type { Progress, Session } from './types';

/**
 * How large a session may grow. The session travels in Alexa's session attributes on every turn, so the
 * schema that checks it when it comes back (lambda/session/attributes.ts) uses these same bounds, and
 * every outcome is kept within them: a long session (hours of "start over") saturates instead of failing
 * its own check and starting the user again from nothing.
 */
export const SESSION_BOUNDS = {
  /** Exercises in one routine, including ones asked for by name along the way. */
  exercises: 50,
  /** Rep starts in one response. */
  marks: 100,
  /** Exercises finished in the session (the summary's count), and the history's list of them. */
  completed: 500,
  done: 500,
  hurt: 100,
  painReports: 100,
  /** Seconds of counted responses: a day. */
  seconds: 24 * 3600,
} as const;

/** The routine within its bounds: exercises already behind the user go first. */
function boundedProgress(progress: Progress): Progress {
  const over = progress.exercises.length - SESSION_BOUNDS.exercises;
  const completed = Math.min(progress.completed, SESSION_BOUNDS.completed);
  if (over <= 0) return completed === progress.completed ? progress : { ...progress, completed };
  const behind = Math.min(over, progress.index);
  return { ...progress, exercises: progress.exercises.slice(behind, behind + SESSION_BOUNDS.exercises), index: progress.index - behind, completed };
}

/** The session within SESSION_BOUNDS; the same object when it already is (nearly always). */
export function bounded(session: Session): Session {
  const { state, log, settings } = session;
  const withinLog = log.done.length <= SESSION_BOUNDS.done && log.hurt.length <= SESSION_BOUNDS.hurt && log.seconds <= SESSION_BOUNDS.seconds;
  const progress = 'progress' in state && state.progress !== null ? state.progress : null;
  const fitted = progress === null ? null : boundedProgress(progress);
  if (withinLog && fitted === progress && settings.painReports <= SESSION_BOUNDS.painReports) return session;
  return {
    ...session,
    state: fitted === null || fitted === progress ? state : ({ ...state, progress: fitted } as Session['state']),
    settings: { ...settings, painReports: Math.min(settings.painReports, SESSION_BOUNDS.painReports) },
    log: {
      ...log,
      done: log.done.slice(-SESSION_BOUNDS.done),
      hurt: log.hurt.slice(-SESSION_BOUNDS.hurt),
      seconds: Math.min(log.seconds, SESSION_BOUNDS.seconds),
    },
  };
}
