import type { ThreeEvent } from '@react-three/fiber';
import { useEffect, useMemo, useState } from 'react';
import { markerTexture } from './markerTexture';
import { directionOf, type Vec3 } from './panoMath';
import type { PanoInfoMarker, PanoLinkMarker } from './types';

export const MARKER_DISTANCE = 8;
const HEIGHT = 0.95;
/** A press that moved more than this many pixels was a drag to look around, not a click. */
const CLICK_SLOP = 6;

function Marker({
  kind,
  label,
  number,
  yaw,
  pitch,
  onChoose,
}: {
  kind: 'link' | 'info';
  label: string;
  number?: number;
  yaw: number;
  pitch: number;
  onChoose: () => void;
}) {
  const drawn = useMemo(() => markerTexture(kind, label, number), [kind, label, number]);
  const [hover, setHover] = useState(false);
  useEffect(() => () => drawn.texture.dispose(), [drawn]);
  useEffect(() => {
    if (!hover) return;
    document.body.style.cursor = 'pointer';
    return () => {
      document.body.style.cursor = '';
    };
  }, [hover]);
  const [x, y, z] = directionOf(yaw, pitch);
  const scale = hover ? 1.1 : 1;
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: a 3D object; the DOM scene list offers the same choices by keyboard
    <sprite
      position={[x * MARKER_DISTANCE, y * MARKER_DISTANCE, z * MARKER_DISTANCE]}
      scale={[HEIGHT * drawn.aspect * scale, HEIGHT * scale, 1]}
      center={[0.5, 1 - (drawn.discCenterY ?? 0.5)]}
      renderOrder={1001}
      onClick={(e: ThreeEvent<MouseEvent>) => {
        if (e.delta > CLICK_SLOP) return;
        e.stopPropagation();
        onChoose();
      }}
      onPointerOver={(e) => {
        e.stopPropagation();
        setHover(true);
      }}
      onPointerOut={() => setHover(false)}
      userData={{ panoMarker: kind, label }}
    >
      <spriteMaterial
        map={drawn.texture}
        transparent
        depthTest={false}
        depthWrite={false}
        toneMapped={false}
      />
    </sprite>
  );
}

/** Scene links and info markers placed in the panorama (in the 3D scene, so VR can select them too). */
export function PanoMarkers({
  center,
  links,
  hotspots,
  onLink,
  onInfo,
}: {
  center: Vec3;
  links: readonly PanoLinkMarker[];
  hotspots: readonly PanoInfoMarker[];
  onLink: (to: string) => void;
  onInfo: (id: string) => void;
}) {
  return (
    <group position={center}>
      {links.map((l) => (
        <Marker
          key={`l-${l.to}`}
          kind="link"
          label={l.label}
          yaw={l.yaw}
          pitch={l.pitch}
          onChoose={() => onLink(l.to)}
        />
      ))}
      {hotspots.map((h) => (
        <Marker
          key={`i-${h.id}`}
          kind="info"
          label={h.label}
          number={h.number}
          yaw={h.yaw}
          pitch={h.pitch}
          onChoose={() => onInfo(h.id)}
        />
      ))}
    </group>
  );
}
