/**
 * Finnish, as the engine sees it. Everything Finnish lives in this folder:
 *
 *   analyzer.ts, vfst.ts   the Voikko morphology over public/voikko/mor.vfst (loaded by the
 *                          host, see morphology.ts)
 *   tokenize.ts            the tokenizer of the feature rules
 *   features.ts            the sentence feature detector (needs the analyser)
 *   forms.ts               form generation for fixes: address, first person, requests
 *   clauses.ts             how a question or an order is made without a mark ("Can I", "Avaa")
 *   rewrites.ts            the checks' fixes (requests, active voice, speaker) from those forms
 *   endings.ts             inflection of pack patterns without the dictionary
 *   stem.ts                the fallback stemmer
 *   data/                  word lists (features, forms, function words, plain words), and in
 *                          phrases.ts the phrase data of the checks and the context
 *                          analysis (complaints, questions, promises, requests, blame)
 *
 * The detector needs the 4 MB dictionary, so it comes with the loaded half
 * (`finnishMorphology`), which the pages that never load the dictionary do not bundle.
 */
import type { LanguageService } from '../languages';
import { finnishClauses } from './clauses';
import { FUNCTION_WORDS, LETTERS } from './data/function-words';
import { finnishPhrases } from './data/phrases';
import { PLAIN_WORDS_FI } from './data/plain-words';
import { finnishRewrites } from './rewrites';
import { stemFinnish } from './stem';

export const finnish: LanguageService = {
  code: 'fi',
  name: 'Finnish',
  functionWords: FUNCTION_WORDS,
  letters: LETTERS,
  stem: stemFinnish,
  plainWords: PLAIN_WORDS_FI,
  phrases: finnishPhrases,
  rewrites: finnishRewrites,
  clauses: finnishClauses,
};
