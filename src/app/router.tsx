import { Suspense, useEffect } from 'react';
import { Navigate, Outlet, Route, Routes, useLocation, useNavigate } from 'react-router';
import { pickLang } from '../i18n/langs';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { LangLayout } from './LangLayout';
import { lazyScreen, ScreenView } from './lazyScreen';
import { RouteError } from './RouteError';
import { screenOf } from './screenOf';

// Declarative routes (not the data router): the same screens for ~16 KB less JavaScript before the map.
const MapPage = lazyScreen(async () => (await import('./MapPage')).MapPage);
const SitePage = lazyScreen(async () => (await import('./SitePage')).SitePage);
const BusinessesPage = lazyScreen(async () => (await import('./BusinessesPage')).BusinessesPage);
const BusinessPage = lazyScreen(async () => (await import('./BusinessPage')).BusinessPage);
const TourRoute = lazyScreen(async () => (await import('../modes/TourRoute')).TourRoute);
const NotFoundPage = lazyScreen(async () => (await import('./NotFoundPage')).NotFoundPage);

const SCREENS = {
  map: MapPage,
  site: SitePage,
  businesses: BusinessesPage,
  business: BusinessPage,
  tour: TourRoute,
  notFound: NotFoundPage,
};

/**
 * Loads the code of the screen a path opens (main.tsx, before the first render); resolves on failure too.
 * A site page's file too (the head script has it downloading already): the first render is then the page
 * itself, not its preview followed by a second render of the whole page.
 */
export async function preloadScreen(path: string): Promise<void> {
  const screen = screenOf(path);
  if (screen === 'none') return;
  const siteId = screen === 'site' ? path.split('/').filter(Boolean)[2] : undefined;
  await Promise.all([
    SCREENS[screen].preload(),
    siteId ? import('../content/loadSite').then((m) => m.loadSite(siteId)) : undefined,
  ]).catch(() => undefined);
}

declare global {
  interface Window {
    /** Test and benchmark hook: client-side navigation, as a link click would do. */
    __xl3dNavigate?: (path: string) => void;
  }
}

function RootRedirect() {
  return <Navigate to={`/${pickLang(navigator.languages ?? [navigator.language])}`} replace />;
}

/** Publishes client-side navigation for tests and the benchmark. */
function NavigateHook() {
  const navigate = useNavigate();
  useEffect(() => {
    window.__xl3dNavigate = (path) => void navigate(path);
    return () => {
      window.__xl3dNavigate = undefined;
    };
  }, [navigate]);
  return null;
}

/** A crashed screen shows RouteError and the header still works; moving to another screen clears it. */
function RouteBoundary() {
  const { pathname } = useLocation();
  // One key per screen, not per language, 360° scene or view (those keep the page mounted), so a failure
  // resets when the visitor moves to another screen.
  const screen = pathname.split('/').slice(2, 4).join('/');
  return (
    <ErrorBoundary key={screen} fallback={<RouteError />}>
      {/* Lazy screens load after the shell; nothing to show before their chunk arrives. */}
      <Suspense fallback={<div className="app-shell" />}>
        <Outlet />
      </Suspense>
    </ErrorBoundary>
  );
}

export function AppRoutes() {
  return (
    <>
      <NavigateHook />
      <Routes>
        <Route path="/" element={<RootRedirect />} />
        <Route path="/:lang" element={<LangLayout />}>
          <Route element={<RouteBoundary />}>
            <Route index element={<ScreenView screen={MapPage} />} />
            {/* The panorama is a child so the site page (and its one WebGL canvas) stays mounted. */}
            <Route path="sites/:siteId" element={<ScreenView screen={SitePage} />}>
              <Route path="360/:sceneId" element={null} />
            </Route>
            <Route path="businesses" element={<ScreenView screen={BusinessesPage} />} />
            <Route path="businesses/:businessId" element={<ScreenView screen={BusinessPage} />} />
            {/* A tour URL plays the itinerary hands-free (fair mode). */}
            <Route path="tours/:tourId" element={<ScreenView screen={TourRoute} />} />
            <Route path="*" element={<ScreenView screen={NotFoundPage} />} />
          </Route>
        </Route>
      </Routes>
    </>
  );
}
