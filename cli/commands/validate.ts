import { EXIT_FINDINGS, EXIT_OK } from '../io';
import { formatIssue, readPack } from '../pack-loader';
import { type Command, parseCommandArgs } from './command';
import { onePack } from './pack-args';

const USAGE = `Usage: talontapa validate PACK

Checks a rule pack before it is published: the format (every key and value), regular
expressions (syntax and catastrophic backtracking), the "extends" chain, the settings of
checks, the examples of every rule, and templates: their syntax, their suggestFor
messages (each must rank its template in the top three) and their house style. Prints
each problem as
  path: message
and, for a valid pack, each template that breaks the pack's own house style as
  warning  templates[3].body: check: message

Arguments:
  PACK         a pack JSON file, or a built-in pack id (builtin:fi, builtin:en)

Exit status: 0 valid, 1 invalid, 2 unreadable file or bad usage.
`;

export const validateCommand: Command = {
  name: 'validate',
  summary: 'check that a rule pack is valid, examples included',
  usage: USAGE,
  async run(args, io) {
    const { positionals } = parseCommandArgs(args, {});
    const spec = onePack('validate', positionals);
    const result = await readPack(spec, io);
    if (!result.ok) {
      io.stdout.write(result.errors.map((e) => `${formatIssue(e)}\n`).join(''));
      return EXIT_FINDINGS;
    }
    const { pack } = result.loaded;
    const { layers, rules, templates = [] } = result.loaded.compiled.pack;
    const examples =
      rules.reduce(
        (n, r) => n + (r.examples?.bad?.length ?? 0) + (r.examples?.good?.length ?? 0),
        0,
      ) + templates.reduce((n, t) => n + (t.examples?.suggestFor?.length ?? 0), 0);
    const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
    io.stdout.write(
      `${spec}: valid — ${pack.id} ${pack.version} (${layers.join(' → ')}), ` +
        `${plural(rules.length, 'rule')}, ${templates.length > 0 ? `${plural(templates.length, 'template')}, ` : ''}` +
        `${plural(examples, 'example')} pass\n`,
    );
    const warnings = result.loaded.warnings ?? [];
    io.stdout.write(warnings.map((w) => `warning  ${formatIssue(w)}\n`).join(''));
    return EXIT_OK;
  },
};
