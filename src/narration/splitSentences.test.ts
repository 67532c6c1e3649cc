import { describe, expect, it } from 'vitest';
import { readingMs, splitSentences } from './splitSentences';

describe('splitSentences', () => {
  it('splits English and keeps decimals and closing quotes together', () => {
    expect(splitSentences('The relief is about 2.02 m tall. It dates from 1677! Is it “old”? Yes.')).toEqual([
      'The relief is about 2.02 m tall.',
      'It dates from 1677!',
      'Is it “old”?',
      'Yes.',
    ]);
  });

  it('splits Vietnamese and keeps comma decimals', () => {
    expect(splitSentences('Hang dài khoảng 50 m. Bức phù điêu cao 2,02 m… Thật đẹp!')).toEqual([
      'Hang dài khoảng 50 m.',
      'Bức phù điêu cao 2,02 m…',
      'Thật đẹp!',
    ]);
  });

  it('splits Chinese on full-width 。！？；', () => {
    expect(
      splitSentences('三清洞（Động Tam Thanh）位于谅山市。洞口高约8米！你知道吗？据说；这里很古老。'),
    ).toEqual([
      '三清洞（Động Tam Thanh）位于谅山市。',
      '洞口高约8米！',
      '你知道吗？',
      '据说；',
      '这里很古老。',
    ]);
  });

  it('keeps a trailing sentence without a full stop and drops empty pieces', () => {
    expect(splitSentences('  One.  Two  ')).toEqual(['One.', 'Two']);
    expect(splitSentences('')).toEqual([]);
  });
});

describe('readingMs', () => {
  it('gives longer captions more time and respects the speed', () => {
    expect(readingMs('one two three four five six seven eight nine ten')).toBeGreaterThan(
      readingMs('one two'),
    );
    expect(readingMs('one two three four five six seven eight nine ten', 1.5)).toBeLessThan(
      readingMs('one two three four five six seven eight nine ten'),
    );
    expect(readingMs('短句。')).toBeGreaterThanOrEqual(1800);
  });
});
