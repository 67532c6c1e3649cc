import type { OverlayScene } from './PanoramaOverlay';

const SIZE = 128;
const PAD = 22;

/** Where the viewpoints stand on the site plan (model x/z, −Z up), and which way the visitor looks. */
export function SceneMiniMap({
  scenes,
  currentId,
  label,
  onScene,
}: {
  scenes: readonly OverlayScene[];
  currentId: string;
  label: string;
  onScene: (id: string) => void;
}) {
  const placed = scenes.filter((s) => s.position);
  if (placed.length < 2) return null;
  const xs = placed.map((s) => s.position?.[0] ?? 0);
  const zs = placed.map((s) => s.position?.[2] ?? 0);
  const span = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...zs) - Math.min(...zs), 1);
  const k = (SIZE - PAD * 2) / span;
  const cx = (Math.max(...xs) + Math.min(...xs)) / 2;
  const cz = (Math.max(...zs) + Math.min(...zs)) / 2;
  const at = (s: OverlayScene) => ({
    x: SIZE / 2 + ((s.position?.[0] ?? 0) - cx) * k,
    y: SIZE / 2 + ((s.position?.[2] ?? 0) - cz) * k,
  });
  const byId = new Map(placed.map((s) => [s.id, at(s)]));
  const current = byId.get(currentId);
  const edges = new Map<string, { a: { x: number; y: number }; b: { x: number; y: number } }>();
  for (const s of placed) {
    for (const to of s.links) {
      const a = byId.get(s.id);
      const b = byId.get(to);
      if (a && b) edges.set([s.id, to].sort().join(' '), { a, b });
    }
  }
  return (
    <svg
      className="pano-minimap"
      viewBox={`0 0 ${SIZE} ${SIZE}`}
      role="img"
      aria-label={label}
      data-testid="pano-minimap"
    >
      <rect x="1" y="1" width={SIZE - 2} height={SIZE - 2} rx="14" className="pano-minimap-bg" />
      {[...edges].map(([key, e]) => (
        <line key={key} x1={e.a.x} y1={e.a.y} x2={e.b.x} y2={e.b.y} className="pano-minimap-edge" />
      ))}
      {current && (
        <g transform={`translate(${current.x} ${current.y})`}>
          <g className="pano-minimap-heading">
            <path d="M0 0 L-14 -30 A32 32 0 0 1 14 -30 Z" className="pano-minimap-cone" />
          </g>
        </g>
      )}
      {placed.map((s) => {
        const p = byId.get(s.id);
        if (!p) return null;
        const here = s.id === currentId;
        return (
          // biome-ignore lint/a11y/noStaticElementInteractions: the scene list offers the same choice by keyboard
          <circle
            key={s.id}
            cx={p.x}
            cy={p.y}
            r={here ? 7 : 5.5}
            className={here ? 'pano-minimap-here' : 'pano-minimap-dot'}
            onClick={() => onScene(s.id)}
            data-minimap-scene={s.id}
          >
            <title>{s.title}</title>
          </circle>
        );
      })}
    </svg>
  );
}
