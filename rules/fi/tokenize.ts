/**
 * A tokenizer for Finnish sentences, made for the feature rules: it keeps the UTF-16 offsets
 * of every token, keeps URLs and e-mail addresses whole (their letters are not words), keeps
 * hyphenated compounds and colon inflections ("aamu-unisille", "H&M:n", "EU:lle") as one
 * word, and tells numbers and punctuation apart.
 */

export type TokenKind = 'word' | 'number' | 'punct' | 'url';

export interface Token {
  /** The text as written. */
  text: string;
  /** Lowercase, curly apostrophe folded to '. */
  lower: string;
  kind: TokenKind;
  /** UTF-16 offsets into the analysed text, end exclusive. */
  start: number;
  end: number;
}

/**
 * One capturing group per token kind, in KINDS order; the group that matched tells the
 * kind (numbered rather than named groups: this runs on every keystroke's sentence).
 */
const TOKEN_RE = new RegExp(
  [
    // URLs and e-mail addresses.
    String.raw`((?:https?:\/\/|www\.)[^\s<>"]*[^\s<>".,;:!?)\]]|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)`,
    // Numbers with separators: 10:30, 3/4, 1.5; "3." stays a number plus a stop, and
    // "2000-luvun", "5:n" are words.
    String.raw`(\p{N}+(?:[.,:/]\p{N}+)*(?![\p{L}\p{M}\p{N}]|[-:][\p{L}\p{N}]))`,
    // Words, with internal hyphens, apostrophes and colons ("H&M:n", "EU:n", "vaa'an").
    String.raw`((?:[\p{L}\p{M}\p{N}]|&(?=[\p{L}\p{N}]))+(?:['’:\-][\p{L}\p{M}\p{N}]+)*)`,
    // Runs of the same sentence punctuation ("...", "!!!", "--"), else one symbol.
    String.raw`(([.!?\-])\5+|[^\s\p{L}\p{N}])`,
  ].join('|'),
  'gu',
);
const KINDS: readonly TokenKind[] = ['url', 'number', 'word', 'punct'];

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const re = new RegExp(TOKEN_RE);
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const match = m[0];
    let group = 1;
    while (m[group] === undefined) group++;
    const kind = KINDS[group - 1] as TokenKind;
    const lower = kind === 'word' ? match.toLowerCase().replaceAll('’', "'") : match;
    tokens.push({ text: match, lower, kind, start: m.index, end: m.index + match.length });
  }
  return tokens;
}
