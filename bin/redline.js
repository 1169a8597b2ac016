#!/usr/bin/env node
// Thin launcher: the program is built to dist/bin/ (one bundle, chunks per format) by `npm install` (prepare) or `npm run build`.
import { main } from '../dist/bin/cli.js';

const code = await main(process.argv);
// Leave once everything is written: left to itself, Node first runs the garbage collector's
// housekeeping (up to 30 ms after writing a .docx). Output still in flight is waited for.
if (process.stdout.writableLength === 0 && process.stderr.writableLength === 0) process.exit(code);
process.exitCode = code;
