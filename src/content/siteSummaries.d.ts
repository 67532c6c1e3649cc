declare module 'virtual:site-summaries' {
  import type { SiteSummary } from './siteIndex';

  /** Built from content/sites/*.json by scripts/siteSummaries.ts. */
  const summaries: SiteSummary[];
  export default summaries;
}

declare module 'virtual:site-files' {
  /** Site id → its content as JSON text, parsed by the Site schema at build time (scripts/parsedSites.ts); null when invalid. */
  const loaders: Record<string, () => Promise<{ default: string | null }>>;
  export default loaders;
}
