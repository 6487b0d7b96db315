/**
 * Fills a template from the page: variables from the conversation context, fill-in fields
 * from the panel, `{{responseTime}}` and `{{today}}` in words of the pack's language. What
 * cannot be filled stays visible as `{{name}}`, so the preview marks it and the
 * `placeholder` check flags it once inserted; an empty value never leaves "Hei ," behind.
 */

import { firstName } from '../reply-parts';
import type { Language } from '../types';
import {
  fieldKey,
  type ParsedTemplate,
  parsedTemplate,
  type TemplateField,
  type TemplateNode,
  type VariableName,
} from './syntax';
import { dateWords, type ResponseTime, responseTimeWords } from './words';

/** What the page tells about the conversation (CheckContext's fields, and a few more). */
export interface TemplateContext {
  customerName?: string;
  customerFirstName?: string;
  customerEmail?: string;
  agentName?: string;
  agentFirstName?: string;
  ticketId?: string;
  /** The ticket's or the thread's subject. */
  subject?: string;
}

export interface RenderOptions {
  language: Language;
  context?: TemplateContext;
  /** The pack's promise (`style.responseTime`), for `{{responseTime}}`. */
  responseTime?: ResponseTime | null;
  /** For `{{today}}`; defaults to now. */
  today?: Date;
  /** Fill-in fields by label (any letter case): text, a choice's value, or on/off. */
  fields?: Readonly<Record<string, string | boolean>>;
  /** The agent's own values for variables, by name ("customer.firstName"). */
  overrides?: Readonly<Partial<Record<VariableName, string>>>;
}

export type ValueSource = 'page' | 'pack' | 'fallback' | 'agent' | 'field';

export interface ResolvedValue {
  /** The variable's name, or the field's label. */
  name: string;
  value: string;
  source: ValueSource;
  /** Where the value is in the rendered text. */
  start: number;
  end: number;
}

export interface UnfilledValue {
  name: string;
  /** The marker left in the text ("{{customer.firstName}}"), at [start, end). */
  start: number;
  end: number;
}

export interface RenderResult {
  text: string;
  /** Offsets of the `{{cursor}}` stops in `text`, in order. */
  cursors: number[];
  values: ResolvedValue[];
  unfilled: UnfilledValue[];
  /** Labels of required fields that have no value: insertion waits for them. */
  missingRequired: string[];
  fields: TemplateField[];
  /** Syntax errors: a template with any is never inserted (validation refuses it). */
  errors: ParsedTemplate['errors'];
}

const clean = (value: string | undefined) => {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
};

/** A variable's value from the page or the pack, before fallbacks. */
export function variableValue(
  name: VariableName,
  options: RenderOptions,
): { value: string; source: ValueSource } | undefined {
  const own = clean(options.overrides?.[name]);
  if (own !== undefined) return { value: own, source: 'agent' };
  const c = options.context ?? {};
  const page = (value: string | undefined) => {
    const v = clean(value);
    return v === undefined ? undefined : { value: v, source: 'page' as const };
  };
  switch (name) {
    case 'customer.firstName':
      return page(c.customerFirstName ?? firstName(c.customerName));
    case 'customer.name':
      return page(c.customerName);
    case 'customer.email':
      return page(c.customerEmail);
    case 'agent.name':
      return page(c.agentName);
    case 'agent.firstName':
      return page(c.agentFirstName ?? firstName(c.agentName));
    case 'ticket.id':
      return page(c.ticketId);
    case 'ticket.subject':
      return page(c.subject);
    case 'responseTime':
      return options.responseTime
        ? { value: responseTimeWords(options.responseTime, options.language), source: 'pack' }
        : undefined;
    case 'today':
      return { value: dateWords(options.today ?? new Date(), options.language), source: 'pack' };
  }
}

