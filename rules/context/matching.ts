/**
 * Comparing texts by their content words in base forms: does the reply talk about what the
 * customer asked? A question's content words (stop words and question words dropped) are
 * looked up in the reply by base form, by synonym group (`LanguagePhrases.contentWords`,
 * rules/<code>/data/phrases.ts) or by a shared stem: two forms whose common prefix is at
 * least five letters and at least 70 % of the shorter one ("toimitus" ~ "toimittaa",
 * "cancel" ~ "cancellation", but not "toimitus" ~ "toimisto"), or one of four letters or
 * more that the other extends by at most two. The shared stem also lets the fallback
 * stemmer's truncated stems meet ("tilaukse" ~ "tilaus", "peru" ~ "perui").
 */

import { baseForms, servicesVersion } from '../analysis';
import { blockMemo, type Paragraph, type Word } from '../document';
import type { ContentWordPhrases } from '../language-phrases';
import { phrasesOf } from '../languages';
import type { Language } from '../types';

/** A language without content-word lists (`LanguagePhrases.contentWords`): every word counts. */
const NO_CONTENT_WORDS: ContentWordPhrases = { stop: new Set(), weak: new Set(), synonyms: [] };

/** The stop words, weak words and synonym groups of a language, none when it has none. */
export function contentWordLists(lang: Language): ContentWordPhrases {
  return phrasesOf(lang).contentWords ?? NO_CONTENT_WORDS;
}

/** A word that carries the topic of a question. */
export interface ContentWord extends Word {
  /** Base forms, plus `~n` ids of the synonym groups they belong to. */
  keys: readonly string[];
  /** 1, or 0.5 for a word nearly every reply mentions ("tilaus", "order") or a number. */
  weight: number;
}

const MIN_SHARED_STEM = 5;
/** Forms are indexed by this many first letters: what any two related forms share. */
const PREFIX_KEY = 4;
const SHARED_STEM_RATIO = 0.7;
const WEAK_WEIGHT = 0.5;
const NUMBER_RE = /^\p{N}[\p{N}.,:/-]*$/u;

interface SynonymIndex {
  byKey: Map<string, string[]>;
  /** Member keys by their first PREFIX_KEY letters. */
  byPrefix: Map<string, string[]>;
}

const synonymIndexes = new Map<Language, SynonymIndex>();
let synonymVersion = -1;

function buildSynonymIndex(lang: Language): SynonymIndex {
  const byKey = new Map<string, string[]>();
  const byPrefix = new Map<string, string[]>();
  contentWordLists(lang).synonyms.forEach((group, i) => {
    for (const member of group) {
      for (const key of new Set([member, ...baseForms(member, lang)])) {
        const ids = byKey.get(key);
        if (ids) ids.push(`~${i}`);
        else {
          byKey.set(key, [`~${i}`]);
          if (key.length >= PREFIX_KEY) pushTo(byPrefix, key.slice(0, PREFIX_KEY), key);
        }
      }
    }
  });
  return { byKey, byPrefix };
}

function pushTo<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Ids of the synonym groups a base form belongs to: groups with a member equal to it, or
 * else sharing a stem with it (so the fallback stemmer's "saapuv" finds "saapua").
 */
function synonymsOf(form: string, lang: Language): readonly string[] {
  // Keys include base forms, which change when an analyzer is registered.
  if (synonymVersion !== servicesVersion()) {
    synonymIndexes.clear();
    synonymVersion = servicesVersion();
  }
  let index = synonymIndexes.get(lang);
  if (!index) {
    index = buildSynonymIndex(lang);
    synonymIndexes.set(lang, index);
  }
  const exact = index.byKey.get(form);
  if (exact) return exact;
  if (form.length < PREFIX_KEY) return [];
  const ids = new Set<string>();
  for (const key of index.byPrefix.get(form.slice(0, PREFIX_KEY)) ?? []) {
    if (sharedStem(form, key)) for (const id of index.byKey.get(key) ?? []) ids.add(id);
  }
  return [...ids];
}

/**
 * Whether two base forms share a long enough stem to count as the same word family, or
 * one is the other plus at most two letters ("peru" ~ "perui": fallback stems of "perua",
 * "peruimme").
 */
export function sharedStem(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length >= PREFIX_KEY && long.length - short.length <= 2 && long.startsWith(short)) {
    return true;
  }
  const needed = Math.max(MIN_SHARED_STEM, Math.ceil(short.length * SHARED_STEM_RATIO));
  if (short.length < needed) return false;
  for (let i = 0; i < needed; i++) if (a.charCodeAt(i) !== b.charCodeAt(i)) return false;
  return true;
}

