import { useEffect, useId, useState } from 'react';
import type { EditorReport } from '../messaging/protocol';
import { t } from './i18n';

/** How long the findings must stay the same before a screen reader hears of them. */
const ANNOUNCE_QUIET_MS = 1_500;

function counts(report: EditorReport) {
  let errors = 0;
  let warnings = 0;
  for (const finding of report.findings) {
    if (finding.severity === 'error') errors++;
    else if (finding.severity === 'warning') warnings++;
  }
  const questions = (report.questions ?? []).filter((question) => !question.answered).length;
  return { errors, warnings, questions };
}

/** One line at the top: is the reply ready to send, and if not, what is left. */
export function Readiness({ report }: { report: EditorReport }) {
  const { errors, warnings, questions } = counts(report);
  const clean = errors === 0 && warnings === 0;
  let text: string;
  if (clean && questions === 0) text = t('panelReady');
  else if (clean) text = t('panelReadyButQuestions', String(questions));
  else text = t('panelNotReady', String(errors), String(warnings), String(questions));
  const state = clean && questions === 0 ? 'ready' : errors > 0 ? 'errors' : 'open';
  return (
    <p className={`readiness readiness-${state}`} data-testid="readiness" data-state={state}>
      <span aria-hidden="true" className="readiness-icon">
        {state === 'ready' ? '✓' : '!'}
      </span>{' '}
      {text}
    </p>
  );
}

/** The customer's questions, each ticked once the reply seems to answer it. */
export function QuestionChecklist({ report }: { report: EditorReport }) {
  const headingId = useId();
  const questions = report.questions ?? [];
  if (questions.length === 0) return null;
  return (
    <section className="questions" aria-labelledby={headingId} data-testid="questions">
      <h2 id={headingId}>{t('panelQuestions')}</h2>
      <ul>
        {questions.map((question, index) => (
          <li
            // Questions come in the message's order, which does not change under typing.
            // biome-ignore lint/suspicious/noArrayIndexKey: the same question may be asked twice.
            key={index}
            className={question.answered ? 'question answered' : 'question'}
            data-answered={question.answered}
          >
            <span aria-hidden="true" className="question-mark">
              {question.answered ? '☑' : '☐'}
            </span>
            <q lang={report.language}>{question.text}</q>
            <span className="visually-hidden">
              {' '}
              ({question.answered ? t('panelAnswered') : t('panelUnanswered')})
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * A polite live region: once the set of findings has stayed the same for a moment, a screen
 * reader hears how many there are. Typing that changes nothing is never announced, and a
 * burst of changes is announced once.
 */
export function FindingsAnnouncer({ report }: { report: EditorReport | null }) {
  const [announced, setAnnounced] = useState('');
  const summary = report ? summaryOf(report) : '';
  useEffect(() => {
    if (!summary) return;
    const timer = setTimeout(() => setAnnounced(summary), ANNOUNCE_QUIET_MS);
    return () => clearTimeout(timer);
  }, [summary]);
  return (
    <div role="status" aria-live="polite" className="visually-hidden" data-testid="announcer">
      {announced}
    </div>
  );
}

function summaryOf(report: EditorReport): string {
  const { errors, warnings } = counts(report);
  const total = report.findings.length;
  return total === 0
    ? t('panelAnnounceClean')
    : t('panelAnnounce', String(total), String(errors), String(warnings));
}
