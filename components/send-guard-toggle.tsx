import { useEffect, useId, useState } from 'react';
import { send } from '../messaging/client';
import type { SendGuard, Settings } from '../messaging/protocol';
import { t } from './i18n';

/**
 * The agent's own send guard: ask before sending while errors remain. The pack's guard is
 * the least it can be (entrypoints/content/send-guard.ts): when the pack already asks, the
 * box is checked and says so, and cannot be unchecked.
 */
export function SendGuardToggle({ packGuard }: { packGuard: SendGuard | undefined }) {
  const [agent, setAgent] = useState<SendGuard | undefined>(undefined);
  const id = useId();
  useEffect(() => {
    void send<Settings>({ type: 'panel/get-settings' }).then((reply) => {
      if (reply.ok) setAgent(reply.value.sendGuard);
    });
  }, []);
  const byPack = packGuard === 'errors' || packGuard === 'warnings';
  const checked = byPack || agent === 'errors' || agent === 'warnings';
  const change = async (on: boolean) => {
    // Shown at once; the stored setting follows (and wins should storing fail).
    const before = agent;
    setAgent(on ? 'errors' : 'off');
    const reply = await send<Settings>({
      type: 'panel/set-send-guard',
      level: on ? 'errors' : 'off',
    });
    setAgent(reply.ok ? reply.value.sendGuard : before);
  };
  return (
    <div className="send-guard" data-testid="send-guard">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        disabled={byPack}
        onChange={(event) => void change(event.target.checked)}
      />
      <label htmlFor={id}>{t('sendGuardToggle')}</label>
      {byPack && (
        <p className="panel-meta">
          {t(packGuard === 'warnings' ? 'sendGuardPackWarnings' : 'sendGuardPackErrors')}
        </p>
      )}
    </div>
  );
}
