import { lazy, Suspense, useEffect } from 'react';
import { Navigate, Outlet, Route, Routes, useLocation, useNavigate } from 'react-router';
import { pickLang } from '../i18n/langs';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { LangLayout } from './LangLayout';
import { RouteError } from './RouteError';

// Declarative routes (not the data router): the same screens for ~16 KB less JavaScript before the map.
const MapPage = lazy(async () => ({ default: (await import('./MapPage')).MapPage }));
const SitePage = lazy(async () => ({ default: (await import('./SitePage')).SitePage }));
const BusinessesPage = lazy(async () => ({ default: (await import('./BusinessesPage')).BusinessesPage }));
const BusinessPage = lazy(async () => ({ default: (await import('./BusinessPage')).BusinessPage }));
const TourRoute = lazy(async () => ({ default: (await import('../modes/TourRoute')).TourRoute }));
const NotFoundPage = lazy(async () => ({ default: (await import('./NotFoundPage')).NotFoundPage }));

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
            <Route index element={<MapPage />} />
            {/* The panorama is a child so the site page (and its one WebGL canvas) stays mounted. */}
            <Route path="sites/:siteId" element={<SitePage />}>
              <Route path="360/:sceneId" element={null} />
            </Route>
            <Route path="businesses" element={<BusinessesPage />} />
            <Route path="businesses/:businessId" element={<BusinessPage />} />
            {/* A tour URL plays the itinerary hands-free (fair mode). */}
            <Route path="tours/:tourId" element={<TourRoute />} />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Route>
      </Routes>
    </>
  );
}
