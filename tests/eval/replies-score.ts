/**
 * How a finding on a real reply counts against the hand labels (tests/eval/replies/README.md
 * has the labels). Three kinds of check:
 *
 * - Reply-level (`greeting`, `thanks`, `closing`, `apology`, `address`, `speaker`): one
 *   decision per reply. The check should report when the labels say the part is missing
 *   (greeting/thanks/closing false), when the customer is upset and the reply has no apology,
 *   when the address breaks the house style (with `any`: both forms in one reply), and when
 *   the reply speaks in the person the house does not (first person singular in the
 *   courtesy phrases a "we" house accepts does not count). Any finding of the check in the
 *   reply is the check's "yes"; tp, fp and fn count replies.
 * - Span-level (`command`, `passive`, `sentence-length`, `promise`): each labelled quote is
 *   one expected item. A finding that overlaps a labelled quote finds it (tp, once per
 *   quote); a finding that overlaps no quote is a false positive; a quote that no finding
 *   overlaps is a false negative. Further findings on an already found quote count neither
 *   way (a quote may hold two verbs of one passive).
 * - Per question (`unanswered-question`): each customer question labelled as not answered is
 *   one expected item. A finding is matched to the labelled question whose text it quotes
 *   (same words, or one contains the other): an unanswered one is a tp, an answered one a fp;
 *   a finding that quotes no labelled question (a rhetorical question, quoted text, a
 *   greeting) is a fp too.
 *
 * Findings of other checks are not scored.
 */
import type { ReplyRecord } from './replies-corpus.ts';

export type CheckKind = 'reply' | 'span' | 'question';

export const SCORED_CHECKS = {
  greeting: 'reply',
  thanks: 'reply',
  closing: 'reply',
  apology: 'reply',
  address: 'reply',
  speaker: 'reply',
  command: 'span',
  passive: 'span',
  'sentence-length': 'span',
  promise: 'span',
  'unanswered-question': 'question',
} as const satisfies Record<string, CheckKind>;

export type ScoredCheck = keyof typeof SCORED_CHECKS;

export function isScored(check: string): check is ScoredCheck {
  return Object.hasOwn(SCORED_CHECKS, check);
}

/** Message ids of a check that are not the labelled judgement (address: chat language). */
const UNSCORED_MESSAGES: Partial<Record<ScoredCheck, readonly string[]>> = {
  address: ['chat'],
};

/** The part of a finding the scoring reads. */
export interface EvalFinding {
  check: string;
  start: number;
  end: number;
  text: string;
  message: string;
  messageId?: string;
}

/** The house choices the reply-level labels are judged against. */
export interface JudgedStyle {
  address: 'formal' | 'informal' | 'any';
  speaker: 'we' | 'I' | 'any';
}

