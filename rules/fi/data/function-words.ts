/**
 * Words that tell a Finnish reply from an English one (rules/language.ts guesses the
 * draft's language from them): frequent in Finnish replies, not English words.
 */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  'ja on ei se että kun jos niin mutta voi olla ole olen olet olemme ovat oli hei kiitos te teidän teille sinä sinun me meidän minä minun tämä tämän asiasta viestistä viestistäsi viestistänne terveisin ystävällisin tai vielä myös nyt sekä kanssa mukaan jotta koska siis'.split(
    ' ',
  ),
);

/** Letters of Finnish words that English words do not have. */
export const LETTERS = /[äöå]/;
