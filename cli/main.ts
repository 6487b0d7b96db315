/**
 * The `talontapa` command line. Each subcommand is a `Command` in `cli/commands/`; adding
 * one means adding it to `COMMANDS`.
 */

import { readFileSync } from 'node:fs';
import { checkCommand } from './commands/check';
import type { Command } from './commands/command';
import { initCommand } from './commands/init';
import { referenceCommand } from './commands/reference';
import { schemaCommand } from './commands/schema';
import { suggestCommand } from './commands/suggest';
import { testCommand } from './commands/test';
import { validateCommand } from './commands/validate';
import { CliError, type CliIO, EXIT_OK, EXIT_USAGE, processIO } from './io';

const COMMANDS: readonly Command[] = [
  checkCommand,
  validateCommand,
  testCommand,
  suggestCommand,
  initCommand,
  schemaCommand,
  referenceCommand,
];

function usage(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  const list = COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n');
  return `Usage: talontapa <command> [options]

Checks customer-service replies against a house style (Finnish and English).

Commands:
${list}

Options:
  -h, --help     show help (also: talontapa <command> --help)
  -v, --version  show the version
`;
}

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  return `${pkg.version}\n`;
}

const isHelp = (arg: string | undefined) => arg === '-h' || arg === '--help';

export async function main(argv: readonly string[], io: CliIO = processIO()): Promise<number> {
  const [name, ...rest] = argv;
  try {
    if (name === undefined) {
      io.stderr.write(usage());
      return EXIT_USAGE;
    }
    if (isHelp(name) || name === 'help') {
      const command = COMMANDS.find((c) => c.name === rest[0]);
      io.stdout.write(command ? command.usage : usage());
      return EXIT_OK;
    }
    if (name === '-v' || name === '--version') {
      io.stdout.write(version());
      return EXIT_OK;
    }
    const command = COMMANDS.find((c) => c.name === name);
    if (!command) throw new CliError(`unknown command "${name}" (see talontapa --help)`);
    if (rest.some(isHelp)) {
      io.stdout.write(command.usage);
      return EXIT_OK;
    }
    return await command.run(rest, io);
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    io.stderr.write(`talontapa: ${error.message}\n`);
    return error.exitCode;
  }
}
