import { Logger, NodeIO } from '@gltf-transform/core';
import { EXTMeshoptCompression, KHRMeshQuantization } from '@gltf-transform/extensions';
import { type ValidationReport, validateBytes } from 'gltf-validator';
import { MeshoptDecoder } from 'meshoptimizer';

export interface GlbInspection {
  errors: number;
  warnings: number;
  messages: string[];
  triangles: number;
  bytes: number;
}

const SEVERITY = ['error', 'warning', 'info', 'hint'];

function summarise(report: ValidationReport, prefix: string): string[] {
  return report.issues.messages
    .filter((m) => m.severity <= 1)
    .map((m) => `${prefix}${SEVERITY[m.severity] ?? m.severity} ${m.code} ${m.pointer ?? ''}: ${m.message}`);
}

/**
 * Validates a GLB with the Khronos validator and counts its triangles.
 * The validator cannot read EXT_meshopt_compression data, so the decoded geometry is validated as well.
 */
export async function inspectGlb(bytes: Uint8Array): Promise<GlbInspection> {
  const raw = await validateBytes(bytes, { maxIssues: 0, writeTimestamp: false });
  let errors = raw.issues.numErrors;
  let warnings = raw.issues.numWarnings;
  const messages = summarise(raw, '');
  let triangles = raw.info?.totalTriangleCount ?? 0;
  const compressed = raw.info?.extensionsUsed?.includes('EXT_meshopt_compression') ?? false;
  if (compressed && errors === 0) {
    try {
      await MeshoptDecoder.ready;
      const io = new NodeIO()
        .setLogger(new Logger(Logger.Verbosity.ERROR))
        .registerExtensions([EXTMeshoptCompression, KHRMeshQuantization])
        .registerDependencies({ 'meshopt.decoder': MeshoptDecoder });
      const doc = await io.readBinary(bytes);
      for (const ext of doc.getRoot().listExtensionsUsed()) {
        if (ext.extensionName === EXTMeshoptCompression.EXTENSION_NAME) ext.dispose();
      }
      const decoded = await validateBytes(await io.writeBinary(doc), { maxIssues: 0, writeTimestamp: false });
      errors += decoded.issues.numErrors;
      warnings += decoded.issues.numWarnings;
      messages.push(...summarise(decoded, 'decoded: '));
      triangles = decoded.info?.totalTriangleCount ?? triangles;
    } catch (e) {
      errors += 1;
      messages.push(`error MESHOPT_DECODE: ${(e as Error).message}`);
    }
  }
  return { errors, warnings, messages, triangles, bytes: bytes.byteLength };
}
