import type { Rgb } from './color';
import { cross, sub, type Vec3 } from './vec';

/** Triangle soup with one normal per face (flat shading) and one colour per face. */
export class MeshBuilder {
  readonly positions: number[] = [];
  readonly normals: number[] = [];
  readonly colors: number[] = [];

  get triangleCount(): number {
    return this.positions.length / 9;
  }

  /** Adds a counter-clockwise (front-facing) triangle; degenerate ones are dropped. */
  tri(a: Vec3, b: Vec3, c: Vec3, color: Rgb): void {
    const n = cross(sub(b, a), sub(c, a));
    const len = Math.hypot(n[0], n[1], n[2]);
    if (!(len > 1e-9)) return;
    const nx = n[0] / len;
    const ny = n[1] / len;
    const nz = n[2] / len;
    for (const p of [a, b, c]) {
      this.positions.push(p[0], p[1], p[2]);
      this.normals.push(nx, ny, nz);
      this.colors.push(color[0], color[1], color[2]);
    }
  }
}
