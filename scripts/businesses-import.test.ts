import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RegistryProblem } from '../src/businesses/registryTypes';
import { BusinessesFile } from '../src/content/businessSchema';
import {
  formatJson,
  type ImportOutcome,
  jsonListLines,
  parseArgs,
  parseRegistryCsv,
  readRegistryText,
  runImport,
} from './businesses-import';

const ROOT = resolve(__dirname, '..');
const FIXTURES = join(ROOT, 'tests/fixtures/registry');
const tmp = mkdtempSync(join(tmpdir(), 'businesses-import-'));

function importFixture(name: string, extra: { strict?: boolean; demo?: boolean } = {}) {
  const out = join(tmp, `${name}.json`);
  const outcome = runImport({ file: join(FIXTURES, name), out, log: () => {}, ...extra });
  return { outcome, out };
}

const where = (problems: RegistryProblem[]) => problems.map((p) => `${p.line ?? `#${p.item}`} ${p.field}`);

describe('registry-vi.csv (BOM, ";", CRLF, Vietnamese headers, quoted newlines, NFD)', () => {
  let outcome: ImportOutcome;
  let out: string;
  beforeAll(() => {
    ({ outcome, out } = importFixture('registry-vi.csv'));
  });

  it('imports exactly the valid rows', () => {
    expect(outcome.exitCode).toBe(0);
    expect(outcome.businesses.map((b) => b.id)).toEqual([
      'LS-LT-001',
      'LS-AU-002',
      'LS-LH-003',
      'LS-TN-009',
      'LS-MS-010',
      'LS-LT-014',
    ]);
  });

  it('reports every bad row with the line it starts on and the field', () => {
    expect(where(outcome.problems)).toEqual([
      '7 phone',
      '8 lat/lng',
      '9 website',
      '10 id',
      '11 category',
      '12 name',
      '17 email',
      '19 phone',
      '19 booking',
      '20 lat/lng',
      '22 row',
    ]);
    expect(outcome.rejectedRows).toBe(10);
  });

  it('prints the report lines in the agreed form', () => {
    expect(outcome.report).toContain(
      'line 7 › phone › "12345" is not a Vietnamese phone number › use 0xxx xxx xxxx or +84 xxx xxx xxxx (e.g. 0912 345 678, 0205 3812 345)',
    );
    expect(outcome.report).toContain('note › unknown column(s) ignored: "Ghi chú", "Người nhập"');
    expect(outcome.report.at(-1)).toMatch(/^imported 6 of 16 rows, 10 rejected → /);
  });

  it('normalises text, phones, links and multi-line values', () => {
    const byId = new Map(outcome.businesses.map((b) => [b.id, b]));
    const au = byId.get('LS-AU-002');
    expect(au?.name.vi).toBe('Quán ăn Thử nghiệm Đông Kinh'.normalize('NFC'));
    expect(au?.name.vi.normalize('NFC')).toBe(au?.name.vi);
    expect(au?.address).toBe('Số 5, phố Thử, phường Thử, Lạng Sơn');
    expect(au?.location).toEqual({ lat: 21.8461, lng: 106.759 });
    expect(au?.phones).toEqual(['+84912345678']);
    expect(byId.get('LS-LT-001')?.phones).toEqual(['+842053812345']);
    expect(byId.get('LS-LT-001')?.website).toBe('https://www.example.com/ks');
    expect(byId.get('LS-LT-001')?.name.zh).toBe('奇穷测试酒店');
    expect(byId.get('LS-LH-003')?.openingHours).toBe('T2–T6: 7h30–17h00; T7: 8h00–11h30');
    expect(byId.get('LS-TN-009')?.address).toBe('Thôn Thử, xã Bắc Sơn');
    expect(byId.get('LS-TN-009')?.languages).toEqual(['vi', 'tyz', 'zh']);
    expect(byId.get('LS-MS-010')?.phones).toEqual(['+84912345679', '+842053812346']);
    expect(byId.get('LS-LT-014')?.nearSiteIds).toEqual(['mau-son']);
  });

  it('writes a schema-valid, non-demo file that Biome would not reformat', () => {
    const text = readFileSync(out, 'utf8');
    const file = BusinessesFile.parse(JSON.parse(text));
    expect(file.demo).toBe(false);
    expect(file.source).toBe('registry-vi.csv');
    expect(file.generated).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(text).toBe(`${formatJson(JSON.parse(text))}\n`);
    expect(text).not.toMatch(/\r/);
  });

  it('is byte-identical on a second import', () => {
    const again = importFixture('registry-vi.csv');
    expect(readFileSync(again.out)).toEqual(readFileSync(out));
  });
});

describe('registry-en.csv (",", LF, English headers in odd spellings)', () => {
  it('imports the valid rows and reports the bad ones', () => {
    const { outcome } = importFixture('registry-en.csv');
    expect(outcome.businesses.map((b) => [b.id, b.category])).toEqual([
      ['EN-001', 'lodging'],
      ['EN-002', 'food'],
      ['EN-003', 'travel-agency'],
      ['EN-004', 'transport'],
      ['EN-007', 'experience'],
    ]);
    expect(where(outcome.problems)).toEqual(['7 website', '8 lat', '10 category']);
    expect(outcome.businesses[0]?.name.vi).toBe('Nhà nghỉ Thử, chi nhánh 2');
    expect(outcome.businesses[1]?.phones).toEqual(['+84912000111']);
    expect(outcome.businesses[1]?.languages).toEqual(['vi', 'zh']);
    expect(outcome.businesses[2]?.address).toBe('5 Test Road, Đồng Đăng');
    expect(outcome.businesses[2]?.website).toBe('https://example.org/tours');
    expect(outcome.businesses[3]?.phones).toEqual(['+84912000222']);
    expect(outcome.report).toContain('note › unknown column(s) ignored: "internal_code"');
  });
});

describe('registry.json (JSON export)', () => {
  it('imports valid entries and reports bad ones at the line the entry starts', () => {
    const { outcome, out } = importFixture('registry.json');
    expect(outcome.exitCode).toBe(0);
    expect(outcome.businesses.map((b) => b.id)).toEqual(['J-001', 'J-002', 'J-008']);
    expect(outcome.problems.map((p) => `${p.line} #${p.item} ${p.field}`)).toEqual([
      '31 #3 row',
      '32 #4 id',
      '39 #5 phone',
      '47 #6 category',
      '53 #7 booking',
    ]);
    const j8 = outcome.businesses[2];
    expect(j8?.phones).toEqual(['+84912000444', '+842053812349']);
    expect(j8?.languages).toEqual(['vi', 'en', 'zh']);
    expect(outcome.businesses[0]?.languages).toEqual(['vi', 'en']);
    expect(outcome.report).toContain('note › unknown field(s) ignored: "ghi_chu"');
    expect(JSON.parse(readFileSync(out, 'utf8')).demo).toBe(false);
  });
});

describe('broken quoting', () => {
  it('reports the row with the unclosed quote and still imports the rows after it', () => {
    const { outcome } = importFixture('registry-broken-quote.csv');
    expect(where(outcome.problems)).toEqual(['3 row']);
    expect(outcome.businesses.map((b) => b.id)).toEqual(['Q-1', 'Q-3', 'Q-4', 'Q-5']);
    // A line break inside an address becomes ", ".
    expect(outcome.businesses[2]?.address).toBe('Lạng, Sơn');
  });
});

describe('unreadable files', () => {
  it.each([
    ['no-header.csv', /no recognisable header/],
    ['missing-columns.csv', /lacks required column\(s\): id, category, lat, lng/],
    ['windows-1258.csv', /not UTF-8/],
    ['does-not-exist.csv', /cannot read the file/],
  ])('%s → exit 2 and nothing written', (name, message) => {
    const { outcome, out } = importFixture(name);
    expect(outcome.exitCode).toBe(2);
    expect(outcome.report.join('\n')).toMatch(message);
    expect(() => readFileSync(out)).toThrow();
  });
});

describe('parseRegistryCsv', () => {
  it('numbers rows by physical line with CRLF, CR and LF and quoted newlines', () => {
    for (const nl of ['\r\n', '\n', '\r']) {
      const text = [
        'id,name,category,lat,lng',
        'A,"x',
        'y",food,21.85,106.76',
        '',
        'B,z,food,21.85,106.76',
      ].join(nl);
      const t = parseRegistryCsv(text);
      if (!t.ok) throw new Error(t.reason);
      expect(t.rows.map((r) => r.line)).toEqual([2, 5]);
      expect(t.rows[0]?.cells[1]).toEqual(['name', 'x\ny']);
    }
  });

  it('finds the separator from the header', () => {
    const semi = parseRegistryCsv(
      '\uFEFFmã;tên;loại hình;vĩ độ;kinh độ\nA;"Quán, Một";ăn uống;21,85;106,76\n',
    );
    expect(semi.ok && semi.delimiter).toBe(';');
    const tab = parseRegistryCsv('id\tname\tcategory\tlat\tlng\nA\tQuán\tfood\t21.85\t106.76\n');
    expect(tab.ok && tab.delimiter).toBe('\t');
  });

  it('skips a title and Excel\'s "sep=;" above the header, keeping file line numbers', () => {
    const t = parseRegistryCsv(
      'sep=;\nDANH SÁCH CƠ SỞ\n\nmã;tên;loại hình;vĩ độ;kinh độ\nA;Quán;ăn uống;21,85;106,76\n',
    );
    if (!t.ok) throw new Error(t.reason);
    expect([t.delimiter, t.headerLine, t.skippedLines, t.rows[0]?.line]).toEqual([';', 4, 2, 5]);
  });

  it('uses the first of two columns for the same field and says so', () => {
    const r = readRegistryText('id,name,tên,category,lat,lng\nA,First,Second,food,21.85,106.76\n', 'x.csv');
    if (!r.ok) throw new Error(r.reason);
    expect(r.notes).toEqual(['column "tên" repeats "name"; the first one is used']);
    expect(r.rows[0]?.cells.slice(1, 3)).toEqual([
      ['name', 'First'],
      ['tên', 'Second'],
    ]);
  });

  it('counts blank lines before the header', () => {
    const t = parseRegistryCsv('\n\nid,name,category,lat,lng\nA,Quán,food,21.85,106.76\n');
    expect(t.ok && t.headerLine).toBe(3);
    expect(t.ok && t.rows[0]?.line).toBe(4);
  });
});

describe('jsonListLines', () => {
  it('finds the start line of each element of the root array or of a named list', () => {
    expect(jsonListLines('[\n {"a": "[{,"},\n 2,\n\n [3]\n]')).toEqual([2, 3, 5]);
    expect(jsonListLines('{"x": [9],\n "items": [\n  {"b": {"c": [1, 2]}},\n  "s"\n]}', 'items')).toEqual([
      3, 4,
    ]);
  });

  it('agrees with readRegistryText on a compact file', () => {
    const r = readRegistryText('[{"id":"A"},\n{"id":"B"}]', 'x.json');
    expect(r.ok && r.rows.map((x) => x.line)).toEqual([1, 2]);
  });
});

describe('formatJson', () => {
  it('lays out objects one key per line and short lists inline', () => {
    expect(formatJson({ a: [1, 2], b: { c: 'd' }, e: [] })).toBe(
      '{\n  "a": [1, 2],\n  "b": {\n    "c": "d"\n  },\n  "e": []\n}',
    );
    const long = Array.from({ length: 12 }, (_, i) => `site-number-${i}`);
    expect(formatJson({ list: long }).split('\n')).toHaveLength(long.length + 4);
  });
});

describe('command line', () => {
  it('parses options', () => {
    expect(parseArgs(['a.csv', '--out', 'o.json', '--strict', '--demo', '--sites', 's'])).toEqual({
      file: 'a.csv',
      out: 'o.json',
      strict: true,
      demo: true,
      sitesDir: 's',
    });
    expect(parseArgs([])).toMatch(/give the registry export/);
    expect(parseArgs(['a.csv', '--out'])).toMatch(/--out needs a path/);
    expect(parseArgs(['a.csv', '--bogus'])).toMatch(/unknown option/);
  });

  const run = (args: string[]) => {
    try {
      return {
        status: 0,
        stdout: execFileSync(process.execPath, ['--import', 'tsx', 'scripts/businesses-import.ts', ...args], {
          cwd: ROOT,
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'pipe'],
        }),
      };
    } catch (e) {
      const err = e as { status: number; stdout: string };
      return { status: err.status, stdout: err.stdout };
    }
  };

  it('exits 0 with rejected rows, 1 with --strict, 2 when unreadable, and marks --demo', () => {
    const out = join(tmp, 'cli.json');
    const plain = run(['tests/fixtures/registry/registry-en.csv', '--out', out]);
    expect(plain.status).toBe(0);
    expect(plain.stdout).toContain(
      'line 7 › website › "JavaScript:alert(document.cookie)" uses "javascript:"',
    );
    expect(run(['tests/fixtures/registry/registry-en.csv', '--out', out, '--strict']).status).toBe(1);
    expect(run(['tests/fixtures/registry/no-header.csv', '--out', out]).status).toBe(2);
    expect(run([]).status).toBe(2);
    expect(run(['tests/fixtures/registry/registry-en.csv', '--out', out, '--demo']).status).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).demo).toBe(true);
  }, 60_000);
});
