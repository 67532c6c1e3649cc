import type { Rgb } from './color';
import type { MeshBuilder } from './meshBuilder';
import type { Vec3 } from './vec';
import { Xform } from './xform';

/** Draws faces into a MeshBuilder through a transform, so builders can work in local coordinates. */
export class Pen {
  constructor(
    readonly mesh: MeshBuilder,
    readonly xf: Xform = Xform.identity,
  ) {}

  /** A pen whose local space is `local` inside this pen's space. */
  with(local: Xform): Pen {
    return new Pen(this.mesh, local.andThen(this.xf));
  }

  at(x: number, y: number, z: number, rotY = 0, s = 1): Pen {
    return this.with(Xform.place(x, y, z, rotY, s));
  }

  tri(a: Vec3, b: Vec3, c: Vec3, color: Rgb): void {
    const pa = this.xf.apply(a);
    const pb = this.xf.apply(b);
    const pc = this.xf.apply(c);
    if (this.xf.mirrors) this.mesh.tri(pa, pc, pb, color);
    else this.mesh.tri(pa, pb, pc, color);
  }

  /** Quad a-b-c-d, counter-clockwise seen from the front. */
  quad(a: Vec3, b: Vec3, c: Vec3, d: Vec3, color: Rgb): void {
    this.tri(a, b, c, color);
    this.tri(a, c, d, color);
  }

  /** Convex polygon as a fan, counter-clockwise seen from the front. */
  poly(points: readonly Vec3[], color: Rgb): void {
    const first = points[0];
    if (!first) return;
    for (let i = 1; i + 1 < points.length; i++)
      this.tri(first, points[i] as Vec3, points[i + 1] as Vec3, color);
  }
}
