import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const fixtureDir = fileURLToPath(new URL('../../fixtures/en/', import.meta.url));
export const fixture = (name: string): string => `${fixtureDir}${name}`;
export const fixtureText = (name: string): string => readFileSync(fixture(name), 'utf8');
export const PAIRS = ['insert', 'delete', 'reword', 'move', 'reletter', 'split', 'merge', 'block-added', 'block-removed', 'block-renamed', 'revision-tag', 'identical'] as const;
