/**
 * Node-only loaders for the bundled Finnish morphology (public/voikko/mor.vfst).
 * The browser build fetches the same file itself and calls `loadFinnishAnalyzer` directly.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  type FinnishAnalyzer,
  type FinnishAnalyzerOptions,
  loadFinnishAnalyzer,
} from '../rules/fi/analyzer';

/** Absolute path of public/voikko/mor.vfst in this checkout. */
export const DEFAULT_MOR_VFST_PATH = fileURLToPath(
  new URL('../public/voikko/mor.vfst', import.meta.url),
);

/** Reads a voikko-fi `mor.vfst` (default: the bundled one) and returns a Finnish analyzer. */
export function loadFinnishAnalyzerFromDisk(
  path: string = DEFAULT_MOR_VFST_PATH,
  options?: FinnishAnalyzerOptions,
): FinnishAnalyzer {
  const buf = readFileSync(path);
  return loadFinnishAnalyzer(new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength), options);
}

let shared: FinnishAnalyzer | undefined;

/** A process-wide analyzer over the bundled dictionary, loaded on first use. */
export function getFinnishAnalyzer(): FinnishAnalyzer {
  shared ??= loadFinnishAnalyzerFromDisk();
  return shared;
}
