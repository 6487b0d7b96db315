/**
 * What a built-in check is: metadata, messages in both languages, options as a zod schema,
 * a `detect` function and examples that double as its tests (ESLint's rule + RuleTester,
 * Harper's in-file tests). `defineCheck` types a check; the registry holds the erased form.
 */

import type { z } from 'zod';
import type { DraftDocument } from './document';
import type { ResolvedStyle } from './pack';
import type { CheckContext, Fix, Language, Severity } from './types';

export type Localized = Record<Language, string>;

/** Values for a message's `{placeholders}`. */
export type MessageData = Record<string, string | number>;

export interface Report<M extends string = string> {
  messageId: M;
  start: number;
  end: number;
  data?: MessageData;
  fixes?: Fix[];
}

export interface DetectContext<O, M extends string = string> {
  /** The check's options: schema defaults, then the pack's style, then its `checks` entry. */
  options: O;
  /** The pack's language, which is also the language of the messages. */
  language: Language;
  style: ResolvedStyle;
  context: CheckContext;
  report(report: Report<M>): void;
}

export interface ValidExample {
  text: string;
  language: Language;
  /** Check options for this example, over those the built-in pack of `language` implies. */
  options?: Record<string, unknown>;
  context?: CheckContext;
}

export interface ExpectedFinding<M extends string = string> {
  messageId: M;
  /** The reported text, draft.slice(start, end). */
  text?: string;
}

export interface InvalidExample<M extends string = string> extends ValidExample {
  /** The findings this check must report, in order. */
  findings: ExpectedFinding<M>[];
  /**
   * The text after applying the first fix of every finding. Absent means the findings
   * carry no fix.
   */
  output?: string;
}

export interface CheckExamples<M extends string = string> {
  valid: ValidExample[];
  invalid: InvalidExample<M>[];
}

/**
 * What a check's findings depend on, for the incremental checker (rules/incremental.ts).
 *
 * - `block`: each finding belongs to one block (greeting, body paragraph, closing or
 *   signature) and depends only on that block's text, offset and role (and at most the one
 *   character after it), never on another block, the document's greeting, closing or quoted
 *   spans or its word counts; and `detect` on a document that holds just that block reports
 *   exactly that block's findings, in document order. The incremental checker runs such a
 *   check on changed blocks only and moves the findings of blocks that moved.
 * - `adjacent`: as `block`, except that fixes may also read the text around the block, up
 *   to the blocks before and after it (a substitution is capitalised after a greeting
 *   ending in "!", "I" + "am" in the next paragraph becomes "we are"). Re-run when the
 *   block or a neighbour changes.
 * - `document` (the default): anything else. It runs on the whole draft on every check, so
 *   it must be cheap: memoise per-block work with `blockMemo` (rules/document.ts).
 *
 * The equivalence test (tests/unit/engine/incremental.test.ts) is the judge: a check
 * declared narrower than it is makes it fail.
 */
export type CheckScope = 'block' | 'adjacent' | 'document';

export interface CheckDefinition<S extends z.ZodObject, M extends string> {
  /** Kebab-case; equal to the file name in `rules/checks/`. */
  id: string;
  /** See `CheckScope`; defaults to `document`. */
  scope?: CheckScope;
  description: Localized;
  defaultSeverity: Severity;
  messages: Record<M, Localized>;
  /**
   * A `z.strictObject` (so a misspelt option in a pack is an error, not ignored) where
   * every option has a default: `options.parse({})` is a complete configuration.
   */
  options: S;
  /**
   * Options implied by the pack's ground rules (e.g. `sentenceMaxWords` → `max`). The
   * pack's own `checks.<id>.options` override them.
   */
  fromStyle?: (style: ResolvedStyle, language: Language) => Partial<z.input<S>>;
  /**
   * Whether the check runs when the pack's `checks` does not say; defaults to always.
   * Checks of optional ground rules run only when the pack asks for the rule.
   */
  enabledByDefault?: (style: ResolvedStyle) => boolean;
  detect: (doc: DraftDocument, ctx: DetectContext<z.output<S>, M>) => void;
  examples: CheckExamples<NoInfer<M>>;
}

/** A check with its option and message types erased, as the registry and engine hold it. */
export interface Check {
  id: string;
  scope?: CheckScope;
  description: Localized;
  defaultSeverity: Severity;
  messages: Record<string, Localized>;
  options: z.ZodObject;
  fromStyle?: (style: ResolvedStyle, language: Language) => Record<string, unknown>;
  enabledByDefault?: (style: ResolvedStyle) => boolean;
  detect: (doc: DraftDocument, ctx: DetectContext<Record<string, unknown>>) => void;
  examples: CheckExamples;
}

export function defineCheck<S extends z.ZodObject, M extends string>(
  definition: CheckDefinition<S, M>,
): Check {
  // Sound because the engine only ever calls `detect` with options parsed by this check's
  // own schema and reports checked against its own message ids.
  return definition as unknown as Check;
}

const PLACEHOLDER_RE = /\{(\w+)\}/;

/** Templates split at their placeholders: text, name, text, name, ..., text. */
const splitTemplates = new Map<string, readonly string[]>();
const SPLIT_TEMPLATES_LIMIT = 1_000;

/** Fills `{name}` placeholders; an unknown one stays visible rather than vanishing. */
export function formatMessage(template: string, data: MessageData = {}): string {
  // Every finding formats its message, on every keystroke: split each template once.
  let parts = splitTemplates.get(template);
  if (!parts) {
    parts = template.split(PLACEHOLDER_RE);
    if (splitTemplates.size >= SPLIT_TEMPLATES_LIMIT) splitTemplates.clear();
    splitTemplates.set(template, parts);
  }
  let out = parts[0] as string;
  for (let i = 1; i < parts.length; i += 2) {
    const key = parts[i] as string;
    out += key in data ? String(data[key]) : `{${key}}`;
    out += parts[i + 1] as string;
  }
  return out;
}
