import type { ReactNode } from 'react';
import { useI18n } from '../i18n.js';

/** Loading and error states shared by every page; children render once the data is there. */
export function QueryState({
  fetching,
  error,
  retry,
  children,
}: {
  fetching: boolean;
  error?: Error | null;
  retry?: () => void;
  children?: ReactNode;
}) {
  const { t } = useI18n();
  if (error) {
    return (
      <div className="state error" role="alert">
        <strong>{t('error')}</strong>
        <p>{error.message}</p>
        {retry && (
          <button type="button" onClick={retry}>
            {t('retry')}
          </button>
        )}
      </div>
    );
  }
  if (fetching) {
    return (
      <div className="state loading" role="status" aria-live="polite">
        {t('loading')}
      </div>
    );
  }
  return <>{children}</>;
}
