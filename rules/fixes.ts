import type { Finding, Fix } from './types';

/**
 * Applies fixes to a text. Fixes are applied from the end so earlier offsets stay valid; a
 * fix overlapping one already applied is skipped (it was computed for text that no longer
 * exists), like ESLint's multipass fixer does within one pass.
 */
export function applyFixes(text: string, fixes: readonly Fix[]): string {
  // Insertions at one offset are applied last-first, so their text keeps the given order
  // (a greeting inserted at 0 stays before the thanks inserted at 0).
  const ordered = fixes
    .map((fix, index) => ({ fix, index }))
    .sort((a, b) => b.fix.start - a.fix.start || b.fix.end - a.fix.end || b.index - a.index);
  let result = text;
  let limit = Number.POSITIVE_INFINITY;
  for (const { fix } of ordered) {
    if (fix.end > limit) continue;
    result = result.slice(0, fix.start) + fix.replacement + result.slice(fix.end);
    limit = fix.start;
  }
  return result;
}

/** The first fix of every finding that has one: what "fix all" applies. */
export function firstFixes(findings: readonly Finding[]): Fix[] {
  return findings.flatMap((f) => (f.fixes[0] ? [f.fixes[0]] : []));
}
