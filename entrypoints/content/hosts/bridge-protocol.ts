/** The DOM events between the content script and the main-world editor bridge. */
export const BRIDGE_REQUEST = 'talontapa:edit';
export const BRIDGE_RESULT = 'talontapa:edited';

export interface BridgeRequest {
  id: string;
  /** Markup to insert in place of the selection; '' deletes it. */
  html: string;
  /** The same as plain text, for editors that take text (CKEditor inline insertion). */
  text: string;
}

export interface BridgeResult {
  id: string;
  ok: boolean;
  /** How the edit went in: the editor's API, or a synthetic paste the editor took. */
  via?: 'api' | 'paste';
  /** No editor API was found and no editor took the paste: a plain editable. */
  unhandled?: boolean;
  error?: string;
}
