import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from '../../locales/en/common.json';
import vi from '../../locales/vi/common.json';
import zh from '../../locales/zh/common.json';
import type { Lang } from './langs';

export const resources = { vi: { common: vi }, en: { common: en }, zh: { common: zh } } as const;

/** Starts i18next once, in the URL's language; routes switch it with changeLanguage. */
export function initI18n(lang: Lang) {
  if (!i18next.isInitialized) {
    void i18next.use(initReactI18next).init({
      resources,
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
