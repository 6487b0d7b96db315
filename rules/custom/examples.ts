/**
 * Runs a pack rule's own examples (Harper's in-file tests): every `bad` example must get a
 * finding of the rule, and its one-click fixes must give `fixed` when that is given;
 * every `good` example must get none. The validator refuses a pack whose rules fail their
 * examples, and `talontapa test` prints the results rule by rule.
 */

import { parseDocument } from '../document';
import { type CompiledPack, checkDocument, compileRuleCheck, withChecks } from '../engine';
import { applyFixes, firstFixes } from '../fixes';
import type { PackPath } from '../pack';
import type { Finding } from '../types';
import type { CustomRule, Example } from './schema';

export interface ExampleFailure {
  /** Path of the example inside the rule: ["examples", "bad", 2]. */
  path: PackPath;
  message: string;
}

export interface ExampleReport {
  rule: string;
  /** Examples run, bad and good. */
  run: number;
  failures: ExampleFailure[];
}

/** Quotes a text for a message, shortened so one example does not flood the output. */
export function quoteText(text: string, max = 80): string {
  const short = text.length > max ? `${text.slice(0, max - 1)}…` : text;
  return JSON.stringify(short);
}

function normalise(example: Example): { text: string; customerMessage?: string; fixed?: string } {
  return typeof example === 'string' ? { text: example } : example;
}

/** Runs `rule` alone on `text`, configured as `compiled` configures it. */
export function runRule(
  rule: CustomRule,
  compiled: CompiledPack,
  text: string,
  customerMessage?: string,
): Finding[] {
  const active = { ...compileRuleCheck(rule, compiled.pack), enabled: true };
  const alone = withChecks(compiled.pack, [active]);
  const doc = parseDocument(text, alone.parseOptions);
  return checkDocument(doc, alone, customerMessage === undefined ? {} : { customerMessage });
}

function badProblem(rule: CustomRule, compiled: CompiledPack, example: Example): string | null {
  const { text, customerMessage, fixed } = normalise(example);
  const findings = runRule(rule, compiled, text, customerMessage);
  if (findings.length === 0)
    return `expected a "${rule.id}" finding in ${quoteText(text)}, found none`;
  if (fixed === undefined) return null;
  const fixes = firstFixes(findings);
  if (fixes.length === 0) return `${quoteText(text)} is flagged but has no fix to give "fixed"`;
  const result = applyFixes(text, fixes);
  if (result !== fixed) return `the fix gives ${quoteText(result)}, expected ${quoteText(fixed)}`;
  return null;
}

function goodProblem(rule: CustomRule, compiled: CompiledPack, example: Example): string | null {
  const { text, customerMessage } = normalise(example);
  const finding = runRule(rule, compiled, text, customerMessage)[0];
  if (!finding) return null;
  return `expected no finding in ${quoteText(text)}, found ${quoteText(finding.text)}: ${finding.message}`;
}

/** Runs every example of `rule`; `compiled` is the pack the rule belongs to. */
export function runRuleExamples(rule: CustomRule, compiled: CompiledPack): ExampleReport {
  const failures: ExampleFailure[] = [];
  const bad = rule.examples?.bad ?? [];
  const good = rule.examples?.good ?? [];
  bad.forEach((example, i) => {
    const message = badProblem(rule, compiled, example);
    if (message) failures.push({ path: ['examples', 'bad', i], message });
  });
  good.forEach((example, i) => {
    const message = goodProblem(rule, compiled, example);
    if (message) failures.push({ path: ['examples', 'good', i], message });
  });
  return { rule: rule.id, run: bad.length + good.length, failures };
}
