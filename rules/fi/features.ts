/**
 * Sentence-level grammatical features of Finnish: second-person address (singular, plural),
 * imperative mood, passive, first person singular and plural.
 *
 * The analyser (rules/fi/analyzer.ts, libvoikko's analyses) reads each word without its
 * context and often offers several readings: *tuon* is "that (gen.)" or "I bring", *tulet*
 * "fires" or "you come", *tilasi* "your space" or "(s)he ordered", *korjaa* "(s)he repairs"
 * or "repair!". The rules here choose with the sentence: the clause a word stands in (main
 * or subordinate, what opens it), its neighbours' case and number, a subject pronoun, a
 * preceding negation verb or auxiliary, and otherwise the reading that is usually right.
 *
 * The labels follow the Universal Dependencies Finnish annotation that `npm run eval`
 * measures against (`../shared/eval/treebank/README.md`, beside the repository):
 * - second person: pronouns *sinä* and *te* in every case (spoken *sä*, *sun* too), verbs and
 *   negation verbs in the second person, possessive suffixes *-si* and *-nne*, second-person
 *   imperatives; *Te*, *Teille* with a capital mid-sentence are formal (plural) address;
 * - imperative: the imperative mood in any person (*Lähetä*, *Lähettäkää*, *olkoon*,
 *   *laulakaamme*); *Mennään* is a passive, not an imperative;
 * - passive: finite passives (*korjataan*, *ei korjata*), *on/oli/ei ole* + *-ttu*,
 *   *ei korjattu*, *on korjattava*, headline *Vika korjattu*, the referative *epäilevät
 *   sitä käsiteltävän*; not a participle used as an adjective (*korjattu versio*, *on
 *   ihan siedettävä*) nor a passive form with a subject (spoken *me korjataan*, *mehän
 *   puhuttiin*, *me ei saada*, which are first person plural; *Asiakkaan on toimitettava*,
 *   a necessive with its genitive subject);
 * - spoken forms the dictionary lacks are rebuilt by regular sound changes: the question
 *   clitic -ks (*otaks*, *eks*), fused pronouns (*Ootsä*, *Emmä*), the conditional without
 *   its i (*lähettäsit*), the passive without its -n (*annetaa*), pronouns with a clitic
 *   (*sunki*), spoken imperatives (*mee*, *paa*, *Ootappas*);
 * - the treebank also counts *on ladattavissa* / *on myytävänä* (a passive participle in
 *   the inessive or essive) as passive; the house style does not (*Korjattu versio on
 *   ladattavissa* asks nothing of the writer), so neither do these rules;
 * - zero-person sentences (*Tuotteen voi palauttaa*), the active perfect (*on saapunut*),
 *   plural nominatives in -t (*kengät*), translatives (*lahjaksi*), *kaksi*, *uusi*,
 *   *siksi*, *tilanne* carry none of these.
 *
 * Analyses are summarised once per word form (`WordInfo`, cached), so a sentence costs a
 * tokenizer pass and a few scans over its words.
 */

import {
  FEATURE_LABELS,
  type FeatureDetector,
  type FeatureLabel,
  type FeatureSpan,
  type ImperativeKind,
  type SentenceFeatures,
} from '../types.ts';
import type { Analysis, FinnishAnalyzer } from './analyzer.ts';
import * as W from './data/words.ts';
import { type Token, tokenize } from './tokenize.ts';

export type { ImperativeKind };

export interface FinnishImperative {
  /** The imperative verb (the negation verb *älä* or *älkää* for negative ones). */
  start: number;
  end: number;
  kind: ImperativeKind;
  /** Singular (*lähetä*, *olkoon*) or plural (*lähettäkää*, *laulakaamme*, passive). */
  person: 'sg' | 'pl';
  /** Grammatical person when it is not the second: *laulakaamme* 1, *olkoon* 3, passive 4. */
  grammaticalPerson?: 1 | 3 | 4;
  /** The politeness marker of a request. */
  marker?: { start: number; end: number };
}

export interface FinnishPassive {
  /** The passive verb, or the auxiliary through the participle (*on korjattu*). */
  start: number;
  end: number;
  /** The main verb's dictionary form (*korjata*). */
  baseform: string;
  /** An agent is named (*asentajan toimesta*): the active voice would read better. */
  agentKnown?: boolean;
  /** A state, not an act: *on suljettu viikonloppuisin*, *on tarkoitettu aikuisille*. */
  state?: boolean;
}

export interface FinnishSentenceFeatures extends SentenceFeatures {
  /** One entry per imperative verb, in text order. */
  imperatives: FinnishImperative[];
  /** One entry per passive clause, in text order. */
  passives: FinnishPassive[];
}

export interface FinnishFeatureDetector extends FeatureDetector {
  readonly language: 'fi';
  detect(sentence: string): FinnishSentenceFeatures;
}

/** The analyser interface the detector needs (structural, so tests can stub it). */
export type AnalyzeWord = Pick<FinnishAnalyzer, 'analyze'>;

export function createFinnishDetector(analyzer: AnalyzeWord): FinnishFeatureDetector {
  const lexicon = new Lexicon(analyzer);
  return { language: 'fi', detect: (sentence) => analyse(sentence, lexicon) };
}

// ---------------------------------------------------------------------------------------
// Word summaries

type PN = W.PersonNumber;

const PN_LABELS: Readonly<Record<PN, readonly FeatureLabel[]>> = {
  '1s': ['first_sg'],
  '1p': ['first_pl'],
  '2s': ['addr_2sg', 'addr_2'],
  '2p': ['addr_2pl', 'addr_2'],
};

/** Personal pronouns' base forms. */
const PRONOUN_PN: Readonly<Record<string, PN>> = { minä: '1s', me: '1p', sinä: '2s', te: '2p' };

const NOMINAL_CLASSES = new Set([
  'nimisana',
  'laatusana',
  'nimisana_laatusana',
  'asemosana',
  'lukusana',
  'etunimi',
  'sukunimi',
  'paikannimi',
  'nimi',
  'lyhenne',
]);
const PROPER_CLASSES = new Set(['etunimi', 'sukunimi', 'paikannimi', 'nimi']);
const PARTICLE_CLASSES = new Set(['seikkasana', 'sidesana', 'huudahdussana', 'suhdesana']);
/** Pronouns that stand for a noun phrase rather than modify a noun. */
const DEICTIC = new Set([
  'se',
  'ne',
  'tämä',
  'tuo',
  'nämä',
  'nuo',
  'hän',
  'he',
  'joka',
  'mikä',
  'kuka',
  'minä',
  'sinä',
  'me',
  'te',
  'itse',
]);

function pn(person: string | undefined, number: string | undefined): PN | undefined {
  if (person === '1') return number === 'plural' ? '1p' : '1s';
  if (person === '2') return number === 'plural' ? '2p' : '2s';
  return undefined;
}

function possPN(p: string | undefined): PN | undefined {
  return p === '1s' || p === '1p' || p === '2s' || p === '2p' ? p : undefined;
}

/**
 * The other readings a verb form competes with, by kind: they decide how much context the
 * verb reading needs. Bit flags.
 */
const C_NOUN = 1; // common noun, adjective, numeral (tulet "fires", ajan "of time")
const C_PRONOUN = 2; // pronoun other than the personal one (tuon, siitä, niitä)
const C_PARTICLE = 4; // adverb, adposition, conjunction, interjection (näin, vastaan)
const C_PROPER = 8; // proper noun, when capitalised (Toivon, Anna)
const C_NONFINITE = 16; // infinitive or participle (tullen, lähettää)
const C_THIRD = 32; // a third-person verb reading (kirjasi "(s)he registered")
const C_ADJ = 64; // with C_NOUN: an adjective or numeral (uusi "new", kuusi "six")
const C_PASSIVE = 128; // a finite passive of another verb (tullaan: tulla, not "I clear customs")

/** Everything the rules ask about one word form, from its analyses. */
interface WordInfo {
  /** The analyser (or the spoken-form list) knows the word. */
  known: boolean;
  /** Personal pronoun reading (minä, me, sinä, te in any case; spoken sä, mun). */
  pron?: PN;
  /** Case of the pronoun reading (undefined for spoken forms). */
  pronCase?: string;
  /** Other readings beside the pronoun (*teille*: "to you" or "to the roads"). */
  pronOthers: number;
  /** Active finite verb reading in the first or second person (not imperative). */
  finite?: PN;
  /** Readings competing with `finite`. */
  finiteOthers: number;
  /** Every first/second person reading is in the potential mood (*nainen*, *tullen*). */
  finitePotential: boolean;
  /** A third-person finite reading (indicative, conditional, potential). */
  third: boolean;
  /** The third-person reading competes only with nouns (*lähetti* "sent", "messenger"). */
  thirdOverNoun: boolean;
  /** A finite reading of any person, passive included. */
  anyFinite: boolean;
  /** Surely a finite verb: every reading is one, and not an imperative candidate. */
  sureFinite: boolean;
  /**
   * Probably a finite verb: a finite reading whose only competitors are participles or
   * infinitives (*kiinnittyvät*, *lähettää*), or a sure one.
   */
  likelyFinite: boolean;
  /** The nominal competitors of `finite` are all in rare cases (instructive: *olin*, *tein*). */
  finiteWeakNoun: boolean;
  /** Needs an infinitive (*voi*, *saa*): finite when one follows. */
  modal: boolean;
  /** Negation verb reading and its person. */
  negation?: PN | '3';
  /** *älä*, *älkää*, *älköön*; *älkäämme* is the first person plural. */
  negImperative?: 'sg' | 'pl' | '1p' | '3';
  /** Second-person singular imperative (or the connegative that doubles as one). */
  imp2s: boolean;
  /** The singular imperative is also the present third person (*korjaa*, *saa*, *lisää*). */
  imp2sIsThird: boolean;
  /** Readings competing with the singular imperative, besides the third person. */
  impOthers: number;
  imp2p: boolean;
  imp1p: boolean;
  imp3: boolean;
  imp4: boolean;
  /** A connegative imperative (*älkää karistako*). */
  impConneg: boolean;
  /** Can be a connegative (*ota* in *en ota*). */
  connegative: boolean;
  /** Possessive suffix reading (-ni, -mme, -si, -nne). */
  possessive?: PN;
  /** A nominal reading without the suffix also exists (*tilanne*, *vuosi*). */
  possessiveLexical: boolean;
  /** A finite verb reading competes with the possessive (*tilasi*). */
  possessiveVerb: boolean;
  /** Finite passive, not a connegative (*korjataan*, *korjattiin*, *korjattaisiin*). */
  passive: boolean;
  /** Passive connegative (*ei korjata*, *ei korjattaisi*). */
  passiveConneg: boolean;
  /** Readings competing with the passive (nominal, pronoun, particle). */
  passiveOthers: number;
  /** A noun reading with the third-person possessive suffix (*päästään* "from his head"). */
  poss3Noun: boolean;
  /** Past passive participle, nominative singular (*korjattu*). */
  pastPassivePart: boolean;
  /** Every reading is an active past participle in the nominative (*halunnut*, *ehtineet*). */
  pastActivePart: boolean;
  /** Present passive participle, nominative singular (*korjattava*). */
  presPassivePart: boolean;
  /**
   * Nothing but a present passive participle in the genitive singular (*käsiteltävän*),
   * the form of the referative construction; its dictionary form (*käsiteltävä*).
   */
  presPassiveGen?: string;

