import { useWindowVirtualizer } from '@tanstack/react-virtual';
import {
  type ReactNode,
  type RefObject,
  useEffect,
  useId,
  useImperativeHandle,
  useLayoutEffect,
  useRef,
  useState,
} from 'react';
import { send } from '../messaging/client';
import type { EditorReport } from '../messaging/protocol';
import { isMissingPart } from '../rules/missing-part';
import type { Severity } from '../rules/types';
import { useFindingsStore } from './findings-store';
import { type MessageKey, t } from './i18n';
import { useSettingsStore } from './settings-store';

type ReportedFinding = EditorReport['findings'][number];
type ReportedFix = ReportedFinding['fixes'][number];

const SEVERITIES: { severity: Severity; heading: MessageKey }[] = [
  { severity: 'error', heading: 'panelErrors' },
  { severity: 'warning', heading: 'panelWarnings' },
  { severity: 'hint', heading: 'panelHints' },
];

const keyOf = (finding: ReportedFinding) => `${finding.check}:${finding.start}:${finding.end}`;

/**
 * A group of more findings than this is windowed (only the rows near the view are in the
 * page); a smaller one is rendered whole, so find-in-page and a screen reader's browse mode
 * see every finding. A reply has a handful; forty of one severity is a pasted document.
 */
const WINDOW_FROM = 40;
/** Rows rendered beyond the visible ones in a windowed group, so ↑ ↓ rarely wait for one. */
const OVERSCAN = 8;
/** A finding's height before it is measured: message, words, check id and a row of buttons. */
const ESTIMATED_FINDING = 96;
/** As `.group ul`'s gap in side-panel.css. */
const GAP = 6;

interface GroupHandle {
  /** Scrolls the group's row `index` into view, rendering it if it is windowed out. */
  reveal: (index: number) => void;
}

/**
 * The findings, grouped by severity. One finding at a time is in the tab order (a roving
 * tabindex): the arrow keys, Home and End move between findings, Enter applies the first fix
 * (or shows the text when there is none), Delete ignores the finding here. Tab goes on to
 * the active finding's own buttons. A long group is windowed (`WINDOW_FROM`): its rows say
 * their place in it (`aria-posinset` of `aria-setsize`), and moving to a row not rendered yet
 * scrolls to it and focuses it once it is.
 */
