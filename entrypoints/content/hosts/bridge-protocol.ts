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
  error?: string;
}
