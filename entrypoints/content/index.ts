import { defineContentScript } from 'wxt/utils/define-content-script';
import { chooseLanguage } from '../../components/i18n';
import { listen, send } from '../../messaging/client';
import { type Settings, SettingsSchema } from '../../messaging/protocol';
import { type CompiledPack, getBuiltinPack, IncrementalChecker, warmUp } from '../../rules/index';
import { guessLanguage } from '../../rules/language';
import type { Pack, ResolvedPack } from '../../rules/pack';
import { expandShortcut } from '../../rules/templates/expand';
import { expandOwnShortcut } from '../../rules/templates/own';
import type { CheckContext, Language } from '../../rules/types';
import { ignored, questionsFor, setDisabledChecks, withOverrides } from './agent-choices';
import { type Checker, EditorSession, type Expander, type Reporter } from './editor-session';
import { adapterFor } from './hosts';
import type { HostContext } from './hosts/types';
import { loadFinnish } from './language-data';
import { OwnTemplates } from './own-templates';
import { packFacts, SendWatch } from './send-watch';
import { SyncedPacks } from './synced-packs';
import './highlights.css';

/**
 * When the side panel hears of a change: once the agent pauses for REPORT_QUIET_MS, and at
 * least every REPORT_MAX_WAIT_MS while they type on. The highlights in the editor never wait;
 * a report (a copy of every finding, serialised) costs 3 to 4 ms on a 5,000-word draft, which
 * a keystroke arriving meanwhile would wait for (measured with `npm run bench` and a CPU
 * profile: one report per 120 ms added 2 ms per keystroke on average).
 */
const REPORT_QUIET_MS = 150;
const REPORT_MAX_WAIT_MS = 1_000;

