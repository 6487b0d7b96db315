/**
 * Reader for Voikko's unweighted VFST transducer format (`mor.vfst` of voikko-fi) with a lookup
 * that enumerates outputs in exactly libvoikko's order and under libvoikko's limits
 * (libvoikko 4.3.1 `UnweightedTransducer`). Format and algorithm: VOIKKO-VFST.md §2–§4.
 *
 * Pure TypeScript (no DOM, no Node APIs): runs in content scripts and in Node.
 */

// biome-ignore-all lint/style/noNonNullAssertion: hot typed-array loops; every index is in range by construction (noUncheckedIndexedAccess would otherwise need a check per access).

const COOKIE1 = 0x00013a6e;
const COOKIE2 = 0x000351fa;
const COOKIE1_REV = 0x6e3a0100;
const COOKIE2_REV = 0xfa510300;
const FINAL_MARKER = 0xffff;

/** libvoikko `MAX_LOOP_COUNT`: moves (descents + backtracks) allowed between two outputs. */
export const VFST_MAX_MOVES = 100_000;
/** libvoikko configuration buffer size (stack depth and output buffer, in code points). */
export const VFST_BUFFER_SIZE = 2000;

// Flag diacritic operations. Unknown letters behave like D (none occur in mor.vfst).
const OP_P = 0;
const OP_C = 1;
const OP_U = 2;
const OP_R = 3;
const OP_D = 4;
const FLAG_VALUE_NEUTRAL = 0;
const FLAG_VALUE_ANY = 1;

// Lookahead words (see computeLook / summarize).
const BLOOM_BITS = 22;
const BLOOM_MASK = (1 << BLOOM_BITS) - 1;
const LOOK_OPEN = 1 << 22;
const SUM_DONE = 1 << 23;
const SUM_IN_PROGRESS = LOOK_OPEN;

/** Words per cell in our copy of the transition table. */
const W = 3;

export class VfstFormatError extends Error {
  override name = 'VfstFormatError';
}

/** One output of a prefix-mode lookup. */
export interface PrefixMatch {
  output: string;
  /** Number of input symbols consumed. */
  length: number;
}

const LITTLE_ENDIAN_HOST = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/**
 * A loaded unweighted VFST transducer.
 *
 * The file's 8-byte cells are copied into one Uint32Array with three words per cell:
 * `[symIn | symOut << 16, target | more << 24, lookahead]` (the overflow cell's first word is its
 * count). Keeping the lookahead word next to the transition makes dead-end skipping almost free.
 * A state is the index of its head cell; the start state is 0.
 */
export class VfstTransducer {
  /** Symbol strings; index 0 is ε (""). */
  readonly symbols: readonly string[];
  /** First symbol that is not a flag diacritic (ε and flags are below). */
  readonly firstNormal: number;
  /** First multi-character tag symbol (`[…`), or the symbol count if none. */
  readonly firstMulti: number;
  /** Number of 8-byte cells in the file's transition table. */
  readonly cellCount: number;
  readonly flagFeatureCount: number;

  private readonly table: Uint32Array;
  /** Symbol length in UTF-16 units (all symbols here are BMP, so = code points). */
  private readonly symbolLengths: Uint16Array;
  private readonly flagOp: Uint8Array;
  private readonly flagFeature: Uint16Array;
  private readonly flagValue: Uint16Array;
  /** Code point → symbol id for code points < 0x400 (-1 = none). */
  private readonly charLow: Int16Array;
  private readonly charHigh = new Map<number, number>();
  /** Lazily computed ε-tree summaries per state head (see summarize). */
  private readonly stateSum: Uint32Array;
  private dfsStack = new Int32Array(1024);

  // Search stacks, reused between lookups (one lookup at a time; JS is single-threaded).
  private readonly stateStack = new Int32Array(VFST_BUFFER_SIZE + 1);
  private readonly cellStack = new Int32Array(VFST_BUFFER_SIZE + 1);
  private readonly endStack = new Int32Array(VFST_BUFFER_SIZE + 1);
  private readonly chainStack = new Uint8Array(VFST_BUFFER_SIZE + 1);
  private readonly undoFeature = new Int32Array(VFST_BUFFER_SIZE + 1);
  private readonly undoValue = new Uint16Array(VFST_BUFFER_SIZE + 1);
  private inBits = new Uint32Array(VFST_BUFFER_SIZE + 1);
  private readonly flags: Uint16Array;

