/**
 * The two clean views of a marked-up text: CriticMarkup (`{++ ++}`, `{-- --}`, `{~~a~>b~~}`,
 * highlights and comments) and HTML `<ins>`/`<del>`. Resolved on the raw text, before Markdown
 * parsing, because the marks may cross paragraph and emphasis boundaries.
 */
export type View = 'accept' | 'reject';

const MARKS = /\{\+\+([\s\S]*?)\+\+\}|\{--([\s\S]*?)--\}|\{~~([\s\S]*?)~>([\s\S]*?)~~\}|\{==([\s\S]*?)==\}|\{>>[\s\S]*?<<\}|<ins(?:\s[^>]*)?>([\s\S]*?)<\/ins>|<del(?:\s[^>]*)?>([\s\S]*?)<\/del>/gu;

export function hasMarkup(text: string): boolean {
  return new RegExp(MARKS.source, 'u').test(text);
}

export function resolveMarkup(text: string, view: View): string {
  const out = text.replace(MARKS, (_m, ins?: string, del?: string, from?: string, to?: string, hl?: string, hins?: string, hdel?: string) => {
    if (ins !== undefined || hins !== undefined) return view === 'accept' ? (ins ?? hins ?? '') : '';
    if (del !== undefined || hdel !== undefined) return view === 'reject' ? (del ?? hdel ?? '') : '';
    if (from !== undefined) return view === 'accept' ? (to ?? '') : from;
    return hl ?? '';
  });
  // Paragraphs that were wholly added or suppressed leave blank lines behind.
  return out.replace(/\n{3,}/gu, '\n\n').replace(/^\n+/u, '');
}
