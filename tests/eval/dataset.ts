/**
 * Reads the labelled sentence files of `../shared/eval/treebank/` (one JSON object per
 * line: `{id, text, labels: {addr_2sg, ..., first_pl}, ...}`, null label = not applicable).
 */
import { FEATURE_LABELS, type Language } from '../../rules/types.ts';
import type { GoldLabels } from './metrics.ts';

export interface LabelledSentence {
  id: string;
  text: string;
  labels: GoldLabels;
  /** Gold evidence word forms per label, when the file has them. */
  evidence: Record<string, string[]>;
  source?: string;
}

export class DatasetError extends Error {}

export function parseDataset(content: string, file: string): LabelledSentence[] {
  const records: LabelledSentence[] = [];
  const lines = content.split('\n');
  for (let n = 0; n < lines.length; n++) {
    const line = (lines[n] as string).trim();
    if (!line) continue;
    const where = `${file}:${n + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (e) {
      throw new DatasetError(`${where}: not valid JSON (${(e as Error).message})`);
    }
    records.push(toRecord(value, where));
  }
  if (records.length === 0) throw new DatasetError(`${file}: no records`);
  return records;
}

function toRecord(value: unknown, where: string): LabelledSentence {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new DatasetError(`${where}: expected a JSON object`);
  }
  const r = value as Record<string, unknown>;
  if (typeof r.id !== 'string') throw new DatasetError(`${where}: "id" must be a string`);
  if (typeof r.text !== 'string') throw new DatasetError(`${where}: "text" must be a string`);
  const labels = r.labels;
  if (typeof labels !== 'object' || labels === null || Array.isArray(labels)) {
    throw new DatasetError(`${where}: "labels" must be an object`);
  }
  const gold = {} as GoldLabels;
  for (const label of FEATURE_LABELS) {
    const v = (labels as Record<string, unknown>)[label];
    if (v !== true && v !== false && v !== null) {
      throw new DatasetError(`${where}: labels.${label} must be true, false or null`);
    }
    gold[label] = v;
  }
  const evidence: Record<string, string[]> = {};
  if (typeof r.evidence === 'object' && r.evidence !== null) {
    for (const [k, v] of Object.entries(r.evidence)) {
      if (Array.isArray(v)) evidence[k] = v.map(String);
    }
  }
  return {
    id: r.id,
    text: r.text,
    labels: gold,
    evidence,
    ...(typeof r.source === 'string' ? { source: r.source } : {}),
  };
}

/** The language of a record from its id ("en_ewt:...", "fi_tdt:...") or source treebank. */
export function languageOf(record: LabelledSentence): Language | undefined {
  const hint = `${record.id} ${record.source ?? ''}`.toLowerCase();
  if (/^en[_:-]|english/.test(hint)) return 'en';
  if (/^fi[_:-]|finnish/.test(hint)) return 'fi';
  return undefined;
}

/** The one language of a dataset, or an error that asks for --lang. */
export function inferLanguage(records: readonly LabelledSentence[]): Language {
  const found = new Set(records.map(languageOf));
  if (found.size === 1) {
    const [only] = found;
    if (only) return only;
  }
  throw new DatasetError(
    found.size > 1
      ? 'the file mixes languages or has records of unknown language; pass --lang fi|en'
      : 'cannot tell the language from the ids or sources; pass --lang fi|en',
  );
}
