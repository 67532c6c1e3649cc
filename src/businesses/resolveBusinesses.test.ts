import { describe, expect, it, vi } from 'vitest';
import bundled from '../../content/businesses.json';
import { readBundled, resolveBusinesses } from './resolveBusinesses';

const SITES = [{ id: 'dong-tam-thanh', location: { lat: 21.8609, lng: 106.7423 } }];
const FEED = {
  businesses: [
    {
      id: 'LIVE-1',
      name: 'Khách sạn Thật',
      category: 'lưu trú',
      lat: 21.853,
      lng: 106.761,
      languages: 'vi; en',
    },
  ],
};
const loadBundled = () => Promise.resolve(bundled);

describe('resolveBusinesses', () => {
  it('uses the bundled demo data when there is no feed', async () => {
    const data = await resolveBusinesses({ loadBundled, sites: SITES });
    expect(data.origin).toBe('bundled');
    expect(data.demo).toBe(true);
    expect(data.businesses.length).toBe(bundled.businesses.length);
  });

  it('uses a valid live feed, with nearSiteIds computed', async () => {
    const fetchJson = vi.fn(async () => FEED);
    const data = await resolveBusinesses({
      feedUrl: 'https://registry.example/feed.json',
      fetchJson,
      loadBundled,
      sites: SITES,
    });
    expect(fetchJson).toHaveBeenCalledWith('https://registry.example/feed.json', expect.any(AbortSignal));
    expect(data).toMatchObject({ origin: 'feed', demo: false });
    expect(data.businesses.map((b) => b.id)).toEqual(['LIVE-1']);
    expect(data.businesses[0]?.nearSiteIds).toEqual(['dong-tam-thanh']);
    expect(data.businesses[0]?.languages).toEqual(['vi', 'en']);
  });

  it('falls back to the bundle when the feed fails, is empty or invalid', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const cases: (() => Promise<unknown>)[] = [
      async () => {
        throw new Error('HTTP 500');
      },
      async () => ({ businesses: [] }),
      async () => ({ businesses: [{ id: 'x', name: 'No coordinates', category: 'food' }] }),
      async () => 'not json at all',
    ];
    for (const fetchJson of cases) {
      const data = await resolveBusinesses({
        feedUrl: 'https://registry.example/feed.json',
        fetchJson,
        loadBundled,
        sites: SITES,
      });
      expect(data.origin).toBe('bundled');
    }
    warn.mockRestore();
  });

  it('gives up on a slow feed after the timeout and aborts the request', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    let aborted = false;
    const fetchJson = (_url: string, signal: AbortSignal) =>
      new Promise<unknown>(() => {
        signal.addEventListener('abort', () => {
          aborted = true;
        });
      });
    const data = await resolveBusinesses({
      feedUrl: 'https://registry.example/slow.json',
      fetchJson,
      timeoutMs: 30,
      loadBundled,
      sites: SITES,
    });
    expect(data.origin).toBe('bundled');
    expect(aborted).toBe(true);
    warn.mockRestore();
  });

  it('prefers the test override, validated like a feed', async () => {
    const data = await resolveBusinesses({
      override: { demo: true, businesses: [{ ...FEED.businesses[0], name: '<img src=x onerror=alert(1)>' }] },
      feedUrl: 'https://registry.example/feed.json',
      fetchJson: async () => {
        throw new Error('must not be fetched');
      },
      loadBundled,
      sites: SITES,
    });
    expect(data.origin).toBe('override');
    expect(data.demo).toBe(true);
    expect(data.businesses[0]?.name.vi).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('readBundled', () => {
  it('drops invalid entries but keeps the rest', () => {
    const [first, second] = bundled.businesses;
    const data = readBundled({
      demo: true,
      businesses: [first, { ...second, website: 'javascript:alert(1)' }, { nonsense: true }],
    });
    expect(data.businesses.map((b) => b.id)).toEqual([first?.id]);
    expect(data.demo).toBe(true);
  });

  it('survives a file that is not a businesses file', () => {
    expect(readBundled(null)).toEqual({ businesses: [], demo: false, origin: 'bundled' });
  });
});
