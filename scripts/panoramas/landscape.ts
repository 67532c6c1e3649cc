/**
 * The seeded surroundings a panorama needs beyond the diorama's rim: a ground plane of fields and
 * paddies, a ring of limestone towers (or rounded hills) and a sky with the sun. Runs in the browser page.
 */
import {
  BackSide,
  BufferGeometry,
  Color,
  Float32BufferAttribute,
  Group,
  Mesh,
  MeshStandardMaterial,
  ShaderMaterial,
  SphereGeometry,
  Vector3,
} from 'three';

export type LandscapeKind = 'karst' | 'hills';

/** Deterministic PRNG (mulberry32) seeded from a string. */
export function seededRandom(seed: string): () => number {
  let h = 1779033703 ^ seed.length;
  for (let i = 0; i < seed.length; i++) {
    h = Math.imul(h ^ seed.charCodeAt(i), 3432918353);
    h = (h << 13) | (h >>> 19);
  }
  let a = h >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Smooth value noise on a seeded lattice (2D), in [-1, 1]. */
function valueNoise(seed: string): (x: number, y: number) => number {
  const rnd = seededRandom(`${seed}/lattice`);
  const table = Array.from({ length: 256 }, () => rnd() * 2 - 1);
  const perm = Array.from({ length: 256 }, (_, i) => i);
  for (let i = 255; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [perm[i], perm[j]] = [perm[j] as number, perm[i] as number];
  }
  const at = (i: number, j: number) => table[perm[((perm[i & 255] as number) + j) & 255] as number] as number;
  const fade = (t: number) => t * t * (3 - 2 * t);
  return (x, y) => {
    const xi = Math.floor(x);
    const yi = Math.floor(y);
    const fx = fade(x - xi);
    const fy = fade(y - yi);
    const a = at(xi, yi) + (at(xi + 1, yi) - at(xi, yi)) * fx;
    const b = at(xi, yi + 1) + (at(xi + 1, yi + 1) - at(xi, yi + 1)) * fx;
    return a + (b - a) * fy;
  };
}

const srgb = (hex: string) => new Color(hex);

/** Sky colours, shared by the sky dome and the distance fog so the horizon has no seam. */
export const SKY = {
  zenith: srgb('#5f93c9'),
  horizon: srgb('#dfe6e3'),
  sun: srgb('#fff4d6'),
};

function flatMesh(positions: number[], colors: number[], material: MeshStandardMaterial): Mesh {
  const g = new BufferGeometry();
  g.setAttribute('position', new Float32BufferAttribute(positions, 3));
  g.setAttribute('color', new Float32BufferAttribute(colors, 3));
  g.computeVertexNormals();
  return new Mesh(g, material);
}

function pushTri(pos: number[], col: number[], a: Vector3, b: Vector3, c: Vector3, color: Color): void {
  pos.push(a.x, a.y, a.z, b.x, b.y, b.z, c.x, c.y, c.z);
  for (let k = 0; k < 3; k++) col.push(color.r, color.g, color.b);
}

/** Ground from just under the diorama's rim (radius 12, y = 0) out to the horizon. */
function ground(seed: string, kind: LandscapeKind, material: MeshStandardMaterial): Mesh {
  const rnd = seededRandom(`${seed}/ground`);
  const noise = valueNoise(`${seed}/ground`);
  const radii: number[] = [11.85];
  let r = 11.85;
  while (r < 1400) {
    r = r < 40 ? r + 2.2 : r * 1.09;
    radii.push(r);
  }
  const segs = 120;
  const paddies =
    kind === 'karst'
      ? ['#7fa145', '#93b452', '#a9c35a', '#6f9a48', '#b7b45a', '#86a84e'].map(srgb)
      : ['#6e9a55', '#5e8c4a', '#86ae5e', '#7a9a50', '#97a45e'].map(srgb);
  const grass = srgb(kind === 'karst' ? '#6e9a55' : '#5f8b4b');
  const height = (x: number, z: number, rr: number) => {
    // gentle swells well away from the rim; exactly 0 at the rim so the diorama sits on it
    const w = Math.min(1, Math.max(0, (rr - 16) / 40));
    const amp = kind === 'hills' ? 3.2 : 1.1;
    return (noise(x * 0.025, z * 0.025) * 0.5 + 0.5) * amp * w - 0.012;
  };
  const cellColor = new Map<string, Color>();
  const pos: number[] = [];
  const col: number[] = [];
  const v = (i: number, j: number) => {
    const rr = radii[i] as number;
    const a = (j / segs) * Math.PI * 2;
    const x = Math.cos(a) * rr;
    const z = Math.sin(a) * rr;
    return new Vector3(x, height(x, z, rr), z);
  };
  for (let i = 0; i < radii.length - 1; i++) {
    for (let j = 0; j < segs; j++) {
      const rr = radii[i] as number;
      // paddy blocks: a few neighbouring cells share a colour, grass in between
      const key = `${Math.floor(i / 2)}:${Math.floor(j / 3)}`;
      let c = cellColor.get(key);
      if (!c) {
        const n = noise(i * 0.4 + 3, j * 0.25);
        c = (n > -0.15 ? paddies[Math.floor(rnd() * paddies.length)] : grass)?.clone() ?? grass.clone();
        c.multiplyScalar(0.94 + rnd() * 0.1);
        cellColor.set(key, c);
      }
      const cc = rr < 14 ? grass : c;
      const a = v(i, j);
      const b = v(i, j + 1);
      const c2 = v(i + 1, j + 1);
      const d = v(i + 1, j);
      pushTri(pos, col, a, b, c2, cc);
      pushTri(pos, col, a, c2, d, cc);
    }
  }
  const mesh = flatMesh(pos, col, material);
  mesh.name = 'Landscape_Ground';
  mesh.receiveShadow = true;
  return mesh;
}

/** One limestone tower (steep sides, rounded crown) or a rounded hill, with flat low-poly facets. */
function tower(
  rnd: () => number,
  noise: (x: number, y: number) => number,
  at: { x: number; z: number; h: number; r: number },
  kind: LandscapeKind,
): { pos: number[]; col: number[] } {
  const segs = 14;
  const rings = 8;
  const green = [srgb('#3f6f3c'), srgb('#4a7d40'), srgb('#36613a'), srgb('#557f45')];
  const rock = [srgb('#a6a296'), srgb('#8f8c83'), srgb('#b4b0a6')];
  const phase = rnd() * 100;
  const profile = (t: number) =>
    kind === 'karst' ? Math.max(0, 1 - t ** 4.5) ** 0.45 * (1 - 0.3 * t) : Math.max(0, 1 - t ** 1.6) ** 0.8;
  const pts: Vector3[][] = [];
  for (let i = 0; i <= rings; i++) {
    const t = i / rings;
    const row: Vector3[] = [];
    for (let j = 0; j < segs; j++) {
      const a = (j / segs) * Math.PI * 2;
      const wob = 1 + 0.22 * noise(Math.cos(a) * 1.3 + phase, Math.sin(a) * 1.3 + t * 2.2);
      const rr = i === rings ? 0 : at.r * profile(t) * wob;
      row.push(
        new Vector3(
          at.x + Math.cos(a) * rr,
          -0.5 + t * (at.h + 0.5) * (1 + 0.04 * wob),
          at.z + Math.sin(a) * rr,
        ),
      );
    }
    pts.push(row);
  }
  const pos: number[] = [];
  const col: number[] = [];
  for (let i = 0; i < rings; i++) {
    for (let j = 0; j < segs; j++) {
      const j2 = (j + 1) % segs;
      const t = i / rings;
      const bare = kind === 'karst' && t > 0.1 && t < 0.8 && noise(j * 0.3 + phase, i * 0.35) > 0.0;
      const base = bare ? rock[Math.floor(rnd() * rock.length)] : green[Math.floor(rnd() * green.length)];
      const c = (base ?? srgb('#4a7d40')).clone().multiplyScalar(0.92 + rnd() * 0.14);
      const a = pts[i]?.[j] as Vector3;
      const b = pts[i]?.[j2] as Vector3;
      const cc = pts[i + 1]?.[j2] as Vector3;
      const d = pts[i + 1]?.[j] as Vector3;
      pushTri(pos, col, a, cc, b, c);
      if (i < rings - 1) pushTri(pos, col, a, d, cc, c);
    }
  }
  return { pos, col };
}

/** A ring of towers around the site: near ones framing the diorama, far ones fading into the haze. */
function towers(seed: string, kind: LandscapeKind, material: MeshStandardMaterial): Mesh {
  const rnd = seededRandom(`${seed}/towers`);
  const noise = valueNoise(`${seed}/towers`);
  const pos: number[] = [];
  const col: number[] = [];
  const bands =
    kind === 'karst'
      ? [
          { count: 20, d: [28, 60], rel: [0.3, 0.55] },
          { count: 32, d: [70, 180], rel: [0.18, 0.32] },
          { count: 44, d: [200, 520], rel: [0.08, 0.16] },
        ]
      : [
          { count: 16, d: [45, 110], rel: [0.06, 0.13] },
          { count: 30, d: [130, 320], rel: [0.05, 0.1] },
          { count: 36, d: [340, 700], rel: [0.04, 0.07] },
        ];
  for (const band of bands) {
    for (let k = 0; k < band.count; k++) {
      const a = ((k + rnd() * 0.8) / band.count) * Math.PI * 2;
      const d = (band.d[0] as number) + rnd() * ((band.d[1] as number) - (band.d[0] as number));
      const h = d * ((band.rel[0] as number) + rnd() * ((band.rel[1] as number) - (band.rel[0] as number)));
      const r = kind === 'karst' ? h * (0.3 + rnd() * 0.16) : h * (1.6 + rnd() * 1.2);
      const t = tower(rnd, noise, { x: Math.cos(a) * d, z: Math.sin(a) * d, h, r }, kind);
      pos.push(...t.pos);
      col.push(...t.col);
    }
  }
  const mesh = flatMesh(pos, col, material);
  mesh.name = 'Landscape_Towers';
  return mesh;
}

/** Gradient sky with a soft sun, centred on the camera (move it with the eye). */
export function sky(sunDir: Vector3): Mesh {
  const material = new ShaderMaterial({
    side: BackSide,
    depthWrite: false,
    fog: false,
    toneMapped: false,
    uniforms: {
      zenith: { value: SKY.zenith },
      horizon: { value: SKY.horizon },
      sunColor: { value: SKY.sun },
      sunDir: { value: sunDir.clone().normalize() },
    },
    vertexShader: /* glsl */ `
      varying vec3 vDir;
      void main() {
        vDir = normalize(position);
        gl_Position = projectionMatrix * modelViewMatrix * vec4(position, 1.0);
      }`,
    fragmentShader: /* glsl */ `
      uniform vec3 zenith;
      uniform vec3 horizon;
      uniform vec3 sunColor;
      uniform vec3 sunDir;
      varying vec3 vDir;
      void main() {
        vec3 d = normalize(vDir);
        float up = max(d.y, 0.0);
        vec3 col = mix(horizon, zenith, pow(up, 0.55));
        // haze just above the horizon, and the same haze colour below it (the ground fogs into it)
        col = mix(col, horizon, exp(-up * 18.0) * 0.6);
        float s = max(dot(d, sunDir), 0.0);
        col += sunColor * (pow(s, 900.0) * 6.0 + pow(s, 40.0) * 0.35 + pow(s, 6.0) * 0.08);
        gl_FragColor = vec4(col, 1.0);
      }`,
  });
  const mesh = new Mesh(new SphereGeometry(2500, 48, 24), material);
  mesh.name = 'Landscape_Sky';
  mesh.renderOrder = -1;
  mesh.frustumCulled = false;
  return mesh;
}

/** Ground and towers for a site; deterministic for a given seed. */
export function landscape(seed: string, kind: LandscapeKind): Group {
  const material = new MeshStandardMaterial({ vertexColors: true, flatShading: true, roughness: 0.95 });
  const group = new Group();
  group.name = 'Landscape';
  group.add(ground(seed, kind, material));
  group.add(towers(seed, kind, material));
  return group;
}
