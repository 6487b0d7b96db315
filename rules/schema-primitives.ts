/**
 * Small zod schemas shared by the pack format (pack.ts) and its custom rules
 * (custom/schema.ts). They live apart so neither module imports the other at load time.
 */

import { z } from 'zod';
import type { Language, Severity } from './types';

export const SeveritySchema = z
  .enum(['error', 'warning', 'hint'])
  .meta({ id: 'Severity' }) satisfies z.ZodType<Severity>;
export const LanguageSchema = z.enum(['fi', 'en']) satisfies z.ZodType<Language>;

export const CHECK_ID_PATTERN = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/** A check or rule id: what findings, statistics and `checks` settings refer to. */
export const RuleIdSchema = z
  .string()
  .max(64)
  .regex(CHECK_ID_PATTERN, 'expected a kebab-case id such as "no-jargon"')
  .meta({ id: 'RuleId', description: 'Kebab-case id, unique within the pack.' });

/**
 * JSON has no comments. Packs may carry notes for their readers under a `"//"` key (a
 * string or a list of lines) wherever the schema allows it; the engine ignores them.
 */
export const CommentSchema = z
  .union([z.string().max(2000), z.array(z.string().max(2000)).max(100)])
  .meta({
    id: 'Comment',
    description: 'A comment for the people who read the pack; ignored by the engine.',
  })
  .optional();

/** Bounds that keep a pack small enough to validate and run quickly on every keystroke. */
export const LIMITS = {
  /** Bytes of the pack as JSON (UTF-8). */
  packBytes: 512 * 1024,
  rules: 500,
  /** Substitutions in one `substitute` rule. */
  swaps: 2000,
  /** Patterns in one list. */
  patterns: 200,
  patternLength: 300,
  messageLength: 1000,
  examples: 50,
  exampleLength: 2000,
  phrases: 200,
} as const;
