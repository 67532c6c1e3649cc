import { lazy, Suspense, useLayoutEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, Outlet, useLocation, useParams } from 'react-router';
import { loadChineseFonts } from '../i18n/chineseFonts';
import { hasLocale, initI18n, loadAllLocales, loadLocale } from '../i18n/i18n';
import {
  HTML_LANG,
  isLang,
  LANG_NATIVE_NAME,
  LANGS,
  type Lang,
  pickLang,
  switchLangPath,
} from '../i18n/langs';
import { useModeStore } from '../modes/modeStore';
import { QrLangBanner } from './QrLangBanner';
import { qrLandingRedirect } from './qrLanding';

// Kiosk and fair screens speak all three languages: their strings and the Chinese font come with them.
const ModeLayer = lazy(() =>
  Promise.all([import('./ModeLayer'), loadAllLocales().catch(() => undefined), loadChineseFonts()]).then(
    ([m]) => m,
  ),
);
// Lazy: its suggestions search every site (the site index stays out of the first chunk).
const NotFoundPage = lazy(async () => ({ default: (await import('./NotFoundPage')).NotFoundPage }));

/** What the switcher shows on narrow phones; the full name stays the link's accessible name. */
const LANG_SHORT: Record<Lang, string> = { vi: 'VI', en: 'EN', zh: '中文' };

function LanguageSwitcher({ lang }: { lang: Lang }) {
  const { t } = useTranslation();
  const { pathname, search, hash } = useLocation();
  // A kiosk or fair screen offers only its configured languages (the one on screen stays listed).
  const configured = useModeStore((s) => (s.mode === 'normal' ? null : s.settings?.langs));
  const offered = configured ? LANGS.filter((l) => l === lang || configured.includes(l)) : LANGS;
  return (
    <nav className="lang-switcher" aria-label={t('lang.label')}>
      <ul>
        {offered.map((l) => (
          <li key={l}>
            <Link
              to={`${switchLangPath(pathname, l)}${search}${hash}`}
              lang={HTML_LANG[l]}
              hrefLang={HTML_LANG[l]}
              aria-current={l === lang ? 'true' : undefined}
              className={l === lang ? 'active' : undefined}
              replace
            >
              <span className="lang-long">{LANG_NATIVE_NAME[l]}</span>
              <span className="lang-short" aria-hidden="true">
                {LANG_SHORT[l]}
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** The header's way to the tourism-business directory (an icon alone on narrow phones). */
function DirectoryLink({ lang }: { lang: Lang }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const here = pathname.startsWith(`/${lang}/businesses`);
  return (
    <Link
      to={`/${lang}/businesses`}
      className={`header-link${here ? ' active' : ''}`}
      aria-current={pathname === `/${lang}/businesses` ? 'page' : undefined}
    >
      <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
        <path
          d="M3 9.5L4.6 4h14.8L21 9.5a3 3 0 0 1-4.5 2.6A3 3 0 0 1 12 12a3 3 0 0 1-4.5.1A3 3 0 0 1 3 9.5zM5 13.6V20h5v-4.5h4V20h5v-6.4a4.8 4.8 0 0 1-2.5-.3A4.9 4.9 0 0 1 12 14a4.9 4.9 0 0 1-4.5-.7 4.8 4.8 0 0 1-2.5.3z"
          fill="currentColor"
        />
      </svg>
      <span className="header-link-text">{t('businesses.nav')}</span>
    </Link>
  );
}

/** Every page's frame: the language comes from the URL and drives i18n and <html lang>. */
export function LangLayout() {
  const params = useParams();
  const valid = isLang(params.lang);
  const lang: Lang = valid ? (params.lang as Lang) : pickLang(navigator.languages ?? []);
  initI18n(lang);
  const { t, i18n } = useTranslation();
  const mode = useModeStore((s) => s.mode);
  // A QR sign's link (?from=qr) lands in the phone's language when it is one of ours (src/app/qrLanding.ts).
  const location = useLocation();
  const qrLanding = valid ? qrLandingRedirect(lang, location, navigator.languages ?? []) : null;

  // The page stays mounted (narration keeps its place). The other languages' strings load after the first
  // paint (src/app/main.tsx), so a switch usually completes before paint; otherwise once they arrive.
  useLayoutEffect(() => {
    document.documentElement.lang = HTML_LANG[lang];
    if (lang === 'zh') void loadChineseFonts();
    if (i18n.language === lang) return;
    if (hasLocale(lang)) {
      void i18n.changeLanguage(lang);
      return;
    }
    let live = true;
    loadLocale(lang).then(
      () => {
        if (live) void i18n.changeLanguage(lang);
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [lang, i18n]);

  return (
    <div className="app-shell">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <Link to={`/${lang}`} className="brand">
          <svg viewBox="0 0 64 64" width="30" height="30" aria-hidden="true">
            <rect width="64" height="64" rx="14" fill="#1F4E3D" />
            <path d="M6 50 L20 22 L28 36 L36 16 L58 50 Z" fill="#F4F1EA" />
            <circle cx="46" cy="18" r="5" fill="#D9A441" />
          </svg>
          <span className="brand-name">{t('app.name')}</span>
          {/* The visible name starts the link's name (WCAG 2.5.3); where it leads follows. */}
          <span className="visually-hidden"> – {t('app.home')}</span>
        </Link>
        <div className="header-actions">
          <DirectoryLink lang={lang} />
          <LanguageSwitcher lang={lang} />
        </div>
      </header>
      <main id="main" className="app-main" tabIndex={-1}>
        {qrLanding ? (
          <Navigate to={qrLanding.to} replace state={qrLanding.state} />
        ) : valid ? (
          <Outlet />
        ) : (
          <Suspense fallback={null}>
            <NotFoundPage />
          </Suspense>
        )}
        <QrLangBanner lang={lang} />
      </main>
      {mode !== 'normal' && valid && (
        <Suspense fallback={null}>
          <ModeLayer lang={lang} />
        </Suspense>
      )}
    </div>
  );
}
