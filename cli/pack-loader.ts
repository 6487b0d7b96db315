/**
 * Loads packs for the command line: a built-in id ("builtin:en") or a JSON file whose
 * `extends` chain may name built-in packs and other files, relative to the file that names
 * them (a team pack over an organisation pack over a built-in one). Every layer is
 * validated with `validatePack`, parents with their examples, before the pack is used.
 */

import { dirname, resolve } from 'node:path';
import {
  type CompiledPack,
  getBuiltinPack,
  type Pack,
  type PackIssue,
  parsePackText,
  validatePack,
} from '../rules/index';
import { CliError, type CliIO, readInput } from './io';

export interface LoadedPack {
  pack: Pack;
  compiled: CompiledPack;
  /** The file the pack came from; null for a built-in pack. */
  file: string | null;
  /** Templates that break the pack's house style (when it does not make them errors). */
  warnings?: PackIssue[];
}

export type LoadResult = { ok: true; loaded: LoadedPack } | { ok: false; errors: PackIssue[] };

/** Whether an `extends` names a file rather than a pack id. */
export function isFileRef(ref: string): boolean {
  return /^\.{1,2}[\\/]|^[\\/]|^[A-Za-z]:[\\/]/.test(ref) || ref.endsWith('.json');
}

const failure = (path: string, message: string): LoadResult => ({
  ok: false,
  errors: [{ path, message }],
});

/** Loads the files of one `extends` chain, each once, remembering where each pack lives. */
class FileChain {
  private readonly byPath = new Map<string, Pack>();
  private readonly dirOf = new Map<Pack, string>();

  constructor(private readonly io: CliIO) {}

  /** Resolves a file reference of `from` (a pack of this chain, or the one being read). */
  private loader(currentDir: string) {
    return (ref: string, from: Pack) =>
      isFileRef(ref)
        ? this.byPath.get(resolve(this.dirOf.get(from) ?? currentDir, ref))
        : undefined;
  }

  /** `path` is absolute; `shown` is how errors name the file (as the user gave it). */
  async load(
    path: string,
    shown: string,
    examples: boolean,
    chain: readonly string[] = [],
  ): Promise<LoadResult> {
    const source = await readInput(shown, this.io);
    const parsed = parsePackText(source);
    if (!parsed.ok) return parsed;
    const dir = dirname(path);
    const ref = (parsed.json as { extends?: unknown } | null)?.extends;
    if (typeof ref === 'string' && isFileRef(ref)) {
      const parentPath = resolve(dir, ref);
      if (parentPath === path || chain.includes(parentPath)) {
        return failure('extends', `"${ref}" extends this pack again (a cycle)`);
      }
      if (!this.byPath.has(parentPath)) {
        let parent: LoadResult;
        try {
          parent = await this.load(parentPath, parentPath, true, [...chain, path]);
        } catch (error) {
          if (error instanceof CliError) return failure('extends', error.message);
          throw error;
        }
        if (!parent.ok) {
          return {
            ok: false,
            errors: parent.errors.map((e) => ({
              path: 'extends',
              message: `${ref} is invalid: ${e.path ? `${e.path}: ` : ''}${e.message}`,
            })),
          };
        }
      }
    }
    const result = validatePack(parsed.json, { load: this.loader(dir), examples });
    if (!result.ok) return result;
    this.byPath.set(path, result.pack);
    this.dirOf.set(result.pack, dir);
    const warnings = result.warnings ? { warnings: result.warnings } : {};
    return {
      ok: true,
      loaded: { pack: result.pack, compiled: result.compiled, file: path, ...warnings },
    };
  }
}

/**
 * Reads and validates the pack `spec` names. `examples: false` skips running the examples
 * of the pack's own rules (`talontapa test` runs them itself); its parents always run
 * theirs. An unreadable file is a `CliError`.
 */
export async function readPack(
  spec: string,
  io: CliIO,
  options: { examples?: boolean } = {},
): Promise<LoadResult> {
  if (spec.startsWith('builtin:')) {
    const pack = getBuiltinPack(spec);
    if (!pack) throw new CliError(`unknown built-in pack "${spec}" (try builtin:fi or builtin:en)`);
    const result = validatePack(pack, { examples: options.examples ?? true });
    return result.ok ? { ok: true, loaded: { ...result, file: null } } : result;
  }
  // Standard input has no directory to resolve `extends` files against.
  if (spec === '-') throw new CliError('a pack must be a file or a built-in id, not "-"');
  return new FileChain(io).load(resolve(io.cwd, spec), spec, options.examples ?? true);
}

/** `path: message`, or the message alone for the pack as a whole. */
export function formatIssue({ path, message }: PackIssue): string {
  return path ? `${path}: ${message}` : message;
}

/**
 * Loads and compiles the pack named by `--pack`. An invalid pack is a `CliError` naming
 * the pack and the JSON path at fault, so a team lead can fix the file from the message.
 */
export async function loadPack(spec: string, io: CliIO): Promise<CompiledPack> {
  const result = await readPack(spec, io);
  if (result.ok) return result.loaded.compiled;
  const [first, ...rest] = result.errors;
  const more = rest.length > 0 ? ` (and ${rest.length} more: talontapa validate ${spec})` : '';
  throw new CliError(`invalid pack ${spec}: ${first ? formatIssue(first) : 'invalid'}${more}`);
}
