import { z } from 'zod';
import { defineCheck } from '../check';
import { quotedRanges } from '../context/patterns';
import type { Sentence } from '../document';
import { rewritesFor } from '../languages';
import { analysedSentences } from '../sentences';
import type { FeatureSpan } from '../types';

/** English auxiliaries the detector marks as part of a passive ("was", "been", "be"). */
const EN_AUXILIARIES =
  /^(?:am|is|are|was|were|be|been|being|get|gets|got|gotten|getting|'s|’s|'re|’re|'m|’m|its|r)$/i;

/**
 * The passive hides who acts. In a service reply the actor is usually the house, so where
 * the house speaks as "we" (or "I") the fix says so: korjataan → korjaamme, on korjattu →
 * olemme korjanneet, "was sent" → "we sent". With `speaker: any` the agent is not known and
 * the check only points the passive out. Zero-person sentences ("Tuotteen voi palauttaa"),
 * the active perfect ("on saapunut") and participles used as adjectives ("korjattu versio",
 * "I'm interested") are not passives; the detector tells them apart. A passive perfect
 * that describes a state ("Toimisto on suljettu viikonloppuisin", "Tuote on tarkoitettu
 * aikuisille", "The office is closed on Sundays") has no actor to name and is left alone.
 */
export default defineCheck({
  id: 'passive',
  scope: 'block',
  description: {
    fi: 'Vastaus kertoo, kuka tekee: aktiivi (Korjaamme vian) passiivin (Vika korjataan) sijaan.',
    en: 'The reply says who acts: active voice (We will fix it) instead of passive (It will be fixed).',
  },
  defaultSeverity: 'hint',
  messages: {
    passive: {
      fi: 'Passiivi ”{found}” jättää tekijän kertomatta. Kerro, kuka tekee: ”{suggestion}”.',
      en: 'The passive “{found}” hides who acts. Say who does it: “{suggestion}”.',
    },
    passivePlain: {
      fi: 'Passiivi ”{found}” jättää tekijän kertomatta. Kerro, kuka tekee (esimerkiksi me).',
      en: 'The passive “{found}” hides who acts. Say who does it (for example, “we”).',
    },
  },
  options: z.strictObject({
    /** Who the agent is in a fix: the house speaker. `any` gives no fix. */
    speaker: z.enum(['we', 'I', 'any']).default('any'),
  }),
  fromStyle: (style) => ({ speaker: style.speaker }),
  enabledByDefault: (style) => style.passive === 'avoid',
  detect(doc, { options, language, report }) {
    const { rewrites, context } = rewritesFor(language, doc.text);
    const speaker = options.speaker === 'any' ? null : options.speaker;
    const quoted = quotedRanges(doc.text);
    for (const { sentence, features } of analysedSentences(doc, language, ['body'])) {
      const spans: PassiveAt[] =
        language === 'en'
          ? englishPassives(sentence, features.evidence)
          : (features.passives ?? [])
              // A state is no one's deed: "Toimisto on suljettu viikonloppuisin".
              .filter((p) => !p.state)
              .map((p) => ({ start: p.start, end: p.end }));
      for (const span of spans) {
        const start = sentence.start + span.start;
        const end = sentence.start + span.end;
        // Quoted words are not the reply's own: a law, terms, the customer's message.
        if (quoted.some(([from, to]) => from < start && end < to)) continue;
        const found = doc.text.slice(start, end);
        const fix = speaker ? (rewrites.active?.(context, sentence, span, speaker) ?? null) : null;
        if (fix) {
          report({
            messageId: 'passive',
            start,
            end,
            data: { found, suggestion: fix.replacement },
            fixes: [fix],
          });
        } else {
          report({ messageId: 'passivePlain', start, end, data: { found } });
        }
      }
    }
  },
  examples: {
    valid: [
      { language: 'fi', text: 'Korjaamme vian huomenna.' },
      // A law or terms quoted: their voice is not the reply's.
      {
        language: 'fi',
        text: 'Lain mukaan: ”Tukitoimia toteutetaan yhteistyössä lapsen ja vanhempien kanssa.” Autamme mielellämme.',
      },
      { language: 'en', text: 'The terms say: "Refunds are issued within 14 days." We can help.' },
      { language: 'fi', text: 'Tuotteen voi palauttaa 30 päivän kuluessa.' },
      { language: 'fi', text: 'Pakettinne on saapunut noutopisteeseen.' },
      { language: 'fi', text: 'Korjattu versio laskusta on liitteenä.' },
      { language: 'fi', text: 'Kengät sopivat hyvin lahjaksi.' },
      { language: 'fi', text: 'Toimisto on suljettu viikonloppuisin.' },
      { language: 'fi', text: 'Tuote on tarkoitettu aikuisille.' },
      { language: 'en', text: 'The office is closed on Sundays.' },
      { language: 'en', text: 'We sent your order yesterday.' },
      { language: 'en', text: "I'm interested in your feedback." },
      // An agent named, an attribute, a state: nobody hidden.
      { language: 'en', text: 'The outage was caused by a faulty update at our provider.' },
      { language: 'en', text: 'Are you using the built-in mail app?' },
      { language: 'en', text: 'Please make sure the app is updated and you are logged in.' },
      { language: 'en', text: 'Please send us the receipt.' },
    ],
    invalid: [
      {
        language: 'fi',
        text: 'Vika korjataan huomenna.',
        findings: [{ messageId: 'passive', text: 'korjataan' }],
        output: 'Vian korjaamme huomenna.',
      },
      {
        language: 'fi',
        text: 'Tilauksenne lähetetään tänään.',
        options: { speaker: 'I' },
        findings: [{ messageId: 'passive', text: 'lähetetään' }],
        output: 'Tilauksenne lähetän tänään.',
      },
      {
        language: 'fi',
        text: 'Laskunne on korjattu.',
        findings: [{ messageId: 'passive', text: 'on korjattu' }],
        output: 'Laskunne olemme korjanneet.',
      },
      {
        language: 'fi',
        text: 'Toimisto suljettiin eilen.',
        options: { speaker: 'any' },
        findings: [{ messageId: 'passivePlain', text: 'suljettiin' }],
      },
      {
        language: 'fi',
        text: 'Rahat palautetaan tilillenne.',
        options: { speaker: 'any' },
        findings: [{ messageId: 'passivePlain', text: 'palautetaan' }],
      },
      {
        language: 'en',
        text: 'Your order was sent yesterday.',
        findings: [{ messageId: 'passive', text: 'was sent' }],
        output: 'We sent your order yesterday.',
      },
      {
        language: 'en',
        text: 'You will be refunded within a week.',
        findings: [{ messageId: 'passive', text: 'be refunded' }],
        output: 'We will refund you within a week.',
      },
      {
        language: 'en',
        text: 'The parcel was delivered to the wrong address.',
        findings: [{ messageId: 'passive', text: 'was delivered' }],
        output: 'We delivered the parcel to the wrong address.',
      },
      {
        // In a clause of condition the state word tells of an event.
        language: 'en',
        text: 'When the app is updated, your settings are kept.',
        findings: [
          { messageId: 'passivePlain', text: 'is updated' },
          { messageId: 'passivePlain', text: 'are kept' },
        ],
      },
    ],
  },
});

interface PassiveAt {
  start: number;
  end: number;
  /** The participle's start, for the active rewrite. */
  participle?: number;
}

/**
 * Participles that after a present "is/are" mostly name a state the reader finds things in,
 * not a deed: "make sure the app is updated", "they're not delayed", "your account is
 * locked". Said with "was", "will be", "has been" or an agent they are deeds again.
 */
const EN_STATE_PARTICIPLES = new Set(
  `updated installed enabled disabled connected logged signed closed opened located based
  delayed affected required included supported attached listed linked configured selected
  subscribed registered blocked locked stuck broken damaged allowed limited done finished
  covered interested involved prepared expected turned set switched paired synced
  synchronized synchronised verified authorized authorised activated deactivated
  completed unlocked booked reserved sold married`
    .split(/\s+/)
    .filter(Boolean),
);
/** A present "is/are" (not "was", "been", "be", which tell of a deed). */
const EN_PRESENT_BE = /^(?:am|is|are|'s|’s|'re|’re|'m|’m)$/i;
/** "by Monday", "by email": a "by" that names no agent. */
const NOT_AGENT_AFTER_BY =
  /^(?:the (?:end|time|way)|now|then|far|default|mistake|accident|hand|e-?mail|phone|post|mail|chat|monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|today|\d)/i;
/** An open clause of time or condition before the auxiliary: "if the app …", "once it …". */
const EVENT_CLAUSE =
  /\b(?:if|when|whenever|once|until|unless|before|after|as soon as)\b[^,.;:!?]*$/i;
/** Words that make the participle after them an attribute: "the built-in app". */
const EN_DETERMINERS =
  /(?:^|\s)(?:the|a|an|your|my|our|their|his|her|its|this|that|these|those)\s+$/i;

/**
 * Groups the detector's English passive evidence into auxiliary + participle spans, and
 * keeps those that hide an actor: a participle with its "be"/"get" (the corpus's and the
 * style guides' passive; a bare participle is an attribute or a reduced clause), not named
 * by a "by" agent ("caused by a bug" names its cause), not an attribute after a
 * determiner, and not a state after a present "is/are" (`EN_STATE_PARTICIPLES`).
 */
function englishPassives(sentence: Sentence, evidence: readonly FeatureSpan[]): PassiveAt[] {
  const out: PassiveAt[] = [];
  const text = sentence.text;
  let aux: { start: number; end: number } | null = null;
  for (const e of evidence) {
    if (e.label !== 'passive') continue;
    const word = text.slice(e.start, e.end);
    if (EN_AUXILIARIES.test(word)) {
      aux ??= { start: e.start, end: e.end };
      continue;
    }
    const auxiliary = aux;
    aux = null;
    if (!auxiliary) continue;
    const between = text.slice(auxiliary.end, e.start);
    // "Are you using the built-in app": a progressive or an attribute, not a passive.
    if (/\p{L}ing\b/u.test(between) || EN_DETERMINERS.test(text.slice(0, e.start))) continue;
    const after = text.slice(e.end).replace(/^\s+/, '');
    const by = /^by\s+(\S+(?:\s+\S+)?)/i.exec(after);
    if (by && !NOT_AGENT_AFTER_BY.test(by[1] as string)) continue;
    const auxText = text.slice(auxiliary.start, auxiliary.end);
    // "If the app is installed after upgrading": in a clause of time or condition the same
    // words tell of an event.
    const event = EVENT_CLAUSE.test(text.slice(0, auxiliary.start));
    if (
      EN_PRESENT_BE.test(auxText) &&
      !event &&
      !/\bbeing\b/i.test(between) &&
      EN_STATE_PARTICIPLES.has(word.toLowerCase())
    ) {
      continue;
    }
    out.push({ start: auxiliary.start, end: e.end, participle: e.start });
  }
  return out;
}
