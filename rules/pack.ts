/**
 * The rule-pack format. A pack is data (JSON), validated with these zod schemas; the JSON
 * Schema published for editors (public/pack.schema.json) is generated from the same
 * schemas (`z.toJSONSchema`, see pack-json-schema.ts), and so is the pack reference in the
 * README.
 *
 * Every `style` key is optional in a pack file, so that a team pack can `extend` an
 * organisation pack and override only what differs; `resolvePack` layers the packs and
 * fills the gaps from `DEFAULT_STYLE`. Pack rules (`rules`) layer by id: a later layer's
 * rule replaces an inherited one of the same id, and `checks.<id>.enabled: false` turns
 * any check or inherited rule off. Templates (templates/schema.ts) layer by id the same way.
 *
 * `parsePack` only checks the shape; `validatePack` (pack-validate.ts) is what decides
 * whether a pack may be used.
 */

import { z } from 'zod';
import { type CustomRule, CustomRuleSchema } from './custom/schema';
import {
  CHECK_ID_PATTERN,
  CommentSchema,
  LanguageSchema,
  LIMITS,
  SeveritySchema,
} from './schema-primitives';
import { mergeTemplates, type Template, TemplatesSchema } from './templates/schema';
import type { Language } from './types';

export { CHECK_ID_PATTERN, LanguageSchema, SeveritySchema };

const PhraseListSchema = z.array(z.string().trim().min(1).max(200)).max(LIMITS.phrases).meta({
  id: 'PhraseList',
  description:
    'Phrases matched case-insensitively; a word of five letters or more also matches its inflected forms (a prefix match).',
});

/** Whether a part of the reply is required, and which phrases are accepted for it. */
export const PhraseRuleSchema = z
  .strictObject({
    required: z.boolean().optional().describe('Whether the reply must have this part.'),
    phrases: PhraseListSchema.optional().describe(
      'Accepted phrases, the preferred one first (it is what fixes insert); empty accepts any.',
    ),
  })
  .meta({ id: 'PhraseRule' });

export const ApologyRuleSchema = z.strictObject({
  enabled: z.boolean().optional().describe('Whether an upset customer must get an apology.'),
  upsetSignals: PhraseListSchema.optional().describe(
    "Words or phrases in the customer's message that show they are unhappy.",
  ),
  apologyPhrases: PhraseListSchema.optional().describe(
    'Accepted apologies, the preferred one first.',
  ),
});

export const ResponseTimeSchema = z.strictObject({
  amount: z.number().positive().max(1000),
  unit: z.enum(['hours', 'days', 'working-days']),
});

const WordLimitSchema = z.number().int().positive().max(10_000);

/**
 * The agreed ground rules (DESIGN.md, "Rule packs"), all optional in a pack file. Each key
 * is read by the built-in check named in its description.
 */
export const StyleSchema = z.strictObject({
  '//': CommentSchema,
  address: z
    .enum(['formal', 'informal', 'any'])
    .optional()
    .describe(
      'Formal (Te, voitteko) or informal (sinä, voitko) address; mixing both in one reply is always flagged. Check: address.',
    ),
  speaker: z
    .enum(['we', 'I', 'any'])
    .optional()
    .describe('Who speaks: "we" (korjaamme) or "I" (korjaan). Check: speaker.'),
  commands: z
    .enum(['avoid', 'allow'])
    .optional()
    .describe(
      'Whether to flag imperatives that read as orders (Lähettäkää, Send) and suggest a request. Check: command.',
    ),
  passive: z
    .enum(['avoid', 'allow'])
    .optional()
    .describe('Whether to flag the passive voice (Vika korjataan). Check: passive.'),
  greeting: PhraseRuleSchema.optional().describe('How the reply opens. Check: greeting.'),
  thanks: PhraseRuleSchema.optional().describe(
    'Thanking the customer for the message, near the start. Check: thanks.',
  ),
  closing: PhraseRuleSchema.optional().describe(
    'How the reply closes and is signed. Check: closing.',
  ),
  apologyWhenUpset: ApologyRuleSchema.optional().describe(
    'Apologise when the customer is unhappy. Check: apology.',
  ),
  sentenceMaxWords: WordLimitSchema.optional().describe(
    'Most words in a sentence. Check: sentence-length.',
  ),
  paragraphMaxSentences: WordLimitSchema.optional().describe(
    'Most sentences in a paragraph. Check: paragraph-length.',
  ),
  replyMaxWords: WordLimitSchema.optional().describe(
    'Most words in the body of the reply. Check: reply-length.',
  ),
  numberedSteps: z
    .boolean()
    .optional()
    .describe(
      'Ask for a numbered list when the reply asks the customer for two or more actions. Check: numbered-steps.',
    ),
  responseTime: ResponseTimeSchema.optional().describe(
    'The response-time promise; replies must not promise faster. Check: promise.',
  ),
  sendGuard: z
    .enum(['off', 'errors', 'warnings'])
    .optional()
    .describe(
      'Ask the agent before a send while findings of this severity (or worse) remain: "off" (the default), "errors", or "warnings". The agent may choose a stricter guard, never a looser one.',
    ),
});

/** Per-check settings. Options are validated against the check's own schema on use. */
export const CheckSettingSchema = z
  .strictObject({
    '//': CommentSchema,
    enabled: z.boolean().optional().describe('Turn the check or rule on or off.'),
    severity: SeveritySchema.optional(),
    options: z
      .record(z.string(), z.unknown())
      .optional()
      .describe("The built-in check's own options (not for pack rules)."),
  })
  .meta({ id: 'CheckSetting' });

