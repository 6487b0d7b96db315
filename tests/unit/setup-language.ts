/**
 * Installs the Finnish language services as the content script and the CLI do, so that
 * every test (the generic check-examples test included) sees the checks as they run for
 * real. Lazily: the dictionary is read on the first Finnish word a test analyses.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadFinnishAnalyzer } from '../../rules/fi/analyzer';
import { installFinnish } from '../../rules/language-services';

// Not cli/dictionary.ts: under happy-dom `import.meta.url` is not a file URL. Vitest runs
// from the repository root.
const MOR_VFST = resolve(process.cwd(), 'public/voikko/mor.vfst');

installFinnish(() => loadFinnishAnalyzer(new Uint8Array(readFileSync(MOR_VFST))));
