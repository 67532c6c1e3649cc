import { Html } from '@react-three/drei';
import type { ViewerViewpoint } from './types';

/** 360° viewpoints standing in the model: choosing one steps inside its panorama. */
export function ViewpointMarkers({
  viewpoints,
  onChoose,
}: {
  viewpoints: readonly ViewerViewpoint[];
  onChoose: (id: string) => void;
}) {
  return (
    <>
      {viewpoints.map((v) => (
        <Html key={v.id} position={v.position} center zIndexRange={[19, 0]} wrapperClass="viewpoint-wrap">
          <button
            type="button"
            className="viewpoint-marker"
            onClick={() => onChoose(v.id)}
            aria-label={v.label}
            data-viewpoint-id={v.id}
          >
            <span aria-hidden="true">360°</span>
          </button>
        </Html>
      ))}
    </>
  );
}
