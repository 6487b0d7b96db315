/**
 * What the validator checks in a pack's templates, beyond their shape:
 *
 * - ids are unique within the pack, and every body parses (syntax.ts): a template whose
 *   variables or fields are wrong is refused, never rendered half-way into a reply;
 * - `examples.suggestFor`: each message ranks the template in the top three (rank.ts),
 *   like a rule's examples, by what the templates say themselves: the examples' own text
 *   is left out of the index here (in the panel it counts), so an example proves that
 *   the triggers, title, tags and body bring the template up;
 * - the house style: each body, its variables filled with sample values, its fields with
 *   their defaults and its optional paragraphs switched on, is run through the pack's own
 *   checks. A finding is reported at `templates[i].body`; the caller makes it a warning,
 *   or an error when the pack says `"templatesMustPass": true`.
 *
 * Only the pack's own templates are checked here: inherited ones were checked with the
 * pack they come from.
 */

import { servicesVersion } from '../analysis';
import { parseDocument } from '../document';
import { type CompiledPack, checkDocument } from '../engine';
import type { Pack, PackPath } from '../pack';
import type { CheckContext, Finding, Language } from '../types';
import { indexTemplates, rankTemplates, type TemplateIndex } from './rank';
import { type RenderOptions, renderTemplate, type TemplateContext } from './render';
import type { Template } from './schema';
import { parsedTemplate } from './syntax';

export interface TemplateIssue {
  path: PackPath;
  message: string;
}

/** How many suggestions the agent sees first: a `suggestFor` example must be among them. */
export const TOP_SUGGESTIONS = 3;

/** The page context a template is checked with: every variable has a value. */
export const SAMPLE_CONTEXT: Record<Language, TemplateContext & CheckContext> = {
  fi: {
    customerName: 'Maija Meikäläinen',
    customerEmail: 'maija@example.com',
    agentName: 'Laura Virtanen',
    ticketId: '12345',
    subject: 'Tilaus 12345',
  },
  en: {
    customerName: 'Jane Smith',
    customerEmail: 'jane@example.com',
    agentName: 'Alex Brown',
    ticketId: '12345',
    subject: 'Order 12345',
  },
};

/** The sample context of a language; English values for a language without its own. */
function sampleContext(language: Language): TemplateContext & CheckContext {
  return (SAMPLE_CONTEXT as Partial<typeof SAMPLE_CONTEXT>)[language] ?? SAMPLE_CONTEXT.en;
}

const SAMPLE_INPUT = '12345';

const quote = (text: string, max = 60) =>
  JSON.stringify(text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** Duplicate ids and shortcuts, and syntax errors: what makes a pack unusable. */
export function templateSyntaxProblems(pack: Pack): TemplateIssue[] {
  const out: TemplateIssue[] = [];
  const first = new Map<string, number>();
  const shortcuts = new Map<string, number>();
  (pack.templates ?? []).forEach((template, i) => {
    const earlier = first.get(template.id);
    if (earlier !== undefined) {
      out.push({
        path: ['templates', i, 'id'],
        message: `duplicate id "${template.id}" (also templates[${earlier}])`,
      });
    } else first.set(template.id, i);
    // A shortcut names one template: the agent types it to find (and expand) that one.
    const shortcut = template.shortcut?.toLowerCase();
    const taken = shortcut === undefined ? undefined : shortcuts.get(shortcut);
    if (taken !== undefined) {
      out.push({
        path: ['templates', i, 'shortcut'],
        message: `the shortcut "${template.shortcut}" is also templates[${taken}]'s`,
      });
    } else if (shortcut !== undefined) shortcuts.set(shortcut, i);
    for (const error of parsedTemplate(template.body).errors) {
      const at = template.body.slice(error.start, error.end);
      out.push({ path: ['templates', i, 'body'], message: `${error.message} (at ${quote(at)})` });
    }
  });
  return out;
}

/** A template as the house-style check sees it: every value filled, every paragraph on. */
export function sampleRender(template: Template, compiled: CompiledPack): string {
  const { language, style } = compiled.pack;
  const parsed = parsedTemplate(template.body);
  const fields: Record<string, string | boolean> = {};
  for (const field of parsed.fields) {
    if (field.kind === 'optional') fields[field.label] = true;
    else if (field.kind === 'input') fields[field.label] = field.defaultValue ?? SAMPLE_INPUT;
  }
  const options: RenderOptions = {
    language,
    context: sampleContext(language),
    responseTime: style.responseTime,
    today: new Date(2026, 0, 15),
    fields,
  };
  return renderTemplate(template.body, options).text;
}

/** The pack's findings in a template's body, filled with sample values. */
export function templateFindings(template: Template, compiled: CompiledPack): Finding[] {
  const text = sampleRender(template, compiled);
  const doc = parseDocument(text, compiled.parseOptions);
  return checkDocument(doc, compiled, sampleContext(compiled.pack.language));
}

// A pack is validated again whenever it is synced or edited, mostly unchanged: what its
// templates' checks found is kept, by what decides it (the resolved pack's language, style,
// check settings and rules, the analyser's state, the template's body), a bounded few.
const CACHE_LIMIT = 64;
const styleCache = new Map<string, string[]>();
const suggestCache = new Map<string, TemplateIssue[]>();

function remember<T>(cache: Map<string, T>, key: string, compute: () => T): T {
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  const value = compute();
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, value);
  return value;
}

