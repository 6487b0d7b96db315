/**
 * Decides whether a pack may be used, and if not, says why in terms a team lead can act
 * on: every error names the JSON path and what was expected there
 * (`rules[3].pattern.regex: unterminated group`). Nothing here throws: a pack comes from
 * a URL or a file, and a bad one must leave the last good pack active, not crash the sync.
 *
 * In order, each step only when the previous ones passed (later steps assume their input):
 * 1. size: a pack above `LIMITS.packBytes` is refused before anything else looks at it;
 * 2. shape: the zod schema, every problem reported (unknown keys by their own path);
 *    regular expressions are checked there for syntax and catastrophic backtracking;
 * 3. meaning: duplicate rule ids, ids taken by built-in checks, fixes their own rule
 *    would flag again, the `extends` chain, settings of unknown checks, check options;
 * 4. examples: every rule of the pack runs its `examples`; a contradiction is an error.
 *    Templates (templates/validate.ts): their bodies' syntax is checked in step 3, their
 *    `suggestFor` examples and the house style of their bodies here; a template that
 *    breaks the house style is a warning unless the pack says `"templatesMustPass": true`.
 */

import type { z } from 'zod';
import type { Check } from './check';
import { runRuleExamples } from './custom/examples';
import { compileMatcher } from './custom/pattern';
import type { CustomRule } from './custom/schema';
import { type CompiledPack, compilePack } from './engine';
import {
  formatPath,
  issueMessage,
  type Pack,
  PackError,
  type PackLoader,
  type PackPath,
  PackSchema,
  resolvePack,
} from './pack';
import { schemaPropertyNames } from './pack-json-schema';
import { getBuiltinPack } from './packs';
import { checks as builtinChecks } from './registry';
import { LIMITS } from './schema-primitives';
import {
  type TemplateIssue,
  templateExampleProblems,
  templateStyleProblems,
  templateSyntaxProblems,
} from './templates/validate';

export interface PackIssue {
  /** Where in the pack: `rules[3].pattern`, `style.address`; "" for the pack as a whole. */
  path: string;
  message: string;
}

export type ValidationResult =
  | { ok: true; pack: Pack; compiled: CompiledPack; warnings?: PackIssue[] }
  | { ok: false; errors: PackIssue[] };

export interface ValidateOptions {
  /** Finds the packs `extends` names besides the built-in ones (synced packs, files). */
  load?: PackLoader;
  /** Largest pack accepted, in bytes of JSON; defaults to `LIMITS.packBytes`. */
  maxBytes?: number;
  /** Built-in checks the pack may configure; defaults to the registry. */
  registry?: readonly Check[];
  /** Run every rule's examples (default true); `talontapa test` runs them itself. */
  examples?: boolean;
}

/** At most this many errors are listed: beyond that the file needs a different fix. */
const MAX_ERRORS = 100;

const issue = (path: PackPath, message: string): PackIssue => ({ path: formatPath(path), message });

/** Bytes of `s` in UTF-8, counted without encoding it (a huge string allocates nothing). */
function utf8Length(s: string): number {
  let bytes = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // A surrogate pair is 2 units and 4 bytes; other units above 0x7f are 2 or 3 bytes.
    if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 2;
      i++;
    } else if (c > 0x7ff) bytes += 2;
    else if (c > 0x7f) bytes += 1;
  }
  return bytes;
}

/**
 * The size of `value` as compact JSON, in bytes, counted without building the string and
 * given up on as soon as it passes `limit` (so a huge or cyclic input costs little).
 * Returns `Infinity` past the limit.
 */
export function jsonSize(value: unknown, limit: number): number {
  let size = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    // A string longer than the limit in UTF-16 units is longer in bytes too.
    if (typeof v === 'string') size += (v.length > limit ? v.length : utf8Length(v)) + 2;
    else if (typeof v === 'number' || typeof v === 'boolean') size += String(v).length;
    else if (v === null || v === undefined) size += 4;
    else if (Array.isArray(v)) {
      size += 1 + v.length;
      for (const item of v) stack.push(item);
    } else if (typeof v === 'object') {
      const entries = Object.entries(v);
      size += 1 + entries.length;
      for (const [key, item] of entries) {
        size += utf8Length(key) + 3;
        stack.push(item);
      }
    }
    if (size > limit) return Number.POSITIVE_INFINITY;
  }
  return size;
}

const formatBytes = (n: number) => `${Math.round(n / 1024)} KB`;

// ---------------------------------------------------------------------------------------
// Step 2: zod issues as messages a person can act on.

type ZodIssue = z.core.$ZodIssue;

let knownKeys: Set<string> | undefined;

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0] as number;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j] as number;
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(above + 1, (row[j - 1] as number) + 1, diagonal + cost);
      diagonal = above;
    }
  }
  return row[b.length] as number;
}

