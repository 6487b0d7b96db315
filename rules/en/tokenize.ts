/**
 * A tokenizer for English web and email text, made for the feature rules rather than for
 * general use: it keeps the UTF-16 offsets of every token, splits contractions the way
 * Universal Dependencies does ("don't" → do + n't, "I'm" → I + 'm), also when the
 * apostrophe is missing ("dont", "im"), keeps URLs, e-mail addresses, @handles and dotted
 * abbreviations ("U.S.", "i.e.") whole so that their letters are not read as words, and
 * splits hyphenated compounds while remembering the hyphen ("check-in", "text-based").
 */

export type TokenKind = 'word' | 'number' | 'punct' | 'url' | 'abbr';

export interface Token {
  /** The text as written. */
  text: string;
  /** Lowercase, curly apostrophe folded to '. */
  lower: string;
  /**
   * The word this token stands for: "n't" → "not", "'m" → "am", "ca" (of "can't") → "can",
   * "m" (of "im") → "am". Equals `lower` for ordinary words.
   */
  norm: string;
  kind: TokenKind;
  /** UTF-16 offsets into the analysed text, end exclusive. */
  start: number;
  end: number;
  /** Offsets of the whole written word a contraction part belongs to ("don't" for "n't"). */
  wordStart: number;
  wordEnd: number;
  /** Joined by a hyphen to the previous or next word ("check" in "check-in"). */
  hyphenLeft: boolean;
  hyphenRight: boolean;
  /**
   * Set by the feature rules on a URL that ends its clause without a stop, before a
   * capitalised word ("… here: https://… Make sure …").
   */
  clauseBreak?: boolean;
}

/**
 * One capturing group per token kind, in KINDS order; the group that matched tells the
 * kind (numbered rather than named groups: this runs on every keystroke's sentence).
 */
const TOKEN_RE = new RegExp(
  [
    // URLs, e-mail addresses and @handles ("@AmazonHelp Check this article": the handle
    // addresses, its letters are not a word of the sentence); a site named by its bare
    // domain too ("Try SanFranGuide.com", "yelp.com/biz/…"); a dotted name of three parts or
    // more, a newsgroup or a host ("comp.os.msdos.desqview": its stops end no sentence).
    String.raw`((?:https?:\/\/|www\.)[^\s<>"]*[^\s<>".,;:!?)\]]|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?<![\w.+-])@\w{1,30}|(?<![\w.@-])[A-Za-z][\w-]*(?:\.[\w-]+)*\.(?:com|org|net|edu|gov|info|biz|co\.uk)\b(?:\/[^\s<>"]*[^\s<>".,;:!?)\]])?|(?<![\w.@-])[a-z][a-z0-9_-]+(?:\.[a-z][a-z0-9_-]+){2,}\b)`,
    // A file by its name, one word ("Characters.zip", "debug.log": its stop ends no sentence).
    String.raw`((?<![\w.@-])[\p{L}\p{N}_]+(?:[.-][\p{L}\p{N}_]+)*\.(?:zip|rar|7z|gz|tgz|tar|txt|log|pdf|docx?|xlsx?|pptx?|csv|json|ya?ml|xml|ini|cfg|html?|exe|msi|apk|dmg|iso|ips|png|jpe?g|gif|mp[34]|wav)\b)`,
    // Dotted abbreviations: U.S., i.e., P.S., a.m.
    String.raw`(\p{L}(?:\.\p{L})+\.?)`,
    // Numbers with separators: 1,000.50, 10:30, 3/4 (not "3rd", a word).
    String.raw`(\p{N}+(?:[.,:/]\p{N}+)*(?![\p{L}\p{M}]))`,
    // Words, with internal apostrophes and hyphens; split further below.
    String.raw`([\p{L}\p{M}\p{N}]+(?:['’\-][\p{L}\p{M}\p{N}]+)*)`,
    // Runs of the same sentence punctuation ("...", "!!!", "--"), an HTML entity left in
    // pasted text ("&amp;": its ";" ends no clause), else one symbol.
    String.raw`(([.!?\-])\7+|&(?:[a-zA-Z]{2,8}|#\d{1,6});|[^\s\p{L}\p{N}])`,
  ].join('|'),
  'gu',
);
const KINDS: readonly TokenKind[] = ['url', 'word', 'abbr', 'number', 'word', 'punct'];

/** Clitics split off the end of a word, with the word each stands for. */
const CLITICS: ReadonlyArray<readonly [string, string]> = [
  ["n't", 'not'],
  ["'s", "'s"],
  ["'re", 'are'],
  ["'ve", 'have'],
  ["'ll", 'will'],
  ["'d", 'would'],
  ["'m", 'am'],
];

