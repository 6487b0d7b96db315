/**
 * The engine's public contract. Everything in `rules/` is pure TypeScript: no DOM, no
 * extension API, so it runs in the content script, the side panel and Node alike.
 */

export type Severity = 'error' | 'warning' | 'hint';
export type Language = 'fi' | 'en';

/** A replacement for the range [start, end) of the draft. */
export interface Fix {
  start: number;
  end: number;
  replacement: string;
  /** Short label for the fix button; defaults to the replacement. */
  label?: string;
}

export interface Finding {
  /** Check or pack-rule id, kebab-case. */
  check: string;
  severity: Severity;
  /** UTF-16 offsets into the draft text, end exclusive. */
  start: number;
  end: number;
  /** draft.slice(start, end) */
  text: string;
  /** In the pack's language. Plain text, never HTML. */
  message: string;
  fixes: Fix[];
  /** Which of the check's messages this is (for statistics and tests), when known. */
  messageId?: string;
  /** Where the house-style guide explains the rule (a pack rule's `link`), http(s) only. */
  link?: string;
}

/** What the host page tells about the conversation; every field optional. */
export interface CheckContext {
  /** The customer's last message in the thread, as plain text. */
  customerMessage?: string;
  customerName?: string;
  agentName?: string;
  ticketId?: string;
  subject?: string;
}

/** Sentence-level grammatical features that the house-style checks and `npm run eval` use. */
export const FEATURE_LABELS = [
  'addr_2sg',
  'addr_2pl',
  'addr_2',
  'imperative',
  'passive',
  'first_sg',
  'first_pl',
] as const;
export type FeatureLabel = (typeof FEATURE_LABELS)[number];

export interface FeatureSpan {
  label: FeatureLabel;
  /** Offsets relative to the analysed sentence text. */
  start: number;
  end: number;
}

export interface SentenceFeatures {
  labels: Record<FeatureLabel, boolean>;
  /** The word forms that carry each true label. */
  evidence: FeatureSpan[];
}

/**
 * What an imperative asks of the reader, for the house-style checks: a `command` (Send us
 * the receipt. / Lähettäkää kuitti.), a `request` softened by a politeness marker (Please
 * send … / Lähettäkää ystävällisesti …), or a `courtesy` formula that is imperative only in
 * form (Let me know / Ottakaa yhteyttä). The `command` check flags only `command`.
 */
export type ImperativeKind = 'command' | 'request' | 'courtesy';

/** A sentence-level detector of grammatical features, one per language. */
export interface FeatureDetector {
  readonly language: Language;
  detect(sentence: string): SentenceFeatures;
}
