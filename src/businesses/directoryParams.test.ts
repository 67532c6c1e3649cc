import { describe, expect, it } from 'vitest';
import { readDirectoryParams, toggle, writeDirectoryParams } from './directoryParams';

describe('directory URL state', () => {
  it('reads search, categories, languages and the site to sort from', () => {
    expect(
      readDirectoryParams(
        new URLSearchParams('q=tam+thanh&cat=lodging,food&speaks=en,zh&near=dong-tam-thanh'),
      ),
    ).toEqual({
      q: 'tam thanh',
      categories: ['lodging', 'food'],
      languages: ['en', 'zh'],
      near: 'dong-tam-thanh',
    });
  });

  it('drops unknown categories, malformed languages and site ids', () => {
    expect(
      readDirectoryParams(new URLSearchParams('cat=lodging,karaoke,,lodging&speaks=EN,english,zh&near=../x')),
    ).toEqual({ q: '', categories: ['lodging'], languages: ['zh'], near: null });
  });

  it('writes only what is set, keeping other parameters', () => {
    const out = writeDirectoryParams(
      { q: ' ', categories: ['shopping'], languages: [], near: null },
      new URLSearchParams('mode=kiosk&q=old&near=mau-son'),
    );
    expect(out.toString()).toBe('mode=kiosk&cat=shopping');
  });

  it('round-trips', () => {
    const state = { q: 'Đồng Đăng', categories: ['food' as const], languages: ['tyz'], near: 'mau-son' };
    expect(readDirectoryParams(writeDirectoryParams(state))).toEqual(state);
  });

  it('toggles a value in a list', () => {
    expect(toggle(['a', 'b'], 'a')).toEqual(['b']);
    expect(toggle(['a'], 'b')).toEqual(['a', 'b']);
  });
});
