import { browser } from 'wxt/browser';
import { loadFinnishAnalyzer } from '../../rules/fi/analyzer';
import { finnishMorphology } from '../../rules/fi/morphology';
import { installMorphology } from '../../rules/languages';
import { FINNISH_DATA_MEASURE } from './timing';

/** Where the build puts Voikko's Finnish dictionary (from `public/voikko/`). */
export const FINNISH_DICTIONARY = '/voikko/mor.vfst';

let finnish: Promise<void> | null = null;

/**
 * Loads the Finnish dictionary once per page, off the typing path: a 4 MB read from the
 * extension's own package, viewed in place as typed arrays. Until it resolves, the checks
 * that need Finnish grammar stay silent rather than guess.
 */
export function loadFinnish(): Promise<void> {
  finnish ??= (async () => {
    const started = performance.now();
    const response = await fetch(browser.runtime.getURL(FINNISH_DICTIONARY));
    if (!response.ok) throw new Error(`Finnish dictionary: HTTP ${response.status}`);
    const analyzer = loadFinnishAnalyzer(await response.arrayBuffer());
    installMorphology(
      'fi',
      finnishMorphology(() => analyzer),
    );
    performance.measure(FINNISH_DATA_MEASURE, { start: started });
  })();
  return finnish;
}
