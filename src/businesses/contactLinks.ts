import { EMAIL_PATTERN, isHttpUrl, Phone } from '../content/businessSchema';
import type { LatLng } from './haversineKm';

/**
 * Hrefs built from registry data. The data is validated on import, but links are checked again here,
 * where they become <a href>: anything other than http(s), tel: or mailto: gives undefined (no link).
 */

/** "tel:+84912345678" for a +84 number, else undefined. */
export function telHref(phone: string): string | undefined {
  return Phone.safeParse(phone).success ? `tel:${phone}` : undefined;
}

/** "mailto:…" for a plain address; the local part is encoded so "?" or "&" cannot add headers. */
export function mailtoHref(email: string): string | undefined {
  if (!EMAIL_PATTERN.test(email)) return undefined;
  const at = email.lastIndexOf('@');
  return `mailto:${encodeURIComponent(email.slice(0, at))}@${email.slice(at + 1)}`;
}

/** The link itself when it is http(s), else undefined. */
export function webHref(url: string | undefined): string | undefined {
  return url && isHttpUrl(url) ? url : undefined;
}

/** The address without the scheme, for display: "https://example.net/demo/x" → "example.net/demo/x". */
export function displayUrl(url: string): string {
  return url.replace(/^https?:\/\//i, '').replace(/\/$/, '');
}

/** +84 numbers as Vietnamese write them: mobile "0912 345 678", landline "0205 3812 345". */
export function formatPhone(phone: string): string {
  const m = /^\+84(\d+)$/.exec(phone);
  if (!m?.[1]) return phone;
  const d = `0${m[1]}`;
  if (d.length === 10) return `${d.slice(0, 4)} ${d.slice(4, 7)} ${d.slice(7)}`;
  if (d.length === 11) return `${d.slice(0, 4)} ${d.slice(4, 8)} ${d.slice(8)}`;
  return d;
}

/** Directions to a point in the common maps apps (https only; they open the app on phones). */
export function directionLinks(point: LatLng): { google: string; apple: string; osm: string } {
  const lat = point.lat.toFixed(5);
  const lng = point.lng.toFixed(5);
  return {
    google: `https://www.google.com/maps/dir/?api=1&destination=${lat}%2C${lng}`,
    apple: `https://maps.apple.com/?daddr=${lat},${lng}`,
    osm: `https://www.openstreetmap.org/directions?to=${lat}%2C${lng}#map=15/${lat}/${lng}`,
  };
}
