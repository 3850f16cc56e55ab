/** A piece of a spoken response with its estimated length: words, or silence. */
export type Segment =
  | { readonly kind: 'speech'; readonly text: string; readonly seconds: number }
  | { readonly kind: 'silence'; readonly seconds: number };

export const silence = (seconds: number): Segment => ({ kind: 'silence', seconds });

export function totalSeconds(segments: readonly Segment[]): number {
  return segments.reduce((sum, segment) => sum + segment.seconds, 0);
}
