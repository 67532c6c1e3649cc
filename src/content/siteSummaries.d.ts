declare module 'virtual:site-summaries' {
  import type { SiteSummary } from './siteIndex';

  /** Built from content/sites/*.json by scripts/siteSummaries.ts. */
  const summaries: SiteSummary[];
  export default summaries;
}
