/**
 * Lookups over the English word lists in `./data/`: verb tiers, irregular forms and the
 * regular inflection rules that relate "fixed", "stopped", "tried" and "baked" to their
 * lemmas. Built once, on first use, so that importing the module costs nothing.
 */
import { IRREGULAR_VERBS } from './data/irregular-verbs.ts';
import { AMBIGUOUS_VERBS, NOUNLIKE_VERBS, VERBAL_VERBS } from './data/verbs.ts';

/**
 * How sure we can be that a word is a verb when nothing else tells: `verbal` words are
 * mostly verbs ("send"), `ambiguous` ones are as often nouns or adjectives ("contact",
 * "type"), `nounlike` ones are nouns that can be verbed ("account", "bed").
 */
export type VerbTier = 'verbal' | 'ambiguous' | 'nounlike';

export interface EnglishLexicon {
  /** The tier of a verb lemma (base form), or undefined if it is not a verb. */
  tier(lemma: string): VerbTier | undefined;
  /** The lemma if `form` can be a past participle ("sent" → "send", "fixed" → "fix"). */
  participleLemma(form: string): string | undefined;
  /** The lemma if `form` can be a simple past ("took" → "take", "stayed" → "stay"). */
  pastLemma(form: string): string | undefined;
}

let shared: EnglishLexicon | undefined;

/** Prefixes that make a verb of a verb: "overthink", "underplay", "misspell". */
const DEGREE_PREFIXES = ['over', 'under', 'mis'];

export function englishLexicon(): EnglishLexicon {
  shared ??= buildLexicon();
  return shared;
}

function buildLexicon(): EnglishLexicon {
  const tiers = new Map<string, VerbTier>();
  const addTier = (lines: readonly string[], tier: VerbTier) => {
    for (const line of lines) for (const w of line.split(' ')) tiers.set(w, tier);
  };
  addTier(NOUNLIKE_VERBS, 'nounlike');
  addTier(AMBIGUOUS_VERBS, 'ambiguous');
  addTier(VERBAL_VERBS, 'verbal');
  // Verbs of e-mail and chat that WordNet lacks: "Please RSVP", "cc me", "Skype me".
  addTier(['rsvp'], 'verbal');
  addTier(['cc bcc dm sms skype facetime'], 'ambiguous');
  // Undoing a setting or a tie on a phone or a site: "Unfriend her", "Unmute yourself".
  addTier(['unfriend unmatch unmute uncheck unsend unpin unsave unstar declutter'], 'verbal');

  const participles = new Map<string, string>();
  const pasts = new Map<string, string>();
  /** Irregular lemmas: their regular -ed spelling is not a form ("runned", "goed"). */
  const irregular = new Set<string>();
  for (const entry of IRREGULAR_VERBS) {
    const [lemma, past, participle] = entry.split(' ') as [string, string, string];
    irregular.add(lemma);
    // An irregular verb is a verb even if WordNet ranks it as a noun ("saw", "fly").
    if (!tiers.has(lemma)) tiers.set(lemma, 'verbal');
    for (const form of past.split('/')) pasts.set(form, lemma);
    for (const form of participle.split('/')) participles.set(form, lemma);
  }

  const regularLemma = (form: string): string | undefined => {
    if (form.length < 4 || !form.endsWith('ed')) return undefined;
    // "need", "weed", "seed", "speed" are words of their own; "agreed", "freed" are forms.
    if (form.endsWith('eed') && form.length < 5) return undefined;
    const stem = form.slice(0, -2);
    // Order matters: "stopped" → "stop" (undoubled) before "stopp"; "baked" → "bake" (drop
    // -d) before "bak"; "tried" → "try".
    const candidates = [
      stem.length > 2 && stem.at(-1) === stem.at(-2) ? stem.slice(0, -1) : undefined,
      form.slice(0, -1),
      stem,
      stem.endsWith('i') ? `${stem.slice(0, -1)}y` : undefined,
      // British doubling of l: "cancelled", "travelled".
      stem.endsWith('ll') ? stem.slice(0, -1) : undefined,
    ];
    for (const c of candidates) {
      if (c && tiers.has(c) && !irregular.has(c)) return c;
    }
    return undefined;
  };

  // "rebooked", "reissued": a form the lists lack, made with "re-" from one of a verb they
  // have, is that verb's form again ("rebook").
  const reLemma = (form: string, lemmaOf: (f: string) => string | undefined) => {
    // (Not a lemma the lists have: "rebound" is a verb of its own, not "rebind"'s past.)
    if (form.length < 7 || !form.startsWith('re') || tiers.has(form)) return undefined;
    const lemma = lemmaOf(form.slice(2));
    return lemma === undefined ? undefined : `re${lemma}`;
  };
  const participleLemma = (form: string): string | undefined =>
    participles.get(form) ?? regularLemma(form);
  const pastLemma = (form: string): string | undefined => pasts.get(form) ?? regularLemma(form);
  // "Reconnect the cable", "Relaunch the app", "Redownload it": a lemma the lists lack, made
  // with "re-" from a verb they have (not from a noun that can be verbed: "resin").
  const reTier = (lemma: string): VerbTier | undefined => {
    // (Not a form read as one: "resting" is "rest" + "-ing", not "re-" + "sting".)
    if (lemma.length < 6 || !lemma.startsWith('re') || /(?:ing|ed)$/.test(lemma)) return undefined;
    const tier = tiers.get(lemma.slice(2));
    return tier === 'verbal' || tier === 'ambiguous' ? tier : undefined;
  };
  // "Don't overthink it", "I mistyped": a lemma the lists lack, made with "over-", "under-"
  // or "mis-" from a word that is mostly a verb ("think"); from one as often a noun the
  // compound is mostly a noun too ("overview", "overtime").
  const degreeTier = (lemma: string): VerbTier | undefined => {
    const prefix = DEGREE_PREFIXES.find((p) => lemma.startsWith(p));
    if (!prefix || lemma.length < prefix.length + 3 || /(?:ing|ed)$/.test(lemma)) return undefined;
    return tiers.get(lemma.slice(prefix.length)) === 'verbal' ? 'verbal' : undefined;
  };
  return {
    tier: (lemma) => tiers.get(lemma) ?? reTier(lemma) ?? degreeTier(lemma),
    participleLemma: (form) => participleLemma(form) ?? reLemma(form, participleLemma),
    pastLemma: (form) => pastLemma(form) ?? reLemma(form, pastLemma),
  };
}
