/**
 * Small helpers the checks share for reading parts of a reply and the conversation context.
 */

import type { DraftDocument, Paragraph } from './document';

/** The first word of a name: "Maija" of "Maija Meikäläinen"; undefined when unknown. */
export function firstName(fullName: string | undefined): string | undefined {
  const first = fullName?.trim().split(/\s+/)[0];
  return first ? first : undefined;
}

/** The last block the agent wrote before the closing and signature, if any. */
export function lastWrittenBlock(doc: DraftDocument): Paragraph | undefined {
  const blocks = doc.paragraphs.filter((p) => p.role === 'body' || p.role === 'greeting');
  return blocks[blocks.length - 1];
}