export interface ErrorItem {
  kind: 'fp' | 'fn';
  id: string;
  check: ScoredCheck;
  /** The finding's text (fp) or the labelled quote or question (fn). */
  text: string;
  /** The finding's message (fp), or what was expected (fn). */
  detail: string;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface CheckResult extends Counts {
  errors: ErrorItem[];
}

/** Whether the labels say the check should report on this reply (reply-level checks). */
export function expectedAtReply(
  check: Extract<
    ScoredCheck,
    'greeting' | 'thanks' | 'closing' | 'apology' | 'address' | 'speaker'
  >,
  record: ReplyRecord,
  style: JudgedStyle,
): boolean {
  const l = record.labels;
  switch (check) {
    case 'greeting':
      return !l.greeting;
    case 'thanks':
      return !l.thanks;
    case 'closing':
      return !l.closing;
    case 'apology':
      return l.upset && !l.apology;
    case 'address':
      if (l.address === 'mixed') return true;
      if (style.address === 'formal') return l.address === 'informal';
      if (style.address === 'informal') return l.address === 'formal';
      return false;
    case 'speaker':
      if (style.speaker === 'any') return false;
      return l.speaker === 'mixed' || l.speaker === (style.speaker === 'we' ? 'I' : 'we');
  }
}

const SPAN_LABELS = {
  command: 'commands',
  passive: 'passives',
  'sentence-length': 'longSentences',
  promise: 'promises',
} as const;

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

/** Lower case, letters and digits only, single spaces. */
export function normaliseQuestion(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The question a finding's message quotes (between the first pair of quotation marks). */
export function quotedQuestion(message: string): string {
  const m = /[“”"]([^“”"]+)[“”"]/.exec(message);
  return (m?.[1] ?? message).replace(/…$/, '');
}

/** How alike a quoted (maybe shortened) question and a labelled one are, 0…1. */
export function questionSimilarity(found: string, labelled: string): number {
  const f = normaliseQuestion(found);
  const l = normaliseQuestion(labelled);
  if (f === '' || l === '') return 0;
  if (l.includes(f) || f.includes(l)) return 1;
  const fw = new Set(f.split(' '));
  const lw = new Set(l.split(' '));
  let shared = 0;
  for (const w of fw) if (lw.has(w)) shared++;
  return shared / (fw.size + lw.size - shared);
}

/** A finding quotes a labelled question when they share at least this much. */
export const QUESTION_MATCH = 0.5;

/** Scores one check's findings on one reply against its labels. */
export function scoreCheck(
  check: ScoredCheck,
  record: ReplyRecord,
  allFindings: readonly EvalFinding[],
  style: JudgedStyle,
): CheckResult {
  const skip = UNSCORED_MESSAGES[check] ?? [];
  const findings = allFindings.filter(
    (f) => f.check === check && !(f.messageId && skip.includes(f.messageId)),
  );
  const result: CheckResult = { tp: 0, fp: 0, fn: 0, errors: [] };
  const fp = (text: string, detail: string) => {
    result.fp++;
    result.errors.push({ kind: 'fp', id: record.id, check, text, detail });
  };
  const fn = (text: string, detail: string) => {
    result.fn++;
    result.errors.push({ kind: 'fn', id: record.id, check, text, detail });
  };
  const kind = SCORED_CHECKS[check];

  if (kind === 'reply') {
    const expected = expectedAtReply(check as Parameters<typeof expectedAtReply>[0], record, style);
    const first = findings[0];
    if (expected && first) result.tp++;
    else if (first) fp(first.text, first.message);
    else if (expected) fn(record.reply.slice(0, 80), `expected a ${check} finding`);
    return result;
  }

  if (kind === 'span') {
    const quotes = record.labels[SPAN_LABELS[check as keyof typeof SPAN_LABELS]].map((q) => {
      const start = record.reply.indexOf(q);
      return { quote: q, start, end: start + q.length, found: false };
    });
    for (const f of findings) {
      const hit = quotes.filter((q) => overlaps(q, f));
      if (hit.length === 0) fp(f.text, f.message);
      for (const q of hit) q.found = true;
    }
    for (const q of quotes) {
      if (q.found) result.tp++;
      else fn(q.quote, `expected a ${check} finding`);
    }
    return result;
  }

  // Per question.
  const questions = record.labels.questions.map((q) => ({ ...q, found: false }));
  for (const f of findings) {
    const asked = quotedQuestion(f.message);
    let best: (typeof questions)[number] | undefined;
    let bestScore = 0;
    for (const q of questions) {
      const s = questionSimilarity(asked, q.text);
      if (s > bestScore) {
        best = q;
        bestScore = s;
      }
    }
    if (!best || bestScore < QUESTION_MATCH) fp(asked, 'not a labelled question of the customer');
    else if (best.answered) fp(asked, 'labelled as answered by the reply');
    else best.found = true;
  }
  for (const q of questions) {
    if (q.answered) continue;
    if (q.found) result.tp++;
    else fn(q.text, 'unanswered question not reported');
  }
  return result;
}

export interface Score extends Counts {
  precision: number | null;
  recall: number | null;
}

export function score(c: Counts): Score {
  return {
    ...c,
    precision: c.tp + c.fp === 0 ? null : c.tp / (c.tp + c.fp),
    recall: c.tp + c.fn === 0 ? null : c.tp / (c.tp + c.fn),
  };
}

/** Counts per check and language, summed over replies. */
export class ReplyTally {
  readonly counts = new Map<ScoredCheck, Record<'fi' | 'en', Counts>>();
  readonly errors: ErrorItem[] = [];

  add(
    record: ReplyRecord,
    findings: readonly EvalFinding[],
    style: JudgedStyle,
    checks: readonly ScoredCheck[],
  ): void {
    for (const check of checks) {
      const r = scoreCheck(check, record, findings, style);
      let byLang = this.counts.get(check);
      if (!byLang) {
        byLang = { fi: { tp: 0, fp: 0, fn: 0 }, en: { tp: 0, fp: 0, fn: 0 } };
        this.counts.set(check, byLang);
      }
      const c = byLang[record.language];
      c.tp += r.tp;
      c.fp += r.fp;
      c.fn += r.fn;
      this.errors.push(...r.errors);
    }
  }

  /** One check's counts, over both languages or one. */
  check(check: ScoredCheck, language?: 'fi' | 'en'): Score {
    const byLang = this.counts.get(check);
    if (!byLang) return score({ tp: 0, fp: 0, fn: 0 });
    const langs = language ? [language] : (['fi', 'en'] as const);
    return score(sum(langs.map((l) => byLang[l])));
  }

  /** Micro-average over every check. */
  overall(language?: 'fi' | 'en'): Score {
    return score(sum([...this.counts.keys()].map((c) => this.check(c, language))));
  }
}

function sum(cs: readonly Counts[]): Counts {
  return cs.reduce((a, c) => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn }), {
    tp: 0,
    fp: 0,
    fn: 0,
  });
}
