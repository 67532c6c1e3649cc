import type { BusinessCategory } from '../content/businessSchema';
import { BUSINESS_CATEGORIES } from '../content/enums';

/** The directory's state in its URL (?q=…&cat=lodging,food&speaks=en&near=<site id>), so every view is a link. */
export interface DirectoryParams {
  q: string;
  categories: BusinessCategory[];
  languages: string[];
  /** Site id to sort by distance from; null = by name. */
  near: string | null;
}

const isCategory = (v: string): v is BusinessCategory =>
  (BUSINESS_CATEGORIES as readonly string[]).includes(v);
const list = (v: string | null) => (v ?? '').split(',').filter(Boolean);

/** Reads the URL, dropping anything malformed (a stale or hand-edited link never breaks the page). */
export function readDirectoryParams(params: URLSearchParams): DirectoryParams {
  const near = params.get('near');
  return {
    q: params.get('q') ?? '',
    categories: [...new Set(list(params.get('cat')).filter(isCategory))],
    languages: [...new Set(list(params.get('speaks')).filter((l) => /^[a-z]{2,3}$/.test(l)))],
    near: near && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(near) ? near : null,
  };
}

/** Writes the state back over `base`, leaving out empty values so plain links stay plain. */
export function writeDirectoryParams(state: DirectoryParams, base?: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams(base);
  const set = (key: string, value: string) => (value ? next.set(key, value) : next.delete(key));
  set('q', state.q.trim() ? state.q : '');
  set('cat', state.categories.join(','));
  set('speaks', state.languages.join(','));
  set('near', state.near ?? '');
  return next;
}

/** Adds the value if missing, removes it if present. */
export function toggle<T>(values: readonly T[], value: T): T[] {
  return values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
}
