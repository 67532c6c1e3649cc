import { Document, NodeIO } from '@gltf-transform/core';
import { describe, expect, it } from 'vitest';
import { inspectGlb } from './inspectGlb';

async function triangleGlb(): Promise<Uint8Array> {
  const doc = new Document();
  const buffer = doc.createBuffer();
  const position = doc
    .createAccessor()
    .setType('VEC3')
    .setArray(new Float32Array([0, 0, 0, 1, 0, 0, 0, 1, 0]))
    .setBuffer(buffer);
  const mesh = doc.createMesh('tri').addPrimitive(doc.createPrimitive().setAttribute('POSITION', position));
  const scene = doc.createScene().addChild(doc.createNode('n').setMesh(mesh));
  doc.getRoot().setDefaultScene(scene);
  return new NodeIO().writeBinary(doc);
}

describe('inspectGlb', () => {
  it('counts triangles and bytes of a valid GLB', async () => {
    const bytes = await triangleGlb();
    const report = await inspectGlb(bytes);
    expect(report).toMatchObject({ errors: 0, triangles: 1, bytes: bytes.byteLength });
  });

  it('reports errors for a damaged file', async () => {
    const bytes = await triangleGlb();
    const broken = bytes.slice(0, bytes.byteLength - 8);
    const report = await inspectGlb(broken);
    expect(report.errors).toBeGreaterThan(0);
    expect(report.messages.length).toBeGreaterThan(0);
  });
});
