#!/usr/bin/env node
// Runs the compiled tool; `npm install` / `npm ci` compiles it (the workspace's prepare script).
import { existsSync } from 'node:fs';

const cli = new URL('../dist/publish/src/cli.js', import.meta.url);
if (!existsSync(cli)) {
  // Only after an install with --ignore-scripts, which skips the compile step.
  console.error('icssi-statement is not compiled yet: run `npm run build -w publish` at the repository root.');
  process.exit(2);
}
const { main } = await import(cli.href);
process.exitCode = await main(process.argv.slice(2));
