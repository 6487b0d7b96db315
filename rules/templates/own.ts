/**
 * The agent's own templates (issue 13, point 6): templates an agent writes for themselves, or
 * copies from a pack to change. They have the pack template's shape (schema.ts) plus the
 * language they are written in, and are checked as a pack's templates are: the shape, the
 * body's syntax (a broken body is refused, never inserted), and the house style of the
 * active pack of their language (findings are warnings: the agent's text is theirs).
 *
 * Shortcuts: one own template per shortcut (a second is refused). An own template may take
 * a shortcut a pack template has: the agent chose it, so `;;shortcut` expands theirs, and
 * the clash is reported as a warning so they know the pack's one is no longer typed.
 *
 * Pure, like the rest of rules/: the background stores and checks, the options page edits,
 * the side panel and the content script use them beside the pack templates.
 */

import { z } from 'zod';
import type { CompiledPack } from '../engine';
import type { Language } from '../types';
import { renderTemplate, type TemplateContext } from './render';
import { type Template, TemplateSchema } from './schema';
import { parsedTemplate } from './syntax';
import { templateFindings } from './validate';
import type { ResponseTime } from './words';

/** Own template ids never meet a pack's: packs cannot be told not to use a prefix, so ids are random. */
export const OWN_ID_PREFIX = 'mine-';

export const OwnTemplateSchema = TemplateSchema.omit({ examples: true, '//': true }).extend({
  language: z.enum(['fi', 'en']),
  createdAt: z.number().int().nonnegative(),
  updatedAt: z.number().int().nonnegative(),
  /** The pack template this one was copied from ("copy to mine"), for the agent's reference. */
  copiedFrom: z.object({ id: z.string().max(64), language: z.enum(['fi', 'en']) }).optional(),
});
export type OwnTemplate = z.infer<typeof OwnTemplateSchema>;

/**
 * A template as the options page's form holds it: tags comma-separated, triggers one per
 * line (a line written `/…/` is a regular expression). Lengths are bounded loosely here, so
 * that a too-long field gets its own message from `checkOwnTemplate`, not a refused message.
 */
export const OwnTemplateDraftSchema = z.object({
  /** Absent for a new template. */
  id: z.string().max(100).optional(),
  language: z.enum(['fi', 'en']),
  title: z.string().max(20_000),
  body: z.string().max(100_000),
  tags: z.string().max(20_000),
  shortcut: z.string().max(1_000),
  triggers: z.string().max(100_000),
});
export type OwnTemplateDraft = z.infer<typeof OwnTemplateDraftSchema>;

export type OwnTemplateField = 'title' | 'body' | 'tags' | 'shortcut' | 'triggers';

/**
 * What is wrong with a draft, by field. `code` lets the interface say it in the agent's
 * language; `detail` is the checker's own (English) explanation where one helps, and
 * `params` fill the message.
 */
export interface OwnTemplateIssue {
  field: OwnTemplateField;
  code:
    | 'required'
    | 'too-long'
    | 'invalid'
    | 'syntax'
    | 'shortcut-format'
    | 'shortcut-taken'
    | 'shortcut-clash'
    | 'style';
  params: string[];
}

export interface OwnTemplateCheck {
  /** The template to store; absent when there are errors. */
  template?: OwnTemplate;
  errors: OwnTemplateIssue[];
  warnings: OwnTemplateIssue[];
}

/** A template of the active packs, for shortcut clashes. */
export interface PackTemplateRef {
  template: Template;
  language: Language;
}

export interface CheckOptions {
  /** The agent's other templates (the one being edited may be among them: it is skipped). */
  own: readonly OwnTemplate[];
  /** The templates of the active packs, of both languages. */
  packTemplates: readonly PackTemplateRef[];
  /** The active pack of the draft's language, for the house-style check; absent skips it. */
  compiled?: CompiledPack;
  now: number;
  /** The id a new template gets. */
  newId: () => string;
}

const REGEX_LINE = /^\/(.+)\/$/;

export function triggersFromLines(lines: string): Template['triggers'] {
  const patterns = lines
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const regex = REGEX_LINE.exec(line);
      return regex ? { regex: regex[1] as string } : line;
    });
  return patterns.length > 0 ? patterns : undefined;
}

export function triggersToLines(triggers: Template['triggers']): string {
  if (triggers === undefined) return '';
  const list = Array.isArray(triggers) ? triggers : [triggers];
  return list.map((p) => (typeof p === 'string' ? p : `/${p.regex}/`)).join('\n');
}

export function tagsFromText(text: string): string[] | undefined {
  const tags = [
    ...new Set(
      text
        .split(',')
        .map((t) => t.trim())
        .filter(Boolean),
    ),
  ];
  return tags.length > 0 ? tags : undefined;
}

/** The form's view of a stored template (or of a pack template to copy). */
export function draftOf(template: Template | OwnTemplate, language: Language): OwnTemplateDraft {
  return {
    ...('createdAt' in template ? { id: template.id } : {}),
    language,
    title: template.title,
    body: template.body,
    tags: (template.tags ?? []).join(', '),
    shortcut: template.shortcut ?? '',
    triggers: triggersToLines(template.triggers),
  };
}

const FIELDS = new Set<string>(['title', 'body', 'tags', 'shortcut', 'triggers']);

