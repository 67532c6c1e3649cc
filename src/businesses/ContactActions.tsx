import { useTranslation } from 'react-i18next';
import type { Business } from '../content/businessSchema';
import { displayUrl, formatPhone, mailtoHref, telHref, webHref } from './contactLinks';
import { ExternalLink } from './ExternalLink';

const ICON = {
  phone:
    'M6.6 10.8a15.1 15.1 0 0 0 6.6 6.6l2.2-2.2a1 1 0 0 1 1-.25 11.4 11.4 0 0 0 3.6.57 1 1 0 0 1 1 1V20a1 1 0 0 1-1 1A17 17 0 0 1 3 4a1 1 0 0 1 1-1h3.5a1 1 0 0 1 1 1c0 1.25.2 2.45.57 3.57a1 1 0 0 1-.25 1z',
  mail: 'M3 5h18a1 1 0 0 1 1 1v12a1 1 0 0 1-1 1H3a1 1 0 0 1-1-1V6a1 1 0 0 1 1-1zm1 2.2V17h16V7.2l-8 5.3z',
  globe:
    'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm6.9 9h-3a15.6 15.6 0 0 0-1.3-5.6A8 8 0 0 1 18.9 11zM12 4.1c.9 1.2 1.8 3.5 2 6.9h-4c.2-3.4 1.1-5.7 2-6.9zM9.4 5.4A15.6 15.6 0 0 0 8.1 11h-3a8 8 0 0 1 4.3-5.6zM5.1 13h3a15.6 15.6 0 0 0 1.3 5.6A8 8 0 0 1 5.1 13zm6.9 6.9c-.9-1.2-1.8-3.5-2-6.9h4c-.2 3.4-1.1 5.7-2 6.9zm2.6-1.3a15.6 15.6 0 0 0 1.3-5.6h3a8 8 0 0 1-4.3 5.6z',
  calendar:
    'M7 2h2v2h6V2h2v2h3a1 1 0 0 1 1 1v15a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1V5a1 1 0 0 1 1-1h3zm-2 8v9h14v-9zm2 2h4v4H7z',
} as const;

function Icon({ d }: { d: string }) {
  return (
    <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
      <path d={d} fill="currentColor" />
    </svg>
  );
}

/** Call, email, website, booking: only the links that are safe (tel:, mailto:, http(s)). */
export function ContactActions({ business }: { business: Business }) {
  const { t } = useTranslation();
  const phones = business.phones.flatMap((p) => {
    const href = telHref(p);
    return href ? [{ p, href }] : [];
  });
  const mailto = business.email ? mailtoHref(business.email) : undefined;
  const website = webHref(business.website);
  const booking = webHref(business.booking);
  if (phones.length === 0 && !mailto && !website && !booking) {
    return <p className="contact-none">{t('businesses.card.noContact')}</p>;
  }
  return (
    <ul className="contact-actions">
      {booking && (
        <li>
          <ExternalLink href={booking} className="button button-primary contact-action">
            <Icon d={ICON.calendar} />
            <span>{t('businesses.card.booking')}</span>
          </ExternalLink>
        </li>
      )}
      {phones.map(({ p, href }) => (
        <li key={p}>
          <a href={href} className="button contact-action">
            <Icon d={ICON.phone} />
            <span>
              {t('businesses.card.call')} <span className="contact-value">{formatPhone(p)}</span>
            </span>
          </a>
        </li>
      ))}
      {mailto && business.email && (
        <li>
          <a href={mailto} className="button contact-action">
            <Icon d={ICON.mail} />
            <span>
              {t('businesses.card.email')} <span className="contact-value">{business.email}</span>
            </span>
          </a>
        </li>
      )}
      {website && (
        <li>
          <ExternalLink href={website} className="button contact-action">
            <Icon d={ICON.globe} />
            <span>
              {t('businesses.card.website')} <span className="contact-value">{displayUrl(website)}</span>
            </span>
          </ExternalLink>
        </li>
      )}
    </ul>
  );
}