  constructor(bytes: ArrayBuffer | Uint8Array) {
    const u8 = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
    if (u8.byteLength < 18) throw new VfstFormatError('VFST: file too short');
    const dv = new DataView(u8.buffer, u8.byteOffset, u8.byteLength);
    const c1 = dv.getUint32(0, true);
    const c2 = dv.getUint32(4, true);
    if (c1 === COOKIE1_REV && c2 === COOKIE2_REV) {
      throw new VfstFormatError('VFST: big-endian transducer files are not supported');
    }
    if (c1 !== COOKIE1 || c2 !== COOKIE2) throw new VfstFormatError('VFST: bad magic cookie');
    if (u8[8] !== 0) throw new VfstFormatError('VFST: weighted transducers are not supported');

    // Symbol table: u16 count, then NUL-terminated UTF-8 strings.
    const symbolCount = dv.getUint16(16, true);
    const decoder = new TextDecoder('utf-8');
    const symbols: string[] = new Array(symbolCount);
    let p = 18;
    let firstNormal = 0;
    let firstMulti = 0;
    for (let i = 0; i < symbolCount; i++) {
      let e = p;
      while (e < u8.length && u8[e] !== 0) e++;
      if (e >= u8.length) throw new VfstFormatError('VFST: truncated symbol table');
      const sym = decoder.decode(u8.subarray(p, e));
      symbols[i] = sym;
      p = e + 1;
      if (firstNormal === 0 && i > 0 && sym[0] !== '@') firstNormal = i;
      if (firstNormal !== 0 && firstMulti === 0 && sym[0] === '[') firstMulti = i;
    }
    if (firstNormal === 0) firstNormal = symbolCount;
    if (firstMulti === 0) firstMulti = symbolCount;
    this.symbols = symbols;
    this.firstNormal = firstNormal;
    this.firstMulti = firstMulti;
    this.symbolLengths = new Uint16Array(symbolCount);
    for (let i = 0; i < symbolCount; i++) this.symbolLengths[i] = symbols[i]?.length ?? 0;

    // Flag diacritics: @OP.FEATURE.VALUE@ / @OP.FEATURE@ (no value = "any").
    this.flagOp = new Uint8Array(firstNormal);
    this.flagFeature = new Uint16Array(firstNormal);
    this.flagValue = new Uint16Array(firstNormal);
    const features = new Map<string, number>();
    const values = new Map<string, number>([
      ['', FLAG_VALUE_NEUTRAL],
      ['@', FLAG_VALUE_ANY],
    ]);
    for (let i = 1; i < firstNormal; i++) {
      const sym = symbols[i] ?? '';
      const op = sym[1];
      this.flagOp[i] =
        op === 'P' ? OP_P : op === 'C' ? OP_C : op === 'U' ? OP_U : op === 'R' ? OP_R : OP_D;
      const body = sym.slice(3, sym.length - 1);
      const dot = body.indexOf('.');
      const feature = dot < 0 ? body : body.slice(0, dot);
      const value = dot < 0 ? '@' : body.slice(dot + 1);
      let f = features.get(feature);
      if (f === undefined) {
        f = features.size;
        features.set(feature, f);
      }
      let v = values.get(value);
      if (v === undefined) {
        v = values.size;
        values.set(value, v);
      }
      this.flagFeature[i] = f;
      this.flagValue[i] = v;
    }
    this.flagFeatureCount = features.size;
    this.flags = new Uint16Array(Math.max(1, features.size));

    // Input alphabet: symbols that are exactly one code point (libvoikko looks input characters
    // up by their full string); the first one wins.
    this.charLow = new Int16Array(0x400).fill(-1);
    for (let i = 1; i < symbolCount; i++) {
      const sym = symbols[i] ?? '';
      const cp = sym.codePointAt(0);
      if (cp === undefined || sym.length !== (cp > 0xffff ? 2 : 1)) continue;
      if (cp < 0x400) {
        if (this.charLow[cp] === -1) this.charLow[cp] = i;
      } else if (!this.charHigh.has(cp)) {
        this.charHigh.set(cp, i);
      }
    }

    // Transition table: 8-byte cells from the next multiple of 8 (counted from file start).
    const tableStart = (p + 7) & ~7;
    const cellCount = Math.floor((u8.byteLength - tableStart) / 8);
    if (cellCount < 1) throw new VfstFormatError('VFST: empty transition table');
    if (cellCount >= 1 << 24) throw new VfstFormatError('VFST: transition table too large');
    this.cellCount = cellCount;
    const table = new Uint32Array(cellCount * W);
    const abs = u8.byteOffset + tableStart;
    if (LITTLE_ENDIAN_HOST) {
      // Word view over the file (copy first if the table is not 4-byte aligned in memory).
      const src =
        abs % 4 === 0
          ? new Uint32Array(u8.buffer, abs, cellCount * 2)
          : new Uint32Array(u8.slice(tableStart, tableStart + cellCount * 8).buffer);
      for (let c = 0, i = 0, j = 0; c < cellCount; c++, i += 2, j += W) {
        table[j] = src[i]!;
        table[j + 1] = src[i + 1]!;
      }
    } else {
      for (let c = 0; c < cellCount; c++) {
        table[c * W] = dv.getUint32(tableStart + c * 8, true);
        table[c * W + 1] = dv.getUint32(tableStart + c * 8 + 4, true);
      }
    }
    this.table = table;
    this.stateSum = new Uint32Array(cellCount);
  }

