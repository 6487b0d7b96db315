import { packJsonSchema } from '../../rules/index';
import { EXIT_OK } from '../io';
import { type Command, parseCommandArgs } from './command';

const USAGE = `Usage: talontapa schema

Prints the JSON Schema of rule packs, for editors that complete and check JSON as you
type. Add "$schema": "<where you keep it>/pack.schema.json" to a pack to use it.
The copy in this repository is regenerated with:
  talontapa schema > public/pack.schema.json
`;

/** The schema as the checked-in public/pack.schema.json has it. */
export function schemaText(): string {
  return `${JSON.stringify(packJsonSchema(), null, 2)}\n`;
}

export const schemaCommand: Command = {
  name: 'schema',
  summary: 'print the JSON Schema of rule packs',
  usage: USAGE,
  async run(args, io) {
    parseCommandArgs(args, {});
    io.stdout.write(schemaText());
    return EXIT_OK;
  },
};
