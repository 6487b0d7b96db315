import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import {
  builtinPacks,
  checks,
  compilePack,
  LIMITS,
  packJsonSchema,
  RULE_KINDS,
  starterPack,
} from '../../rules/index';
import { VARIABLE_DESCRIPTIONS } from '../../rules/templates/syntax';
import { CliError, EXIT_OK } from '../io';
import { type Command, parseCommandArgs } from './command';

/**
 * The "Rule packs" section of the README, generated from the JSON Schema (so from the zod
 * schema that validates packs) and from the starter pack that `talontapa init` writes: the
 * tables cannot list a key the validator does not know, or miss one it does.
 */

export const START_MARKER = '<!-- pack-reference:start -->';
export const END_MARKER = '<!-- pack-reference:end -->';

type Schema = {
  $ref?: string;
  type?: string;
  enum?: unknown[];
  const?: unknown;
  anyOf?: Schema[];
  oneOf?: Schema[];
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  description?: string;
  minimum?: number;
  maximum?: number;
};

const root = packJsonSchema() as Schema & { $defs: Record<string, Schema> };

function deref(schema: Schema): Schema {
  const name = schema.$ref?.replace('#/$defs/', '');
  return name ? { ...(root.$defs[name] as Schema), ...schema, $ref: undefined } : schema;
}

const refName = (schema: Schema) => schema.$ref?.replace('#/$defs/', '');

