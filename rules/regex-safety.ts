/**
 * Refuses regular expressions that could backtrack catastrophically. Pack rules run in the
 * content script on every keystroke, and JavaScript has no regex timeout, so an expression
 * such as `(a+)+$` in a pack would freeze the agent's tab. The check is static and
 * conservative: it parses the expression (Unicode mode, as the engine compiles it) and
 * rejects the shapes behind exponential and polynomial backtracking:
 *
 * - a repeated part that can match the empty string: `(a*)*`;
 * - nested quantifiers whose iterations can split the same text in several ways:
 *   `(a+)+`, `(\w+\s?)+` (but not `(\w+\s)+`, where the separator fixes the split);
 * - alternatives under a quantifier that can start with the same character: `(a|ab)*`;
 * - two unbounded quantifiers that can take the same characters, one after the other:
 *   `\d+\d+`, `.*\s*.*`;
 * - repetition counts above `MAX_COUNT`.
 *
 * Character sets are compared on a sample of characters (ASCII, Latin-1, common
 * punctuation and letters of other scripts, plus every literal of the expression), which
 * is exact for the expressions packs contain and errs on the side of refusing.
 */

const MAX_COUNT = 1000;
/** A repetition at least this long counts as unbounded for polynomial backtracking. */
const LONG_REPEAT = 50;

type Node =
  | { type: 'char'; source: string }
  | { type: 'seq'; items: Node[] }
  | { type: 'alt'; alternatives: Node[] }
  | { type: 'group'; body: Node }
  | { type: 'look' }
  | { type: 'assert' }
  | { type: 'backref' }
  | { type: 'repeat'; body: Node; min: number; max: number; source: string };

type RepeatNode = Extract<Node, { type: 'repeat' }>;

class RegexParser {
  private pos = 0;
  constructor(private readonly src: string) {}

  parse(): Node {
    const node = this.disjunction();
    if (this.pos < this.src.length) throw new SyntaxError(`unexpected "${this.src[this.pos]}"`);
    return node;
  }

  private disjunction(): Node {
    const alternatives = [this.alternative()];
    while (this.src[this.pos] === '|') {
      this.pos++;
      alternatives.push(this.alternative());
    }
    return alternatives.length === 1 ? (alternatives[0] as Node) : { type: 'alt', alternatives };
  }

  private alternative(): Node {
    const items: Node[] = [];
    while (this.pos < this.src.length && this.src[this.pos] !== '|' && this.src[this.pos] !== ')') {
      items.push(this.term());
    }
    return { type: 'seq', items };
  }

  private term(): Node {
    const start = this.pos;
    const atom = this.atom();
    const quantifier = this.quantifier();
    if (!quantifier) return atom;
    return { type: 'repeat', body: atom, ...quantifier, source: this.src.slice(start, this.pos) };
  }

  private quantifier(): { min: number; max: number } | null {
    const c = this.src[this.pos];
    let bounds: { min: number; max: number } | null = null;
    if (c === '*') bounds = { min: 0, max: Number.POSITIVE_INFINITY };
    else if (c === '+') bounds = { min: 1, max: Number.POSITIVE_INFINITY };
    else if (c === '?') bounds = { min: 0, max: 1 };
    if (bounds) this.pos++;
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.pos));
      if (!m) throw new SyntaxError('incomplete quantifier');
      const min = Number(m[1]);
      const max = m[2] === undefined ? min : m[3] ? Number(m[3]) : Number.POSITIVE_INFINITY;
      bounds = { min, max };
      this.pos += m[0].length;
    }
    if (bounds && this.src[this.pos] === '?') this.pos++; // lazy: same backtracking
    return bounds;
  }

  private atom(): Node {
    const c = this.src[this.pos] as string;
    if (c === '^' || c === '$') {
      this.pos++;
      return { type: 'assert' };
    }
    if (c === '(') return this.group();
    if (c === '[') return this.characterClass();
    if (c === '\\') return this.escape();
    const ch = String.fromCodePoint(this.src.codePointAt(this.pos) as number);
    this.pos += ch.length;
    return { type: 'char', source: ch };
  }

  private group(): Node {
    const rest = this.src.slice(this.pos, this.pos + 4);
    const look = /^\(\?(?:=|!|<=|<!)/.exec(rest);
    if (look) this.pos += look[0].length;
    else if (rest.startsWith('(?:')) this.pos += 3;
    else if (rest.startsWith('(?<')) this.pos = this.src.indexOf('>', this.pos) + 1;
    else this.pos++;
    const body = this.disjunction();
    if (this.src[this.pos] !== ')') throw new SyntaxError('unterminated group');
    this.pos++;
    return look ? { type: 'look' } : { type: 'group', body };
  }

  private characterClass(): Node {
    const start = this.pos;
    this.pos++;
    while (this.pos < this.src.length && this.src[this.pos] !== ']') {
      this.pos += this.src[this.pos] === '\\' ? 2 : 1;
    }
    if (this.src[this.pos] !== ']') throw new SyntaxError('unterminated character class');
    this.pos++;
    return { type: 'char', source: this.src.slice(start, this.pos) };
  }

  private escape(): Node {
    const start = this.pos;
    const c = this.src[this.pos + 1] ?? '';
    this.pos += 2;
    if (c === 'b' || c === 'B') return { type: 'assert' };
    if (c === 'k') {
      this.pos = this.src.indexOf('>', this.pos) + 1;
      return { type: 'backref' };
    }
    if (/[1-9]/.test(c)) {
      while (/\d/.test(this.src[this.pos] ?? '')) this.pos++;
      return { type: 'backref' };
    }
    if ((c === 'p' || c === 'P' || c === 'u') && this.src[this.pos] === '{') {
      this.pos = this.src.indexOf('}', this.pos) + 1;
    } else if (c === 'u') this.pos += 4;
    else if (c === 'x') this.pos += 2;
    else if (c === 'c') this.pos += 1;
    else if (c.length === 0) throw new SyntaxError('\\ at end of pattern');
    else if (/[\uD800-\uDBFF]/.test(c)) this.pos++; // identity escape of an astral character
    return { type: 'char', source: this.src.slice(start, this.pos) };
  }
}

