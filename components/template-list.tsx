import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useImperativeHandle, useRef, useState } from 'react';
import type { RankedTemplate, TemplateEntry } from '../rules/templates/rank';
import type { Language } from '../rules/types';
import './template-list.css';

/**
 * The templates panel's list (suggestions or search results), windowed: a pack may carry a
 * thousand templates and a `tag:` search may match most of them, so only the rows in view
 * (and a few either side) are in the DOM (@tanstack/react-virtual). Each row says its place
 * in the whole list (`aria-posinset` of `aria-setsize`), so a screen reader announces
 * "12 of 840" although the other rows are not rendered.
 *
 * One row is in the tab order (a roving tabindex): ↑ ↓ move, Home and End go to the first
 * and last, Page Up and Page Down by a screenful; ↑ on the first row leaves the list (to the
 * search box). The focus follows a row that was not rendered yet once it is: the list
 * scrolls to it first.
 */

/** Rows rendered beyond the visible ones, so a keypress rarely meets an unrendered row. */
const OVERSCAN = 6;
/** A row's height before it is measured: a title and one line of the customer's words. */
const ESTIMATED_ROW = 52;
/** Pixels the focus ring needs around a row (template-list.css pads the sides as much). */
const FOCUS_RING = 3;

export type ListedTemplate = RankedTemplate | TemplateEntry;

export interface TemplateListHandle {
  /** Moves the focus into the list, at row `index` (clamped). */
  focus: (index: number) => void;
}

export function TemplateList({
  entries,
  language,
  whyLabel,
  isMine,
  mineLabel,
  testId,
  onChoose,
  onLeave,
  ref,
}: {
  entries: readonly ListedTemplate[];
  /** The reply's language: a template of another language says which. */
  language: Language;
  /** Label before the customer's words that picked a suggestion. */
  whyLabel: string;
  /** Whether a row is one of the agent's own templates, marked with `mineLabel`. */
  isMine: (entry: ListedTemplate) => boolean;
  mineLabel: string;
  testId: string;
  onChoose: (entry: ListedTemplate) => void;
  /** ↑ on the first row. */
  onLeave: () => void;
  ref?: React.Ref<TemplateListHandle>;
}) {
  const scroller = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(0);
  /** The row the focus goes to once it is rendered. */
  const pendingFocus = useRef<number | null>(null);
  const virtualizer = useVirtualizer({
    count: entries.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ESTIMATED_ROW,
    overscan: OVERSCAN,
    // Room for the focus ring of the first and last rows inside the scroller.
    paddingStart: FOCUS_RING,
    paddingEnd: FOCUS_RING,
    getItemKey: (index) => {
      const entry = entries[index];
      return entry ? `${entry.language}:${entry.template.id}` : index;
    },
  });

  // A new list (another query) starts at its top.
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset when the entries change
  useEffect(() => {
    setActive(0);
    scroller.current?.scrollTo({ top: 0 });
  }, [entries]);

  const activeIndex = Math.min(active, Math.max(0, entries.length - 1));

  const rowButton = (index: number) =>
    scroller.current?.querySelector<HTMLButtonElement>(`[data-index="${index}"] button`);

  const focusRow = (index: number) => {
    const to = Math.max(0, Math.min(entries.length - 1, index));
    setActive(to);
    const button = rowButton(to);
    if (button) {
      pendingFocus.current = null;
      button.focus();
      return;
    }
    // Not rendered: scroll there, and the render that brings it focuses it.
    pendingFocus.current = to;
    virtualizer.scrollToIndex(to, { align: 'auto' });
  };

  useImperativeHandle(ref, () => ({ focus: focusRow }));

  // After every render: the pending row, once rendered, takes the focus.
  useEffect(() => {
    const pending = pendingFocus.current;
    if (pending === null) return;
    const button = rowButton(pending);
    if (!button) return;
    pendingFocus.current = null;
    button.focus();
  });

  const pageSize = () =>
    Math.max(1, Math.floor((scroller.current?.clientHeight ?? ESTIMATED_ROW) / ESTIMATED_ROW));

  const onKeyDown = (event: React.KeyboardEvent<HTMLButtonElement>, index: number) => {
    const to = {
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      Home: 0,
      End: entries.length - 1,
      PageDown: index + pageSize(),
      PageUp: index - pageSize(),
    }[event.key];
    if (to === undefined) return;
    event.preventDefault();
    if (to < 0) onLeave();
    else focusRow(to);
  };

  return (
    <div ref={scroller} className="template-scroller">
      <ul
        className="template-list"
        data-testid={testId}
        style={{ height: virtualizer.getTotalSize() }}
      >
        {virtualizer.getVirtualItems().map((row) => {
          const entry = entries[row.index];
          if (!entry) return null;
          return (
            <li
              key={row.key}
              ref={virtualizer.measureElement}
              data-index={row.index}
              data-template={entry.template.id}
              aria-posinset={row.index + 1}
              aria-setsize={entries.length}
              className="template-row"
              style={{ transform: `translateY(${row.start}px)` }}
            >
              <button
                type="button"
                className="template-button"
                tabIndex={row.index === activeIndex ? 0 : -1}
                onFocus={() => setActive(row.index)}
                onClick={() => onChoose(entry)}
                onKeyDown={(event) => onKeyDown(event, row.index)}
              >
                <span className="template-title">{entry.template.title}</span>
                {isMine(entry) && (
                  <span className="template-mine" data-testid="template-mine">
                    {mineLabel}
                  </span>
                )}
                {entry.language !== language && (
                  <span className="template-lang">{entry.language}</span>
                )}
                {'why' in entry && entry.why.length > 0 && (
                  <span className="template-why" data-testid="template-why">
                    {whyLabel}: {entry.why.join(', ')}
                  </span>
                )}
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
