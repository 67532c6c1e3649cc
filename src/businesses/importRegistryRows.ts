import type { Business } from '../content/businessSchema';
import { cleanText } from './cleanText';
import { fieldForHeader } from './mapHeaders';
import { nearSiteIds } from './nearest';
import type { Located, RegistryField, RegistryProblem, RegistryRow } from './registryTypes';
import { type RegistryValues, rowToBusiness } from './rowToBusiness';

export interface RegistryImport {
  businesses: Business[];
  /** Every reason a row was rejected, in row order; a row may have several. */
  problems: RegistryProblem[];
  /** Rows looked at (blank lines excluded). */
  rowCount: number;
  /** Columns / keys the importer does not know, as written, in order of first appearance. */
  ignoredColumns: string[];
}

const where = (row: RegistryRow) => ({
  ...(row.line !== undefined && { line: row.line }),
  ...(row.item !== undefined && { item: row.item }),
});

/** Rows → businesses; a bad row is reported and skipped, a repeated id (any case, as in URLs) loses to the first. */
export function importRegistryRows(rows: readonly RegistryRow[], sites: readonly Located[]): RegistryImport {
  const businesses: Business[] = [];
  const problems: RegistryProblem[] = [];
  const ignored = new Set<string>();
  const firstRowOfId = new Map<string, RegistryRow>();

  for (const row of rows) {
    const values: RegistryValues = {};
    const seen = new Set<RegistryField>();
    for (const [key, value] of row.cells) {
      const field = fieldForHeader(key);
      if (!field) {
        if (key.trim() !== '') ignored.add(key.trim());
        continue;
      }
      // A repeated column (e.g. "name" and "tên") never overrides the first one.
      if (seen.has(field)) continue;
      seen.add(field);
      values[field] = value;
    }

    const result = rowToBusiness(values);
    const errors = result.ok ? [] : [...result.errors];
    const rawId = values.id;
    const id = result.ok
      ? result.business.id
      : typeof rawId === 'string' || typeof rawId === 'number'
        ? cleanText(String(rawId))
        : undefined;
    if (id) {
      const first = firstRowOfId.get(id.toLowerCase());
      if (first) {
        const at = first.line !== undefined ? `line ${first.line}` : `item ${first.item}`;
        errors.unshift({
          field: 'id',
          reason: `duplicate id ${JSON.stringify(id)} (first used on ${at}, which is kept)`,
          fix: 'give each business its own id, or remove the repeated row',
        });
      } else firstRowOfId.set(id.toLowerCase(), row);
    }
    if (result.ok && errors.length === 0) {
      businesses.push({ ...result.business, nearSiteIds: nearSiteIds(result.business.location, sites) });
    } else {
      for (const e of errors) problems.push({ ...where(row), ...e });
    }
  }
  return { businesses, problems, rowCount: rows.length, ignoredColumns: [...ignored] };
}
