/**
 * Which templates fit the customer's message, best first, and why (the customer's words
 * that matched). In order of weight:
 *
 * 1. triggers: the template's patterns, in the syntax of rules, found in the message in
 *    their inflected forms (a Finnish word with its endings, "paketti" → "pakettini",
 *    "pakettia"; an English word in its plural and verb forms; a stem `myöhäs*`; a phrase;
 *    a regular expression), and a one-word trigger also by its base form from the
 *    analyser (consonant gradation: "tiketti" → "tiketin");
 * 2. text similarity (BM25 over base forms) of the message with the title, tags, examples
 *    and body, compound parts and shared five-letter stems included, so that the fallback
 *    stemmer, used before the dictionary has loaded, still relates "tilauksen" to "tilaus";
 * 3. the agent's recent use of the template.
 *
 * A template scores 5 per trigger matched plus less than 4 for similarity plus less than 1
 * for recent use, so triggers always come first and recent use only orders templates that
 * fit the message alike. Templates are indexed once per list (a WeakMap), so ranking is a
 * few map look-ups per word of the message: 1,000 templates in well under 5 ms
 * (`npm run bench`).
 */

import { analyses, baseForms, hasAnalyzer, servicesVersion } from '../analysis';
import { patternList } from '../custom/schema';
import { englishForms } from '../en/inflect';
import { FINNISH_ENDING_SOURCE } from '../fi/endings';
import { phrasesOf } from '../languages';
import type { Language } from '../types';
import type { Template } from './schema';

export interface TemplateEntry {
  template: Template;
  /** The language of the pack the template comes from. */
  language: Language;
}

export interface RankedTemplate extends TemplateEntry {
  score: number;
  /** The customer's words that matched, as the message writes them, most telling first. */
  why: string[];
  /** The triggers (as the pack writes them) that matched. */
  triggers: string[];
}

export interface RankOptions {
  /** When the agent last used each template (id → ms since the epoch). */
  recentUse?: Readonly<Record<string, number>> | ReadonlyMap<string, number>;
  /** Now, in ms (for recent use); defaults to Date.now(). */
  now?: number;
  /** How many to return; defaults to all that fit. */
  top?: number;
  /** Whether to work out the customer's words that matched (default true). */
  why?: boolean;
}

const TRIGGER_WEIGHT = 5;
const SIMILARITY_MAX = 4;
/** Similarity s is shown as SIMILARITY_MAX · s / (s + SIMILARITY_HALF). */
const SIMILARITY_HALF = 4;
const RECENT_MAX = 0.9;
const RECENT_HALF_LIFE_DAYS = 7;
const FIELD_WEIGHTS = { title: 3, tags: 3, shortcut: 2, examples: 2, body: 1 } as const;
const STEM_KEY_LENGTH = 5;
const STEM_KEY_WEIGHT = 0.5;
const K1 = 1.2;
const B = 0.5;
const MAX_WHY = 5;

const FI_ENDING = new RegExp(`^${FINNISH_ENDING_SOURCE}$`, 'u');
const WORD_RE = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
const VARIABLE_RE = /\{\{[^{}]*\}\}/g;

interface Token {
  /** Lower case, one apostrophe. */
  word: string;
  /** As the message writes it. */
  text: string;
}

const normal = (s: string) => s.toLowerCase().replace(/’/g, "'");

export function tokenize(text: string): Token[] {
  return [...text.matchAll(WORD_RE)].map((m) => ({ word: normal(m[0]), text: m[0] }));
}

// Lemmas are asked for every word of every message; analysing allocates, so they are
// kept, bounded by clearing (cheap and rare), and dropped when the analyser changes.
const LEMMA_CACHE_LIMIT = 20_000;
const lemmaCache = new Map<string, readonly string[]>();
let lemmaVersion = -1;

/** Base forms proper (no compound parts), for matching a trigger word by its lemma. */
function lemmas(word: string, language: Language): readonly string[] {
  if (lemmaVersion !== servicesVersion()) {
    lemmaCache.clear();
    lemmaVersion = servicesVersion();
  }
  const key = `${language}:${word}`;
  const cached = lemmaCache.get(key);
  if (cached) return cached;
  let result: readonly string[] = [];
  if (hasAnalyzer(language)) {
    const list = analyses(word, language)
      .map((a) => a.BASEFORM?.toLowerCase())
      .filter((b): b is string => b !== undefined);
    result = [...new Set(list)];
  }
  if (result.length === 0) result = baseForms(word, language);
  if (lemmaCache.size >= LEMMA_CACHE_LIMIT) lemmaCache.clear();
  lemmaCache.set(key, result);
  return result;
}

