import { useMemo } from 'react';
import { useQuery } from 'urql';
import {
  DashboardNationalTargetsDocument,
  DashboardProgram3Document,
  DashboardNationalYearDocument,
  type DashboardNationalYearQuery,
} from '@housing-hub/client';
import { useI18n } from '../i18n.js';
import { formatNumber, formatPercent, formatRupiah } from '../format.js';
import { CURRENT_YEAR, SERIES_YEARS, useQueryEach } from '../data.js';
import { useSearchParam } from '../search.js';
import { QueryState } from '../components/QueryState.js';
import { YearSelect } from '../components/Controls.js';
import { Figure } from '../components/Figure.js';
import { DataTable } from '../components/DataTable.js';
import { Modeled, anyModeled } from '../components/Modeled.js';
import { Chart, categoryChart } from '../components/Chart.js';

const NEED_KEYS = ['ownershipBacklog', 'habitabilityBacklog', 'uninhabitableHomes'] as const;

interface NeedYear {
  year: number;
  provinces: number;
  /** Null where no province has a figure of that indicator for the year. */
  values: Record<(typeof NEED_KEYS)[number], number | null>;
  modeled: boolean;
}

/** The national need of a year: the sum over the provinces whose newest figure is of that year. */
function needOfYear(year: number, data: DashboardNationalYearQuery): NeedYear | null {
  const needs = (data.provinces ?? []).map((p) => p.need).filter((need) => need?.year === year);
  if (needs.length === 0) return null;
  const values = Object.fromEntries(
    NEED_KEYS.map((key) => {
      const figures = needs.map((need) => need?.[key]).filter((value): value is number => typeof value === 'number');
      return [key, figures.length ? figures.reduce((sum, value) => sum + value, 0) : null];
    }),
  ) as NeedYear['values'];
  return { year, provinces: needs.length, values, modeled: anyModeled(needs.map((need) => need?.source)) };
}

