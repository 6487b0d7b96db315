/**
 * `{{cursor}}` stops after a template went into the reply, as the best text expanders keep
 * them: the caret goes to the first stop, and Tab moves it to the next while the inserted
 * text around the stops is as it was inserted. Pure: the content script gives the draft's
 * text before and after each change and moves the caret through the host adapter.
 *
 * The draft is tracked as `before · L0 · F1 · L1 · … · Fn · Ln · after`: the template's
 * literal text between the stops (L), what the agent typed at each stop (F, empty at first),
 * and the draft around the insertion. A change that stays inside one F keeps the stops
 * (the offsets after it move along); any other change (the template's own text edited,
 * typing elsewhere in the reply) ends stop mode.
 */

export class CursorStops {
  /** The stop the caret was last put at. */
  current = 0;

  private constructor(
    private readonly before: string,
    private readonly after: string,
    private readonly literals: string[],
    private readonly fills: string[],
  ) {}

  /**
   * Stops for an insertion: `draftBefore` and `draftAfter` are the draft's text around the
   * edit, `inserted` the text that went in and `cursors` the stops' offsets in it. The host
   * editor may write the text with other white space (paragraph breaks as blocks, a kept
   * space), so the stops are placed by the inserted text's other characters. Null when there
   * are no stops, or the insertion cannot be found in the draft as it was inserted.
   */
  static place(
    before: string,
    after: string,
    inserted: string,
    cursors: readonly number[],
  ): CursorStops | null {
    if (cursors.length === 0) return null;
    const draftBefore = plain(before);
    const draftAfter = plain(after);
    let head = 0;
    const limit = Math.min(draftBefore.length, draftAfter.length);
    while (head < limit && draftBefore[head] === draftAfter[head]) head++;
    let tail = 0;
    while (
      tail < limit - head &&
      draftBefore[draftBefore.length - 1 - tail] === draftAfter[draftAfter.length - 1 - tail]
    ) {
      tail++;
    }
    const region = draftAfter.slice(head, draftAfter.length - tail);
    if (!sameSolid(region, inserted)) return null;
    const positions = cursors.map((offset) => alignOffset(inserted, region, offset));
    for (let i = 1; i < positions.length; i++) {
      if ((positions[i] as number) < (positions[i - 1] as number)) return null;
    }
    const literals: string[] = [];
    let at = 0;
    for (const position of positions) {
      literals.push(region.slice(at, position));
      at = position;
    }
    literals.push(region.slice(at));
    return new CursorStops(
      draftAfter.slice(0, head),
      draftAfter.slice(draftAfter.length - tail),
      literals,
      positions.map(() => ''),
    );
  }

  get count(): number {
    return this.fills.length;
  }

  /** Where stop `index` is in the draft: the start of what the agent typed there, and its end. */
  stop(index: number): { start: number; end: number } {
    let offset = this.before.length;
    for (let i = 0; i < index; i++) {
      offset += (this.literals[i] as string).length + (this.fills[i] as string).length;
    }
    offset += (this.literals[index] as string).length;
    return { start: offset, end: offset + (this.fills[index] as string).length };
  }

  /** The insertion's extent in the draft, with what the agent typed at its stops. */
  get extent(): { start: number; end: number } {
    const length =
      this.literals.reduce((sum, literal) => sum + literal.length, 0) +
      this.fills.reduce((sum, fill) => sum + fill.length, 0);
    return { start: this.before.length, end: this.before.length + length };
  }

  /**
   * Follows the draft to `text`. True while the change stayed inside what the agent types at
   * one stop (the current one is tried first); false ends stop mode.
   */
  update(draft: string): boolean {
    const text = plain(draft);
    const before = this.before;
    const after = this.after;
    if (text.length < before.length + after.length) return false;
    if (!text.startsWith(before) || !text.endsWith(after)) return false;
    const middle = text.slice(before.length, text.length - after.length);
    const order = [this.current, ...this.fills.keys()].filter(
      (index, i, all) => all.indexOf(index) === i,
    );
    for (const index of order) {
      let head = '';
      for (let i = 0; i < index; i++) head += `${this.literals[i]}${this.fills[i]}`;
      head += this.literals[index];
      let tail = '';
      for (let i = index + 1; i < this.fills.length; i++)
        tail += `${this.literals[i]}${this.fills[i]}`;
      tail += this.literals[this.fills.length];
      if (middle.length < head.length + tail.length) continue;
      if (!middle.startsWith(head) || !middle.endsWith(tail)) continue;
      this.fills[index] = middle.slice(head.length, middle.length - tail.length);
      return true;
    }
    return false;
  }

  /**
   * The stop Tab (forward) or Shift+Tab goes to from the current one, made current; null past
   * the last or before the first, where the key does what it always does.
   */
  move(forward: boolean): { start: number; end: number } | null {
    const next = this.current + (forward ? 1 : -1);
    if (next < 0 || next >= this.fills.length) return null;
    this.current = next;
    return this.stop(next);
  }
}

const SPACE = /\s/;

/**
 * No-break spaces as plain ones: editors turn one into the other as the agent types next to
 * them (a double space is kept as space + no-break space), which changes no offset.
 */
function plain(text: string): string {
  return text.replace(/\u00a0/g, ' ');
}

/** Whether two texts have the same characters apart from white space. */
function sameSolid(a: string, b: string): boolean {
  return a.replace(/\s+/g, '') === b.replace(/\s+/g, '');
}

/**
 * `offset` in `from` carried over to `to`, which has the same characters apart from white
 * space: after the same number of other characters, then as far into the white space that
 * follows as in `from`; to its end when a non-space character follows the offset (a stop at
 * the start of a paragraph stays there, however the editor wrote the paragraph break).
 */
function alignOffset(from: string, to: string, offset: number): number {
  let solid = 0;
  let spaceBefore = 0;
  for (let i = 0; i < offset; i++) {
    if (SPACE.test(from[i] as string)) spaceBefore++;
    else {
      solid++;
      spaceBefore = 0;
    }
  }
  let i = 0;
  for (let seen = 0; i < to.length && seen < solid; i++) {
    if (!SPACE.test(to[i] as string)) seen++;
  }
  if (spaceBefore === 0) return i;
  const spaceAfter = offset < from.length && SPACE.test(from[offset] as string);
  let run = 0;
  while (i + run < to.length && SPACE.test(to[i + run] as string)) run++;
  return i + (spaceAfter ? Math.min(spaceBefore, run) : run);
}
