/**
 * One cold start, run by bench.ts in a fresh process: everything a new page pays before its
 * first findings — the language data, the pack's compilation and the first check.
 */
import { check, getBuiltinPack } from '../../rules/index';
import type { Language } from '../../rules/types';
import { setupLanguageServices } from './services';
import { CONTEXT, reply } from './texts';

const language = (process.argv[2] ?? 'fi') as Language;
const text = reply(language, 300);
const rssBefore = process.memoryUsage().rss;
const heapBefore = process.memoryUsage().heapUsed;
const started = performance.now();
setupLanguageServices();
const pack = getBuiltinPack(`builtin:${language}`);
if (!pack) throw new Error(`no builtin:${language}`);
check(text, pack, CONTEXT[language]);
const elapsed = performance.now() - started;
const { rss, heapUsed } = process.memoryUsage();
console.log(
  JSON.stringify({
    ms: elapsed,
    rssMb: (rss - rssBefore) / 2 ** 20,
    heapMb: (heapUsed - heapBefore) / 2 ** 20,
  }),
);
