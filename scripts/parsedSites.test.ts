import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsedSiteModule, siteModuleId } from './parsedSites';

const valid = JSON.parse(readFileSync('content/sites/dong-tam-thanh.json', 'utf8'));
const textOf = (code: string) =>
  JSON.parse(JSON.parse(code.replace(/^export default /, '').replace(/;$/, '')));

describe('parsedSiteModule', () => {
  it('ships a valid site as the schema parsed it, defaults filled in', () => {
    const { zhNameBasis: _, ...withoutDefault } = valid;
    const { code, problems } = parsedSiteModule(withoutDefault);
    expect(problems).toEqual([]);
    const site = textOf(code);
    expect(site.id).toBe('dong-tam-thanh');
    expect(site.zhNameBasis).toBe('established');
    expect(site.hotspots.length).toBe(valid.hotspots.length);
  });

  it('ships null for an invalid site and names each problem by its path', () => {
    const { code, problems } = parsedSiteModule({ ...valid, location: { ...valid.location, lat: 'north' } });
    expect(code).toBe('export default null;');
    expect(problems.some((p) => p.startsWith('location.lat: '))).toBe(true);
  });

  it('names the chunk of a site by its id', () => {
    expect(siteModuleId('mau-son')).toBe('\0virtual:site/mau-son');
  });
});
