/**
 * Incremental checking for an editor: one `IncrementalChecker` per attached editor, asked
 * again after every edit. It returns exactly what `check(draft, pack, context)` returns (the
 * equivalence test in tests/unit/engine/incremental.test.ts applies hundreds of random
 * edits and compares), but redoes only what the edit can have changed:
 *
 * 1. The old and new drafts are compared by their common prefix and suffix: everything
 *    outside the changed range is the same text, moved by the length difference in the
 *    suffix.
 * 2. The layout (which lines form which blocks, and their roles) is recomputed for the
 *    whole draft: roles depend on position (the greeting is the first line, the closing is
 *    found from the end), and one pass over the lines is cheap. A block whose range and role
 *    are unchanged and which lies wholly in the unchanged prefix or suffix keeps its parse
 *    (`parseBlock` depends only on the block's text, offset and role), moved in place by
 *    `shiftBlock`; the others are parsed again.
 * 3. Checks of `scope: 'block'` (rules/check.ts) run on the changed blocks only, each on a
 *    document holding just that block. Their findings are cached per block and moved with
 *    it. Checks of `scope: 'adjacent'` likewise, but their fixes may read the neighbouring
 *    blocks (a substitution is capitalised after a greeting ending in "!", an English
 *    speaker fix agrees with the next word), so their findings are kept only while the
 *    text from the start of the block before to the end of the block after is unchanged:
 *    an edit re-runs them on about three blocks. One character of margin on each side of
 *    the edit covers a parse or fix that looks just past a block's end.
 * 4. Checks of `scope: 'document'` run on the whole document every time; they are cheap, or
 *    memoise their per-block work with `blockMemo`, which keeps working because unchanged
 *    blocks stay the same objects.
 * 5. Findings are gathered in the order a full check reports them (check by check, block by
 *    block) and sorted by the same stable comparison, so ties come out in the same order.
 *
 * A result is valid until the next check: the findings of unchanged blocks are the same
 * objects from one result to the next, and those after an edit are moved in place (their
 * offsets, and their fixes', change). Copy a finding to keep it; treat findings as read-only.
 */

import { servicesVersion } from './analysis';
import {
  assembleDocument,
  type BlockRange,
  type DocumentLayout,
  type DraftDocument,
  enableBlockMemo,
  layoutDocument,
  type Paragraph,
  parseBlock,
  shiftBlock,
} from './document';
import { type ActiveCheck, type CompiledPack, compiledFor, runCheck, sortFindings } from './engine';
import { featureDetectorFor } from './features';
import type { Pack } from './pack';
import type { CheckContext, Finding } from './types';

interface BlockState {
  block: Paragraph;
  /** The findings of each block check (as `blockChecks`) in this block; null: to run. */
  findings: (Finding[] | null)[];
}

const EMPTY: readonly Finding[] = [];

function isBlockCheck(active: ActiveCheck): boolean {
  return active.check.scope === 'block' || active.check.scope === 'adjacent';
}

function isCompiled(pack: Pack | CompiledPack): pack is CompiledPack {
  return 'parseOptions' in pack && 'checks' in pack && Array.isArray(pack.checks);
}

function sameContext(a: CheckContext, b: CheckContext): boolean {
  const keysA = Object.keys(a) as (keyof CheckContext)[];
  if (keysA.length !== Object.keys(b).length) return false;
  for (const key of keysA) if (a[key] !== b[key]) return false;
  return true;
}

/**
 * Moves a finding and its fixes by `delta`, in place. Copying every finding after the edit
 * on every keystroke was the largest single cost of a long draft's re-check.
 */
function shiftFinding(f: Finding, delta: number): void {
  f.start += delta;
  f.end += delta;
  for (const fix of f.fixes) {
    fix.start += delta;
    fix.end += delta;
  }
}

// Comparing a few hundred characters at a time as (sliced, not copied) strings is about
// twenty times as fast as a loop over charCodeAt, especially on the cons strings an editor's
// text usually is; the steps narrow down to single characters.
const STEPS = [512, 64, 8, 1];

/** Length of the common prefix of a and b. */
function commonPrefix(a: string, b: string): number {
  const max = Math.min(a.length, b.length);
  let n = 0;
  for (const step of STEPS) {
    while (n + step <= max && a.slice(n, n + step) === b.slice(n, n + step)) n += step;
  }
  return n;
}

/** Length of the common suffix of a and b, at most max. */
function commonSuffix(a: string, b: string, max: number): number {
  const al = a.length;
  const bl = b.length;
  let n = 0;
  for (const step of STEPS) {
    while (n + step <= max && a.slice(al - n - step, al - n) === b.slice(bl - n - step, bl - n)) {
      n += step;
    }
  }
  return n;
}

/** A document of one block, as a block check sees it (rules/check.ts, `CheckScope`). */
function blockDocument(text: string, block: Paragraph): DraftDocument {
  const paragraphs = [block];
  const isBody = block.role === 'body';
  return {
    text,
    paragraphs,
    body: isBody ? paragraphs : [],
    greeting: null,
    closing: null,
    signature: block.role === 'signature' ? block : null,
    quoted: [],
    words: block.words,
    bodyWordCount: isBody ? block.words.length : 0,
  };
}

export class IncrementalChecker {
  private readonly compiled: CompiledPack;
  private readonly blockChecks: readonly ActiveCheck[];
  private text: string | null = null;
  private states: BlockState[] = [];
  private context: CheckContext = {};
  private services: readonly unknown[] = [];
  private last: Finding[] = [];

