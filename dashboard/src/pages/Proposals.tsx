import { useMemo } from 'react';
import { Link } from 'wouter';
import { DashboardProposalsDocument } from '@housing-hub/client';
import { useI18n } from '../i18n.js';
import { formatNumber } from '../format.js';
import { useAllPages } from '../data.js';
import { useSearchParam } from '../search.js';
import { QueryState } from '../components/QueryState.js';
import { ProvinceSelect, YearSelect } from '../components/Controls.js';
import { Modeled } from '../components/Modeled.js';
import { DataTable } from '../components/DataTable.js';
import { useSession } from '../session.js';

const STATUSES = ['DRAFT', 'SUBMITTED', 'ADMIN_VERIFIED', 'TECH_VERIFIED', 'APPROVED', 'REJECTED'] as const;
// Drafts are their authors' work in progress: the graph serves them to staff of their areas only.
const PUBLISHED_STATUSES = STATUSES.filter((status) => status !== 'DRAFT');
const FISCAL_YEARS = [2022, 2023, 2024, 2025, 2026, 2027];

export default function ProposalsPage() {
  const { t, lang, label } = useI18n();
  const { seesRestricted } = useSession();
  const statuses = seesRestricted ? STATUSES : PUBLISHED_STATUSES;
  const [yearParam, setYear] = useSearchParam('tahun', '2026');
  const [provinceCode, setProvince] = useSearchParam('provinsi', '');
  const fiscalYear = Number(yearParam);
  const variables = useMemo(
    () => ({ filter: { fiscalYear, provinceCode: provinceCode || undefined }, first: 100 }),
    [fiscalYear, provinceCode],
  );
  const proposals = useAllPages(DashboardProposalsDocument, variables, (data) => data.proposals);

  const table = useMemo(() => {
    const list = proposals.data ?? [];
    const schemes = [...new Set(list.map((p) => p.scheme))].sort();
    const count = (status: string, scheme?: string) =>
      list.filter((p) => p.status === status && (!scheme || p.scheme === scheme)).length;
    const exceeding = list
      // A kab/kota the regions subgraph could not give (an outage) cannot be compared with its need.
      .flatMap((p) => (p.regency ? [{ ...p, regency: p.regency }] : []))
      .filter((p) => p.regency.need?.uninhabitableHomes == null || p.proposedUnits > p.regency.need.uninhabitableHomes)
      .sort(
        (a, b) =>
          b.proposedUnits -
          (b.regency.need?.uninhabitableHomes ?? 0) -
          (a.proposedUnits - (a.regency.need?.uninhabitableHomes ?? 0)),
      );
    return { list, schemes, count, exceeding };
  }, [proposals.data]);

  return (
    <section>
      <h1>{t('pipeline')}</h1>
      <div className="controls">
        <YearSelect label={t('fiscalYear')} years={FISCAL_YEARS} value={fiscalYear} onChange={setYear} />
        <ProvinceSelect value={provinceCode} onChange={setProvince} />
      </div>
      <QueryState fetching={proposals.fetching} error={proposals.error} retry={proposals.retry}>
        <h2>{t('countsByStatus')}</h2>
        <DataTable
          testId="pipeline-table"
          columns={[
            { label: t('status') },
            ...table.schemes.map((scheme) => ({ label: scheme, numeric: true })),
            { label: t('total'), numeric: true },
          ]}
        >
          {statuses.map((status) => (
            <tr key={status}>
              <td>
                <span className={`badge status-${status}`}>{label(status)}</span>
              </td>
              {table.schemes.map((scheme) => (
                <td key={scheme} className="num">
                  {formatNumber(table.count(status, scheme), lang)}
                </td>
              ))}
              <td className="num">{formatNumber(table.count(status), lang)}</td>
            </tr>
          ))}
          <tr className="total">
            <td>{t('total')}</td>
            {table.schemes.map((scheme) => (
              <td key={scheme} className="num">
                {formatNumber(table.list.filter((p) => p.scheme === scheme).length, lang)}
              </td>
            ))}
            <td className="num" data-testid="pipeline-total">
              {formatNumber(table.list.length, lang)}
            </td>
          </tr>
        </DataTable>

        <h2>
          {t('exceeding')} ({formatNumber(table.exceeding.length, lang)})
        </h2>
        <DataTable
          testId="exceeding-table"
          empty={table.exceeding.length === 0}
          columns={[
            { label: t('regency') },
            { label: t('scheme') },
            { label: t('proposed'), numeric: true },
            { label: t('rtlh'), numeric: true },
            { label: t('status') },
          ]}
        >
          {table.exceeding.map((p) => (
            <tr key={p.id}>
              <td>
                <Link href={`/kabkota/${p.regency.code}`}>{p.regency.name}</Link>
              </td>
              <td>{p.scheme}</td>
              <td className="num">{formatNumber(p.proposedUnits, lang)}</td>
              <td className="num">
                {p.regency.need?.uninhabitableHomes == null
                  ? t('noNeedData')
                  : formatNumber(p.regency.need.uninhabitableHomes, lang)}{' '}
                <Modeled on={p.regency.need?.source.modeled} />
              </td>
              <td>{label(p.status)}</td>
            </tr>
          ))}
        </DataTable>
      </QueryState>
    </section>
  );
}
