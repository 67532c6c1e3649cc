import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Business } from '../content/businessSchema';
import type { Lang } from '../content/schema';
import { BusinessCategoryIcon } from '../ui/BusinessCategoryIcon';
import { CloseIcon } from '../ui/CloseIcon';
import { businessName } from './businessName';
import { DemoNotice } from './DemoNotice';
import { languageName } from './languageName';

/** The card a business marker opens on the map: what it is, where, which languages; details one tap away. */
export function BusinessPreview({
  business,
  lang,
  demo,
  onClose,
}: {
  business: Business;
  lang: Lang;
  demo: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const b = business;
  return (
    <section
      className="preview-card business-preview"
      aria-labelledby="business-preview-title"
      data-testid="business-preview"
    >
      <button
        type="button"
        className="icon-button preview-close"
        onClick={onClose}
        aria-label={t('card.close')}
      >
        <CloseIcon />
      </button>
      <div className="preview-meta">
        <BusinessCategoryIcon category={b.category} size={26} />
        <span>{t(`businesses.category.${b.category}`)}</span>
        {demo && <DemoNotice variant="badge" />}
      </div>
      <h2 id="business-preview-title" lang={b.name[lang] ? undefined : 'vi'}>
        {businessName(b.name, lang)}
      </h2>
      {b.address && <p lang="vi">{b.address}</p>}
      {b.languages.length > 0 && (
        <p className="business-preview-langs">
          {t('businesses.card.languages')}: {b.languages.map((l) => languageName(l, lang, t)).join(', ')}
        </p>
      )}
      <Link className="button button-primary" to={`/${lang}/businesses/${encodeURIComponent(b.id)}`}>
        {t('businesses.card.open')}
        <span aria-hidden="true"> →</span>
      </Link>
    </section>
  );
}
