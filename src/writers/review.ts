/**
 * The review page: a redline as one self-contained HTML file for working through in a browser.
 * A header says what was compared and counts the changes by kind (and, for a merge, by proposer
 * and status) with filters; a toolbar steps from change to change and switches between the inline
 * redline and a side-by-side table; an outline jumps to any clause. Footnotes are real notes,
 * linked both ways; a moved clause is linked to the place it left. The inline view carries what
 * `accept` and `reject` read back (readers/review-page.ts): each paragraph's role and mark, its
 * label and text with `<ins>`/`<del>`, and the notes.
 *
 * Documents are written as they come, so a large collection is never held whole: the header and
 * the outline, which need every document, come last in the file and are placed first by the grid.
 */
import { detached } from '../model/detached.js';
import { markers } from '../model/footnotes.js';
import type { Language } from '../model/language.js';
import type { MergedClause, MergeStatus, ProposerSummary } from '../model/merge.js';
import { REVIEW_PAGE, type RedlineDocument, type RedlineParagraph, type Segment } from '../model/redline.js';
import { tableOf } from '../languages/registry.js';
import { escapeHtml } from './html.js';
import { moveNote } from './move-note.js';
import { REVIEW_CSS, REVIEW_SCRIPT } from './review-assets.js';
import { KINDS, noCounts, STATUSES, type Counts, type Mark, type Marks } from './review-marks.js';

export interface ReviewDocument {
  /** the file or document, when the page holds several */
  name: string | null;
  redline: RedlineDocument;
  marks: Marks;
  counts: Counts;
  /** a merge: the clauses and proposers of the synoptic table shown beside the draft */
  synoptic?: { clauses: readonly MergedClause[]; proposers: readonly string[] };
}

export interface ReviewPage {
  title: string;
  /** what was compared, for people: `base.txt → revised.txt` */
  compared: string;
  documents: Iterable<ReviewDocument>;
  /** the view shown first */
  view?: 'inline' | 'side';
  /** a merge: clauses by status, and each proposer's number of changes */
  merge?: { statuses: Record<MergeStatus, number>; proposers: readonly Pick<ProposerSummary, 'proposer' | 'name' | 'changes'>[] };
}

const KIND_NAMES: Record<(typeof KINDS)[number], string> = { modified: 'Modified', added: 'Added', suppressed: 'Suppressed', moved: 'Moved', relettered: 'Re-lettered' };

const attr = (name: string, value: string | undefined | null): string => (value ? ` ${name}="${escapeHtml(value)}"` : '');

/** Footnote references as links to their notes (`ids`: the notes there are); an anchored reference is one its note links back to. */
class Notes {
  private readonly seen = new Map<string, number>();
  readonly refs = new Map<string, string[]>();
  constructor(
    readonly doc: string,
    private readonly ids: ReadonlySet<string>,
  ) {}
  has(id: string): boolean {
    return this.ids.has(id);
  }
  ref(id: string, anchored: boolean): string {
    const href = `#${this.doc}-fn-${escapeHtml(id)}`;
    if (!anchored) return `<sup class="fnref"><a href="${href}">${escapeHtml(id)}</a></sup>`;
    const n = (this.seen.get(id) ?? 0) + 1;
    this.seen.set(id, n);
    const anchor = `${this.doc}-fnref-${id}-${n}`;
    this.refs.set(id, [...(this.refs.get(id) ?? []), anchor]);
    return `<sup class="fnref"><a href="${href}" id="${escapeHtml(anchor)}">${escapeHtml(id)}</a></sup>`;
  }
}

/** Text with line breaks and footnote references. `before`: the character before it, for telling a marker apart. */
function richText(text: string, notes: Notes, anchored: boolean, before: string): string {
  let out = '';
  let from = 0;
  for (const m of markers(text, before)) {
    if (!notes.has(m.id)) continue;
    out += escapeHtml(text.slice(from, m.index)) + notes.ref(m.id, anchored);
    from = m.index + m.text.length;
  }
  return (out + escapeHtml(text.slice(from))).replace(/\n/gu, '<br>');
}