/** Characters the sets are compared on; the expression's own literals are added. */
const BASE_SAMPLE: readonly string[] = (() => {
  const chars: string[] = ['\t', '\n', '\r', '\v', '\f', '\u2028', '\u3000', '\u00a0'];
  for (let c = 0x20; c < 0x7f; c++) chars.push(String.fromCharCode(c));
  for (let c = 0xa1; c <= 0xff; c++) chars.push(String.fromCharCode(c));
  chars.push(...'€–—‘’“”„…•ŠšŽžŁłŐőДдЖжΩλ中日한😀'.split(/(?:)/u));
  return chars;
})();

type CharSet = Uint8Array;

class SetAnalysis {
  private readonly sample: string[];
  private readonly cache = new Map<string, CharSet>();

  constructor(
    source: string,
    private readonly flags: string,
  ) {
    // The expression's own characters first, so that a reason quotes one the author wrote.
    const own = new Set(source.split(/(?:)/u));
    this.sample = [...own, ...BASE_SAMPLE.filter((c) => !own.has(c))];
  }

  empty(): CharSet {
    return new Uint8Array(this.sample.length);
  }

  full(): CharSet {
    return new Uint8Array(this.sample.length).fill(1);
  }

  /** The sample characters one atom (literal, class, escape, dot) matches. */
  charSet(source: string): CharSet {
    let set = this.cache.get(source);
    if (!set) {
      const re = new RegExp(`^(?:${source})$`, this.flags);
      set = Uint8Array.from(this.sample, (c) => (re.test(c) ? 1 : 0));
      this.cache.set(source, set);
    }
    return set;
  }

  union(sets: CharSet[]): CharSet {
    const out = this.empty();
    for (const set of sets)
      for (let i = 0; i < set.length; i++) out[i] = (out[i] ?? 0) | (set[i] ?? 0);
    return out;
  }

  /** A sample character in both sets, or null. */
  shared(a: CharSet, b: CharSet): string | null {
    for (let i = 0; i < a.length; i++) if (a[i] && b[i]) return this.sample[i] ?? null;
    return null;
  }

  nullable(node: Node): boolean {
    switch (node.type) {
      case 'char':
        return false;
      case 'seq':
        return node.items.every((n) => this.nullable(n));
      case 'alt':
        return node.alternatives.some((n) => this.nullable(n));
      case 'group':
        return this.nullable(node.body);
      case 'repeat':
        return node.min === 0 || this.nullable(node.body);
      default:
        return true; // assertions, lookarounds and backreferences can match nothing
    }
  }

  /** Characters a match of `node` can start with (`fromEnd`: end with). */
  edge(node: Node, fromEnd: boolean): CharSet {
    switch (node.type) {
      case 'char':
        return this.charSet(node.source);
      case 'seq': {
        const items = fromEnd ? [...node.items].reverse() : node.items;
        const sets: CharSet[] = [];
        for (const item of items) {
          sets.push(this.edge(item, fromEnd));
          if (!this.nullable(item)) break;
        }
        return this.union(sets);
      }
      case 'alt':
        return this.union(node.alternatives.map((n) => this.edge(n, fromEnd)));
      case 'group':
        return this.edge(node.body, fromEnd);
      case 'repeat':
        return node.max === 0 ? this.empty() : this.edge(node.body, fromEnd);
      case 'backref':
        return this.full(); // could be anything the group matched
      default:
        return this.empty();
    }
  }
}

/** `node` without the groups wrapped around it. */
function unwrap(node: Node): Node {
  let current = node;
  while (current.type === 'group') current = current.body;
  if (current.type === 'seq' && current.items.length === 1) return unwrap(current.items[0] as Node);
  return current;
}

