import { EXERCISES, type ExerciseId, type Position } from '../catalog/exercises';
import type { Voice } from '../i18n/voice';
import type { RenderedReply } from '../speech/render';
import { currentExercise } from '../workout/progress';
import type { Session } from '../workout/types';
import { screenUpdates } from './timeline-commands';

/** The drawing (a graphic of exercise-document.json) for each starting position. */
const FIGURES: Readonly<Record<Position, string>> = {
  standing: 'standing',
  seated: 'seated',
  hands_and_knees: 'hands_and_knees',
  kneeling: 'hands_and_knees',
  face_down: 'face_down',
  on_back: 'on_back',
};

export interface ScreenPayload {
  readonly title: string;
  readonly figure: string;
  readonly step: string;
  readonly side: string;
  readonly rep: string;
  readonly count: string;
  readonly progress: { readonly text: string; readonly percent: number };
  /** Which buttons make sense: pause while counting, resume while paused. */
  readonly running: boolean;
  readonly paused: boolean;
  readonly labels: { readonly hurts: string; readonly pause: string; readonly resume: string; readonly next: string };
}

function onScreen({ state }: Session): { id: ExerciseId; index: number; total: number } | null {
  const progress = state.kind === 'exercising' || state.kind === 'paused' || state.kind === 'painCheck' ? state.progress : null;
  const id = progress === null ? null : currentExercise(progress);
  return progress !== null && id !== null ? { id, index: progress.index, total: progress.exercises.length } : null;
}

/**
 * What the screen starts with for this response; the timeline then changes the step, side, rep and
 * count as they are spoken. Before any step is read, the step field shows the question being asked.
 */
export function screenPayload(session: Session, rendered: RenderedReply, voice: Voice): ScreenPayload {
  const current = onScreen(session);
  const firstStep = screenUpdates(rendered.segments).find((update) => update.field === 'step');
  const asking = rendered.segments.filter((s) => s.kind === 'speech').at(-1);
  return {
    title: current ? voice.pack.exercises[current.id].title : voice.phrase('screen.title'),
    figure: FIGURES[current ? EXERCISES[current.id].position : 'standing'],
    step: firstStep?.text ?? (asking?.kind === 'speech' ? asking.text : ''),
    side: '',
    rep: '',
    count: '',
    progress: current
      ? { text: voice.phrase('screen.progress', { n: current.index + 1, total: current.total }), percent: Math.round(((current.index + 1) / current.total) * 100) }
      : { text: '', percent: 0 },
    running: session.state.kind === 'exercising',
    paused: session.state.kind === 'paused',
    labels: { hurts: voice.phrase('screen.hurts'), pause: voice.phrase('screen.pause'), resume: voice.phrase('screen.resume'), next: voice.phrase('screen.next') },
  };
}
