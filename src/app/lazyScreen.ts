import { type ComponentType, createElement, type LazyExoticComponent, lazy, useState } from 'react';

/** A screen's code, loaded on first use or ahead of it (`preload`). */
export interface LazyScreen {
  preload: () => Promise<ComponentType>;
  /** Set once the module has loaded. */
  loaded: ComponentType | undefined;
  lazy: LazyExoticComponent<ComponentType>;
}

export function lazyScreen(load: () => Promise<ComponentType>): LazyScreen {
  const screen: LazyScreen = {
    loaded: undefined,
    preload: () =>
      load().then((c) => {
        screen.loaded = c;
        return c;
      }),
    lazy: lazy(async () => ({ default: await screen.preload() })),
  };
  return screen;
}

/**
 * Renders a lazy screen at once when its code was preloaded: main.tsx loads the first screen's chunk before
 * the first render, so the boot screen gives way to the page itself, not to an empty Suspense fallback.
 */
export function ScreenView({ screen }: { screen: LazyScreen }) {
  // Chosen once per mount: switching from the lazy wrapper to the loaded type later would remount the screen.
  const [Component] = useState<ComponentType>(() => screen.loaded ?? screen.lazy);
  return createElement(Component);
}
