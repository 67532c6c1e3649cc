import { useThree } from '@react-three/fiber';
import { useEffect, useState } from 'react';
import type { Group, Mesh, WebGLRenderer } from 'three';
import { DRACOLoader, GLTFLoader, KTX2Loader, MeshoptDecoder } from 'three-stdlib';
import { disposeObject } from './disposeObject';

const DECODERS = `${import.meta.env.BASE_URL}decoders/`;

let draco: DRACOLoader | null = null;
const ktx2ByRenderer = new WeakMap<WebGLRenderer, KTX2Loader>();

/** The site's glTF, decoded with the app's own Draco/KTX2 decoders (Meshopt's is built in). */
export function loadSiteModel(url: string, gl: WebGLRenderer): Promise<Group> {
  const loader = new GLTFLoader();
  draco ??= new DRACOLoader().setDecoderPath(`${DECODERS}draco/`);
  loader.setDRACOLoader(draco);
  loader.setMeshoptDecoder(typeof MeshoptDecoder === 'function' ? MeshoptDecoder() : MeshoptDecoder);
  let ktx2 = ktx2ByRenderer.get(gl);
  if (!ktx2) {
    ktx2 = new KTX2Loader().setTranscoderPath(`${DECODERS}basis/`).detectSupport(gl);
    ktx2ByRenderer.set(gl, ktx2);
  }
  loader.setKTX2Loader(ktx2);
  return loader.loadAsync(url).then((gltf) => gltf.scene);
}

/**
 * The site's model, drawn once it has loaded and freed on unmount. It does not suspend: React reveals a
 * suspended scene at most every 300 ms, which put up to 300 ms on the way to the first frame.
 * A failed load throws to the canvas's error boundary.
 */
export function SiteModel({ url, onReady }: { url: string; onReady: () => void }) {
  const gl = useThree((s) => s.gl);
  const [loaded, setLoaded] = useState<{ scene: Group | null; error?: unknown }>({ scene: null });

  useEffect(() => {
    let live = true;
    let scene: Group | null = null;
    loadSiteModel(url, gl).then(
      (s) => {
        if (!live) return disposeObject(s);
        scene = s;
        s.traverse((obj) => {
          const mesh = obj as Mesh;
          if (mesh.isMesh) {
            mesh.castShadow = true;
            mesh.receiveShadow = true;
          }
        });
        setLoaded({ scene: s });
      },
      (error: unknown) => live && setLoaded({ scene: null, error }),
    );
    return () => {
      live = false;
      if (scene) disposeObject(scene);
    };
  }, [url, gl]);

  useEffect(() => {
    if (loaded.scene) onReady();
  }, [loaded.scene, onReady]);

  if (loaded.error !== undefined) throw loaded.error;
  return loaded.scene && <primitive object={loaded.scene} />;
}
