import type { CustomRule } from '../../rules/index';
import { getCheck } from '../../rules/registry';
import type { Language } from '../../rules/types';

export interface TeachingExample {
  description: string;
  bad?: string;
  good?: string;
}

type RuleExample = NonNullable<NonNullable<CustomRule['examples']>['bad']>[number];

const textOf = (example: RuleExample | undefined) =>
  typeof example === 'string' ? example : example?.text;

/**
 * What the self-assessment shows next to a rule the agent trips often: the rule in the
 * pack's words and one of its own examples, a reply that breaks the rule and the same reply
 * fixed (or a good one), so the feedback teaches the house style. A rule of the pack
 * (`rules`, the active pack's custom rules) uses the `examples` its author wrote; a built-in
 * check those of its file.
 */
export function teachingExample(
  checkId: string,
  language: Language,
  rules: readonly CustomRule[] = [],
): TeachingExample | null {
  const rule = rules.find((candidate) => candidate.id === checkId);
  if (rule) {
    const bad = rule.examples?.bad?.[0];
    const good =
      (typeof bad === 'object' ? bad.fixed : undefined) ?? textOf(rule.examples?.good?.[0]);
    const badText = textOf(bad);
    return {
      description: rule.description ?? rule.message ?? checkId,
      ...(badText !== undefined && { bad: badText }),
      ...(good !== undefined && { good }),
    };
  }
  const check = getCheck(checkId);
  if (!check) return null;
  const plain = <T extends { language: Language; options?: object; context?: object }>(
    example: T,
  ) => example.language === language && !example.options && !example.context;
  const pair = check.examples.invalid.find(
    (example) => plain(example) && example.output !== undefined && example.text.trim() !== '',
  );
  const bad = pair ?? check.examples.invalid.find((example) => plain(example));
  const good =
    pair?.output ??
    check.examples.valid.find((example) => plain(example) && example.text.trim() !== '')?.text;
  return {
    description: check.description[language],
    ...(bad && { bad: bad.text }),
    ...(good !== undefined && { good }),
  };
}
