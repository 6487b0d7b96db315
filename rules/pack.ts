/**
 * The rule-pack format. A pack is data (JSON), validated with these zod schemas; the JSON
 * Schema published for editors is generated from the same schemas (`z.toJSONSchema`).
 *
 * Every `style` key is optional in a pack file, so that a team pack can `extend` an
 * organisation pack and override only what differs; `resolvePack` layers the packs and
 * fills the gaps from `DEFAULT_STYLE`.
 */

import { z } from 'zod';
import type { Language, Severity } from './types';

export const SeveritySchema = z.enum(['error', 'warning', 'hint']) satisfies z.ZodType<Severity>;
export const LanguageSchema = z.enum(['fi', 'en']) satisfies z.ZodType<Language>;

const PhraseListSchema = z
  .array(z.string().trim().min(1))
  .describe(
    'Phrases matched case-insensitively; a word of five letters or more also matches its inflected forms (a prefix match).',
  );

/** Whether a part of the reply is required, and which phrases are accepted for it. */
export const PhraseRuleSchema = z.strictObject({
  required: z.boolean().optional(),
  /** Accepted phrases; the first one is the one fixes insert. */
  phrases: PhraseListSchema.optional(),
});

export const ApologyRuleSchema = z.strictObject({
  enabled: z.boolean().optional(),
  /** Words or phrases in the customer's message that show they are unhappy. */
  upsetSignals: PhraseListSchema.optional(),
  /** Accepted apologies; the first one is the one fixes insert. */
  apologyPhrases: PhraseListSchema.optional(),
});

export const ResponseTimeSchema = z.strictObject({
  amount: z.number().positive(),
  unit: z.enum(['hours', 'days', 'working-days']),
});

/** The agreed ground rules (DESIGN.md, "Rule packs"), all optional in a pack file. */
export const StyleSchema = z.strictObject({
  address: z.enum(['formal', 'informal', 'any']).optional(),
  speaker: z.enum(['we', 'I', 'any']).optional(),
  commands: z.enum(['avoid', 'allow']).optional(),
  passive: z.enum(['avoid', 'allow']).optional(),
  greeting: PhraseRuleSchema.optional(),
  thanks: PhraseRuleSchema.optional(),
  closing: PhraseRuleSchema.optional(),
  apologyWhenUpset: ApologyRuleSchema.optional(),
  sentenceMaxWords: z.number().int().positive().optional(),
  paragraphMaxSentences: z.number().int().positive().optional(),
  replyMaxWords: z.number().int().positive().optional(),
  numberedSteps: z.boolean().optional(),
  responseTime: ResponseTimeSchema.optional(),
});

/** Per-check settings. Options are validated against the check's own schema on use. */
export const CheckSettingSchema = z.strictObject({
  enabled: z.boolean().optional(),
  severity: SeveritySchema.optional(),
  options: z.record(z.string(), z.unknown()).optional(),
});

export const CHECK_ID_PATTERN = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

export const PackSchema = z.strictObject({
  id: z
    .string()
    .min(1)
    .describe('Unique id, e.g. "acme:support-fi"; built-in packs are "builtin:<language>".'),
  name: z.string().min(1),
  version: z
    .string()
    .regex(/^\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.-]+)?$/, 'expected a semantic version such as 1.0.0'),
  language: LanguageSchema,
  description: z.string().optional(),
  extends: z.string().min(1).optional().describe('Id of the pack this one is layered on.'),
  style: StyleSchema.optional(),
  checks: z
    .record(z.string().regex(CHECK_ID_PATTERN, 'check ids are kebab-case'), CheckSettingSchema)
    .optional(),
});

export type Pack = z.infer<typeof PackSchema>;
export type PackStyle = z.infer<typeof StyleSchema>;
export type CheckSetting = z.infer<typeof CheckSettingSchema>;

export interface PhraseRule {
  required: boolean;
  phrases: string[];
}

/** A style with every key filled in: what the checks read. */
export interface ResolvedStyle {
  address: 'formal' | 'informal' | 'any';
  speaker: 'we' | 'I' | 'any';
  commands: 'avoid' | 'allow';
  passive: 'avoid' | 'allow';
  greeting: PhraseRule;
  thanks: PhraseRule;
  closing: PhraseRule;
  apologyWhenUpset: { enabled: boolean; upsetSignals: string[]; apologyPhrases: string[] };
  /** Absent limits are not checked. */
  sentenceMaxWords: number | null;
  paragraphMaxSentences: number | null;
  replyMaxWords: number | null;
  numberedSteps: boolean;
  responseTime: z.infer<typeof ResponseTimeSchema> | null;
}

