import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { LanguageSchema, starterPack } from '../../rules/index';
import { CliError, EXIT_OK } from '../io';
import { type Command, parseCommandArgs } from './command';

const DEFAULT_FILE = 'pack.json';

const USAGE = `Usage: talontapa init [--lang fi|en] [FILE]

Writes a starter rule pack that extends the built-in pack of the language, with the
ground rules, check settings and one rule of each kind, explained in "//" keys.
It never overwrites a file.

Arguments:
  FILE           where to write it (default: ${DEFAULT_FILE}); "-" prints it

Options:
  --lang fi|en   the language of the replies (default: fi)
  -h, --help     show this help
`;

export const initCommand: Command = {
  name: 'init',
  summary: 'write a starter rule pack to edit',
  usage: USAGE,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { lang: { type: 'string' } });
    const language = LanguageSchema.safeParse(values.lang ?? 'fi');
    if (!language.success)
      throw new CliError(`init: --lang must be fi or en, not "${values.lang}"`);
    if (positionals.length > 1) throw new CliError('init: one file at a time');
    const file = positionals[0] ?? DEFAULT_FILE;
    const text = `${JSON.stringify(starterPack(language.data), null, 2)}\n`;
    if (file === '-') {
      io.stdout.write(text);
      return EXIT_OK;
    }
    try {
      // "wx": fail if the file exists, atomically, rather than check first and race.
      await writeFile(resolve(io.cwd, file), text, { flag: 'wx' });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') throw new CliError(`init: ${file} exists; not overwriting it`);
      throw new CliError(`init: cannot write ${file}: ${code ?? (error as Error).message}`);
    }
    io.stdout.write(
      `Wrote ${file}. Edit it, then: talontapa validate ${file} && talontapa test ${file}\n`,
    );
    return EXIT_OK;
  },
};
