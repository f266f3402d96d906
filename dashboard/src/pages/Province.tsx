import { useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { Link, useParams } from 'wouter';
import { DashboardProvinceDocument, type DashboardProvinceQuery } from '@housing-hub/client';
import { useI18n } from '../i18n.js';
import { formatNumber, formatPercent, formatRupiah } from '../format.js';
import { CURRENT_YEAR, SERIES_YEARS } from '../data.js';
import { useSearchParam } from '../search.js';
import { EntityState } from '../components/QueryState.js';
import { DataTable, NoneOr, type Column } from '../components/DataTable.js';
import { YearSelect } from '../components/Controls.js';
import { Figure } from '../components/Figure.js';
import { Modeled, anyModeled } from '../components/Modeled.js';

type Regency = NonNullable<DashboardProvinceQuery['province']>['regencies'][number];
const SCHEMES = ['BSPS', 'FLPP', 'CSR'] as const;
type SortKey = 'code' | 'name' | 'rtlh' | 'ownershipBacklog' | 'BSPS' | 'FLPP' | 'CSR' | 'funded' | 'coverage';

const unitsOf = (regency: Regency, scheme: string) => regency.funding?.find((f) => f.scheme === scheme)?.units ?? 0;

function sortValue(regency: Regency, key: SortKey): number | string {
  switch (key) {
    case 'code':
      return regency.code;
    case 'name':
      return regency.name;
    case 'rtlh':
      return regency.need?.uninhabitableHomes ?? -1;
    case 'ownershipBacklog':
      return regency.need?.ownershipBacklog ?? -1;
    case 'funded':
      return regency.coverage?.fundedUnits ?? 0;
    case 'coverage':
      return regency.coverage?.ratio ?? -1;
    default:
      return unitsOf(regency, key);
  }
}

/** Five steps from low to high coverage, relative to the best-covered kab/kota of the province. */
function coverageStep(ratio: number | null | undefined, max: number): number {
  if (ratio === null || ratio === undefined || max <= 0) return -1;
  return Math.min(4, Math.floor((ratio / max) * 5));
}

export default function ProvincePage() {
  const { code } = useParams<{ code: string }>();
  const { t, lang } = useI18n();
  const [yearParam, setYear] = useSearchParam('tahun', String(CURRENT_YEAR));
  const year = Number(yearParam);
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({ key: 'coverage', descending: true });
  const query = useQuery({ query: DashboardProvinceDocument, variables: { code, year } });
  const [result] = query;
  const province = result.data?.province;

  const rows = useMemo(() => {
    const list = [...(province?.regencies ?? [])];
    list.sort((a, b) => {
      const [x, y] = [sortValue(a, sort.key), sortValue(b, sort.key)];
      const order = typeof x === 'string' ? x.localeCompare(y as string, 'id') : x - (y as number);
      return sort.descending ? -order : order;
    });
    return list;
  }, [province, sort]);
  const maxRatio = Math.max(0, ...(province?.regencies ?? []).map((r) => r.coverage?.ratio ?? 0));
  const units = result.data?.regionalUnits?.filter((unit) => (unit.coveredProvinces ?? []).some((p) => p.code === code)) ?? [];

  const sortable = (key: SortKey, text: string, numeric = true): Column => ({
    numeric,
    sort: sort.key === key ? (sort.descending ? 'descending' : 'ascending') : 'none',
    label: (
      <button
        type="button"
        data-sort={key}
        title={`${t('sortBy')} ${text}`}
        onClick={() => setSort((s) => ({ key, descending: s.key === key ? !s.descending : numeric }))}
      >
        {text} {sort.key === key ? (sort.descending ? '▼' : '▲') : ''}
      </button>
    ),
  });

  return (
    <section>
      <EntityState query={query} entity={province}>
        {(province) => (
          <>
            <p className="crumbs">
              <Link href="/provinsi">{t('provinces')}</Link> ›
            </p>
            <h1>
              {province.name} <span className="code">{province.code}</span>
            </h1>
            <YearSelect label={t('year')} years={SERIES_YEARS} value={year} onChange={setYear} />
            <div className="figures">
              <Figure
                label={`${t('rtlh')} (${province.need?.year ?? '–'})`}
                value={formatNumber(province.need?.uninhabitableHomes, lang)}
                modeled={province.need?.source.modeled}
              />
              <Figure
                label={`${t('ownershipBacklog')} (${province.need?.year ?? '–'})`}
                value={formatNumber(province.need?.ownershipBacklog, lang)}
                modeled={province.need?.source.modeled}
              />
              {(province.funding ?? []).map((f) => (
                <Figure
                  key={f.scheme}
                  label={`${f.scheme} ${year}`}
                  value={`${formatNumber(f.units, lang)} ${t('units')}`}
                  detail={formatRupiah(f.amountIdr, lang)}
                  modeled={f.source?.modeled}
                />
              ))}
              <Figure
                label={`${t('coverage')} ${year}`}
                value={formatPercent(province.coverage?.ratio, lang)}
                detail={`${formatNumber(province.coverage?.fundedUnits, lang)} ${t('units')}`}
                modeled={anyModeled([province.need?.source, ...(province.funding ?? []).map((f) => f.source)])}
              />
            </div>

            <h2>{t('bp3kp')}</h2>
            <NoneOr items={units} none={t('noBp3kp')}>
              {(list) => (
                <ul data-testid="bp3kp">
                  {list.map((unit) => (
                    <li key={unit.id}>
                      {unit.name} {unit.shortName && <span className="code">({unit.shortName})</span>}
                    </li>
                  ))}
                </ul>
              )}
            </NoneOr>

            <h2>{t('tileMap')}</h2>
            <div className="tiles" data-testid="tile-map">
              {province.regencies.map((regency) => (
                <Link
                  key={regency.code}
                  href={`/kabkota/${regency.code}`}
                  className={`tile step${coverageStep(regency.coverage?.ratio, maxRatio)}`}
                  title={regency.name}
                >
                  <span className="tile-name">
                    {regency.name.replace(/^(Kabupaten|Kota) /, regency.kind === 'KOTA' ? 'Kota ' : '')}
                  </span>
                  <span className="tile-value">{formatPercent(regency.coverage?.ratio, lang)}</span>
                </Link>
              ))}
            </div>
            <p className="note legend" aria-hidden="true">
              0%{' '}
              {[0, 1, 2, 3, 4].map((step) => (
                <span key={step} className={`swatch tile step${step}`} />
              ))}{' '}
              {formatPercent(maxRatio, lang)} · <span className="swatch tile step-1" /> –
            </p>
            <p className="note">{t('coverageNote')}</p>

            <DataTable
              testId="regency-table"
              columns={[
                sortable('name', t('regency'), false),
                sortable('rtlh', t('rtlh')),
                sortable('ownershipBacklog', t('ownershipBacklog')),
                ...SCHEMES.map((scheme) => sortable(scheme, scheme)),
                sortable('funded', t('funded')),
                sortable('coverage', t('coverage')),
              ]}
            >
              {rows.map((regency) => (
                <tr key={regency.code} data-code={regency.code}>
                  <td>
                    <Link href={`/kabkota/${regency.code}`}>{regency.name}</Link> <span className="code">{regency.code}</span>
                  </td>
                  <td className="num">
                    {formatNumber(regency.need?.uninhabitableHomes, lang)} <Modeled on={regency.need?.source.modeled} />
                  </td>
                  <td className="num">{formatNumber(regency.need?.ownershipBacklog, lang)}</td>
                  {SCHEMES.map((scheme) => {
                    const funding = regency.funding?.find((f) => f.scheme === scheme);
                    return (
                      <td key={scheme} className="num" title={funding ? formatRupiah(funding.amountIdr, lang) : undefined}>
                        {formatNumber(funding?.units ?? 0, lang)} <Modeled on={funding?.source?.modeled} />
                      </td>
                    );
                  })}
                  <td className="num">{formatNumber(regency.coverage?.fundedUnits, lang)}</td>
                  <td className="num" data-testid="coverage">
                    {formatPercent(regency.coverage?.ratio, lang)}
                  </td>
                </tr>
              ))}
            </DataTable>
          </>
        )}
      </EntityState>
    </section>
  );
}
