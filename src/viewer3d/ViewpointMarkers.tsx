import { Html } from '@react-three/drei';
import { useFrame, useThree } from '@react-three/fiber';
import { useRef, useState } from 'react';
import { Vector3 } from 'three';
import { crowdedMarkers, type ScreenPoint } from './crowdedMarkers';
import type { Vec3, ViewerViewpoint } from './types';

/** Centre-to-centre distance below which two 44 px markers are too close to tap apart. */
const MIN_GAP = 52;
const v = new Vector3();

/**
 * 360° viewpoints standing in the model: choosing one steps inside its panorama. A marker that would
 * crowd a nearer one or a hotspot pin on screen is hidden; the "Step inside" button still reaches it.
 */
export function ViewpointMarkers({
  viewpoints,
  avoid = [],
  onChoose,
}: {
  viewpoints: readonly ViewerViewpoint[];
  /** Hotspot anchors: their pins keep their place. */
  avoid?: readonly Vec3[];
  onChoose: (id: string) => void;
}) {
  const camera = useThree((s) => s.camera);
  const size = useThree((s) => s.size);
  const [hidden, setHidden] = useState<ReadonlySet<string>>(new Set());
  const lastKey = useRef('');

  // Frames render on demand, so this runs only when the view changes.
  useFrame(() => {
    const toScreen = (p: Vec3) => {
      v.set(...p);
      const distance = v.distanceTo(camera.position);
      v.project(camera);
      // Behind the camera the projection lands beyond the far plane (z > 1).
      return {
        x: ((v.x + 1) / 2) * size.width,
        y: ((1 - v.y) / 2) * size.height,
        depth: v.z > 1 ? -distance : distance,
      };
    };
    const points: ScreenPoint[] = viewpoints.map((vp) => ({ id: vp.id, ...toScreen(vp.position) }));
    const next = crowdedMarkers(points, MIN_GAP, avoid.map(toScreen));
    const key = [...next].sort().join(',');
    if (key !== lastKey.current) {
      lastKey.current = key;
      setHidden(next);
    }
  });

  return (
    <>
      {viewpoints.map((vp) => (
        <Html key={vp.id} position={vp.position} center zIndexRange={[19, 0]} wrapperClass="viewpoint-wrap">
          <button
            type="button"
            className="viewpoint-marker"
            onClick={() => onChoose(vp.id)}
            data-viewpoint-id={vp.id}
            hidden={hidden.has(vp.id)}
          >
            {/* "360°" stays the start of the button's name: what is seen is what voice control hears. */}
            360°<span className="visually-hidden"> {vp.label}</span>
          </button>
        </Html>
      ))}
    </>
  );
}