/** Whether a word is weak: a form is a weak word or shares a stem with one ("tilaukse"). */
function isWeak(lower: string, forms: readonly string[], lang: Language): boolean {
  const weak = contentWordLists(lang).weak;
  if (weak.has(lower) || forms.some((f) => weak.has(f))) return true;
  for (const w of weak) if (forms.some((f) => sharedStem(f, w))) return true;
  return false;
}

/** A stop word, or a question word ("mistähän", "whom"), which carries no topic either. */
function isStopWord(lower: string, forms: readonly string[], lang: Language): boolean {
  const stop = contentWordLists(lang).stop;
  if (stop.has(lower) || forms.some((f) => stop.has(f))) return true;
  return phrasesOf(lang).questions?.questionWords.has(lower) ?? false;
}

/**
 * The content words of some words, each once (by its first base form), in order. Stop
 * words and words of fewer than three letters are dropped; numbers are kept at half weight
 * ("12345" in "Missä tilaukseni 12345 on?").
 */
export function contentWords(words: readonly Word[], lang: Language): ContentWord[] {
  const out: ContentWord[] = [];
  const seen = new Set<string>();
  for (const word of words) {
    const lower = word.text.toLowerCase();
    if (NUMBER_RE.test(lower)) {
      if (lower.length < 2 || seen.has(lower)) continue;
      seen.add(lower);
      out.push({ ...word, keys: [lower], weight: WEAK_WEIGHT });
      continue;
    }
    if (lower.length < 3) continue;
    const forms = baseForms(word.text, lang);
    if (isStopWord(lower, forms, lang)) continue;
    const first = forms[0] ?? lower;
    if (seen.has(first)) continue;
    seen.add(first);
    const keys = new Set(forms);
    for (const form of forms) for (const id of synonymsOf(form, lang)) keys.add(id);
    out.push({
      ...word,
      keys: [...keys],
      weight: isWeak(lower, forms, lang) ? WEAK_WEIGHT : 1,
    });
  }
  return out;
}

/** The base forms (and synonym ids) of a text's words, for looking content words up. */
export interface WordIndex {
  has(word: ContentWord): boolean;
}

// A reply's words repeat from keystroke to keystroke: keep what each one is indexed under.
const KEY_CACHE_LIMIT = 20_000;
const keyCaches = new Map<Language, Map<string, readonly string[]>>();
let keyCacheVersion = -1;

/** The word itself (lower-cased), its base forms and their synonym-group ids. */
function indexKeys(word: string, lang: Language): readonly string[] {
  if (keyCacheVersion !== servicesVersion()) {
    keyCaches.clear();
    keyCacheVersion = servicesVersion();
  }
  let cache = keyCaches.get(lang);
  if (!cache) {
    cache = new Map();
    keyCaches.set(lang, cache);
  }
  let keys = cache.get(word);
  if (!keys) {
    const lower = word.toLowerCase();
    const set = new Set([lower]);
    if (!NUMBER_RE.test(lower)) {
      for (const form of baseForms(word, lang)) {
        set.add(form);
        for (const id of synonymsOf(form, lang)) set.add(id);
      }
    }
    keys = [...set];
    if (cache.size >= KEY_CACHE_LIMIT) cache.clear();
    cache.set(word, keys);
  }
  return keys;
}

