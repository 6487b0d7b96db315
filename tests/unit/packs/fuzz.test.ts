/**
 * Property test of `validatePack` on random and mutated packs (seeded, so a failure
 * reproduces): it never throws, never takes more than 2 s on one pack (a guard against
 * hangs such as a catastrophic regex slipping through, which runs for minutes; not a
 * performance claim: `npm run bench` has the figures, and a busy machine must not fail it), and
 * accepts nothing invalid: every accepted pack re-parses with the strict schema, keeps
 * within the size limit, has only safe regular expressions, and passes its own examples.
 */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  builtinPacks,
  checkRegex,
  jsonSize,
  LIMITS,
  type Pack,
  PackSchema,
  runRuleExamples,
  starterPack,
  validatePack,
} from '../../../rules/index';

const SEED = 20_240_611;
const RANDOM_VALUES = 300;
const MUTATED_PACKS = 900;
const BOUND_MS = 2_000;

/** mulberry32: small, fast, and good enough to spread the cases. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)] as T;
  return { next, int, pick, chance: (p: number) => next() < p };
}
type Random = ReturnType<typeof prng>;

const fixture = (name: string) =>
  JSON.parse(readFileSync(join(import.meta.dirname, '../../fixtures/packs', name), 'utf8')) as Pack;

const orgFi = fixture('org-fi.json');
const orgEn = fixture('org-en.json');
const parents: Record<string, Pack> = { './org-fi.json': orgFi, './org-en.json': orgEn };
const load = (ref: string) => parents[ref];

const SEEDS: readonly Pack[] = [
  ...builtinPacks,
  starterPack('fi'),
  starterPack('en'),
  orgFi,
  orgEn,
  fixture('team-fi.json'),
  fixture('team-en.json'),
];

const EVIL_REGEXES = [
  '(a+)+$',
  '(a*)*b',
  '(a|a)*$',
  '(a|ab)*c',
  '(\\w+\\s?)+$',
  '(x+x+)+y',
  '^(([a-z])+.)+[A-Z]([a-z])+$',
  '(.*a){12}',
  '\\d+\\d+x',
  '(?:a?){30}a{30}',
  '(\\d+)*$',
  '([a-zA-Z]+)*$',
  '(a|aa)+$',
  '(.*)*',
  '(?:\\s*)+$',
  '(\\w|\\d)+!',
];
const REGEX_TOKENS = [
  'a',
  'b',
  'ä',
  '.',
  '\\d',
  '\\w',
  '\\s',
  '[a-z]',
  '[^x]',
  '(',
  '(?:',
  ')',
  '|',
  '+',
  '*',
  '?',
  '{2,5}',
  '{3}',
  '^',
  '$',
  '\\b',
  '!',
  '-',
];
const ADVERSARIAL_TEXTS = [
  `${'a'.repeat(40)}!`,
  `${'1'.repeat(40)}x`,
  `${'a '.repeat(30)}!`,
  `${'aaaa'.repeat(15)}A`,
  'x'.repeat(LIMITS.exampleLength),
];
const WORDS = [
  'meili',
  'tsek*',
  'refund',
  'in order to',
  'asap',
  'kiitos',
  'a*',
  'x(y',
  '',
  ' ',
  'ääni',
];

function randomRegex(r: Random): string {
  if (r.chance(0.4)) return r.pick(EVIL_REGEXES);
  return Array.from({ length: 1 + r.int(10) }, () => r.pick(REGEX_TOKENS)).join('');
}

function randomString(r: Random): string {
  const kind = r.int(6);
  if (kind === 0) return '';
  if (kind === 1) return r.pick(WORDS);
  if (kind === 2) return r.pick(ADVERSARIAL_TEXTS);
  if (kind === 3) return 'y'.repeat(r.pick([300, 5000, 100_000, LIMITS.packBytes + 10]));
  if (kind === 4)
    return String.fromCodePoint(...Array.from({ length: 1 + r.int(12) }, () => r.int(0x2fff)));
  return r.pick([
    'builtin:fi',
    'builtin:en',
    './org-fi.json',
    'formal',
    'error',
    'substitute',
    '1.0.0',
  ]);
}

function randomPattern(r: Random): unknown {
  const kind = r.int(4);
  if (kind === 0) return r.pick(WORDS);
  if (kind === 1)
    return { regex: randomRegex(r), ...(r.chance(0.3) ? { caseSensitive: true } : {}) };
  if (kind === 2) return [r.pick(WORDS), { regex: randomRegex(r) }];
  return randomValue(r, 1);
}

function randomRule(r: Random): unknown {
  const kind = r.pick(['substitute', 'forbid', 'require', 'conditional', 'limit', 'other']);
  const rule: Record<string, unknown> = {
    id: r.pick(['a', 'rule-x', 'plain-words', 'greeting', 'B C']),
    kind,
  };
  if (kind === 'substitute')
    rule.swap = [{ pattern: randomPattern(r), replacement: randomString(r) }];
  else if (kind === 'conditional')
    Object.assign(rule, { when: randomPattern(r), reply: randomPattern(r) });
  else rule.pattern = randomPattern(r);
  if (kind === 'limit')
    Object.assign(rule, r.chance(0.5) ? { max: r.int(4) } : { min: r.int(4) - 1 });
  if (r.chance(0.7)) {
    rule.examples = {
      bad: Array.from({ length: r.int(3) }, () => randomString(r)),
      good: Array.from({ length: r.int(3) }, () => randomString(r)),
    };
  }
  return rule;
}

function randomValue(r: Random, depth = 0): unknown {
  const kind = r.int(depth > 3 ? 5 : 8);
  switch (kind) {
    case 0:
      return null;
    case 1:
      return r.chance(0.5);
    case 2:
      return r.pick([0, -1, 1, 1.5, 1e9, Number.NaN, Number.POSITIVE_INFINITY]);
    case 3:
    case 4:
      return randomString(r);
    case 5:
      return Array.from({ length: r.int(4) }, () => randomValue(r, depth + 1));
    default:
      return Object.fromEntries(
        Array.from({ length: r.int(5) }, () => [
          r.pick(['id', 'name', 'version', 'language', 'style', 'rules', 'checks', 'extends', 'x']),
          randomValue(r, depth + 1),
        ]),
      );
  }
}

type Json = Record<string, unknown> | unknown[];
type Location = { parent: Json; key: string | number };

/** Every place in a JSON value where a value sits, for mutations to pick from. */
function locations(value: unknown, out: Location[] = []): Location[] {
  if (Array.isArray(value)) {
    value.forEach((child, i) => {
      out.push({ parent: value, key: i });
      locations(child, out);
    });
  } else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      out.push({ parent: value as Record<string, unknown>, key });
      locations(child, out);
    }
  }
  return out;
}

