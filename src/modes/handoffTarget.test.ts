import { describe, expect, it } from 'vitest';
import { handoffTarget } from './handoffTarget';
import { handoffUrl } from './handoffUrl';

const O = 'http://127.0.0.1:4173';

describe('handoffTarget', () => {
  it('leaves links inside the app alone', () => {
    expect(handoffTarget('/en/sites/mau-son', O)).toBeNull();
    expect(handoffTarget(`${O}/vi?site=mau-son`, O)).toBeNull();
    expect(handoffTarget('#main', O)).toBeNull();
  });

  it('hands off links to other origins', () => {
    expect(handoffTarget('https://www.google.com/maps/search/?api=1&query=1', O)).toEqual({
      kind: 'web',
      display: 'https://www.google.com/maps/search/?api=1&query=1',
    });
    expect(handoffTarget('http://127.0.0.1:9999/x', O)?.kind).toBe('web');
  });

  it('hands off phone, mail and map-app links with their value as text', () => {
    expect(handoffTarget('tel:+842053870123', O)).toEqual({ kind: 'tel', display: '+842053870123' });
    expect(handoffTarget('mailto:info@example.vn', O)).toEqual({
      kind: 'mailto',
      display: 'info@example.vn',
    });
    expect(handoffTarget('geo:21.85,106.76?q=21.85,106.76', O)?.kind).toBe('geo');
    expect(handoffTarget('javascript:void(0)', O)?.kind).toBe('other');
  });
});

describe('handoffUrl', () => {
  it('keeps the path, scene, view and language, drops the mode settings', () => {
    expect(
      handoffUrl(
        '/zh/sites/dong-tam-thanh/360/entrance',
        '?mode=kiosk&idle=5&yaw=120&pitch=-4&qrBase=https%3A%2F%2Fx.vn',
        '',
        'https://xulang.example/',
      ),
    ).toBe('https://xulang.example/zh/sites/dong-tam-thanh/360/entrance?yaw=120&pitch=-4');
    expect(handoffUrl('/en', '', '', O)).toBe(`${O}/en`);
  });
});
