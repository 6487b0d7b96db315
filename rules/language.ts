import type { Language } from './types';

/**
 * Guesses whether a draft is Finnish or English from its function words, so the `auto`
 * setting can pick the built-in pack without asking. Returns null until the text says enough.
 */
const FINNISH = new Set(
  'ja on ei se että kun jos niin mutta voi olla ole olen olet olemme ovat oli hei kiitos te teidän teille sinä sinun me meidän minä minun tämä tämän asiasta viestistä viestistäsi viestistänne terveisin ystävällisin tai vielä myös nyt sekä kanssa mukaan jotta koska siis'.split(
    ' ',
  ),
);
const ENGLISH = new Set(
  'the and is are to of a an you your we our i it in for on with this that be have has not please thank thanks regards hello hi dear can will would could'.split(
    ' ',
  ),
);

const WORD = /[\p{L}']+/gu;
const FINNISH_LETTER = /[äöå]/;

/** Evidence after which reading further would not change the answer. */
const DECISIVE = { total: 24, lead: 12 };

export function guessLanguage(text: string, minimumEvidence = 2): Language | null {
  let finnish = 0;
  let english = 0;
  // It runs on every keystroke: stop as soon as the answer is clear, usually in a sentence.
  for (const match of text.matchAll(WORD)) {
    const word = match[0].toLowerCase();
    if (FINNISH.has(word)) finnish++;
    else if (ENGLISH.has(word)) english++;
    if (FINNISH_LETTER.test(word)) finnish++;
    if (finnish + english >= DECISIVE.total && Math.abs(finnish - english) >= DECISIVE.lead) break;
  }
  if (Math.max(finnish, english) < minimumEvidence || finnish === english) return null;
  return finnish > english ? 'fi' : 'en';
}
