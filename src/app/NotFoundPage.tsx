import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Lang } from '../content/schema';
import { normalizeForSearch, searchSites } from '../content/search';
import { SITES } from '../content/siteIndex';
import { useDocumentTitle } from '../ui/useDocumentTitle';

/** Sites whose id or names share a word with the unknown id: "tam-thanh" → Tam Thanh Cave. */
function suggestionsFor(id: string) {
  const words = normalizeForSearch(id.replace(/-/g, ' '))
    .split(' ')
    .filter((w) => w.length > 2);
  const scored = new Map<string, number>();
  for (const w of words) for (const s of searchSites(SITES, w)) scored.set(s.id, (scored.get(s.id) ?? 0) + 1);
  return [...scored.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 4)
    .flatMap(([sid]) => SITES.filter((s) => s.id === sid));
}

/** Not found: says what was asked for, offers close matches and the way back to the map. */
export function NotFoundPage({ siteId }: { siteId?: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  useDocumentTitle(siteId ? t('notFound.siteTitle') : t('notFound.title'), t('app.name'));
  const suggestions = siteId ? suggestionsFor(siteId) : [];
  return (
    <section className="not-found" data-testid="not-found">
      <h1>{siteId ? t('notFound.siteTitle') : t('notFound.title')}</h1>
      <p>{siteId ? t('notFound.body', { id: siteId }) : t('notFound.pageBody')}</p>
      {suggestions.length > 0 && (
        <>
          <h2>{t('notFound.suggestions')}</h2>
          <ul>
            {suggestions.map((s) => (
              <li key={s.id}>
                <Link to={`/${lang}/sites/${s.id}`}>{s.name[lang]}</Link>
              </li>
            ))}
          </ul>
        </>
      )}
      <Link className="button button-primary" to={`/${lang}`}>
        {t('notFound.backToMap')}
      </Link>
    </section>
  );
}
