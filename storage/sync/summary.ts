import type { ResolvedPack } from '../../rules/index';

/** What changed between two versions of a pack, as the options page lists it. */
export interface ChangeSummary {
  rulesAdded: string[];
  rulesRemoved: string[];
  rulesChanged: string[];
  /** Style keys whose value differs (`greeting`, `sentenceMaxWords`, …). */
  styleChanged: string[];
  /** Check settings (`checks.<id>`) that differ. */
  checksChanged: string[];
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Compares resolved packs, so a change inherited from a parent pack shows too. */
export function summarizeChanges(before: ResolvedPack, after: ResolvedPack): ChangeSummary {
  const oldRules = new Map(before.rules.map((r) => [r.id, r]));
  const newRules = new Map(after.rules.map((r) => [r.id, r]));
  const rulesAdded = [...newRules.keys()].filter((id) => !oldRules.has(id));
  const rulesRemoved = [...oldRules.keys()].filter((id) => !newRules.has(id));
  const rulesChanged = [...newRules.keys()].filter(
    (id) => oldRules.has(id) && !same(oldRules.get(id), newRules.get(id)),
  );
  const styleKeys = Object.keys(after.style) as (keyof ResolvedPack['style'])[];
  const styleChanged = styleKeys.filter((key) => !same(before.style[key], after.style[key]));
  const checkIds = new Set([...Object.keys(before.checks), ...Object.keys(after.checks)]);
  const checksChanged = [...checkIds].filter((id) => !same(before.checks[id], after.checks[id]));
  return { rulesAdded, rulesRemoved, rulesChanged, styleChanged, checksChanged };
}
