/**
 * The panorama tours of the flagship sites: where each 360° view is taken, what it is called, what it
 * looks at first and which of the site's hotspots it may show. Edit here, then `npm run panoramas:build`.
 *
 * Coordinates are the site model's units (public/models/<site>.glb, y up, ~24 units across). The eye
 * stands EYE_HEIGHT above the first model surface a ray meets when cast straight down from `fromY` at
 * (x, z): lower `fromY` under a cave roof or an overhang. Titles name the place from the site's own
 * hotspot labels and gazetteer points of interest; they state no new fact.
 */
import type { Localized } from '../../src/content/schema';
import type { Vec3 } from '../../src/panorama/panoMath';
import type { LandscapeKind } from './landscape';

/**
 * Human scale of the dioramas, read off scripts/models: hall doors 1.2 units (≈ 2.4 m), stilt-house
 * floors 0.95 (≈ 1.9 m), handrails 0.35 (≈ 0.7 m), 30 steps rising 2.7 (≈ 15 cm each), the 1.6-unit
 * Tô Thị figure. About 0.5 units to the metre, so a standing visitor's eyes (≈ 1.5 m) are at 0.75.
 */
export const EYE_HEIGHT = 0.75;

/** Panorama credit: the model's credit (media[].credit), said of a 360° view rendered from it. */
export const PANORAMA_CREDIT: Localized = {
  vi: 'Ảnh 360° dựng từ mô hình minh họa của Xứ Lạng 3D, không phải ảnh chụp thực địa',
  en: '360° view rendered from the illustrative reconstruction by Lạng Sơn 3D, not a photograph',
  zh: '根据谅山3D制作的示意性复原模型渲染的360°全景，并非实地拍摄',
};

export interface SceneSpec {
  id: string;
  title: Localized;
  /** Viewpoint on the ground (x, z) in model units. */
  at: [number, number];
  /** Height the downward ray starts from (default 40): below a cave roof, an overhang or a tree. */
  fromY?: number;
  /** What the visitor faces on arrival: a hotspot id of the site, or a model point. */
  look: string | Vec3;
  /** Look a little down (or up) from the straight line to `look`, in degrees. */
  lookPitchOffset?: number;
  /** Site hotspot ids to mark in the scene; ones hidden from this viewpoint are left out. */
  hotspots: string[];
  /** Scenes to link to (default: every other scene of the tour). */
  links?: string[];
}

export interface SiteTourSpec {
  id: string;
  landscape: LandscapeKind;
  /** The scene the tour opens with (default: the first). */
  start?: string;
  scenes: SceneSpec[];
}

