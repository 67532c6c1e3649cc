import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Site } from '../src/content/schema';
import type { ContentBundle, Problem } from '../src/content/validate';
import { inspectGlb } from './models/inspectGlb';

/** DESIGN.md budgets for one site's model. */
export const MODEL_BUDGET = { bytes: 1.5 * 1024 * 1024, triangles: 300_000 };

export interface ModelRow {
  site: string;
  file: string;
  bytes: number;
  triangles: number;
  errors: number;
  warnings: number;
}

/** Runs the Khronos glTF Validator on every site model and checks it against the budget. */
export async function checkModels(
  bundle: ContentBundle,
  publicDir: string,
): Promise<{ rows: ModelRow[]; problems: Problem[] }> {
  const rows: ModelRow[] = [];
  const problems: Problem[] = [];
  for (const { file, data } of bundle.sites) {
    const parsed = Site.safeParse(data);
    if (!parsed.success) continue;
    for (const [i, m] of parsed.data.media.entries()) {
      if (m.kind !== 'model' || !bundle.publicFiles.has(m.file)) continue;
      const report = await inspectGlb(new Uint8Array(readFileSync(join(publicDir, m.file))));
      rows.push({ site: parsed.data.id, file: m.file, ...report });
      const field = `media[${i}].file`;
      for (const message of report.messages.filter((x) => x.startsWith('error') || x.includes(': error'))) {
        problems.push({
          severity: 'error',
          file,
          field,
          message: `glTF Validator: ${message}`,
          fix: 'export the model again with a valid glTF 2.0 exporter',
        });
      }
      if (report.errors > 0 && report.messages.length === 0) {
        problems.push({
          severity: 'error',
          file,
          field,
          message: `glTF Validator found ${report.errors} error(s)`,
          fix: 'run the model through the glTF Validator and fix them',
        });
      }
      if (report.bytes > MODEL_BUDGET.bytes) {
        problems.push({
          severity: 'error',
          file,
          field,
          message: `public/${m.file} is ${(report.bytes / 1048576).toFixed(2)} MB, over the 1.5 MB budget`,
          fix: 'compress it (glTF-Transform: meshopt/draco, KTX2 textures, fewer triangles)',
        });
      }
      if (report.triangles > MODEL_BUDGET.triangles) {
        problems.push({
          severity: 'error',
          file,
          field,
          message: `public/${m.file} has ${report.triangles} triangles, over the 300k budget`,
          fix: 'simplify the mesh (glTF-Transform simplify)',
        });
      }
    }
  }
  return { rows, problems };
}
