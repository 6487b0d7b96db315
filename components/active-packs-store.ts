import { create } from 'zustand';
import { send } from '../messaging/client';
import { getBuiltinPack, type ResolvedPack, resolvePack } from '../rules/index';
import type { Language } from '../rules/types';
import { activeLayers, chainLoader } from '../storage/sync/layers';
import { usePackStatusStore } from './pack-status-store';

const LANGUAGES: Language[] = ['fi', 'en'];

function builtin(language: Language): ResolvedPack {
  const pack = getBuiltinPack(`builtin:${language}`);
  if (!pack) throw new Error(`no built-in pack for ${language}`);
  return resolvePack(pack, getBuiltinPack);
}

/** The active synced pack of a language, resolved; null when there is none or it won't resolve. */
async function activePack(language: Language): Promise<ResolvedPack | null> {
  const reply = await send<unknown>({ type: 'panel/get-pack', language });
  const layers = reply.ok ? activeLayers(reply.value) : null;
  const pack = layers?.[0];
  if (!layers || !pack) return null;
  const load = chainLoader(layers);
  try {
    return resolvePack(pack, (ref, from) => getBuiltinPack(ref) ?? load(ref, from));
  } catch {
    return null;
  }
}

interface ActivePacksState {
  /** The pack the agent's replies are checked with, per language: synced, else built-in. */
  packs: Record<Language, ResolvedPack>;
  refresh: () => Promise<void>;
}

let latest = 0;

/**
 * The active packs as the side panel's templates need them (their templates and their
 * response-time promise). The background holds the truth; this asks again whenever the pack
 * status changes (the background announces every change of an active pack).
 */
export const useActivePacksStore = create<ActivePacksState>((set) => ({
  packs: { fi: builtin('fi'), en: builtin('en') },
  refresh: async () => {
    const mine = ++latest;
    const answers = await Promise.all(LANGUAGES.map(activePack));
    if (mine !== latest) return;
    set({
      packs: {
        fi: answers[0] ?? builtin('fi'),
        en: answers[1] ?? builtin('en'),
      },
    });
  },
}));

usePackStatusStore.subscribe(() => void useActivePacksStore.getState().refresh());
