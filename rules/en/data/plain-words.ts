/**
 * Plain English for the officialese and business jargon common in service writing: the
 * built-in `plain-words` rule of builtin:en (rules/packs/plain-words.ts turns this list
 * into a `substitute` rule).
 *
 * A word matches its plural and verb forms, and the fix puts the replacement in the same
 * form (utilized → used, reverted back → replied), so verbs are listed in the base form.
 * Replacements whose past and participle differ are avoided where the form cannot be
 * told from the text.
 */

import type { PlainWord } from '../../languages';

export const PLAIN_WORDS_EN: readonly PlainWord[] = [
  { pattern: ['utilize', 'utilise'], replacement: 'use' },
  { pattern: ['utilization', 'utilisation'], replacement: 'use' },
  { pattern: 'in order to', replacement: 'to' },
  { pattern: 'at this point in time', replacement: 'now' },
  { pattern: 'at the present time', replacement: 'now' },
  { pattern: 'revert back', replacement: 'reply' },
  { pattern: 'prior to', replacement: 'before' },
  { pattern: 'subsequent to', replacement: 'after' },
  { pattern: 'in the event that', replacement: 'if' },
  { pattern: 'due to the fact that', replacement: 'because' },
  { pattern: 'in spite of the fact that', replacement: 'although' },
  { pattern: 'commence', replacement: 'start' },
  { pattern: 'terminate', replacement: 'end' },
  { pattern: ['endeavour', 'endeavor'], replacement: 'try' },
  { pattern: 'facilitate', replacement: 'help' },
  { pattern: 'approximately', replacement: 'about' },
  { pattern: 'ascertain', replacement: 'find out' },
  { pattern: 'obtain', replacement: 'get' },
  { pattern: 'leverage', replacement: 'use' },
  { pattern: 'assist', replacement: 'help' },
  { pattern: 'initiate', replacement: 'start' },
  { pattern: 'anticipate', replacement: 'expect' },
  { pattern: 'modify', replacement: 'change' },
  { pattern: ['enquire', 'inquire'], replacement: 'ask' },
  { pattern: 'transmit', replacement: 'send' },
  { pattern: 'remainder', replacement: 'rest' },
  { pattern: 'sufficient', replacement: 'enough' },
  { pattern: 'numerous', replacement: 'many' },
  { pattern: 'erroneous', replacement: 'wrong' },
  { pattern: 'with regard to', replacement: 'about' },
  { pattern: 'in relation to', replacement: 'about' },
  { pattern: 'a large number of', replacement: 'many' },
  { pattern: 'the majority of', replacement: 'most' },
  { pattern: 'at your earliest convenience', replacement: 'as soon as you can' },
  { pattern: 'in a timely manner', replacement: 'promptly' },
  { pattern: 'do the needful', replacement: 'do what is needed' },
  { pattern: 'going forward', replacement: 'from now on' },
  { pattern: 'touch base', replacement: 'talk' },
  { pattern: 'take into consideration', replacement: 'consider' },
  { pattern: 'in close proximity to', replacement: 'near' },
  { pattern: 'until such time as', replacement: 'until' },
  { pattern: 'for the purpose of', replacement: 'for' },
  { pattern: 'with the exception of', replacement: 'except' },
  { pattern: 'asap', replacement: 'as soon as possible' },
];
