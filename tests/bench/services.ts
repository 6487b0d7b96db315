import { getFinnishAnalyzer } from '../../cli/dictionary';
import { installFinnish } from '../../rules/language-services';

/** The benchmark measures the engine as the CLI runs it: with the Finnish services. */
export function setupLanguageServices(): void {
  installFinnish(getFinnishAnalyzer);
}
