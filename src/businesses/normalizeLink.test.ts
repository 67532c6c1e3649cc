import { describe, expect, it } from 'vitest';
import { normalizeEmail } from './normalizeEmail';
import { normalizeLink } from './normalizeLink';

describe('normalizeLink', () => {
  it.each([
    ['https://example.com', 'https://example.com/'],
    ['http://example.com/phong?id=1', 'http://example.com/phong?id=1'],
    ['HTTPS://Example.com/A', 'https://example.com/A'],
    ['www.example.com/ks', 'https://www.example.com/ks'],
    ['example.vn', 'https://example.vn/'],
    ['example.vn:8080/dat-cho', 'https://example.vn:8080/dat-cho'],
    ['  https://example.org/x  ', 'https://example.org/x'],
  ])('%j → %j', (raw, expected) => {
    expect(normalizeLink(raw, 'website')).toEqual({ ok: true, value: expected });
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(document.cookie)',
    'java\nscript:alert(1)',
    ' javascript:void(0)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox',
    'ftp://example.com/file',
    'mailto:info@example.com',
    'file:///etc/passwd',
    '//example.com/x',
    'not a link',
    'https://',
    'https://localhost/x',
    'https://user:pass@example.com/',
    'https://example.com/a b',
  ])('rejects %j', (raw) => {
    const r = normalizeLink(raw, 'booking');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.field).toBe('booking');
  });

  it('says which scheme was refused', () => {
    const r = normalizeLink('javascript:alert(1)', 'website');
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.error.reason).toBe('"javascript:alert(1)" uses "javascript:"; only http(s) links are allowed');
  });
});

describe('normalizeEmail', () => {
  it.each([
    ['info@example.com', 'info@example.com'],
    ['Info@Example.ORG', 'Info@example.org'],
    ['mailto:dat.cho@example.net', 'dat.cho@example.net'],
    [' a+b@sub.example.vn ', 'a+b@sub.example.vn'],
  ])('%j → %j', (raw, expected) => {
    expect(normalizeEmail(raw)).toEqual({ ok: true, value: expected });
  });

  it.each([
    'not-an-email',
    'a@b',
    'a@@example.com',
    'a b@example.com',
    'a@example.com, b@example.com',
    '@example.com',
  ])('rejects %j', (raw) => {
    expect(normalizeEmail(raw).ok).toBe(false);
  });
});
