/**
 * The grammar of English questions and orders (rules/en/clauses.ts), beside the phrase data
 * of rules/en/data/phrases.ts. Lower case.
 */

const words = (text: string): ReadonlySet<string> => new Set(text.trim().split(/\s+/));

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

/** "Which size should", "What time do": nouns a question word takes before the auxiliary. */
export const EN_QUESTION_WORD_NOUNS: ReadonlySet<string> = words(
  'size sizes time times day days colour color model version way kind type one ones option options plan plans date price number',
);

/**
 * English verbs customers are commonly asked to do, for sentences the grammar detector
 * (rules/en/features.ts) does not read as imperatives ("Click Settings …", "First, clear …").
 */
export const EN_IMPERATIVES: ReadonlySet<string> = words(`
  click tap open restart reboot clear send check log sign go select choose enter type press
  update install uninstall reinstall delete remove try reset call reply fill attach upload
  download return pack print include confirm verify wait close turn switch unplug plug connect
  disconnect visit follow copy paste save scroll navigate enable disable allow accept change
  add take provide forward submit complete use
`);

/**
 * What follows a verb from `EN_IMPERATIVES` when it is an imperative ("Restart the router",
 * "Log in", "Send us"), unlike a noun ("Return shipping is free"). A capitalised word also
 * does ("Click Settings").
 */
export const EN_IMPERATIVE_OBJECTS: ReadonlySet<string> = words(`
  the a an your our this that these those it them us me him her on in to out up down off any
  all both each every again back here there for with
`);
