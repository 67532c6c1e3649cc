import { describe, expect, it } from 'vitest';
import { deviceLang, qrLandingRedirect, qrSignLang } from './qrLanding';

const at = (pathname: string, search: string, hash = '') => ({ pathname, search, hash });

describe('QR landing language', () => {
  it('picks the first of the phone languages the app has', () => {
    expect(deviceLang(['fr-FR', 'zh-CN', 'en'])).toBe('zh');
    expect(deviceLang(['en-GB'])).toBe('en');
    expect(deviceLang(['fr-FR', 'de'])).toBeNull();
    expect(deviceLang([])).toBeNull();
  });

  it('switches to the phone language, keeps path, query and hash, and remembers the sign language', () => {
    expect(qrLandingRedirect('vi', at('/vi/sites/mau-son', '?from=qr&poi=dinh', '#x'), ['en-US'])).toEqual({
      to: '/en/sites/mau-son?poi=dinh#x',
      state: { qrSignLang: 'vi' },
    });
  });

  it('stays in the sign language when the phone has none of ours or the same one', () => {
    expect(qrLandingRedirect('vi', at('/vi/sites/mau-son', '?from=qr'), ['fr-FR'])).toEqual({
      to: '/vi/sites/mau-son',
      state: null,
    });
    expect(qrLandingRedirect('zh', at('/zh', '?mode=x&from=qr'), ['zh-TW'])).toEqual({
      to: '/zh?mode=x',
      state: null,
    });
  });

  it('ignores pages not opened from a sign', () => {
    expect(qrLandingRedirect('vi', at('/vi/sites/mau-son', '?poi=a'), ['en'])).toBeNull();
    expect(qrSignLang({ qrSignLang: 'en' })).toBe('en');
    expect(qrSignLang({ qrSignLang: 'fr' })).toBeNull();
    expect(qrSignLang(null)).toBeNull();
  });
});