/** A field's value: what the agent gave, else its default. */
function fieldValue(
  field: TemplateField,
  given: RenderOptions['fields'],
): string | boolean | undefined {
  let value: string | boolean | undefined;
  if (given) {
    for (const [label, v] of Object.entries(given)) if (fieldKey(label) === field.key) value = v;
  }
  if (field.kind === 'optional') return typeof value === 'boolean' ? value : field.defaultOn;
  if (typeof value === 'string' && value.trim() !== '') {
    return field.kind === 'choice' && !field.options.includes(value)
      ? field.options[0]
      : value.trim();
  }
  if (field.kind === 'choice') return field.options[0];
  return field.defaultValue;
}

/** Renders a template body (see syntax.ts for what it may contain). */
export function renderTemplate(body: string, options: RenderOptions): RenderResult {
  const parsed = parsedTemplate(body);
  const fields = new Map(parsed.fields.map((f) => [f.key, f]));
  let text = '';
  const cursors: number[] = [];
  const values: ResolvedValue[] = [];
  const unfilled: UnfilledValue[] = [];
  const missing = new Set<string>();

  const put = (value: string, name: string, source: ValueSource) => {
    if (value === '') {
      // "Hei {{x | ""}}," → "Hei,": no space is left before punctuation or a line end.
      text = text.replace(/[ \t]+$/, '');
      return;
    }
    values.push({ name, value, source, start: text.length, end: text.length + value.length });
    text += value;
  };
  const mark = (marker: string, name: string) => {
    unfilled.push({ name, start: text.length, end: text.length + marker.length });
    text += marker;
  };
  // Text after an emptied value: drop the space the value would have been followed by
  // when punctuation follows ("Hei ," never happens, nor "Hei  !").
  let trimNext = false;

  const walk = (nodes: readonly TemplateNode[]) => {
    for (const node of nodes) {
      switch (node.type) {
        case 'text': {
          let t = node.text;
          if (trimNext && /^[ \t]+[,.!?;:]/.test(t)) t = t.replace(/^[ \t]+/, '');
          trimNext = false;
          text += t;
          break;
        }
        case 'cursor':
          cursors.push(text.length);
          break;
        case 'variable': {
          const found = variableValue(node.name, options);
          if (found) put(found.value, node.name, found.source);
          else if (node.fallback !== undefined) {
            put(node.fallback, node.name, 'fallback');
            trimNext = node.fallback === '';
          } else mark(`{{${node.name}}}`, node.name);
          break;
        }
        case 'field': {
          const field = fields.get(node.key);
          if (!field) break;
          const value = fieldValue(field, options.fields);
          if (typeof value === 'string') put(value, field.label, 'field');
          else {
            if (field.required) missing.add(field.label);
            mark(`{{input:${field.label}}}`, field.label);
          }
          break;
        }
        case 'optional': {
          const field = fields.get(node.key);
          if (field && fieldValue(field, options.fields) === true) walk(node.children);
          break;
        }
      }
    }
  };
  walk(parsed.nodes);
  // A paragraph switched off leaves its blank lines behind: at most one empty line remains.
  const tidied = tidyBlankLines(text, cursors, values, unfilled);
  return {
    text: tidied,
    cursors,
    values,
    unfilled,
    missingRequired: [...missing],
    fields: parsed.fields,
    errors: parsed.errors,
  };
}

/**
 * Collapses runs of three or more line breaks (left where an optional paragraph was
 * switched off) to two and trims the end, moving the recorded offsets along.
 */
function tidyBlankLines(
  text: string,
  cursors: number[],
  values: { start: number; end: number }[],
  unfilled: { start: number; end: number }[],
): string {
  const removed: { at: number; length: number }[] = [];
  const out = text
    .replace(/\n[ \t]*\n(?:[ \t]*\n)+/g, (run: string, offset: number) => {
      removed.push({ at: offset + 2, length: run.length - 2 });
      return '\n\n';
    })
    .replace(/\s+$/, '');
  const shift = (offset: number) => {
    let delta = 0;
    for (const r of removed) if (r.at < offset) delta += Math.min(r.length, offset - r.at);
    return Math.min(offset - delta, out.length);
  };
  for (let i = 0; i < cursors.length; i++) cursors[i] = shift(cursors[i] as number);
  for (const span of [...values, ...unfilled]) {
    span.start = shift(span.start);
    span.end = shift(span.end);
  }
  return out;
}
