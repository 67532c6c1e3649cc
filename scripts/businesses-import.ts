/**
 * npm run businesses:import -- <file.csv|file.json> [--out <path>] [--strict] [--demo] [--sites <dir>]
 * Reads the province's tourism-business registry export and writes content/businesses.json.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { z } from 'zod';
import { formatProblem } from '../src/businesses/formatProblem';
import { importRegistryRows } from '../src/businesses/importRegistryRows';
import { headerAliases, mapHeaders } from '../src/businesses/mapHeaders';
import { registryRowsFromJson } from '../src/businesses/registryRowsFromJson';
import type { Located, RegistryProblem, RegistryRow } from '../src/businesses/registryTypes';
import { type Business, BusinessesFile } from '../src/content/businessSchema';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const DEFAULT_OUT = join(ROOT, 'content', 'businesses.json');
export const DEFAULT_SITES_DIR = join(ROOT, 'content', 'sites');

/** Paths in the report as the user would type them (relative to the working directory when inside it). */
function shown(path: string): string {
  const rel = relative(process.cwd(), resolve(path));
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}

/** A file-level failure: nothing can be imported. */
export interface Fatal {
  ok: false;
  reason: string;
  fix: string;
}

/** Bytes → text. UTF-8 with or without BOM; UTF-16 only with its BOM; anything else is refused, not guessed. */
export function decodeRegistryBytes(bytes: Uint8Array): { ok: true; text: string } | Fatal {
  try {
    if (bytes[0] === 0xff && bytes[1] === 0xfe) {
      return { ok: true, text: new TextDecoder('utf-16le', { fatal: true }).decode(bytes.subarray(2)) };
    }
    if (bytes[0] === 0xfe && bytes[1] === 0xff) {
      return { ok: true, text: new TextDecoder('utf-16be', { fatal: true }).decode(bytes.subarray(2)) };
    }
    // TextDecoder drops a UTF-8 BOM by default.
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return {
      ok: false,
      reason: 'the file is not UTF-8 text (perhaps Windows-1258 or TCVN3)',
      fix: 'export or save it as "CSV UTF-8" (Excel) or UTF-8 (LibreOffice)',
    };
  }
}

export interface CsvTable {
  ok: true;
  delimiter: ',' | ';' | '\t';
  headerLine: number;
  headers: string[];
  /** Data rows, each with the physical line it starts on (header = line 1 when it is the first line). */
  rows: RegistryRow[];
  /** Rows broken at the CSV level (unclosed quotes, too many fields). */
  problems: RegistryProblem[];
  ignoredColumns: string[];
  repeatedColumns: { header: string; first: string }[];
  /** Non-blank lines above the header (a title, Excel's "sep=;"), skipped. */
  skippedLines: number;
}

const DELIMITERS = [',', ';', '\t'] as const;

const isBlank = (cells: readonly string[]) => cells.every((c) => c.trim() === '');

/** Exports from office systems may put a title or Excel's "sep=;" above the header, so look a few lines down. */
const HEADER_SEARCH_LINES = 10;

/** The header line (0-based) and separator that give the most known columns; earliest line wins ties. */
function findHeader(text: string): { index: number; delimiter: (typeof DELIMITERS)[number] } | undefined {
  const lines = text.split('\n', 200);
  let best:
    | { index: number; delimiter: (typeof DELIMITERS)[number]; known: number; cells: number }
    | undefined;
  let looked = 0;
  for (let index = 0; index < lines.length && looked < HEADER_SEARCH_LINES; index++) {
    const line = lines[index] as string;
    if (line.trim() === '') continue;
    looked++;
    for (const d of DELIMITERS) {
      const cells = Papa.parse<string[]>(line, { delimiter: d, newline: '\n' }).data[0] ?? [];
      const known = mapHeaders(cells).fields.filter((f) => f !== undefined).length;
      const better =
        !best ||
        known > best.known ||
        (known === best.known && index === best.index && cells.length > best.cells);
      if (known > 0 && better) best = { index, delimiter: d, known, cells: cells.length };
    }
  }
  return best && { index: best.index, delimiter: best.delimiter };
}

interface RawRow {
  line: number;
  cells: string[];
  quoteError?: boolean;
}

