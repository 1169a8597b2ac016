/**
 * The review pages in a real browser: pages written by the command line on the bundled fixtures,
 * opened in headless Chromium. Counts are checked against the JSON of the same run; the filters,
 * the navigation, the views, the outline, the footnotes and moved clauses are clicked and what is
 * visible is asserted; Arabic and Chinese are laid out; the page prints. Screenshots are saved
 * for docs/review.md.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Comparison } from '../../src/model/comparison.js';
import { redline } from '../helpers/cli.js';
import { launch, open, requireBrowser, screenshotDir, type Trouble } from './chromium.js';

const available = requireBrowser();
const dir = mkdtempSync(join(tmpdir(), 'redline-browser-'));
const BUSAN = 'fixtures/en/res179-busan-2014.txt';
const DUBAI = 'fixtures/en/res179-dubai-2018.txt';
const GROUPS = ['apt.md', 'cept.md', 'rcc.md'].map((f) => `fixtures/en/merge/${f}`);
const FIXED = { SOURCE_DATE_EPOCH: '1767225600' };

/** Write a page, and the JSON of the same run beside it, with the command line. */
function written(name: string, args: string[]): { html: string; json: unknown } {
  const html = join(dir, `${name}.html`);
  const json = join(dir, `${name}.json`);
  for (const out of [html, json]) {
    const r = redline([...args, '-o', out], undefined, FIXED);
    expect(r.status, r.stderr).toBeLessThan(2);
  }
  return { html, json: JSON.parse(readFileSync(json, 'utf8')) as unknown };
}

/** Nothing wider than the window: no sideways scrolling. */
const FITS = 'document.documentElement.scrollWidth <= window.innerWidth';

const visibleCount = (page: Page, selector: string): Promise<number> => page.locator(selector).filter({ visible: true }).count();
const count = async (page: Page, key: string): Promise<number> => Number(await page.locator(`[data-count="${key}"]`).textContent());

async function expectInView(page: Page, selector: string): Promise<void> {
  const box = await page.locator(selector).boundingBox();
  expect(box, selector).not.toBeNull();
  const viewport = page.viewportSize() ?? { width: 0, height: 0 };
  expect((box?.y ?? -1) >= 0 && (box?.y ?? 0) + Math.min(box?.height ?? 0, 50) <= viewport.height, `${selector} in view`).toBe(true);
}

