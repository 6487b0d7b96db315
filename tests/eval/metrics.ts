/**
 * Precision, recall and F1 per label over sentence-level binary decisions. A gold label of
 * `null` means "not applicable" (English has no singular/plural "you"): such sentences are
 * left out of that label's counts, and a label with no applicable sentence is left out.
 */
import { FEATURE_LABELS, type FeatureLabel } from '../../rules/types.ts';

export interface LabelCounts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

export interface LabelScore {
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
  /** Sentences whose gold label is true. */
  support: number;
}

export type GoldLabels = Record<FeatureLabel, boolean | null>;
export type PredictedLabels = Record<FeatureLabel, boolean>;

export class LabelTally {
  readonly counts = new Map<FeatureLabel, LabelCounts>();

  add(gold: GoldLabels, predicted: PredictedLabels): void {
    for (const label of FEATURE_LABELS) {
      const g = gold[label];
      if (g === null) continue;
      let c = this.counts.get(label);
      if (!c) {
        c = { tp: 0, fp: 0, fn: 0, tn: 0 };
        this.counts.set(label, c);
      }
      const p = predicted[label];
      if (g && p) c.tp++;
      else if (p) c.fp++;
      else if (g) c.fn++;
      else c.tn++;
    }
  }

  /** Scores of the applicable labels, in FEATURE_LABELS order. */
  scores(): Map<FeatureLabel, LabelScore> {
    const out = new Map<FeatureLabel, LabelScore>();
    for (const label of FEATURE_LABELS) {
      const c = this.counts.get(label);
      if (c) out.set(label, score(c));
    }
    return out;
  }
}

/**
 * With no predicted positives precision is 1 (nothing claimed wrongly); with no gold
 * positives recall is 1 (nothing missed). F1 is 0 whenever both are 0.
 */
export function score(c: LabelCounts): LabelScore {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, tp: c.tp, fp: c.fp, fn: c.fn, support: c.tp + c.fn };
}