  /** The verb of the participle (*lähetetty* → *lähettää*). */
  participleVerb?: string;
  /** Finite form of *olla* (*on*, *oli*, *ole*, *olisi*, *ovat*, *onko*). */
  olla: boolean;
  /** A nominal reading (noun, adjective, pronoun, numeral, name). */
  nominal: boolean;
  /** A noun or pronoun reading in the nominative (a possible subject). */
  nominative: boolean;
  /** Nominal readings as "case|number", for agreement. */
  cases: ReadonlySet<string>;
  /** Genitive reading of a noun, adjective or pronoun (a possible modifier or agent). */
  genitive: boolean;
  /** An adjective, participle or numeral reading (a possible attribute). */
  adjective: boolean;
  /** A proper-noun reading (capitalised words only). */
  proper: boolean;
  /** Only adverb, conjunction, interjection or adposition readings. */
  particle: boolean;
  /** An A-infinitive reading (*korjata*, *lähettää*). */
  infinitive: boolean;
  /** A verb reading of any kind. */
  verb: boolean;
  /** Every reading is a verb (or negation verb) form. */
  verbOnly: boolean;
  /** Relative pronoun (*joka*, *jonka*, *jotka*, ...). */
  relative: boolean;
  /** A pronoun that stands for a noun phrase (*sen*, *tätä*, *hänet*). */
  deictic: boolean;
  /** A pronoun in the accusative in -t (*sinut*, *hänet*, *heidät*): a verb's object. */
  accusative?: boolean;
  /** Dictionary forms of the verb readings. */
  verbBases: readonly string[];
  /** Has a -pa/-pä or -han/-hän clitic (*Lähettäkäähän*, *katsopa*). */
  softClitic: boolean;
  /** A spoken verb with the question clitic that may be the second person (*tulisiks*). */
  maybe2s?: boolean;
  /** A passive guessed from the ending of a word the dictionary lacks (*jeesaillaan*). */
  guessedPassive?: boolean;
  /** An abbreviated imperative (*ks.*): a pointer of any register, no address. */
  abbreviated?: boolean;
  /** A -minen noun in the nominative (*käyttäminen*): a subject, though made of a verb. */
  verbalNounSubject?: boolean;
}

const EMPTY_SET: ReadonlySet<string> = new Set();

/** Summarises a word's analyses; cached per form. */
class Lexicon {
  private readonly cache = new Map<string, WordInfo>();
  private static readonly MAX = 50_000;

  constructor(private readonly analyzer: AnalyzeWord) {}

  info(form: string): WordInfo {
    let info = this.cache.get(form);
    if (!info) {
      if (this.cache.size >= Lexicon.MAX) this.cache.clear();
      info = this.build(form);
      this.cache.set(form, info);
    }
    return info;
  }

  private build(form: string): WordInfo {
    const lower = form.toLowerCase();
    const spoken = W.SPOKEN_PERSON_FORMS[lower];
    if (spoken) return spokenInfo(lower, spoken);
    if (MISSING_ADVERBS.has(lower)) return { ...blank(true), particle: true };
    // "ks. liite", "vrt. edellinen": an abbreviated imperative, read as written out.
    const written = ABBREVIATED_VERBS[lower];
    if (written)
      return { ...summarise(written, this.analyzer.analyze(written)), abbreviated: true };
    const analyses = this.analyzer.analyze(form);
    if (analyses.length > 0) return summarise(form, analyses);
    // A spoken imperative: "Paa se siihen", "mee nyt".
    const imperative = W.SPOKEN_IMPERATIVES[lower];
    if (imperative) return summarise(imperative, this.analyzer.analyze(imperative));
    // Spoken clitic -s on an imperative: "Kokeilkaas" (kokeilkaa + s), "Kokeiles",
    // "Tules"; spoken doubling of the -pas clitic: "nouseppas" (nousepas); on a spoken
    // imperative: "paas", "meeppäs" (menepä).
    if (lower.length > 3 && lower.endsWith('s')) {
      const doubled = /(?:ppas|ppäs)$/.test(lower);
      let stem = doubled ? form.slice(0, -4) + form.slice(-3) : form.slice(0, -1);
      const clitic = /p[aä]s?$/.exec(stem)?.[0] ?? '';
      const spokenStem = W.SPOKEN_IMPERATIVES[lower.slice(0, stem.length - clitic.length)];
      if (spokenStem) stem = spokenStem + clitic;
      const base = summarise(stem, this.analyzer.analyze(stem));
      // The doubled clitic is spoken on verbs only: "Muistappas" is no "muista" of "muu"
      // ("from others") with a clitic.
      if (doubled && base.imp2s && !(base.impOthers & (C_PRONOUN | C_PARTICLE))) {
        base.impOthers = 0;
      }
      if (base.imp2p || (base.imp2s && base.impOthers === 0 && !base.imp2sIsThird)) {
        base.softClitic = true;
        return base;
      }
    }
    // A spoken pronoun with a clitic: "sunki", "mullakaan", "sähän".
    const clitic = /^(.+?)(?:kin|ki|kaan|kään|han|hän)$/.exec(lower);
    const pronoun = clitic ? W.SPOKEN_PERSON_FORMS[clitic[1] as string] : undefined;
    if (clitic && pronoun) return spokenInfo(clitic[1] as string, pronoun);
    const rebuilt = this.spokenClitic(lower) ?? this.spokenPassive(lower);
    if (rebuilt) return rebuilt;
    const info = unknownInfo(form, lower);
    // "tulisiks": "tulisit + ks" or the third person "tulisi + ks"; a subject decides.
    if (lower.endsWith('ks')) {
      const second = `${lower.slice(0, -2)}t`;
      const analyses = this.analyzer.analyze(second);
      if (analyses.length > 0 && summarise(second, analyses).finite === '2s') info.maybe2s = true;
    }
    return info;
  }

  /**
   * The spoken passive drops its final -n ("annetaa", "pantii") and the conditional's -iin
   * ("liitettäis" = liitettäisiin). Only a form that is then nothing but a finite passive.
   */
  private spokenPassive(lower: string): WordInfo | undefined {
    let written: string | undefined;
    if (/(?:aa|ää|ii)$/.test(lower)) written = `${lower}n`;
    else if (/[tdln][aä]is$/.test(lower)) written = `${lower}iin`;
    if (!written) return undefined;
    const analyses = this.analyzer.analyze(written);
    if (analyses.length === 0) return undefined;
    const info = summarise(written, analyses);
    return info.passive && info.passiveOthers === 0 && !info.finite ? info : undefined;
  }

  /**
   * Spoken forms the dictionary does not know, built from written ones by regular sound
   * changes: the question clitic -ks (-ko/-kö + s) swallows the second person's -t
   * ("tulisiks" = tulisitko, "eks" = etkö) and keeps the first person's -n ("voinks"); the
   * subject pronoun fuses to the verb ("Ootsä", "Otaksä" = otaks sä, "Eksää"), where -n assimilates
   * to the m of "mä" ("Emmä" = en mä, "saammä" = saan mä). The verb's person must be the
   * pronoun's.
   */
  private spokenClitic(lower: string): WordInfo | undefined {
    const fused = /^(.{2,}?)(sää|sä|mää|mä)$/.exec(lower);
    if (fused) {
      const rest = fused[1] as string;
      const p: PN = (fused[2] as string).startsWith('s') ? '2s' : '1s';
      // "Otaksä", "Eksää": the clitic's s and the pronoun's are written once.
      const forms = [rest.endsWith('k') ? `${rest}s` : rest];
      if (p === '1s' && rest.endsWith('m')) forms.push(`${rest.slice(0, -1)}n`);
      for (const f of forms) {
        const found = this.spokenVerb(f);
        if (found && found.p === p) return spokenVerbInfo(found.p, found.negation);
      }
      return undefined;
    }
    // The word itself is unknown: only a clitic or a spoken conditional can make it a verb.
    if (!lower.endsWith('ks') && !/[aä]si[nt]$/.test(lower)) return undefined;
    const found = this.spokenVerb(lower);
    return found ? spokenVerbInfo(found.p, found.negation) : undefined;
  }

  /** A first- or second-person verb, written or with the spoken -ks clitic. */
  private spokenVerb(f: string): { p: PN; negation: boolean } | undefined {
    const person = (spokenForm: string): { p: PN; negation: boolean } | undefined => {
      let form = spokenForm;
      let analyses = this.analyzer.analyze(form);
      // The spoken conditional drops the i of -aisi-/-äisi-: "alkasit", "ottasin".
      if (analyses.length === 0 && /[aä]si(?:n|t)$/.test(form)) {
        form = form.replace(/([aä])(si[nt])$/, '$1i$2');
        analyses = this.analyzer.analyze(form);
      }
      if (analyses.length === 0) return undefined;
      const info = summarise(form, analyses);
      if (info.third || info.particle || (info.nominal && !info.finiteWeakNoun)) return undefined;
      if (info.negation === '1s' || info.negation === '2s') {
        return { p: info.negation, negation: true };
      }
      if (info.finite === '1s' || info.finite === '2s') return { p: info.finite, negation: false };
      return undefined;
    };
    const spoken = W.SPOKEN_PERSON_FORMS[f];
    if (spoken) return /^oo/.test(f) ? { p: spoken, negation: false } : undefined;
    if (f.length < 2) return undefined;
    if (!f.endsWith('ks')) return person(f);
    const stem = f.slice(0, -2);
    if (stem.endsWith('n')) {
      const first = person(stem);
      return first?.p === '1s' ? first : undefined;
    }
    // "saaks" is "saat + ks" or the third person "saa + ks": only the unambiguous count.
    if (summarise(stem, this.analyzer.analyze(stem)).third) return undefined;
    const second = person(`${stem}t`);
    return second?.p === '2s' ? second : undefined;
  }
}

const MISSING_ADVERBS = new Set<string>(W.MISSING_ADVERBS);

/** Imperatives written as abbreviations, with the word each stands for. */
const ABBREVIATED_VERBS: Readonly<Record<string, string>> = {
  ks: 'katso',
  vrt: 'vertaa',
  // "Huom! Tarjous on voimassa …": "huomaa", calling for attention.
  huom: 'huomaa',
};

function spokenVerbInfo(p: PN, negation: boolean): WordInfo {
  const info = blank(true);
  if (negation) info.negation = p;
  else info.finite = p;
  info.anyFinite = true;
  info.sureFinite = true;
  info.likelyFinite = true;
  info.verb = true;
  info.verbOnly = true;
  return info;
}

function blank(known: boolean): WordInfo {
  return {
    known,
    pronOthers: 0,
    finiteOthers: 0,
    finitePotential: false,
    third: false,
    thirdOverNoun: false,
    anyFinite: false,
    sureFinite: false,
    likelyFinite: false,
    finiteWeakNoun: false,
    modal: false,
    imp2s: false,
    imp2sIsThird: false,
    impOthers: 0,
    imp2p: false,
    imp1p: false,
    imp3: false,
    imp4: false,
    impConneg: false,
    connegative: false,
    possessiveLexical: false,
    possessiveVerb: false,
    passive: false,
    passiveConneg: false,
    passiveOthers: 0,
    poss3Noun: false,
    pastPassivePart: false,
    pastActivePart: false,
    presPassivePart: false,

    olla: false,
    nominal: false,
    nominative: false,
    cases: EMPTY_SET,
    genitive: false,
    adjective: false,
    proper: false,
    particle: false,
    infinitive: false,
    verb: false,
    verbOnly: false,
    relative: false,
    deictic: false,
    verbBases: [],
    softClitic: false,
  };
}

function spokenInfo(lower: string, p: PN): WordInfo {
  const info = blank(true);
  if (/^oo/.test(lower)) {
    info.finite = p;
    info.anyFinite = true;
    info.sureFinite = true;
    info.likelyFinite = true;
  } else {
    info.pron = p;
    info.nominal = true;
  }
  return info;
}

/**
 * A word the dictionary does not know: a participle is guessed from its ending; with a
 * capital it is taken for a name (*Philokrates*), a possible subject.
 */