/** Hosts that change shape before n't: "can't" → ca + n't, "won't" → wo + n't. */
const NEGATED_HOSTS: Readonly<Record<string, string>> = { ca: 'can', wo: 'will', sha: 'shall' };

/**
 * Contractions written without the apostrophe, as [host length, host norm, clitic norm].
 * Only spellings that are not also ordinary words: "ill", "id", "were", "well", "hell" and
 * "lets" are not here ("lets" is decided by the rules, from its position).
 */
const BARE_CONTRACTIONS: ReadonlyMap<string, readonly [number, string, string]> = new Map(
  Object.entries({
    im: [1, 'i', 'am'],
    ive: [1, 'i', 'have'],
    youre: [3, 'you', 'are'],
    youve: [3, 'you', 'have'],
    youll: [3, 'you', 'will'],
    theyre: [4, 'they', 'are'],
    theyve: [4, 'they', 'have'],
    weve: [2, 'we', 'have'],
    dont: [2, 'do', 'not'],
    doesnt: [4, 'does', 'not'],
    didnt: [3, 'did', 'not'],
    cant: [2, 'can', 'not'],
    cannot: [3, 'can', 'not'],
    wont: [2, 'will', 'not'],
    isnt: [2, 'is', 'not'],
    arent: [3, 'are', 'not'],
    wasnt: [3, 'was', 'not'],
    werent: [4, 'were', 'not'],
    havent: [4, 'have', 'not'],
    hasnt: [3, 'has', 'not'],
    hadnt: [3, 'had', 'not'],
    couldnt: [5, 'could', 'not'],
    wouldnt: [5, 'would', 'not'],
    shouldnt: [6, 'should', 'not'],
    // "lemme know", "gimme a call": UD splits them as "lem me", "gim me".
    lemme: [3, 'let', 'me'],
    leme: [2, 'let', 'me'],
    gimme: [3, 'give', 'me'],
  } as Record<string, readonly [number, string, string]>),
);

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const re = new RegExp(TOKEN_RE);
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const match = m[0];
    const start = m.index;
    let group = 1;
    while (m[group] === undefined) group++;
    const kind = KINDS[group - 1] as TokenKind;
    if (kind !== 'word') {
      // An entity stands for its character: "&amp;" is "&" to the rules.
      const lower = ENTITIES[match.toLowerCase()] ?? match.toLowerCase();
      push(tokens, match, lower, kind, start, start, start + match.length);
      // "15-20 minutes", "9–5": a dash between two numbers, unspaced, is a range; flagged
      // as joined so that the rules do not read it as a dash between clauses.
      const prev = tokens[tokens.length - 2];
      if (kind === 'number' && prev && isRangeDash(prev) && prev.start === start - 1) {
        const before = tokens[tokens.length - 3];
        if (before?.kind === 'number' && before.end === prev.start) {
          prev.hyphenLeft = true;
          prev.hyphenRight = true;
        }
      }
      continue;
    }
    if (!match.includes('-')) {
      splitWord(tokens, match, start);
      continue;
    }
    // Hyphenated compounds become their parts, flagged; each part may still hold a clitic.
    const parts = match.split('-');
    let offset = start;
    for (let p = 0; p < parts.length; p++) {
      const part = parts[p] as string;
      const first = tokens.length;
      splitWord(tokens, part, offset);
      if (p > 0) (tokens[first] as Token).hyphenLeft = true;
      if (p < parts.length - 1) (tokens[tokens.length - 1] as Token).hyphenRight = true;
      offset += part.length + 1;
    }
  }
  return joinGluedDashes(dropEmphasis(dropMisplacedApostrophes(tokens)));
}

/**
 * "Dont' get me wrong": an apostrophe glued after a contraction written without one, before
 * a space, is the contraction's own apostrophe put in the wrong place; it is dropped (the
 * words keep their offsets).
 */
function dropMisplacedApostrophes(tokens: Token[]): Token[] {
  if (!tokens.some((t) => t.kind === 'punct' && (t.text === "'" || t.text === '’'))) return tokens;
  return tokens.filter((t, i) => {
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    return !(
      t.kind === 'punct' &&
      (t.text === "'" || t.text === '’') &&
      prev?.kind === 'word' &&
      prev.end === t.start &&
      prev.norm === 'not' &&
      !prev.text.includes("'") &&
      (!next || next.start > t.end)
    );
  });
}

/**
 * "a blinking ?-sign", "a \"running light\"-test": a dash glued between a mark and a word
 * joins them into one compound, as a hyphen does; flagged as joined on both sides, it is no
 * break and the mark before it ends no sentence.
 */
