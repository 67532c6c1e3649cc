import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { haversineKm } from '../src/businesses/haversineKm';
import {
  BUSINESS_CATEGORIES,
  type BusinessesFile,
  BusinessesFile as FileSchema,
} from '../src/content/businessSchema';
import {
  DEMO_HEADERS,
  type DemoInputs,
  generateDemoCsv,
  loadDemoInputs,
  mulberry32,
  runDemo,
} from './businesses-demo';
import { parseRegistryCsv } from './businesses-import';

describe('mulberry32', () => {
  it('repeats for the same seed and differs for another', () => {
    const a = mulberry32(7);
    const b = mulberry32(7);
    const c = mulberry32(8);
    const xs = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(xs);
    expect(c()).not.toBe(xs[0]);
    for (const x of xs) expect(x >= 0 && x < 1).toBe(true);
  });
});

describe('demo registry', () => {
  let inputs: DemoInputs;
  let file: BusinessesFile;
  let csv: string;
  let json: string;
  const tmp = mkdtempSync(join(tmpdir(), 'businesses-demo-'));

  beforeAll(() => {
    inputs = loadDemoInputs();
    const csvPath = join(tmp, 'demo-registry.csv');
    const out = join(tmp, 'businesses.json');
    expect(runDemo({ csvPath, out, log: () => {} })).toBe(0);
    csv = readFileSync(csvPath, 'utf8');
    json = readFileSync(out, 'utf8');
    file = FileSchema.parse(JSON.parse(json));
  }, 60_000);

  it('generates the same bytes every time', () => {
    expect(generateDemoCsv(inputs)).toBe(csv);
    const dir = mkdtempSync(join(tmpdir(), 'businesses-demo-again-'));
    const again = {
      csvPath: join(dir, 'demo-registry.csv'),
      out: join(dir, 'businesses.json'),
      log: () => {},
    };
    runDemo(again);
    expect(readFileSync(again.csvPath)).toEqual(Buffer.from(csv));
    expect(readFileSync(again.out)).toEqual(Buffer.from(json));
  }, 60_000);

  it('changes with the seed', () => {
    expect(generateDemoCsv(inputs, { seed: 1 })).not.toBe(csv);
  });

  it('uses Vietnamese headers that the importer recognises', () => {
    const t = parseRegistryCsv(csv);
    expect(t.ok && t.headers).toEqual([...DEMO_HEADERS]);
    expect(t.ok && t.ignoredColumns).toEqual([]);
  });

  it('imports every row, marked demo, with a fixed fingerprint instead of a time', () => {
    expect(file.demo).toBe(true);
    expect(file.source).toBe('demo-registry.csv');
    expect(file.generated).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(file.businesses.length).toBeGreaterThanOrEqual(460);
  });

  it('covers all six categories in plausible proportions', () => {
    const n = file.businesses.length;
    const share = (c: string) => file.businesses.filter((b) => b.category === c).length / n;
    for (const c of BUSINESS_CATEGORIES) expect(share(c)).toBeGreaterThan(0.03);
    expect(share('lodging') + share('food')).toBeGreaterThan(0.45);
    expect(share('travel-agency')).toBeLessThan(share('lodging'));
  });

  it('marks every name as demo, invents no phone numbers, links only reserved domains', () => {
    for (const b of file.businesses) {
      expect(b.name.vi).toMatch(/ \(demo\)$/);
      if (b.name.en) expect(b.name.en).toMatch(/ \(demo\)$/);
      if (b.name.zh) expect(b.name.zh).toMatch(/（演示）$/);
      expect(b.phones).toEqual([]);
      for (const link of [b.website, b.booking]) {
        if (link) expect(new URL(link).hostname).toMatch(/^example\.(com|org|net)$/);
      }
      if (b.email) expect(b.email).toMatch(/@example\.(com|org|net)$/);
    }
    expect(file.businesses.some((b) => b.website)).toBe(true);
    expect(file.businesses.some((b) => b.booking)).toBe(true);
    expect(file.businesses.some((b) => b.email)).toBe(true);
  });

  it('is weighted towards Lạng Sơn city and the tourist areas', () => {
    const town = (label: string) => inputs.towns.find((t) => t.label === label);
    const within = (p: { lat: number; lng: number } | undefined, km: number) =>
      p ? file.businesses.filter((b) => haversineKm(b.location, p) <= km).length : 0;
    const n = file.businesses.length;
    expect(within(town('Lạng Sơn'), 5) / n).toBeGreaterThan(0.25);
    expect(within(inputs.sites.find((s) => s.id === 'mau-son')?.location, 6)).toBeGreaterThan(15);
    expect(within(town('Bắc Sơn'), 7)).toBeGreaterThan(15);
    expect(within(town('Đồng Đăng'), 4)).toBeGreaterThan(15);
    expect(within(town('Hữu Lũng'), 5)).toBeGreaterThan(5);
    // Most businesses have a site nearby, so the site pages have something to show.
    expect(file.businesses.filter((b) => b.nearSiteIds.length > 0).length / n).toBeGreaterThan(0.6);
  });
});