function unknownInfo(form: string, lower: string): WordInfo {
  const info = blank(false);
  if (form.charAt(0) !== lower.charAt(0)) {
    info.proper = true;
    info.nominal = true;
    info.nominative = true;
    return info;
  }
  // Loanword verbs: "bannattu", "filtteröity".
  if (/(?:tt[uy]|[aeiouyäö]t[uy])$/.test(lower) && lower.length > 5) {
    info.pastPassivePart = true;
    info.cases = new Set(['nimento|singular']);
  }
  // Loanword and colloquial verbs in the finite passive: "koulututetaan", "jeesaillaan",
  // "bannattaisiin" (the first person "klikkaan" has no t, d or -ill- before -aan).
  if (
    form === lower &&
    /^[a-zåäö]{7,}$/.test(lower) &&
    /(?:[aeiouyäö][td][aä]{2}n|ill[aä]{2}n|[aä]isiin)$/.test(lower)
  ) {
    info.passive = true;
    info.verb = true;
    info.guessedPassive = true;
  }
  return info;
}

/** The kind of competitor one analysis is, for a reading of another kind. */
function kindOf(a: Analysis, capital: boolean): number {
  const cls = a.CLASS ?? '';
  if (cls === 'teonsana') {
    if (a.PERSON === '3') return C_THIRD;
    return a.PERSON === undefined ? C_NONFINITE : 0;
  }
  if (cls === 'kieltosana') return 0;
  if (PROPER_CLASSES.has(cls)) return capital ? C_PROPER : 0;
  // Demonstrative and personal pronouns stand alone (tuota, siitä, niitä); the others
  // (muista "from others", kaikki) go with a noun like adjectives.
  if (cls === 'asemosana') return DEICTIC.has(a.BASEFORM ?? '') ? C_PRONOUN : C_NOUN | C_ADJ;
  if (PARTICLE_CLASSES.has(cls)) return C_PARTICLE;
  if (a.PARTICIPLE) return C_NONFINITE;
  if (cls === 'laatusana' || cls === 'nimisana_laatusana' || cls === 'lukusana') {
    return C_NOUN | C_ADJ;
  }
  if (NOMINAL_CLASSES.has(cls)) return C_NOUN;
  return C_PARTICLE;
}

function summarise(form: string, analyses: readonly Analysis[]): WordInfo {
  const lower = form.toLowerCase();
  const capital = form.charAt(0) !== lower.charAt(0);
  const info = blank(analyses.length > 0);
  info.softClitic = /(?:pa|pä|han|hän)$/.test(lower);
  info.particle = analyses.length > 0;
  const cases = new Set<string>();
  const bases = new Set<string>();
  let plainNominal = false;
  let allFinite = analyses.length > 0;
  let nonImperativeFinite = false;
  let potentialOnly = true;
  // Which analyses carry which reading, to tell the competitors of each reading.
  const kinds: number[] = analyses.map((a) => kindOf(a, capital));
  const role: string[] = [];
  for (const a of analyses) {
    const cls = a.CLASS ?? '';
    const person = a.PERSON;
    const finiteForm = (cls === 'teonsana' && person !== undefined) || cls === 'kieltosana';
    if (!finiteForm) allFinite = false;
    if (!PARTICLE_CLASSES.has(cls)) info.particle = false;
    let r = '';
    if (PROPER_CLASSES.has(cls) && !capital) {
      // Proper nouns count only when written with a capital ("lahjaksi" is not "Lahja").
      role.push(r);
      continue;
    }
    if (PROPER_CLASSES.has(cls)) info.proper = true;
    const base = a.BASEFORM ?? '';
    const pron = cls === 'asemosana' ? PRONOUN_PN[base] : undefined;
    if (pron) {
      info.pron = pron;
      info.pronCase = a.SIJAMUOTO;
      r = 'pron';
    }
    if (cls === 'asemosana' && DEICTIC.has(base)) info.deictic = true;
    if (cls === 'asemosana' && a.SIJAMUOTO === 'kohdanto') info.accusative = true;
    if (cls === 'asemosana' && (base === 'joka' || (base === 'mikä' && !pron))) {
      info.relative = true;
    }
    if (cls === 'kieltosana') {
      if (a.MOOD === 'imperative') {
        info.negImperative =
          person === '3' ? '3' : person === '1' ? '1p' : a.NUMBER === 'plural' ? 'pl' : 'sg';
      } else {
        info.negation = pn(person, a.NUMBER) ?? '3';
        nonImperativeFinite = true;
      }
      role.push('neg');
      continue;
    }
    if (cls === 'teonsana') {
      info.verb = true;
      bases.add(base);
      const mood = a.MOOD;
      const neg = a.NEGATIVE;
      if (a.REQUIRE_FOLLOWING_VERB) info.modal = true;
      if (neg === 'true' || neg === 'both') info.connegative = true;
      if (mood === 'A-infinitive') info.infinitive = true;
      // The -minen noun ("yhdistämisten hyödyt") inflects like a noun.
      if (mood === 'MINEN-infinitive' && a.SIJAMUOTO) {
        cases.add(`${a.SIJAMUOTO}|${a.NUMBER ?? ''}`);
        if (a.SIJAMUOTO === 'omanto') info.genitive = true;
        if (a.SIJAMUOTO === 'nimento') info.verbalNounSubject = true;
      }
      if (finiteForm) {
        info.anyFinite = true;
        if (base === 'olla' && person !== '4') info.olla = true;
        if (mood !== 'imperative' && neg !== 'true') nonImperativeFinite = true;
      }
      if (mood === 'imperative') {
        if (neg === 'true' && person !== '4') info.impConneg = true;
        else if (person === '2') {
          if (a.NUMBER === 'plural') info.imp2p = true;
          else {
            info.imp2s = true;
            r = 'imp';
          }
        } else if (person === '1') info.imp1p = true;
        else if (person === '3') info.imp3 = true;
        else if (person === '4' && neg !== 'true') {
          info.imp4 = true;
          r = 'pass';
        }
        if (person === '4' && neg === 'true') {
          info.passiveConneg = true;
          r = 'pass';
        }
      } else if (person === '4') {
        if (neg === 'true') info.passiveConneg = true;
        else info.passive = true;
        r = 'pass';
      } else if (person === '3') {
        info.third = true;
        // The present third person that doubles as the connegative is also the singular
        // imperative (korjaa, avaa, lisää, saa): the analyser lists only the indicative.
        if (neg === 'both' && a.TENSE === 'present_simple' && mood === 'indicative') {
          info.imp2s = true;
          info.imp2sIsThird = true;
          r = 'imp';
        }
      } else {
        const p = pn(person, a.NUMBER);
        if (p) {
          info.finite = p;
          if (mood !== 'potential') potentialOnly = false;
          r = 'fin';
        } else {
          const poss = possPN(a.POSSESSIVE);
          if (poss) {
            info.possessive = poss; // halutessasi, tehdäkseni
            r = 'poss';
          }
          if (a.PARTICIPLE === 'past_passive' || a.PARTICIPLE === 'present_passive') {
            participle(info, a);
          }
        }
      }
      role.push(r);
      continue;
    }
    if (!NOMINAL_CLASSES.has(cls)) {
      const poss = possPN(a.POSSESSIVE);
      if (poss) {
        info.possessive = poss; // kanssamme, puolestasi
        r = 'poss';
      }
      role.push(r);
      continue;
    }
    info.nominal = true;
    if (a.POSSESSIVE === '3') info.poss3Noun = true;
    const c = a.SIJAMUOTO;
    if (c) cases.add(`${c}|${a.NUMBER ?? ''}`);
    if (c === 'nimento' && cls !== 'laatusana' && !a.PARTICIPLE) info.nominative = true;
    if (c === 'omanto') info.genitive = true;
    if (cls === 'laatusana' || cls === 'nimisana_laatusana' || cls === 'lukusana') {
      info.adjective = true;
    }
    const poss = possPN(a.POSSESSIVE);
    if (poss) {
      info.possessive = poss;
      r = 'poss';
    } else if (!pron) plainNominal = true;
    if (a.PARTICIPLE === 'past_passive' || a.PARTICIPLE === 'present_passive') participle(info, a);
    role.push(r);
  }
  const others = (reading: string): number => {
    let m = 0;
    for (let k = 0; k < analyses.length; k++) if (role[k] !== reading) m |= kinds[k] as number;
    return m;
  };
  if (info.pron) info.pronOthers = others('pron');
  if (info.finite) {
    info.finiteOthers = others('fin') | (info.passive ? C_PASSIVE : 0);
    info.finitePotential = potentialOnly;
    // Nominal competitors only in the instructive, a case seldom used: "olin", "tein".
    let weak = true;
    for (let k = 0; k < analyses.length; k++) {
      const a = analyses[k] as Analysis;
      if (role[k] === 'fin' || !((kinds[k] as number) & C_NOUN)) continue;
      if (a.SIJAMUOTO !== 'keinonto') weak = false;
    }
    info.finiteWeakNoun = weak && (info.finiteOthers & ~(C_NOUN | C_ADJ)) === 0;
  }
  if (info.imp2s) info.impOthers = others('imp') & ~C_THIRD;
  if (info.third) {
    let m = 0;
    for (let k = 0; k < analyses.length; k++) {
      const a = analyses[k] as Analysis;
      if (a.CLASS === 'teonsana' && a.PERSON === '3') continue;
      m |= kinds[k] as number;
    }
    info.thirdOverNoun = (m & ~(C_NOUN | C_NONFINITE | C_THIRD)) === 0 && !info.pron;
  }
  if (info.passive || info.passiveConneg || info.imp4) info.passiveOthers = others('pass');
  info.pastActivePart =
    analyses.length > 0 &&
    analyses.every((a) => a.PARTICIPLE === 'past_active' && a.SIJAMUOTO === 'nimento');
  const gen = analyses.find((a) => a.PARTICIPLE === 'present_passive' && a.SIJAMUOTO === 'omanto');
  if (
    gen &&
    gen.NUMBER === 'singular' &&
    !gen.POSSESSIVE &&
    (!gen.COMPARISON || gen.COMPARISON === 'positive') &&
    analyses.every((a) => a.PARTICIPLE === 'present_passive')
  ) {
    info.presPassiveGen = gen.BASEFORM ?? lower;
    const verb = participleVerb(gen.WORDBASES);
    if (verb) info.participleVerb = verb;
  }
  if (info.possessive) {
    info.possessiveLexical = plainNominal;
    info.possessiveVerb = info.anyFinite;
  }
  info.sureFinite = allFinite && nonImperativeFinite && !info.imp2s;
  info.verbOnly =
    analyses.length > 0 &&
    analyses.every((a) => a.CLASS === 'teonsana' || a.CLASS === 'kieltosana');
  let competitors = 0;
  for (let k = 0; k < analyses.length; k++) {
    const a = analyses[k] as Analysis;
    if (a.CLASS === 'teonsana' && a.PERSON !== undefined) continue;
    competitors |= kinds[k] as number;
  }
  info.likelyFinite =
    info.sureFinite || (nonImperativeFinite && !info.imp2s && (competitors & ~C_NONFINITE) === 0);
  info.cases = cases;
  info.verbBases = [...bases];
  return info;
}

function participle(info: WordInfo, a: Analysis): void {
  if (a.SIJAMUOTO !== 'nimento' || a.POSSESSIVE || a.NUMBER === 'plural') return;
  // "odotetuin" (most awaited) is an adjective.
  if (a.COMPARISON && a.COMPARISON !== 'positive') return;
  if (a.PARTICIPLE === 'past_passive') info.pastPassivePart = true;
  else info.presPassivePart = true;
  const verb = participleVerb(a.WORDBASES);
  if (verb) info.participleVerb = verb;
}

/** The verb of a participle from its word bases: "+lähete(lähettää)+t+ty(+ty)" → lähettää. */
function participleVerb(bases: string | undefined): string | undefined {
  if (!bases) return undefined;
  const m = /\(([^()+]+)\)[^()]*$/.exec(bases.replace(/\(\+[^()]*\)/g, ''));
  return m ? (m[1] as string).replace(/=/g, '') : undefined;
}

