/**
 * The syntax of a template body, parsed once and checked when the pack is validated, so
 * that a render error can never reach a reply. Inside `{{ … }}`:
 *
 *   customer.firstName            a variable filled from the page (VARIABLES below)
 *   customer.firstName | "asiakas"  … with a fallback when the page has no value
 *   cursor                        a cursor stop (the caret goes to the first, Tab to the next)
 *   input:Tilausnumero            a text field the agent fills in the panel
 *   input:Tilausnumero | required   … that must be filled before inserting
 *   input:Tilausnumero | "12345"    … with a prefilled value
 *   choice:Toimitustapa | "Posti" | "Matkahuolto"   one of the listed values (the first
 *                                 is preselected)
 *   optional:Hyvitys … {{/optional}}   a paragraph the agent switches on or off
 *   optional:Hyvitys | off        … switched off until the agent turns it on
 *
 * A field used twice (the same label) is one field, asked once.
 */

export const VARIABLES = [
  'customer.firstName',
  'customer.name',
  'customer.email',
  'agent.name',
  'agent.firstName',
  'ticket.id',
  'ticket.subject',
  'responseTime',
  'today',
] as const;

export type VariableName = (typeof VARIABLES)[number];

/** What each variable is filled with (the README's template reference lists these). */
export const VARIABLE_DESCRIPTIONS: Record<VariableName, string> = {
  'customer.firstName': "The customer's first name, as the page shows the sender or requester.",
  'customer.name': "The customer's full name.",
  'customer.email': "The customer's email address, where the page shows it.",
  'agent.name': "The agent's name (the signature).",
  'agent.firstName': "The agent's first name.",
  'ticket.id': 'The ticket or case number.',
  'ticket.subject': "The ticket's or the thread's subject.",
  responseTime:
    'The pack\'s `style.responseTime` in words: "kahden arkipäivän kuluessa", "within two working days".',
  today: 'Today\'s date as a letter writes it: "4.12.2026", "4 December 2026".',
};

const VARIABLE_BY_KEY = new Map<string, VariableName>(VARIABLES.map((v) => [v.toLowerCase(), v]));

export type FieldKind = 'input' | 'choice' | 'optional';

export interface TemplateField {
  kind: FieldKind;
  /** As the template writes it: shown to the agent. */
  label: string;
  /** Lower-cased label: what identifies the field. */
  key: string;
  required: boolean;
  /** A choice's values, the preselected first. */
  options: string[];
  /** A text field's prefilled value. */
  defaultValue?: string;
  /** Whether an optional paragraph starts switched on. */
  defaultOn: boolean;
}

export type TemplateNode =
  | { type: 'text'; text: string }
  | { type: 'variable'; name: VariableName; fallback?: string; start: number; end: number }
  | { type: 'cursor' }
  | { type: 'field'; key: string; start: number; end: number }
  | { type: 'optional'; key: string; children: TemplateNode[] };

export interface SyntaxError {
  message: string;
  /** Offsets in the body. */
  start: number;
  end: number;
}

export interface ParsedTemplate {
  nodes: TemplateNode[];
  fields: TemplateField[];
  errors: SyntaxError[];
}

const LABEL_RE = /^[\p{L}\p{N}][\p{L}\p{N} _.,()'’/-]{0,59}$/u;
/** "text", or with typographic quotes. */
const STRING_RE = /^(?:"([^"]*)"|“([^”]*)”|”([^”]*)”)$/u;

export const fieldKey = (label: string) => label.trim().toLowerCase();

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0] as number;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j] as number;
      row[j] = Math.min(
        above + 1,
        (row[j - 1] as number) + 1,
        diagonal + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      diagonal = above;
    }
  }
  return row[b.length] as number;
}

function unknownVariable(name: string): string {
  let best: string | undefined;
  let distance = 4;
  for (const v of VARIABLES) {
    const d = editDistance(name.toLowerCase(), v.toLowerCase());
    if (d < distance) {
      best = v;
      distance = d;
    }
  }
  const hint = best ? ` (did you mean {{${best}}}?)` : '';
  return `unknown variable "{{${name}}}"${hint}; variables are ${VARIABLES.join(', ')}, or input:, choice:, optional:, cursor`;
}

