/**
 * The engine: compiles a pack into the list of checks it turns on (once per pack object),
 * parses the draft, runs the checks and returns findings sorted by position. A pack's
 * custom rules compile to checks too (custom/rule.ts), after the built-in ones.
 */

import { type Check, formatMessage, type Report } from './check';
import { compileRule } from './custom/rule';
import type { CustomRule } from './custom/schema';
import { type DraftDocument, type ParseOptions, parseDocument } from './document';
import {
  type CheckSetting,
  type Pack,
  PackError,
  type PackLoader,
  packErrorFrom,
  type ResolvedPack,
  resolvePack,
} from './pack';
import { getBuiltinPack } from './packs';
import { checks as builtinChecks } from './registry';
import type { CheckContext, Finding, Severity } from './types';

/** A check as a pack configures it. */
export interface ActiveCheck {
  check: Check;
  enabled: boolean;
  severity: Severity;
  options: Record<string, unknown>;
  /** Where the house-style guide explains the rule (pack rules' `link`). */
  link?: string;
}

/** A pack ready to run: resolved, its check options validated, disabled checks dropped. */
export interface CompiledPack {
  pack: ResolvedPack;
  checks: ActiveCheck[];
  /** What the document model should recognise for these checks (e.g. the pack's greetings). */
  parseOptions: ParseOptions;
}

/**
 * Configures one check for a pack: options are the schema's defaults, overlaid with what
 * the pack's style implies, overlaid with the pack's explicit `checks.<id>.options`.
 */
export function compileCheck(
  check: Check,
  pack: ResolvedPack,
  setting: CheckSetting = {},
): ActiveCheck {
  const input = { ...check.fromStyle?.(pack.style, pack.language), ...setting.options };
  const parsed = check.options.safeParse(input);
  if (!parsed.success) throw packErrorFrom(parsed.error, ['checks', check.id, 'options']);
  return {
    check,
    enabled: setting.enabled ?? check.enabledByDefault?.(pack.style) ?? true,
    severity: setting.severity ?? check.defaultSeverity,
    options: parsed.data as Record<string, unknown>,
  };
}

/** Phrase lists the active checks accept, so the document model recognises them too. */
function parseOptionsFor(pack: ResolvedPack, active: readonly ActiveCheck[]): ParseOptions {
  const phrasesOf = (id: string) => {
    const phrases = active.find((a) => a.check.id === id)?.options.phrases;
    return Array.isArray(phrases) ? (phrases as string[]) : [];
  };
  return {
    greetingPhrases: [...pack.style.greeting.phrases, ...phrasesOf('greeting')],
    closingPhrases: [...pack.style.closing.phrases, ...phrasesOf('closing')],
  };
}

/** Bundles configured checks into a runnable pack (also for running a subset, as tests do). */
export function withChecks(pack: ResolvedPack, active: readonly ActiveCheck[]): CompiledPack {
  const enabled = active.filter((a) => a.enabled);
  return { pack, checks: enabled, parseOptions: parseOptionsFor(pack, enabled) };
}

/** Configures a pack rule: `checks.<id>` may turn it off or change its severity. */
export function compileRuleCheck(rule: CustomRule, pack: ResolvedPack): ActiveCheck {
  const setting = pack.checks[rule.id] ?? {};
  if (setting.options && Object.keys(setting.options).length > 0) {
    throw new PackError('pack rules take no options', ['checks', rule.id, 'options']);
  }
  return {
    check: compileRule(rule, pack.language),
    enabled: setting.enabled ?? true,
    severity: setting.severity ?? rule.severity ?? 'warning',
    options: {},
    ...(rule.link === undefined ? {} : { link: rule.link }),
  };
}

export interface CompileOptions {
  /** The built-in checks (tests pass a subset). */
  registry?: readonly Check[];
  /** Finds the packs `extends` names; defaults to the built-in packs. */
  load?: PackLoader;
}

/**
 * Resolves and compiles a pack. Throws a `PackError` naming the path of the first problem:
 * an unknown parent pack, an unknown check id, a rule named like a built-in check, or
 * options a check rejects.
 */
