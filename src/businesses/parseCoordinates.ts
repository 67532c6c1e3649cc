import { isNearProvince, PROVINCE_BBOX, PROVINCE_MARGIN_DEG } from '../content/businessSchema';
import type { FieldError } from './registryTypes';
import { quote } from './registryTypes';

/** "21.8537", "21,8537" (Vietnamese decimal comma), "21.8537°" → number; undefined if not a number. */
export function parseDegrees(raw: string): number | undefined {
  let s = raw.trim().replace(/[°\s]/g, '');
  if (/^[+-]?\d+,\d+$/.test(s)) s = s.replace(',', '.');
  if (!/^[+-]?(?:\d+\.?\d*|\.\d+)$/.test(s)) return undefined;
  const n = Number(s);
  return Number.isFinite(n) ? n : undefined;
}

const inLat = (v: number) =>
  v >= PROVINCE_BBOX.south - PROVINCE_MARGIN_DEG && v <= PROVINCE_BBOX.north + PROVINCE_MARGIN_DEG;
const inLng = (v: number) =>
  v >= PROVINCE_BBOX.west - PROVINCE_MARGIN_DEG && v <= PROVINCE_BBOX.east + PROVINCE_MARGIN_DEG;

const FIX = `give decimal degrees in Lạng Sơn province, about ${PROVINCE_BBOX.south}–${PROVINCE_BBOX.north} N and ${PROVINCE_BBOX.west}–${PROVINCE_BBOX.east} E (e.g. 21.8537 / 106.7615)`;

/** Both coordinates, checked against the province (bounding box plus a 0.1° margin). */
export function parseCoordinates(
  latRaw: string,
  lngRaw: string,
): { ok: true; value: { lat: number; lng: number } } | { ok: false; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const lat = parseDegrees(latRaw);
  const lng = parseDegrees(lngRaw);
  if (latRaw.trim() === '') errors.push({ field: 'lat', reason: 'missing latitude', fix: FIX });
  else if (lat === undefined)
    errors.push({ field: 'lat', reason: `${quote(latRaw.trim())} is not a number`, fix: FIX });
  if (lngRaw.trim() === '') errors.push({ field: 'lng', reason: 'missing longitude', fix: FIX });
  else if (lng === undefined)
    errors.push({ field: 'lng', reason: `${quote(lngRaw.trim())} is not a number`, fix: FIX });
  if (lat === undefined || lng === undefined) return { ok: false, errors };
  if (!isNearProvince(lat, lng)) {
    const swapped = inLat(lng) && inLng(lat);
    errors.push({
      field: 'lat/lng',
      reason: swapped
        ? `${lat}, ${lng} looks like longitude and latitude swapped`
        : `${lat}, ${lng} is outside Lạng Sơn province`,
      fix: swapped ? 'put the latitude (≈21–22) in lat and the longitude (≈106–107) in lng' : FIX,
    });
    return { ok: false, errors };
  }
  return { ok: true, value: { lat, lng } };
}