/** A value's type as a reader wants it: `"formal"` \| `"informal"`, list of patterns, … */
function typeOf(schema: Schema): string {
  const named = refName(schema);
  if (named === 'Comment') return 'text or list of lines';
  if (named === 'Patterns') return 'pattern or list of patterns';
  if (named === 'Examples') return '`{bad, good}`';
  if (named === 'PhraseRule') return '`{required, phrases}`';
  if (named === 'PhraseList') return 'list of phrases';
  if (named === 'RuleId') return 'kebab-case id';
  if (named === 'Rule') return 'rule (below)';
  if (named === 'Template') return 'template (below)';
  if (named === 'TemplateExamples') return '`{suggestFor}`';
  const s = deref(schema);
  if (s.enum) return s.enum.map((v) => `\`${JSON.stringify(v)}\``).join(' | ');
  if (s.const !== undefined) return `\`${JSON.stringify(s.const)}\``;
  const union = s.anyOf ?? s.oneOf;
  if (union) return union.map(typeOf).join(' or ');
  if (s.type === 'array' && s.items && refName(s.items) === 'Rule') return 'list of rules (below)';
  if (s.type === 'array' && s.items && refName(s.items) === 'Template')
    return 'list of templates (below)';
  if (s.type === 'array') return `list of ${s.items ? typeOf(s.items) : 'values'}`;
  if (s.type === 'integer') return 'whole number';
  if (s.type === 'object' && s.properties) {
    const keys = Object.keys(s.properties).filter((k) => k !== '//');
    return keys.length > 0 && keys.length <= 4 ? `\`{${keys.join(', ')}}\`` : 'object';
  }
  if (s.type === 'object') return 'object (by id)';
  return s.type ?? 'value';
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

const code = (value: unknown) => (value === undefined ? '' : `\`${cell(JSON.stringify(value))}\``);

function keyTable(
  schema: Schema,
  example: Record<string, unknown> | undefined,
  skip: readonly string[] = [],
): string {
  const s = deref(schema);
  const required = new Set(s.required ?? []);
  const rows = Object.entries(s.properties ?? {})
    .filter(([key]) => !skip.includes(key))
    .map(([key, property]) => {
      const description = property.description ?? deref(property).description ?? '';
      const value = example?.[key];
      const shown = value !== undefined && JSON.stringify(value).length <= 80 ? code(value) : '';
      return `| \`${key}\`${required.has(key) ? ' (required)' : ''} | ${cell(typeOf(property))} | ${cell(description)} | ${shown} |`;
    });
  return ['| key | value | meaning | example |', '|---|---|---|---|', ...rows].join('\n');
}

function json(value: unknown): string {
  return ['```json', JSON.stringify(value, null, 2), '```'].join('\n');
}

const MINIMAL_PACK = {
  id: 'acme:support-fi',
  name: 'Acme support',
  version: '1.0.0',
  language: 'fi',
  extends: 'builtin:fi',
};

function ruleSection(kind: string, index: number): string {
  const variants = (root.$defs.Rule as Schema).oneOf ?? [];
  const schema = variants[index] as Schema;
  const example = starterPack('en').rules?.find((r) => r.kind === kind);
  const { '//': _comment, ...shown } = example ?? {};
  const own = deref(schema);
  const common = ['//', 'id', 'kind', 'description', 'message', 'severity', 'link', 'examples'];
  const table = Object.keys(own.properties ?? {}).some((k) => !common.includes(k))
    ? `\n\n${keyTable(schema, shown, common)}`
    : '';
  const swaps =
    kind === 'substitute'
      ? `\n\nEach entry of \`swap\`:\n\n${keyTable({ $ref: '#/$defs/Swap' }, { pattern: 'meili', replacement: 'sähköposti', inflect: true })}`
      : '';
  return `#### \`${kind}\`\n\n${own.description ?? ''}${table}${swaps}\n\n${json(shown)}`;
}

/**
 * The catalogue of built-in checks, from each check's own metadata, with whether the
 * built-in packs turn it on: a check added to the registry appears here by itself.
 */
function checkCatalogue(): string {
  const active = builtinPacks.map((pack) => ({
    id: pack.id,
    on: new Set(compilePack(pack).checks.map((c) => c.check.id)),
  }));
  const rows = checks.map((check) => {
    const builtins = active.map((pack) => (pack.on.has(check.id) ? '✓' : '–')).join(' | ');
    return `| \`${check.id}\` | ${check.description.en} | ${check.defaultSeverity} | ${builtins} |`;
  });
  const packRules = builtinPacks.flatMap((pack) =>
    (pack.rules ?? []).map((rule) => `\`${rule.id}\` (${pack.id}, ${rule.kind})`),
  );
  return [
    `| check | what it looks for | severity | ${active.map((p) => p.id).join(' | ')} |`,
    `|---|---|---|${active.map(() => '---|').join('')}`,
    ...rows,
    '',
    `The built-in packs also carry rules of their own: ${packRules.join(', ')}.`,
  ].join('\n');
}

/** The `templates` part of the reference: keys, body syntax, an example. */
function templateSection(): string {
  const example = starterPack('fi').templates?.[0];
  const { '//': _comment, ...shown } = example ?? { id: '', title: '', body: '' };
  const variables = Object.entries(VARIABLE_DESCRIPTIONS)
    .map(([name, description]) => `| \`{{${name}}}\` | ${cell(description)} |`)
    .join('\n');
  return `### \`templates\`: reply templates

The side panel ranks a pack's templates against the customer's last message and inserts
the chosen one at the cursor, filled from the page (see [Templates](#templates)).

${keyTable({ $ref: '#/$defs/Template' }, shown as Record<string, unknown>)}

In a \`body\`, \`{{…}}\` holds a variable, a field or a cursor stop:

| variable | filled with |
|---|---|
${variables}

| syntax | what it does |
|---|---|
| \`{{customer.firstName \\| "asiakas"}}\` | a fallback when the page has no value; \`\\| ""\` leaves nothing (and no "Hei ,") |
| \`{{cursor}}\` | a cursor stop: the caret goes to the first after insertion, Tab to the next |
| \`{{input:Tilausnumero}}\` | a text field the agent fills in before inserting; \`\\| required\` blocks insertion until filled, \`\\| "…"\` prefills it |
| \`{{choice:Toimitustapa \\| "Posti" \\| "Matkahuolto"}}\` | one of the listed values, the first preselected |
| \`{{optional:Hyvitys}}…{{/optional}}\` | a paragraph the agent switches on or off; \`{{optional:Hyvitys \\| off}}\` starts off |

A field used twice (the same label) is asked once. A variable the page cannot fill stays
in the text as \`{{customer.firstName}}\`, where the \`placeholder\` check flags it.

${json(shown)}`;
}

/** The Markdown between the README markers (without them). */
export function packReference(): string {
  const style = (root.properties?.style ?? {}) as Schema;
  const fiStyle = builtinPacks.find((p) => p.id === 'builtin:fi')?.style;
  const ruleVariant = ((root.$defs.Rule as Schema).oneOf ?? [])[0] as Schema;
  const rulesOnly = RULE_KINDS.map((kind, i) => ruleSection(kind, i)).join('\n\n');
  const word = deref({ $ref: '#/$defs/WordPattern' }).description ?? '';
  const regex = deref({ $ref: '#/$defs/RegexPattern' });
  return `<!-- Generated from the pack schema by \`npx talontapa reference --update README.md\`; edit rules/ and cli/commands/reference.ts, not this text. -->

## Rule packs

A team lead writes the house style once, as a JSON rule pack. The extension validates a
pack before using it and keeps the last good one when a new one fails. The JSON Schema of
packs, generated from the same zod schema that validates them, is
[\`public/pack.schema.json\`](public/pack.schema.json) (or \`npx talontapa schema\`): add
\`"$schema"\` with its address to a pack and editors complete and check it as you type.

### The checks

Every check is one file in \`rules/checks/\`, with its messages in Finnish and English, its
options and the examples that its tests run. A pack's \`style\` decides which of them run
(✓: on in that built-in pack).

${checkCatalogue()}

### A minimal pack

${json(MINIMAL_PACK)}

It takes every ground rule and rule of the built-in Finnish pack. \`npx talontapa init
--lang fi team.json\` writes a larger starter pack that shows every part of the format.

### Keys

${keyTable(root, starterPack('en') as unknown as Record<string, unknown>)}

JSON has no comments: a \`"//"\` key (text or a list of lines) is allowed in the pack, in
\`style\`, in \`checks\` entries, in rules and in substitutions, and ignored.

### \`style\`: the ground rules

Each key is read by the built-in check named in its description. The examples are the
values of \`builtin:fi\`.

${keyTable(style, fiStyle as Record<string, unknown> | undefined)}

### \`rules\`: custom rules

Every rule has these keys; \`kind\` decides the rest.

${keyTable(ruleVariant, { id: 'no-guarantees', severity: 'error', link: 'https://example.com/house-style#promises' }, ['kind', 'swap'])}

${rulesOnly}

${templateSection()}

### Patterns

A pattern is a word pattern or a regular expression; a list of patterns matches when
any one does.

- **Word or phrase**: ${word}
- **Regular expression** (\`{"regex": "…"}\`): ${regex.properties?.regex?.description ?? ''}

A \`substitute\` fix keeps the letter case of the text (Utilize → Use, FEEDBACK → PALAUTE).
In English the replacement takes the form of the matched word (utilized → used, reverted
back → replied). In Finnish a one-word replacement takes the matched word's ending when
the substitution says \`"inflect": true\` (meilissä → sähköpostissa, softaan → ohjelmistoon);
otherwise, and after a stem pattern such as \`tsek*\`, the fix inserts the replacement as
written, because Finnish stems change (palaute → palautteen) in ways only a dictionary knows.

### Layering

\`extends\` names the pack below: a built-in pack (\`builtin:fi\`, \`builtin:en\`), or for the
command line a file relative to this one (\`../org.json\`). A team pack extends an
organisation pack, which extends a built-in one. Each layer overrides the \`style\` keys it
sets (\`greeting\`, \`thanks\`, \`closing\` and \`apologyWhenUpset\` key by key), merges
\`checks\` settings id by id, replaces an inherited rule by giving a rule the same id (and an
inherited template by giving a template the same id), and turns any check or inherited rule
off with \`"checks": {"<id>": {"enabled": false}}\`. All layers must be in the same language.

### Validation: examples gate import

A pack is refused, with every problem listed as \`path: message\`
(\`rules[3].pattern.regex: unterminated group\`), when:

- it is larger than ${LIMITS.packBytes / 1024} KB;
- a key is unknown, a value has the wrong type, or a required key is missing;
- two rules share an id, or a rule takes the id of a built-in check;
- a regular expression does not compile, or could backtrack catastrophically (nested
  quantifiers such as \`(a+)+\`, overlapping alternatives under a quantifier such as
  \`(a|ab)*\`, adjacent unbounded quantifiers over the same characters such as \`\\d+\\d+\`);
- a substitution's replacement would be flagged by its own rule again;
- \`extends\` names an unknown pack, forms a cycle, or a pack in another language;
- \`checks\` names an unknown check, or gives a check options it rejects;
- **a rule contradicts its own examples**: every \`bad\` example must be flagged by the
  rule (and its fixes must give \`fixed\`, when given), every \`good\` one must not;
- two templates share an id or a shortcut, or a template's \`body\` has a syntax error (an unknown
  variable, an unclosed \`{{\`, a choice without values, an unclosed optional paragraph);
- **a template is not suggested for its own examples**: each \`suggestFor\` message must
  rank the template in the top three.

Every template body is also checked against the pack's own house style, its variables
filled with sample values: a finding is listed as a warning at its path
(\`templates[3].body: command: …\`), or refuses the pack when it says
\`"templatesMustPass": true\`.

\`\`\`sh
npx talontapa validate team.json     # exit 0 valid, 1 invalid
npx talontapa test team.json         # PASS/FAIL per rule and template, inherited ones included
npx talontapa suggest --pack team.json --customer message.txt   # templates ranked for a message
npx talontapa check --pack team.json reply.txt
\`\`\``;
}

/** `text` with the section between the markers replaced (inserted before Architecture). */
export function withReference(text: string, section: string = packReference()): string {
  const block = `${START_MARKER}\n${section}\n${END_MARKER}`;
  const start = text.indexOf(START_MARKER);
  const end = text.indexOf(END_MARKER);
  if (start !== -1 && end > start) {
    return text.slice(0, start) + block + text.slice(end + END_MARKER.length);
  }
  const architecture = text.indexOf('\n## Architecture');
  if (architecture === -1) throw new CliError(`no ${START_MARKER} marker nor "## Architecture"`);
  return `${text.slice(0, architecture + 1)}${block}\n\n${text.slice(architecture + 1)}`;
}

const USAGE = `Usage: talontapa reference [--update FILE]

Prints the rule-pack reference in Markdown, generated from the pack schema. With
--update, rewrites the part of FILE between ${START_MARKER} and ${END_MARKER}
(the README), adding it before "## Architecture" the first time.
`;

export const referenceCommand: Command = {
  name: 'reference',
  summary: 'print the rule-pack reference (Markdown) or update it in the README',
  usage: USAGE,
  async run(args, io) {
    const { values } = parseCommandArgs(args, { update: { type: 'string' } });
    if (values.update === undefined) {
      io.stdout.write(`${packReference()}\n`);
      return EXIT_OK;
    }
    const path = resolve(io.cwd, values.update);
    const text = await readFile(path, 'utf8').catch(() => {
      throw new CliError(`reference: cannot read ${values.update}`);
    });
    await writeFile(path, withReference(text));
    io.stdout.write(`Updated the pack reference in ${values.update}\n`);
    return EXIT_OK;
  },
};
