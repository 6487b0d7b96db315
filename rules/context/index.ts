/**
 * Reading the customer's message next to the reply: the questions it asks (for the side
 * panel's checklist and `unanswered-question`), how upset it sounds (`apology`), content
 * words in base forms, and whether a reply's sentence asks the customer to act
 * (`numbered-steps`). Pure and synchronous; Finnish base forms come from the analyzer
 * installed in rules/languages.ts, or a fallback stemmer until it is.
 */

export type { ContentWord, Coverage, WordIndex } from './matching';
export { contentWords, coverage, indexWords, sharedStem } from './matching';
export type {
  AnswerOptions,
  Question,
  QuestionForm,
  QuestionKind,
  QuestionStatus,
} from './questions';
export {
  DEFAULT_ANSWER_THRESHOLD,
  extractQuestions,
  questionKind,
  questionStatuses,
} from './questions';
export { isRequest } from './requests';
export type { UpsetOptions, UpsetResult, UpsetSignal, UpsetSignalKind } from './upset';
export { UPSET_THRESHOLD, upsetScore } from './upset';
