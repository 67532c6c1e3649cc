import { isLang, type Lang, switchLangPath } from '../i18n/langs';

/** Router state after a QR landing that switched language: the sign's language, for the way back. */
export interface QrLandingState {
  qrSignLang: Lang;
}

/** The first of the device's preferred languages that the app has, or null when it has none of them. */
export function deviceLang(preferred: readonly string[]): Lang | null {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLang(base)) return base;
  }
  return null;
}

/**
 * Where a page opened from a QR sign (`?from=qr`) goes: the same page in the phone's language when it is
 * one of ours, otherwise in the sign's language; `from=qr` is dropped so a later language switch or a
 * reload stays put. Null when the URL is not a QR landing.
 */
export function qrLandingRedirect(
  signLang: Lang,
  location: { pathname: string; search: string; hash: string },
  preferred: readonly string[],
): { to: string; state: QrLandingState | null } | null {
  const params = new URLSearchParams(location.search);
  if (params.get('from') !== 'qr') return null;
  params.delete('from');
  const target = deviceLang(preferred) ?? signLang;
  const query = params.toString();
  return {
    to: `${switchLangPath(location.pathname, target)}${query ? `?${query}` : ''}${location.hash}`,
    state: target === signLang ? null : { qrSignLang: signLang },
  };
}

export function qrSignLang(state: unknown): Lang | null {
  const lang = (state as Partial<QrLandingState> | null)?.qrSignLang;
  return isLang(lang) ? lang : null;
}
