import { useThree } from '@react-three/fiber';
import { useEffect, useRef, useState } from 'react';
import type { Group, Mesh } from 'three';
import { disposeObject } from './disposeObject';
import { loadSiteModel } from './loadSiteModel';

/**
 * The site's model, drawn once it has loaded and freed on unmount. It does not suspend: React reveals a
 * suspended scene at most every 300 ms, which put up to 300 ms on the way to the first frame.
 * A failed load is reported to onError (thrown inside the canvas, it would take the canvas down mid-update).
 */
export function SiteModel({
  url,
  onReady,
  onError,
}: {
  url: string;
  onReady: () => void;
  onError: (error: unknown) => void;
}) {
  const gl = useThree((s) => s.gl);
  const [scene, setScene] = useState<Group | null>(null);
  const report = useRef(onError);
  report.current = onError;

  useEffect(() => {
    let live = true;
    let loaded: Group | null = null;
    const abort = new AbortController();
    loadSiteModel(url, gl, abort.signal).then(
      (s) => {
        if (!live) return disposeObject(s);
        loaded = s;
        s.traverse((obj) => {
          const mesh = obj as Mesh;
          if (mesh.isMesh) {
            mesh.castShadow = true;
            mesh.receiveShadow = true;
          }
        });
        setScene(s);
      },
      (error: unknown) => {
        if (live) report.current(error);
      },
    );
    return () => {
      live = false;
      abort.abort();
      if (loaded) disposeObject(loaded);
    };
  }, [url, gl]);

  useEffect(() => {
    if (scene) onReady();
  }, [scene, onReady]);

  return scene && <primitive object={scene} />;
}