// ---------------------------------------------------------------------------------------
// Triggers

interface TriggerWord {
  word: string;
  stem: boolean;
  forms: ReadonlySet<string> | null;
  lemmas: readonly string[];
}

interface Trigger {
  template: number;
  /** As the pack writes it. */
  label: string;
  language: Language;
  words: TriggerWord[];
}

interface TriggerIndex {
  /** Finnish trigger words by their base form as written; English ones by every form. */
  exact: Map<string, Trigger[]>;
  stems: Map<string, Trigger[]>;
  lemmas: Map<string, Trigger[]>;
  regexes: { template: number; label: string; re: RegExp }[];
  /** Longest key of `exact` and `stems`, to bound the prefixes tried. */
  longest: number;
  languages: Set<Language>;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function triggerWord(raw: string, language: Language): TriggerWord {
  const stem = raw.endsWith('*');
  const word = normal(stem ? raw.slice(0, -1) : raw);
  return {
    word,
    stem,
    forms: !stem && language === 'en' ? new Set(englishForms(word).keys()) : null,
    lemmas: stem ? [] : lemmas(word, language),
  };
}

function wordMatches(w: TriggerWord, token: string, language: Language): boolean {
  if (w.stem) return token.startsWith(w.word);
  if (token === w.word) return true;
  if (w.forms?.has(token)) return true;
  if (language === 'fi' && token.startsWith(w.word) && FI_ENDING.test(token.slice(w.word.length)))
    return true;
  if (w.lemmas.length === 0) return false;
  const own = lemmas(token, language);
  return w.lemmas.some((l) => own.includes(l));
}

function indexTriggers(entries: readonly TemplateEntry[]): TriggerIndex {
  const index: TriggerIndex = {
    exact: new Map(),
    stems: new Map(),
    lemmas: new Map(),
    regexes: [],
    longest: 0,
    languages: new Set(entries.map((e) => e.language)),
  };
  entries.forEach(({ template, language }, t) => {
    if (!template.triggers) return;
    for (const pattern of patternList(template.triggers)) {
      if (typeof pattern !== 'string') {
        const flags = pattern.caseSensitive ? 'u' : 'iu';
        index.regexes.push({
          template: t,
          label: pattern.regex,
          re: new RegExp(pattern.regex, flags),
        });
        continue;
      }
      const words = pattern
        .trim()
        .split(/\s+/)
        .map((w) => triggerWord(w, language));
      const trigger: Trigger = { template: t, label: pattern.trim(), language, words };
      const first = words[0] as TriggerWord;
      if (first.stem) push(index.stems, first.word, trigger);
      else {
        for (const form of first.forms ?? [first.word]) push(index.exact, form, trigger);
        for (const lemma of first.lemmas) push(index.lemmas, lemma, trigger);
      }
      index.longest = Math.max(
        index.longest,
        first.word.length,
        ...[...(first.forms ?? [])].map((f) => f.length),
      );
    }
  });
  return index;
}

interface TriggerHits {
  labels: Set<string>;
  /** Message tokens covered by a trigger: a trigger counts when it covers a new one. */
  tokens: Set<number>;
  count: number;
  words: string[];
}

/**
 * Trigger matches: template index → matched triggers and the customer's words. Triggers
 * that match the same words ("lasku" and "lasku*" in "Laskun") count once.
 */
function findTriggers(
  index: TriggerIndex,
  tokens: readonly Token[],
  message: string,
): Map<number, TriggerHits> {
  const found = new Map<number, TriggerHits>();
  const hit = (template: number, label: string, words: string, at: number, n: number) => {
    let entry = found.get(template);
    if (!entry) {
      entry = { labels: new Set(), tokens: new Set(), count: 0, words: [] };
      found.set(template, entry);
    }
    if (entry.labels.has(label)) return;
    entry.labels.add(label);
    let fresh = n === 0 && !entry.words.includes(words);
    for (let i = at; i < at + n; i++) {
      if (!entry.tokens.has(i)) {
        fresh = true;
        entry.tokens.add(i);
      }
    }
    if (!fresh) return;
    entry.count++;
    entry.words.push(words);
  };
  const tryTrigger = (trigger: Trigger, at: number) => {
    const n = trigger.words.length;
    if (at + n > tokens.length) return;
    for (let i = 0; i < n; i++) {
      if (
        !wordMatches(
          trigger.words[i] as TriggerWord,
          (tokens[at + i] as Token).word,
          trigger.language,
        )
      )
        return;
    }
    const words = tokens
      .slice(at, at + n)
      .map((t) => t.text)
      .join(' ');
    hit(trigger.template, trigger.label, words, at, n);
  };
  tokens.forEach((token, at) => {
    const word = token.word;
    const limit = Math.min(word.length, index.longest);
    for (let length = 1; length <= limit; length++) {
      const prefix = word.slice(0, length);
      for (const trigger of index.exact.get(prefix) ?? []) tryTrigger(trigger, at);
      for (const trigger of index.stems.get(prefix) ?? []) tryTrigger(trigger, at);
    }
    if (index.lemmas.size > 0) {
      for (const language of index.languages) {
        for (const lemma of lemmas(word, language)) {
          for (const trigger of index.lemmas.get(lemma) ?? []) {
            if (trigger.language === language) tryTrigger(trigger, at);
          }
        }
      }
    }
  });
  for (const { template, label, re } of index.regexes) {
    const m = re.exec(message);
    if (!m || m[0].length === 0) continue;
    // Shown whole: "Missä pakettini", not the "Missä paketti" the expression stopped at.
    const end = m.index + m[0].length;
    const rest = /^[\p{L}\p{M}\p{N}]*/u.exec(message.slice(end))?.[0] ?? '';
    hit(template, label, m[0] + rest, 0, 0);
  }
  return found;
}

// ---------------------------------------------------------------------------------------
// Text similarity

interface Postings {
  idf: number;
  templates: Int32Array;
  /** BM25's saturated, length-normalised term frequency, per template. */
  weights: Float64Array;
}

interface TextIndex {
  postings: Map<string, Postings>;
  /** Per template: key → its BM25 weight there (for the words that matched). */
  terms: Map<string, number>[];
  count: number;
  languages: Set<Language>;
}

const termKeyCache = new Map<string, Map<string, number>>();
let termKeyVersion = -1;

/** `keysOf`, kept per word: every template and every message asks for the same words. */
function termKeys(word: string, language: Language): Map<string, number> {
  if (termKeyVersion !== servicesVersion()) {
    termKeyCache.clear();
    termKeyVersion = servicesVersion();
  }
  const cacheKey = `${language}:${word}`;
  let keys = termKeyCache.get(cacheKey);
  if (!keys) {
    keys = keysOf(word, language);
    if (termKeyCache.size >= LEMMA_CACHE_LIMIT) termKeyCache.clear();
    termKeyCache.set(cacheKey, keys);
  }
  return keys;
}

const NO_STOP_WORDS: ReadonlySet<string> = new Set();

/** The keys a word is indexed and looked up by, with their weights. */
function keysOf(word: string, language: Language): Map<string, number> {
  const keys = new Map<string, number>();
  const stop = phrasesOf(language).contentWords?.stop ?? NO_STOP_WORDS;
  if (stop.has(word) || /^\p{N}+$/u.test(word) || word.length < 2) return keys;
  keys.set(`${language}:${word}`, 1);
  for (const base of baseForms(word, language)) {
    if (stop.has(base)) return new Map();
    keys.set(`${language}:${base}`, 1);
  }
  for (const form of [word, ...baseForms(word, language)]) {
    if (form.length > STEM_KEY_LENGTH) {
      const key = `${language}~${form.slice(0, STEM_KEY_LENGTH)}`;
      if (!keys.has(key)) keys.set(key, STEM_KEY_WEIGHT);
    }
  }
  return keys;
}

function templateFields(
  template: Template,
  examples: boolean,
): [keyof typeof FIELD_WEIGHTS, string][] {
  return [
    ['title', template.title],
    ['tags', (template.tags ?? []).join(' ')],
    ['shortcut', template.shortcut ?? ''],
    ['examples', examples ? (template.examples?.suggestFor ?? []).join('\n') : ''],
    ['body', template.body.replace(VARIABLE_RE, ' ')],
  ];
}

function indexText(entries: readonly TemplateEntry[], examples: boolean): TextIndex {
  const languages = new Set<Language>();
  const frequencies = entries.map(({ template, language }) => {
    languages.add(language);
    const tf = new Map<string, number>();
    for (const [field, text] of templateFields(template, examples)) {
      const weight = FIELD_WEIGHTS[field];
      for (const { word } of tokenize(text)) {
        for (const [key, w] of termKeys(word, language))
          tf.set(key, (tf.get(key) ?? 0) + weight * w);
      }
    }
    return tf;
  });
  const lengths = frequencies.map((tf) => [...tf.values()].reduce((a, b) => a + b, 0));
  const average = lengths.length > 0 ? lengths.reduce((a, b) => a + b, 0) / lengths.length : 1;
  const lists = new Map<string, { template: number; weight: number }[]>();
  const terms = frequencies.map((tf, t) => {
    const norm = K1 * (1 - B + (B * (lengths[t] as number)) / average);
    const own = new Map<string, number>();
    for (const [key, value] of tf) {
      const weight = (value * (K1 + 1)) / (value + norm);
      own.set(key, weight);
      push(lists, key, { template: t, weight });
    }
    return own;
  });
  const postings = new Map<string, Postings>();
  const n = entries.length;
  for (const [key, list] of lists) {
    postings.set(key, {
      idf: Math.log(1 + (n - list.length + 0.5) / (list.length + 0.5)),
      templates: Int32Array.from(list, (p) => p.template),
      weights: Float64Array.from(list, (p) => p.weight),
    });
  }
  return { postings, terms, count: n, languages };
}

/** The message's words, once each, with the keys they are looked up by. */
function messageTerms(index: TextIndex, tokens: readonly Token[]) {
  const seen = new Set<string>();
  const out: { text: string; keys: [Postings, string, number][] }[] = [];
  for (const token of tokens) {
    if (seen.has(token.word)) continue;
    seen.add(token.word);
    const keys: [Postings, string, number][] = [];
    for (const language of index.languages) {
      for (const [key, weight] of termKeys(token.word, language)) {
        const postings = index.postings.get(key);
        if (postings) keys.push([postings, key, weight]);
      }
    }
    if (keys.length > 0) out.push({ text: token.text, keys });
  }
  return out;
}

type MessageTerms = ReturnType<typeof messageTerms>;

/**
 * BM25 of every template for the message: a word counts once per template, by the best
 * of its keys (the word itself, a base form, a shared stem). Typed arrays, no maps in the
 * inner loop: a common word is in most of a thousand templates.
 */
function similarity(index: TextIndex, words: MessageTerms): Float64Array {
  const scores = new Float64Array(index.count);
  const best = new Float64Array(index.count);
  const touched = new Int32Array(index.count);
  for (const { keys } of words) {
    let count = 0;
    for (const [postings, , weight] of keys) {
      const factor = weight * postings.idf;
      const { templates, weights } = postings;
      for (let i = 0; i < templates.length; i++) {
        const t = templates[i] as number;
        const value = factor * (weights[i] as number);
        if (value > (best[t] as number)) {
          if (best[t] === 0) touched[count++] = t;
          best[t] = value;
        }
      }
    }
    for (let i = 0; i < count; i++) {
      const t = touched[i] as number;
      scores[t] = (scores[t] as number) + (best[t] as number);
      best[t] = 0;
    }
  }
  return scores;
}

/** The message's words that a template shares, most telling first. */
function similarWords(index: TextIndex, words: MessageTerms, template: number): string[] {
  const own = index.terms[template] as Map<string, number>;
  const scored: [string, number][] = [];
  for (const { text, keys } of words) {
    let best = 0;
    for (const [postings, key, weight] of keys) {
      const value = weight * postings.idf * (own.get(key) ?? 0);
      if (value > best) best = value;
    }
    if (best > 0) scored.push([text, best]);
  }
  return scored.sort((a, b) => b[1] - a[1]).map(([text]) => text);
}

// ---------------------------------------------------------------------------------------

export interface TemplateIndex {
  entries: readonly TemplateEntry[];
  triggers: TriggerIndex;
  text: TextIndex;
}

export interface IndexOptions {
  /**
   * Whether the `suggestFor` examples count as text of their template (default true).
   * The validator leaves them out: a template must be found for its examples by what it
   * says itself, not because the example's own words are indexed with it.
   */
  examples?: boolean;
}

/** Indexes templates for ranking (what `suggestTemplates` does once per list). */
export function indexTemplates(
  entries: readonly TemplateEntry[],
  options: IndexOptions = {},
): TemplateIndex {
  return {
    entries,
    triggers: indexTriggers(entries),
    text: indexText(entries, options.examples ?? true),
  };
}

function recency(id: string, options: RankOptions): number {
  const recent = options.recentUse;
  if (!recent) return 0;
  const used = recent instanceof Map ? recent.get(id) : (recent as Record<string, number>)[id];
  if (used === undefined) return 0;
  const days = Math.max(0, ((options.now ?? Date.now()) - used) / 86_400_000);
  return RECENT_MAX * 0.5 ** (days / RECENT_HALF_LIFE_DAYS);
}

/**
 * The templates that fit `message`, best first. A template fits when a trigger or a word
 * of the message matches it; recent use orders, it does not make a template fit.
 */
export function rankTemplates(
  index: TemplateIndex,
  message: string,
  options: RankOptions = {},
): RankedTemplate[] {
  const tokens = tokenize(message);
  if (tokens.length === 0) return [];
  const triggered = findTriggers(index.triggers, tokens, message);
  const words = messageTerms(index.text, tokens);
  const raw = similarity(index.text, words);
  const scores = new Float64Array(index.entries.length);
  const fitting: number[] = [];
  index.entries.forEach((entry, t) => {
    const triggers = triggered.get(t);
    const r = raw[t] as number;
    if (!triggers && r <= 0) return;
    const sim = (SIMILARITY_MAX * r) / (r + SIMILARITY_HALF);
    scores[t] = TRIGGER_WEIGHT * (triggers?.count ?? 0) + sim + recency(entry.template.id, options);
    fitting.push(t);
  });
  const title = (t: number) => (index.entries[t] as TemplateEntry).template.title;
  fitting.sort(
    (a, b) => (scores[b] as number) - (scores[a] as number) || title(a).localeCompare(title(b)),
  );
  const chosen = options.top === undefined ? fitting : fitting.slice(0, options.top);
  return chosen.map((t) => {
    const triggers = triggered.get(t);
    const why = [...(triggers?.words ?? [])];
    const covered = new Set(why.flatMap((w) => w.toLowerCase().split(' ')));
    const similar = options.why === false ? [] : similarWords(index.text, words, t);
    for (const word of similar) {
      if (why.length >= MAX_WHY) break;
      if (covered.has(word.toLowerCase())) continue;
      covered.add(word.toLowerCase());
      why.push(word);
    }
    return {
      ...(index.entries[t] as TemplateEntry),
      score: Math.round((scores[t] as number) * 1000) / 1000,
      why: why.slice(0, MAX_WHY),
      triggers: [...(triggers?.labels ?? [])],
    };
  });
}

const indexes = new WeakMap<readonly Template[], Map<Language, TemplateIndex>>();

/** Ranks the templates of one pack (indexed once per list) for a customer's message. */
export function suggestTemplates(
  templates: readonly Template[],
  language: Language,
  message: string,
  options: RankOptions = {},
): RankedTemplate[] {
  let byLanguage = indexes.get(templates);
  if (!byLanguage) {
    byLanguage = new Map();
    indexes.set(templates, byLanguage);
  }
  let index = byLanguage.get(language);
  if (!index) {
    index = indexTemplates(templates.map((template) => ({ template, language })));
    byLanguage.set(language, index);
  }
  return rankTemplates(index, message, options);
}

/**
 * The templates to offer for a customer writing in `language`, from packs in several
 * languages: templates with the same id are language variants, and the one in the
 * customer's language is offered (the first pack's otherwise).
 */
export function languageVariants(
  packs: readonly { language: Language; templates: readonly Template[] }[],
  language: Language | null,
): TemplateEntry[] {
  const chosen = new Map<string, TemplateEntry>();
  for (const pack of packs) {
    for (const template of pack.templates) {
      const earlier = chosen.get(template.id);
      if (!earlier || (earlier.language !== language && pack.language === language)) {
        chosen.set(template.id, { template, language: pack.language });
      }
    }
  }
  return [...chosen.values()];
}
