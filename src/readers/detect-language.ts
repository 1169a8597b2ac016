/**
 * Which language table fits a text: the script that dominates its letters, then, among the
 * languages written in that script, the one whose block headings occur most often.
 */
import { normalizeHeading, type Language } from '../model/language.js';
import { languages } from '../languages/registry.js';

const scripts = ['Latin', 'Cyrillic', 'Han', 'Arabic', 'Greek'] as const;

function dominantScript(sample: string): string {
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

export function detectLanguage(paragraphs: readonly string[]): Language {
  const all = languages();
  const sample = paragraphs.slice(0, 400).join('\n').slice(0, 50_000);
  const script = dominantScript(sample);
  const candidates = all.filter((l) => l.script === script);
  const pool = candidates.length > 0 ? candidates : all;
  let best = pool[0];
  let bestHits = -1;
  for (const lang of pool) {
    const hits = paragraphs.filter((p) => lang.headingIndex.has(normalizeHeading(p))).length;
    if (hits > bestHits) {
      best = lang;
      bestHits = hits;
    }
  }
  if (!best) throw new Error('no language tables found in src/languages');
  return best;
}
