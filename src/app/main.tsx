// Two weights (CSS asking for 500 gets 400, for 700 gets 600); Noto Sans SC loads only where Chinese shows
// (src/i18n/chineseFonts.ts).
import '@fontsource/be-vietnam-pro/400.css';
import '@fontsource/be-vietnam-pro/600.css';
import './styles.css';
import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { loadChineseFonts } from '../i18n/chineseFonts';
import { bootLangs, loadAllLocales, loadLocale } from '../i18n/i18n';
import { bodyFontReady } from './bodyFont';
import { FIRST_SCREEN_CAP_MS, firstScreenReady, markFirstScreenReady } from './firstScreen';
import { AppRoutes, preloadScreen } from './router';

const launchSearch = location.search;
// The first paint waits for its language's strings (a small chunk). The screen's own code and media are
// already downloading: the build's index.html preloads them from the URL (scripts/routePreloads.ts).
const langs = bootLangs(location.pathname, navigator.languages ?? [navigator.language]);
if (langs[0] === 'zh') void loadChineseFonts();
// The screen's own code too: rendering before it arrives would replace the boot screen with an empty one.
const base = import.meta.env.BASE_URL.replace(/\/$/, '');
// The head script loads this module without `defer` (scripts/routePreloads.ts): the boot screen's script
// must have run before React takes #root over.
const domReady = new Promise<void>((done) =>
  document.readyState === 'loading' ? document.addEventListener('DOMContentLoaded', () => done()) : done(),
);
// And for the body font (preloaded by the head script), so the first layout is not done twice.
void Promise.all([
  ...langs.map(loadLocale),
  preloadScreen(location.pathname.slice(base.length)),
  domReady,
  bodyFontReady(document.fonts, 1500),
])
  .catch(() => undefined)
  .then(() => {
    const root = document.getElementById('root');
    if (!root) return;
    // A transition renders in slices that yield to the browser: the boot screen (scripts/routePreloads.ts)
    // stays up and responsive until the app's first commit replaces it.
    startTransition(() =>
      createRoot(root).render(
        <StrictMode>
          <BrowserRouter>
            <AppRoutes />
          </BrowserRouter>
        </StrictMode>,
      ),
    );
  });

window.addEventListener('load', () => setTimeout(markFirstScreenReady, FIRST_SCREEN_CAP_MS));
void firstScreenReady.then(() => {
  // The other languages' strings, so a switch (or a kiosk screen) has them at once.
  void loadAllLocales().catch(() => undefined);
  // Offline support (production builds); kiosks also cache all media. Its module (workbox-window) loads now.
  void import('../offline/serviceWorker').then((m) =>
    m.registerAppServiceWorker({ kiosk: m.isKioskLaunch(launchSearch) }),
  );
});
