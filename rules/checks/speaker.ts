import { z } from 'zod';
import { analyses } from '../analysis';
import { defineCheck } from '../check';
import { blankOutQuotes } from '../context/patterns';
import type { Word } from '../document';
import { phrasesOf, rewritesFor } from '../languages';
import { phraseMatcher } from '../phrases';
import { analysedSentences } from '../sentences';

/** Whether the word at `start` is part of an @handle ("@im_hazel_29"). */
function inHandle(text: string, start: number): boolean {
  return /@[\p{L}\p{N}_.-]*$/u.test(text.slice(Math.max(0, start - 40), start));
}

/** Whether a word stands in a list: a comma before it, or a comma or "ja"/"tai" after it. */
function inList(text: string, start: number, end: number): boolean {
  return (
    /,\s*$/u.test(text.slice(Math.max(0, start - 3), start)) ||
    /^\s*(?:,|ja\b|tai\b|sekä\b)/u.test(text.slice(end, end + 6))
  );
}

/** Whether a Finnish word also reads as a noun ("tuen": tuki, "vuokraan": vuokra). */
function alsoNoun(word: string): boolean {
  return analyses(word.toLowerCase(), 'fi').some((a) => a.CLASS === 'nimisana');
}

export default defineCheck({
  id: 'speaker',
  // The English fix reads around the word: "we" is capitalised after a greeting ending in
  // "!" and agrees with the next word ("I am" → "we are"), even across a paragraph break.
  scope: 'adjacent',
  description: {
    fi: 'Vastaus puhuu talon tavalla joko me- tai minä-muodossa.',
    en: 'The reply speaks as the house does: as "we" or as "I".',
  },
  defaultSeverity: 'hint',
  messages: {
    singular: {
      fi: 'Talon tapa on puhua me-muodossa: ”{found}” on minä-muoto.',
      en: 'The house speaks as “we”: “{found}” is first person singular.',
    },
    plural: {
      fi: 'Talon tapa on puhua minä-muodossa: ”{found}” on me-muoto.',
      en: 'The house speaks as “I”: “{found}” is first person plural.',
    },
  },
  options: z.strictObject({
    speaker: z.enum(['we', 'I', 'any']).default('any'),
    /** Phrases whose first person singular a "we" house accepts (apologies, thanks). */
    allow: z.array(z.string()).default([]),
  }),
  fromStyle: (style, language) => ({
    speaker: style.speaker,
    // First-person singular phrases a "we" house still accepts (`LanguagePhrases.speaker`):
    // an apology, a thank-you or a hope is personal by nature.
    allow: (phrasesOf(language).speaker?.personal ?? []) as string[],
  }),
  enabledByDefault: (style) => style.speaker !== 'any',
  detect(doc, { options, language, report }) {
    if (options.speaker === 'any') return;
    const wrongLabel = options.speaker === 'we' ? 'first_sg' : 'first_pl';
    const messageId = options.speaker === 'we' ? 'singular' : 'plural';
    const allowed = phraseMatcher(options.allow);
    const { rewrites, context } = rewritesFor(language, doc.text);
    // Quoted text is not the house's voice: a button ("I still need help"), a message.
    let unquoted: string | undefined;
    const quoted = (start: number, end: number) => {
      unquoted ??= blankOutQuotes(doc.text);
      return unquoted.slice(start, end).trim() === '';
    };
    for (const { sentence, features } of analysedSentences(doc, language, ['greeting', 'body'])) {
      let excused: [number, number][] | undefined;
      for (const e of features.evidence) {
        if (e.label !== wrongLabel) continue;
        excused ??= excusedRanges(sentence.words, allowed);
        const start = sentence.start + e.start;
        const end = sentence.start + e.end;
        if (excused.some(([s, t]) => start >= s && end <= t)) continue;
        const found = doc.text.slice(start, end);
        // "Let's" is a courtesy formula, not a speaker.
        if (/^let['’]?s$/i.test(found)) continue;
        // "@im_hazel": a handle names someone, it does not speak.
        if (inHandle(doc.text, start) || quoted(start, end)) continue;
        // "…, tuen ja opiskeluhuollon", "sähköön, vuokraan, …": in a list a word that is
        // also a noun is the noun.
        if (language === 'fi' && inList(doc.text, start, end) && alsoNoun(found)) continue;
        const fix = rewrites.speaker?.(context, start, end, options.speaker);
        report({ messageId, start, end, data: { found }, fixes: fix ? [fix] : [] });
      }
    }
  },
  examples: {
    valid: [
      { language: 'fi', text: 'Korjaamme vian huomenna ja ilmoitamme Teille.' },
      { language: 'fi', text: 'Olen pahoillani viivästyksestä. Korjaamme asian heti.' },
      { language: 'fi', text: 'Pahoittelen tilannetta.' },
      { language: 'fi', text: 'Korjaan vian huomenna.', options: { speaker: 'I' } },
      { language: 'en', text: 'We will fix the fault tomorrow.' },
      { language: 'en', text: "I'm sorry for the delay. We have fixed the fault." },
      { language: 'en', text: 'Thank you for your patience.' },
      { language: 'en', text: 'I will fix it tomorrow.', options: { speaker: 'any' } },
      // A handle, a hope with its "I" left out, a noun in a list: no "I" speaking.
      { language: 'en', text: '@im_sara We have sent a new link. Hope to hear from you soon!' },
      // A thank-you in other words is personal, as "Thank you" is.
      { language: 'en', text: 'Appreciate your patience. We have sent a new link.' },
      { language: 'fi', text: 'Rahaa kuluu esimerkiksi ruokaan, vuokraan ja sähköön.' },
      // The words of a button or a message quoted for the customer.
      { language: 'en', text: 'Choose "I forgot my password" and we will send you a link.' },
      { language: 'en', text: 'The steps are under “Another account is using my email".' },
      { language: 'fi', text: 'Valitse ”Unohdin salasanani”, niin lähetämme linkin.' },
    ],
    invalid: [
      {
        language: 'fi',
        text: 'Korjaan vian huomenna.',
        findings: [{ messageId: 'singular', text: 'Korjaan' }],
        output: 'Korjaamme vian huomenna.',
      },
      {
        language: 'fi',
        text: 'Tarkistamme tilauksen.',
        options: { speaker: 'I' },
        findings: [{ messageId: 'plural', text: 'Tarkistamme' }],
        output: 'Tarkistan tilauksen.',
      },
      {
        language: 'en',
        text: 'I will fix the fault tomorrow.',
        findings: [{ messageId: 'singular', text: 'I' }],
        output: 'We will fix the fault tomorrow.',
      },
      {
        language: 'en',
        text: 'Yesterday I was on leave, so let me know.',
        findings: [
          { messageId: 'singular', text: 'I' },
          { messageId: 'singular', text: 'me' },
        ],
        output: 'Yesterday we were on leave, so let us know.',
      },
      {
        language: 'en',
        text: 'We will check our records.',
        options: { speaker: 'I' },
        findings: [
          { messageId: 'plural', text: 'We' },
          { messageId: 'plural', text: 'our' },
        ],
        output: 'I will check my records.',
      },
    ],
  },
});

/** Character ranges of the allowed personal phrases in a sentence. */
function excusedRanges(
  words: readonly Word[],
  matcher: ReturnType<typeof phraseMatcher>,
): [number, number][] {
  const ranges: [number, number][] = [];
  let from = 0;
  for (;;) {
    const m = matcher.find(words, from);
    if (!m) return ranges;
    const first = words[m.index] as Word;
    const last = words[m.index + m.length - 1] as Word;
    ranges.push([first.start, last.end]);
    from = m.index + m.length;
  }
}
