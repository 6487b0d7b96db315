/**
 * Finnish fixes for the checks (rules/languages.ts `LanguageRewrites`): the forms come from
 * ./forms.ts, verified by the analyser; without the analyser there is no fix.
 */
import type { MorphologicalAnalyzer } from '../analysis';
import type { Sentence, Word } from '../document';
import type { ImperativeSpan } from '../features';
import type { LanguageRewrites } from '../languages';
import type { Fix } from '../types';
import {
  CLAUSE_BREAKERS,
  type GrammaticalNumber,
  imperativeToRequest,
  objectsToGenitive,
  passiveToFirstPerson,
  perfectPassiveToFirstPerson,
  switchAddress,
  switchFirstPerson,
} from './forms';

/** Words of a passive perfect before the participle: "on", "oli", "ei ole". */
const AUXILIARIES = new Set(['on', 'oli', 'ei', 'ole']);

export const finnishRewrites: LanguageRewrites = {
  request: ({ text, analyzer }, sentence, imperative, address) =>
    analyzer ? request(analyzer, text, sentence, imperative, address) : null,
  active: ({ text, analyzer }, sentence, passive, speaker) =>
    analyzer
      ? active(
          analyzer,
          text,
          sentence,
          sentence.start + passive.start,
          sentence.start + passive.end,
          speaker === 'we' ? 'plural' : 'singular',
        )
      : null,
  address({ text, analyzer }, start, end, register, sentenceStart) {
    const found = text.slice(start, end);
    // Only a single word has a word-for-word counterpart.
    if (!analyzer || !/^\p{L}+$/u.test(found)) return null;
    const switched = switchAddress(analyzer, found, register);
    if (!switched) return null;
    // "Te" is capitalised in a formal reply; "sinä" only where it opens the sentence.
    const replacement = sentenceStart
      ? switched.charAt(0).toUpperCase() + switched.slice(1)
      : register === 'informal'
        ? switched.charAt(0).toLowerCase() + switched.slice(1)
        : switched;
    return { start, end, replacement };
  },
  speaker({ text, analyzer }, start, end, speaker) {
    const found = text.slice(start, end);
    // Only a single word has a word-for-word counterpart.
    if (!analyzer || !/^\p{L}+$/u.test(found)) return null;
    const replacement = switchFirstPerson(
      analyzer,
      found,
      speaker === 'we' ? 'plural' : 'singular',
    );
    return replacement ? { start, end, replacement } : null;
  },
};

/**
 * "Lähettäkää kuitti meille." → "Voisitteko lähettää kuitin meille?": the modal and the
 * infinitive, the rest of the sentence with its total objects in the genitive, and a
 * question mark.
 */
function request(
  analyzer: MorphologicalAnalyzer,
  text: string,
  sentence: Sentence,
  imp: ImperativeSpan,
  address: 'formal' | 'informal' | 'any',
): Fix | null {
  const start = sentence.start + imp.start;
  const end = sentence.start + imp.end;
  const verb = text.slice(start, end);
  const request = imperativeToRequest(analyzer, verb, address);
  if (!request) return null;
  const after = sentence.words.filter((w) => w.start >= end);
  const objects = objectsToGenitive(analyzer, after, text);
  if (!objects) return null;
  const atStart = start === sentence.start;
  const modal = atStart
    ? request.modal.charAt(0).toUpperCase() + request.modal.slice(1)
    : request.modal.toLowerCase();
  let rest = '';
  let cursor = end;
  for (const o of objects) {
    rest += text.slice(cursor, o.start) + o.replacement;
    cursor = o.end;
  }
  rest += text.slice(cursor, sentence.end);
  rest = rest.replace(/[.!]*(["'’”)\]]*)$/, '?$1');
  const replacement = `${modal} ${request.infinitive}${rest}`;
  return {
    start,
    end: sentence.end,
    replacement,
    label: `${modal} ${request.infinitive} …`,
  };
}

/**
 * The active first person for a Finnish passive at [start, end), with the clause's total
 * objects in the genitive ("Vika korjataan" → "Vian korjaamme"). Null when a form cannot be
 * verified, the passive is negative ("ei korjata") or names its agent.
 */
function active(
  analyzer: MorphologicalAnalyzer,
  text: string,
  sentence: Sentence,
  start: number,
  end: number,
  number: GrammaticalNumber,
): Fix | null {
  const inSpan = sentence.words.filter((w) => w.start >= start && w.end <= end);
  const verb = inSpan.at(-1);
  if (!verb) return null;
  const auxiliaries = inSpan.slice(0, -1).map((w) => w.text);
  if (!auxiliaries.every((w) => AUXILIARIES.has(w.toLowerCase()))) return null;
  let active: string | null;
  if (auxiliaries.length === 0) {
    const before = sentence.words[sentence.words.indexOf(verb) - 1];
    if (before && /^ei$/i.test(before.text)) return null;
    active = passiveToFirstPerson(analyzer, verb.text, number);
  } else {
    active = perfectPassiveToFirstPerson(analyzer, auxiliaries, verb.text, number);
  }
  if (!active) return null;
  if (start === sentence.start) active = active.charAt(0).toUpperCase() + active.slice(1);

  // Total objects in the clause around the verb: before it back to a comma or conjunction,
  // after it up to the next.
  const index = sentence.words.indexOf(inSpan[0] as Word);
  let from = index;
  while (from > 0) {
    const prev = sentence.words[from - 1] as Word;
    const gap = text.slice(prev.end, (sentence.words[from] as Word).start);
    if (/[,;:()–—]/.test(gap) || CLAUSE_BREAKERS.has(prev.text.toLowerCase())) break;
    from--;
  }
  const before = objectsToGenitive(analyzer, sentence.words.slice(from, index), text);
  const after = objectsToGenitive(
    analyzer,
    sentence.words.slice(sentence.words.indexOf(verb) + 1),
    text,
  );
  if (!before || !after) return null;
  const edits = [...before, { start, end, replacement: active }, ...after];
  const fixStart = (edits[0] as { start: number }).start;
  const fixEnd = (edits.at(-1) as { end: number }).end;
  let replacement = '';
  let cursor = fixStart;
  for (const e of edits) {
    replacement += text.slice(cursor, e.start) + e.replacement;
    cursor = e.end;
  }
  const first = edits[0] as { start: number; replacement: string };
  if (first.start === sentence.start && first.start !== start) {
    replacement = replacement.charAt(0).toUpperCase() + replacement.slice(1);
  }
  return { start: fixStart, end: fixEnd, replacement };
}
