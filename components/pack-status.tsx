import { useEffect } from 'react';
import { t } from './i18n';
import { usePackStatusStore } from './pack-status-store';
import { syncErrorText } from './sync-error';

/**
 * One line under the side panel's title: the synced pack running for the draft's language
 * (name and version), and any sync error with its JSON paths. Pack text is shown as text.
 */
export function PackStatusLine({ language }: { language: 'fi' | 'en' }) {
  const { status, refresh } = usePackStatusStore();
  useEffect(() => {
    void refresh();
  }, [refresh]);
  const pack = status?.packs.find((p) => p.language === language);
  return (
    <div className="pack-status">
      <p className="panel-meta" data-testid="pack-status">
        {pack ? `${pack.name} ${pack.version}` : t('panelPackBuiltin')}
      </p>
      {status?.errors.map(({ sourceId, error }) => (
        <p key={sourceId} role="alert" className="panel-error" data-testid="sync-error">
          {t('panelPackFailed')}: {error.url ?? sourceId}: {syncErrorText(error)}
          {error.issues.slice(0, 3).map((issue) => (
            <span key={`${issue.path}:${issue.message}`} className="sync-issue">
              {' '}
              {issue.path ? `${issue.path}: ` : ''}
              {issue.message}
            </span>
          ))}
        </p>
      ))}
    </div>
  );
}
