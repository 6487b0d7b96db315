import { z } from 'zod';
import { ExpansionSettingsSchema } from '../rules/templates/expand';
import { OwnTemplateDraftSchema } from '../rules/templates/own';
import { StatRowSchema } from '../storage/statistics-row';

/**
 * The one message protocol between the content script, the background service worker and
 * the side panel. Every receiver parses with `parseMessage` and answers `{ok: false, error}`
 * for anything it does not understand, instead of throwing.
 */

const SeveritySchema = z.enum(['error', 'warning', 'hint']);

export const FixSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  replacement: z.string(),
  label: z.string().optional(),
  /** The draft's text in [start, end) when reported; the panel sends it back with the fix. */
  original: z.string().optional(),
});

export const FindingSchema = z.object({
  check: z.string().min(1),
  severity: SeveritySchema,
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
  message: z.string(),
  fixes: z.array(FixSchema),
  /** Which of the check's messages (e.g. `missing`), when the check names it. */
  messageId: z.string().optional(),
});

/** What the host page tells about the conversation (rules/types.ts `CheckContext`). */
export const ThreadContextSchema = z.object({
  customerMessage: z.string().optional(),
  customerName: z.string().optional(),
  /** The customer's address, where the host shows it (not used by the checks). */
  customerEmail: z.string().optional(),
  agentName: z.string().optional(),
  ticketId: z.string().optional(),
  subject: z.string().optional(),
  /**
   * Who wrote the thread's last message (internal notes aside), as the host's markup or own
   * data says it; absent when the adapter cannot tell. `agent`: no template is suggested.
   */
  lastFrom: z.enum(['customer', 'agent']).optional(),
});
export type ThreadContext = z.infer<typeof ThreadContextSchema>;

/** The host adapters of the content script; `generic` is any site the agent enabled. */
export const HostNameSchema = z.enum(['gmail', 'zendesk', 'freshdesk', 'generic']);
export type HostName = z.infer<typeof HostNameSchema>;

/** A question of the customer's last message, and whether the reply seems to answer it. */
export const QuestionStateSchema = z.object({ text: z.string(), answered: z.boolean() });
export type QuestionState = z.infer<typeof QuestionStateSchema>;

/** A check id as packs spell it (kebab-case); what a personal override names. */
const CheckIdSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a kebab-case check id');

/** What a tab's reply box currently shows; sent by the content script. */
export const EditorReportSchema = z.object({
  /** Which kind of editor: `textarea` or `contenteditable`. */
  editor: z.string(),
  host: HostNameSchema,
  /**
   * False when the host's own markup was not recognised (a redesign): the generic adapter
   * checks the reply box, and the thread (the customer's message) could not be read.
   */
  layoutRecognised: z.boolean().optional(),
  /** The thread around the reply, as the adapter read it; the checks use the same. */
  context: ThreadContextSchema,
  packId: z.string(),
  language: z.enum(['fi', 'en']),
  /** The pack's send guard, when it has one (the side panel shows it). */
  sendGuard: z.enum(['off', 'errors', 'warnings']).optional(),
  textLength: z.number().int().nonnegative(),
  findings: z.array(FindingSchema),
  /** The customer's questions for the side panel's checklist (rules/context/questions.ts). */
  questions: z.array(QuestionStateSchema).optional(),
  /** How many findings the agent ignored in this reply ("ignore here"); left out of `findings`. */
  ignored: z.number().int().nonnegative().optional(),
  /** Increases with every report of a page, so a late message never overwrites a newer one. */
  revision: z.number().int().nonnegative(),
});
export type EditorReport = z.infer<typeof EditorReportSchema>;

/** The findings of one tab as the background keeps them. */
export const TabFindingsSchema = z.object({
  tabId: z.number().int(),
  url: z.string(),
  title: z.string(),
  report: EditorReportSchema.nullable(),
  /**
   * Increases with every change the background records, for any tab (0: nothing recorded).
   * A request's answer and a push may reach the panel in either order; it keeps the newer.
   */
  version: z.number().int().nonnegative(),
});
export type TabFindings = z.infer<typeof TabFindingsSchema>;

const RangeSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});

/**
 * A replacement of [start, end) of the draft. `expectedText` is what the panel saw there: the
 * content script refuses the edit when the draft no longer has it (the agent typed meanwhile).
 */
const ReplacementSchema = RangeSchema.extend({
  replacement: z.string(),
  expectedText: z.string(),
  /** The check whose finding the fix comes from: a send counts the fixes per check. */
  check: z
    .string()
    .regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/)
    .optional(),
});

