/**
 * Template figures for `npm run bench`: ranking 1,000 templates against a customer's
 * message (the side panel does it whenever the customer's last message changes; the
 * budget is 5 ms), the search box over them, and building the index once per pack.
 *
 * The 1,000 templates are the built-in packs' templates with varied titles, tags,
 * triggers and an extra sentence drawn from their own words, so the index has the
 * vocabulary and the posting lengths of a large real library rather than 1,000 copies.
 */

import { getBuiltinPack, type Language, type Template } from '../../rules/index';
import { indexTemplates, rankTemplates, type TemplateEntry } from '../../rules/templates/rank';
import { createTemplateSearch } from '../../rules/templates/search';
import { ms, type Timing, time } from './stats';
import { CONTEXT } from './texts';

const COUNT = 1_000;

function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `COUNT` templates of one language, built from the built-in pack's. */
export function libraryOf(language: Language, count = COUNT): Template[] {
  const base = getBuiltinPack(`builtin:${language}`)?.templates ?? [];
  const words = [
    ...new Set(
      base.flatMap((t) =>
        t.body
          .replace(/\{\{[^}]*\}\}/g, ' ')
          .toLowerCase()
          .match(/\p{L}{4,}/gu),
      ),
    ),
  ].filter((w): w is string => w !== undefined);
  const next = random(42);
  const pick = () => words[Math.floor(next() * words.length)] as string;
  return Array.from({ length: count }, (_, i) => {
    const t = base[i % base.length] as Template;
    return {
      ...t,
      id: `${t.id}-${i}`,
      title: `${t.title} ${pick()}`,
      tags: [...(t.tags ?? []), pick()],
      triggers: [
        ...(Array.isArray(t.triggers) ? t.triggers : []),
        pick(),
        `${pick().slice(0, 5)}*`,
      ],
      shortcut: `${t.shortcut ?? 'x'}${i}`,
      body: `${t.body}\n\n${Array.from({ length: 12 }, pick).join(' ')}.`,
    };
  });
}

export interface TemplateRow {
  language: Language;
  templates: number;
  index: Timing;
  rank: Timing;
  search: Timing;
}

export function templateRows(quick: boolean): TemplateRow[] {
  return (['fi', 'en'] as const).map((language) => {
    const library = libraryOf(language);
    const entries: TemplateEntry[] = library.map((template) => ({ template, language }));
    const messages = [
      CONTEXT[language].customerMessage ?? '',
      ...(getBuiltinPack(`builtin:${language}`)?.templates ?? []).flatMap(
        (t) => t.examples?.suggestFor ?? [],
      ),
    ];
    const index = time(() => indexTemplates(entries), quick ? 3 : 10, 1);
    const built = indexTemplates(entries);
    const rank = time(
      (run) => rankTemplates(built, messages[run % messages.length] as string, { top: 3 }),
      quick ? 50 : 500,
    );
    const search = createTemplateSearch(entries);
    const queries =
      language === 'fi'
        ? ['paketin', 'tag:maksu hyvit', 'salsana', 'viive']
        : ['parcel', 'tag:payment refu', 'pasword', 'delay'];
    const searchTiming = time(
      (run) => search.search(queries[run % queries.length] as string),
      quick ? 50 : 500,
    );
    return { language, templates: library.length, index, rank, search: searchTiming };
  });
}

export function printTemplates(rows: readonly TemplateRow[]): void {
  console.log('\nTemplates in Node (1,000 per language; median / p95)');
  console.log('lang  templates   rank top 3 (one message)     search box            index (once)');
  const pair = (t: Timing) => `${ms(t.median)} / ${ms(t.p95)}`;
  for (const row of rows) {
    console.log(
      [
        row.language.padEnd(4),
        String(row.templates).padStart(10),
        pair(row.rank).padStart(26),
        pair(row.search).padStart(20),
        pair(row.index).padStart(24),
      ].join(' '),
    );
  }
}
