/**
 * The loaded half of Finnish: what needs the dictionary. A host reads the dictionary its
 * own way and installs it, lazily:
 *
 *   installMorphology('fi', finnishMorphology(() => loadFinnishAnalyzer(bytes)));
 *
 * The content script, the CLI, the benchmark and the tests all install it so.
 */
import type { Morphology } from '../languages';
import type { FinnishAnalyzer } from './analyzer';
import { createFinnishDetector } from './features';

/** Finnish's morphology: the analyser `load` returns, and the detector built on it. */
export function finnishMorphology(load: () => FinnishAnalyzer): Morphology<FinnishAnalyzer> {
  return { load, detector: (analyzer) => createFinnishDetector(analyzer) };
}
