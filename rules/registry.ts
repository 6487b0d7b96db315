/**
 * Every built-in check, by id. A check file in `rules/checks/` that is not listed here
 * fails the meta-test (tests/unit/engine/registry.test.ts).
 */

import type { Check } from './check';
import closing from './checks/closing';
import greeting from './checks/greeting';
import paragraphLength from './checks/paragraph-length';
import placeholder from './checks/placeholder';
import repeatedWord from './checks/repeated-word';
import replyLength from './checks/reply-length';
import sentenceLength from './checks/sentence-length';
import thanks from './checks/thanks';

/** In the order a reply reads: opening, body, closing, then the always-on checks. */
export const checks: readonly Check[] = [
  greeting,
  thanks,
  sentenceLength,
  paragraphLength,
  replyLength,
  closing,
  repeatedWord,
  placeholder,
];

const byId = new Map(checks.map((check) => [check.id, check]));

export function getCheck(id: string): Check | undefined {
  return byId.get(id);
}
