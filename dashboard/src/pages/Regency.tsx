import { useMemo } from 'react';
import { useQuery } from 'urql';
import { Link, useParams } from 'wouter';
import { DashboardRegencyDocument, DashboardRegencyYearDocument } from '@housing-hub/client';
import { useI18n } from '../i18n.js';
import { formatDate, formatNumber, formatRupiah } from '../format.js';
import { isOverdue } from '../followups.js';
import { SERIES_YEARS, useQueryEach } from '../data.js';
import { QueryState } from '../components/QueryState.js';
import { Figure } from '../components/Figure.js';
import { Modeled, anyModeled } from '../components/Modeled.js';
import { Chart } from '../components/Chart.js';

const OPEN_STATUSES = new Set(['OPEN', 'IN_PROGRESS']);

export default function RegencyPage() {
  const { code } = useParams<{ code: string }>();
  const { t, lang, label } = useI18n();
  const [result, retry] = useQuery({ query: DashboardRegencyDocument, variables: { code } });
  const series = useQueryEach(
    DashboardRegencyYearDocument,
    useMemo(() => SERIES_YEARS.map((year) => ({ code, year })), [code]),
  );
  const regency = result.data?.regency;

  const yearly = series.data?.map((data, i) => {
    const year = SERIES_YEARS[i]!;
    const need = data.regency?.need?.year === year ? data.regency.need : null;
    return { year, need, funding: data.regency?.funding ?? [] };
  });
  const schemes = [...new Set(yearly?.flatMap((y) => y.funding.map((f) => f.scheme)) ?? [])];
  const latest = yearly?.findLast((y) => y.need);
  const openFollowUps = regency?.meetings?.flatMap((meeting) =>
    meeting.followUps.filter((f) => OPEN_STATUSES.has(f.status)).map((f) => ({ ...f, meeting })),
  );

  return (
    <section>
      <QueryState fetching={result.fetching} error={result.error} retry={() => retry({ requestPolicy: 'network-only' })}>
        {result.data && !regency && <p className="state">{t('notFound')}</p>}
        {regency && (
          <>
            <p className="crumbs">
              <Link href="/provinsi">{t('provinces')}</Link> ›{' '}
              <Link href={`/provinsi/${regency.province.code}`}>{regency.province.name}</Link> ›
            </p>
            <h1>
              {regency.name} <span className="code">{regency.code}</span>
            </h1>
            <p className="note">
              {label(regency.kind)} · BPS {regency.bpsCode ?? '–'}
            </p>

            <h2>{t('series')}</h2>
            <QueryState fetching={series.fetching} error={series.error} retry={series.retry}>
              {yearly && (
                <>
                  {latest?.need && (
                    <div className="figures">
                      <Figure
                        label={`${t('rtlh')} (${latest.year})`}
                        value={formatNumber(latest.need.uninhabitableHomes, lang)}
                        modeled={latest.need.source.modeled}
                      />
                      <Figure
                        label={`${t('ownershipBacklog')} (${latest.year})`}
                        value={formatNumber(latest.need.ownershipBacklog, lang)}
                        modeled={latest.need.source.modeled}
                      />
                    </div>
                  )}
                  <Chart
                    label={t('series')}
                    option={{
                      tooltip: { trigger: 'axis', valueFormatter: (v: number) => formatNumber(v, lang) },
                      legend: { top: 0 },
                      grid: { left: 60, right: 60, top: 50, bottom: 30 },
                      xAxis: { type: 'category', data: SERIES_YEARS.map(String) },
                      // Need (left axis) and funded units (right axis) differ by orders of magnitude.
                      yAxis: [
                        { type: 'value', name: t('rtlh'), axisLabel: { formatter: (v: number) => formatNumber(v, lang) } },
                        {
                          type: 'value',
                          name: t('units'),
                          splitLine: { show: false },
                          axisLabel: { formatter: (v: number) => formatNumber(v, lang) },
                        },
                      ],
                      series: [
                        { name: t('rtlh'), type: 'line', data: yearly.map((y) => y.need?.uninhabitableHomes ?? null) },
                        ...schemes.map((scheme) => ({
                          name: scheme,
                          type: 'bar',
                          stack: 'funding',
                          yAxisIndex: 1,
                          data: yearly.map((y) => y.funding.find((f) => f.scheme === scheme)?.units ?? null),
                        })),
                      ],
                    }}
                  />
                  <div className="table-wrap">
                    <table data-testid="series-table">
                      <thead>
                        <tr>
                          <th>{t('year')}</th>
                          <th className="num">{t('rtlh')}</th>
                          <th className="num">{t('ownershipBacklog')}</th>
                          {schemes.map((scheme) => (
                            <th key={scheme} className="num">
                              {scheme}
                            </th>
                          ))}
                        </tr>
                      </thead>
                      <tbody>
                        {yearly.map((y) => (
                          <tr key={y.year}>
                            <td>
                              {y.year} <Modeled on={anyModeled([y.need?.source, ...y.funding.map((f) => f.source)])} />
                            </td>
                            <td className="num">{formatNumber(y.need?.uninhabitableHomes, lang)}</td>
                            <td className="num">{formatNumber(y.need?.ownershipBacklog, lang)}</td>
                            {schemes.map((scheme) => {
                              const f = y.funding.find((row) => row.scheme === scheme);
                              return (
                                <td key={scheme} className="num" title={f ? formatRupiah(f.amountIdr, lang) : undefined}>
                                  {formatNumber(f?.units ?? null, lang)}
                                </td>
                              );
                            })}
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </div>
                </>
              )}
            </QueryState>

            <h2>{t('proposalsOf')}</h2>
            {(regency.proposals ?? []).length === 0 ? (
              <p>{t('none')}</p>
            ) : (
              <div className="table-wrap">
                <table data-testid="proposals-table">
                  <thead>
                    <tr>
                      <th>{t('fiscalYear')}</th>
                      <th>{t('scheme')}</th>
                      <th className="num">{t('proposed')}</th>
                      <th>{t('status')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {(regency.proposals ?? []).map((proposal) => (
                      <tr key={proposal.id}>
                        <td>{proposal.fiscalYear}</td>
                        <td>{proposal.scheme}</td>
                        <td className="num">{formatNumber(proposal.proposedUnits, lang)}</td>
                        <td>
                          <span className={`badge status-${proposal.status}`}>{label(proposal.status)}</span>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}

            <h2>{t('meetingsCovering')}</h2>
            {(regency.meetings ?? []).length === 0 ? (
              <p>{t('none')}</p>
            ) : (
              <ul className="meetings" data-testid="regency-meetings">
                {(regency.meetings ?? []).map((meeting) => (
                  <li key={meeting.id}>
                    <span className="date">{formatDate(meeting.startsOn, lang)}</span>{' '}
                    <Link href={`/rapat/${meeting.id}`}>{meeting.title}</Link>{' '}
                    <span className="badge">{label(meeting.kind)}</span> <Modeled on={meeting.modeled} />
                  </li>
                ))}
              </ul>
            )}

            <h2>{t('openFollowUps')}</h2>
            {!openFollowUps?.length ? (
              <p>{t('none')}</p>
            ) : (
              <ul className="follow-ups">
                {openFollowUps.map((followUp) => {
                  const overdue = isOverdue(followUp);
                  return (
                    <li key={followUp.id} className={overdue ? 'overdue' : undefined}>
                      {followUp.description} <span className="badge">{label(followUp.status)}</span>
                      {followUp.dueDate && (
                        <>
                          {' '}
                          · {t('dueDate')} {formatDate(followUp.dueDate, lang)}
                        </>
                      )}
                      {overdue && <strong className="overdue-mark"> {t('overdue')}</strong>} ·{' '}
                      <Link href={`/rapat/${followUp.meeting.id}`}>{followUp.meeting.title}</Link>
                    </li>
                  );
                })}
              </ul>
            )}
          </>
        )}
      </QueryState>
    </section>
  );
}
