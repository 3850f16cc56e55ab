import type { interfaces } from 'ask-sdk-model';
import type { ScreenField, Segment } from '../speech/segments';

type Command = interfaces.alexa.presentation.apl.Command;

/** The id of the Text component each screen field is shown in (lambda/screen/exercise-document.json). */
export const FIELD_COMPONENT: Readonly<Record<ScreenField, string>> = {
  step: 'stepText',
  side: 'sideText',
  rep: 'repText',
  count: 'countText',
};

export interface TimedUpdate {
  /** Milliseconds after the response starts. */
  readonly atMs: number;
  readonly field: ScreenField;
  readonly text: string;
}

/** Where in the spoken response each screen change falls: the speech timeline's own times. */
export function screenUpdates(segments: readonly Segment[]): TimedUpdate[] {
  const updates: TimedUpdate[] = [];
  let seconds = 0;
  for (const segment of segments) {
    if (segment.kind === 'show') updates.push({ atMs: Math.round(seconds * 1000), field: segment.update.field, text: segment.update.text });
    seconds += segment.seconds;
  }
  return updates;
}

/**
 * The screen's side of the timeline: wait, set a field, wait, set the next. Waits are differences of
 * rounded absolute times, so rounding never accumulates into drift against the voice.
 */
export function timelineCommands(updates: readonly TimedUpdate[]): Command[] {
  const commands: Command[] = [];
  let previous = 0;
  for (const update of updates) {
    if (update.atMs > previous) commands.push({ type: 'Idle', delay: update.atMs - previous });
    previous = Math.max(previous, update.atMs);
    commands.push({ type: 'SetValue', componentId: FIELD_COMPONENT[update.field], property: 'text', value: update.text });
  }
  return commands.length === 0 ? [] : [{ type: 'Sequential', commands }];
}
