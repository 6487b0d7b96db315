/**
 * Phrase patterns of the context checks: regular-expression sources from the data files,
 * compiled once into one case-insensitive expression that matches whole words only.
 */

const cache = new Map<readonly string[], RegExp>();

/**
 * A phrase of a data file as a regular-expression source: an apostrophe also matches a
 * typographic one ("I’m"), a space any run of spaces or a line break, and an optional space
 * (" ?", "100 ?%") none or any.
 */
export function phraseSource(source: string): string {
  return source.replace(/'/g, "['’]").replace(/ \?/g, '\\s*').replace(/ /g, '\\s+');
}

/**
 * One global, case-insensitive, Unicode expression matching any of `sources` between word
 * boundaries (an emoji needs none); with no sources (a language without the list) one that
 * never matches. An apostrophe in a source also matches a typographic one ("I’m"); a space
 * matches any run of spaces or a line break.
 */
export function phrasePattern(sources: readonly string[]): RegExp {
  let re = cache.get(sources);
  if (!re) {
    const body =
      sources.length === 0
        ? '(?!)'
        : [...sources]
            .sort((a, b) => b.length - a.length)
            .map(phraseSource)
            .join('|');
    // (An emoji is a word of its own even written against one: "lost everything on there🤬".)
    re = new RegExp(
      `(?:(?<![\\p{L}\\p{N}])|(?=\\p{Extended_Pictographic}))(?:${body})(?:(?![\\p{L}\\p{N}])|(?<=\\p{Extended_Pictographic}|\\uFE0F))`,
      'giu',
    );
    cache.set(sources, re);
  }
  re.lastIndex = 0;
  return re;
}

export interface PatternMatch {
  start: number;
  end: number;
  text: string;
}

/** Every match of `re` in text[from, to), offsets absolute. */
export function matchesIn(re: RegExp, text: string, from = 0, to = text.length): PatternMatch[] {
  const out: PatternMatch[] = [];
  const region = text.slice(from, to);
  re.lastIndex = 0;
  for (const m of region.matchAll(re)) {
    const start = from + (m.index ?? 0);
    out.push({ start, end: start + m[0].length, text: m[0] });
  }
  return out;
}

/** Whether any match of `re` lies in text[from, to). */
export function testIn(re: RegExp, text: string, from = 0, to = text.length): boolean {
  re.lastIndex = 0;
  return re.test(from === 0 && to === text.length ? text : text.slice(from, to));
}

const REGEX_SPECIAL_RE = /[.*+?^${}()|[\]\\]/g;
const PHRASE_WORD_RE = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’‐:-][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/gu;
const packPatterns = new WeakMap<readonly string[], RegExp>();

/**
 * A pack's phrase list (plain words, not patterns) as one expression with the semantics of
 * rules/phrases.ts: case-insensitive, whole words, and a word of five letters or more also
 * matching its inflected forms ("Pahoittelut" accepts "pahoitteluni").
 */
export function packPhrasePattern(phrases: readonly string[]): RegExp {
  let re = packPatterns.get(phrases);
  if (!re) {
    const sources = phrases
      .map((phrase) =>
        (phrase.match(PHRASE_WORD_RE) ?? [])
          .map(
            (w) =>
              w.replace(REGEX_SPECIAL_RE, '\\$&') + (w.length >= 5 ? '[\\p{L}\\p{M}\\p{N}]*' : ''),
          )
          .join('[\\s,]+'),
      )
      .filter((s) => s.length > 0);
    re = phrasePattern(sources);
    packPatterns.set(phrases, re);
  }
  re.lastIndex = 0;
  return re;
}
/** Quoted strings on one line of at most `max` characters (also “…" with mixed marks). */
const quotedStrings = (max: number) =>
  `"[^"\\n]{1,${max}}"|“[^”"\\n]{1,${max}}[”"]|”[^”\\n]{1,${max}}”|«[^»\\n]{1,${max}}»`;

/** Fenced and inline code, and short quoted strings on one line. */
const QUOTED_MATERIAL_RE = new RegExp(
  `\`\`\`[\\s\\S]*?(?:\`\`\`|$)|\`[^\`\\n]{1,200}\`|${quotedStrings(200)}`,
  'g',
);

/** Quoted text up to a line's length: a law, terms or a message the reply cites. */
const QUOTED_TEXT_RE = new RegExp(quotedStrings(800), 'g');

/** The [start, end) offsets of the quoted text in `text` (`QUOTED_TEXT_RE`). */
export function quotedRanges(text: string): Array<[number, number]> {
  if (!/["“”«]/.test(text)) return [];
  return [...text.matchAll(QUOTED_TEXT_RE)].map((m) => [m.index, m.index + m[0].length]);
}

/**
 * The text with code and quoted strings blanked out (offsets kept): what a customer quotes
 * (an error message, a dialog's "Are you sure?", `a ? b : c`) is not their own words.
 */
export function blankOutQuotes(text: string): string {
  return text.replace(QUOTED_MATERIAL_RE, blank);
}

/** `text` with every character but its line breaks made a space (offsets kept). */
export function blank(text: string): string {
  return text.replace(/[^\n]/g, ' ');
}
