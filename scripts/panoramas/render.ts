/**
 * Browser half of `npm run panoramas:build` (loaded by render.html in headless Chromium): loads a site
 * model, surrounds it with the seeded landscape and sky, renders a cube map at a viewpoint and converts it
 * to an equirectangular image with the conventions of src/panorama/panoMath.ts.
 */
import {
  ACESFilmicToneMapping,
  Color,
  CubeCamera,
  type CubeTexture,
  DirectionalLight,
  DoubleSide,
  Fog,
  HalfFloatType,
  HemisphereLight,
  LinearFilter,
  type Material,
  Mesh,
  MeshBasicMaterial,
  NoToneMapping,
  type Object3D,
  OrthographicCamera,
  PCFShadowMap,
  PlaneGeometry,
  Raycaster,
  Scene,
  ShaderMaterial,
  SphereGeometry,
  SRGBColorSpace,
  Vector3,
  WebGLCubeRenderTarget,
  WebGLRenderer,
} from 'three';
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { directionOf, equirectUv, type Vec3 } from '../../src/panorama/panoMath';
import { type LandscapeKind, landscape, SKY, sky } from './landscape';

/** Same light as the site viewer (src/viewer3d/SiteViewer.tsx). */
const SUN_POSITION = new Vector3(14, 22, 10);

const canvas = document.createElement('canvas');
document.body.append(canvas);
const renderer = new WebGLRenderer({ canvas, antialias: false, preserveDrawingBuffer: true, alpha: false });
renderer.setPixelRatio(1);
renderer.outputColorSpace = SRGBColorSpace;
renderer.toneMapping = ACESFilmicToneMapping;
renderer.shadowMap.enabled = true;
renderer.shadowMap.type = PCFShadowMap;
// one shadow map per panorama, not one per cube face
renderer.shadowMap.autoUpdate = false;

const scene = new Scene();
scene.fog = new Fog(SKY.horizon.clone(), 90, 900);
scene.add(new HemisphereLight('#fbf7ee', '#4f5d47', 1.1));
const sun = new DirectionalLight('#ffffff', 2.4);
sun.position.copy(SUN_POSITION);
sun.castShadow = true;
sun.shadow.mapSize.set(2048, 2048);
sun.shadow.bias = -0.0004;
sun.shadow.normalBias = 0.02;
Object.assign(sun.shadow.camera, { left: -16, right: 16, top: 16, bottom: -16, far: 60 });
scene.add(sun, sun.target);
const skyDome = sky(SUN_POSITION);
scene.add(skyDome);

let model: Object3D | null = null;
let scenery: Object3D | null = null;

/** The equirectangular conversion: one full-screen quad sampling the cube map with 2×2 supersampling. */
const uniforms = {
  cube: { value: null as CubeTexture | null },
  size: { value: [4096, 2048] },
  flipX: { value: 1 },
};
const equirect = new ShaderMaterial({
  uniforms,
  vertexShader: /* glsl */ `
    varying vec2 vUv;
    void main() { vUv = uv; gl_Position = vec4(position.xy, 0.0, 1.0); }`,
  fragmentShader: /* glsl */ `
    uniform samplerCube cube;
    uniform vec2 size;
    uniform float flipX;
    varying vec2 vUv;
    const float PI = 3.141592653589793;
    // panoMath.ts: u = (yaw + 180) / 360, v = 0.5 - pitch / 180 (v down);
    // directionOf(yaw, pitch) = (sin yaw cos pitch, sin pitch, -cos yaw cos pitch)
    vec3 dirAt(vec2 uvUp) {
      float yaw = (uvUp.x - 0.5) * 2.0 * PI;
      float pitch = (uvUp.y - 0.5) * PI;
      float cp = cos(pitch);
      return vec3(sin(yaw) * cp, sin(pitch), -cos(yaw) * cp);
    }
    vec3 sampleDir(vec3 d) { return textureCube(cube, vec3(flipX * d.x, d.y, d.z)).rgb; }
    void main() {
      vec2 px = 1.0 / size;
      vec3 c = vec3(0.0);
      c += sampleDir(dirAt(vUv + px * vec2(-0.25, -0.25)));
      c += sampleDir(dirAt(vUv + px * vec2(0.25, -0.25)));
      c += sampleDir(dirAt(vUv + px * vec2(-0.25, 0.25)));
      c += sampleDir(dirAt(vUv + px * vec2(0.25, 0.25)));
      gl_FragColor = vec4(c * 0.25, 1.0);
      #include <tonemapping_fragment>
      #include <colorspace_fragment>
    }`,
});
const quadScene = new Scene();
quadScene.add(new Mesh(new PlaneGeometry(2, 2), equirect));
const quadCamera = new OrthographicCamera(-1, 1, 1, -1, 0, 1);

