/**
 * Keyword expansion, as text expanders do it: the agent types `;;` and a template's
 * shortcut in the reply box, then Tab or Space, and the template replaces what they typed,
 * filled from the page. Pure: the content script finds the typed keyword before the caret
 * and puts the text in through the editor's input path.
 */

import type { Pack, ResolvedPack } from '../pack';
import { resolvePack } from '../pack';
import { getBuiltinPack } from '../packs';
import type { Language } from '../types';
import { renderTemplate, type TemplateContext } from './render';
import type { Template } from './schema';

/** What opens a keyword; a shortcut is one word (schema.ts). */
export const EXPANSION_PREFIX = ';;';

const KEYWORD_RE = /(?:^|[^\p{L}\p{N};])(;;([\p{L}\p{N}_-]{1,30}))$/u;

/** The keyword the text before the caret ends with: `;;viive` → {keyword, shortcut}. */
export function keywordBefore(text: string): { keyword: string; shortcut: string } | null {
  const m = KEYWORD_RE.exec(text);
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
): { text: string; template: Template; language: Language } | null {
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
    return { text: result.text, template, language: r.language };
  }
  return null;
}