export function FindingsList({ report, tabId }: { report: EditorReport; tabId: number }) {
  const run = useFindingsStore((state) => state.run);
  const turnOff = useSettingsStore((state) => state.turnOff);
  const helpId = useId();
  const ordered = SEVERITIES.flatMap(({ severity }) =>
    report.findings.filter((finding) => finding.severity === severity),
  );
  const [active, setActive] = useState(0);
  const activeIndex = Math.min(active, Math.max(0, ordered.length - 1));
  const container = useRef<HTMLDivElement>(null);
  /**
   * Set when a key moved the focus (`{index}`: where to) or ignored the focused finding
   * (`{gone}`: its key): the focus goes there (or follows `active` once the ignored finding
   * has left the list) as soon as the row is in the page. The index is kept here, not read
   * from `active`: a windowed group may render before the list has re-rendered with it.
   */
  const focusPending = useRef<{ index?: number; gone?: string } | null>(null);
  const groups = useRef<Partial<Record<Severity, GroupHandle | null>>>({});
  /** The latest render's values, for a windowed group that renders the row later. */
  const latest = useRef({ ordered, activeIndex });
  latest.current = { ordered, activeIndex };

  const tryFocus = () => {
    const pending = focusPending.current;
    if (!pending) return;
    const { ordered, activeIndex } = latest.current;
    // The last finding went: nothing to focus, and nothing to steal the focus later.
    if (ordered.length === 0) {
      focusPending.current = null;
      return;
    }
    if (pending.gone && ordered.some((finding) => keyOf(finding) === pending.gone)) return;
    const index = pending.index ?? activeIndex;
    const target = container.current?.querySelector<HTMLElement>(`[data-finding-index="${index}"]`);
    if (!target) {
      reveal(index);
      return;
    }
    focusPending.current = null;
    target.focus();
  };
  const tryFocusRef = useRef(tryFocus);
  tryFocusRef.current = tryFocus;
  useEffect(() => tryFocusRef.current());

  /** Asks the group of finding `index` (of all) to render it. */
  const reveal = (index: number) => {
    let first = 0;
    for (const { severity } of SEVERITIES) {
      const count = latest.current.ordered.filter((f) => f.severity === severity).length;
      if (index < first + count) {
        groups.current[severity]?.reveal(index - first);
        return;
      }
      first += count;
    }
  };

  if (ordered.length === 0) return null;

  const apply = (finding: ReportedFinding, fix: ReportedFix) =>
    run(
      send({
        type: 'panel/apply-fix',
        tabId,
        fix: {
          check: finding.check,
          start: fix.start,
          end: fix.end,
          replacement: fix.replacement,
          expectedText: fix.original ?? '',
        },
      }),
    );
  const select = (finding: ReportedFinding) =>
    run(send({ type: 'panel/select', tabId, range: { start: finding.start, end: finding.end } }));
  const ignore = (finding: ReportedFinding) =>
    run(
      send({ type: 'panel/ignore', tabId, finding: { check: finding.check, text: finding.text } }),
    );

  const onKeyDown = (event: React.KeyboardEvent<HTMLButtonElement>, index: number) => {
    const finding = ordered[index];
    if (!finding) return;
    const move = (to: number) => {
      event.preventDefault();
      const index = Math.max(0, Math.min(ordered.length - 1, to));
      focusPending.current = { index };
      setActive(index);
      // At once when the row is in the page; else once its group has rendered it.
      tryFocus();
    };
    switch (event.key) {
      case 'ArrowDown':
        return move(index + 1);
      case 'ArrowUp':
        return move(index - 1);
      case 'Home':
        return move(0);
      case 'End':
        return move(ordered.length - 1);
      case 'Enter': {
        event.preventDefault();
        const [fix] = finding.fixes;
        void (fix ? apply(finding, fix) : select(finding));
        return;
      }
      case 'Delete':
        event.preventDefault();
        // The next finding takes this one's place, and the focus with it.
        focusPending.current = { gone: keyOf(finding) };
        void ignore(finding);
        return;
    }
  };

  let first = 0;
  return (
    <div ref={container} className="findings" data-testid="findings">
      <p id={helpId} className="panel-meta keys-help">
        {t('panelKeys')}
      </p>
      {SEVERITIES.map(({ severity, heading }) => {
        const findings = report.findings.filter((finding) => finding.severity === severity);
        if (findings.length === 0) return null;
        const headingId = `${helpId}-${severity}`;
        const groupFirst = first;
        first += findings.length;
        return (
          <section key={severity} className={`group group-${severity}`} aria-labelledby={headingId}>
            <h2 id={headingId}>
              {t(heading)} <span className="count">{findings.length}</span>
            </h2>
            <FindingRows
              ref={(handle) => {
                groups.current[severity] = handle;
              }}
              findings={findings}
              first={groupFirst}
              onRendered={() => tryFocusRef.current()}
              renderRow={(finding, mine) => {
                const isActive = mine === activeIndex;
                // A missing greeting or closing: the sentence it was found next to says nothing.
                const missing = isMissingPart(finding);
                return (
                  <>
                    <button
                      type="button"
                      className="finding-button"
                      tabIndex={isActive ? 0 : -1}
                      data-finding-index={mine}
                      aria-describedby={helpId}
                      onClick={() => {
                        setActive(mine);
                        void select(finding);
                      }}
                      onFocus={() => setActive(mine)}
                      onKeyDown={(event) => onKeyDown(event, mine)}
                      title={t('panelSelect')}
                      data-start={finding.start}
                      data-end={finding.end}
                    >
                      <span className="finding-message" lang={report.language}>
                        {finding.message}
                      </span>
                      {missing ? (
                        <span className="finding-tag">{t('panelMissingPart')}</span>
                      ) : (
                        finding.text && (
                          <q className="finding-text" lang={report.language}>
                            {finding.text}
                          </q>
                        )
                      )}
                      <span className="finding-check">{finding.check}</span>
                    </button>
                    <div className="fixes">
                      {finding.fixes.map((fix) => (
                        <button
                          key={`${fix.start}:${fix.end}:${fix.replacement}`}
                          type="button"
                          className="fix-button"
                          tabIndex={isActive ? 0 : -1}
                          aria-label={fixLabel(fix, finding)}
                          onClick={() => void apply(finding, fix)}
                        >
                          {fix.label ?? (fix.replacement.trim() || t('panelRemove'))}
                        </button>
                      ))}
                      <button
                        type="button"
                        className="quiet-button"
                        data-action="ignore"
                        tabIndex={isActive ? 0 : -1}
                        aria-label={t('panelIgnoreLabel', finding.message)}
                        onClick={() => void ignore(finding)}
                      >
                        {t('panelIgnore')}
                      </button>
                      <button
                        type="button"
                        className="quiet-button"
                        data-action="turn-off"
                        tabIndex={isActive ? 0 : -1}
                        aria-label={t('panelTurnOffLabel', finding.check)}
                        onClick={() => void turnOff(finding.check)}
                      >
                        {t('panelTurnOff')}
                      </button>
                    </div>
                  </>
                );
              }}
            />
          </section>
        );
      })}
      {report.ignored ? (
        <p className="panel-meta" data-testid="ignored-count">
          {t('panelIgnored', String(report.ignored))}
        </p>
      ) : null}
    </div>
  );
}

