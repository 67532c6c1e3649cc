import { createBrowserRouter, Navigate } from 'react-router';
import { pickLang } from '../i18n/langs';
import { LangLayout } from './LangLayout';
import { RouteError } from './RouteError';

function RootRedirect() {
  return <Navigate to={`/${pickLang(navigator.languages ?? [navigator.language])}`} replace />;
}

export const router = createBrowserRouter([
  { path: '/', element: <RootRedirect /> },
  {
    path: '/:lang',
    element: <LangLayout />,
    // Lazy child routes load after the shell; nothing to show before that first chunk arrives.
    hydrateFallbackElement: <div className="app-shell" />,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          { index: true, lazy: async () => ({ Component: (await import('./MapPage')).MapPage }) },
          {
            path: 'sites/:siteId',
            lazy: async () => ({ Component: (await import('./SitePage')).SitePage }),
            // The panorama is a child so the site page (and its one WebGL canvas) stays mounted.
            children: [{ path: '360/:sceneId', element: null }],
          },
          {
            path: 'businesses',
            lazy: async () => ({ Component: (await import('./BusinessesPage')).BusinessesPage }),
          },
          {
            path: 'businesses/:businessId',
            lazy: async () => ({ Component: (await import('./BusinessPage')).BusinessPage }),
          },
          {
            // A tour URL plays the itinerary hands-free (fair mode).
            path: 'tours/:tourId',
            lazy: async () => ({ Component: (await import('../modes/TourRoute')).TourRoute }),
          },
          { path: '*', lazy: async () => ({ Component: (await import('./NotFoundPage')).NotFoundPage }) },
        ],
      },
    ],
  },
]);
