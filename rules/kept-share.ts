/**
 * How much of an inserted template's text the sent reply kept: the share of the template's
 * words that appear, in order, in the reply (their longest common subsequence). Computed in
 * the page at send, so that only the number is kept: a template agents rewrite heavily is a
 * candidate for the team lead to improve.
 */

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

function words(text: string): string[] {
  return (text.toLocaleLowerCase().match(WORD) ?? []) as string[];
}

/** Longer texts are cut to this many words, keeping the comparison well under a millisecond. */
const MAX_WORDS = 600;

export function keptShare(inserted: string, sent: string): number {
  const template = words(inserted).slice(0, MAX_WORDS);
  if (template.length === 0) return 1;
  const reply = words(sent);
  // Only the reply's words that occur in the template can be kept; the rest cannot match.
  const vocabulary = new Set(template);
  const candidates = reply.filter((word) => vocabulary.has(word)).slice(0, 4 * MAX_WORDS);
  // One row of the LCS table at a time.
  let previous = new Uint16Array(candidates.length + 1);
  let current = new Uint16Array(candidates.length + 1);
  for (const word of template) {
    for (let j = 1; j <= candidates.length; j++) {
      current[j] =
        candidates[j - 1] === word
          ? (previous[j - 1] as number) + 1
          : Math.max(previous[j] as number, current[j - 1] as number);
    }
    [previous, current] = [current, previous];
  }
  return (previous[candidates.length] as number) / template.length;
}