function cubeTarget(face: number): WebGLCubeRenderTarget {
  return new WebGLCubeRenderTarget(face, {
    type: HalfFloatType,
    generateMipmaps: false,
    minFilter: LinearFilter,
    magFilter: LinearFilter,
  });
}

/** Renders `target` from `eye` into the canvas as a width×(width/2) equirectangular image. */
function renderEquirect(target: Scene, eye: Vector3, width: number, face: number, toneMapped: boolean): void {
  const rt = cubeTarget(face);
  const cam = new CubeCamera(0.04, 5000, rt);
  cam.position.copy(eye);
  target.add(cam);
  cam.update(renderer, target);
  target.remove(cam);
  canvas.width = width;
  canvas.height = width / 2;
  renderer.setSize(width, width / 2, false);
  uniforms.cube.value = rt.texture;
  uniforms.size.value = [width, width / 2];
  equirect.toneMapped = toneMapped;
  equirect.needsUpdate = true;
  renderer.render(quadScene, quadCamera);
  rt.dispose();
}

async function blobOf(c: HTMLCanvasElement, quality: number): Promise<Blob> {
  return new Promise((resolve, reject) =>
    c.toBlob((b) => (b ? resolve(b) : reject(new Error('toBlob failed'))), 'image/jpeg', quality),
  );
}

