import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Business } from '../content/businessSchema';
import type { Lang } from '../content/schema';
import { SITES } from '../content/siteIndex';
import { BusinessCategoryIcon } from '../ui/BusinessCategoryIcon';
import { formatDistance } from '../ui/formatDistance';
import { LocatorMap } from '../ui/LocatorMap';
import { businessName } from './businessName';
import { ContactActions } from './ContactActions';
import { directionLinks } from './contactLinks';
import { DemoNotice } from './DemoNotice';
import { ExternalLink } from './ExternalLink';
import { languageName } from './languageName';
import { NEAR_SITE_KM, NEAR_SITE_LIMIT, nearestSites } from './nearest';

/** /:lang/businesses/:id — everything the register says about one business, all of it as text. */
export function BusinessCard({
  business,
  lang,
  demo,
  aside,
}: {
  business: Business;
  lang: Lang;
  demo: boolean;
  /** Extra cards for the side column (the app adds sharing). */
  aside?: ReactNode;
}) {
  const { t } = useTranslation();
  const b = business;
  const name = businessName(b.name, lang);
  const translated = b.name[lang] !== undefined;
  const nearby = nearestSites(b.location, SITES, { limit: NEAR_SITE_LIMIT, maxKm: NEAR_SITE_KM });
  const directions = directionLinks(b.location);
  return (
    <article className="business-page" data-business-id={b.id}>
      <div className="site-hero business-hero">
        <div className="site-hero-inner">
          <Link to={`/${lang}/businesses`} className="back-link">
            <span aria-hidden="true">←</span> {t('businesses.card.back')}
          </Link>
          <p className="site-kicker">
            <BusinessCategoryIcon category={b.category} size={28} />
            <span>{t(`businesses.category.${b.category}`)}</span>
          </p>
          <h1 lang={translated ? undefined : 'vi'}>{name}</h1>
          {name !== b.name.vi && (
            <p className="site-local-name">
              {t('businesses.card.localName')}: <span lang="vi">{b.name.vi}</span>
            </p>
          )}
          {demo && <DemoNotice tone="dark" />}
        </div>
      </div>
      <div className="site-grid">
        <div className="site-main">
          <section aria-labelledby="contact-h">
            <h2 id="contact-h">{t('businesses.card.contact')}</h2>
            <ContactActions business={b} />
          </section>
          <section aria-labelledby="details-h">
            <h2 id="details-h">{t('businesses.card.details')}</h2>
            <dl className="practical business-facts">
              {b.address && (
                <>
                  <dt>{t('businesses.card.address')}</dt>
                  <dd lang="vi">{b.address}</dd>
                </>
              )}
              {b.languages.length > 0 && (
                <>
                  <dt>{t('businesses.card.languages')}</dt>
                  <dd>
                    <ul className="language-list">
                      {b.languages.map((l) => (
                        <li key={l}>{languageName(l, lang, t)}</li>
                      ))}
                    </ul>
                  </dd>
                </>
              )}
              {b.openingHours && (
                <>
                  <dt>{t('businesses.card.hours')}</dt>
                  <dd lang="vi">{b.openingHours}</dd>
                </>
              )}
              {b.priceLevel !== undefined && (
                <>
                  <dt>{t('businesses.card.price')}</dt>
                  <dd>
                    <span aria-hidden="true" className="price-level">
                      {'₫'.repeat(b.priceLevel)}
                    </span>{' '}
                    {t(`businesses.card.priceLevel.${b.priceLevel}`)}
                  </dd>
                </>
              )}
              {b.registration && (
                <>
                  <dt>{t('businesses.card.registration')}</dt>
                  <dd className="registration">{b.registration}</dd>
                </>
              )}
            </dl>
          </section>
          <section aria-labelledby="near-sites-h">
            <h2 id="near-sites-h">{t('businesses.card.nearbySites')}</h2>
            {nearby.length === 0 ? (
              <p>{t('businesses.card.noNearbySites')}</p>
            ) : (
              <ul className="nearby-sites">
                {nearby.map(({ item, km }) => (
                  <li key={item.id}>
                    <Link to={`/${lang}/sites/${item.id}`}>{item.name[lang]}</Link>
                    <span className="nearby-distance">{formatDistance(km * 1000, lang)}</span>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </div>
        <aside className="site-aside">
          <section className="card" aria-labelledby="business-location-h">
            <h2 id="business-location-h">{t('businesses.card.location')}</h2>
            <LocatorMap
              lng={b.location.lng}
              lat={b.location.lat}
              approximate={false}
              label={t('businesses.card.locatorLabel', { name })}
            />
            <Link className="button show-on-map" to={`/${lang}?business=${encodeURIComponent(b.id)}`}>
              {t('businesses.card.showOnMap')}
            </Link>
            <h3 className="subhead">{t('businesses.card.directions')}</h3>
            <ul className="direction-links">
              <li>
                <ExternalLink href={directions.google}>{t('site.googleMaps')}</ExternalLink>
              </li>
              <li>
                <ExternalLink href={directions.apple}>{t('site.appleMaps')}</ExternalLink>
              </li>
              <li>
                <ExternalLink href={directions.osm}>{t('site.osm')}</ExternalLink>
              </li>
            </ul>
          </section>
          {aside}
        </aside>
      </div>
    </article>
  );
}
