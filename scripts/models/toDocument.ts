import { Document, Logger } from '@gltf-transform/core';
import { MATERIAL_KEYS, MATERIALS } from './materials';
import type { SceneBuilder } from './sceneBuilder';
import type { Vec3 } from './vec';

export interface AnchorNode {
  id: string;
  position: Vec3;
}

/** Turns the collected parts into a glTF document: one node per part, one primitive per material. */
export function toDocument(scene: SceneBuilder, name: string, anchors: readonly AnchorNode[] = []): Document {
  const doc = new Document();
  doc.setLogger(new Logger(Logger.Verbosity.WARN));
  const buffer = doc.createBuffer('geometry');
  const used = new Set(scene.parts.flatMap((p) => [...p.meshes.keys()]));
  const materials = new Map(
    MATERIAL_KEYS.filter((k) => used.has(k)).map((k) => [
      k,
      doc
        .createMaterial(MATERIALS[k].name)
        .setBaseColorFactor([1, 1, 1, 1])
        .setRoughnessFactor(MATERIALS[k].roughness)
        .setMetallicFactor(0),
    ]),
  );
  const root = doc.createNode('Diorama');
  for (const part of scene.parts) {
    const mesh = doc.createMesh(part.name);
    for (const key of MATERIAL_KEYS) {
      const mb = part.meshes.get(key);
      if (!mb || mb.triangleCount === 0) continue;
      const attr = (values: number[]) =>
        doc.createAccessor().setType('VEC3').setArray(new Float32Array(values)).setBuffer(buffer);
      const prim = doc
        .createPrimitive()
        .setAttribute('POSITION', attr(mb.positions))
        .setAttribute('NORMAL', attr(mb.normals))
        .setAttribute('COLOR_0', attr(mb.colors))
        .setMaterial(materials.get(key) ?? null);
      mesh.addPrimitive(prim);
    }
    if (mesh.listPrimitives().length === 0) {
      mesh.dispose();
      continue;
    }
    root.addChild(doc.createNode(part.name).setMesh(mesh));
  }
  const scn = doc.createScene(name).addChild(root);
  if (anchors.length > 0) {
    // empty nodes mark hotspot anchors so the viewer (or a DCC tool) can find them by name
    const group = doc.createNode('Hotspots');
    for (const a of anchors) group.addChild(doc.createNode(`Hotspot_${a.id}`).setTranslation(a.position));
    scn.addChild(group);
  }
  doc.getRoot().setDefaultScene(scn);
  return doc;
}
