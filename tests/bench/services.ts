import { getFinnishAnalyzer } from '../../cli/dictionary';
import { finnishMorphology } from '../../rules/fi/morphology';
import { installMorphology } from '../../rules/languages';

/** The benchmark measures the engine as the CLI runs it: with the Finnish services. */
export function setupLanguageServices(): void {
  installMorphology('fi', finnishMorphology(getFinnishAnalyzer));
}