const get = ({ parent, key }: Location) => (parent as Record<string | number, unknown>)[key];
const set = ({ parent, key }: Location, v: unknown) => {
  (parent as Record<string | number, unknown>)[key] = v;
};

const MUTATIONS: ((pack: Record<string, unknown>, r: Random) => void)[] = [
  // delete a key or an array item
  (pack, r) => {
    const at = r.pick(locations(pack));
    if (Array.isArray(at.parent)) at.parent.splice(at.key as number, 1);
    else delete at.parent[at.key as string];
  },
  // rename a key
  (pack, r) => {
    const at = r.pick(locations(pack).filter((l) => !Array.isArray(l.parent)));
    if (!at) return;
    const value = get(at);
    delete (at.parent as Record<string, unknown>)[at.key as string];
    (at.parent as Record<string, unknown>)[`${String(at.key).slice(1)}${r.pick(['', 's', 'X'])}`] =
      value;
  },
  // a value of the wrong type
  (pack, r) => set(r.pick(locations(pack)), randomValue(r)),
  // a random or evil regular expression wherever a pattern is
  (pack, r) => {
    const rules = (pack.rules as Record<string, unknown>[] | undefined) ?? [];
    const rule = rules.length > 0 ? r.pick(rules) : undefined;
    if (!rule) return;
    const pattern = { regex: randomRegex(r) };
    if (rule.kind === 'substitute') rule.swap = [{ pattern, replacement: 'ok' }];
    else if (rule.kind === 'conditional') rule[r.pick(['when', 'reply'])] = pattern;
    else rule.pattern = pattern;
    // Adversarial texts give a regex that slipped through the check a chance to hang.
    rule.examples = { bad: [r.pick(ADVERSARIAL_TEXTS)], good: [r.pick(ADVERSARIAL_TEXTS)] };
  },
  // a huge string
  (pack, r) => {
    const strings = locations(pack).filter((l) => typeof get(l) === 'string');
    if (strings.length > 0)
      set(r.pick(strings), 'z'.repeat(r.pick([3000, 100_000, LIMITS.packBytes])));
  },
  // a duplicate rule, or one more random rule
  (pack, r) => {
    const rules = Array.isArray(pack.rules) ? pack.rules : [];
    rules.push(r.chance(0.5) && rules.length > 0 ? structuredClone(r.pick(rules)) : randomRule(r));
    pack.rules = rules;
  },
  // examples swapped or replaced
  (pack, r) => {
    const rules = (pack.rules as { examples?: { bad?: unknown[]; good?: unknown[] } }[]) ?? [];
    const rule = rules.length > 0 ? r.pick(rules) : undefined;
    if (!rule?.examples) return;
    if (r.chance(0.5)) rule.examples = { bad: rule.examples.good, good: rule.examples.bad };
    else rule.examples.good = [...(rule.examples.good ?? []), randomString(r)];
  },
  // extremes in numbers and in extends
  (pack, r) => {
    const numbers = locations(pack).filter((l) => typeof get(l) === 'number');
    if (numbers.length > 0 && r.chance(0.5))
      set(r.pick(numbers), r.pick([-1, 0, 1e12, 2.5, Number.NaN]));
    else pack.extends = r.pick(['builtin:en', 'builtin:fi', 'acme:none', './org-fi.json', pack.id]);
  },
];

