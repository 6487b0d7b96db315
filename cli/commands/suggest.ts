import { finnishMorphology } from '../../rules/fi/morphology';
import { guessLanguage } from '../../rules/language';
import { installMorphology } from '../../rules/languages';
import { suggestTemplates } from '../../rules/templates/rank';
import { getFinnishAnalyzer } from '../dictionary';
import { CliError, EXIT_OK, readInput } from '../io';
import { loadPack } from '../pack-loader';
import { type Command, parseCommandArgs } from './command';

const USAGE = `Usage: talontapa suggest --pack PACK --customer FILE [--top N] [--json]

Ranks the templates of a pack (its inherited ones included) for a customer's message, as
the side panel does, and prints the best first:
   1. template-id  Title  score  (the customer's words that matched)

Options:
  --pack PACK        builtin:fi, builtin:en, or a pack JSON file; without it, the
                     built-in pack of the message's language
  --customer FILE    the customer's message; "-" reads standard input
  --top N            how many to print (default 3; 0 prints every template that fits)
  --json             print [{"id", "title", "score"}], best first
  -h, --help         show this help

Exit status: 0 (also when no template fits), 2 bad input.
`;

export const suggestCommand: Command = {
  name: 'suggest',
  summary: "rank a pack's templates for a customer's message",
  usage: USAGE,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      pack: { type: 'string' },
      customer: { type: 'string' },
      top: { type: 'string' },
      json: { type: 'boolean' },
    });
    if (positionals.length > 0) throw new CliError(`suggest: unexpected "${positionals[0]}"`);
    if (values.customer === undefined) throw new CliError('suggest: no --customer FILE given');
    const top = values.top === undefined ? 3 : Number(values.top);
    if (!Number.isInteger(top) || top < 0) {
      throw new CliError(`suggest: --top takes a whole number, not "${values.top}"`);
    }
    installMorphology('fi', finnishMorphology(getFinnishAnalyzer));
    const message = await readInput(values.customer, io);
    const spec = values.pack ?? `builtin:${guessLanguage(message) ?? 'fi'}`;
    const compiled = await loadPack(spec, io);
    const { language, templates = [] } = compiled.pack;
    const ranked = suggestTemplates(templates, language, message, top === 0 ? {} : { top });
    if (values.json) {
      const json = ranked.map((r) => ({
        id: r.template.id,
        title: r.template.title,
        score: r.score,
      }));
      io.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
      return EXIT_OK;
    }
    if (ranked.length === 0) {
      io.stdout.write(`No template of ${spec} fits this message.\n`);
      return EXIT_OK;
    }
    const idWidth = Math.max(...ranked.map((r) => r.template.id.length));
    const titleWidth = Math.max(...ranked.map((r) => r.template.title.length));
    const lines = ranked.map((r, i) => {
      const rank = `${i + 1}.`.padStart(4);
      const why = r.why.length > 0 ? `  (${r.why.join(', ')})` : '';
      return `${rank} ${r.template.id.padEnd(idWidth)}  ${r.template.title.padEnd(titleWidth)}  ${r.score.toFixed(2)}${why}\n`;
    });
    io.stdout.write(lines.join(''));
    return EXIT_OK;
  },
};
