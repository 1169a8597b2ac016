/**
 * The version `redline --version` prints: the one in this installation's package.json, found
 * upwards from this module (it runs from src/, dist/ or the bundle in dist/bin/), so the
 * package's manifest is the only place it is written.
 */
import { readFileSync } from 'node:fs';

export function packageVersion(): string {
  for (let dir = new URL('./', import.meta.url); ; dir = new URL('../', dir)) {
    try {
      const manifest = JSON.parse(readFileSync(new URL('package.json', dir), 'utf8')) as { name?: unknown; version?: unknown };
      if (manifest.name === 'resolution-redline' && typeof manifest.version === 'string') return manifest.version;
    } catch {
      // no manifest here, or another package's: look further up
    }
    if (new URL('../', dir).href === dir.href) return 'unknown';
  }
}