/** Changes that often keep a pack valid, so that accepted packs are not only the seeds. */
const BENIGN_MUTATIONS: ((pack: Record<string, unknown>, r: Random) => void)[] = [
  (pack, r) => {
    const optional = ['description', '//', 'severity', 'message', 'examples', 'link', 'checks'];
    const at = locations(pack).filter((l) => optional.includes(String(l.key)));
    const l = at.length > 0 ? r.pick(at) : undefined;
    if (l) delete (l.parent as Record<string, unknown>)[String(l.key)];
  },
  (pack, r) => {
    const at = locations(pack).filter((l) => l.key === 'severity');
    if (at.length > 0) set(r.pick(at), r.pick(['error', 'warning', 'hint']));
  },
  (pack, r) => {
    const style = (pack.style ?? {}) as Record<string, unknown>;
    style[r.pick(['sentenceMaxWords', 'replyMaxWords', 'paragraphMaxSentences'])] = 1 + r.int(300);
    style.address = r.pick(['formal', 'informal', 'any']);
    pack.style = style;
  },
  (pack, r) => {
    const rules = Array.isArray(pack.rules) ? pack.rules : [];
    const word = r.pick(['hoppu', 'kiire*', 'refund', 'in order to', 'asap now']);
    rules.push({ id: `extra-${rules.length}`, kind: r.pick(['forbid', 'require']), pattern: word });
    pack.rules = rules;
  },
];

