#!/usr/bin/env node
// Thin launcher: the program is built to dist/ by `npm install` (prepare) or `npm run build`.
import { main } from '../dist/cli.js';

process.exitCode = await main(process.argv);