  // -------------------------------------------------------------------------------------------
  // Low-level accessors (tests, tools)

  /** Input symbol of cell c (0xFFFF = final marker). */
  symIn(c: number): number {
    return this.table[c * W]! & 0xffff;
  }

  /** Output symbol of cell c. */
  symOut(c: number): number {
    return this.table[c * W]! >>> 16;
  }

  /** Target state (head cell) of cell c. */
  target(c: number): number {
    return this.table[c * W + 1]! & 0xffffff;
  }

  /** Index one past the last cell of state s. */
  stateEnd(s: number): number {
    const more = this.table[s * W + 1]! >>> 24;
    return more === 255 ? s + 2 + this.table[(s + 1) * W]! : s + 1 + more;
  }

  /** Transition cells of state s in file order (skipping the overflow cell). */
  transitionsOf(s: number): number[] {
    const end = this.stateEnd(s);
    const overflow = this.table[s * W + 1]! >>> 24 === 255;
    const out: number[] = [];
    for (let c = s; c < end; c++) if (!(overflow && c === s + 1)) out.push(c);
    return out;
  }

  /** Symbol id of a single input code point, or -1 if it is not in the alphabet. */
  symbolOf(cp: number): number {
    if (cp < 0x400) return this.charLow[cp] ?? -1;
    return this.charHigh.get(cp) ?? -1;
  }

