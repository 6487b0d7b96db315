/**
 * The phrase data a language gives the checks and the context analysis, grouped by the
 * module that reads it: `LanguageService.phrases` (rules/languages.ts), filled in by each
 * language folder (rules/fi/data/phrases.ts, rules/en/data/phrases.ts). Every group is
 * optional: a check meeting a language without a group finds nothing of that kind (no
 * complaint, no question, no promise) instead of failing.
 *
 * Patterns are regular-expression sources, matched case-insensitively between word
 * boundaries unless a field says otherwise; word lists are lower case.
 *
 * Types only: rules/languages.ts, which imports nothing but types, declares its field.
 */

/** Whether a blaming phrase reproaches the customer or only sounds curt. */
export type BlameKind = 'blame' | 'curt';

/**
 * A blaming or curt phrase of the `blame` check. `advice` is shown in the message; `fix` is
 * offered only where a rewording is safe without knowing the rest of the sentence:
 * - `drop`: the phrase adds nothing but reproach; it is removed with the comma that sets it
 *   off, and the sentence is re-capitalised;
 * - `remove`: the word (a pattern) inside the phrase that makes it curt is removed.
 */
export interface BlamePhrase {
  pattern: string;
  kind: BlameKind;
  advice: string;
  fix?: { drop: true } | { remove: string };
}

/** Signs that a customer is unhappy (rules/context/upset.ts) and the apologies that answer. */
export interface UpsetPhrases {
  /** Complaints, weight 2 each. */
  readonly complaint: readonly string[];
  /**
   * Money at stake, urgency, a concern or a wonder reported plainly, weight 1 each (signal
   * kind `fault`).
   */
  readonly fault: readonly string[];
  /**
   * Something that does not work or cannot be done, reported plainly (signal kind `fault`):
   * however many, they are one report, weight 1 in all.
   */
  readonly malfunction?: readonly string[];
  /**
   * A fix tried that did not help ("still not working", "still no luck"): a complaint in a
   * short message; in a long report, the outcome of the steps it tells, counted with the
   * malfunctions. Each must match a complaint's whole text.
   */
  readonly failedFix?: readonly string[];
  /** The same problem again, weight 1 each. */
  readonly repeat: readonly string[];
  /** Thanks or delight, −1 each unless negated. */
  readonly positive: readonly string[];
  /** Words that negate the positive word after them. */
  readonly negations: ReadonlySet<string>;
  /** Apologies that answer an upset customer (the `apology` check). */
  readonly apology: readonly string[];
  /** Expressions of regret, accepted as an apology where the pack says so. */
  readonly regret: readonly string[];
  /** The apology the `apology` check's fix inserts when the pack names none. */
  readonly suggestion?: string;
}

/** What marks a sentence of a customer's message as a question (rules/context/questions.ts). */
export interface QuestionPhrases {
  /** Words that make a sentence a question when it starts with them. */
  readonly questionWords: ReadonlySet<string>;
  /** Conjunctions skipped before a sentence's first word ("ja", "and"). */
  readonly leadingConjunctions: ReadonlySet<string>;
  readonly indirect: readonly string[];
  readonly notAsking: readonly string[];
  readonly generic: readonly string[];
  readonly request: readonly string[];
  readonly action: readonly string[];
  /** Sources matched at a reply sentence's start (no word boundary before). */
  readonly yesNoAnswer: readonly string[];
  readonly instruction: readonly string[];
  readonly how: readonly string[];
  readonly why: readonly string[];
  readonly reason: readonly string[];
  /** Sources matched at a reply sentence's start (no word boundary before). */
  readonly clarifying: readonly string[];
}

