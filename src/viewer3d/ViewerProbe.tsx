import { addAfterEffect, useFrame, useThree } from '@react-three/fiber';
import { type RefObject, useEffect, useRef } from 'react';
import type { CameraRigHandle } from './CameraRig';

/** Publishes the renderer's counts and the camera on window.__xl3dViewer for tests and the benchmark. */
export function ViewerProbe({ rig, ready }: { rig: RefObject<CameraRigHandle | null>; ready: boolean }) {
  const gl = useThree((s) => s.gl);
  const firstFrame = useRef<number | null>(null);

  useEffect(() => {
    // A new model (ready going false) starts a new first-frame measurement.
    if (!ready) firstFrame.current = null;
    window.__xl3dViewer = {
      ready,
      firstFrameMs: firstFrame.current,
      memory: () => ({ geometries: gl.info.memory.geometries, textures: gl.info.memory.textures }),
      camera: () => rig.current?.view() ?? { position: [0, 0, 0], target: [0, 0, 0] },
      flying: () => rig.current?.flying() ?? false,
    };
    return () => {
      window.__xl3dViewer = undefined;
    };
  }, [gl, rig, ready]);

  const drawing = useRef(false);
  useFrame(() => {
    if (ready && firstFrame.current === null) drawing.current = true;
  });
  // Stamped after the frame's render call (shader compile and uploads included), like a peer's first frame.
  useEffect(
    () =>
      addAfterEffect(() => {
        if (!drawing.current) return;
        drawing.current = false;
        if (firstFrame.current !== null || !window.__xl3dViewer) return;
        firstFrame.current = performance.now();
        window.__xl3dViewer.firstFrameMs = firstFrame.current;
      }),
    [],
  );
  return null;
}
