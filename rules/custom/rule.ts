/**
 * Turns a pack's custom rule into a `Check`, so the engine runs built-in checks and pack
 * rules alike: same findings, same severities, same `checks.<id>` settings.
 *
 * Rules read the blocks the agent wrote (greeting, body, closing), not quoted earlier
 * messages nor the signature. A finding about something missing (`require`,
 * `conditional`, `limit` below its minimum) points at the first sentence of the body, as
 * the built-in `thanks` check does: the place the agent looks first.
 */

import { z } from 'zod';
import type { Check, CheckScope, DetectContext, Localized } from '../check';
import type { DraftDocument, Paragraph, TextSpan } from '../document';
import { phrasesOf } from '../languages';
import type { Language } from '../types';
import { substituteText } from './fix';
import { compileMatcher, type Matcher, type PatternMatch } from './pattern';
import { type CustomRule, type Pattern, type Patterns, patternList } from './schema';

/** Message ids by rule kind, with the text a rule without its own `message` shows. */
export const DEFAULT_MESSAGES = {
  substitute: {
    substitute: {
      fi: 'Käytä mieluummin ”{replacement}” kuin ”{match}”.',
      en: 'Use “{replacement}” rather than “{match}”.',
    },
  },
  forbid: {
    forbidden: {
      fi: '”{match}” ei kuulu talon tapaan.',
      en: '“{match}” is not the house style.',
    },
  },
  require: {
    missing: {
      fi: 'Vastauksesta puuttuu jokin näistä: {expected}.',
      en: 'The reply should contain one of: {expected}.',
    },
  },
  conditional: {
    missing: {
      fi: 'Asiakas mainitsee ”{trigger}”, joten vastauksessa pitäisi olla jokin näistä: {expected}.',
      en: 'The customer mentions “{trigger}”, so the reply should contain one of: {expected}.',
    },
  },
  limit: {
    'too-many': {
      fi: '”{match}” toistuu {count} kertaa (enintään {max}).',
      en: '“{match}” occurs {count} times (at most {max}).',
    },
    'too-few': {
      fi: 'Jokin näistä: {expected} esiintyy {count} kertaa (vähintään {min}).',
      en: 'One of {expected} occurs {count} times (at least {min}).',
    },
  },
} as const satisfies Record<CustomRule['kind'], Record<string, Localized>>;

/** How a language without its own (`LanguagePhrases.quotes`) quotes a pattern. */
const DEFAULT_QUOTES = ['“', '”'] as const;

/** A pattern as a reader would recognise it in a message: ”kiitos”, /\d{6}/. */
export function describePatterns(patterns: Patterns, language: Language): string {
  const [open, close] = phrasesOf(language).quotes ?? DEFAULT_QUOTES;
  return patternList(patterns)
    .map((p: Pattern) => (typeof p === 'string' ? `${open}${p}${close}` : `/${p.regex}/`))
    .join(', ');
}

const NO_OPTIONS = z.strictObject({});

function writtenBlocks(doc: DraftDocument): Paragraph[] {
  return doc.paragraphs.filter((p) => p.role !== 'signature');
}

function findIn(matcher: Matcher, blocks: readonly TextSpan[]): PatternMatch[] {
  return blocks.flatMap((block) => matcher.findAll(block.text, block.start));
}

/** Where a finding about something missing from the reply is shown. */
function missingAnchor(doc: DraftDocument): TextSpan | undefined {
  for (const paragraph of doc.body) {
    const sentence = paragraph.sentences.find((s) => s.words.length > 0);
    if (sentence) return sentence;
  }
  return writtenBlocks(doc).find((p) => p.words.length > 0);
}

type Detect = (doc: DraftDocument, ctx: DetectContext<Record<string, unknown>>) => void;

function substituteDetect(
  rule: Extract<CustomRule, { kind: 'substitute' }>,
  language: Language,
): Detect {
  const matcher = compileMatcher(
    rule.swap.map((s) => s.pattern),
    language,
  );
  return (doc, { report }) => {
    for (const match of findIn(matcher, writtenBlocks(doc))) {
      const swap = rule.swap[match.entry];
      if (!swap) continue;
      const replacement = substituteText(match, swap, language, doc.text);
      report({
        messageId: 'substitute',
        start: match.start,
        end: match.end,
        data: { match: match.text, replacement },
        fixes: [{ start: match.start, end: match.end, replacement }],
      });
    }
  };
}

function forbidDetect(rule: Extract<CustomRule, { kind: 'forbid' }>, language: Language): Detect {
  const matcher = compileMatcher([rule.pattern], language);
  return (doc, { report }) => {
    for (const match of findIn(matcher, writtenBlocks(doc))) {
      report({
        messageId: 'forbidden',
        start: match.start,
        end: match.end,
        data: { match: match.text },
      });
    }
  };
}

