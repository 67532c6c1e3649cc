import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { BUSINESS_CATEGORIES } from '../content/enums';
import type { Lang } from '../content/schema';
import { BusinessCategoryIcon } from '../ui/BusinessCategoryIcon';
import { formatDistance } from '../ui/formatDistance';
import { businessName } from './businessName';
import { DemoNotice } from './DemoNotice';
import type { LatLng } from './haversineKm';
import { nearestBusinesses } from './nearest';
import { useBusinesses } from './useBusinesses';

/** How far a site page looks for businesses, and how many of each category it lists. */
export const NEARBY_MAX_KM = 20;
export const NEARBY_PER_CATEGORY = 3;

/** A site page's "Services nearby": the closest businesses of each category, with distances. */
export function NearbyBusinesses({
  siteId,
  location,
  lang,
}: {
  siteId: string;
  location: LatLng;
  lang: Lang;
}) {
  const { t } = useTranslation();
  const state = useBusinesses();
  const data = state.status === 'ready' ? state.data : null;
  const groups = useMemo(
    () =>
      data
        ? BUSINESS_CATEGORIES.map((category) => ({
            category,
            items: nearestBusinesses(location, data.businesses, {
              categories: [category],
              limit: NEARBY_PER_CATEGORY,
              maxKm: NEARBY_MAX_KM,
            }),
          })).filter((g) => g.items.length > 0)
        : [],
    [data, location],
  );
  return (
    <section
      className="card nearby-businesses"
      aria-labelledby="nearby-businesses-h"
      data-testid="nearby-businesses"
    >
      <h2 id="nearby-businesses-h">{t('businesses.nearby.title')}</h2>
      {data?.demo && <DemoNotice />}
      {state.status === 'error' ? (
        <p role="alert">
          {t('businesses.error')}{' '}
          <button type="button" className="link-button" onClick={state.retry}>
            {t('businesses.retry')}
          </button>
        </p>
      ) : !data ? (
        <p role="status">{t('businesses.loading')}</p>
      ) : groups.length === 0 ? (
        <p>{t('businesses.nearby.none', { distance: formatDistance(NEARBY_MAX_KM * 1000, lang) })}</p>
      ) : (
        <>
          <p className="nearby-intro">{t('businesses.nearby.intro')}</p>
          {groups.map((g) => (
            <div key={g.category} className="nearby-group" data-category={g.category}>
              <h3>
                <BusinessCategoryIcon category={g.category} size={22} />
                {t(`businesses.category.${g.category}`)}
              </h3>
              <ul>
                {g.items.map(({ item, km }) => (
                  <li key={item.id}>
                    <Link
                      to={`/${lang}/businesses/${encodeURIComponent(item.id)}`}
                      lang={item.name[lang] ? undefined : 'vi'}
                    >
                      {businessName(item.name, lang)}
                    </Link>
                    <span className="nearby-distance">{formatDistance(km * 1000, lang)}</span>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </>
      )}
      <Link className="button nearby-all" to={`/${lang}/businesses?near=${encodeURIComponent(siteId)}`}>
        {t('businesses.nearby.seeAll')}
        <span aria-hidden="true"> →</span>
      </Link>
    </section>
  );
}
