import { useTranslation } from 'react-i18next';

/**
 * The label that demo data carries wherever it is shown: a badge, or a banner that also says what
 * demo data means. `tone="dark"` for dark backgrounds (the page hero).
 */
export function DemoNotice({
  variant = 'banner',
  tone = 'light',
}: {
  variant?: 'badge' | 'banner';
  tone?: 'light' | 'dark';
}) {
  const { t } = useTranslation();
  if (variant === 'badge') {
    return (
      <span className="demo-badge" data-testid="demo-notice">
        {t('businesses.demo')}
      </span>
    );
  }
  return (
    <p className={`demo-notice${tone === 'dark' ? ' demo-notice-dark' : ''}`} data-testid="demo-notice">
      <span className="demo-badge">{t('businesses.demo')}</span>
      <span>{t('businesses.demoNote')}</span>
    </p>
  );
}
