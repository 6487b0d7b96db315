/**
 * Words that tell an English reply from a Finnish one (rules/language.ts guesses the
 * draft's language from them): frequent in English replies, not Finnish words.
 */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  'the and is are to of a an you your we our i it in for on with this that be have has not please thank thanks regards hello hi dear can will would could'.split(
    ' ',
  ),
);