function segmentsHtml(segs: readonly Segment[], notes: Notes, anchored: boolean): string {
  let before = '';
  return segs
    .map((s) => {
      const t = richText(s.text, notes, anchored, before);
      before = s.text.at(-1) ?? before;
      const by = attr('title', s.author) + attr('data-author', s.author);
      return s.op === 'insert' ? `<ins${by}>${t}</ins>` : s.op === 'delete' ? `<del${by}>${t}</del>` : t;
    })
    .join('');
}

/** One side of segments (the side-by-side table): the base with its deletions marked, the revised text with its insertions. */
function sideHtml(segs: readonly Segment[], which: 'base' | 'revised', notes: Notes): string {
  return segmentsHtml(segs.filter((s) => s.op !== (which === 'base' ? 'insert' : 'delete')), notes, false);
}

function markAttributes(m: Mark | null): string {
  if (!m) return '';
  return `${attr('data-kinds', m.kinds.join(' '))}${attr('data-proposers', m.proposers.join(' '))}${attr('data-status', m.status)}`;
}

/** The kind a change is coloured by: a move first, as both its ends are. */
function tone(m: Mark): string {
  return `k-${m.kinds.includes('moved') ? 'moved' : (m.kinds[0] ?? 'modified')}`;
}

function markClasses(m: Mark | null): string[] {
  return m ? [...(m.counted ? ['change'] : []), tone(m)] : [];
}

interface Context {
  doc: string;
  lang: Language;
  notes: Notes;
  /** paragraph index of each end of a move, by the clause id at the other end */
  origins: Map<string, number>;
  destinations: Map<string, number>;
}

function paragraphHtml(p: RedlineParagraph, k: number, m: Mark | null, c: Context): string {
  const classes = [p.role, p.depth > 0 ? `d${Math.min(p.depth, 2)}` : '', p.move?.end === 'origin' ? 'origin' : '', ...markClasses(m)].filter(Boolean);
  const label = p.label.length > 0 ? `<span class="label">${segmentsHtml(p.label, c.notes, true)}</span>` : '';
  const text = `<span class="text">${segmentsHtml(p.text, c.notes, true)}</span>`;
  let pair = '';
  if (p.move) {
    const other = p.move.end === 'origin' ? c.destinations.get(p.id) : c.origins.get(p.id);
    const note = moveNote(p, c.lang, false) ?? '';
    pair = other === undefined ? '' : ` <a class="pair ui" href="#${c.doc}-p${other}" data-goto="${c.doc}-${other}">${escapeHtml(note)}</a>`;
  }
  const status = m?.status && m.counted ? ` <span class="badge ui status-${m.status}">${escapeHtml(c.lang.words.merge.status[m.status])}</span>` : '';
  const data = `${attr('data-role', p.role)}${p.depth > 0 ? ` data-depth="${p.depth}"` : ''}${attr('data-mark', p.mark)}${attr('data-author', p.mark ? p.author : undefined)}`;
  return `<p id="${c.doc}-p${k}" class="${classes.join(' ')}" data-key="${c.doc}-${k}"${data}${markAttributes(m)}>${label}${text}${pair}${status}</p>`;
}

/** Segments of a paragraph on its own side: the base's for a suppressed one, else the revised text's. */
function ownText(p: RedlineParagraph, segs: readonly Segment[]): string {
  return segs.filter((s) => s.op !== (p.mark === 'delete' ? 'insert' : 'delete')).map((s) => s.text).join('');
}

function labelOf(p: RedlineParagraph): string {
  return ownText(p, p.label);
}

/** How people name each paragraph: `considering c)`, the heading of its block before its label; `title` and the like by their role. */
function references(paragraphs: readonly RedlineParagraph[]): string[] {
  let heading = '';
  return paragraphs.map((p) => {
    if (p.role === 'heading' || p.role === 'annex-heading') {
      heading = ownText(p, [...p.label, ...p.text]).trim();
      return heading;
    }
    const label = labelOf(p);
    return p.role === 'item' ? `${heading} ${label}`.trim() : p.role;
  });
}

