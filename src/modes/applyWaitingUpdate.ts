/** The offline feature's update API (src/offline/serviceWorker.ts), when the build has it. */
interface ServiceWorkerApi {
  updateWaiting: () => boolean;
  applyUpdate: () => void | Promise<void>;
}

// A glob, not an import: the modes build and run whether or not the offline feature is there yet.
const offline = import.meta.glob<ServiceWorkerApi>('../offline/serviceWorker.ts');

/** The attract loop is the safe moment to take a new version: nobody is using the kiosk. */
export async function applyWaitingUpdate(): Promise<boolean> {
  const load = Object.values(offline)[0];
  if (!load) return false;
  try {
    const sw = await load();
    if (!sw.updateWaiting()) return false;
    await sw.applyUpdate();
    return true;
  } catch {
    return false;
  }
}
