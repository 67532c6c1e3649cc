/**
 * The kiosk's full reset: forget everything the visitor left (stored preferences, session state,
 * narration, filters, route, language) by loading the start URL afresh in the default language.
 */
export function resetKiosk(startSearch: string, defaultLang: string) {
  try {
    for (const key of Object.keys(localStorage)) if (key.startsWith('xl3d')) localStorage.removeItem(key);
    sessionStorage.clear();
  } catch {
    // Storage disabled: nothing was kept.
  }
  if (typeof speechSynthesis !== 'undefined') speechSynthesis.cancel();
  window.location.replace(`/${defaultLang}${startSearch}`);
}
