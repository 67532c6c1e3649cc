import { describe, expect, it } from 'vitest';
import { loadedSite, loadSite } from './loadSite';

describe('loadSite', () => {
  it('loads a site by id and keeps it, so a page shown again renders at once', async () => {
    expect(loadedSite('dong-tam-thanh')).toBeUndefined();
    const site = await loadSite('dong-tam-thanh');
    expect(site?.id).toBe('dong-tam-thanh');
    expect(loadedSite('dong-tam-thanh')).toBe(site);
  });

  it('gives undefined for an unknown id, now and later', async () => {
    expect(await loadSite('atlantis')).toBeUndefined();
    expect(loadedSite('atlantis')).toBeUndefined();
  });
});
