import { useTranslation } from 'react-i18next';
import type { Lang } from '../content/schema';
import type { SiteSummary } from '../content/siteIndex';
import { CategoryIcon } from '../ui/CategoryIcon';

/**
 * A site page's top while its full file loads: the same picture the boot screen drew (so the screen never
 * blanks between the two) and the hero from the summary the app already has.
 */
export function SitePreview({ summary, lang }: { summary: SiteSummary; lang: Lang }) {
  const { t } = useTranslation();
  return (
    <article className={`site-page${summary.poster ? ' has-stage' : ''}`} aria-busy="true">
      {summary.poster && (
        <div className="site-stage">
          <img className="stage-poster" src={`${import.meta.env.BASE_URL}${summary.poster}`} alt="" />
        </div>
      )}
      <div className="site-hero">
        <div className="site-hero-inner">
          <p className="site-kicker">
            <CategoryIcon category={summary.category} size={28} />
            <span>{t(`category.${summary.category}`)}</span>
          </p>
          <h1>{summary.name[lang]}</h1>
          <p className="site-summary">{summary.summary[lang]}</p>
          <p className="visually-hidden" role="status">
            {t('site.loading')}
          </p>
        </div>
      </div>
    </article>
  );
}