export function compilePack(pack: Pack, options: CompileOptions = {}): CompiledPack {
  const { registry = builtinChecks, load = getBuiltinPack } = options;
  const resolved = resolvePack(pack, load);
  const builtinIds = new Set(registry.map((c) => c.id));
  for (const rule of resolved.rules) {
    if (builtinIds.has(rule.id)) {
      throw new PackError(`"${rule.id}" is the id of a built-in check; choose another`, [
        'rules',
        rule.id,
      ]);
    }
  }
  const known = new Set([...builtinIds, ...resolved.rules.map((r) => r.id)]);
  for (const id of Object.keys(resolved.checks)) {
    if (!known.has(id)) throw new PackError(`unknown check "${id}"`, ['checks', id]);
  }
  return withChecks(resolved, [
    ...registry.map((check) => compileCheck(check, resolved, resolved.checks[check.id])),
    ...resolved.rules.map((rule) => compileRuleCheck(rule, resolved)),
  ]);
}

/**
 * The `report` a check's `detect` is given: validates the report and pushes the finding it
 * becomes onto `into`. Shared by the full and the incremental checker, so both build
 * findings alike.
 */
export function reporterFor(
  active: ActiveCheck,
  language: CompiledPack['pack']['language'],
  text: string,
  into: Finding[],
): (r: Report) => void {
  const { check, severity, link } = active;
  const length = text.length;
  return (r: Report) => {
    // A language the check has no message in (a newly added one) gets the English message.
    const messages = check.messages[r.messageId];
    const template = messages?.[language] ?? messages?.en;
    if (template === undefined) {
      throw new Error(`check "${check.id}" reported unknown message "${r.messageId}"`);
    }
    if (!(r.start >= 0 && r.start <= r.end && r.end <= length)) {
      throw new RangeError(`check "${check.id}" reported [${r.start}, ${r.end}) of ${length}`);
    }
    into.push({
      check: check.id,
      severity,
      start: r.start,
      end: r.end,
      text: text.slice(r.start, r.end),
      message: formatMessage(template, r.data),
      // Copied: each finding owns its fixes (IncrementalChecker moves them in place).
      fixes: r.fixes ? r.fixes.map((fix) => ({ ...fix })) : [],
      messageId: r.messageId,
      ...(link === undefined ? {} : { link }),
    });
  };
}

/** Runs one configured check on a document, pushing its findings onto `into`. */
export function runCheck(
  active: ActiveCheck,
  doc: DraftDocument,
  compiled: CompiledPack,
  context: CheckContext,
  into: Finding[],
): void {
  const { language, style } = compiled.pack;
  active.check.detect(doc, {
    options: active.options,
    language,
    style,
    context,
    report: reporterFor(active, language, doc.text, into),
  });
}

/** Sorts findings by position. */
export function sortFindings(findings: Finding[]): Finding[] {
  // Array.prototype.sort is stable, so findings at one place keep the registry's order.
  return findings.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Runs compiled checks on a parsed draft. */
export function checkDocument(
  doc: DraftDocument,
  compiled: CompiledPack,
  context: CheckContext = {},
): Finding[] {
  const findings: Finding[] = [];
  for (const active of compiled.checks) runCheck(active, doc, compiled, context, findings);
  return sortFindings(findings);
}

// Packs are immutable data; compiling one is cached per object so that a check on every
// keystroke does not re-validate options.
const compiledCache = new WeakMap<Pack, CompiledPack>();

/** The compiled form of a pack, compiled once per pack object. */
export function compiledFor(pack: Pack): CompiledPack {
  let compiled = compiledCache.get(pack);
  if (!compiled) {
    compiled = compilePack(pack);
    compiledCache.set(pack, compiled);
  }
  return compiled;
}

/**
 * Checks a draft against a pack. Findings are sorted by start offset. Throws a `PackError`
 * when the pack is invalid (validate packs with `validatePack` before use).
 */
export function check(draft: string, pack: Pack, context: CheckContext = {}): Finding[] {
  const compiled = compiledFor(pack);
  return checkDocument(parseDocument(draft, compiled.parseOptions), compiled, context);
}
