/**
 * Finnish form generation for one-click fixes: an imperative as a request (Lähettäkää →
 * Voisitteko lähettää), a passive in the active first person (korjataan → korjaamme, on
 * korjattu → olemme korjanneet), second person singular ↔ plural and first person singular
 * ↔ plural, and a total object in the genitive (kuitti → kuitin) where the new verb needs it.
 *
 * We have an analyser but no generator, so every form is made by a few stem rules
 * (consonant gradation included) and then VERIFIED: the candidate is analysed and must have
 * the wanted person, number, mood and tense and the same base form as the word it replaces.
 * A form no rule makes, or the analyser does not confirm, gives null: the check then shows
 * its message without a fix rather than a wrong word.
 */

import type { Analysis, MorphologicalAnalyzer } from '../analysis';
import { GRADATION, ME_TO_MINA, MINA_TO_ME, SINA_TO_TE, TE_TO_SINA } from './data/forms';

export type GrammaticalNumber = 'singular' | 'plural';

const VOWELS = 'aeiouyäöAEIOUYÄÖ';
const STEM_RE = /^(.*?)([^aeiouyäö]*)([aeiouyäö]+)$/i;

function isVowel(c: string | undefined): boolean {
  return c !== undefined && c !== '' && VOWELS.includes(c);
}

/** Back-vowel harmony: "a" for korjata, "ä" for lähettää. */
function harmony(word: string): 'a' | 'ä' {
  // The last harmonic vowel decides (e and i are neutral): kuitti → kuittia, kenkä → kenkää.
  const last = /[aouäöy](?=[^aouäöy]*$)/i.exec(word)?.[0]?.toLowerCase();
  return last === undefined || 'äöy'.includes(last) ? 'ä' : 'a';
}

