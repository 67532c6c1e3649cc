import { describe, expect, it } from 'vitest';
import { directionLinks, displayUrl, formatPhone, mailtoHref, telHref, webHref } from './contactLinks';

describe('contact links', () => {
  it('makes tel: links only from +84 numbers', () => {
    expect(telHref('+84912345678')).toBe('tel:+84912345678');
    expect(telHref('+842053812345')).toBe('tel:+842053812345');
    expect(telHref('0912345678')).toBeUndefined();
    expect(telHref('javascript:alert(1)')).toBeUndefined();
  });

  it('makes mailto: links only from plain addresses, encoding the local part', () => {
    expect(mailtoHref('info@example.com')).toBe('mailto:info@example.com');
    expect(mailtoHref('a?cc=x@example.com')).toBe('mailto:a%3Fcc%3Dx@example.com');
    expect(mailtoHref('not an address')).toBeUndefined();
    expect(mailtoHref('javascript:alert(1)//@example.com')).toBeUndefined();
  });

  it('passes http(s) links and refuses every other scheme', () => {
    expect(webHref('https://example.net/demo')).toBe('https://example.net/demo');
    expect(webHref('http://example.org')).toBe('http://example.org');
    for (const bad of [
      'javascript:alert(1)',
      'data:text/html,<b>x</b>',
      'ftp://example.com',
      '//example.com',
      '',
    ])
      expect(webHref(bad), bad).toBeUndefined();
    expect(webHref(undefined)).toBeUndefined();
  });

  it('shows links without the scheme', () => {
    expect(displayUrl('https://example.net/demo/x/')).toBe('example.net/demo/x');
  });

  it('formats numbers the Vietnamese way', () => {
    expect(formatPhone('+84912345678')).toBe('0912 345 678');
    expect(formatPhone('+842053812345')).toBe('0205 3812 345');
    expect(formatPhone('12345')).toBe('12345');
  });

  it('gives https directions to the point', () => {
    const links = directionLinks({ lat: 21.853, lng: 106.761 });
    expect(links.google).toBe('https://www.google.com/maps/dir/?api=1&destination=21.85300%2C106.76100');
    for (const href of Object.values(links)) expect(href.startsWith('https://')).toBe(true);
  });
});
