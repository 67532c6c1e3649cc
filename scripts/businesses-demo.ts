/**
 * npm run businesses:demo: writes a reproducible demo registry (content/demo-registry.csv) and
 * imports it with the real importer into content/businesses.json, marked demo. Names, addresses,
 * links and positions are invented and say so; phone numbers are left empty on purpose.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Located } from '../src/businesses/registryTypes';
import type { BusinessCategory } from '../src/content/businessSchema';
import { DEFAULT_OUT, loadSites, runImport } from './businesses-import';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const DEMO_CSV = join(ROOT, 'content', 'demo-registry.csv');
export const DEMO_SEED = 0x1a5e;
export const DEMO_COUNT = 480;

/** Small, fast, seedable PRNG (mulberry32): the same seed gives the same file on every machine. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Town {
  label: string;
  lat: number;
  lng: number;
}

export interface DemoInputs {
  towns: Town[];
  sites: Located[];
  /** Outer ring of the province outline, [lng, lat] pairs. */
  boundary: [number, number][];
}

interface GeoFeature {
  properties?: Record<string, unknown>;
  geometry?: { type?: string; coordinates?: unknown };
}

/** Towns in the province (places.geojson, in_langson), the sites, and the province outline. */
export function loadDemoInputs(root = ROOT): DemoInputs {
  const places = JSON.parse(readFileSync(join(root, 'public/map/places.geojson'), 'utf8')) as {
    features: GeoFeature[];
  };
  const towns: Town[] = [];
  for (const f of places.features) {
    const c = f.geometry?.coordinates;
    const label = f.properties?.label;
    if (f.properties?.in_langson !== true || typeof label !== 'string' || !Array.isArray(c)) continue;
    const [lng, lat] = c as number[];
    if (typeof lat === 'number' && typeof lng === 'number') towns.push({ label, lat, lng });
  }
  const outline = JSON.parse(readFileSync(join(root, 'public/map/langson-boundary.geojson'), 'utf8')) as {
    features: GeoFeature[];
  };
  const ring = (outline.features[0]?.geometry?.coordinates as [number, number][][] | undefined)?.[0] ?? [];
  return { towns, sites: loadSites(join(root, 'content', 'sites')), boundary: ring };
}

