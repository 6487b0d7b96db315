import {
  type Check,
  checkDocument,
  compileCheck,
  type Finding,
  getBuiltinPack,
  parseDocument,
  resolvePack,
  type ValidExample,
  withChecks,
} from '../../../rules/index';

/**
 * Runs one check alone on an example, configured as the built-in pack of the example's
 * language configures it (phrases, limits), with the example's options on top. Running the
 * check alone keeps examples short: they need not be complete replies.
 */
export function runExample(check: Check, example: ValidExample): Finding[] {
  const pack = getBuiltinPack(`builtin:${example.language}`);
  if (!pack) throw new Error(`no built-in pack for ${example.language}`);
  const resolved = resolvePack(pack, getBuiltinPack);
  const setting = resolved.checks[check.id];
  const active = compileCheck(check, resolved, {
    ...setting,
    enabled: true,
    options: { ...setting?.options, ...example.options },
  });
  const compiled = withChecks(resolved, [active]);
  const doc = parseDocument(example.text, compiled.parseOptions);
  return checkDocument(doc, compiled, example.context);
}