/** Carries the capital of `model` over to `word` ("Lähetä" → "Voisitko"). */
export function matchCase(model: string, word: string): string {
  const first = model.charAt(0);
  if (first !== first.toUpperCase() || first === first.toLowerCase()) return word;
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** The stem and its variants under consonant gradation, both ways, the stem itself first. */
export function gradationVariants(stem: string): string[] {
  const out = [stem];
  const m = STEM_RE.exec(stem);
  if (!m) return out;
  const [, pre = '', cons = '', vowels = ''] = m;
  for (const [strong, weak] of GRADATION) {
    if (strong && cons.endsWith(strong))
      out.push(pre + cons.slice(0, -strong.length) + weak + vowels);
    if (weak && cons.endsWith(weak)) out.push(pre + cons.slice(0, -weak.length) + strong + vowels);
  }
  // k → ∅ strengthened: pelätä → pelkää, ruoan → ruoka.
  if (cons === '' || /[lrh]$/.test(cons)) out.push(`${pre}${cons}k${vowels}`);
  return [...new Set(out)];
}

/** The first candidate (in order) that has an analysis `accept` agrees with. */
export function firstVerified(
  analyzer: MorphologicalAnalyzer,
  candidates: Iterable<string>,
  accept: (a: Analysis) => boolean,
): string | null {
  const seen = new Set<string>();
  for (const candidate of candidates) {
    if (!candidate || seen.has(candidate)) continue;
    seen.add(candidate);
    if (analyzer.analyze(candidate).some(accept)) return candidate;
  }
  return null;
}

function findAnalysis(
  analyzer: MorphologicalAnalyzer,
  word: string,
  accept: (a: Analysis) => boolean,
): Analysis | undefined {
  return analyzer.analyze(word).find(accept);
}

const hasBase = (a: Analysis, base: string) => a.WORDBASES?.includes(`(${base})`) ?? false;

// The checks run on every keystroke and ask for the same words again; candidate generation
// analyses a few dozen non-words per form, so results are remembered per analyser.
const MEMO_LIMIT = 5_000;
const memos = new WeakMap<MorphologicalAnalyzer, Map<string, unknown>>();

function memo<T>(analyzer: MorphologicalAnalyzer, key: string, compute: () => T): T {
  let map = memos.get(analyzer);
  if (!map) {
    map = new Map();
    memos.set(analyzer, map);
  }
  if (map.has(key)) return map.get(key) as T;
  const value = compute();
  if (map.size >= MEMO_LIMIT) map.clear();
  map.set(key, value);
  return value;
}

// ---------------------------------------------------------------------------------------
// Passive → active first person

/** Stems of the active present (korja|a, lähet|ä, tul|e) from a present passive. */
function presentStems(passive: string): string[] {
  const a = harmony(passive);
  const rest = passive.slice(0, -3); // korjat, lähetet, saad, tull, noust
  const stems: string[] = [];
  if (rest.endsWith('t')) {
    const x = rest.slice(0, -1); // korja, lähete, kysy, vali, vanhe
    if (x.endsWith('e')) {
      stems.push(`${x.slice(0, -1)}${a}`, x); // lähetä (lähettää), lue (lukea)
    }
    if (isVowel(x.at(-1))) stems.push(`${x}${x.at(-1)}`, x); // korjaa, kysy
    stems.push(`${x}tse`, `${x}ne`); // valitse (valita), vanhene (vanheta)
    if (rest.endsWith('st')) stems.push(`${rest.slice(0, -1)}e`); // nouse, pese
  }
  if (rest.endsWith('d')) {
    const x = rest.slice(0, -1); // saa, voi, teh
    stems.push(x.endsWith('h') ? `${x.slice(0, -1)}e` : x); // tee, näe
  }
  if (/(ll|nn|rr)$/.test(rest)) {
    stems.push(`${rest.slice(0, -1)}e`); // tule, mene, pure
    // käsitellään → käsittele: the gradation is in the syllable before.
    for (const v of gradationVariants(rest.slice(0, -2))) stems.push(`${v}${rest.at(-2)}e`);
  }
  return stems.flatMap(gradationVariants);
}

/** Stems of the active past (korjas|i, lähet|i, tul|i) from a past passive. */
function pastStems(passive: string): string[] {
  const rest = passive.slice(0, -3); // korjatt, lähetett, saat, tult
  const stems: string[] = [];
  if (rest.endsWith('tt')) {
    const x = rest.slice(0, -2); // korja, lähete, kysy
    if (x.endsWith('e')) stems.push(`${x.slice(0, -1)}i`); // läheti, lui
    if (isVowel(x.at(-1))) stems.push(`${x}si`, `${x}i`, `${x.slice(0, -1)}i`); // korjasi, kysyi
  } else if (rest.endsWith('t')) {
    const x = rest.slice(0, -1); // saa, voi, teh, tul, men, pes
    if (isVowel(x.at(-1)) && x.at(-1) === x.at(-2))
      stems.push(`${x.slice(0, -1)}i`); // sai
    else if (x.endsWith('i'))
      stems.push(x); // voi
    else if (x.endsWith('h'))
      stems.push(`${x.slice(0, -1)}i`); // tei
    else stems.push(`${x}i`); // tuli, meni, pesi
  }
  return stems.flatMap(gradationVariants);
}

const personEnding = (number: GrammaticalNumber) => (number === 'plural' ? 'mme' : 'n');

/**
 * The active first-person form of a finite passive (present or past), verified:
 * korjataan → korjaamme (plural) / korjaan (singular); lähetettiin → lähetimme.
 */
export function passiveToFirstPerson(
  analyzer: MorphologicalAnalyzer,
  passive: string,
  number: GrammaticalNumber,
): string | null {
  return memo(analyzer, `p:${passive}:${number}`, () =>
    passiveToFirstPersonUncached(analyzer, passive, number),
  );
}

function passiveToFirstPersonUncached(
  analyzer: MorphologicalAnalyzer,
  passive: string,
  number: GrammaticalNumber,
): string | null {
  const word = passive.toLowerCase();
  const source = findAnalysis(
    analyzer,
    word,
    (a) =>
      a.PERSON === '4' &&
      a.MOOD === 'indicative' &&
      a.NEGATIVE !== 'true' &&
      a.BASEFORM !== undefined,
  );
  if (!source?.BASEFORM || !/(aan|ään|iin)$/.test(word)) return null;
  const tense = source.TENSE;
  const stems = tense === 'past_imperfective' ? pastStems(word) : presentStems(word);
  const form = firstVerified(
    analyzer,
    stems.map((s) => s + personEnding(number)),
    (a) =>
      a.PERSON === '1' &&
      a.NUMBER === number &&
      a.MOOD === 'indicative' &&
      a.TENSE === tense &&
      a.BASEFORM === source.BASEFORM,
  );
  return form === null ? null : matchCase(passive, form);
}

/** The verb (A-infinitive) of a past passive participle: korjattu → korjata. */
export function verbOfPassiveParticiple(
  analyzer: MorphologicalAnalyzer,
  participle: string,
): string | null {
  for (const a of analyzer.analyze(participle.toLowerCase())) {
    if (a.PARTICIPLE !== 'past_passive') continue;
    const m = /\(([^()+]+)\)/.exec(a.WORDBASES ?? '');
    if (m?.[1]) return m[1];
  }
  return null;
}

/** korjata → korjannut/korjanneet, tarkistaa → tarkistanut/tarkistaneet, verified. */
export function activePastParticiple(
  analyzer: MorphologicalAnalyzer,
  verb: string,
  number: GrammaticalNumber,
): string | null {
  const a = harmony(verb);
  const y = a === 'a' ? 'u' : 'y';
  const singular: string[] = [];
  const x = verb.slice(0, -2); // korja|ta, tarkista|a, saa|da, tul|la, nous|ta
  const last2 = verb.slice(-2);
  if (/^[aä]$/.test(verb.slice(-1)) && isVowel(verb.at(-2)))
    singular.push(`${verb.slice(0, -1)}n${y}t`);
  if (/^[dt][aä]$/.test(last2) && isVowel(x.at(-1))) singular.push(`${x}nn${y}t`, `${x}n${y}t`);
  if (/^d[aä]$/.test(last2)) singular.push(`${x}n${y}t`); // tehdä → tehnyt
  if (/^[lnr][aä]$/.test(last2)) singular.push(`${x}${last2[0]}${y}t`);
  if (/^t[aä]$/.test(last2) && x.endsWith('s')) singular.push(`${x}s${y}t`);
  const plural = (s: string) => `${s.slice(0, -2)}eet`;
  return firstVerified(
    analyzer,
    singular.map((s) => (number === 'plural' ? plural(s) : s)),
    (an) =>
      an.PARTICIPLE === 'past_active' &&
      an.NUMBER === number &&
      an.SIJAMUOTO === 'nimento' &&
      hasBase(an, verb),
  );
}

/** Forms of "olla" (and the negation verb) by tense and number of the first person. */
function firstPersonOf(
  analyzer: MorphologicalAnalyzer,
  aux: string,
  number: GrammaticalNumber,
): string | null {
  const word = aux.toLowerCase();
  const source = findAnalysis(
    analyzer,
    word,
    (a) => (a.BASEFORM === 'olla' || a.BASEFORM === 'ei') && a.PERSON === '3',
  );
  if (!source) return null;
  const candidates =
    source.BASEFORM === 'ei'
      ? [number === 'plural' ? 'emme' : 'en']
      : source.TENSE === 'past_imperfective'
        ? [number === 'plural' ? 'olimme' : 'olin']
        : [number === 'plural' ? 'olemme' : 'olen'];
  const form = firstVerified(
    analyzer,
    candidates,
    (a) =>
      a.PERSON === '1' &&
      a.NUMBER === number &&
      a.BASEFORM === source.BASEFORM &&
      (source.TENSE === undefined || a.TENSE === source.TENSE),
  );
  return form === null ? null : matchCase(aux, form);
}

/**
 * A passive perfect in the active first person: (on, korjattu) → "olemme korjanneet",
 * (ei ole, korjattu) → "emme ole korjanneet", (oli, lähetetty) → "olimme lähettäneet".
 * `auxiliaries` are the words before the participle ("on", or "ei", "ole").
 */
export function perfectPassiveToFirstPerson(
  analyzer: MorphologicalAnalyzer,
  auxiliaries: readonly string[],
  participle: string,
  number: GrammaticalNumber,
): string | null {
  return memo(analyzer, `pp:${auxiliaries.join(' ')}:${participle}:${number}`, () =>
    perfectPassiveToFirstPersonUncached(analyzer, auxiliaries, participle, number),
  );
}

function perfectPassiveToFirstPersonUncached(
  analyzer: MorphologicalAnalyzer,
  auxiliaries: readonly string[],
  participle: string,
  number: GrammaticalNumber,
): string | null {
  const verb = verbOfPassiveParticiple(analyzer, participle);
  if (!verb) return null;
  const active = activePastParticiple(analyzer, verb, number);
  if (!active) return null;
  const [first, ...others] = auxiliaries;
  if (first === undefined) return null;
  const finite = firstPersonOf(analyzer, first, number);
  if (!finite) return null;
  // "ei ole": the connegative "ole" stays as it is.
  if (others.some((w) => w.toLowerCase() !== 'ole')) return null;
  return [finite, ...others, active].join(' ');
}

// ---------------------------------------------------------------------------------------
// Imperative → request

export interface Request {
  /** "Voisitteko" (plural, formal) or "Voisitko" (singular, informal). */
  modal: string;
  /** The verb's A-infinitive: "lähettää". */
  infinitive: string;
  /** The number of the imperative itself. */
  number: GrammaticalNumber;
}

/** The modal that asks politely, verified as conditional second person with -ko. */
function requestModal(analyzer: MorphologicalAnalyzer, number: GrammaticalNumber): string | null {
  return firstVerified(
    analyzer,
    [number === 'plural' ? 'voisitteko' : 'voisitko'],
    (a) =>
      a.BASEFORM === 'voida' &&
      a.MOOD === 'conditional' &&
      a.PERSON === '2' &&
      a.NUMBER === number &&
      a.KYSYMYSLIITE === 'true',
  );
}

/**
 * The request for a second-person imperative: Lähettäkää → Voisitteko lähettää, Lähetä →
 * Voisitko lähettää. `register` (the house address) chooses the number when it is not
 * "any"; otherwise the imperative's own number does. Null for a word that is not a
 * positive second-person imperative.
 */
export function imperativeToRequest(
  analyzer: MorphologicalAnalyzer,
  imperative: string,
  register: 'formal' | 'informal' | 'any' = 'any',
): Request | null {
  return memo(analyzer, `r:${imperative}:${register}`, () =>
    imperativeToRequestUncached(analyzer, imperative, register),
  );
}

function imperativeToRequestUncached(
  analyzer: MorphologicalAnalyzer,
  imperative: string,
  register: 'formal' | 'informal' | 'any' = 'any',
): Request | null {
  const source = findAnalysis(
    analyzer,
    imperative.toLowerCase(),
    (a) =>
      a.MOOD === 'imperative' &&
      a.PERSON === '2' &&
      a.NEGATIVE !== 'true' &&
      a.NUMBER !== undefined,
  );
  if (!source?.BASEFORM) return null;
  const own = source.NUMBER as GrammaticalNumber;
  const number = register === 'formal' ? 'plural' : register === 'informal' ? 'singular' : own;
  const modal = requestModal(analyzer, number);
  if (!modal) return null;
  return { modal: matchCase(imperative, modal), infinitive: source.BASEFORM, number: own };
}

// ---------------------------------------------------------------------------------------
// Objects: nominative → genitive

const NOMINAL = new Set(['nimisana', 'laatusana', 'nimisana_laatusana', 'asemosana', 'lukusana']);
const PROPER = new Set(['etunimi', 'sukunimi', 'paikannimi', 'nimi']);

/** Genitive candidates of a singular nominative: kuva → kuvan, kuitti → kuitin, tilaus → tilauksen. */
function genitiveCandidates(w: string): string[] {
  const a = harmony(w);
  const out: string[] = [];
  const add = (stem: string, ending: string) => {
    for (const s of gradationVariants(stem)) out.push(s + ending);
  };
  add(w, 'n'); // kuva, vika → vian, kuitti → kuitin
  if (w.endsWith('i')) {
    add(`${w.slice(0, -1)}e`, 'n'); // ovi → oven, lehti → lehden
    if (w.endsWith('si')) out.push(`${w.slice(0, -2)}den`); // uusi → uuden
  }
  if (w.endsWith('e')) add(w, 'en'); // huone → huoneen, liite → liitteen
  if (w.endsWith('nen')) out.push(`${w.slice(0, -3)}sen`); // ensimmäinen → ensimmäisen
  if (w.endsWith('s')) {
    const x = w.slice(0, -1);
    out.push(`${x}ksen`, `${x}den`); // tilaus → tilauksen, rakkaus → rakkauden
    if (isVowel(x.at(-1))) add(x, `${x.at(-1)}n`); // asiakas → asiakkaan, kallis → kalliin
    out.push(`${x}${a}n`);
  }
  if (w.endsWith('in')) out.push(`${w.slice(0, -1)}men`); // avain → avaimen
  if (/[uy]t$/.test(w)) out.push(`${w.slice(0, -2)}een`); // saapunut → saapuneen
  if (w.endsWith('se')) out.push(`${w.slice(0, -2)}kseen`);
  return out;
}

export type NominativeStatus = 'genitive-needed' | 'keep' | 'unsure';

/**
 * Whether a word is a singular nominative (a total object in the passive or imperative,
 * which the active verb wants in the genitive), safely something else, or ambiguous.
 */
export function nominativeStatus(analyzer: MorphologicalAnalyzer, word: string): NominativeStatus {
  return memo(analyzer, `n:${word}`, () => nominativeStatusUncached(analyzer, word));
}

function nominativeStatusUncached(analyzer: MorphologicalAnalyzer, word: string): NominativeStatus {
  const list = analyzer.analyze(word.toLowerCase());
  if (list.length === 0) return /^\p{N}/u.test(word) ? 'keep' : 'unsure';
  const common = list.filter((a) => !PROPER.has(a.CLASS ?? ''));
  const readings = common.length > 0 ? common : list;
  const nominative = readings.filter(
    (a) =>
      NOMINAL.has(a.CLASS ?? '') &&
      a.SIJAMUOTO === 'nimento' &&
      a.NUMBER === 'singular' &&
      a.POSSESSIVE === undefined &&
      a.PARTICIPLE === undefined,
  );
  if (nominative.length === 0) return 'keep';
  return nominative.length === readings.length ? 'genitive-needed' : 'unsure';
}

/** The singular genitive of a singular nominative, verified; pronouns "se", "tämä" too. */
export function toGenitive(analyzer: MorphologicalAnalyzer, word: string): string | null {
  return memo(analyzer, `g:${word}`, () => toGenitiveUncached(analyzer, word));
}

function toGenitiveUncached(analyzer: MorphologicalAnalyzer, word: string): string | null {
  const lower = word.toLowerCase();
  const source = findAnalysis(
    analyzer,
    lower,
    (a) => a.SIJAMUOTO === 'nimento' && a.NUMBER === 'singular' && NOMINAL.has(a.CLASS ?? ''),
  );
  if (!source?.BASEFORM) return null;
  const form = firstVerified(
    analyzer,
    genitiveCandidates(lower),
    (a) =>
      a.SIJAMUOTO === 'omanto' &&
      a.NUMBER === 'singular' &&
      a.BASEFORM === source.BASEFORM &&
      a.POSSESSIVE === undefined,
  );
  return form === null ? null : matchCase(word, form);
}

const QUOTE_MARKS = /["“”„«»]/g;

/** Words that end the clause a verb governs: "Lähettäkää kuitti, niin hyvitämme ...". */
export const CLAUSE_BREAKERS: ReadonlySet<string> = new Set([
  'ja',
  'sekä',
  'tai',
  'mutta',
  'kun',
  'jos',
  'että',
  'koska',
  'jotta',
  'niin',
  'joka',
  'jonka',
  'mikä',
]);

export interface WordSpan {
  start: number;
  end: number;
  text: string;
}

/**
 * Genitive replacements for the singular nominatives (total objects) among `words`, up to
 * the end of their clause: [] when none needs changing, null when a word is ambiguous or
 * its genitive cannot be verified (the caller then offers no fix).
 */
export function objectsToGenitive(
  analyzer: MorphologicalAnalyzer,
  words: readonly WordSpan[],
  text: string,
): { start: number; end: number; replacement: string }[] | null {
  const out: { start: number; end: number; replacement: string }[] = [];
  let previousEnd = -1;
  let quoted = false;
  for (const word of words) {
    const gap = text.slice(
      previousEnd >= 0 ? previousEnd : Math.max(0, word.start - 2),
      word.start,
    );
    if (previousEnd >= 0 && /[,;:()–—]/.test(gap)) break;
    if (CLAUSE_BREAKERS.has(word.text.toLowerCase())) break;
    previousEnd = word.end;
    // A quoted name keeps its form: "paina "Käynnistä haku" -painiketta".
    if ((gap.match(QUOTE_MARKS) ?? []).length % 2 === 1) quoted = !quoted;
    if (quoted) continue;
    // Another finite verb in the clause: its subject may be a nominative ("Se on on tehty").
    const readings = analyzer.analyze(word.text.toLowerCase());
    if (
      readings.length > 0 &&
      readings.every((a) => a.CLASS === 'teonsana' && a.PERSON !== undefined)
    )
      return null;
    const status = nominativeStatus(analyzer, word.text);
    if (status === 'keep') continue;
    if (status === 'unsure') return null;
    const genitive = toGenitive(analyzer, word.text);
    if (!genitive) return null;
    out.push({ start: word.start, end: word.end, replacement: genitive });
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// Person switches: sinuttelu ↔ teitittely, minä ↔ me

function mapPronoun(word: string, map: Readonly<Record<string, string>>, keepCase: boolean) {
  const to = map[word.toLowerCase()];
  if (to === undefined) return null;
  return keepCase ? matchCase(word, to) : to;
}

/**
 * A second-person word in the other register: sinä → Te, voitko → voitteko, tilauksesi →
 * tilauksenne, Lähetä → Lähettäkää, and back. Formal pronouns get their capital (Te,
 * Teidän), as a reply addresses one customer. Null when no verified form is found.
 */
export function switchAddress(
  analyzer: MorphologicalAnalyzer,
  word: string,
  to: 'formal' | 'informal',
): string | null {
  return memo(analyzer, `a:${word}:${to}`, () => switchAddressUncached(analyzer, word, to));
}

function switchAddressUncached(
  analyzer: MorphologicalAnalyzer,
  word: string,
  to: 'formal' | 'informal',
): string | null {
  const pronoun =
    to === 'formal' ? mapPronoun(word, SINA_TO_TE, false) : mapPronoun(word, TE_TO_SINA, true);
  if (pronoun) return to === 'formal' ? pronoun : matchCase(word, pronoun);
  const from: GrammaticalNumber = to === 'formal' ? 'singular' : 'plural';
  const target: GrammaticalNumber = to === 'formal' ? 'plural' : 'singular';
  const lower = word.toLowerCase();
  for (const source of analyzer.analyze(lower)) {
    let candidates: string[] = [];
    let accept: ((a: Analysis) => boolean) | undefined;
    const clitic = /(k[oö]|h[aä]n|kin|k[aä][aä]n)$/.exec(lower)?.[0] ?? '';
    const bare = clitic ? lower.slice(0, -clitic.length) : lower;
    if (source.CLASS === 'teonsana' && source.PERSON === '2' && source.NUMBER === from) {
      if (source.MOOD === 'imperative') {
        candidates = imperativeCandidates(source.BASEFORM ?? '', target);
      } else if (target === 'plural' && bare.endsWith('t')) {
        candidates = [`${bare}te${clitic}`]; // voit|ko → voitte|ko
      } else if (target === 'singular' && bare.endsWith('tte')) {
        candidates = [`${bare.slice(0, -2)}${clitic}`];
      }
      accept = (a) =>
        a.PERSON === '2' &&
        a.NUMBER === target &&
        a.MOOD === source.MOOD &&
        a.BASEFORM === source.BASEFORM &&
        (source.MOOD === 'imperative' || a.TENSE === source.TENSE);
    } else if (source.POSSESSIVE === (from === 'singular' ? '2s' : '2p')) {
      candidates =
        target === 'plural'
          ? [`${bare.replace(/si$/, 'nne')}${clitic}`]
          : [`${bare.replace(/nne$/, 'si')}${clitic}`];
      accept = (a) =>
        a.POSSESSIVE === (target === 'plural' ? '2p' : '2s') &&
        a.BASEFORM === source.BASEFORM &&
        a.SIJAMUOTO === source.SIJAMUOTO &&
        a.NUMBER === source.NUMBER;
    }
    if (!accept) continue;
    const form = firstVerified(analyzer, candidates, accept);
    if (form) return matchCase(word, form);
  }
  return null;
}

/** Imperative second person forms from the infinitive: lähettää → lähetä / lähettäkää. */
function imperativeCandidates(infinitive: string, number: GrammaticalNumber): string[] {
  const a = harmony(infinitive);
  const x1 = infinitive.slice(0, -1); // lähettä|ä, korjat|a
  const x2 = infinitive.slice(0, -2); // saa|da, tul|la, korja|ta
  if (number === 'plural') return [`${x1}k${a}${a}`, `${x2}k${a}${a}`];
  const stems = [x1, `${x2}${x2.at(-1) ?? ''}`, x2, `${x2}e`, `${x2}tse`];
  return stems.flatMap(gradationVariants);
}

/**
 * A first-person word in the other number: korjaan → korjaamme, olen → olemme, en →
 * emme, minun → meidän, and back. Null when no verified form is found.
 */
export function switchFirstPerson(
  analyzer: MorphologicalAnalyzer,
  word: string,
  to: GrammaticalNumber,
): string | null {
  return memo(analyzer, `f:${word}:${to}`, () => switchFirstPersonUncached(analyzer, word, to));
}

function switchFirstPersonUncached(
  analyzer: MorphologicalAnalyzer,
  word: string,
  to: GrammaticalNumber,
): string | null {
  const pronoun = mapPronoun(word, to === 'plural' ? MINA_TO_ME : ME_TO_MINA, true);
  if (pronoun) return pronoun;
  const from: GrammaticalNumber = to === 'plural' ? 'singular' : 'plural';
  const lower = word.toLowerCase();
  for (const source of analyzer.analyze(lower)) {
    if (source.PERSON !== '1' || source.NUMBER !== from) continue;
    const candidates =
      to === 'plural'
        ? lower.endsWith('n')
          ? [`${lower.slice(0, -1)}mme`]
          : []
        : lower.endsWith('mme')
          ? [`${lower.slice(0, -3)}n`]
          : [];
    const form = firstVerified(
      analyzer,
      candidates,
      (a) =>
        a.PERSON === '1' &&
        a.NUMBER === to &&
        a.BASEFORM === source.BASEFORM &&
        a.MOOD === source.MOOD &&
        a.TENSE === source.TENSE,
    );
    if (form) return matchCase(word, form);
  }
  return null;
}
