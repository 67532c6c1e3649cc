/**
 * A small static server for the production build (SPA fallback) and the peer pages, with a request log.
 * Text files are sent gzip-compressed when the client accepts it (like a real static host); the byte
 * figures of the report are computed from the files themselves, not from what this server sends.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.cjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.glb': 'model/gltf-binary',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.pbf': 'application/x-protobuf',
  '.vtt': 'text/vtt',
  '.mp3': 'audio/mpeg',
  '.geojson': 'application/geo+json',
};
const COMPRESSIBLE = new Set([
  '.html',
  '.js',
  '.mjs',
  '.cjs',
  '.css',
  '.json',
  '.svg',
  '.geojson',
  '.vtt',
  '.webmanifest',
]);

export interface LoggedRequest {
  /** Date.now() when the response was sent. */
  at: number;
  path: string;
  status: number;
  /** The file served (absolute), when one was. */
  file: string | null;
}

export interface BenchServer {
  url: string;
  log: LoggedRequest[];
  close(): Promise<void>;
}

export function startServer(opts: {
  dist: string;
  peers: string;
  port: number;
  compress: boolean;
}): Promise<BenchServer> {
  const log: LoggedRequest[] = [];
  const gzCache = new Map<string, Buffer>();
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    let path = decodeURIComponent(url.pathname);
    let root = opts.dist;
    if (path.startsWith('/__peers/')) {
      root = opts.peers;
      path = path.slice('/__peers'.length);
    }
    let file = join(root, normalize(path).replace(/^(\.\.[/\\])+/, ''));
    if (!existsSync(file) || statSync(file).isDirectory()) {
      const ext = extname(path);
      // SPA fallback for app routes; a missing file with an extension is a 404.
      file = ext && ext !== '.html' ? '' : join(opts.dist, 'index.html');
      if (root === opts.peers) file = '';
    }
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      log.push({ at: Date.now(), path, status: 404, file: null });
      return;
    }
    const ext = extname(file);
    let body: Buffer = readFileSync(file);
    const headers: Record<string, string> = {
      'content-type': TYPES[ext] ?? 'application/octet-stream',
      'cache-control': path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    };
    if (opts.compress && COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding']))) {
      let gz = gzCache.get(file);
      if (!gz) {
        gz = gzipSync(body, { level: 9 });
        gzCache.set(file, gz);
      }
      body = gz;
      headers['content-encoding'] = 'gzip';
      headers.vary = 'accept-encoding';
    }
    headers['content-length'] = String(body.length);
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
    log.push({ at: Date.now(), path, status: 200, file });
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(opts.port, '127.0.0.1', () =>
      resolvePromise({
        url: `http://127.0.0.1:${opts.port}`,
        log,
        close: () =>
          new Promise<void>((r) => {
            server.closeAllConnections();
            server.close(() => r());
          }),
      }),
    );
  });
}
