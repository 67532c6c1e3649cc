import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite } from './buildSite';
import { inspectGlb } from './inspectGlb';
import { doanThanh } from './sites/doanThanh';
import { SITE_RECIPES } from './sites/siteRecipes';
import { checkView } from './viewCheck';

const BUDGET = { bytes: 1_500_000, triangles: 300_000 };

// one build shared by the tests below; the determinism test makes a second one
const first = buildSite(doanThanh);

describe('buildSite', () => {
  it('is deterministic: the same recipe gives byte-identical GLBs', async () => {
    const a = await first;
    const b = await buildSite(doanThanh);
    expect(a.glb.byteLength).toBeGreaterThan(1000);
    expect(Buffer.from(a.glb).equals(Buffer.from(b.glb))).toBe(true);
  });

  it('produces a GLB that validates with no errors and stays within budget', async () => {
    const { glb, built } = await first;
    const report = await inspectGlb(glb);
    expect(report.messages).toEqual([]);
    expect(report.errors).toBe(0);
    expect(report.bytes).toBeLessThanOrEqual(BUDGET.bytes);
    expect(report.triangles).toBeGreaterThan(1000);
    expect(report.triangles).toBeLessThanOrEqual(BUDGET.triangles);
    expect(report.triangles).toBe(built.scene.triangleCount);
  });

  it('frames every hotspot from a sensible distance with a clear line of sight', async () => {
    const { built } = await first;
    expect(built.hotspots.size).toBeGreaterThan(0);
    for (const [id, h] of built.hotspots)
      expect([id, checkView(built.scene, built.terrain, h.view)]).toEqual([id, []]);
  });

  it('has one recipe per content site', () => {
    const sites = readdirSync(join(process.cwd(), 'content', 'sites'))
      .filter((f) => f.endsWith('.json'))
      .map((f) => f.slice(0, -5))
      .sort();
    expect(SITE_RECIPES.map((r) => r.id).sort()).toEqual(sites);
  });
});
