import type { QuestionState } from '../../messaging/protocol';
import {
  DEFAULT_ANSWER_THRESHOLD,
  extractQuestions,
  questionStatuses,
} from '../../rules/context/questions';
import { parseDocument } from '../../rules/document';
import { type CompiledPack, compiledFor, withChecks } from '../../rules/engine';
import type { Pack } from '../../rules/pack';
import type { CheckContext, Finding, Language } from '../../rules/types';

/**
 * What the agent chose about findings, applied in the content script (the source of truth for
 * the open reply):
 * - "ignore here": a finding (its check and matched text) is left out of this reply's
 *   highlights and reports until the reply is sent or discarded (the reply box empties, or
 *   the page leaves it); counted per check for the statistics;
 * - "turn this check off for me": the checks in the settings' `disabledChecks` are dropped
 *   from the pack when it is compiled, whatever the pack says.
 */
export class IgnoredFindings {
  private readonly keys = new Set<string>();
  private counts: Record<string, number> = {};

  private static key(check: string, text: string): string {
    return `${check}\u0000${text}`;
  }

  /** Ignores the findings of `check` on `text` in this reply; true when it was not yet ignored. */
  ignore(check: string, text: string): boolean {
    const key = IgnoredFindings.key(check, text);
    if (this.keys.has(key)) return false;
    this.keys.add(key);
    this.counts[check] = (this.counts[check] ?? 0) + 1;
    return true;
  }

  /** The findings not ignored, and how many were left out. */
  filter(findings: Finding[]): { findings: Finding[]; ignored: number } {
    if (this.keys.size === 0) return { findings, ignored: 0 };
    const kept = findings.filter((f) => !this.keys.has(IgnoredFindings.key(f.check, f.text)));
    return { findings: kept, ignored: findings.length - kept.length };
  }

  /** Per check, how many findings the agent ignored in this reply. */
  counted(): Record<string, number> {
    return { ...this.counts };
  }

  /** A new reply starts: nothing is ignored. */
  clear(): void {
    this.keys.clear();
    this.counts = {};
  }
}

/** The one reply of this page the agent works on (a page has one attached reply box). */
export const ignored = new IgnoredFindings();

/**
 * For the send recorder: per check, how many findings the agent ignored in the reply being
 * sent. Read it in the send handler, before the host empties the reply box (that starts a
 * new reply and clears the counts).
 */
export function ignoredCounts(): Record<string, number> {
  return ignored.counted();
}

let disabled: readonly string[] = [];

/** The checks the agent turned off for themselves, as the settings say. */
export function setDisabledChecks(checks: readonly string[]): void {
  disabled = [...checks];
}

/** For the statistics: the checks this agent turned off ("overridden", counted apart). */
export function overriddenChecks(): string[] {
  return [...disabled];
}

const overridden = new WeakMap<object, { key: string; pack: CompiledPack }>();

/**
 * The pack with the agent's turned-off checks dropped; the same object while they do not
 * change, so the incremental checker and the compiled pack are reused. Without overrides the
 * pack goes in untouched (a built-in pack's compiled form is the one warm-up prepared).
 */
export function withOverrides(pack: Pack | CompiledPack): Pack | CompiledPack {
  if (disabled.length === 0) return pack;
  const key = disabled.join(',');
  const cached = overridden.get(pack);
  if (cached?.key === key) return cached.pack;
  const compiled = 'parseOptions' in pack ? pack : compiledFor(pack);
  const kept = compiled.checks.filter((active) => !disabled.includes(active.check.id));
  const result = withChecks(compiled.pack, kept);
  overridden.set(pack, { key, pack: result });
  return result;
}

/**
 * The customer's questions and whether the draft seems to answer them, as the
 * `unanswered-question` check decides (its threshold from the pack when it sets one). Run
 * when a report is built (after a pause in typing, at most once a second while typing on),
 * not on each keystroke; `npm run bench` prints its cost per draft size.
 */
export function questionsFor(
  draft: string,
  context: CheckContext,
  language: Language,
  pack: Pack | CompiledPack,
): QuestionState[] {
  const message = context.customerMessage;
  // No question asked: the draft need not be parsed at all.
  if (!message?.trim() || extractQuestions(message, language).length === 0) return [];
  const compiled = 'parseOptions' in pack ? pack : compiledFor(pack);
  const check = compiled.checks.find((active) => active.check.id === 'unanswered-question');
  const threshold =
    typeof check?.options.threshold === 'number'
      ? check.options.threshold
      : DEFAULT_ANSWER_THRESHOLD;
  const doc = parseDocument(draft, compiled.parseOptions);
  return questionStatuses(message, doc, language, threshold).map((status) => ({
    text: status.question.text.replace(/\s+/g, ' ').trim(),
    answered: status.answered,
  }));
}