export const TOURS: SiteTourSpec[] = [
  {
    id: 'dong-tam-thanh',
    landscape: 'karst',
    scenes: [
      {
        id: 'pagoda-courtyard',
        title: { vi: 'Sân chùa Tam Thanh', en: 'Tam Thanh Pagoda courtyard', zh: '三清寺庭院' },
        at: [1.3, 6.3],
        look: [0.5, 3.6, -1.0],
        hotspots: [
          'tam-thanh-amitabha',
          'tam-thanh-thong-thien',
          'tam-thanh-ngo-thi-si-poem',
          'tam-thanh-stele-1677',
        ],
      },
      {
        id: 'stone-steps',
        title: { vi: 'Bậc đá lên động', en: 'Stone steps to the cave', zh: '登洞石阶' },
        at: [0.5, 1.6],
        look: 'tam-thanh-amitabha',
        hotspots: [
          'tam-thanh-amitabha',
          'tam-thanh-thong-thien',
          'tam-thanh-ngo-thi-si-poem',
          'tam-thanh-stele-1677',
        ],
      },
      {
        id: 'cave-mouth',
        title: { vi: 'Trong cửa động Tam Thanh', en: 'Inside the mouth of Tam Thanh Cave', zh: '三清洞口内' },
        at: [0.55, -1.75],
        fromY: 5.5,
        look: 'tam-thanh-amitabha',
        hotspots: [
          'tam-thanh-amitabha',
          'tam-thanh-am-ty-lake',
          'tam-thanh-ngo-thi-si-poem',
          'tam-thanh-stele-1677',
        ],
      },
    ],
  },
  {
    id: 'dong-nhi-thanh',
    landscape: 'karst',
    scenes: [
      {
        id: 'nhat-bich-pond',
        title: { vi: 'Bên ao Nhất Bích', en: 'By Nhất Bích pond', zh: '一碧池畔' },
        at: [2.8, 3.7],
        look: [0.3, 1.8, -1.5],
        hotspots: [
          'nhi-thanh-nhat-bich-pond',
          'nhi-thanh-ngo-thi-si-portrait',
          'nhi-thanh-ma-nhai-steles',
          'nhi-thanh-thong-thien-stage',
          'nhi-thanh-tam-giao-pagoda',
        ],
      },
      {
        id: 'cave-mouth',
        title: { vi: 'Trong cửa động Nhị Thanh', en: 'Inside the mouth of Nhị Thanh Cave', zh: '二青洞口内' },
        at: [1.5, -1.6],
        fromY: 2.6,
        look: 'nhi-thanh-ma-nhai-steles',
        hotspots: [
          'nhi-thanh-ma-nhai-steles',
          'nhi-thanh-thong-thien-stage',
          'nhi-thanh-ngo-thi-si-portrait',
          'nhi-thanh-nhat-bich-pond',
        ],
      },
      {
        id: 'tam-giao-pagoda',
        title: { vi: 'Trước chùa Tam Giáo', en: 'In front of Tam Giáo pagoda', zh: '三教寺前' },
        at: [6.3, 2.5],
        look: 'nhi-thanh-tam-giao-pagoda',
        hotspots: ['nhi-thanh-tam-giao-pagoda', 'nhi-thanh-nhat-bich-pond', 'nhi-thanh-ngo-thi-si-portrait'],
      },
    ],
  },
  {
    id: 'nui-to-thi',
    landscape: 'karst',
    scenes: [
      {
        id: 'summit',
        title: { vi: 'Bên tượng nàng Tô Thị', en: 'Beside the Tô Thị statue', zh: '苏氏石像旁' },
        at: [0.55, -0.85],
        fromY: 14,
        look: 'to-thi-statue',
        hotspots: ['to-thi-statue', 'to-thi-view', 'to-thi-mac-wall-link', 'to-thi-trail'],
      },
      {
        id: 'city-viewpoint',
        title: { vi: 'Điểm ngắm thành phố', en: 'City viewpoint', zh: '城市观景点' },
        at: [-3.0, 0.45],
        fromY: 7,
        look: [-8.05, 0.45, 5.45],
        hotspots: ['to-thi-view', 'to-thi-statue', 'to-thi-trail'],
      },
      {
        id: 'mac-wall',
        title: { vi: 'Bên tường thành nhà Mạc', en: 'By the Mạc wall', zh: '莫朝城墙旁' },
        at: [3.3, 1.1],
        look: 'to-thi-statue',
        hotspots: ['to-thi-mac-wall-link', 'to-thi-statue', 'to-thi-trail'],
      },
    ],
  },
  {
    id: 'thanh-nha-mac',
    landscape: 'karst',
    scenes: [
      {
        id: 'stairway-foot',
        title: {
          vi: 'Chân bậc đá lên cổng thành',
          en: 'Foot of the stairway to the gate',
          zh: '城门石阶脚下',
        },
        at: [0.9, 10.2],
        look: 'mac-gate-stairs',
        hotspots: ['mac-gate-stairs', 'mac-nw-wall', 'mac-east-wall', 'mac-watch-post'],
      },
      {
        id: 'inside-gate',
        title: { vi: 'Trong cổng thành', en: 'Inside the gate', zh: '城门内' },
        at: [0.0, 2.3],
        look: 'mac-nw-wall',
        hotspots: ['mac-nw-wall', 'mac-east-wall', 'mac-gate-stairs', 'mac-watch-post'],
      },
      {
        id: 'watch-post',
        title: { vi: 'Dấu tích chòi canh trên đỉnh', en: 'Summit watch-post ruins', zh: '山顶哨所遗迹' },
        at: [6.0, -1.9],
        fromY: 25,
        look: [0, 3.2, 3.0],
        hotspots: ['mac-watch-post', 'mac-east-wall', 'mac-nw-wall', 'mac-gate-stairs'],
      },
    ],
  },
  {
    id: 'den-ky-cung',
    landscape: 'karst',
    scenes: [
      {
        id: 'stone-wharf',
        title: { vi: 'Bến đá Kỳ Cùng', en: 'Kỳ Cùng stone wharf', zh: '奇穷石渡' },
        at: [1.1, 4.4],
        look: 'ky-cung-bell-drum-towers',
        hotspots: [
          'ky-cung-stone-wharf',
          'ky-cung-bell-drum-towers',
          'ky-cung-front-hall',
          'ky-cung-sanctuary',
        ],
      },
      {
        id: 'temple-courtyard',
        title: { vi: 'Sân trước tiền tế', en: 'Courtyard before the front hall', zh: '前祭殿前庭' },
        at: [1.1, 1.7],
        look: 'ky-cung-front-hall',
        hotspots: [
          'ky-cung-front-hall',
          'ky-cung-sanctuary',
          'ky-cung-bell-drum-towers',
          'ky-cung-stone-wharf',
        ],
      },
    ],
  },
  {
    id: 'ai-chi-lang',
    landscape: 'karst',
    scenes: [
      {
        id: 'temple-mound',
        title: { vi: 'Trước đền Quan trấn ải', en: 'Before the pass-guardian temple', zh: '镇隘官庙前' },
        at: [-1.6, 3.3],
        look: 'chi-lang-den-quan-tran-ai',
        hotspots: ['chi-lang-den-quan-tran-ai', 'chi-lang-mat-quy', 'chi-lang-ma-yen', 'chi-lang-exhibition'],
      },
      {
        id: 'exhibition-house',
        title: {
          vi: 'Trước nhà trưng bày Chiến thắng Chi Lăng',
          en: 'Before the Chi Lăng victory exhibition house',
          zh: '支稜大捷陈列馆前',
        },
        at: [2.3, -4.7],
        look: 'chi-lang-exhibition',
        hotspots: ['chi-lang-exhibition', 'chi-lang-mat-quy', 'chi-lang-ma-yen', 'chi-lang-den-quan-tran-ai'],
      },
    ],
  },
  {
    id: 'mau-son',
    landscape: 'hills',
    scenes: [
      {
        id: 'french-villas',
        title: { vi: 'Phế tích biệt thự Pháp', en: 'French villa ruins', zh: '法式别墅遗址' },
        at: [-3.4, 1.8],
        look: 'mau-son-french-villas',
        hotspots: ['mau-son-french-villas', 'mau-son-phja-me', 'mau-son-phja-po', 'mau-son-dao-herbal-bath'],
      },
      {
        id: 'phja-po',
        title: { vi: 'Đỉnh Phja Pò', en: 'Phja Pò peak', zh: '帕坡峰顶' },
        at: [3.55, -2.85],
        fromY: 25,
        look: 'mau-son-phja-me',
        hotspots: ['mau-son-phja-po', 'mau-son-phja-me', 'mau-son-french-villas'],
      },
      {
        id: 'phja-me',
        title: { vi: 'Đỉnh Phja Mè', en: 'Phja Mè peak', zh: '帕美峰顶' },
        at: [-3.9, -2.2],
        fromY: 25,
        look: 'mau-son-phja-po',
        hotspots: ['mau-son-phja-me', 'mau-son-phja-po', 'mau-son-french-villas', 'mau-son-dao-herbal-bath'],
      },
    ],
  },
  {
    id: 'lang-quynh-son',
    landscape: 'karst',
    scenes: [
      {
        id: 'village-lane',
        title: { vi: 'Giữa quần thể nhà sàn Tày', en: 'Among the Tày stilt houses', zh: '岱族高脚屋群之间' },
        at: [-1.0, -0.45],
        look: 'quynh-son-stilt-houses',
        hotspots: ['quynh-son-stilt-houses', 'quynh-son-homestay', 'quynh-son-rice-fields'],
      },
      {
        id: 'rice-fields',
        title: { vi: 'Giữa cánh đồng lúa Bắc Sơn', en: 'In the Bắc Sơn rice fields', zh: '北山稻田间' },
        at: [1.4, 4.0],
        look: 'quynh-son-homestay',
        hotspots: ['quynh-son-rice-fields', 'quynh-son-homestay', 'quynh-son-stilt-houses'],
      },
    ],
  },
  {
    id: 'cua-khau-huu-nghi',
    landscape: 'hills',
    scenes: [
      {
        id: 'route-1-start',
        title: { vi: 'Điểm đầu Quốc lộ 1', en: 'Start of National Route 1', zh: '1号国道起点' },
        at: [1.2, -0.7],
        look: 'huu-nghi-youyiguan-view',
        hotspots: ['huu-nghi-nr1-start', 'huu-nghi-youyiguan-view', 'huu-nghi-immigration'],
      },
      {
        id: 'immigration-hall',
        title: {
          vi: 'Trước khu kiểm soát xuất nhập cảnh',
          en: 'Before the immigration and customs hall',
          zh: '出入境检查区前',
        },
        at: [2.6, 5.2],
        look: 'huu-nghi-immigration',
        hotspots: ['huu-nghi-immigration', 'huu-nghi-youyiguan-view', 'huu-nghi-nr1-start'],
      },
    ],
  },
];
