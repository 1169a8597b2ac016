#!/usr/bin/env node
// Thin launcher: the program is built to dist/bin/ (one bundle, chunks per format) by `npm install` (prepare) or `npm run build`.
import { main } from '../dist/bin/cli.js';

process.exitCode = await main(process.argv);