function joinGluedDashes(tokens: Token[]): Token[] {
  for (let i = 1; i + 1 < tokens.length; i++) {
    const dash = tokens[i] as Token;
    const prev = tokens[i - 1] as Token;
    const next = tokens[i + 1] as Token;
    if (dash.kind !== 'punct' || dash.text !== '-') continue;
    if (prev.kind !== 'punct' || prev.end !== dash.start || next.start !== dash.end) continue;
    if (next.kind !== 'word' || !/^["'”’?!)\]]$/.test(prev.text)) continue;
    prev.hyphenRight = true;
    dash.hyphenLeft = true;
    dash.hyphenRight = true;
    next.hyphenLeft = true;
  }
  return tokens;
}

/**
 * "but I *do* keep bags", "_Do_not_ do this", "can *read/write* data": asterisks or
 * underscores glued around a word or a few words joined without spaces mark emphasis, not a
 * break; they are dropped (the words keep their offsets), and so is an underscore that
 * joins the words in place of a space. A bullet ("* Call us"), bold ("**Describe the bug**")
 * and a name with an underscore ("my_var") stay.
 */
function dropEmphasis(tokens: Token[]): Token[] {
  const mark = (t: Token | undefined, c?: string): boolean =>
    t?.kind === 'punct' && (c === undefined ? t.text === '*' || t.text === '_' : t.text === c);
  if (!tokens.some((t) => mark(t))) return tokens;
  const drop = new Set<number>();
  for (let i = 0; i + 2 < tokens.length; i++) {
    const open = tokens[i] as Token;
    const first = tokens[i + 1] as Token;
    if (!mark(open) || first.kind !== 'word' || open.end !== first.start) continue;
    const c = open.text;
    const before = tokens[i - 1];
    if (mark(before, c) || (before !== undefined && before.end === open.start)) continue;
    // The run of glued words, joined by "/", "-" or the mark itself, up to the closing mark.
    const joiners: number[] = [];
    let close = -1;
    for (let m = i + 2; m < tokens.length && m <= i + 6; m++) {
      const t = tokens[m] as Token;
      const prev = tokens[m - 1] as Token;
      if (prev.end !== t.start) break;
      if (mark(t, c)) {
        const next = tokens[m + 1];
        if (
          prev.kind === 'word' &&
          (next === undefined || next.start > t.end || next.kind === 'punct')
        ) {
          close = m;
          break;
        }
        if (next?.kind !== 'word' || next.start !== t.end) break;
        joiners.push(m);
      } else if (t.kind !== 'word' && t.text !== '/' && t.text !== '-') break;
    }
    if (close === -1 || mark(tokens[close + 1], c)) continue;
    drop.add(i);
    drop.add(close);
    for (const m of joiners) drop.add(m);
    i = close;
  }
  return drop.size === 0 ? tokens : tokens.filter((_, i) => !drop.has(i));
}

/** The HTML entities that pasted text keeps most often, as the characters they stand for. */
const ENTITIES: Readonly<Record<string, string>> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
  '&apos;': "'",
  '&nbsp;': ' ',
};

const isRangeDash = (t: Token): boolean => t.kind === 'punct' && (t.text === '-' || t.text === '–');

function splitWord(tokens: Token[], word: string, start: number): void {
  let lower = word.toLowerCase();
  const end = start + word.length;
  const apostrophe = lower.includes("'") || lower.includes('’');
  if (apostrophe) lower = lower.replaceAll('’', "'");
  for (const [clitic, norm] of apostrophe ? CLITICS : []) {
    if (lower.length > clitic.length && lower.endsWith(clitic)) {
      const hostLower = lower.slice(0, -clitic.length);
      const hostEnd = end - clitic.length;
      const hostNorm = clitic === "n't" ? (NEGATED_HOSTS[hostLower] ?? hostLower) : hostLower;
      push(tokens, word.slice(0, hostLower.length), hostLower, 'word', start, start, end, hostNorm);
      push(tokens, word.slice(hostLower.length), clitic, 'word', hostEnd, start, end, norm);
      return;
    }
  }
  const bare = lower.length <= 8 ? BARE_CONTRACTIONS.get(lower) : undefined;
  if (bare) {
    const [n, hostNorm, cliticNorm] = bare;
    push(tokens, word.slice(0, n), lower.slice(0, n), 'word', start, start, end, hostNorm);
    push(tokens, word.slice(n), lower.slice(n), 'word', start + n, start, end, cliticNorm);
    return;
  }
  push(tokens, word, lower, 'word', start, start, end);
}

function push(
  tokens: Token[],
  text: string,
  lower: string,
  kind: TokenKind,
  start: number,
  wordStart: number,
  wordEnd: number,
  norm: string = lower,
): void {
  tokens.push({
    text,
    lower,
    norm,
    kind,
    start,
    end: start + text.length,
    wordStart,
    wordEnd,
    hyphenLeft: false,
    hyphenRight: false,
  });
}
