import { useEffect } from 'react';

/** Names the page in the browser tab and for screen readers: "Page · App". */
export function useDocumentTitle(page: string | null, appName: string) {
  useEffect(() => {
    document.title = page ? `${page} · ${appName}` : appName;
  }, [page, appName]);
}
