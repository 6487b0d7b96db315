import type { SyncError, SyncReason } from '../storage/sources';
import { type MessageKey, t } from './i18n';

const REASON_KEYS: Record<SyncReason['code'], MessageKey> = {
  unreachable: 'syncUnreachable',
  timeout: 'syncTimeout',
  http: 'syncHttp',
  'too-large': 'syncTooLarge',
  'broke-off': 'syncBrokeOff',
  'unknown-304': 'syncUnknown304',
  invalid: 'syncInvalid',
};

/**
 * A sync error in the interface's language: the background keeps why it failed as a code
 * with its detail (storage/sources.ts); an error stored before codes were kept is shown in
 * the English it was written in.
 */
export function syncErrorText(error: Pick<SyncError, 'message' | 'reason'>): string {
  if (!error.reason) return error.message;
  return t(REASON_KEYS[error.reason.code], error.reason.detail ?? '');
}
