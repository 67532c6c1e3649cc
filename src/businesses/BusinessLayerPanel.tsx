import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { BusinessCategory } from '../content/businessSchema';
import type { Lang } from '../content/schema';
import { BusinessFilters } from './BusinessFilters';
import { DemoNotice } from './DemoNotice';
import { writeDirectoryParams } from './directoryParams';
import type { BusinessesState } from './useBusinesses';

export interface BusinessLayerPanelProps {
  lang: Lang;
  state: BusinessesState;
  categories: readonly BusinessCategory[];
  languages: readonly string[];
  availableLanguages: readonly string[];
  onCategoriesChange: (categories: BusinessCategory[]) => void;
  onLanguagesChange: (languages: string[]) => void;
  /** How many businesses the map shows with these filters. */
  shown: number;
}

/** The map panel's "Services" tab: filters for the business layer and the way to the directory. */
export function BusinessLayerPanel(props: BusinessLayerPanelProps) {
  const { t } = useTranslation();
  const { lang, state } = props;
  const query = writeDirectoryParams({
    q: '',
    categories: [...props.categories],
    languages: [...props.languages],
    near: null,
  }).toString();
  return (
    <div className="business-layer-panel" data-testid="business-layer-panel">
      {state.status === 'ready' && state.data.demo && <DemoNotice />}
      <p className="layer-intro">{t('businesses.layer.intro')}</p>
      <BusinessFilters
        lang={lang}
        categories={props.categories}
        languages={props.languages}
        availableLanguages={props.availableLanguages}
        onCategoriesChange={props.onCategoriesChange}
        onLanguagesChange={props.onLanguagesChange}
      />
      {state.status === 'error' ? (
        <p className="result-count" role="alert">
          {t('businesses.error')}{' '}
          <button type="button" className="link-button" onClick={state.retry}>
            {t('businesses.retry')}
          </button>
        </p>
      ) : (
        <p className="result-count" aria-live="polite">
          {state.status === 'ready'
            ? t('businesses.layer.shown', { count: props.shown })
            : t('businesses.loading')}
        </p>
      )}
      <Link className="button button-primary" to={`/${lang}/businesses${query ? `?${query}` : ''}`}>
        {t('businesses.layer.openDirectory')}
        <span aria-hidden="true"> →</span>
      </Link>
    </div>
  );
}
