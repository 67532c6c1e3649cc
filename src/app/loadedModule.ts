import { useEffect, useState } from 'react';

/** A code-split module: loaded once on first ask, then kept. */
export interface LoadedModule<M> {
  load: () => Promise<M>;
  /** The module once it has arrived. */
  current: M | null;
}

export function loadedModule<M>(importer: () => Promise<M>): LoadedModule<M> {
  let pending: Promise<M> | null = null;
  const mod: LoadedModule<M> = {
    current: null,
    load: () => {
      pending ??= importer().then((m) => {
        mod.current = m;
        return m;
      });
      return pending;
    },
  };
  return mod;
}

/**
 * The module when it has arrived (at once if it already has), null until then; a failed load throws
 * to the nearest error boundary, as React.lazy would. Not a Suspense boundary: React reveals those at
 * most every 300 ms, which put up to 300 ms on the way to the viewer's first frame.
 */
export function useLoadedModule<M>(mod: LoadedModule<M>, wanted = true): M | null {
  const [state, setState] = useState<{ module: M | null; error?: unknown }>(() => ({ module: mod.current }));
  useEffect(() => {
    if (!wanted || state.module) return;
    let live = true;
    mod.load().then(
      (module) => live && setState({ module }),
      (error: unknown) => live && setState({ module: null, error }),
    );
    return () => {
      live = false;
    };
  }, [mod, wanted, state.module]);
  if (state.error !== undefined) throw state.error;
  return wanted ? (state.module ?? mod.current) : null;
}
