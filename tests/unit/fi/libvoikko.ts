/**
 * Test helper: runs python3-libvoikko (system Python) once over a word list and returns its
 * analyses exactly as the Python binding's dicts (key order preserved through JSON).
 */
import { execFileSync } from 'node:child_process';

export const SYSTEM_PYTHON = '/usr/bin/python3';
export const LIBVOIKKO_APT_PACKAGE = 'python3-libvoikko';

/** Words longer than this get a fresh libvoikko handle (see below). */
const FRESH_HANDLE_ABOVE = 60;

// libvoikko 4.3.1 leaks flag-diacritic state in the handle when a lookup is cut off by its move
// limit (possible only for very long compounds); every later lookup on that handle then returns
// nothing. Long words are therefore analysed with a throwaway handle, which is what our
// analyzer's per-lookup reset corresponds to.
const SCRIPT = `
import json, sys
try:
    import libvoikko
except Exception as e:
    sys.stderr.write("IMPORT_FAILED: %r\\n" % (e,))
    sys.exit(3)
words = json.loads(sys.stdin.buffer.read().decode("utf-8"))
try:
    v = libvoikko.Voikko("fi")
except Exception as e:
    sys.stderr.write("DICTIONARY_FAILED: %r\\n" % (e,))
    sys.exit(4)
out = []
for w in words:
    if len(w) > ${FRESH_HANDLE_ABOVE}:
        h = libvoikko.Voikko("fi")
        out.append(h.analyze(w))
        h.terminate()
    else:
        out.append(v.analyze(w))
sys.stdout.buffer.write(json.dumps(out, ensure_ascii=True).encode("ascii"))
`;

export type PyAnalysis = Record<string, string>;

export function libvoikkoAnalyzeAll(words: readonly string[]): PyAnalysis[][] {
  let stdout: Buffer;
  try {
    stdout = execFileSync(SYSTEM_PYTHON, ['-c', SCRIPT], {
      input: JSON.stringify(words),
      maxBuffer: 1 << 30,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
  } catch (e) {
    const err = e as { status?: number; stderr?: Buffer; message?: string };
    const stderr = err.stderr?.toString() ?? '';
    if (
      err.status === 3 ||
      err.status === 4 ||
      stderr.includes('IMPORT_FAILED') ||
      stderr.includes('DICTIONARY_FAILED') ||
      /ENOENT/.test(err.message ?? '')
    ) {
      throw new Error(
        `Cannot run libvoikko via ${SYSTEM_PYTHON} (${stderr.trim() || err.message}). ` +
          `Install it with: apt-get install -y ${LIBVOIKKO_APT_PACKAGE} voikko-fi`,
      );
    }
    throw new Error(`python3-libvoikko run failed: ${stderr || err.message}`);
  }
  const parsed = JSON.parse(stdout.toString('utf-8')) as PyAnalysis[][];
  if (parsed.length !== words.length) {
    throw new Error(`libvoikko returned ${parsed.length} results for ${words.length} words`);
  }
  return parsed;
}
