/**
 * English, as the engine sees it. Everything English lives in this folder:
 *
 *   tokenize.ts            the tokenizer of the feature rules (contractions, hyphens)
 *   lexicon.ts             the verb lexicon the detector and the forms share
 *   features.ts            the sentence feature detector (pure data: nothing to load)
 *   forms.ts               form generation for fixes: requests, active voice, first person
 *   clauses.ts             how a question or an order is made without a mark ("Can I", "Avaa")
 *   rewrites.ts            the checks' fixes, placed in the draft from those forms
 *   inflect.ts             inflection of pack patterns
 *   stem.ts                the fallback stemmer
 *   data/                  word lists (verbs, features, function words, plain words), and in
 *                          phrases.ts the phrase data of the checks and the context
 *                          analysis (complaints, questions, promises, requests, blame)
 */
import type { LanguageService } from '../languages';
import { englishClauses } from './clauses';
import { FUNCTION_WORDS } from './data/function-words';
import { englishPhrases } from './data/phrases';
import { PLAIN_WORDS_EN } from './data/plain-words';
import { createEnglishDetector } from './features';
import { englishRewrites } from './rewrites';
import { stemEnglish } from './stem';

export const english: LanguageService = {
  code: 'en',
  name: 'English',
  functionWords: FUNCTION_WORDS,
  stem: stemEnglish,
  detector: createEnglishDetector,
  plainWords: PLAIN_WORDS_EN,
  phrases: englishPhrases,
  rewrites: englishRewrites,
  clauses: englishClauses,
};