// ---------------------------------------------------------------------------------------
// Sentence model

/** A token with its word summary (words only). */
interface Item {
  tok: Token;
  info?: WordInfo;
  /** Written with a capital letter. */
  cap: boolean;
  /** Index of the clause this token belongs to. */
  clause: number;
  /**
   * Index of the stretch between punctuation and subordinating words: the clause with any
   * coordinated clauses ("Mene hakuun ja tee haku").
   */
  group: number;
}

type Opener = 'start' | 'comma' | 'coord' | 'sub' | 'rel' | 'colon' | 'paren' | 'dash';

interface Clause {
  from: number;
  /** Exclusive. */
  to: number;
  opener: Opener;
  /** The conjunction that opens it, lowercase. */
  conj?: string;
  /** Begins a sentence (the text's start or after a full stop). */
  sentenceStart: boolean;
}

interface Sentence {
  items: Item[];
  clauses: Clause[];
  found: Findings;
  /** Ends in a question mark. */
  question: boolean;
  /** Spoken register: spoken pronouns or particles ("mä", "ni", "sit"). */
  spoken: boolean;
}

const SUBORDINATORS = new Set<string>(W.SUBORDINATORS);
const COORDINATORS = new Set<string>(W.COORDINATORS);
const PREFIX = new Set<string>(W.IMPERATIVE_PREFIX);
const ZERO_PERSON = new Set<string>(W.ZERO_PERSON_VERBS);
const IMPERSONAL = new Set<string>(W.IMPERSONAL_PREDICATES);
const THIRD_NEGATION = new Set<string>(W.THIRD_PERSON_NEGATION);
const POLITENESS = new Set<string>(W.POLITENESS_MARKERS);
const COURTESY = new Set<string>(W.COURTESY_IMPERATIVES);
const AGENT_WORDS = new Set<string>(W.AGENT_WORDS);
const ESSIVE_HEADS = new Set<string>(W.ESSIVE_DEMONSTRATIVE_HEADS);
const SPOKEN_WE = new Set<string>(W.SPOKEN_WE);
const SPOKEN_MARKERS = new Set<string>(W.SPOKEN_MARKERS);
const ADJECTIVAL = new Set<string>(W.ADJECTIVAL_PARTICIPLES);
const STATE_PARTICIPLES = new Set<string>(W.STATE_PARTICIPLES);
const DEGREE_ADVERBS = new Set<string>(W.DEGREE_ADVERBS);
/**
 * Degrees that make a past passive participle an adjective: "on erittäin hillitty", "on hyvin
 * suunniteltu"; not the bounds and "quite" that an act may have ("vähintään", "ihan").
 */
const PAST_DEGREE = new Set<string>([
  ...W.DEGREE_ADVERBS.filter(
    (w) => !['ihan', 'aivan', 'enintään', 'vähintään', 'korkeintaan', 'jokseenkin'].includes(w),
  ),
  'hyvin',
]);
/** First- and second-person forms of "olla". */
const PERSONAL_OLLA = new Set([
  'olen',
  'olet',
  'olemme',
  'olette',
  'olin',
  'olit',
  'olimme',
  'olitte',
  'olisin',
  'olisit',
  'olisimme',
  'olisitte',
]);
const HABITUAL_TIMES = new Set<string>(W.HABITUAL_TIMES);
const ACT_TIMES = new Set<string>(W.ACT_TIMES);
/** The present and past of "olla" in the third person: *on*, *ovat*, *oli*, *olivat*. */
const STATE_AUXILIARIES = new Set(['on', 'ovat', 'oli', 'olivat', 'ole']);

const CLAUSE_PUNCT: Readonly<Record<string, Opener>> = {
  ',': 'comma',
  ';': 'colon',
  ':': 'colon',
  '(': 'paren',
  ')': 'paren',
  '[': 'paren',
  ']': 'paren',
  '"': 'paren',
  '“': 'paren',
  '”': 'paren',
  '«': 'paren',
  '»': 'paren',
  '–': 'dash',
  '—': 'dash',
  '-': 'dash',
  '--': 'dash',
  '/': 'dash',
};

function isStop(t: Token): boolean {
  return t.kind === 'punct' && /^[.!?…]+$/.test(t.text);
}