  /**
   * Maps a string (per code point) to input symbols. Returns null if any code point is not in
   * the transducer's alphabet (libvoikko then produces nothing).
   */
  encode(text: string): Uint16Array | null {
    const out = new Uint16Array(text.length);
    let n = 0;
    for (let i = 0; i < text.length; i++) {
      let cp = text.charCodeAt(i);
      if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < text.length) {
        const lo = text.charCodeAt(i + 1);
        if (lo >= 0xdc00 && lo <= 0xdfff) {
          cp = ((cp - 0xd800) << 10) + (lo - 0xdc00) + 0x10000;
          i++;
        }
      }
      const s = this.symbolOf(cp);
      if (s < 0) return null;
      out[n++] = s;
    }
    return n === out.length ? out : out.subarray(0, n);
  }

  // -------------------------------------------------------------------------------------------
  // Lookup

  /**
   * All outputs for the input symbols `input[0..length)`, in libvoikko's order, at most
   * `maxOutputs`. Enumeration stops early (like libvoikko) when the move budget between two
   * outputs, the stack depth or the output buffer is exhausted. Flags start neutral each time.
   */
  lookup(
    input: ArrayLike<number>,
    maxOutputs = Number.POSITIVE_INFINITY,
    length = input.length,
  ): string[] {
    const out: string[] = [];
    this.run(input, length, maxOutputs, false, out, null);
    return out;
  }

  /** Prefix mode (as used for autocorrect): a final state is accepted at any input position. */
  lookupPrefix(
    input: ArrayLike<number>,
    maxOutputs = Number.POSITIVE_INFINITY,
    length = input.length,
  ): PrefixMatch[] {
    const out: string[] = [];
    const lengths: number[] = [];
    this.run(input, length, maxOutputs, true, out, lengths);
    return out.map((output, i) => ({ output, length: lengths[i] ?? 0 }));
  }

  /**
   * Depth-first search equivalent to libvoikko's iterative engine (same output order, same move
   * and depth accounting), with two shortcuts that do not change either:
   *  - states consisting of a single ε transition ("chains", e.g. those spelling
   *    `[Xp]korjata[X]`) are passed in one step (k transitions, k moves each way);
   *  - a transition whose ε-tree is provably dead for the next input symbol (see computeLook)
   *    is not entered; its 2·D moves are added instead.
   */
  private run(
    input: ArrayLike<number>,
    n: number,
    maxOutputs: number,
    prefix: boolean,
    out: string[],
    lengths: number[] | null,
  ): void {
    if (maxOutputs <= 0) return;
    const T = this.table;
    const firstNormal = this.firstNormal;
    const stateStack = this.stateStack;
    const cellStack = this.cellStack;
    const endStack = this.endStack;
    const chainStack = this.chainStack;
    const undoFeature = this.undoFeature;
    const undoValue = this.undoValue;
    const flags = this.flags;
    const flagOp = this.flagOp;
    const flagFeature = this.flagFeature;
    const flagValue = this.flagValue;
    const maxDepth = VFST_BUFFER_SIZE - 2;
    const useLook = !prefix;

    if (this.inBits.length < n + 1) this.inBits = new Uint32Array(n + 1);
    const inBits = this.inBits;
    for (let i = 0; i < n; i++) inBits[i] = 1 << (input[i]! % BLOOM_BITS);
    inBits[n] = 0;
    flags.fill(0);

    let depth = 0; // levels on our stack
    let pathLen = 0; // transitions on the path (libvoikko's stack depth)
    let pos = 0;
    let moves = 0;
    stateStack[0] = 0;
    cellStack[0] = 0;
    endStack[0] = this.stateEnd(0);

    for (;;) {
      if (moves >= VFST_MAX_MOVES) return;
      const s = stateStack[depth]!;
      const end = endStack[depth]!;
      let c = cellStack[depth]!;
      let take = -1;
      while (c < end) {
        if (c === s + 1 && T[s * W + 1]! >>> 24 === 255) {
          c++; // overflow cell
          continue;
        }
        const sym = T[c * W]! & 0xffff;
        let cand = -1;
        if (sym === FINAL_MARKER) {
          if (pos === n || prefix) {
            if (!this.emit(depth, out)) return;
            lengths?.push(pos);
            if (out.length >= maxOutputs) return;
            moves = 0;
          }
          c++;
          continue;
        }
        if (sym === 0) {
          undoFeature[depth] = -1;
          cand = c;
        } else if (sym < firstNormal) {
          // Flag diacritic on the input side.
          const f = flagFeature[sym]!;
          const v = flagValue[sym]!;
          const cur = flags[f]!;
          const op = flagOp[sym]!;
          let ok = true;
          let set = -1;
          if (op === OP_P) set = v;
          else if (op === OP_C) set = FLAG_VALUE_NEUTRAL;
          else if (op === OP_U) {
            if (cur !== FLAG_VALUE_NEUTRAL) ok = cur === v;
            else set = v;
          } else if (op === OP_R) {
            ok = v === FLAG_VALUE_ANY ? cur !== FLAG_VALUE_NEUTRAL : cur === v;
          } else {
            ok = !((v === FLAG_VALUE_ANY && cur !== FLAG_VALUE_NEUTRAL) || cur === v);
          }
          if (!ok) {
            c++;
            continue;
          }
          if (set >= 0) {
            undoFeature[depth] = f;
            undoValue[depth] = cur;
            flags[f] = set;
          } else {
            undoFeature[depth] = -1;
          }
          cand = c;
        } else {
          // Character section, sorted ascending by symIn: jump to the input symbol.
          if (pos < n) {
            const t = input[pos]!;
            if (sym < t) {
              let lo = c + 1;
              let hi = end;
              if (hi - lo > 8) {
                while (lo < hi) {
                  const mid = (lo + hi) >>> 1;
                  if ((T[mid * W]! & 0xffff) < t) lo = mid + 1;
                  else hi = mid;
                }
              } else {
                while (lo < hi && (T[lo * W]! & 0xffff) < t) lo++;
              }
              c = lo;
            }
            if (c < end && (T[c * W]! & 0xffff) === t) {
              undoFeature[depth] = -1;
              cand = c;
            }
          }
          if (cand < 0) {
            c = end;
            break;
          }
        }

        // Transition `cand` is taken.
        const np = sym >= firstNormal ? pos + 1 : pos;
        if (useLook) {
          let lk = T[cand * W + 2]!;
          if (lk === 0) lk = this.computeLook(cand);
          if ((lk & (inBits[np]! | LOOK_OPEN)) === 0) {
            const d = lk >>> 24;
            if (pathLen + d < maxDepth) {
              // Dead end: libvoikko would walk d transitions down and back without output.
              moves += 2 * d;
              const f = undoFeature[depth]!;
              if (f >= 0) flags[f] = undoValue[depth]!;
              if (moves >= VFST_MAX_MOVES) return;
              c = cand + 1;
              continue;
            }
          }
        }
        if (pathLen >= maxDepth) return; // libvoikko: max stack depth reached
        // Pass states made of a single ε transition in one step.
        let w = T[cand * W + 1]! & 0xffffff;
        let wInfo = T[w * W + 1]!;
        let k = 0;
        while (wInfo >>> 24 === 0 && (T[w * W]! & 0xffff) === 0 && k < 255) {
          if (pathLen + k + 1 >= maxDepth) return;
          k++;
          w = wInfo & 0xffffff;
          wInfo = T[w * W + 1]!;
        }
        const wMore = wInfo >>> 24;
        take = cand;
        cellStack[depth] = cand;
        chainStack[depth] = k;
        pos = np;
        pathLen += k + 1;
        moves += k + 1;
        depth++;
        stateStack[depth] = w;
        cellStack[depth] = w;
        endStack[depth] = wMore === 255 ? w + 2 + T[(w + 1) * W]! : w + 1 + wMore;
        break;
      }
      if (take >= 0) continue;

      // Backtrack.
      if (depth === 0) return;
      depth--;
      const pc = cellStack[depth]!;
      const psym = T[pc * W]! & 0xffff;
      if (psym >= firstNormal) pos--;
      else if (psym !== 0) {
        const f = undoFeature[depth]!;
        if (f >= 0) flags[f] = undoValue[depth]!;
      }
      const k = chainStack[depth]!;
      pathLen -= k + 1;
      moves += k + 1;
      cellStack[depth] = pc + 1;
    }
  }

  /** Builds the output of the current path; false if libvoikko's output buffer would overflow. */
  private emit(depth: number, out: string[]): boolean {
    const T = this.table;
    const firstNormal = this.firstNormal;
    const symbols = this.symbols;
    const symbolLengths = this.symbolLengths;
    const cellStack = this.cellStack;
    const chainStack = this.chainStack;
    let len = 0;
    let text = '';
    for (let d = 0; d < depth; d++) {
      let cell = cellStack[d]!;
      let k = chainStack[d]!;
      for (;;) {
        const so = T[cell * W]! >>> 16;
        const o = so >= firstNormal ? so : 0;
        const l = symbolLengths[o]!;
        if (len + l + 1 >= VFST_BUFFER_SIZE) return false;
        if (l !== 0) text += symbols[o];
        len += l;
        if (k === 0) break;
        k--;
        cell = T[cell * W + 1]! & 0xffffff; // next chain state = its single cell
      }
    }
    out.push(text);
    return true;
  }

  /**
   * Lookahead word of transition c, computed on first use and cached in the cell's third word
   * (0 = not yet computed). For the target t of c, consider the tree of ε-input paths from t
   * (the part of the search that consumes no input). If that tree has no flag diacritics, no
   * final state, no cycle, and D = 1 + (its number of ε transitions) ≤ 255, the word is
   * `D << 24 | bloom`, where bloom has bit (x mod 22) set for every input symbol x accepted by a
   * state in the tree; otherwise it is LOOK_OPEN. When the next input symbol's bit is clear (or
   * the input is used up), libvoikko would walk exactly that tree and back without output:
   * 2·D moves.
   */
  private computeLook(c: number): number {
    const t = this.table[c * W + 1]! & 0xffffff;
    let value = LOOK_OPEN;
    if (t < this.cellCount) {
      const sm = this.summarize(t);
      const d = 1 + (sm >>> 24);
      if ((sm & LOOK_OPEN) === 0 && d <= 255) value = ((d << 24) | (sm & BLOOM_MASK)) >>> 0;
    }
    this.table[c * W + 2] = value;
    return value;
  }

  /**
   * Summary of state `root`'s ε-tree, memoised per state head:
   * bits 0–21 bloom, bit 22 open, bit 23 done, bits 24–31 number of ε transitions (≤ 255).
   * A state on the DFS stack holds SUM_IN_PROGRESS (open, not done), which marks ε-cycles.
   */
  private summarize(root: number): number {
    const stateSum = this.stateSum;
    const known = stateSum[root]!;
    if (known & SUM_DONE) return known;
    const T = this.table;
    const cellCount = this.cellCount;
    const firstNormal = this.firstNormal;
    let stack = this.dfsStack;
    stack[0] = root;
    stack[1] = root;
    let sp = 2;
    stateSum[root] = SUM_IN_PROGRESS;
    while (sp > 0) {
      const u = stack[sp - 2]!;
      const more = T[u * W + 1]! >>> 24;
      const end = more === 255 ? u + 2 + T[(u + 1) * W]! : u + 1 + more;
      let next = stack[sp - 1]!;
      let child = -1;
      while (next < end) {
        const cur = next++;
        if ((T[cur * W]! & 0xffff) !== 0 || (more === 255 && cur === u + 1)) continue;
        const t = T[cur * W + 1]! & 0xffffff;
        if (t < cellCount && stateSum[t] === 0) {
          child = t;
          break;
        }
      }
      if (child >= 0) {
        stack[sp - 1] = next;
        if (sp + 2 > stack.length) {
          const bigger = new Int32Array(stack.length * 2);
          bigger.set(stack);
          stack = bigger;
          this.dfsStack = bigger;
        }
        stateSum[child] = SUM_IN_PROGRESS;
        stack[sp] = child;
        stack[sp + 1] = child;
        sp += 2;
        continue;
      }
      sp -= 2;
      // All ε-children of u are done (or in progress = cycle).
      let bloom = more === 255 ? LOOK_OPEN : 0;
      let e = 0;
      for (let c = u; c < end; c++) {
        if (more === 255 && c === u + 1) continue;
        const si = T[c * W]! & 0xffff;
        if (si === 0) {
          const t = T[c * W + 1]! & 0xffffff;
          const ts = t < cellCount ? stateSum[t]! : 0;
          if ((ts & SUM_DONE) === 0) bloom |= LOOK_OPEN;
          else {
            bloom |= ts & (BLOOM_MASK | LOOK_OPEN);
            e += 1 + (ts >>> 24);
          }
        } else if (si === FINAL_MARKER || si < firstNormal) {
          bloom |= LOOK_OPEN;
        } else {
          bloom |= 1 << (si % BLOOM_BITS);
        }
      }
      if (e >= 255) {
        bloom |= LOOK_OPEN;
        e = 255;
      }
      stateSum[u] = ((e << 24) | SUM_DONE | bloom) >>> 0;
    }
    return stateSum[root]!;
  }
}

export function loadVfst(bytes: ArrayBuffer | Uint8Array): VfstTransducer {
  return new VfstTransducer(bytes);
}
