/**
 * The built-in English stemmer (the language service's `stem`): base forms for comparing
 * words, where no analyser answers.
 */

// ---------------------------------------------------------------------------------------
// Plural and verb endings (-s, -es, -ies, -ed, -ing), a final -e dropped so that
// "arrive", "arrived" and "arriving" share "arriv", doubled consonants undoubled
// ("shipped" → "ship"), and a few irregular verbs common in customer service.

const EN_IRREGULAR: Record<string, string> = {
  sent: 'send',
  paid: 'pay',
  bought: 'buy',
  got: 'get',
  gotten: 'get',
  gave: 'give',
  given: 'give',
  took: 'take',
  taken: 'take',
  made: 'make',
  told: 'tell',
  said: 'say',
  came: 'come',
  went: 'go',
  gone: 'go',
  left: 'leave',
  lost: 'lose',
  broke: 'break',
  broken: 'break',
  chose: 'choose',
  chosen: 'choose',
  wrote: 'write',
  written: 'write',
  found: 'find',
  children: 'child',
  people: 'person',
};

const MIN_EN_STEM = 3;

/** One stem of a lower-case English word. */
export function stemEnglish(word: string): string {
  let w = word.replace(/['’]s$/, '');
  const irregular = EN_IRREGULAR[w];
  if (irregular) return irregular;
  if (w.length <= MIN_EN_STEM) return w;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('ied') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (/(?:ss|x|z|ch|sh)es$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);
  else if (w.endsWith('ing') && w.length - 3 >= MIN_EN_STEM) w = undouble(w.slice(0, -3));
  else if (w.endsWith('ed') && w.length - 2 >= MIN_EN_STEM) w = undouble(w.slice(0, -2));
  if (w.endsWith('e') && w.length > MIN_EN_STEM + 1) w = w.slice(0, -1);
  return w;
}

function undouble(stem: string): string {
  const last = stem.at(-1);
  return last && last === stem.at(-2) && !'lsz'.includes(last) ? stem.slice(0, -1) : stem;
}
