/** A piece of a spoken response with its estimated length: words, or silence. */
export type Segment =
  /** `paced` words sit on a real-time grid (hold counts) and are never slowed down. */
  | { readonly kind: 'speech'; readonly text: string; readonly seconds: number; readonly paced: boolean }
  | { readonly kind: 'silence'; readonly seconds: number };

export const silence = (seconds: number): Segment => ({ kind: 'silence', seconds });

export function totalSeconds(segments: readonly Segment[]): number {
  return segments.reduce((sum, segment) => sum + segment.seconds, 0);
}
