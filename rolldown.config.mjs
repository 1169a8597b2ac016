// The two bundles built from tsc's output in dist/ (see README, "How it is built"):
// - dist/bin/: the command line, every dependency inlined, a chunk per command and format loaded
//   on use, so that it starts without resolving some 300 modules;
// - dist/lib/: the library, with docx inlined (docx declares nanoid 6, which wants Node 22, though
//   its own build already carries what it uses of it) and the other dependencies left to npm.
import { defineConfig } from 'rolldown';

const bare = (id) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0') && !id.startsWith('node:');

export default defineConfig([
  { input: 'dist/cli.js', platform: 'node', logLevel: 'warn', output: { dir: 'dist/bin', format: 'esm' } },
  { input: 'dist/index.js', platform: 'node', logLevel: 'warn', external: (id) => bare(id) && id !== 'docx' && !id.startsWith('docx/'), output: { dir: 'dist/lib', format: 'esm' } },
]);