function styleKey(compiled: CompiledPack): string {
  const { language, style, checks, rules } = compiled.pack;
  // A rule's examples and comments do not change what it finds.
  const found = rules.map(({ examples: _examples, '//': _comment, ...rule }) => rule);
  return JSON.stringify([servicesVersion(), language, style, checks, found]);
}

/** Every house-style finding in the pack's own templates, at `templates[i].body`. */
export function templateStyleProblems(pack: Pack, compiled: CompiledPack): TemplateIssue[] {
  const key = styleKey(compiled);
  return (pack.templates ?? []).flatMap((template, i) =>
    remember(styleCache, `${key}\u0000${template.body}`, () =>
      templateFindings(template, compiled).map(
        (f) => `${f.check}: ${f.message} (${quote(f.text)})`,
      ),
    ).map((message) => ({ path: ['templates', i, 'body'], message })),
  );
}

export interface SuggestionReport {
  template: string;
  /** Examples run. */
  run: number;
  failures: TemplateIssue[];
}

const indexes = new WeakMap<CompiledPack, TemplateIndex>();

function indexFor(compiled: CompiledPack): TemplateIndex {
  let index = indexes.get(compiled);
  if (!index) {
    const language = compiled.pack.language;
    index = indexTemplates(
      (compiled.pack.templates ?? []).map((template) => ({ template, language })),
      { examples: false },
    );
    indexes.set(compiled, index);
  }
  return index;
}

/** Runs a template's `suggestFor` examples against every template of the pack. */
export function runSuggestExamples(template: Template, compiled: CompiledPack): SuggestionReport {
  const examples = template.examples?.suggestFor ?? [];
  const failures: TemplateIssue[] = [];
  examples.forEach((message, j) => {
    const top = rankTemplates(indexFor(compiled), message, {
      top: TOP_SUGGESTIONS,
      why: false,
    });
    if (top.some((r) => r.template.id === template.id)) return;
    const shown = top.length > 0 ? top.map((r) => r.template.id).join(', ') : 'nothing';
    failures.push({
      path: ['examples', 'suggestFor', j],
      message: `"${template.id}" is not among the top ${TOP_SUGGESTIONS} for ${quote(message)} (suggested: ${shown}); add a trigger or a word of the message to the template`,
    });
  });
  return { template: template.id, run: examples.length, failures };
}

/** The `suggestFor` failures of the pack's own templates, with their paths. */
export function templateExampleProblems(pack: Pack, compiled: CompiledPack): TemplateIssue[] {
  const own = pack.templates ?? [];
  if (!own.some((t) => (t.examples?.suggestFor?.length ?? 0) > 0)) return [];
  // The ranking depends on every template of the pack and the language only.
  const key = JSON.stringify([
    servicesVersion(),
    compiled.pack.language,
    compiled.pack.templates,
    own,
  ]);
  return remember(suggestCache, key, () =>
    own.flatMap((template, i) =>
      runSuggestExamples(template, compiled).failures.map((f) => ({
        path: ['templates', i, ...f.path],
        message: f.message,
      })),
    ),
  );
}
