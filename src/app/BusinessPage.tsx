import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { BusinessCard } from '../businesses/BusinessCard';
import { BusinessNotFound } from '../businesses/BusinessNotFound';
import { businessName } from '../businesses/businessName';
import { useBusinesses } from '../businesses/useBusinesses';
import type { Lang } from '../content/schema';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { SharePanel } from './SharePanel';

/** /:lang/businesses/:businessId — one business's card; an unknown id gets a helpful not-found page. */
export function BusinessPage() {
  const { businessId = '' } = useParams();
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  const state = useBusinesses();
  const data = state.status === 'ready' ? state.data : null;
  const business = data?.businesses.find((b) => b.id === businessId);
  const name = business ? businessName(business.name, lang) : null;
  useDocumentTitle(name ?? (data ? t('businesses.notFound.title') : t('businesses.title')), t('app.name'));
  // biome-ignore lint/correctness/useExhaustiveDependencies: scroll to the top whenever the business changes
  useEffect(() => {
    window.scrollTo(0, 0);
  }, [businessId]);

  if (state.status === 'error') {
    return (
      <div className="page-status" role="alert">
        <p>{t('businesses.error')}</p>
        <button type="button" className="button" onClick={state.retry}>
          {t('businesses.retry')}
        </button>
      </div>
    );
  }
  if (!data) {
    return (
      <p className="page-status" role="status">
        {t('businesses.loading')}
      </p>
    );
  }
  if (!business || !name)
    return <BusinessNotFound id={businessId} lang={lang} businesses={data.businesses} />;
  return (
    <BusinessCard
      business={business}
      lang={lang}
      demo={data.demo}
      aside={<SharePanel path={`/${lang}/businesses/${encodeURIComponent(business.id)}`} title={name} />}
    />
  );
}
