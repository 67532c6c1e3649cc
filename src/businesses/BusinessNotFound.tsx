import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Business } from '../content/businessSchema';
import type { Lang } from '../content/schema';
import { businessName } from './businessName';
import { similarBusinesses } from './similarBusinesses';

/** An unknown business id: says which, suggests close ids, and leads back to the directory. */
export function BusinessNotFound({
  id,
  lang,
  businesses,
}: {
  id: string;
  lang: Lang;
  businesses: readonly Business[];
}) {
  const { t } = useTranslation();
  const suggestions = similarBusinesses(id, businesses);
  return (
    <section className="not-found" data-testid="not-found">
      <h1>{t('businesses.notFound.title')}</h1>
      <p>{t('businesses.notFound.body', { id })}</p>
      {suggestions.length > 0 && (
        <>
          <h2>{t('businesses.notFound.suggestions')}</h2>
          <ul>
            {suggestions.map((b) => (
              <li key={b.id}>
                <Link to={`/${lang}/businesses/${encodeURIComponent(b.id)}`}>
                  {businessName(b.name, lang)} <span className="registration">({b.id})</span>
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
      <Link className="button button-primary" to={`/${lang}/businesses`}>
        {t('businesses.notFound.toDirectory')}
      </Link>
    </section>
  );
}
