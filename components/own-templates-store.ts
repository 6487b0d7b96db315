import { create } from 'zustand';
import { listen, send } from '../messaging/client';
import {
  type OwnTemplate,
  type OwnTemplateCheck,
  type OwnTemplateDraft,
  type OwnTemplateIssue,
  OwnTemplateSchema,
} from '../rules/templates/own';
import type { TemplateEntry } from '../rules/templates/rank';
import type { Template } from '../rules/templates/schema';

/**
 * The agent's own templates as the side panel and the options page show them. The
 * background keeps them (storage/templates.ts) and checks every save; this holds a copy,
 * asked again whenever the background announces a change (`pages/templates-changed`).
 * The options page asks for each template's warnings too (`withWarnings`).
 */
interface OwnTemplatesState {
  templates: OwnTemplate[];
  /** House-style and shortcut remarks by template id (options page only). */
  warnings: Record<string, OwnTemplateIssue[]>;
  loaded: boolean;
  error: string | null;
  refresh: () => Promise<void>;
  save: (draft: OwnTemplateDraft) => Promise<OwnTemplateCheck | null>;
  remove: (id: string) => Promise<boolean>;
  /** "Copy to mine": the active pack's template of that id and language, as the agent's own. */
  copy: (language: 'fi' | 'en', id: string) => Promise<OwnTemplate | null>;
}

let withWarnings = false;
let latest = 0;
let stopListening: (() => void) | null = null;

const parse = (rows: unknown[]): OwnTemplate[] =>
  rows.flatMap((row) => {
    const parsed = OwnTemplateSchema.safeParse(row);
    return parsed.success ? [parsed.data] : [];
  });

export const useOwnTemplatesStore = create<OwnTemplatesState>((set, get) => ({
  templates: [],
  warnings: {},
  loaded: false,
  error: null,
  refresh: async () => {
    const mine = ++latest;
    if (withWarnings) {
      const reply = await send<{ template: unknown; warnings: OwnTemplateIssue[] }[]>({
        type: 'options/get-templates',
      });
      if (mine !== latest) return;
      if (!reply.ok) return set({ error: reply.error });
      const templates = parse(reply.value.map((r) => r.template));
      const warnings = Object.fromEntries(
        reply.value.map((r, i) => [templates[i]?.id ?? '', r.warnings]),
      );
      set({ templates, warnings, loaded: true, error: null });
      return;
    }
    const reply = await send<unknown[]>({ type: 'panel/get-templates' });
    if (mine !== latest) return;
    if (!reply.ok) return set({ error: reply.error });
    set({ templates: parse(reply.value), loaded: true, error: null });
  },
  save: async (draft) => {
    const reply = await send<OwnTemplateCheck>({ type: 'options/save-template', draft });
    if (!reply.ok) {
      set({ error: reply.error });
      return null;
    }
    set({ error: null });
    if (reply.value.template) await get().refresh();
    return reply.value;
  },
  remove: async (id) => {
    const reply = await send<boolean>({ type: 'options/delete-template', id });
    if (!reply.ok) {
      set({ error: reply.error });
      return false;
    }
    await get().refresh();
    return true;
  },
  copy: async (language, id) => {
    const reply = await send<unknown>({ type: 'panel/copy-template', language, id });
    if (!reply.ok) {
      set({ error: reply.error });
      return null;
    }
    await get().refresh();
    const parsed = OwnTemplateSchema.safeParse(reply.value);
    return parsed.success ? parsed.data : null;
  },
}));

/**
 * Loads the own templates and keeps them current while a page shows them; `warnings` asks
 * for each one's remarks (the options page). Returns the function that stops listening.
 */
export function watchOwnTemplates(options: { warnings?: boolean } = {}): () => void {
  withWarnings = options.warnings ?? false;
  void useOwnTemplatesStore.getState().refresh();
  stopListening ??= listen('templates', {
    'pages/templates-changed': () => {
      void useOwnTemplatesStore.getState().refresh();
      return true;
    },
  });
  return () => {
    stopListening?.();
    stopListening = null;
  };
}

/** The own templates beside the packs' in the side panel's list, in their own language. */
export function ownEntries(templates: readonly OwnTemplate[]): TemplateEntry[] {
  return templates.map((template) => ({
    template: template as Template,
    language: template.language,
  }));
}
