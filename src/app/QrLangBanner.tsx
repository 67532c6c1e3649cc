import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { HTML_LANG, type Lang, switchLangPath } from '../i18n/langs';
import { qrSignLang } from './qrLanding';
import './qrLangBanner.css';

/**
 * After a QR sign opened the page in the phone's language instead of the sign's (see qrLanding.ts):
 * a small notice with a one-tap way back to the sign's language.
 */
export function QrLangBanner({ lang }: { lang: Lang }) {
  const { t } = useTranslation();
  const { pathname, search, hash, state } = useLocation();
  const navigate = useNavigate();
  const signLang = qrSignLang(state);
  const [dismissed, setDismissed] = useState(false);
  if (!signLang || signLang === lang || dismissed) return null;
  return (
    <section className="qr-lang-banner" aria-label={t('qrLanding.label')} data-testid="qr-lang-banner">
      <p>{t('qrLanding.notice')}</p>
      <Link
        className="qr-lang-switch"
        to={`${switchLangPath(pathname, signLang)}${search}${hash}`}
        replace
        lang={HTML_LANG[signLang]}
        hrefLang={HTML_LANG[signLang]}
      >
        {t('qrLanding.switchTo', { lng: signLang })}
      </Link>
      <button
        type="button"
        className="qr-lang-close"
        aria-label={t('qrLanding.dismiss')}
        onClick={() => {
          setDismissed(true);
          void navigate(`${pathname}${search}${hash}`, { replace: true, state: null });
        }}
      >
        <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
          <path d="M6 6l12 12M18 6L6 18" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
        </svg>
      </button>
    </section>
  );
}
