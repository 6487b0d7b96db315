import { getCheck } from '../../rules/registry';
import type { Language } from '../../rules/types';

export interface TeachingExample {
  description: string;
  bad?: string;
  good?: string;
}

/**
 * What the self-assessment shows next to a rule the agent trips often: the rule in the
 * pack's words and one of the check's own examples, a reply that breaks the rule and the
 * same reply after the check's fix, so the feedback teaches the house style.
 */
export function teachingExample(checkId: string, language: Language): TeachingExample | null {
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