/** Text to insert at the cursor; `html`, when given, is used by editors that take markup. */
const InsertionSchema = z.object({
  text: z.string().min(1),
  html: z.string().min(1).optional(),
  /**
   * The pack template the text comes from (its kebab-case id): a send records how much of
   * the template's text the reply kept, computed in the page, and never the text itself.
   */
  templateId: z
    .string()
    .max(100)
    .regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/)
    .optional(),
  /** Offsets of the template's `{{cursor}}` stops in `text`: the caret goes to the first. */
  cursors: z.array(z.number().int().nonnegative()).max(100).optional(),
});

/** When to ask before a send: never, when errors remain, or when errors or warnings remain. */
export const SendGuardSchema = z.enum(['off', 'errors', 'warnings']);
export type SendGuard = z.infer<typeof SendGuardSchema>;

/** An http(s) origin, e.g. `https://support.example.com`, as permission patterns take it. */
const OriginSchema = z
  .string()
  .regex(/^https?:\/\/[^/]+$/, 'an origin such as https://example.com');

/** A pack source's id: its URL, or `file:<name>` for an imported file. */
const SourceIdSchema = z.string().min(1).max(2_000);

export const MessageSchema = z.discriminatedUnion('type', [
  // content script → background
  z.object({ type: z.literal('content/report'), report: EditorReportSchema }),
  z.object({ type: z.literal('content/detached') }),
  z.object({ type: z.literal('content/get-settings') }),
  /** A send the page confirmed: its statistics row (counts only, see storage/statistics-row.ts). */
  z.object({ type: z.literal('content/sent'), row: StatRowSchema }),
  // side panel → background
  z.object({ type: z.literal('panel/get-findings'), tabId: z.number().int().optional() }),
  z.object({ type: z.literal('panel/select'), tabId: z.number().int(), range: RangeSchema }),
  z.object({ type: z.literal('panel/apply-fix'), tabId: z.number().int(), fix: ReplacementSchema }),
  z.object({
    type: z.literal('panel/insert'),
    tabId: z.number().int(),
    insertion: InsertionSchema,
  }),
  /** After the panel obtained the host permission: run the content script on that origin. */
  z.object({ type: z.literal('panel/enable-site'), tabId: z.number().int(), origin: OriginSchema }),
  z.object({ type: z.literal('panel/disable-site'), origin: OriginSchema }),
  z.object({ type: z.literal('panel/get-settings') }),
  /** The agent's own send guard; the pack's level is the least it can be (send-guard.ts). */
  z.object({ type: z.literal('panel/set-send-guard'), level: SendGuardSchema }),
  /** "Ignore here": this finding (check and matched text) in this reply, until it is sent. */
  z.object({
    type: z.literal('panel/ignore'),
    tabId: z.number().int(),
    finding: z.object({ check: CheckIdSchema, text: z.string() }),
  }),
  /** "Turn this check off for me": a personal override, kept in the settings. */
  z.object({ type: z.literal('panel/turn-off-check'), check: CheckIdSchema }),
  // background → side panel (broadcast)
  z.object({ type: z.literal('panel/findings-changed'), tab: TabFindingsSchema }),
  // background → content script
  z.object({ type: z.literal('editor/select'), range: RangeSchema }),
  z.object({ type: z.literal('editor/replace'), fix: ReplacementSchema }),
  z.object({ type: z.literal('editor/insert'), insertion: InsertionSchema }),
  z.object({
    type: z.literal('editor/ignore'),
    finding: z.object({ check: CheckIdSchema, text: z.string() }),
  }),
  /** The settings changed (a personal override): re-check the draft with them. */
  // Pack distribution (storage/sync/): the content script asks for the active pack of a language...
  z.object({ type: z.literal('content/get-pack'), language: z.enum(['fi', 'en']) }),
  // ...and hears when the active packs changed, to ask again and re-check the draft.
  z.object({ type: z.literal('editor/pack-changed') }),
  // side panel → background: the active packs' names and versions, and sync errors
  z.object({ type: z.literal('panel/get-pack-status') }),
  // side panel → background: the active pack of a language, as the content script gets it
  // (the panel's templates come from it)
  z.object({ type: z.literal('panel/get-pack'), language: z.enum(['fi', 'en']) }),
  // options page → background
  z.object({ type: z.literal('options/get-status') }),
  z.object({
    type: z.literal('options/add-source'),
    url: z.string().min(1).max(2_000),
    sha256: z
      .string()
      .regex(/^[0-9a-fA-F]{64}$/, 'a sha256 is 64 hexadecimal digits')
      .optional(),
  }),
  z.object({ type: z.literal('options/remove-source'), sourceId: SourceIdSchema }),
  /** Sync one source now, or every source when none is named. */
  z.object({ type: z.literal('options/sync'), sourceId: SourceIdSchema.optional() }),
  z.object({
    type: z.literal('options/import-pack'),
    name: z.string().min(1).max(200),
    text: z.string(),
  }),
  z.object({ type: z.literal('options/history'), sourceId: SourceIdSchema }),
  z.object({
    type: z.literal('options/rollback'),
    sourceId: SourceIdSchema,
    seq: z.number().int().positive(),
  }),
  z.object({ type: z.literal('options/export-data') }),
  /** Undoes "turn this check off for me". */
  z.object({ type: z.literal('options/turn-on-check'), check: CheckIdSchema }),
  z.object({
    type: z.literal('options/set-ui-language'),
    language: z.enum(['browser', 'fi', 'en']),
  }),
  z.object({ type: z.literal('options/import-data'), data: z.unknown() }),
  /** The agent's keyword expansion: on or off, its prefix and completing keys. */
  z.object({ type: z.literal('options/set-expansion'), expansion: ExpansionSettingsSchema }),
  // The agent's own templates (rules/templates/own.ts), kept by the background: the content
  // script and the side panel read them; the options page edits them (its list comes with
  // each one's warnings); the side panel copies a pack template of the active pack to them.
  z.object({ type: z.literal('content/get-templates') }),
  z.object({ type: z.literal('panel/get-templates') }),
  z.object({
    type: z.literal('panel/copy-template'),
    language: z.enum(['fi', 'en']),
    id: z.string().min(1).max(64),
  }),
  z.object({ type: z.literal('options/get-templates') }),
  z.object({ type: z.literal('options/save-template'), draft: OwnTemplateDraftSchema }),
  z.object({ type: z.literal('options/delete-template'), id: z.string().min(1).max(100) }),
  // background → extension pages and content scripts (broadcast): the own templates changed
  z.object({ type: z.literal('pages/templates-changed') }),
  z.object({ type: z.literal('editor/templates-changed') }),
  // background → extension pages (broadcast): sources, versions or sync errors changed
  z.object({ type: z.literal('pages/packs-changed') }),
  z.object({ type: z.literal('editor/settings-changed'), settings: z.lazy(() => SettingsSchema) }),
  // background → extension pages (broadcast): the settings changed (overrides, UI language)
  z.object({ type: z.literal('pages/settings-changed') }),
]);

