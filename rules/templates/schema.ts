/**
 * Reply templates in the pack format (issue 13): a title, a body with variables, tags,
 * trigger patterns in the same syntax as rules, a keyword shortcut, and the customer
 * messages for which the template must be suggested. The body's own syntax (variables,
 * fill-in fields, cursor stops) is checked by ./syntax.ts when the pack is validated.
 */

import { z } from 'zod';
import { PatternsSchema } from '../custom/schema';
import { CommentSchema, LIMITS, RuleIdSchema } from '../schema-primitives';

export const TEMPLATE_LIMITS = {
  templates: 1000,
  bodyLength: 10_000,
  tags: 20,
  tagLength: 50,
  suggestFor: 20,
} as const;

export const TemplateExamplesSchema = z
  .strictObject({
    suggestFor: z
      .array(z.string().trim().min(1).max(LIMITS.exampleLength))
      .max(TEMPLATE_LIMITS.suggestFor)
      .optional()
      .describe(
        'Customer messages for which this template must rank in the top three; checked when the pack is validated and by `talontapa test`.',
      ),
  })
  .meta({ id: 'TemplateExamples', description: 'Messages that must bring this template up.' });

export const TemplateSchema = z
  .strictObject({
    '//': CommentSchema,
    id: RuleIdSchema.describe(
      'Kebab-case id, unique within the pack. A later layer replaces an inherited template of the same id; the same id in a Finnish and an English pack makes them language variants.',
    ),
    title: z.string().trim().min(1).max(200).describe('Shown to the agent in the list.'),
    body: z
      .string()
      .min(1)
      .max(TEMPLATE_LIMITS.bodyLength)
      .describe(
        'The reply text, with variables such as {{customer.firstName}}, {{input:Tilausnumero}} and {{cursor}} (see "Templates" below).',
      ),
    tags: z
      .array(z.string().trim().min(1).max(TEMPLATE_LIMITS.tagLength))
      .max(TEMPLATE_LIMITS.tags)
      .optional()
      .describe('Topics, searchable with "tag:" in the side panel.'),
    triggers: PatternsSchema.optional().describe(
      "Patterns (as in rules) that, found in the customer's message, put this template first.",
    ),
    shortcut: z
      .string()
      .regex(/^[\p{L}\p{N}_-]{1,30}$/u, 'expected one word of letters, digits, - or _')
      .optional()
      .describe('A keyword to find the template by (and, later, to expand it by typing).'),
    examples: TemplateExamplesSchema.optional(),
  })
  .meta({ id: 'Template', description: 'A ready-made reply base.' });

export type Template = z.infer<typeof TemplateSchema>;

export const TemplatesSchema = z
  .array(TemplateSchema)
  .max(TEMPLATE_LIMITS.templates)
  .describe('Reply templates (below).');

/** Overlays a layer's templates: a template with an inherited id takes that one's place. */
export function mergeTemplates(
  base: readonly Template[],
  over: readonly Template[] | undefined,
): Template[] {
  const merged = [...base];
  for (const template of over ?? []) {
    const index = merged.findIndex((t) => t.id === template.id);
    if (index === -1) merged.push(template);
    else merged[index] = template;
  }
  return merged;
}