/** Ray casting; the outline has ~2,200 vertices, cheap enough for a few hundred points. */
function inPolygon(lng: number, lat: number, ring: readonly [number, number][]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as [number, number];
    const [xj, yj] = ring[j] as [number, number];
    if (yi > lat !== yj > lat && lng < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

type Kind = 'city' | 'border' | 'nature' | 'town';

interface Cluster {
  at: { town: string } | { site: string };
  /** Share of the businesses (relative). */
  weight: number;
  /** Spread around the centre (standard deviation, km). */
  sigmaKm: number;
  kind: Kind;
  /** Area words used in names and addresses. */
  areas: readonly string[];
}

/** Weighted towards the city and the tourist areas; every other town gets a small share. */
const CLUSTERS: readonly Cluster[] = [
  {
    at: { town: 'Lạng Sơn' },
    weight: 28,
    sigmaKm: 1.5,
    kind: 'city',
    areas: ['Kỳ Cùng', 'Đông Kinh', 'Kỳ Lừa', 'Phai Vệ', 'Vĩnh Trại'],
  },
  {
    at: { site: 'dong-tam-thanh' },
    weight: 6,
    sigmaKm: 0.7,
    kind: 'city',
    areas: ['Tam Thanh', 'Nhị Thanh'],
  },
  { at: { town: 'Cao Lộc' }, weight: 4, sigmaKm: 1.2, kind: 'town', areas: ['Cao Lộc'] },
  { at: { town: 'Đồng Đăng' }, weight: 9, sigmaKm: 1.0, kind: 'border', areas: ['Đồng Đăng'] },
  { at: { site: 'cua-khau-huu-nghi' }, weight: 4, sigmaKm: 0.6, kind: 'border', areas: ['Hữu Nghị'] },
  { at: { site: 'mau-son' }, weight: 8, sigmaKm: 1.8, kind: 'nature', areas: ['Mẫu Sơn'] },
  { at: { town: 'Bắc Sơn' }, weight: 9, sigmaKm: 2.2, kind: 'nature', areas: ['Bắc Sơn', 'Quỳnh Sơn'] },
  { at: { site: 'huu-lien' }, weight: 4, sigmaKm: 1.8, kind: 'nature', areas: ['Hữu Liên'] },
  { at: { town: 'Hữu Lũng' }, weight: 4, sigmaKm: 1.2, kind: 'town', areas: ['Hữu Lũng'] },
  { at: { town: 'Chi Lăng' }, weight: 3, sigmaKm: 1.2, kind: 'town', areas: ['Chi Lăng'] },
];
const OTHER_TOWN = { weight: 2, sigmaKm: 1.0, kind: 'town' as const };

/** Category mix per kind of place: homestays and experiences in the hills, shops and transport at the border. */
const CATEGORY_WEIGHTS: Record<Kind, Record<BusinessCategory, number>> = {
  city: { lodging: 26, food: 34, 'travel-agency': 10, transport: 9, shopping: 13, experience: 8 },
  border: { lodging: 22, food: 26, 'travel-agency': 9, transport: 16, shopping: 22, experience: 5 },
  nature: { lodging: 38, food: 22, 'travel-agency': 4, transport: 7, shopping: 8, experience: 21 },
  town: { lodging: 28, food: 34, 'travel-agency': 3, transport: 12, shopping: 15, experience: 8 },
};

interface BusinessType {
  vi: string;
  en: string;
  zh: string;
  /** Price levels it may have (empty: none given). */
  prices: readonly number[];
  hours: readonly string[];
}

const TYPES: Record<BusinessCategory, readonly BusinessType[]> = {
  lodging: [
    { vi: 'Khách sạn mẫu', en: 'Sample hotel', zh: '示例酒店', prices: [2, 3, 4], hours: ['24/24'] },
    { vi: 'Nhà nghỉ mẫu', en: 'Sample guesthouse', zh: '示例旅馆', prices: [1, 2], hours: ['24/24', ''] },
    { vi: 'Homestay mẫu', en: 'Sample homestay', zh: '示例民宿', prices: [1, 2], hours: [''] },
  ],
  food: [
    {
      vi: 'Nhà hàng mẫu',
      en: 'Sample restaurant',
      zh: '示例餐厅',
      prices: [2, 3],
      hours: ['10h00–22h00', '10h30–14h00; 17h00–22h00'],
    },
    {
      vi: 'Quán ăn mẫu',
      en: 'Sample eatery',
      zh: '示例小吃店',
      prices: [1],
      hours: ['6h00–21h00', '6h00–13h00'],
    },
    { vi: 'Quán cà phê mẫu', en: 'Sample café', zh: '示例咖啡馆', prices: [1, 2], hours: ['6h30–22h30'] },
  ],
  'travel-agency': [
    {
      vi: 'Công ty lữ hành mẫu',
      en: 'Sample tour operator',
      zh: '示例旅行社',
      prices: [],
      hours: ['7h30–17h30'],
    },
    {
      vi: 'Đại lý du lịch mẫu',
      en: 'Sample travel agent',
      zh: '示例旅游代理',
      prices: [],
      hours: ['8h00–20h00'],
    },
  ],
  transport: [
    {
      vi: 'Nhà xe mẫu',
      en: 'Sample coach operator',
      zh: '示例客运公司',
      prices: [1, 2],
      hours: ['5h00–19h00'],
    },
    { vi: 'Taxi mẫu', en: 'Sample taxi', zh: '示例出租车', prices: [2], hours: ['24/24'] },
    {
      vi: 'Dịch vụ thuê xe máy mẫu',
      en: 'Sample motorbike rental',
      zh: '示例摩托车租赁',
      prices: [1],
      hours: ['7h00–19h00'],
    },
  ],
  shopping: [
    {
      vi: 'Cửa hàng đặc sản mẫu',
      en: 'Sample local produce shop',
      zh: '示例特产店',
      prices: [1, 2],
      hours: ['7h00–21h00'],
    },
    {
      vi: 'Cửa hàng lưu niệm mẫu',
      en: 'Sample souvenir shop',
      zh: '示例纪念品店',
      prices: [1, 2],
      hours: ['8h00–20h00'],
    },
  ],
  experience: [
    {
      vi: 'Điểm trải nghiệm mẫu',
      en: 'Sample experience',
      zh: '示例体验点',
      prices: [1, 2],
      hours: ['8h00–17h00'],
    },
    { vi: 'Dịch vụ dẫn đường mẫu', en: 'Sample guided walks', zh: '示例徒步向导', prices: [2], hours: [''] },
  ],
};

const CATEGORY_VI: Record<BusinessCategory, string> = {
  lodging: 'lưu trú',
  food: 'ăn uống',
  'travel-agency': 'lữ hành',
  transport: 'vận chuyển',
  shopping: 'mua sắm',
  experience: 'trải nghiệm',
};
const CATEGORY_CODE: Record<BusinessCategory, string> = {
  lodging: 'LT',
  food: 'AU',
  'travel-agency': 'LH',
  transport: 'VC',
  shopping: 'MS',
  experience: 'TN',
};
/** Reserved for documentation (RFC 2606): links and addresses that can never reach a real business. */
const DOMAINS = ['example.com', 'example.org', 'example.net'] as const;

/** The demo registry's Vietnamese headers, in the registry's column order. */
export const DEMO_HEADERS = [
  'mã',
  'tên',
  'tên tiếng Anh',
  'tên tiếng Trung',
  'loại hình',
  'địa chỉ',
  'vĩ độ',
  'kinh độ',
  'điện thoại',
  'email',
  'website',
  'đặt chỗ',
  'ngôn ngữ',
  'mức giá',
  'giờ mở cửa',
  'số đăng ký',
] as const;

function csvCell(value: string): string {
  return /[",\n\r]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function pickWeighted<T extends string>(rng: () => number, weights: Record<T, number>): T {
  const entries = Object.entries(weights) as [T, number][];
  const total = entries.reduce((s, [, w]) => s + w, 0);
  let r = rng() * total;
  for (const [k, w] of entries) {
    r -= w;
    if (r < 0) return k;
  }
  return (entries[entries.length - 1] as [T, number])[0];
}

function pick<T>(rng: () => number, items: readonly T[]): T {
  return items[Math.floor(rng() * items.length)] as T;
}

/** Standard normal from two uniforms (Box–Muller). */
function gaussian(rng: () => number): number {
  const u = 1 - rng();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng());
}

export interface DemoOptions {
  count?: number;
  seed?: number;
}

/** The demo registry as CSV text (LF, comma-separated, Vietnamese headers); same inputs → same bytes. */
export function generateDemoCsv(inputs: DemoInputs, options: DemoOptions = {}): string {
  const count = options.count ?? DEMO_COUNT;
  const rng = mulberry32(options.seed ?? DEMO_SEED);
  const digits = Math.max(3, String(count).length);

  const centre = (at: Cluster['at']): { lat: number; lng: number } | undefined =>
    'town' in at
      ? inputs.towns.find((t) => t.label === at.town)
      : inputs.sites.find((s) => s.id === at.site)?.location;
  const named = new Set(CLUSTERS.flatMap((c) => ('town' in c.at ? [c.at.town] : [])));
  const clusters = [
    ...CLUSTERS.flatMap((c) => {
      const p = centre(c.at);
      return p ? [{ ...c, ...p }] : [];
    }),
    ...inputs.towns
      .filter((t) => !named.has(t.label))
      .map((t) => ({ ...OTHER_TOWN, areas: [t.label], lat: t.lat, lng: t.lng })),
  ];
  const clusterWeights = Object.fromEntries(clusters.map((c, i) => [String(i), c.weight])) as Record<
    string,
    number
  >;

  const lines = [DEMO_HEADERS.join(',')];
  for (let n = 1; n <= count; n++) {
    const cluster = clusters[Number(pickWeighted(rng, clusterWeights))] as (typeof clusters)[number];
    const category = pickWeighted(rng, CATEGORY_WEIGHTS[cluster.kind]);
    const types = TYPES[category];
    // Hills and villages: mostly homestays rather than hotels.
    const type =
      category === 'lodging' && cluster.kind === 'nature' && rng() < 0.6
        ? (types[2] as BusinessType)
        : pick(rng, types);
    const area = pick(rng, cluster.areas);
    const num = String(n).padStart(digits, '0');
    const id = `DEMO-${CATEGORY_CODE[category]}-${num}`;

    let lat = cluster.lat;
    let lng = cluster.lng;
    for (let tries = 0; tries < 50; tries++) {
      const candLat = cluster.lat + (gaussian(rng) * cluster.sigmaKm) / 110.574;
      const candLng =
        cluster.lng + (gaussian(rng) * cluster.sigmaKm) / (111.32 * Math.cos((cluster.lat * Math.PI) / 180));
      // Keep every point inside the province (the border gate sits on the line).
      if (inputs.boundary.length === 0 || inPolygon(candLng, candLat, inputs.boundary)) {
        lat = candLat;
        lng = candLng;
        break;
      }
    }

    const domain = pick(rng, DOMAINS);
    const slug = id.toLowerCase();
    const enP = { city: 0.45, border: 0.35, nature: 0.3, town: 0.15 }[cluster.kind];
    const zhP = { city: 0.35, border: 0.6, nature: 0.15, town: 0.1 }[cluster.kind];
    const tourist = category === 'lodging' || category === 'travel-agency';
    const languages = ['Tiếng Việt'];
    if (rng() < enP + (tourist ? 0.2 : 0)) languages.push('Tiếng Anh');
    if (rng() < zhP + (category === 'travel-agency' ? 0.2 : 0)) languages.push('Tiếng Trung');
    if (cluster.kind === 'nature' && (category === 'experience' || category === 'lodging') && rng() < 0.35) {
      languages.push(pick(rng, ['Tiếng Tày', 'Tiếng Nùng']));
    }
    const bookingP = {
      lodging: 0.5,
      experience: 0.4,
      'travel-agency': 0.4,
      transport: 0.2,
      food: 0.05,
      shopping: 0,
    };

    const row = [
      id,
      `${type.vi} ${area} ${num} (demo)`,
      rng() < 0.7 ? `${type.en} ${area} ${num} (demo)` : '',
      rng() < 0.5 ? `${type.zh}·${area} ${num}（演示）` : '',
      CATEGORY_VI[category],
      `Địa chỉ mẫu số ${n}, khu vực ${area}, tỉnh Lạng Sơn`,
      lat.toFixed(5),
      lng.toFixed(5),
      '', // no invented phone numbers: a real number could belong to someone
      rng() < 0.4 ? `demo${num}@${domain}` : '',
      rng() < 0.55 ? `https://${domain}/demo/${slug}` : '',
      rng() < bookingP[category] ? `https://${domain}/dat-cho/${slug}` : '',
      languages.join(', '),
      type.prices.length > 0 && rng() < 0.8 ? String(pick(rng, type.prices)) : '',
      pick(rng, type.hours),
      `DEMO/${CATEGORY_CODE[category]}/${num}`,
    ];
    lines.push(row.map(csvCell).join(','));
  }
  return `${lines.join('\n')}\n`;
}

export interface DemoRun {
  csvPath?: string;
  out?: string;
  log?: (line: string) => void;
}

/** Writes the CSV, then imports it exactly as a real export would be, with demo: true. */
export function runDemo(options: DemoRun = {}): number {
  const csvPath = options.csvPath ?? DEMO_CSV;
  writeFileSync(csvPath, generateDemoCsv(loadDemoInputs()));
  const outcome = runImport({
    file: csvPath,
    out: options.out ?? DEFAULT_OUT,
    demo: true,
    ...(options.log && { log: options.log }),
  });
  // The generator must only produce valid rows; a rejection here is a bug in this script.
  return outcome.exitCode !== 0 || outcome.rejectedRows > 0 ? 1 : 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exit(runDemo());
