#!/usr/bin/env node
// Runs the compiled tool; `npm install` / `npm ci` compiles it (the workspace's prepare script).
import { main } from '../dist/publish/src/cli.js';

process.exitCode = await main(process.argv.slice(2));
