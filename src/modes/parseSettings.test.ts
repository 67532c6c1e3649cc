import { describe, expect, it } from 'vitest';
import { defaultSettings, parseSettings } from './parseSettings';

const ORIGIN = 'http://127.0.0.1:4173';

describe('parseSettings', () => {
  it('uses the defaults without file or parameters', () => {
    expect(parseSettings(undefined, '?mode=kiosk', ORIGIN)).toEqual({
      settings: defaultSettings(ORIGIN),
      errors: [],
    });
  });

  it('reads URL parameters over the config file', () => {
    const { settings, errors } = parseSettings(
      { idle: 120, countdown: 20, langs: ['en', 'vi'], qrBase: 'https://xulang.example/' },
      '?mode=kiosk&idle=5&countdown=3&start=dong-tam-thanh&cycleLangs=1',
      ORIGIN,
    );
    expect(errors).toEqual([]);
    expect(settings).toMatchObject({
      idle: 5,
      countdown: 3,
      start: 'dong-tam-thanh',
      langs: ['en', 'vi'],
      qrBase: 'https://xulang.example',
      cycleLangs: true,
    });
  });

  it('splits a comma list of languages', () => {
    expect(parseSettings(undefined, '?langs=zh,vi', ORIGIN).settings.langs).toEqual(['zh', 'vi']);
  });

  it('names the bad parameter and keeps the default (or the file value)', () => {
    const { settings, errors } = parseSettings(
      { countdown: 30 },
      '?idle=abc&countdown=-1&langs=vi,fr&qrBase=javascript:alert(1)',
      ORIGIN,
    );
    expect(settings.idle).toBe(90);
    expect(settings.countdown).toBe(30);
    expect(settings.langs).toEqual(['vi', 'en', 'zh']);
    expect(settings.qrBase).toBe(ORIGIN);
    expect(errors).toHaveLength(4);
    expect(errors[0]).toMatch(/URL parameter "idle".*"abc".*using 90/);
    expect(errors[1]).toMatch(/"countdown".*using 30/);
    expect(errors[2]).toMatch(/"langs"/);
    expect(errors[3]).toMatch(/"qrBase"/);
  });

  it('reports a config file that is not an object', () => {
    const { errors } = parseSettings([1, 2], '', ORIGIN);
    expect(errors[0]).toMatch(/kiosk-config\.json/);
  });
});
