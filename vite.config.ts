import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import {
  kioskPrecachePlugin,
  SHELL_FONT_GLOB,
  shellManifestTransform,
} from './scripts/offline/kioskPrecache.ts';
import { parsedSitesPlugin } from './scripts/parsedSites.ts';
import { routePreloadsPlugin } from './scripts/routePreloads.ts';
import { siteSummariesPlugin } from './scripts/siteSummaries.ts';
import { MEDIA_CACHES, MEDIA_MAX_AGE_SECONDS } from './src/offline/mediaCaches.ts';

/** Offline support (docs/offline-and-signs.md): the app shell is precached, media cached as viewed. */
const pwa = VitePWA({
  registerType: 'prompt',
  // src/offline/serviceWorker.ts registers it (workbox-window), after the page has loaded.
  injectRegister: false,
  devOptions: { enabled: false },
  includeAssets: ['favicon.svg'],
  manifest: {
    name: 'Xứ Lạng 3D',
    short_name: 'Xứ Lạng 3D',
    description: 'Lạng Sơn Province in 3D, 360° and three languages.',
    lang: 'vi',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    theme_color: '#1F4E3D',
    background_color: '#F4F1EA',
    icons: [
      { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: 'icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  },
  workbox: {
    // The app shell only: code, styles, the page, the Latin/Vietnamese fonts. Media is runtime-cached below.
    globPatterns: ['index.html', 'assets/**/*.{js,mjs,css}', SHELL_FONT_GLOB, 'favicon.svg'],
    // @react-three/xr's desktop emulator and its sample rooms (~6 MB) never load for visitors.
    globIgnores: [
      '**/node_modules/**/*',
      'assets/{emulate,living_room,meeting_room,music_room,office_large,office_small}-*.js',
    ],
    // The 3D and map chunks are ~1 MB each; keep headroom (the default 2 MiB fails the build when exceeded).
    maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
    manifestTransforms: [shellManifestTransform],
    navigateFallback: 'index.html',
    navigateFallbackDenylist: [/^\/(assets|models|posters|panoramas|map|decoders|narration|icons)\//],
    cleanupOutdatedCaches: true,
    // The first install takes the open page over, so media viewed on a first visit is cached too.
    clientsClaim: true,
    runtimeCaching: MEDIA_CACHES.map((c) => ({
      urlPattern:
        c.prefix === 'assets/'
          ? /\/assets\/[^/?#]+\.woff2(\?.*)?$/
          : new RegExp(`^[^?#]*?//[^/]+/${c.prefix}`),
      handler: 'CacheFirst' as const,
      options: {
        cacheName: c.cacheName,
        expiration: { maxEntries: c.maxEntries, maxAgeSeconds: MEDIA_MAX_AGE_SECONDS },
        cacheableResponse: { statuses: [200] },
        // The server's `Vary: Origin` would make a font request (CORS mode) miss what the kiosk cached.
        matchOptions: { ignoreVary: true },
        ...(c.rangeRequests ? { rangeRequests: true } : {}),
      },
    })),
  },
});

export default defineConfig({
  plugins: [
    react(),
    siteSummariesPlugin(),
    parsedSitesPlugin(),
    pwa,
    kioskPrecachePlugin(),
    routePreloadsPlugin(),
  ],
  server: { host: '127.0.0.1', port: 5173 },
  build: { target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 1200 },
});
