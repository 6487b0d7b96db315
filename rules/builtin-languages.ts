/**
 * The languages the engine ships with, one line each: a new language is a folder
 * `rules/<code>/` whose index.ts exports its service, and a line here. Imported for its
 * effect by the modules that read the registry (rules/features.ts, rules/language.ts, and
 * rules/packs/plain-words.ts, through which the engine and rules/index.ts).
 */
import { english } from './en/index';
import { finnish } from './fi/index';
import { registerLanguage } from './languages';

registerLanguage(finnish);
registerLanguage(english);
