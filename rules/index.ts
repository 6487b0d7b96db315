/**
 * The rules engine's public API, for the content script, the side panel and the CLI.
 */

export type {
  Check,
  CheckDefinition,
  CheckExamples,
  DetectContext,
  ExpectedFinding,
  InvalidExample,
  Localized,
  MessageData,
  Report,
  ValidExample,
} from './check';
export { defineCheck, formatMessage } from './check';
export type {
  BlockRole,
  Closing,
  DraftDocument,
  Greeting,
  ListItem,
  ListKind,
  Paragraph,
  ParseOptions,
  Sentence,
  TextSpan,
  Word,
} from './document';
export { parseBlock, parseDocument, sentencesOf } from './document';
export type { ActiveCheck, CompiledPack } from './engine';
export { check, checkDocument, compileCheck, compilePack, withChecks } from './engine';
export { applyFixes, firstFixes } from './fixes';
export type {
  CheckSetting,
  Pack,
  PackLoader,
  PackStyle,
  PhraseRule,
  ResolvedPack,
  ResolvedStyle,
} from './pack';
export {
  CheckSettingSchema,
  DEFAULT_STYLE,
  LanguageSchema,
  PackError,
  PackSchema,
  packErrorFrom,
  parsePack,
  resolvePack,
  SeveritySchema,
  StyleSchema,
} from './pack';
export { builtinPacks, getBuiltinPack } from './packs';
export type { PhraseMatch, PhraseMatcher } from './phrases';
export { compilePhrases } from './phrases';
export { checks, getCheck } from './registry';
export * from './types';
