/**
 * Runs the examples of every registered check (ESLint's RuleTester, Harper's in-file
 * tests): valid examples must produce no finding, invalid ones exactly the expected findings,
 * and where fixes exist, applying them must give the expected output.
 */

import { describe, expect, it } from 'vitest';
import { applyFixes, checks, type Finding, firstFixes } from '../../../rules/index';
import { runExample } from './run-example';

const label = (text: string) => JSON.stringify(text.length > 60 ? `${text.slice(0, 57)}…` : text);

function expectWellFormed(text: string, findings: readonly Finding[]): void {
  for (const f of findings) {
    expect(f.text).toBe(text.slice(f.start, f.end));
    expect(f.message, 'message has an unfilled {placeholder}').not.toMatch(/\{\w+\}/);
    for (const fix of f.fixes) {
      expect(fix.start).toBeGreaterThanOrEqual(0);
      expect(fix.end).toBeLessThanOrEqual(text.length);
      expect(fix.start).toBeLessThanOrEqual(fix.end);
    }
  }
}

for (const check of checks) {
  describe(check.id, () => {
    for (const example of check.examples.valid) {
      it(`valid (${example.language}) ${label(example.text)}`, () => {
        expect(runExample(check, example)).toEqual([]);
      });
    }

    for (const example of check.examples.invalid) {
      it(`invalid (${example.language}) ${label(example.text)}`, () => {
        const findings = runExample(check, example);
        expectWellFormed(example.text, findings);
        expect(findings.map((f) => f.check)).toEqual(example.findings.map(() => check.id));
        expect(
          findings.map((f, i) => ({
            messageId: f.messageId,
            ...(example.findings[i]?.text === undefined ? {} : { text: f.text }),
          })),
        ).toEqual(example.findings);

        const fixes = firstFixes(findings);
        if (example.output === undefined) {
          expect(fixes, 'findings have fixes: give the expected `output`').toEqual([]);
        } else {
          expect(fixes.length, 'no fix to produce `output`').toBeGreaterThan(0);
          const fixed = applyFixes(example.text, fixes);
          expect(fixed).toBe(example.output);
          // A fix must actually fix: checking the output again does not report the fixed
          // findings (it may report something new, e.g. a closing still to be signed).
          const key = (f: Finding) => `${f.messageId}:${f.text}`;
          const fixedKeys = findings.filter((f) => f.fixes.length > 0).map(key);
          const after = runExample(check, { ...example, text: fixed }).map(key);
          expect(after.filter((k) => fixedKeys.includes(k))).toEqual([]);
        }
      });
    }
  });
}