function requireDetect(rule: Extract<CustomRule, { kind: 'require' }>, language: Language): Detect {
  const matcher = compileMatcher([rule.pattern], language);
  const expected = describePatterns(rule.pattern, language);
  return (doc, { report }) => {
    if (writtenBlocks(doc).some((b) => matcher.test(b.text))) return;
    const anchor = missingAnchor(doc);
    if (anchor)
      report({ messageId: 'missing', start: anchor.start, end: anchor.end, data: { expected } });
  };
}

function conditionalDetect(
  rule: Extract<CustomRule, { kind: 'conditional' }>,
  language: Language,
): Detect {
  const when = compileMatcher([rule.when], language);
  const reply = compileMatcher([rule.reply], language);
  const expected = describePatterns(rule.reply, language);
  return (doc, { context, report }) => {
    const trigger = context.customerMessage ? when.findAll(context.customerMessage)[0] : undefined;
    if (!trigger) return;
    if (writtenBlocks(doc).some((b) => reply.test(b.text))) return;
    const anchor = missingAnchor(doc);
    if (!anchor) return;
    report({
      messageId: 'missing',
      start: anchor.start,
      end: anchor.end,
      data: { expected, trigger: trigger.text },
    });
  };
}

/** The spans a `limit` counts in: the whole reply, each body paragraph or each sentence. */
function limitScopes(doc: DraftDocument, per: 'reply' | 'paragraph' | 'sentence'): TextSpan[][] {
  if (per === 'reply') return [writtenBlocks(doc)];
  if (per === 'paragraph') return doc.body.map((p) => [p]);
  return doc.body.flatMap((p) => p.sentences.map((s) => [s]));
}

function limitDetect(rule: Extract<CustomRule, { kind: 'limit' }>, language: Language): Detect {
  const matcher = compileMatcher([rule.pattern], language);
  const expected = describePatterns(rule.pattern, language);
  const per = rule.per ?? 'reply';
  return (doc, { report }) => {
    for (const scope of limitScopes(doc, per)) {
      const matches = findIn(matcher, scope);
      const count = matches.length;
      if (rule.max !== undefined && count > rule.max) {
        // The occurrences past the limit are the ones to remove.
        for (const match of matches.slice(rule.max)) {
          report({
            messageId: 'too-many',
            start: match.start,
            end: match.end,
            data: { match: match.text, count, max: rule.max },
          });
        }
      }
      if (rule.min !== undefined && count < rule.min) {
        const anchor = per === 'reply' ? missingAnchor(doc) : scope[0];
        if (!anchor || !/[\p{L}\p{N}]/u.test(anchor.text)) continue;
        report({
          messageId: 'too-few',
          start: anchor.start,
          end: anchor.end,
          data: { expected, count, min: rule.min },
        });
      }
    }
  };
}

/**
 * Substitutions and forbidden words are found block by block, and so are limits counted
 * per paragraph or sentence; what the whole reply must contain, or may contain only so
 * often, needs the whole document (rules/check.ts, `CheckScope`). A substitution's fix
 * reads the text before the match (its letter case at a sentence start, an English verb
 * form after "have"), which for a block's first word lies in the block before.
 */
function scopeOf(rule: CustomRule): CheckScope {
  switch (rule.kind) {
    case 'substitute':
      return 'adjacent';
    case 'forbid':
      return 'block';
    case 'limit':
      return (rule.per ?? 'reply') === 'reply' ? 'document' : 'block';
    default:
      return 'document';
  }
}

function detectorFor(rule: CustomRule, language: Language): Detect {
  switch (rule.kind) {
    case 'substitute':
      return substituteDetect(rule, language);
    case 'forbid':
      return forbidDetect(rule, language);
    case 'require':
      return requireDetect(rule, language);
    case 'conditional':
      return conditionalDetect(rule, language);
    case 'limit':
      return limitDetect(rule, language);
  }
}

function messagesFor(rule: CustomRule): Record<string, Localized> {
  const defaults: Record<string, Localized> = DEFAULT_MESSAGES[rule.kind];
  if (rule.message === undefined) return defaults;
  const own = rule.message;
  return Object.fromEntries(Object.keys(defaults).map((id) => [id, { fi: own, en: own }]));
}

const compiled = new WeakMap<CustomRule, Partial<Record<Language, Check>>>();

/**
 * The check a custom rule runs as, for packs in `language`. Compiled once per rule object
 * (patterns become regular expressions), since a rule is checked on every keystroke.
 */
export function compileRule(rule: CustomRule, language: Language): Check {
  let byLanguage = compiled.get(rule);
  if (!byLanguage) {
    byLanguage = {};
    compiled.set(rule, byLanguage);
  }
  const cached = byLanguage[language];
  if (cached) return cached;
  const description = rule.description ?? rule.message ?? `${rule.kind} rule ${rule.id}`;
  const check: Check = {
    id: rule.id,
    scope: scopeOf(rule),
    description: { fi: description, en: description },
    defaultSeverity: rule.severity ?? 'warning',
    messages: messagesFor(rule),
    options: NO_OPTIONS,
    detect: detectorFor(rule, language),
    // A pack rule's examples are the pack's (`examples.bad/good`), run by the validator.
    examples: { valid: [], invalid: [] },
  };
  byLanguage[language] = check;
  return check;
}
