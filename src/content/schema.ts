import { z } from 'zod';
import { CATEGORIES, HERITAGE_STATUSES, LANGS } from './enums.ts'; // with extension: vite.config loads this file through Node's own loader

export { CATEGORIES, HERITAGE_STATUSES, LANGS };
export const Lang = z.enum(LANGS);
export type Lang = z.infer<typeof Lang>;

const kebabId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case (lowercase letters, digits and single hyphens)');

/** Text as stored: non-empty, trimmed, Unicode NFC (MapLibre and some fonts misplace decomposed diacritics). */
export const Text = z
  .string()
  .min(1, 'must not be empty')
  .refine((s) => s === s.trim(), 'has leading or trailing spaces')
  .refine((s) => s === s.normalize('NFC'), 'is not Unicode NFC (decomposed Vietnamese diacritics)');

/** A text in all three languages; a missing language is a missing translation. */
export const Localized = z.strictObject({ vi: Text, en: Text, zh: Text });
export type Localized = z.infer<typeof Localized>;

/** Source ids of ../shared/data/sites-gazetteer.json ("S01" …), listed in content/sources.json. */
export const SourceRef = z.string().regex(/^S\d{2,3}$/, 'must be a source id such as "S01"');
const SourceRefs = z.array(SourceRef).min(1, 'needs at least one source id');

export const Category = z.enum(CATEGORIES);
export type Category = z.infer<typeof Category>;

export const HeritageStatus = z.enum(HERITAGE_STATUSES);
export type HeritageStatus = z.infer<typeof HeritageStatus>;

export const Location = z
  .strictObject({
    lat: z.number().min(-90).max(90),
    lng: z.number().min(-180).max(180),
    /** exact: a source gives a point for the site; approximate: a town-level or stand-in point. */
    precision: z.enum(['exact', 'approximate']),
    /** The gazetteer's confidence; "placed" when it has no point and the site stands at a town. */
    confidence: z.enum(['high', 'medium', 'low', 'placed']),
    errorEstimateM: z.number().positive(),
    /** A source id, or "places.geojson:<town>" for a site placed at a GeoNames town. */
    source: z.string().min(1),
    /** Where the point really is, said to the visitor (required when approximate). */
    note: Localized.optional(),
  })
  .superRefine((loc, ctx) => {
    if (loc.precision === 'approximate' && !loc.note) {
      ctx.addIssue({
        code: 'custom',
        path: ['note'],
        message: 'approximate locations need a note in vi/en/zh',
      });
    }
    if ((loc.confidence === 'placed' || loc.confidence === 'low') && loc.precision !== 'approximate') {
      ctx.addIssue({
        code: 'custom',
        path: ['precision'],
        message: `a "${loc.confidence}" point must be flagged "approximate"`,
      });
    }
  });
export type Location = z.infer<typeof Location>;

export const Provenance = z.enum(['scan', 'model', 'illustrative']);
export type Provenance = z.infer<typeof Provenance>;

/** A file the app serves from public/ (path relative to public/, no leading slash). */
export const PublicFile = z
  .string()
  .regex(/^(?!\/)(?!.*\.\.)[\w./-]+$/, 'must be a path inside public/ such as "models/site.glb"');

const Vec3 = z.tuple([z.number(), z.number(), z.number()]);

export const CameraView = z.strictObject({ position: Vec3, target: Vec3 });
export type CameraView = z.infer<typeof CameraView>;

export const Media = z.strictObject({
  kind: z.enum(['model', 'panorama', 'photo']),
  file: PublicFile,
  provenance: Provenance,
  credit: Localized,
  alt: Localized.optional(),
  /** Models: the first camera framing (model units); the viewer picks one from the model's size otherwise. */
  view: CameraView.optional(),
  /** Models: a still rendered from the model, shown first and as the fallback. */
  poster: PublicFile.optional(),
});
export type Media = z.infer<typeof Media>;

export const Hotspot = z.strictObject({
  id: kebabId,
  label: Localized,
  text: Localized,
  src: SourceRefs,
  /** Where the pin sits in the site's 3D model (model units); set when the model exists. */
  anchor: Vec3.optional(),
  view: CameraView.optional(),
});
export type Hotspot = z.infer<typeof Hotspot>;

/** A direction inside a panorama, in degrees: yaw 0 is the image's centre column (+ to the right), pitch + up. */
export const PanoDirection = z.strictObject({
  yaw: z.number().min(-180).max(180),
  pitch: z.number().min(-90).max(90),
});
export type PanoDirection = z.infer<typeof PanoDirection>;

/** A view inside a panorama: a direction plus the vertical field of view in degrees. */
export const PanoView = PanoDirection.extend({ fov: z.number().min(30).max(100).default(75) });
export type PanoView = z.infer<typeof PanoView>;

