/**
 * What the house-style checks (address, speaker, command, passive) share: the sentences of
 * a draft with their grammatical features, and the Finnish analyser for form generation.
 * Both are language services installed by the host (rules/languages.ts);
 * when a language has no detector, `analysedSentences` yields nothing, so the checks stay
 * silent rather than guess.
 */

import { analyses, hasAnalyzer, type MorphologicalAnalyzer } from './analysis';
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

const finnish: MorphologicalAnalyzer = { analyze: (word) => analyses(word, 'fi') };

/** The registered Finnish analyser, or null: without it fixes are left out, findings stay. */
export function finnishAnalyzer(): MorphologicalAnalyzer | null {
  return hasAnalyzer('fi') ? finnish : null;
}
