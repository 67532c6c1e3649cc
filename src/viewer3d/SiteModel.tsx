import { useGLTF } from '@react-three/drei';
import { useThree } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import type { Mesh } from 'three';
import { KTX2Loader } from 'three-stdlib';
import { disposeObject } from './disposeObject';

const DECODERS = `${import.meta.env.BASE_URL}decoders/`;

/** The site's glTF, decoded with the app's own Draco/KTX2 decoders (Meshopt's is built in), freed on unmount. */
export function SiteModel({ url, onReady }: { url: string; onReady: () => void }) {
  const gl = useThree((s) => s.gl);
  const extend = useMemo(
    () => (loader: { setKTX2Loader: (l: KTX2Loader) => void }) => {
      loader.setKTX2Loader(new KTX2Loader().setTranscoderPath(`${DECODERS}basis/`).detectSupport(gl));
    },
    [gl],
  );
  const { scene } = useGLTF(url, `${DECODERS}draco/`, true, extend as never);

  useEffect(() => {
    scene.traverse((obj) => {
      const mesh = obj as Mesh;
      if (mesh.isMesh) {
        mesh.castShadow = true;
        mesh.receiveShadow = true;
      }
    });
    onReady();
    return () => {
      disposeObject(scene);
      useGLTF.clear(url);
    };
  }, [scene, url, onReady]);

  return <primitive object={scene} />;
}