function analyse(text: string, lex: Lexicon): FinnishSentenceFeatures {
  const tokens = tokenize(text);
  let spoken = false;
  const items: Item[] = tokens.map((tok) => {
    const info = tok.kind === 'word' ? lex.info(tok.text) : undefined;
    if (info && (SPOKEN_MARKERS.has(tok.lower) || W.SPOKEN_PERSON_FORMS[tok.lower])) spoken = true;
    const c = tok.text.charAt(0);
    return { tok, info, cap: c !== c.toLowerCase(), clause: 0, group: 0 };
  });
  const s: Sentence = {
    items,
    clauses: segment(items),
    found: new Findings(),
    question: /\?[\s"”)]*$/.test(text),
    spoken,
  };
  markPersons(s);
  markPassives(s);
  markImperatives(s);
  return s.found.result();
}

/** Splits the sentence into clauses at punctuation and conjunctions. */
function segment(items: Item[]): Clause[] {
  const clauses: Clause[] = [];
  let current: Clause = { from: 0, to: 0, opener: 'start', sentenceStart: true };
  const open = (from: number, opener: Opener, sentenceStart: boolean, conj?: string) => {
    current.to = from;
    if (current.to > current.from) clauses.push(current);
    current = { from, to: from, opener, sentenceStart, ...(conj ? { conj } : {}) };
  };
  for (let i = 0; i < items.length; i++) {
    const { tok, info } = items[i] as Item;
    if (tok.kind === 'punct') {
      if (isStop(tok)) {
        // "Do You Know? debytoi ...", "ks. liite": a lowercase word goes on the sentence.
        const next = items[i + 1]?.tok;
        const prev = items[i - 1]?.tok;
        const lower =
          next?.kind === 'word' && next.text.charAt(0) !== next.text.charAt(0).toUpperCase();
        // ("huom! nimi ei …": an exclamation mark closes a clause all the same.)
        if (lower && prev?.kind !== 'number') {
          if (tok.text === '!') open(i + 1, 'comma', false);
          continue;
        }
        // An ordinal mid-sentence ("lokakuun 24. päivää"): a number after a word is no list
        // number.
        if (lower && items[i - 2]?.tok.kind === 'word') continue;
        open(i + 1, 'start', true);
      } else {
        const opener = CLAUSE_PUNCT[tok.text];
        // A hyphen written against the next word is no dash: "Home -tuotteita".
        const next = items[i + 1]?.tok;
        const attached = tok.text === '-' && next?.kind === 'word' && next.start === tok.end;
        if (opener && !attached) open(i + 1, opener, current.from === i && current.sentenceStart);
      }
      continue;
    }
    if (tok.kind !== 'word') continue;
    const w = tok.lower;
    // A conjunction opens a clause; right after punctuation it joins the clause opened there.
    const fresh = current.from === i;
    // "Ennen kuin aloitat, …": the two words subordinate as one.
    const beforeThat = w === 'ennen' && items[i + 1]?.tok.lower === 'kuin';
    if (SUBORDINATORS.has(w) || beforeThat || info?.relative) {
      const opener: Opener = SUBORDINATORS.has(w) || beforeThat ? 'sub' : 'rel';
      if (fresh) {
        current.opener = opener;
        current.conj = w;
      } else open(i, opener, false, w);
    } else if (COORDINATORS.has(w) && i > 0) {
      // "ettei niin ole", "jos sitten tulet": right after the subordinator that opened the
      // clause "niin" and "sitten" are adverbs ("so", "then") of that clause.
      if (current.opener === 'sub' && current.from === i - 1 && w !== 'ja') continue;
      // Inside a clause "sitten" is the adverb "then" or the postposition "ago": "voit
      // sitten palauttaa", "ei sitten tartuttaisikaan", "vuosia sitten kirjoittamani".
      if (w === 'sitten' && !fresh && !COORDINATORS.has(items[i - 1]?.tok.lower ?? '')) continue;
      if (fresh) {
        if (!current.sentenceStart) current.opener = 'coord';
        current.conj = w;
      } else open(i, 'coord', false, w);
    }
  }
  current.to = items.length;
  if (current.to > current.from || clauses.length === 0) clauses.push(current);
  let group = -1;
  for (let c = 0; c < clauses.length; c++) {
    const cl = clauses[c] as Clause;
    if (cl.opener !== 'coord' || c === 0) group++;
    for (let i = cl.from; i < cl.to; i++) {
      const it = items[i] as Item;
      it.clause = c;
      it.group = group;
    }
  }
  return clauses;
}

/**
 * "Kuluta enemmän kuin syöt": "kuin" before a finite verb (within three words) opens a
 * comparative clause, whose verb is not the clause's own; before a noun phrase ("isompi kuin
 * ennen") it opens nothing.
 */
function comparativeClause(items: readonly Item[], i: number): boolean {
  if (items[i]?.tok.lower !== 'kuin' || items[i - 1]?.tok.lower === 'ennen') return false;
  for (let k = i + 1; k <= i + 3; k++) {
    const it = items[k];
    if (it?.tok.kind !== 'word') return false;
    if (it.info?.anyFinite && !it.info.nominal) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------
// Results

class Findings {
  readonly evidence: FeatureSpan[] = [];
  readonly imperatives: FinnishImperative[] = [];
  readonly passives: FinnishPassive[] = [];
  private readonly seen = new Set<string>();

  add(label: FeatureLabel, t: { start: number; end: number }): void {
    const key = `${label}:${t.start}:${t.end}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.evidence.push({ label, start: t.start, end: t.end });
  }

  person(p: PN, t: { start: number; end: number }): void {
    for (const label of PN_LABELS[p]) this.add(label, t);
  }

  result(): FinnishSentenceFeatures {
    const labels = {} as Record<FeatureLabel, boolean>;
    for (const label of FEATURE_LABELS) labels[label] = false;
    for (const e of this.evidence) labels[e.label] = true;
    this.evidence.sort((a, b) => a.start - b.start || a.end - b.end);
    this.imperatives.sort((a, b) => a.start - b.start);
    this.passives.sort((a, b) => a.start - b.start);
    return {
      labels,
      evidence: this.evidence,
      imperatives: this.imperatives,
      passives: this.passives,
    };
  }
}

// ---------------------------------------------------------------------------------------
// Helpers over the sentence

/** The next word, if it is in the same clause. */
function nextWord(s: Sentence, i: number): Item | undefined {
  const it = s.items[i + 1];
  if (!it?.info || it.clause !== s.items[i]?.clause) return undefined;
  return it;
}

/** The previous word, if it is in the same clause. */
function prevWord(s: Sentence, i: number): Item | undefined {
  const it = s.items[i - 1];
  if (!it?.info || it.clause !== s.items[i]?.clause) return undefined;
  return it;
}

/** Two words agree in case and number (an attribute and its head). */
function agree(a: WordInfo, b: WordInfo): boolean {
  for (const c of a.cases) if (b.cases.has(c)) return true;
  return false;
}

/** The word at `k` is surely a finite verb (a modal only with its infinitive after it). */
function finiteAt(s: Sentence, k: number): boolean {
  const info = s.items[k]?.info;
  if (!info) return false;
  if (info.sureFinite) return true;
  if (info.modal && (info.third || info.finite) && !info.pron) {
    const next = s.items[k + 1]?.info;
    return !!next?.infinitive;
  }
  return false;
}

/** Another word of the clause is surely (or, with `likely`, probably) a finite verb. */
function otherFinite(s: Sentence, i: number, likely = false): boolean {
  const cl = s.clauses[(s.items[i] as Item).clause] as Clause;
  for (let k = cl.from; k < cl.to; k++) {
    if (k === i) continue;
    if (k > i && comparativeClause(s.items, k)) break;
    if (finiteAt(s, k)) return true;
    const info = s.items[k]?.info;
    if (likely && (info?.likelyFinite || info?.thirdOverNoun)) return true;
  }
  return false;
}

/** A nominative subject pronoun of person `p` in the clause of word `i`. */
function subjectPronoun(s: Sentence, i: number, p: PN): boolean {
  const cl = s.clauses[(s.items[i] as Item).clause] as Clause;
  for (let k = cl.from; k < cl.to; k++) {
    const info = s.items[k]?.info;
    if (info?.pron === p && (info.pronCase === 'nimento' || info.pronCase === undefined)) {
      return true;
    }
  }
  return false;
}

/** A nominative noun or demonstrative anywhere in the clause of word `i` but itself. */
function nominativeInClause(s: Sentence, i: number): boolean {
  const cl = s.clauses[(s.items[i] as Item).clause] as Clause;
  for (let k = cl.from; k < cl.to; k++) {
    if (k === i) continue;
    const info = s.items[k]?.info;
    const w = (s.items[k] as Item).tok.lower;
    if (info?.nominative && !info.verb && !info.pron && !PREFIX.has(w) && w !== 'itse') return true;
    // "Tuhkan käyttäminen ei hävitä sammalta": a -minen noun is a subject too.
    if (info?.verbalNounSubject) return true;
  }
  return false;
}

/** Whether one of the word's readings is in case `c` (Voikko's name: "osanto", "omanto"). */
function inCase(info: WordInfo, c: string): boolean {
  for (const k of info.cases) if (k.startsWith(`${c}|`)) return true;
  return false;
}

/**
 * "Kirjaa ei näytä löytyvän", "Ei näytä hyvältä": a verb of seeming takes a present
 * participle in -vAn or an ablative adjective, so the form before one is the active
 * connegative (näyttää → näytä), not the passive of another verb (näkyä → ei näytä).
 */
function seemComplement(s: Sentence, i: number): boolean {
  const next = s.items[i + 1];
  const info = next?.info;
  if (!next || !info?.adjective) return false;
  return inCase(info, 'ulkoeronto') || (inCase(info, 'omanto') && /v[aä]n$/.test(next.tok.lower));
}

/** A nominative noun or pronoun before word `i` in its clause (a subject). */
function nominativeBefore(s: Sentence, i: number): boolean {
  const cl = s.clauses[(s.items[i] as Item).clause] as Clause;
  for (let k = cl.from; k < i; k++) {
    const info = s.items[k]?.info;
    const w = (s.items[k] as Item).tok.lower;
    if (info?.nominative && !info.verb && !info.pron && !PREFIX.has(w) && w !== 'itse') return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------
// Person: pronouns, verbs, negation verbs, possessive suffixes

function markPersons(s: Sentence): void {
  const { items, found } = s;
  for (let i = 0; i < items.length; i++) {
    const it = items[i] as Item;
    const info = it.info;
    if (!info) continue;
    const t = it.tok;
    if (info.pron && pronounReading(s, i)) found.person(info.pron, t);
    if (info.negation && info.negation !== '3' && negationReading(s, i)) {
      found.person(info.negation, t);
    }
    if (info.negImperative === 'sg') found.person('2s', t);
    if (info.negImperative === 'pl') found.person('2p', t);
    if (info.negImperative === '1p') found.person('1p', t);
    if (info.finite && finiteReading(s, i)) found.person(info.finite, t);
    if (info.possessive && possessiveReading(s, i)) found.person(info.possessive, t);
    if (t.lower === 'sää' && spokenSubjectAfterQuestion(s, i)) found.person('2s', t);
  }
}

/**
 * Spoken "sää" ("you", also "weather") as the subject right after a verb with the question
 * clitic that can be the second person: "tulisiks sää", "ootko sää" (not "onko sää").
 */
function spokenSubjectAfterQuestion(s: Sentence, i: number): boolean {
  const prev = prevWord(s, i);
  if (!prev?.info || !/(?:ks|k[oö])$/.test(prev.tok.lower)) return false;
  const p = prev.info;
  return p.finite === '2s' || p.negation === '2s' || p.maybe2s === true;
}

function pronounReading(s: Sentence, i: number): boolean {
  const it = s.items[i] as Item;
  const info = it.info as WordInfo;
  if (!info.pronOthers) return true;
  if (info.pron === '2s' || info.pron === '1s') {
    // "sinä päivänä": the essive of "se" before a time noun ("minä" of "mikä" likewise).
    const next = nextWord(s, i);
    return !(next && ESSIVE_HEADS.has(next.tok.lower));
  }
  // te forms beside tie/tee plurals: "Teille" mid-sentence is formal address; after an
  // attribute in the same case ("pienillä teillä", "Suomen teillä") the noun.
  if (it.cap) return true;
  const prev = prevWord(s, i);
  if (prev?.info && !prev.info.pron && !prev.info.verb && !prev.info.particle) {
    if (agree(prev.info, info) || prev.info.genitive) return false;
  }
  return true;
}

function negationReading(s: Sentence, i: number): boolean {
  const it = s.items[i] as Item;
  // "et" is also spoken "että" ("sitte mä et joo et me ..."): in the spoken register the
  // negation verb needs "sä" nearby; elsewhere a connegative (or "ole") after it, or the
  // end of the sentence ("Et.").
  if (it.tok.lower !== 'et') return true;
  if (s.spoken) return subjectPronoun(s, i, '2s') || spokenConnegativeAfter(s, i);
  for (let k = i + 1; k < s.items.length && k <= i + 4; k++) {
    const n = s.items[k] as Item;
    if (!n.info) return isStop(n.tok) && k === i + 1;
    if (n.info.connegative || n.info.pron === '2s') return true;
    if (n.info.sureFinite) return false;
  }
  return false;
}

/**
 * Spoken "et" right before a connegative of a verb that is no third person ("et ala
 * roikkua", "et tiedä"): the negation verb; "että" would need a subject or a verb of its own
 * next ("et se on", "et saa": "that one gets"). A form that is also a noun ("ala" "field")
 * needs its infinitive after it.
 */
function spokenConnegativeAfter(s: Sentence, i: number): boolean {
  const next = nextWord(s, i)?.info;
  if (!next?.connegative || next.third || next.imp2sIsThird || next.pron) return false;
  return next.verbOnly || (!!s.items[i + 2]?.info?.infinitive && !next.infinitive);
}

/**
 * A first- or second-person verb reading beside other readings: *tuon* ("that", "I
 * bring"), *näin* ("thus", "I saw"), *tulet* ("fires", "you come"), *ajan* ("of time",
 * "I drive"). The other reading is usually the right one; the verb needs its subject
 * pronoun, or a clause with no other verb and no sign of a noun phrase.
 */
function finiteReading(s: Sentence, i: number): boolean {
  const it = s.items[i] as Item;
  const info = it.info as WordInfo;
  const p = info.finite as PN;
  const others = info.finiteOthers;
  if (!others) return true;
  if (subjectPronoun(s, i, p)) return true;
  const next = nextWord(s, i);
  // "Voin lähettää": a modal with its infinitive, adverbs between ("Voit myös soittaa").
  if (info.modal && modalInfinitive(s, i)) return true;
  if (info.finitePotential) return false;
  // An accusative pronoun needs a verb to be its object: "Näin sinut" ("I saw you", not
  // "thus you") when the clause has no other.
  if (others & C_PARTICLE && accusativeObject(s, i)) return true;
  if (others & (C_PARTICLE | C_PRONOUN | C_NONFINITE | C_PASSIVE)) return false;
  if (others & C_PROPER && !firstWordOfSentence(s, i)) return false;
  const prev = prevWord(s, i);
  if (others & C_NOUN) {
    // An attribute before it: "pitkän ajan", "rattoisat bileet", "raskain mielin".
    if (prev?.info && !prev.info.sureFinite && !prev.info.pron && !prev.info.particle) {
      if (prev.info.genitive || (prev.info.adjective && agree(prev.info, info))) return false;
    }
    // The object of an infinitive before it ("korvata kulut"), a noun before a quantity
    // ("loput 200 kappaletta").
    if (prev?.info?.infinitive && !prev.info.nominal) return false;
    if (s.items[i + 1]?.tok.kind === 'number') return false;
    // Coordinated with a noun in the same case: "iät ja ajat".
    const before = s.items[i - 2]?.info;
    if (prev && COORDINATORS.has(prev.tok.lower) && before?.nominal && agree(before, info)) {
      return false;
    }
    // ... or with one after it: "mustaan ja kiveen".
    const conj = s.items[i + 1]?.tok.lower ?? '';
    const after = s.items[i + 2]?.info;
    if (COORDINATORS.has(conj) && after?.nominal && !after.verb && agree(after, info)) return false;
  }
  if (info.finiteWeakNoun) return true;
  if (otherFinite(s, i, true)) return false;
  // A plural imperative is the clause's verb too: "Menkää takaisin ylös".
  const cl = s.clauses[it.clause] as Clause;
  for (let k = cl.from; k < cl.to; k++) {
    const other = s.items[k]?.info;
    if (k !== i && other?.imp2p && !other.nominal && !other.infinitive) return false;
  }
  if (nominativeBefore(s, i)) return false;
  if (others & C_NOUN) {
    // A genitive before its head or postposition: "kutsun mukaan", "tuon värin".
    if (info.genitive && next?.info && !next.info.pron && !next.info.verb) {
      if ((next.info.nominal && !isAdverbial(next.info)) || next.info.particle) return false;
    }
  }
  return true;
}

/**
 * An infinitive after the modal at `i`, past adverbs and an emphatic "itse": "voit myös
 * tarvittaessa soittaa", "voit itse valita"; past an adverbial or the infinitive's object,
 * a noun in a case no subject has: "voisin käytännössä todistaa", "voisin asian todistaa".
 */
function modalInfinitive(s: Sentence, i: number): boolean {
  for (let k = i + 1; k <= i + 4; k++) {
    const next = nextWord(s, k - 1);
    if (!next?.info) return false;
    const info = next.info;
    if (info.infinitive) return true;
    if (info.particle || next.tok.lower === 'itse') continue;
    const dependent =
      info.nominal &&
      !info.verb &&
      (info.pron
        ? info.pronCase !== undefined && info.pronCase !== 'nimento'
        : !inCase(info, 'nimento'));
    if (!dependent) return false;
  }
  return false;
}

/** An accusative pronoun in the clause of word `i`, and no other verb to govern it. */
function accusativeObject(s: Sentence, i: number): boolean {
  const cl = s.clauses[(s.items[i] as Item).clause] as Clause;
  let object = false;
  for (let k = cl.from; k < cl.to; k++) {
    const info = s.items[k]?.info;
    if (k === i || !info) continue;
    if (info.accusative) object = true;
    else if (info.verb || info.anyFinite || info.negation) return false;
  }
  return object;
}

/** A nominal that is usually an adverbial (translative, illative of an adjective). */
function isAdverbial(info: WordInfo): boolean {
  for (const c of info.cases)
    if (!c.startsWith('tulento') && !c.startsWith('sisatulento')) return false;
  return true;
}

function firstWordOfSentence(s: Sentence, i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    const it = s.items[k] as Item;
    if (it.tok.kind === 'word') return false;
    if (isStop(it.tok)) return true;
  }
  return true;
}

/**
 * A possessive suffix beside other readings. A noun without the suffix (*tilanne*,
 * *vuosi*) wins. Against a third-person past (*tilasi* "your space" or "(s)he ordered",
 * *pyysi*, *lupasi*) the verb wins unless the clause has another verb, or an attribute or
 * "sinun" stands before the word.
 */
function possessiveReading(s: Sentence, i: number): boolean {
  const info = (s.items[i] as Item).info as WordInfo;
  if (info.possessiveLexical) return false;
  if (!info.possessiveVerb) return true;
  const prev = prevWord(s, i);
  if (prev?.info?.pron === info.possessive) return true;
  const cl = s.clauses[(s.items[i] as Item).clause] as Clause;
  // A verb with its infinitive, past adverbs: "voisi myös odottaa", "lupasi purkaa".
  for (let k = i + 1; k < cl.to && k <= i + 3; k++) {
    const other = s.items[k]?.info;
    if (!other) continue;
    if (other.infinitive && (info.modal || !other.nominal || k === i + 1)) return false;
    if (!other.particle) break;
  }
  // "eikö siitä voisi": the connegative after a negation verb.
  for (let k = cl.from; k < i; k++) {
    const other = s.items[k]?.info;
    if (other && (other.negation || other.negImperative)) return false;
  }
  if (prev?.info?.adjective && !prev.info.verb && agree(prev.info, info)) return true;
  for (let k = cl.from; k < cl.to; k++) {
    const other = s.items[k]?.info;
    if (k !== i && other && (other.likelyFinite || other.negation) && !other.pron) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------
// Passive

function markPassives(s: Sentence): void {
  const { items } = s;
  for (let i = 0; i < items.length; i++) {
    const info = (items[i] as Item).info;
    if (!info) continue;
    // A guessed passive is the clause's verb only when it has no other ("Hakemus
    // lähetetään viimesitään maanantaina": a misspelt adverb).
    if (info.guessedPassive && otherFinite(s, i, true)) continue;
    if ((info.passive || info.imp4) && finitePassive(s, i)) {
      addPassive(s, i, i, info);
      continue;
    }
    if (info.passiveConneg && !(info.passiveOthers & (C_NOUN | C_PRONOUN | C_PARTICLE))) {
      const neg = negationBefore(s, i);
      // "Esitys ei muuta järjestelmää": a form that is also the active connegative (muuttaa
      // → muuta), with a nominative subject, is that; a negative passive has none (its
      // object is in the partitive).
      // The subject may also stand after the negation verb ("Ei asiakkaat muuta mieltään",
      // "ei näytä tämä päiväkään").
      const active =
        info.imp2s && neg !== undefined && (nominativeInClause(s, i) || seemComplement(s, i));
      // Spoken "me ei saada" is first person plural.
      const personal = neg !== undefined && !active && personalPassive(s, i);
      if (neg !== undefined && !active && !personal && !coordinatedInfinitive(s, neg, i)) {
        addPassive(s, neg, i, info);
        continue;
      }
    }
    if (info.pastPassivePart || info.presPassivePart) {
      const w = (items[i] as Item).tok.lower;
      // Adjectives made from participles: "epäluotettava", "imettäväinen".
      if (w.startsWith('epä') || w.endsWith('inen')) continue;
      // "Kiukaan kohdalla on oltava kaiteet": the necessive of "olla" says what must exist;
      // no act has an agent left out.
      if (info.presPassivePart && w.startsWith('oltav')) continue;
      const aux = passiveAuxiliary(s, i, info.pastPassivePart);
      // A participle that has become an adjective ("Hän on arvostettu", "Ero on huomattava",
      // "Sinulla on rajoitettu pääsy") is still the passive without a subject or a head:
      // "Psalmeja on arvostettu runoina", "Sitä on sanottu …", "On huomattava, että …".
      if (ADJECTIVAL.has(w)) {
        const next = nextWord(s, i)?.info;
        const head = next?.nominal && agree(info, next);
        if (aux === undefined || head || nominativeBefore(s, aux)) continue;
      }
      if (aux !== undefined) {
        // "on ihan siedettävä", "on hyvin hillitty": a graded participle is an adjective
        // (of the past one, only a degree that no act has: not "vähintään", "ihan").
        const degree = s.items[i - 1]?.tok.lower ?? '';
        const graded =
          (info.presPassivePart && DEGREE_ADVERBS.has(degree)) ||
          (info.pastPassivePart && PAST_DEGREE.has(degree));
        if (graded) continue;
        // "Edessä on vaikea tehtävä", "oli uusi tehtävä": an adjective or numeral agreeing
        // with the participle in every reading makes it the head of a noun phrase ("task"),
        // no passive ("on usein syytetty": "usein" is also an instructive plural).
        const attribute = s.items[i - 1]?.info;
        if (i - 1 > aux && attribute?.adjective && !attribute.sureFinite && !attribute.particle) {
          let all = attribute.cases.size > 0;
          for (const c of attribute.cases) if (!info.cases.has(c)) all = false;
          if (all) continue;
        }
        if (!attributive(s, aux, i) && (info.pastPassivePart || !personalNecessive(s, aux))) {
          addPassive(s, aux, i, info);
        }
        continue;
      }
      if (headline(s, i)) addPassive(s, i, i, info);
      continue;
    }
    if (info.presPassiveGen && referative(s, i)) addPassive(s, i, i, info);
  }
}

/**
 * The referative construction (lauseenvastike) with a passive participle: "Britit epäilevät
 * Dianaa kohdeltavan huonosti", "Asiakas ei tiennyt tilausta käsiteltävän": the genitive
 * of the present passive participle, governed by a verb of saying, thinking or perceiving
 * before it in the clause. Not an attribute before its head ("käsiteltävän asian", "syötävän
 * hyvä") nor a participle that is a lexical adjective.
 */
function referative(s: Sentence, i: number): boolean {
  const info = (s.items[i] as Item).info as WordInfo;
  const base = info.presPassiveGen as string;
  if (ADJECTIVAL.has(base) || base.startsWith('epä')) return false;
  const next = nextWord(s, i);
  if (next?.info?.nominal && agree(info, next.info)) return false;
  if (next?.info?.adjective && inCase(next.info, 'nimento')) {
    return false;
  }
  const cl = s.clauses[(s.items[i] as Item).clause] as Clause;
  for (let k = cl.from; k < i; k++) {
    const other = s.items[k]?.info;
    if (!other) continue;
    if (finiteAt(s, k) || other.likelyFinite || other.thirdOverNoun) return true;
    if (other.negation === '3' || (other.finite && other.finiteWeakNoun)) return true;
  }
  return false;
}

function finitePassive(s: Sentence, i: number): boolean {
  const info = (s.items[i] as Item).info as WordInfo;
  // "siitähän", "tuota": a pronoun or adverb reading wins over a rare verb.
  if (info.passiveOthers & (C_PRONOUN | C_PARTICLE)) return false;
  // A noun with the third-person possessive beside another verb: "Lääkäri ottaa silmälasit
  // päästään" ("from his head", not "one gets out").
  if (info.poss3Noun && otherFinite(s, i, true)) return false;
  // Also an infinitive, right after a verb that governs it: "aion reissatakin".
  const prev = prevWord(s, i)?.info;
  if (info.passiveOthers & C_NONFINITE && prev && (prev.sureFinite || prev.modal)) return false;
  // After "älkää" it is the connegative imperative ("älkää karistako").
  if (negImperativeBefore(s, i)) return false;
  return !personalPassive(s, i);
}

function addPassive(s: Sentence, from: number, to: number, info: WordInfo): void {
  const a = (s.items[from] as Item).tok;
  const b = (s.items[to] as Item).tok;
  s.found.add('passive', b);
  if (from !== to) s.found.add('passive', a);
  const agent = s.items.some((it) => it.info && AGENT_WORDS.has(it.tok.lower));
  const state = !agent && from !== to && statePerfect(s, from, to);
  s.found.passives.push({
    start: a.start,
    end: b.end,
    baseform: info.participleVerb ?? info.verbBases[0] ?? b.lower,
    ...(agent ? { agentKnown: true } : {}),
    ...(state ? { state: true } : {}),
  });
}

/**
 * A passive perfect that describes a state rather than reports an act: a participle of a
 * lasting state (*suljettu*, *kielletty*, *tarkoitettu*) with no time of the act
 * (*suljettiin eilen* is an act), or any participle with a habitual or open-ended time
 * (*on suljettu viikonloppuisin*, *on avattu toistaiseksi*, *klo 8–16*).
 */
function statePerfect(s: Sentence, from: number, to: number): boolean {
  const aux = (s.items[from] as Item).tok.lower;
  if (!STATE_AUXILIARIES.has(aux)) return false;
  const cl = s.clauses[(s.items[to] as Item).clause] as Clause;
  let habitual = false;
  let actTime = false;
  for (let k = cl.from; k < cl.to; k++) {
    const w = (s.items[k] as Item).tok.lower;
    if (HABITUAL_TIMES.has(w) || /^[a-zåäö]+isin$/.test(w)) habitual = true;
    if (ACT_TIMES.has(w)) actTime = true;
  }
  if (habitual) return true;
  return STATE_PARTICIPLES.has((s.items[to] as Item).tok.lower) && !actTime;
}

/** A passive-looking verb with a first person plural subject: spoken "me korjataan". */
function personalPassive(s: Sentence, i: number): boolean {
  const cl = s.clauses[(s.items[i] as Item).clause] as Clause;
  // The subject before the verb or right after it ("mennään me"); a "me" further on is
  // another verb's ("ku päästiin sielt ... ni sit me piti").
  for (let k = cl.from; k < cl.to && k <= i + 1; k++) {
    const it = s.items[k] as Item;
    if (it.info && weSubject(it)) {
      s.found.person('1p', it.tok);
      return true;
    }
  }
  // A verb coordinated with one whose subject is "me" shares it: "me ollaan hyviä ... ja
  // tehdään laatutavaraa" (only when that verb too looks passive).
  if (cl.opener !== 'coord' || (cl.conj !== 'ja' && cl.conj !== 'tai')) return false;
  // "me soitettiin ja vika korjattiin": a clause with its own nominative does not share.
  if (nominativeBefore(s, i)) return false;
  const group = (s.items[i] as Item).group;
  let we = false;
  for (let k = i - 1; k >= 0 && (s.items[k] as Item).group === group; k--) {
    const it = s.items[k] as Item;
    if (it.info?.passive || it.info?.imp4) we = true;
    else if (we && it.info && weSubject(it)) return true;
  }
  return false;
}

/** "me" as a subject, with any clitic: "me", "mekin", "mehän", "mekään". */
function weSubject(it: Item): boolean {
  if (SPOKEN_WE.has(it.tok.lower)) return true;
  return it.info?.pron === '1p' && it.info.pronCase === 'nimento';
}

/** Index of a third-person negation verb before `i` in its clause, with no verb between. */
function negationBefore(s: Sentence, i: number): number | undefined {
  const clause = (s.items[i] as Item).clause;
  for (let k = i - 1; k >= 0 && k >= i - 6; k--) {
    const it = s.items[k] as Item;
    if (it.clause !== clause) return undefined;
    if (!it.info) continue;
    if (THIRD_NEGATION.has(it.tok.lower) || it.info.negation === '3') return k;
    // The third-person negative imperative with the passive's: "älköön hypättäkö".
    if (it.info.negImperative === '3') return k;
    // A verb between: "ei voi tehdä", "ei kuulu tiskata" (the infinitive's verb), also one
    // that is a noun too ("voi") but here the connegative or a modal.
    if (it.info.negation || it.info.verbOnly || it.info.likelyFinite) return undefined;
    // ("Heille ei tukea makseta": a word that is also a noun in the partitive is the
    // passive's object, not an infinitive.)
    const object = it.info.nominal && inCase(it.info, 'osanto');
    if (it.info.modal || (it.info.connegative && it.info.verb && !it.info.passiveConneg && !object))
      return undefined;
    // The past connegative is the active past participle: "ei halunnut odottaa", "ei
    // yrittänyt kuitenkaan korjata" (the infinitive is its complement).
    if (it.info.pastActivePart) return undefined;
  }
  return undefined;
}

/** "eivät välitä äänittää eikä kuunnella": "eikä" joins two infinitives. */
function coordinatedInfinitive(s: Sentence, neg: number, i: number): boolean {
  if (neg !== i - 1 || (s.items[neg] as Item).tok.lower !== 'eikä') return false;
  return !!s.items[neg - 1]?.info?.infinitive;
}

/**
 * The auxiliary of a participle: "on korjattu", "oli jo lähetetty", "ei ole korjattu",
 * "ei korjattu", "on korjattava". Returns the index of the auxiliary or negation verb.
 */
function passiveAuxiliary(s: Sentence, i: number, past: boolean): number | undefined {
  const clause = (s.items[i] as Item).clause;
  for (let k = i - 1; k >= 0 && k >= i - 5; k--) {
    const it = s.items[k] as Item;
    if (it.clause !== clause) return undefined;
    const info = it.info;
    if (!info) continue;
    // "Olin pelastettu": the passive perfect's "olla" is in the third person; with the
    // first or second it describes the speaker.
    // (With a clitic too: "oletteko", "olethan".)
    if (info.olla) return PERSONAL_OLLA.has(it.tok.lower) || info.finite ? undefined : k;
    if (past && (THIRD_NEGATION.has(it.tok.lower) || info.negation === '3')) return k;
    // Between the auxiliary and the participle: adverbs, pronouns, short noun phrases.
    if (info.sureFinite || (info.infinitive && !info.nominal)) return undefined;
  }
  return undefined;
}

/**
 * A participle used as an adjective: "korjattu versio", "Tämä on korjattu versio". After
 * "on" an agreeing noun is the participle's head only when the clause has a subject
 * before the auxiliary; without one it is the object of a passive ("Minulle on annettu
 * kaksi vuotta").
 */
function attributive(s: Sentence, aux: number, i: number): boolean {
  const next = nextWord(s, i);
  const info = (s.items[i] as Item).info as WordInfo;
  if (!next?.info?.nominal || next.info.sureFinite) return false;
  // "on suljettu viikonloppuisin": an -isin time adverb (whose superlative reading
  // "viikonloppuisin" would agree) is no noun that the participle modifies.
  if (next.tok.lower.endsWith('isin')) return false;
  if (!agree(info, next.info) && !(next.cap && !next.info.known)) return false;
  if (nominativeBefore(s, aux)) return true;
  // The participle has complements of its own before it: "on Microsoftin mobiilialustalle
  // tarkoitettu Windows Phone" (an existential clause with an attributive participle).
  for (let k = aux + 1; k < i; k++) {
    const between = s.items[k]?.info;
    if (between?.nominal && !between.pron && !between.particle && !isAdverbial(between)) {
      return true;
    }
  }
  return false;
}

/** "Jäsenvaltioiden on toimitettava": a genitive subject makes the necessive personal. */
function personalNecessive(s: Sentence, aux: number): boolean {
  const prev = prevWord(s, aux);
  return !!prev?.info?.genitive && !prev.info.particle;
}

/**
 * A verbless headline or note: "Vika korjattu", "Paketti lähetetty eilen.", "Tehty
 * Brysselissä 6 päivänä joulukuuta", "Säilytettävä kuivassa." The participle has a subject
 * before it or opens the sentence, and no noun after it that it would modify.
 */
function headline(s: Sentence, i: number): boolean {
  const info = (s.items[i] as Item).info as WordInfo;
  const next = nextWord(s, i);
  if (next?.info?.nominal && agree(info, next.info)) return false;
  const group = (s.items[i] as Item).group;
  let subject = false;
  for (let k = 0; k < s.items.length; k++) {
    const it = s.items[k] as Item;
    if (it.group !== group || k === i || !it.info) continue;
    if (it.info.anyFinite || it.info.negation) return false;
    if (k < i && it.info.nominative) subject = true;
  }
  if (firstWordOfSentenceOrList(s, i)) return true;
  return subject && info.pastPassivePart;
}

// ---------------------------------------------------------------------------------------
// Imperatives

function markImperatives(s: Sentence): void {
  const { items, found } = s;
  let before = false;
  for (let i = 0; i < items.length; i++) {
    const it = items[i] as Item;
    const info = it.info;
    if (!info) continue;
    if (i > 0 && isStop((items[i - 1] as Item).tok)) before = false;
    let person: 'sg' | 'pl' | undefined;
    let grammatical: 1 | 3 | 4 | undefined;
    if (info.negImperative) {
      person = info.negImperative === 'pl' || info.negImperative === '1p' ? 'pl' : 'sg';
      if (info.negImperative === '3') grammatical = 3;
      if (info.negImperative === '1p') grammatical = 1;
    } else if (info.imp2p && pluralImperative(s, i)) person = 'pl';
    else if (info.imp1p) {
      person = 'pl';
      grammatical = 1;
      found.person('1p', it.tok);
    } else if (info.imp4 && !(info.passiveOthers & (C_PRONOUN | C_PARTICLE))) {
      person = 'pl';
      grammatical = 4;
    } else if (info.imp3 && (!info.nominal || thirdImperative(s, i))) {
      person = 'sg';
      grammatical = 3;
    } else if ((info.impConneg || info.connegative) && negImperativeBefore(s, i)) {
      found.add('imperative', it.tok);
      continue;
    } else if (info.imp2s && singularImperative(s, i, before)) person = 'sg';
    if (!person) continue;
    before = true;
    found.add('imperative', it.tok);
    if (grammatical === undefined && !info.abbreviated)
      found.person(person === 'sg' ? '2s' : '2p', it.tok);
    const { kind, marker } = imperativeKind(s, i);
    found.imperatives.push({
      start: it.tok.start,
      end: it.tok.end,
      kind,
      person,
      ...(grammatical ? { grammaticalPerson: grammatical } : {}),
      ...(marker ? { marker: { start: marker.start, end: marker.end } } : {}),
    });
  }
}

/**
 * A third-person imperative that is also a noun's genitive (*maksakoon*, "let them pay",
 * or "of the liver size", maksa|koko): the verb when nothing in the clause is another finite
 * verb and no noun after it could be the genitive's head ("Hän kertokoon sen").
 */
function thirdImperative(s: Sentence, i: number): boolean {
  const info = (s.items[i] as Item).info as WordInfo;
  for (const c of info.cases) if (!c.startsWith('omanto')) return false;
  const next = nextWord(s, i);
  if (next?.info?.nominal && !next.info.pron && !next.info.deictic && agree(info, next.info)) {
    return false;
  }
  return !otherFinite(s, i, true);
}

/** "Lähettäkää": unambiguous unless a noun reading leads a noun phrase ("olkaa" < olka). */
function pluralImperative(s: Sentence, i: number): boolean {
  const info = (s.items[i] as Item).info as WordInfo;
  // Also another verb's infinitive or third person ("purkaa": "bite!" or "to dismantle"):
  // after a finite verb or a subject it is that ("lupasi purkaa", "Hän purkaa").
  if (info.infinitive || info.third) {
    const cl = s.clauses[(s.items[i] as Item).clause] as Clause;
    for (let k = cl.from; k < i; k++) {
      const other = s.items[k]?.info;
      if (other && (other.anyFinite || other.thirdOverNoun || other.negation)) return false;
    }
    if (nominativeBefore(s, i)) return false;
  }
  if (!info.nominal) return true;
  const next = nextWord(s, i);
  return !(next?.info?.nominal && agree(info, next.info) && !next.info.verb);
}

function negImperativeBefore(s: Sentence, i: number): boolean {
  const clause = (s.items[i] as Item).clause;
  for (let k = i - 1; k >= 0 && k >= i - 4; k--) {
    const it = s.items[k] as Item;
    if (it.clause !== clause) return false;
    if (it.info?.negImperative) return true;
    if (it.info?.anyFinite) return false;
  }
  return false;
}

/** Words that may precede a clause-initial imperative. */
function isPrefix(s: Sentence, k: number): boolean {
  const it = s.items[k] as Item;
  if (it.tok.kind === 'number') {
    // A list number ("1.", "2)"), not a quantity ("600 vastusta").
    const after = s.items[k + 1]?.tok.text;
    return after === '.' || after === ')';
  }
  if (!it.info) return it.tok.kind !== 'word';
  if (PREFIX.has(it.tok.lower)) return true;
  // "Sen jälkeen lisää ...", "Tämän jälkeen valitse ...".
  const next = s.items[k + 1];
  if (next?.tok.lower === 'jälkeen' && (it.tok.lower === 'sen' || it.tok.lower === 'tämän')) {
    return true;
  }
  if (it.info.particle && !SUBORDINATORS.has(it.tok.lower)) return true;
  return false;
}

/**
 * A singular imperative (*Lähetä*, *Ota*, *Korjaa*) needs a main clause that it opens
 * (after list numbers, adverbs, a vocative, or "ja" after another imperative), no other
 * verb in the clause, and no negation verb before it (then it is a connegative). A form
 * that is also a noun, pronoun or adverb (*tee* "tea", *tuota* "that", *edellä* "above")
 * or the third person (*korjaa*, *saa*) needs more: the start of the sentence, no
 * zero-person modal, no infinitive after it.
 */
function singularImperative(s: Sentence, i: number, before: boolean): boolean {
  const it = s.items[i] as Item;
  const info = it.info as WordInfo;
  const cl = s.clauses[it.clause] as Clause;
  const others = info.impOthers;
  // "Voi hyvin!": the farewell, though "voi" is also "can" and "butter".
  if (
    info.verbBases.includes('voida') &&
    nextWord(s, i)?.tok.lower === 'hyvin' &&
    nextWord(s, i + 1) === undefined &&
    cl.sentenceStart &&
    i === cl.from
  ) {
    return true;
  }
  if (others & (C_PRONOUN | C_PARTICLE)) return false;
  // "täydy osata", "…, käy ilmi raportista": impersonal, no one is told.
  const after = nextWord(s, i)?.tok.lower;
  for (const b of info.verbBases) {
    if (IMPERSONAL.has(b) || (after && IMPERSONAL.has(`${b} ${after}`))) return false;
  }
  if (cl.opener === 'sub') return afterSubordinateClause(s, i);
  if (cl.opener === 'rel') return false;
  const prevClause = s.clauses[it.clause - 1];
  // A form that is nothing but an imperative or a connegative (tarkista, lähetä, nouda)
  // cannot share the subject of a finite clause before it, and without a negation verb
  // it is no connegative: "Tilaus on lähetetty, mutta tarkista vielä osoite."
  const unambiguous = onlyImperative(s, i);
  // Coordinated with a clause whose verb is not an imperative: "tuki vastaa ja korjaa"
  // (but "Hyvää päivänjatkoa ja ota yhteyttä": nothing to share a subject with).
  // After "ja" or "tai" a negation before carries over: "ellei maailma toimi ja lopeta".
  const coordinated =
    unambiguous && !(cl.conj !== 'mutta' && prevClause && clauseHasNegation(s, prevClause));
  if (
    cl.opener === 'coord' &&
    !before &&
    !coordinated &&
    cl.conj !== 'joten' &&
    cl.conj !== 'niin'
  ) {
    if (!(prevClause?.sentenceStart && verbless(s, prevClause))) return false;
  }
  if (cl.opener === 'comma' && !before && !(unambiguous && !negationWaiting(s, i))) {
    const afterSub = prevClause?.opener === 'sub';
    // A verbless opening: "Matti, ...", "Kiitos viestistä, ...", "Hei, ...".
    const afterVerbless = prevClause?.sentenceStart && verbless(s, prevClause);
    if (!afterSub && !afterVerbless) return false;
  }
  // ("(ks. liite 2)": an abbreviated pointer is at home in brackets.)
  // After a dash as after a comma, a form that is only an imperative may open the clause:
  // "Siitä ei ole hyötyä – keskity ratkaisuihin"; not after a dash that closes an
  // insertion, where the clause before it goes on ("etteivät aikataulut – 2017 – pidä").
  const dashOpens =
    cl.opener === 'dash' && unambiguous && !closingDash(s, it.clause) && !negationWaiting(s, i);
  if ((cl.opener === 'paren' || cl.opener === 'dash') && !info.abbreviated && !dashOpens) {
    if (!cl.sentenceStart && !before) return false;
  }
  if (otherFinite(s, i) || otherVerbAfter(s, i, (others & C_NOUN) !== 0)) return false;
  let opens = true;
  for (let k = cl.from; k < i && opens; k++) if (!isPrefix(s, k)) opens = false;
  if (!opens) {
    // A verb-final order ("Pihalle parijonoon järjesty!") only for a form that is nothing
    // but an imperative or connegative, in a main clause without a negation verb.
    if (info.imp2sIsThird || info.third || others !== 0) return false;
    for (let k = cl.from; k < i; k++) {
      const other = s.items[k]?.info;
      if (other && (other.negation || other.negImperative || other.pron)) return false;
    }
    if (s.question || nominativeBefore(s, i)) return false;
  }
  const next = nextWord(s, i);
  const ambiguous = others !== 0 || info.imp2sIsThird || info.third;
  if (ambiguous) {
    if (s.question) return false;
    if (info.verbBases.some((b) => ZERO_PERSON.has(b)) && (info.imp2sIsThird || info.third)) {
      return false;
    }
    // "Saa nähdä", "Jää nähtäväksi": a third person with its complement.
    if ((info.imp2sIsThird || info.third) && next?.info?.infinitive && !next.info.nominal) {
      return false;
    }
    // "Kun perennoja lisää siemenestä, käy usein niin, että …": after a subordinate clause
    // in the zero person, a form that is also the third person goes on in it.
    if (
      (info.imp2sIsThird || info.third) &&
      prevClause?.opener === 'sub' &&
      zeroPersonClause(s, prevClause)
    ) {
      return false;
    }
    // A name followed by its verb: "Anna lähti"; a name coordinated with another: "Anna ja
    // Mikko".
    if (others & C_PROPER && next?.info?.anyFinite) return false;
    // "Anna Aho": a first name and a surname in the nominative, alone, sign the answer;
    // before a word that is itself a name ("Anna Korhonen asiakaspalvelusta vastaa …") the
    // two are a person wherever they stand.
    if (
      others & C_PROPER &&
      next?.cap &&
      next.info &&
      inCase(next.info, 'nimento') &&
      (nextWord(s, i + 1) === undefined || next.info.proper)
    )
      return false;
    const conj = s.items[i + 1]?.tok.lower;
    if (others & C_PROPER && (conj === 'ja' || conj === 'tai') && s.items[i + 2]?.cap) return false;
    // An adjective reading that leads a noun phrase ("Uusi salasana"), a noun reading
    // away from the start of the sentence. (A noun before a noun in the same case is no
    // noun phrase: "Tee tilaus" is an imperative and its object.)
    // "…, muista kopioida tiedostot": a noun or adjective reading takes no infinitive.
    const infinitiveAfter = next?.info?.infinitive === true && !next.info.nominal;
    // "Jos paketti ei saavu, soita meille": the main clause after a subordinate one needs a
    // verb, and this is its only candidate (soita: also "of swamps").
    const mainAfterSub =
      cl.opener === 'comma' && prevClause?.opener === 'sub' && !it.cap && !(others & C_PROPER);
    if (others & C_NOUN && !infinitiveAfter) {
      if (others & C_ADJ && next?.info && agree(info, next.info)) return false;
      if (!before && !cl.sentenceStart && !mainAfterSub) return false;
    }
  }
  return true;
}

/**
 * The dash that opens clause `c` closes an insertion: an odd number of dashes precede it in
 * the sentence.
 */
function closingDash(s: Sentence, c: number): boolean {
  let dashes = 0;
  for (let k = c - 1; k >= 0; k--) {
    const cl = s.clauses[k] as Clause;
    // (A dash that opens the sentence is a bullet.)
    if (cl.sentenceStart) break;
    if (cl.opener === 'dash') dashes++;
  }
  return dashes % 2 === 1;
}

/**
 * A clause whose verb is in the third person with no subject of its own and no first or
 * second person anywhere: the generic zero person ("Kun perennoja lisää siemenestä").
 */
function zeroPersonClause(s: Sentence, cl: Clause): boolean {
  let third = false;
  for (let k = cl.from; k < cl.to; k++) {
    const info = s.items[k]?.info;
    if (!info) continue;
    const w = (s.items[k] as Item).tok.lower;
    const personal = info.possessive !== undefined && /[12]/.test(info.possessive);
    // (A present third person that doubles as the imperative, "lisää", is the third here.)
    if (info.finite || info.pron || personal || (info.imp2s && !info.third) || info.imp2p)
      return false;
    // A subject of its own.
    if (info.nominative && !info.verb && !PREFIX.has(w) && !SUBORDINATORS.has(w)) return false;
    if (info.third && info.verb) third = true;
  }
  return third;
}

function clauseHasNegation(s: Sentence, cl: Clause): boolean {
  for (let k = cl.from; k < cl.to; k++) if (s.items[k]?.info?.negation) return true;
  return false;
}

/**
 * A negation verb earlier in the sentence whose clause has no connegative yet: "En ole
 * nähnyt, enkä kuullut" has one; in "Emme ehdi, tarkista" the comma closes it.
 */
function negationWaiting(s: Sentence, i: number): boolean {
  const cl = (s.items[i] as Item).clause;
  for (let k = i - 1; k >= 0; k--) {
    const it = s.items[k] as Item;
    if (it.clause < cl - 1) break;
    if (it.info?.negation && it.clause === cl) return true;
  }
  return false;
}

/**
 * The form is nothing but an imperative or a connegative: no noun, adjective or third
 * person reading (*tarkista*, *nouda*). A rare infinitive of another verb (*lähetä*, "to
 * approach") counts only where no verb before it could govern an infinitive.
 */
function onlyImperative(s: Sentence, i: number): boolean {
  const info = (s.items[i] as Item).info as WordInfo;
  if (info.imp2sIsThird || info.third) return false;
  if (info.impOthers === 0) return true;
  if ((info.impOthers & ~C_NONFINITE) !== 0) return false;
  const prev = prevWord(s, i)?.info;
  if (prev && (prev.verb || prev.anyFinite || prev.modal)) return false;
  // Nor after an infinitive it could be coordinated with ("haluaa lähteä ja levätä").
  for (let k = 0; k < i; k++) if (s.items[k]?.info?.infinitive) return false;
  return true;
}

/**
 * "Jos haluat lisätietoja ota yhteyttä": the comma after a subordinate clause is missing,
 * so the imperative that opens the main clause stands in the subordinate one. Only a form
 * that is nothing but an imperative or connegative counts (no third person, noun or
 * adjective reading), after the subordinate clause's own finite verb, with no negation
 * verb still waiting for its connegative (then it is one) and no finite verb after it.
 */
function afterSubordinateClause(s: Sentence, i: number): boolean {
  if (!onlyImperative(s, i) || s.question) return false;
  const cl = s.clauses[(s.items[i] as Item).clause] as Clause;
  let finite = false;
  // A negation verb waits for its connegative ("jos et ole saanut ..."): until that comes,
  // the form is rather the connegative itself.
  let negation = false;
  for (let k = cl.from; k < i; k++) {
    const other = s.items[k]?.info;
    if (!other) continue;
    if (other.negImperative) return false;
    if (other.negation) negation = true;
    // ("ellei niitä ole …": a pronoun that is also an imperative, "niitä" of "niittää", is
    // no connegative.)
    else if (
      negation &&
      (other.connegative || other.impConneg || other.imp2s) &&
      !(other.impOthers & C_PRONOUN)
    )
      negation = false;
    if (finiteAt(s, k) || other.likelyFinite) finite = true;
  }
  if (!finite || negation) return false;
  // The order has its complement after it; a clause-final one is rather a spoken quotative
  // ("kun ei pysy, sano").
  if (nextWord(s, i) === undefined) return false;
  for (let k = i + 1; k < cl.to; k++) if (finiteAt(s, k)) return false;
  return true;
}

/**
 * A probable finite verb later in the clause that is not an infinitive the imperative
 * could govern: "Kutsu saapui ajoissa" (but "Muista lähettää kuitti").
 */
function otherVerbAfter(s: Sentence, i: number, nounToo: boolean): boolean {
  const cl = s.clauses[(s.items[i] as Item).clause] as Clause;
  for (let k = i + 1; k < cl.to; k++) {
    if (comparativeClause(s.items, k)) break;
    const info = s.items[k]?.info;
    if (!info || info.infinitive) continue;
    if (info.likelyFinite) return true;
    // A word that is also a noun, followed by a third person: "kutsu viittaa" (the noun
    // and its verb; "Lue lisää" has no noun reading to be a subject).
    if (nounToo && (info.thirdOverNoun || info.imp2sIsThird)) return true;
  }
  return false;
}

/** The first word of the sentence, after any list number or bullet. */
function firstWordOfSentenceOrList(s: Sentence, i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    const it = s.items[k] as Item;
    if (it.tok.kind === 'word') return false;
    if (isStop(it.tok) && k > 0 && (s.items[k - 1] as Item).tok.kind !== 'number') return true;
  }
  return true;
}

/** A clause without a verb: a name, a greeting, thanks ("Matti, ota ...", "Kiitos, ..."). */
function verbless(s: Sentence, cl: Clause): boolean {
  for (let k = cl.from; k < cl.to; k++) {
    const it = s.items[k] as Item;
    const info = it.info;
    if (!info) continue;
    if (info.verbOnly || info.likelyFinite || info.negation) return false;
    // An unknown word in lower case may be a spoken verb ("tultii").
    if (!info.known && !it.cap) return false;
  }
  return true;
}

interface Kind {
  kind: ImperativeKind;
  marker?: Token;
}

/**
 * Courtesy formulas (*Ottakaa yhteyttä*, *Olkaa hyvä*, *Älä huoli*), requests (a
 * politeness word in the clause, a trailing *kiitos*, a -han/-pa clitic, *Olkaa hyvä ja
 * ...*), else commands.
 */
function imperativeKind(s: Sentence, i: number): Kind {
  const it = s.items[i] as Item;
  const info = it.info as WordInfo;
  const next = nextWord(s, i);
  // "Kerro, jos ...": the word after a comma counts too.
  const nextLower =
    next?.tok.lower ?? (s.items[i + 1]?.tok.text === ',' ? (s.items[i + 2]?.tok.lower ?? '') : '');
  for (const b of info.verbBases) {
    if (COURTESY.has(b) || COURTESY.has(`${b} ${nextLower}`)) return { kind: 'courtesy' };
  }
  if (info.negImperative) {
    for (const b of next?.info?.verbBases ?? []) if (COURTESY.has(b)) return { kind: 'courtesy' };
  }
  if (info.softClitic) return { kind: 'request', marker: it.tok };
  const cl = s.clauses[it.clause] as Clause;
  for (let k = 0; k < s.items.length; k++) {
    const other = s.items[k] as Item;
    if (!other.info || !POLITENESS.has(other.tok.lower)) continue;
    // "ystävällisesti" in the clause; "kiitos" after the verb ("Lähetä kuitti, kiitos.").
    const trailing = k > i && (other.tok.lower.startsWith('kiito') || other.clause === it.clause);
    if (other.clause === it.clause || trailing) return { kind: 'request', marker: other.tok };
  }
  // "Olkaa hyvä ja lähettäkää ...", "Ole hyvä ja ..."
  if (cl.conj === 'ja' && cl.from >= 2) {
    const a = s.items[cl.from - 2] as Item;
    const b = s.items[cl.from - 1] as Item;
    if ((a.tok.lower === 'olkaa' || a.tok.lower === 'ole') && b.tok.lower.startsWith('hyv')) {
      return { kind: 'request', marker: a.tok };
    }
  }
  return { kind: 'command' };
}
