import { useTranslation } from 'react-i18next';
import type { BusinessCategory } from '../content/businessSchema';
import { BUSINESS_CATEGORIES } from '../content/enums';
import type { Lang } from '../content/schema';
import { BusinessCategoryIcon } from '../ui/BusinessCategoryIcon';
import { toggle } from './directoryParams';
import { languageName } from './languageName';

export interface BusinessFiltersProps {
  lang: Lang;
  categories: readonly BusinessCategory[];
  languages: readonly string[];
  /** The languages the data has, in display order. */
  availableLanguages: readonly string[];
  onCategoriesChange: (categories: BusinessCategory[]) => void;
  onLanguagesChange: (languages: string[]) => void;
}

/** Category and language chips (toggle buttons); "All" / "Any" clear their group. */
export function BusinessFilters(props: BusinessFiltersProps) {
  const { t } = useTranslation();
  const { lang, categories, languages } = props;
  return (
    <div className="business-filters">
      <fieldset className="chips business-chips">
        <legend className="filter-legend">{t('businesses.filter.categories')}</legend>
        <button
          type="button"
          className="chip"
          aria-pressed={categories.length === 0}
          onClick={() => props.onCategoriesChange([])}
        >
          {t('businesses.filter.all')}
        </button>
        {BUSINESS_CATEGORIES.map((c) => (
          <button
            key={c}
            type="button"
            className="chip"
            aria-pressed={categories.includes(c)}
            onClick={() => props.onCategoriesChange(toggle(categories, c))}
            data-category={c}
          >
            <BusinessCategoryIcon category={c} size={20} />
            {t(`businesses.category.${c}`)}
          </button>
        ))}
      </fieldset>
      {props.availableLanguages.length > 0 && (
        <fieldset className="chips business-chips">
          <legend className="filter-legend">{t('businesses.filter.languages')}</legend>
          <button
            type="button"
            className="chip"
            aria-pressed={languages.length === 0}
            onClick={() => props.onLanguagesChange([])}
          >
            {t('businesses.filter.any')}
          </button>
          {props.availableLanguages.map((l) => (
            <button
              key={l}
              type="button"
              className="chip chip-text"
              aria-pressed={languages.includes(l)}
              onClick={() => props.onLanguagesChange(toggle(languages, l))}
              data-language={l}
            >
              {languageName(l, lang, t)}
            </button>
          ))}
        </fieldset>
      )}
    </div>
  );
}