/** An arrow in a scene that takes the visitor to another scene of the same tour. */
export const SceneLink = PanoDirection.extend({ to: kebabId });
export type SceneLink = z.infer<typeof SceneLink>;

/** An info marker in a scene; its label and text are the site's hotspot of that id. */
export const SceneHotspot = PanoDirection.extend({ hotspot: kebabId });
export type SceneHotspot = z.infer<typeof SceneHotspot>;

/** One 360° viewpoint: an equirectangular image (2:1) plus a small preview shown first. */
export const PanoramaScene = z.strictObject({
  id: kebabId,
  title: Localized,
  /** Full equirectangular JPEG under public/ (2:1, 4096×2048 recommended). */
  image: PublicFile,
  /** The same image at 1024×512, ≤ 100 KB: shown first while the full image loads. */
  preview: PublicFile,
  provenance: Provenance,
  credit: Localized,
  /** Where the camera stood, in the site's 3D model units: the viewpoint's marker in the model. */
  position: Vec3.optional(),
  /** Yaw (degrees) at which north lies in this image, when known: drives the compass letters. */
  northYaw: z.number().min(-180).max(180).optional(),
  initialView: PanoView.default({ yaw: 0, pitch: 0, fov: 75 }),
  links: z.array(SceneLink).default([]),
  hotspots: z.array(SceneHotspot).default([]),
});
export type PanoramaScene = z.infer<typeof PanoramaScene>;

/** A site's panorama tour: linked scenes, entered at `start`. */
export const Tour = z.strictObject({
  start: kebabId,
  scenes: z.array(PanoramaScene).min(1, 'a tour needs at least one scene'),
});
export type Tour = z.infer<typeof Tour>;

export const NarrationTarget = z.union([
  z.strictObject({ hotspot: kebabId }),
  z.strictObject({ scene: kebabId }),
  z.strictObject({ map: z.strictObject({ lng: z.number(), lat: z.number(), zoom: z.number() }) }),
]);

/** A professional recording of one chapter in one language, with its WebVTT captions (files under public/). */
export const NarrationAudio = z.strictObject({
  src: PublicFile,
  captions: PublicFile,
  /** Who speaks, e.g. "Giọng nữ miền Bắc" (shown to the visitor). */
  voice: Text.optional(),
});
export type NarrationAudio = z.infer<typeof NarrationAudio>;

export const NarrationChapter = z.strictObject({
  id: kebabId,
  title: Localized,
  text: Localized,
  target: NarrationTarget.optional(),
  audio: z
    .strictObject({
      vi: NarrationAudio.optional(),
      en: NarrationAudio.optional(),
      zh: NarrationAudio.optional(),
    })
    .optional(),
});
export type NarrationChapter = z.infer<typeof NarrationChapter>;

export const Fact = z.strictObject({ text: Localized, src: SourceRefs });
export type Fact = z.infer<typeof Fact>;

export const Practical = z
  .strictObject({
    hours: Localized.optional(),
    ticket: Localized.optional(),
    access: Localized.optional(),
    src: SourceRefs,
  })
  .refine((p) => p.hours || p.ticket || p.access, 'give at least one of hours, ticket or access');
export type Practical = z.infer<typeof Practical>;

export const Site = z.strictObject({
  id: kebabId,
  tier: z.enum(['flagship', 'secondary']),
  category: Category,
  name: Localized,
  /** How sure the Chinese name is (gazetteer zhNameBasis): phonetic renderings and unconfirmed ones are flagged. */
  zhNameBasis: z.enum(['established', 'phonetic', 'unconfirmed']).default('established'),
  /** One line for cards and search results. */
  summary: Localized,
  /** A short paragraph for the site page. */
  description: Localized,
  location: Location,
  /** Ward/commune and (pre-2025) district, as a visitor would look it up. */
  area: Localized,
  heritage: z.strictObject({
    status: HeritageStatus,
    year: z.number().int().min(1900).max(2100).optional(),
    detail: Localized,
    src: SourceRefs,
  }),
  practical: Practical.optional(),
  facts: z.array(Fact).min(4, 'needs at least 4 key facts'),
  media: z.array(Media).default([]),
  hotspots: z.array(Hotspot).default([]),
  narration: z.array(NarrationChapter).default([]),
  /** 360° panoramas of the site, linked into a walk; optional. */
  tour: Tour.optional(),
});
export type Site = z.infer<typeof Site>;
export type SiteInput = z.input<typeof Site>;

export const Itinerary = z.strictObject({
  id: kebabId,
  name: Localized,
  summary: Localized,
  siteIds: z.array(kebabId).min(1, 'needs at least one site'),
  src: SourceRefs,
});
export type Itinerary = z.infer<typeof Itinerary>;
export const Itineraries = z.array(Itinerary);

export const Source = z.strictObject({ id: SourceRef, title: z.string().min(1), url: z.string().url() });
export type Source = z.infer<typeof Source>;
export const Sources = z.array(Source);