export const PackSchema = z.strictObject({
  $schema: z
    .string()
    .max(500)
    .optional()
    .describe('The JSON Schema of packs, for editors: "https://…/pack.schema.json".'),
  '//': CommentSchema,
  id: z
    .string()
    .min(1)
    .max(100)
    .describe('Unique id, e.g. "acme:support-fi"; built-in packs are "builtin:<language>".'),
  name: z.string().min(1).max(200).describe('Shown to agents in the extension.'),
  version: z
    .string()
    .max(50)
    .regex(/^\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.-]+)?$/, 'expected a semantic version such as 1.0.0')
    .describe('Semantic version; raise it with every change, so leads see who runs which.'),
  language: LanguageSchema.describe('The language of the replies and of the messages.'),
  description: z.string().max(LIMITS.messageLength).optional().describe('What the pack is for.'),
  extends: z
    .string()
    .min(1)
    .max(500)
    .optional()
    .describe(
      'The pack this one is layered on: a built-in pack ("builtin:fi"), or a pack file relative to this one ("../org.json").',
    ),
  style: StyleSchema.optional().describe('The agreed ground rules (below).'),
  checks: z
    .record(z.string().regex(CHECK_ID_PATTERN, 'check ids are kebab-case'), CheckSettingSchema)
    .optional()
    .describe('Settings by id, for built-in checks and for the rules of the packs below.'),
  rules: z.array(CustomRuleSchema).max(LIMITS.rules).optional().describe('Custom rules.'),
  templates: TemplatesSchema.optional(),
  templatesMustPass: z
    .boolean()
    .optional()
    .describe(
      "Whether a template that breaks the pack's own house style makes the pack invalid (otherwise a warning).",
    ),
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
  /** When a send is held for the agent to confirm (the content script's send guard). */
  sendGuard: 'off' | 'errors' | 'warnings';
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
  /** Custom rules of every layer; a later layer's rule replaces an earlier one's by id. */
  rules: CustomRule[];
  /** Templates of every layer; a later layer's template replaces an earlier one's by id. */
  templates?: Template[];
  /** The last layer's `templatesMustPass` that says anything; false when none does. */
  templatesMustPass?: boolean;
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
  sendGuard: 'off',
};

export type PackPath = readonly (string | number)[];

/** A path inside a pack as people write it: `rules[3].swap[0].pattern`, `style.greeting`. */
export function formatPath(path: PackPath): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? key : `.${key}`;
  }
  return out;
}

export class PackError extends Error {
  override readonly name = 'PackError';
  constructor(
    message: string,
    /** Path inside the pack, e.g. ["checks", "sentence-length", "options", "max"]. */
    readonly path: PackPath = [],
  ) {
    super(path.length > 0 ? `${formatPath(path)}: ${message}` : message);
  }
}

/**
 * A zod issue's message without zod's category prefix, which reads as noise next to a
 * path: "expected number to be >0" rather than "Too small: expected number to be >0".
 */
export function issueMessage(issue: z.core.$ZodIssue): string {
  const message = issue.message.replace(
    /^(?:Invalid input|Too small|Too big|Invalid option): /,
    '',
  );
  if (issue.code === 'invalid_type' && issue.input === undefined && 'input' in issue) {
    return `missing: ${message.replace(/, received undefined$/, '')}`;
  }
  return message;
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
  return new PackError(issueMessage(issue), path);
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
    // Comments ("//") are for readers of the file, not part of the resolved style.
    if (value === undefined || !(key in base)) continue;
    const current = (base as unknown as Record<string, unknown>)[key];
    const isNested = typeof value === 'object' && value !== null && !Array.isArray(value);
    set[key] = isNested && current ? { ...(current as object), ...dropUndefined(value) } : value;
  }
  return merged;
}

/** The keys of `value` that are set, without comments. */
function dropUndefined(value: object): object {
  return Object.fromEntries(
    Object.entries(value).filter(([k, v]) => v !== undefined && k !== '//'),
  );
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

/**
 * Finds the pack an `extends` names: an id, or for the CLI also a file path, which is
 * relative to the file of `from`, the pack whose `extends` it is.
 */
export type PackLoader = (ref: string, from: Pack) => Pack | undefined;

/** Overlays a layer's rules: a rule with an inherited id takes that rule's place. */
function mergeRules(
  base: readonly CustomRule[],
  over: readonly CustomRule[] | undefined,
): CustomRule[] {
  const merged = [...base];
  for (const rule of over ?? []) {
    const index = merged.findIndex((r) => r.id === rule.id);
    if (index === -1) merged.push(rule);
    else merged[index] = rule;
  }
  return merged;
}

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
    current = load(parentId, current);
    if (!current) throw new PackError(`unknown pack "${parentId}"`, ['extends']);
  }
  let style = DEFAULT_STYLE;
  let checks: Record<string, CheckSetting> = {};
  let rules: CustomRule[] = [];
  let templates: Template[] = [];
  let templatesMustPass = false;
  for (const layer of chain) {
    style = mergeStyle(style, layer.style);
    checks = mergeChecks(checks, layer.checks);
    rules = mergeRules(rules, layer.rules);
    templates = mergeTemplates(templates, layer.templates);
    templatesMustPass = layer.templatesMustPass ?? templatesMustPass;
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
    rules,
    templates,
    templatesMustPass,
  };
}
