/**
 * The custom rules a pack may define, in the spirit of Vale's rule types: a fixed set of
 * kinds configured by data. Every rule names its patterns, may carry a message, a severity,
 * a link to the house-style guide and `examples` that the validator runs before the pack
 * is accepted.
 */

import { z } from 'zod';
import { checkRegex } from '../regex-safety';
import { CommentSchema, LIMITS, RuleIdSchema, SeveritySchema } from '../schema-primitives';

/** Characters a word of a word pattern may contain, besides a final `*`. */
const WORD_CHAR = /[\p{L}\p{M}\p{N}'’.:&/-]/u;
const MIN_STEM_LETTERS = 3;
const MAX_PHRASE_WORDS = 12;

/** The first problem with a word pattern ("tsek*", "in order to"), or null. */
export function wordPatternProblem(pattern: string): string | null {
  const words = pattern.trim().split(/\s+/);
  if (words.length > MAX_PHRASE_WORDS) return `a phrase may have at most ${MAX_PHRASE_WORDS} words`;
  for (const word of words) {
    const stem = word.endsWith('*') ? word.slice(0, -1) : word;
    for (const char of stem) {
      if (char === '*') return `"*" may only end a word, as in "tsek*" (found in "${word}")`;
      if (!WORD_CHAR.test(char)) {
        return `unexpected "${char}" in the word pattern "${word}"; for a regular expression write {"regex": "…"}`;
      }
    }
    if (!/[\p{L}\p{N}]/u.test(stem)) return `"${word}" has no letters`;
    if (stem.length < word.length && [...stem.matchAll(/\p{L}/gu)].length < MIN_STEM_LETTERS) {
      // "a*" would match every word that starts with an a.
      return `the stem "${word}" needs at least ${MIN_STEM_LETTERS} letters before "*"`;
    }
  }
  return null;
}

export const WordPatternSchema = z
  .string()
  .trim()
  .min(1)
  .max(LIMITS.patternLength)
  .superRefine((pattern, ctx) => {
    // zod runs refinements even when `max` failed; a too-long pattern is reported already.
    if (pattern.length > LIMITS.patternLength) return;
    const problem = wordPatternProblem(pattern);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  })
  .meta({
    id: 'WordPattern',
    description:
      'A word or phrase, matched as whole words in any letter case and in its inflected forms: ' +
      'Finnish words take case endings, possessive suffixes and clitics (feedback → ' +
      'feedbackin, feedbackiä); English words take plural and verb endings (refund → ' +
      'refunds, refunded, refunding). A word ending in "*" is a stem that matches any word ' +
      'it begins (tsek* → tsekkaamme, tsekkasin).',
  });

export const RegexPatternSchema = z
  .strictObject({
    regex: z
      .string()
      .min(1)
      .max(LIMITS.patternLength)
      .superRefine((source, ctx) => {
        if (source.length > LIMITS.patternLength) return; // reported by `max`
        const problem = checkRegex(source);
        if (problem) ctx.addIssue({ code: 'custom', message: problem });
      })
      .describe(
        'A JavaScript regular expression (Unicode mode), matched case-insensitively unless ' +
          '`caseSensitive`. Expressions that could backtrack catastrophically are refused.',
      ),
    caseSensitive: z.boolean().optional(),
  })
  .meta({ id: 'RegexPattern', description: 'A regular expression instead of a word pattern.' });

export const PatternSchema = z
  .union([WordPatternSchema, RegexPatternSchema])
  .meta({ id: 'Pattern' });

export const PatternsSchema = z
  .union([PatternSchema, z.array(PatternSchema).min(1).max(LIMITS.patterns)])
  .meta({
    id: 'Patterns',
    description: 'A pattern, or a list of patterns of which any one may match.',
  });

const ExampleTextSchema = z.string().max(LIMITS.exampleLength);

export const ExampleSchema = z
  .union([
    ExampleTextSchema,
    z.strictObject({
      text: ExampleTextSchema,
      customerMessage: ExampleTextSchema.optional().describe(
        "The customer's message the reply answers (for `conditional` rules).",
      ),
      fixed: ExampleTextSchema.optional().describe(
        'For a bad example: the text after applying the one-click fixes of this rule.',
      ),
    }),
  ])
  .meta({
    id: 'Example',
    description: 'A reply, or a reply with the customer message it answers and its fixed text.',
  });

export const ExamplesSchema = z
  .strictObject({
    bad: z
      .array(ExampleSchema)
      .max(LIMITS.examples)
      .optional()
      .describe('Replies the rule must flag.'),
    good: z
      .array(ExampleSchema)
      .max(LIMITS.examples)
      .optional()
      .describe('Replies the rule must leave alone.'),
  })
  .meta({
    id: 'Examples',
    description: 'Run when the pack is imported: a pack whose rules contradict them is refused.',
  });

const MessageSchema = z
  .string()
  .min(1)
  .max(LIMITS.messageLength)
  .describe(
    'Shown with each finding, in the language of the pack. Placeholders: {match}, ' +
      '{replacement}, {expected}, {trigger}, {count}, {min}, {max}.',
  );

/** Keys every rule kind has. */
const ruleBase = {
  '//': CommentSchema,
  id: RuleIdSchema,
  description: z.string().max(LIMITS.messageLength).optional().describe('What the rule is for.'),
  message: MessageSchema.optional(),
  severity: SeveritySchema.optional().describe('Defaults to "warning".'),
  link: z
    .string()
    .max(500)
    .regex(/^https?:\/\/\S+$/, 'expected an http(s) address')
    .optional()
    .describe('Where the house-style guide explains this rule.'),
  examples: ExamplesSchema.optional(),
};

export const SwapSchema = z
  .strictObject({
    '//': CommentSchema,
    pattern: PatternsSchema,
    replacement: z.string().trim().min(1).max(200).describe('What the one-click fix inserts.'),
    inflect: z
      .boolean()
      .optional()
      .describe(
        'Whether the fix gives a one-word replacement the ending of the matched word ' +
          '(meilissä → sähköpostissa). Defaults to true in English packs, where verb and ' +
          'plural endings are regular enough to generate; in Finnish set it only for words ' +
          'that inflect alike (no consonant gradation or stem change in the replacement).',
      ),
  })
  .meta({ id: 'Swap', description: 'A pattern and what replaces it.' });

export const SubstituteRuleSchema = z
  .strictObject({
    ...ruleBase,
    kind: z.literal('substitute'),
    swap: z
      .array(SwapSchema)
      .min(1)
      .max(LIMITS.swaps)
      .describe('The substitutions, each a pattern and its replacement.'),
  })
  .meta({
    id: 'SubstituteRule',
    description: 'Flags a word or phrase and offers the preferred one as a one-click fix.',
  });

export const ForbidRuleSchema = z
  .strictObject({ ...ruleBase, kind: z.literal('forbid'), pattern: PatternsSchema })
  .meta({ id: 'ForbidRule', description: 'Flags every match.' });

export const RequireRuleSchema = z
  .strictObject({ ...ruleBase, kind: z.literal('require'), pattern: PatternsSchema })
  .meta({ id: 'RequireRule', description: 'The reply must contain at least one match.' });

export const ConditionalRuleSchema = z
  .strictObject({
    ...ruleBase,
    kind: z.literal('conditional'),
    when: PatternsSchema.describe("Matched in the customer's message."),
    reply: PatternsSchema.describe('What the reply must then contain (any one of them).'),
  })
  .meta({
    id: 'ConditionalRule',
    description: "When the customer's message matches `when`, the reply must match `reply`.",
  });

export const LimitRuleSchema = z
  .strictObject({
    ...ruleBase,
    kind: z.literal('limit'),
    pattern: PatternsSchema,
    min: z.number().int().min(0).max(1000).optional().describe('Fewest occurrences.'),
    max: z.number().int().min(0).max(1000).optional().describe('Most occurrences.'),
    per: z
      .enum(['reply', 'paragraph', 'sentence'])
      .optional()
      .describe('What the count is per; defaults to "reply".'),
  })
  .superRefine((rule, ctx) => {
    if (rule.min === undefined && rule.max === undefined) {
      ctx.addIssue({ code: 'custom', message: 'give "min", "max" or both', path: ['max'] });
    } else if (rule.min !== undefined && rule.max !== undefined && rule.min > rule.max) {
      ctx.addIssue({ code: 'custom', message: `"min" (${rule.min}) exceeds "max"`, path: ['min'] });
    }
  })
  .meta({ id: 'LimitRule', description: 'Bounds how many times the pattern may occur.' });

export const CustomRuleSchema = z
  .discriminatedUnion('kind', [
    SubstituteRuleSchema,
    ForbidRuleSchema,
    RequireRuleSchema,
    ConditionalRuleSchema,
    LimitRuleSchema,
  ])
  .meta({ id: 'Rule', description: 'A custom rule; `kind` says which.' });

export type WordPattern = z.infer<typeof WordPatternSchema>;
export type RegexPattern = z.infer<typeof RegexPatternSchema>;
export type Pattern = z.infer<typeof PatternSchema>;
export type Patterns = z.infer<typeof PatternsSchema>;
export type Example = z.infer<typeof ExampleSchema>;
export type Swap = z.infer<typeof SwapSchema>;
export type CustomRule = z.infer<typeof CustomRuleSchema>;
export type RuleKind = CustomRule['kind'];

export const RULE_KINDS = CustomRuleSchema.options.map((o) => o.shape.kind.value);

/** A pattern list as an array. */
export function patternList(patterns: Patterns): Pattern[] {
  return Array.isArray(patterns) ? patterns : [patterns];
}
