/**
 * How an `extends` chain over URLs is read, shared by the background (which fetches and
 * validates it) and the content script (which compiles the chain it is given). No storage,
 * no extension API: the content script imports this.
 */
import { getBuiltinPack, type Pack, type PackLoader } from '../../rules/index';

/** Whether an `extends` names a pack file (relative or absolute URL) rather than a pack id. */
export function isUrlRef(ref: string): boolean {
  return /^(?:\.{1,2}\/|\/|https?:\/\/)/.test(ref) || ref.endsWith('.json');
}

/** The absolute URL `ref` names from a pack at `base`; null when there is no base to resolve against. */
export function resolveRef(ref: string, base: string | null): string | null {
  try {
    return new URL(ref, base ?? undefined).href;
  } catch {
    return null;
  }
}

/**
 * Resolves `extends` over a chain fetched top-down: `layers[0]` extends `layers[1]`, and so
 * on; built-in ids ("builtin:fi") are the extension's own packs.
 */
export function chainLoader(layers: readonly Pack[]): PackLoader {
  return (ref, from) => {
    if (!isUrlRef(ref)) return getBuiltinPack(ref);
    const index = layers.indexOf(from);
    return index === -1 ? undefined : layers[index + 1];
  };
}

/** Whether a pack may be fetched from `url`: https, or http on this machine only. */
export function sourceUrlProblem(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'not a URL';
  }
  if (parsed.protocol === 'https:') return null;
  if (parsed.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(parsed.hostname))
    return null;
  return 'a pack URL must be https (http only for localhost)';
}
