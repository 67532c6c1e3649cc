import type { Vec3 } from './vec';

/** Affine transform (3x4, row-major) used to place builder-local geometry in the diorama. */
export class Xform {
  private constructor(readonly m: readonly number[]) {}

  static readonly identity = new Xform([1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0]);

  static translate(x: number, y: number, z: number): Xform {
    return new Xform([1, 0, 0, x, 0, 1, 0, y, 0, 0, 1, z]);
  }

  /** Rotation about +Y; positive angles turn +X towards -Z (right-handed, as in three.js). */
  static rotateY(a: number): Xform {
    const c = Math.cos(a);
    const s = Math.sin(a);
    return new Xform([c, 0, s, 0, 0, 1, 0, 0, -s, 0, c, 0]);
  }

  static rotateX(a: number): Xform {
    const c = Math.cos(a);
    const s = Math.sin(a);
    return new Xform([1, 0, 0, 0, 0, c, -s, 0, 0, s, c, 0]);
  }

  static rotateZ(a: number): Xform {
    const c = Math.cos(a);
    const s = Math.sin(a);
    return new Xform([c, -s, 0, 0, s, c, 0, 0, 0, 0, 1, 0]);
  }

  static scale(x: number, y = x, z = x): Xform {
    return new Xform([x, 0, 0, 0, 0, y, 0, 0, 0, 0, z, 0]);
  }

  /** Scale, then turn about Y, then move: the usual way to place a builder. */
  static place(x: number, y: number, z: number, rotY = 0, s = 1): Xform {
    return Xform.scale(s)
      .andThen(Xform.rotateY(rotY))
      .andThen(Xform.translate(x, y, z));
  }

  /** This transform followed by `next`. */
  andThen(next: Xform): Xform {
    const a = next.m;
    const b = this.m;
    const r: number[] = [];
    for (let row = 0; row < 3; row++) {
      const a0 = a[row * 4] as number;
      const a1 = a[row * 4 + 1] as number;
      const a2 = a[row * 4 + 2] as number;
      const a3 = a[row * 4 + 3] as number;
      for (let col = 0; col < 4; col++) {
        const v =
          a0 * (b[col] as number) +
          a1 * (b[4 + col] as number) +
          a2 * (b[8 + col] as number) +
          (col === 3 ? a3 : 0);
        r.push(v);
      }
    }
    return new Xform(r);
  }

  apply(p: Vec3): Vec3 {
    const m = this.m as number[];
    return [
      (m[0] as number) * p[0] + (m[1] as number) * p[1] + (m[2] as number) * p[2] + (m[3] as number),
      (m[4] as number) * p[0] + (m[5] as number) * p[1] + (m[6] as number) * p[2] + (m[7] as number),
      (m[8] as number) * p[0] + (m[9] as number) * p[1] + (m[10] as number) * p[2] + (m[11] as number),
    ];
  }

  /** Negative determinant means mirroring, which flips triangle winding. */
  get mirrors(): boolean {
    const [a, b, c, , d, e, f, , g, h, i] = this.m as number[];
    const det =
      (a as number) * ((e as number) * (i as number) - (f as number) * (h as number)) -
      (b as number) * ((d as number) * (i as number) - (f as number) * (g as number)) +
      (c as number) * ((d as number) * (h as number) - (e as number) * (g as number));
    return det < 0;
  }
}
