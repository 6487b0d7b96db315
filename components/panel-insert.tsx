import { useId, useState } from 'react';
import { send } from '../messaging/client';
import { useFindingsStore } from './findings-store';
import { t } from './i18n';

/** A plain insertion at the cursor; templates use the same path. */
export function InsertBox({ tabId }: { tabId: number }) {
  const run = useFindingsStore((state) => state.run);
  const [text, setText] = useState('');
  const id = useId();
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!text) return;
    if (await run(send({ type: 'panel/insert', tabId, insertion: { text } }))) setText('');
  };
  return (
    <form className="insert" onSubmit={submit}>
      <label htmlFor={id}>{t('panelInsertLabel')}</label>
      <textarea id={id} rows={3} value={text} onChange={(event) => setText(event.target.value)} />
      <button type="submit" disabled={!text}>
        {t('panelInsert')}
      </button>
    </form>
  );
}