/** Base and revised text side by side, a row per clause; a moved clause is one row. */
function diffTable(doc: ReviewDocument, c: Context): string {
  const rows: string[] = [];
  const refs = references(doc.redline.paragraphs);
  doc.redline.paragraphs.forEach((p, k) => {
    if (p.move?.end === 'origin') return;
    const m = doc.marks.paragraphs[k] ?? null;
    const mark = p.move ? null : p.mark;
    const cell = (which: 'base' | 'revised'): string => {
      if ((mark === 'insert' && which === 'base') || (mark === 'delete' && which === 'revised')) return '';
      const label = sideHtml(p.label, which, c.notes);
      return `${label ? `${label} ` : ''}${sideHtml(p.text, which, c.notes)}`;
    };
    const ref = p.move ? `${escapeHtml(p.move.reference)} → ${escapeHtml(refs[k] ?? '')}` : escapeHtml(refs[k] ?? '');
    const cls = markClasses(m).join(' ');
    rows.push(`<tr id="${c.doc}-r${k}" data-key="${c.doc}-${k}"${cls ? ` class="${cls}"` : ''}${markAttributes(m)}><td class="ref">${ref}</td><td>${cell('base')}</td><td>${cell('revised')}</td></tr>`);
  });
  return `<table class="side"><colgroup><col class="ref"><col><col></colgroup><thead><tr class="head"><th>Clause</th><th>Base</th><th>Revised</th></tr></thead><tbody>\n${rows.join('\n')}\n</tbody></table>`;
}

function proposalCell(clause: MergedClause, proposer: string, c: Context): string {
  const ps = clause.proposals.filter((p) => p.proposer === proposer);
  if (ps.length === 0) return '<td class="silence"></td>';
  const body = ps
    .map((p) => {
      const words = p.words ? segmentsHtml(p.words, c.notes, false) : '';
      return `<div><strong>${escapeHtml(p.op)}</strong> <small>${escapeHtml(p.number)}</small>${words ? `<br>${words}` : ''}</div>`;
    })
    .join('');
  return `<td${clause.status === 'conflict' ? ' class="conflict"' : ''}>${body}</td>`;
}

/** A merge's synoptic table: the base text, then a column per proposer, and the status. */
function synopticTable(doc: ReviewDocument, c: Context): string {
  const { clauses, proposers } = doc.synoptic as NonNullable<ReviewDocument['synoptic']>;
  // a clause's row shares its key with the draft's paragraph, so switching views keeps the place
  const keyOf = new Map<string, number>();
  doc.redline.paragraphs.forEach((p, k) => keyOf.set(p.id, keyOf.get(p.id) ?? k));
  const w = c.lang.words.merge;
  const rows = clauses.map((cl, k) => {
    const changing = cl.proposals.filter((p) => p.op !== 'NOC');
    const kinds = [...new Set(changing.map((p) => (p.op === 'ADD' ? 'added' : p.op === 'SUP' ? 'suppressed' : 'modified')))];
    const touched = cl.proposals.length > 0;
    const status = cl.status === 'unchanged' ? null : cl.status;
    const key = keyOf.get(cl.id);
    const data = kinds.length > 0 ? `${attr('data-kinds', kinds.join(' '))}${attr('data-proposers', [...new Set(cl.proposals.map((p) => p.proposer))].sort().join(' '))}${attr('data-status', status)}` : '';
    const cls = [kinds.length > 0 && touched ? 'change' : '', kinds[0] ? `k-${kinds[0]}` : ''].filter(Boolean).join(' ');
    const statusCell = `<td class="ref">${status ? `<span class="badge status-${status}">${escapeHtml(w.status[status])}</span>` : escapeHtml(w.status.unchanged)}</td>`;
    return `<tr id="${c.doc}-s${k}"${key === undefined ? '' : ` data-key="${c.doc}-${key}"`}${cls ? ` class="${cls}"` : ''}${data}><td class="ref">${escapeHtml(cl.reference)}</td><td>${escapeHtml(cl.base ?? '')}</td>${proposers.map((p) => proposalCell(cl, p, c)).join('')}${statusCell}</tr>`;
  });
  const head = [w.provision, w.base, ...proposers, 'Status'].map((h) => `<th>${escapeHtml(h)}</th>`).join('');
  const cols = `<colgroup><col class="ref"><col>${proposers.map(() => '<col>').join('')}<col class="status"></colgroup>`;
  return `<table class="side">${cols}<thead><tr class="head">${head}</tr></thead><tbody>\n${rows.join('\n')}\n</tbody></table>`;
}

