import { finnishMorphology } from '../../rules/fi/morphology';
import { type CompiledPack, checkDocument, type Language, parseDocument } from '../../rules/index';
import { guessLanguage } from '../../rules/language';
import { installMorphology } from '../../rules/languages';
import { getFinnishAnalyzer } from '../dictionary';
import { type FileReport, formatJson, formatText } from '../format';
import { CliError, EXIT_FINDINGS, EXIT_OK, readInput, STDIN_NAME } from '../io';
import { loadPack } from '../pack-loader';
import { type Command, parseCommandArgs } from './command';

/** When a draft says too little to tell its language. */
const DEFAULT_LANGUAGE: Language = 'fi';

const USAGE = `Usage: talontapa check [options] FILE...

Checks reply drafts against a house-style pack and prints one line per finding:
  file:line:col  severity  check-id  message

Arguments:
  FILE...            reply drafts as plain text; "-" reads standard input

Options:
  --pack PACK        builtin:fi, builtin:en, or a pack JSON file (its "extends"
                     chain is resolved and every layer validated); without it,
                     each draft gets the built-in pack of its language
  --customer FILE    the customer's message the drafts answer
  --json             print findings as JSON
  -h, --help         show this help

Exit status: 0 no errors, 1 an error-level finding, 2 bad input.
`;

export const checkCommand: Command = {
  name: 'check',
  summary: 'check reply drafts against a house-style pack',
  usage: USAGE,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      pack: { type: 'string' },
      customer: { type: 'string' },
      json: { type: 'boolean' },
    });
    if (positionals.length === 0)
      throw new CliError('check: no input files (use "-" for standard input)');
    if (positionals.filter((p) => p === '-').length + (values.customer === '-' ? 1 : 0) > 1) {
      throw new CliError('check: standard input ("-") can be read only once');
    }

    installMorphology('fi', finnishMorphology(getFinnishAnalyzer));
    // Read everything before printing anything, so bad input never leaves half a report.
    const explicit = values.pack === undefined ? null : await loadPack(values.pack, io);
    const byLanguage = new Map<Language, CompiledPack>();
    // Without --pack each draft gets the built-in pack of its own language.
    const packFor = async (text: string): Promise<CompiledPack> => {
      if (explicit) return explicit;
      const language = guessLanguage(text) ?? DEFAULT_LANGUAGE;
      let compiled = byLanguage.get(language);
      if (!compiled) {
        compiled = await loadPack(`builtin:${language}`, io);
        byLanguage.set(language, compiled);
      }
      return compiled;
    };
    const context =
      values.customer === undefined
        ? {}
        : { customerMessage: await readInput(values.customer, io) };
    const reports: FileReport[] = [];
    for (const file of positionals) {
      const text = await readInput(file, io);
      const compiled = await packFor(text);
      const doc = parseDocument(text, compiled.parseOptions);
      reports.push({
        file: file === '-' ? STDIN_NAME : file,
        text,
        findings: checkDocument(doc, compiled, context),
      });
    }

    io.stdout.write(values.json ? formatJson(reports) : formatText(reports));
    const hasError = reports.some((r) => r.findings.some((f) => f.severity === 'error'));
    return hasError ? EXIT_FINDINGS : EXIT_OK;
  },
};