function* children(node: Node): Generator<Node> {
  if (node.type === 'seq') yield* node.items;
  else if (node.type === 'alt') yield* node.alternatives;
  else if (node.type === 'group' || node.type === 'repeat') yield node.body;
}

/** Whether `node` contains a quantifier that can match a varying number of times. */
function hasVariableRepeat(node: Node): boolean {
  for (const child of children(node)) {
    if (child.type === 'repeat' && child.max > child.min) return true;
    if (hasVariableRepeat(child)) return true;
  }
  return false;
}

const quote = (c: string) => JSON.stringify(c);

function repeatProblem(node: RepeatNode, sets: SetAnalysis): string | null {
  if (node.max > MAX_COUNT && Number.isFinite(node.max)) {
    return `repetition count above ${MAX_COUNT} in "${node.source}"`;
  }
  if (node.min > MAX_COUNT) return `repetition count above ${MAX_COUNT} in "${node.source}"`;
  if (node.max <= 1) return null;
  if (sets.nullable(node.body) && hasVariableRepeat(node.body)) {
    return `"${node.source}" repeats a part that can match the empty string`;
  }
  const body = unwrap(node.body);
  if (body.type === 'alt') {
    const firsts = body.alternatives.map((a) => sets.edge(a, false));
    for (let i = 0; i < firsts.length; i++) {
      for (let j = i + 1; j < firsts.length; j++) {
        const shared = sets.shared(firsts[i] as CharSet, firsts[j] as CharSet);
        if (shared !== null) {
          return `alternatives under the quantifier of "${node.source}" can both start with ${quote(shared)}; make them exclusive (a(?:b|c) rather than (?:ab|ac))`;
        }
      }
    }
  }
  if (hasVariableRepeat(node.body)) {
    const shared = sets.shared(sets.edge(node.body, true), sets.edge(node.body, false));
    if (shared !== null) {
      return `nested quantifiers in "${node.source}": one repetition can end and the next begin with ${quote(shared)}, so the text can be split in exponentially many ways`;
    }
  }
  return null;
}

/** The repeat a sequence item is, or ends with, when it is unbounded (`a+`, `(?:x\s*)`). */
function longRepeat(node: Node): RepeatNode | null {
  const inner = unwrap(node);
  return inner.type === 'repeat' && inner.max >= LONG_REPEAT ? inner : null;
}

function sequenceProblem(node: Extract<Node, { type: 'seq' }>, sets: SetAnalysis): string | null {
  for (let i = 0; i < node.items.length; i++) {
    const left = longRepeat(node.items[i] as Node);
    if (!left) continue;
    for (let j = i + 1; j < node.items.length; j++) {
      const item = node.items[j] as Node;
      const right = longRepeat(item);
      if (right) {
        const shared = sets.shared(sets.edge(left.body, true), sets.edge(right.body, false));
        if (shared !== null) {
          return `"${left.source}" and "${right.source}" can both take ${quote(shared)}, one after the other (polynomial backtracking)`;
        }
      }
      if (!sets.nullable(item)) break;
    }
  }
  return null;
}

function findProblem(node: Node, sets: SetAnalysis): string | null {
  const own =
    node.type === 'repeat'
      ? repeatProblem(node, sets)
      : node.type === 'seq'
        ? sequenceProblem(node, sets)
        : null;
  if (own) return own;
  for (const child of children(node)) {
    const problem = findProblem(child, sets);
    if (problem) return problem;
  }
  return null;
}

/** The reason the engine (V8) gives for a syntax error, without the repeated pattern. */
function syntaxReason(error: unknown, source: string, flags: string): string {
  const message = error instanceof Error ? error.message : String(error);
  const prefix = `Invalid regular expression: /${source}/${flags}: `;
  const reason = message.startsWith(prefix)
    ? message.slice(prefix.length)
    : message.replace(/^Invalid regular expression: /, '');
  return reason.charAt(0).toLowerCase() + reason.slice(1);
}

/**
 * Why `source` cannot be used as a pack pattern (a syntax error, or a shape that can
 * backtrack catastrophically), or null when it is safe. Never throws.
 */
export function checkRegex(source: string, caseSensitive = false): string | null {
  const flags = caseSensitive ? 'u' : 'iu';
  try {
    new RegExp(source, flags);
  } catch (error) {
    return syntaxReason(error, source, flags);
  }
  try {
    const tree = new RegexParser(source).parse();
    const problem = findProblem(tree, new SetAnalysis(source, flags));
    return problem ? `may backtrack catastrophically: ${problem}` : null;
  } catch (error) {
    // The engine accepted the expression but this parser did not follow it: refuse rather
    // than run something unchecked.
    return `cannot be checked for catastrophic backtracking (${(error as Error).message})`;
  }
}