/** `unknown key`, with the closest key the format has when it is a likely misspelling. */
function unknownKeyMessage(key: string): string {
  knownKeys ??= schemaPropertyNames();
  let best: string | undefined;
  let bestDistance = 3;
  for (const known of knownKeys) {
    const d = editDistance(key.toLowerCase(), known.toLowerCase());
    if (d < bestDistance) {
      best = known;
      bestDistance = d;
    }
  }
  return best ? `unknown key (did you mean "${best}"?)` : 'unknown key';
}

/** Whether a union branch failed only because the value is of another type altogether. */
function isTypeMismatch(i: ZodIssue): boolean {
  if (i.path.length > 0) return false;
  if (i.code === 'invalid_type') return true;
  return i.code === 'invalid_union' && i.errors.every((branch) => branch.every(isTypeMismatch));
}

function expectedTypes(i: ZodIssue): string[] {
  if (i.code === 'invalid_type') return [i.expected];
  if (i.code === 'invalid_union') return i.errors.flatMap((b) => b.flatMap(expectedTypes));
  return [];
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function listOr(items: readonly string[]): string {
  const unique = [...new Set(items)];
  return unique.length <= 1
    ? (unique[0] ?? '')
    : `${unique.slice(0, -1).join(', ')} or ${unique.at(-1)}`;
}

function formatIssues(issues: readonly ZodIssue[], prefix: PackPath): PackIssue[] {
  const out: PackIssue[] = [];
  for (const i of issues) {
    const path = [...prefix, ...(i.path as (string | number)[])];
    if (i.code === 'unrecognized_keys') {
      for (const key of i.keys) out.push(issue([...path, key], unknownKeyMessage(key)));
    } else if (i.code === 'invalid_union' && i.discriminator !== undefined) {
      // zod reports the accepted discriminator values, though its types do not say so.
      const accepted = (i as { options?: unknown[] }).options ?? [];
      const options = accepted.map((o) => JSON.stringify(o)).join(', ');
      // The issue's input is the object whose discriminator is wrong.
      const value = (i.input as Record<string, unknown> | undefined)?.[i.discriminator];
      const received = value === undefined ? 'missing' : `${JSON.stringify(value)} is not one`;
      out.push(issue(path, `${received}; expected one of ${options}`));
    } else if (i.code === 'invalid_union') {
      // A value that is of the right type for one branch gets that branch's problems; a
      // value of no branch's type gets "expected A or B".
      const relevant = i.errors.filter((branch) => !branch.every(isTypeMismatch));
      if (relevant.length > 0) out.push(...formatIssues(relevant[0] as ZodIssue[], path));
      else {
        const expected = listOr(i.errors.flatMap((b) => b.flatMap(expectedTypes)));
        out.push(issue(path, `expected ${expected}, received ${typeOf(i.input)}`));
      }
    } else if (i.code === 'invalid_key') {
      out.push(
        ...formatIssues(i.issues, path).map((x) => ({ ...x, message: `key: ${x.message}` })),
      );
    } else {
      out.push(issue(path, issueMessage(i)));
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// Step 3: what the schema cannot say.

function ruleIdProblems(
  rules: readonly CustomRule[],
  builtinIds: ReadonlySet<string>,
): PackIssue[] {
  const out: PackIssue[] = [];
  const first = new Map<string, number>();
  rules.forEach((rule, index) => {
    const earlier = first.get(rule.id);
    if (earlier !== undefined) {
      out.push(issue(['rules', index, 'id'], `duplicate id "${rule.id}" (also rules[${earlier}])`));
    } else first.set(rule.id, index);
    if (builtinIds.has(rule.id)) {
      out.push(
        issue(
          ['rules', index, 'id'],
          `"${rule.id}" is a built-in check; to configure it use checks.${rule.id}, or choose another id`,
        ),
      );
    }
  });
  return out;
}

/** Fixes that would be flagged again by their own rule, and Finnish inflection limits. */
function substituteProblems(pack: Pack): PackIssue[] {
  const out: PackIssue[] = [];
  (pack.rules ?? []).forEach((rule, r) => {
    if (rule.kind !== 'substitute') return;
    const matcher = compileMatcher(
      rule.swap.map((s) => s.pattern),
      pack.language,
    );
    rule.swap.forEach((swap, s) => {
      const path = ['rules', r, 'swap', s];
      const loop = matcher.findAll(swap.replacement)[0];
      if (loop) {
        out.push(
          issue(
            [...path, 'replacement'],
            `"${swap.replacement}" is itself matched by this rule ("${loop.text}"), so its fix would be flagged again`,
          ),
        );
      }
      if (swap.inflect && pack.language === 'fi' && /\s/.test(swap.replacement)) {
        out.push(issue([...path, 'inflect'], 'only a one-word replacement can take the ending'));
      }
    });
  });
  return out;
}

/** The `extends` chain resolves, and every layer is in the pack's language. */
function extendsProblems(pack: Pack, load: PackLoader): PackIssue[] {
  try {
    const layers: Pack[] = [];
    resolvePack(pack, (ref, from) => {
      const parent = load(ref, from);
      if (parent) layers.push(parent);
      return parent;
    });
    const other = layers.find((layer) => layer.language !== pack.language);
    if (other) {
      return [
        issue(
          ['extends'],
          `"${other.id}" is a pack for "${other.language}" replies; this pack is for "${pack.language}"`,
        ),
      ];
    }
    return [];
  } catch (error) {
    if (error instanceof PackError) return [issue(error.path, messageWithoutPath(error))];
    throw error;
  }
}

function messageWithoutPath(error: PackError): string {
  const prefix = `${formatPath(error.path)}: `;
  return error.path.length > 0 && error.message.startsWith(prefix)
    ? error.message.slice(prefix.length)
    : error.message;
}

/** Where in this pack file an error about a rule (reported by id) is. */
function locateRule(pack: Pack, path: PackPath): PackPath {
  if (path[0] !== 'rules' || typeof path[1] !== 'string') return path;
  const index = (pack.rules ?? []).findIndex((r) => r.id === path[1]);
  return index === -1 ? path : ['rules', index, ...path.slice(2)];
}

// ---------------------------------------------------------------------------------------

function validate(json: unknown, options: ValidateOptions): ValidationResult {
  const maxBytes = options.maxBytes ?? LIMITS.packBytes;
  const size = jsonSize(json, maxBytes);
  if (size > maxBytes) {
    return {
      ok: false,
      errors: [issue([], `the pack is larger than ${formatBytes(maxBytes)}; split it or trim it`)],
    };
  }

  const parsed = PackSchema.safeParse(json, { reportInput: true });
  if (!parsed.success) {
    return { ok: false, errors: formatIssues(parsed.error.issues, []).slice(0, MAX_ERRORS) };
  }
  const pack = parsed.data;

  const registry = options.registry ?? builtinChecks;
  const userLoad = options.load;
  const load: PackLoader = (ref, from) => getBuiltinPack(ref) ?? userLoad?.(ref, from);
  const builtinIds = new Set(registry.map((c) => c.id));
  const meaning = [
    ...ruleIdProblems(pack.rules ?? [], builtinIds),
    ...substituteProblems(pack),
    ...extendsProblems(pack, load),
    ...templateSyntaxProblems(pack).map(toIssue),
  ];
  if (meaning.length > 0) return { ok: false, errors: meaning.slice(0, MAX_ERRORS) };

  let compiled: CompiledPack;
  try {
    compiled = compilePack(pack, { registry, load });
  } catch (error) {
    if (!(error instanceof PackError)) throw error;
    return { ok: false, errors: [issue(locateRule(pack, error.path), messageWithoutPath(error))] };
  }

  if (options.examples !== false) {
    const failures = (pack.rules ?? []).flatMap((rule, index) =>
      runRuleExamples(rule, compiled).failures.map((f) =>
        issue(['rules', index, ...f.path], f.message),
      ),
    );
    if (failures.length > 0) return { ok: false, errors: failures.slice(0, MAX_ERRORS) };
    const suggestions = templateExampleProblems(pack, compiled).map(toIssue);
    if (suggestions.length > 0) return { ok: false, errors: suggestions.slice(0, MAX_ERRORS) };
    const style = templateStyleProblems(pack, compiled).map(toIssue);
    if (style.length > 0 && compiled.pack.templatesMustPass) {
      return { ok: false, errors: style.slice(0, MAX_ERRORS) };
    }
    if (style.length > 0) return { ok: true, pack, compiled, warnings: style };
  }
  return { ok: true, pack, compiled };
}

const toIssue = (t: TemplateIssue): PackIssue => issue(t.path, t.message);

/**
 * Validates a pack (parsed JSON) and compiles it for use. Never throws: an unexpected
 * failure inside is reported as an error of the pack as a whole.
 */
export function validatePack(json: unknown, options: ValidateOptions = {}): ValidationResult {
  try {
    return validate(json, options);
  } catch (error) {
    return {
      ok: false,
      errors: [issue([], `the pack could not be checked: ${(error as Error)?.message ?? error}`)],
    };
  }
}

/**
 * The JSON of a pack file, or the errors that stop it being read: larger than the limit
 * (checked before parsing, so a huge file costs nothing), or not JSON.
 */
export function parsePackText(
  text: string,
  maxBytes: number = LIMITS.packBytes,
): { ok: true; json: unknown } | { ok: false; errors: PackIssue[] } {
  if (text.length > maxBytes || utf8Length(text) > maxBytes) {
    return {
      ok: false,
      errors: [issue([], `the pack is larger than ${formatBytes(maxBytes)}; split it or trim it`)],
    };
  }
  try {
    return { ok: true, json: JSON.parse(text) };
  } catch (error) {
    return { ok: false, errors: [issue([], `not JSON: ${(error as Error).message}`)] };
  }
}

/** `validatePack` for the text of a pack file. */
export function validatePackText(text: string, options: ValidateOptions = {}): ValidationResult {
  const parsed = parsePackText(text, options.maxBytes);
  return parsed.ok ? validatePack(parsed.json, options) : parsed;
}
