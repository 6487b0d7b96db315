/**
 * Every built-in check, by id. A check file in `rules/checks/` that is not listed here
 * fails the meta-test (tests/unit/engine/registry.test.ts).
 */

import type { Check } from './check';
import address from './checks/address';
import apology from './checks/apology';
import blame from './checks/blame';
import closing from './checks/closing';
import command from './checks/command';
import greeting from './checks/greeting';
import numberedSteps from './checks/numbered-steps';
import paragraphLength from './checks/paragraph-length';
import passive from './checks/passive';
import placeholder from './checks/placeholder';
import promise from './checks/promise';
import repeatedWord from './checks/repeated-word';
import replyLength from './checks/reply-length';
import sentenceLength from './checks/sentence-length';
import speaker from './checks/speaker';
import thanks from './checks/thanks';
import unansweredQuestion from './checks/unanswered-question';

/** In the order a reply reads: opening, body, closing, then the always-on checks. */
export const checks: readonly Check[] = [
  greeting,
  thanks,
  apology,
  address,
  speaker,
  command,
  passive,
  sentenceLength,
  paragraphLength,
  replyLength,
  numberedSteps,
  promise,
  closing,
  repeatedWord,
  placeholder,
  unansweredQuestion,
  blame,
];

const byId = new Map(checks.map((check) => [check.id, check]));

export function getCheck(id: string): Check | undefined {
  return byId.get(id);
}
