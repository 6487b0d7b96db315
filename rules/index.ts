/**
 * The rules engine's public API, for the content script, the side panel and the CLI.
 */

export type {
  Check,
  CheckDefinition,
  CheckExamples,
  CheckScope,
  DetectContext,
  ExpectedFinding,
  InvalidExample,
  Localized,
  MessageData,
  Report,
  ValidExample,
} from './check';
export { defineCheck, formatMessage } from './check';
export type { ExampleFailure, ExampleReport } from './custom/examples';
export { runRule, runRuleExamples } from './custom/examples';
export type { Matcher, PatternMatch } from './custom/pattern';
export { compileMatcher } from './custom/pattern';
export { compileRule, DEFAULT_MESSAGES } from './custom/rule';
export type {
  CustomRule,
  Example,
  Pattern,
  Patterns,
  RegexPattern,
  RuleKind,
  Swap,
  WordPattern,
} from './custom/schema';
export { CustomRuleSchema, PatternSchema, PatternsSchema, RULE_KINDS } from './custom/schema';
export type {
  BlockRange,
  BlockRole,
  Closing,
  DocumentLayout,
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
export {
  assembleDocument,
  blockMemo,
  enableBlockMemo,
  layoutDocument,
  parseBlock,
  parseDocument,
  sentencesOf,
  shiftBlock,
} from './document';
export { englishForms, inflectEnglish } from './en/inflect';
export type { ActiveCheck, CompiledPack, CompileOptions } from './engine';
export {
  check,
  checkDocument,
  compileCheck,
  compilePack,
  compileRuleCheck,
  withChecks,
} from './engine';
export { carryFinnishEnding, harmonise } from './fi/endings';
export { applyFixes, firstFixes } from './fixes';
export { IncrementalChecker } from './incremental';
export type {
  CheckSetting,
  Pack,
  PackLoader,
  PackPath,
  PackStyle,
  PhraseRule,
  ResolvedPack,
  ResolvedStyle,
} from './pack';
export {
  CheckSettingSchema,
  DEFAULT_STYLE,
  formatPath,
  LanguageSchema,
  PackError,
  PackSchema,
  packErrorFrom,
  parsePack,
  resolvePack,
  SeveritySchema,
  StyleSchema,
} from './pack';
export { packJsonSchema } from './pack-json-schema';
export type { PackIssue, ValidateOptions, ValidationResult } from './pack-validate';
export { jsonSize, parsePackText, validatePack, validatePackText } from './pack-validate';
export { builtinPacks, getBuiltinPack } from './packs';
export { starterPack } from './packs/starter';
export type { PhraseMatch, PhraseMatcher } from './phrases';
export { compilePhrases } from './phrases';
export { checkRegex } from './regex-safety';
export { checks, getCheck } from './registry';
export { LIMITS } from './schema-primitives';
export { EXPANSION_PREFIX, expandShortcut, keywordBefore } from './templates/expand';
export type {
  RankedTemplate,
  RankOptions,
  TemplateEntry,
  TemplateIndex,
} from './templates/rank';
export {
  indexTemplates,
  languageVariants,
  rankTemplates,
  suggestTemplates,
} from './templates/rank';
export type {
  RenderOptions,
  RenderResult,
  ResolvedValue,
  TemplateContext,
  UnfilledValue,
} from './templates/render';
export { renderTemplate } from './templates/render';
export type { Template } from './templates/schema';
export { TemplateSchema } from './templates/schema';
export type { SearchHit, TemplateSearch } from './templates/search';
export { createTemplateSearch, parseQuery } from './templates/search';
export type { TemplateField, VariableName } from './templates/syntax';
export { parseTemplate, VARIABLES } from './templates/syntax';
export type { SuggestionReport } from './templates/validate';
export {
  runSuggestExamples,
  TOP_SUGGESTIONS,
  templateFindings,
  templateStyleProblems,
} from './templates/validate';
export * from './types';
export { WARM_UP_SAMPLES, warmUp } from './warm-up';
