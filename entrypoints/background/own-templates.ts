import { browser } from 'wxt/browser';
import { send, sendToTab } from '../../messaging/client';
import type { MessageOf } from '../../messaging/protocol';
import { type CompiledPack, compilePack, getBuiltinPack } from '../../rules/index';
import {
  checkOwnTemplate,
  copyOfPackTemplate,
  draftOf,
  newOwnId,
  type OwnTemplate,
  type OwnTemplateIssue,
  type PackTemplateRef,
} from '../../rules/templates/own';
import type { Language } from '../../rules/types';
import { activeLayers, chainLoader } from '../../storage/sync/layers';
import { deleteOwnTemplate, listOwnTemplates, putOwnTemplate } from '../../storage/templates';

const LANGUAGES: Language[] = ['fi', 'en'];

/** What the pack handlers (pack-sync.ts) answer that own templates need. */
interface PackHandlers {
  'panel/get-pack': (message: { language: Language }) => Promise<unknown>;
  'options/import-data': (message: { data: unknown }) => Promise<{ templatesAdded: number }>;
}

/**
 * The agent's own templates in the background (rules/templates/own.ts, storage/templates.ts):
 * every save is checked against the active pack of the template's language (its templates'
 * shortcuts, its house style), stored, and announced to the open pages and the content
 * scripts (for `;;shortcut`).
 */
export function ownTemplateHandlers(packs: PackHandlers) {
  /** The active pack of a language, compiled once per version (compiling costs 100 ms). */
  const compiled = new Map<string, CompiledPack>();
  const compiledFor = async (language: Language): Promise<CompiledPack> => {
    const answer = await packs['panel/get-pack']({ language });
    const layers = activeLayers(answer);
    const { sourceId, seq } = (answer ?? {}) as { sourceId?: string; seq?: number };
    const key = layers?.[0] ? `${sourceId}#${seq}` : `builtin:${language}`;
    let pack = compiled.get(key);
    if (!pack) {
      const builtin = () =>
        compilePack(
          getBuiltinPack(`builtin:${language}`) as NonNullable<ReturnType<typeof getBuiltinPack>>,
        );
      if (layers?.[0]) {
        const load = chainLoader(layers);
        try {
          pack = compilePack(layers[0], {
            load: (ref, from) => getBuiltinPack(ref) ?? load(ref, from),
          });
        } catch {
          pack = builtin();
        }
      } else pack = builtin();
      compiled.set(key, pack);
    }
    return pack;
  };
  const activePacks = () => Promise.all(LANGUAGES.map(compiledFor));
  const packTemplates = (list: readonly CompiledPack[]): PackTemplateRef[] =>
    list.flatMap((c) =>
      (c.pack.templates ?? []).map((template) => ({ template, language: c.pack.language })),
    );

  const changed = async () => {
    void send({ type: 'pages/templates-changed' });
    const tabs = await browser.tabs.query({});
    // Tabs without a content script refuse the message; that is expected.
    await Promise.all(
      tabs.map((tab) =>
        tab.id === undefined ? undefined : sendToTab(tab.id, { type: 'editor/templates-changed' }),
      ),
    );
  };

  /** Each own template with what the active packs say of it now (a pack may have changed). */
  const withWarnings = async (): Promise<
    { template: OwnTemplate; warnings: OwnTemplateIssue[] }[]
  > => {
    const own = await listOwnTemplates();
    const active = await activePacks();
    const options = { own, packTemplates: packTemplates(active), now: Date.now(), newId: newOwnId };
    return own.map((template) => {
      const pack = active.find((c) => c.pack.language === template.language);
      const check = checkOwnTemplate(
        draftOf(template, template.language),
        { ...options, ...(pack ? { compiled: pack } : {}) },
        template,
      );
      return { template, warnings: check.warnings };
    });
  };

  return {
    'content/get-templates': () => listOwnTemplates(),
    'panel/get-templates': () => listOwnTemplates(),
    'options/get-templates': withWarnings,
    'options/save-template': async ({ draft }: MessageOf<'options/save-template'>) => {
      const own = await listOwnTemplates();
      const earlier = draft.id === undefined ? undefined : own.find((t) => t.id === draft.id);
      if (draft.id !== undefined && !earlier)
        throw new Error('that template was deleted meanwhile');
      const active = await activePacks();
      const result = checkOwnTemplate(
        draft,
        {
          own,
          packTemplates: packTemplates(active),
          compiled: active[LANGUAGES.indexOf(draft.language)] as CompiledPack,
          now: Date.now(),
          newId: newOwnId,
        },
        earlier,
      );
      if (result.template) {
        await putOwnTemplate(result.template);
        void changed();
      }
      return result;
    },
    'options/delete-template': async ({ id }: MessageOf<'options/delete-template'>) => {
      const found = await deleteOwnTemplate(id);
      if (found) void changed();
      return found;
    },
    'panel/copy-template': async ({ language, id }: MessageOf<'panel/copy-template'>) => {
      // The pack's template as the active pack has it: the panel only names it.
      const pack = await compiledFor(language);
      const template = (pack.pack.templates ?? []).find((t) => t.id === id);
      if (!template) throw new Error(`the active ${language} pack has no template "${id}"`);
      let copy = copyOfPackTemplate(template, language, newOwnId(), Date.now());
      // One shortcut names one own template: a second copy goes without it.
      const shortcut = copy.shortcut?.toLowerCase();
      const own = await listOwnTemplates();
      if (shortcut && own.some((t) => t.shortcut?.toLowerCase() === shortcut)) {
        const { shortcut: _taken, ...rest } = copy;
        copy = rest;
      }
      await putOwnTemplate(copy);
      void changed();
      return copy;
    },
    // The agent's data file carries own templates: the pages hear when an import added some.
    'options/import-data': async (message: MessageOf<'options/import-data'>) => {
      const report = await packs['options/import-data'](message);
      if (report.templatesAdded > 0) void changed();
      return report;
    },
  };
}
