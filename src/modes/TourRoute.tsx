import { useEffect } from 'react';
import { Navigate, useParams } from 'react-router';
import { useModeStore } from './modeStore';

/** /:lang/tours/:tourId — a tour URL starts the fair mode on that itinerary (URL settings still apply). */
export function TourRoute() {
  const { lang = 'vi', tourId = '' } = useParams();
  const startSearch = useModeStore((s) => s.startSearch);
  const mode = useModeStore((s) => s.mode);
  const set = useModeStore((s) => s.set);
  const started = mode === 'fair' && new URLSearchParams(startSearch).get('tour') === tourId;
  useEffect(() => {
    if (started) return;
    const params = new URLSearchParams(window.location.search);
    params.set('mode', 'fair');
    params.set('tour', tourId);
    set({ mode: 'fair', settings: null, startSearch: `?${params}` });
  }, [started, set, tourId]);
  return started ? <Navigate to={`/${lang}`} replace /> : null;
}
