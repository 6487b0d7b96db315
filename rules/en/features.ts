/**
 * Sentence-level grammatical features of English: second-person address, imperative mood,
 * be/get passives, first person singular and plural.
 *
 * Rules over a tokenizer and word lists rather than a statistical tagger: the logic is ~7 KB
 * and the word lists ~32 KB minified and gzipped (a tagger model is megabytes), a typical
 * sentence takes ~15-20 µs while the agent types, and every decision can be traced to a
 * rule and fixed one error class at a time.
 *
 * The labels follow the Universal Dependencies English annotation that `npm run eval`
 * measures against (`../shared/eval/treebank/README.md`, beside the repository):
 * - an imperative is a verb in the imperative mood; it is not by itself second-person
 *   address (`addr_2` needs a second-person form), so a check that wants "address" should
 *   read `addr_2 || imperative`;
 * - "let's" is both imperative and first person plural;
 * - passives include reduced ones with an agent ("Posted by ...") and causatives ("had my
 *   car fixed"); participles used as adjectives ("I'm interested") are not passives;
 * - a subjectless first-person verb ("Hope this helps", "Thank you") is first person.
 */
import {
  FEATURE_LABELS,
  type FeatureDetector,
  type FeatureLabel,
  type FeatureSpan,
  type ImperativeKind,
  type SentenceFeatures,
} from '../types.ts';
import * as W from './data/words.ts';
import { type EnglishLexicon, englishLexicon, type VerbTier } from './lexicon.ts';
import { type Token, tokenize } from './tokenize.ts';

export type { ImperativeKind };

export interface ImperativeClause {
  /** The imperative verb ("Don't" included for negative ones), offsets into the sentence. */
  start: number;
  end: number;
  kind: ImperativeKind;
  /** The politeness marker of a request. */
  marker?: { start: number; end: number };
}

export interface EnglishSentenceFeatures extends SentenceFeatures {
  /** One entry per imperative verb, in text order. */
  imperatives: ImperativeClause[];
}

export interface EnglishFeatureDetector extends FeatureDetector {
  readonly language: 'en';
  detect(sentence: string): EnglishSentenceFeatures;
}

/** English has no singular/plural distinction of "you": these labels are never set. */
export const ENGLISH_NOT_APPLICABLE: ReadonlySet<FeatureLabel> = new Set(['addr_2sg', 'addr_2pl']);

/** The labels that the English detector decides. */
export const ENGLISH_LABELS: readonly FeatureLabel[] = FEATURE_LABELS.filter(
  (l) => !ENGLISH_NOT_APPLICABLE.has(l),
);

export function createEnglishDetector(): EnglishFeatureDetector {
  const ctx = context();
  return { language: 'en', detect: (sentence) => analyse(sentence, ctx) };
}

// ---------------------------------------------------------------------------------------
// Word sets, built once.

function set(...lists: ReadonlyArray<readonly string[]>): ReadonlySet<string> {
  return new Set(lists.flat());
}

interface Context {
  lex: EnglishLexicon;
  secondPerson: ReadonlySet<string>;
  secondPersonChat: ReadonlySet<string>;
  firstSingular: ReadonlySet<string>;
  firstPlural: ReadonlySet<string>;
  subjects: ReadonlySet<string>;
  objects: ReadonlySet<string>;
  determiners: ReadonlySet<string>;
  particles: ReadonlySet<string>;
  finite: ReadonlySet<string>;
  be: ReadonlySet<string>;
  get: ReadonlySet<string>;
  interveners: ReadonlySet<string>;
  lyAdjectives: ReadonlySet<string>;
  adjectival: ReadonlySet<string>;
  clauseOpeners: ReadonlySet<string>;
  attachment: ReadonlySet<string>;
  elidedVerbs: ReadonlySet<string>;
  elidedAdverbs: ReadonlySet<string>;
  politeness: ReadonlySet<string>;
  prefix: ReadonlySet<string>;
  never: ReadonlySet<string>;
  courtesy: ReadonlySet<string>;
  names: ReadonlySet<string>;
  farewells: ReadonlySet<string>;
  nonPassive: ReadonlySet<string>;
  motion: ReadonlySet<string>;
  naming: ReadonlySet<string>;
  wh: ReadonlySet<string>;
  keptInformed: ReadonlySet<string>;
}

let sharedContext: Context | undefined;

function context(): Context {
  sharedContext ??= {
    lex: englishLexicon(),
    secondPerson: set(W.SECOND_PERSON),
    secondPersonChat: set(W.SECOND_PERSON_CHAT),
    firstSingular: set(W.FIRST_SINGULAR),
    firstPlural: set(W.FIRST_PLURAL),
    subjects: set(W.SUBJECT_PRONOUNS),
    objects: set(W.OBJECT_PRONOUNS),
    determiners: set(W.DETERMINERS),
    particles: set(W.VERB_PARTICLES),
    finite: set(W.FINITE_AUXILIARIES),
    be: set(W.BE_FORMS),
    get: set(W.GET_FORMS),
    interveners: set(W.PASSIVE_INTERVENERS),
    lyAdjectives: set(W.LY_ADJECTIVES),
    adjectival: set(W.ADJECTIVAL_PARTICIPLES),
    clauseOpeners: set(W.CLAUSE_OPENING_PARTICIPLES),
    attachment: set(W.ATTACHMENT_PARTICIPLES),
    elidedVerbs: set(W.ELIDED_FIRST_PERSON_VERBS),
    elidedAdverbs: set(W.ELIDED_SUBJECT_ADVERBS),
    politeness: set(W.POLITENESS_MARKERS),
    prefix: set(W.IMPERATIVE_PREFIX),
    never: set(W.NEVER_IMPERATIVE),
    courtesy: set(W.COURTESY_IMPERATIVES),
    names: set(W.NAME_VERBS),
    farewells: set(W.FAREWELLS),
    nonPassive: set(W.NON_PASSIVE_VERBS),
    motion: set(W.MOTION_VERBS),
    naming: set(W.NAMING_PARTICIPLES),
    wh: set(W.WH_WORDS),
    keptInformed: set(W.KEPT_INFORMED),
  };
  return sharedContext;
}

// ---------------------------------------------------------------------------------------
// Results

/** Collects evidence; a label is true when it has evidence. */
class Findings {
  readonly evidence: FeatureSpan[] = [];
  readonly imperatives: ImperativeClause[] = [];
  private readonly seen = new Set<string>();

  add(label: FeatureLabel, t: { start: number; end: number }): void {
    const key = `${label}:${t.start}:${t.end}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.evidence.push({ label, start: t.start, end: t.end });
  }

  result(): EnglishSentenceFeatures {
    const labels = {} as Record<FeatureLabel, boolean>;
    for (const label of FEATURE_LABELS) labels[label] = false;
    for (const e of this.evidence) labels[e.label] = true;
    this.evidence.sort((a, b) => a.start - b.start || a.end - b.end);
    this.imperatives.sort((a, b) => a.start - b.start);
    // Two clause starts ("OK, go ahead": the sentence's and the comma's) may reach one verb.
    for (let k = this.imperatives.length - 1; k > 0; k--) {
      if (this.imperatives[k]?.start === this.imperatives[k - 1]?.start)
        this.imperatives.splice(k, 1);
    }
    return { labels, evidence: this.evidence, imperatives: this.imperatives };
  }
}

/** The analysed sentence and what the rules share about it. */
interface Sentence {
  tokens: readonly Token[];
  ctx: Context;
  found: Findings;
  /** Headline or signature style: most words capitalised ("Associate Team Participants"). */
  titleCase: boolean;
  /** Mostly upper case: "US" is then the pronoun, not the country. */
  shouting: boolean;
}

function analyse(text: string, ctx: Context): EnglishSentenceFeatures {
  const tokens = tokenize(text);
  // A link pasted without its full stop ends the clause before a capitalised word: "Steps
  // are here: https://… Keep in mind …", "See this link https://… Do you see it?".
  for (let k = 0; k < tokens.length - 1; k++) {
    const next = tokens[k + 1] as Token;
    if (tokens[k]?.kind === 'url' && next.kind === 'word' && isCapitalised(next)) {
      (tokens[k] as Token).clauseBreak = true;
    }
  }
  // ("@united stop picking on us": the handles a tweet opens with address it; the clause
  // starts after them.)
  let handles = 0;
  while (tokens[handles]?.kind === 'url' && tokens[handles]?.text.startsWith('@')) handles++;
  if (handles > 0 && tokens[handles]?.kind === 'word') {
    (tokens[handles - 1] as Token).clauseBreak = true;
  }
  // ("Please CALL ME BACK.": in a sentence that ends like prose, a word of four capitals or
  // more is shouted, not a headline's capital.)
  const prose = endsLikeProse(tokens);
  let words = 0;
  let capitalised = 0;
  let upper = 0;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    // ("Sanders Letter 4_28_00.doc": a file's name counts as the lower-case word it ends in.)
    const file = t.kind === 'word' && t.text.includes('.');
    if (
      t.kind !== 'word' ||
      (!file && t.text.charAt(0).toLowerCase() === t.text.charAt(0).toUpperCase())
    )
      continue;
    words++;
    if (file) continue;
    const allUpper = t.text.length > 1 && t.text === t.text.toUpperCase();
    if (allUpper) upper++;
    // "Questions? Call me.": a capital after a question mark starts a sentence.
    const shouted = prose && allUpper && t.text.length >= 4;
    if (isCapitalised(t) && !shouted && !(k > 0 && isSentenceEnd(tokens[k - 1]))) capitalised++;
  }
  const s: Sentence = {
    tokens,
    ctx,
    found: new Findings(),
    titleCase:
      words >= 3 &&
      capitalised >= words * 0.6 &&
      upper < words * 0.8 &&
      !lowerBeforeFullStop(tokens),
    shouting: words >= 3 && upper >= words * 0.8,
  };
  markPersons(s);
  markPassives(s);
  markClauses(s);
  return s.found.result();
}

/**
 * "Obtain Beavertail cuttings.": a sentence that ends in a full stop after a lower-case
 * word is prose with names in it, not a headline.
 */
function lowerBeforeFullStop(tokens: readonly Token[]): boolean {
  const last = tokens[tokens.length - 1];
  const word = tokens[tokens.length - 2];
  return last?.text === '.' && isWord(word) && !isCapitalised(word);
}

// ---------------------------------------------------------------------------------------
// Token predicates

/**
 * "Ask Terry Nichols about the Philippines.", "Climb Mount Fuji.": names make most words
 * capitalised, but a headline does not end in a full stop or an exclamation mark; a word
 * that is only ever a verb opens such a sentence as an order ("And Doctor Spock.",
 * "Research Institute of Music." are names).
 */
function verbBeforeNames(s: Sentence, j: number): boolean {
  const t = s.tokens[j] as Token;
  // ("Follow Katrina's path": a possessive name is the object's, a headline's verb orders.)
  const possessive = s.tokens[j + 2]?.text === "'s" || s.tokens[j + 2]?.text === '’s';
  return (
    (endsLikeProse(s.tokens) || possessive) &&
    baseTier(t, s.ctx) === 'verbal' &&
    !ADJECTIVE_VERBS.has(t.lower) &&
    (j === 0 || s.tokens[j - 1]?.text === '(' || listItemAt(s, j))
  );
}

/** `j` follows a list item's number and its mark only: "1) Watch Good Eats.", "2. Call Bob." */
function listItemAt(s: Sentence, j: number): boolean {
  const mark = s.tokens[1]?.text;
  return j === 2 && s.tokens[0]?.kind === 'number' && (mark === ')' || mark === '.');
}

function endsLikeProse(tokens: readonly Token[]): boolean {
  let k = tokens.length - 1;
  while (k >= 0 && (tokens[k]?.text === ')' || QUOTES.has(tokens[k]?.text ?? ''))) k--;
  const last = tokens[k];
  return last?.kind === 'punct' && (last.text === '.' || last.text === '!');
}

const isWord = (t: Token | undefined): t is Token => t?.kind === 'word';

function isCapitalised(t: Token): boolean {
  const c = t.text.charAt(0);
  return c !== c.toLowerCase();
}

/** An adverb that may stand inside a verb group: listed, or in -ly ("reply" is a verb). */
function isAdverb(t: Token, ctx: Context): boolean {
  if (t.kind !== 'word') return false;
  if (ctx.interveners.has(t.norm)) return true;
  return (
    t.lower.endsWith('ly') &&
    t.lower.length > 4 &&
    !ctx.lyAdjectives.has(t.lower) &&
    !ctx.lex.tier(t.lower)
  );
}

function isFiniteVerb(t: Token, ctx: Context): boolean {
  return t.kind === 'word' && (ctx.finite.has(t.lower) || ctx.finite.has(t.norm));
}

/** A verb lemma in its base form (not a past tense that is also a lemma: "found", "left"). */
function isBaseVerb(t: Token, ctx: Context): boolean {
  if (t.kind !== 'word' || !ctx.lex.tier(t.lower)) return false;
  const past = ctx.lex.pastLemma(t.lower);
  return past === undefined || past === t.lower;
}

/** A simple past that is no past participle: "went", "took" (not "looked", "sent"). */
function pastOnly(t: Token, ctx: Context): boolean {
  const past = ctx.lex.pastLemma(t.lower);
  return past !== undefined && past !== t.lower && !ctx.lex.participleLemma(t.lower);
}

function baseTier(t: Token, ctx: Context): VerbTier | undefined {
  return isBaseVerb(t, ctx) ? ctx.lex.tier(t.lower) : undefined;
}

/** The lemma if `t` can be a past participle that heads a passive. */
function passiveParticiple(t: Token | undefined, ctx: Context): string | undefined {
  if (!isWord(t)) return undefined;
  const lemma = ctx.lex.participleLemma(t.lower);
  if (!lemma || lemma === 'be' || lemma === 'have' || ctx.nonPassive.has(lemma)) return undefined;
  return lemma;
}

/** Sentence-final or clause-breaking punctuation. */
const BREAKS = new Set([';', ':', '(', '[', '…', '--', '—', '–', '*', '•', '>', '|', '=', '~']);
const QUOTES = new Set(['"', '“', '”']);

function isBreak(t: Token): boolean {
  if (t.clauseBreak) return true;
  if (t.kind !== 'punct') return false;
  // A dash flagged as joined is a range ("15-20"), not a break.
  if (t.hyphenLeft && (t.text === '-' || t.text === '–')) return false;
  if (t.hyphenRight && /^[.!?…]+$/.test(t.text)) return false;
  return /^[.!?…]+$/.test(t.text) || BREAKS.has(t.text) || /^-+$/.test(t.text);
}

/** ("a blinking ?-sign": a mark joined by a dash to the next word ends nothing.) */
const isSentenceEnd = (t: Token | undefined): boolean =>
  t?.kind === 'punct' && !t.hyphenRight && /^[.!?…]+$/.test(t.text);

/** Index of the break that ends the clause containing `from` (or tokens.length). */
function clauseEnd(tokens: readonly Token[], from: number): number {
  let k = from;
  while (k < tokens.length && !isBreak(tokens[k] as Token)) k++;
  return k;
}

// ---------------------------------------------------------------------------------------
// Person: pronouns, "Thank you"

function markPersons(s: Sentence): void {
  const { tokens, ctx, found } = s;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.kind !== 'word') continue;
    const w = t.lower;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    if (ctx.secondPerson.has(w)) {
      found.add('addr_2', t);
    } else if (ctx.secondPersonChat.has(w) && t.text === w) {
      // "u"/"ur" in lower case only: "U" is usually a letter or an initial.
      found.add('addr_2', t);
    } else if (
      w === 'ya' &&
      isWord(prev) &&
      (ctx.lex.tier(prev.lower) || ctx.particles.has(prev.lower))
    ) {
      // "see ya", "for ya": after a verb or preposition; on its own "ya" is "yes".
      found.add('addr_2', t);
    } else if (ctx.firstSingular.has(w)) {
      // "mine" after a determiner is the noun ("a gold mine"); a capitalised "My" inside a
      // sentence before a capitalised word names a product or a page ("UPS My Choice", "the
      // My Account page").
      const mine = w === 'mine' && isWord(prev) && ctx.determiners.has(prev.lower);
      const named =
        t.text === 'My' && isWord(prev) && isWord(next) && isCapitalised(next) && !s.titleCase;
      if (!mine && !named) found.add('first_sg', t);
    } else if (ctx.firstPlural.has(w)) {
      // "US" is the country unless the whole text shouts ("CONTACT US").
      if (t.text !== 'US' || s.shouting) found.add('first_pl', t);
    } else if (
      w === 'id' &&
      t.text !== 'ID' &&
      isWord(next) &&
      (isBaseVerb(next, ctx) || isAdverb(next, ctx))
    ) {
      // "id just come ...": "I'd" without its apostrophe ("ID" is the identifier).
      found.add('first_sg', t);
    }
    // "Thank you" is "(I) thank you": the treebank makes the verb first person.
    if (
      w === 'thank' &&
      isWord(next) &&
      (next.lower === 'you' || next.lower === 'u' || next.lower === 'ya')
    ) {
      found.add('first_sg', t);
    }
  }
}

// ---------------------------------------------------------------------------------------
// Passive

const S_HOSTS = set(W.S_HOSTS);
const DEGREE_ADVERBS = set(W.DEGREE_ADVERBS);

const QUANTIFIERS = set(W.QUANTIFIERS);
const ADJECTIVE_DEGREE = set(W.ADJECTIVE_DEGREE);
const PASSIVE_DEGREE = set(W.PASSIVE_DEGREE);
const CAUSATIVES = set(W.CAUSATIVES);
const HAVE_FORMS = set(W.HAVE_FORMS);

function markPassives(s: Sentence): void {
  const { tokens, ctx, found } = s;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.kind !== 'word') continue;
    auxiliaryPassive(s, i);
    agentivePassive(s, i);
    causativePassive(s, i);
    // "Please find attached the contract": the participle is an object complement.
    if (t.lower === 'find') {
      const part = tokens[i + 1];
      const after = tokens[i + 2];
      if (
        isWord(part) &&
        ctx.attachment.has(part.lower) &&
        (!after ||
          isSentenceEnd(after) ||
          after.text === ',' ||
          after.text === ':' ||
          ctx.determiners.has(after.lower) ||
          ctx.objects.has(after.lower))
      ) {
        found.add('passive', part);
      }
    }
  }
}

/** "was fixed", "has been sent", "will be refunded", "got charged", "When was it founded?" */
function auxiliaryPassive(s: Sentence, i: number): void {
  const { tokens, ctx, found } = s;
  const aux = tokens[i] as Token;
  const prev = tokens[i - 1];
  const isS = aux.lower === "'s" && isWord(prev) && S_HOSTS.has(prev.lower);
  // "its stolen": the chat spelling of "it's", told from the possessive by what follows.
  const isIts = aux.lower === 'its';
  const isR = aux.lower === 'r' && isWord(prev) && ctx.subjects.has(prev.norm);
  const isGet = ctx.get.has(aux.lower);
  const isBe = aux.lower === 'r' ? isR : aux.lower === "'s" ? isS : isIts || ctx.be.has(aux.norm);
  if (!isBe && !isGet) return;

  let j = i + 1;
  for (;;) {
    // ("being s- served": a word cut off and begun again.)
    if (j <= i + 4 && isWord(tokens[j]) && cutOffWord(s, j + 1)) j += 2;
    else if (
      j <= i + 4 &&
      isWord(tokens[j]) &&
      (isAdverb(tokens[j] as Token, ctx) ||
        PASSIVE_DEGREE.has((tokens[j] as Token).lower) ||
        FILLERS.has((tokens[j] as Token).lower))
    )
      j++;
    else break;
  }
  // "We were, as you will recall, interrupted": past a parenthesis between commas.
  if (isBe && tokens[j]?.text === ',' && j === i + 1) {
    let k = j + 1;
    while (k < j + 8 && k < tokens.length && (tokens[k] as Token).text !== ',') {
      if (isBreak(tokens[k] as Token)) break;
      k++;
    }
    if (tokens[k]?.text === ',' && k > j + 1 && passiveParticiple(tokens[k + 1], ctx)) j = k + 1;
  }
  // Question inversion: "When was Miramar founded?", "Why is the city called Miramar?".
  const questionAux =
    isBe &&
    !isS &&
    !isIts &&
    (i === 0 || isBreak(prev as Token) || (isWord(prev) && ctx.wh.has(prev.lower)));
  if (questionAux && !passiveParticiple(tokens[j], ctx)) {
    let k = j;
    while (
      k < j + 4 &&
      isWord(tokens[k]) &&
      !isFiniteVerb(tokens[k] as Token, ctx) &&
      !passiveParticiple(tokens[k], ctx)
    )
      k++;
    while (k <= j + 6 && isWord(tokens[k]) && isAdverb(tokens[k] as Token, ctx)) k++;
    if (k > j) j = k;
  }
  const part = tokens[j];
  // After "been"/"being" a word in -ed is a participle even if the verb list lacks it
  // ("has been whitelisted", "is being prepped").
  const lemma =
    passiveParticiple(part, ctx) ??
    (isWord(part) &&
    (aux.lower === 'been' || aux.lower === 'being') &&
    /^[a-z-]{3,}ed$/.test(part.lower) &&
    !ctx.lex.tier(part.lower)
      ? part.lower
      : undefined);
  if (!lemma || !part || part.hyphenRight || (part.hyphenLeft && j === i + 1)) return;
  if (isGet && lemma === 'get') return;

  const next = tokens[j + 1];
  const byAgent = isWord(next) && next.lower === 'by';
  // "is very limited", "was so crowded": a degree word makes the participle an adjective.
  const degree = tokens[j - 1];
  if (!byAgent && j > i + 1 && isWord(degree) && ADJECTIVE_DEGREE.has(degree.lower)) return;
  if (!byAgent && !(isGet && GET_EVENTS.has(part.lower)) && ctx.adjectival.has(part.lower)) {
    // "is used to clean" is a passive of purpose; "I'm used to it" is adjectival.
    const after = tokens[j + 2];
    // "What is it used for?", "is used as a cover", "was never used": only "used to" + a
    // noun is "accustomed".
    const purpose =
      part.lower === 'used' &&
      // ("We're used to busy weekends": an adjective that is also a verb.)
      (!isWord(next) ||
        next.lower !== 'to' ||
        (isWord(after) && isBaseVerb(after, ctx) && !ADJECTIVE_VERBS.has(after.lower)));
    // "is packed up", "was closed down": a phrasal verb's participle is verbal ("fed up",
    // "used to" are idioms of their own).
    const phrasal =
      isWord(next) &&
      PHRASAL_PARTICLES.has(next.lower) &&
      part.lower !== 'fed' &&
      part.lower !== 'used';
    if (
      !purpose &&
      !phrasal &&
      !(STATE_PARTICIPLES.has(part.lower) && eventTime(s, j + 1)) &&
      !lostThing(s, i, j, isGet)
    )
      return;
  }
  // "she's sent me the file" is an active perfect; "who's stated goals" a misspelt "whose".
  const plainWordNext =
    isWord(next) &&
    !isCapitalised(next) &&
    !ctx.particles.has(next.lower) &&
    !isAdverb(next, ctx) &&
    next.lower !== 'to';
  // ("It's called the Blue Room": a naming verb is a passive with its name after it.)
  if ((isS || isIts) && j === i + 1 && plainWordNext && !ctx.naming.has(part.lower)) return;
  if (isIts && isWord(next) && !byAgent && !isAdverb(next, ctx)) return;
  // "Is it in the United States?", "What is Heaven Sent Gaming?": a capital inside the
  // sentence makes the participle part of a name.
  if (j > i + 1 && isCapitalised(part) && !s.titleCase && !s.shouting) return;
  // "is bound to occur": "bound to" is a modal idiom.
  if (part.lower === 'bound' && isWord(next) && next.lower === 'to') return;
  // "I'm done reminding ...", "after they were done,": "done" as "finished".
  if (part.lower === 'done' && !byAgent) {
    const personal = isWord(prev) && /^(i|we|you|they|he|she|u)$/.test(prev.norm);
    if (personal || (isWord(next) && (next.lower.endsWith('ing') || next.lower === 'with'))) return;
  }
  found.add('passive', aux);
  found.add('passive', part);
}

/** Participles that are events after "get" ("got stuck", "get involved"), states after "be". */
const GET_EVENTS = set(['involved', 'stuck', 'confused', 'finished']);

/** Subjects that "lost" describes as feeling lost, not as being lost by someone. */
const LOST_PEOPLE = set(['i', 'we', 'you', 'u', 'he', 'she']);

/**
 * "Your data will be lost", "it's lost so easily": "lost" said of a thing is a passive;
 * said of a person ("I'm lost", "we were lost without you") or with "get" ("got lost") it is
 * an adjective.
 */
function lostThing(s: Sentence, i: number, j: number, isGet: boolean): boolean {
  const { tokens, ctx } = s;
  if (isGet || tokens[j]?.lower !== 'lost') return false;
  let m = i - 1;
  while (
    m >= 0 &&
    isWord(tokens[m]) &&
    (MODALS.has((tokens[m] as Token).norm) ||
      isAdverb(tokens[m] as Token, ctx) ||
      ctx.be.has((tokens[m] as Token).norm) ||
      (tokens[m] as Token).norm === 'have')
  )
    m--;
  const subject = tokens[m];
  return !(isWord(subject) && LOST_PEOPLE.has(subject.norm));
}

/** Hesitations of speech inside a verb group: "it was uh applied". */
const FILLERS = set(['uh', 'um', 'er', 'erm', 'uhm']);

const PHRASAL_PARTICLES = set(['up', 'out', 'off', 'down', 'away']);

/**
 * A word that opens a verb's object: a determiner ("check the …"; not "that", which may
 * open a clause) or an object pronoun ("take him", "check it out").
 */
function objectOpens(t: Token, ctx: Context): boolean {
  return (
    (ctx.determiners.has(t.lower) && t.lower !== 'that') ||
    (ctx.objects.has(t.lower) && !ctx.subjects.has(t.lower)) ||
    t.lower === 'it'
  );
}

const TIME_WORDS = set(W.EVENT_TIME_WORDS);

const STATE_PARTICIPLES = set(W.STATE_PARTICIPLES);

/**
 * A time adverbial right after a state participle makes it an event, a verb: "The deal was
 * closed last week", "The order was lost in 2019" (but "The store is closed").
 */
function eventTime(s: Sentence, from: number): boolean {
  const { tokens } = s;
  const t = tokens[from];
  if (!isWord(t)) return false;
  if (TIME_WORDS.has(t.lower)) return true;
  const next = tokens[from + 1];
  if (t.lower === 'in' && next?.kind === 'number' && /^(1[89]|20)\d\d$/.test(next.text))
    return true;
  if ((t.lower === 'on' || t.lower === 'at') && isWord(next) && TIME_WORDS.has(next.lower))
    return true;
  return (t.lower === 'this' || t.lower === 'that') && isWord(next) && DAY_PARTS.has(next.lower);
}

const DAY_PARTS = set(['morning', 'afternoon', 'evening', 'week', 'month', 'year']);

/** A participle with a "by" agent and no auxiliary: "Posted by", "customers attracted by". */
function agentivePassive(s: Sentence, i: number): void {
  const { tokens, ctx, found } = s;
  const part = tokens[i] as Token;
  const next = tokens[i + 1];
  if (!isWord(next) || next.lower !== 'by') return;
  const lemma = passiveParticiple(part, ctx);
  if (!lemma || ctx.motion.has(lemma)) return;
  // "by" with an agent makes even an adjectival participle verbal ("the name used by
  // Ethnologue"); "by" with a gerund is the means ("a measure created by subtracting").
  const agent = tokens[i + 2];
  if (isWord(agent) && agent.lower.endsWith('ing') && !ctx.determiners.has(agent.lower)) return;
  // Not after a subject ("we stopped by") or an auxiliary (handled above, or a perfect).
  const prev = tokens[i - 1];
  if (
    isWord(prev) &&
    (ctx.subjects.has(prev.norm) ||
      ctx.be.has(prev.norm) ||
      HAVE_FORMS.has(prev.norm) ||
      isFiniteVerb(prev, ctx) ||
      prev.lower === 'to')
  ) {
    return;
  }
  found.add('passive', part);
}

/** "have my hair cut", "get the work done", "had them all embroidered". */
function causativePassive(s: Sentence, i: number): void {
  const { tokens, ctx, found } = s;
  const verb = tokens[i] as Token;
  if (!CAUSATIVES.has(verb.lower)) return;
  let k = i + 1;
  const first = tokens[k];
  if (!isWord(first)) return;
  if (ctx.objects.has(first.lower) && (!ctx.subjects.has(first.lower) || first.lower === 'it')) {
    k++;
    if (
      isWord(tokens[k]) &&
      ((tokens[k] as Token).lower === 'all' || (tokens[k] as Token).lower === 'both')
    )
      k++;
  } else if (ctx.determiners.has(first.lower) && !QUANTIFIERS.has(first.lower)) {
    k++;
    // One or two more words of the noun phrase, none a subject ("the files you sent") or
    // an adverb ("had both previously approved").
    const nounStart = k;
    for (let n = 0; n < 2 && isWord(tokens[k]) && !passiveParticiple(tokens[k], ctx); n++) {
      const w = tokens[k] as Token;
      if (
        ctx.subjects.has(w.lower) ||
        isFiniteVerb(w, ctx) ||
        ctx.particles.has(w.lower) ||
        isAdverb(w, ctx)
      )
        return;
      k++;
    }
    if (k === nounStart) return;
  } else {
    return;
  }
  const part = tokens[k];
  const lemma = passiveParticiple(part, ctx);
  if (!lemma || !part || part.hyphenLeft || part.hyphenRight || ctx.naming.has(part.lower)) return;
  if (ctx.adjectival.has(part.lower) && tokens[k + 1]?.lower !== 'by') return;
  if (verb.lower.startsWith('ke') && ctx.keptInformed.has(part.lower)) return; // "keep me posted"
  // "has the seamstress done a perfect job": a perfect with its own object, not a
  // causative ("this morning" after the participle is a time, not an object).
  const after = tokens[k + 1];
  const demonstrative = isWord(after) && /^(this|that|these|those)$/.test(after.lower);
  if (
    isWord(after) &&
    (ctx.objects.has(after.lower) || ctx.determiners.has(after.lower)) &&
    !demonstrative
  )
    return;
  found.add('passive', part);
}

/**
 * A sentence that is only a participle phrase: "Highly recommended!", "Posted via ...".
 * Degree adverbs ("highly", "well") mark the participle as such even with more words
 * after it.
 */
function participleFragment(s: Sentence, start: number, afterComma: boolean): void {
  const { tokens, ctx, found } = s;
  let j = start;
  let degree = false;
  let adverbs = 0;
  while (isWord(tokens[j]) && isAdverb(tokens[j] as Token, ctx)) {
    if (DEGREE_ADVERBS.has((tokens[j] as Token).lower)) degree = true;
    j++;
    adverbs++;
  }
  if (afterComma && !degree) return;
  const part = tokens[j];
  if (!isWord(part) || part.hyphenRight || !passiveParticiple(part, ctx)) return;
  if (ctx.adjectival.has(part.lower) || ctx.attachment.has(part.lower)) return;
  // "Done." alone is "finished".
  if (part.lower === 'done' && (!tokens[j + 1] || isSentenceEnd(tokens[j + 1]))) return;
  // An irregular simple past is not a participle ("took", "went"); a participle that is
  // also the base form ("run", "cut", "put") is as likely an imperative.
  const past = ctx.lex.pastLemma(part.lower);
  if (past && ctx.lex.participleLemma(part.lower) !== past) return;
  if (ctx.lex.participleLemma(part.lower) === part.lower) return;
  const next = tokens[j + 1];
  // "recommended", "Highly recommended." but not "Totally flavored" (a manner adverb).
  const bare = (!next || isSentenceEnd(next)) && (adverbs === 0 || degree);
  const marked = isWord(next) && (next.lower === 'via' || next.lower === 'here');
  if (bare || marked || (degree && !isWord(next))) found.add('passive', part);
  else if (
    degree &&
    isWord(next) &&
    (next.lower === 'for' || next.lower === 'to' || next.lower === 'by')
  ) {
    found.add('passive', part);
  }
}

// ---------------------------------------------------------------------------------------
// Clauses: imperatives, "let's", subjectless first person ("Hope this helps")

/**
 * How a clause candidate is introduced. Only `strong` starts (sentence start, after a full
 * stop, colon, bracket or dash) take a bare verb as an imperative; the others need more
 * evidence (see `licence`).
 */
type Start = 'strong' | 'comma' | 'conj' | 'quote' | 'polite';

const COORDINATORS = set(W.COORDINATORS);

const ADJUNCT_OPENERS = set(W.ADJUNCT_OPENERS);

const PREPOSITIONAL_OPENERS = set([
  'in',
  'on',
  'at',
  'for',
  'from',
  'with',
  'by',
  'to',
  'like',
  'as',
]);

const ORDINALS = set(W.ORDINALS);

const GREETINGS = set(['hi', 'hey', 'hello', 'ok', 'okay']);

/** Verbs of saying before direct speech. */
const SAYING = set(W.SAYING_VERBS);

/** "for example,", "for instance,", "however,", "if possible,": a parenthesis. */
function parenthesisAt(s: Sentence, k: number): boolean {
  const a = s.tokens[k]?.lower;
  const b = s.tokens[k + 1]?.lower;
  const c = s.tokens[k + 2]?.text;
  if (a === 'for' && (b === 'example' || b === 'instance') && c === ',') return true;
  if ((a === 'however' || a === 'please') && b === ',') return true;
  // "Prove, to your parents' satisfaction, that you …", "Check, if possible, the cable": a
  // short phrase or condition between commas, then the verb's object.
  if (a === undefined || !(isPreposition(a) || a === 'if')) return false;
  for (let m = k + 1; m < s.tokens.length && m <= k + 6; m++) {
    const t = s.tokens[m] as Token;
    if (isBreak(t)) return false;
    if (t.text !== ',') continue;
    const object = s.tokens[m + 1];
    return (
      isWord(object) &&
      ((s.ctx.determiners.has(object.lower) && object.lower !== 'no') ||
        (s.ctx.objects.has(object.lower) && !s.ctx.subjects.has(object.lower)) ||
        object.lower === 'that')
    );
  }
  return false;
}

/** Verbs that call for attention before a comma: "Remember, ...", "Listen, ...". */
const ATTENTION_VERBS = set(['remember', 'listen', 'look', 'imagine', 'consider', 'wait', 'note']);

/** Addressees that may open an imperative without a comma: "Guys check this out". */
const VOCATIVE_OPENERS = set(['guys', 'everyone', 'everybody', 'folks', "y'all", 'yall', 'ladies']);

/** After a greeting, a group is addressed by more words: "Hey all check this out". */
const GROUP_VOCATIVES = set([...VOCATIVE_OPENERS, 'all', 'team', 'people']);

const OPINION_VERBS = set(W.OPINION_VERBS);

const NOT_BEFORE_POLITE = set(W.NOT_BEFORE_POLITE);

const CLAUSE_TAKING = set(W.CLAUSE_TAKING_VERBS);

const ADJECTIVE_VERBS = set(W.ADJECTIVE_VERBS);

const SUBORDINATORS = set(W.SUBORDINATORS);

const DIRECTIVES = set(W.DIRECTIVE_VERBS);

/** Adverbs that end a clause: "When you get there ask ...". */
const CLAUSE_FINAL_ADVERBS = set(['there', 'here', 'home', 'back', 'online', 'again', 'done']);

/** Pronouns that may be the subject of an adverbial clause: "if anyone knows ...". */
const CLAUSE_SUBJECTS = set(W.SUBJECT_PRONOUNS, [
  'anyone',
  'anybody',
  'someone',
  'somebody',
  'everything',
  'anything',
  'something',
]);

/**
 * "Make sure the box is empty", "Note the office is closed": the verb takes a clause, so a
 * finite verb later in the sentence is that clause's, not a sign that the candidate is the
 * head of a subject.
 */
function takesClause(s: Sentence, j: number): boolean {
  const t = s.tokens[j] as Token;
  const next = s.tokens[j + 1];
  if (t.lower === 'make')
    return isWord(next) && (next.lower === 'sure' || next.lower === 'certain');
  // ("Keep in mind the dinner is about $75", "Bear in mind parking is limited".)
  if ((t.lower === 'keep' || t.lower === 'bear') && next?.lower === 'in')
    return s.tokens[j + 2]?.lower === 'mind';
  return CLAUSE_TAKING.has(t.lower);
}

/** Any form of a verb: a lemma, a past, a finite auxiliary or a third-person -s form. */
function isVerbForm(t: Token, ctx: Context): boolean {
  const w = t.lower;
  if (isFiniteVerb(t, ctx) || ctx.lex.tier(w) || ctx.lex.pastLemma(w)) return true;
  if (!w.endsWith('s') || w.length < 4) return false;
  return Boolean(
    ctx.lex.tier(w.slice(0, -1)) ||
      (w.endsWith('es') && ctx.lex.tier(w.slice(0, -2))) ||
      (w.endsWith('ies') && ctx.lex.tier(`${w.slice(0, -3)}y`)),
  );
}

/** A third-person -s form of a verb ("arrives") or a regular past ("arrived"). */
function inflectedVerb(t: Token, ctx: Context): boolean {
  const w = t.lower;
  const past = ctx.lex.pastLemma(w);
  if (past && past !== w) return true;
  return sFormTier(w, ctx) === 'verbal';
}

/** The tier of the verb whose -s form `w` can be ("fixes", "tries", "costs"), if any. */
function sFormTier(w: string, ctx: Context): VerbTier | undefined {
  if (!w.endsWith('s') || w.length < 4) return undefined;
  const lemma = w.endsWith('ies') ? `${w.slice(0, -3)}y` : w.slice(0, -1);
  return ctx.lex.tier(lemma) ?? (w.endsWith('es') ? ctx.lex.tier(w.slice(0, -2)) : undefined);
}

/**
 * Subordinators of more than one word, "as soon as", "as long as", "next time", "every
 * time", "in case", "now that": the index of their last word, if one starts at `i`.
 */
function compoundSubordinator(tokens: readonly Token[], i: number): number | undefined {
  const w = (k: number) => tokens[k]?.lower ?? '';
  if (w(i) === 'as' && (w(i + 1) === 'soon' || w(i + 1) === 'long') && w(i + 2) === 'as')
    return i + 2;
  const j = w(i) === 'the' ? i + 1 : i;
  if ((w(j) === 'next' || w(j) === 'every') && w(j + 1) === 'time') return j + 1;
  if ((w(i) === 'in' && w(i + 1) === 'case') || (w(i) === 'now' && w(i + 1) === 'that'))
    return i + 1;
  return undefined;
}

/** Objects that close a clause: "Before you sign anything read the fine print". */
const CLOSING_PRONOUNS = set([
  'anything',
  'something',
  'everything',
  'nothing',
  'anyone',
  // ("If the snake is burning itself put something over it": a reflexive closes its verb,
  // unless that verb lets or makes it do the next: "I let myself feel it".)
  'itself',
  'himself',
  'herself',
  'themselves',
]);

/** Times that close a clause: "Before you leave tonight make sure …". */
const CLOSING_TIMES = set(['tonight', 'today', 'tomorrow', 'yet', 'anymore']);

/** Words with "to" fused in, which a bare verb follows as its infinitive: "gonna stretch". */
const FUSED_TO = set(['gonna', 'gotta', 'wanna', 'hafta', 'oughta']);

/** Verbs of becoming, whose complement closes a clause: "When the light turns green". */
const BECOMING = set(['turns', 'gets', 'seems', 'looks', 'feels', 'becomes', 'goes', 'stays']);

/** A negated modal or "do": "won't", "doesn't", "can't", written with or without "'". */
function negatedModal(t: Token, ctx: Context): boolean {
  if (t.norm === 'not') return true;
  return NEGATED_AUXILIARIES.has(t.lower) || (t.lower.endsWith("n't") && isFiniteVerb(t, ctx));
}

const NEGATED_AUXILIARIES = set([
  "won't",
  'wont',
  "can't",
  'cant',
  'cannot',
  "don't",
  'dont',
  "doesn't",
  'doesnt',
  "didn't",
  'didnt',
  "wouldn't",
  'wouldnt',
]);

/** Prepositions that go with a verb as its object would: "go to", "look at", "talk to". */
const PREPOSITION_AFTER = new Map<string, ReadonlySet<string>>([
  ['go', set(['to', 'with'])],
  ['come', set(['to'])],
  ['look', set(['at', 'into'])],
  ['talk', set(['to', 'with'])],
  ['speak', set(['to', 'with'])],
  ['stick', set(['with', 'to'])],
  ['head', set(['to'])],
  ['listen', set(['to'])],
  // ("If you go there try to get a table", "when you arrive remember to check in".)
  ['try', set(['to'])],
  ['remember', set(['to'])],
]);

/** Forms of verbs that take an infinitive, whose "to" is sometimes left out: "trying fix". */
const CATENATIVE_FORMS = set([
  'try',
  'tried',
  'trying',
  'going',
  'want',
  'wanted',
  'wanting',
  'need',
  'needed',
  'needing',
  'helping',
]);

/** Subjects of a bare verb: "Before you leave". */
const BASE_SUBJECTS = set(['i', 'you', 'we', 'they', 'u']);

/** Verbs that take a bare verb after them, so that it is theirs: "When you come visit us". */
const SERIAL_VERBS = set(['go', 'come', 'help', 'let', 'make', 'see', 'hear', 'watch', 'have']);

/**
 * The adverbial clause's last word at `k` closes it: an indefinite object ("anything"), a
 * time ("tonight"), a figure after its preposition ("at 9"), a gerund after its verb ("keeps
 * scratching"), or a bare verb right after its subject pronoun ("Before you leave").
 */
function clauseEndsOn(s: Sentence, k: number): boolean {
  const { tokens, ctx } = s;
  const t = tokens[k];
  const before = tokens[k - 1];
  if (!t || !isWord(before)) return false;
  if (t.kind === 'number') return isPreposition(before.lower);
  if (!isWord(t)) return false;
  if (CLOSING_PRONOUNS.has(t.lower) || CLOSING_TIMES.has(t.lower))
    return (
      !(t.lower.endsWith('self') || t.lower.endsWith('selves')) ||
      !BARE_INFINITIVE_TAKING.has(before.lower)
    );
  // ("If he barks", "If it rains": an -s form after a third-person pronoun is its verb,
  // though the word is more often a plural noun.)
  if (thirdPersonVerbAt(s, k)) return true;
  // ("If the power went out", "When it breaks down": a particle after its verb.)
  if (PHRASAL_PARTICLES.has(t.lower) && thirdPersonVerbAt(s, k - 1)) return true;
  // ("After you plug it in": a particle after its verb's object.)
  if (ctx.particles.has(t.lower) && (before.lower === 'it' || before.lower === 'them'))
    return isVerbForm(tokens[k - 2] as Token, ctx);
  // ("Since your budget is tight", "When the light turns green", "If the box is damaged":
  // what a verb of being or becoming predicates.)
  if (
    (ctx.be.has(before.norm) || BECOMING.has(before.lower)) &&
    !isFiniteVerb(t, ctx) &&
    !ctx.determiners.has(t.lower) &&
    !ctx.objects.has(t.lower) &&
    !ctx.subjects.has(t.lower) &&
    !isPreposition(t.lower) &&
    !isAdverb(t, ctx) &&
    t.norm !== 'not' &&
    !FUSED_TO.has(t.lower) &&
    // (Not a progressive, which goes on to its object: "If you are experiencing lag …".)
    !isGerund(t.lower, ctx)
  )
    return true;
  if (isGerund(t.lower, ctx)) return isVerbForm(before, ctx) && !ctx.be.has(before.norm);
  // ("If the infestation is bad enough ask …": "enough" after what "be" predicates.)
  if (t.lower === 'enough') return ctx.be.has(tokens[k - 2]?.norm ?? '');
  // ("If you still find adult fleas repeat …": a plural that is its verb's object, which the
  // next bare verb cannot take as its subject; not after a verb that takes an object and a
  // bare verb, "If you let the dogs run", or a clause, "If you think kids like it".)
  const subjectAt = (m: number) =>
    isWord(tokens[m]) && ctx.subjects.has((tokens[m] as Token).lower);
  // ("If you're into wings try …": a plural after "be" and a preposition, where it can be
  // no subject of the verb after it.)
  if (
    /[^s]s$/.test(t.lower) &&
    isPreposition(before.lower) &&
    ctx.be.has(tokens[k - 2]?.norm ?? '')
  )
    return true;
  if (pluralNoun(t, ctx) && !isVerbForm(t, ctx)) {
    for (let m = k - 1; m >= 0 && m >= k - 3; m--) {
      const w = tokens[m] as Token;
      if (!isWord(w) || isBreak(w)) return false;
      if (isVerbForm(w, ctx) && !ctx.be.has(w.norm)) {
        return (
          !BARE_INFINITIVE_TAKING.has(w.lower) &&
          !CLAUSE_TAKING.has(w.lower) &&
          !ctx.subjects.has(w.lower) &&
          (subjectAt(m - 1) ||
            (isWord(tokens[m - 1]) && isAdverb(tokens[m - 1] as Token, ctx) && subjectAt(m - 2)))
        );
      }
      if (ctx.subjects.has(w.lower)) return false;
    }
    return false;
  }
  // (Not an auxiliary: "If you do add all the entities".) After its subject or a negation:
  // "Before you leave", "If the kitten won't eat", "If that doesn't work".
  return (
    baseTier(t, ctx) === 'verbal' &&
    !isFiniteVerb(t, ctx) &&
    !DO_FORMS.has(t.norm) &&
    !MODALS.has(t.norm) &&
    !SERIAL_VERBS.has(t.lower) &&
    (BASE_SUBJECTS.has(before.lower) || negatedModal(before, ctx))
  );
}

/**
 * The word at `k` is the finite verb after its subject: an -s form after "he", "she", "it",
 * "this" or "that" ("it rains"; after a noun the -s word may be a compound's plural, "the
 * liquidation values"), or a past after a subject pronoun or a determiner and its noun ("the
 * power went").
 */
function thirdPersonVerbAt(s: Sentence, k: number): boolean {
  const { tokens, ctx } = s;
  const t = tokens[k];
  const before = tokens[k - 1];
  if (!isWord(t) || !isWord(before)) return false;
  const past = ctx.lex.pastLemma(t.lower);
  if (past && past !== t.lower)
    return (
      ctx.subjects.has(before.lower) ||
      (ctx.determiners.has(tokens[k - 2]?.lower ?? '') && plainNoun(before, ctx))
    );
  // (Not the acronym "IT": "I had the IT guys reschedule it".)
  const acronym =
    before.text.length > 1 && before.text === before.text.toUpperCase() && !s.shouting;
  return (
    t.lower.endsWith('s') &&
    !t.lower.endsWith('ss') &&
    sFormTier(t.lower, ctx) !== undefined &&
    THIRD_SINGULAR_SUBJECTS.has(before.lower) &&
    !acronym
  );
}

/**
 * "Could you press and hold …", "Just to be safe, can you restart it & let us know": the
 * clause opens (after any @handles and "please") with a modal and "you", and no comma or
 * break comes before `j`, so a verb joined by "and" at `j` shares its subject and modal.
 */
function modalQuestionBefore(s: Sentence, j: number): boolean {
  const { tokens, ctx } = s;
  // The clause that holds `j`: after the last comma or break before it.
  let i = j - 1;
  while (i >= 0 && !isBreak(tokens[i] as Token) && tokens[i]?.text !== ',') i--;
  i++;
  while (
    tokens[i]?.kind === 'url' ||
    (isWord(tokens[i]) && ctx.prefix.has((tokens[i] as Token).lower))
  )
    i++;
  const modal = tokens[i];
  const subject = tokens[i + 1];
  if (!isWord(modal) || !QUESTION_MODALS.has(modal.lower)) return false;
  if (!isWord(subject) || (subject.lower !== 'you' && subject.lower !== 'u')) return false;
  for (let k = i + 2; k < j; k++) {
    const t = tokens[k] as Token;
    if (isBreak(t) || isSentenceEnd(t) || t.text === ',' || t.clauseBreak) return false;
  }
  return true;
}

const QUESTION_MODALS = set(['could', 'can', 'would', 'will']);

/** The index after the adverbs and prefix words ("just", "also", "occasionally") at `i`. */
function pastLeadWords(s: Sentence, i: number): number {
  const { tokens, ctx } = s;
  let k = i;
  while (
    isWord(tokens[k]) &&
    (isAdverb(tokens[k] as Token, ctx) || ctx.prefix.has((tokens[k] as Token).lower))
  )
    k++;
  return k;
}

/**
 * "At this meeting, we review the past year, have our annual reports, elect new officers, and
 * welcome new members", "each day I grab my cup, head on over, get it filled and …", "it didn't
 * make the ants go away, get the sniffles, or die", "they'd take a gander at it, and let me
 * know": the bare verb at `j` is an item of a series of verb phrases (two items or more, or
 * one joined by "and"/"or") whose head has a subject, a modal, "to" or a causative of its own;
 * the items share it. Not a series that an order heads ("Restart it, check the cables and
 * call us"), nor one item spliced to a statement ("We close at 9, come early").
 */
function governedSeries(s: Sentence, j: number): boolean {
  const { tokens, ctx } = s;
  // An item: a bare verb of the verbal tier, after any adverb ("and occasionally welcome").
  // ("… and have fun", "… and have practiced": "have" and "do" in their base form are items too.)
  const verbItem = (at: number) => {
    const lead = pastLeadWords(s, at);
    const v = tokens[lead];
    const object = tokens[lead + 1];
    return (
      isWord(v) &&
      (v.lower === 'have' ||
        v.lower === 'do' ||
        (isBaseVerb(v, ctx) &&
          !isFiniteVerb(v, ctx) &&
          !ctx.subjects.has(v.lower) &&
          // ("plop my butt in the chair": a verb as often a noun before its object.)
          (baseTier(v, ctx) === 'verbal' ||
            (isWord(object) && (POSSESSIVES.has(object.lower) || objectPronounAt(s, lead + 1))))))
    );
  };
  const coordinated = tokens[j - 1]?.lower === 'and' || tokens[j - 1]?.lower === 'or';
  // The items from `j` on, at each comma or coordinator.
  let items = 1;
  for (let k = j + 1; k < tokens.length; k++) {
    // ("supply the fuel (primarily gas), market their power": past a short aside.)
    k = asideEnd(s, k) ?? k;
    const t = tokens[k] as Token;
    if (isSentenceEnd(t) || isBreak(t)) break;
    if ((t.text === ',' || t.lower === 'and' || t.lower === 'or') && verbItem(k + 1)) items++;
  }
  // Back over the items before `j` to the series' head.
  let end = j - (coordinated ? 1 : 0);
  for (let guard = 0; guard < 8; guard++) {
    let c = end - 1;
    if (tokens[c]?.text !== ',') {
      if (!coordinated || guard > 0) return false;
      c = end; // "… at it and let me know": the coordinator alone.
    }
    let start = c - 1;
    while (start >= 0 && tokens[start]?.text !== ',' && !isBreak(tokens[start] as Token)) start--;
    start++;
    if (start >= c) return false;
    if (verbItem(start)) {
      // Another item; an order heading the series makes every item one ("let's" too).
      if (
        start === 0 ||
        s.found.imperatives.some((o) => o.start >= (tokens[start] as Token).start) ||
        tokens
          .slice(start, c)
          .some((t, n) => t.lower === 'let' && tokens[start + n + 1]?.lower === "'s")
      )
        return false;
      items++;
      end = start;
      continue;
    }
    if (items < 2 && !coordinated) return false;
    // An adverbial clause before the comma opens the main clause after it ("if you can wait
    // til 2, go ahead and grab something", "To find the median, add … and divide …"); an
    // order in the head heads a series of orders ("That means don't swallow it, don't …").
    let lead = pastLeadWords(s, start);
    if (tokens[lead]?.lower === 'even') lead = pastLeadWords(s, lead + 1);
    const opener = tokens[lead]?.lower ?? '';
    // ("Once she can do it, put …": a subordinator that is also an adverb, among the words
    // that lead the clause.)
    const subordinated = tokens.slice(start, lead).some((t) => SUBORDINATORS.has(t.lower));
    // (Unless the main clause follows the adverbial in the head: "while you have the options
    // open you can go back and click clear history, delete cookies and …".)
    if (
      (subordinated ||
        SUBORDINATORS.has(opener) ||
        CLAUSE_LINKS.has(opener) ||
        FREE_RELATIVES.has(opener)) &&
      subjectsWithVerb(s, lead, c) < 2
    )
      return false;
    // ("… and if possible, stand on a chair, get on the ground": the adverbial ends the head.)
    if (tokens.slice(lead, c).some((t) => t.lower === 'if' || t.lower === 'when')) return false;
    const from = (tokens[start] as Token).start;
    const to = (tokens[c] as Token).start;
    if (s.found.imperatives.some((o) => o.start >= from && o.start < to)) return false;
    // The head: a subject with its verb (before two items or more: "We are following up …,
    // and let me know" is an order), a modal, "to" or an auxiliary before a bare verb.
    for (let k = start; k < c; k++) {
      const t = tokens[k] as Token;
      const next = tokens[k + 1];
      if (!isWord(next)) continue;
      // ("I grab my cup, head on over, get it filled": the head's verb in the items' form; not
      // "I'm done for today, cook something and go to bed".)
      // ("In many countries people walk, walk and walk": a plural noun as that subject.)
      // (Not before "do", which stands for a verb in an aside: "(some users do)".)
      const plural =
        (PLURAL_NOUNS.has(t.lower) || (pluralNoun(t, ctx) && !isVerbForm(t, ctx))) &&
        !DO_FORMS.has(next.norm) &&
        !HAVE_FORMS.has(next.lower);
      if (
        (BASE_SUBJECTS.has(t.lower) || plural) &&
        isBaseVerb(next, ctx) &&
        !ctx.be.has(next.norm) &&
        !isFiniteVerb(next, ctx) &&
        items >= 2
      )
        return true;
      if ((MODALS.has(t.norm) || t.lower === "'d" || t.norm === 'to') && isBaseVerb(next, ctx))
        return true;
      if (DO_FORMS.has(t.norm) && (next.norm === 'not' || isBaseVerb(next, ctx))) return true;
    }
    return false;
  }
  return false;
}

/**
 * "Took the work, put in the time, and now it's paying off": a sentence that opens on a
 * simple past, the writer's elided "I", tells a story; a later verb whose past is its base
 * ("put", "cut", "set") after a comma is that story's past, not an order.
 */
function pastStory(s: Sentence, j: number): boolean {
  const { tokens, ctx } = s;
  const first = tokens[0];
  const verb = tokens[j] as Token;
  // (A past that is also a participle opens it too: "Sat at the bar and sampled the brews,
  // put our name in …".)
  const pastLemma = isWord(first) ? ctx.lex.pastLemma(first.lower) : undefined;
  if (
    !isWord(first) ||
    pastLemma === undefined ||
    pastLemma === first.lower ||
    ctx.lex.pastLemma(verb.lower) !== verb.lower ||
    // ("Attached is the file, put it …": a participle inverted before "be" tells no story.)
    ctx.be.has(tokens[1]?.norm ?? '')
  )
    return false;
  return !tokens.slice(1, j).some((t) => isSentenceEnd(t) || isBreak(t));
}

/**
 * "Set it aside for a day and calmed down", "Put it in the oven and waited an hour": a verb
 * whose past is its base, opening the sentence, is the writer's elided "I" in the past when
 * "and" joins it to a verb in the past ("Cut the onions and add salt" orders).
 */
function pastBeforeAnd(s: Sentence, j: number): boolean {
  const { tokens, ctx } = s;
  const verb = tokens[j] as Token;
  if (ctx.lex.pastLemma(verb.lower) !== verb.lower) return false;
  for (let k = j + 1; k < tokens.length - 1; k++) {
    const t = tokens[k] as Token;
    if (isSentenceEnd(t) || isBreak(t) || t.text === ',') return false;
    if (t.lower !== 'and') continue;
    let v = k + 1;
    if (isWord(tokens[v]) && isAdverb(tokens[v] as Token, ctx)) v++;
    const next = tokens[v];
    if (!isWord(next)) return false;
    const lemma = ctx.lex.pastLemma(next.lower);
    // (Not a participle before its noun: "Put the onions and sliced peppers in".)
    const after = tokens[v + 1];
    const verbal =
      !isWord(after) ||
      ctx.determiners.has(after.lower) ||
      ctx.objects.has(after.lower) ||
      ctx.particles.has(after.lower) ||
      isPreposition(after.lower) ||
      isAdverb(after, ctx);
    return lemma !== undefined && lemma !== next.lower && verbal;
  }
  return false;
}

/**
 * "When I got my hair cut here, …", "had the tree cut down": after "get" or "have" and its
 * object, a participle like its base ("cut", "set", "put") is the causative's, no order.
 */
function causativeParticiple(s: Sentence, j: number): boolean {
  const { tokens, ctx } = s;
  const w = (tokens[j] as Token).lower;
  // (Not before an object of its own: "If you have any questions just let us know".)
  const after = tokens[j + 1];
  if (ctx.lex.participleLemma(w) !== w || w === 'let') return false;
  if (isWord(after) && (ctx.objects.has(after.lower) || ctx.determiners.has(after.lower)))
    return false;
  for (let k = j - 1; k >= Math.max(0, j - 4); k--) {
    const t = tokens[k] as Token;
    if (t.kind !== 'word') return false;
    // (Its object a pronoun or a determiner's noun: "have time put it here" is no causative.)
    if (CAUSATIVES.has(t.lower)) {
      const object = tokens[k + 1] as Token;
      return k < j - 1 && (ctx.objects.has(object.lower) || ctx.determiners.has(object.lower));
    }
  }
  return false;
}

/** "Message him just opens up old wounds": see `imperativeVerb`. */
function bareGerundSubject(s: Sentence): boolean {
  const { tokens, ctx } = s;
  const object = tokens[1];
  if (!isWord(object) || !OBJECT_PRONOUNS.has(object.lower)) return false;
  let k = 2;
  if (isWord(tokens[k]) && isAdverb(tokens[k] as Token, ctx)) k++;
  const verb = tokens[k];
  return (
    isWord(verb) &&
    sFormTier(verb.lower, ctx) === 'verbal' &&
    !verb.lower.endsWith('ss') &&
    isWord(tokens[k + 1]) &&
    // ("Give me links and stuff", "Give me links etc": a plural object in a list.)
    !COORDINATORS.has((tokens[k + 1] as Token).lower) &&
    (tokens[k + 1] as Token).lower !== 'etc'
  );
}

/** Words of manner that make compound adjectives with a participle: "stir fried". */
const COMPOUND_MANNERS = set([
  'stir',
  'pan',
  'hand',
  'air',
  'sun',
  'flash',
  'slow',
  'oven',
  'spray',
]);

/** Forms of "dare" that take a bare verb: "didn't dare leave", "daren't say". */
const DARE_FORMS = set(['dare', 'dared', "daren't", 'darent', 'dares']);

/** "Simply put", "Put simply": how something is put, not an order to put it. */
const MANNER_OF_PUTTING = set(['simply', 'bluntly', 'briefly', 'mildly', 'plainly']);

/**
 * "Put another way, …", "Put simply, …", "Put differently, …": the participle of manner that
 * opens a sentence, its manner before the comma, no order.
 */
function putMannerPhrase(s: Sentence): boolean {
  const { tokens } = s;
  const w = (k: number) => tokens[k]?.lower ?? '';
  if (MANNER_OF_PUTTING.has(w(1)) || w(1) === 'differently') return tokens[2]?.text === ',';
  return w(1) === 'another' && w(2) === 'way' && tokens[3]?.text === ',';
}

/** Words after "feel" that make it the writer's own feeling: "Feel much better now". */
const ELIDED_FEEL = set(['much', 'so', 'really', 'pretty', 'kinda', 'like', 'bad', 'sorry']);

/**
 * A directive verb that turns the reader toward the writer: "let me", "call us", "feel
 * free", "reach out".
 */
function towardWriter(verb: Token, next: Token | undefined): boolean {
  if (!DIRECTIVES.has(verb.lower) || !isWord(next)) return false;
  return (
    next.lower === 'me' ||
    next.lower === 'us' ||
    (verb.lower === 'feel' && next.lower === 'free') ||
    (verb.lower === 'reach' && next.lower === 'out')
  );
}

/** Free relatives that open a sentence as its adverbial: "Whatever you do, …". */
const FREE_RELATIVES = set(['whatever', 'wherever', 'whichever', 'whoever']);

/**
 * "If you have any questions let me know": a sentence-initial adverbial clause that ends
 * without a comma, then a directive verb with "me"/"us" (or "don't", "feel free"). Returns
 * the index where that imperative clause starts, if any. The adverbial clause must have a
 * subject and a verb of its own before it ("If the doctor let me know" is a past tense).
 */
/**
 * "If he wastes your time you can at least waste his": before the verb at `k`, past adverbs
 * and "at least", a modal or "to" whose verb it is.
 */
function verbGroupAcrossAdverbs(s: Sentence, k: number): boolean {
  const { tokens, ctx } = s;
  let b = k - 1;
  while (b >= k - 4) {
    const t = tokens[b];
    if (!isWord(t)) return false;
    if (t.lower === 'least' && tokens[b - 1]?.lower === 'at') b -= 2;
    else if (isAdverb(t, ctx)) b--;
    else break;
  }
  const head = tokens[b];
  return b < k - 1 && isWord(head) && (MODALS.has(head.norm) || head.norm === 'to');
}

/**
 * "If you're driving home and all of a sudden remember an old friend": the first verb after
 * a coordinator inside the adverbial clause (from `i`), past an adverbial phrase alone, is
 * coordinated with the clause's verb and shares its subject.
 */
function coordinatedInAdverbial(s: Sentence, i: number, k: number): boolean {
  const { tokens, ctx } = s;
  let c = k - 1;
  while (c > i && !(tokens[c]?.lower === 'and' || tokens[c]?.lower === 'or')) c--;
  if (c <= i || c === k - 1) return false;
  // (An adverbial opens the words between, "all of a sudden", "then"; not a noun phrase
  // coordinated with the object: "If you have questions, concerns or ideas let me know".)
  const first = tokens[c + 1] as Token;
  if (!(isAdverb(first, ctx) || isPreposition(first.lower) || first.lower === 'all')) return false;
  return tokens
    .slice(c + 1, k)
    .every((t) => t.kind === 'word' && !isVerbForm(t, ctx) && !ctx.subjects.has(t.lower));
}

/** Prepositions that also open a clause, whose "you" is a subject: "is like you don't …". */
const CLAUSE_PREPOSITIONS = set([
  'like',
  'as',
  'than',
  'until',
  'till',
  'before',
  'after',
  'since',
]);

/** "your" for "you're": before a preposition, "not", an adverb or a verb's participle. */
function youreMisspelt(s: Sentence, k: number): boolean {
  const { tokens, ctx } = s;
  const next = tokens[k + 1];
  if (tokens[k]?.lower !== 'your' || !isWord(next)) return false;
  return (
    isPreposition(next.lower) ||
    next.lower === 'not' ||
    (isAdverb(next, ctx) && !ctx.determiners.has(next.lower)) ||
    isGerund(next.lower, ctx) ||
    (next.lower.endsWith('ed') && ctx.lex.participleLemma(next.lower) !== undefined) ||
    next.lower === 'done'
  );
}

function clauseAfterAdverbial(s: Sentence, start: number): number | undefined {
  const { tokens, ctx } = s;
  let i = start;
  // ("As soon as you hear let me know", "Next time you go …": a subordinator of words, whose
  // first word may also lead a clause, "Next, …".)
  let compound = compoundSubordinator(tokens, i);
  // "So if anybody ...", "And when you ..."
  while (
    compound === undefined &&
    i < start + 2 &&
    isWord(tokens[i]) &&
    ctx.prefix.has((tokens[i] as Token).lower)
  ) {
    i++;
    compound = compoundSubordinator(tokens, i);
  }
  if (compound !== undefined) i = compound;
  const sub = tokens[i];
  // ("while travelling ask …": "while" before a gerund, a clause of time with no subject.)
  const whileGerund =
    isWord(sub) && sub.lower === 'while' && isGerund(tokens[i + 1]?.lower ?? '', ctx);
  // ("Whatever you do don't buy it": a free relative that opens the sentence is adverbial.)
  const free = isWord(sub) && i === 0 && FREE_RELATIVES.has(sub.lower);
  if (
    !isWord(sub) ||
    !(
      SUBORDINATORS.has(sub.lower) ||
      whileGerund ||
      free ||
      compound !== undefined ||
      sub.lower === 'since'
    )
  )
    return undefined;
  let subject = false;
  let verb = false;
  let nounPhrase = false;
  // ("If all the controls that you've selected share the same setting, …": a subject with a
  // relative clause waits for a second verb, its own predicate, before the main clause.)
  const relative = relativeSubjectAt(s, i + 1);
  const relativeAt = relative ?? tokens.length;
  let lexicalVerbs = 0;
  for (let k = i + 1; k < tokens.length && k < i + 16; k++) {
    const t = tokens[k] as Token;
    if (isBreak(t) || (t.text === ',' && !nounListComma(s, k))) return undefined;
    if (t.kind !== 'word') continue;
    const prev = tokens[k - 1] as Token;
    // "while travelling ask people …": a clause of a subordinator and a gerund alone, or
    // with its particle ("after signing in see the Options link", "After logging in click
    // Settings").
    const gerundClause =
      (k === i + 2 && isGerund(prev.lower, ctx)) ||
      (k === i + 3 &&
        isGerund(tokens[i + 1]?.lower ?? '', ctx) &&
        GERUND_PARTICLES.has(prev.lower));
    if (verb && (k > i + 2 || gerundClause) && (relative === undefined || lexicalVerbs >= 2)) {
      const next = tokens[k + 1];
      const directive =
        towardWriter(t, next) ||
        // ("If you are just starting hang in there": a courtesy formula of two words.)
        (isWord(next) &&
          ctx.courtesy.has(`${t.lower} ${next.lower}`) &&
          !isFiniteVerb(prev, ctx) &&
          !DO_FORMS.has(prev.norm)) ||
        // ("If you're in town be sure to stop by", "when you place an order be prepared to
        // wait": a bare "be" before a warning's adjective has no subject before it.)
        ((t.lower === 'be' || t.lower === 'make') && next?.lower === 'sure') ||
        (t.lower === 'be' && WARNING_ADJECTIVES.has(next?.lower ?? ''));
      const negative = t.norm === 'do' && next?.norm === 'not';
      // "If that fails try a hard reset", "When you get there ask for Bob": the clause
      // ended on its verb or an adverb of place, and a verb with its object follows.
      // ("If the problem persists contact our support team": a verb of contact, noun or verb
      // alone, is the verb before a determiner.)
      const contact =
        DIRECTIVES.has(t.lower) &&
        isWord(next) &&
        (POSSESSIVES.has(next.lower) || next.lower === 'the');
      const after =
        isBaseVerb(t, ctx) &&
        // (After a gerund's clause a word as often a noun is the verb: "After logging in
        // click Settings".)
        (baseTier(t, ctx) === 'verbal' ||
          contact ||
          (gerundClause &&
            baseTier(t, ctx) === 'ambiguous' &&
            isWord(next) &&
            (ctx.determiners.has(next.lower) || screenLabelAt(s, k + 1)))) &&
        !ctx.never.has(t.lower) &&
        !ctx.elidedVerbs.has(t.lower) &&
        (((inflectedVerb(prev, ctx) ||
          CLAUSE_FINAL_ADVERBS.has(prev.lower) ||
          clauseEndsOn(s, k - 1) ||
          perfectAlreadyEnd(s, k - 1) ||
          gerundClause ||
          mannerAdverbEnd(s, k - 1) ||
          objectAfterVerb(s, k - 1) ||
          bareNounEnd(s, i, k - 1)) &&
          isWord(next) &&
          (ctx.determiners.has(next.lower) ||
            ctx.objects.has(next.lower) ||
            ctx.particles.has(next.lower) ||
            next.lower === 'for' ||
            next.lower === 'there' ||
            // ("When you are done click Save": a label of the screen as the object.)
            screenLabelAt(s, k + 1) ||
            PREPOSITION_AFTER.get(t.lower)?.has(next.lower) ||
            // ("while travelling ask people where …": a plural without -s as the object.)
            PLURAL_NOUNS.has(next.lower) ||
            (next.lower.endsWith('ing') && GERUND_TAKING.has(t.lower)))) ||
          singularNounThenVerb(s, i, k) ||
          phraseNounThenVerb(s, i, k) ||
          objectNounThenVerb(s, i, k));
      // ("If you are sad just let it out", "If it hurts just stop": "just" after the clause's
      // last word, which no verb group goes on from, opens the order; the verb after it is
      // a verb even where the word is more often a noun.)
      const justOrder =
        (prev.lower === 'just' || prev.lower === 'simply') &&
        isBaseVerb(t, ctx) &&
        !ctx.never.has(t.lower) &&
        !ctx.elidedVerbs.has(t.lower) &&
        closesClause(s, k - 2);
      // ("when someone keeps eroding trust on purpose": after a verb in -ing, a word before a
      // particle or preposition is its object; "If it keeps crashing restart it" still orders.)
      const gerundObject =
        !gerundClause &&
        prev.lower.endsWith('ing') &&
        isWord(next) &&
        (ctx.particles.has(next.lower) || isPreposition(next.lower));
      if (
        (directive || negative || after || justOrder) &&
        !gerundObject &&
        !(after && !directive && !negative && nounHeadBeforeMain(s, k)) &&
        // ("… joining the Internet Tomato "gang" send me a note": a closing quotation mark.)
        (prev.kind === 'word' ||
          prev.kind === 'number' ||
          (directive && QUOTES.has(prev.text) && isWord(tokens[k - 2]))) &&
        // ("get there ask": "there" after a verb is the adverb, not a subject; "afford it
        // get": "it" after a verb is its object)
        (!ctx.subjects.has(prev.norm) ||
          (prev.lower === 'there' && isVerbForm(tokens[k - 2] as Token, ctx)) ||
          objectAfterVerb(s, k - 1) ||
          // ("If she texts you don't respond", "If she wants to get back with you decline
          // the offer": "you" after a verb in -s or a preposition is their object; the order
          // follows.)
          (prev.lower === 'you' &&
            (negative || isWord(next)) &&
            isWord(tokens[k - 2]) &&
            ((isPreposition((tokens[k - 2] as Token).lower) &&
              !CLAUSE_PREPOSITIONS.has((tokens[k - 2] as Token).lower)) ||
              sFormTier((tokens[k - 2] as Token).lower, ctx) !== undefined))) &&
        !isFiniteVerb(prev, ctx) &&
        !MODALS.has(prev.norm) &&
        prev.lower !== 'to' &&
        prev.norm !== 'not' &&
        // ("If you don't really have a choice, …": past an adverb after "not", a modal or "to"
        // the verb is still theirs.)
        !(
          isAdverb(prev, ctx) &&
          !perfectAlreadyEnd(s, k - 1) &&
          isWord(tokens[k - 2]) &&
          ((tokens[k - 2] as Token).norm === 'not' ||
            MODALS.has((tokens[k - 2] as Token).norm) ||
            (tokens[k - 2] as Token).lower === 'to')
        ) &&
        !COORDINATORS.has(prev.lower) &&
        !verbGroupAcrossAdverbs(s, k) &&
        // ("when I was trying fix his computer": a verb that takes an infinitive, its "to"
        // left out, has the bare verb.)
        (!CATENATIVE_FORMS.has(prev.lower) || next?.lower === 'me' || next?.lower === 'us') &&
        !coordinatedInAdverbial(s, i, k) &&
        // ("If so will you please let me know": a question's "please" after its modal and
        // subject; "Avis Rent A Car": a capitalised word after a name goes on with the name.)
        !(
          ctx.politeness.has(prev.lower) &&
          MODALS.has(tokens[k - 3]?.norm ?? '') &&
          ctx.subjects.has(tokens[k - 2]?.lower ?? '')
        ) &&
        !(isCapitalised(t) && isCapitalised(prev) && prev.text !== 'I' && !s.titleCase)
      ) {
        return k;
      }
    }
    if (
      k > relativeAt &&
      isVerbForm(t, ctx) &&
      !ctx.finite.has(t.norm) &&
      !ctx.finite.has(t.lower) &&
      !RELATIVES.has(t.lower) &&
      !ctx.determiners.has(t.lower)
    )
      lexicalVerbs++;
    if (CLAUSE_SUBJECTS.has(t.lower)) subject = true;
    else if (subject && isVerbForm(t, ctx)) verb = true;
    // ("If your in a hurry dont bother", "when your done": "your" misspelt for "you're",
    // right after the subordinator and before no noun, is the subject and its verb.)
    else if (k === i + 1 && youreMisspelt(s, k)) subject = verb = true;
    // "When choosing a parakeet look for ...": a participle clause has no subject to wait for.
    else if (k === i + 1 && isGerund(t.lower, ctx)) verb = subject = true;
    else if (isFiniteVerb(t, ctx)) verb = subject = true;
    else if (ctx.determiners.has(t.lower) && !ctx.subjects.has(t.lower)) nounPhrase = true;
    // After a noun phrase ("when the parcel arrives") only an inflected form is surely a
    // verb: "the doctor" is no verb, "let" could be a past tense.
    else if (nounPhrase && inflectedVerb(t, ctx)) verb = subject = true;
  }
  return undefined;
}

/**
 * "When you mix the black paint with the white paint, you have …": a word right after a
 * determiner and its modifier is the noun phrase's head when the main clause, a subject and
 * its verb, comes after the next comma; the adverbial clause goes on to that comma.
 */
function nounHeadBeforeMain(s: Sentence, k: number): boolean {
  const { tokens, ctx } = s;
  if (
    !ctx.determiners.has(tokens[k - 2]?.lower ?? '') ||
    ctx.objects.has(tokens[k + 1]?.lower ?? '')
  )
    return false;
  for (let m = k + 1; m < tokens.length; m++) {
    const t = tokens[m] as Token;
    if (isBreak(t)) return false;
    if (t.text !== ',') continue;
    const subject = tokens[m + 1];
    const verb = tokens[m + 2];
    return (
      isWord(subject) &&
      ctx.subjects.has(subject.lower) &&
      isWord(verb) &&
      (isFiniteVerb(verb, ctx) || MODALS.has(verb.norm) || isVerbForm(verb, ctx))
    );
  }
  return false;
}

/**
 * A word a subordinate clause can end on before "just" opens the order: no subject, modal,
 * auxiliary, "to" or "not" that a verb group would go on from, and no determiner,
 * preposition or adverb that wants more words.
 */
function closesClause(s: Sentence, k: number): boolean {
  const { tokens, ctx } = s;
  const t = tokens[k];
  if (!isWord(t)) return false;
  if (ctx.particles.has(t.lower)) return true;
  // ("If you don't get it just ask": "it" after a verb is its object.)
  if ((t.lower === 'it' || t.lower === 'you') && isWord(tokens[k - 1]))
    return isVerbForm(tokens[k - 1] as Token, ctx) && !ctx.be.has((tokens[k - 1] as Token).norm);
  return (
    !ctx.subjects.has(t.lower) &&
    !MODALS.has(t.norm) &&
    !ctx.be.has(t.norm) &&
    !DO_FORMS.has(t.norm) &&
    !HAVE_FORMS.has(t.norm) &&
    t.lower !== 'to' &&
    t.norm !== 'not' &&
    !ctx.determiners.has(t.lower) &&
    !isPreposition(t.lower) &&
    !isAdverb(t, ctx) &&
    !COORDINATORS.has(t.lower) &&
    !SUBORDINATORS.has(t.lower)
  );
}

/**
 * "If you have questions, comments or concerns let me know": a comma between two plural
 * nouns of a list that "and" or "or" closes goes on with the clause.
 */
function nounListComma(s: Sentence, k: number): boolean {
  const { tokens, ctx } = s;
  const before = tokens[k - 1];
  const after = tokens[k + 1];
  const listNoun = (t: Token | undefined): boolean =>
    isWord(t) && (QUERY_NOUNS.has(t.lower) || pluralNoun(t, ctx));
  const closes = (m: number): boolean =>
    isWord(tokens[m]) && COORDINATORS.has((tokens[m] as Token).lower) && listNoun(tokens[m + 1]);
  // (", or concerns": the serial comma before the last item.)
  if (!listNoun(before)) return false;
  return closes(k + 1) || (listNoun(after) && (closes(k + 2) || tokens[k + 2]?.text === ','));
}

/** Particles that close a gerund's clause: "after signing in", "Before heading out". */
const GERUND_PARTICLES = set(['in', 'out', 'up', 'off', 'down', 'on', 'over', 'away', 'back']);

/**
 * A subject noun phrase at `k` with a relative clause ("all the controls that you've
 * selected", "the users you added"): the index of the clause's first word, or undefined.
 */
function relativeSubjectAt(s: Sentence, k: number): number | undefined {
  const { tokens, ctx } = s;
  let m = k;
  if (QUANTIFIERS.has(tokens[m]?.lower ?? '')) m++;
  const det = tokens[m];
  if (!isWord(det) || !ctx.determiners.has(det.lower) || ctx.subjects.has(det.lower))
    return undefined;
  for (let n = m + 1; n < m + 6 && n < tokens.length; n++) {
    const t = tokens[n] as Token;
    if (t.kind !== 'word' || isFiniteVerb(t, ctx)) return undefined;
    if (n > m + 1 && (RELATIVES.has(t.lower) || PERSONAL_SUBJECTS.has(t.lower))) return n;
  }
  return undefined;
}

const RELATIVES = set(['that', 'which', 'who', 'whom']);

/**
 * "If you like sushi try this place", "If you are ever in Seattle check out …", "When you
 * get to Paris take the metro": the adverbial clause ended on a noun without a determiner
 * (a name, or a word that is no verb) as the object of its verb or preposition; a bare verb
 * cannot be that noun's predicate, so it opens the main clause. Not where the clause's verb
 * takes a clause or a bare infinitive ("If you think kids like it", "If you see people
 * use …"), whose subject the noun would be.
 */
function bareNounEnd(s: Sentence, sub: number, k: number): boolean {
  const { tokens, ctx } = s;
  const noun = tokens[k];
  if (!isWord(noun) || noun.hyphenRight || !plainNoun(noun, ctx) || noun.lower === 'i')
    return false;
  // ("from being hit by …": a word in -ing is a verb's, not a noun phrase's end.)
  if (noun.lower.endsWith('ing')) return false;
  const name = isCapitalised(noun) && !s.titleCase && !s.shouting;
  if (!name && (isVerbForm(noun, ctx) || ctx.lex.tier(noun.lower.replace(/e?s$/, ''))))
    return false;
  // Back over up to two modifiers ("Italian food", "Aplocheilus lineatus") to the verb or
  // preposition whose object the noun phrase is.
  let m = k - 1;
  for (let mods = 0; mods < 2 && m > sub; mods++, m--) {
    const t = tokens[m] as Token;
    if (!isWord(t) || !isCapitalised(t) || isVerbForm(t, ctx) || ctx.determiners.has(t.lower))
      break;
  }
  const head = tokens[m];
  if (!isWord(head) || m <= sub) return false;
  const governs =
    isPreposition(head.lower) ||
    head.lower === 'to' ||
    (isVerbForm(head, ctx) &&
      !isFiniteVerb(head, ctx) &&
      !ctx.be.has(head.norm) &&
      !MODALS.has(head.norm));
  if (!governs) return false;
  for (let n = sub + 1; n < k; n++) {
    const w = (tokens[n] as Token).lower;
    if (BARE_INFINITIVE_TAKING.has(w) || CLAUSE_VERBS.has(w)) return false;
  }
  return true;
}

/** Verbs whose object may be a clause with its own subject: "If you think kids like it". */
const CLAUSE_VERBS = set([
  ...W.CLAUSE_TAKING_VERBS,
  'think',
  'thought',
  'believe',
  'say',
  'said',
  'hope',
  'guess',
  'mean',
  'find',
  'found',
  'wish',
  'bet',
  'assume',
  'realize',
  'realise',
  'knew',
  'saw',
  'understand',
  'doubt',
  'figure',
  'expect',
  'tell',
  'told',
]);

/**
 * "If you haven't already restart the router": "already" right after a negated auxiliary
 * ends a clause whose verb is understood ("haven't already [done so]"). Not "If you already
 * have the app", where it comes before its verb.
 */
function perfectAlreadyEnd(s: Sentence, k: number): boolean {
  const { tokens } = s;
  if (tokens[k]?.lower !== 'already') return false;
  const before = tokens[k - 1];
  const auxiliary = tokens[k - 2]?.norm ?? '';
  // (With "do" the verb comes after "already": "If you don't already have a jar".)
  return before?.norm === 'not' && HAVE_FORMS.has(auxiliary);
}

/**
 * "If you don't want to grow out of it quickly get a bigger one": an adverb in -ly after the
 * clause's object ends the clause; after a verb, "to" or "not" it modifies what follows
 * ("if you don't really get a chance", "to quickly get a copy").
 */
function mannerAdverbEnd(s: Sentence, k: number): boolean {
  const { tokens, ctx } = s;
  const adverb = tokens[k];
  const before = tokens[k - 1];
  if (!isWord(adverb) || !isWord(before) || !adverb.lower.endsWith('ly')) return false;
  if (!isAdverb(adverb, ctx) || ctx.interveners.has(adverb.norm)) return false;
  const w = before.lower;
  if (ctx.objects.has(w)) {
    // ("out of it quickly": "it" after a preposition or a verb is an object.)
    const head = tokens[k - 2];
    return (
      !ctx.subjects.has(w) ||
      objectAfterVerb(s, k - 1) ||
      (isWord(head) && (PHRASE_OPENERS.has(head.lower) || head.lower === 'of'))
    );
  }
  return (
    !isVerbForm(before, ctx) &&
    !COORDINATORS.has(w) &&
    !ctx.subjects.has(w) &&
    !ctx.determiners.has(w) &&
    !MODALS.has(before.norm) &&
    before.norm !== 'not' &&
    w !== 'to' &&
    !isAdverb(before, ctx)
  );
}

/** Prepositions that open a fronted adverbial phrase: "In the meantime ...". */
const PHRASE_OPENERS = set(['in', 'on', 'at', 'for', 'from', 'with', 'during', 'within']);

/** Adverbs that lead a preposition as one: "along with", "together with", "apart from". */
const PHRASE_LEADS = set(['along', 'together', 'apart', 'aside']);

/**
 * "In the meantime make sure ...", "From the edit menu select the paste option": a
 * sentence-initial prepositional phrase without its comma, then a verb with its object.
 * The phrase has no subject or verb of its own, and the word before the verb is a singular
 * noun, which could not be that verb's subject (it would take -s).
 */
function clauseAfterPhrase(s: Sentence, start: number): number | undefined {
  const { tokens, ctx } = s;
  // (Also after the comma of a verbless opening: "Also, in the 7th line …", "In Section 3.1,
  // in the last sentence …".)
  if (
    start > 0 &&
    !isSentenceEnd(tokens[start - 1]) &&
    !(tokens[start - 1]?.text === ',' && verbless(s, start - 1))
  )
    return undefined;
  let i = start;
  while (i < start + 2 && isWord(tokens[i]) && ctx.prefix.has((tokens[i] as Token).lower)) i++;
  // ("Along with the burger try the onion rings": the adverb of a two-word preposition.)
  if (PHRASE_LEADS.has(tokens[i]?.lower ?? '') && PHRASE_OPENERS.has(tokens[i + 1]?.lower ?? ''))
    i++;
  const opener = tokens[i];
  if (!isWord(opener) || !PHRASE_OPENERS.has(opener.lower) || s.titleCase) return undefined;
  // ("For more information on our new plans visit …": in the noun phrase of a topic a
  // possessive is a determiner and a word in -s after a modifier a plural noun.)
  const topical = aimTopicBefore(s, i, tokens.length);
  for (let k = i + 2; k < tokens.length && k < i + 10; k++) {
    const t = tokens[k] as Token;
    if (isBreak(t) || t.text === ',') return undefined;
    if (t.kind !== 'word') continue;
    const possessive = topical && ctx.determiners.has(t.lower);
    const prev = tokens[k - 1] as Token;
    const plural =
      topical &&
      t.lower.endsWith('s') &&
      !ctx.lex.pastLemma(t.lower) &&
      isWord(prev) &&
      (ctx.determiners.has(prev.lower) || !isVerbForm(prev, ctx)) &&
      !ctx.subjects.has(prev.lower);
    // ("In the last sentence after the proviso insert …": "after", "before", "until" before
    // a determiner is another preposition of the phrase; a clause it opened would have its
    // own verb, which ends the search.)
    const preposition =
      PREPOSITION_SUBORDINATORS.has(t.lower) &&
      isWord(tokens[k + 1]) &&
      ctx.determiners.has((tokens[k + 1] as Token).lower);
    if (
      ctx.subjects.has(t.lower) ||
      ((ctx.firstSingular.has(t.lower) || ctx.firstPlural.has(t.lower)) && !possessive) ||
      ctx.wh.has(t.lower) ||
      (SUBORDINATORS.has(t.lower) && !preposition) ||
      isFiniteVerb(t, ctx) ||
      (inflectedVerb(t, ctx) && !plural)
    )
      return undefined;
    const next = tokens[k + 1];
    // ("From the 'edit' menu select 'paste'": a quoted name as the object; "For updates
    // see: https://…": a pointer before its colon and link.)
    const quoted = (QUOTES.has(next?.text ?? '') || next?.text === "'") && isWord(tokens[k + 2]);
    // ("For more info click here", "For details see below": a pointer to a place on the page.)
    const pointed =
      POINTERS.has(t.lower) &&
      ((next?.text === ':' && tokens[k + 2]?.kind === 'url') ||
        next?.kind === 'url' ||
        ((topical || singularNounBefore(s, k)) &&
          (next?.lower === 'here' || next?.lower === 'below')));
    if (pointed && !isCapitalised(t)) return k;
    if (shortPhraseThenVerb(s, i, k)) return k;
    // ("for those to join the list": a verb after "to" is an infinitive's.)
    if (
      baseTier(t, ctx) !== 'verbal' ||
      ctx.never.has(t.lower) ||
      ctx.elidedVerbs.has(t.lower) ||
      isCapitalised(t) ||
      prev.lower === 'to' ||
      (!isWord(next) && !quoted)
    )
      continue;
    // ("that" may open a relative clause: "On a recent event quote that I had done".)
    const object =
      quoted ||
      (isWord(next) &&
        next.lower !== 'that' &&
        (ctx.determiners.has(next.lower) ||
          ctx.objects.has(next.lower) ||
          PHRASAL_PARTICLES.has(next.lower) ||
          // ("In the settings menu select Reset": a label of the screen as the object.)
          screenLabelAt(s, k + 1) ||
          // ("On Saturday at 6 PM come to the schoolhouse": a verb's own preposition.)
          PREPOSITION_AFTER.get(t.lower)?.has(next.lower) ||
          takesClause(s, k)));
    // ("in the 7th line of the reps add the word": the noun of a phrase inside the phrase,
    // plural or not, is no subject.)
    if (
      object &&
      (singularNounBefore(s, k) || aimPhraseBefore(s, i, k) || phraseNounThenVerb(s, i, k))
    )
      return k;
  }
  return undefined;
}

const WEEKDAYS = set(W.WEEKDAYS);

/** Words between a phrase's determiner and its noun: "in a few days", "at the same time". */
const PHRASE_MODIFIERS = set(['few', 'couple', 'next', 'last', 'first', 'same', 'other']);

/**
 * "In 6 months contact the new girl", "At that point call the police", "On Monday call
 * the office": the phrase's object, a determiner or number and its noun (or a name alone),
 * ends before a verb that has its own object. The noun is the preposition's, so it is no
 * subject whatever its number, and before a determiner or an object pronoun a word as often
 * a noun is the verb.
 */
function shortPhraseThenVerb(s: Sentence, i: number, k: number): boolean {
  const { tokens, ctx } = s;
  const t = tokens[k] as Token;
  const next = tokens[k + 1];
  const noun = tokens[k - 1];
  const head = tokens[i + 1];
  if (!isWord(next) || !isWord(noun) || !head) return false;
  if (!(ctx.determiners.has(next.lower) || OBJECT_PRONOUNS.has(next.lower))) return false;
  if (next.lower === 'that' || next.lower === 'her') return false;
  // ("In my dance class a classmate …": a word as often a noun, before an indefinite article,
  // is rather the head of a compound, and the article opens the subject.)
  if ((next.lower === 'a' || next.lower === 'an') && baseTier(t, ctx) !== 'verbal') return false;
  if (!isBaseVerb(t, ctx) || ctx.never.has(t.lower) || ctx.elidedVerbs.has(t.lower)) return false;
  if (isCapitalised(t) || inflectedVerb(noun, ctx) || isAdverb(noun, ctx)) return false;
  if (ctx.determiners.has(noun.lower) || isPreposition(noun.lower)) return false;
  // (An ordinal or an adjective's ending is a modifier, the word after it the phrase's
  // noun: "In an imperial decree the following month, …".)
  if (
    PHRASE_MODIFIERS.has(noun.lower) ||
    /(?:th|nd|rd|st|ial|ous|ive|ful|ic|ble)$/.test(noun.lower)
  )
    return false;
  // ("At the same time the US remains …", "In the second room it took …": a verb of its
  // own after the word shows a subject there, and the word was the phrase's noun.)
  for (let m = k + 1; m < tokens.length; m++) {
    const w = tokens[m] as Token;
    if (isBreak(w) || w.text === ',' || COORDINATORS.has(w.lower) || RELATIVES.has(w.lower)) break;
    if (SUBORDINATORS.has(w.lower)) break;
    if (isFiniteVerb(w, ctx) || inflectedVerb(w, ctx) || w.lower === 'its') return false;
  }
  const determined = head.kind === 'number' || (isWord(head) && ctx.determiners.has(head.lower));
  if (k === i + 2)
    return isCapitalised(noun) && (MONTHS.has(noun.lower) || WEEKDAYS.has(noun.lower));
  if (k === i + 3) return determined;
  return k === i + 4 && determined && PHRASE_MODIFIERS.has(tokens[i + 2]?.lower ?? '');
}

/** The kinds of control a label of the screen names: "click Save button", "the Help menu". */
const CONTROLS = ['button', 'tab', 'menu', 'option', 'icon', 'link'];

/** Words that may follow a label of the screen: "click Save and …", "select Reset to …". */
const AFTER_LABEL = set(['and', 'or', 'to', 'in', 'on', 'at', 'from', 'for', 'then', ...CONTROLS]);

/** What follows a label of the screen and no name: "Open Settings > Privacy", "Open Chrome's menu". */
const SCREEN_PATH = set(['>', '→', 'app', 'page', ...CONTROLS]);

/**
 * Whether the capitalised word at `at` is a label of the screen ("select Reset", "click
 * Continue to …"): what follows ends the clause or the label, not "move Afghan tribes".
 */
function screenLabelAt(s: Sentence, at: number): boolean {
  const label = s.tokens[at];
  const after = s.tokens[at + 1];
  return (
    isWord(label) &&
    isCapitalised(label) &&
    label.lower !== 'i' &&
    // ("if we're still dating come December": a month or a day is a time, no label.)
    !MONTHS.has(label.lower) &&
    !TIME_WORDS.has(label.lower) &&
    (!after || !isWord(after) || AFTER_LABEL.has(after.lower))
  );
}

/**
 * "To reset it press the button", "To get there take the bus", "To find the median add the
 * numbers": a sentence-initial infinitive of purpose without its comma. The bare verb after
 * the infinitive's object opens the main clause when that object is a singular noun, an
 * object pronoun or "there"/"here", none of which could be its subject, and an object of its
 * own follows. Not after "be" ("To be honest I …") or a verb that takes a bare infinitive
 * ("To make it work …", "To help kids learn the rules …").
 */
function clauseAfterPurpose(s: Sentence, start: number): number | undefined {
  const { tokens, ctx } = s;
  if (start > 0 && !isSentenceEnd(tokens[start - 1])) return undefined;
  let i = start;
  while (i < start + 2 && isWord(tokens[i]) && ctx.prefix.has((tokens[i] as Token).lower)) i++;
  const to = tokens[i];
  const verb = tokens[i + 1];
  if (!isWord(to) || to.lower !== 'to' || !isWord(verb) || s.titleCase) return undefined;
  if (!isBaseVerb(verb, ctx) || ctx.be.has(verb.norm) || BARE_INFINITIVE_TAKING.has(verb.lower))
    return undefined;
  for (let k = i + 3; k < tokens.length && k < i + 10; k++) {
    const t = tokens[k] as Token;
    if (isBreak(t) || isSentenceEnd(t) || t.text === ',') return undefined;
    if (t.kind !== 'word') continue;
    // ("To avoid crowds don't go Sunday night": the infinitive's object, then a negated
    // order, which no noun before it can be the subject of once the verb has taken it.)
    const taken = tokens[k - 1] as Token;
    if (
      t.norm === 'do' &&
      tokens[k + 1]?.norm === 'not' &&
      k - 1 >= i + 2 &&
      isWord(taken) &&
      plainNoun(taken, ctx) &&
      !ctx.subjects.has(taken.lower)
    )
      return k;
    if (
      ctx.subjects.has(t.lower) ||
      ctx.wh.has(t.lower) ||
      SUBORDINATORS.has(t.lower) ||
      MODALS.has(t.norm) ||
      isFiniteVerb(t, ctx) ||
      BARE_INFINITIVE_TAKING.has(t.lower)
    )
      return undefined;
    const prev = tokens[k - 1] as Token;
    const next = tokens[k + 1];
    if (
      baseTier(t, ctx) !== 'verbal' ||
      isCapitalised(t) ||
      prev.lower === 'to' ||
      ctx.never.has(t.lower) ||
      ctx.elidedVerbs.has(t.lower) ||
      !isWord(next)
    )
      continue;
    // The infinitive's object: a pronoun ("To reset it press …"), "there", or a singular noun
    // right after the verb or its determiner ("To save money buy …", "To cancel your order
    // click …"); a plural could be the subject ("To date the results show …").
    const singular =
      plainNoun(prev, ctx) &&
      !COORDINATORS.has(prev.lower) &&
      !/[^s]s$/.test(prev.lower) &&
      !PLURAL_NOUNS.has(prev.lower);
    const objectEnds =
      PURPOSE_OBJECTS.has(prev.lower) ||
      singularNounBefore(s, k) ||
      (singular && k - 1 === i + 2 && baseTier(prev, ctx) !== 'verbal') ||
      (singular && k - 2 === i + 2 && ctx.determiners.has((tokens[k - 2] as Token).lower));
    const object =
      next.lower !== 'that' &&
      (ctx.determiners.has(next.lower) ||
        ctx.objects.has(next.lower) ||
        PHRASAL_PARTICLES.has(next.lower) ||
        PATH_PREPOSITIONS.has(next.lower) ||
        POINTERS.has(t.lower) ||
        screenLabelAt(s, k + 1));
    if (objectEnds && object) return k;
  }
  return undefined;
}

/** Objects that end an infinitive of purpose: "To reset it …", "To get there …". */
const PURPOSE_OBJECTS = set(['it', 'this', 'that', 'them', 'there', 'here']);

/** Prepositions that open a path or place after a verb: "go to Settings", "buy in bulk". */
const PATH_PREPOSITIONS = set([
  'to',
  'in',
  'into',
  'on',
  'onto',
  'through',
  'with',
  'for',
  'from',
  'at',
  'by',
  'over',
  'under',
]);

/** Subordinators that are prepositions too: "after the proviso", "before the date". */
const PREPOSITION_SUBORDINATORS = set(['after', 'before', 'until']);

/**
 * "For more details check out this article", "For best results use a soft cloth": a phrase
 * of aim ends on its noun, plural or not, and the verb after it opens the clause, since a
 * noun inside "for …" is no subject.
 */
function aimPhraseBefore(s: Sentence, opener: number, k: number): boolean {
  const { tokens, ctx } = s;
  if ((tokens[opener] as Token).lower !== 'for') return false;
  if (aimTopicBefore(s, opener, k)) return true;
  if (k - opener > 4) return false;
  const noun = tokens[k - 1];
  // (After its determiner or modifier the word is the noun, also where it could be a verb:
  // "details", "results".)
  if (
    !isWord(noun) ||
    ctx.subjects.has(noun.lower) ||
    ctx.objects.has(noun.lower) ||
    ctx.determiners.has(noun.lower) ||
    ctx.particles.has(noun.lower) ||
    isAdverb(noun, ctx)
  )
    return false;
  for (let m = opener + 1; m < k - 1; m++) {
    const t = tokens[m] as Token;
    if (!isWord(t) || !(ctx.determiners.has(t.lower) || AIM_MODIFIERS.has(t.lower))) return false;
  }
  return k - 1 >= opener + 1;
}

/**
 * "For more information on our plans visit our website", "For help with the app contact
 * support": the noun of a phrase of aim, with its modifiers, then a preposition of topic and
 * its noun phrase; the verb after them opens the clause, since a noun inside "for …" is no
 * subject, however long its complement.
 */
function aimTopicBefore(s: Sentence, opener: number, k: number): boolean {
  const { tokens, ctx } = s;
  let m = opener + 1;
  while (
    m < k &&
    isWord(tokens[m]) &&
    (ctx.determiners.has((tokens[m] as Token).lower) ||
      AIM_MODIFIERS.has((tokens[m] as Token).lower))
  )
    m++;
  const noun = tokens[m];
  const topic = tokens[m + 1];
  return (
    m + 2 < k &&
    isWord(noun) &&
    plainNoun(noun, ctx) &&
    !ctx.determiners.has(noun.lower) &&
    isWord(topic) &&
    AIM_TOPICS.has(topic.lower)
  );
}

/** Prepositions of topic after the noun of a phrase of aim: "for details on", "for help with". */
const AIM_TOPICS = set(['on', 'about', 'regarding', 'concerning', 'with', 'of', 'to']);

/** Words before the noun of a phrase of aim: "for more details", "for best results". */
const AIM_MODIFIERS = set([
  'more',
  'further',
  'additional',
  'best',
  'better',
  'faster',
  'full',
  'detailed',
  'quick',
  'quicker',
  'extra',
]);

/** The word before `k` is a singular noun of a noun phrase ("the meantime", "the menu"). */
function singularNounBefore(s: Sentence, k: number): boolean {
  const { tokens, ctx } = s;
  const noun = tokens[k - 1];
  if (!isWord(noun) || noun.hyphenRight) return false;
  const w = noun.lower;
  if (
    ctx.subjects.has(w) ||
    ctx.objects.has(w) ||
    ctx.determiners.has(w) ||
    ctx.particles.has(w) ||
    PHRASE_OPENERS.has(w) ||
    w === 'to' ||
    MODALS.has(noun.norm) ||
    isAdverb(noun, ctx) ||
    (w.endsWith('s') && !w.endsWith('ss')) ||
    PLURAL_NOUNS.has(w) ||
    (isVerbForm(noun, ctx) && !determinedNoun(s, k - 1) && !articleBeforeModifier(s, k - 1))
  )
    return false;
  // (Past a quoted name: "From the 'edit' menu select 'paste'".)
  const quoted = (m: number) => QUOTES.has(tokens[m]?.text ?? '') || tokens[m]?.text === "'";
  for (let m = k - 2, words = 0; m >= 0 && words < 2; m--) {
    const d = tokens[m] as Token;
    if (quoted(m)) continue;
    words++;
    if (d.kind === 'word' && ctx.determiners.has(d.lower)) return true;
  }
  return false;
}

/**
 * "the last sentence", "the 7th line": an article and one modifier that is no verb before a
 * word that is also a verb make that word the noun.
 */
function articleBeforeModifier(s: Sentence, k: number): boolean {
  const { tokens, ctx } = s;
  const modifier = tokens[k - 1];
  const article = tokens[k - 2];
  if (!isWord(article) || !ARTICLES.has(article.lower) || !modifier) return false;
  if (modifier.kind === 'number') return true;
  // ("last", "best": words the lexicon lists as verbs that are never orders.)
  return (
    isWord(modifier) &&
    (!isVerbForm(modifier, ctx) || ctx.never.has(modifier.lower)) &&
    !ctx.particles.has(modifier.lower)
  );
}

/** A verb's -ing form: "having" (have), "looking" (look), "stopping" (stop). */
function isGerund(w: string, ctx: Context): boolean {
  if (!w.endsWith('ing') || w.length < 6) return false;
  const stem = w.slice(0, -3);
  return Boolean(
    ctx.lex.tier(stem) ||
      ctx.lex.tier(`${stem}e`) ||
      (stem.at(-1) === stem.at(-2) && ctx.lex.tier(stem.slice(0, -1))),
  );
}

/**
 * "If you need a plumber call Mike", "If you're in the area stop by": the adverbial clause
 * ended on a singular noun, and a bare verb cannot be that noun's predicate (it would take
 * -s), so the verb opens the main clause. Not after a verb that takes a bare infinitive
 * ("If you hear the bell ring", "if you let the dog run").
 */
function singularNounThenVerb(s: Sentence, sub: number, k: number): boolean {
  const { tokens, ctx } = s;
  const noun = tokens[k - 1];
  const next = tokens[k + 1];
  if (!isWord(noun) || !isWord(next)) return false;
  const w = noun.lower;
  if (
    ctx.subjects.has(w) ||
    ctx.objects.has(w) ||
    ctx.determiners.has(w) ||
    ctx.particles.has(w) ||
    (isVerbForm(noun, ctx) && !determinedNoun(s, k - 1)) ||
    isAdverb(noun, ctx) ||
    (w.endsWith('s') && !w.endsWith('ss')) ||
    PLURAL_NOUNS.has(w) ||
    noun.hyphenRight
  )
    return false;
  // ("If you submit it as a feature request here": after "as" the words are one noun
  // phrase, "request" its head.)
  if (tokens[k - 3]?.lower === 'as' || tokens[k - 4]?.lower === 'as') return false;
  // A noun phrase: a determiner within two words before the noun ("a good mechanic").
  let determined = false;
  for (let m = k - 2; m >= k - 3 && m > sub; m--) {
    const d = tokens[m] as Token;
    if (d.kind === 'word' && ctx.determiners.has(d.lower)) determined = true;
  }
  if (!determined) return false;
  for (let m = sub + 1; m < k; m++)
    if (BARE_INFINITIVE_TAKING.has((tokens[m] as Token).lower)) return false;
  return (
    ctx.determiners.has(next.lower) ||
    ctx.objects.has(next.lower) ||
    ctx.particles.has(next.lower) ||
    next.lower === 'to' ||
    next.lower === 'for' ||
    // (A name as the object, not the subject "I": "when I set it to my IP address I get …".)
    (isCapitalised(next) && next.lower !== 'i' && !s.titleCase) ||
    // "When you get the tank make sure ...": "make sure" takes a clause, not an object.
    takesClause(s, k)
  );
}

/**
 * Prepositions whose noun phrase ends an adverbial clause ("if you have problems with your
 * account"): those of place, and those of topic, origin and aim.
 */
const clauseEndPreposition = (w: string): boolean =>
  PLACE_PREPOSITIONS.has(w) || TOPIC_PREPOSITIONS.has(w);

const TOPIC_PREPOSITIONS = set(['for', 'about', 'from', 'of', 'to']);

/**
 * "If you have problems with your account call the support", "If the weight is going into
 * your heels put the stirrups up": the adverbial clause, with its own subject and verb,
 * ended on the noun of a prepositional phrase, which cannot be the subject of the bare verb
 * after it (plural or not); that verb opens the main clause.
 */
function phraseNounThenVerb(s: Sentence, sub: number, k: number): boolean {
  const { tokens, ctx } = s;
  const noun = tokens[k - 1];
  const det = tokens[k - 2];
  const prep = tokens[k - 3];
  const next = tokens[k + 1];
  if (!isWord(noun) || !isWord(det) || !isWord(prep) || !isWord(next) || k - 3 <= sub) return false;
  if (!clauseEndPreposition(prep.lower) || !ctx.determiners.has(det.lower)) return false;
  if (!plainNoun(noun, ctx)) return false;
  // ("if you let the people in your office know …": a causative's object with its phrase;
  // "have problems with" is no causative: "have" is owned, not made to do.)
  for (let m = sub + 1; m < k; m++) {
    const bare = (tokens[m] as Token).lower;
    if (BARE_INFINITIVE_TAKING.has(bare) && !(HAVE_FORMS.has(bare) && m < k - 4)) return false;
  }
  return ctx.determiners.has(next.lower) || ctx.objects.has(next.lower);
}

/**
 * "fit the bill ask them", "a bit try to": a word that is also a verb is a noun right after
 * "a", "an" or "the" (not after "that", which may be a subject).
 */
function determinedNoun(s: Sentence, k: number): boolean {
  const { tokens, ctx } = s;
  const t = tokens[k] as Token;
  const d = tokens[k - 1];
  return (
    isWord(d) &&
    (d.lower === 'a' || d.lower === 'an' || d.lower === 'the') &&
    !isFiniteVerb(t, ctx) &&
    !t.lower.endsWith('ing')
  );
}

/** A word that can end a noun phrase: no pronoun, determiner, particle, finite verb or adverb. */
function plainNoun(noun: Token, ctx: Context): boolean {
  const w = noun.lower;
  return !(
    ctx.subjects.has(w) ||
    ctx.objects.has(w) ||
    ctx.determiners.has(w) ||
    ctx.particles.has(w) ||
    isAdverb(noun, ctx) ||
    isFiniteVerb(noun, ctx) ||
    noun.hyphenRight
  );
}

/**
 * "If you wish to pick eggs make a mop", "If you want to feed birds buy a feeder": the
 * adverbial clause ended on the object of its infinitive, which cannot be the subject of
 * the bare verb after it; that verb opens the main clause. Not after a verb that takes a
 * bare infinitive ("to help kids learn the rules").
 */
function objectNounThenVerb(s: Sentence, sub: number, k: number): boolean {
  const { tokens, ctx } = s;
  const noun = tokens[k - 1];
  const verb = tokens[k - 2];
  const to = tokens[k - 3];
  const next = tokens[k + 1];
  if (!isWord(noun) || !isWord(verb) || !isWord(to) || !isWord(next) || k - 3 <= sub) return false;
  if (to.lower !== 'to' || baseTier(verb, ctx) !== 'verbal') return false;
  if (!plainNoun(noun, ctx)) return false;
  for (let m = sub + 1; m < k; m++)
    if (BARE_INFINITIVE_TAKING.has((tokens[m] as Token).lower)) return false;
  return ctx.determiners.has(next.lower) || ctx.objects.has(next.lower);
}

/**
 * "if you get her a laptop make sure it's a good brand": "make sure" after a singular noun
 * (which could not be the subject of "make") in a clause that a subordinator opened, without
 * the comma that would end that clause.
 */
function makeSureAfterClause(s: Sentence, k: number): boolean {
  const { tokens, ctx } = s;
  if (tokens[k]?.lower !== 'make' || !takesClause(s, k)) return false;
  // ("The bag will absorb the wax just make sure you keep …": "just make sure" run on after
  // a clause's last word, which is no subject, modal, auxiliary or "to" it could follow.)
  const before = tokens[k - 2];
  if (
    tokens[k - 1]?.lower === 'just' &&
    isWord(before) &&
    !ctx.subjects.has(before.lower) &&
    !(isAdverb(before, ctx) && ctx.subjects.has(tokens[k - 3]?.lower ?? '')) &&
    !MODALS.has(before.norm) &&
    !DO_FORMS.has(before.norm) &&
    !ctx.be.has(before.norm) &&
    !isFiniteVerb(before, ctx) &&
    before.lower !== 'to' &&
    before.norm !== 'not' &&
    !COORDINATORS.has(before.lower)
  )
    return true;
  if (!singularNounBefore(s, k)) return false;
  for (let m = k - 2; m >= 0; m--) {
    const t = tokens[m] as Token;
    if (isBreak(t) || t.text === ',') return false;
    if (SUBORDINATORS.has(t.lower) && m < k - 3) return true;
  }
  return false;
}

/**
 * "It was cheap, mind you.", "This hasn't been a problem mind you, but …": the aside "mind
 * you" before a comma or the end is an order wherever it stands ("if you don't mind you can
 * …" goes on with a clause).
 */
function mindYouAside(s: Sentence, k: number): boolean {
  const { tokens } = s;
  if (tokens[k]?.lower !== 'mind' || tokens[k + 1]?.lower !== 'you') return false;
  const after = tokens[k + 2];
  const before = tokens[k - 1];
  if (
    isWord(before) &&
    (before.norm === 'not' || before.lower === 'never' || DO_FORMS.has(before.norm))
  )
    return false;
  return after === undefined || after.text === ',' || isSentenceEnd(after) || isBreak(after);
}

/**
 * "Crying is good for you trust me", "You did the right thing believe me", "itll hurt trust
 * me": the assurance closes its sentence without a comma as it does with one (see
 * `assurance`). Not the verb of a subject, a modal or an auxiliary before it ("they never
 * believe me", "you can trust me", "to trust me"), past any adverb between.
 */
function assuranceAtEnd(s: Sentence, k: number): boolean {
  const { tokens, ctx } = s;
  const t = tokens[k];
  if (!isWord(t) || (t.lower !== 'trust' && t.lower !== 'believe')) return false;
  if (tokens[k + 1]?.lower !== 'me') return false;
  const after = tokens[k + 2];
  if (!(after === undefined || isSentenceEnd(after) || isBreak(after))) return false;
  let b = k - 1;
  while (b > 0 && isWord(tokens[b]) && isAdverb(tokens[b] as Token, ctx)) b--;
  const before = tokens[b];
  if (!isWord(before) || b === 0) return false;
  // ("good for you trust me": "you" after a preposition is its object, not the subject.)
  const objectYou = before.lower === 'you' && isPreposition(tokens[b - 1]?.lower ?? '');
  // ("My kids trust me", "none of them believe me": a plural before is the verb's subject;
  // a singular one, "the right thing believe me", would take "believes".)
  const plural =
    PLURAL_NOUNS.has(before.lower) ||
    QUANTIFIED_PLURALS.has(before.lower) ||
    pluralNoun(before, ctx);
  return !(
    plural ||
    (ctx.subjects.has(before.lower) && !objectYou) ||
    MODALS.has(before.norm) ||
    DO_FORMS.has(before.norm) ||
    ctx.be.has(before.norm) ||
    before.norm === 'to' ||
    before.norm === 'not' ||
    before.lower === 'never' ||
    before.lower === 'and' ||
    before.lower === 'or'
  );
}

/** Plural pronouns and quantifiers that can be a present verb's subject: "all trust me". */
const QUANTIFIED_PLURALS = set(['them', 'all', 'both']);

/** Adjectives that make the word after their article a noun: "a good look", "a quick call". */
const NOUN_ADJECTIVES = set([
  'good',
  'quick',
  'close',
  'closer',
  'long',
  'hard',
  'brief',
  'careful',
  'great',
  'nice',
  'short',
  'final',
  'top',
  'best',
  'worst',
]);

/** Bare verbs that "lets" takes without an object: "he lets go", "she lets slip". */
const LETS_IDIOMS = set(['go', 'slip', 'fly', 'loose', 'rip', 'drop']);

/** Interjections before "lets" without its apostrophe: "no lets go", "ok lets eat". */
const LETS_AFTER = set([
  'no',
  'ok',
  'okay',
  'yes',
  'yeah',
  'so',
  'now',
  'well',
  'oh',
  'come',
  'on',
]);

/** Nouns of a hedge before its verb: "sort of enjoy", "kind of like". */
const HEDGE_NOUNS = set(['sort', 'kind']);

/**
 * "please foward along to me", "Please refernece Gas Daily": right after "please" a word no
 * list knows (no verb, nor any function word), before what a verb takes, is the verb misspelt.
 */
function misspeltAfterPlease(s: Sentence, j: number): boolean {
  const { tokens, ctx } = s;
  const t = tokens[j] as Token;
  const next = tokens[j + 1];
  const w = t.lower;
  if (!ctx.politeness.has(tokens[j - 1]?.lower ?? '') || !/^[a-z]{4,}$/.test(t.text)) return false;
  const known =
    ctx.lex.tier(w) !== undefined ||
    isPreposition(w) ||
    isAdverb(t, ctx) ||
    ctx.determiners.has(w) ||
    ctx.subjects.has(w) ||
    COORDINATORS.has(w) ||
    MODALS.has(t.norm) ||
    ctx.be.has(t.norm) ||
    DO_FORMS.has(t.norm) ||
    HAVE_FORMS.has(w) ||
    ctx.wh.has(w) ||
    ctx.never.has(w) ||
    INDEFINITE_SUBJECTS.has(w);
  return (
    !known &&
    isWord(next) &&
    (ctx.determiners.has(next.lower) ||
      ctx.objects.has(next.lower) ||
      PHRASAL_PARTICLES.has(next.lower) ||
      next.lower === 'along')
  );
}

/** Verbs that take a bare figure as their object: "call 5551234", "enter 12345", "see 20451". */
const FIGURE_VERBS = set([
  'call',
  'dial',
  'text',
  'fax',
  'phone',
  'ring',
  'page',
  'enter',
  'type',
  'use',
  'quote',
  'see',
]);

/** An ellipsis as a token: "should...be". */
const ELLIPSES = set(['...', '…', '..']);

/**
 * "whether FERC "should...be willing"", "I'm just… overcome": an ellipsis between a modal and
 * its bare verb, or "be" and its participle, holds the verb group back; it ends no clause.
 */
function suspendedVerb(s: Sentence, i: number): boolean {
  const { tokens, ctx } = s;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (!ELLIPSES.has((tokens[i] as Token).text) || !isWord(prev) || !isWord(next)) return false;
  if (isCapitalised(next)) return false;
  // ("I'm just… overcome": a form of "be", past its adverb, before its participle.)
  const be = isAdverb(prev, ctx) ? tokens[i - 2] : prev;
  if (isWord(be) && ctx.be.has(be.norm) && ctx.lex.participleLemma(next.lower) !== undefined)
    return true;
  return MODALS.has(prev.norm) && isBaseVerb(next, ctx);
}

/** Words between a modal and its verb: "could no longer work", "will never again go". */
const STRETCH = set(['no', 'longer', 'not', 'never', 'ever', 'again', 'also', 'still', 'just']);

/** Sounds that are verbs too ("zap mice", "bang the drum"); alone they are interjections. */
const SOUNDS = set(['boom', 'bang', 'bam', 'wham', 'pow', 'poof', 'zap', 'whoosh', 'kaboom']);

/** The prepositions of a repeated noun: "step by step", "face to face", "time after time". */
const REPEAT_LINKS = set(['by', 'to', 'after', 'for', 'in', 'upon']);

/** Plural nouns without -s: "If the police stop you" is no imperative. */
const PLURAL_NOUNS = set([
  'people',
  'children',
  'men',
  'women',
  'police',
  'staff',
  'folks',
  'feet',
  'teeth',
  'mice',
  'data',
  'media',
  'cattle',
  'kids',
]);

/** Verbs with an object and a bare infinitive: "let the dog run", "hear the bell ring". */
const BARE_INFINITIVE_TAKING = set([
  'let',
  'lets',
  'make',
  'makes',
  'made',
  'have',
  'has',
  'had',
  'see',
  'sees',
  'saw',
  'hear',
  'hears',
  'heard',
  'watch',
  'watches',
  'watched',
  'help',
  'helps',
  'helped',
  'feel',
  'feels',
  'felt',
  'notice',
  'noticed',
  'bid',
]);

/**
 * "If you can afford it get the big one", "If you like them buy two": the adverbial clause
 * ended on the object pronoun of its verb.
 */
function objectAfterVerb(s: Sentence, k: number): boolean {
  const { tokens, ctx } = s;
  const t = tokens[k];
  const before = tokens[k - 1];
  if (!isWord(t) || !isWord(before)) return false;
  if (!(t.lower === 'it' || t.lower === 'them' || t.lower === 'him' || t.lower === 'her'))
    return false;
  return isVerbForm(before, ctx) && !ctx.be.has(before.norm) && !isFiniteVerb(before, ctx);
}

/** "Could you please ...", "Can someone please tell me": "please" inside a question. */
function questionBefore(s: Sentence, i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    const t = s.tokens[k] as Token;
    if (isBreak(t) || t.text === ',') return false;
    // ("To fix this please restart …", "If you can't make it to the meeting please check …":
    // "to" asks nothing apart from "please"; right before it, "to please" is the verb.)
    if (t.kind === 'word' && t.norm === 'to' && k < i - 1) continue;
    if (t.kind === 'word' && (NOT_BEFORE_POLITE.has(t.norm) || isFiniteVerb(t, s.ctx))) return true;
  }
  return invertedModalBefore(s, i);
}

/**
 * "you should destroy this message and kindly notify the sender": "kindly" is also an adverb
 * of manner; right after a coordinator, in a clause whose modal the coordinated verb shares,
 * it is that, and asks nothing ("please" would).
 */
function kindlyAfterModal(s: Sentence, i: number): boolean {
  const { tokens } = s;
  if (tokens[i]?.lower !== 'kindly' || !COORDINATORS.has(tokens[i - 1]?.lower ?? '')) return false;
  for (let k = i - 2; k >= 0; k--) {
    const t = tokens[k] as Token;
    if (isBreak(t)) return false;
    if (t.kind === 'word' && MODALS.has(t.norm)) return true;
  }
  return false;
}

/**
 * "Could someone in your group please give me …": the sentence opens with a modal inverted
 * before its subject, a question however long the subject before "please".
 */
function invertedModalBefore(s: Sentence, i: number): boolean {
  const { tokens, ctx } = s;
  const modal = tokens[0];
  const subject = tokens[1];
  if (!isWord(modal) || !isWord(subject) || !MODALS.has(modal.norm) || i > 10) return false;
  // ("Would the real Rev Trask please stand up?", "Can the manager please email me": a noun
  // phrase after its determiner is a subject as well.)
  if (
    !ctx.subjects.has(subject.lower) &&
    !INDEFINITE_SUBJECTS.has(subject.lower) &&
    !ctx.determiners.has(subject.lower)
  )
    return false;
  for (let k = 2; k < i; k++) {
    const t = tokens[k] as Token;
    if (isBreak(t) || t.text === ',' || isFiniteVerb(t, ctx)) return false;
  }
  return true;
}

/** Pronouns that ask for a volunteer: "Can someone please …", "Would anyone …". */
const INDEFINITE_SUBJECTS = set(['someone', 'somebody', 'anyone', 'anybody', 'everyone']);

/**
 * "If it is broken please return it", "If you are interested please call": the finite verb
 * before "please" follows its subject, so it ends a statement (an adverbial clause), not the
 * inverted auxiliary of a question ("Could you please", "Can someone please").
 */
function statementBefore(s: Sentence, i: number): boolean {
  const { tokens, ctx } = s;
  const before = tokens[i - 1];
  // "Anything you need please let me know", "When you get this please call": a bare verb
  // after its personal subject, with no auxiliary or modal before that would ask.
  if (bareAfterSubject(s, i - 1) || bareAfterSubject(s, i - 2)) return true;
  if (!isWord(before) || NOT_BEFORE_POLITE.has(before.norm) || isFiniteVerb(before, ctx))
    return false;
  for (let k = i - 2; k >= 0 && k >= i - 3; k--) {
    const t = tokens[k] as Token;
    if (t.kind !== 'word') return false;
    if (!isFiniteVerb(t, ctx) || MODALS.has(t.norm)) continue;
    const subject = tokens[k - 1];
    if (!isWord(subject)) return false;
    return (
      (ctx.subjects.has(subject.lower) && !ctx.wh.has(subject.lower)) ||
      (isWord(tokens[k - 2]) && ctx.determiners.has((tokens[k - 2] as Token).lower))
    );
  }
  return false;
}

/** A bare verb at `k` right after its personal subject, with no auxiliary asking before. */
function bareAfterSubject(s: Sentence, k: number): boolean {
  const { tokens, ctx } = s;
  const verb = tokens[k];
  if (!isWord(verb)) return false;
  // ("Any questions you may have please call us": a modal after its subject.)
  const modal = isWord(tokens[k - 1]) && MODALS.has((tokens[k - 1] as Token).norm) ? 1 : 0;
  const subject = tokens[k - 1 - modal];
  const before = tokens[k - 2 - modal];
  return (
    isBaseVerb(verb, ctx) &&
    !MODALS.has(verb.norm) &&
    !DO_FORMS.has(verb.norm) &&
    isWord(subject) &&
    PERSONAL_SUBJECTS.has(subject.lower) &&
    !(
      isWord(before) &&
      (MODALS.has(before.norm) || DO_FORMS.has(before.norm) || before.norm === 'to')
    )
  );
}

/**
 * "you'll then see", "it didn't then go on", "we then wait": "then" after an auxiliary,
 * a negation or a subject is an adverb inside the verb group, not a coordinator.
 */
function adverbialThen(s: Sentence, i: number): boolean {
  const t = s.tokens[i] as Token;
  const prev = s.tokens[i - 1];
  if (t.lower !== 'then' || !isWord(prev)) return false;
  return (
    isFiniteVerb(prev, s.ctx) ||
    prev.norm === 'not' ||
    (s.ctx.subjects.has(prev.norm) && prev.lower !== 'that' && prev.lower !== 'it')
  );
}

function clauseStarts(s: Sentence): Array<[number, Start]> {
  const { tokens, ctx } = s;
  const starts = new Map<number, Start>([[0, 'strong']]);
  const add = (index: number, start: Start) => {
    if (index < tokens.length && !starts.has(index)) starts.set(index, start);
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const prev = tokens[i - 1];
    if (QUOTES.has(t.text)) {
      // A quotation opens a clause only where a clause could start anyway.
      // After a verb of saying ("They said "go to the other desk"") it is direct speech.
      const speech =
        isWord(prev) &&
        (SAYING.has(prev.lower) ||
          (ctx.objects.has(prev.lower) &&
            isWord(tokens[i - 2]) &&
            SAYING.has((tokens[i - 2] as Token).lower)));
      // ("Change to the "13" line and take it": a coordinator after a closing quote.)
      const conj = isWord(tokens[i + 1]) && COORDINATORS.has((tokens[i + 1] as Token).lower);
      // ("gets to "unplug," help out": a quotation mark that closes after its comma leaves
      // the clause after it where the comma would.)
      const next = tokens[i + 1];
      const closing =
        !conj &&
        prev?.text === ',' &&
        prev.end === t.start &&
        next !== undefined &&
        next.start > t.end;
      add(
        i + 1,
        closing
          ? 'comma'
          : !prev || isBreak(prev) || prev.text === ',' || speech
            ? 'strong'
            : conj
              ? 'conj'
              : 'quote',
      );
    } else if (
      isBreak(t) &&
      !numberCompound(s, i) &&
      !cutOffWord(s, i) &&
      !driveLetter(s, i) &&
      !suspendedVerb(s, i)
    ) {
      // "I will never return there again (and now have some doubts)": a coordinator right
      // after an opening bracket goes on with the clause before it.
      const next = tokens[i + 1];
      // ("I never have to wait long...and never get the usual excuses": so does a
      // lower-case coordinator right after an ellipsis.)
      const trailing = (t.text === '…' || /^\.{2,}$/.test(t.text)) && next?.text === 'and';
      if ((t.text === '(' || trailing) && i > 0 && isWord(next) && COORDINATORS.has(next.lower))
        add(i + 1, 'conj');
      // "S. F., Cal., declare": a full stop before a comma ends an abbreviation.
      else if (!(t.text === '.' && next?.text === ',')) add(i + 1, 'strong');
    } else if (t.text === ')' && (prev?.text === ':' || prev?.text === ';' || prev?.text === '-')) {
      // ":) Call me later": an emoticon ends what came before.
      add(i + 1, 'strong');
    } else if (asideOpensSentence(s, i)) {
      add(i + 1, 'strong');
    } else if (asideClosesAdverbial(s, i)) {
      add(i + 1, 'comma');
    }
    // ", and then lie on the couch": a coordinator after the comma makes it a coordination.
    else if (t.text === ',')
      add(
        i + 1,
        isWord(tokens[i + 1]) && COORDINATORS.has((tokens[i + 1] as Token).lower)
          ? 'conj'
          : 'comma',
      );
    else if (COORDINATORS.has(t.lower) && i > 0 && !adverbialThen(s, i)) add(i, 'conj');
    // "that's enough about you let's talk more about me", "which let's face it looks like":
    // "let's" before a bare verb opens a clause of its own wherever it stands.
    else if (
      t.lower === 'let' &&
      tokens[i + 1]?.lower === "'s" &&
      isWord(tokens[i + 2]) &&
      isBaseVerb(tokens[i + 2] as Token, ctx) &&
      !ctx.objects.has((tokens[i + 2] as Token).lower)
    )
      add(i, 'comma');
    // ("I would've told her no lets go": "lets" without its apostrophe after an interjection;
    // after a subject it is "he lets go".)
    // ("If you have some concerns lets discuss": "lets" takes its object before a bare verb,
    // so right before a word that is only a verb, other than the idioms' "go" and "slip", it
    // is "let's"; "it lets water out" lets its object.)
    else if (
      t.lower === 'lets' &&
      isWord(prev) &&
      isWord(tokens[i + 1]) &&
      isBaseVerb(tokens[i + 1] as Token, ctx) &&
      (LETS_AFTER.has(prev.lower) ||
        (baseTier(tokens[i + 1] as Token, ctx) === 'verbal' &&
          !LETS_IDIOMS.has((tokens[i + 1] as Token).lower)))
    )
      add(i, 'comma');
    // ("Tues 2/15 Lunch to 2:30 Let me know the best time": a capitalised "Let me" or "Let
    // us" after a run of words that left out its full stop opens a sentence.)
    else if (
      t.text === 'Let' &&
      i > 0 &&
      (tokens[i + 1]?.text === 'me' || tokens[i + 1]?.text === 'us') &&
      isWord(tokens[i + 2]) &&
      isBaseVerb(tokens[i + 2] as Token, ctx) &&
      !s.titleCase &&
      !s.shouting
    )
      add(i, 'strong');
    else if (
      ctx.politeness.has(t.lower) &&
      i > 0 &&
      (!questionBefore(s, i) || statementBefore(s, i)) &&
      !kindlyAfterModal(s, i)
    )
      add(i, 'polite');
  }
  for (const [index, start] of [...starts]) {
    if (start === 'quote') continue;
    const after =
      clauseAfterAdverbial(s, index) ?? clauseAfterPhrase(s, index) ?? clauseAfterPurpose(s, index);
    if (after !== undefined) starts.set(after, 'strong');
  }
  for (const [index, start] of [...starts]) {
    // ("But seriously, at least say hi": after a comma as well.)
    if (start !== 'strong' && start !== 'comma') continue;
    const after = afterDiscoursePhrase(s, index);
    if (after !== undefined) add(after, 'comma');
  }
  // (Wherever a clause starts: "…, then by all means go ahead", "and for god's sake stop".)
  for (const [index, start] of [...starts]) {
    const urged = start === 'quote' ? undefined : urgingAfter(s, index);
    // (After the phrase's comma the comma's start stays; `licence` lets it order.)
    if (urged !== undefined && starts.get(urged) !== 'comma') starts.set(urged, 'strong');
  }
  for (let k = 2; k < tokens.length; k++) if (makeSureAfterClause(s, k)) starts.set(k, 'strong');
  for (let k = 1; k < tokens.length; k++)
    if (mindYouAside(s, k) || assuranceAtEnd(s, k)) starts.set(k, 'strong');
  for (let k = 1; k < tokens.length - 1; k++) {
    // "If not just say no", "if so go for it": the elided condition ends with its "not" or
    // "so", comma or none.
    const condition = tokens[k]?.lower;
    if (tokens[k - 1]?.lower === 'if' && (condition === 'not' || condition === 'so'))
      if (isWord(tokens[k + 1])) add(k + 1, 'strong');
    if (advisedAfterSay(s, k)) {
      // (After its comma the said order is the verb's too: "we just said, screw it".)
      if (tokens[k + 1]?.text === ',') starts.set(k + 2, 'strong');
      else add(k + 1, 'strong');
      // ("I would say if he does not call you back by friday call him again": the advice
      // opens with its condition.)
      const after = clauseAfterAdverbial(s, k + 1);
      if (after !== undefined) starts.set(after, 'strong');
    }
    if (thanForThen(s, k)) add(k + 1, 'strong');
    const negated = negatedOrderAfter(s, k);
    if (negated) add(k + 1, negated);
    if (advisedAfterThink(s, k)) add(k + 1, 'strong');
    if (advisedAfterIs(s, k)) starts.set(k + 2, 'strong');
    if (negatedAdviceAfterIs(s, k)) starts.set(k + 1, 'strong');
    if (orderAfterCondition(s, k)) add(k, 'strong');
    if (runOnOrder(s, k) || pointerRunOn(s, k)) add(k, 'strong');
    if (adviceComplement(s, k)) add(k, 'strong');
    if (callToAction(s, k)) starts.set(k, 'strong');
    if (orderAfterPredicate(s, k)) add(k, 'strong');
  }
  return [...starts].sort((a, b) => a[0] - b[0]);
}

/**
 * "if you want to let loose, than head here": "than" misspelt for "then" at `k`, after a
 * condition and its comma, before a bare verb.
 */
function thanForThen(s: Sentence, k: number): boolean {
  const { tokens, ctx } = s;
  const verb = tokens[k + 1];
  if (tokens[k]?.lower !== 'than' || tokens[k - 1]?.text !== ',' || !isWord(verb)) return false;
  if (baseTier(verb, ctx) !== 'verbal' || isFiniteVerb(verb, ctx)) return false;
  for (let c = 0; c < k; c++)
    if (tokens[c]?.lower === 'if' || tokens[c]?.lower === 'when') return true;
  return false;
}

/**
 * A negated order after the word at `k` opens a clause: laughter run on ends what came
 * before it ("these people are dangerous hahaha don't fall for them"), "though" joins it as
 * "but" would ("I'm probably wrong though don't take my word for it").
 */
function negatedOrderAfter(s: Sentence, k: number): Start | undefined {
  const { tokens } = s;
  if (tokens[k + 1]?.norm !== 'do' || tokens[k + 2]?.norm !== 'not') return undefined;
  const w = tokens[k]?.lower ?? '';
  if (LAUGHTER.test(w)) return 'strong';
  return w === 'though' || w === 'tho' ? 'comma' : undefined;
}

/** Adverbs of frequency before a statement's verb: "the wifi never works". */
const NEVER_ALWAYS = set(['never', 'always', 'still', 'just', 'already', 'often', 'rarely']);

/** Words that make what follows part of the clause before: no run-on after them. */
const CLAUSE_LINKS = set([
  'that',
  'who',
  'which',
  'where',
  'what',
  'when',
  'if',
  'because',
  'since',
  'as',
  'than',
  'whether',
  'while',
  'until',
  'unless',
  'so',
  'to',
]);

/**
 * "The staff was rude avoid this place", "the wifi never works bring your own hotspot",
 * "this place is a scam dont waste your money": a review's run-on sentence, a statement
 * with its subject and finished verb, then an order with its object and no punctuation
 * between. Not after a link that makes the order part of the statement ("The people that
 * work there make …", "so", "to"), nor after a modal the bare verb could share.
 */
function runOnOrder(s: Sentence, k: number): boolean {
  const { tokens, ctx } = s;
  const verb = tokens[k];
  const next = tokens[k + 1];
  // ("It just means it expired just press refresh": past the order's own "just".)
  const end = RUN_ON_FOCUS.has(tokens[k - 1]?.lower ?? '') ? k - 2 : k - 1;
  const prev = tokens[end];
  if (!isWord(verb) || !isWord(next) || !isWord(prev) || s.titleCase) return false;
  const negative =
    (verb.norm === 'do' && next.norm === 'not') || verb.lower === 'dont' || verb.lower === "don't";
  const order =
    negative ||
    (baseTier(verb, ctx) === 'verbal' &&
      isBaseVerb(verb, ctx) &&
      !isFiniteVerb(verb, ctx) &&
      !ctx.never.has(verb.lower) &&
      !ctx.elidedVerbs.has(verb.lower) &&
      (!SERIAL_VERBS.has(verb.lower) || towardWriter(verb, next)) &&
      (ctx.determiners.has(next.lower) || ctx.objects.has(next.lower)));
  if (!order) return false;
  // The statement before: from the sentence's start, a subject, then a finished verb.
  let finite = false;
  for (let m = end; m >= 0; m--) {
    const t = tokens[m] as Token;
    if (isBreak(t) || isSentenceEnd(t) || t.text === ',' || QUOTES.has(t.text)) return false;
    if (!isWord(t)) continue;
    if (CLAUSE_LINKS.has(t.lower) || COORDINATORS.has(t.lower) || MODALS.has(t.norm)) return false;
    if (isFiniteVerb(t, ctx) || (m < end && inflectedVerb(t, ctx))) finite = true;
  }
  const first = tokens[0];
  const subject =
    isWord(first) && (ctx.determiners.has(first.lower) || ctx.subjects.has(first.lower));
  // The statement ends right before the order: on an -s or past verb ("never works"), or
  // on what a verb of being predicates ("was rude", "is a scam").
  // (Not an auxiliary the bare verb belongs to: "We did receive a payment".)
  const before = tokens[end - 1];
  // ("I hope this helps let me know": "this" is the subject of "helps"; "We sent it check
  // your inbox": the statement ends on its verb's object pronoun.)
  // (After "helps", "made", "saw" a bare verb may be their infinitive, "this helps clarify
  // your concerns": there only an order toward the writer, "let me know", "call us".)
  const inflectedEnd =
    inflectedVerb(prev, ctx) &&
    (!BARE_INFINITIVE_TAKING.has(prev.lower) || towardWriter(verb, next)) &&
    isWord(before) &&
    (ctx.subjects.has(before.lower) ||
      before.lower === 'this' ||
      isAdverb(before, ctx) ||
      NEVER_ALWAYS.has(before.lower));
  const ends =
    !DO_FORMS.has(prev.norm) &&
    !isFiniteVerb(prev, ctx) &&
    (inflectedEnd ||
      ((prev.lower === 'it' || prev.lower === 'them') &&
        isWord(before) &&
        inflectedVerb(before, ctx) &&
        !ctx.be.has(before.norm) &&
        // ("He saw them leave": the pronoun is the subject of a bare infinitive.)
        !BARE_INFINITIVE_TAKING.has(before.lower)) ||
      clauseEndsOn(s, end));
  // (An -s or past form after its subject is the statement's verb: "the wifi never works".)
  return (
    subject &&
    ends &&
    next.lower !== 'that' &&
    (finite || (inflectedEnd && !relativeWithoutThat(s, end - 1)))
  );
}

/** Focusing adverbs an order runs on with: "… it expired just press refresh". */
const RUN_ON_FOCUS = set(['just', 'simply']);

/**
 * Verbs that send the reader to a page, run on after a statement: "… see our page" (and
 * "have a look at", "take a look at").
 */
const RUN_ON_POINTERS = set(['see', 'visit', 'read', 'check', 'watch']);
/** What a pointer sends the reader to. */
const RESOURCES = set([
  'page',
  'site',
  'website',
  'link',
  'links',
  'blog',
  'faq',
  'post',
  'video',
  'article',
  'thread',
  'forum',
  'section',
  'below',
  'above',
  'attached',
]);

/**
 * "PS - we have more cats coming in for re-homing see our 'Homes Wanted' page", "I posted
 * the photos see the link below": a statement with its finished verb, then, with no stop
 * between, a pointer to a page or a link. The resource the verb points to, a few words on,
 * makes it an order rather than the statement's own verb ("the users see the page" has no
 * finished verb before it).
 */
function pointerRunOn(s: Sentence, k: number): boolean {
  const { tokens, ctx } = s;
  const verb = tokens[k];
  const prev = tokens[k - 1];
  if (!isWord(verb) || !isWord(prev) || s.titleCase) return false;
  let m = k + 1;
  if (verb.lower === 'check' && tokens[m]?.lower === 'out') m++;
  // ("… have a look at her blog", "take a look at the FAQ".)
  const look =
    (verb.lower === 'have' || verb.lower === 'take') &&
    tokens[m]?.lower === 'a' &&
    tokens[m + 1]?.lower === 'look' &&
    tokens[m + 2]?.lower === 'at';
  if (look) m += 3;
  else if (!RUN_ON_POINTERS.has(verb.lower)) return false;
  const det = tokens[m];
  if (!isWord(det) || !ctx.determiners.has(det.lower)) return false;
  let resource = false;
  for (let r = m + 1; r <= m + 5 && r < tokens.length; r++) {
    const t = tokens[r] as Token;
    if (isSentenceEnd(t)) break;
    if (isWord(t) && RESOURCES.has(t.lower)) resource = true;
  }
  if (!resource) return false;
  if (ctx.subjects.has(prev.lower) || MODALS.has(prev.norm) || DO_FORMS.has(prev.norm))
    return false;
  if (prev.lower === 'to' || COORDINATORS.has(prev.lower) || ctx.be.has(prev.norm)) return false;
  // ("They made us see the page": the bare infinitive of a causative.)
  if (BARE_INFINITIVE_TAKING.has(tokens[k - 2]?.lower ?? '')) return false;
  // The statement before: a subject, then a finished verb, with no stop or link between.
  let finite = false;
  let subject = false;
  for (let i = k - 2; i >= 0; i--) {
    const t = tokens[i] as Token;
    if (isBreak(t) || isSentenceEnd(t) || t.text === ',' || QUOTES.has(t.text)) break;
    if (!isWord(t)) continue;
    if (CLAUSE_LINKS.has(t.lower) || MODALS.has(t.norm)) return false;
    if (isFiniteVerb(t, ctx) || inflectedVerb(t, ctx)) finite = true;
    // ("we have …", "Wendi has worked …": whatever stands before the finished verb.)
    else if (finite) subject = true;
  }
  return finite && subject;
}

/**
 * "The shoes I ordered fit", "The premises you visited do not belong": the subject pronoun at
 * `k` after a noun opens a relative clause without "that", whose verb is no statement's.
 */
function relativeWithoutThat(s: Sentence, k: number): boolean {
  const { tokens, ctx } = s;
  const pronoun = tokens[k];
  const head = tokens[k - 1];
  const article = tokens[k - 2];
  return (
    isWord(pronoun) &&
    ctx.subjects.has(pronoun.lower) &&
    isWord(head) &&
    plainNoun(head, ctx) &&
    // ("The shoes I ordered": after a determiner, a word in -s is a plural noun.)
    ((isWord(article) && ctx.determiners.has(article.lower)) || !isVerbForm(head, ctx)) &&
    !CLAUSE_VERBS.has(head.lower) &&
    !COORDINATORS.has(head.lower) &&
    !CLAUSE_LINKS.has(head.lower)
  );
}

/** Nouns that announce what the reader should do: "My advice is …". */
const ADVICE_NOUNS = set(['advice', 'advise', 'suggestion', 'recommendation', 'tip']);
const ADVICE_ADVERBS = set(['just', 'never', 'always', 'simply']);

/**
 * "My advice is get a second opinion", "Best advice I can give is be patient", "my advice
 * would be that never trust them": after "advice is" (or "would be", and "that") a bare verb
 * is the advice itself, an order. Not "My advice is to wait" (an infinitive) nor "The tip is
 * free" (no verb).
 */
function adviceComplement(s: Sentence, k: number): boolean {
  const { tokens, ctx } = s;
  const verb = tokens[k];
  if (!isWord(verb) || ctx.never.has(verb.lower) || ADJECTIVE_VERBS.has(verb.lower)) return false;
  const order =
    verb.norm === 'be' ||
    (verb.norm === 'do' && tokens[k + 1]?.norm === 'not') ||
    (baseTier(verb, ctx) === 'verbal' && !isFiniteVerb(verb, ctx) && isWord(tokens[k + 1]));
  if (!order) return false;
  let c = k - 1;
  if (ADVICE_ADVERBS.has(tokens[c]?.lower ?? '')) c--;
  if (tokens[c]?.lower === 'that') c--;
  const copula = tokens[c]?.lower;
  if (copula === 'be' && MODALS.has(tokens[c - 1]?.norm ?? '')) c--;
  else if (copula !== 'is' && copula !== 'was') return false;
  for (let i = c - 1; i >= 0 && i >= c - 8; i--) {
    const t = tokens[i] as Token;
    if (isBreak(t) || t.text === ',') return false;
    if (isWord(t) && ADVICE_NOUNS.has(t.lower)) return true;
  }
  return false;
}

/** Conditions said with neither subject nor verb: "When ready", "Once done", "If needed". */
const VERBLESS_CONDITIONS = set([
  'ready',
  'done',
  'finished',
  'needed',
  'necessary',
  'possible',
  'required',
  'convenient',
  'interested',
  'unsure',
]);

/** What "any" asks about at the head of an e-mail's last line: "Any questions let me know". */
const QUERY_NOUNS = set([
  'question',
  'questions',
  'query',
  'queries',
  'problem',
  'problems',
  'issue',
  'issues',
  'concern',
  'concerns',
  'comment',
  'comments',
  'trouble',
  'difficulties',
  'changes',
  'thoughts',
  'news',
  'luck',
]);

/**
 * "Any questions let me know", "If any problems just call us", "When ready send it over",
 * "Once done let me know": a condition without subject or verb opens the sentence with no
 * comma, and the verb at `k` with its object is the order it sets. "Any questions" takes
 * only the reader's turn to the writer ("let me", "call us", "feel free"): "Any changes
 * affect all users" is a clause.
 */
function orderAfterCondition(s: Sentence, k: number): boolean {
  const { tokens, ctx } = s;
  const verb = tokens[k];
  const next = tokens[k + 1];
  if (!isWord(verb) || !isWord(next) || !isBaseVerb(verb, ctx) || ctx.never.has(verb.lower))
    return false;
  let e = k - 1;
  if (tokens[e]?.lower === 'just') e--;
  // The condition, read backwards: "[if] any question(s) [or concern(s)]", or "when ready".
  let i = e;
  let any = false;
  if (QUERY_NOUNS.has(tokens[i]?.lower ?? '')) {
    if (COORDINATORS.has(tokens[i - 1]?.lower ?? '') && QUERY_NOUNS.has(tokens[i - 2]?.lower ?? ''))
      i -= 2;
    if (tokens[i - 1]?.lower !== 'any') return false;
    i -= 2;
    any = true;
  } else if (VERBLESS_CONDITIONS.has(tokens[i]?.lower ?? '')) {
    if (!SUBORDINATORS.has(tokens[i - 1]?.lower ?? '')) return false;
    i -= 2;
  } else return false;
  if (i >= 0 && SUBORDINATORS.has((tokens[i] as Token).lower)) i--;
  while (i >= 0 && isWord(tokens[i]) && ctx.prefix.has((tokens[i] as Token).lower)) i--;
  if (i >= 0 && !isBreak(tokens[i] as Token) && !isSentenceEnd(tokens[i])) return false;
  const toWriter = towardWriter(verb, next);
  if (any) return toWriter;
  return (
    toWriter ||
    (baseTier(verb, ctx) === 'verbal' &&
      (ctx.determiners.has(next.lower) || ctx.objects.has(next.lower)))
  );
}

/**
 * Phrases that open a sentence as a comma would close them: "By the way", "In the
 * meantime", "Having said that". Lower case, word by word.
 */
const DISCOURSE_PHRASES: readonly (readonly string[])[] = [
  'by the way',
  'in the meantime',
  'in the mean time',
  'having said that',
  'that being said',
  'with that in mind',
  'on a related note',
  'on another note',
  'on a side note',
  'just in case',
  'out of curiosity',
  'until further notice',
  'in any case',
  'in that case',
  'from now on',
  'going forward',
  'for future reference',
  'as a reminder',
  'as always',
  'bottom line',
  'long story short',
  'when in doubt',
  'if in doubt',
  'in short',
  'in other words',
  'either way',
  'first of all',
  'first thing',
  'above all',
  'most importantly',
  'more importantly',
  // ("At least try it once", "For now just use the web version".)
  'at least',
  'at worst',
  'at best',
  'for now',
  'for the time being',
  'if possible',
  'if necessary',
  'if needed',
  'in general',
  'as a rule',
  'next time',
  'from next time',
].map((p) => p.split(' '));

/** Phrases that urge the order after them: "By all means respond", "for crying out loud". */
const URGING_PHRASES: readonly (readonly string[])[] = [
  'by all means',
  'for the love of god',
  'for crying out loud',
].map((p) => p.split(' '));

/**
 * "For god's sake stop asking", "for fucks sake stop": the length of an oath "for …'s sake"
 * at `i`, or 0.
 */
function oathLength(s: Sentence, i: number): number {
  const { tokens } = s;
  if (tokens[i]?.lower !== 'for' || !isWord(tokens[i + 1])) return 0;
  const possessive = /^['’]s$/.test(tokens[i + 2]?.text ?? '') ? 1 : 0;
  const sake = tokens[i + 2 + possessive]?.lower;
  return sake === 'sake' || sake === 'sakes' ? 3 + possessive : 0;
}

/**
 * "By the way don't forget …", "In the meantime keep …": where the clause after a discourse
 * phrase that opens the sentence (after `start`) without its comma begins.
 */
function afterDiscoursePhrase(s: Sentence, start: number): number | undefined {
  const { tokens, ctx } = s;
  let i = start;
  // ("Just in case …": a phrase that starts with a word the prefixes have.)
  for (;;) {
    for (const phrase of DISCOURSE_PHRASES) {
      if (!phrase.every((w, n) => tokens[i + n]?.lower === w)) continue;
      const next = tokens[i + phrase.length];
      return isWord(next) ? i + phrase.length : undefined;
    }
    if (i >= start + 2 || !isWord(tokens[i]) || !ctx.prefix.has((tokens[i] as Token).lower))
      return undefined;
    i++;
  }
}

/**
 * "So by all means respond", "For god's sake, stop.", "Just for the love of god recline
 * slowly": where the order after a phrase that urges it (an oath, "by all means") begins,
 * comma or none, when the phrase opens the clause at `start` (past "so", "just" and the
 * like).
 */
function urgingAfter(s: Sentence, start: number): number | undefined {
  const { tokens, ctx } = s;
  let i = start;
  while (
    i < start + 2 &&
    isWord(tokens[i]) &&
    (ctx.prefix.has((tokens[i] as Token).lower) || COORDINATORS.has((tokens[i] as Token).lower))
  )
    i++;
  let end = i + oathLength(s, i);
  if (end === i) {
    const phrase = URGING_PHRASES.find((p) => p.every((w, n) => tokens[i + n]?.lower === w));
    if (!phrase) return undefined;
    end = i + phrase.length;
  }
  if (tokens[end]?.text === ',') end++;
  return isWord(tokens[end]) ? end : undefined;
}

/**
 * The bare verb at `j` takes "yourself" as its object, past a particle or preposition ("focus
 * on yourself", "ask urself"), and no "you" right before the verb is its subject.
 */
function reflexiveObject(s: Sentence, j: number): boolean {
  const { tokens, ctx } = s;
  const verb = tokens[j];
  if (!isWord(verb) || baseTier(verb, ctx) === undefined || isFiniteVerb(verb, ctx)) return false;
  let reflexive = false;
  for (let k = j + 1; k <= j + 2 && !reflexive; k++) {
    const t = tokens[k];
    if (!isWord(t)) return false;
    reflexive = SECOND_REFLEXIVES.has(t.lower);
    if (!reflexive && !isPreposition(t.lower) && !ctx.particles.has(t.lower)) return false;
  }
  // (Not after a "you" the verb may share, "you develop it and convince yourself", nor an
  // infinitive it is coordinated with, "is to stand in the waters and break yourself".)
  for (let k = 0; reflexive && k < j; k++) {
    const w = tokens[k]?.lower;
    if (w === 'you' || w === 'u' || w === 'to') return false;
  }
  return reflexive;
}

/** Laughter and its abbreviations in web text: "lol", "hahaha", "lmao". */
const LAUGHTER = /^(?:lol|lmao|rofl|(?:ha){2,}h?|(?:he){2,})$/;

/** The reader's own self, as web text spells it. */
const SECOND_REFLEXIVES = set(['yourself', 'yourselves', 'urself', 'yourselfs']);

/** Whether an urging phrase (see `urgingAfter`) ends right before the comma at `comma`. */
function urgingBefore(s: Sentence, comma: number): boolean {
  if (s.tokens[comma]?.text !== ',') return false;
  for (let i = Math.max(0, comma - 5); i < comma; i++)
    if (urgingAfter(s, i) === comma + 1) return true;
  return false;
}

/** "the O: drive", "on P: drive": the colon of a drive's letter breaks nothing. */
function driveLetter(s: Sentence, i: number): boolean {
  const { tokens } = s;
  const letter = tokens[i - 1];
  return (
    tokens[i]?.text === ':' &&
    isWord(letter) &&
    /^[A-Z]$/.test(letter.text) &&
    /^drives?$/i.test(tokens[i + 1]?.text ?? '')
  );
}

/**
 * "(the younger the easier to tame) Look for clean feathers", "(optional) and repeat the
 * steps": an aside in brackets that opens the sentence (or follows a semicolon or colon)
 * stands apart from it, so the clause starts after it. Not a source's name alone ("(Reuters)
 * Police said …"): the aside has a word in lower case.
 */
function asideOpensSentence(s: Sentence, close: number): boolean {
  const { tokens } = s;
  const open = asideStart(s, close);
  if (open === undefined || close - open < 2 || !isWord(tokens[close + 1])) return false;
  const before = tokens[open - 1];
  if (before && !isSentenceEnd(before) && before.text !== ';' && before.text !== ':') return false;
  // ("[1] Look for mechanical slop …": a list item's number in brackets.)
  if (close - open === 2 && tokens[open + 1]?.kind === 'number') return true;
  for (let k = open + 1; k < close; k++) {
    const t = tokens[k] as Token;
    if (t.kind === 'word' && /^[a-z]/.test(t.text)) return true;
  }
  return false;
}

/**
 * "If the weight goes into your heels (it throws your leg forward) put …": a bracketed aside
 * after an adverbial clause closes it as a comma would. Not an aside inside a noun phrase
 * ("a required $500 (NON REFUNDABLE) deposit") or before a coordinator, which goes on with
 * the adverbial ("If you watch fights (youtube) and research …").
 */
function asideClosesAdverbial(s: Sentence, close: number): boolean {
  const { tokens, ctx } = s;
  const open = asideStart(s, close);
  const next = tokens[close + 1];
  if (open === undefined || !isWord(next) || COORDINATORS.has(next.lower)) return false;
  const before = tokens[open - 1];
  const closesClause =
    before?.text === ',' ||
    (isWord(before) && !ctx.determiners.has(before.lower) && !ADJECTIVE_DEGREE.has(before.lower));
  // An adverbial clause, opened by its subordinator ("if", "when"), not a phrase: "Then with
  // the idea of seeking cover made a judge (apparently ignorant of the law) appoint …".
  let k = open - 1;
  while (k >= 0 && !isSentenceEnd(tokens[k]) && !SUBORDINATORS.has((tokens[k] as Token).lower)) k--;
  return closesClause && k >= 0 && !isSentenceEnd(tokens[k]) && adjunctBefore(s, close + 1);
}

/**
 * "increased 18-fold", "the 50-move rule", "a 24-hour wait": a hyphen written between a
 * figure and a word, with no space, joins them into one modifier; it is no dash.
 */
function numberCompound(s: Sentence, i: number): boolean {
  const { tokens } = s;
  const t = tokens[i] as Token;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  return (
    t.text === '-' &&
    prev?.kind === 'number' &&
    isWord(next) &&
    prev.end === t.start &&
    t.end === next.start
  );
}

/**
 * "we could w- send her home", "this w- water here": in speech written down, a hyphen glued
 * to a fragment of a few lower-case letters, then a space, marks a word cut off and started
 * again; it is no dash and opens no clause.
 */
function cutOffWord(s: Sentence, i: number): boolean {
  const { tokens } = s;
  const t = tokens[i];
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  return (
    t?.text === '-' &&
    isWord(prev) &&
    prev.text.length <= 3 &&
    /^[a-z]+$/.test(prev.text) &&
    prev.end === t.start &&
    next !== undefined &&
    t.end < next.start &&
    // ("On picking them up- Pick up your hamster": a whole word before a capital is
    // written text's dash.)
    !(prev.text.length > 1 && isWord(next) && isCapitalised(next) && next.text !== 'I')
  );
}

/**
 * "I think just go for it", "So I guess just tell yourself …": after the writer's own verb
 * of thinking, "just" and a bare verb are the advice, as after "I'd say"; the verb's own
 * clause would need a subject ("I think I just go").
 */
function advisedAfterThink(s: Sentence, k: number): boolean {
  const { tokens, ctx } = s;
  const verb = tokens[k + 2];
  if (!ADVISING_THOUGHTS.has(tokens[k]?.lower ?? '') || tokens[k - 1]?.lower !== 'i') return false;
  if (tokens[k + 1]?.lower !== 'just' || !isWord(verb)) return false;
  return (
    baseTier(verb, ctx) === 'verbal' &&
    isBaseVerb(verb, ctx) &&
    !MODALS.has(verb.norm) &&
    !ctx.be.has(verb.norm) &&
    !ctx.lex.pastLemma(verb.lower)
  );
}

/**
 * "All I can say is, put yourself first", "The thing is, call them first": "is" and its
 * comma introduce the advice as a colon would; a bare verb after them is an order ("The
 * problem is, people forget" goes on with a clause).
 */
function advisedAfterIs(s: Sentence, k: number): boolean {
  const { tokens, ctx } = s;
  const verb = tokens[k + 2];
  if (tokens[k]?.lower !== 'is' || tokens[k + 1]?.text !== ',' || !isWord(verb)) return false;
  return bareAdvice(s, verb);
}

/**
 * "Only thing i can tell is don't ignore your feelings", "another way to frame it is don't
 * jump into something": "is" before a negated order introduces it, comma or none.
 */
function negatedAdviceAfterIs(s: Sentence, k: number): boolean {
  const { tokens } = s;
  return (
    tokens[k]?.lower === 'is' &&
    tokens[k + 1]?.norm === 'do' &&
    tokens[k + 2]?.norm === 'not' &&
    isWord(tokens[k + 3]) &&
    k > 1
  );
}

/** A bare verb that may be advice introduced by "is" (see `advisedAfterIs`). */
function bareAdvice(s: Sentence, verb: Token): boolean {
  const { ctx } = s;
  return (
    baseTier(verb, ctx) === 'verbal' &&
    !isFiniteVerb(verb, ctx) &&
    !MODALS.has(verb.norm) &&
    !ctx.subjects.has(verb.lower) &&
    !ctx.elidedVerbs.has(verb.lower)
  );
}

/** The writer's verbs of thinking that may open advice: "I think just …", "I guess just …". */
const ADVISING_THOUGHTS = set(['think', 'guess', 'reckon', 'suppose', 'believe']);

/**
 * "I would say go way before they close", "I hate to say check them out": after the
 * writer's own "say" the advice is quoted without quotation marks, and a clause starts.
 */
function advisedAfterSay(s: Sentence, k: number): boolean {
  const { tokens, ctx } = s;
  const saying = tokens[k]?.lower;
  // ("you say don't cut Hydrangeas back", "he said, do not touch it": a negated order
  // reported after a verb of saying, with its comma or without.)
  const comma = tokens[k + 1]?.text === ',' ? 1 : 0;
  if (
    (saying === 'say' || saying === 'said' || saying === 'says') &&
    tokens[k + 1 + comma]?.norm === 'do' &&
    tokens[k + 2 + comma]?.norm === 'not' &&
    isWord(tokens[k + 3 + comma]) &&
    isBaseVerb(tokens[k + 3 + comma] as Token, ctx)
  )
    return true;
  // "she said stop!", "I said never mind", "we just said, screw it": an order reported as
  // said, closing its clause.
  if (saying === 'said' || saying === 'says') {
    const verb = tokens[k + 1 + comma];
    // ("I said never mind, paid the fee": "never" and its bare verb.)
    const neverVerb =
      verb?.lower === 'never' &&
      isWord(tokens[k + 2 + comma]) &&
      isBaseVerb(tokens[k + 2 + comma] as Token, ctx);
    let at = k + 2 + comma + (neverVerb ? 1 : 0);
    // (After the comma the order may keep its pronoun, which marks a verb as often a noun as
    // one: "said, forget it", "said, screw it".)
    const pronoun = comma === 1 && (tokens[at]?.lower === 'it' || tokens[at]?.lower === 'them');
    if (pronoun) at++;
    const after = tokens[at];
    const tier = isWord(verb) ? baseTier(verb, ctx) : undefined;
    return (
      isWord(verb) &&
      (verb.lower === 'never' ||
        ((tier === 'verbal' || (pronoun && tier === 'ambiguous')) && !isFiniteVerb(verb, ctx))) &&
      (!after || isSentenceEnd(after) || after.text === ',' || after.text === '!')
    );
  }
  if (tokens[k]?.lower !== 'say') return false;
  // ("id say focus on …": "I'd" written without its apostrophe.)
  const before = tokens.slice(Math.max(0, k - 3), k).map((t) => (t.lower === 'id' ? 'i' : t.lower));
  return (
    (before.includes('i') || before.includes('we') || before.at(-1) === 'to') &&
    !before.includes('you') &&
    isWord(tokens[k + 1])
  );
}

/**
 * "… delivery to the body Learn More", "Comments Log in to add a comment": a page's call to
 * action pasted into running text without its stop; a capitalised verb before "More",
 * "Now", "Here", "in", "up" after a word starts a clause of its own.
 */
function callToAction(s: Sentence, k: number): boolean {
  const { tokens, ctx } = s;
  const t = tokens[k] as Token;
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  if (!isWord(t) || !isWord(prev) || !isWord(next) || !isCapitalised(t)) return false;
  if (s.titleCase || s.shouting) return false;
  // ("Learn More", "Click Here" as in a capitalised order; "Log in", "Sign Up".)
  const complement =
    HEADING_COMPLEMENTS.has(next.lower) || next.lower === 'in' || next.lower === 'up';
  if (!complement || ctx.names.has(t.lower)) return false;
  // ("We Sign Up new users", "Our Check In desk": a subject or a determiner before it.)
  if (ctx.subjects.has(prev.lower) || ctx.determiners.has(prev.lower)) return false;
  // ("He DID NOT SHOW UP": a verb after its negation or "do" is theirs, shouted.)
  if (prev.norm === 'not' || DO_FORMS.has(prev.norm)) return false;
  // ("Log in" with its own capital or before "to"; "More", "Now" capitalised as on a button.)
  if (!isCapitalised(next) && !(next.lower === 'in' && tokens[k + 2]?.lower === 'to')) return false;
  const tier = baseTier(t, ctx);
  return (tier === 'verbal' || tier === 'ambiguous') && !pastOnly(t, ctx);
}

/**
 * "This place is awesome check it out!", "He might be sick take him to the vet": a clause
 * that ends on the adjective after "be", run on without its stop; a bare verb with its
 * object after the adjective opens an order, since an adjective takes no bare verb. Not a
 * noun after "be" ("The problem is people take advantage"), nor after "there is".
 */
function orderAfterPredicate(s: Sentence, k: number): boolean {
  const { tokens, ctx } = s;
  const verb = tokens[k] as Token;
  const next = tokens[k + 1];
  const adjective = tokens[k - 1];
  if (!isWord(verb) || !isWord(next) || !isWord(adjective) || isCapitalised(verb)) return false;
  const w = verb.lower;
  if (baseTier(verb, ctx) !== 'verbal' || isFiniteVerb(verb, ctx) || ctx.never.has(w)) return false;
  if (ctx.elidedVerbs.has(w) || ctx.lex.pastLemma(w) === w || DO_FORMS.has(w) || HAVE_FORMS.has(w))
    return false;
  if (!objectOpens(next, ctx) && !PHRASAL_PARTICLES.has(next.lower)) return false;
  const a = adjective.lower;
  // ("is sick", "is fine": a word mostly not a verb, in its base form, is the adjective.)
  const tier = baseTier(adjective, ctx);
  const adjectiveLike =
    (tier === 'nounlike' || tier === 'ambiguous') && !inflectedVerb(adjective, ctx);
  if (
    (isVerbForm(adjective, ctx) && !adjectiveLike) ||
    isCapitalised(adjective) ||
    ctx.wh.has(a) ||
    ctx.determiners.has(a) ||
    ctx.subjects.has(a) ||
    ctx.objects.has(a) ||
    ctx.particles.has(a) ||
    isPreposition(a) ||
    isAdverb(adjective, ctx) ||
    COORDINATORS.has(a) ||
    // ("I'm gonna take it": the informal "going to"; "I was trying fix it": its "to" left out.)
    INFORMAL_TO.has(a) ||
    (CATENATIVE_FORMS.has(a) && next.lower !== 'me' && next.lower !== 'us') ||
    PLURAL_NOUNS.has(a) ||
    (a.endsWith('s') && !a.endsWith('ss') && !a.endsWith('ous'))
  )
    return false;
  let b = k - 2;
  if (isWord(tokens[b]) && PREDICATE_DEGREE.has((tokens[b] as Token).lower)) b--;
  const be = tokens[b];
  const subject = tokens[b - 1];
  return (
    isWord(be) &&
    ctx.be.has(be.norm) &&
    be.lower !== 'being' &&
    be.lower !== 'been' &&
    isWord(subject) &&
    subject.lower !== 'there' &&
    subject.lower !== 'here'
  );
}

/** Degree words before a predicate's adjective: "is so good", "was really nice". */
const PREDICATE_DEGREE = set(['so', 'very', 'really', 'too', 'pretty', 'super', 'quite', 'just']);

const CURSES = set(['fuck', 'screw', 'damn']);
const CURSE_OBJECTS = set(['you', 'off', 'them', 'him', 'her', 'yourself', 'yourselves', 'em']);
/** Words after a curse that make it an exclamation: "Damn right", "Fuck yeah". */
const CURSE_EXCLAMATIONS = set([
  'right',
  'good',
  'straight',
  'yeah',
  'yes',
  'no',
  'well',
  'sure',
  'true',
  'all',
  'fuck',
  'damn',
  'shit',
  'lol',
  'man',
  'dude',
  'bro',
]);

/** Whether the word at `k` ends a verb group or its subject: a modal, "to", "it", "I'd". */
function verbGroupBefore(s: Sentence, k: number): boolean {
  const t = s.tokens[k];
  return (
    isWord(t) &&
    (MODALS.has(t.norm) ||
      t.norm === 'to' ||
      isFiniteVerb(t, s.ctx) ||
      (s.ctx.subjects.has(t.lower) && !s.ctx.wh.has(t.lower)))
  );
}

/** An order its word alone makes ("Beware", "c'mon", "Fuck off"), found where it stands. */
function wordOrder(s: Sentence, t: Token, kind: 'command' | 'courtesy' = 'command'): void {
  s.found.add('imperative', t);
  s.found.imperatives.push({ start: t.start, end: t.end, kind });
}

function markClauses(s: Sentence): void {
  // "Buyer beware": the verb has no use but the imperative (and the infinitive); "c'mon", the
  // contracted "come on", is an interjection in the imperative wherever it stands ("but
  // c'mon...", "one out of – c'mon.").
  s.tokens.forEach((t, i) => {
    const prev = s.tokens[i - 1];
    if (
      (t.lower === 'beware' || t.lower === "c'mon" || t.lower === 'cmon') &&
      !(isWord(prev) && (prev.lower === 'to' || isFiniteVerb(prev, s.ctx)))
    )
      wordOrder(s, t);
    // ("You're not alone brotha just hang in there": the encouragement wherever it stands,
    // unless a modal, "to" or a subject has the verb.)
    if (
      t.lower === 'hang' &&
      s.tokens[i + 1]?.lower === 'in' &&
      s.tokens[i + 2]?.lower === 'there' &&
      i > 0 &&
      !verbGroupBefore(s, i - 1) &&
      !(
        isWord(prev) &&
        (isAdverb(prev, s.ctx) || prev.lower === 'just') &&
        verbGroupBefore(s, i - 2)
      )
    )
      wordOrder(s, t, 'courtesy');
    // "Fuck you.", "…, fuck off and –": a curse before its "you" or "off" at the start of a
    // clause is an order (alone, "Fuck." is an interjection, and the words stay in `never`).
    const next = s.tokens[i + 1];
    // ("screw it": dismissal is an order too; "damn it" is an interjection.)
    const closing = s.tokens[i + 2];
    // ("Screw my representative", "Fuck this job": a dismissal of what the determiner opens.)
    // ("Fuck that.", "Fuck driving to the store", "Fuck money", "Damn that friendly ghost
    // for ruining it": a demonstrative alone, a gerund, a noun alone; "damn" before its
    // noun phrase; not "Damn that's good", "Fuck yeah", "Damn right".)
    const demonstrative =
      isWord(next) &&
      (DEMONSTRATIVES.has(next.lower) || next.lower === 'that') &&
      (!closing ||
        closing.kind === 'punct' ||
        (t.lower === 'damn' && isWord(closing) && !isVerbForm(closing, s.ctx)));
    const dismissal =
      demonstrative ||
      (t.lower !== 'damn' &&
        ((next?.lower === 'it' && (!closing || closing.kind === 'punct')) ||
          (isWord(next) && s.ctx.determiners.has(next.lower) && isWord(closing)) ||
          (isWord(next) && isGerund(next.lower, s.ctx)) ||
          (isWord(next) &&
            (!closing || isSentenceEnd(closing)) &&
            !s.ctx.subjects.has(next.lower) &&
            !s.ctx.determiners.has(next.lower) &&
            !isAdverb(next, s.ctx) &&
            !CURSE_EXCLAMATIONS.has(next.lower))));
    if (
      CURSES.has(t.lower) &&
      isWord(next) &&
      (CURSE_OBJECTS.has(next.lower) || dismissal) &&
      (!prev ||
        (prev.kind === 'punct' && prev.text !== "'") ||
        // ("it'll just screw you over": not a modal's verb past its adverb.)
        (s.ctx.prefix.has(prev.lower) && !verbGroupBefore(s, i - 2)))
    )
      wordOrder(s, t);
  });
  let imperativeBefore = false;
  for (const [index, start] of clauseStarts(s)) {
    // A sentence end closes any coordination with an earlier imperative.
    if (index > 0 && isSentenceEnd(s.tokens[index - 1])) imperativeBefore = false;
    const kind = start === 'comma' && asideAfterCoordinator(s, index) ? 'conj' : start;
    if (clauseAt(s, index, kind, imperativeBefore)) imperativeBefore = true;
  }
}

/**
 * "would come into the office and, in a friendly way, offer up stories", "saw a butterfly go
 * up into the sky and, circling, disappear": the comma before `index` closes an aside that
 * opened right after a coordinator joining two verbs; the verb after it is coordinated, as
 * it would be straight after "and" (a coordinator that opens the sentence joins nothing:
 * "Or, as I saw on TV, get a clicker").
 */
function asideAfterCoordinator(s: Sentence, index: number): boolean {
  const { tokens } = s;
  if (tokens[index - 1]?.text !== ',') return false;
  for (let k = index - 2; k > 0 && k >= index - 8; k--) {
    const t = tokens[k] as Token;
    if (isBreak(t)) return false;
    if (t.text !== ',') continue;
    const conj = tokens[k - 1];
    return (
      isWord(conj) &&
      COORDINATORS.has(conj.lower) &&
      k - 1 > 0 &&
      !isSentenceEnd(tokens[k - 2]) &&
      isWord(tokens[k - 2])
    );
  }
  return false;
}

interface ClauseHead {
  /** Index of the token after the skipped prefix. */
  at: number;
  marker?: Token;
  /** "Right" of "Right click …": skipped, yet part of the order's span. */
  lead?: Token;
}

/** Skips what may precede the verb: discourse markers, "please", vocatives, list numbers. */
function skipPrefix(s: Sentence, start: number): ClauseHead {
  const { tokens, ctx } = s;
  let j = start;
  let marker: Token | undefined;
  let lead: Token | undefined;
  let words = 0;
  for (;;) {
    const t = tokens[j];
    if (!t) break;
    const next = tokens[j + 1];
    const qualifier = t.kind === 'word' && j === start && !t.hyphenRight ? compoundVerbAt(s, j) : 0;
    if (
      t.kind === 'punct' &&
      (t.text === ',' ||
        t.text === '-' ||
        t.text === "'" ||
        t.text === '#' ||
        // ("Send messages & get alerts": the ampersand between two verb phrases.)
        (t.lower === '&' && isWord(tokens[j - 1])) ||
        QUOTES.has(t.text))
    ) {
      j++;
    } else if (
      t.kind === 'number' &&
      // "1. Call us", "2) Restart it"; not a year in brackets ("(1806), express").
      t.text.length <= 2 &&
      j === start &&
      next &&
      (next.text === '.' || next.text === ')')
    ) {
      j += 2;
    } else if (
      // "1 Choose the kind of basil", "2 Start seed indoors": a step's number without its
      // stop, before a verb that is mostly a verb ("3 Days later" is a quantity).
      t.kind === 'number' &&
      t.text.length <= 2 &&
      j === 0 &&
      isWord(next) &&
      isCapitalised(next) &&
      !isFiniteVerb(next, ctx) &&
      (baseTier(next, ctx) === 'verbal' ||
        (baseTier(next, ctx) !== undefined && ARTICLE_OBJECTS.has(tokens[j + 2]?.lower ?? '')))
    ) {
      j++;
    } else if (t.kind === 'word' && ctx.politeness.has(t.lower)) {
      // ("should destroy it and kindly notify us": the adverb of manner asks nothing.)
      if (!kindlyAfterModal(s, j)) marker = t;
      j++;
    } else if (j === start && mannerBeforeOrder(s, j)) {
      // "Gently remove the cover", "Seriously avoid this place": an adverb of manner.
      j++;
    } else if (marker && adverbBeforeRequest(s, j)) {
      // "please immediately notify the sender", "please carefully read".
      j++;
    } else if (
      t.kind === 'word' &&
      j === start &&
      VOCATIVE_OPENERS.has(t.lower) &&
      isWord(next) &&
      baseTier(next, ctx) === 'verbal' &&
      !isFiniteVerb(next, ctx)
    ) {
      // "Guys check this out", "Everyone go vote": a vocative without its comma.
      j++;
    } else if (j === start && volunteerSubject(s, j)) {
      // "Somebody call a doctor!", "…, somebody take a shot": the order's own subject.
      j++;
    } else if (adviceBefore(s, j)) {
      // "so better inquire in the office", "Best count on $50 a head": the elided "you had".
      j++;
    } else if (
      t.lower === 'either' &&
      j === start &&
      isWord(next) &&
      baseTier(next, ctx) === 'verbal' &&
      !isFiniteVerb(next, ctx)
    ) {
      // "Either restart the app or reinstall it": the first half of a choice of orders.
      j++;
    } else if (qualifier > 0) {
      // "Power cycle the router", "Factory reset the phone", "Right (mouse) click on …": a
      // verb written as two words, the first its qualifier.
      lead = t;
      j += qualifier;
    } else if (t.kind === 'word' && j === start && /^[a-h]$/.test(t.text) && next?.text === ')') {
      // "a) Go to the store": a lettered list item.
      j += 2;
    } else if (t.kind === 'abbr' && j === start && /^(p\.s|n\.b)\.?$/i.test(t.text)) {
      // "P.S. Call me", "N.B. bring a pen".
      j++;
    } else if (
      t.kind === 'word' &&
      t.hyphenRight &&
      VERB_PREFIXES.has(t.lower) &&
      isWord(next) &&
      next.hyphenLeft &&
      isBaseVerb(next, ctx) &&
      // ("E-mail me", not the noun of "e-mail comments", "E-mail sciencem…@upi.com".)
      (t.lower !== 'e' || objectPronounAt(s, j + 2))
    ) {
      // "Re-install the driver", "Double-click the icon": the verb is the compound's last part.
      j++;
    } else if (
      t.kind === 'word' &&
      ctx.prefix.has(t.lower) &&
      !t.hyphenRight &&
      next?.text !== "'s" &&
      // ("No hurry, I was just wondering": "no" before a noun is its determiner; "no just
      // spend the night", "no let's stay" go on with a clause.)
      !(t.lower === 'no' && isWord(next) && !clauseOpener(next, ctx)) &&
      words < 3 &&
      // "First, call ..." but not "First time I ...", "Next week".
      // "First run, then think" too: the ordinal before a verb.
      (!ORDINALS.has(t.lower) ||
        next?.text === ',' ||
        (isWord(next) && baseTier(next, ctx) === 'verbal' && !isFiniteVerb(next, ctx)))
    ) {
      j++;
      words++;
      // "Hey guys check this out": the greeting's vocative.
      if (GREETINGS.has(t.lower) && isWord(next) && GROUP_VOCATIVES.has(next.lower)) j++;
    } else if (
      t.kind === 'word' &&
      ctx.attachment.has(t.lower) &&
      j === start &&
      isWord(next) &&
      (ctx.politeness.has(next.lower) || next.lower === 'find')
    ) {
      // "Attached please find ...", "Attached find ...": the passive is marked elsewhere.
      j++;
    } else if (
      (t.kind === 'word' || t.kind === 'abbr') &&
      isCapitalised(t) &&
      next?.text === ',' &&
      (baseTier(t, ctx) !== 'verbal' || ctx.names.has(t.lower)) &&
      words < 3
    ) {
      // A vocative: "Ginny, please see ...", "P.S. Tom, contact Vernon".
      j += 2;
      words++;
    } else {
      break;
    }
  }
  return { at: j, ...(marker ? { marker } : {}), ...(lead ? { lead } : {}) };
}

/** Subjects an order may name to pick its doer: "Somebody call a doctor!". */
const VOLUNTEERS = set(['someone', 'somebody']);

/**
 * "Somebody call a doctor!", "Someone take the bins out, please": "someone" takes a verb in
 * -s ("Someone calls every day"), so before a bare verb of the verbal tier it is the subject
 * of an order, not of a statement. Not before a verb whose past is its base ("Someone put
 * my name down") nor in a question ("Anyone know …?" is an elided "Does").
 */
function volunteerSubject(s: Sentence, j: number): boolean {
  const { tokens, ctx } = s;
  const t = tokens[j] as Token;
  const verb = tokens[j + 1];
  if (!isWord(t) || !VOLUNTEERS.has(t.lower) || !isWord(verb)) return false;
  const w = verb.lower;
  return (
    baseTier(verb, ctx) === 'verbal' &&
    !isFiniteVerb(verb, ctx) &&
    !ctx.never.has(w) &&
    ctx.lex.pastLemma(w) !== w
  );
}

/**
 * "so better inquire in railway office", "Best count on $50 per person": opening a sentence
 * (past "so"), "better" or "best" before a bare verb of the verbal tier and its object,
 * particle or preposition is the advice "you had better" with its subject and "had" elided.
 * Not before a noun ("Best food in town", "Best answer shall …": the verb needs what
 * follows it), nor after a comma ("…, better call the farrier" is the writer's own "I").
 */
function adviceBefore(s: Sentence, j: number): boolean {
  const { tokens, ctx } = s;
  const t = tokens[j] as Token;
  if (t.lower !== 'better' && t.lower !== 'best') return false;
  const opens = j === 0 || (j === 1 && tokens[0]?.lower === 'so');
  const verb = tokens[j + 1];
  const after = tokens[j + 2];
  if (!opens || !isWord(verb) || !isWord(after) || isFiniteVerb(verb, ctx)) return false;
  return (
    baseTier(verb, ctx) === 'verbal' &&
    !pastOnly(verb, ctx) &&
    !ctx.never.has(verb.lower) &&
    (objectOpens(after, ctx) || ctx.particles.has(after.lower) || isPreposition(after.lower))
  );
}

/**
 * "Gently remove the cover", "Usually fill each cup halfway", "Seriously avoid this place":
 * an adverb in -ly before a bare verb of the verbal tier and its object or particle opens an
 * order. Not before a verb the writer's elided "I" has ("Really love this place") nor one
 * whose past is its base form ("Recently read a great book"). "Effectively use and
 * communicate the licences", "Effectively set up and use Version Control": a second bare
 * verb coordinated with the first shares the object (a syllabus's list of outcomes).
 */
function mannerBeforeOrder(s: Sentence, j: number): boolean {
  const { tokens, ctx } = s;
  const t = tokens[j] as Token;
  // ("Honestly just ignore him": "just" or "simply" may come between.)
  const v = tokens[j + 1]?.lower === 'just' || tokens[j + 1]?.lower === 'simply' ? j + 2 : j + 1;
  const verb = tokens[v];
  const after = tokens[v + 1];
  if (t.kind !== 'word' || !t.lower.endsWith('ly') || !isAdverb(t, ctx)) return false;
  if (ctx.interveners.has(t.norm) || !isWord(verb)) return false;
  if (!bareOrderVerb(verb, ctx)) return false;
  // ("Honestly just move on with your life", "Seriously just go home": with "just" between,
  // the adverb and the bare verb order whatever follows; "Usually just sleep there" tells
  // a habit of the writer's elided "I".)
  if (v === j + 2 && tokens[j + 1]?.lower === 'just' && !HABITUAL_ADVERBS.has(t.lower)) return true;
  if (!isWord(after)) return false;
  if (objectOpens(after, ctx) || PHRASAL_PARTICLES.has(after.lower)) return true;
  const second = tokens[v + 2];
  const object = tokens[v + 3];
  return (
    (after.lower === 'and' || after.lower === 'or') &&
    isWord(second) &&
    bareOrderVerb(second, ctx) &&
    isWord(object) &&
    (objectOpens(object, ctx) || PHRASAL_PARTICLES.has(object.lower) || isCapitalised(object))
  );
}

/** Adverbs of how often, which tell a habit before a bare verb rather than order it. */
const HABITUAL_ADVERBS = set([
  'usually',
  'normally',
  'generally',
  'typically',
  'mostly',
  'rarely',
  'occasionally',
  'frequently',
  'regularly',
]);

/** A bare verb that an adverb of manner may open an order with (see `mannerBeforeOrder`). */
function bareOrderVerb(verb: Token, ctx: Context): boolean {
  const w = verb.lower;
  return (
    baseTier(verb, ctx) === 'verbal' &&
    !isFiniteVerb(verb, ctx) &&
    !ctx.never.has(w) &&
    !ctx.elidedVerbs.has(w) &&
    !OPINION_VERBS.has(w) &&
    ctx.lex.pastLemma(w) !== w
  );
}

/** A word that opens a clause after an interjection: "just", "please", "let's", "don't". */
function clauseOpener(t: Token, ctx: Context): boolean {
  return (
    ctx.prefix.has(t.lower) ||
    ctx.politeness.has(t.lower) ||
    t.lower === 'let' ||
    t.norm === 'do' ||
    ctx.subjects.has(t.lower)
  );
}

/** Verbs that point the reader to a link or a name: "see: https://…", "(See: Federal Hall)". */
const POINTERS = set(['see', 'visit', 'read', 'watch', 'follow', 'try', 'check', 'open', 'click']);

/**
 * Verbs written as two words, by their first: "Right click", "Power cycle", "Factory reset",
 * "Force quit".
 */
const COMPOUND_VERBS: ReadonlyMap<string, readonly string[]> = new Map([
  ['right', ['click']],
  ['left', ['click']],
  ['double', ['click', 'check']],
  ['power', ['cycle']],
  ['factory', ['reset']],
  ['hard', ['reset', 'reboot', 'restart']],
  ['soft', ['reset', 'reboot', 'restart']],
  ['force', ['quit', 'close', 'stop', 'restart']],
  ['fine', ['tune']],
  ['spot', ['check']],
  ['fast', ['forward']],
]);

/**
 * How many words the qualifier of a verb written as two words takes before its verb at `j`
 * ("Power cycle": 1, "Right mouse click": 2), or 0.
 */
function compoundVerbAt(s: Sentence, j: number): number {
  const { tokens } = s;
  const verbs = COMPOUND_VERBS.get((tokens[j] as Token).lower);
  const next = tokens[j + 1];
  if (!verbs || !isWord(next)) return 0;
  if (verbs.includes(next.lower)) return 1;
  return next.lower === 'mouse' && tokens[j + 2]?.lower === 'click' && verbs.includes('click')
    ? 2
    : 0;
}

/** Spans of time after "a"/"an" that measure rather than name an object: "Open an hour later". */
const SPANS = set(['minute', 'hour', 'day', 'week', 'month', 'year', 'while', 'bit', 'little']);

/** Words after a comma that open a clause of their own: "..., just ask for Jim". */
const FRESH_CLAUSE = set(['just', 'so', 'now', 'definitely', 'seriously', 'honestly']);

/** An object pronoun at `k`, the person a message goes to: "E-mail me", "e-mail us". */
function objectPronounAt(s: Sentence, k: number): boolean {
  const t = s.tokens[k];
  return isWord(t) && s.ctx.objects.has(t.lower) && !s.ctx.subjects.has(t.lower);
}

/**
 * Prefixes joined to a verb by a hyphen: "re-enter", "pre-order", "double-click", "fine-tune",
 * "soft-reset", "hard-reset", "auto-update", "e-mail".
 */
const VERB_PREFIXES = set([
  // ("E-mail me tomorrow", "E-file your return".)
  'e',
  're',
  'pre',
  'un',
  'de',
  'co',
  'double',
  'right',
  'left',
  'mis',
  'cross',
  'over',
  'under',
  'fine',
  'soft',
  'hard',
  'auto',
  'force',
  'hand',
  'spot',
  'test',
]);

/**
 * Words as often nouns that, before "to" and a place, move or point the reader there or keep
 * them to it: "Head to Settings", "Scroll to the bottom", "Stick to the main road" (not
 * "Credit to Peter Ward", "Net to Enron").
 */
const TOWARD_VERBS = set([
  'head',
  // ("Fast forward to the end".)
  'forward',
  'point',
  'scroll',
  'jump',
  'skip',
  'hop',
  'swipe',
  'drag',
  'slide',
  'tab',
  'stick',
]);

/**
 * "Subject to the terms of this License, Licensor grants …", "Next to the bank, we …": after
 * the comma that follows `from`, a subject pronoun or a noun phrase with its verb makes the
 * phrase before a fronted one; "Head to the station, then turn left", "Stick to Hop Hing, a
 * local favourite" go on with an order or an apposition.
 */
function clauseAfterPhraseComma(s: Sentence, from: number): boolean {
  const { tokens, ctx } = s;
  const comma = tokens.findIndex((t, k) => k >= from && t.text === ',');
  if (comma < 0) return false;
  const first = tokens[comma + 1];
  if (isWord(first) && ctx.subjects.has(first.lower)) return true;
  return predicateFollows(s, comma + 1, true);
}

/** Verbs of sending a message, which may take the question to answer: "DM which …". */
const MESSAGE_VERBS = set(['dm', 'pm', 'email', 'e-mail', 'text', 'message', 'tweet']);

/** Verbs of attention that end a statement as its tag: "…, remember?", "…, see?". */
const TAG_VERBS = set(['remember', 'see']);

/** Adverbs that open a suggestion asked with a question mark: "Maybe try …?". */
const HEDGED_SUGGESTIONS = set(['maybe', 'perhaps']);

/** Modals of a tag after an order: "Tell them, will you?", "Hold this would you?". */
const TAG_MODALS = set(['will', 'would', 'can', 'could', "won't"]);

/** A question tag after an order's comma: "Send us the log, okay?". */
const TAG_WORDS = set(['ok', 'okay', 'alright', 'k']);

/**
 * "Restart the app, does it work now?", "Wait, wait, is this 50 questions?", "Tell me, what
 * events …?", "Ask yourself, "will this take long?"": after the clause's comma a question of
 * its own opens, quoted or not, with an inverted auxiliary before its subject or a wh-word;
 * the question mark is that question's, not the clause's.
 */
function questionAfterComma(s: Sentence, from: number, end: number): boolean {
  const { tokens, ctx } = s;
  for (let c = from + 1; c < end - 1; c++) {
    if ((tokens[c] as Token).text !== ',') continue;
    // ("Ask yourself, “will this take two minutes?”": the question quoted.)
    let q = QUOTES.has(tokens[c + 1]?.text ?? '') ? c + 1 : c;
    // ("Forgive me if I'm wrong, but wasn't that what he did?": past a coordinator, and the
    // auxiliary's negation.)
    if (COORDINATORS.has(tokens[q + 1]?.lower ?? '')) q++;
    const first = tokens[q + 1];
    const subject = tokens[q + 2]?.norm === 'not' ? tokens[q + 3] : tokens[q + 2];
    if (!isWord(first)) continue;
    if (ctx.wh.has(first.lower) && first.lower !== 'that') return true;
    const auxiliary =
      MODALS.has(first.norm) ||
      DO_FORMS.has(first.norm) ||
      HAVE_FORMS.has(first.lower) ||
      (ctx.be.has(first.norm) && first.lower !== 'be');
    if (
      auxiliary &&
      isWord(subject) &&
      (ctx.subjects.has(subject.lower) || ctx.determiners.has(subject.lower))
    )
      return true;
  }
  return false;
}

/**
 * "call him again he could be playing hard to get?": a clause run on after the order, its
 * subject and modal or auxiliary with no subordinator or question word before them, owns
 * the question mark.
 */
function questionRunOn(s: Sentence, from: number, end: number): boolean {
  const { tokens, ctx } = s;
  for (let k = from + 2; k < end - 1; k++) {
    const subject = tokens[k] as Token;
    const verb = tokens[k + 1] as Token;
    if (subject.kind !== 'word' || !['he', 'she', 'they', 'we', 'it'].includes(subject.lower))
      continue;
    if (!(MODALS.has(verb.norm) || ctx.be.has(verb.norm) || HAVE_FORMS.has(verb.lower))) continue;
    // (After an object pronoun or an adverb that ends the order; "make sure it is clear?"
    // goes on with the adjective's clause.)
    const before = tokens[k - 1] as Token;
    if (before.kind !== 'word') return false;
    return (
      (ctx.objects.has(before.lower) || isAdverb(before, ctx)) &&
      !SUBORDINATORS.has(before.lower) &&
      !ctx.wh.has(before.lower) &&
      !COORDINATORS.has(before.lower)
    );
  }
  return false;
}

/** Analyses one clause start; returns whether it holds an imperative. */
function clauseAt(s: Sentence, start: number, kind: Start, imperativeBefore: boolean): boolean {
  const { tokens, ctx, found } = s;
  const head = skipPrefix(s, start);
  const end = clauseEnd(tokens, head.at);
  // ("Give the devs your feedback here, OK?": the question mark is the tag's, the order
  // before it no question.)
  // ("And tell your secret to people will you?": the tag "will you" needs no comma.)
  const tagged =
    (TAG_WORDS.has(tokens[end - 1]?.lower ?? '') &&
      tokens[end - 2]?.text === ',' &&
      end - 2 > head.at) ||
    (tokens[end - 1]?.lower === 'you' &&
      TAG_MODALS.has(tokens[end - 2]?.norm ?? '') &&
      isWord(tokens[end - 3]) &&
      end - 3 > head.at);
  // ("Imagine my surprise when … my response is "what meeting?" in a near panic": a question
  // quoted inside the sentence, which goes on after its closing quotation mark, is the
  // quotation's.)
  const quotedQuestion = QUOTES.has(tokens[end + 1]?.text ?? '') && isWord(tokens[end + 2]);
  const question =
    !tagged &&
    !quotedQuestion &&
    (tokens[end]?.text.includes('?') ?? false) &&
    !questionAfterComma(s, head.at, end) &&
    !questionRunOn(s, head.at, end);
  const sentenceStart =
    start === 0 ||
    isSentenceEnd(tokens[start - 1]) ||
    tokens[start - 1]?.text === '(' ||
    tokens[start - 1]?.text === '[';

  if (kind === 'strong' || kind === 'comma') {
    markAttachmentFormula(s, start);
    markAttachmentFormula(s, head.at);
    participleFragment(s, head.at, kind === 'comma');
  }
  if (sentenceStart && !head.marker && !question) markElidedFirstPerson(s, start);

  const marker = head.marker ?? trailingPoliteness(s, head.at + 1, end);
  const verb = imperativeVerb(s, head.at, kind, marker !== undefined, imperativeBefore, question);
  if (!verb) return false;

  const [first, last, lets] = verb;
  const h = tokens[first] as Token;
  const v = tokens[last] as Token;
  // "Don't" and "let's" are highlighted as written, not as their UD halves.
  const whole = h.norm === 'do' || lets;
  const span = whole ? { start: h.wordStart, end: h.wordEnd } : h;
  found.add('imperative', span);
  if (v !== h) found.add('imperative', v);
  if (lets) found.add('first_pl', span);

  const after = tokens[last + 1]?.lower ?? '';
  // ("Have a look at this article" points; "Have a great day" wishes.)
  const wish =
    (after !== 'a' && after !== 'an') ||
    v.lower !== 'have' ||
    WISHES.has(tokens[last + 2]?.lower ?? '');
  const courtesy =
    lets ||
    ctx.courtesy.has(v.lower) ||
    ((ctx.courtesy.has(`${v.lower} ${after}`) ||
      ctx.courtesy.has(`${h.lower} ${tokens[first + 1]?.lower ?? ''}`)) &&
      wish);
  // A formula of courtesy stays one after a coordinated "please" ("please review it and let
  // me know").
  const request = marker
    ? { start: marker.start, end: marker.end }
    : imperativeBefore &&
        !courtesy &&
        (kind === 'conj' || (kind === 'comma' && requestSeries(s, start)))
      ? sharedRequest(s)
      : undefined;
  // ("Right click on …": the order is "right click", which its rewrite keeps whole.)
  const lead = first === head.at ? head.lead : undefined;
  found.imperatives.push({
    start: lead ? lead.start : span.start,
    end: v === h ? span.end : v.end,
    kind: request ? 'request' : courtesy ? 'courtesy' : 'command',
    ...(request ? { marker: request } : {}),
  });
  return true;
}

/**
 * "Unplug it and check the light is green", "..., and select 'Copy' from the menu":
 * right after the coordinator that joins it to an imperative, a verb (of the verbal tier)
 * with a determiner or a quoted name after it is the second imperative; a later finite verb
 * then belongs to its object, since the coordinated verb has the first one's subject.
 */
function coordinatedVerb(s: Sentence, j: number): boolean {
  const { tokens, ctx } = s;
  const t = tokens[j] as Token;
  const conj = tokens[j - 1];
  const next = tokens[j + 1];
  if (!isWord(conj) || !COORDINATORS.has(conj.lower) || conj.lower === 'so') return false;
  if (baseTier(t, ctx) !== 'verbal' || isCapitalised(t) || !next) return false;
  if (ctx.never.has(t.lower) || ctx.elidedVerbs.has(t.lower)) return false;
  if (next.kind === 'punct')
    return (next.text === "'" || QUOTES.has(next.text)) && isWord(tokens[j + 2]);
  return ctx.determiners.has(next.lower) && next.lower !== 'that';
}

/**
 * "Please approve the report and forward it to accounting": "please" asks for every verb
 * coordinated with its request, so the later verb is a request with the same marker.
 */
function sharedRequest(s: Sentence): { start: number; end: number } | undefined {
  const last = s.found.imperatives[s.found.imperatives.length - 1];
  return last?.kind === 'request' ? last.marker : undefined;
}

/**
 * "Please restart your phone, update and let us know": a bare verb after a comma goes on with
 * a series of the request before it when nothing between the two opens another clause ("pls
 * check: (link) If you meet our recommendations, run through …" is a new order).
 */
function requestSeries(s: Sentence, start: number): boolean {
  const last = s.found.imperatives[s.found.imperatives.length - 1];
  if (last?.kind !== 'request') return false;
  for (let k = start - 1; k >= 0; k--) {
    const t = s.tokens[k] as Token;
    if (t.end <= last.end) return true;
    if (isSentenceEnd(t) || t.text === ':' || t.text === ';') return false;
    if (t.kind === 'word' && (CLAUSE_SUBORDINATORS.has(t.lower) || t.lower === 'if')) return false;
  }
  return false;
}

/** "Send it to me, please." */
function trailingPoliteness(s: Sentence, from: number, end: number): Token | undefined {
  for (let k = from; k < end; k++) {
    const t = s.tokens[k] as Token;
    if (t.kind === 'word' && s.ctx.politeness.has(t.lower)) return t;
  }
  return undefined;
}

/** The markers that ask, as a word before the verb ("kindly" is also a plain adverb). */
const PLEASE = set(['please', 'pls', 'plz', 'plse', 'pl']);

/**
 * "please immediately notify", "please e-mail me": an -ly adverb between "please" and a
 * base verb, or the "e" of "e-mail", is part of the request's verb group.
 */
function adverbBeforeRequest(s: Sentence, j: number): boolean {
  const { tokens, ctx } = s;
  const t = tokens[j] as Token;
  const next = tokens[j + 1];
  if (!isWord(next) || !isBaseVerb(next, ctx) || isFiniteVerb(next, ctx)) return false;
  if (t.lower === 'e' && t.hyphenRight && next.hyphenLeft) return true;
  return isAdverb(t, ctx) && t.lower.endsWith('ly') && !next.hyphenRight;
}

/**
 * "Please approve Susan's report", "Please note Credit has no responses": a base verb right
 * after "please" (past an adverb or the "e" of "e-mail") is the request's verb whatever
 * follows; a later finite verb belongs to its object or clause, not to a subject it heads.
 */
function requestedVerb(s: Sentence, j: number): boolean {
  const { tokens, ctx } = s;
  const t = tokens[j] as Token;
  const next = tokens[j + 1];
  if (!isWord(next) || isFiniteVerb(next, ctx) || next.lower === 'be') return false;
  if (ctx.never.has(t.lower) || ctx.subjects.has(t.lower)) return false;
  let k = j - 1;
  if (isWord(tokens[k]) && adverbBeforeRequest(s, k)) k--;
  const marker = tokens[k];
  return isWord(marker) && PLEASE.has(marker.lower) && !questionBefore(s, k);
}

/**
 * "If your French is good, then head to Paris", "..., then contact them": a licensed clause
 * that opens with "then" goes on with its verb, so a word as often a noun ("head", "shop")
 * is that verb before "to", a determiner or an object pronoun.
 */
function verbAfterThen(s: Sentence, j: number): boolean {
  const { tokens, ctx } = s;
  const t = tokens[j] as Token;
  const next = tokens[j + 1];
  if (tokens[j - 1]?.lower !== 'then' || isCapitalised(t)) return false;
  if (ctx.never.has(t.lower) || ctx.elidedVerbs.has(t.lower)) return false;
  // "If you hate it then leave.", "They are rude, if you hate your job then quit!": a verb
  // alone after the "then" of a condition that opens the sentence or the clause.
  if (!isWord(next))
    return (
      isSentenceEnd(next) &&
      (adjunctOpens(s, 0) || conditionOpens(s, j - 1)) &&
      baseTier(t, ctx) === 'verbal' &&
      !isFiniteVerb(t, ctx) &&
      !pastOnly(t, ctx)
    );
  return (
    next.lower === 'to' ||
    (ctx.determiners.has(next.lower) && next.lower !== 'that') ||
    (ctx.objects.has(next.lower) && !ctx.subjects.has(next.lower))
  );
}

/**
 * "..., but remember, the more you post ...", "and look, ...": a verb of attention set off by
 * its comma right after a coordinator calls the reader, as it does opening a sentence.
 */
function attentionAfterConj(s: Sentence, j: number): boolean {
  const t = s.tokens[j] as Token;
  const conj = s.tokens[j - 1];
  return (
    ATTENTION_VERBS.has(t.lower) &&
    s.tokens[j + 1]?.text === ',' &&
    isWord(conj) &&
    COORDINATORS.has(conj.lower)
  );
}

/** Adjectives that "be" makes a warning of: "but be careful", "and be patient". */
const WARNING_ADJECTIVES = set(['careful', 'aware', 'prepared', 'patient', 'warned', 'sure']);

/**
 * "be careful", "be aware", "guess what": orders that no clause before them shares a subject
 * with ("You can go, but be careful" warns; it does not say "you can be careful").
 */
function standingOrder(s: Sentence, j: number): boolean {
  const t = s.tokens[j] as Token;
  const next = s.tokens[j + 1]?.lower ?? '';
  // ("It works great, but keep in mind that …": the warning to remember.)
  const mind =
    (t.lower === 'keep' || t.lower === 'bear') &&
    next === 'in' &&
    s.tokens[j + 2]?.lower === 'mind';
  // ("It will be a rough few weeks, stay strong", "This only brings pain, be kind to
  // yourself", "but hang in there": encouragement, as a warning is.)
  // ("I hope you're doing well, go get the support you need": "go" and "come" before a bare
  // verb, the serial verb of an errand.)
  const after = s.tokens[j + 2];
  const errand =
    (t.lower === 'go' || t.lower === 'come') &&
    ERRAND_VERBS.has(next) &&
    isWord(after) &&
    !isSentenceEnd(after);
  // ("I know it's hard to hear, but just know healing takes time", "…, just remember that
  // …": "just" before a verb of knowing turns it to the reader.)
  const reminder =
    (s.tokens[j - 1]?.lower === 'just' && REMINDER_VERBS.has(t.lower)) ||
    // ("He needs serious help, and remember that you're not responsible": a verb of knowing
    // before its "that" clause, after a comma and its coordinator.)
    (t.lower === 'remember' &&
      next === 'that' &&
      // (Its clause's subject after "that": not "remember that day fondly"; "there ya go,
      // remember that you have 3 sig figs" after the comma alone.)
      s.ctx.subjects.has(s.tokens[j + 2]?.lower ?? '') &&
      ((COORDINATORS.has(s.tokens[j - 1]?.lower ?? '') && s.tokens[j - 2]?.text === ',') ||
        s.tokens[j - 1]?.text === ','));
  const encouragement =
    errand ||
    reminder ||
    ((t.lower === 'stay' || t.lower === 'be') && STEADY_ADJECTIVES.has(next)) ||
    (t.lower === 'hang' && next === 'in' && s.tokens[j + 2]?.lower === 'there');
  return (
    (t.lower === 'be' && WARNING_ADJECTIVES.has(next)) ||
    (t.lower === 'guess' && next === 'what') ||
    mind ||
    encouragement
  );
}

/** Verbs of knowing that "just" before them turns to the reader: "but just know …". */
const REMINDER_VERBS = set(['know', 'remember', 'realize', 'realise', 'understand']);

/** Bare verbs after "go" or "come" in an errand: "go get help", "come see us". */
const ERRAND_VERBS = set([
  'get',
  'see',
  'ask',
  'check',
  'find',
  'talk',
  'try',
  'buy',
  'visit',
  'grab',
  'look',
]);

/** Adjectives that "stay" or "be" makes encouragement of: "stay strong", "be kind". */
const STEADY_ADJECTIVES = set(['strong', 'positive', 'safe', 'calm', 'kind', 'gentle', 'brave']);

/** Verbs that take a clause and are never nouns: "Remember snakes can go without food". */
const CLAUSE_ONLY_VERBS = set(['remember', 'imagine', 'ensure', 'confirm', 'verify']);

/**
 * "Name something you find at a carnival?", "Explain the difference between RAM and ROM?":
 * a quiz's or a forum title's task keeps its question mark but sets the task; its verb does
 * not elide "Do you" as "Want a burger?" does.
 */
function taskAsked(s: Sentence, j: number): boolean {
  const { tokens, ctx } = s;
  const next = tokens[j + 1];
  if (j !== 0 || !TASK_VERBS.has(tokens[j]?.lower ?? '') || !isWord(next)) return false;
  return (
    ctx.determiners.has(next.lower) ||
    TASK_OBJECTS.has(next.lower) ||
    // ("Distinguish between concentrated and distributed winding?")
    (next.lower === 'between' && CONTRAST_TASKS.has(tokens[j]?.lower ?? ''))
  );
}

const CONTRAST_TASKS = set(['distinguish', 'differentiate', 'compare', 'contrast']);

const TASK_VERBS = set([
  'name',
  'write',
  'solve',
  'prove',
  'simplify',
  'list',
  'describe',
  'explain',
  'define',
  'compare',
  'identify',
  'translate',
  'calculate',
  'summarize',
  'summarise',
  // ("derive the expression for the refractive index?", "Determine the value of x?")
  'derive',
  'determine',
  'evaluate',
  'distinguish',
  'differentiate',
  'contrast',
  // ("Show that f(x) = 0 has one real root", "Show this truth?")
  'show',
]);

const TASK_OBJECTS = set([
  'this',
  'that',
  'these',
  'something',
  'anything',
  'one',
  'two',
  'three',
  'four',
  'five',
  'ten',
  'how',
  'why',
  'what',
  'who',
  'me',
]);

/**
 * "Suppose we have an intelligent ant", "Assume that it is the creation", "For example,
 * suppose Duke accepts …": at the start of a sentence, before "that", a comma or a clause,
 * "suppose" and "assume" set up a case, an imperative ("Suppose so" is an elided "I").
 * "Suppose the parcel never arrives", "Thus assume all the items were sent", "Uh, suppose
 * this had been a mugging?": a noun phrase opened by a determiner is the clause's subject
 * when a finite or inflected verb follows it in the clause; after a sentence adverb
 * ("thus", "now", "so") the case still opens the sentence, and asked, it is still set up.
 */
function hypothesis(s: Sentence, j: number): boolean {
  const { tokens, ctx } = s;
  const t = tokens[j] as Token;
  const next = tokens[j + 1];
  if ((t.lower !== 'suppose' && t.lower !== 'assume') || !next) return false;
  const prev = tokens[j - 1];
  const opens = j === 0 || prev?.text === ',' || (isWord(prev) && ctx.prefix.has(prev.lower));
  if (!opens || next.lower === 'i') return false;
  if (next.text === ',' && tokens[tokens.length - 1]?.text !== '?') return true;
  if (!isWord(next)) return false;
  if (variableAt(s, j + 1)) return true;
  if (ctx.determiners.has(next.lower) && next.lower !== 'that') {
    const end = clauseEnd(tokens, j + 2);
    for (let k = j + 2; k < end; k++) {
      const v = tokens[k] as Token;
      if (v.kind === 'word' && (isFiniteVerb(v, ctx) || inflectedVerb(v, ctx))) return true;
    }
    return false;
  }
  if (tokens[tokens.length - 1]?.text === '?') return false;
  if (next.lower === 'that') return true;
  const after = tokens[j + 2];
  return (
    (ctx.subjects.has(next.lower) || isCapitalised(next)) &&
    isWord(after) &&
    (isFiniteVerb(after, ctx) || isVerbForm(after, ctx))
  );
}

/**
 * "Suppose x ∈ S.", "Thus assume S and T each contain …", "Suppose x = min T": a single
 * letter other than the article "a" and "I" (or "i") names a variable, whose case the verb
 * sets up.
 */
function variableAt(s: Sentence, k: number): boolean {
  const t = s.tokens[k] as Token;
  return t.text.length === 1 && t.lower !== 'a' && t.lower !== 'i' && /^[a-z]$/i.test(t.text);
}

/** Words after which "till" is "until": "Till then", "Till next time", "Till 5 pm". */
const TILL_TIMES = set([
  'then',
  'now',
  'next',
  'later',
  'today',
  'tomorrow',
  'tonight',
  'recently',
]);

/**
 * "Till then, stay safe", "Till you hear from us, keep the box", "Till I felt somebody
 * touch me": before a subject, a time word or a figure, "till" is the conjunction or the
 * preposition "until"; the verb ("Till the soil") takes an object.
 */
function tillConjunction(s: Sentence, j: number): boolean {
  const { tokens, ctx } = s;
  const next = tokens[j + 1];
  if ((tokens[j] as Token).lower !== 'till' || !next) return false;
  if (next.kind === 'number') return true;
  return (
    isWord(next) &&
    (TILL_TIMES.has(next.lower) || (ctx.subjects.has(next.lower) && next.lower !== 'it'))
  );
}

/**
 * "Remember snakes can go a while without eating", "Ensure customers have signed": a verb
 * that takes a clause and is never a noun, at a licensed clause start; the finite verb
 * after it is its clause's, not the predicate of a subject it would head.
 */
function clauseComplement(s: Sentence, j: number): boolean {
  const { tokens, ctx } = s;
  const t = tokens[j] as Token;
  const next = tokens[j + 1];
  if (!CLAUSE_ONLY_VERBS.has(t.lower) || !isWord(next)) return false;
  return !isFiniteVerb(next, ctx) && !next.lower.endsWith('ing') && next.lower !== 'of';
}

/**
 * "Check Your Learning", "Keep Your Powder Dry!", "Shop Local!", "Climb Mount Fuji.": a
 * capitalised verb that opens a sentence written in capitals is an imperative before "your"
 * (a noun does not precede it), or when the short sentence ends in "!" (or, from three
 * words, in ".") and has no verb of its own: a headline has no full stop.
 */
function imperativeTitle(s: Sentence, j: number): boolean {
  const { tokens, ctx } = s;
  const t = tokens[j] as Token;
  const next = tokens[j + 1];
  if (j > 0 || !isCapitalised(t) || !isWord(next) || !isCapitalised(next)) return false;
  const tier = baseTier(t, ctx);
  if (!tier || tier === 'nounlike' || s.shouting) return false;
  if (ctx.never.has(t.lower) || ctx.names.has(t.lower) || ctx.elidedVerbs.has(t.lower))
    return false;
  // ("Email Me", "Call Us Today": an object pronoun after the verb.)
  if (next.lower === 'your' || next.lower === 'me' || next.lower === 'us') return true;
  // "Trust The Midas Touch", "Visit The Old Town": a verb (mostly a verb) before "The".
  if (next.lower === 'the' && tier === 'verbal' && !isFiniteVerb(t, ctx)) return true;
  const last = tokens[tokens.length - 1] as Token;
  const full = last.text === '.' && tier === 'verbal' && tokens.length > 3;
  if (tokens.length > 5 || !(last.text === '!' || full)) return false;
  for (let k = 1; k < tokens.length - 1; k++) {
    const w = tokens[k] as Token;
    if (w.kind !== 'word' || !isCapitalised(w) || isFiniteVerb(w, ctx) || inflectedVerb(w, ctx))
      return false;
  }
  return true;
}

/**
 * "treat you as a friend", "demand you to pay": "you" as the verb's object before a
 * preposition or an infinitive, which an order cannot have ("Thank you for …", "Bless you"
 * are formulas).
 */
function objectYou(s: Sentence, j: number): boolean {
  const { tokens } = s;
  const after = tokens[j + 2];
  return (
    tokens[j + 1]?.lower === 'you' &&
    !YOU_FORMULAS.has(tokens[j]?.lower ?? '') &&
    isWord(after) &&
    (after.lower === 'to' || after.lower === 'as' || isPreposition(after.lower))
  );
}

const YOU_FORMULAS = set([
  'thank',
  'thanks',
  'bless',
  'see',
  'mind',
  'fuck',
  'screw',
  'love',
  'miss',
]);

/**
 * Finds an imperative at token `j`. Returns [first token, verb token, is "let's"], where
 * the first token is "do" of "don't"/"do not" and otherwise the verb.
 */
function imperativeVerb(
  s: Sentence,
  j: number,
  kind: Start,
  polite: boolean,
  imperativeBefore: boolean,
  question: boolean,
): [number, number, boolean] | undefined {
  const { tokens, ctx } = s;
  const t = tokens[j];
  // ("please follow-up": after "please" a verb joined to its particle by a dash is the verb.)
  const joinedParticle =
    polite && isWord(tokens[j + 1]) && PHRASAL_PARTICLES.has((tokens[j + 1] as Token).lower);
  if (!isWord(t) || (t.hyphenRight && !joinedParticle)) return undefined;
  // ("we had an hour to kill, let's go and eat": "let's" is hortative wherever it stands,
  // never a verb of a series that shares its subject.)
  // (Not before an object, where "let's" is a misspelt "lets": "the handler only let's you
  // touch the safe ones".)
  const letsObject = ctx.objects.has(tokens[j + 2]?.lower ?? '');
  if (t.lower === 'let' && tokens[j + 1]?.lower === "'s" && !letsObject) return [j, j, true];
  // ("Could you try resetting it and let us know?": a verb joined to the question's.)
  if (kind === 'conj' && modalQuestionBefore(s, j)) return undefined;
  // ("…, wish me luck!": the formula asks the reader wherever it stands.)
  if (t.lower === 'wish' && tokens[j + 1]?.lower === 'me' && tokens[j + 2]?.lower === 'luck')
    return [j, j, false];
  if ((kind === 'comma' || kind === 'conj') && letAfterOwnSubject(s, j)) return [j, j, false];
  if (kind === 'conj' && !imperativeBefore && letSharesSubject(s, j)) return undefined;
  // ("we review the past year, have our reports, elect officers": a series that shares its
  // head's subject.)
  // (The reader's own self as the object shares no third person's subject: "they go freely,
  // cry a little bit, pick yourself up".)
  if ((kind === 'comma' || kind === 'conj') && governedSeries(s, j) && !reflexiveObject(s, j))
    return undefined;
  if (kind === 'comma' && pastStory(s, j)) return undefined;
  // ("there isn't much to do but start grieving", "can't help but laugh": the bare verb after
  // "but" completes "do" or "help".)
  if (tokens[j - 1]?.lower === 'but' && ['do', 'help'].includes(tokens[j - 2]?.lower ?? ''))
    return undefined;
  // ("Message him just opens up old wounds": the verb, its object and an -s verb after them
  // are a subject and its predicate, the gerund written bare.)
  if (j === 0 && bareGerundSubject(s)) return undefined;
  if (j > 2 && causativeParticiple(s, j)) return undefined;
  // ("this information center, run by an ex-hooker": a participle like its base, before
  // "by" and its agent, is a passive after the noun; "come by the store" orders.)
  if (
    kind === 'comma' &&
    t.lower !== 'come' &&
    isWord(tokens[j - 2]) &&
    plainNoun(tokens[j - 2] as Token, ctx) &&
    !MODALS.has((tokens[j - 2] as Token).norm) &&
    ctx.lex.participleLemma(t.lower) === t.lower &&
    tokens[j + 1]?.lower === 'by' &&
    isWord(tokens[j + 2]) &&
    (ctx.determiners.has((tokens[j + 2] as Token).lower) || isCapitalised(tokens[j + 2] as Token))
  )
    return undefined;
  if (j === 0 && pastBeforeAnd(s, j)) return undefined;
  if (polite && misspeltAfterPlease(s, j)) return [j, j, false];
  // ("#fail", "#travel": a hashtag names a topic.)
  const hash = tokens[j - 1];
  if (hash?.text === '#' && hash.end === t.start) return undefined;
  const w = t.lower;
  // ("I didn't dare leave the store": the bare verb is "dare"'s complement.)
  if (DARE_FORMS.has(tokens[j - 1]?.lower ?? '')) return undefined;
  // ("Staff is friendly, treat you as a friend", "new things demand you to pay attention":
  // an order takes "yourself", never "you", as its object; the verb shares a subject.)
  if (objectYou(s, j)) return undefined;
  if (!polite && predicateAfterDashes(s, j)) return undefined;
  // ("Put another way, …", "Put simply, …": the same phrase with its manner after it.)
  if (w === 'put' && j === 0 && putMannerPhrase(s)) return undefined;
  // ("Simply put, …": a fixed phrase of manner, not an order.)
  if (w === 'put' && j === 1 && MANNER_OF_PUTTING.has(tokens[0]?.lower ?? '')) {
    // (Not "Simply put your cursor at …": with an object it is an order.)
    const after = tokens[2];
    if (
      after === undefined ||
      after.kind === 'punct' ||
      (isWord(after) &&
        (SUBORDINATORS.has(after.lower) || (ctx.subjects.has(after.lower) && after.lower !== 'it')))
    )
      return undefined;
  }
  const next = tokens[j + 1];
  const next2 = tokens[j + 2];
  // ("Feel much more settled now", "Feel like they overcharged me": the writer's elided "I
  // feel", before a degree word or "like" and a clause.)
  if (w === 'feel' && isWord(next) && ELIDED_FEEL.has(next.lower)) return undefined;

  // "Let's go", "lets get together": hortative, first person plural too.
  // ("Lets just say …": past the focusing adverb.)
  const letsVerb = next?.lower === 'just' ? next2 : next;
  if (w === 'lets' && isWord(letsVerb) && isBaseVerb(letsVerb, ctx)) {
    return [j, j, true];
  }
  // "Turn left at the lights", "Swipe left": "left" after a verb of turning is the
  // direction, no past tense of "leave" whose subject the verb would be.
  if (TURNS.has(w) && next?.lower === 'left' && (kind === 'strong' || kind === 'polite'))
    return [j, j, false];
  // "Don't ...", "Do not ...", "Never ...": marked enough to stand after any comma or "and".
  if (t.norm === 'do' && next?.norm === 'not') {
    let k = j + 2;
    while (k < j + 4 && isAdverb(tokens[k] as Token, ctx)) k++;
    const v = tokens[k];
    // ("Definitely don't.", "Please don't!": the order's verb left out at the clause's end.)
    // ("If you have no intention of getting back, then don't.": after "then" too.)
    if (
      isSentenceEnd(v) &&
      k === j + 2 &&
      (kind === 'strong' || (kind === 'conj' && tokens[j - 1]?.lower === 'then'))
    )
      return [j, j, false];
    // ("Some dish: don't remember what it's called": "remember" denied is the writer's
    // elided "I"; an order would say "don't forget".)
    if (isWord(v) && v.lower === 'remember' && tokens[k + 1]?.norm !== 'to') return undefined;
    // ("…, and don't even get me started on …": the idiom orders wherever it stands.)
    if (
      isWord(v) &&
      v.lower === 'get' &&
      tokens[k + 1]?.lower === 'me' &&
      tokens[k + 2]?.lower === 'started'
    )
      return [j, k, false];
    // ("I will stay here again, but do not look forward to it and would not recommend it":
    // a later verb with a tense and no subject, coordinated, shares the clause's subject,
    // so this verb shares it too; an order goes on with orders.)
    if (kind === 'conj' && !polite && tensedVerbAfterAnd(s, j)) return undefined;
    // ("Vegans, in general, don't consume …": the subject before an aside.)
    if (kind === 'comma' && !polite && subjectAcrossAdverb(s, j)) return undefined;
    // ("I hope it works and don't be scared": a subject would be "aren't", so "don't be"
    // shares none.)
    if (
      kind === 'conj' &&
      !polite &&
      !imperativeBefore &&
      v?.lower !== 'be' &&
      (subjectBeforeAnd(s, j) || subjectBeforeBut(s, j))
    )
      return undefined;
    if (!isWord(v) || ctx.subjects.has(v.lower) || !isBaseVerb(v, ctx)) return undefined;
    // "Don't have to mention what …": an obligation denied, the elided "I don't have to".
    const haveTo = v.lower === 'have' && tokens[k + 1]?.lower === 'to';
    if (
      !polite &&
      kind !== 'polite' &&
      (ctx.elidedVerbs.has(v.lower) || OPINION_VERBS.has(v.lower) || haveTo) &&
      // "Don't even think about it" is an order; "Don't think so" an elided "I".
      !thinkOf(v, tokens[k + 1]) &&
      !NEGATED_ORDERS.has(v.lower) &&
      // ("Don't ever think you're better": "ever" after the negation orders.)
      tokens[j + 2]?.lower !== 'ever'
    ) {
      if (kind === 'strong' || kind === 'comma')
        s.found.add('first_sg', { start: t.wordStart, end: t.wordEnd });
      return undefined;
    }
    return [j, k, false];
  }
  // ("Never ever buy from them", "Never even think about it": past the intensifier.)
  const nv = next?.lower === 'ever' || next?.lower === 'even' ? j + 2 : j + 1;
  const neverVerb = tokens[nv];
  if (
    w === 'never' &&
    isWord(neverVerb) &&
    isBaseVerb(neverVerb, ctx) &&
    !isFiniteVerb(neverVerb, ctx) &&
    kind !== 'quote' &&
    // "used to clog up and never work": after "and" only with a licence, as other bare
    // verbs ("Above all, never surrender" is marked enough after a comma).
    // (The licence reads the verb after "never": "It is good, but never stretch too far".)
    (kind !== 'conj' || polite || licence(s, nv, kind, false, imperativeBefore))
  ) {
    return [nv, nv, false];
  }
  if (kind === 'quote') return quotedOrder(s, j) ? [j, j, false] : undefined;
  // "it'll only be two days, remember?", "It works, see?": a verb of attention as the tag
  // after a comma asks the reader to recall or look; it is no elided "Do you".
  if (
    kind === 'comma' &&
    TAG_VERBS.has(w) &&
    tokens[j - 1]?.text === ',' &&
    next?.text.startsWith('?') &&
    !tokens[j + 2]
  )
    return [j, j, false];

  // A one-word formula counts only where it ends the clause ("Here is the link, enjoy.").
  // "have a"/"have an" is the formula only as a wish ("and have a great day"): "we can
  // have people over, and still have a lot of space" shares its subject.
  const article = next?.lower === 'a' || next?.lower === 'an';
  const wish = w !== 'have' || !article || (isWord(next2) && WISHES.has(next2.lower));
  // ("… and keep me coming back": "keep me" before a gerund keeps the writer doing it; the
  // formula is "keep me posted".)
  const keeping = w === 'keep' && (next2?.lower.endsWith('ing') ?? false);
  const courtesy =
    (ctx.courtesy.has(`${w} ${next?.lower ?? ''}`) && wish && !keeping) ||
    (ctx.courtesy.has(w) && (!next || isSentenceEnd(next)));
  const licensed = licence(s, j, kind, polite || courtesy, imperativeBefore);
  if (!licensed) return undefined;
  // A bare-verb question is an elided "Do you ...?": "Want a great burger?", "Link?".
  // After "so", "and" or "then" the verb continues the sentence: "It is close to the station
  // so check a few hotels?" asks with an order, it has no elided "Do you".
  // ("…, guess what?": the formula that announces news keeps its question mark.)
  // ("Maybe try meeting new people?", "perhaps ask him?": a hedged suggestion keeps its
  // question mark; "Do you" has no room before "maybe".)
  const hedged = HEDGED_SUGGESTIONS.has(tokens[j - 1]?.lower ?? '') && j - 1 === 0;
  // ("tell me plz????", "Tell me what to add?": a verb toward the writer asks for an answer
  // with its question mark; no "Do you" is elided before it.)
  // ("Ask yourself why he left?": the reader's own self as the object orders the reader to
  // ask.)
  const askedOfReader =
    j === 0 &&
    (towardWriter(t, next) || next?.lower === 'yourself' || next?.lower === 'yourselves');
  if (
    question &&
    !polite &&
    kind !== 'conj' &&
    !hedged &&
    !askedOfReader &&
    !hypothesis(s, j) &&
    !taskAsked(s, j) &&
    !guessWhat(s, j)
  )
    return undefined;

  // "lemme know", "gimme a call": the contracted verb before its "me".
  if (t.norm !== w && (t.norm === 'let' || t.norm === 'give') && next?.lower === 'me')
    return [j, j, false];
  // "Let me know", "let us", "let Tom decide".
  // ("RIP u/name": the acronym of a wish; "Spot on chicken": the adjective "spot on"; "Shout
  // out to their manager Sal": the noun "shout-out" thanking someone.)
  if (t.text === 'RIP' && !s.shouting) return undefined;
  if (w === 'spot' && next?.lower === 'on') return undefined;
  // ("Shout out goes to the hostess" too.)
  if (w === 'shout' && next?.lower === 'out' && (next2?.lower === 'to' || next2?.lower === 'goes'))
    return undefined;
  // ("Note to anyone with a car: parking sucks", "NOTE to BEN": the noun heading a remark;
  // "Shame that food from this place is …": the noun of regret.)
  if (j === 0 && w === 'note' && next?.lower === 'to' && !isBaseVerb(next2 as Token, ctx))
    return undefined;
  if (w === 'shame' && (next?.lower === 'that' || next?.lower === 'about')) return undefined;
  // ("- stir fried pea shoots", "hand made pasta": a word of manner before a participle
  // makes a compound adjective; "Add chopped onions" orders.)
  if (
    COMPOUND_MANNERS.has(w) &&
    isWord(next) &&
    next.lower.endsWith('ed') &&
    ctx.lex.participleLemma(next.lower) !== undefined &&
    isWord(next2) &&
    plainNoun(next2, ctx) &&
    !ctx.determiners.has(next2.lower)
  )
    return undefined;
  if (w === 'let') {
    // ("Let alone so many that are also on reddit!": the idiom of "not to mention".)
    if (next?.lower === 'alone') return undefined;
    // ("I obeyed, let them into my house, and they went to work": the story's next past; "I
    // fixed it, let me know" turns to the reader.)
    if (
      !polite &&
      (kind === 'comma' || kind === 'conj') &&
      !towardWriter(t, next) &&
      narratedSeries(s, j)
    )
      return undefined;
    // "Let there be no misunderstanding."; opening the sentence, "let" orders before any
    // subject it lets act ("Let aggressive leaders know that …") or none, the object of a
    // recipe or a manual understood ("Let cool completely", "Let go of it").
    return isWord(next) &&
      (ctx.objects.has(next.lower) ||
        ctx.determiners.has(next.lower) ||
        isCapitalised(next) ||
        next.lower === 'there' ||
        (j === 0 && !isFiniteVerb(next, ctx)) ||
        // "Let heads roll!", "Let freedom ring", "Let customers decide": a bare noun as the
        // subject of the bare verb after it.
        (kind === 'strong' &&
          plainNoun(next, ctx) &&
          isWord(next2) &&
          isBaseVerb(next2, ctx) &&
          !isFiniteVerb(next2, ctx) &&
          !ctx.subjects.has(next2.lower)))
      ? [j, j, false]
      : undefined;
  }
  const pair = `${w} ${next?.lower ?? ''}`;
  if (ctx.farewells.has(pair) || ctx.farewells.has(`${pair} ${next2?.lower ?? ''}`))
    return undefined;
  // ("Be there on time": "there" after "be" is the place, not a subject.)
  if (w === 'be')
    return isWord(next) && (!ctx.subjects.has(next.lower) || next.lower === 'there')
      ? [j, j, false]
      : undefined;
  if (w === 'have' || w === 'do') {
    // "Have a nice day", "Do the job", "Do it"; but "Have you ...", "Do they ...": questions.
    // ("Do 2 years at community college": a figure counts the object as a numeral word does;
    // "Do 2 people need a ticket" asks.)
    if (w === 'do' && next?.kind === 'number' && isWord(next2)) {
      const third = tokens[j + 3];
      return isWord(third) && isBaseVerb(third, ctx) && !isPreposition(third.lower)
        ? undefined
        : [j, j, false];
    }
    if (!isWord(next))
      return w === 'do' && polite && isSentenceEnd(next) ? [j, j, false] : undefined;
    // "Do come visit us", "Do try the cake": an emphatic imperative before a bare verb.
    // ("for this post please do check our rules": after a "please" of its own too.)
    if (
      w === 'do' &&
      (kind === 'strong' || kind === 'polite' || polite) &&
      baseTier(next, ctx) === 'verbal' &&
      !isFiniteVerb(next, ctx) &&
      !ctx.subjects.has(next.lower)
    )
      return [j, j + 1, false];
    // "Please do.", "Please do so.": the pro-verb of a request; "If you can, do so", "then
    // do so and install XP": of an order where a bare verb would be one.
    if (w === 'do' && polite && (next.lower === 'so' || next.lower === 'that'))
      return [j, j, false];
    if (w === 'do' && next.lower === 'so' && licence(s, j, kind, false, imperativeBefore))
      return [j, j, false];
    // "Do it", "Do this daily", "Do that again"; not "Do this work?", "Do they know?".
    // ("Do it like I said": "it" would ask with "does", so a bare verb after it is no
    // question's.)
    const doIt =
      w === 'do' &&
      (next.lower === 'it' ||
        (demonstrativeObject(s, j + 1) && !(isWord(next2) && isBaseVerb(next2, ctx))));
    // "Have it ready by noon", "simply have it checked": "it" and the state it is to be in
    // (an adjective, a participle) after "have", the causative; "Have it?" asks, and "Have
    // it in my car" before a place is the writer's elided "I".
    const haveIt =
      w === 'have' &&
      next.lower === 'it' &&
      isWord(next2) &&
      !isFiniteVerb(next2, ctx) &&
      !ctx.particles.has(next2.lower) &&
      !isPreposition(next2.lower);
    // "Please have Matt email the reports", "Have Anna call me": the causative "have", a
    // name and the bare verb the person is to do; a question would say "Has Matt …".
    const haveName =
      w === 'have' &&
      isCapitalised(next) &&
      next.text !== 'I' &&
      !s.shouting &&
      !ctx.determiners.has(next.lower) &&
      !ctx.subjects.has(next.lower) &&
      isWord(next2) &&
      !isCapitalised(next2) &&
      isBaseVerb(next2, ctx) &&
      !ctx.lex.participleLemma(next2.lower);
    if (haveIt || haveName || haveAtHand(s, j)) return [j, j, false];
    // ("Of the tanks listed, have any of the tanks been relocated?": "have any of" asks.)
    if (w === 'have' && next.lower === 'any' && next2?.lower === 'of') return undefined;
    if (ctx.subjects.has(next.lower) && !doIt) return undefined;
    // "Do these shoes come in blue": "do" + a noun phrase + a bare verb asks, "?" or not.
    const next3 = tokens[j + 3];
    // ("Do two laps", "Do two-minute tasks": a numeral counts the object as a determiner
    // would; "Do two people need a ticket" asks.)
    const numeral = w === 'do' && NUMERALS.has(next.lower);
    // ("Do a yahoo search for it": a singular determiner's noun would ask with "Does".)
    if (
      w === 'do' &&
      (ctx.determiners.has(next.lower) || (numeral && !next.hyphenRight)) &&
      !SINGULAR_DETERMINERS.has(next.lower) &&
      isWord(next3) &&
      isBaseVerb(next3, ctx) &&
      !ctx.particles.has(next3.lower)
    )
      return undefined;
    // ("Do whatever it takes.", "Do what you think is best", "Do as you're told": a free
    // relative or a clause of manner as the object; "Do what?" asks.)
    const freeObject =
      w === 'do' &&
      (next.lower === 'whatever' ||
        ((next.lower === 'what' || next.lower === 'as') &&
          isWord(next2) &&
          tokens[tokens.length - 1]?.text !== '?'));
    return ctx.determiners.has(next.lower) ||
      numeral ||
      ctx.objects.has(next.lower) ||
      HAVE_VIRTUES.has(next.lower) ||
      freeObject
      ? [j, j, false]
      : undefined;
  }
  // "Back up your files first": "back" is a verb only with its "up" and an object.
  if (w === 'back' && next?.lower === 'up' && isWord(next2)) {
    const object =
      (ctx.determiners.has(next2.lower) && next2.lower !== 'that') ||
      (ctx.objects.has(next2.lower) && !ctx.subjects.has(next2.lower)) ||
      next2.lower === 'it' ||
      next2.lower === 'everything';
    return object ? [j, j, false] : undefined;
  }
  if (ctx.never.has(w) || ctx.subjects.has(w)) return undefined;
  if (tillConjunction(s, j)) return undefined;
  // ("I even sort of enjoy the work": a hedge between the subject and its verb; "Suggest you
  // try …": the writer's elided "I suggest" before the reader as the clause's subject.)
  if (tokens[j - 1]?.lower === 'of' && HEDGE_NOUNS.has(tokens[j - 2]?.lower ?? '') && j > 2)
    return undefined;
  if ((w === 'suggest' || w === 'recommend') && next?.lower === 'you') return undefined;
  // ("took a good look at my hair", "It was a good call": after an article and an adjective
  // of degree the word is the noun.)
  if (ARTICLES.has(tokens[j - 2]?.lower ?? '') && NOUN_ADJECTIVES.has(tokens[j - 1]?.lower ?? ''))
    return undefined;
  // ("he could no longer work with …", "to never go back": a modal or "to" before the verb,
  // past a negation and adverbs; "My windows are wide open": an adjective after "wide".)
  let back = j - 1;
  while (back > 0 && isWord(tokens[back]) && STRETCH.has((tokens[back] as Token).lower)) back--;
  if (back < j - 1 && (MODALS.has(tokens[back]?.norm ?? '') || tokens[back]?.lower === 'to'))
    return undefined;
  if (w === 'open' && tokens[j - 1]?.lower === 'wide') return undefined;
  // ("Step by step, …", "Face to face", "Time after time": a noun repeated across a
  // preposition is an adverbial of manner, no verb.)
  if (REPEAT_LINKS.has(next?.lower ?? '') && next2?.lower === w) return undefined;
  // ("When the cat goes to scratch, bang!", "Boom!": a sound standing alone, no verb.)
  if (SOUNDS.has(w) && (!isWord(next) || SOUNDS.has(next.lower))) return undefined;
  // ("Complete with original tubes": what an item comes with.)
  if (w === 'complete' && next?.lower === 'with') return undefined;
  // "Open the app", "Clear your cache": only a verb precedes a determiner or an object.
  if (ADJECTIVE_VERBS.has(w)) {
    const object =
      isWord(next) &&
      // ("Open every day", "Clean all over": a quantifier after the adjective; but the
      // article is an object's: "Open a new ticket".)
      ((ctx.determiners.has(next.lower) &&
        (!QUANTIFIERS.has(next.lower) ||
          ((next.lower === 'a' || next.lower === 'an') &&
            !(isWord(next2) && SPANS.has(next2.lower))))) ||
        (ctx.objects.has(next.lower) && !ctx.subjects.has(next.lower)) ||
        next.lower === 'it' ||
        next.lower === 'them' ||
        // ("Open up.", "Clean up the mess", "Clear out your cache": the verb's particle, which
        // no adjective takes.)
        (PHRASAL_PARTICLES.has(next.lower) &&
          (!isWord(next2) || objectOpens(next2, ctx) || PHRASAL_PARTICLES.has(next2.lower))));
    // "Please open Settings", "Open Settings and tap Privacy": after "please", or before a
    // label of the screen in a sentence that is no heading ("Free Shipping!"), only a verb.
    const label =
      isWord(next) &&
      isCapitalised(next) &&
      (polite ||
        kind === 'polite' ||
        SCREEN_PATH.has(next2?.lower ?? '') ||
        (kind !== 'strong' && !s.titleCase && screenLabelAt(s, j + 1)));
    if (label) return [j, j, false];
    if (!object || isCapitalised(next)) return undefined;
    return predicateFollows(s, j + 2) ? undefined : [j, j, false];
  }
  if (hypothesis(s, j)) return [j, j, false];
  // "Wish me luck!": the wish asked of the reader, not an elided "I wish"; "Love yourself":
  // the reader's own self as the object, which no "I" takes.
  const wishMe = w === 'wish' && (next?.lower === 'me' || next?.lower === 'us');
  const reflexive = next?.lower === 'yourself' || next?.lower === 'yourselves';
  if (
    !polite &&
    ctx.elidedVerbs.has(w) &&
    !thinkOf(t, next) &&
    !thinkNounPhrase(s, j) &&
    !guessWhat(s, j) &&
    !wishMe &&
    !reflexive
  )
    return undefined;
  // "Rob Bryngelson": a name. In a headline ("Associate Team Participants", "Bryan Hull -
  // Associate") only a sentence-initial verb before a lower-case word can be an order.
  if (
    isCapitalised(t) &&
    isWord(next) &&
    isCapitalised(next) &&
    next.lower !== 'i' &&
    ctx.names.has(w)
  )
    return undefined;
  // "Thanks, Mark", "Mark", "Sue and Jeff --": a capitalised name-verb alone in its clause,
  // or with a second name, signs or addresses.
  if (isCapitalised(t) && ctx.names.has(w) && !polite && nameAlone(s, j)) return undefined;
  // "Lt. General Kiyani", "Ms. Sue": a title's full stop does not end the sentence.
  if (isCapitalised(t) && tokens[j - 1]?.text === '.' && isTitle(tokens[j - 2])) return undefined;
  // "Spang (1983) noted", "Parry (1929) on Homer": a capitalised word before a year in
  // brackets is an author cited.
  if (
    isCapitalised(t) &&
    next?.text === '(' &&
    tokens[j + 2]?.kind === 'number' &&
    /^(1[5-9]|20)\d\d[a-z]?$/.test((tokens[j + 2] as Token).text)
  )
    return undefined;
  // "(now Grant) streets": a capitalised name-verb inside a sentence is the name.
  if (isCapitalised(t) && ctx.names.has(w) && isWord(tokens[j - 1])) return undefined;
  if (imperativeTitle(s, j)) return [j, j, false];
  if (
    s.titleCase &&
    isCapitalised(t) &&
    (j > 0 || (isWord(next) && isCapitalised(next))) &&
    !verbBeforeNames(s, j) &&
    !adCall(s, j)
  )
    return undefined;
  if (!polite && isCapitalised(t) && heading(s, j)) return undefined;
  if (!polite && j === 0 && headlinePassive(s)) return undefined;
  // ("Rap music floods the venue": the first word and a noun are the subject of the verb in
  // -s after them, which takes its own object.)
  const third = tokens[j + 2];
  const fourth = tokens[j + 3];
  if (
    j === 0 &&
    !polite &&
    isWord(next) &&
    isWord(third) &&
    isWord(fourth) &&
    plainNoun(next, ctx) &&
    !isCapitalised(next) &&
    !next.lower.endsWith('s') &&
    !isVerbForm(next, ctx) &&
    sFormTier(third.lower, ctx) !== undefined &&
    (ctx.determiners.has(fourth.lower) || OBJECT_PRONOUNS.has(fourth.lower))
  )
    return undefined;
  // A lone all-capitals word is a heading ("NOTICE"); after a comma it is shouted ("If you
  // can afford it, then by all means, GO.").
  if (
    !polite &&
    kind !== 'comma' &&
    t.text.length > 1 &&
    t.text === t.text.toUpperCase() &&
    (!next || !isWord(next))
  )
    return undefined;

  if (!polite && (nameSubject(s, j) || nameBeforePast(s, j) || compoundSubject(s, j)))
    return undefined;

  // "DM (direct message) us": the words that spell out an abbreviation name it.
  if (acronymExpansion(s, j)) return undefined;
  // "(username, email, purchase date, etc.)": an item of a bracketed list of nouns.
  if (kind === 'comma' && !polite && bracketedListItem(s, j)) return undefined;
  if (!polite && labelledItem(s, j)) return undefined;
  // "Pin #: 4115", "Call In #: 888 …": a label before its number; "Wed. Sept. 20": a day.
  // ("See #3": a pointer before the number of what it points to.)
  if (
    (next?.text === '#' && !(POINTERS.has(w) && tokens[j + 2]?.kind === 'number')) ||
    (tokens[j + 2]?.text === '#' && isWord(next) && ctx.particles.has(next.lower))
  )
    return undefined;
  if (isCapitalised(t) && DAY_ABBREVIATIONS.has(w) && (next?.text === '.' || next?.text === ','))
    return undefined;
  if (!polite && itineraryLine(s, j)) return undefined;
  // "Hit or miss on the service", "Bait and switch, untrained workers": a fixed pair of
  // verbs is a noun or an adverb ("pound for pound"), no order; before an object the two
  // verbs share it ("Meet and greet the guests").
  if (!polite && BINOMIALS.has(`${w} ${next?.lower ?? ''} ${next2?.lower ?? ''}`)) {
    const object = tokens[j + 3]?.lower ?? '';
    if (!ctx.determiners.has(object) && !ctx.objects.has(object)) return undefined;
  }
  if (!polite && kind === 'strong' && pastAfterAnd(s, j)) return undefined;
  // (Not with the reader's own self as the object: "they go, cry a bit, pick yourself up".)
  if (
    !polite &&
    (kind === 'comma' || kind === 'conj') &&
    narratedSeries(s, j) &&
    !reflexiveObject(s, j)
  )
    return undefined;
  // "Harry nodded and …", "Mark called": a first name that is also a verb, before a past
  // tense, is that verb's subject.
  // ("Chase lost dogs": a participle before its noun is the object's adjective.)
  if (isCapitalised(t) && ctx.names.has(w) && isWord(next) && !isCapitalised(next)) {
    const past = ctx.lex.pastLemma(next.lower);
    const after = tokens[j + 2];
    const clauseGoesOn =
      !isWord(after) ||
      COORDINATORS.has(after.lower) ||
      isPreposition(after.lower) ||
      ctx.determiners.has(after.lower) ||
      ctx.objects.has(after.lower) ||
      isCapitalised(after) ||
      isAdverb(after, ctx);
    if (past !== undefined && past !== next.lower && clauseGoesOn) return undefined;
    // ("Mark and I are going through them", "Don and I will call": the name and the writer
    // are the subject of the verb after them.)
    const pairVerb = tokens[j + 3];
    if (
      next.lower === 'and' &&
      next2?.text === 'I' &&
      isWord(pairVerb) &&
      (isFiniteVerb(pairVerb, ctx) || MODALS.has(pairVerb.norm) || ctx.be.has(pairVerb.norm))
    )
      return undefined;
    // ("Mark and his team prepared an awesome feast": the name and a possessive's noun, the
    // subject of a verb in the past.)
    const teamVerb = tokens[j + 4];
    if (
      next.lower === 'and' &&
      POSSESSIVES.has(next2?.lower ?? '') &&
      isWord(pairVerb) &&
      isWord(teamVerb) &&
      ctx.lex.pastLemma(teamVerb.lower) !== undefined &&
      ctx.lex.pastLemma(teamVerb.lower) !== teamVerb.lower
    )
      return undefined;
  }
  // ("(713)853-7459 (work)", "we drove out for that (yawn)": a small word alone in brackets
  // labels what comes before it or acts it out; a title, "(Imagine)", keeps its verb.)
  if (tokens[j - 1]?.text === '(' && next?.text === ')' && !isCapitalised(t)) return undefined;
  if (numberedRecord(s, j)) return undefined;
  // ("\"Schedule\" was added", "\"Cancel\" does nothing": a word in quotation marks before a
  // verb is the name of itself, that verb's subject.)
  const verbAfterQuote = tokens[j + 2];
  if (
    QUOTES.has(tokens[j - 1]?.text ?? '') &&
    QUOTES.has(next?.text ?? '') &&
    isWord(verbAfterQuote) &&
    (isFiniteVerb(verbAfterQuote, ctx) ||
      MODALS.has(verbAfterQuote.norm) ||
      ctx.be.has(verbAfterQuote.norm) ||
      DO_FORMS.has(verbAfterQuote.norm))
  )
    return undefined;
  // ("Transport I have the CES transport split …": "I" and its verb right after the word
  // start a sentence; the word before them is a heading, no order, which "I" cannot follow.)
  if (
    j === 0 &&
    next?.text === 'I' &&
    isWord(next2) &&
    (isFiniteVerb(next2, ctx) ||
      MODALS.has(next2.norm) ||
      ctx.be.has(next2.norm) ||
      HAVE_FORMS.has(next2.lower))
  )
    return undefined;
  // ("Mark P.S.", "Sue P.S. I will call": a name that signs a message before its postscript;
  // "(Wed)": the weekday's abbreviation.)
  if (isCapitalised(t) && ctx.names.has(w) && /^p\.?s\.?$/i.test(next?.text ?? ''))
    return undefined;
  if (t.text === 'Wed' && (!isWord(next) || isCapitalised(next) || next.kind === 'number'))
    return undefined;
  // ("Mark 7:10;", "John 3:16": a book of the Bible before its chapter and verse.)
  // ("See 2:7 for …" points to the verse.)
  if (isCapitalised(t) && !POINTERS.has(w) && next?.kind === 'number' && /^\d+:\d+/.test(next.text))
    return undefined;
  // ("Woo hoo!": the cheer, no order to woo.)
  if (w === 'woo' && (next?.lower === 'hoo' || next?.lower === 'hoo-hoo')) return undefined;
  // ("Shame on me": the exclamation, no order to shame.)
  if (w === 'shame' && next?.lower === 'on') return undefined;
  // "(pop. 256,000)": the abbreviation of "population" before its figure.
  if (w === 'pop' && next?.text === '.' && next2?.kind === 'number') return undefined;
  // "Spot on", "The service was spot on!": the idiom of praise, an adjective ("spot on the
  // carpet" is a noun, "Spot the difference" an order).
  if (w === 'spot' && next?.lower === 'on' && (!next2 || !isWord(next2))) return undefined;
  // "Edit... I found it", "Update... it works now": a forum post's marker, not an order.
  if ((w === 'edit' || w === 'update') && j === 0 && (next?.text === '...' || next?.text === '…'))
    return undefined;
  // "Set up last month to centralize …": a participle like its base form, dated, is the
  // reduced passive of a caption, not an order.
  if (j === 0 && ctx.lex.participleLemma(w) === w && datedAfter(s, j)) return undefined;
  if (j === 0 && !polite && participleOpener(s, j)) return undefined;
  if (kind === 'comma' && !polite && !imperativeBefore && participleAfterNoun(s, j))
    return undefined;
  // "A wolf was found dead, hit by a car, on a highway", "where, cut by the horizon, lay the
  // hull": after a comma, a participle like its base form before "by" and its agent is a
  // reduced passive ("…, come by our office" moves the reader).
  if (
    kind === 'comma' &&
    !polite &&
    ctx.lex.participleLemma(w) === w &&
    !ctx.motion.has(w) &&
    next?.lower === 'by' &&
    isWord(next2) &&
    (ctx.determiners.has(next2.lower) || isCapitalised(next2))
  )
    return undefined;
  // "Watch out the poles are coming": the warning, whatever follows it.
  if ((w === 'watch' || w === 'look') && next?.lower === 'out' && kind === 'strong')
    return [j, j, false];
  if (SOLID_PHRASALS.has(w))
    return isWord(next) &&
      (ctx.determiners.has(next.lower) ||
        (ctx.objects.has(next.lower) && !ctx.subjects.has(next.lower)) ||
        SOLID_PHRASAL_OBJECTS.has(next.lower)) &&
      !predicateFollows(s, j + 2)
      ? [j, j, false]
      : undefined;

  const tier = baseTier(t, ctx) ?? transitiveLay(s, j, kind);
  if (!tier) return undefined;
  // ("Name three cell organelles?", "List the causes of the war": a quiz's task.)
  if (taskAsked(s, j)) return [j, j, false];
  // "$6.1m - Amount the EPA valued ...", "68.4 - Average number of ...": after a figure and
  // its dash, a word that is a noun as often as a verb names what the figure is.
  if (tier !== 'verbal' && isCapitalised(t) && afterFigure(s, j)) return undefined;
  if (!polite && numberedLabel(s, j)) return undefined;
  if (
    requestedVerb(s, j) ||
    verbAfterThen(s, j) ||
    clauseComplement(s, j) ||
    (kind === 'conj' && attentionAfterConj(s, j)) ||
    (kind === 'conj' && imperativeBefore && coordinatedVerb(s, j))
  )
    return [j, j, false];
  return verbInContext(s, j, tier, kind, polite || courtesy) ? [j, j, false] : undefined;
}

/**
 * "the "bomb Iraq" crowd", "a "get the f*ck away" sound", "what do you mean by "log in an
 * email"": an order quoted inside a clause, as a name or a modifier, is still an imperative
 * when its verb has its object, determiner or particle before the quote closes.
 */
/**
 * Words before a quotation that mention its words rather than report them: "the phrase
 * "move forward"", "the term "click here"" (and "instead of" another such quotation).
 */
const MENTIONS = set([
  'phrase',
  'phrases',
  'word',
  'words',
  'term',
  'terms',
  'expression',
  'saying',
  'slogan',
  'motto',
]);

function quotedOrder(s: Sentence, j: number): boolean {
  const { tokens, ctx } = s;
  const t = tokens[j] as Token;
  const next = tokens[j + 1];
  const tier = baseTier(t, ctx);
  if (!isWord(next) || (tier !== 'verbal' && tier !== 'ambiguous')) return false;
  if (isFiniteVerb(t, ctx) || ctx.never.has(t.lower) || ctx.elidedVerbs.has(t.lower)) return false;
  // ("the "Draft Report on the Environment"", "the "Let it Be" film": a capitalised title.)
  if (isCapitalised(t)) return false;
  // ("to "work in good faith"", "you can "gas it"", "they "do as they wilt"", "as "cast in
  // steel"": the quoted words are the clause's own verb phrase.)
  const before = tokens[j - 2];
  if (
    isWord(before) &&
    (before.lower === 'to' ||
      before.lower === 'as' ||
      MODALS.has(before.norm) ||
      DO_FORMS.has(before.norm) ||
      MENTIONS.has(before.lower) ||
      // ("when people "fall out of love"": a plural noun is the quoted verb's subject.)
      PLURAL_NOUNS.has(before.lower) ||
      (before.lower === 'of' && tokens[j - 3]?.lower === 'instead') ||
      (ctx.subjects.has(before.lower) && !IMPERSONAL.has(before.lower)))
  )
    return false;
  // ("free as in beer": an adjective takes no particle or name.)
  const object =
    objectOpens(next, ctx) ||
    (!ADJECTIVE_VERBS.has(t.lower) &&
      (ctx.particles.has(next.lower) || (isCapitalised(next) && next.text !== 'I')));
  if (!object) return false;
  for (let k = j + 1; k < tokens.length && k < j + 8; k++) {
    const w = tokens[k] as Token;
    if (QUOTES.has(w.text)) return true;
    if (isBreak(w) || (w.kind === 'word' && isFiniteVerb(w, ctx))) return false;
  }
  return false;
}

/**
 * "Lay some knowledge on them", "Lay a Twister mat on the floor": "lay" (or "fell") is the
 * past of an intransitive verb ("lie", "fall"), which takes no object; opening a sentence
 * before a determiner or an object pronoun it is the transitive verb's base form. (Inside
 * a sentence the past may be inverted: "where, cut by the horizon, lay the huge hull".)
 */
function transitiveLay(s: Sentence, j: number, kind: Start): VerbTier | undefined {
  const { tokens, ctx } = s;
  const t = tokens[j] as Token;
  const next = tokens[j + 1];
  // ("Before passing a stool, lay a strip of paper …": after an adverbial and its comma too.)
  const opens = (kind === 'strong' && j === 0) || (kind === 'comma' && adjunctBefore(s, j));
  if (!opens || !INTRANSITIVE_PASTS.has(t.lower) || !isWord(next)) return undefined;
  const object =
    (ctx.determiners.has(next.lower) && next.lower !== 'that') ||
    (ctx.objects.has(next.lower) && !ctx.subjects.has(next.lower));
  return object ? ctx.lex.tier(t.lower) : undefined;
}

/** Pasts of intransitive verbs that are base forms of transitive ones: "lay" (lie), "fell". */
const INTRANSITIVE_PASTS = set(['lay', 'fell']);

/**
 * "DM (direct message)", "ETA (estimated time of arrival)": the first word inside brackets
 * right after an abbreviation in capitals, when the bracketed words' initials spell it out
 * (small words such as "of" may be skipped).
 */
function acronymExpansion(s: Sentence, j: number): boolean {
  const { tokens } = s;
  const open = tokens[j - 1];
  const acronym = tokens[j - 2];
  if (open?.text !== '(' || !isWord(acronym)) return false;
  const letters = acronym.text;
  if (!/^[A-Z]{2,6}$/.test(letters)) return false;
  const initials: string[] = [];
  for (let k = j; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (t.text === ')') break;
    if (t.kind !== 'word') return false;
    initials.push(t.lower[0] ?? '');
  }
  const wanted = letters.toLowerCase();
  const all = initials.join('');
  const content = initials
    .filter((_, i) => !EXPANSION_SMALL_WORDS.has(tokens[j + i]?.lower ?? ''))
    .join('');
  return all === wanted || content === wanted;
}

const EXPANSION_SMALL_WORDS = set(['of', 'and', 'the', 'for', 'to', 'in', 'on', 'a', 'an']);

/**
 * Inside brackets, a word after a comma that ends its item within two words ("(username,
 * email, Transaction ID, purchase date, etc.)") is an item of a list, not an order.
 */
function bracketedListItem(s: Sentence, j: number): boolean {
  const { tokens } = s;
  let open = false;
  for (let k = j - 1; k >= 0; k--) {
    const t = (tokens[k] as Token).text;
    if (t === ')') return false;
    if (t === '(') {
      open = true;
      break;
    }
  }
  if (!open) return false;
  for (let k = j + 1; k <= j + 2; k++) {
    const t = tokens[k];
    if (!t) return false;
    if (t.text === ',' || t.text === ')') return true;
    if (t.kind !== 'word') return false;
  }
  return false;
}

/**
 * "a blacklined version of the: (a) Schedule and (b) Paragraph 13", "ISDAs for (a) US
 * Corporate, (b) Hedge Funds": a capitalised word right after a letter in brackets that
 * labels an item inside a running sentence, before another capitalised word, a figure or
 * the item's end, names the item; an order listed so has its object ("…: (a) open the box,
 * (b) Remove the tray").
 */
function labelledItem(s: Sentence, j: number): boolean {
  const { tokens } = s;
  const t = tokens[j] as Token;
  const label = tokens[j - 2];
  const before = tokens[j - 4];
  if (!isCapitalised(t) || tokens[j - 1]?.text !== ')' || tokens[j - 3]?.text !== '(') return false;
  if (!isWord(label) || !ITEM_LETTER.test(label.text)) return false;
  if (!before || isSentenceEnd(before)) return false;
  const next = tokens[j + 1];
  return (
    !next ||
    next.kind === 'number' ||
    isSentenceEnd(next) ||
    next.text === ',' ||
    (isWord(next) && (isCapitalised(next) || next.lower === 'and' || next.lower === 'or'))
  );
}

/** The letter or Roman numeral of a listed item: "(a)", "(iii)". */
const ITEM_LETTER = /^([a-h]|[ivx]{1,4})$/i;

/** Days of the week as abbreviated, some of them verbs too ("Wed.", "Sat."). */
const DAY_ABBREVIATIONS = set([
  'mon',
  'tue',
  'tues',
  'wed',
  'thu',
  'thur',
  'thurs',
  'fri',
  'sat',
  'sun',
]);

/**
 * "Get there and there was nothing", "Get yourself some tools and you were ready to go":
 * a bare verb joined by "and" to a clause in the past tense tells what happened, the
 * subject elided ("I got there"); an order's "and" goes on with a promise ("Ask and you
 * will be helped") or a second order. Looks at most eight words on, within the sentence.
 */
function pastAfterAnd(s: Sentence, j: number): boolean {
  const { tokens } = s;
  const stop = Math.min(tokens.length - 2, j + 9);
  for (let k = j + 1; k < stop; k++) {
    const t = tokens[k] as Token;
    // ("Tell me what you did and I was …": a clause of its own before the "and".)
    if (isSentenceEnd(t) || PERSONAL_SUBJECTS.has(t.lower)) return false;
    if (t.lower !== 'and') continue;
    const subject = tokens[k + 1]?.lower ?? '';
    const verb = tokens[k + 2]?.lower ?? '';
    // ("Go in and they had decent bar", "Walk in and they greeted us": a past of any verb.)
    const past = s.ctx.lex.pastLemma(verb);
    return (
      PAST_SUBJECTS.has(subject) &&
      (verb === 'was' || verb === 'were' || verb === 'had' || (past !== undefined && past !== verb))
    );
  }
  return false;
}

/**
 * "We moved a fridge, tore out a bar, put in an island", "I backed the bike out of the
 * garage, set the choke": a verb whose past is its base form, after a comma or "and" in a
 * sentence that "I" or "we" opened in the past tense, is that story's next past, not an
 * order.
 */
function narratedSeries(s: Sentence, j: number): boolean {
  const { tokens, ctx } = s;
  const w = (tokens[j] as Token).lower;
  const link = tokens[j - 1]?.text;
  // (After "so" or "then" the verb draws a consequence: "We tried, so put it away".)
  if (ctx.lex.pastLemma(w) !== w || (link !== ',' && link !== 'and')) return false;
  for (let m = j - 2; m >= 0; m--) {
    const t = tokens[m] as Token;
    if (isSentenceEnd(t) || isBreak(t)) return false;
    if (t.lower !== 'i' && t.lower !== 'we') continue;
    let v = m + 1;
    while (isWord(tokens[v]) && isAdverb(tokens[v] as Token, ctx)) v++;
    const verb = tokens[v];
    const lemma = isWord(verb) ? ctx.lex.pastLemma(verb.lower) : undefined;
    return lemma !== undefined && lemma !== (verb as Token).lower;
  }
  return false;
}

/** Subjects of the past-tense clause that follows a narrated bare verb. */
const PAST_SUBJECTS = set(['i', 'you', 'he', 'she', 'it', 'we', 'they', 'there']);
const PERSONAL_SUBJECTS = set(['i', 'you', 'he', 'she', 'we', 'they']);

/**
 * Verbs of reporting and of evidence that take a clause: "Officials say they …", "Experts
 * believe that …", "Damage estimates of $25bn suggest it …".
 */
const REPORTING = set([
  'say',
  'believe',
  'claim',
  'think',
  'report',
  'warn',
  'fear',
  'suspect',
  'insist',
  'argue',
  'predict',
  'allege',
  'deny',
  'suggest',
  'show',
  'indicate',
]);

/** Fixed pairs of verbs that name a thing or a manner ("hit or miss", "wear and tear"). */
const BINOMIALS = set([
  'bait and switch',
  'give and take',
  'give or take',
  'hit and miss',
  'hit or miss',
  'hit and run',
  'make or break',
  'meet and greet',
  'pound for pound',
  'rain or shine',
  'show and tell',
  'touch and go',
  'wear and tear',
]);

/** Months as written in a date, in full or abbreviated ("Sept. 20", "Oct 3"). */
const MONTHS = set([
  'jan',
  'january',
  'feb',
  'february',
  'mar',
  'march',
  'apr',
  'april',
  'may',
  'jun',
  'june',
  'jul',
  'july',
  'aug',
  'august',
  'sep',
  'sept',
  'september',
  'oct',
  'october',
  'nov',
  'november',
  'dec',
  'december',
]);

/** The first words of paired conjunctions: "either … or", "neither … nor", "both … and". */
const PAIRED_CONJUNCTIONS = set(['either', 'neither', 'both']);

/**
 * "If Iran and Syria - with their armaments - decide to engage", "the two institutions -
 * Parliament and Commission - cooperate", "Cecchetti of the BIS – the central banks' central
 * bank – go further": after an aside set off by two dashes, the verb is the predicate of the
 * noun phrase before the aside, not an order. The phrase opens the sentence or follows
 * "that" or a subordinator, starts with a determiner or a name, has no verb of its own, and
 * is no verbless condition ("If so - and I hope not - call us").
 */
function predicateAfterDashes(s: Sentence, j: number): boolean {
  const { tokens, ctx } = s;
  // ("… in airports—either don't exist or are hidden": past "either" or an adverb.)
  let c = j - 1;
  while (
    c > 0 &&
    isWord(tokens[c]) &&
    (PAIRED_CONJUNCTIONS.has((tokens[c] as Token).lower) || isAdverb(tokens[c] as Token, ctx))
  )
    c--;
  const close = tokens[c]?.text ?? '';
  if (!DASHES.has(close)) return false;
  let open = c - 1;
  while (open > 0 && tokens[open]?.text !== close && !isSentenceEnd(tokens[open])) open--;
  if (open < 1 || tokens[open]?.text !== close) return false;
  const last = tokens[open - 1];
  if (
    !isWord(last) ||
    VERBLESS_CONDITIONS.has(last.lower) ||
    last.lower === 'so' ||
    last.lower === 'not' ||
    isAdverb(last, ctx)
  )
    return false;
  // Back over the noun phrase; a comma only between the items of a list of phrases.
  let start = open - 1;
  for (; start > 0; start--) {
    const t = tokens[start - 1] as Token;
    if (isSentenceEnd(t) || isBreak(t)) break;
    if (t.text === ',') {
      const after = tokens[start];
      if (!isWord(after) || !(ctx.determiners.has(after.lower) || after.lower === 'and'))
        return false;
      continue;
    }
    if (t.kind !== 'word') continue;
    if (t.lower === 'that' || SUBORDINATORS.has(t.lower)) break;
    if (isFiniteVerb(t, ctx) || inflectedVerb(t, ctx) || MODALS.has(t.norm)) return false;
  }
  const first = tokens[start];
  return (
    isWord(first) &&
    (ctx.determiners.has(first.lower) ||
      POSSESSIVES.has(first.lower) ||
      (isCapitalised(first) && !isBaseVerb(first, ctx) && start < open - 1))
  );
}

const DASHES = set(['-', '–', '—', '--']);

/**
 * "Wed. Sept. 20 - Leave Houston around 6 pm", "Oct 3 – Fly home": a day's line of an
 * itinerary, the date and its dash before the plan, lists what is to happen, no order.
 */
function itineraryLine(s: Sentence, j: number): boolean {
  const { tokens } = s;
  const dash = tokens[j - 1]?.text;
  if (dash !== '-' && dash !== '–' && dash !== '—' && dash !== ':') return false;
  const day = tokens[j - 2];
  if (day?.kind !== 'number' || !/^([1-9]|[12]\d|3[01])$/.test(day.text)) return false;
  const month = tokens[j - 3]?.text === '.' ? tokens[j - 4] : tokens[j - 3];
  return isWord(month) && isCapitalised(month) && MONTHS.has(month.lower);
}

/** A time in the past right after the verb and its particle: "Set up last month". */
function datedAfter(s: Sentence, j: number): boolean {
  let k = j + 1;
  if (isWord(s.tokens[k]) && PHRASAL_PARTICLES.has((s.tokens[k] as Token).lower)) k++;
  const first = s.tokens[k]?.lower;
  const second = s.tokens[k + 1]?.lower ?? '';
  return (first === 'last' && DAY_PARTS.has(second)) || first === 'yesterday';
}

/**
 * "It is a lovely hotel, set in a quiet street", "… an American movie, set in Mexico, in the
 * wrong category": after a statement's noun and its comma, a participle like its base form
 * before a preposition of place is a reduced relative, not an order ("Cover the dough, set in
 * a warm place" follows an order and is one).
 */
function participleAfterNoun(s: Sentence, j: number): boolean {
  const { tokens, ctx } = s;
  const t = tokens[j] as Token;
  const noun = tokens[j - 2];
  if (tokens[j - 1]?.text !== ',' || !isWord(noun)) return false;
  if (ctx.lex.participleLemma(t.lower) !== t.lower) return false;
  if (!PLACE_PREPOSITIONS.has(tokens[j + 1]?.lower ?? '')) return false;
  if (isVerbForm(noun, ctx) || isAdverb(noun, ctx) || ctx.objects.has(noun.lower)) return false;
  // ("If you're still curious, read on": after an adverbial clause the order is licensed.)
  if (conditionOpens(s, j - 2)) return false;
  for (let k = j - 3; k >= 0; k--) {
    const u = tokens[k] as Token;
    if (isBreak(u) || isSentenceEnd(u)) return false;
    if (u.kind === 'word' && (isFiniteVerb(u, ctx) || inflectedVerb(u, ctx))) return true;
  }
  return false;
}

/**
 * "Put together, it's a new window …", "Set in a quiet street, the hotel is …", "Set
 * adjacent to the lodge is the reserve": a participle like its base form opens the sentence
 * with a phrase and no object, and the clause it modifies follows, with its own subject
 * after the comma or its verb inverted before it; it is a reduced passive, no order ("Cut
 * into squares and serve", "Set aside, covered, for ten minutes" have no such clause).
 */
function participleOpener(s: Sentence, j: number): boolean {
  const { tokens, ctx } = s;
  const t = tokens[j] as Token;
  const next = tokens[j + 1];
  if (ctx.lex.participleLemma(t.lower) !== t.lower || !next) return false;
  if (isWord(next) && (ctx.determiners.has(next.lower) || ctx.objects.has(next.lower)))
    return false;
  for (let k = j + 1; k < tokens.length && k < j + 10; k++) {
    const u = tokens[k] as Token;
    if (isBreak(u) || isSentenceEnd(u) || (u.kind === 'word' && COORDINATORS.has(u.lower)))
      return false;
    // ("Set adjacent to Henga Lodge is the reserve": the clause's verb, its subject after it.)
    if (u.kind === 'word' && ctx.be.has(u.norm) && isFiniteVerb(u, ctx) && k > j + 2) {
      const after = tokens[k + 1];
      return isWord(after) && ctx.determiners.has(after.lower);
    }
    if (u.text !== ',') continue;
    // After the comma a subject and its finite verb within three words.
    const subject = tokens[k + 1];
    if (!isWord(subject) || !(ctx.subjects.has(subject.norm) || ctx.determiners.has(subject.lower)))
      return false;
    for (let m = k + 1; m <= k + 4 && m < tokens.length; m++) {
      const v = tokens[m] as Token;
      if (v.kind === 'word' && m > k + 1 && (isFiniteVerb(v, ctx) || inflectedVerb(v, ctx)))
        return true;
      if (
        v.kind === 'word' &&
        m === k + 1 &&
        ctx.subjects.has(v.norm) &&
        isFiniteVerb(tokens[m + 1] as Token, ctx)
      )
        return true;
    }
    return false;
  }
  return false;
}

const SOLID_PHRASALS = set(W.SOLID_PHRASAL_VERBS);

/** After a solid phrasal verb, what makes it a verb: "Login to …", "Signup here", "Logout and …". */
const SOLID_PHRASAL_OBJECTS = set(['to', 'here', 'again', 'and', 'with']);

/** What "Have" asks of the reader with no article: "Have fun", "Have patience", "Have faith". */
/**
 * "so always have sunscreen with you", "Have receipts ready": "have" and a bare noun kept at
 * hand, an order however the noun is written.
 */
function haveAtHand(s: Sentence, j: number): boolean {
  const { tokens, ctx } = s;
  if (tokens[j]?.lower !== 'have') return false;
  for (let k = j + 2; k <= j + 4 && k < tokens.length; k++) {
    const t = tokens[k] as Token;
    const two = `${t.lower} ${tokens[k + 1]?.lower ?? ''}`;
    if (t.lower === 'ready' || t.lower === 'handy' || two === 'with you' || two === 'on hand')
      return true;
    // ("Have people come over": a verb ends the noun phrase.)
    if (t.kind !== 'word' || baseTier(t, ctx) === 'verbal' || pastOnly(t, ctx)) return false;
  }
  return false;
}

const HAVE_VIRTUES = set(['fun', 'patience', 'faith', 'courage', 'hope', 'confidence']);

/**
 * "Do this for an hour", "Do that again": after a clause-initial "do", "this" or "that"
 * before no verb is its object (a question would need "Does this ...").
 */
function demonstrativeObject(s: Sentence, k: number): boolean {
  const t = s.tokens[k];
  const next = s.tokens[k + 1];
  if (!isWord(t) || (t.lower !== 'this' && t.lower !== 'that')) return false;
  return (
    !isWord(next) ||
    isAdverb(next, s.ctx) ||
    PLACE_PREPOSITIONS.has(next.lower) ||
    next.lower === 'for' ||
    // ("Do this every day", "Do that until it's low": an adverbial of time or condition.)
    AFTER_DONE.has(next.lower)
  );
}

/** What may follow the object of "Do this": when, how often, on what condition. */
const AFTER_DONE = set([
  'every',
  'each',
  'until',
  'till',
  'before',
  'after',
  'when',
  'whenever',
  'if',
  'unless',
  'once',
  'twice',
  'while',
  'first',
]);

/**
 * "Fix Auto fixed my car", "Stop & Shop was out of milk", "Play It Again Sports buys used
 * gear": a capitalised verb that opens a run of capitalised words (a business's name)
 * followed by a verb of its own is the name, the subject of that verb.
 */
function nameSubject(s: Sentence, j: number): boolean {
  const { tokens, ctx } = s;
  const t = tokens[j] as Token;
  if (!isCapitalised(t) || s.shouting) return false;
  let k = j + 1;
  let names = 0;
  let joined = false;
  for (; k < tokens.length && k <= j + 5; k++) {
    const w = tokens[k] as Token;
    if (w.lower === '&' || w.text === "'" || w.lower === "'s" || w.lower === "n't") continue;
    const other = tokens[k + 1];
    if (w.lower === 'and' && isWord(other) && isCapitalised(other) && other.text !== 'I') {
      joined = true;
      continue;
    }
    if (w.kind === 'punct' || !isCapitalised(w) || w.text === 'I') break;
    names++;
  }
  const verb = tokens[k];
  if (!isWord(verb) || isCapitalised(verb)) return false;
  // ("Bob and Sue send their love": two names joined are a plural subject for a bare verb,
  // unless the first is a verb whose object takes one, "Let Bob and Sue know", or two,
  // "Give Bob and Sue time".)
  if (
    joined &&
    baseTier(verb, ctx) === 'verbal' &&
    !BARE_INFINITIVE_TAKING.has(t.lower) &&
    !DOUBLE_OBJECT_VERBS.has(t.lower)
  )
    return true;
  // ("Mark thinks so", "Rob wants to go": an -s form that no noun spells is the name's verb.)
  if (SUBJECT_ONLY_FORMS.has(verb.lower)) return true;
  if (names === 0) return false;
  const past = ctx.lex.pastLemma(verb.lower);
  const after = tokens[k + 1];
  return (
    isFiniteVerb(verb, ctx) ||
    (past !== undefined && past !== verb.lower && !ctx.particles.has(verb.lower)) ||
    // (An -s form after one name may be a plural object: "Give Bob hugs"; not before its
    // own object or figure: "Match Group owns several apps", "Check In opens 24 hours …".)
    (inflectedVerb(verb, ctx) && verb.lower !== 'thanks' && names >= 2) ||
    (verb.lower.endsWith('s') &&
      isVerbForm(verb, ctx) &&
      verb.lower !== 'thanks' &&
      (after?.kind === 'number' || (isWord(after) && QUANTIFIERS.has(after.lower)))) ||
    pluralHeadThenVerb(s, k)
  );
}

/** Verbs that take two objects: "Give Bob and Sue time", "Send Mom and Dad love". */
const DOUBLE_OBJECT_VERBS = set([
  'give',
  'send',
  'show',
  'tell',
  'buy',
  'get',
  'bring',
  'offer',
  'wish',
  'pay',
  'lend',
  'hand',
  'teach',
  'ask',
  'owe',
  'leave',
  'promise',
  'email',
  'mail',
  'text',
  'forward',
  'cc',
]);

/** Verbs in -s that no noun spells: after a name they are its verb ("Mark thinks so"). */
const SUBJECT_ONLY_FORMS = set([
  'thinks',
  'believes',
  'knows',
  'wants',
  'seems',
  'agrees',
  'wonders',
  'feels',
  'prefers',
  'insists',
  'suggests',
  'remembers',
  'forgets',
  'understands',
  'realizes',
  'realises',
  'hates',
  'enjoys',
  'deserves',
  // ("Demand appears low for such a device": a verb of seeming.)
  'appears',
  'remains',
  'tends',
]);

/**
 * "Post Office hours vary by location", "Google One hotel deals depend on the day": after the
 * name, one or two nouns ending in a plural, then its bare verb with a phrase or nothing after.
 */
function pluralHeadThenVerb(s: Sentence, k: number): boolean {
  const { tokens, ctx } = s;
  for (let m = k; m < k + 2; m++) {
    const noun = tokens[m];
    if (!isWord(noun) || ctx.determiners.has(noun.lower)) return false;
    if (ctx.particles.has(noun.lower) || ctx.objects.has(noun.lower)) return false;
    const plural = noun.lower.endsWith('s') && !noun.lower.endsWith('ss');
    // (A verb form is a noun here only as the plural head before its own verb: "deals depend".)
    if (isVerbForm(noun, ctx) && !plural) return false;
    const verb = tokens[m + 1];
    const after = tokens[m + 2];
    if (
      plural &&
      isWord(verb) &&
      isBaseVerb(verb, ctx) &&
      !isFiniteVerb(verb, ctx) &&
      (isSentenceEnd(after) || after?.lower === 'by' || clauseEndPreposition(after?.lower ?? ''))
    )
      return true;
  }
  return false;
}

/**
 * "Pack animals always tear apart the weaklings", "Air carriers fly five days a week": the
 * candidate at `j` modifies the plural noun after it, the subject of the present-tense verb
 * that follows (after an adverb or not) with an object or a phrase of its own. Not after a
 * verb whose object takes a bare infinitive or a second object ("Let kids play outside",
 * "Send friends love").
 */
function pluralSubjectAfter(s: Sentence, j: number): boolean {
  const { tokens, ctx } = s;
  const w = (tokens[j] as Token).lower;
  const noun = tokens[j + 1];
  if (!isWord(noun) || BARE_INFINITIVE_TAKING.has(w) || DOUBLE_OBJECT_VERBS.has(w)) return false;
  const plural = noun.lower.endsWith('s') && !noun.lower.endsWith('ss') && noun.lower.length > 3;
  if (!plural || isVerbForm(noun, ctx) || ctx.objects.has(noun.lower)) return false;
  let m = j + 2;
  while (m < j + 4 && isWord(tokens[m]) && isAdverb(tokens[m] as Token, ctx)) m++;
  const verb = tokens[m];
  const after = tokens[m + 1];
  return (
    isWord(verb) &&
    !isCapitalised(verb) &&
    baseTier(verb, ctx) === 'verbal' &&
    isBaseVerb(verb, ctx) &&
    !isFiniteVerb(verb, ctx) &&
    (after?.kind === 'number' ||
      (isWord(after) &&
        (objectOpens(after, ctx) ||
          ctx.particles.has(after.lower) ||
          PHRASAL_PARTICLES.has(after.lower) ||
          after.lower === 'apart' ||
          isPreposition(after.lower))))
  );
}

/** The name at `j` stands alone in its clause, or joined by "and" to a second name. */
function nameAlone(s: Sentence, j: number): boolean {
  const { tokens } = s;
  const closes = (t: Token | undefined) => !t || isBreak(t) || t.text === ',';
  if (closes(tokens[j + 1])) return true;
  const other = tokens[j + 2];
  return (
    tokens[j + 1]?.lower === 'and' && isWord(other) && isCapitalised(other) && closes(tokens[j + 3])
  );
}

/** Titles written before a name with a full stop: "Lt. General", "Ms. Sue", "Rev. Bill". */
const TITLES = set(W.NAME_TITLES);

const isTitle = (t: Token | undefined): boolean => isWord(t) && TITLES.has(t.lower);

/**
 * "We loved the ships and don't believe ...": "and" right before `j` joins a clause with a
 * personal subject, which the negated verb shares ("Call us and don't worry" has no subject,
 * "Thanks, and don't hesitate" neither).
 */
function subjectBeforeAnd(s: Sentence, j: number): boolean {
  const { tokens, ctx } = s;
  // ("… full of moisture and therefore do not transmit light": past an adverb after "and".)
  // ("when u are still holding onto the past or don't see enough effort": "or" too.)
  const joins = (t: Token | undefined) => t?.lower === 'and' || t?.lower === 'or';
  let and = j - 1;
  while (and > 0 && !joins(tokens[and]) && CONNECTIVE_ADVERBS.has(tokens[and]?.lower ?? '')) and--;
  if (!joins(tokens[and])) return false;
  // Back to the clause's start, over a bracketed aside ("full of moisture (future rain) and
  // therefore …").
  let m = and - 1;
  while (m >= 0) {
    const open = asideStart(s, m);
    if (open !== undefined && open > 0) m = open - 1;
    else if (isBreak(tokens[m] as Token)) break;
    else m--;
  }
  const start = m + 1;
  // ("If you have questions, comment below and don't forget ...": a subject after a
  // subordinator is the adverbial clause's, not the main clause's.)
  for (let k = start; k < and; k++) {
    const t = tokens[k] as Token;
    if (t.kind !== 'word') continue;
    if (ADJUNCT_OPENERS.has(t.lower) || SUBORDINATORS.has(t.lower)) {
      // (An adverbial that runs on to "and" holds both verbs: "because they are full of
      // moisture and therefore do not transmit light"; so it does to "or", which joins
      // conditions rather than orders: "when u are still holding on or don't see effort".)
      const comma = tokens.findIndex((w, n) => n > k && n < and && w.text === ',');
      if (comma === -1 && (and < j - 1 || tokens[and]?.lower === 'or')) continue;
      if (comma === -1) return false;
      // (The adverbial ends at its comma; the main clause after it may have its own subject:
      // "sometimes it is hard, especially when u are … or don't see ….")
      k = comma;
      continue;
    }
    // ("Thank you and don't hesitate …": the formula's "you" is no subject.)
    if (ctx.subjects.has(t.lower) && !IMPERSONAL.has(t.lower) && !inThankYou(tokens, k))
      return true;
    // "Cheapest surgeons work out of a clinic and do not have …", "parents who mess up
    // their lives and don't seem …": a plural noun or "who" before a verb in the present.
    const verb = tokens[k + 1];
    // ("Many people buy it and don't read …": a plural without -s as well.)
    const plural =
      ((/[^s]s$/.test(t.lower) && t.lower.length > 3) || PLURAL_NOUNS.has(t.lower)) &&
      !ctx.subjects.has(tokens[k - 1]?.lower ?? '');
    if (
      (plural || t.lower === 'who') &&
      isWord(verb) &&
      !isCapitalised(verb) &&
      baseTier(verb, ctx) !== 'nounlike' &&
      isBaseVerb(verb, ctx) &&
      k + 1 < and
    )
      return true;
  }
  return false;
}

/**
 * "they numb the pain but don't fix the damage": right before "but" (no comma) a clause whose
 * personal subject, other than the third person singular, has a verb in the simple present;
 * the negated verb shares that subject and tense. Not after a verb of thinking ("I know but
 * don't …" is rare, "I know it hurts but don't …" common), be, have or a modal, whose
 * subject an order after "but" leaves ("You may be right but don't …").
 */
function subjectBeforeBut(s: Sentence, j: number): boolean {
  const { tokens, ctx } = s;
  const but = tokens[j - 1]?.lower === 'just' ? j - 2 : j - 1;
  if (tokens[but]?.lower !== 'but') return false;
  // ("Their croquettes taste good, but don't really taste home-made": after a comma only a
  // plural subject, "they" or a noun, whose verb a reader is seldom told not to share; "I
  // love it, but don't go on weekends" advises.)
  const comma = tokens[but - 1]?.text === ',';
  for (let k = but - (comma ? 2 : 1); k > 0; k--) {
    const t = tokens[k] as Token;
    if (isBreak(t) || t.text === ',') return false;
    const subject = tokens[k - 1];
    const nounSubject = isWord(subject) && pluralNoun(subject, ctx) && !isVerbForm(subject, ctx);
    // (A noun's verb is shared only by a verb a thing does: "the fries look great but
    // don't taste fresh"; "… but don't order the fries" advises.)
    const negated = tokens[j + 2]?.lower === 'really' ? tokens[j + 3] : tokens[j + 2];
    const thingVerb = isWord(negated) && THING_VERBS.has(negated.lower);
    const shared =
      isWord(subject) &&
      t.kind === 'word' &&
      ((nounSubject && thingVerb) ||
        (comma ? subject.lower === 'they' && thingVerb : BASE_SUBJECTS.has(subject.lower)));
    // ("I think it was in that area but don't quote me": the nearest clause's subject.)
    if (!shared) {
      if (isFiniteVerb(t, ctx) || MODALS.has(t.norm)) return false;
      continue;
    }
    return (
      isBaseVerb(t, ctx) &&
      !MODALS.has(t.norm) &&
      !DO_FORMS.has(t.norm) &&
      !HAVE_FORMS.has(t.norm) &&
      !ctx.be.has(t.norm) &&
      !THINKING_VERBS.has(t.lower) &&
      !CLAUSE_TAKING.has(t.lower) &&
      !OPINION_VERBS.has(t.lower)
    );
  }
  return false;
}

/** Verbs a thing does, which a plural noun's "but don't" shares: "taste", "fit", "work". */
const THING_VERBS = set([
  'taste',
  'look',
  'seem',
  'feel',
  'smell',
  'sound',
  'fit',
  'work',
  'last',
  'come',
  'match',
]);

/** Verbs of thinking and meaning whose clause a "but don't" answers: "I think so but …". */
const THINKING_VERBS = set(['think', 'guess', 'mean', 'feel', 'believe', 'hope', 'bet', 'agree']);

/**
 * "I used to do that a lot and let me tell you …", "We tried, let us know": a later "let me"
 * whose clause has the subject "I" (or "let us" after "we") shares no verb with it, which
 * would say "let myself"; it turns to the reader.
 */
function letAfterOwnSubject(s: Sentence, j: number): boolean {
  const { tokens } = s;
  const object = tokens[j + 1]?.lower;
  if (tokens[j]?.lower !== 'let' || (object !== 'me' && object !== 'us')) return false;
  if (!isWord(tokens[j + 2])) return false;
  for (let k = j - 1; k >= 0; k--) {
    const t = tokens[k] as Token;
    if (isSentenceEnd(t)) return false;
    // ("I told her to go and let me handle it": the infinitive's subject is her.)
    if (t.norm === 'to' && s.ctx.objects.has(tokens[k - 1]?.lower ?? '')) return false;
    // ("my coworkers pick up on it and just let me be": a plural noun's verb is nearer.)
    const before = tokens[k - 1];
    if (isWord(before) && isBaseVerb(t, s.ctx) && pluralNoun(before, s.ctx)) return false;
    if (t.kind === 'word' && PERSONAL_SUBJECTS.has(t.lower))
      return t.lower === (object === 'me' ? 'i' : 'we');
  }
  return false;
}

/**
 * "He came and let me in", "my coworkers pick up on it and just let me be": "let" after
 * "and" shares the subject of the clause before it, a person's pronoun or a plural noun with
 * its verb ("Thanks and let me know", "It works now and let me know" have none).
 */
function letSharesSubject(s: Sentence, j: number): boolean {
  const { tokens, ctx } = s;
  if (tokens[j]?.lower !== 'let') return false;
  let and = j - 1;
  while (and > 0 && isWord(tokens[and]) && isAdverb(tokens[and] as Token, ctx)) and--;
  if (tokens[and]?.lower !== 'and') return false;
  for (let k = and - 1; k > 0; k--) {
    const t = tokens[k] as Token;
    if (isBreak(t) || t.text === ',' || isSentenceEnd(t)) return false;
    const before = tokens[k - 1] as Token;
    if (t.kind !== 'word' || before.kind !== 'word') continue;
    const verb =
      isFiniteVerb(t, ctx) ||
      isBaseVerb(t, ctx) ||
      ctx.lex.pastLemma(t.lower) !== undefined ||
      ctx.be.has(t.norm);
    if (!verb) continue;
    if (['he', 'she', 'they'].includes(before.lower)) return true;
    // ("He then elaborated on the wine and let us enjoy …": past an adverb.)
    if (
      (isAdverb(before, ctx) || before.lower === 'then') &&
      ['he', 'she', 'they'].includes(tokens[k - 2]?.lower ?? '')
    )
      return true;
    if (pluralNoun(before, ctx) && !isVerbForm(before, ctx)) return true;
  }
  return false;
}

/** "how to view or print", "to save and close": a verb after a coordinated infinitive. */
function infinitiveBefore(s: Sentence, j: number): boolean {
  const { tokens, ctx } = s;
  const conj = tokens[j - 1];
  const verb = tokens[j - 2];
  return (
    isWord(conj) &&
    (conj.lower === 'or' || conj.lower === 'and') &&
    isWord(verb) &&
    tokens[j - 3]?.lower === 'to' &&
    baseTier(verb, ctx) !== undefined
  );
}

/** "we'll try and point", "I'll go and check", "to come and see": one verb group. */
function verbGroupAnd(s: Sentence, j: number): boolean {
  const { tokens, ctx } = s;
  const verb = tokens[j - 2];
  const before = tokens[j - 3];
  if (tokens[j - 1]?.lower !== 'and' || !isWord(verb) || !isWord(before)) return false;
  if (verb.lower !== 'try' && verb.lower !== 'go' && verb.lower !== 'come') return false;
  return (
    MODALS.has(before.norm) ||
    before.lower === 'to' ||
    (ctx.subjects.has(before.lower) && !IMPERSONAL.has(before.lower))
  );
}

/** Adverbs between "and" and the verb it joins: "and therefore do not …", "and so don't …". */
const CONNECTIVE_ADVERBS = set(['therefore', 'thus', 'hence', 'so', 'also', 'then', 'still']);

/** Subjects that are no person to share a verb with: "if it works and don't ...". */
const IMPERSONAL = set(['it', 'that', 'this', 'there', 'which', 'what']);

/**
 * "Base Salary 65k", "Order Number: 1234", "Notice Regarding Privacy: ...": a label with no
 * full stop whose capitalised first word stands before another capitalised word that is no
 * determiner, pronoun or particle is a heading, the verb-noun the first word of a compound.
 * ("Check Your Learning", "Keep Your Powder Dry!", "Climb Mount Fuji." are orders; so is a
 * one-word heading as often as not, "Understand", "Note", and a two-word line without a
 * label's figure or colon, "Save Money", is left to the other rules; "Press Release", whose
 * second word is a verb too, is a compound in `verbInContext`.)
 */
/**
 * "Key Delhi blast suspect arrested", "Lead suspect released on bail": a headline's passive
 * with its "is" left out. No stop closes the line, its first word is as often a noun, and a
 * past participle follows a noun with no subject pronoun or auxiliary in the line.
 */
function headlinePassive(s: Sentence): boolean {
  const { tokens, ctx } = s;
  const first = tokens[0];
  const last = tokens.at(-1);
  if (!isWord(first) || !isCapitalised(first) || !last || last.kind !== 'word') return false;
  if (baseTier(first, ctx) === 'verbal') return false;
  for (let k = 2; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (t.kind !== 'word') return false;
    if (ctx.subjects.has(t.lower) || MODALS.has(t.norm) || ctx.be.has(t.norm)) return false;
    const noun = tokens[k - 1] as Token;
    if (
      t.lower.endsWith('ed') &&
      ctx.lex.participleLemma(t.lower) !== undefined &&
      noun.kind === 'word' &&
      !ctx.determiners.has(noun.lower) &&
      !HAVE_FORMS.has(noun.lower) &&
      !isAdverb(noun, ctx)
    )
      return true;
  }
  return false;
}

function heading(s: Sentence, j: number): boolean {
  const { tokens, ctx } = s;
  const end = clauseEnd(tokens, j);
  const stop = tokens[end];
  if ((stop && stop.text !== ':') || s.shouting) return false;
  // ("GO VEGAN": capitals shout an order.)
  if ((tokens[j] as Token).text === (tokens[j] as Token).text.toUpperCase()) return false;
  const next = tokens[j + 1];
  // Only a label shows the compound: a colon ends it, or a figure or "#" follows its noun
  // ("Pin #: 4115", "Base Salary 65k"). "Save Money", "Vote Smith" are slogans, orders.
  const after = tokens[j + 2];
  const label =
    stop?.text === ':' || (after !== undefined && (after.kind === 'number' || after.text === '#'));
  return (
    label &&
    isWord(next) &&
    isCapitalised(next) &&
    next.text !== 'I' &&
    !ctx.determiners.has(next.lower) &&
    !ctx.objects.has(next.lower) &&
    !ctx.particles.has(next.lower) &&
    // "See Attached", "Read Below", "Keep Reading", "Call Mark": an order in capitals.
    !ctx.attachment.has(next.lower) &&
    !HEADING_COMPLEMENTS.has(next.lower) &&
    !(next.lower.endsWith('ing') && !ING_PREPOSITIONS.has(next.lower)) &&
    !ctx.names.has(next.lower)
  );
}

/** Prepositions in -ing: "Notice Regarding Privacy". */
const ING_PREPOSITIONS = set(['regarding', 'concerning', 'including', 'following']);

/** Words after a verb in a capitalised order: "See Below", "Learn More", "Click Here". */
/**
 * "Great Prices, Call Now!", "Wholesale, Call for a Catalog NOW!", "Order Today and Save!": in
 * an advertisement's title-case line that ends in an exclamation mark, a verb that only is
 * one, at the start or after a comma or dash, before "now", "today", "online", "us" or "for",
 * calls the reader.
 */
function adCall(s: Sentence, j: number): boolean {
  const { tokens, ctx } = s;
  const t = tokens[j] as Token;
  const next = tokens[j + 1];
  const prev = tokens[j - 1];
  if (!tokens.at(-1)?.text.includes('!')) return false;
  if (j > 0 && !(prev?.text === ',' || DASHES.has(prev?.text ?? ''))) return false;
  if (!isWord(next) || !AD_COMPLEMENTS.has(next.lower)) return false;
  return baseTier(t, ctx) === 'verbal' && !pastOnly(t, ctx) && !ctx.names.has(t.lower);
}

const AD_COMPLEMENTS = set(['now', 'today', 'online', 'us', 'for', 'here']);

const HEADING_COMPLEMENTS = set([
  ...CLAUSE_FINAL_ADVERBS,
  'below',
  'above',
  'more',
  'now',
  'today',
]);

/**
 * "Groom says this job helped", "Gore went to Florida": a capitalised word before a verb of
 * saying or a past tense that is no participle is that verb's subject, a name. (A regular
 * past may be a participle before a noun: "Use recycled paper".)
 */
function nameBeforePast(s: Sentence, j: number): boolean {
  const { tokens, ctx } = s;
  const t = tokens[j] as Token;
  if (!isCapitalised(t) || s.shouting) return false;
  // Past an adverb ("Harry suddenly sat") or a second name ("Harry and George threw").
  let v = j + 1;
  const between = tokens[v];
  if (isWord(between) && isAdverb(between, ctx) && between.lower.endsWith('ly')) v++;
  else if (
    between?.lower === 'and' &&
    isWord(tokens[v + 1]) &&
    isCapitalised(tokens[v + 1] as Token)
  )
    v += 2;
  const verb = tokens[v];
  if (!isWord(verb) || isCapitalised(verb)) return false;
  if (v > j + 1 && !ctx.lex.pastLemma(verb.lower)) return false;
  if (SAYING.has(verb.lower) && verb.lower !== 'say') return true;
  if (pastOnly(verb, ctx)) return true;
  const past = ctx.lex.pastLemma(verb.lower);
  if (past === undefined || past === verb.lower) return false;
  // "Grant approved the request", "Harry looked at it", "Pat mentioned that ...": a past
  // that could be a participle is a finite verb when what follows it could not be the
  // noun it would describe ("Use recycled paper", "Check attached file"). Verbs that take
  // a participle as their complement stay orders: "Get started with ...", "See attached
  // for details", "Find attached the invoice".
  if (STATE_TAKING.has(t.lower) || ctx.attachment.has(verb.lower)) return false;
  return noNounAfter(s, v + 1);
}

/**
 * What follows at `k` cannot be a noun that the word before describes or heads: the end, a
 * determiner, a particle, an adverb, a pronoun, "to" or a preposition ("approved the request", "looked
 * into it"; not "recycled paper").
 */
function noNounAfter(s: Sentence, k: number): boolean {
  const { ctx } = s;
  const after = s.tokens[k];
  return (
    after === undefined ||
    isSentenceEnd(after) ||
    (isWord(after) &&
      (ctx.determiners.has(after.lower) ||
        ctx.particles.has(after.lower) ||
        isAdverb(after, ctx) ||
        ctx.objects.has(after.lower) ||
        ctx.subjects.has(after.lower) ||
        isPreposition(after.lower)))
  );
}

/**
 * "Pack animals always tear ...", "Cover letters and resumes need ...": a word before a
 * plural noun and then a verb that agrees with it is the noun's modifier, and the two are the
 * subject. Verbs that take an object and a bare verb ("Help customers find answers", "Let
 * users know") or a clause ("Check details are correct") stay orders.
 */
function compoundSubject(s: Sentence, j: number): boolean {
  const { tokens, ctx } = s;
  const t = tokens[j] as Token;
  // At a sentence's start, or after "so" or "but" opening a clause with a subject of its own
  // ("…, so cruise lines charge you more"), when no order came before to share ("Restart
  // the app and check settings work").
  const afterCoordinator =
    (tokens[j - 1]?.lower === 'so' || tokens[j - 1]?.lower === 'but') &&
    s.found.imperatives.length === 0;
  if (!(isCapitalised(t) || afterCoordinator) || s.shouting || s.titleCase) return false;
  if (BARE_INFINITIVE_TAKING.has(t.lower) || CLAUSE_TAKING.has(t.lower)) return false;
  const plural = (k: number) => {
    const w = tokens[k];
    return (
      isWord(w) &&
      !isCapitalised(w) &&
      /[^s]s$/.test(w.lower) &&
      w.lower.length > 3 &&
      !ctx.objects.has(w.lower) &&
      !ctx.determiners.has(w.lower)
    );
  };
  let k = j + 1;
  // ("Help desk tickets doubled": a second modifier before the plural.)
  const middle = tokens[k];
  if (
    !plural(k) &&
    isWord(middle) &&
    !isCapitalised(middle) &&
    !isVerbForm(middle, ctx) &&
    !ctx.determiners.has(middle.lower) &&
    !ctx.objects.has(middle.lower) &&
    !ctx.particles.has(middle.lower) &&
    !isPreposition(middle.lower) &&
    plural(k + 1)
  )
    k++;
  if (!plural(k)) return false;
  k++;
  if (tokens[k]?.lower === 'and' && plural(k + 1)) k += 2;
  while (isWord(tokens[k]) && isAdverb(tokens[k] as Token, ctx)) k++;
  const verb = tokens[k];
  if (!isWord(verb) || isCapitalised(verb)) return false;
  if (MODALS.has(verb.norm) || (isFiniteVerb(verb, ctx) && !/s$/.test(verb.norm))) return true;
  if (pastOnly(verb, ctx)) return true;
  // ("Test results look good", "Call logs show three attempts": a verb of seeming before
  // its complement, a verb before a figure.)
  if (LINKING_VERBS.has(verb.lower)) return true;
  const after = tokens[k + 1];
  if (
    baseTier(verb, ctx) !== undefined &&
    (after?.kind === 'number' || (isWord(after) && NUMBER_WORDS.has(after.lower)))
  )
    return true;
  // A base form is the plural's verb when no noun follows that it would be part of.
  return baseTier(verb, ctx) === 'verbal' && noNounAfter(s, k + 1);
}

/** Verbs of seeming, which take an adjective: "Test results look good". */
const LINKING_VERBS = set(['look', 'seem', 'sound', 'appear', 'remain', 'stay', 'become']);

/** Figures in words: "Call logs show three attempts". */
const NUMBER_WORDS = set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']);

/**
 * Prepositions that do not open a noun phrase a participle could describe (with the verb
 * particles, which `noNounAfter` reads apart). A function: `PLACE_PREPOSITIONS` is built
 * further down.
 */
function isPreposition(w: string): boolean {
  return (
    PREPOSITIONAL_OPENERS.has(w) ||
    PLACE_PREPOSITIONS.has(w) ||
    w === 'of' ||
    w === 'about' ||
    w === 'after' ||
    w === 'before'
  );
}

/** The clause at `j` follows a figure and a dash or equals sign: "$44m - ", "50 = ". */
/** Nouns that label a numbered part of a text and are verbs too ("Exhibit 3", "Round 2"). */
const LABEL_NOUNS = set([
  'chart',
  'exercise',
  'exhibit',
  'extract',
  'map',
  'note',
  'part',
  'phase',
  'plate',
  'quote',
  'round',
  'sample',
  'schedule',
  'stage',
  'table',
  'track',
]);

/**
 * "(deal 205672)", "EOL deal no 137945", "(Issue 4)", "Step one was taken", "Deal NN6788.1
 * with Citibank was killed": a word before the figure or code that numbers a record or a part
 * names it, as a label or as the subject of the clause's verb; no order. Verbs that take a
 * figure keep it as their object ("Call 5551234", "Enter 12345", "(see 4)"), and "Register
 * SN123 now" orders.
 */
function numberedRecord(s: Sentence, j: number): boolean {
  const { tokens, ctx } = s;
  const next = tokens[j + 1];
  const next2 = tokens[j + 2];
  if (!next || FIGURE_VERBS.has((tokens[j] as Token).lower)) return false;
  const figure = next.kind === 'number';
  // A figure that fills a bracket with the word, or a long plain one.
  if (figure && tokens[j - 1]?.text === '(' && next2?.text === ')') return true;
  if (figure && /^\d{5,}$/.test(next.text)) return true;
  // "no." or "#" before the figure.
  if (next.lower === 'no' || next.lower === 'nos' || next.text === '#')
    return tokens[next2?.text === '.' ? j + 3 : j + 2]?.kind === 'number';
  // The number right before the clause's verb.
  const numbered = figure || NUMBER_WORDS.has(next.lower) || next.lower === 'one';
  if (
    numbered &&
    isWord(next2) &&
    (ctx.be.has(next2.norm) || MODALS.has(next2.norm) || isFiniteVerb(next2, ctx))
  )
    return true;
  // A code of capitals and figures, then the clause's verb further on.
  if (!isWord(next) || !/^[A-Z]{1,4}\d{3,}$/.test(next.text)) return false;
  for (let k = j + 2; k < tokens.length; k++) {
    const v = tokens[k] as Token;
    // (The code's own point and figures, "NN6788.1", end nothing.)
    const glued = tokens[k + 1]?.kind === 'number' && tokens[k + 1]?.start === v.end;
    if (isBreak(v) && !(v.text === '.' && glued)) return false;
    if (v.kind !== 'word') continue;
    if (ctx.subjects.has(v.lower)) return false;
    if (isFiniteVerb(v, ctx) || MODALS.has(v.norm) || ctx.be.has(v.norm)) return true;
  }
  return false;
}

/**
 * "Extract 2 Siwu (Ghana)", "Exhibit 1.2", "Round 2": a noun that labels a part of a text,
 * opening the sentence before a number that ends it or a capitalised title, is the label,
 * no order; an order's number counts its object ("Exercise 20 minutes a day", "Note 2
 * things").
 */
function numberedLabel(s: Sentence, j: number): boolean {
  const { tokens } = s;
  const t = tokens[j] as Token;
  const num = tokens[j + 1];
  const after = tokens[j + 2];
  // ("Issue 4:", "Item 2 :": any word and its number before a colon label what follows.)
  if (j === 0 && num?.kind === 'number' && after?.text === ':') return true;
  if (j !== 0 || !isCapitalised(t) || !LABEL_NOUNS.has(t.lower) || num?.kind !== 'number')
    return false;
  if (!after || isSentenceEnd(after) || after.text === ':') return !/^\d{3,}$/.test(num.text);
  return isWord(after) && isCapitalised(after) && after.lower !== 'i';
}

function afterFigure(s: Sentence, j: number): boolean {
  const mark = s.tokens[j - 1];
  const figure = s.tokens[j - 2];
  return (
    mark?.kind === 'punct' &&
    /^(-+|–|—|=)$/.test(mark.text) &&
    figure !== undefined &&
    /\d/.test(figure.text)
  );
}

/** The stretch between the last comma or break and `end` opens with a personal subject. */
function subjectOpensSegment(s: Sentence, end: number): boolean {
  const { tokens, ctx } = s;
  let k = end - 1;
  // (", and then go": past the comma and the coordinator before "then".)
  while (k >= 0 && (tokens[k]?.text === ',' || COORDINATORS.has(tokens[k]?.lower ?? ''))) k--;
  while (k >= 0 && !isBreak(tokens[k] as Token) && tokens[k]?.text !== ',') k--;
  if (k < 0 || isBreak(tokens[k] as Token)) return false;
  const first = tokens[k + 1];
  return isWord(first) && ctx.subjects.has(first.lower) && !IMPERSONAL.has(first.lower);
}

/**
 * "To fix this we need to put up posts and then tighten the fence", "As you pointed out, the
 * utilities will come in and then leave", "As I sat down I would flex my calf, then
 * release": after the adverbial that opens the sentence, a main clause with its own subject
 * stands before "then" at `conjAt`, and the verb after "then" shares that subject. A
 * subordinator followed by its subject ("As I sat down", "After the wax is removed") has a
 * subject and verb of its own first; "After church I went" has none.
 */
function mainClauseBefore(s: Sentence, conjAt: number): boolean {
  const { tokens, ctx } = s;
  let start = conjAt;
  while (start > 0 && !isBreak(tokens[start - 1] as Token)) start--;
  // The stretches between commas; the first holds the adverbial.
  const stretches: [number, number][] = [];
  let from = start;
  for (let k = start; k <= conjAt; k++) {
    if (k === conjAt || (tokens[k] as Token).text === ',') {
      stretches.push([from, k]);
      from = k + 1;
    }
  }
  // ("3) If he shows no interest, then …", "However if you plan on one, then …": past a
  // list mark and the words that may stand before the adverbial.
  let at = pastListMark(s, start);
  while (
    isWord(tokens[at]) &&
    (ctx.prefix.has((tokens[at] as Token).lower) ||
      CONJUNCTIVE_ADVERBS.has((tokens[at] as Token).lower))
  )
    at++;
  const opener = tokens[at];
  const after = tokens[at + 1];
  const own =
    isWord(opener) &&
    FINITE_SUBORDINATORS.has(opener.lower) &&
    isWord(after) &&
    (ctx.subjects.has(after.lower) || ctx.determiners.has(after.lower))
      ? 1
      : 0;
  const [, firstTo] = stretches[0] as [number, number];
  if (subjectsWithVerb(s, at + 1, firstTo) > own) return true;
  for (const [a, b] of stretches.slice(1)) {
    const first = tokens[a];
    if (!isWord(first)) continue;
    // (", if you're allowed another option and you want …": another adverbial.)
    if (SUBORDINATORS.has(first.lower) || ADJUNCT_OPENERS.has(first.lower)) continue;
    // (", the Japanese utilities view us …": a noun phrase opens the main clause.)
    if (ARTICLES.has(first.lower) || subjectsWithVerb(s, a, b) > 0) return true;
  }
  return false;
}

/** How many personal subjects between `from` and `to` stand before a verb or a modal. */
function subjectsWithVerb(s: Sentence, from: number, to: number): number {
  const { tokens, ctx } = s;
  let n = 0;
  for (let k = from; k < to - 1; k++) {
    const t = tokens[k] as Token;
    const verb = tokens[k + 1];
    if (t.kind !== 'word' || !PERSONAL_SUBJECTS.has(t.lower) || !isWord(verb)) continue;
    if (MODALS.has(verb.norm) || isFiniteVerb(verb, ctx) || isVerbForm(verb, ctx)) n++;
  }
  return n;
}

/** What "have a ..." wishes: "have a nice day", "have a safe trip". */
const WISHES = set(W.WISHES);

/** Adverbs that join two main clauses: "…, however make sure …", "…, otherwise call us". */
const CONJUNCTIVE_ADVERBS = set(['however', 'otherwise', 'instead', 'nevertheless', 'nonetheless']);

/**
 * Beyond the start of a sentence a bare verb needs a reason to be an imperative: "please",
 * a courtesy formula, coordination with an earlier imperative ("Work hard and retire
 * early"), or an adverbial before the comma ("If you can, call us").
 */
function licence(
  s: Sentence,
  j: number,
  kind: Start,
  polite: boolean,
  imperativeBefore: boolean,
): boolean {
  // ("so we just, like, have fun together": a courtesy formula too is the verb of a subject
  // that an aside interrupts.)
  if (kind === 'comma' && verbAfterAside(s, j)) return false;
  if (kind === 'strong' || kind === 'polite' || polite) return true;
  // ("…, but ask urself", "you deserve better, focus on yourself": the reader's own self as
  // the object, which no earlier subject but "you" could share.)
  if ((kind === 'comma' || kind === 'conj') && reflexiveObject(s, j)) return true;
  // ("…, read my questions and you will see": an order whose outcome is promised.)
  if (kind === 'comma' && promiseAfterOrder(s, j)) return true;
  // "I mean, come on.": the interjection is an imperative wherever it stands.
  const t = s.tokens[j];
  const after = s.tokens[j + 2];
  if (
    t?.lower === 'come' &&
    s.tokens[j + 1]?.lower === 'on' &&
    (!after || isBreak(after) || after.text === ',' || isSentenceEnd(after))
  )
    return true;
  if (kind === 'conj' && attentionAfterConj(s, j)) return true;
  if (kind === 'conj') {
    let conj = s.tokens
      .slice(0, j)
      .reverse()
      .find((t) => COORDINATORS.has(t.lower));
    let conjAt = conj ? s.tokens.lastIndexOf(conj, j) : -1;
    // ("…, and so offer a range of rooms": "so" after "and" is its adverb; "and" joins.)
    const before = s.tokens[conjAt - 1];
    if (conj?.lower === 'so' && isWord(before) && COORDINATORS.has(before.lower)) {
      conj = before;
      conjAt--;
    }
    // "… & we'll try and point you in the right direction": "try and", "go and" after a
    // subject or a modal is one verb group with it, not a second order; "how to view or
    // print your invoice": a verb coordinated with an infinitive is one too.
    if (verbGroupAnd(s, j) || infinitiveBefore(s, j)) return false;
    if (imperativeBefore) return true;
    // "If so, call us today, then send it"; not "If so, I'll sign it today, then bring it":
    // a clause with its own subject between the adverbial and "then" shares that subject.
    // ("They're rude, if you hate your job then quit": the condition opens the clause.)
    if (
      conj?.lower === 'then' &&
      ((adjunctOpens(s, 0) && !mainClauseBefore(s, conjAt)) || conditionOpens(s, conjAt)) &&
      !subjectOpensSegment(s, conjAt)
    )
      return true;
    if (conj?.lower === 'and' && formulaBefore(s, conjAt)) return true;
    // ("cut of all contact and tighten up your PC security": before "and" a bare verb opens
    // the sentence and no subject or tense follows it, so the verb after "and" has nothing
    // to share but that verb's mood.)
    if (conj?.lower === 'and' && bareOpeningBefore(s, conjAt, j)) return true;
    // "Not sure, but try restarting it": nothing before to share a subject with.
    if (conjAt > 0 && s.tokens[conjAt - 1]?.text === ',' && verbless(s, conjAt - 1)) return true;
    // ("Informative but try to avoid the weekends": so does "but" after a verbless
    // description, without its comma, before a verb only.)
    if (
      conj?.lower === 'but' &&
      conjAt === j - 1 &&
      // ("everything but give you the time": "but" after a quantifier is "except".)
      !EXCEPT_BEFORE_BUT.has(s.tokens[conjAt - 1]?.lower ?? '') &&
      verbless(s, conjAt) &&
      baseTier(s.tokens[j] as Token, s.ctx) === 'verbal' &&
      isWord(s.tokens[j + 1])
    )
      return true;
    if (conj?.lower === 'but' && orderAfterBut(s, conjAt, j)) return true;
    // ("It's great, but be careful with the sauce", "… but guess what!": orders in any clause.)
    if ((conj?.lower === 'but' || conj?.lower === 'and') && standingOrder(s, j)) return true;
    // "Gets busy so come early"; but "so" after a verb is a degree word ("are so close").
    if (conj?.lower !== 'so') return false;
    const soAt = s.tokens.lastIndexOf(conj, j);
    const beforeSo = s.tokens[soAt - 1];
    // ("doesn't look so run down": after a verb of seeming "so" is a degree word too; "gets
    // busy quickly so arrive early": after an adverb only before a word that can be an
    // adjective, "works so well".)
    const verb = s.tokens[j] as Token;
    return !(
      isWord(beforeSo) &&
      (isFiniteVerb(beforeSo, s.ctx) ||
        s.ctx.be.has(beforeSo.norm) ||
        LINKING_VERBS.has(beforeSo.lower.replace(/s$/, '')) ||
        (isAdverb(beforeSo, s.ctx) &&
          (baseTier(verb, s.ctx) !== 'verbal' || ADJECTIVE_VERBS.has(verb.lower))))
    );
  }
  // "It may work, however make sure you save first": an adverb that joins two main clauses
  // ends the one before; the bare verb after it has no subject to share.
  // ("Inferior planets can, however be at conjunction": not after a modal, whose verb it is.)
  if (
    kind === 'comma' &&
    CONJUNCTIVE_ADVERBS.has(s.tokens[j - 1]?.lower ?? '') &&
    s.tokens[j - 2]?.text === ',' &&
    !MODALS.has(s.tokens[j - 3]?.norm ?? '') &&
    baseTier(s.tokens[j] as Token, s.ctx) === 'verbal'
  )
    return true;
  // ("For god's sake, stop.", "then by all means, GO.": the phrase before the comma urges.)
  if (kind === 'comma' && urgingBefore(s, j - 1)) return true;
  // ("It will hurt, trust me.": the assurance stands apart from the clause before it.)
  // ("It is hot, be careful", "it is slow to load, be patient": a warning stands apart too.)
  if (kind === 'comma' && (assurance(s, j) || standingOrder(s, j))) return true;
  if (kind === 'comma')
    return (
      !subjectAcrossParenthesis(s, j) &&
      !subjectAcrossAdverb(s, j) &&
      !phraseAfterCoordinator(s, j) &&
      !verbAfterAside(s, j) &&
      (imperativeBefore ||
        adjunctBefore(s, j) ||
        bareVerbAfterComma(s, j) ||
        afterVerblessPhrase(s, j) ||
        exclaimedAfterComma(s, j))
    );
  return false;
}

/**
 * "…, trust me.", "…, believe me!": the assurance that closes a sentence or stands between
 * commas; "I didn't put it in, go ahead and add it": the leave to act. Orders wherever they
 * stand after a comma.
 */
function assurance(s: Sentence, j: number): boolean {
  const { tokens } = s;
  const t = tokens[j] as Token;
  const next = tokens[j + 1];
  const after = tokens[j + 2];
  const ends = after === undefined || isBreak(after) || after.text === ',';
  if (t.lower === 'go' && next?.lower === 'ahead') return ends || after?.lower === 'and';
  return (t.lower === 'trust' || t.lower === 'believe') && next?.lower === 'me' && ends;
}

/**
 * Whether the sentence opens with a bare verb and runs to "and" at `conjAt` with no subject,
 * modal or verb with a tense, and the verb at `j` after it has its object or particle.
 */
function bareOpeningBefore(s: Sentence, conjAt: number, j: number): boolean {
  const { tokens, ctx } = s;
  const first = tokens[0];
  const verb = tokens[j] as Token;
  const next = tokens[j + 1];
  if (!isWord(first) || !isBaseVerb(first, ctx) || isFiniteVerb(first, ctx) || conjAt !== j - 1)
    return false;
  if (
    ctx.never.has(first.lower) ||
    ctx.elidedVerbs.has(first.lower) ||
    OPINION_VERBS.has(first.lower)
  )
    return false;
  if (baseTier(verb, ctx) !== 'verbal' || ctx.elidedVerbs.has(verb.lower)) return false;
  if (!isWord(next) || !(objectOpens(next, ctx) || ctx.particles.has(next.lower))) return false;
  for (let k = 1; k < conjAt; k++) {
    const t = tokens[k] as Token;
    if (isBreak(t) || isSentenceEnd(t)) return false;
    if (t.kind !== 'word') continue;
    if (
      (ctx.subjects.has(t.lower) && !ctx.objects.has(t.lower)) ||
      t.text === 'I' ||
      MODALS.has(t.norm) ||
      isFiniteVerb(t, ctx) ||
      inflectedVerb(t, ctx) ||
      SUBORDINATORS.has(t.lower) ||
      RELATIVES.has(t.lower)
    )
      return false;
  }
  return true;
}

/** After `j`, "and" or "or" and, past adverbs, a modal or a verb with a tense of its own. */
function tensedVerbAfterAnd(s: Sentence, j: number): boolean {
  const { tokens, ctx } = s;
  for (let k = j + 1; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (isBreak(t) || isSentenceEnd(t) || t.text === ',') return false;
    if (t.kind !== 'word' || (t.lower !== 'and' && t.lower !== 'or')) continue;
    let v = k + 1;
    while (v < k + 3 && isWord(tokens[v]) && isAdverb(tokens[v] as Token, ctx)) v++;
    const verb = tokens[v];
    return (
      isWord(verb) &&
      (MODALS.has(verb.norm) || (isFiniteVerb(verb, ctx) && !DO_FORMS.has(verb.norm)))
    );
  }
  return false;
}

/** Quantifiers after which "but" means "except": "everything but give you time". */
const EXCEPT_BEFORE_BUT = set([
  'everything',
  'anything',
  'nothing',
  'all',
  'none',
  'nobody',
  'everyone',
  'anyone',
  'everybody',
  'anybody',
]);

/** Verbs that an order after "but" may take with an infinitive: "but try to come early". */
const INFINITIVE_ORDERS = set(['try', 'remember', 'learn', 'plan', 'expect']);

/** Adverbs of time that an order after "but" may take alone: "but arrive early". */
const TIMING_ADVERBS = set(['early', 'soon', 'first', 'ahead']);

/** Determiners of a singular noun, whose question would take "does": "Do a search". */
const SINGULAR_DETERMINERS = set(['a', 'an', 'each', 'every', 'this', 'that']);

/** Object pronouns: "stick with it", "trust them". */
const OBJECT_PRONOUNS = set(['it', 'them', 'him', 'her', 'me', 'us']);

/** Present auxiliaries whose subject is third person singular: "it is", "she has". */
const THIRD_SINGULAR_AUXILIARIES = set(['is', 'has', "'s"]);
/** Prepositions that open a bare verb's complement after "but": "but ask for the sauce". */
const BUT_PREPOSITIONS = set(['for', 'to', 'at', 'about', 'with']);
/** Subject pronouns of the third person singular. */
const THIRD_SINGULAR_SUBJECTS = set(['it', 'he', 'she', 'this', 'that']);

/** Subjects that are no person: "it can be spicy". */
const IMPERSONAL_SUBJECTS = set(['it', 'this', 'that']);

/**
 * "I expected to pay for it, but imagine my surprise …", "The rooms were nice, but avoid the
 * restaurant", "It is a little spicy but just ask them", "It works but restart it": after a
 * clause in the simple past, or in the present with a third person singular subject, a bare
 * verb with its object cannot share that clause's subject across "but" (it would be "asks");
 * it is an order. Not after a modal, another present tense or "did", whose subject and
 * auxiliary the verb may share ("I can recommend them but check …", "they are nice but
 * charge a lot"), nor a verb whose past is its base ("but put it back").
 */
function orderAfterBut(s: Sentence, conjAt: number, j: number): boolean {
  const { tokens, ctx } = s;
  const verb = tokens[j] as Token;
  const next = tokens[j + 1];
  const tier = baseTier(verb, ctx);
  // ("It takes a while, but stick with it": a verb as often a noun, before an object pronoun
  // or a preposition and its object, is a verb too.)
  const pronounAfter =
    isWord(next) &&
    (OBJECT_PRONOUNS.has(next.lower) ||
      (BUT_PREPOSITIONS.has(next.lower) && OBJECT_PRONOUNS.has(tokens[j + 2]?.lower ?? '')));
  if (
    (tier !== 'verbal' && !(tier === 'ambiguous' && pronounAfter)) ||
    ctx.lex.pastLemma(verb.lower) === verb.lower
  )
    return false;
  if (ctx.never.has(verb.lower) || ctx.elidedVerbs.has(verb.lower)) return false;
  // ("… but remember - this is YOUR family": a verb that takes a clause before its dash.)
  const dashed = CLAUSE_ONLY_VERBS.has(verb.lower) && (next?.text === '-' || next?.text === ':');
  if (!next || (!isWord(next) && !dashed)) return false;
  // ("but do the spines ever go hard": "do" and "have" before a noun phrase ask.)
  // ("but have patience", "but have fun": "have" before a virtue only wishes or orders.)
  const haveVirtue = verb.lower === 'have' && HAVE_VIRTUES.has(next.lower);
  if (DO_FORMS.has(verb.lower) || (HAVE_FORMS.has(verb.lower) && !haveVirtue)) return false;
  // ("but ask for the sauce", "but go to the bar": a preposition and its object.)
  const after = tokens[j + 2];
  const prepositional =
    BUT_PREPOSITIONS.has(next.lower) && isWord(after) && objectOpens(after, ctx);
  // ("but look what happens when …": a verb of attention before its question word.)
  const attention = ATTENTION_VERBS.has(verb.lower) && ctx.wh.has(next.lower);
  // ("It can be difficult, but remember that he needs you": a clause as the object.)
  const clause =
    CLAUSE_ONLY_VERBS.has(verb.lower) && (next.lower === 'that' || ctx.subjects.has(next.lower));
  // ("… the perfect stop after work, but arrive early": a verb only and its adverb of time.)
  const timed = tier === 'verbal' && TIMING_ADVERBS.has(next.lower);
  // ("The food was good but try to avoid the weekends": a verb of effort before its
  // infinitive.)
  const infinitive =
    INFINITIVE_ORDERS.has(verb.lower) &&
    next.lower === 'to' &&
    isWord(after) &&
    isBaseVerb(after, ctx);
  if (
    !objectOpens(next, ctx) &&
    !PHRASAL_PARTICLES.has(next.lower) &&
    !haveVirtue &&
    !prepositional &&
    !attention &&
    !clause &&
    !timed &&
    !infinitive &&
    !dashed
  )
    return false;
  // Whether the clause before has a tense the bare verb cannot share.
  let unshared = false;
  for (let m = conjAt - 1; m >= 0; m--) {
    const t = tokens[m] as Token;
    if (isSentenceEnd(t) || isBreak(t)) break;
    if (t.kind !== 'word') continue;
    const w = t.lower;
    if (w === 'was' || w === 'were' || w === 'had' || THIRD_SINGULAR_AUXILIARIES.has(t.norm)) {
      unshared = true;
      continue;
    }
    // ("It can be a little on the spicy side but just ask them": a thing's modal is none a
    // person's order could share.)
    const modalAt = t.norm === 'be' && MODALS.has(tokens[m - 1]?.norm ?? '') ? m - 1 : m;
    if (
      MODALS.has(tokens[modalAt]?.norm ?? '') &&
      IMPERSONAL_SUBJECTS.has(tokens[modalAt - 1]?.lower ?? '')
    ) {
      unshared = true;
      m = modalAt;
      continue;
    }
    // ("It takes half the season to really pick up, but stick with it": an infinitive has
    // no tense to share, past an adverb after its "to".)
    const toAt = isWord(tokens[m - 1]) && isAdverb(tokens[m - 1] as Token, ctx) ? m - 2 : m - 1;
    if (tokens[toAt]?.norm === 'to' && isBaseVerb(t, ctx)) continue;
    // ("the perfect stop": a noun after its determiner, past an adjective.)
    const det1 = tokens[m - 1]?.lower ?? '';
    const det2 = tokens[m - 2]?.lower ?? '';
    if (
      !ctx.be.has(t.norm) &&
      !MODALS.has(t.norm) &&
      !HAVE_FORMS.has(t.lower) &&
      !DO_FORMS.has(t.norm) &&
      (ctx.determiners.has(det1) ||
        (ctx.determiners.has(det2) &&
          isWord(tokens[m - 1]) &&
          !isVerbForm(tokens[m - 1] as Token, ctx)))
    )
      continue;
    if (isFiniteVerb(t, ctx) || MODALS.has(t.norm) || DO_FORMS.has(t.norm) || ctx.be.has(t.norm))
      return false;
    const lemma = ctx.lex.pastLemma(w);
    // ("a bit", "the left": after a determiner the form is a noun.)
    const before = tokens[m - 1]?.lower ?? '';
    const noun = ctx.determiners.has(before);
    if (lemma !== undefined && lemma !== w && !noun) unshared = true;
    // ("it works", "she knows": a present tense in the clause; "it" cannot share "restart",
    // "they" could share "charge".)
    // (After its pronoun an -s form of any verb is one: "it costs more".)
    else if (
      w.endsWith('s') &&
      ctx.subjects.has(before) &&
      !w.endsWith('ss') &&
      sFormTier(w, ctx) !== undefined
    ) {
      if (!THIRD_SINGULAR_SUBJECTS.has(before)) return false;
      unshared = true;
    }
    // ("The bar also makes it the perfect stop …, but arrive early": an -s verb after an
    // adverb, its noun subject before.)
    else if (
      w.endsWith('s') &&
      !w.endsWith('ss') &&
      sFormTier(w, ctx) === 'verbal' &&
      isWord(tokens[m - 1]) &&
      isAdverb(tokens[m - 1] as Token, ctx)
    )
      unshared = true;
  }
  return unshared;
}

/** Adverbs set off by commas inside a clause: "The drops, however, have …". */
const PARENTHETICAL_ADVERBS = set([
  'however',
  'though',
  'therefore',
  'indeed',
  'too',
  'then',
  'also',
]);

/**
 * "Raindrops, however, have a very short focal length", "The drops, though, are …": a
 * plural noun phrase that opens the sentence, an adverb between commas, then the bare verb,
 * which is that noun phrase's predicate.
 */
function subjectAcrossAdverb(s: Sentence, j: number): boolean {
  const { tokens, ctx } = s;
  if (tokens[j - 1]?.text !== ',') return false;
  // ("Vegans, in general, don't consume …": an aside of a few words, a phrase as well.)
  let end = j - 3;
  while (end > j - 6 && end > 0 && tokens[end]?.text !== ',') end--;
  if (tokens[end]?.text !== ',') return false;
  const aside = tokens
    .slice(end + 1, j - 1)
    .map((t) => t.lower)
    .join(' ');
  if (!PARENTHETICAL_ADVERBS.has(aside) && !PARENTHETICAL_PHRASES.has(aside)) return false;
  let start = end;
  while (start > 0 && !isBreak(tokens[start - 1] as Token) && tokens[start - 1]?.text !== ',')
    start--;
  if (start > 0 && !isSentenceEnd(tokens[start - 1])) return false;
  if (end - start < 1 || end - start > 6) return false;
  const last = tokens[end - 1];
  if (!isWord(last) || !(/[^s]s$/.test(last.lower) || PLURAL_NOUNS.has(last.lower))) return false;
  // ("Guys, in general, don't …": a group addressed is no subject.)
  if (end - start === 1 && GROUP_VOCATIVES.has(last.lower)) return false;
  for (let k = start; k < end; k++) {
    const t = tokens[k] as Token;
    if (t.kind !== 'word') return false;
    if (isFiniteVerb(t, ctx) || MODALS.has(t.norm) || ctx.subjects.has(t.lower)) return false;
    if (k < end - 1 && inflectedVerb(t, ctx)) return false;
  }
  return true;
}

/**
 * "we are more willing to confront threats and as a result, become more self confident": a
 * phrase of result between "and" or "or" and its comma leaves the bare verb after it
 * coordinated with the clause before "and", whose subject it shares ("and in the meantime,
 * call us" may still order).
 */
function phraseAfterCoordinator(s: Sentence, j: number): boolean {
  const { tokens } = s;
  const comma = j - 1;
  if (tokens[comma]?.text !== ',') return false;
  let a = comma - 1;
  while (
    a > 0 &&
    a > comma - 6 &&
    isWord(tokens[a]) &&
    !COORDINATORS.has((tokens[a] as Token).lower)
  )
    a--;
  const and = tokens[a];
  if (!isWord(and) || (and.lower !== 'and' && and.lower !== 'or') || a === comma - 1) return false;
  const phrase = tokens
    .slice(a + 1, comma)
    .map((t) => t.lower)
    .join(' ');
  return RESULT_PHRASES.has(phrase) && subjectBeforeAnd(s, a + 1);
}

/** Phrases of a result that the subject's own next step follows: "and as a result, become". */
const RESULT_PHRASES = set([
  'as a result',
  'therefore',
  'thus',
  'hence',
  'consequently',
  'in turn',
  'as such',
  'in the end',
  'eventually',
  'ultimately',
]);

/** Phrases that stand between commas as an adverb does: "Vegans, in general, eat …". */
const PARENTHETICAL_PHRASES = set([
  'in general',
  'of course',
  'for example',
  'for instance',
  'in fact',
  'in particular',
  'on average',
  'as a rule',
  'by and large',
  'in turn',
  'for the most part',
]);

/**
 * "Residents of Boxborough, Massachusetts, gather in a hotel", "I, Joshua Norton, ...,
 * declare": a sentence that opens with a noun phrase or a subject pronoun and has no verb
 * by its second comma is a subject interrupted by an apposition or a list; the bare verb
 * after the comma is the subject's predicate, not an imperative.
 */
function subjectAcrossParenthesis(s: Sentence, j: number): boolean {
  const { tokens, ctx } = s;
  let start = j - 1;
  // (Past the full stop of an abbreviation: "Portland, Ore., send".)
  while (start > 0 && !(isSentenceEnd(tokens[start - 1]) && (tokens[start] as Token).text !== ','))
    start--;
  while (start < j && (tokens[start] as Token).kind === 'punct') start++;
  const first = tokens[start];
  if (!isWord(first)) return false;
  const w = first.lower;
  const pronoun = PARENTHESIS_SUBJECTS.has(w);
  const noun =
    (ctx.determiners.has(w) && w !== 'no') ||
    (isCapitalised(first) && /[^s]s$/.test(w) && !isVerbForm(first, ctx)) ||
    // "Evolutionary explanations of morality, however, provide …", "China and Japan, and
    // the world at large, have …": a capitalised phrase that is no verb, whose plural noun
    // or "and" before the first comma agrees with the bare verb after the aside.
    // (Not an adverbial's first word: "Instead of relying on compliments, instead, focus".)
    (isCapitalised(first) &&
      !isVerbForm(first, ctx) &&
      !ctx.prefix.has(w) &&
      !adjunctOpens(s, start) &&
      pluralBeforeComma(s, start));
  if (!pronoun && !noun) return false;
  // "Guys, ...": a noun alone before the first comma is a vocative; "I mean, ...": a
  // pronoun with its verb is a clause of its own.
  if ((tokens[start + 1]?.text === ',') !== pronoun) return false;
  let commas = 0;
  for (let k = start + 1; k < j; k++) {
    const t = tokens[k] as Token;
    if (t.text === ',') commas++;
    if (t.kind !== 'word') continue;
    const next = tokens[k + 1];
    // ("from Mauritania to the Gulf States": "to" before a noun is a preposition; "The
    // papers found at headquarters", ", published in 1989,", ", as presented here,": a
    // participle after a noun, a comma or "as" is a reduced clause, no verb of the subject.)
    const infinitive = t.lower === 'to' && !(isWord(next) && ctx.determiners.has(next.lower));
    const before = tokens[k - 1] as Token;
    const reduced =
      !isFiniteVerb(t, ctx) &&
      ctx.lex.participleLemma(t.lower) !== undefined &&
      (before.text === ',' ||
        before.lower === 'as' ||
        (before.kind === 'word' && pluralNoun(before, ctx)));
    if (
      isFiniteVerb(t, ctx) ||
      (inflectedVerb(t, ctx) && !reduced) ||
      infinitive ||
      SUBORDINATORS.has(t.lower) ||
      ctx.wh.has(t.lower) ||
      ctx.politeness.has(t.lower)
    )
      return false;
  }
  return commas >= 2;
}

/** A word in -s that may be a plural noun: "arguments", "papers" (not "this", "does"). */
function pluralNoun(t: Token, ctx: Context): boolean {
  const w = t.lower;
  return (
    /[^s]s$/.test(w) &&
    w.length > 3 &&
    !ctx.determiners.has(w) &&
    !ctx.objects.has(w) &&
    !ctx.subjects.has(w) &&
    !isAdverb(t, ctx) &&
    !isFiniteVerb(t, ctx)
  );
}

/** Before the first comma after `start` stands a plural noun or "and". */
function pluralBeforeComma(s: Sentence, start: number): boolean {
  const { tokens, ctx } = s;
  for (let k = start; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (t.text === ',' || isBreak(t)) return false;
    if (t.kind === 'word' && (t.lower === 'and' || pluralNoun(t, ctx))) return true;
  }
  return false;
}

/** Pronouns that may open a subject that an apposition interrupts: "I, John Smith, ...". */
const PARENTHESIS_SUBJECTS = set(['i', 'we', 'they', 'he', 'she']);

/**
 * "You won't regret it, go!", "Trust me, run!": a lone verb exclaimed after a comma, where
 * the word before the comma is no verb or subject that could share it ("we ate, drank!").
 */
function exclaimedAfterComma(s: Sentence, j: number): boolean {
  const { tokens, ctx } = s;
  const t = tokens[j];
  const next = tokens[j + 1];
  const before = tokens[j - 2];
  return (
    isWord(t) &&
    baseTier(t, ctx) === 'verbal' &&
    !ctx.never.has(t.lower) &&
    !ctx.elidedVerbs.has(t.lower) &&
    tokens[j - 1]?.text === ',' &&
    next?.kind === 'punct' &&
    next.text.includes('!') &&
    isWord(before) &&
    !isVerbForm(before, ctx) &&
    (!ctx.subjects.has(before.lower) || objectAfterVerb(s, j - 2))
  );
}

/**
 * "Bottom line, go elsewhere", "Long story short, avoid them": a verb of the verbal tier
 * after a comma that closes a verbless phrase opening the sentence has no subject to share;
 * it is an imperative.
 */
function afterVerblessPhrase(s: Sentence, j: number): boolean {
  const { tokens, ctx } = s;
  const t = tokens[j];
  if (!isWord(t) || baseTier(t, ctx) !== 'verbal') return false;
  if (ctx.never.has(t.lower) || ctx.elidedVerbs.has(t.lower)) return false;
  let comma = j - 1;
  while (comma >= 0 && (tokens[comma] as Token).text !== ',') comma--;
  if (comma <= 0) return false;
  // Only one comma back to the start of the sentence: a list ("Great food, friendly staff,
  // love it") is a row of verbless fragments, each as likely elided first person.
  for (let k = comma - 1; k >= 0 && !isBreak(tokens[k] as Token); k--)
    if ((tokens[k] as Token).text === ',') return false;
  return verbless(s, comma);
}

/**
 * "Love the food, hate the parking": the sentence opens with a verb of the writer's own
 * (elided "I"), so a bare verb after its comma shares that subject.
 */
function elidedSubjectBefore(s: Sentence, j: number): boolean {
  const { tokens, ctx } = s;
  let start = j - 1;
  while (start > 0 && !isBreak(tokens[start - 1] as Token)) start--;
  let k = start;
  while (isWord(tokens[k]) && ctx.elidedAdverbs.has((tokens[k] as Token).lower)) k++;
  const first = tokens[k];
  // ("Hope this helps, call me if …": "me" as the object is no verb of the writer's own.)
  if (towardWriter(tokens[j] as Token, tokens[j + 1])) return false;
  return (
    isWord(first) && k < j - 1 && ctx.elidedVerbs.has(first.lower) && !thinkOf(first, tokens[k + 1])
  );
}

/**
 * ", look at all of them": after a comma, a verb with an object or particle and no subject
 * is an imperative unless the clause before it had its own verb to share a subject with.
 */
function bareVerbAfterComma(s: Sentence, j: number): boolean {
  const { tokens, ctx } = s;
  const t = tokens[j];
  const next = tokens[j + 1];
  if (!isWord(t) || !isWord(next)) return false;
  // ("…, clean it with baking soda": an adjective-verb before a pronoun is the verb.)
  const pronounObject =
    ADJECTIVE_VERBS.has(t.lower) && (next.lower === 'it' || next.lower === 'them');
  if (baseTier(t, ctx) !== 'verbal' && !pronounObject) return false;
  if (ctx.never.has(t.lower) || ctx.elidedVerbs.has(t.lower)) return false;
  if (
    !(
      ctx.objects.has(next.lower) ||
      ctx.determiners.has(next.lower) ||
      ctx.particles.has(next.lower) ||
      // "try reinstalling the driver": a gerund as the object.
      (next.lower.endsWith('ing') && next.lower.length > 5 && GERUND_TAKING.has(t.lower)) ||
      // ("There is a plug behind the box, make sure it's connected": the clause as object.)
      (t.lower === 'make' && takesClause(s, j)) ||
      // ("…, just bring whatever you want": a free relative as the object.)
      (next.lower === 'whatever' && baseTier(t, ctx) === 'verbal') ||
      // "…, let Canon deal with it": a name and the bare verb it is let do.
      (t.lower === 'let' &&
        isCapitalised(next) &&
        isWord(tokens[j + 2]) &&
        isBaseVerb(tokens[j + 2] as Token, ctx) &&
        !isFiniteVerb(tokens[j + 2] as Token, ctx))
    )
  )
    return false;
  if (elidedSubjectBefore(s, j)) return false;
  // A list of present-tense verbs shares the subject: "we eat, drink and dance"; so does a
  // hedged one ("we could refund it, maybe send a new one").
  let k = j - 1;
  // (Past a closing quotation mark too: "gets to \"unplug,\" help out".)
  while (
    k >= 0 &&
    ((tokens[k] as Token).text === ',' ||
      (QUOTES.has((tokens[k] as Token).text) && tokens[k - 1]?.text === ',') ||
      isAdverb(tokens[k] as Token, ctx) ||
      HEDGES.has((tokens[k] as Token).lower))
  )
    k--;
  const before = tokens[k];
  // A word after a determiner is a noun, whatever else it can be ("attached is the file,"),
  // also past one adjective ("I had the same issue, try this").
  const afterDeterminer =
    (isWord(tokens[k - 1]) && ctx.determiners.has((tokens[k - 1] as Token).lower)) ||
    (isWord(tokens[k - 1]) &&
      !isVerbForm(tokens[k - 1] as Token, ctx) &&
      isWord(tokens[k - 2]) &&
      ctx.determiners.has((tokens[k - 2] as Token).lower));
  // ("Vinegar doesn't work, clean it with baking soda", "It didn't work, try it again": a
  // bare verb after a negated auxiliary ends a clause whose tense that auxiliary carries; the
  // verb after the comma shares it only in a series, "I didn't eat, drink or sleep".)
  const negatedEnd =
    tokens[k - 1]?.norm === 'not' &&
    (DO_FORMS.has(tokens[k - 2]?.norm ?? '') || MODALS.has(tokens[k - 2]?.norm ?? '')) &&
    // ("I do not know, save that it was …": "that" may open the clause of a preposition.)
    next.lower !== 'that' &&
    !seriesEnds(s, j);
  // ("I hope this makes sense to you, call me", "I hope you like it, call me": "you" and "it"
  // after a preposition, or after a lexical verb when the verb after the comma turns to the
  // writer, are objects, no subject waiting for a verb; "they check it, press …" shares.)
  const governor = tokens[k - 1];
  const objectPronoun =
    isWord(governor) &&
    (before?.lower === 'you' || before?.lower === 'it') &&
    (isPreposition(governor.lower) ||
      (towardWriter(t, next) &&
        isVerbForm(governor, ctx) &&
        !isFiniteVerb(governor, ctx) &&
        !MODALS.has(governor.norm) &&
        !DO_FORMS.has(governor.norm) &&
        !ctx.be.has(governor.norm)));
  if (
    isWord(before) &&
    ((baseTier(before, ctx) === 'verbal' &&
      !ctx.particles.has(before.lower) &&
      !afterDeterminer &&
      !negatedEnd) ||
      isFiniteVerb(before, ctx) ||
      (ctx.subjects.has(before.lower) && !objectPronoun))
  ) {
    return false;
  }
  // "I'd recommend them, just ask for Jim": a discourse word after the comma opens a new
  // clause rather than continuing a series.
  const fresh = isWord(tokens[j - 1]) && FRESH_CLAUSE.has((tokens[j - 1] as Token).lower);
  // The sentence so far has an open relative clause ("Many of the Iraqis, who suffer ...,
  // relate") or an infinitive or modal that the verb continues ("rights to take it, alter
  // it").
  // ("to display, sell, profit from, possess": back over the series of short verb phrases.)
  const reach = verbSeriesStart(s, k);
  for (let m = fresh ? -1 : k; m >= 0; m--) {
    const t = tokens[m] as Token;
    if (isSentenceEnd(t)) break;
    if (t.kind !== 'word') continue;
    if (t.lower === 'who' || t.lower === 'which' || t.lower === 'whom') return false;
    // Only a short parallel phrase: "to take it, alter it", not "us to sell out of our
    // first issue, now let your friends know".
    // A longer phrase when the verb follows its comma directly, in a series of verb
    // phrases that share one modal or "to": "may walk to the car, drive to work, ride ...".
    if (reach - m > 4 && !(seriesEnds(s, j) && tokens[j - 1]?.text === ',')) continue;
    let v = m + 1;
    if (tokens[v]?.norm === 'not') v++;
    // "can also select", "to quickly check": an adverb between.
    if (isWord(tokens[v]) && isAdverb(tokens[v] as Token, ctx)) v++;
    const after = tokens[v];
    // "I'm gonna go work out, cook something": the informal "gonna", "wanna" as "to".
    if (
      (t.lower === 'to' || MODALS.has(t.norm) || INFORMAL_TO.has(t.lower) || pseudoCleftBe(s, m)) &&
      isWord(after) &&
      isBaseVerb(after, ctx)
    )
      return false;
    // "can, by borrowing, live": a modal interrupted by a parenthesis.
    if (MODALS.has(t.norm) && after?.text === ',') return false;
  }
  return true;
}

/**
 * "to display, sell, profit from, maybe possess": the end of the phrase before a run of
 * short comma-separated phrases, each opened by a bare verb, that ends at `k`; a "to" or a
 * modal there governs the whole run. `k` itself when no such phrase precedes it.
 */
function verbSeriesStart(s: Sentence, k: number): number {
  const { tokens, ctx } = s;
  let at = k;
  for (;;) {
    let c = at;
    while (c >= 0 && (tokens[c] as Token).text !== ',') {
      if (isBreak(tokens[c] as Token) || isSentenceEnd(tokens[c])) return at;
      c--;
    }
    if (c < 1 || at - c > 3) return at;
    let v = c + 1;
    if (QUOTES.has(tokens[v]?.text ?? '')) v++;
    while (isWord(tokens[v]) && HEDGES.has((tokens[v] as Token).lower)) v++;
    const first = tokens[v];
    if (!isWord(first) || !isBaseVerb(first, ctx) || isFiniteVerb(first, ctx)) return at;
    at = c - 1;
  }
}

/**
 * "All the clerks do is rip it apart, toss the film …": "is" or "was" after a clause with
 * "do" names what is done with a bare verb, which the verbs of its series share.
 */
function pseudoCleftBe(s: Sentence, m: number): boolean {
  const { tokens } = s;
  const t = tokens[m] as Token;
  if (t.lower !== 'is' && t.lower !== 'was') return false;
  for (let k = m - 1; k >= 0 && k >= m - 14; k--) {
    const w = tokens[k] as Token;
    if (isBreak(w) || isSentenceEnd(w)) return false;
    if (DO_FORMS.has(w.lower)) return true;
  }
  return false;
}

const MODALS = set(W.MODALS);

/** "do" as the auxiliary of a negation or an emphasis: "does not, in fact, answer". */
const DO_FORMS = set(['do', 'does', 'did']);

const DEMONSTRATIVES = set(['this', 'these', 'those']);

/** Hedges between a comma and a verb of a series: "could refund it, maybe send a new one". */
const HEDGES = set(['maybe', 'perhaps', 'possibly', 'probably', 'even']);

/** Contractions ending in "to" that take a bare verb: "gonna go", "wanna see". */
const INFORMAL_TO = set(['gonna', 'wanna', 'gotta', 'hafta', 'oughta']);

/**
 * The clause of the verb at `j` is followed, later in the sentence, by another comma-
 * separated phrase or by "and"/"or"/"then" with a bare verb: the verb stands in a series.
 */
function seriesEnds(s: Sentence, j: number): boolean {
  const { tokens, ctx } = s;
  for (let k = j + 1; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (isSentenceEnd(t) || isBreak(t)) return false;
    if (t.kind !== 'word' || !(t.lower === 'and' || t.lower === 'or' || t.lower === 'then'))
      continue;
    const next = tokens[k + 1];
    if (isWord(next) && isBaseVerb(next, ctx) && !ctx.subjects.has(next.lower)) return true;
  }
  return false;
}

/** Verbs that take a gerund as their object: "try reinstalling", "keep trying". */
const GERUND_TAKING = set([
  'try',
  'keep',
  'stop',
  'avoid',
  'consider',
  'start',
  'quit',
  'practice',
]);

/** Verbs of manner that take "like" and a model: "Act like an adult", "Dress like a pro". */
const MANNER_VERBS = set([
  'act',
  'behave',
  'dress',
  'talk',
  'speak',
  'walk',
  'write',
  'post',
  'play',
  'live',
  'think',
  'treat',
  'train',
  'eat',
  'work',
  'fight',
  'drive',
  'dance',
  'cook',
]);

/** "of" after a word as often a noun as a verb makes it the noun (verbs rarely take "of"). */
const NOUN_PREPOSITIONS = set(['of']);

/** Verbs that take "of" directly: "Think of a number", "Dispose of it properly". */
const OF_VERBS = set([
  'think',
  'dispose',
  'beware',
  'approve',
  'speak',
  'dream',
  'hear',
  'let',
  'rid',
  'consist',
  'tire',
  'smell',
  'despair',
  'partake',
  'avail',
  'accuse',
  'remind',
  'inform',
  'warn',
  'convince',
  'assure',
]);

/**
 * "Think of the setup as ...", "Think twice", "Think internally, intuitively": an
 * instruction, not an elided "I think" (whose adverb hedges: "Think probably not").
 */
function thinkOf(t: Token, next: Token | undefined): boolean {
  if (t.lower !== 'think' || !isWord(next)) return false;
  const manner =
    next.lower.endsWith('ly') &&
    next.lower.length > 4 &&
    !HEDGES.has(next.lower) &&
    !STANCE_ADVERBS.has(next.lower) &&
    !context().lyAdjectives.has(next.lower);
  return THINK_HOW.has(next.lower) || manner;
}

/**
 * "(think lots of meat)", "Think similar clothing, minus the twisty-ness": "think" before a
 * noun phrase with no verb of its own in the clause is "imagine", an instruction; the
 * elided "I think" takes a clause ("Think I should do it?", "Think it's fine") or "so".
 */
function thinkNounPhrase(s: Sentence, j: number): boolean {
  const { tokens, ctx } = s;
  const next = tokens[j + 1];
  if (tokens[j]?.lower !== 'think' || !isWord(next) || THINK_CLAUSE_WORDS.has(next.lower))
    return false;
  if (ctx.subjects.has(next.norm) || ctx.objects.has(next.lower) || isAdverb(next, ctx))
    return false;
  const end = clauseEnd(tokens, j + 1);
  let k = j + 1;
  // ("… (think lots of meat), but …": the aside's bracket closes the phrase as a comma does.)
  for (; k < end && (tokens[k] as Token).text !== ',' && (tokens[k] as Token).text !== ')'; k++) {
    const t = tokens[k] as Token;
    if (t.kind !== 'word') return false;
    if (
      isFiniteVerb(t, ctx) ||
      inflectedVerb(t, ctx) ||
      ctx.subjects.has(t.norm) ||
      MODALS.has(t.norm)
    )
      return false;
  }
  return k > j + 1;
}

/** Words after an elided "I think": "Think so", "Think not", "Think that …". */
const THINK_CLAUSE_WORDS = set(['so', 'not', 'that', 'maybe', 'perhaps', 'probably', 'yes', 'no']);

/** Adverbs of the speaker's stance, which an elided "I think" takes: "Think honestly not". */
const STANCE_ADVERBS = set([
  'likely',
  'definitely',
  'certainly',
  'surely',
  'actually',
  'honestly',
  'really',
  'personally',
  'only',
  'truly',
]);

/**
 * "Guess what!", "so guess what, I ...": the formula that announces news is an imperative,
 * not an elided "I guess", when "what" ends its clause; and "Guess how much it cost", "Just
 * think how wonderful it would be": "guess" or "think" before a question word and its clause
 * sets the reader a question (the elided "I think" takes "that" or a bare clause).
 */
function guessWhat(s: Sentence, j: number): boolean {
  const t = s.tokens[j];
  const next = s.tokens[j + 1];
  const after = s.tokens[j + 2];
  // ("Guess what?", "Guess what else?")
  const last = after?.lower === 'else' ? s.tokens[j + 3] : after;
  if (t?.lower === 'guess' && next?.lower === 'what' && (!last || last.kind === 'punct'))
    return true;
  // ("And guess what I definitely love the food", "guess what we found": the news follows
  // with its own subject.)
  if (t?.lower === 'guess' && next?.lower === 'what' && PERSONAL_SUBJECTS.has(after?.lower ?? ''))
    return true;
  return (
    (t?.lower === 'guess' || t?.lower === 'think') &&
    WH_OPENERS.has(next?.lower ?? '') &&
    isWord(after)
  );
}

/** Question words that open the clause a reader is set to guess: "Guess how much …". */
const WH_OPENERS = set(['how', 'who', 'where', 'why', 'which']);

/**
 * Verbs of the elided "I" list that, negated, are orders rather than "(I) don't ...":
 * "Don't miss the sale", "Don't assume it's better", "Don't apologize".
 */
const NEGATED_ORDERS = set([
  // ("Dont hope she will come back": the elided "I" would hope that she won't.)
  'hope',
  'miss',
  'assume',
  'apologize',
  'apologise',
  'bet',
  'doubt',
  'regret',
  'wonder',
]);

/**
 * What follows "think" in an instruction: "Think of ...", "Think twice", "Think big", "…, think
 * again".
 */
const THINK_HOW = set([
  'of',
  'about',
  'twice',
  'again',
  'big',
  'positive',
  'positively',
  'outside',
  'ahead',
  'carefully',
  'differently',
  'long',
  'hard',
  // ("don't think too much into it".)
  'too',
]);

/**
 * "Thanks and keep up the good work", "Good luck and let us know": a verbless formula of
 * thanks or good wishes before "and" shares no subject with the verb after it.
 */
function formulaBefore(s: Sentence, conj: number): boolean {
  let k = conj - 1;
  // ("Thanks...and call me later": past an ellipsis before "and".)
  const mark = s.tokens[k]?.text ?? '';
  if (mark === '…' || /^\.{2,}$/.test(mark)) k--;
  let words = 0;
  while (k >= 0 && !isBreak(s.tokens[k] as Token)) {
    // (Past a bracketed aside, as `verbless` reads.)
    const open = asideStart(s, k);
    if (open !== undefined) {
      k = open - 1;
      continue;
    }
    const t = s.tokens[k] as Token;
    if (t.kind === 'word') {
      // ("Thank you and enjoy your stay": the formula's "you" is no subject.)
      if (!FORMULA_WORDS.has(t.lower) && !inThankYou(s.tokens, k)) return false;
      words++;
    }
    k--;
  }
  return words > 0;
}

const FORMULA_WORDS = set(W.FORMULA_WORDS);

/** The word at `k` is one half of the formula "thank you". */
function inThankYou(tokens: readonly Token[], k: number): boolean {
  const w = tokens[k]?.lower;
  return (
    (w === 'you' && tokens[k - 1]?.lower === 'thank') ||
    (w === 'thank' && tokens[k + 1]?.lower === 'you')
  );
}

/** The sentence up to `end` has no verb or subject: "Not sure", "Great food". */
function verbless(s: Sentence, end: number): boolean {
  const { tokens, ctx } = s;
  let words = 0;
  for (let k = end - 1; k >= 0 && !isBreak(tokens[k] as Token); k--) {
    // ("…, if you have no idea its name (since the designer is unknown... SUPPOSEDLY), and
    // order": past a bracketed aside to the clause that holds it.)
    const open = asideStart(s, k);
    if (open !== undefined) {
      k = open;
      continue;
    }
    const t = tokens[k] as Token;
    if (t.kind !== 'word') continue;
    words++;
    if (ctx.subjects.has(t.norm) || ctx.firstSingular.has(t.lower) || ctx.firstPlural.has(t.lower))
      return false;
    if (isFiniteVerb(t, ctx) || inflectedVerb(t, ctx)) return false;
    const prev = tokens[k - 1];
    const noun = isWord(prev) && ctx.determiners.has(prev.lower);
    if (!noun && baseTier(t, ctx) === 'verbal') return false;
  }
  return words > 0;
}

/** The comma before `j` closes an adverbial ("If you can, ...") or a greeting. */
function adjunctBefore(s: Sentence, j: number): boolean {
  const { tokens } = s;
  let k = j - 1;
  while (k >= 0 && (tokens[k] as Token).text !== ',' && (tokens[k] as Token).text !== ')') k--;
  // "If the weight goes into your heels (it throws your leg forward) put …", "If life has
  // been good so far, (and considering …) consider …": a bracketed aside at the end of the
  // adverbial is no part of it; the comma or the bracket before it closes the adverbial.
  const closing = asideStart(s, k);
  if (closing !== undefined) k = tokens[closing - 1]?.text === ',' ? closing - 1 : closing;
  else if (tokens[k]?.text === ')') return false;
  const segmentStart = (end: number) => {
    let m = end - 1;
    while (m >= 0 && !isBreak(tokens[m] as Token) && (tokens[m] as Token).text !== ',')
      m = (asideStart(s, m) ?? m) - 1;
    return m;
  };
  let from = segmentStart(k);
  // "If you have questions, concerns, or feedback, contact us", "If the app crashes,
  // freezes, or won't open, reinstall it": back over the items of a list to the clause
  // that holds it, when the last item opens with its "and" or "or".
  const lastItem = tokens[from + 1];
  if (from >= 0 && isWord(lastItem) && (lastItem.lower === 'or' || lastItem.lower === 'and')) {
    // ("If you want a burger, fries (they are great), and drinks, go …": an aside in an item
    // does not lengthen it.)
    const itemLength = (start: number, end: number) => {
      let length = 0;
      for (let m = end - 1; m > start; m--) {
        const open = asideStart(s, m);
        if (open !== undefined && open > start) m = open;
        else length++;
      }
      return length;
    };
    for (let items = 0; items < 6 && from >= 0 && tokens[from]?.text === ','; items++) {
      const start = segmentStart(from);
      if (itemLength(start, from) > 4) {
        from = start;
        break;
      }
      from = start;
    }
  }
  // "Since I feel ill I'm going home, hang out": a second subject means the main clause
  // came before the comma, so the comma does not close the adverbial.
  // Mid-sentence, a prepositional phrase between commas is a parenthesis ("call, at least
  // Reg, and ask"; "can, by borrowing, live"), not an adverbial that opens the clause.
  // ("Also, to bring eggs to room temperature, submerge them": not after a sentence adverb
  // that opens the sentence with its comma.)
  const lead = tokens[0];
  const leadOnly =
    from === 1 && isWord(lead) && (isAdverb(lead, s.ctx) || s.ctx.prefix.has(lead.lower));
  if (from >= 0 && !isBreak(tokens[from] as Token) && !leadOnly) {
    const first = tokens[from + 1];
    if (isWord(first) && PREPOSITIONAL_OPENERS.has(first.lower)) return false;
  }
  let subjects = 0;
  for (let m = from + 1; m < k; m++) {
    m = asideEnd(s, m) ?? m;
    const t = tokens[m] as Token;
    if (t.kind !== 'word' || !s.ctx.subjects.has(t.norm) || t.lower === 'that') continue;
    // "Once you get there, ...", "If you can afford it, ...": after a lexical verb, "there"
    // is an adverb and "it" an object.
    const before = tokens[m - 1];
    // ("If you have it, …": "have" before "it" is the verb of possession.)
    if (
      (t.lower === 'there' || t.lower === 'it') &&
      isWord(before) &&
      isVerbForm(before, s.ctx) &&
      (!isFiniteVerb(before, s.ctx) || (t.lower === 'it' && HAVE_FORMS.has(before.lower)))
    )
      continue;
    // "Once you're there, ...": after a form of "be" "there" is the place.
    if (t.lower === 'there' && isWord(before) && s.ctx.be.has(before.norm)) continue;
    // "If you must do this, ...": a demonstrative after a verb is its object.
    if (DEMONSTRATIVES.has(t.lower) && isWord(before) && isVerbForm(before, s.ctx)) continue;
    // "If you don't have what you want, ...": the subject of a clause inside the adverbial.
    if (isWord(before) && (s.ctx.wh.has(before.lower) || before.lower === 'that')) continue;
    if (pronounNotSubject(s, m)) continue;
    subjects++;
  }
  if (subjects > 1 || !adjunctOpens(s, from + 1)) return false;
  // "In this time visitors will come to the house, pay ...": a prepositional opening with a
  // modal or finite verb after it is the main clause itself, whose subject the verb shares.
  const first = tokens[from + 1];
  // ("In case it is late, call us": "in case" is a subordinator.)
  // ("To find out when it will be, ask": "to" before a verb opens an infinitive clause.)
  const second = tokens[from + 2];
  if (
    isWord(first) &&
    PREPOSITIONAL_OPENERS.has(first.lower) &&
    second?.lower !== 'case' &&
    !(first.lower === 'to' && isWord(second) && isBaseVerb(second, s.ctx))
  ) {
    for (let m = from + 2; m < k; m++) {
      const t = tokens[m] as Token;
      // ("On the Tools menu, point to …": after a determiner an -s form is a plural noun.)
      const afterDeterminer =
        isWord(tokens[m - 1]) && s.ctx.determiners.has((tokens[m - 1] as Token).lower);
      if (t.kind === 'word' && (MODALS.has(t.norm) || (isFiniteVerb(t, s.ctx) && !afterDeterminer)))
        return false;
    }
  }
  return true;
}

/**
 * "we rarely, if ever, have", "They will, however, cost": a short aside between commas
 * after a subject pronoun or a modal that still waits for its verb; the verb after the
 * aside is that verb.
 */
function verbAfterAside(s: Sentence, j: number): boolean {
  const { tokens } = s;
  if (tokens[j - 1]?.text !== ',') return false;
  for (let k = j - 2; k >= 0 && k >= j - 6; k--) {
    const t = tokens[k] as Token;
    if (isBreak(t)) return false;
    if (t.text === ',') return awaitsVerb(s, k);
  }
  return false;
}

/**
 * Before the comma at `comma` stands a subject pronoun, a modal or "do" ("They did not,
 * however, answer"), past any adverbs.
 */
function awaitsVerb(s: Sentence, comma: number): boolean {
  const { tokens, ctx } = s;
  let k = comma - 1;
  while (k >= 0 && (isAdverb(tokens[k] as Token, ctx) || tokens[k]?.norm === 'not')) k--;
  const t = tokens[k];
  if (!isWord(t)) return false;
  return (
    MODALS.has(t.norm) ||
    // (Not the emphatic order's own "Do, however, check …".)
    (DO_FORMS.has(t.lower) && isWord(tokens[k - 1])) ||
    (ctx.subjects.has(t.lower) && t.lower !== 'it' && t.lower !== 'that')
  );
}

/**
 * "Once you're there, ...", "Once you are holding it, ...", "When he goes for it, ...":
 * "there" after a form of "be" is the place, "it" after an -ing verb or a preposition the
 * object; neither is a second subject.
 */
function pronounNotSubject(s: Sentence, m: number): boolean {
  const { tokens, ctx } = s;
  const t = tokens[m] as Token;
  const before = tokens[m - 1];
  if (!isWord(before)) return false;
  if (t.lower === 'there')
    return ctx.be.has(before.norm) && !ctx.wh.has(tokens[m - 2]?.lower ?? '');
  // "If sites next to you don't have it, ...", "When we call you, ...": "you" as an object.
  if (t.lower === 'you')
    return (
      PREPOSITIONAL_OPENERS.has(before.lower) ||
      (isVerbForm(before, ctx) && !isFiniteVerb(before, ctx) && !ctx.be.has(before.norm))
    );
  if (t.lower !== 'it') return false;
  return (
    isGerund(before.lower, ctx) ||
    PREPOSITIONAL_OPENERS.has(before.lower) ||
    PLACE_PREPOSITIONS.has(before.lower)
  );
}

/** "1) If ...", "3. When ...": the list mark before a clause. */
/**
 * "They're rude, if you hate your job then quit": a subordinator opens the clause, after its
 * comma, that holds the "then" at `then`.
 */
function conditionOpens(s: Sentence, then: number): boolean {
  let k = then;
  while (k > 0) {
    const t = s.tokens[k - 1] as Token;
    if (t.text === ',' || isBreak(t) || isSentenceEnd(t)) break;
    k--;
  }
  return k < then - 1 && SUBORDINATORS.has(s.tokens[k]?.lower ?? '');
}

function pastListMark(s: Sentence, index: number): number {
  const t = s.tokens[index];
  const next = s.tokens[index + 1];
  return t?.kind === 'number' && t.text.length <= 2 && (next?.text === ')' || next?.text === '.')
    ? index + 2
    : index;
}

function adjunctOpens(s: Sentence, at: number): boolean {
  let index = pastListMark(s, at);
  // ("Probably, if XP allows it, then do so": past a sentence adverb and its comma.)
  const lead = s.tokens[index];
  const opener = s.tokens[index + 2];
  if (
    isWord(lead) &&
    !ADJUNCT_OPENERS.has(lead.lower) &&
    s.tokens[index + 1]?.text === ',' &&
    (isAdverb(lead, s.ctx) || s.ctx.prefix.has(lead.lower)) &&
    isWord(opener) &&
    // ("Also, to bring eggs to room temperature quickly, submerge them": a purpose clause.)
    (SUBORDINATORS.has(opener.lower) ||
      (opener.lower === 'to' &&
        isWord(s.tokens[index + 3]) &&
        isBaseVerb(s.tokens[index + 3] as Token, s.ctx)))
  )
    index += 2;
  // "\"If you can, call us.", "\"By all means, marry.": past the quotation mark that opens
  // the speech to its adverbial.
  if (QUOTES.has(s.tokens[index]?.text ?? '')) index++;
  // "..., but if that fails, call us": past a coordinator to the subordinator.
  if (isWord(s.tokens[index]) && COORDINATORS.has((s.tokens[index] as Token).lower)) index++;
  // "Just to be safe, back up …": past a focusing adverb to the infinitive or the phrase.
  if (
    isWord(s.tokens[index]) &&
    FOCUS_ADVERBS.has((s.tokens[index] as Token).lower) &&
    isWord(s.tokens[index + 1]) &&
    ADJUNCT_OPENERS.has((s.tokens[index + 1] as Token).lower)
  )
    index++;
  const first = s.tokens[index];
  if (first === undefined || first.kind !== 'word') return false;
  // "Having said that, ...", "Looking back, ...": a participle clause is an adverbial.
  const participle = isGerund(first.lower, s.ctx);
  // "Other than that, enjoy …", "Short of that, avoid …": two words that work as one
  // preposition.
  const after = s.tokens[index + 1];
  const two = isWord(after) ? `${first.lower} ${after.lower}` : '';
  const pair = TWO_WORD_PREPOSITIONS.has(two) || TWO_WORD_SUBORDINATORS.has(two);
  // "Should the issue persist, contact our team": the inverted condition.
  const inverted = first.lower === 'should' && (index === 0 || isSentenceEnd(s.tokens[index - 1]));
  // "Want a drink, walk up the stairs", "Need help, call us": the condition asked with its
  // "Do you" left out ("Want a drink?").
  const asked = index === 0 && isCapitalised(first) && ELIDED_ASKING.has(first.lower);
  return ADJUNCT_OPENERS.has(first.lower) || participle || pair || inverted || asked;
}

/** Verbs of a question asked without "Do you": "Want a drink, …", "Need help, …". */
const ELIDED_ASKING = set(['want', 'need']);

/** Adverbs before an adverbial's first word: "Just to be safe,", "Only if it fails,". */
const FOCUS_ADVERBS = set(['just', 'only', 'even', 'again', 'also', 'especially', 'mainly']);

const TWO_WORD_PREPOSITIONS = set(['other than', 'short of', 'rather than', 'prior to']);

/** A noun of time with its determiner, as one subordinator: "Every time the page reloads, …". */
const TWO_WORD_SUBORDINATORS = set(['every time', 'each time', 'next time']);

/**
 * The closing bracket of a short aside that opens at `k` ("(L2)", "[see below]"), or
 * undefined.
 */
function asideEnd(s: Sentence, k: number): number | undefined {
  const { tokens } = s;
  const open = tokens[k]?.text;
  if (open !== '(' && open !== '[') return undefined;
  const close = open === '(' ? ')' : ']';
  for (let m = k + 1; m < tokens.length && m < k + 12; m++)
    if ((tokens[m] as Token).text === close) return m;
  return undefined;
}

/** The opening bracket of a short aside that closes at `k` ("… heels (it throws …) put"). */
function asideStart(s: Sentence, k: number): number | undefined {
  const { tokens } = s;
  const close = tokens[k]?.text;
  if (close !== ')' && close !== ']') return undefined;
  const open = close === ')' ? '(' : '[';
  for (let m = k - 1; m >= 0 && m > k - 12; m--) {
    const t = (tokens[m] as Token).text;
    if (t === open) return m;
    if (t === close) return undefined;
  }
  return undefined;
}

/**
 * A finite verb follows later in the clause with no subject or subordinator of its own
 * before it: the candidate is the head of a subject ("Service in the area was slow",
 * "Crap like this sure makes me ...").
 */
function predicateFollows(s: Sentence, from: number, nounish = false): boolean {
  const { tokens, ctx } = s;
  for (let k = from; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    // "Research on second languages (L2) has provided ...": past a bracketed aside.
    const close = asideEnd(s, k);
    if (close !== undefined) {
      k = close;
      continue;
    }
    if (isBreak(t) || t.text === ',' || t.text === ')' || t.text === ']') return false;
    if (t.kind !== 'word') continue;
    // ("Soak the foot in the hottest water the horse will tolerate": an article right after
    // the object's noun opens a relative clause without "that", whose verb that is.)
    const head = tokens[k - 1];
    if (
      !nounish &&
      k > from + 1 &&
      (t.lower === 'the' || t.lower === 'a' || t.lower === 'an') &&
      isWord(head) &&
      plainNoun(head, ctx) &&
      // (A word that is a verb too is the noun after its determiner: "the hottest water".)
      (!isVerbForm(head, ctx) ||
        ctx.determiners.has(tokens[k - 2]?.lower ?? '') ||
        ctx.determiners.has(tokens[k - 3]?.lower ?? '')) &&
      !isPreposition(head.lower) &&
      !COORDINATORS.has(head.lower) &&
      !ctx.determiners.has(head.lower)
    )
      return false;
    // "Put a detector in every station and the terrorists will take the bus": a coordinator
    // before a new subject opens a clause of its own, whose verb that is.
    // ("Spend a few minutes making sure your work can survive you": what "make sure" takes is
    // a clause of its own.)
    if (
      (t.lower === 'sure' || t.lower === 'certain') &&
      /^mak(e|es|ing)$/.test(tokens[k - 1]?.lower ?? '')
    )
      return false;
    // "so" joins clauses only, so a possessive's phrase after it is a subject too ("try
    // holding the rat in prongs so your snake can get a hold"; after "and" it may be a
    // second noun: "Doctor Gonzales and his staff are …").
    const soSubject = t.lower === 'so' && POSSESSIVES.has(tokens[k + 1]?.lower ?? '');
    // ("Ponder over its meaning and soon your eyes will …": after a verb's own phrase, a
    // possessive, or an adverb and a subject, opens a clause of its own.)
    if (k > from && COORDINATORS.has(t.lower)) {
      const opener = tokens[k + 1];
      const adverbFirst =
        isWord(opener) && isAdverb(opener, ctx) && !ctx.determiners.has(opener.lower);
      const at = adverbFirst ? k + 2 : k + 1;
      const possessiveSubject = !nounish && POSSESSIVES.has(tokens[at]?.lower ?? '');
      // ("Go take your pills or bad things will happen": an adjective's noun before a modal.)
      const modalSubject =
        isWord(tokens[at]) &&
        isWord(tokens[at + 1]) &&
        MODALS.has(tokens[at + 2]?.norm ?? '') &&
        !isVerbForm(tokens[at + 1] as Token, ctx);
      if (newSubjectAt(s, at) || soSubject || possessiveSubject || modalSubject) return false;
    }
    const after = tokens[k + 1];
    // "Police in the Indian capital say they have arrested …": a verb of reporting in its
    // plural present before its clause's subject is the predicate of the phrase before.
    // (Not right after a coordinator, which joins it to the candidate: "Call the boss and
    // say you caught a flat".)
    if (
      k > from &&
      REPORTING.has(t.lower) &&
      !COORDINATORS.has(tokens[k - 1]?.lower ?? '') &&
      isWord(after) &&
      (PERSONAL_SUBJECTS.has(after.lower) ||
        after.lower === 'that' ||
        after.lower === 'it' ||
        after.lower === 'there')
    )
      return true;
    // "Silence at this time enables ...": after a preposition "this" is a determiner.
    const determinerAfterPreposition =
      ctx.determiners.has(t.lower) &&
      isWord(tokens[k - 1]) &&
      PLACE_PREPOSITIONS.has((tokens[k - 1] as Token).lower);
    if (
      (ctx.subjects.has(t.lower) && !determinerAfterPreposition) ||
      ctx.wh.has(t.lower) ||
      // ("Travel to the islands is forbidden": "to" before a determiner is a preposition,
      // and the verb after its phrase is the predicate; before a verb it opens an
      // infinitive clause, whose verb a later one may be.)
      (t.lower === 'to' && !(isWord(after) && ARTICLES.has(after.lower))) ||
      t.lower === 'if' ||
      ctx.politeness.has(t.lower)
    ) {
      return false;
    }
    if (ctx.firstSingular.has(t.lower) || ctx.firstPlural.has(t.lower)) return false;
    // "Keep stirring the soup until the onions are soft": past the object, a subordinator
    // opens a clause whose verb the later one is (for a verb; "Work after the merger was
    // hard" keeps its noun).
    // ("Add only silk plants as plastic ones may tear …": "as" and "since", prepositions too,
    // open a clause of reason there as well.)
    if (
      !nounish &&
      k > from + 1 &&
      (CLAUSE_SUBORDINATORS.has(t.lower) || REASON_SUBORDINATORS.has(t.lower))
    )
      return false;
    // "your garbage can to deter mice": a modal before "to" or a determiner is a noun.
    // ("use a spray can style fogging oil": "can" after an article and a noun is one too.)
    const nounModal =
      MODALS.has(t.norm) &&
      (!isWord(after) ||
        after.lower === 'to' ||
        ctx.determiners.has(after.lower) ||
        (t.lower === 'can' && ARTICLES.has(tokens[k - 2]?.lower ?? '')));
    if (possessiveS(s, k)) continue;
    // "Come in and have a look": "have" or "do" after a coordinator is a second bare verb, and
    // so is "be" ("Stop your thoughts and be calm").
    const coordinated =
      (t.lower === 'have' || t.lower === 'do' || t.lower === 'be') &&
      COORDINATORS.has((tokens[k - 1] as Token).lower);
    if ((isFiniteVerb(t, ctx) && !nounModal && !coordinated) || (t.lower === 'be' && !coordinated))
      return true;
    // A third-person -s verb not right after the candidate or a determiner: "sure makes";
    // after a noun phrase when the candidate is as likely a noun itself ("Evidence from
    // cultural neuroscience shows").
    const prev = tokens[k - 1] as Token;
    if (
      k > from &&
      t.lower.endsWith('s') &&
      ctx.lex.tier(t.lower.slice(0, -1)) === 'verbal' &&
      !ctx.determiners.has(prev.lower) &&
      prev.kind === 'word' &&
      (isAdverb(prev, ctx) || (nounish && !ctx.particles.has(prev.lower)))
    ) {
      return true;
    }
    // "Help desk never called back": a past tense after a frequency adverb.
    if (k > from && prev.kind === 'word' && FREQUENCY_ADVERBS.has(prev.lower)) {
      const lemma = ctx.lex.pastLemma(t.lower);
      if (lemma && lemma !== t.lower) return true;
    }
  }
  return false;
}

/** Verbs after which "left" is a direction: "Turn left", "bear left", "swipe left". */
const TURNS = set([
  'turn',
  'go',
  'keep',
  'bear',
  'veer',
  'stay',
  'head',
  'swipe',
  'scroll',
  'move',
  'step',
  'pull',
  'look',
]);

/** Subordinators that open a clause with its own verb after a verb's object. */
const CLAUSE_SUBORDINATORS = set([
  'until',
  'till',
  'because',
  'although',
  'though',
  'while',
  'unless',
  'once',
  'whereas',
]);

/** Subordinators of reason that are prepositions as well: "as", "since". */
const REASON_SUBORDINATORS = set(['as', 'since']);

/** Subordinators that open a clause with its own subject and verb: "As I sat down, …". */
const FINITE_SUBORDINATORS = set(
  W.SUBORDINATORS,
  [...CLAUSE_SUBORDINATORS],
  [...REASON_SUBORDINATORS],
);

/** A subject pronoun or an article starts at `k`: "and the terrorists", "but we". */
function newSubjectAt(s: Sentence, k: number): boolean {
  const t = s.tokens[k];
  if (!isWord(t)) return false;
  return (s.ctx.subjects.has(t.lower) && !IMPERSONAL.has(t.lower)) || ARTICLES.has(t.lower);
}

/** Possessives that open a noun phrase as an article does: "so your snake can …". */
const POSSESSIVES = set(['my', 'your', 'his', 'her', 'our', 'their']);

/** ("Doctor Gonzales and his staff are ...": a possessive may go on the first subject.) */
const ARTICLES = set(['the', 'a', 'an', 'these', 'those']);

/** Adverbs that stand between a subject and its past-tense verb: "never called back". */
const FREQUENCY_ADVERBS = set([
  'never',
  'always',
  'finally',
  'already',
  'just',
  'still',
  'also',
  'actually',
  'really',
  'even',
]);

/**
 * "your channel's URL": "'s" after a noun and before a word that is no verb, participle,
 * adverb or determiner is the possessive, not "is" or "has".
 */
function possessiveS(s: Sentence, k: number): boolean {
  const { tokens, ctx } = s;
  const t = tokens[k] as Token;
  if (t.norm !== "'s") return false;
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  if (!isWord(prev) || ctx.subjects.has(prev.lower) || ctx.wh.has(prev.lower)) return false;
  // "Try Bob's.": "is" or "has" cannot end a clause; the possessive stands for its noun.
  if (!next || (next.kind === 'punct' && next.text !== '(' && next.text !== '"')) return true;
  if (!isWord(next)) return false;
  // "Check out the website for the Bishop's Lodge", "Try the fish at the Captain's Table": a
  // capitalised word after a capitalised possessor is the rest of a name ("The Bishop is
  // Lodge" says nothing).
  if (isCapitalised(prev) && isCapitalised(next) && next.text !== 'I' && !s.shouting) return true;
  const w = next.lower;
  // "Check Anna's order.", "John's call was late": a word that is a noun as often as a verb
  // before the end of the clause or a preposition is the possessor's noun.
  const after = tokens[k + 2];
  if (
    ctx.lex.tier(w) !== undefined &&
    ctx.lex.tier(w) !== 'verbal' &&
    (!after ||
      isBreak(after) ||
      after.text === ',' ||
      PLACE_PREPOSITIONS.has(after.lower) ||
      HEADING_COMPLEMENTS.has(after.lower))
  )
    return true;
  // "Click the button on someone's profile to get updates", "Send it to Anna's manager":
  // after a preposition the possessor and its thing are the preposition's object; so they
  // are after a bare verb, its object: "Check Amazon's return policy", "Describe Einstein's
  // view of gravity".
  const owner = tokens[k - 2];
  if (
    isWord(owner) &&
    (isPreposition(owner.lower) || (isBaseVerb(owner, ctx) && isCapitalised(prev))) &&
    !(w === 'not' || w === 'been' || w.endsWith('ing') || isAdverb(next, ctx)) &&
    !ctx.determiners.has(w) &&
    !ctx.particles.has(w)
  )
    return true;
  // "Clear your browser's cache and cookies": after a determiner's noun, a word that is
  // mostly a noun is the possessor's thing ("your browser is cache" says nothing).
  if (
    isWord(owner) &&
    ctx.determiners.has(owner.lower) &&
    ctx.lex.tier(w) === 'nounlike' &&
    !ctx.lex.participleLemma(w)
  )
    return true;
  return !(
    ctx.lex.tier(w) ||
    ctx.lex.participleLemma(w) ||
    w.endsWith('ing') ||
    isAdverb(next, ctx) ||
    ctx.determiners.has(w) ||
    ctx.particles.has(w) ||
    w === 'not' ||
    w === 'been'
  );
}

/**
 * "Crash log:", "Release version: 1.2", "## Debug info": a capitalised word and a noun that
 * label what follows their colon, or a Markdown heading of the two, name a thing ("Serve
 * with:", "Note this:" and "## Describe the bug" still order).
 */
function labelHeading(s: Sentence, j: number): boolean {
  const { tokens, ctx } = s;
  const t = tokens[j] as Token;
  const next = tokens[j + 1];
  const after = tokens[j + 2];
  // Only "#" marks before it: the sentence opens with the word or is a Markdown heading.
  for (let k = 0; k < j; k++) if (tokens[k]?.text !== '#') return false;
  const heading = j > 0;
  if (!isCapitalised(t) || !isWord(next) || !plainNoun(next, ctx)) return false;
  if (isPreposition(next.lower) || (isBaseVerb(next, ctx) && baseTier(next, ctx) === 'verbal'))
    return false;
  return after?.text === ':' || (heading && after === undefined);
}

/** Modals of the promise after an order: "… and you will see", "… and you'll pass". */
const PROMISE_MODALS = set(['will', "'ll", 'should', 'can', 'shall', 'might']);

/**
 * "Study human evolution and you will better understand …", "read my questions and you will
 * see": the conditional imperative, an order whose outcome "and you will" promises. The
 * verb's clause has no subject or verb of its own before the "and"; the word is the verb
 * even where it is as often a noun.
 */
function promiseAfterOrder(s: Sentence, j: number): boolean {
  const { tokens, ctx } = s;
  const t = tokens[j] as Token;
  if (!isBaseVerb(t, ctx) || ctx.never.has(t.lower) || ctx.elidedVerbs.has(t.lower)) return false;
  for (let m = j + 1; m < tokens.length && m < j + 16; m++) {
    const w = tokens[m] as Token;
    if (isSentenceEnd(w) || isBreak(w)) return false;
    if (w.kind !== 'word') continue;
    if (w.lower === 'and') {
      const you = tokens[m + 1];
      const modal = tokens[m + 2];
      return (
        (you?.lower === 'you' || you?.lower === 'u') &&
        isWord(modal) &&
        PROMISE_MODALS.has(modal.norm)
      );
    }
    if (
      (ctx.subjects.has(w.lower) && !POSSESSIVES.has(w.lower)) ||
      w.text === 'I' ||
      isFiniteVerb(w, ctx) ||
      inflectedVerb(w, ctx) ||
      MODALS.has(w.norm) ||
      SUBORDINATORS.has(w.lower) ||
      RELATIVES.has(w.lower)
    )
      return false;
  }
  return false;
}

/**
 * Decides from the right context whether a clause-initial verb lemma, already licensed by
 * its position, is an imperative.
 */
function verbInContext(
  s: Sentence,
  j: number,
  tier: VerbTier,
  kind: Start,
  polite: boolean,
): boolean {
  const { tokens, ctx } = s;
  const next = tokens[j + 1];
  const next2 = tokens[j + 2];
  const verbal = tier === 'verbal';
  if (!polite && labelHeading(s, j)) return false;
  if (promiseAfterOrder(s, j)) return true;
  // "Project update", "Address change": a two-word heading without punctuation whose
  // second word is a verb as well is a noun compound.
  if (
    !polite &&
    j === 0 &&
    tokens.length === 2 &&
    isWord(next) &&
    !isCapitalised(next) &&
    isBaseVerb(next, ctx)
  )
    return false;
  // "Press Release", "Review Questions": a two-word title whose second word is a verb as well
  // is a noun compound, as "Project update" is; not the object pronoun, the adverb or the
  // particle of a button ("Email Us", "Learn More", "Sign Up"), nor the state after "Get",
  // "Keep" ("Get Started"), nor a name ("Call Mark"); "Save Money" has a noun only.
  if (
    !polite &&
    j === 0 &&
    tokens.length === 2 &&
    isWord(next) &&
    isCapitalised(tokens[j] as Token) &&
    isCapitalised(next) &&
    !STATE_TAKING.has((tokens[j] as Token).lower) &&
    !ctx.objects.has(next.lower) &&
    !HEADING_COMPLEMENTS.has(next.lower) &&
    !ctx.particles.has(next.lower) &&
    !PHRASAL_PARTICLES.has(next.lower) &&
    !participleOnly(next, ctx) &&
    !isAdverb(next, ctx) &&
    !ctx.names.has(next.lower) &&
    isVerbForm(next, ctx)
  )
    return false;
  // "File photo of interviewee David Titley.", "File image of the shuttle lifting off": a
  // news caption's noun compound, the picture taken from the archive, whatever follows.
  if (
    j === 0 &&
    (tokens[j] as Token).lower === 'file' &&
    isWord(next) &&
    CAPTION_PICTURES.has(next.lower)
  )
    return false;
  // ("Wait staff only barely able …", "Wait time awful", "live lobsters", "Time for a
  // change!": a noun phrase's first word, not a verb.)
  const compoundHead = NOUN_COMPOUNDS.get((tokens[j] as Token).lower);
  if (!polite && isWord(next) && compoundHead?.has(next.lower)) return false;
  // "race; ancestry or national origin; ...": a lone word before a semicolon is a list item.
  if (next?.text === ';' && !polite) return false;
  // "Note", "Interview": a label word alone on its line, without any stop, heads a section.
  if (
    !next &&
    !polite &&
    tokens.length === 1 &&
    isCapitalised(tokens[j] as Token) &&
    LABEL_WORDS.has((tokens[j] as Token).lower)
  )
    return false;
  // Nothing follows: "Reply.", "Enjoy!", "Please advise."
  if (
    !next ||
    (next.kind === 'punct' &&
      next.text !== ',' &&
      next.text !== ':' &&
      next.text !== '-' &&
      next.text !== '/')
  ) {
    // "When in doubt, ask.": an adverbial before the comma opens the clause as well.
    // ("It's going to rain, so prepare.": a verb alone after a comma and "so" draws the
    // consequence for the reader.)
    return (
      polite ||
      (verbal &&
        (kind === 'strong' ||
          (kind === 'comma' && (adjunctBefore(s, j) || exclaimedAfterComma(s, j))) ||
          (kind === 'conj' && tokens[j - 1]?.lower === 'so' && tokens[j - 2]?.text === ',')))
    );
  }
  // "… cleaning supplies see: https://…", "(See: Federal Hall)": a pointer before its colon
  // and the link or the name it points to; "Update: …" is a label.
  if (
    next.text === ':' &&
    POINTERS.has((tokens[j] as Token).lower) &&
    (next2?.kind === 'url' || (isWord(next2) && isCapitalised(next2)))
  )
    return true;
  // ("For more information, visit:", "For details, see:": a pointer after an adverbial
  // and its comma, before the colon that opens what it points to.)
  if (
    next.text === ':' &&
    kind === 'comma' &&
    POINTERS.has((tokens[j] as Token).lower) &&
    adjunctBefore(s, j)
  )
    return true;
  // ("Remember - this is YOUR family", "Note: …": a verb that takes a clause before the
  // dash or colon that opens it.)
  if ((next.text === ':' || next.text === '-') && CLAUSE_ONLY_VERBS.has((tokens[j] as Token).lower))
    return true;
  if (next.text === ':' || next.text === '-' || next.hyphenLeft) return polite && next.text === ':'; // "Update: ..."
  if (next.text === ',') {
    // "Look, I ...": an interjection-like imperative; "Remember, the store closes at 5":
    // a verb of attention that opens the sentence.
    return (
      polite ||
      (verbal && isWord(next2) && ctx.subjects.has(next2.lower)) ||
      (kind === 'strong' && ATTENTION_VERBS.has((tokens[j] as Token).lower)) ||
      // "Compare, for example, the two plans": a parenthesis between the verb and its object.
      (verbal && kind === 'strong' && parenthesisAt(s, j + 2)) ||
      // "When someone comes in, say, "I've got this"": a verb of saying before its quotation.
      (SAYING.has((tokens[j] as Token).lower) && QUOTES.has(next2?.text ?? ''))
    );
  }
  // "ask/recommend ...", but not "race / ancestry / skin color": a verb after the slash.
  if (next.text === '/') return polite || (verbal && isWord(next2) && isBaseVerb(next2, ctx));
  // ("Go be the change": "go" and "come" take a bare "be".)
  const serialBe =
    next.lower === 'be' &&
    ((tokens[j] as Token).lower === 'go' || (tokens[j] as Token).lower === 'come');
  // ("Act like a normal person", "Post like us mortals": a verb of manner before "like" and
  // its model; a singular noun would take "likes", and no predicate follows for the word to
  // be the subject of, as "Food like this is rare".)
  if (
    next.lower === 'like' &&
    MANNER_VERBS.has((tokens[j] as Token).lower) &&
    isWord(next2) &&
    (ctx.determiners.has(next2.lower) || ctx.objects.has(next2.lower) || next2.lower === 'us') &&
    !predicateFollows(s, j + 2)
  )
    return true;
  // ("Practice voicing your comments": a verb that takes a gerund, before one with its
  // object.)
  if (
    tier === 'ambiguous' &&
    GERUND_TAKING.has((tokens[j] as Token).lower) &&
    isGerund(next.lower, ctx) &&
    isWord(next2) &&
    (ctx.determiners.has(next2.lower) || ctx.objects.has(next2.lower) || isAdverb(next2, ctx)) &&
    !predicateFollows(s, j + 2)
  )
    return true;
  if ((isFiniteVerb(next, ctx) || next.lower === 'be') && !serialBe) return false; // "Work is ...", "Power be ..."
  // "Restart makes it go away", "Update fixes the problem": a verb's -s form with its own
  // object after the candidate is the predicate whose subject the candidate is ("Check
  // emails regularly" has no object after the plural).
  if (
    sFormTier(next.lower, ctx) === 'verbal' &&
    isWord(next2) &&
    (ARTICLES.has(next2.lower) ||
      next2.lower === 'it' ||
      // ("Travel leaves me with that feeling": an object pronoun too.)
      (ctx.objects.has(next2.lower) && !ctx.subjects.has(next2.lower)) ||
      next2.lower === 'you')
  )
    return false;
  if (!polite && pluralSubjectAfter(s, j)) return false;
  // "Document found on street", "Help wanted": a participle right after the word and
  // before a preposition makes it a noun with a reduced relative clause; only verbs of state take one ("Get started",
  // "Stay connected", "Come prepared").
  if (
    !polite &&
    !STATE_TAKING.has((tokens[j] as Token).lower) &&
    !ctx.attachment.has(next.lower) &&
    participleOnly(next, ctx) &&
    // ("Use dried snake feces", "Add chopped onions": a participle before its noun.)
    (!isWord(next2) || ctx.particles.has(next2.lower) || PLACE_PREPOSITIONS.has(next2.lower))
  )
    return false;
  // "Return label attached.", "Return form enclosed.": a noun compound and a participle
  // that says what happened to it, before the end; a verb of state or cause takes an object
  // and a participle ("Keep receipts attached", "Leave the door closed").
  const then = tokens[j + 3];
  if (
    !polite &&
    !STATE_TAKING.has((tokens[j] as Token).lower) &&
    !ctx.determiners.has(next.lower) &&
    !ctx.objects.has(next.lower) &&
    // ("Frost as desired", "Serve when cooled": no noun between.)
    !isPreposition(next.lower) &&
    !ctx.particles.has(next.lower) &&
    !isAdverb(next, ctx) &&
    !COORDINATORS.has(next.lower) &&
    next.lower !== 'as' &&
    next.lower !== 'when' &&
    next.lower !== 'if' &&
    isWord(next2) &&
    participleOnly(next2, ctx) &&
    (then === undefined || isSentenceEnd(then))
  )
    return false;
  // "Copyright Information: ...": a capitalised noun compound before a colon is a label.
  if (
    !verbal &&
    !polite &&
    isCapitalised(tokens[j] as Token) &&
    isCapitalised(next) &&
    next2?.text === ':'
  )
    return false;
  // ("Access this article": a demonstrative before its noun is the determiner below.)
  // ("in the control panel u will find …": a pronoun before a modal or a finite verb is the
  // next clause's subject, no object; "Water that stays in the tank will go bad": a relative
  // "that" before its -s or past verb.)
  if (
    !verbal &&
    !polite &&
    ctx.subjects.has(next.lower) &&
    isWord(next2) &&
    (MODALS.has(next2.norm) ||
      isFiniteVerb(next2, ctx) ||
      (next.lower === 'that' && inflectedVerb(next2, ctx) && predicateFollows(s, j + 3, true)))
  )
    return false;
  if (ctx.objects.has(next.lower) && !(tier === 'nounlike' && nounBeforeArticle(s, j, kind))) {
    return tier !== 'nounlike' || polite || ['me', 'us', 'him', 'them', 'it'].includes(next.lower);
  }
  const clause = takesClause(s, j);
  if (ctx.determiners.has(next.lower))
    return (
      (tier !== 'nounlike' || polite || nounBeforeArticle(s, j, kind)) &&
      (clause || !predicateFollows(s, j + 2))
    );
  // "Make sure ...", "Make certain ..."
  if (clause && (next.lower === 'sure' || next.lower === 'certain')) return true;
  if (next.kind === 'url') return verbal || polite;
  // ("Slide 5 in particular should be of help", "Step one was taken …": the numbered noun
  // is the subject of a later predicate.)
  if (next.kind === 'number' || NUMERALS.has(next.lower))
    return (
      (verbal || polite || countedObject(s, j, tier, kind)) &&
      (polite || !predicateFollows(s, j + 2, true))
    );
  // ("Remember parking is limited", "Note shipping takes a week": a verb that takes a clause
  // before that clause's subject, not a noun heading the subject of a later predicate; a
  // capitalised word after it is a title's, "Know Your Rights is a campaign".)
  if (
    !(clause && !isCapitalised(next)) &&
    !serialBe &&
    predicateFollows(s, j + 1, tier !== 'verbal')
  )
    return false;
  if (!polite && headlineNoun(s, j)) return false;
  // "Order of events", "Waste of money", "Change of plans": a noun heading a phrase; only a
  // few verbs take "of" ("Think of", "Dispose of", "Beware of").
  if (
    !polite &&
    NOUN_PREPOSITIONS.has(next.lower) &&
    !(verbal && OF_VERBS.has((tokens[j] as Token).lower))
  )
    return false;
  // ("Head to Settings", "Point to Security": a word as often a noun that moves the reader,
  // before "to" and a place's name or its determiner, with no verb of its own after them.)
  if (next.lower === 'to' && !polite && labelTo(s, j)) return false;
  if (next.lower === 'to')
    return (
      verbal ||
      polite ||
      (tier === 'ambiguous' &&
        (kind === 'strong' || kind === 'conj' || (kind === 'comma' && adjunctBefore(s, j))) &&
        TOWARD_VERBS.has((tokens[j] as Token).lower) &&
        isWord(next2) &&
        (isCapitalised(next2) || ctx.determiners.has(next2.lower)) &&
        !predicateFollows(s, j + 3) &&
        !clauseAfterPhraseComma(s, j + 3))
    );
  if (ctx.particles.has(next.lower) || isAdverb(next, ctx)) {
    // "Service always friendly", "Email usually free if …": a word as often a noun, an
    // adverb and a bare predicate word is a verbless description, as reviews write it; an
    // order goes on to a place, an aim or an end ("Water regularly during summer").
    if (tier === 'ambiguous' && !polite && !ctx.particles.has(next.lower))
      return !predicateWordAt(s, j + 2);
    // "Weed out the smaller plants", "Branch out and try something new": opening the
    // sentence, a word mostly a noun is a phrasal verb before its particle and an object or
    // a coordinated verb.
    const phrasal =
      kind === 'strong' &&
      j === 0 &&
      PHRASAL_PARTICLES.has(next.lower) &&
      isWord(next2) &&
      (objectOpens(next2, ctx) || next2.lower === 'and');
    return verbal || polite || tier === 'ambiguous' || phrasal;
  }
  // "Try googling it", "Keep going".
  if (next.lower.endsWith('ing') && verbal) return true;
  // "Come visit", "Go get it".
  const w = (tokens[j] as Token).lower;
  // ("Go be the change": "be" too.)
  if ((w === 'come' || w === 'go') && (isBaseVerb(next, ctx) || next.lower === 'be')) return true;
  // "DM which device you are using", "Email what the error says": a verb of sending a
  // message before the question it asks the reader to answer.
  if (MESSAGE_VERBS.has(w) && (ctx.wh.has(next.lower) || next.lower === 'whether')) return true;
  // "Copy and paste the link", "Uninstall and reinstall the app", "Email or DM us": a word
  // as often a noun, joined by "and" or "or" to a verb with its object, shares the object
  // and is a verb too.
  const third = tokens[j + 3];
  if (
    tier === 'ambiguous' &&
    (next.lower === 'and' || next.lower === 'or') &&
    isWord(next2) &&
    (baseTier(next2, ctx) === 'verbal' || baseTier(next2, ctx) === 'ambiguous') &&
    !isFiniteVerb(next2, ctx) &&
    isWord(third) &&
    (ctx.determiners.has(third.lower) ||
      third.lower === 'it' ||
      (ctx.objects.has(third.lower) && !ctx.subjects.has(third.lower)))
  )
    return true;
  // A noun, adjective or name follows: "Send flowers", "Visit Capt. Spastic's Joke List",
  // "Contact Law Offices of ...".
  // (Not "I", nor a code with digits, which names a model or a part: "(model GP1U52X)".)
  // (Nor two capitalised words that fill a bracket, a name: "a can of wet food (Fancy Feast)".)
  const bracketName = tokens[j - 1]?.text === '(' && tokens[j + 2]?.text === ')';
  const nameNext =
    isCapitalised(next) &&
    !bracketName &&
    next.text !== 'I' &&
    !/\d/.test(next.text) &&
    !s.shouting &&
    !s.titleCase &&
    s.tokens.length > 3;
  return verbal || polite || (tier === 'ambiguous' && (nameNext || objectThenPlace(s, j, kind)));
}

/**
 * Words that, before these words, begin a noun phrase (the first part of a compound, an
 * adjective, or the noun of "it's time for"), not a verb before its object: "Wait staff",
 * "Wait time", "live music", "live lobsters", "Time for a change!".
 */
const NOUN_COMPOUNDS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['wait', set(['staff', 'staffs', 'time', 'times', 'list', 'lists', 'person', 'people'])],
  ['time', set(['for'])],
  [
    'live',
    set([
      'music',
      'band',
      'bands',
      'lobster',
      'lobsters',
      'crab',
      'crabs',
      'scallop',
      'bait',
      'chat',
      'entertainment',
      'show',
      'shows',
      'performance',
      'performances',
      'stream',
      'streaming',
      'coverage',
      'animals',
      'plants',
      'fish',
      'jazz',
      'dj',
    ]),
  ],
  // A menu's dishes and a bar's rooms: "Duck entree perfectly cooked", "- roast duck with
  // plum sauce", "- spare ribs", "Sour cream, chili, onions", "tap room".
  [
    'duck',
    set(['confit', 'entree', 'breast', 'legs', 'dish', 'special', 'sauce', 'soup', 'tacos', 'fat']),
  ],
  ['roast', set(['beef', 'chicken', 'duck', 'pork', 'lamb', 'turkey', 'potatoes', 'vegetables'])],
  ['spare', set(['ribs', 'rib'])],
  ['sour', set(['cream', 'dough'])],
  ['tap', set(['room', 'water', 'beer', 'beers', 'list', 'house'])],
  ['slot', set(['machine', 'machines'])],
]);

/** What a caption's "File …" shows: "File photo of …", "File footage of …". */
const CAPTION_PICTURES = set(['photo', 'image', 'picture', 'pic', 'footage']);

/**
 * Words that name a report or an event and, as verbs, take their object directly: before a
 * preposition they are the noun ("Interview with …", "Attack on …").
 */
const HEADLINE_NOUNS = set([
  'interview',
  'attack',
  'review',
  'address',
  'appeal',
  'trouble',
  'visit',
  'guide',
]);

/**
 * "Interview with LibriVox founder Hugh McGuire", "Attack on Iran: A Looming Folly",
 * "Address to the Nation", "Review on House of Joy": a line without a closing stop opened
 * by a capitalised word that names a report or an event, straight before a preposition, is
 * a headline; as a verb the word would take its object first ("Attack with the twenty-two."
 * is an order, with its stop).
 */
function headlineNoun(s: Sentence, j: number): boolean {
  const { tokens } = s;
  const t = tokens[j] as Token;
  const next = tokens[j + 1];
  return (
    j === 0 &&
    isCapitalised(t) &&
    HEADLINE_NOUNS.has(t.lower) &&
    isWord(next) &&
    isPreposition(next.lower) &&
    !endsLikeProse(tokens)
  );
}

/** Numerals that count a noun as a determiner would: "two cups", "ten minutes". */
const NUMERALS = set([
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'twelve',
  'twenty',
]);

/**
 * "Place two parts water to one part quinoa.", "Place 3 tubs near the door.": opening a
 * sentence of prose, a word as often a noun before a numeral and a plural noun (or a
 * compound modifier, "two-minute") is a verb with its counted object; a noun there would
 * need a verb after the phrase. Not a verb whose past is its base ("Cost two dollars").
 */
function countedObject(s: Sentence, j: number, tier: VerbTier, kind: Start): boolean {
  const { tokens, ctx } = s;
  const t = tokens[j] as Token;
  const count = tokens[j + 1] as Token;
  const noun = tokens[j + 2];
  return (
    tier === 'ambiguous' &&
    kind === 'strong' &&
    j === 0 &&
    !s.titleCase &&
    endsLikeProse(tokens) &&
    ctx.lex.pastLemma(t.lower) !== t.lower &&
    isWord(noun) &&
    (count.hyphenRight || pluralNoun(noun, ctx)) &&
    !predicateFollows(s, j + 3)
  );
}

/** Adverbs of time and degree that end an order after its adverb: "Check again tomorrow". */
const AFTER_ADVERB = set([
  'today',
  'tomorrow',
  'tonight',
  'later',
  'soon',
  'first',
  'once',
  'twice',
  'instead',
  'anyway',
  'too',
  'enough',
  'more',
  'less',
  'as',
]);

/**
 * The word at `k` can only be a predicate's adjective: a lower-case word that is no
 * pronoun, determiner, preposition, particle, adverb or coordinator ("friendly", "free").
 */
function predicateWordAt(s: Sentence, k: number): boolean {
  const { tokens, ctx } = s;
  const t = tokens[k];
  if (!isWord(t) || isCapitalised(t)) return false;
  const w = t.lower;
  return !(
    ctx.subjects.has(w) ||
    ctx.objects.has(w) ||
    ctx.determiners.has(w) ||
    ctx.particles.has(w) ||
    isPreposition(w) ||
    isAdverb(t, ctx) ||
    CLAUSE_FINAL_ADVERBS.has(w) ||
    TIME_WORDS.has(w) ||
    AFTER_ADVERB.has(w) ||
    COORDINATORS.has(w) ||
    SUBORDINATORS.has(w) ||
    ctx.politeness.has(w) ||
    w === 'to' ||
    w.endsWith('ing')
  );
}

/**
 * "Tape the bottom of the box.", "Ice the cupcakes.": a word that is mostly a noun, opening
 * a sentence of prose before "the", "your" or "this", can only be a verb there (a noun
 * would need its own article or a verb after the phrase, which `predicateFollows` tests).
 */
function nounBeforeArticle(s: Sentence, j: number, kind: Start): boolean {
  const next = s.tokens[j + 1] as Token;
  // (After a step's number: "4 Plant the seeds.")
  const first = j === 0 || (j === 1 && s.tokens[0]?.kind === 'number');
  return (
    kind === 'strong' &&
    first &&
    !s.titleCase &&
    !s.shouting &&
    endsLikeProse(s.tokens) &&
    !s.ctx.names.has((s.tokens[j] as Token).lower) &&
    !isCapitalised(next) &&
    (ARTICLE_OBJECTS.has(next.lower) || indefiniteObject(s, j + 1))
  );
}

/** Indefinite determiners of an object: "Drizzle a little oil", "Salt some water". */
const INDEFINITE_OBJECTS = set(['a', 'an', 'some']);

/** Degree words after "a" that a verbless description puts before its adjective. */
const DEGREE_NOUNS = set(['bit', 'little', 'tad', 'lot', 'touch']);

/**
 * "Drizzle a bit of olive oil in a pan", "Zest a lemon over the bowl": "a", "an" or "some"
 * opens the object as "the" does when a phrase of place or "of" follows its noun (or a
 * modifier and its noun); a verbless description ends on its noun ("Room a mess.") or an
 * adjective after a degree word ("Bed a bit hard."), which "of" alone goes on from.
 */
function indefiniteObject(s: Sentence, k: number): boolean {
  const { tokens } = s;
  if (!INDEFINITE_OBJECTS.has((tokens[k] as Token).lower)) return false;
  const head = tokens[k + 1];
  if (!isWord(head)) return false;
  if (DEGREE_NOUNS.has(head.lower)) return tokens[k + 2]?.lower === 'of';
  const phrase = (t: Token | undefined) =>
    isWord(t) && (t.lower === 'of' || PLACE_PREPOSITIONS.has(t.lower));
  return phrase(tokens[k + 2]) || (isWord(tokens[k + 2]) && phrase(tokens[k + 3]));
}

/**
 * Nouns that label a part of a page or a post and are verbs too: alone on a line they head
 * what follows ("Note", "Link", "Update"); with a stop they may be orders ("Note.").
 */
const LABEL_WORDS = set([
  'note',
  'link',
  'answer',
  'interview',
  'update',
  'edit',
  'comment',
  'quote',
  'review',
  'report',
  'summary',
  'source',
  'credit',
  'caption',
]);

/**
 * "Note to Wigner: Do you think …", "NOTE to BEN .", "Link to the article: https://…": a
 * capitalised label word, "to" and its addressee or target, then a colon or nothing more,
 * heads what follows; "Note to self." and "Note to Ben." with their full stop too ("Reply to
 * Ben." may be an order).
 */
function labelTo(s: Sentence, j: number): boolean {
  const { tokens, ctx } = s;
  const t = tokens[j] as Token;
  if (!isCapitalised(t) || !LABEL_WORDS.has(t.lower)) return false;
  let k = j + 2;
  if (isWord(tokens[k]) && ctx.determiners.has((tokens[k] as Token).lower)) k++;
  const target = tokens[k];
  const stop = tokens[k + 1];
  // ("Link to video: https://…": a bare noun as the target before the colon.)
  if (!isWord(target) || !(isCapitalised(target) || target.lower === 'self')) {
    if (!(isWord(target) && (k > j + 2 || stop?.text === ':'))) return false;
  }
  return !stop || stop.text === ':' || (t.lower === 'note' && stop.text === '.');
}

const ARTICLE_OBJECTS = set(['the', 'your', 'this', 'these', 'those', 'their', 'his', 'her']);

/** Verbs that take a participle as their complement: "Get started", "Stay tuned". */
const STATE_TAKING = set([
  'get',
  'stay',
  'keep',
  'remain',
  'become',
  'feel',
  'look',
  'seem',
  'leave',
  'have',
  'be',
  'go',
  'come',
  'consider',
  'rest',
  'sit',
  'stand',
  'lie',
]);

/** A past participle or simple past that is not also a base form ("found" is "find"'s too). */
function participleOnly(t: Token, ctx: Context): boolean {
  if (t.kind !== 'word' || isCapitalised(t)) return false;
  const lemma = ctx.lex.participleLemma(t.lower);
  return lemma !== undefined && lemma !== t.lower && !ctx.adjectival.has(t.lower);
}

/** Prepositions that open an adverbial after a verb's object ("with", "around"). */
const PLACE_PREPOSITIONS = set([
  'with',
  'around',
  'into',
  'onto',
  'under',
  'near',
  'inside',
  'over',
  'on',
  'in',
  'at',
  'through',
]);

/**
 * "Place tubs of litter around …", "Zap mice with …": at the start of a sentence, a verb as
 * likely a noun, then a bare noun that is no verb, then a preposition of manner or place:
 * the noun is the verb's object, since a noun phrase ("Place tubs") would need a predicate.
 */
function objectThenPlace(s: Sentence, j: number, kind: Start): boolean {
  const { tokens, ctx } = s;
  const bare = (t: Token | undefined): t is Token =>
    isWord(t) &&
    !isCapitalised(t) &&
    !ctx.lex.tier(t.lower) &&
    !ctx.lex.tier(t.lower.replace(/e?s$/, ''));
  const object = tokens[j + 1];
  // ("Store onions and shallots in the refrigerator": two bare nouns joined.)
  const joined =
    (tokens[j + 2]?.lower === 'and' || tokens[j + 2]?.lower === 'or') && bare(tokens[j + 3]);
  const preposition = tokens[j + (joined ? 4 : 2)];
  return (
    kind === 'strong' &&
    !s.titleCase &&
    !s.shouting &&
    bare(object) &&
    isWord(preposition) &&
    (PLACE_PREPOSITIONS.has(preposition.lower) || preposition.lower === 'of')
  );
}

/**
 * Subjectless first person at the start of a sentence: "Hope this helps", "Love the new
 * website!", "Just wanted to confirm ...", "Stayed here in May." The treebank marks the
 * verb first person singular.
 */
function markElidedFirstPerson(s: Sentence, start: number): void {
  const { tokens, ctx, found } = s;
  let j = start;
  let degree = false;
  while (isWord(tokens[j]) && ctx.elidedAdverbs.has((tokens[j] as Token).lower)) {
    if (DEGREE_ADVERBS.has((tokens[j] as Token).lower)) degree = true;
    j++;
  }
  const t = tokens[j];
  if (!isWord(t) || t.hyphenRight) return;
  const next = tokens[j + 1];
  if (!next || next.text === ',' || next.text === ':' || next.hyphenLeft) return;
  if (
    isWord(next) &&
    ctx.subjects.has(next.lower) &&
    next.lower !== 'it' &&
    next.lower !== 'this' &&
    next.lower !== 'that'
  ) {
    if (t.lower === 'am' || t.lower === 'like' || t.lower === 'did') return;
  }
  if (ctx.elidedVerbs.has(t.lower) && !thinkOf(t, next) && !guessWhat(s, j)) {
    if (
      t.lower === 'like' &&
      !(isWord(next) && (ctx.determiners.has(next.lower) || ctx.objects.has(next.lower)))
    )
      return;
    found.add('first_sg', t);
    return;
  }
  // "Remember seeing ...": the memory is the writer's; so is the ignorance of "Have no idea
  // why" (a farewell-like formula, no order).
  const noIdea =
    t.lower === 'have' && next.lower === 'no' && NO_IDEA.has(tokens[j + 2]?.lower ?? '');
  if ((t.lower === 'remember' && isWord(next) && next.lower.endsWith('ing')) || noIdea) {
    found.add('first_sg', t);
    return;
  }
  // A past tense verb with an object or adverbial: "Stayed in the Seaview room", "Took a
  // laptop in", "Really enjoyed it". Bare or with "highly" it is rather a participle.
  if (degree) return;
  const lemma = ctx.lex.pastLemma(t.lower);
  if (!lemma || lemma === t.lower || lemma === 'be' || lemma === 'have' || lemma === 'do') return;
  if (ctx.clauseOpeners.has(t.lower) || ctx.adjectival.has(t.lower)) return;
  if (!isWord(next) || isCapitalised(next)) return;
  const continues =
    ctx.determiners.has(next.lower) ||
    ctx.objects.has(next.lower) ||
    (ctx.particles.has(next.lower) && next.lower !== 'by') ||
    next.lower === 'to' ||
    isAdverb(next, ctx) ||
    next.lower.endsWith('ing');
  if (!continues) return;
  // "Fried chicken was great": an attributive participle before the real verb.
  if (predicateFollows(s, j + 1)) return;
  found.add('first_sg', t);
}

/** What the writer has no notion of in "Have no idea", "Have no clue". */
const NO_IDEA = set(['idea', 'clue']);

/** "Attached is the invoice.", "As discussed, attached are ...": a passive without its auxiliary first. */
function markAttachmentFormula(s: Sentence, j: number): void {
  const { tokens, ctx, found } = s;
  const t = tokens[j];
  const next = tokens[j + 1];
  if (!isWord(t) || !ctx.attachment.has(t.lower) || !next) return;
  const n = next.lower;
  if (
    ctx.be.has(next.norm) ||
    ctx.politeness.has(n) ||
    n === 'you' ||
    n === 'find' ||
    n === 'herewith' ||
    n === 'below' ||
    n === 'for' ||
    n === ',' ||
    n === ':'
  ) {
    found.add('passive', t);
  }
}