  /** A pack (compiled once per pack object, as `check` does) or an already compiled one. */
  constructor(pack: Pack | CompiledPack) {
    this.compiled = isCompiled(pack) ? pack : compiledFor(pack);
    this.blockChecks = this.compiled.checks.filter(isBlockCheck);
  }

  /** The findings of `check(draft, pack, context)`, sorted by position. */
  check(draft: string, context: CheckContext = {}): Finding[] {
    try {
      return this.update(draft, context).slice();
    } catch (error) {
      // A check that throws may leave half-updated state behind: start afresh next time.
      this.reset();
      throw error;
    }
  }

  /** Forgets the previous draft: the next check is a full one. */
  reset(): void {
    this.text = null;
    this.states = [];
    this.last = [];
  }

  private update(draft: string, context: CheckContext): Finding[] {
    // Findings depend on the context and on the language services (a detector or analyzer
    // registered since): when either changes, every block's findings are recomputed.
    const services = [servicesVersion(), featureDetectorFor(this.compiled.pack.language)];
    const fresh =
      sameContext(context, this.context) &&
      services.length === this.services.length &&
      services.every((s, i) => s === this.services[i]);
    if (!fresh) {
      for (const state of this.states) state.findings.fill(null);
      this.context = { ...context };
      this.services = services;
    } else if (draft === this.text) {
      return this.last;
    }

    const layout = layoutDocument(draft, this.compiled.parseOptions);
    const states = this.reparse(draft, layout);
    this.text = draft;
    this.states = states;
    const doc = assembleDocument(
      draft,
      layout,
      states.map((s) => s.block),
    );

    const { compiled, blockChecks } = this;
    for (const state of states) {
      let view: DraftDocument | null = null;
      for (let i = 0; i < blockChecks.length; i++) {
        if (state.findings[i]) continue;
        view ??= blockDocument(draft, state.block);
        const found: Finding[] = [];
        runCheck(blockChecks[i] as ActiveCheck, view, compiled, context, found);
        state.findings[i] = found.length === 0 ? (EMPTY as Finding[]) : found;
      }
    }

    const findings: Finding[] = [];
    let b = 0;
    for (const active of compiled.checks) {
      if (isBlockCheck(active)) {
        const index = b++;
        for (const state of states) {
          for (const f of state.findings[index] as Finding[]) findings.push(f);
        }
      } else {
        runCheck(active, doc, compiled, context, findings);
      }
    }
    this.last = sortFindings(findings);
    return this.last;
  }

  private parsed(draft: string, range: BlockRange): BlockState {
    const block = parseBlock(draft, range.start, range.end, range.role);
    enableBlockMemo(block);
    return { block, findings: new Array<Finding[] | null>(this.blockChecks.length).fill(null) };
  }

  /**
   * The block states of `draft`: old ones kept (and moved) where the edit left them alone,
   * new ones parsed elsewhere.
   */
  private reparse(draft: string, layout: DocumentLayout): BlockState[] {
    const previous = this.text;
    const old = this.states;
    const states: BlockState[] = [];
    if (previous === null || old.length === 0) {
      for (const r of layout.blocks) states.push(this.parsed(draft, r));
      return states;
    }

    // The unchanged prefix [0, prefix) and suffix: old [oldLength - suffix, oldLength) is
    // new [newLength - suffix, newLength).
    const oldLength = previous.length;
    const newLength = draft.length;
    const prefix = commonPrefix(previous, draft);
    const suffix = commonSuffix(previous, draft, Math.min(oldLength, newLength) - prefix);
    const delta = newLength - oldLength;
    // Strict comparisons keep one character of margin: a block's parse may look at the
    // character after its end (a sentence end's lookahead), a fix at the one before it.
    const inPrefix = (end: number) => end < prefix;
    const inSuffix = (start: number) => start > oldLength - suffix;
    // Old blocks' ranges before any of them is moved below.
    const oldStarts = old.map((s) => s.block.start);
    const oldEnds = old.map((s) => s.block.end);

    let j = 0;
    for (const range of layout.blocks) {
      let state: BlockState | null = null;
      const before = inPrefix(range.end);
      const after = !before && inSuffix(range.start - delta);
      if (before || after) {
        const start = after ? range.start - delta : range.start;
        const end = after ? range.end - delta : range.end;
        while (j < old.length && (oldStarts[j] as number) < start) j++;
        const candidate = old[j];
        if (
          candidate &&
          oldStarts[j] === start &&
          oldEnds[j] === end &&
          candidate.block.role === range.role
        ) {
          state = candidate;
          j++;
          const { findings } = candidate;
          if (after && delta !== 0) {
            shiftBlock(candidate.block, delta);
            for (const list of findings) if (list) for (const f of list) shiftFinding(f, delta);
          }
          // `adjacent` checks may read the neighbouring blocks: keep their findings only
          // when the text from the block before to the block after is unchanged too.
          const windowStart = j > 1 ? (oldStarts[j - 2] as number) : 0;
          const windowEnd = j < old.length ? (oldEnds[j] as number) : oldLength;
          if (after ? !inSuffix(windowStart) : !inPrefix(windowEnd)) {
            this.blockChecks.forEach((active, i) => {
              if (active.check.scope === 'adjacent') findings[i] = null;
            });
          }
        }
      }
      states.push(state ?? this.parsed(draft, range));
    }
    return states;
  }
}
