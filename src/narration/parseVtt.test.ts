import { describe, expect, it } from 'vitest';
import { cueIndexAt, parseVtt } from './parseVtt';

const VTT = `\uFEFFWEBVTT

1
00:00:00.000 --> 00:00:02.500
Động Tam Thanh nằm giữa lòng thành phố.

2
00:00:02.500 --> 00:00:05.000
Cửa hang cao khoảng <b>8 mét</b>.

00:06.000 --> 00:08.250
三清洞位于谅山市。
`;

describe('parseVtt', () => {
  it('reads cues with hours or without, strips tags and BOM', () => {
    expect(parseVtt(VTT)).toEqual([
      { start: 0, end: 2.5, text: 'Động Tam Thanh nằm giữa lòng thành phố.' },
      { start: 2.5, end: 5, text: 'Cửa hang cao khoảng 8 mét.' },
      { start: 6, end: 8.25, text: '三清洞位于谅山市。' },
    ]);
  });

  it('finds the caption for a playback time', () => {
    const cues = parseVtt(VTT);
    expect(cueIndexAt(cues, 0)).toBe(0);
    expect(cueIndexAt(cues, 2.5)).toBe(1);
    expect(cueIndexAt(cues, 5.5)).toBe(-1);
    expect(cueIndexAt(cues, 7)).toBe(2);
  });

  it('names the line of a malformed file', () => {
    expect(() => parseVtt('1\n00:00 --> 00:01\nx')).toThrow(/line 1/);
    expect(() => parseVtt('WEBVTT\n\n00:00:03.000 --> 00:00:01.000\nx')).toThrow(
      /line 3: the cue ends before it starts/,
    );
  });
});