function mutate(seed: Pack, r: Random): unknown {
  const pack = structuredClone(seed) as Record<string, unknown>;
  const mutations = r.chance(0.3) ? BENIGN_MUTATIONS : [...MUTATIONS, ...BENIGN_MUTATIONS];
  const count = 1 + r.int(3);
  for (let i = 0; i < count; i++) r.pick(mutations)(pack, r);
  return pack;
}

/** Every regex source in a pack. */
function regexesOf(value: unknown): string[] {
  return locations(value)
    .filter((l) => l.key === 'regex' && typeof get(l) === 'string')
    .map((l) => get(l) as string);
}

/** What an accepted pack must satisfy, as a list of violations. */
function violations(result: Extract<ReturnType<typeof validatePack>, { ok: true }>): string[] {
  const out: string[] = [];
  const strict = PackSchema.safeParse(JSON.parse(JSON.stringify(result.pack)));
  if (!strict.success) out.push(`re-parse: ${strict.error.issues[0]?.message}`);
  if (jsonSize(result.pack, LIMITS.packBytes) > LIMITS.packBytes) out.push('too large');
  for (const source of regexesOf(result.pack)) {
    if (checkRegex(source) !== null) out.push(`unsafe regex ${source}`);
  }
  const ids = (result.pack.rules ?? []).map((r) => r.id);
  if (new Set(ids).size !== ids.length) out.push('duplicate rule ids');
  for (const rule of result.pack.rules ?? []) {
    const failures = runRuleExamples(rule, result.compiled).failures;
    if (failures.length > 0) out.push(`examples of ${rule.id}: ${failures[0]?.message}`);
  }
  return out;
}

function timed<T>(f: () => T): [T, number] {
  const start = performance.now();
  const value = f();
  return [value, performance.now() - start];
}

describe('validatePack on random and mutated packs', () => {
  it(`never throws, stays under ${BOUND_MS} ms a pack, and accepts nothing invalid`, () => {
    const r = prng(SEED);
    const inputs: unknown[] = [
      ...Array.from({ length: RANDOM_VALUES }, () => randomValue(r)),
      ...Array.from({ length: MUTATED_PACKS }, () => mutate(r.pick(SEEDS), r)),
    ];
    // Warm up: the first calls compile the schema and JIT-compile the engine's paths.
    for (const seed of SEEDS) validatePack(seed, { load });

    let maxMs = 0;
    let slowest = -1;
    let accepted = 0;
    const problems: string[] = [];
    inputs.forEach((input, i) => {
      let result: ReturnType<typeof validatePack>;
      let ms: number;
      try {
        [result, ms] = timed(() => validatePack(input, { load }));
        // A pack over the bound is timed once more: a hang is slow every time, a GC pause
        // or a machine busy with other work is not.
        if (ms >= BOUND_MS) ms = Math.min(ms, timed(() => validatePack(input, { load }))[1]);
      } catch (error) {
        problems.push(`#${i} threw: ${(error as Error).message}`);
        return;
      }
      if (ms > maxMs) {
        maxMs = ms;
        slowest = i;
      }
      if (result.ok) {
        accepted++;
        for (const v of violations(result)) problems.push(`#${i} accepted but ${v}`);
      } else {
        for (const e of result.errors) {
          if (e.message.startsWith('the pack could not be checked'))
            problems.push(`#${i}: ${e.message}`);
          if (typeof e.path !== 'string' || e.message.length === 0)
            problems.push(`#${i}: bad error`);
        }
      }
    });

    console.info(
      `fuzz: ${inputs.length} packs, ${accepted} accepted, max ${maxMs.toFixed(1)} ms (#${slowest})`,
    );
    expect(inputs.length).toBeGreaterThanOrEqual(1000);
    expect(problems).toEqual([]);
    expect(maxMs, `pack #${slowest} took ${maxMs.toFixed(1)} ms`).toBeLessThan(BOUND_MS);
    // Both outcomes occur, or the generator is not exercising the validator.
    expect(accepted).toBeGreaterThan(100);
    expect(accepted).toBeLessThan(inputs.length - 200);
  }, 120_000);
});