function fixLabel(fix: ReportedFix, finding: ReportedFinding): string {
  const from = fix.original ?? finding.text;
  if (!from) return t('panelInsertText', fix.replacement.trim());
  return fix.replacement
    ? t('panelReplaceWith', from, fix.replacement)
    : t('panelRemoveText', from);
}

/**
 * One severity's findings as list rows: all of them, or (past `WINDOW_FROM`) the ones near
 * the view, placed where the window virtualiser measured them. `first` is the group's first
 * row's index among all findings, which `renderRow` receives.
 */
function FindingRows({
  findings,
  first,
  renderRow,
  onRendered,
  ref,
}: {
  findings: readonly ReportedFinding[];
  first: number;
  renderRow: (finding: ReportedFinding, index: number) => ReactNode;
  /** After every render: a row the keyboard moved to may have just appeared. */
  onRendered: () => void;
  ref?: React.Ref<GroupHandle>;
}) {
  const windowed = findings.length > WINDOW_FROM;
  const list = useRef<HTMLUListElement>(null);
  const scrollMargin = useListTop(list);
  const virtualizer = useWindowVirtualizer({
    count: windowed ? findings.length : 0,
    estimateSize: () => ESTIMATED_FINDING,
    overscan: OVERSCAN,
    gap: GAP,
    scrollMargin,
    getItemKey: (index) => {
      const finding = findings[index];
      return finding ? keyOf(finding) : index;
    },
  });
  useImperativeHandle(ref, () => ({
    reveal: (index) => {
      if (windowed) virtualizer.scrollToIndex(index, { align: 'auto' });
    },
  }));
  useEffect(() => onRendered());

  const rows = windowed
    ? virtualizer
        .getVirtualItems()
        .map((row) => ({ index: row.index, top: row.start - scrollMargin }))
    : findings.map((_, index) => ({ index, top: null }));
  return (
    <ul
      ref={list}
      className={windowed ? 'finding-rows windowed' : 'finding-rows'}
      style={windowed ? { height: virtualizer.getTotalSize() } : undefined}
    >
      {rows.map(({ index, top }) => {
        const finding = findings[index];
        if (!finding) return null;
        return (
          <li
            key={keyOf(finding)}
            ref={windowed ? virtualizer.measureElement : undefined}
            data-index={index}
            aria-posinset={windowed ? index + 1 : undefined}
            aria-setsize={windowed ? findings.length : undefined}
            className="finding"
            data-check={finding.check}
            data-message-id={finding.messageId}
            style={top === null ? undefined : { transform: `translateY(${top}px)` }}
          >
            {renderRow(finding, first + index)}
          </li>
        );
      })}
    </ul>
  );
}

/** Where `list` starts in the page, kept current as what is above it grows or shrinks. */
function useListTop(list: RefObject<HTMLElement | null>): number {
  const [top, setTop] = useState(0);
  useLayoutEffect(() => {
    const measure = () => {
      const element = list.current;
      if (!element) return;
      const now = element.getBoundingClientRect().top + window.scrollY;
      setTop((before) => (Math.abs(before - now) < 1 ? before : now));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(document.body);
    return () => observer.disconnect();
  }, [list]);
  return top;
}
