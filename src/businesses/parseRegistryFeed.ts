import type { Business } from '../content/businessSchema';
import { importRegistryRows } from './importRegistryRows';
import { registryRowsFromJson } from './registryRowsFromJson';
import type { Located, RegistryProblem } from './registryTypes';

export interface RegistryFeed {
  businesses: Business[];
  /** Rejected entries (item = 1-based position in the list); a "file" problem when nothing was usable. */
  problems: RegistryProblem[];
  /** The feed marks itself as demo data. */
  demo: boolean;
}

/** Validates a live feed (VITE_BUSINESS_FEED_URL) without throwing; empty `businesses` → keep bundled data. */
export function parseRegistryFeed(json: unknown, options: { sites?: readonly Located[] } = {}): RegistryFeed {
  const parsed = registryRowsFromJson(json);
  if (!parsed.ok) {
    return {
      businesses: [],
      problems: [{ field: 'file', reason: parsed.reason, fix: parsed.fix }],
      demo: false,
    };
  }
  const result = importRegistryRows(parsed.rows, options.sites ?? []);
  const problems = [...parsed.problems, ...result.problems].sort((a, b) => (a.item ?? 0) - (b.item ?? 0));
  return { businesses: result.businesses, problems, demo: parsed.demo };
}