function notesHtml(doc: ReviewDocument, c: Context): string {
  if (doc.redline.footnotes.length === 0) return '';
  const items = doc.redline.footnotes.map((n, k) => {
    const m = doc.marks.footnotes[k] ?? null;
    const back = (c.notes.refs.get(n.id) ?? []).map((a, i, all) => `<a class="back ui" href="#${escapeHtml(a)}" title="back to the text">↩${all.length > 1 ? String.fromCharCode(97 + (i % 26)) : ''}</a>`).join('');
    const cls = markClasses(m).join(' ');
    return `<li id="${c.doc}-fn-${escapeHtml(n.id)}" value="${/^\d+$/u.test(n.id) ? n.id : k + 1}" data-key="${c.doc}-fn-${escapeHtml(n.id)}" data-note="${escapeHtml(n.id)}"${attr('data-mark', n.mark)}${cls ? ` class="${cls}"` : ''}${markAttributes(m)}>${segmentsHtml(n.text, c.notes, false)}${back}</li>`;
  });
  return `<section class="notes"><ol>\n${items.join('\n')}\n</ol></section>`;
}

/** The outline: each heading with its items' labels, changed ones coloured by kind. */
function outlineHtml(doc: ReviewDocument, c: Context): string {
  const groups: string[] = [];
  let labels: string[] = [];
  let head = '';
  const flush = (): void => {
    if (head || labels.length > 0) groups.push(`<li>${head}${labels.length > 0 ? ` <span class="labels">${labels.join(' ')}</span>` : ''}</li>`);
    head = '';
    labels = [];
  };
  doc.redline.paragraphs.forEach((p, k) => {
    if (p.role === 'note' || p.role === 'reasons') return;
    const m = doc.marks.paragraphs[k] ?? null;
    const cls = m ? ` class="${tone(m)}"` : '';
    const link = (text: string): string => `<a href="#${c.doc}-p${k}" data-goto="${c.doc}-${k}"${cls}>${escapeHtml(text)}</a>`;
    if (p.role === 'item') {
      labels.push(link(labelOf(p) || p.id));
      return;
    }
    flush();
    const text = ownText(p, [...p.label, ...p.text]).trim();
    head = link(text.length > 48 ? `${text.slice(0, 46)}…` : text || p.role);
  });
  flush();
  return `${doc.name ? `<li class="doc">${escapeHtml(doc.name)}</li>` : ''}${groups.join('')}`;
}

function countsHtml(counts: Counts): string {
  return KINDS.map((k) => `<label class="k-${k}"><input type="checkbox" data-filter="kinds" value="${k}" checked><span class="swatch k-${k}"></span>${KIND_NAMES[k]} <b data-count="${k}">${counts[k]}</b></label>`).join('');
}

