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

export interface CheckDefinition<S extends z.ZodObject, M extends string> {
  /** Kebab-case; equal to the file name in `rules/checks/`. */
  id: string;
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

const PLACEHOLDER_RE = /\{(\w+)\}/g;

/** Fills `{name}` placeholders; an unknown one stays visible rather than vanishing. */
export function formatMessage(template: string, data: MessageData = {}): string {
  return template.replace(PLACEHOLDER_RE, (whole, key: string) =>
    key in data ? String(data[key]) : whole,
  );
}
