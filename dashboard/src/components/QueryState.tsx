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

/**
 * A page about one thing (a province, a kab/kota, a meeting) read by one urql query: its loading and
 * error states (retry goes past the cache), "not found" when the graph has no such thing, else the page.
 */
export function EntityState<T>({
  query: [state, reexecute],
  entity,
  children,
}: {
  query: [{ fetching: boolean; error?: Error; data?: unknown }, (options: { requestPolicy: 'network-only' }) => void];
  entity: T | null | undefined;
  children(entity: T): ReactNode;
}) {
  const { t } = useI18n();
  return (
    <QueryState fetching={state.fetching} error={state.error} retry={() => reexecute({ requestPolicy: 'network-only' })}>
      {entity ? children(entity) : !!state.data && <p className="state">{t('notFound')}</p>}
    </QueryState>
  );
}
