import { type ParseArgsConfig, parseArgs } from 'node:util';
import { CliError, type CliIO } from '../io';

/** A subcommand: `talontapa <name> ...`. */
export interface Command {
  name: string;
  /** One line for the command list in `talontapa --help`. */
  summary: string;
  /** Full help text for `talontapa <name> --help`. */
  usage: string;
  /** Returns the exit status; throws `CliError` for bad input. */
  run(args: string[], io: CliIO): Promise<number>;
}

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * Parses a command's arguments strictly: an unknown option or a missing option value is a
 * `CliError` (exit 2) instead of being ignored.
 */
export function parseCommandArgs<O extends Options>(args: string[], options: O) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new CliError((error as Error).message);
  }
}
