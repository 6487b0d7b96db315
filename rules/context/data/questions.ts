/**
 * The Finnish and English grammar of questions in rules/context/questions.ts, beside each
 * language's phrases (`LanguagePhrases.questions`, rules/<code>/data/phrases.ts). Lower case.
 */

const words = (text: string): ReadonlySet<string> => new Set(text.trim().split(/\s+/));

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

/** "Which size should", "What time do": nouns a question word takes before the auxiliary. */
export const EN_QUESTION_WORD_NOUNS: ReadonlySet<string> = words(
  'size sizes time times day days colour color model version way kind type one ones option options plan plans date price number',
);
