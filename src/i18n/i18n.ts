import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { isLang, LANGS, type Lang, pickLang } from './langs';

type Strings = { [key: string]: string | Strings };

/**
 * UI strings, one chunk per language (~4 KB gzip each): the first paint waits only for its own language
 * (see `bootLangs`); the others load after it (`loadAllLocales`), before a switch or a kiosk needs them.
 */
const LOCALES: Record<Lang, () => Promise<Strings>> = {
  vi: () => import('../../locales/vi/common.json').then((m) => m.default),
  en: () => import('../../locales/en/common.json').then((m) => m.default),
  zh: () => import('../../locales/zh/common.json').then((m) => m.default),
};
const pending = new Map<Lang, Promise<void>>();

/** Starts i18next once, in the URL's language; routes switch it with changeLanguage. */
export function initI18n(lang: Lang) {
  if (!i18next.isInitialized) {
    void i18next.use(initReactI18next).init({
      resources: {},
      lng: lang,
      fallbackLng: false,
      supportedLngs: ['vi', 'en', 'zh'],
      defaultNS: 'common',
      ns: ['common'],
      interpolation: { escapeValue: false },
      returnNull: false,
      initAsync: false,
    });
  }
  return i18next;
}

/** Whether a language's strings are in (t() would return keys otherwise). */
export function hasLocale(lang: Lang): boolean {
  return i18next.hasResourceBundle(lang, 'common');
}

/** Loads one language's strings into i18next (once; a failed load is retried on the next call). */
export function loadLocale(lang: Lang): Promise<void> {
  initI18n(lang);
  if (hasLocale(lang)) return Promise.resolve();
  let p = pending.get(lang);
  if (!p) {
    p = LOCALES[lang]().then(
      (strings) => {
        i18next.addResourceBundle(lang, 'common', strings, true, true);
      },
      (error: unknown) => {
        pending.delete(lang);
        throw error;
      },
    );
    pending.set(lang, p);
  }
  return p;
}

/** Every language's strings (kiosk and fair screens speak all three; the switcher is then instant). */
export function loadAllLocales(): Promise<void> {
  return Promise.all(LANGS.map(loadLocale)).then(() => undefined);
}

/**
 * The languages the first paint needs: the URL's (or, at `/` or a bad prefix, the browser's) and the
 * browser's own (a QR landing switches to it at once, src/app/qrLanding.ts).
 */
export function bootLangs(pathname: string, preferred: readonly string[]): Lang[] {
  const first = pathname.split('/')[1];
  const browser = pickLang(preferred);
  return [...new Set([isLang(first) ? first : browser, browser])];
}
