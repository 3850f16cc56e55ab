/** How long Alexa takes to say `text`: characters at the language's rate, plus the pauses punctuation brings. */
export function speakingSeconds(text: string, charactersPerSecond: number): number {
  // A digit is said as a word ("nine one one", "ninety"): about four characters of speech each.
  const spokenLength = text.replace(/\d/g, 'xxxx').length;
  const sentenceEnds = text.match(/[.!?\u3002\uff01\uff1f\u061f\u0964]/g)?.length ?? 0;
  const clauseBreaks = text.match(/[,;:\u3001\uff0c\u060c]/g)?.length ?? 0;
  return spokenLength / charactersPerSecond + sentenceEnds * SENTENCE_PAUSE + clauseBreaks * CLAUSE_PAUSE;
}

const SENTENCE_PAUSE = 0.35;
const CLAUSE_PAUSE = 0.15;
