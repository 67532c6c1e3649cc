import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { gltfExtensionsUsed } from './gltfExtensionsUsed';

/** A standalone ArrayBuffer with the bytes (Node's Buffers share a pool). */
function buffer(bytes: Uint8Array): ArrayBuffer {
  const out = new ArrayBuffer(bytes.byteLength);
  new Uint8Array(out).set(bytes);
  return out;
}

function glb(json: object): ArrayBuffer {
  let text = JSON.stringify(json);
  while (text.length % 4) text += ' ';
  const body = new TextEncoder().encode(text);
  const out = new Uint8Array(20 + body.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, 0x46546c67, true);
  view.setUint32(4, 2, true);
  view.setUint32(8, out.length, true);
  view.setUint32(12, body.length, true);
  view.setUint32(16, 0x4e4f534a, true);
  out.set(body, 20);
  return buffer(out);
}

describe('gltfExtensionsUsed', () => {
  it('reads a bundled model: Meshopt, no Draco or KTX2', () => {
    const used = gltfExtensionsUsed(buffer(readFileSync('public/models/dong-tam-thanh.glb')));
    expect(used.has('EXT_meshopt_compression')).toBe(true);
    expect(used.has('KHR_draco_mesh_compression')).toBe(false);
    expect(used.has('KHR_texture_basisu')).toBe(false);
  });

  it('finds Draco and KTX2 in a GLB and in glTF JSON', () => {
    const json = {
      asset: { version: '2.0' },
      extensionsUsed: ['KHR_draco_mesh_compression', 'KHR_texture_basisu'],
    };
    expect([...gltfExtensionsUsed(glb(json))]).toEqual(['KHR_draco_mesh_compression', 'KHR_texture_basisu']);
    expect([...gltfExtensionsUsed(buffer(new TextEncoder().encode(JSON.stringify(json))))]).toEqual([
      'KHR_draco_mesh_compression',
      'KHR_texture_basisu',
    ]);
    expect(gltfExtensionsUsed(glb({ asset: { version: '2.0' } })).size).toBe(0);
  });

  it('names what is wrong with a file that is not glTF', () => {
    expect(() => gltfExtensionsUsed(buffer(new TextEncoder().encode('not a glTF file')))).toThrow(
      'neither a GLB nor glTF JSON',
    );
    const cut = new Uint8Array(glb({ asset: { version: '2.0' } })).slice(0, 24);
    expect(() => gltfExtensionsUsed(buffer(cut))).toThrow('not a complete JSON chunk');
  });
});
