import { z } from 'zod';

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
});

export const FindingSchema = z.object({
  check: z.string().min(1),
  severity: SeveritySchema,
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
  message: z.string(),
  fixes: z.array(FixSchema),
});

/** What a tab's reply box currently shows; sent by the content script. */
export const EditorReportSchema = z.object({
  /** Which kind of editor: `textarea` or `contenteditable`, or a host adapter's name. */
  editor: z.string(),
  packId: z.string(),
  language: z.enum(['fi', 'en']),
  textLength: z.number().int().nonnegative(),
  findings: z.array(FindingSchema),
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
});
export type TabFindings = z.infer<typeof TabFindingsSchema>;

const RangeSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});

export const MessageSchema = z.discriminatedUnion('type', [
  // content script → background
  z.object({ type: z.literal('content/report'), report: EditorReportSchema }),
  z.object({ type: z.literal('content/detached') }),
  z.object({ type: z.literal('content/get-settings') }),
  // side panel → background
  z.object({ type: z.literal('panel/get-findings'), tabId: z.number().int().optional() }),
  z.object({ type: z.literal('panel/select'), tabId: z.number().int(), range: RangeSchema }),
  // background → side panel (broadcast)
  z.object({ type: z.literal('panel/findings-changed'), tab: TabFindingsSchema }),
  // background → content script
  z.object({ type: z.literal('editor/select'), range: RangeSchema }),
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
    'panel/get-findings',
    'panel/select',
  ],
  panel: ['panel/findings-changed'],
  content: ['editor/select'],
} as const satisfies Record<string, readonly MessageType[]>;

export type Context = keyof typeof RECEIVES;
export type ReceivedBy<C extends Context> = MessageOf<(typeof RECEIVES)[C][number]>;

export const SettingsSchema = z.object({
  /** `auto` picks the built-in pack of the draft's language. */
  packId: z.string().default('auto'),
  enabled: z.boolean().default(true),
});
export type Settings = z.infer<typeof SettingsSchema>;

export type Reply<T = unknown> = { ok: true; value: T } | { ok: false; error: string };
