// The two bundles built from tsc's output in dist/ (README, "How it is built"):
// - dist/bin/: the command line, every dependency inlined, a chunk per command and format loaded
//   on use, so that it starts without resolving some 300 modules;
// - dist/lib/: the library, with docx inlined (docx declares nanoid 6, which wants Node 22, though
//   its own build already carries what it uses of it) and the other dependencies left to npm.
import { rmSync } from 'node:fs';
import { build } from 'rolldown';

const bare = (id) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0') && !id.startsWith('node:');
const bundles = [
  { input: 'dist/cli.js', dir: 'dist/bin', external: undefined },
  { input: 'dist/index.js', dir: 'dist/lib', external: (id) => bare(id) && id !== 'docx' && !id.startsWith('docx/') },
];
// the library loads the Markdown parser at once (its calls are synchronous), so the command line's
// dynamic import of it has nothing to split off there: not worth a warning
const checks = { ineffectiveDynamicImport: false };

for (const { input, dir, external } of bundles) {
  rmSync(dir, { recursive: true, force: true });
  await build({ input, platform: 'node', logLevel: 'warn', checks, external, output: { dir, format: 'esm' } });
}
