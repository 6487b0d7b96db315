/**
 * Keyword expansion, as text expanders do it: the agent types `;;` and a template's
 * shortcut in the reply box, then Tab or Space, and the template replaces what they typed,
 * filled from the page. The prefix and the completing keys are the agent's to choose. Pure:
 * the content script finds the typed keyword before the caret and puts the text in through
 * the editor's input path.
 */

import { z } from 'zod';
import type { Pack, ResolvedPack } from '../pack';
import { resolvePack } from '../pack';
import { getBuiltinPack } from '../packs';
import type { Language } from '../types';
import { renderTemplate, type TemplateContext } from './render';
import type { Template } from './schema';

/** What opens a keyword unless the agent chose another; a shortcut is one word (schema.ts). */
export const EXPANSION_PREFIX = ';;';

/** The keys that complete a keyword. */
export const EXPANSION_KEYS = ['Tab', 'Space', 'Enter'] as const;
export type ExpansionKey = (typeof EXPANSION_KEYS)[number];

/**
 * A prefix that cannot be part of a word: 1–4 characters, none a letter, a digit, white
 * space, `-` or `_` (a shortcut's own characters), so `;;viive` never hides inside a word.
 */
export const ExpansionPrefixSchema = z
  .string()
  .min(1, 'expandPrefixLength')
  .refine((prefix) => [...prefix].length <= 4, 'expandPrefixLength')
  .refine((prefix) => !/[\p{L}\p{N}\s_-]/u.test(prefix), 'expandPrefixChars');

/**
 * The agent's keyword expansion: on or off, the prefix, and the keys that complete a keyword
 * (at least one). Issue messages are message keys of the interface (`expand…`).
 */
export const ExpansionSettingsSchema = z.object({
  enabled: z.boolean().default(true),
  prefix: ExpansionPrefixSchema.default(EXPANSION_PREFIX),
  keys: z
    .array(z.enum(EXPANSION_KEYS))
    .min(1, 'expandKeysNone')
    .transform((keys) => EXPANSION_KEYS.filter((key) => keys.includes(key)))
    .default(['Tab', 'Space']),
});
export type ExpansionSettings = z.infer<typeof ExpansionSettingsSchema>;

/** The key of a keydown event as the settings name it, or null for any other key. */
export function expansionKey(key: string): ExpansionKey | null {
  if (key === ' ') return 'Space';
  return key === 'Tab' || key === 'Enter' ? key : null;
}

const SHORTCUT = '[\\p{L}\\p{N}_-]{1,30}';
const keywordPatterns = new Map<string, RegExp>();

function keywordPattern(prefix: string): RegExp {
  let re = keywordPatterns.get(prefix);
  if (!re) {
    const escaped = prefix.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
    const chars = [...new Set(prefix)].map((c) => c.replace(/[\\\]^[-]/g, '\\$&')).join('');
    // The keyword starts the text or follows a character that is neither a word's nor the
    // prefix's own (`;;;viive` and `a;;viive` are no keywords).
    re = new RegExp(`(?:^|[^\\p{L}\\p{N}${chars}])(${escaped}(${SHORTCUT}))$`, 'u');
    keywordPatterns.set(prefix, re);
  }
  return re;
}

/** The keyword the text before the caret ends with: `;;viive` → {keyword, shortcut}. */
export function keywordBefore(
  text: string,
  prefix: string = EXPANSION_PREFIX,
): { keyword: string; shortcut: string } | null {
  const m = keywordPattern(prefix).exec(text);
  return m ? { keyword: m[1] as string, shortcut: (m[2] as string).toLowerCase() } : null;
}

const resolved = new WeakMap<Pack, ResolvedPack>();

/** A resolved pack (a synced one, with its URL chain applied) has its layers listed. */
function resolvedOf(pack: Pack | ResolvedPack): ResolvedPack {
  if ('layers' in pack) return pack;
  let r = resolved.get(pack);
  if (!r) {
    r = resolvePack(pack, getBuiltinPack);
    resolved.set(pack, r);
  }
  return r;
}

/**
 * The text a shortcut expands to: the template with that shortcut in `packs` (the pack the
 * draft is checked with first), rendered in its pack's language. Unfilled values and
 * fields stay visible, where the `placeholder` check flags them. Null when no template has
 * that shortcut, so the key does what it always does.
 */
export function expandShortcut(
  shortcut: string,
  packs: readonly (Pack | ResolvedPack)[],
  context: TemplateContext,
): { text: string; cursors: number[]; template: Template; language: Language } | null {
  for (const pack of packs) {
    const r = resolvedOf(pack);
    // A later layer's template wins: a team may give an inherited shortcut to its own.
    const template = [...(r.templates ?? [])]
      .reverse()
      .find((t) => t.shortcut?.toLowerCase() === shortcut);
    if (!template) continue;
    const result = renderTemplate(template.body, {
      language: r.language,
      context,
      responseTime: r.style.responseTime,
    });
    if (result.errors.length > 0) return null;
    return { text: result.text, cursors: result.cursors, template, language: r.language };
  }
  return null;
}
