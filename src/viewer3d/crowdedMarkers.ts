export interface ScreenPoint {
  id: string;
  /** CSS pixels. */
  x: number;
  y: number;
  /** Distance from the camera: nearer markers win. */
  depth: number;
}

/**
 * Which markers to hide so that none sits within `minGap` px of another or of a fixed point (a hotspot
 * pin): touch targets that overlap cannot be tapped reliably (WCAG 2.5.8). Markers behind the camera
 * (depth ≤ 0) are hidden too.
 */
export function crowdedMarkers(
  points: readonly ScreenPoint[],
  minGap: number,
  fixed: readonly { x: number; y: number }[] = [],
): Set<string> {
  const hidden = new Set<string>();
  const kept: { x: number; y: number }[] = [...fixed];
  for (const p of [...points].sort((a, b) => a.depth - b.depth)) {
    const crowded = p.depth <= 0 || kept.some((k) => Math.hypot(k.x - p.x, k.y - p.y) < minGap);
    if (crowded) hidden.add(p.id);
    else kept.push(p);
  }
  return hidden;
}
