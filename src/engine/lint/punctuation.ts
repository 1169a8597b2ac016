/**
 * Lint: how items end, by their place (the language table's `punctuation`). An item ends with
 * `item` (`;`), the last item of a block with `last` (`,`), the last item of the resolution (the
 * last item of the last operative block, or of the last block when there is no operative part)
 * with `end` (`.`). Sub-items follow the same rule within their parent's place: the last sub-item
 * ends as its parent would. An item that introduces sub-items may end with `lead` (`:`) or `item`.
 * Footnote markers at the end do not count; annexes, numbered reports, and items ending in a
 * bracketed alternative (a merged draft) are not checked.
 */
import type { Language } from '../../model/language.js';
import type { LintInput, RawFinding, Rule } from '../../model/lint.js';
import type { Item } from '../../model/resolution.js';
import { documentViews, quoteEnd, type DocumentView } from './context.js';

type Place = 'item' | 'last' | 'end';

const PLACE: Record<Place, string> = {
  item: 'an item',
  last: 'the last item of a block',
  end: 'the last item of the resolution',
};

/** The text as it ends: trailing footnote markers and spaces set aside. */
function ending(text: string): string {
  return text.replace(/(?:\s*\[[^\]\s]{1,6}\])+\s*$/u, '').trimEnd();
}

function check(view: DocumentView, lang: Language, item: Item, place: Place, out: RawFinding[]): void {
  const p = lang.punctuation;
  const text = ending(item.text);
  if (text !== '' && !text.endsWith(']')) {
    const hasSubItems = item.items.length > 0;
    const allowed = hasSubItems ? [...new Set([p.lead, p.item])] : [p[place]];
    if (!allowed.some((a) => text.endsWith(a))) {
      const last = [...text].at(-1) ?? '';
      const found = /[\p{P}\p{S}]/u.test(last) ? `ends with "${last}"` : 'has no final punctuation';
      const what = hasSubItems ? 'an item that introduces sub-items' : PLACE[place];
      const want = allowed.map((a) => `"${a}"`).join(' or ');
      out.push({
        rule: 'punctuation',
        line: view.line(item.id),
        clause: view.reference(item.id),
        message: `"${quoteEnd(text)}" ${found}, but ${what} ends with ${want}`,
        fix: `end it with ${want}`,
      });
    }
  }
  item.items.forEach((sub, k) => check(view, lang, sub, k === item.items.length - 1 ? place : 'item', out));
}

export const punctuationRule: Rule = {
  id: 'punctuation',
  severity: 'warn',
  description: 'items end with the punctuation of their place (item, last item of a block, last item of the resolution), the enacting formula with a comma',
  check(input: LintInput): RawFinding[] {
    const out: RawFinding[] = [];
    for (const view of documentViews(input)) {
      const { res } = view;
      if (res.kind === 'document') continue;
      const comma = input.lang.punctuation.last;
      if (res.formula !== null && !res.formula.trim().endsWith(comma)) {
        out.push({ rule: 'punctuation', line: view.line('formula'), clause: view.reference('formula'), message: `the enacting formula does not end with "${comma}"`, fix: `end it with "${comma}"` });
      }
      const final = res.blocks.filter((b) => b.part === 'operative').at(-1) ?? res.blocks.at(-1);
      for (const block of res.blocks) {
        block.items.forEach((item, k) => {
          const place: Place = k < block.items.length - 1 ? 'item' : block === final ? 'end' : 'last';
          check(view, input.lang, item, place, out);
        });
      }
    }
    return out;
  },
};