describe.runIf(available)('review pages in Chromium', () => {
  let browser: Browser;
  const troubles: Trouble[] = [];
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function page(file: string, viewport?: { width: number; height: number }): Promise<Page> {
    const opened = await open(browser, file, viewport);
    troubles.push(opened.trouble);
    return opened.page;
  }

  describe('a diff', () => {
    let diff: { html: string; comparison: Comparison };
    let p: Page;
    beforeAll(async () => {
      const w = written('diff', ['diff', BUSAN, DUBAI]);
      diff = { html: w.html, comparison: w.json as Comparison };
      p = await page(diff.html);
    });

    it('counts by kind what the JSON counts, and shows each change once', async () => {
      const s = diff.comparison.summary;
      expect([await count(p, 'modified'), await count(p, 'added'), await count(p, 'suppressed'), await count(p, 'moved'), await count(p, 'relettered')]).toEqual([s.MOD, s.ADD, s.SUP, s.moved, s.relabeled]);
      const changes = diff.comparison.changes.filter((c) => c.op !== 'NOC' || c.moved || c.relabeled).length;
      expect(await visibleCount(p, '.inline .change, .notes .change')).toBe(changes);
      expect(await p.locator('#position').textContent()).toBe(`${changes} changes`);
      await p.screenshot({ path: join(screenshotDir(), 'diff.png') });
    });

    it('steps from change to change with the buttons and the keys', async () => {
      const total = await visibleCount(p, '.inline .change, .notes .change');
      await p.getByRole('button', { name: 'Next' }).click();
      expect(await p.locator('#position').textContent()).toBe(`1 of ${total}`);
      await expectInView(p, '.current');
      await p.keyboard.press('n');
      await p.keyboard.press('j');
      expect(await p.locator('#position').textContent()).toBe(`3 of ${total}`);
      const third = await p.locator('.current').getAttribute('id');
      await expectInView(p, '.current');
      await p.keyboard.press('p');
      expect(await p.locator('#position').textContent()).toBe(`2 of ${total}`);
      await p.getByRole('button', { name: 'Next' }).click();
      expect(await p.locator('.current').getAttribute('id')).toBe(third);
      expect(await p.getByRole('button', { name: 'Previous' }).isEnabled()).toBe(true);
    });

    it('filters by kind: only the changes of the kinds checked, and no unchanged clause', async () => {
      for (const kind of ['modified', 'suppressed', 'moved', 'relettered']) await p.locator(`input[data-filter="kinds"][value="${kind}"]`).uncheck();
      const added = diff.comparison.summary.ADD;
      expect(await visibleCount(p, '.inline .change')).toBe(added);
      const kinds = await p.locator('.inline .change').filter({ visible: true }).evaluateAll((els) => els.map((e) => e.getAttribute('data-kinds') ?? ''));
      expect(kinds.every((k) => k.split(' ').includes('added'))).toBe(true);
      expect(await visibleCount(p, '.inline p.item:not([data-kinds])')).toBe(0);
      expect(await p.locator('#position').textContent()).toBe(`${added} changes`);
      await p.screenshot({ path: join(screenshotDir(), 'diff-filtered.png') });
      for (const kind of ['modified', 'suppressed', 'moved', 'relettered']) await p.locator(`input[data-filter="kinds"][value="${kind}"]`).check();
      expect(await visibleCount(p, '.inline p.item:not([data-kinds])')).toBeGreaterThan(0);
    });

    it('switches to side by side and back, keeping the change it was on', async () => {
      await p.keyboard.press('n');
      const key = await p.locator('.current').getAttribute('data-key');
      await p.getByRole('button', { name: 'Side by side' }).click();
      expect(await p.locator('.inline').first().isVisible()).toBe(false);
      expect(await p.locator('table.side').first().isVisible()).toBe(true);
      expect(await p.locator('.current').getAttribute('data-key')).toBe(key);
      expect(await p.locator('.current').evaluate((e) => e.tagName)).toBe('TR');
      // a moved clause is one row, its old place and its new one
      expect(await visibleCount(p, 'table.side tr.k-moved')).toBe(diff.comparison.summary.moved);
      await p.screenshot({ path: join(screenshotDir(), 'diff-side-by-side.png') });
      await p.keyboard.press('v');
      expect(await p.locator('.inline').first().isVisible()).toBe(true);
    });

    it('jumps to a clause from the outline', async () => {
      const link = p.locator('nav.outline a', { hasText: 'instructs the Secretary-General' }).first();
      await link.click();
      const key = await link.getAttribute('data-goto');
      await expectInView(p, `.inline [data-key="${key}"]`);
    });

    it('links a footnote reference to its note and the note back', async () => {
      const ref = p.locator('.inline sup.fnref a').first();
      const id = await ref.getAttribute('id');
      await ref.click();
      const note = (await ref.getAttribute('href'))?.slice(1) ?? '';
      await expectInView(p, `[id="${note}"]`);
      await p.locator(`[id="${note}"] a.back`).first().click();
      expect(p.url().endsWith(`#${id}`)).toBe(true);
      await expectInView(p, `[id="${id}"]`);
    });

    it('leads from the place a clause left to where it went', async () => {
      const origin = p.locator('.inline p.origin a.pair').first();
      const target = await origin.getAttribute('data-goto');
      await origin.click();
      await expectInView(p, `.inline [data-key="${target}"]`);
      expect(await p.locator('.current').getAttribute('data-key')).toBe(target);
      expect(await p.locator('.current a.pair').textContent()).toMatch(/^moved from /u);
    });

    it('prints the redline alone, without toolbar, outline or filters', async () => {
      await p.emulateMedia({ media: 'print' });
      expect(await p.locator('.toolbar').isVisible()).toBe(false);
      expect(await p.locator('nav.outline').isVisible()).toBe(false);
      expect(await visibleCount(p, 'input[data-filter]')).toBe(0);
      expect(await p.locator('.inline').first().isVisible()).toBe(true);
      const pdf = await p.pdf({ format: 'A4' });
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      await p.emulateMedia({ media: 'screen' });
    });
  });

  describe('a merge', () => {
    let p: Page;
    let json: { clauses: { status: string; proposals: { proposer: string }[] }[]; proposers: { proposer: string; changes: number }[] };
    beforeAll(async () => {
      const w = written('merge', ['merge', DUBAI, ...GROUPS]);
      json = w.json as typeof json;
      p = await page(w.html);
    });

    it('opens on the synoptic table and counts by status and proposer what the JSON counts', async () => {
      expect(await p.locator('table.side').first().isVisible()).toBe(true);
      for (const status of ['agreed', 'compatible', 'conflict', 'unchanged']) {
        expect(await count(p, `status-${status}`), status).toBe(json.clauses.filter((c) => c.status === status).length);
      }
      for (const who of json.proposers) expect(await count(p, `proposer-${who.proposer}`)).toBe(who.changes);
      expect(await visibleCount(p, 'table.side tbody tr')).toBe(json.clauses.length);
      await p.screenshot({ path: join(screenshotDir(), 'merge-synoptic.png') });
    });

    it('filters by status: only the conflicts', async () => {
      for (const status of ['agreed', 'compatible']) await p.locator(`input[data-filter="status"][value="${status}"]`).uncheck();
      const conflicts = json.clauses.filter((c) => c.status === 'conflict').length;
      expect(await visibleCount(p, 'table.side tbody tr')).toBe(conflicts);
      await p.getByRole('button', { name: 'Inline' }).click();
      const shown = await p.locator('.inline p').filter({ visible: true }).evaluateAll((els) => els.filter((e) => e.hasAttribute('data-kinds')).map((e) => e.getAttribute('data-status')));
      expect(shown.length).toBeGreaterThan(0);
      expect(shown.every((s) => s === 'conflict')).toBe(true);
      await p.screenshot({ path: join(screenshotDir(), 'merge-conflicts.png') });
      for (const status of ['agreed', 'compatible']) await p.locator(`input[data-filter="status"][value="${status}"]`).check();
    });

    it('filters by proposer: only what RCC proposes', async () => {
      await p.getByRole('button', { name: 'Side by side' }).click();
      for (const who of json.proposers.filter((x) => x.proposer !== 'RCC')) await p.locator(`input[data-filter="proposers"][value="${who.proposer}"]`).uncheck();
      const rcc = json.clauses.filter((c) => c.proposals.some((x) => x.proposer === 'RCC')).length;
      expect(await visibleCount(p, 'table.side tbody tr')).toBe(rcc);
      const proposers = await p.locator('table.side tbody tr').filter({ visible: true }).evaluateAll((els) => els.map((e) => e.getAttribute('data-proposers') ?? ''));
      expect(proposers.every((x) => x.split(' ').includes('RCC'))).toBe(true);
    });
  });

  it('indexes the pages of a folder: a row per file with the counts of the JSON, each linking to its page', async () => {
    const out = join(dir, 'folder');
    expect(redline(['diff', 'fixtures/en/folders/2014', 'fixtures/en/folders/2018', '-o', `${out}/`]).status).toBe(0);
    const json = JSON.parse(redline(['diff', 'fixtures/en/folders/2014', 'fixtures/en/folders/2018', '--format', 'json']).stdout) as { documents: { file: string; summary: Comparison['summary'] }[] };
    const p = await page(join(out, 'index.html'));
    expect(await visibleCount(p, 'tbody tr')).toBe(json.documents.length);
    for (const d of json.documents) {
      const row = p.locator(`tr[data-file="${d.file}"]`);
      expect(await row.locator('td[data-kind="MOD"]').textContent()).toBe(String(d.summary.MOD));
      expect(await row.locator('td[data-kind="moved"]').textContent()).toBe(String(d.summary.moved));
    }
    await p.locator('a', { hasText: 'res900.txt' }).click();
    await p.waitForURL(/res900\.html$/u);
    const moved = json.documents.find((d) => d.file === 'res900.txt')?.summary.moved;
    expect(await count(p, 'moved')).toBe(moved);
  });

  describe('the six languages', () => {
    it('lays Arabic out right to left: labels at the right, text flowing left', async () => {
      const { html } = written('ar', ['diff', 'fixtures/ar/parallel/resolution.txt', 'fixtures/ar/parallel/revised.txt']);
      const p = await page(html);
      expect(await p.evaluate('getComputedStyle(document.querySelector("section.document")).direction')).toBe('rtl');
      const item = p.locator('.inline p[data-role="item"]').first();
      const label = await item.locator('.label').boundingBox();
      const text = await item.locator('.text').boundingBox();
      expect((label?.x ?? 0) + (label?.width ?? 0)).toBeGreaterThan((text?.x ?? 0) + (text?.width ?? 0) - 1);
      expect(await p.evaluate(FITS)).toBe(true);
      await p.screenshot({ path: join(screenshotDir(), 'arabic.png') });
    });

    it('wraps Chinese within the page, with no words to break on', async () => {
      const { html } = written('zh', ['diff', 'fixtures/zh/parallel/resolution.txt', 'fixtures/zh/parallel/revised.txt']);
      const p = await page(html, { width: 420, height: 800 });
      expect(await p.evaluate(FITS)).toBe(true);
      // a long item wraps onto several lines rather than running off the page
      const lines = await p.evaluate('[...document.querySelectorAll(".inline p[data-role=item]")].map((e) => Math.round(e.getBoundingClientRect().height / parseFloat(getComputedStyle(e).lineHeight)))');
      expect(Math.max(...(lines as number[]))).toBeGreaterThan(1);
      await p.getByRole('button', { name: 'Next' }).click();
      expect(await p.locator('.current ins, .current del').count()).toBeGreaterThan(0);
      await p.setViewportSize({ width: 900, height: 800 });
      await p.screenshot({ path: join(screenshotDir(), 'chinese.png') });
    });

    it.each(['fr', 'es', 'ru'])('%s: counts as the JSON does', async (code) => {
      const w = written(code, ['diff', `fixtures/${code}/parallel/resolution.txt`, `fixtures/${code}/parallel/revised.txt`]);
      const s = (w.json as Comparison).summary;
      const p = await page(w.html);
      expect(await count(p, 'modified')).toBe(s.MOD);
      expect(await count(p, 'added')).toBe(s.ADD);
    });
  });

  it('asked for nothing over the network and raised no script error', () => {
    expect(troubles.flatMap((t) => t.requests)).toEqual([]);
    expect(troubles.flatMap((t) => t.errors)).toEqual([]);
  });
});
