import { type Group, LoaderUtils, type WebGLRenderer } from 'three';
import { DRACOLoader, GLTFLoader, type KTX2Loader, MeshoptDecoder } from 'three-stdlib';
import { gltfExtensionsUsed } from './gltfExtensionsUsed';

const DECODERS = `${import.meta.env.BASE_URL}decoders/`;

let draco: DRACOLoader | null = null;
const ktx2ByRenderer = new WeakMap<WebGLRenderer, KTX2Loader>();

/**
 * Loads a site's glTF/GLB with the app's own decoders. Meshopt's is built in (every bundled model uses
 * it) and Draco's glue is small; the KTX2 loader (~30 KB gzip with its Zstandard decoder) loads only for
 * a model that declares KHR_texture_basisu.
 */
export async function loadSiteModel(url: string, gl: WebGLRenderer, signal?: AbortSignal): Promise<Group> {
  const res = await fetch(url, { signal });
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  const data = await res.arrayBuffer();
  const used = gltfExtensionsUsed(data);
  const loader = new GLTFLoader();
  loader.setMeshoptDecoder(typeof MeshoptDecoder === 'function' ? MeshoptDecoder() : MeshoptDecoder);
  draco ??= new DRACOLoader().setDecoderPath(`${DECODERS}draco/`);
  loader.setDRACOLoader(draco);
  if (used.has('KHR_texture_basisu')) {
    let ktx2 = ktx2ByRenderer.get(gl);
    if (!ktx2) {
      // three's own KTX2Loader: three-stdlib's cannot be imported apart from its whole index.
      const { KTX2Loader: ThreeKTX2Loader } = await import('three/addons/loaders/KTX2Loader.js');
      // Same contract as three-stdlib's (detectSupport, load); the classes' private fields differ.
      ktx2 = new ThreeKTX2Loader()
        .setTranscoderPath(`${DECODERS}basis/`)
        .detectSupport(gl) as unknown as KTX2Loader;
      ktx2ByRenderer.set(gl, ktx2);
    }
    loader.setKTX2Loader(ktx2);
  }
  const gltf = await loader.parseAsync(data, LoaderUtils.extractUrlBase(new URL(url, location.href).href));
  return gltf.scene;
}
