/** Installs (when missing) and bundles the peer viewers of bench/peers, a package separate from the app. */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';

export async function preparePeers(peersDir: string, outDir: string): Promise<void> {
  if (!existsSync(join(peersDir, 'node_modules', '@google', 'model-viewer'))) {
    console.log('bench: installing peers (npm install --prefix bench/peers)…');
    const r = spawnSync('npm', ['install', '--prefix', peersDir, '--no-audit', '--no-fund'], {
      stdio: 'inherit',
    });
    if (r.status !== 0) throw new Error('npm install --prefix bench/peers failed');
  }
  await build({
    configFile: false,
    root: peersDir,
    base: '/__peers/',
    logLevel: 'warn',
    publicDir: false,
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: false,
      chunkSizeWarningLimit: 5000,
      rolldownOptions: {
        input: { 'model-viewer': join(peersDir, 'model-viewer.html'), psv: join(peersDir, 'psv.html') },
      },
    },
  });
  copyFileSync(
    join(peersDir, 'node_modules', 'meshoptimizer', 'meshopt_decoder.cjs'),
    join(outDir, 'assets', 'meshopt_decoder.cjs'),
  );
}
