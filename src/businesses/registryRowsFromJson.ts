import { fieldForHeader, headerKey } from './mapHeaders';
import type { RegistryProblem, RegistryRow } from './registryTypes';

/** Keys under which an export may wrap its list ({"businesses": [...]}, {"data": [...]}, …). */
const LIST_KEYS = new Set(['businesses', 'items', 'data', 'records', 'rows', 'cosokinhdoanh', 'danhsach']);

export type JsonRows =
  | {
      ok: true;
      rows: RegistryRow[];
      /** The wrapping key, when the list is not the root (lets the CLI find line numbers). */
      listKey?: string;
      /** The export marks itself as demo data ({"demo": true, ...}). */
      demo: boolean;
      /** List entries that are not objects. */
      problems: RegistryProblem[];
    }
  | { ok: false; reason: string; fix: string };

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** A parsed JSON export → rows keyed as in the file; the same field names as the CSV headers. */
export function registryRowsFromJson(json: unknown): JsonRows {
  let list: unknown[] | undefined;
  let listKey: string | undefined;
  let demo = false;
  if (Array.isArray(json)) list = json;
  else if (isRecord(json)) {
    demo = json.demo === true;
    const arrays = Object.entries(json).filter(([, v]) => Array.isArray(v));
    const named = arrays.find(([k]) => LIST_KEYS.has(headerKey(k)));
    const chosen = named ?? (arrays.length === 1 ? arrays[0] : undefined);
    if (chosen) {
      listKey = chosen[0];
      list = chosen[1] as unknown[];
    }
  }
  if (!list) {
    return {
      ok: false,
      reason: 'no list of businesses found',
      fix: 'give a JSON array of objects, or an object with a "businesses" array',
    };
  }
  const rows: RegistryRow[] = [];
  const problems: RegistryProblem[] = [];
  list.forEach((entry, i) => {
    if (isRecord(entry)) rows.push({ item: i + 1, cells: Object.entries(entry) });
    else {
      problems.push({
        item: i + 1,
        field: 'row',
        reason: `expected an object but found ${Array.isArray(entry) ? 'a list' : JSON.stringify(entry)}`,
        fix: 'give each business as an object with fields such as "id", "name", "category"',
      });
    }
  });
  const recognised = rows.some((r) => r.cells.some(([k]) => fieldForHeader(k) !== undefined));
  if (rows.length > 0 && !recognised) {
    return {
      ok: false,
      reason: 'none of the objects has a known field',
      fix: 'name the fields id, name, category, lat, lng, … (or mã, tên, loại hình, vĩ độ, kinh độ, …)',
    };
  }
  return { ok: true, rows, ...(listKey !== undefined && { listKey }), demo, problems };
}
