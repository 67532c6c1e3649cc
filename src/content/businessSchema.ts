import { z } from 'zod';
import { BUSINESS_CATEGORIES } from './enums';
import { Text } from './schema';

export { BUSINESS_CATEGORIES };
export const BusinessCategory = z.enum(BUSINESS_CATEGORIES);
export type BusinessCategory = z.infer<typeof BusinessCategory>;

/** Bounding box of the province outline (public/map/langson-boundary.geojson). */
export const PROVINCE_BBOX = { west: 106.093, east: 107.362, south: 21.3253, north: 22.4609 } as const;
/** Businesses just over the line (border markets, roadside stops) still belong in the directory. */
export const PROVINCE_MARGIN_DEG = 0.1;

/** True when the point lies in the province's bounding box widened by the margin. */
export function isNearProvince(lat: number, lng: number): boolean {
  const m = PROVINCE_MARGIN_DEG;
  return (
    lat >= PROVINCE_BBOX.south - m &&
    lat <= PROVINCE_BBOX.north + m &&
    lng >= PROVINCE_BBOX.west - m &&
    lng <= PROVINCE_BBOX.east + m
  );
}

/** Registry ids go into URLs (/:lang/businesses/:id), so only URL-safe characters. */
export const BusinessId = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, 'must be 1–64 letters, digits, ".", "_" or "-"');

/** Vietnamese numbers in +84 form: mobile +84 [35789]xx xxx xxx, landline +84 2xx xxx xxxx. */
export const Phone = z.string().regex(/^\+84(?:[35789]\d{8}|2\d{9})$/, 'must be +84 followed by 9–10 digits');

/** Deliberately simple: one @, no spaces, a dotted domain with a letter TLD. */
export const EMAIL_PATTERN =
  /^[^\s@<>()[\]\\,;:"]+@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+\p{L}{2,}$/u;
export const Email = z.string().regex(EMAIL_PATTERN, 'must be an e-mail address such as info@example.com');

/** Data links are rendered as <a href>, so only http(s) may get through (no javascript:, data:, …). */
export function isHttpUrl(value: string): boolean {
  if (!/^https?:\/\//i.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.includes('.');
  } catch {
    return false;
  }
}
export const HttpUrl = z.string().refine(isHttpUrl, 'must be an http(s) link');

/** Primary language subtag (ISO 639): "vi", "en", "zh", "tyz" (Tày), "nut" (Nùng). */
export const LanguageCode = z.string().regex(/^[a-z]{2,3}$/, 'must be a language code such as "vi"');

/** The registry name is Vietnamese; translations are optional and fall back to it. */
export const BusinessName = z.strictObject({ vi: Text, en: Text.optional(), zh: Text.optional() });
export type BusinessName = z.infer<typeof BusinessName>;

export const BusinessLocation = z
  .strictObject({ lat: z.number().min(-90).max(90), lng: z.number().min(-180).max(180) })
  .refine((p) => isNearProvince(p.lat, p.lng), 'must lie in or near Lạng Sơn province');
export type BusinessLocation = z.infer<typeof BusinessLocation>;

const siteId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a site id');

export const Business = z.strictObject({
  id: BusinessId,
  category: BusinessCategory,
  name: BusinessName,
  address: Text.optional(),
  location: BusinessLocation,
  /** Usually one; registries often list a landline and a mobile. */
  phones: z.array(Phone).max(5),
  email: Email.optional(),
  website: HttpUrl.optional(),
  booking: HttpUrl.optional(),
  languages: z.array(LanguageCode),
  /** 1 (budget) … 4 (luxury). */
  priceLevel: z.number().int().min(1).max(4).optional(),
  /** Free text as the registry gives it, e.g. "6h00–22h00". */
  openingHours: Text.optional(),
  /** Licence / registration number issued by the province. */
  registration: Text.optional(),
  /** Computed on import: sites within 15 km, nearest first, at most 5. */
  nearSiteIds: z.array(siteId).max(5),
});
export type Business = z.infer<typeof Business>;

/** content/businesses.json: the marker fields let the UI label demo data everywhere it is shown. */
export const BusinessesFile = z
  .strictObject({
    demo: z.boolean(),
    /** File name of the registry export it was imported from. */
    source: z.string().min(1),
    /** Fingerprint of the input ("sha256:…"), not a timestamp, so re-imports are byte-identical. */
    generated: z.string().min(1),
    businesses: z.array(Business),
  })
  .superRefine((file, ctx) => {
    const seen = new Set<string>();
    file.businesses.forEach((b, i) => {
      const key = b.id.toLowerCase();
      if (seen.has(key)) {
        ctx.addIssue({ code: 'custom', path: ['businesses', i, 'id'], message: `duplicate id "${b.id}"` });
      }
      seen.add(key);
    });
  });
export type BusinessesFile = z.infer<typeof BusinessesFile>;