/** What the `promise` check reads in a reply (rules/checks/promise.ts). */
export interface PromisePhrases {
  /** Number words in the forms a time expression takes ("kahden", "a couple of"). */
  readonly numberWords: Readonly<Record<string, number>>;
  /** Hours in a unit, by a lower-case expression on the unit. */
  readonly unitHours: readonly (readonly [RegExp, number])[];
  /** One source: "<number> <unit> <within>", the number group before the unit group. */
  readonly duration: string;
  /** Time expressions with a fixed number of hours; the first that matches counts. */
  readonly fixedTimes: readonly (readonly [string, number])[];
  readonly commitment: readonly string[];
  readonly certainty: readonly string[];
  readonly guarantee: readonly string[];
  readonly outcome: readonly string[];
  /** Certainty words a fix may delete, leaving the sentence whole (lower case). */
  readonly removableCertainty: ReadonlySet<string>;
  /**
   * A cheap first look (substrings, no Unicode classes): does a sentence name a time or a
   * certainty?
   */
  readonly prefilter: RegExp;
  /**
   * The house promise's time as a phrase that fits where a reply's time expression was
   * ("kahden arkipäivän kuluessa", "within two working days").
   */
  readonly houseTime: (time: HouseTime) => string;
  /** The house wording of the promise, a whole sentence around `houseTime` (null: none). */
  readonly houseWording: (houseTime: string | null) => string;
}

/** The house's response time (a pack's `responseTime`). */
export interface HouseTime {
  amount: number;
  unit: 'hours' | 'days' | 'working-days';
}

/** What makes a sentence of a reply a request (rules/context/requests.ts). */
export interface RequestPhrases {
  /** Step words before a request ("Ensin", "Then"); matched at the sentence's start. */
  readonly stepOpeners: readonly string[];
  /** Openings that make a sentence a request ("Voisitteko", "Please"). */
  readonly requestOpenings: readonly string[];
  /** Courtesy formulas that are not steps ("Ottakaa yhteyttä", "Let us know"). */
  readonly courtesyOpenings: readonly string[];
}

/** Word lists for comparing a question with a reply by content words (rules/context/matching.ts). */
export interface ContentWordPhrases {
  readonly stop: ReadonlySet<string>;
  readonly weak: ReadonlySet<string>;
  readonly synonyms: readonly (readonly string[])[];
}

/** Everything a language gives the checks as phrase data; see the module comment. */
export interface LanguagePhrases {
  readonly upset?: UpsetPhrases;
  readonly questions?: QuestionPhrases;
  readonly promise?: PromisePhrases;
  readonly requests?: RequestPhrases;
  readonly contentWords?: ContentWordPhrases;
  /** Blaming and curt phrases of the `blame` check. */
  readonly blame?: readonly BlamePhrase[];
  readonly speaker?: {
    /** First-person singular phrases a "we" house still accepts ("I'm sorry"). */
    readonly personal: readonly string[];
  };
  readonly command?: {
    /** A clause before an imperative that makes it an offer ("If you'd like, …"). */
    readonly offerClause?: RegExp;
    /** An imperative that offers contact with the house ("Contact us"), at its start. */
    readonly contactOffer?: RegExp;
    /**
     * What makes that offer optional, somewhere in its sentence ("if you need anything",
     * "anytime"); without it the invitation is the customer's next step, an order ("Send us
     * a DM so we can follow up"). A language without one takes every offer as courtesy.
     */
    readonly offerCondition?: RegExp;
    /** Other text before an imperative that makes it no order ("Let's start and see"). */
    readonly notOrderBefore?: RegExp;
    /** Other phrases an imperative opens that are no order ("Lisää tietoa": "more"). */
    readonly notOrderAt?: RegExp;
  };
  /** What the greeting, thanks and closing checks' fixes insert when the pack names none. */
  readonly defaults?: {
    readonly salutation: string;
    readonly thanks: string;
    readonly closing: string;
  };
  /** The registers' names in the `address` check's messages ("teitittelyä", "formal"). */
  readonly registerNames?: { readonly formal: string; readonly informal: string };
  /** The quotation marks that quote the customer's words in messages. */
  readonly quotes?: readonly [open: string, close: string];
}
