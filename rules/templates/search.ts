/**
 * The side panel's search box over all templates: by title, tag, shortcut and text,
 * fuzzy (a typo or two), by prefix (as the agent types), and Finnish-inflection aware
 * (every word is indexed and looked up with its base forms: "paketin" finds "paketti"),
 * with `tag:NAME` filters ("tag:toimitus viive").
 *
 * MiniSearch does the indexing and scoring: a small (about 7 KB gzip), dependency-free
 * full-text engine with a radix tree for prefix and fuzzy look-ups and BM25 scoring with
 * per-field boosts, well kept and used widely; writing those again here would be more
 * code to test for the same result. The analyser's base forms are added to the indexed
 * text per template language, so MiniSearch itself stays language-blind.
 */

import MiniSearch from 'minisearch';
import { baseForms } from '../analysis';
import type { Language } from '../types';
import type { TemplateEntry } from './rank';

export interface SearchHit extends TemplateEntry {
  score: number;
}

export interface ParsedQuery {
  words: string[];
  tags: string[];
}

const WORD_RE = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
const VARIABLE_RE = /\{\{[^{}]*\}\}/g;

/** "tag:toimitus viive" → words ["viive"], tags ["toimitus"]. */
export function parseQuery(query: string): ParsedQuery {
  const words: string[] = [];
  const tags: string[] = [];
  for (const part of query.trim().split(/\s+/)) {
    if (part === '') continue;
    const tag = /^(?:tag|tagi):(.+)$/i.exec(part);
    if (tag) tags.push((tag[1] as string).toLowerCase());
    else for (const m of part.matchAll(WORD_RE)) words.push(m[0].toLowerCase());
  }
  return { words, tags };
}

/** A text with each word followed by its base forms, for the index. */
function withBaseForms(text: string, language: Language): string {
  const out: string[] = [];
  for (const m of text.matchAll(WORD_RE)) {
    const word = m[0].toLowerCase();
    out.push(word);
    for (const base of baseForms(word, language)) if (base !== word) out.push(base);
  }
  return out.join(' ');
}

export interface TemplateSearch {
  search(query: string, limit?: number): SearchHit[];
}

/** Builds the search over `entries` (templates with their pack's language). */
export function createTemplateSearch(entries: readonly TemplateEntry[]): TemplateSearch {
  const languages = [...new Set(entries.map((e) => e.language))];
  const index = new MiniSearch<{ id: number }>({
    fields: ['title', 'tags', 'shortcut', 'text'],
    extractField: (doc, field) => {
      if (field === 'id') return String(doc.id);
      const { template, language } = entries[doc.id] as TemplateEntry;
      const raw =
        field === 'title'
          ? template.title
          : field === 'tags'
            ? (template.tags ?? []).join(' ')
            : field === 'shortcut'
              ? (template.shortcut ?? '')
              : template.body.replace(VARIABLE_RE, ' ');
      return withBaseForms(raw, language);
    },
    tokenize: (text) => text.split(' '),
    processTerm: (term) => term.toLowerCase() || null,
  });
  index.addAll(entries.map((_, id) => ({ id })));

  const tagsMatch = (entry: TemplateEntry, tags: readonly string[]) =>
    tags.every((tag) => (entry.template.tags ?? []).some((t) => t.toLowerCase().startsWith(tag)));

  return {
    search(query, limit = 50) {
      const { words, tags } = parseQuery(query);
      if (words.length === 0) {
        if (tags.length === 0) return [];
        return entries
          .filter((e) => tagsMatch(e, tags))
          .sort((a, b) => a.template.title.localeCompare(b.template.title))
          .slice(0, limit)
          .map((e) => ({ ...e, score: 0 }));
      }
      const queries = words.map((word) => ({
        combineWith: 'OR' as const,
        queries: [...new Set([word, ...languages.flatMap((l) => baseForms(word, l))])],
      }));
      const results = index.search(
        { combineWith: 'AND', queries },
        {
          prefix: true,
          fuzzy: (term) => (term.length > 3 ? 0.2 : false),
          boost: { title: 3, shortcut: 3, tags: 2, text: 1 },
          filter: (r) => tagsMatch(entries[r.id] as TemplateEntry, tags),
        },
      );
      return results.slice(0, limit).map((r) => ({
        ...(entries[r.id] as TemplateEntry),
        score: Math.round(r.score * 1000) / 1000,
      }));
    },
  };
}
