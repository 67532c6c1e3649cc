import { memo, useDeferredValue, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { Business } from '../content/businessSchema';
import { BUSINESS_CATEGORIES } from '../content/enums';
import type { Lang } from '../content/schema';
import { getSiteSummary, SITES, sortSites } from '../content/siteIndex';
import { BusinessCategoryIcon } from '../ui/BusinessCategoryIcon';
import { formatDistance } from '../ui/formatDistance';
import { SearchField } from '../ui/SearchField';
import { useMediaQuery } from '../ui/useMediaQuery';
import { BusinessFilters } from './BusinessFilters';
import { businessName } from './businessName';
import { DemoNotice } from './DemoNotice';
import {
  buildDirectoryIndex,
  type DirectoryResult,
  queryDirectory,
  spokenLanguages,
} from './directoryFilter';
import { type DirectoryParams, readDirectoryParams, writeDirectoryParams } from './directoryParams';
import { languageName } from './languageName';
import { useBusinesses } from './useBusinesses';
import { useWindowedRange } from './useWindowedRange';
import { listHeight } from './windowRange';

/** Fixed row heights (px) keep the windowing exact; phones get room for a two-line name. */
const ROW_HEIGHT = { wide: 76, narrow: 96 } as const;

/** Texts every row needs, resolved once per language instead of once per row. */
interface RowLabels {
  category: Record<string, string>;
  languages: string;
  languageName: (code: string) => string;
}

/**
 * One row: a plain link (navigation is delegated to the list) and no hooks, so the rows that enter
 * the window while scrolling are cheap to create; memoised so the others are not rendered again.
 */
const BusinessRow = memo(function BusinessRow({
  result,
  lang,
  top,
  height,
  index,
  total,
  labels,
}: {
  result: DirectoryResult;
  lang: Lang;
  top: number;
  height: number;
  index: number;
  total: number;
  labels: RowLabels;
}) {
  const b: Business = result.business;
  return (
    <li
      className="business-row-item"
      style={{ transform: `translateY(${top}px)`, height }}
      aria-setsize={total}
      aria-posinset={index + 1}
    >
      <a
        className="business-row"
        href={`/${lang}/businesses/${encodeURIComponent(b.id)}`}
        data-business-id={b.id}
      >
        <BusinessCategoryIcon category={b.category} size={40} />
        <span className="business-row-text">
          <span className="business-row-name" lang={b.name[lang] ? undefined : 'vi'}>
            {businessName(b.name, lang)}
          </span>
          <span className="business-row-meta">
            {labels.category[b.category]}
            {b.address && (
              <>
                {' · '}
                <span lang="vi">{b.address}</span>
              </>
            )}
          </span>
        </span>
        <span className="business-row-side">
          {result.km !== null && (
            <span className="business-row-distance">{formatDistance(result.km * 1000, lang)}</span>
          )}
          {b.languages.length > 0 && (
            <span className="business-row-langs">
              <span className="visually-hidden">{labels.languages}: </span>
              {b.languages.slice(0, 4).map((l) => (
                <abbr key={l} title={labels.languageName(l)}>
                  {l.toUpperCase()}
                </abbr>
              ))}
            </span>
          )}
        </span>
      </a>
    </li>
  );
});

/** The windowed list: only the rows near the viewport exist in the DOM, however many results there are. */
function BusinessRows({
  results,
  lang,
  label,
}: {
  results: readonly DirectoryResult[];
  lang: Lang;
  label: string;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const narrow = useMediaQuery('(max-width: 599px)');
  const rowHeight = narrow ? ROW_HEIGHT.narrow : ROW_HEIGHT.wide;
  const listRef = useRef<HTMLUListElement>(null);
  const { start, end } = useWindowedRange(listRef, results.length, rowHeight);
  const labels = useMemo<RowLabels>(() => {
    const names = new Map<string, string>();
    return {
      category: Object.fromEntries(BUSINESS_CATEGORIES.map((c) => [c, t(`businesses.category.${c}`)])),
      languages: t('businesses.card.languages'),
      languageName: (code) => {
        let name = names.get(code);
        if (name === undefined) {
          name = languageName(code, lang, t);
          names.set(code, name);
        }
        return name;
      },
    };
  }, [t, lang]);

  // One click handler for all rows: a plain click is an in-app navigation; modified clicks (new tab) are the browser's.
  useEffect(() => {
    const list = listRef.current;
    if (!list) return;
    const onClick = (e: MouseEvent) => {
      if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
      const link = (e.target as Element | null)?.closest<HTMLAnchorElement>('a.business-row');
      const href = link?.getAttribute('href');
      if (!href) return;
      e.preventDefault();
      void navigate(href);
    };
    list.addEventListener('click', onClick);
    return () => list.removeEventListener('click', onClick);
  }, [navigate]);

  const rows = [];
  for (let i = start; i < end; i++) {
    const r = results[i];
    if (!r) continue;
    rows.push(
      <BusinessRow
        key={r.business.id}
        result={r}
        lang={lang}
        top={i * rowHeight}
        height={rowHeight}
        index={i}
        total={results.length}
        labels={labels}
      />,
    );
  }
  return (
    <ul
      ref={listRef}
      className="business-list"
      style={{ height: listHeight(results.length, rowHeight) }}
      aria-label={label}
      data-testid="business-list"
    >
      {rows}
    </ul>
  );
}

/** /:lang/businesses: search (ignoring diacritics), filters, sort by distance from a site; state in the URL. */
export function BusinessDirectory({ lang }: { lang: Lang }) {
  const { t } = useTranslation();
  const state = useBusinesses();
  const [params, setParams] = useSearchParams();
  const paramString = params.toString();
  const dp = useMemo(() => readDirectoryParams(new URLSearchParams(paramString)), [paramString]);
  const [text, setText] = useState(dp.q);
  const query = useDeferredValue(text);
  const sortId = useId();

  const update = (patch: Partial<DirectoryParams>) =>
    setParams((p) => writeDirectoryParams({ ...readDirectoryParams(p), ...patch }, p), { replace: true });

  // The search box is local state (instant typing); the URL follows shortly after, for sharing.
  useEffect(() => {
    if (text === dp.q) return;
    const timer = setTimeout(
      () =>
        setParams((p) => writeDirectoryParams({ ...readDirectoryParams(p), q: text }, p), { replace: true }),
      300,
    );
    return () => clearTimeout(timer);
  }, [text, dp.q, setParams]);

  const data = state.status === 'ready' ? state.data : null;
  const index = useMemo(() => (data ? buildDirectoryIndex(data.businesses) : null), [data]);
  const languages = useMemo(() => (data ? spokenLanguages(data.businesses) : []), [data]);
  const nearSite = dp.near ? getSiteSummary(dp.near) : undefined;
  const results = useMemo(
    () =>
      index
        ? queryDirectory(
            index,
            {
              text: query,
              categories: dp.categories,
              languages: dp.languages,
              near: nearSite?.location ?? null,
            },
            lang,
          )
        : [],
    [index, query, dp.categories, dp.languages, nearSite, lang],
  );
  const sites = useMemo(() => sortSites(SITES, lang), [lang]);
  const filtered = text.trim() !== '' || dp.categories.length > 0 || dp.languages.length > 0;

  return (
    <div className="directory-page">
      <div className="directory-hero">
        <div className="directory-hero-inner">
          <Link to={`/${lang}`} className="back-link">
            <span aria-hidden="true">←</span> {t('site.backToMap')}
          </Link>
          <h1>{t('businesses.title')}</h1>
          <p className="directory-intro">{t('businesses.intro')}</p>
          {data?.demo && <DemoNotice tone="dark" />}
        </div>
      </div>
      <div className="directory-body">
        <div className="directory-controls">
          <SearchField
            className="directory-search"
            label={t('businesses.search.label')}
            clearLabel={t('businesses.search.clear')}
            placeholder={t('businesses.search.placeholder')}
            value={text}
            onChange={setText}
          />
          <div className="directory-sort">
            <label htmlFor={sortId}>{t('businesses.sort.label')}</label>
            <select
              id={sortId}
              value={nearSite?.id ?? ''}
              onChange={(e) => update({ near: e.target.value || null })}
            >
              <option value="">{t('businesses.sort.name')}</option>
              <optgroup label={t('businesses.sort.distanceGroup')}>
                {sites.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name[lang]}
                  </option>
                ))}
              </optgroup>
            </select>
          </div>
          <BusinessFilters
            lang={lang}
            categories={dp.categories}
            languages={dp.languages}
            availableLanguages={languages}
            onCategoriesChange={(categories) => update({ categories })}
            onLanguagesChange={(langs) => update({ languages: langs })}
          />
        </div>
        <div className="directory-results">
          {state.status === 'error' ? (
            <div className="empty-state" role="alert">
              <p>{t('businesses.error')}</p>
              <button type="button" className="button" onClick={state.retry}>
                {t('businesses.retry')}
              </button>
            </div>
          ) : !data ? (
            <p className="page-status" role="status">
              {t('businesses.loading')}
            </p>
          ) : (
            <>
              <p className="result-count" id="directory-count" aria-live="polite">
                {t('businesses.results', { count: results.length })}
                {nearSite && <> · {t('businesses.resultsNear', { site: nearSite.name[lang] })}</>}
              </p>
              {results.length === 0 ? (
                <div className="empty-state">
                  <p>{t('businesses.empty')}</p>
                  {filtered && (
                    <button
                      type="button"
                      className="button"
                      onClick={() => {
                        setText('');
                        update({ q: '', categories: [], languages: [] });
                      }}
                    >
                      {t('businesses.reset')}
                    </button>
                  )}
                </div>
              ) : (
                <BusinessRows results={results} lang={lang} label={t('businesses.listLabel')} />
              )}
            </>
          )}
        </div>
      </div>
    </div>
  );
}
