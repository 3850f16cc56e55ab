/**
 * Ways people in one locale really say things, written by native speakers of that locale's language
 * and NOT copied from the interaction model's samples: the test checks that each reaches the intent
 * the skill needs through the offline matcher (local/matcher), the way Alexa's NLU would have to.
 */
export interface PainPhrasings {
  /** At least 40: "my upper back is hurting", "ow ow, my back", "something clicked"... -> PainIntent (or PainKindIntent). */
  readonly pain: readonly string[];
  /** The answer to the red-flag question by naming the symptom ("chest pain", "pins and needles") -> RedFlagIntent. */
  readonly redFlag: readonly string[];
  /** An urgent, not emergency, sign ("I had a fall", "I've got a fever") -> UrgentSignIntent. */
  readonly urgent: readonly string[];
  /** "I don't know", "not sure" -> UnsureIntent. */
  readonly unsure: readonly string[];
}
