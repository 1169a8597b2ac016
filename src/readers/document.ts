/**
 * The one way in: the bytes of any input (.txt, .md, .docx, standard input) become a document
 * whose views (changes accepted or rejected) are sources of paragraphs with their hints, ready
 * for the structure parser, the furniture filter or the instructions reader. Nothing downstream
 * sees a format again.
 */
import { InputError, readingWithin } from '../model/errors.js';
import type { Language } from '../model/language.js';
import { language, languages } from '../languages/registry.js';
import { hasMarkup, resolveMarkup } from './criticmarkup.js';
import { decodeText } from './decode.js';
import { detectLanguage } from './detect-language.js';
import { readDocx, type DocxContent } from './docx.js';
import { docxLines, docxSource, revisionAuthors } from './docx-source.js';
import { frontMatter, type FrontMatter } from './frontmatter.js';
import { formatOf, type Input, type InputFormat } from './input.js';
import { markdownParagraphs } from './markdown.js';
import { textParagraphs } from './paragraphs.js';
import { readReviewPage, reviewLines, reviewSource } from './review-page.js';
import type { Source } from './source.js';

/** A view of a marked-up document: every change accepted (the default) or every change rejected. */
export type View = 'accepted' | 'rejected';

/** How a document marks its changes. */
export type Marking = 'revisions' | 'formatting' | 'criticmarkup';

export interface ReadOptions {
  /** language code; detected when absent */
  lang?: string;
  /**
   * Word files: `revisions` (tracked changes only) or `formatting` (underline = inserted,
   * strike-through = deleted, too); absent, tracked changes if the file has any, else formatting
   */
  marks?: 'revisions' | 'formatting';
  /** the format, when the name does not say it */
  format?: InputFormat;
}

export interface InputDocument {
  file: string;
  format: InputFormat;
  lang: Language;
  /** how the document marks changes, or null for a clean text */
  marking: Marking | null;
  /** front matter of a text or Markdown file */
  fields: FrontMatter['fields'];
  /** who made the tracked changes of a Word file */
  authors: string | null;
  /** the document in one view, as paragraphs with their hints */
  source(view?: View): Source;
}

function resolveLanguage(code: string | undefined, lines: readonly string[]): Language {
  if (!code) return detectLanguage(lines);
  const lang = language(code);
  if (!lang) throw new InputError(`unknown language "${code}"`, undefined, undefined, `use one of ${languages().map((l) => l.code).join(', ')}`);
  return lang;
}

/** `[-old-]{+new+}`: the word diff `redline diff` prints for terminals, which loses text. */
const WORD_DIFF = /\[-[^\n]*?-\]|\{\+[^\n]*?\+\}/u;

export function readDocument(input: Input, options: ReadOptions = {}): InputDocument {
  return readingWithin(input.file, () => documentOf(input, options));
}

function documentOf(input: Input, options: ReadOptions): InputDocument {
  const format = options.format ?? formatOf(input);
  if (format === 'docx') return wordDocument(readDocx(input.bytes, input.file, options.marks ? { marks: options.marks } : {}), input.file, options);
  const text = decodeText(input.bytes, input.file);
  if (format === 'html') return reviewDocument(text, input.file, options);
  const { fields, body, lines } = frontMatter(text, input.file);
  const critic = hasMarkup(body);
  if (!critic && WORD_DIFF.test(body)) {
    const line = body.slice(0, body.search(WORD_DIFF)).split('\n').length + lines;
    throw new InputError('a word diff for terminals ([-old-]{+new+}) cannot be read back', input.file, line, 'write the redline with -o FILE.md or FILE.docx, which every command reads');
  }
  const viewText = (view: View): string => (critic ? resolveMarkup(body, view === 'accepted' ? 'accept' : 'reject') : body);
  const accepted = viewText('accepted');
  const lang = resolveLanguage(options.lang, accepted.split('\n'));
  return {
    file: input.file,
    format,
    lang,
    marking: critic ? 'criticmarkup' : null,
    fields,
    authors: null,
    source: once(input.file, (view) => {
      const t = view === 'accepted' ? accepted : viewText(view);
      return format === 'markdown'
        ? { file: input.file, ...markdownParagraphs(t, lang, lines, input.file) }
        : { file: input.file, paragraphs: textParagraphs(t, lang, lines + 1), footnotes: [] };
    }),
  };
}

/** Each view is read once, however often it is asked for. */
function once(file: string, read: (view: View) => Source): (view?: View) => Source {
  const cache = new Map<View, Source>();
  return (view = 'accepted') => {
    let source = cache.get(view);
    if (!source) {
      source = readingWithin(file, () => read(view));
      cache.set(view, source);
    }
    return source;
  };
}

/** A review page: its inline redline, marked with `<ins>`/`<del>` as a Markdown redline may be. */
function reviewDocument(html: string, file: string, options: ReadOptions): InputDocument {
  const content = readReviewPage(html, file);
  const declared = options.lang ?? (content.lang && language(content.lang) ? content.lang : undefined);
  const lang = resolveLanguage(declared, reviewLines(content));
  return { file, format: 'html', lang, marking: 'criticmarkup', fields: {}, authors: null, source: once(file, (view) => reviewSource(content, view, file, lang)) };
}

function wordDocument(content: DocxContent, file: string, options: ReadOptions): InputDocument {
  const lang = resolveLanguage(options.lang, docxLines(content, 'accepted'));
  return {
    file,
    format: 'docx',
    lang,
    marking: content.marking,
    fields: {},
    authors: revisionAuthors(content),
    source: once(file, (view) => docxSource(content, view, file, lang)),
  };
}