async function base64(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

function modelMeshes(): Mesh[] {
  const out: Mesh[] = [];
  model?.traverse((o) => {
    if ((o as Mesh).isMesh) out.push(o as Mesh);
  });
  return out;
}

function nameOf(o: Object3D): string {
  let n = o.name;
  for (let p = o.parent; !n && p; p = p.parent) n = p.name;
  const m = (o as Mesh).material as Material | undefined;
  return `${n || '?'}${m?.name ? `/${m.name}` : ''}`;
}

/** Raycasts against the model with both faces counted (inside-a-wall checks see back faces). */
function cast(from: Vector3, dir: Vector3, far = Number.POSITIVE_INFINITY, skip?: RegExp) {
  const meshes = modelMeshes();
  const sides = meshes.map((m) => (m.material as Material).side);
  for (const m of meshes) (m.material as Material).side = DoubleSide;
  const ray = new Raycaster(from, dir.clone().normalize(), 0, far);
  const hits = ray.intersectObjects(meshes, false).filter((h) => !skip?.test(nameOf(h.object)));
  meshes.forEach((m, i) => {
    (m.material as Material).side = sides[i] as Material['side'];
  });
  return hits;
}

const api = {
  ready: false,

  async loadSite(id: string, kind: LandscapeKind): Promise<{ meshes: string[] }> {
    if (model) scene.remove(model);
    if (scenery) scene.remove(scenery);
    const loader = new GLTFLoader().setMeshoptDecoder(MeshoptDecoder);
    const gltf = await loader.loadAsync(`/models/${id}.glb`);
    model = gltf.scene;
    model.traverse((o) => {
      const m = o as Mesh;
      if (m.isMesh) {
        m.castShadow = true;
        m.receiveShadow = true;
      }
    });
    model.updateMatrixWorld(true);
    scene.add(model);
    scenery = landscape(`xu-lang-3d/panorama/${id}`, kind);
    scene.add(scenery);
    renderer.shadowMap.needsUpdate = true;
    return { meshes: [...new Set(modelMeshes().map(nameOf))].sort() };
  },

  /** Ground under (x, z): the first model surface a ray from `fromY` straight down meets (clouds ignored). */
  probe(x: number, z: number, fromY: number): { y: number; hit: string } | null {
    const hits = cast(new Vector3(x, fromY, z), new Vector3(0, -1, 0), Number.POSITIVE_INFINITY, /cloud/i);
    const h = hits[0];
    return h ? { y: h.point.y, hit: nameOf(h.object) } : null;
  },

  /** Nearest model surface around the eye in 16 horizontal directions, up and down (wall checks). */
  clearance(eye: Vec3): { minHorizontal: number; up: number | null; backFaceHits: number } {
    const from = new Vector3(...eye);
    let minHorizontal = Number.POSITIVE_INFINITY;
    let backFaceHits = 0;
    for (let k = 0; k < 16; k++) {
      const a = (k / 16) * Math.PI * 2;
      const d = new Vector3(Math.sin(a), 0, -Math.cos(a));
      const h = cast(from, d)[0];
      if (!h) continue;
      minHorizontal = Math.min(minHorizontal, h.distance);
      const n = h.face?.normal.clone().transformDirection(h.object.matrixWorld);
      if (n && n.dot(d) > 0.05) backFaceHits++;
    }
    const up = cast(from, new Vector3(0, 1, 0), Number.POSITIVE_INFINITY, /cloud/i)[0];
    return { minHorizontal, up: up ? up.distance : null, backFaceHits };
  },

  /** Whether a hotspot anchor can be seen from the eye: the first surface on the line is at (or near) it. */
  sightline(eye: Vec3, anchor: Vec3, tolerance: number): { visible: boolean; distance: number; hit: string } {
    const from = new Vector3(...eye);
    const to = new Vector3(...anchor);
    const dist = from.distanceTo(to);
    const h = cast(from, to.clone().sub(from), dist + tolerance)[0];
    if (!h) return { visible: true, distance: dist, hit: '' };
    const near = h.point.distanceTo(to) <= tolerance || h.distance >= dist - tolerance;
    return { visible: near, distance: dist, hit: `${nameOf(h.object)} at ${h.distance.toFixed(2)}` };
  },

  /** Renders one panorama; returns the full image and a preview tuned to stay under `previewMax` bytes. */
  async render(opts: {
    eye: Vec3;
    width: number;
    face: number;
    quality: number;
    preview: { width: number; maxBytes: number };
  }): Promise<{ full: string; preview: string; previewQuality: number; ms: number }> {
    const t0 = performance.now();
    const eye = new Vector3(...opts.eye);
    skyDome.position.copy(eye);
    renderer.shadowMap.needsUpdate = true;
    renderEquirect(scene, eye, opts.width, opts.face, true);
    const full = await blobOf(canvas, opts.quality);
    const small = document.createElement('canvas');
    small.width = opts.preview.width;
    small.height = opts.preview.width / 2;
    const ctx = small.getContext('2d');
    if (!ctx) throw new Error('no 2D context');
    ctx.imageSmoothingEnabled = true;
    ctx.imageSmoothingQuality = 'high';
    // downscale in halving steps so every source pixel contributes
    let src: HTMLCanvasElement = canvas;
    while (src.width / 2 > small.width) {
      const half = document.createElement('canvas');
      half.width = src.width / 2;
      half.height = src.height / 2;
      half.getContext('2d')?.drawImage(src, 0, 0, half.width, half.height);
      src = half;
    }
    ctx.drawImage(src, 0, 0, small.width, small.height);
    let q = 0.86;
    let preview = await blobOf(small, q);
    while (preview.size > opts.preview.maxBytes && q > 0.3) {
      q = Math.round((q - 0.04) * 100) / 100;
      preview = await blobOf(small, q);
    }
    return {
      full: await base64(full),
      preview: await base64(preview),
      previewQuality: q,
      ms: performance.now() - t0,
    };
  },

  /**
   * Convention check: coloured spheres at known yaw/pitch, rendered through the same cube → equirect path;
   * returns the colour found at equirectUv(yaw, pitch) for each.
   */
  selfTest(
    markers: { yaw: number; pitch: number; color: [number, number, number] }[],
    flipX: number,
  ): { yaw: number; pitch: number; expected: number[]; found: number[] }[] {
    const test = new Scene();
    test.background = new Color('#000000');
    for (const m of markers) {
      const mesh = new Mesh(
        new SphereGeometry(0.9, 16, 8),
        new MeshBasicMaterial({ color: new Color(...m.color.map((c) => c / 255)) }),
      );
      mesh.position.set(...directionOf(m.yaw, m.pitch)).multiplyScalar(10);
      test.add(mesh);
    }
    const width = 512;
    const tm = renderer.toneMapping;
    renderer.toneMapping = NoToneMapping;
    uniforms.flipX.value = flipX;
    renderEquirect(test, new Vector3(), width, 256, false);
    renderer.toneMapping = tm;
    const gl = renderer.getContext();
    return markers.map((m) => {
      const { u, v } = equirectUv(m.yaw, m.pitch);
      const x = Math.min(width - 1, Math.floor(u * width));
      const yDown = Math.min(width / 2 - 1, Math.floor(v * (width / 2)));
      const px = new Uint8Array(4);
      gl.readPixels(x, width / 2 - 1 - yDown, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, px);
      return { yaw: m.yaw, pitch: m.pitch, expected: m.color, found: [px[0] ?? 0, px[1] ?? 0, px[2] ?? 0] };
    });
  },

  setFlipX(flipX: number): void {
    uniforms.flipX.value = flipX;
  },
};

declare global {
  interface Window {
    __pano: typeof api;
  }
}
window.__pano = api;
api.ready = true;
