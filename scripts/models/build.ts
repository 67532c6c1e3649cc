/** npm run models:build [-- <site-id> …]: generates public/models/<id>.glb, views.json and the content anchors. */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite } from './buildSite';
import { formatJson } from './formatJson';
import { inspectGlb } from './inspectGlb';
import { SITE_RECIPES } from './sites/siteRecipes';
import { updateSiteContent } from './updateSiteContent';
import { roundVec } from './vec';
import { checkView } from './viewCheck';
import type { View } from './views';

/** Hard limits from DESIGN.md, and the softer targets worth a warning. */
export const BUDGET = { bytes: 1_500_000, triangles: 300_000, aimBytes: 400_000 } as const;

const root = process.cwd();
const contentDir = join(root, 'content', 'sites');
const modelsDir = join(root, 'public', 'models');
const only = process.argv.slice(2);

interface Row {
  site: string;
  bytes: number;
  triangles: number;
  errors: number;
  warnings: number;
  notes: string[];
}

const rows: Row[] = [];
let failed = false;
const contentIds = readdirSync(contentDir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.slice(0, -5))
  .sort();
for (const id of contentIds)
  if (!SITE_RECIPES.some((r) => r.id === id)) console.warn(`! ${id}: no model recipe`);

const viewsFile = join(modelsDir, 'views.json');
// a partial build keeps the other sites' intro views
const intros: Record<string, View> =
  only.length > 0 && existsSync(viewsFile)
    ? (JSON.parse(readFileSync(viewsFile, 'utf8')) as Record<string, View>)
    : {};
for (const recipe of [...SITE_RECIPES].sort((a, b) => a.id.localeCompare(b.id))) {
  if (only.length > 0 && !only.includes(recipe.id)) continue;
  const { built, glb } = await buildSite(recipe);
  intros[recipe.id] = { position: roundVec(built.intro.position), target: roundVec(built.intro.target) };
  writeFileSync(join(modelsDir, `${recipe.id}.glb`), glb);
  const report = await inspectGlb(glb);
  const notes: string[] = [...report.messages];
  if (report.bytes > BUDGET.bytes) notes.push(`over the ${BUDGET.bytes} byte budget`);
  if (report.triangles > BUDGET.triangles) notes.push(`over the ${BUDGET.triangles} triangle budget`);
  for (const p of checkView(built.scene, built.terrain, built.intro, {
    minDistance: 10,
    maxDistance: 40,
    lineOfSight: false,
  }))
    notes.push(`intro view: ${p}`);
  for (const [hid, h] of built.hotspots)
    for (const p of checkView(built.scene, built.terrain, h.view)) notes.push(`${hid}: ${p}`);
  if (contentIds.includes(recipe.id)) {
    const update = updateSiteContent(
      join(contentDir, `${recipe.id}.json`),
      recipe.id,
      built.hotspots,
      intros[recipe.id],
    );
    for (const m of update.missing) notes.push(`hotspot ${m} is in the content but not placed in the model`);
    for (const u of update.unknown) notes.push(`model places hotspot ${u}, which the content does not have`);
  } else {
    notes.push('no content file for this model');
  }
  if (notes.length > 0 || report.errors > 0) failed = true;
  rows.push({
    site: recipe.id,
    bytes: report.bytes,
    triangles: report.triangles,
    errors: report.errors,
    warnings: report.warnings,
    notes,
  });
}
const sortedIntros = Object.fromEntries(Object.entries(intros).sort(([a], [b]) => a.localeCompare(b)));
writeFileSync(viewsFile, formatJson(sortedIntros));

const pad = (s: string | number, n: number, right = false): string =>
  right ? String(s).padStart(n) : String(s).padEnd(n);
console.log(
  `${pad('site', 30)} ${pad('bytes', 9, true)} ${pad('triangles', 9, true)} ${pad('errors', 6, true)} ${pad('warnings', 8, true)}`,
);
for (const r of rows) {
  const soft = r.bytes > BUDGET.aimBytes ? ' (above the 400 KB aim)' : '';
  console.log(
    `${pad(r.site, 30)} ${pad(r.bytes, 9, true)} ${pad(r.triangles, 9, true)} ${pad(r.errors, 6, true)} ${pad(r.warnings, 8, true)}${soft}`,
  );
  for (const n of r.notes) console.log(`    ! ${n}`);
}
const total = rows.reduce((a, r) => a + r.bytes, 0);
console.log(`${rows.length} model(s), ${total} bytes in total${failed ? ' — FAILED' : ''}`);
process.exit(failed ? 1 : 0);
