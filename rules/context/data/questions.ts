/**
 * What marks a sentence of a customer's message as a question (rules/context/questions.ts).
 * Lower case. Patterns are regular-expression sources matched case-insensitively between
 * word boundaries.
 */

import type { Language } from '../../types';

const words = (text: string): ReadonlySet<string> => new Set(text.trim().split(/\s+/));

/** Words that make a sentence a question when it starts with them, even without "?". */
export const QUESTION_WORDS: Record<Language, ReadonlySet<string>> = {
  fi: words(`
    milloin miksi miten mitenkä kuinka mikä mitä minkä missä mistä mihin millä mille miltä
    mikähän mitähän missähän milloinkahan miksihän mitenhän kuinkahan
    kuka kenen ketä kenelle keneltä kenellä kumpi kumman kummalla
    paljonko montako kauanko minne millainen millaisen millaista millaisia
  `),
  // English question words need an inverted auxiliary after them (`EN_AUXILIARIES`):
  // "When will it arrive" is a question, "When I tried to log in, …" is not.
  en: words('when why how what where which who whom whose'),
};

/** A Finnish sentence-initial question word followed by one of these is no question. */
export const FI_NOT_QUESTION_AFTER: ReadonlySet<string> = words('tahansa tulee ollakaan hyvänsä');

/** English auxiliaries that open a yes/no question, or follow a question word. */
export const EN_AUXILIARIES: ReadonlySet<string> = words(`
  can could will would shall should may might must is are was were am do does did have has had
  can't won't isn't aren't wasn't don't doesn't didn't haven't hasn't couldn't wouldn't
  shouldn't
`);

/** What may follow an opening auxiliary in a question: its subject ("Can I", "Is there"). */
export const EN_SUBJECTS: ReadonlySet<string> = words(`
  i you we they he she it this that these those there my your our their the a an any anyone
  someone somebody anybody everything something anything his her its
`);

/** "How long", "how much": question words that take a word before the auxiliary. */
export const EN_QUESTION_WORD_MODIFIERS: ReadonlySet<string> = words(
  'long much many often soon far old late early big',
);

/** Sentence openers skipped before looking for a question word ("Ja milloin …", "And when …"). */
export const LEADING_CONJUNCTIONS: Record<Language, ReadonlySet<string>> = {
  fi: words('ja entä mutta sekä no niin eli siis lisäksi myös sitten'),
  en: words('and but so also then plus well'),
};

/**
 * Indirect questions: a sentence containing one asks something even when it ends in a full
 * stop ("Haluaisin tietää, milloin paketti saapuu.").
 */
export const INDIRECT_QUESTION_PATTERNS: Record<Language, readonly string[]> = {
  fi: [
    'haluai?(?:sin|simme|n|mme) tietää',
    'haluai?(?:sin|simme|n|mme) kysyä',
    'halua(?:isin|n) selvittää',
    'kertoisit(?:te)?ko',
    'kertoisit(?:te)?',
    'voisit(?:te)?ko (?:kertoa|selvittää|tarkistaa|ilmoittaa|vahvistaa)',
    'voit(?:te)?ko (?:kertoa|selvittää|tarkistaa|ilmoittaa|vahvistaa)',
    'ilmoittaisit(?:te)?ko',
    'selvittäisit(?:te)?kö',
    'tarkistaisit(?:te)?ko',
    'vahvistaisit(?:te)?ko',
    '(?:onko|olisiko|olisikohan|onkohan) (?:mitenkään )?mahdollista',
    'ihmettelen',
    'ihmettelisin',
    'mietin,? (?:että )?(?:miksi|milloin|miten|mitä|onko|voiko|voinko|kuinka|mihin|missä)',
    'en ymmärrä,? (?:miksi|miten|mitä|mihin|miksei)',
    'kysyisin',
    'tiedustel(?:en|isin|lisin)',
    '(?:pyytäisin|toivoisin|toivon|pyydän) (?:lisää )?tietoa',
    'olisin kiitollinen,? jos',
    'saisinko (?:tietää|tietoa|vastauksen)',
  ],
  en: [
    '(?:i|we) would like to (?:know|ask|find out|check)',
    "(?:i|we)'d like to (?:know|ask|find out|check)",
    '(?:i|we) (?:want|need) to (?:know|find out)',
    '(?:i|we) (?:was|were|am|are) wondering',
    "(?:i|we)'m wondering",
    '(?:i|we) wonder(?:ed)?',
    '(?:could|can|would|will) you (?:please )?(?:tell|let) (?:me|us)',
    '(?:could|can|would|will) you (?:please )?(?:confirm|check|explain|advise|clarify)',
    '(?:please )?let (?:me|us) know (?:whether|if|when|why|how|what|where|which|who)',
    'please let (?:me|us) know',
    'please (?:tell|advise|confirm|explain|clarify)',
    "i (?:don't|do not|can't|cannot) understand (?:why|how|what|where)",
    '(?:is|would) it (?:be )?possible',
    "i'd appreciate (?:it )?if you could",
    'i would appreciate (?:it )?if you could',
  ],
};