/** A pack with its `extends` chain applied: style complete, check settings merged. */
export interface ResolvedPack {
  id: string;
  name: string;
  version: string;
  language: Language;
  description?: string;
  /** Ids of the packs layered here, base first, this pack last. */
  layers: string[];
  style: ResolvedStyle;
  checks: Record<string, CheckSetting>;
}

/** What a pack that says nothing about a ground rule gets: nothing enforced. */
export const DEFAULT_STYLE: ResolvedStyle = {
  address: 'any',
  speaker: 'any',
  commands: 'allow',
  passive: 'allow',
  greeting: { required: false, phrases: [] },
  thanks: { required: false, phrases: [] },
  closing: { required: false, phrases: [] },
  apologyWhenUpset: { enabled: false, upsetSignals: [], apologyPhrases: [] },
  sentenceMaxWords: null,
  paragraphMaxSentences: null,
  replyMaxWords: null,
  numberedSteps: false,
  responseTime: null,
};

export class PackError extends Error {
  override readonly name = 'PackError';
  constructor(
    message: string,
    /** Path inside the pack, e.g. ["checks", "sentence-length", "options", "max"]. */
    readonly path: readonly (string | number)[] = [],
  ) {
    super(path.length > 0 ? `${path.join('.')}: ${message}` : message);
  }
}

/**
 * The first problem zod found, as a `PackError` under `prefix`. An unknown key is reported
 * at its own path ("style.adress: unknown key") rather than at the object holding it.
 */
export function packErrorFrom(
  error: z.ZodError,
  prefix: readonly (string | number)[] = [],
): PackError {
  const issue = error.issues[0];
  if (!issue) return new PackError('invalid pack', prefix);
  const path = [...prefix, ...(issue.path as (string | number)[])];
  if (issue.code === 'unrecognized_keys') {
    return new PackError('unknown key', [...path, ...issue.keys.slice(0, 1)]);
  }
  return new PackError(issue.message, path);
}

/** Validates unknown JSON as a pack, throwing a `PackError` that names the first bad path. */
export function parsePack(json: unknown): Pack {
  const result = PackSchema.safeParse(json);
  if (result.success) return result.data;
  throw packErrorFrom(result.error);
}

/** Overlays the keys a pack sets on a resolved style; nested phrase rules merge per key. */
export function mergeStyle(base: ResolvedStyle, over: PackStyle | undefined): ResolvedStyle {
  if (!over) return base;
  const merged: ResolvedStyle = { ...base };
  const set = merged as unknown as Record<string, unknown>;
  for (const [key, value] of Object.entries(over)) {
    if (value === undefined) continue;
    const current = (base as unknown as Record<string, unknown>)[key];
    const isNested = typeof value === 'object' && value !== null && !Array.isArray(value);
    set[key] = isNested && current ? { ...(current as object), ...dropUndefined(value) } : value;
  }
  return merged;
}

function dropUndefined(value: object): object {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));
}

function mergeChecks(
  base: Record<string, CheckSetting>,
  over: Pack['checks'],
): Record<string, CheckSetting> {
  const merged = { ...base };
  for (const [id, setting] of Object.entries(over ?? {})) {
    const current = merged[id];
    merged[id] = {
      ...current,
      ...dropUndefined(setting),
      // Options merge per key so a team pack can change one option of an inherited check.
      ...(current?.options || setting.options
        ? { options: { ...current?.options, ...setting.options } }
        : {}),
    };
  }
  return merged;
}

export type PackLoader = (id: string) => Pack | undefined;

/**
 * Applies a pack's `extends` chain. `load` finds a parent pack by id (the built-in packs,
 * later also synced ones); an unknown parent or a cycle is a `PackError`.
 */
export function resolvePack(pack: Pack, load: PackLoader): ResolvedPack {
  const chain: Pack[] = [];
  const seen = new Set<string>();
  let current: Pack | undefined = pack;
  while (current) {
    if (seen.has(current.id)) {
      throw new PackError(`"extends" forms a cycle: ${[...seen, current.id].join(' → ')}`, [
        'extends',
      ]);
    }
    seen.add(current.id);
    chain.unshift(current);
    const parentId: string | undefined = current.extends;
    if (parentId === undefined) break;
    current = load(parentId);
    if (!current) throw new PackError(`unknown pack "${parentId}"`, ['extends']);
  }
  let style = DEFAULT_STYLE;
  let checks: Record<string, CheckSetting> = {};
  for (const layer of chain) {
    style = mergeStyle(style, layer.style);
    checks = mergeChecks(checks, layer.checks);
  }
  return {
    id: pack.id,
    name: pack.name,
    version: pack.version,
    language: pack.language,
    ...(pack.description === undefined ? {} : { description: pack.description }),
    layers: chain.map((p) => p.id),
    style,
    checks,
  };
}
