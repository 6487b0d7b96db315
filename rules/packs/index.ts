import type { Pack } from '../pack';
import { builtinEn } from './builtin-en';
import { builtinFi } from './builtin-fi';

/** The packs shipped with the extension, usable with no configuration. */
export const builtinPacks: readonly Pack[] = [builtinFi, builtinEn];

/** A built-in pack by id ("builtin:fi", "builtin:en"), or undefined. */
export function getBuiltinPack(id: string): Pack | undefined {
  return builtinPacks.find((pack) => pack.id === id);
}
