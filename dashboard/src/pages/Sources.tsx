import { useMemo } from 'react';
import { useQuery } from 'urql';
import { DashboardProgramSourcesDocument, DashboardSourcesYearDocument } from '@housing-hub/client';
import { useI18n } from '../i18n.js';
import { formatDate } from '../format.js';
import { SERIES_YEARS, useQueryEach } from '../data.js';
import { QueryState } from '../components/QueryState.js';
import { Modeled } from '../components/Modeled.js';
import { DataTable } from '../components/DataTable.js';

interface Source {
  code: string;
  name: string;
  publisher?: string | null;
  publishedOn?: string | null;
  undatedReason?: string | null;
  url?: string | null;
  modeled: boolean;
}

/** The graph's reason without its leading "Undated:", which the badge says already, as a sentence. */
function reasonAfterBadge(reason: string): string {
  const rest = reason.replace(/^Undated:\s*/, '');
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}

export default function SourcesPage() {
  const { t, lang } = useI18n();
  const [programs, retry] = useQuery({ query: DashboardProgramSourcesDocument });
  const years = useQueryEach(
    DashboardSourcesYearDocument,
    useMemo(() => SERIES_YEARS.map((year) => ({ year })), []),
  );

  // Every source the figures cite, once each, by code.
  const sources = useMemo(() => {
    const byCode = new Map<string, Source>();
    const add = (source: Source | null | undefined) => source && !byCode.has(source.code) && byCode.set(source.code, source);
    for (const program of programs.data?.programs ?? []) {
      for (const target of program.targets) add(target.source);
      for (const value of program.unitValues) add(value.source);
    }
    for (const year of years.data ?? []) {
      for (const row of year.fundingSummary ?? []) add(row.source);
      for (const province of year.provinces ?? []) for (const figure of province.need?.figures ?? []) add(figure.source);
    }
    return [...byCode.values()].sort((a, b) => a.code.localeCompare(b.code));
  }, [programs.data, years.data]);

  return (
    <section>
      <h1>{t('sourcesTitle')}</h1>
      <p className="note">{t('sourcesNote')}</p>
      <QueryState
        fetching={programs.fetching || years.fetching}
        error={programs.error ?? years.error}
        retry={() => {
          retry({ requestPolicy: 'network-only' });
          years.retry();
        }}
      >
        <DataTable
          testId="sources-table"
          columns={[
            { label: t('code') },
            { label: t('name') },
            { label: t('publisher') },
            { label: t('published') },
            { label: t('url') },
            { label: t('isModeled') },
          ]}
        >
          {sources.map((source) => (
            <tr key={source.code}>
              <td className="code">{source.code}</td>
              <td>{source.name}</td>
              <td>{source.publisher ?? '–'}</td>
              <td className={source.publishedOn ? 'nowrap' : undefined} data-testid={`published-${source.code}`}>
                {source.publishedOn || !source.undatedReason ? (
                  formatDate(source.publishedOn, lang)
                ) : (
                  <>
                    <span className="badge">{t('undated')}</span>
                    {/* The hub records its reasons in English. */}
                    <span className="undated-reason" lang="en">
                      {reasonAfterBadge(source.undatedReason)}
                    </span>
                  </>
                )}
              </td>
              <td className="break">
                {source.url ? (
                  <a href={source.url} rel="noreferrer noopener" target="_blank">
                    {new URL(source.url).hostname}
                  </a>
                ) : (
                  '–'
                )}
              </td>
              <td>{source.modeled ? <Modeled on /> : t('no')}</td>
            </tr>
          ))}
        </DataTable>
      </QueryState>
    </section>
  );
}
