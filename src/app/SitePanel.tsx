import { type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CATEGORIES, type Lang } from '../content/enums';
import type { Itinerary } from '../content/schema';
import { getSiteSummary, SITES, type SiteSummary } from '../content/siteIndex';
import { CategoryIcon } from '../ui/CategoryIcon';
import { SearchField } from '../ui/SearchField';
import { useMediaQuery } from '../ui/useMediaQuery';
import { NARROW_QUERY } from './posterFirst';
import { useUiStore } from './uiStore';

interface SitePanelProps {
  lang: Lang;
  sites: readonly SiteSummary[];
  total: number;
  itineraries: readonly Itinerary[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  onShowItinerary: (siteIds: readonly string[]) => void;
  /** Content of the "Services" tab (the tourism-business layer's filters); no tab without it. */
  servicesPanel?: ReactNode;
}

const PRESENT_CATEGORIES = CATEGORIES.filter((c) => SITES.some((s) => s.category === c));

/** The list beside the map (a bottom sheet on phones): search, category filters, sites, itineraries. */
export function SitePanel(props: SitePanelProps) {
  const { t } = useTranslation();
  const { lang, sites } = props;
  const {
    query,
    setQuery,
    categories,
    toggleCategory,
    clearCategories,
    tab,
    setTab,
    sheetOpen,
    setSheetOpen,
  } = useUiStore();
  const listId = useId();
  // A collapsed bottom sheet (narrow screens) hides its body: rendering 21 sites there would only cost
  // a phone's first render.
  const sheet = useMediaQuery(NARROW_QUERY);
  const bodyShown = sheetOpen || !sheet;

  return (
    <aside className={`site-panel${sheetOpen ? ' open' : ''}`} aria-label={t('panel.title')}>
      <button
        type="button"
        className="sheet-handle"
        aria-expanded={sheetOpen}
        aria-controls={listId}
        onClick={() => setSheetOpen(!sheetOpen)}
      >
        <span className="sheet-grip" aria-hidden="true" />
        <span>{sheetOpen ? t('panel.collapse') : t('panel.expand')}</span>
      </button>
      <SearchField
        label={t('search.label')}
        clearLabel={t('search.clear')}
        placeholder={t('search.placeholder')}
        value={query}
        onChange={setQuery}
        onFocus={() => setSheetOpen(true)}
        controls={listId}
      />
      <div className="panel-body" id={listId}>
        {bodyShown && (
          <fieldset className="tabs">
            <legend className="visually-hidden">{t('panel.title')}</legend>
            <button type="button" aria-pressed={tab === 'sites'} onClick={() => setTab('sites')}>
              {t('panel.sites')}
            </button>
            <button type="button" aria-pressed={tab === 'itineraries'} onClick={() => setTab('itineraries')}>
              {t('panel.itineraries')}
            </button>
            {props.servicesPanel && (
              <button type="button" aria-pressed={tab === 'services'} onClick={() => setTab('services')}>
                {t('businesses.layer.tab')}
              </button>
            )}
          </fieldset>
        )}
        {!bodyShown ? null : tab === 'services' && props.servicesPanel ? (
          props.servicesPanel
        ) : tab === 'sites' ? (
          <>
            <fieldset className="chips">
              <legend className="visually-hidden">{t('filter.label')}</legend>
              <button
                type="button"
                className="chip"
                aria-pressed={categories.length === 0}
                onClick={clearCategories}
              >
                {t('filter.all')}
              </button>
              {PRESENT_CATEGORIES.map((c) => (
                <button
                  key={c}
                  type="button"
                  className="chip"
                  aria-pressed={categories.includes(c)}
                  onClick={() => toggleCategory(c)}
                >
                  <CategoryIcon category={c} size={20} />
                  {t(`category.${c}`)}
                </button>
              ))}
            </fieldset>
            <p className="result-count" aria-live="polite">
              {t('search.results', { count: sites.length })}
            </p>
            {sites.length === 0 ? (
              <div className="empty-state">
                <p>{t('search.empty', { query })}</p>
                <button
                  type="button"
                  className="button"
                  onClick={() => {
                    setQuery('');
                    clearCategories();
                  }}
                >
                  {t('search.showAll')}
                </button>
              </div>
            ) : (
              <ul className="site-list">
                {sites.map((s) => {
                  const approximate = s.location.precision === 'approximate';
                  return (
                    <li key={s.id} className={s.id === props.selectedId ? 'selected' : undefined}>
                      <button
                        type="button"
                        className="site-item"
                        onClick={() => props.onSelect(s.id)}
                        data-site-id={s.id}
                      >
                        <CategoryIcon category={s.category} size={34} approximate={approximate} />
                        <span className="site-item-text">
                          <span className="site-item-name">{s.name[lang]}</span>
                          <span className="site-item-summary">{s.summary[lang]}</span>
                          <span className="site-item-meta">
                            {t(`category.${s.category}`)}
                            {approximate && <> · {t('card.approximate')}</>}
                          </span>
                        </span>
                      </button>
                      <Link
                        className="site-item-open"
                        to={`/${lang}/sites/${s.id}`}
                        aria-label={`${t('card.open')}: ${s.name[lang]}`}
                      >
                        <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
                          <path
                            d="M9 5l7 7-7 7"
                            fill="none"
                            stroke="currentColor"
                            strokeWidth="2.2"
                            strokeLinecap="round"
                          />
                        </svg>
                      </Link>
                    </li>
                  );
                })}
              </ul>
            )}
          </>
        ) : (
          <ul className="itinerary-list">
            {props.itineraries.map((it) => (
              <li key={it.id} className="itinerary">
                <h3>{it.name[lang]}</h3>
                <p>{it.summary[lang]}</p>
                <ol>
                  {it.siteIds.map((id) => {
                    const s = getSiteSummary(id);
                    return s ? (
                      <li key={id}>
                        <Link to={`/${lang}/sites/${id}`}>{s.name[lang]}</Link>
                      </li>
                    ) : null;
                  })}
                </ol>
                <button type="button" className="button" onClick={() => props.onShowItinerary(it.siteIds)}>
                  {t('itinerary.showOnMap')}
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </aside>
  );
}