export default function NationalPage() {
  const { t, lang, label } = useI18n();
  const [yearParam, setYear] = useSearchParam('tahun', String(CURRENT_YEAR));
  const year = Number(yearParam);
  // The year's figures come first, on their own; the series follows (same document, cached per year).
  const [selectedYear, retrySelected] = useQuery({ query: DashboardNationalYearDocument, variables: { year } });
  const years = useQueryEach(
    DashboardNationalYearDocument,
    useMemo(() => SERIES_YEARS.map((y) => ({ year: y })), []),
  );
  const [program3, retryProgram3] = useQuery({ query: DashboardProgram3Document, variables: { year } });
  const [targets, retryTargets] = useQuery({
    query: DashboardNationalTargetsDocument,
    variables: { year, previousYear: year - 1 },
  });

  const series = useMemo(() => {
    if (!years.data) return undefined;
    const need = SERIES_YEARS.map((y, i) => needOfYear(y, years.data![i]!)).filter((n): n is NeedYear => n !== null);
    const schemes = [...new Set(years.data.flatMap((d) => (d.fundingSummary ?? []).map((row) => row.scheme)))];
    return { need, schemes, funding: SERIES_YEARS.map((y, i) => ({ year: y, rows: years.data![i]!.fundingSummary })) };
  }, [years.data]);

  const nationalTarget = (scheme: string, y: number) =>
    targets.data?.programs?.find((p) => p.code === scheme)?.targets.find((target) => target.year === y && !target.province);

  return (
    <section>
      <h1>{t('nationalTitle')}</h1>
      <YearSelect label={t('year')} years={SERIES_YEARS} value={year} onChange={setYear} />
      <h2>
        {t('deliveredIn')} {year}
      </h2>
      <QueryState
        fetching={selectedYear.fetching}
        error={selectedYear.error}
        retry={() => retrySelected({ requestPolicy: 'network-only' })}
      >
        <div className="figures">
          {selectedYear.data?.fundingSummary?.length === 0 && <p>{t('none')}</p>}
          {selectedYear.data?.fundingSummary?.map((row) => (
            <Figure
              key={row.scheme}
              testId={`funding-${row.scheme}`}
              label={row.scheme}
              modeled={row.source?.modeled}
              value={`${formatNumber(row.units, lang)} ${t('units')}`}
              detail={formatRupiah(row.amountIdr, lang)}
            />
          ))}
        </div>
      </QueryState>
      <QueryState fetching={years.fetching} error={years.error} retry={years.retry}>
        {series && (
          <>
            <h2>{t('needByYear')}</h2>
            <Chart
              label={t('needByYear')}
              option={categoryChart(
                lang,
                series.need.map((n) => String(n.year)),
                {
                  series: NEED_KEYS.map((key) => ({
                    name: t(key === 'uninhabitableHomes' ? 'rtlh' : key),
                    type: 'line',
                    data: series.need.map((n) => n.values[key]),
                  })),
                },
              )}
            />
            <DataTable
              testId="need-table"
              columns={[
                { label: t('year') },
                { label: t('ownershipBacklog'), numeric: true },
                { label: t('habitabilityBacklog'), numeric: true },
                { label: t('rtlh'), numeric: true },
                { label: <span title={t('needNote')}>{t('provinces')}</span>, numeric: true },
              ]}
            >
              {series.need.map((n) => (
                <tr key={n.year}>
                  <td>
                    {n.year} <Modeled on={n.modeled} />
                  </td>
                  {NEED_KEYS.map((key) => (
                    <td key={key} className="num">
                      {formatNumber(n.values[key], lang)}
                    </td>
                  ))}
                  <td className="num">{n.provinces}</td>
                </tr>
              ))}
            </DataTable>

            <h2>{t('schemeByYear')}</h2>
            <QueryState
              fetching={targets.fetching}
              error={targets.error}
              retry={() => retryTargets({ requestPolicy: 'network-only' })}
            >
              {targets.data && (
                <>
                  <Chart
                    label={t('schemeByYear')}
                    option={categoryChart(lang, SERIES_YEARS.map(String), {
                      series: series.schemes.flatMap((scheme) => [
                        {
                          name: scheme,
                          type: 'bar',
                          data: series.funding.map((f) => f.rows?.find((r) => r.scheme === scheme)?.units ?? null),
                        },
                        {
                          name: `${scheme} · ${t('target')}`,
                          type: 'line',
                          connectNulls: false,
                          data: SERIES_YEARS.map((y) => nationalTarget(scheme, y)?.units ?? null),
                        },
                      ]),
                    })}
                  />
                  <DataTable
                    testId="scheme-table"
                    columns={[
                      { label: t('year') },
                      ...series.schemes.map((scheme) => ({
                        label: `${scheme} (${t('realized')} / ${t('target')})`,
                        numeric: true,
                      })),
                    ]}
                  >
                    {series.funding.map((f) => (
                      <tr key={f.year}>
                        <td>{f.year}</td>
                        {series.schemes.map((scheme) => {
                          const row = f.rows?.find((r) => r.scheme === scheme);
                          const target = nationalTarget(scheme, f.year);
                          return (
                            <td key={scheme} className="num">
                              {row ? formatNumber(row.units, lang) : '–'} <Modeled on={row?.source?.modeled} />
                              {' / '}
                              {target?.units != null ? `${formatNumber(target.units, lang)} (${label(target.kind)})` : '–'}
                            </td>
                          );
                        })}
                      </tr>
                    ))}
                  </DataTable>

                  <h2>
                    {t('flppMonthly')}: {year} / {year - 1}
                  </h2>
                  <p className="note">
                    {t('quota')} {year}: {formatNumber(nationalTarget('FLPP', year)?.units ?? null, lang)} {t('units')}{' '}
                    <Modeled on={nationalTarget('FLPP', year)?.source.modeled} />
                  </p>
                  <Chart
                    label={t('flppMonthly')}
                    option={categoryChart(
                      lang,
                      Array.from({ length: 12 }, (_, i) =>
                        new Intl.DateTimeFormat(lang === 'id' ? 'id-ID' : 'en-US', { month: 'short', timeZone: 'UTC' }).format(
                          Date.UTC(2000, i, 1),
                        ),
                      ),
                      {
                        grid: { left: 60, right: 16, top: 40, bottom: 30 },
                        series: [
                          {
                            name: String(year - 1),
                            type: 'bar',
                            data: Array.from(
                              { length: 12 },
                              (_, i) => targets.data!.flppBefore?.find((m) => m.month === i + 1)?.units ?? null,
                            ),
                          },
                          {
                            name: String(year),
                            type: 'bar',
                            data: Array.from(
                              { length: 12 },
                              (_, i) => targets.data!.flpp?.find((m) => m.month === i + 1)?.units ?? null,
                            ),
                          },
                        ],
                      },
                    )}
                  />
                </>
              )}
            </QueryState>

            <h2>{t('program3')}</h2>
            <QueryState fetching={program3.fetching} error={program3.error} retry={retryProgram3}>
              {program3.data?.program3JutaRumah?.target ? (
                <>
                  <p className="note">{t('program3Note')}</p>
                  <DataTable
                    testId="program3-table"
                    columns={[
                      { label: t('segment') },
                      { label: t('target'), numeric: true },
                      { label: t('realized'), numeric: true },
                      { label: t('progressShare'), numeric: true },
                      { label: t('schemesCounted') },
                    ]}
                  >
                    {program3.data.program3JutaRumah.progress.segments.map((segment) => (
                      <tr key={segment.segment} data-segment={segment.segment}>
                        <td>{label(segment.segment)}</td>
                        <td className="num">{segment.targetUnits != null ? formatNumber(segment.targetUnits, lang) : '–'}</td>
                        <td className="num">
                          {formatNumber(segment.units, lang)} <Modeled on={program3.data?.program3JutaRumah?.progress.modeled} />
                        </td>
                        <td className="num">{segment.ratio != null ? formatPercent(segment.ratio, lang) : '–'}</td>
                        <td>
                          {segment.schemes.map((scheme) => `${scheme.scheme} ${formatNumber(scheme.units, lang)}`).join(', ')}
                        </td>
                      </tr>
                    ))}
                    <tr data-segment="TOTAL">
                      <td>{t('total')}</td>
                      <td className="num">{formatNumber(program3.data.program3JutaRumah.target.units, lang)}</td>
                      <td className="num">{formatNumber(program3.data.program3JutaRumah.progress.units, lang)}</td>
                      <td className="num">
                        {formatPercent(
                          program3.data.program3JutaRumah.progress.units / program3.data.program3JutaRumah.target.units,
                          lang,
                        )}
                      </td>
                      <td />
                    </tr>
                  </DataTable>
                </>
              ) : (
                <p className="note">{t('program3Missing')}</p>
              )}
            </QueryState>
          </>
        )}
      </QueryState>
    </section>
  );
}
