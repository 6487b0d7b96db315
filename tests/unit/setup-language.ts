/**
 * Registers the built-in languages and installs the Finnish morphology as the content
 * script and the CLI do (they reach rules/builtin-languages.ts through rules/index.ts), so
 * that every test, also one that imports a single module of rules/, sees the checks as they
 * run for real. Lazily: the dictionary is read on the first Finnish word a test analyses.
 */
import '../../rules/builtin-languages';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type FinnishAnalyzer, loadFinnishAnalyzer } from '../../rules/fi/analyzer';
import { finnishMorphology } from '../../rules/fi/morphology';
import { installMorphology } from '../../rules/languages';

// Not cli/dictionary.ts: under happy-dom `import.meta.url` is not a file URL. Vitest runs
// from the repository root.
const MOR_VFST = resolve(process.cwd(), 'public/voikko/mor.vfst');

let analyzer: FinnishAnalyzer | undefined;

/** (Re-)installs the real Finnish morphology, for tests that replaced it. */
export function installRealFinnish(): void {
  installMorphology(
    'fi',
    finnishMorphology(() => {
      analyzer ??= loadFinnishAnalyzer(new Uint8Array(readFileSync(MOR_VFST)));
      return analyzer;
    }),
  );
}

installRealFinnish();
