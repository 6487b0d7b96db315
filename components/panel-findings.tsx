import { useEffect, useId, useRef, useState } from 'react';
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
 * The findings, grouped by severity. One finding at a time is in the tab order (a roving
 * tabindex): the arrow keys, Home and End move between findings, Enter applies the first fix
 * (or shows the text when there is none), Delete ignores the finding here. Tab goes on to
 * the active finding's own buttons.
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
   * Set when a key moved the focus (`{}`) or ignored the focused finding (`{gone}`: its key):
   * the focus follows `active`, once the ignored finding has left the list.
   */
  const focusPending = useRef<{ gone?: string } | null>(null);

  useEffect(() => {
    const pending = focusPending.current;
    if (!pending) return;
    if (pending.gone && ordered.some((finding) => keyOf(finding) === pending.gone)) return;
    const target = container.current?.querySelector<HTMLElement>(
      `[data-finding-index="${activeIndex}"]`,
    );
    if (!target) return;
    focusPending.current = null;
    target.focus();
  });

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
      focusPending.current = {};
      setActive(Math.max(0, Math.min(ordered.length - 1, to)));
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

  let index = -1;
  return (
    <div ref={container} className="findings" data-testid="findings">
      <p id={helpId} className="panel-meta keys-help">
        {t('panelKeys')}
      </p>
      {SEVERITIES.map(({ severity, heading }) => {
        const findings = report.findings.filter((finding) => finding.severity === severity);
        if (findings.length === 0) return null;
        const headingId = `${helpId}-${severity}`;
        return (
          <section key={severity} className={`group group-${severity}`} aria-labelledby={headingId}>
            <h2 id={headingId}>
              {t(heading)} <span className="count">{findings.length}</span>
            </h2>
            <ul>
              {findings.map((finding) => {
                index += 1;
                const mine = index;
                const isActive = mine === activeIndex;
                // A missing greeting or closing: the sentence it was found next to says nothing.
                const missing = isMissingPart(finding);
                return (
                  <li
                    key={keyOf(finding)}
                    className="finding"
                    data-check={finding.check}
                    data-message-id={finding.messageId}
                  >
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
                  </li>
                );
              })}
            </ul>
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
