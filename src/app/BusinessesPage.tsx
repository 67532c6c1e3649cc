import { useTranslation } from 'react-i18next';
import { BusinessDirectory } from '../businesses/BusinessDirectory';
import type { Lang } from '../content/schema';
import { useDocumentTitle } from '../ui/useDocumentTitle';

/** /:lang/businesses — the directory of registered tourism businesses. */
export function BusinessesPage() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('businesses.title'), t('app.name'));
  return <BusinessDirectory lang={i18n.language as Lang} />;
}
