/**
 * Findings about a part of the reply that is missing (greeting, thanks, closing, signature).
 * They are shown where the part belongs, as a marker, not as an underlined sentence. Checks
 * report such a finding either as a collapsed range at that place or as the sentence next to
 * it (message `missing`, or `signature` for a closing without the agent's name).
 */

const PART_CHECKS = new Set(['greeting', 'thanks', 'closing', 'signature']);

/** Parts that belong after the text a non-collapsed finding covers (the rest before it). */
const END_PARTS = new Set(['closing', 'signature']);

export interface PartFinding {
  check: string;
  start: number;
  end: number;
  messageId?: string;
}

export function isMissingPart(finding: PartFinding): boolean {
  if (!PART_CHECKS.has(finding.check)) return false;
  return (
    finding.end <= finding.start ||
    finding.messageId === 'missing' ||
    finding.messageId === 'signature'
  );
}

/** Where the missing part belongs: an offset into the draft, and whether it ends the text. */
export function missingPartPlace(finding: PartFinding): { at: number; atEnd: boolean } {
  const atEnd = finding.end > finding.start && END_PARTS.has(finding.check);
  return { at: atEnd ? finding.end : finding.start, atEnd };
}
