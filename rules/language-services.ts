import { registerAnalyzer } from './analysis';
import { registerFeatureDetector } from './features';
import type { FinnishAnalyzer } from './fi/analyzer';
import { createFinnishDetector } from './fi/features';

/**
 * Installs the Finnish language services the checks ask for: the analyser (base forms,
 * form generation) and the feature detector. `load` is called on the first Finnish word,
 * so a host that only ever checks English never reads the 4 MB dictionary. The content
 * script, the CLI, the benchmark and the tests all install through here.
 */
export function installFinnish(load: () => FinnishAnalyzer): void {
  let analyzer: FinnishAnalyzer | undefined;
  const shared = () => {
    analyzer ??= load();
    return analyzer;
  };
  registerAnalyzer('fi', { analyze: (word) => shared().analyze(word) });
  registerFeatureDetector('fi', () => createFinnishDetector(shared()));
}
