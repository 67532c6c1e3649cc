import { useLayoutEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useParams } from 'react-router';
import { initI18n } from '../i18n/i18n';
import {
  HTML_LANG,
  isLang,
  LANG_NATIVE_NAME,
  LANGS,
  type Lang,
  pickLang,
  switchLangPath,
} from '../i18n/langs';
import { NotFoundPage } from './NotFoundPage';

function LanguageSwitcher({ lang }: { lang: Lang }) {
  const { t } = useTranslation();
  const { pathname, search, hash } = useLocation();
  return (
    <nav className="lang-switcher" aria-label={t('lang.label')}>
      <ul>
        {LANGS.map((l) => (
          <li key={l}>
            <Link
              to={`${switchLangPath(pathname, l)}${search}${hash}`}
              lang={HTML_LANG[l]}
              hrefLang={HTML_LANG[l]}
              aria-current={l === lang ? 'true' : undefined}
              className={l === lang ? 'active' : undefined}
              replace
            >
              {LANG_NATIVE_NAME[l]}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** Every page's frame: the language comes from the URL and drives i18n and <html lang>. */
export function LangLayout() {
  const params = useParams();
  const valid = isLang(params.lang);
  const lang: Lang = valid ? (params.lang as Lang) : pickLang(navigator.languages ?? []);
  initI18n(lang);
  const { t, i18n } = useTranslation();

  // Resources are bundled, so the switch completes before paint; until then render nothing stale.
  useLayoutEffect(() => {
    if (i18n.language !== lang) void i18n.changeLanguage(lang);
    document.documentElement.lang = HTML_LANG[lang];
  }, [lang, i18n]);
  if (i18n.language !== lang) return null;

  return (
    <div className="app-shell">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <Link to={`/${lang}`} className="brand" aria-label={t('app.home')}>
          <svg viewBox="0 0 64 64" width="30" height="30" aria-hidden="true">
            <rect width="64" height="64" rx="14" fill="#1F4E3D" />
            <path d="M6 50 L20 22 L28 36 L36 16 L58 50 Z" fill="#F4F1EA" />
            <circle cx="46" cy="18" r="5" fill="#D9A441" />
          </svg>
          <span className="brand-name">{t('app.name')}</span>
        </Link>
        <LanguageSwitcher lang={lang} />
      </header>
      <main id="main" className="app-main" tabIndex={-1}>
        {valid ? <Outlet /> : <NotFoundPage />}
      </main>
    </div>
  );
}
