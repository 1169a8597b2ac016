/**
 * A real browser for the review pages: the system's Chromium (Debian's `chromium` package, or
 * REDLINE_CHROMIUM), driven by playwright-core, which downloads no browser of its own. In CI a
 * missing browser is an error, so the pages are never silently untested; locally the browser
 * tests are skipped with a visible message.
 */
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { onPath } from '../helpers/on-path.js';

export function chromiumPath(): string | null {
  const given = process.env['REDLINE_CHROMIUM'];
  if (given) return given;
  for (const name of ['chromium', 'chromium-browser', 'google-chrome']) {
    const found = onPath(name);
    if (found) return found;
  }
  return null;
}

export function requireBrowser(): boolean {
  if (chromiumPath() !== null) return true;
  if (process.env['CI'] === 'true') throw new Error('Chromium (the Debian chromium package, or REDLINE_CHROMIUM) is required in CI for the browser tests');
  console.warn('Chromium not found (apt-get install chromium, or set REDLINE_CHROMIUM): browser tests skipped');
  return false;
}

export async function launch(): Promise<Browser> {
  // root in a container has no user namespace for the sandbox
  return chromium.launch({ executablePath: chromiumPath() ?? undefined, args: ['--no-sandbox'] });
}

/** What a page did that it should not: script errors, console errors, requests beyond local files (the network). */
export interface Trouble {
  errors: string[];
  requests: string[];
}

/** Open a file, recording errors and every request that is not for a local file. */
export async function open(browser: Browser, file: string, viewport = { width: 1280, height: 900 }): Promise<{ page: Page; trouble: Trouble }> {
  const page = await browser.newPage({ viewport });
  const trouble: Trouble = { errors: [], requests: [] };
  page.on('pageerror', (e) => trouble.errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') trouble.errors.push(m.text());
  });
  page.on('request', (r) => {
    if (!r.url().startsWith('file://')) trouble.requests.push(r.url());
  });
  await page.goto(`file://${resolve(file)}`);
  return { page, trouble };
}

/**
 * Where screenshots go: REDLINE_SCREENSHOTS (docs/review to refresh the pictures in
 * docs/review.md), else a temporary folder.
 */
export function screenshotDir(): string {
  const dir = process.env['REDLINE_SCREENSHOTS'] ?? join(tmpdir(), 'redline-review-screenshots');
  mkdirSync(dir, { recursive: true });
  return dir;
}
