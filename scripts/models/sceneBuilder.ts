import type { MaterialKey } from './materials';
import { MeshBuilder } from './meshBuilder';
import { Pen } from './pen';

/** A named part of the diorama: one glTF node whose mesh has one primitive per material. */
export interface Part {
  readonly name: string;
  readonly meshes: Map<MaterialKey, MeshBuilder>;
}

/** Collects a diorama's geometry as ordered, named parts (insertion order = file order). */
export class SceneBuilder {
  readonly parts: Part[] = [];
  private readonly byName = new Map<string, Part>();

  /** A pen drawing into `part` with `material`; parts and primitives are created on first use. */
  pen(part: string, material: MaterialKey): Pen {
    let p = this.byName.get(part);
    if (!p) {
      p = { name: part, meshes: new Map() };
      this.byName.set(part, p);
      this.parts.push(p);
    }
    let mesh = p.meshes.get(material);
    if (!mesh) {
      mesh = new MeshBuilder();
      p.meshes.set(material, mesh);
    }
    return new Pen(mesh);
  }

  get triangleCount(): number {
    let n = 0;
    for (const p of this.parts) for (const m of p.meshes.values()) n += m.triangleCount;
    return n;
  }
}
