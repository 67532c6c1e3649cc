const GLB_MAGIC = 0x46546c67; // "glTF"
const JSON_CHUNK = 0x4e4f534a; // "JSON"

/** The `extensionsUsed` of a glTF (JSON) or GLB file, read from its JSON without parsing the rest. */
export function gltfExtensionsUsed(data: ArrayBuffer): Set<string> {
  const view = new DataView(data);
  let json: string;
  if (data.byteLength >= 20 && view.getUint32(0, true) === GLB_MAGIC) {
    const length = view.getUint32(12, true);
    if (view.getUint32(16, true) !== JSON_CHUNK || 20 + length > data.byteLength) {
      throw new Error('GLB: the first chunk is not a complete JSON chunk');
    }
    json = new TextDecoder().decode(new Uint8Array(data, 20, length));
  } else {
    json = new TextDecoder().decode(data);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    throw new Error('glTF: the file is neither a GLB nor glTF JSON');
  }
  const used = (parsed as { extensionsUsed?: unknown }).extensionsUsed;
  return new Set(Array.isArray(used) ? used.filter((e): e is string => typeof e === 'string') : []);
}