/** Rows with their start line (from Papaparse's step cursor, so quoted newlines count); resumes after a broken quote. */
function csvRows(text: string, delimiter: string): RawRow[] {
  const rows: RawRow[] = [];
  let base = 0;
  // Line number at `countedTo`, advanced incrementally (10k-row files stay linear).
  let countedTo = 0;
  let lineAt = 1;
  const lineOf = (offset: number) => {
    for (let i = countedTo; i < offset; i++) if (text.charCodeAt(i) === 10) lineAt++;
    countedTo = offset;
    return lineAt;
  };
  while (base < text.length) {
    let start = base;
    let resumeAt: number | undefined;
    Papa.parse<string[]>(text.slice(base), {
      delimiter,
      newline: '\n',
      quoteChar: '"',
      step: (result, parser) => {
        const line = lineOf(start);
        const broken = result.errors.find((e) => e.code === 'MissingQuotes' || e.code === 'InvalidQuotes');
        if (broken) {
          rows.push({ line, cells: result.data, quoteError: true });
          const nl = text.indexOf('\n', start);
          resumeAt = nl === -1 ? text.length : nl + 1;
          parser.abort();
          return;
        }
        rows.push({ line, cells: result.data });
        // Newlines are normalised to "\n", so the next row starts one character after this one ends.
        start = base + result.meta.cursor + 1;
      },
    });
    if (resumeAt === undefined) break;
    base = resumeAt;
  }
  return rows;
}

/** CSV text → header and rows. Newlines are normalised first; CRLF, LF and CR each count as one line. */
export function parseRegistryCsv(input: string): CsvTable | Fatal {
  const text = input.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const found = findHeader(text);
  if (!found) {
    return {
      ok: false,
      reason: 'no recognisable header row (none of its columns is a registry field)',
      fix: 'put the column names on the first line: id, name, category, lat, lng, … or mã, tên, loại hình, vĩ độ, kinh độ, …',
    };
  }
  const { delimiter } = found;
  // Lines above the header become blank (newlines kept), so line numbers stay those of the file.
  const above = found.index === 0 ? [] : text.split('\n', found.index);
  const preamble = above.filter((l) => l.trim() !== '').length;
  const body =
    found.index === 0 ? text : '\n'.repeat(found.index) + text.split('\n').slice(found.index).join('\n');
  const raw = csvRows(body, delimiter);
  const headerRow = raw.find((r) => !isBlank(r.cells));
  if (!headerRow) return { ok: false, reason: 'the file is empty', fix: 'export the registry again' };
  const headers = headerRow.cells.map((h) => h.trim());
  const mapping = mapHeaders(headers);
  if (mapping.missing.length > 0) {
    return {
      ok: false,
      reason: `the header lacks required column(s): ${mapping.missing.join(', ')}`,
      fix: `add ${mapping.missing.map((f) => `"${f}" (or "${headerAliases(f).slice(1, 3).join('" / "')}")`).join(', ')}`,
    };
  }
  const rows: RegistryRow[] = [];
  const problems: RegistryProblem[] = [];
  for (const r of raw.slice(raw.indexOf(headerRow) + 1)) {
    if (r.quoteError) {
      problems.push({
        line: r.line,
        field: 'row',
        reason: 'a quoted value starting on this line is not closed where the value ends',
        fix: 'close every quoted value with ", and write a quote inside a quoted value as ""',
      });
      continue;
    }
    if (isBlank(r.cells)) continue;
    // Also when the extra values are empty: a stray separator shifts every later value one column right.
    if (r.cells.length > headers.length) {
      const shown = delimiter === '\t' ? 'tab' : `"${delimiter}"`;
      problems.push({
        line: r.line,
        field: 'row',
        reason: `has ${r.cells.length} values but the header has ${headers.length} columns`,
        fix: `put quotes around values that contain the separator ${shown}`,
      });
      continue;
    }
    rows.push({ line: r.line, cells: headers.map((h, i) => [h, r.cells[i] ?? ''] as const) });
  }
  return {
    ok: true,
    delimiter,
    headerLine: headerRow.line,
    headers,
    rows,
    problems,
    ignoredColumns: mapping.unknown,
    repeatedColumns: mapping.repeated.map(({ header, first }) => ({ header, first })),
    skippedLines: preamble,
  };
}

/** Start line of each element of the root array or of the root object's `listKey` array (valid JSON only). */
export function jsonListLines(text: string, listKey?: string): number[] {
  const out: number[] = [];
  const stack: ('{' | '[')[] = [];
  const expectKey: boolean[] = [];
  let rootKey: string | undefined;
  let targetDepth = -1;
  let line = 1;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (i < text.length) {
    const c = text[i] as string;
    if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) line++;
    if (c === '\n' || c === '\r' || c === ' ' || c === '\t') {
      i++;
      continue;
    }
    const depth = stack.length;
    if (c === ',' || c === ':') {
      if (stack[depth - 1] === '{') expectKey[depth - 1] = c === ',';
      i++;
      continue;
    }
    if (c === '}' || c === ']') {
      stack.pop();
      expectKey.pop();
      i++;
      continue;
    }
    const isKey = stack[depth - 1] === '{' && expectKey[depth - 1] === true;
    if (!isKey && depth === targetDepth) out.push(line);
    if (c === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      if (isKey && depth === 1) rootKey = JSON.parse(text.slice(i, j + 1)) as string;
      i = j + 1;
      continue;
    }
    if (c === '{' || c === '[') {
      const isTarget =
        c === '[' &&
        (listKey === undefined ? depth === 0 : depth === 1 && stack[0] === '{' && rootKey === listKey);
      stack.push(c);
      expectKey.push(c === '{');
      if (isTarget && targetDepth === -1) targetDepth = stack.length;
      i++;
      continue;
    }
    while (i < text.length && !/[\s,\]}:]/.test(text[i] as string)) i++;
  }
  return out;
}