function stringValue(part: string): string | undefined {
  const m = STRING_RE.exec(part.trim());
  return m ? (m[1] ?? m[2] ?? m[3] ?? '') : undefined;
}

interface Tag {
  inner: string;
  start: number;
  end: number;
}

/** Parses a template body. Never throws: problems are listed in `errors`. */
export function parseTemplate(body: string): ParsedTemplate {
  const errors: SyntaxError[] = [];
  const fields = new Map<string, TemplateField>();
  const root: TemplateNode[] = [];
  let current = root;
  let open: { key: string; start: number; end: number } | null = null;
  let parent: TemplateNode[] = root;

  const fail = (tag: Tag, message: string) =>
    errors.push({ message, start: tag.start, end: tag.end });

  const declare = (tag: Tag, field: TemplateField): boolean => {
    const earlier = fields.get(field.key);
    if (!earlier) {
      fields.set(field.key, field);
      return true;
    }
    if (earlier.kind !== field.kind) {
      fail(tag, `"${field.label}" is already a field of another kind (${earlier.kind}:)`);
      return false;
    }
    if (field.kind === 'choice' && field.options.length > 0 && earlier.options.length > 0) {
      if (field.options.join('\u0000') !== earlier.options.join('\u0000')) {
        fail(tag, `the choice "${field.label}" lists other values than before; list them once`);
        return false;
      }
    }
    if (field.kind === 'choice' && earlier.options.length === 0) earlier.options = field.options;
    earlier.required ||= field.required;
    if (field.defaultValue !== undefined) earlier.defaultValue ??= field.defaultValue;
    return true;
  };

  const handle = (tag: Tag) => {
    const inner = tag.inner.trim();
    if (inner === '/optional') {
      if (!open) return fail(tag, '"{{/optional}}" without an "{{optional:…}}" before it');
      open = null;
      current = parent;
      return;
    }
    const [head = '', ...rest] = inner.split('|').map((p) => p.trim());
    const colon = head.indexOf(':');
    const kind = colon === -1 ? '' : head.slice(0, colon).trim().toLowerCase();
    const label = colon === -1 ? '' : head.slice(colon + 1).trim();
    if (head.toLowerCase() === 'cursor') {
      if (rest.length > 0) return fail(tag, '"{{cursor}}" takes nothing after "|"');
      current.push({ type: 'cursor' });
      return;
    }
    if (kind === 'input' || kind === 'choice' || kind === 'optional') {
      if (!LABEL_RE.test(label)) {
        return fail(
          tag,
          `"${label}" is not a field label: letters, digits and spaces, up to 60 characters`,
        );
      }
      const key = fieldKey(label);
      const field: TemplateField = {
        kind,
        label,
        key,
        required: false,
        options: [],
        defaultOn: true,
      };
      if (kind === 'input') {
        if (rest.length > 1)
          return fail(tag, 'an input takes one of "| required" or "| \\"default\\""');
        const [option] = rest;
        if (option !== undefined) {
          const value = stringValue(option);
          if (option.toLowerCase() === 'required') field.required = true;
          else if (value !== undefined) field.defaultValue = value;
          else
            return fail(
              tag,
              `after "|" an input takes required or a "quoted default", not ${option}`,
            );
        }
      } else if (kind === 'choice') {
        const values = rest.map(stringValue);
        if (values.some((v) => v === undefined || v === '')) {
          return fail(
            tag,
            'the values of a choice are "quoted" and not empty: {{choice:Label | "A" | "B"}}',
          );
        }
        if (values.length === 1) return fail(tag, 'a choice needs at least two values');
        field.options = values as string[];
        if (values.length === 0 && !fields.has(key)) {
          return fail(
            tag,
            `the choice "${label}" lists no values: {{choice:${label} | "A" | "B"}}`,
          );
        }
      } else {
        if (open)
          return fail(
            tag,
            'an optional paragraph cannot contain another; close the first with {{/optional}}',
          );
        const [option] = rest;
        if (rest.length > 1 || (option !== undefined && !/^(?:on|off)$/i.test(option))) {
          return fail(tag, 'after "|" an optional paragraph takes on or off');
        }
        field.defaultOn = option === undefined || option.toLowerCase() === 'on';
      }
      if (!declare(tag, field)) return;
      if (kind === 'optional') {
        const node: TemplateNode = { type: 'optional', key, children: [] };
        current.push(node);
        parent = current;
        current = node.children;
        open = { key, start: tag.start, end: tag.end };
        return;
      }
      current.push({ type: 'field', key, start: tag.start, end: tag.end });
      return;
    }
    if (colon !== -1) {
      return fail(tag, `unknown field kind "${kind}:"; fields are input:, choice: and optional:`);
    }
    const name = VARIABLE_BY_KEY.get(head.toLowerCase());
    if (!name) return fail(tag, unknownVariable(head));
    if (rest.length > 1)
      return fail(tag, 'a variable takes one fallback: {{customer.firstName | "asiakas"}}');
    let fallback: string | undefined;
    if (rest[0] !== undefined) {
      fallback = stringValue(rest[0]);
      if (fallback === undefined) {
        return fail(tag, `the fallback must be "quoted": {{${name} | "${rest[0]}"}}`);
      }
    }
    current.push({
      type: 'variable',
      name,
      start: tag.start,
      end: tag.end,
      ...(fallback === undefined ? {} : { fallback }),
    });
  };

  let i = 0;
  while (i < body.length) {
    const start = body.indexOf('{{', i);
    if (start === -1) {
      current.push({ type: 'text', text: body.slice(i) });
      break;
    }
    if (start > i) current.push({ type: 'text', text: body.slice(i, start) });
    const close = body.indexOf('}}', start + 2);
    const nextOpen = body.indexOf('{{', start + 2);
    if (close === -1 || (nextOpen !== -1 && nextOpen < close)) {
      const end = Math.min(body.length, start + 2);
      errors.push({ message: '"{{" is not closed with "}}"', start, end });
      current.push({
        type: 'text',
        text: body.slice(start, nextOpen === -1 ? body.length : nextOpen),
      });
      i = nextOpen === -1 ? body.length : nextOpen;
      continue;
    }
    const tag = { inner: body.slice(start + 2, close), start, end: close + 2 };
    if (tag.inner.includes('\n')) fail(tag, 'a "{{…}}" must be on one line');
    else handle(tag);
    i = close + 2;
  }
  if (open) {
    const { start, end } = open as { start: number; end: number };
    errors.push({ message: 'the optional paragraph is not closed with {{/optional}}', start, end });
  }
  const stray = body.indexOf('}}');
  if (stray !== -1 && !body.slice(0, stray).includes('{{')) {
    errors.push({ message: '"}}" without "{{" before it', start: stray, end: stray + 2 });
  }
  return { nodes: root, fields: [...fields.values()], errors };
}

const parsed = new Map<string, ParsedTemplate>();
const CACHE_LIMIT = 2000;

/** `parseTemplate`, memoised by body: templates are rendered again on every preview. */
export function parsedTemplate(body: string): ParsedTemplate {
  let result = parsed.get(body);
  if (!result) {
    result = parseTemplate(body);
    if (parsed.size >= CACHE_LIMIT) parsed.clear();
    parsed.set(body, result);
  }
  return result;
}

/** The variables a body uses, in order of first use (for the panel's value inputs). */
export function templateVariables(body: string): VariableName[] {
  const out: VariableName[] = [];
  const walk = (nodes: readonly TemplateNode[]) => {
    for (const node of nodes) {
      if (node.type === 'variable' && !out.includes(node.name)) out.push(node.name);
      else if (node.type === 'optional') walk(node.children);
    }
  };
  walk(parsedTemplate(body).nodes);
  return out;
}