export function indexWords(words: readonly Word[], lang: Language): WordIndex {
  const exact = new Set<string>();
  /** Forms by their first PREFIX_KEY letters, for shared-stem lookups. */
  const byPrefix = new Map<string, string[]>();
  const add = (form: string) => {
    if (exact.has(form)) return;
    exact.add(form);
    if (form.length >= PREFIX_KEY && !form.startsWith('~')) {
      pushTo(byPrefix, form.slice(0, PREFIX_KEY), form);
    }
  };
  const seen = new Set<string>();
  for (const word of words) {
    if (seen.has(word.text)) continue;
    seen.add(word.text);
    for (const key of indexKeys(word.text, lang)) add(key);
  }
  return {
    has(word) {
      for (const key of word.keys) if (exact.has(key)) return true;
      for (const key of word.keys) {
        if (key.length < PREFIX_KEY || key.startsWith('~')) continue;
        const candidates = byPrefix.get(key.slice(0, PREFIX_KEY));
        if (candidates?.some((c) => sharedStem(key, c))) return true;
      }
      return false;
    },
  };
}

/** Some content words by their keys, to be looked for in a reply: `indexWords` reversed. */
interface WantedWords {
  count: number;
  exact: Map<string, ContentWord[]>;
  /** Keys by their first PREFIX_KEY letters, for shared-stem lookups. */
  byPrefix: Map<string, { key: string; word: ContentWord }[]>;
}

const wantedByKey = new WeakMap<object, WantedWords>();

function wantedWords(words: readonly ContentWord[], key: object): WantedWords {
  let wanted = wantedByKey.get(key);
  if (wanted) return wanted;
  wanted = { count: words.length, exact: new Map(), byPrefix: new Map() };
  for (const word of words) {
    for (const k of word.keys) {
      pushTo(wanted.exact, k, word);
      if (k.length >= PREFIX_KEY && !k.startsWith('~')) {
        pushTo(wanted.byPrefix, k.slice(0, PREFIX_KEY), { key: k, word });
      }
    }
  }
  wantedByKey.set(key, wanted);
  return wanted;
}

/** Which of the wanted words some words have, as `indexWords(words).has` would say. */
function wantedIn(words: readonly Word[], wanted: WantedWords, lang: Language): ContentWord[] {
  const found = new Set<ContentWord>();
  const seen = new Set<string>();
  for (const { text } of words) {
    if (found.size === wanted.count) break;
    if (seen.has(text)) continue;
    seen.add(text);
    for (const form of indexKeys(text, lang)) {
      for (const word of wanted.exact.get(form) ?? []) found.add(word);
      if (form.length < PREFIX_KEY || form.startsWith('~')) continue;
      for (const c of wanted.byPrefix.get(form.slice(0, PREFIX_KEY)) ?? []) {
        if (sharedStem(c.key, form)) found.add(c.word);
      }
    }
  }
  return [...found];
}

/**
 * Looks up one fixed list of content words (a customer's questions', while the agent
 * types) in some blocks, answering as `indexWords` of all the blocks' words would for
 * those words. Each block remembers which of them it has, under `key`: an object that
 * stands for exactly this list, language and services version (a parse of the message),
 * so a re-check after an edit looks only in the blocks that changed.
 */
export function indexBlocksFor(
  blocks: readonly Paragraph[],
  words: readonly ContentWord[],
  lang: Language,
  key: object,
): WordIndex {
  const wanted = wantedWords(words, key);
  const covered = new Set<ContentWord>();
  for (const block of blocks) {
    if (covered.size === words.length) break;
    for (const word of blockMemo(block, key, (b) => wantedIn(b.words, wanted, lang))) {
      covered.add(word);
    }
  }
  return { has: (word) => covered.has(word) };
}

export interface Coverage {
  /** The content words of the question (or other text) looked up. */
  words: ContentWord[];
  matched: ContentWord[];
  missing: ContentWord[];
  /** Matched weight over total weight, 0–1; null when there are no content words. */
  ratio: number | null;
}

/** How much of some content words (see `contentWords`) the index covers, by weight. */
export function coverage(content: readonly ContentWord[], index: WordIndex): Coverage {
  const matched: ContentWord[] = [];
  const missing: ContentWord[] = [];
  let total = 0;
  let found = 0;
  for (const word of content) {
    total += word.weight;
    if (index.has(word)) {
      found += word.weight;
      matched.push(word);
    } else missing.push(word);
  }
  return { words: [...content], matched, missing, ratio: total > 0 ? found / total : null };
}
