/**
 * What the house-style checks (address, speaker, command, passive) share: the sentences of
 * a draft with their grammatical features, from the language's detector (rules/languages.ts).
 * When a language has no detector, `analysedSentences` yields nothing, so the checks stay
 * silent rather than guess. Their fixes come from the language's rewrites (`rewritesFor`).
 */

import type { BlockRole, DraftDocument, Paragraph, Sentence } from './document';
import { featureDetectorFor, type RichSentenceFeatures } from './features';
import type { Language } from './types';

export interface AnalysedSentence {
  paragraph: Paragraph;
  sentence: Sentence;
  features: RichSentenceFeatures;
}

/** The sentences of the given blocks with their features (offsets relative to the sentence). */
export function* analysedSentences(
  doc: DraftDocument,
  language: Language,
  roles: readonly BlockRole[],
): Generator<AnalysedSentence> {
  const detector = featureDetectorFor(language);
  if (!detector) return;
  for (const paragraph of doc.paragraphs) {
    if (!roles.includes(paragraph.role)) continue;
    for (const sentence of paragraph.sentences) {
      yield {
        paragraph,
        sentence,
        features: detector.detect(sentence.text) as RichSentenceFeatures,
      };
    }
  }
}
