import { useEffect, useState } from 'react';

type Ring = [number, number][];

let outlinePromise: Promise<Ring[]> | null = null;

/** The province outline, fetched once from the app's own map data. */
function loadOutline(): Promise<Ring[]> {
  outlinePromise ??= fetch(`${import.meta.env.BASE_URL}map/langson-boundary.geojson`)
    .then((r) => r.json())
    .then((fc: { features: { geometry: { type: string; coordinates: unknown } }[] }) =>
      fc.features.flatMap((f) =>
        f.geometry.type === 'Polygon'
          ? (f.geometry.coordinates as Ring[])
          : f.geometry.type === 'MultiPolygon'
            ? (f.geometry.coordinates as Ring[][]).flat()
            : [],
      ),
    )
    .catch(() => {
      outlinePromise = null;
      return [];
    });
  return outlinePromise;
}

const BBOX = { w: 106.093, e: 107.362, s: 21.3253, n: 22.4609 };
const KX = Math.cos((21.9 * Math.PI) / 180);
const W = 300;
const PAD = 10;
const SCALE = (W - 2 * PAD) / ((BBOX.e - BBOX.w) * KX);
const H = Math.round((BBOX.n - BBOX.s) * SCALE + 2 * PAD);

function project(lng: number, lat: number): [number, number] {
  return [PAD + (lng - BBOX.w) * KX * SCALE, PAD + (BBOX.n - lat) * SCALE];
}

/** A small, light locator (SVG, no map engine): the province and where the site is. */
export function LocatorMap({
  lng,
  lat,
  approximate,
  label,
}: {
  lng: number;
  lat: number;
  approximate: boolean;
  label: string;
}) {
  const [rings, setRings] = useState<Ring[]>([]);
  useEffect(() => {
    let live = true;
    void loadOutline().then((r) => live && setRings(r));
    return () => {
      live = false;
    };
  }, []);
  const d = rings
    .map(
      (ring) =>
        `M${ring
          .map(([x, y]) =>
            project(x, y)
              .map((v) => v.toFixed(1))
              .join(','),
          )
          .join('L')}Z`,
    )
    .join('');
  const [x, y] = project(lng, lat);
  return (
    <svg className="locator" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label}>
      <path d={d} fill="#E9E4D6" stroke="#1F4E3D" strokeWidth="1.2" />
      {approximate ? (
        <circle
          cx={x}
          cy={y}
          r="11"
          fill="rgba(232,160,180,0.35)"
          stroke="#A84866"
          strokeWidth="2"
          strokeDasharray="4 3"
        />
      ) : (
        <circle cx={x} cy={y} r="10" fill="rgba(232,160,180,0.45)" />
      )}
      <circle cx={x} cy={y} r="4.5" fill="#A84866" stroke="#fff" strokeWidth="1.5" />
    </svg>
  );
}