export type Message = z.infer<typeof MessageSchema>;
export type MessageType = Message['type'];
export type MessageOf<T extends MessageType> = Extract<Message, { type: T }>;

/** The message types each context may receive; anything else is refused on receipt. */
export const RECEIVES = {
  background: [
    'content/report',
    'content/detached',
    'content/get-settings',
    'content/sent',
    'panel/get-findings',
    'panel/select',
    'panel/apply-fix',
    'panel/insert',
    'panel/enable-site',
    'panel/disable-site',
    'panel/ignore',
    'panel/turn-off-check',
    'panel/get-settings',
    'options/turn-on-check',
    'options/set-ui-language',
    'options/set-expansion',
    'content/get-pack',
    'panel/get-pack-status',
    'panel/get-pack',
    'options/get-status',
    'options/add-source',
    'options/remove-source',
    'options/sync',
    'options/import-pack',
    'options/history',
    'options/rollback',
    'options/export-data',
    'options/import-data',
    'panel/get-settings',
    'panel/set-send-guard',
    'content/get-templates',
    'panel/get-templates',
    'panel/copy-template',
    'options/get-templates',
    'options/save-template',
    'options/delete-template',
  ],
  panel: ['panel/findings-changed', 'pages/packs-changed', 'pages/settings-changed'],
  options: ['pages/packs-changed', 'pages/settings-changed'],
  content: [
    'editor/select',
    'editor/replace',
    'editor/insert',
    'editor/pack-changed',
    'editor/ignore',
    'editor/settings-changed',
    'editor/templates-changed',
  ],
  /** Any extension page showing the agent's own templates (components/own-templates-store.ts). */
  templates: ['pages/templates-changed'],
} as const satisfies Record<string, readonly MessageType[]>;

export type Context = keyof typeof RECEIVES;
export type ReceivedBy<C extends Context> = MessageOf<(typeof RECEIVES)[C][number]>;

export const SettingsSchema = z.object({
  /** `auto` picks the built-in pack of the draft's language. */
  packId: z.string().default('auto'),
  enabled: z.boolean().default(true),
  /** The agent's own send guard; absent follows the pack (which it can only make stricter). */
  sendGuard: SendGuardSchema.optional(),
  /** Checks the agent turned off for themselves ("turn this check off for me"). */
  disabledChecks: z.array(CheckIdSchema).default([]),
  /** The side panel's and options page's language; `browser` follows the browser's. */
  uiLanguage: z.enum(['browser', 'fi', 'en']).default('browser'),
  /** Keyword expansion in the reply box; an unreadable value falls back to the defaults. */
  expansion: ExpansionSettingsSchema.default(ExpansionSettingsSchema.parse({})).catch(() =>
    ExpansionSettingsSchema.parse({}),
  ),
});
export type Settings = z.infer<typeof SettingsSchema>;

export type Reply<T = unknown> = { ok: true; value: T } | { ok: false; error: string };