function headerHtml(page: ReviewPage, counts: Counts, lang: Language): string {
  const facts = [`<fieldset class="kinds"><legend>Changes</legend>${countsHtml(counts)}</fieldset>`];
  if (page.merge) {
    const w = lang.words.merge;
    facts.push(
      `<fieldset class="status"><legend>Status</legend>${STATUSES.map((s) => `<label><input type="checkbox" data-filter="status" value="${s}" checked><span class="badge status-${s}">${escapeHtml(w.status[s])}</span> <b data-count="status-${s}">${page.merge?.statuses[s] ?? 0}</b></label>`).join('')}<span class="unchanged">${escapeHtml(w.status.unchanged)} <b data-count="status-unchanged">${page.merge.statuses.unchanged}</b></span></fieldset>`,
      `<fieldset class="proposers"><legend>Proposers</legend>${page.merge.proposers.map((p) => `<label${attr('title', p.name)}><input type="checkbox" data-filter="proposers" value="${escapeHtml(p.proposer)}" checked>${escapeHtml(p.proposer)} <b data-count="proposer-${escapeHtml(p.proposer)}">${p.changes}</b></label>`).join('')}</fieldset>`,
    );
  }
  const key = `<p class="key"><span><ins>added text</ins></span><span><del>deleted text</del></span><span><span class="swatch k-moved"></span> moved (linked to where it was)</span><span><span class="swatch k-relettered"></span> re-lettered</span><span><sup class="fnref"><a>1</a></sup> footnote</span></p>`;
  return `<header class="page" lang="en" dir="ltr">
<h1>${escapeHtml(page.title)}</h1>
<p class="compared">Compared: ${escapeHtml(page.compared)}</p>
<div class="facts">${facts.join('')}</div>
${key}
</header>
<div class="toolbar" lang="en" dir="ltr"><button type="button" id="previous" hidden>Previous</button><span id="position" class="position"></span><button type="button" id="next" hidden>Next</button><button type="button" id="toggle-view" aria-pressed="false" hidden>Side by side</button><span class="hint">keys: n next · p previous · v view</span><noscript><span class="noscript-note">the filters, the navigation and the side-by-side view need scripts</span></noscript></div>`;
}

/** The page in parts: the head, each document as it comes, then the header, outline and script. */
export function* reviewParts(page: ReviewPage): Generator<string> {
  const iterator = page.documents[Symbol.iterator]();
  let next = iterator.next();
  const lang = tableOf(next.done ? 'en' : next.value.redline.lang);
  yield `<!DOCTYPE html>
<html lang="${escapeHtml(lang.code)}" dir="${lang.dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="${REVIEW_PAGE}">
<title>${escapeHtml(page.title)}</title>
<style>body{font-family:${lang.fonts.html}}${REVIEW_CSS}</style>
</head>
<body data-view="${page.view ?? 'inline'}">
<main>
`;
  const total = noCounts();
  const outline: string[] = [];
  for (let k = 0; !next.done; next = iterator.next(), k++) {
    const doc = next.value;
    const table = tableOf(doc.redline.lang);
    const c: Context = { doc: `d${k}`, lang: table, notes: new Notes(`d${k}`, new Set(doc.redline.footnotes.map((n) => n.id))), origins: new Map(), destinations: new Map() };
    doc.redline.paragraphs.forEach((p, i) => {
      if (p.move?.end === 'origin') c.origins.set(p.move.id, i);
      if (p.move?.end === 'destination') c.destinations.set(p.move.id, i);
    });
    for (const kind of KINDS) total[kind] += doc.counts[kind];
    const dir = table.dir === lang.dir ? '' : ` dir="${table.dir}"`;
    const counts = KINDS.filter((kind) => doc.counts[kind] > 0).map((kind) => `${KIND_NAMES[kind].toLowerCase()} ${doc.counts[kind]}`).join(', ');
    const heading = doc.name ? `<h2 lang="en" dir="ltr">${escapeHtml(doc.name)}${counts ? ` <small>(${counts})</small>` : ''}</h2>\n` : '';
    // each view a part of its own, written as it is made
    yield `<section class="document${doc.synoptic ? ' merge' : ''}" id="d${k}" lang="${escapeHtml(table.code)}"${dir}>\n${heading}<div class="inline">\n`;
    yield doc.redline.paragraphs.map((p, i) => paragraphHtml(p, i, doc.marks.paragraphs[i] ?? null, c)).join('\n');
    yield '\n</div>\n';
    yield doc.synoptic ? synopticTable(doc, c) : diffTable(doc, c);
    yield `\n${notesHtml(doc, c)}\n</section>\n`;
    // kept to the end of the page: copied, so that it does not keep the document's text alive
    outline.push(detached(outlineHtml(doc, c)));
  }
  // the outline a document at a time, never joined: a collection's outline is megabytes
  yield `</main>\n${headerHtml(page, total, lang)}\n<nav class="outline" aria-label="Outline"><ol>`;
  yield* outline;
  yield `</ol></nav>\n<script>${REVIEW_SCRIPT}</script>\n</body>\n</html>\n`;
}
