/** What a screen shows while a response is spoken; each field is updated at its moment in the timeline. */
export type ScreenField = 'step' | 'side' | 'rep' | 'count';
export interface ScreenUpdate {
  readonly field: ScreenField;
  readonly text: string;
}

/**
 * A piece of a spoken response with its estimated length: words, silence, or a moment at which the
 * screen changes. Voice and screen come from one timeline, so they cannot drift apart.
 */
export type Segment =
  | { readonly kind: 'speech'; readonly text: string; readonly seconds: number }
  | { readonly kind: 'silence'; readonly seconds: number }
  | { readonly kind: 'show'; readonly seconds: 0; readonly update: ScreenUpdate };

export const silence = (seconds: number): Segment => ({ kind: 'silence', seconds });
export const show = (field: ScreenField, text: string): Segment => ({ kind: 'show', seconds: 0, update: { field, text } });

export function totalSeconds(segments: readonly Segment[]): number {
  return segments.reduce((sum, segment) => sum + segment.seconds, 0);
}
