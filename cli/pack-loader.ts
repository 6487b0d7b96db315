import {
  type CompiledPack,
  compilePack,
  getBuiltinPack,
  PackError,
  parsePack,
} from '../rules/index';
import { CliError, type CliIO, readInput } from './io';

export const DEFAULT_PACK = 'builtin:fi';

/**
 * Loads and compiles the pack named by `--pack`: a built-in id ("builtin:en") or a JSON
 * file. Any problem is a `CliError` that names the pack and the JSON path at fault, so a
 * team lead can fix the file from the message alone.
 */
export async function loadPack(spec: string, io: CliIO): Promise<CompiledPack> {
  if (spec.startsWith('builtin:')) {
    const pack = getBuiltinPack(spec);
    if (!pack) throw new CliError(`unknown built-in pack "${spec}" (try builtin:fi or builtin:en)`);
    return compilePack(pack);
  }
  const source = await readInput(spec, io);
  let json: unknown;
  try {
    json = JSON.parse(source);
  } catch (error) {
    throw new CliError(`invalid pack ${spec}: not JSON (${(error as Error).message})`);
  }
  try {
    return compilePack(parsePack(json));
  } catch (error) {
    if (error instanceof PackError) throw new CliError(`invalid pack ${spec}: ${error.message}`);
    throw error;
  }
}
