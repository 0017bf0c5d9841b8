#!/usr/bin/env node
// The asl-studio command line. An installed package runs the built JavaScript in dist-cli/ (`npm run build:cli`;
// `npm pack` runs it through `prepack`). In a checkout of the repository, where src/ exists, it runs the TypeScript
// sources through tsx (a devDependency): it works right after `npm ci` and never runs a stale build.
// ASL_STUDIO_BUILT=1 makes a checkout run its built files instead.
import { existsSync } from 'node:fs';

const source = new URL('../src/cli/main.ts', import.meta.url);
let main;
if (existsSync(source) && !process.env.ASL_STUDIO_BUILT) {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import(source.href));
} else {
  ({ main } = await import('../dist-cli/asl-studio.mjs'));
}
process.exitCode = await main(process.argv.slice(2));
