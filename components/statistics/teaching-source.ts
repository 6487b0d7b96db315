import type { Language } from '../../rules/types';
import { useActivePacksStore } from '../active-packs-store';
import { type TeachingExample, teachingExample } from './examples';

/**
 * The self-assessment's examples, loaded apart from the statistics page (a dynamic import):
 * they need the rules engine and the active packs, which the figures do not, so the page
 * shows its figures first.
 */
export async function examplesFor(
  ids: readonly string[],
  language: Language,
): Promise<Record<string, TeachingExample | null>> {
  await useActivePacksStore.getState().refresh();
  const rules = useActivePacksStore.getState().packs[language].rules;
  return Object.fromEntries(ids.map((id) => [id, teachingExample(id, language, rules)]));
}
