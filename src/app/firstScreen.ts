/**
 * "The first screen has what it came for": the map went idle, the first 3D frame or panorama preview
 * showed, or it failed visibly. Background work (the other languages' strings, the offline worker and its
 * precache, the itineraries) waits for it so it does not compete for the network and the processor; a
 * cap covers screens without a map or a viewer.
 */
let resolveReady: () => void = () => undefined;
export const firstScreenReady = new Promise<void>((resolve) => {
  resolveReady = resolve;
});

export function markFirstScreenReady(): void {
  resolveReady();
}

/** How long after `load` background work waits at most. */
export const FIRST_SCREEN_CAP_MS = 8000;
