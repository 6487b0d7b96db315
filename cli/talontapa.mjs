#!/usr/bin/env node
// The bin is plain JavaScript so that it runs from a checkout or an npm install without a
// build step: tsx compiles the TypeScript sources (cli/, rules/) as they are imported.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./main.ts');
process.exitCode = await main(process.argv.slice(2));
