import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContentBundle } from '../../scripts/readContentBundle';
import { formatProblem, validateContent } from './validate';

/** The broken fixture plus a file that is not JSON at all (kept out of the repo so the linter can parse it). */
const BROKEN = (() => {
  const dir = join(mkdtempSync(join(tmpdir(), 'content-broken-')), 'content');
  cpSync('tests/fixtures/content-broken', dir, { recursive: true });
  writeFileSync(join(dir, 'sites', 'not-json.json'), '{ "id": "not-json", }\n');
  return dir;
})();
const broken = () => validateContent(readContentBundle(BROKEN, 'tests/fixtures/public-empty'));
const messages = () => broken().problems.map(formatProblem);

describe('validateContent', () => {
  it('accepts the valid fixture and the real content', () => {
    expect(
      validateContent(readContentBundle('tests/fixtures/content-valid', 'tests/fixtures/public-empty'))
        .problems,
    ).toEqual([]);
    const real = validateContent(readContentBundle('content', 'public'));
    expect(real.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(real.siteCount).toBe(21);
  });

  it('names file, field, problem and fix for a missing translation', () => {
    expect(messages()).toContain(
      `ERROR ${BROKEN}/sites/missing-zh.json › summary.zh › missing Chinese translation › add the Chinese text under "zh"`,
    );
  });

  it('reports duplicate ids, unknown categories, NFD text and too few facts', () => {
    const m = messages().join('\n');
    expect(m).toMatch(/sites\/mau-son\.json › id › duplicate site id "mau-son"/);
    expect(m).toMatch(/bad-fields\.json › category › .* › use one of: cave, pagoda-temple/);
    expect(m).toMatch(/bad-fields\.json › name\.vi › is not Unicode NFC/);
    expect(m).toMatch(/bad-fields\.json › facts › needs at least 4 key facts/);
  });

  it('reports broken cross-references: hotspots, files, sources, itinerary sites', () => {
    const m = messages().join('\n');
    expect(m).toMatch(
      /duplicate\.json › narration\[0\]\.target\.hotspot › hotspot "no-such-hotspot" does not exist/,
    );
    expect(m).toMatch(
      /duplicate\.json › media\[0\]\.file › file public\/models\/missing\.glb does not exist/,
    );
    expect(m).toMatch(/duplicate\.json › facts\[0\]\.src › source "S999" is not in/);
    expect(m).toMatch(/itineraries\.json › \[0\]\.siteIds\[1\] › site "nowhere" does not exist/);
  });

  it('reports approximate points without a note and unparseable JSON, and keeps the valid site', () => {
    const result = broken();
    const m = result.problems.map(formatProblem).join('\n');
    expect(m).toMatch(/approx-no-note\.json › location\.note › approximate locations need a note/);
    expect(m).toMatch(/not-json\.json › \(file\) › is not valid JSON/);
    expect(result.siteCount).toBe(3);
  });
});

describe('narration checks', () => {
  it('requires narration and existing recordings', () => {
    const m = messages().join('\n');
    expect(m).toMatch(/no-narration\.json › narration › the site has no narration/);
    expect(m).toMatch(
      /mau-son\.json › narration\[0\]\.audio\.en\.src › file public\/narration\/mau-son\/en-intro\.mp3 does not exist/,
    );
  });
});

describe('npm run content:check', () => {
  const run = (dir: string, publicDir = 'tests/fixtures/public-empty') => {
    try {
      return {
        code: 0,
        out: execFileSync('npx', ['tsx', 'scripts/content-check.ts', dir, publicDir], {
          encoding: 'utf8',
        }),
      };
    } catch (e) {
      const err = e as { status: number; stdout: string };
      return { code: err.status, out: err.stdout };
    }
  };

  it('exits non-zero and prints one line per problem on broken content', () => {
    const { code, out } = run(BROKEN);
    expect(code).toBe(1);
    expect(out).toContain(`ERROR ${BROKEN}/sites/missing-zh.json › summary.zh › missing Chinese translation`);
    expect(out).toMatch(/content:check: 3 valid site\(s\) of 7, 0 model\(s\) checked, \d+ error\(s\)/);
  });

  it('parses recorded narration captions and names the bad line', () => {
    const { code, out } = run(BROKEN, 'tests/fixtures/public-broken');
    expect(code).toBe(1);
    expect(out).toContain(
      'narration[0].audio.en.captions › public/narration/mau-son/en-intro.vtt: line 3: the cue ends before it starts',
    );
  });

  it('exits zero on valid content', () => {
    expect(run('tests/fixtures/content-valid').code).toBe(0);
  });
});
