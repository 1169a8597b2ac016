/**
 * Which language table fits a text: the script that dominates its letters, then, among the
 * languages written in that script, the one whose block headings occur most often (as headings,
 * or named by a proposal's change lines: `MOD considérant b)`), and when no heading tells them
 * apart (a numbered report), the one whose common words occur most often.
 */
import { knownHeading, type Language } from '../model/language.js';
import { changeLine } from '../model/proposal.js';
import { parseReference } from '../model/reference.js';
import { languages } from '../languages/registry.js';

/** The script of the tables that dominates a sample's letters. */
function dominantScript(sample: string, scripts: readonly string[]): string {
  let best = 'Latin';
  let bestCount = 0;
  for (const script of scripts) {
    const count = sample.match(new RegExp(`\\p{Script=${script}}`, 'gu'))?.length ?? 0;
    // Han characters carry a word each, so they weigh more than letters.
    const weight = script === 'Han' ? count * 3 : count;
    if (weight > bestCount) {
      best = script;
      bestCount = weight;
    }
  }
  return best;
}

function headingHits(paragraphs: readonly string[], lang: Language): number {
  let hits = 0;
  for (const p of paragraphs) {
    const change = changeLine(p);
    const heading = change?.rest ? parseReference(change.rest, lang).heading : p;
    if (knownHeading(heading, lang) !== undefined) hits++;
  }
  return hits;
}

function commonWordHits(sample: string, lang: Language): number {
  const common = new Set((lang.common ?? []).map((w) => w.toLocaleLowerCase()));
  if (common.size === 0) return 0;
  return (sample.toLocaleLowerCase().match(/\p{L}+/gu) ?? []).filter((w) => common.has(w)).length;
}

export function detectLanguage(paragraphs: readonly string[]): Language {
  const all = languages();
  const head = paragraphs.slice(0, 400);
  const sample = head.join('\n').slice(0, 50_000);
  // the first few thousand letters settle the script; the whole sample would only cost time
  const script = dominantScript(sample.slice(0, 8_000), [...new Set(all.map((l) => l.script))]);
  const candidates = all.filter((l) => l.script === script);
  const pool = candidates.length > 0 ? candidates : all;
  if (pool.length === 1) return pool[0] as Language;
  const byHeadings = mostOf(pool, (lang) => headingHits(head, lang));
  // common words only where the headings leave a tie (a numbered report has none)
  const best = byHeadings.length === 1 ? byHeadings : mostOf(byHeadings, (lang) => commonWordHits(sample, lang));
  if (!best[0]) throw new Error('no language tables found in src/languages');
  return best[0];
}

/** The languages with the highest score, in the order given. */
function mostOf(pool: readonly Language[], score: (lang: Language) => number): Language[] {
  const scores = pool.map(score);
  const top = Math.max(...scores);
  return pool.filter((_, i) => scores[i] === top);
}
