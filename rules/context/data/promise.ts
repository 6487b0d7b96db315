/**
 * What the `promise` check needs beside each language's phrases (`LanguagePhrases.promise`,
 * rules/<code>/data/phrases.ts).
 */

/** Certainty words a fix may delete, leaving the sentence whole ("Korjaamme vian varmasti"). */
export const REMOVABLE_CERTAINTY: ReadonlySet<string> = new Set([
  'varmasti',
  'taatusti',
  'takuulla',
  'satavarmasti',
  'sataprosenttisesti',
  'definitely',
  'for sure',
  'without fail',
]);
