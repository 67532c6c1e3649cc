import { Html } from '@react-three/drei';
import type { ViewerHotspot } from './types';

/** Numbered pins anchored in the model; they hide behind the model (occlusion) and select on click or key. */
export function HotspotPins({
  hotspots,
  selectedId,
  onSelect,
}: {
  hotspots: readonly ViewerHotspot[];
  selectedId: string | null;
  onSelect: (id: string) => void;
}) {
  return (
    <>
      {hotspots.map((h) => (
        <Html
          key={h.id}
          position={h.anchor}
          center
          occlude
          zIndexRange={[20, 0]}
          wrapperClass="hotspot-pin-wrap"
        >
          <button
            type="button"
            className={`hotspot-pin${h.id === selectedId ? ' selected' : ''}`}
            onClick={() => onSelect(h.id)}
            // Same words as the pin shows when its label is open (WCAG 2.5.3: the name contains the visible text).
            aria-label={`${h.number} ${h.label}`}
            aria-pressed={h.id === selectedId}
            data-hotspot-id={h.id}
          >
            <span aria-hidden="true">{h.number}</span>{' '}
            <span className="hotspot-pin-label" aria-hidden="true">
              {h.label}
            </span>
          </button>
        </Html>
      ))}
    </>
  );
}
