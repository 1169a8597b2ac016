/**
 * LibreOffice as the judge of our .docx revisions: `lo_oracle.py` opens each file through UNO,
 * accepts or rejects all tracked changes and exports the text. One soffice serves a whole batch.
 * `lo_build.py` has LibreOffice write Word files itself, so our reader meets another producer.
 */
import { execFile, spawnSync } from 'node:child_process';
import { readdirSync, realpathSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { onPath } from '../helpers/on-path.js';

export interface OracleResult {
  file: string;
  /** LibreOffice loaded the file as Word */
  opened: boolean;
  /**
   * text export after Accept All, BOM stripped (null when the file did not open). A footnote
   * reference comes out as the note's running number in that view; the notes' own text is not
   * in it but in `acceptedFootnotes`.
   */
  accepted: string | null;
  /** text export after Reject All, BOM stripped */
  rejected: string | null;
  /** footnote texts after Accept All / Reject All, in document order */
  acceptedFootnotes?: string[];
  rejectedFootnotes?: string[];
  error: string | null;
}

export interface CompareResult {
  base: string;
  revised: string;
  out: string;
  ok: boolean;
  /** load, compare and store, in seconds */
  seconds: number | null;
  /** how many revisions LibreOffice found */
  revisions?: number;
  error: string | null;
}

/** One tracked change as LibreOffice reads it (an element of the document's `Redlines`). */
export interface OracleRevision {
  /** `RedlineType`: Insert, Delete, Format, ParagraphFormat... */
  type: string;
  /** `RedlineAuthor` */
  author: string;
  /**
   * the text from `RedlineStart` to `RedlineEnd`, a paragraph mark as "\n"; null when the range
   * could not be read. LibreOffice joins adjacent changes of one type, author and date into one.
   */
  text: string | null;
}

export interface AuthorsResult {
  file: string;
  opened: boolean;
  /** in the order of the `Redlines` enumeration (null when the file did not open) */
  revisions: OracleRevision[] | null;
  error: string | null;
}

export interface ParagraphSettings {
  text: string;
  /** com.sun.star.text.WritingMode2: 0 left to right, 1 right to left, 4 from the page */
  writingMode: number;
  /** `en-GB`; the Asian and complex-script (Arabic) locales and fonts apart */
  locale: string;
  asianLocale: string;
  complexLocale: string;
  asianFont: string;
  complexFont: string;
}

export interface SettingsResult {
  file: string;
  opened: boolean;
  paragraphs: ParagraphSettings[] | null;
  error: string | null;
}

export type BuildOp = 'equal' | 'insert' | 'delete';

export interface BuildParagraph {
  /** italic throughout, as block headings are */
  italic?: boolean;
  /** tabs as "\t" */
  runs: { text: string; op: BuildOp }[];
}

export interface BuildSpec {
  /** where the .docx goes */
  out: string;
  /**
   * `formatting`: no tracked changes, inserted text underlined and deleted text struck through;
   * `tracked`: the base text (equal and deleted runs) edited with change recording on, a
   * paragraph whose runs are all inserted (or all deleted) inserted (deleted) whole, its mark too
   */
  mode: 'formatting' | 'tracked';
  /** the author of the revisions (tracked mode) */
  author?: string;
  paragraphs: BuildParagraph[];
}

export interface BuildResult {
  out: string;
  ok: boolean;
  error: string | null;
}

const SCRIPT = fileURLToPath(new URL('./lo_oracle.py', import.meta.url));
const BUILD_SCRIPT = fileURLToPath(new URL('./lo_build.py', import.meta.url));
/** generous: a first start with a fresh profile takes a few seconds, a batch a few more */
const BATCH_TIMEOUT_MS = 10 * 60_000;

let pythonFound: string | null | undefined;

/**
 * A python3 that can `import uno` (REDLINE_UNO_PYTHON, else the first on PATH, else the system
 * one, which a version manager's python3 often shadows).
 */
function unoPython(): string | null {
  if (pythonFound !== undefined) return pythonFound;
  const candidates = [process.env['REDLINE_UNO_PYTHON'], 'python3', '/usr/bin/python3'].filter((c): c is string => Boolean(c));
  pythonFound = candidates.find((py) => spawnSync(py, ['-c', 'import uno'], { stdio: 'ignore', timeout: 30_000 }).status === 0) ?? null;
  return pythonFound;
}

/**
 * Writer's UI files: the -nogui packages leave them out, and that LibreOffice aborts on loading
 * a document with comments, which our Word redlines use for moved clauses.
 */
function writerComplete(soffice: string): boolean {
  try {
    const program = dirname(realpathSync(soffice));
    return readdirSync(join(program, '..', 'share', 'config', 'soffice.cfg', 'modules', 'swriter', 'ui')).some((f) => f.endsWith('.ui'));
  } catch {
    return false;
  }
}

export function libreOfficeAvailable(): boolean {
  const soffice = onPath('soffice');
  return soffice !== null && writerComplete(soffice) && unoPython() !== null;
}

/**
 * Whether oracle tests can run. In CI a missing LibreOffice is an error, so the round-trip
 * invariant is never silently untested; locally the tests are skipped with a visible message.
 */
export function requireOracle(): boolean {
  if (libreOfficeAvailable()) return true;
  if (process.env['CI'] === 'true') {
    throw new Error('LibreOffice Writer (soffice, the full libreoffice-writer package) and python3-uno are required in CI for the oracle tests');
  }
  console.warn('LibreOffice Writer (libreoffice-writer, not -nogui) with python3-uno not found: oracle tests skipped');
  return false;
}

function runScript<T>(mode: 'roundtrip' | 'compare' | 'authors' | 'settings' | 'build', input: unknown): Promise<T> {
  const python = unoPython();
  if (python === null) return Promise.reject(new Error('no python3 with the uno module'));
  return new Promise((resolve, reject) => {
    const child = execFile(
      python,
      [mode === 'build' ? BUILD_SCRIPT : SCRIPT, mode],
      { timeout: BATCH_TIMEOUT_MS, maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' },
      (error, stdout, stderr) => {
        if (error) {
          reject(new Error(`LibreOffice oracle failed: ${stderr.trim() || error.message}`));
          return;
        }
        try {
          resolve(JSON.parse(stdout) as T);
        } catch {
          reject(new Error(`LibreOffice oracle gave no JSON: ${stdout.slice(0, 200)}`));
        }
      },
    );
    // a script that dies early closes its input: the exit is reported above, not as EPIPE
    child.stdin?.on('error', () => undefined);
    child.stdin?.end(JSON.stringify(input));
  });
}

/** Accept-all and reject-all texts for each file; writes `<file>.accepted.txt` / `.rejected.txt`. */
export function runOracle(files: string[]): Promise<OracleResult[]> {
  return runScript<OracleResult[]>('roundtrip', files);
}

/** Each file's tracked changes, with their type, author and text, as LibreOffice reads them. */
export function runAuthors(files: string[]): Promise<AuthorsResult[]> {
  return runScript<AuthorsResult[]>('authors', files);
}

/** Each body paragraph's direction, locales and fonts, as LibreOffice reads them. */
export function runSettings(files: string[]): Promise<SettingsResult[]> {
  return runScript<SettingsResult[]>('settings', files);
}

/** LibreOffice's own Compare Document, timed, for benchmarks. */
export function runCompare(pairs: { base: string; revised: string; out: string }[]): Promise<CompareResult[]> {
  return runScript<CompareResult[]>('compare', pairs);
}

/** Word files written by LibreOffice itself, one soffice for the batch. */
export function buildWithLibreOffice(specs: BuildSpec[]): Promise<BuildResult[]> {
  return runScript<BuildResult[]>('build', specs);
}

/**
 * The paragraphs of a text export, one per line, trailing white space trimmed, for clause by
 * clause comparison. Empty lines are dropped unless `keepEmpty`, which a writer's own tests use
 * to catch a paragraph left empty by accept or reject (a document always has one paragraph, so
 * an empty view is `['']`).
 */
export function oracleParagraphs(text: string, options: { keepEmpty?: boolean } = {}): string[] {
  const lines = text
    .replace(/^\uFEFF/u, '')
    .replace(/(?:\r\n|\r|\n)$/u, '')
    .split(/\r\n|\r|\n/u)
    .map((line) => line.trimEnd());
  return options.keepEmpty ? lines : lines.filter((line) => line !== '');
}