export default defineContentScript({
  // The shipped hosts. Other sites get this same script only when the agent enables them from
  // the side panel (optional host permission + scripting.registerContentScripts).
  matches: ['https://mail.google.com/*', 'https://*.zendesk.com/*', 'https://*.freshdesk.com/*'],
  cssInjectionMode: 'manifest',
  allFrames: false,
  // Once the page's DOM is parsed, not after every image has loaded: a reply restored with
  // the page is checked 200 ms sooner on the Gmail fixture. Setting up costs ~30 ms.
  runAt: 'document_end',
  async main(ctx) {
    const settings = await loadSettings();
    if (!settings.enabled || ctx.isInvalid) return;
    setDisabledChecks(settings.disabledChecks);
    // The send guard's dialog speaks the interface language the agent chose.
    chooseLanguage(settings.uiLanguage === 'browser' ? null : settings.uiLanguage);
    const adapter = adapterFor(new URL(location.href));
    let session: EditorSession | null = null;
    // The Finnish grammar checks join in once the dictionary is read (only when a draft is
    // Finnish); the draft is re-checked then.
    const needFinnish = () =>
      loadFinnish().then(
        () => session?.schedule(),
        (error: unknown) => console.warn('Talontapa: Finnish grammar checks are off:', error),
      );
    // A synced pack arriving (or changing) re-checks the open draft, with no page reload.
    const synced = new SyncedPacks(() => session?.schedule());
    const checker = createChecker(settings, pageLanguage(), needFinnish, synced);
    // `;;shortcut` + Tab or Space (the agent's prefix and keys): the agent's own templates
    // (theirs win a shortcut a pack template also has, rules/templates/own.ts), the draft's
    // pack (a synced one when there is one), then the built-in packs.
    const own = new OwnTemplates();
    const packOf = (lang: Language): Pack | ResolvedPack =>
      (settings.packId === 'auto' ? synced.get(lang)?.pack : null) ?? packFor(settings, lang);
    const expander: Expander = {
      settings: () => settings.expansion,
      expand(shortcut, context, language) {
        const lang = language ?? pageLanguage();
        const first = packOf(lang);
        const others = (['fi', 'en'] as const)
          .map((l) => getBuiltinPack(`builtin:${l}`))
          .filter((p): p is Pack => p !== undefined && p !== first);
        const expanded =
          expandOwnShortcut(
            shortcut,
            own.get(),
            lang,
            context,
            (l) => packOf(l).style?.responseTime,
          ) ?? expandShortcut(shortcut, [first, ...others], context);
        // A template expanded in the box counts at send like one inserted from the panel.
        if (expanded && session)
          sends.noteTemplate(session.editor, expanded.template.id, expanded.text);
        return expanded && { text: expanded.text, cursors: expanded.cursors };
      },
    };
    // The first check with a pack compiles it and its regular expressions (100 ms or more):
    // done while the page is idle, before the agent types (rules/warm-up.ts).
    requestIdleCallback(
      () => {
        if (!ctx.isInvalid) warmUp(packFor(settings, pageLanguage()));
      },
      { timeout: 2_000 },
    );
    let revision = 0;
    let reportTimer: ReturnType<typeof setTimeout> | undefined;
    let pendingReport: Parameters<Reporter>[0] | null = null;
    let pendingSince = 0;

    // Reports are coalesced and built off the typing path: the side panel needs the latest
    // state, not every keystroke. Sent from an idle callback, so never inside a keystroke.
    const sendReport = () => {
      if (!pendingReport || ctx.isInvalid) return;
      revision += 1;
      void send({ type: 'content/report', report: { ...pendingReport(), revision } }).then(
        (reply) => {
          // A report the background refuses leaves the panel without this draft: say why.
          if (!reply.ok)
            console.warn('Talontapa: the side panel did not take the report:', reply.error);
        },
      );
      pendingReport = null;
    };
    const report: Reporter = (next) => {
      const now = performance.now();
      if (!pendingReport) pendingSince = now;
      // The question checklist and the ignored count join the report when it is sent.
      const checked = checker.last;
      pendingReport = () => ({
        ...next(),
        ...(checked
          ? {
              questions: checklist(checked),
              ignored: checked.ignored,
            }
          : {}),
      });
      clearTimeout(reportTimer);
      const wait = Math.min(REPORT_QUIET_MS, pendingSince + REPORT_MAX_WAIT_MS - now);
      reportTimer = setTimeout(
        () => requestIdleCallback(sendReport, { timeout: REPORT_QUIET_MS }),
        Math.max(0, wait),
      );
    };

    const host: HostContext = {
      attach(editor, via) {
        session?.destroy();
        session = new EditorSession(editor, via ?? adapter, checker, report, expander);
        own.get();
      },
      detach() {
        ignored.clear();
        if (!session) return;
        session.destroy();
        session = null;
        pendingReport = null;
        void send({ type: 'content/detached' });
      },
      get current() {
        return session?.editor ?? null;
      },
      refreshContext() {
        session?.refreshContext();
      },
    };
    adapter.init(host, ctx.signal);
    // Sends: one row each, and the send guard (send-watch.ts).
    const sends = new SendWatch(
      {
        session: () => session,
        record: (row) => void send({ type: 'content/sent', row }),
        agentGuard: () => settings.sendGuard,
      },
      ctx.signal,
    );

    const attached = (): EditorSession => {
      if (!session) throw new Error('no reply box is attached on this page');
      return session;
    };
    const stopListening = listen('content', {
      'editor/select': ({ range }) => {
        if (!attached().select(range.start, range.end))
          throw new Error('the range is outside the draft');
        return true;
      },
      'editor/replace': async ({ fix }) => {
        const current = attached();
        await current.replace(fix.start, fix.end, fix.replacement, fix.expectedText);
        sends.noteFix(current.editor, fix.check);
        // The agent goes on writing where the fix was made (keyboard use of the panel).
        current.editor.focus({ preventScroll: true });
        return true;
      },
      'editor/ignore': ({ finding }) => {
        ignored.ignore(finding.check, finding.text);
        attached().schedule();
        return true;
      },
      'editor/settings-changed': ({ settings: next }) => {
        Object.assign(settings, next);
        setDisabledChecks(settings.disabledChecks);
        chooseLanguage(settings.uiLanguage === 'browser' ? null : settings.uiLanguage);
        session?.schedule();
        return true;
      },
      'editor/insert': async ({ insertion }) => {
        const current = attached();
        await current.insert(insertion);
        sends.noteTemplate(current.editor, insertion.templateId, insertion.text);
        return true;
      },
      'editor/pack-changed': () => {
        synced.changed();
        return true;
      },
      'editor/templates-changed': () => {
        own.changed();
        return true;
      },
    });

    ctx.onInvalidated(() => {
      stopListening();
      clearTimeout(reportTimer);
      session?.destroy();
      session = null;
    });
  },
});

