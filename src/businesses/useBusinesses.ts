import { useEffect, useState } from 'react';
import type { BusinessData } from './resolveBusinesses';

export type BusinessesState =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ready'; data: BusinessData }
  | { status: 'error'; retry: () => void };

let pending: Promise<BusinessData> | null = null;
let loaded: BusinessData | null = null;

/** One load per page: the loader and the data are separate chunks, fetched on first use. */
function load(): Promise<BusinessData> {
  pending ??= import('./loadBusinesses')
    .then((m) => m.loadBusinesses())
    .then((data) => {
      loaded = data;
      return data;
    })
    .catch((error: unknown) => {
      pending = null;
      throw error;
    });
  return pending;
}

/** The registry's businesses, loaded lazily when `enabled` first becomes true. */
export function useBusinesses(enabled = true): BusinessesState {
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<BusinessesState>(() =>
    loaded ? { status: 'ready', data: loaded } : { status: enabled ? 'loading' : 'idle' },
  );
  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` re-runs the load after an error (retry)
  useEffect(() => {
    if (!enabled) return;
    if (loaded) {
      setState((s) =>
        s.status === 'ready' && s.data === loaded ? s : { status: 'ready', data: loaded as BusinessData },
      );
      return;
    }
    let live = true;
    setState({ status: 'loading' });
    load().then(
      (data) => live && setState({ status: 'ready', data }),
      () => live && setState({ status: 'error', retry: () => setAttempt((n) => n + 1) }),
    );
    return () => {
      live = false;
    };
  }, [enabled, attempt]);
  return state;
}
