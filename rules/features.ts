/**
 * The language-independent entry point to the sentence feature detectors.
 *
 * English needs nothing loaded. Finnish needs a morphological analyser whose dictionary the
 * host loads asynchronously (the extension fetches its bytes, Node reads them from disk with
 * `cli/dictionary.ts`), so the caller passes the Finnish detector in, typically
 * `() => createFinnishDetector(analyzer)` from `rules/fi/features.ts`, and this module stays
 * synchronous and free of any loading code.
 */
import { createEnglishDetector } from './en/features.ts';
import type { FeatureDetector, Language } from './types.ts';

export interface FeatureDetectorDeps {
  /** Builds the Finnish detector around an already loaded analyser. */
  finnish?: () => FeatureDetector;
}

export function createFeatureDetector(
  lang: Language,
  deps: FeatureDetectorDeps = {},
): FeatureDetector {
  switch (lang) {
    case 'en':
      return createEnglishDetector();
    case 'fi':
      if (!deps.finnish) {
        throw new Error(
          'Finnish detector not available: pass deps.finnish, e.g. () => createFinnishDetector(analyzer)',
        );
      }
      return deps.finnish();
  }
}
