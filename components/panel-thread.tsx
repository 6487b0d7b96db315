import type { ThreadContext } from '../messaging/protocol';
import { t } from './i18n';

/** The customer, ticket and subject the host page shows, and the customer's last message. */
export function ThreadSummary({ context }: { context: ThreadContext }) {
  const rows: [string, string, string | undefined][] = [
    ['customer', t('panelCustomer'), context.customerName],
    ['ticket', t('panelTicket'), context.ticketId],
    ['subject', t('panelSubject'), context.subject],
  ];
  if (!rows.some(([, , value]) => value) && !context.customerMessage) return null;
  return (
    <section className="thread" aria-label={t('panelThread')} data-testid="thread">
      <dl>
        {rows.map(([key, name, value]) =>
          value ? (
            <div key={key} className="thread-row">
              <dt>{name}</dt>
              <dd data-testid={`thread-${key}`}>{value}</dd>
            </div>
          ) : null,
        )}
      </dl>
      {context.customerMessage && (
        <details>
          <summary>{t('panelLastMessage')}</summary>
          <blockquote className="thread-message" data-testid="thread-message">
            {context.customerMessage}
          </blockquote>
        </details>
      )}
    </section>
  );
}
