import { create } from 'zustand';
import { send } from '../messaging/client';
import { type Settings, SettingsSchema } from '../messaging/protocol';
import { chooseLanguage, type UiLanguage, uiLanguage } from './i18n';

/**
 * The agent's settings as the side panel and the options page show them: the personal check
 * overrides and the interface language. The background keeps them (storage/settings.ts);
 * this store holds a copy, refreshed when the background broadcasts `pages/settings-changed`.
 */
interface SettingsState {
  settings: Settings;
  /** The language the interface shows now; components read it so they re-render on a change. */
  language: UiLanguage;
  error: string | null;
  /** The check the agent turned off last from the side panel, for its notice and undo. */
  turnedOff: string | null;
  refresh: () => Promise<void>;
  turnOff: (check: string) => Promise<boolean>;
  turnOn: (check: string) => Promise<boolean>;
  setLanguage: (language: Settings['uiLanguage']) => Promise<boolean>;
}

export const useSettingsStore = create<SettingsState>((set, get) => {
  /** Sends a change; the background answers with the new settings. */
  const change = async (request: Parameters<typeof send>[0]): Promise<boolean> => {
    const reply = await send<Settings>(request);
    if (!reply.ok) {
      set({ error: reply.error });
      return false;
    }
    apply(reply.value);
    return true;
  };
  const apply = (value: unknown) => {
    const settings = SettingsSchema.parse(value ?? {});
    chooseLanguage(settings.uiLanguage === 'browser' ? null : settings.uiLanguage);
    document.documentElement.lang = uiLanguage();
    set({ settings, language: uiLanguage(), error: null });
  };
  return {
    settings: SettingsSchema.parse({}),
    language: uiLanguage(),
    error: null,
    turnedOff: null,
    refresh: async () => {
      const reply = await send<Settings>({ type: 'panel/get-settings' });
      if (reply.ok) apply(reply.value);
      else set({ error: reply.error });
    },
    turnOff: async (check) => {
      const done = await change({ type: 'panel/turn-off-check', check });
      if (done) set({ turnedOff: check });
      return done;
    },
    turnOn: async (check) => {
      const done = await change({ type: 'options/turn-on-check', check });
      if (done && get().turnedOff === check) set({ turnedOff: null });
      return done;
    },
    setLanguage: (language) => {
      if (language === get().settings.uiLanguage) return Promise.resolve(true);
      return change({ type: 'options/set-ui-language', language });
    },
  };
});
