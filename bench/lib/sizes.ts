/** Raw, gzip and brotli sizes of built files (vite preview and our server send them uncompressed). */
import { readFileSync, statSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export interface Sizes {
  raw: number;
  gzip: number;
  brotli: number;
}

const cache = new Map<string, Sizes>();

/** Sizes of one file: gzip level 9, brotli quality 11 (what a static host's precompression gives). */
export function fileSizes(path: string): Sizes {
  const hit = cache.get(path);
  if (hit) return hit;
  const buf = readFileSync(path);
  const sizes = {
    raw: buf.length,
    gzip: gzipSync(buf, { level: 9 }).length,
    brotli: brotliCompressSync(buf, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: buf.length },
    }).length,
  };
  cache.set(path, sizes);
  return sizes;
}

export function rawSize(path: string): number {
  return statSync(path).size;
}

export function sumSizes(list: Sizes[]): Sizes {
  return list.reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli }), {
    raw: 0,
    gzip: 0,
    brotli: 0,
  });
}

export function kb(bytes: number | null | undefined): string {
  if (bytes === null || bytes === undefined || Number.isNaN(bytes)) return 'n/a';
  return bytes >= 1024 * 1024 ? `${(bytes / 1048576).toFixed(2)} MB` : `${(bytes / 1024).toFixed(1)} KB`;
}
