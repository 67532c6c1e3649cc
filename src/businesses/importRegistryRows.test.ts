import { describe, expect, it } from 'vitest';
import { Business } from '../content/businessSchema';
import { formatProblem } from './formatProblem';
import { importRegistryRows } from './importRegistryRows';
import type { RegistryRow } from './registryTypes';

const headers = ['mã', 'tên', 'loại hình', 'vĩ độ', 'kinh độ', 'điện thoại', 'ghi chú'];
const row = (line: number, cells: string[]): RegistryRow => ({
  line,
  cells: headers.map((h, i) => [h, cells[i] ?? ''] as const),
});
const sites = [{ id: 'doan-thanh', location: { lat: 21.84778, lng: 106.75778 } }];

describe('importRegistryRows', () => {
  const result = importRegistryRows(
    [
      row(2, ['A-1', 'Quán Một', 'ăn uống', '21.85', '106.76', '0912 345 678', 'x']),
      row(3, ['A-2', 'Quán Hai', 'ăn uống', '21.85', '106.76', '12345']),
      row(5, ['a-1', 'Quán Trùng', 'ăn uống', '21.85', '106.76']),
      row(6, ['A-3', 'Quán Ba', 'ăn uống', '21.85', '106.76']),
    ],
    sites,
  );

  it('imports the good rows, with nearby sites', () => {
    expect(result.businesses.map((b) => b.id)).toEqual(['A-1', 'A-3']);
    expect(result.businesses[0]?.nearSiteIds).toEqual(['doan-thanh']);
    for (const b of result.businesses) expect(Business.safeParse(b).success).toBe(true);
  });

  it('reports bad rows with line and field, and duplicate ids regardless of case', () => {
    expect(result.problems.map(formatProblem)).toEqual([
      'line 3 › phone › "12345" is not a Vietnamese phone number › use 0xxx xxx xxxx or +84 xxx xxx xxxx (e.g. 0912 345 678, 0205 3812 345)',
      'line 5 › id › duplicate id "a-1" (first used on line 2, which is kept) › give each business its own id, or remove the repeated row',
    ]);
    expect(result.ignoredColumns).toEqual(['ghi chú']);
    expect(result.rowCount).toBe(4);
  });

  it('gives a duplicate id to the first row even when that row is rejected', () => {
    const r = importRegistryRows(
      [
        row(2, ['B-1', '', 'ăn uống', '21.85', '106.76']),
        row(3, ['B-1', 'Quán', 'ăn uống', '21.85', '106.76']),
      ],
      [],
    );
    expect(r.businesses).toEqual([]);
    expect(r.problems.map((p) => [p.line, p.field])).toEqual([
      [2, 'name'],
      [3, 'id'],
    ]);
  });

  it('takes a repeated field from its first column', () => {
    const r = importRegistryRows(
      [
        {
          item: 1,
          cells: [
            ['id', 'C-1'],
            ['name', 'First'],
            ['tên', 'Second'],
            ['category', 'food'],
            ['lat', 21.85],
            ['lng', 106.76],
          ],
        },
      ],
      [],
    );
    expect(r.businesses[0]?.name.vi).toBe('First');
  });
});