function schemaIssue(issue: z.core.$ZodIssue): OwnTemplateIssue {
  const head = String(issue.path[0] ?? 'body');
  const field = (FIELDS.has(head) ? head : 'body') as OwnTemplateField;
  if (field === 'shortcut' && issue.code === 'invalid_format')
    return { field, code: 'shortcut-format', params: [] };
  if (issue.code === 'too_small') return { field, code: 'required', params: [] };
  if (issue.code === 'too_big') return { field, code: 'too-long', params: [] };
  return { field, code: 'invalid', params: [issue.message] };
}

const quote = (text: string, max = 60) =>
  JSON.stringify(text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * Checks a draft for storing: errors refuse it (the shape, the body's syntax, a shortcut
 * another own template has); warnings do not (a pack template's shortcut, the house style).
 */
export function checkOwnTemplate(
  draft: OwnTemplateDraft,
  options: CheckOptions,
  earlier?: OwnTemplate,
): OwnTemplateCheck {
  const errors: OwnTemplateIssue[] = [];
  const warnings: OwnTemplateIssue[] = [];
  const id = earlier?.id ?? options.newId();
  const shortcut = draft.shortcut.trim().replace(/^;;/, '');
  const candidate = {
    id,
    title: draft.title.trim(),
    body: draft.body.replace(/\r\n?/g, '\n'),
    tags: tagsFromText(draft.tags),
    triggers: triggersFromLines(draft.triggers),
    shortcut: shortcut || undefined,
  };
  const parsed = TemplateSchema.safeParse(candidate);
  if (!parsed.success) {
    const seen = new Set<string>();
    for (const issue of parsed.error.issues) {
      const mapped = schemaIssue(issue);
      // One message per field is enough to put it right.
      if (seen.has(mapped.field)) continue;
      seen.add(mapped.field);
      errors.push(mapped);
    }
  }
  if (!errors.some((e) => e.field === 'body')) {
    for (const error of parsedTemplate(candidate.body).errors) {
      const at = candidate.body.slice(error.start, error.end);
      errors.push({
        field: 'body',
        code: 'syntax',
        params: [`${error.message} (at ${quote(at)})`],
      });
    }
  }
  const key = candidate.shortcut?.toLowerCase();
  if (key && !errors.some((e) => e.field === 'shortcut')) {
    const taken = options.own.find((t) => t.id !== id && t.shortcut?.toLowerCase() === key);
    if (taken) errors.push({ field: 'shortcut', code: 'shortcut-taken', params: [taken.title] });
    const clash = options.packTemplates.find((t) => t.template.shortcut?.toLowerCase() === key);
    if (clash)
      warnings.push({ field: 'shortcut', code: 'shortcut-clash', params: [clash.template.title] });
  }
  if (errors.length > 0 || !parsed.success) return { errors, warnings };

  const template: OwnTemplate = {
    ...parsed.data,
    language: draft.language,
    createdAt: earlier?.createdAt ?? options.now,
    updatedAt: options.now,
    ...(earlier?.copiedFrom ? { copiedFrom: earlier.copiedFrom } : {}),
  };
  if (options.compiled) warnings.push(...styleWarnings(template, options.compiled));
  return { template, errors, warnings };
}

/** The house-style findings of the active pack in an own template, as warnings at its body. */
export function styleWarnings(template: OwnTemplate, compiled: CompiledPack): OwnTemplateIssue[] {
  return templateFindings(template, compiled).map((f) => ({
    field: 'body',
    code: 'style',
    params: [f.check, f.message, f.text],
  }));
}

/** A pack template as the agent's own copy: a new id, no examples, where it came from. */
export function copyOfPackTemplate(
  template: Template,
  language: Language,
  id: string,
  now: number,
): OwnTemplate {
  const { examples: _examples, '//': _comment, ...rest } = template;
  return OwnTemplateSchema.parse({
    ...rest,
    id,
    language,
    createdAt: now,
    updatedAt: now,
    copiedFrom: { id: template.id, language },
  });
}

/** A fresh id: `mine-` and ten base-36 digits, kebab-case as every template id. */
export function newOwnId(random: () => number = Math.random): string {
  let digits = '';
  while (digits.length < 10) digits += Math.floor(random() * 36).toString(36);
  return `${OWN_ID_PREFIX}${digits}`;
}

/**
 * `;;shortcut` among the agent's own templates: the one in the draft's language first, then
 * any. Own templates come before the packs' (the module comment says why). Null when none
 * has the shortcut or its body does not render.
 */
export function expandOwnShortcut(
  shortcut: string,
  own: readonly OwnTemplate[],
  language: Language,
  context: TemplateContext,
  responseTime: (language: Language) => ResponseTime | null | undefined,
): { text: string; cursors: number[]; template: OwnTemplate } | null {
  const key = shortcut.toLowerCase();
  const matching = own.filter((t) => t.shortcut?.toLowerCase() === key);
  const template = matching.find((t) => t.language === language) ?? matching[0];
  if (!template) return null;
  const result = renderTemplate(template.body, {
    language: template.language,
    context,
    responseTime: responseTime(template.language) ?? null,
  });
  return result.errors.length > 0 ? null : { text: result.text, cursors: result.cursors, template };
}
