import type { Document } from '@gltf-transform/core';
import { NodeIO } from '@gltf-transform/core';
import { EXTMeshoptCompression, KHRMeshQuantization } from '@gltf-transform/extensions';
import { dedup, meshopt, weld } from '@gltf-transform/functions';
import { MeshoptEncoder } from 'meshoptimizer';

/** Optimises a document (dedup, weld of identical flat-shaded vertices, quantize, meshopt) to GLB bytes. */
export async function encodeGlb(doc: Document): Promise<Uint8Array> {
  await MeshoptEncoder.ready;
  // weld only merges bitwise-identical vertices, so facets keep their own normals (flat shading survives)
  await doc.transform(dedup(), weld(), meshopt({ encoder: MeshoptEncoder, level: 'high' }));
  const io = new NodeIO()
    .registerExtensions([EXTMeshoptCompression, KHRMeshQuantization])
    .registerDependencies({ 'meshopt.encoder': MeshoptEncoder });
  return io.writeBinary(doc);
}
