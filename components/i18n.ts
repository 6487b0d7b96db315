import { browser } from 'wxt/browser';
import en from '../public/_locales/en/messages.json';
import fi from '../public/_locales/fi/messages.json';

/**
 * The interface's strings, from `public/_locales/<lang>/messages.json`: the platform's own
 * format, which the browser also uses for the manifest's name and description. Keys are typed
 * from the English file; a test fails when the two files' keys differ.
 *
 * `browser.i18n` follows the browser's language only. The agent may choose the other
 * language in the options page, so both files are bundled and, under such a choice, formatted
 * here the way the browser formats them ($NAME$ placeholders whose content is `$1`…`$9`).
 * `@wxt-dev/i18n` was not used for this reason: like `browser.i18n` it cannot switch language.
 */

export type UiLanguage = 'fi' | 'en';
export type MessageKey = keyof typeof en;

interface ChromeMessage {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

export const MESSAGES: Record<UiLanguage, Record<MessageKey, ChromeMessage>> = { en, fi };

/** The extension's i18n API; absent where the components' helpers run outside the browser. */
const i18n = (): typeof browser.i18n | undefined => (browser as typeof browser | undefined)?.i18n;

/** The language the browser shows its interface in, as far as Talontapa has it. */
export function browserLanguage(): UiLanguage {
  const tag = i18n()?.getUILanguage?.() ?? globalThis.navigator?.language ?? 'en';
  return tag.toLowerCase().startsWith('fi') ? 'fi' : 'en';
}

let chosen: UiLanguage | null = null;

/** The agent's choice in the options page; `null` follows the browser. */
export function chooseLanguage(language: UiLanguage | null): void {
  chosen = language;
}

export function uiLanguage(): UiLanguage {
  return chosen ?? browserLanguage();
}

/** Formats a message as `browser.i18n.getMessage` does, for the language not the browser's. */
export function formatMessage(entry: ChromeMessage, substitutions: readonly string[]): string {
  const placeholders = Object.fromEntries(
    Object.entries(entry.placeholders ?? {}).map(([name, { content }]) => [
      name.toLowerCase(),
      content.replace(/\$(\d)/g, (_, n: string) => substitutions[Number(n) - 1] ?? ''),
    ]),
  );
  return entry.message
    .replace(
      /\$([A-Za-z0-9_@]+)\$/g,
      (whole, name: string) => placeholders[name.toLowerCase()] ?? whole,
    )
    .replace(/\$\$/g, '$');
}

export function t(key: MessageKey, ...substitutions: string[]): string {
  const language = uiLanguage();
  // WXT types getMessage for @wxt-dev/i18n's generated keys only; ours are MessageKey.
  const getMessage = i18n()?.getMessage as
    | ((key: string, substitutions?: string[]) => string)
    | undefined;
  if (language === browserLanguage() && getMessage) {
    const message = getMessage(key, substitutions);
    if (message) return message;
  }
  return formatMessage(MESSAGES[language][key], substitutions);
}
