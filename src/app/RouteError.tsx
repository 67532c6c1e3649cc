import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isLang } from '../i18n/langs';

/** Shown instead of a crashed page: the app stays usable and offers the way back. */
export function RouteError() {
  const { t } = useTranslation();
  const { lang } = useParams();
  return (
    <section className="not-found" role="alert">
      <h1>{t('error.title', 'Something went wrong')}</h1>
      <p>{t('error.body', 'This page ran into a problem. Reload it or go back to the map.')}</p>
      <p className="share-actions">
        <button type="button" className="button" onClick={() => window.location.reload()}>
          {t('error.reload', 'Reload')}
        </button>
        <Link className="button button-primary" to={`/${isLang(lang) ? lang : 'vi'}`}>
          {t('notFound.backToMap', 'Go to the map')}
        </Link>
      </p>
    </section>
  );
}
