import { useEffect } from 'react';
import { i18n } from '@/i18n';

/** Sets the browser tab title to "<page> · Agendakaart" while the page is shown. */
export function useDocumentTitle(title: string | undefined): void {
  useEffect(() => {
    const app = i18n.t('app.name');
    document.title = title ? `${title} · ${app}` : app;
    return () => {
      document.title = app;
    };
  }, [title]);
}
