/**
 * English fixes for the checks (rules/languages.ts `LanguageRewrites`): the forms come from
 * ./forms.ts; this module only places them in the draft.
 */
import type { LanguageRewrites } from '../languages';
import { englishActive, englishRequest, englishSwitchPerson } from './forms';

export const englishRewrites: LanguageRewrites = {
  request(_context, sentence, imperative) {
    const r = englishRequest(sentence.text, imperative.start);
    if (!r) return null;
    return {
      start: sentence.start + r.start,
      end: sentence.start + r.end,
      replacement: r.replacement,
      label: r.replacement.replace(/\s+\S*$/, ' …'),
    };
  },
  active(_context, sentence, passive, speaker) {
    const r = englishActive(sentence.text, passive.participle ?? passive.start, speaker);
    if (!r) return null;
    return {
      start: sentence.start + r.start,
      end: sentence.start + r.end,
      replacement: r.replacement,
    };
  },
  speaker: ({ text }, start, end, speaker) =>
    englishSwitchPerson(text, start, end, speaker === 'we' ? 'plural' : 'singular'),
};