export interface RegistryInput {
  ok: true;
  format: 'csv' | 'json';
  /** How the file was understood, for the report's first line. */
  description: string;
  rows: RegistryRow[];
  problems: RegistryProblem[];
  notes: string[];
  demo: boolean;
}

/** File text → rows ready for importRegistryRows, JSON or CSV by content (a leading [ or {). */
export function readRegistryText(text: string, fileName: string): RegistryInput | Fatal {
  const body = text.replace(/^\uFEFF/, '');
  const looksJson = /\.json$/i.test(fileName) || /^\s*[[{]/.test(body);
  if (looksJson) {
    let json: unknown;
    try {
      json = JSON.parse(body);
    } catch (e) {
      return {
        ok: false,
        reason: `not valid JSON (${(e as Error).message})`,
        fix: 'export the registry again',
      };
    }
    const parsed = registryRowsFromJson(json);
    if (!parsed.ok) return parsed;
    const lines = jsonListLines(body, parsed.listKey);
    // Entries carry their line too, so JSON reports read like CSV ones.
    const withLine = <T extends { item?: number }>(x: T): T & { line?: number } => {
      const line = x.item !== undefined ? lines[x.item - 1] : undefined;
      return line !== undefined ? { ...x, line } : x;
    };
    return {
      ok: true,
      format: 'json',
      description: `JSON, ${parsed.rows.length + parsed.problems.length} entries${parsed.listKey ? ` under "${parsed.listKey}"` : ''}`,
      rows: parsed.rows.map(withLine),
      problems: parsed.problems.map(withLine),
      notes: [],
      demo: parsed.demo,
    };
  }
  const table = parseRegistryCsv(body);
  if (!table.ok) return table;
  const sep = table.delimiter === '\t' ? 'tab' : `"${table.delimiter}"`;
  return {
    ok: true,
    format: 'csv',
    description: `CSV, separator ${sep}, header on line ${table.headerLine}, ${table.rows.length + table.problems.length} rows`,
    rows: table.rows,
    problems: table.problems,
    notes: [
      ...(table.skippedLines > 0 ? [`${table.skippedLines} line(s) above the header were skipped`] : []),
      ...table.repeatedColumns.map((r) => `column "${r.header}" repeats "${r.first}"; the first one is used`),
    ],
    demo: false,
  };
}

const SiteLocation = z.object({ id: z.string(), location: z.object({ lat: z.number(), lng: z.number() }) });

/** Ids and coordinates of content/sites/*.json, in file-name order; unreadable files are skipped. */
export function loadSites(dir: string = DEFAULT_SITES_DIR): Located[] {
  const out: Located[] = [];
  for (const f of readdirSync(dir)
    .filter((n) => n.endsWith('.json'))
    .sort()) {
    try {
      const parsed = SiteLocation.safeParse(JSON.parse(readFileSync(join(dir, f), 'utf8')));
      if (parsed.success) out.push({ id: parsed.data.id, location: parsed.data.location });
    } catch {
      // content:check reports broken site files; nearby lists just lack that site.
    }
  }
  return out;
}

/** JSON laid out as Biome formats it, so `biome check .` stays clean on the generated file. */
export function formatJson(value: unknown, indent = 0, lineStart = 0): string {
  const pad = (n: number) => ' '.repeat(n);
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    const primitive = value.every((v) => v === null || typeof v !== 'object');
    if (primitive) {
      const inline = `[${value.map((v) => JSON.stringify(v)).join(', ')}]`;
      // +1 for a trailing comma, which Biome counts against the line width.
      if (lineStart + inline.length + 1 <= 110) return inline;
    }
    const items = value.map((v) => `${pad(indent + 2)}${formatJson(v, indent + 2, indent + 2)}`);
    return `[\n${items.join(',\n')}\n${pad(indent)}]`;
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    if (entries.length === 0) return '{}';
    const lines = entries.map(([k, v]) => {
      const head = `${pad(indent + 2)}${JSON.stringify(k)}: `;
      return `${head}${formatJson(v, indent + 2, head.length)}`;
    });
    return `{\n${lines.join(',\n')}\n${pad(indent)}}`;
  }
  return JSON.stringify(value);
}

export interface ImportOptions {
  file: string;
  out?: string;
  strict?: boolean;
  demo?: boolean;
  sitesDir?: string;
  /** Where report lines go (console.log by default). */
  log?: (line: string) => void;
}

export interface ImportOutcome {
  exitCode: number;
  imported: number;
  rejectedRows: number;
  problems: RegistryProblem[];
  businesses: Business[];
  /** The report exactly as printed. */
  report: string[];
}

/** Reads, validates, reports and writes; returns the exit code instead of exiting (tests call it). */
export function runImport(options: ImportOptions): ImportOutcome {
  const report: string[] = [];
  const log = (line: string) => {
    report.push(line);
    (options.log ?? console.log)(line);
  };
  const out = options.out ?? DEFAULT_OUT;
  const fail = (reason: string, fix: string): ImportOutcome => {
    log(`businesses:import: cannot import ${shown(options.file)}: ${reason} › ${fix}`);
    return { exitCode: 2, imported: 0, rejectedRows: 0, problems: [], businesses: [], report };
  };

  let bytes: Uint8Array;
  try {
    bytes = readFileSync(options.file);
  } catch (e) {
    return fail(
      `cannot read the file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`,
      'check the path',
    );
  }
  const decoded = decodeRegistryBytes(bytes);
  if (!decoded.ok) return fail(decoded.reason, decoded.fix);
  const input = readRegistryText(decoded.text, options.file);
  if (!input.ok) return fail(input.reason, input.fix);

  const sites = loadSites(options.sitesDir ?? DEFAULT_SITES_DIR);
  const result = importRegistryRows(input.rows, sites);
  const problems = [...input.problems, ...result.problems].sort(
    (a, b) => (a.line ?? a.item ?? 0) - (b.line ?? b.item ?? 0),
  );
  const demo = options.demo === true || input.demo;

  log(`businesses:import: ${shown(options.file)} (${input.description})`);
  if (result.ignoredColumns.length > 0) {
    const kind = input.format === 'csv' ? 'column(s)' : 'field(s)';
    log(`note › unknown ${kind} ignored: ${result.ignoredColumns.map((c) => JSON.stringify(c)).join(', ')}`);
  }
  for (const n of input.notes) log(`note › ${n}`);
  for (const p of problems) log(formatProblem(p));

  const file: BusinessesFile = {
    demo,
    source: basename(options.file),
    generated: `sha256:${createHash('sha256').update(bytes).digest('hex')}`,
    businesses: result.businesses,
  };
  // The importer builds valid businesses; this guards the file contract itself.
  const checked = BusinessesFile.safeParse(file);
  if (!checked.success) {
    return fail(
      `internal error: output fails the schema (${checked.error.issues[0]?.message})`,
      'report a bug',
    );
  }
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${formatJson(file)}\n`);

  const rejectedRows = new Set(problems.map((p) => p.line ?? p.item)).size;
  const total = result.businesses.length + rejectedRows;
  log(
    `imported ${result.businesses.length} of ${total} rows, ${rejectedRows} rejected → ${shown(out)}${demo ? ' (demo data)' : ''}`,
  );
  const exitCode = options.strict && rejectedRows > 0 ? 1 : 0;
  return {
    exitCode,
    imported: result.businesses.length,
    rejectedRows,
    problems,
    businesses: result.businesses,
    report,
  };
}

const USAGE =
  'usage: npm run businesses:import -- <registry.csv|registry.json> [--out <path>] [--strict] [--demo] [--sites <dir>]';

/** Command-line arguments → options, or an error message. */
export function parseArgs(argv: readonly string[]): ImportOptions | string {
  let file: string | undefined;
  const opts: Omit<ImportOptions, 'file'> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '--strict') opts.strict = true;
    else if (a === '--demo') opts.demo = true;
    else if (a === '--out' || a === '--sites') {
      const v = argv[++i];
      if (!v) return `${a} needs a path`;
      if (a === '--out') opts.out = v;
      else opts.sitesDir = v;
    } else if (a.startsWith('--')) return `unknown option ${a}`;
    else if (file === undefined) file = a;
    else return `only one input file, got ${file} and ${a}`;
  }
  if (!file) return 'give the registry export to import';
  return { file, ...opts };
}

function main(): void {
  const parsed = parseArgs(process.argv.slice(2));
  if (typeof parsed === 'string') {
    console.error(`businesses:import: ${parsed}\n${USAGE}`);
    process.exit(2);
  }
  process.exit(runImport(parsed).exitCode);
}

// Run only as a command, not when tests or the demo script import the functions above.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
