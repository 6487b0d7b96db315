import { CliError } from '../io';

/** The single PACK argument of `validate` and `test`. */
export function onePack(command: string, positionals: readonly string[]): string {
  const [spec, ...extra] = positionals;
  if (spec === undefined) throw new CliError(`${command}: no pack given (a file or builtin:fi)`);
  if (extra.length > 0)
    throw new CliError(`${command}: one pack at a time (got ${positionals.length})`);
  return spec;
}
