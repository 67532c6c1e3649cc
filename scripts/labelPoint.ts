type Ring = [number, number][];

function insideRing([x, y]: [number, number], ring: Ring): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as [number, number];
    const [xj, yj] = ring[j] as [number, number];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function distToSegment(p: [number, number], a: [number, number], b: [number, number]): number {
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  const t = Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / (dx * dx + dy * dy || 1)));
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}

/** The grid point inside the polygons and the window that lies farthest from any edge (a cheap polylabel). */
export function labelPoint(
  polygons: Ring[][],
  window: [number, number, number, number],
  steps = 60,
): [number, number] {
  const [w, s, e, n] = window;
  let best: [number, number] = [(w + e) / 2, (s + n) / 2];
  let bestDist = -1;
  for (let i = 0; i <= steps; i++) {
    for (let j = 0; j <= steps; j++) {
      const p: [number, number] = [w + ((e - w) * i) / steps, s + ((n - s) * j) / steps];
      const poly = polygons.find(
        (rings) => rings[0] && insideRing(p, rings[0]) && !rings.slice(1).some((h) => insideRing(p, h)),
      );
      if (!poly) continue;
      let d = Math.min(p[0] - w, e - p[0], p[1] - s, n - p[1]);
      for (const ring of poly) {
        for (let k = 1; k < ring.length && d > bestDist; k++) {
          d = Math.min(d, distToSegment(p, ring[k - 1] as [number, number], ring[k] as [number, number]));
        }
      }
      if (d > bestDist) {
        bestDist = d;
        best = [Math.round(p[0] * 1e4) / 1e4, Math.round(p[1] * 1e4) / 1e4];
      }
    }
  }
  return best;
}
