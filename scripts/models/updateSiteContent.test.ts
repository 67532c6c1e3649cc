import { describe, expect, it } from 'vitest';
import { formatJson } from './formatJson';
import type { HotspotPlacement } from './siteContext';
import { applyModelToSite } from './updateSiteContent';

const site = {
  id: 'demo-site',
  name: { vi: 'Thử', en: 'Demo', zh: '示例' },
  media: [],
  hotspots: [
    { id: 'a', label: { vi: 'A', en: 'A', zh: 'A' }, src: ['S01'] },
    { id: 'b', label: { vi: 'B', en: 'B', zh: 'B' }, src: ['S02'], anchor: [9, 9, 9] },
  ],
  narration: [],
};

const placeA: HotspotPlacement = { anchor: [1.234, 2, 3], view: { position: [4, 5, 6], target: [1, 2, 3] } };
const placeB: HotspotPlacement = {
  anchor: [0, 0.005, -1],
  view: { position: [7, 8, 9], target: [0, 0, -1] },
};

describe('applyModelToSite', () => {
  it('sets anchor, view and the model media entry and leaves everything else as it was', () => {
    const result = applyModelToSite(
      formatJson(site),
      'demo-site',
      new Map([
        ['a', placeA],
        ['b', placeB],
      ]),
    );
    const out = JSON.parse(result.text);
    expect(Object.keys(out)).toEqual(Object.keys(site));
    expect(out.name).toEqual(site.name);
    expect(out.hotspots[0]).toEqual({
      ...site.hotspots[0],
      anchor: [1.23, 2, 3],
      view: { position: [4, 5, 6], target: [1, 2, 3] },
    });
    // an existing anchor is replaced in place, so the key order is kept
    expect(Object.keys(out.hotspots[1])).toEqual(['id', 'label', 'src', 'anchor', 'view']);
    expect(out.hotspots[1].anchor).toEqual([0, 0.01, -1]);
    expect(out.media).toEqual([
      expect.objectContaining({ kind: 'model', file: 'models/demo-site.glb', provenance: 'illustrative' }),
    ]);
    expect(result.text.endsWith('}\n')).toBe(true);
    expect(result.missing).toEqual([]);
  });

  it('reports hotspots the model does not place and placements the content does not have', () => {
    const result = applyModelToSite(formatJson(site), 'demo-site', new Map([['zzz', placeA]]));
    expect(result.missing).toEqual(['a', 'b']);
    expect(result.unknown).toEqual(['zzz']);
  });

  it('writes arrays of numbers on one line, like the repo formatter', () => {
    expect(formatJson({ a: [1, 2, 3], b: { c: 'd' } })).toBe(
      '{\n  "a": [1, 2, 3],\n  "b": {\n    "c": "d"\n  }\n}\n',
    );
  });
});
