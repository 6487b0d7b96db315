import {
  type ExampleReport,
  formatPath,
  runRuleExamples,
  runSuggestExamples,
  type SuggestionReport,
  templateFindings,
} from '../../rules/index';
import { EXIT_FINDINGS, EXIT_OK } from '../io';
import { formatIssue, readPack } from '../pack-loader';
import { type Command, parseCommandArgs } from './command';
import { onePack } from './pack-args';

const USAGE = `Usage: talontapa test PACK

Runs the examples of every rule of a pack, its inherited rules included, and prints a
line per rule:
  PASS  rule-id  N examples
  FAIL  rule-id  N examples
        examples.bad[0]: expected a "rule-id" finding in "…", found none
then a line per template: its suggestFor messages must rank it in the top three, and
what the pack's own checks find in its body follows as warnings (failures for the pack's
own templates when it says "templatesMustPass": true):
  PASS  template template-id  N examples
        warning  body: check: message

Arguments:
  PACK         a pack JSON file, or a built-in pack id (builtin:fi, builtin:en)

Exit status: 0 every example passes, 1 a failure or an invalid pack, 2 bad usage.
`;

function reportLines(report: ExampleReport, inherited: boolean): string {
  const status = report.failures.length === 0 ? 'PASS' : 'FAIL';
  const from = inherited ? ' (inherited)' : '';
  const count = `${report.run} example${report.run === 1 ? '' : 's'}`;
  const failures = report.failures.map((f) => `      ${formatPath(f.path)}: ${f.message}\n`);
  return `${status}  ${report.rule}  ${count}${from}\n${failures.join('')}`;
}

function templateLines(
  report: SuggestionReport,
  inherited: boolean,
  style: readonly string[],
  mustPass: boolean,
): string {
  const failed = report.failures.length > 0 || (mustPass && style.length > 0);
  const from = inherited ? ' (inherited)' : '';
  const count = `${report.run} example${report.run === 1 ? '' : 's'}`;
  const failures = report.failures.map((f) => `      ${formatPath(f.path)}: ${f.message}\n`);
  const findings = style.map((s) => `      ${mustPass ? '' : 'warning  '}body: ${s}\n`);
  return `${failed ? 'FAIL' : 'PASS'}  template ${report.template}  ${count}${from}\n${failures.join('')}${findings.join('')}`;
}

export const testCommand: Command = {
  name: 'test',
  summary: "run the examples of a pack's rules",
  usage: USAGE,
  async run(args, io) {
    const { positionals } = parseCommandArgs(args, {});
    const spec = onePack('test', positionals);
    // The pack's own examples are what this command reports, so validation skips them.
    const result = await readPack(spec, io, { examples: false });
    if (!result.ok) {
      io.stdout.write(result.errors.map((e) => `${formatIssue(e)}\n`).join(''));
      return EXIT_FINDINGS;
    }
    const { pack, compiled } = result.loaded;
    const own = new Set((pack.rules ?? []).map((r) => r.id));
    const reports = compiled.pack.rules.map((rule) => runRuleExamples(rule, compiled));
    const failed = reports.filter((r) => r.failures.length > 0).length;
    io.stdout.write(reports.map((r) => reportLines(r, !own.has(r.rule))).join(''));
    const rules = `${reports.length} rule${reports.length === 1 ? '' : 's'}`;
    io.stdout.write(`${rules}: ${reports.length - failed} passed, ${failed} failed\n`);

    const templates = compiled.pack.templates ?? [];
    if (templates.length === 0) return failed === 0 ? EXIT_OK : EXIT_FINDINGS;
    const ownTemplates = new Set((pack.templates ?? []).map((t) => t.id));
    const mustPass = compiled.pack.templatesMustPass ?? false;
    let templatesFailed = 0;
    for (const template of templates) {
      const report = runSuggestExamples(template, compiled);
      const style = templateFindings(template, compiled).map(
        (f) => `${f.check}: ${f.message} (${JSON.stringify(f.text)})`,
      );
      // An inherited template's style is its own pack's business (validate checks only a
      // pack's own templates); here it is listed, as a warning.
      const inherited = !ownTemplates.has(template.id);
      const strict = mustPass && !inherited;
      if (report.failures.length > 0 || (strict && style.length > 0)) templatesFailed++;
      io.stdout.write(templateLines(report, inherited, style, strict));
    }
    const count = `${templates.length} template${templates.length === 1 ? '' : 's'}`;
    io.stdout.write(
      `${count}: ${templates.length - templatesFailed} passed, ${templatesFailed} failed\n`,
    );
    return failed === 0 && templatesFailed === 0 ? EXIT_OK : EXIT_FINDINGS;
  },
};