async function loadSettings(): Promise<Settings> {
  const reply = await send<Settings>({ type: 'content/get-settings' });
  const parsed = SettingsSchema.safeParse(reply.ok ? reply.value : {});
  return parsed.success ? parsed.data : SettingsSchema.parse({});
}

function pageLanguage(): Language {
  const lang = (document.documentElement.lang || navigator.language).toLowerCase();
  return lang.startsWith('en') ? 'en' : 'fi';
}

/** The question checklist of a check; a failure costs the checklist, never the report. */
function checklist(checked: LastCheck): ReturnType<typeof questionsFor> {
  try {
    return questionsFor(checked.text, checked.context, checked.language, checked.pack);
  } catch (error) {
    console.warn('Talontapa: the question checklist could not be built:', error);
    return [];
  }
}

/** The last check's input, for the parts of a report built only when it is sent. */
interface LastCheck {
  text: string;
  context: CheckContext;
  language: Language;
  pack: Pack | CompiledPack;
  /** How many findings "ignore here" left out. */
  ignored: number;
}

/**
 * `auto` follows the draft's language, and keeps the last one while the draft is ambiguous;
 * it runs the synced pack of that language when there is one, else the built-in one.
 * One incremental checker per pack: a keystroke re-checks only the paragraph it changed.
 */
function createChecker(
  settings: Settings,
  initial: Language,
  needFinnish: () => void,
  synced: SyncedPacks,
): Checker & { last: LastCheck | null } {
  let language = initial;
  let finnishRequested = false;
  const checkers = new WeakMap<object, IncrementalChecker>();
  const run = (text: string, context: CheckContext) => {
    if (settings.packId === 'auto') language = guessLanguage(text) ?? language;
    // A built-in pack goes in as it is: its compiled form is the one warmUp prepared.
    const pack: Pack | CompiledPack =
      (settings.packId === 'auto' ? synced.get(language) : null) ?? packFor(settings, language);
    const { id, language: packLanguage } = 'parseOptions' in pack ? pack.pack : pack;
    if (packLanguage === 'fi' && !finnishRequested) {
      finnishRequested = true;
      needFinnish();
    }
    // Keyed by the pack object: a new version of a synced pack (same id), or a change of the
    // agent's turned-off checks, starts afresh.
    const effective = withOverrides(pack);
    let incremental = checkers.get(effective);
    if (!incremental) {
      incremental = new IncrementalChecker(effective);
      checkers.set(effective, incremental);
    }
    // An empty reply box is a new reply (the last one was sent or discarded).
    if (!text.trim()) ignored.clear();
    const { findings, ignored: left } = ignored.filter(incremental.check(text, context));
    run.last = { text, context, language: packLanguage, pack: effective, ignored: left };
    return { findings, packId: id, language: packLanguage, ...packFacts(effective) };
  };
  run.last = null as LastCheck | null;
  return run;
}

/** The pack the settings choose; `auto` (and an unknown id) the built-in one for `language`. */
function packFor(settings: Settings, language: Language): Pack {
  const pack =
    (settings.packId === 'auto' ? undefined : getBuiltinPack(settings.packId)) ??
    getBuiltinPack(`builtin:${language}`);
  if (!pack) throw new Error(`no built-in pack for ${language}`);
  return pack;
}
