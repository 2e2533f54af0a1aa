import { useEffect } from 'react';

import { t } from '../../i18n/entry';

export function useDocumentTitle(page: string): void {
  useEffect(() => {
    document.title = t.app.documentTitle(page);
  }, [page]);
}
