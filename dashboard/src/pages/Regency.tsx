import { useMemo } from 'react';
import { useQuery } from 'urql';
import { Link, useParams } from 'wouter';
import { DashboardRegencyDeskReviewsDocument, DashboardRegencyDocument, DashboardRegencyYearDocument } from '@housing-hub/client';
import { useI18n } from '../i18n.js';
import { formatDate, formatNumber, formatRupiah } from '../format.js';
import { isOverdue } from '../followups.js';
import { SERIES_YEARS, useQueryEach } from '../data.js';
import { useSession } from '../session.js';
import { EntityState, QueryState } from '../components/QueryState.js';
import { DataTable, NoneOr } from '../components/DataTable.js';
import { DeskReviewTable } from '../components/DeskReviewTable.js';
import { Figure } from '../components/Figure.js';
import { Modeled, anyModeled } from '../components/Modeled.js';
import { Chart, categoryChart, valueAxis } from '../components/Chart.js';

const OPEN_STATUSES = new Set(['OPEN', 'IN_PROGRESS']);

export default function RegencyPage() {
  const { code } = useParams<{ code: string }>();
  const { t, lang, label } = useI18n();
  const { seesRestricted } = useSession();
  const query = useQuery({ query: DashboardRegencyDocument, variables: { code } });
  // Staff only: not even asked for without a staff sign-in (the public would get FORBIDDEN).
  const [reviews] = useQuery({ query: DashboardRegencyDeskReviewsDocument, variables: { code }, pause: !seesRestricted });
  const series = useQueryEach(
    DashboardRegencyYearDocument,
    useMemo(() => SERIES_YEARS.map((year) => ({ code, year })), [code]),
  );
  const regency = query[0].data?.regency;
  const deskReviews = seesRestricted
    ? reviews.data?.regency?.proposals?.flatMap((proposal) => proposal.deskReviews ?? [])
    : undefined;

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
      <EntityState query={query} entity={regency}>
        {(regency) => (
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
                    option={categoryChart(lang, SERIES_YEARS.map(String), {
                      grid: { left: 60, right: 60, top: 50, bottom: 30 },
                      // Need (left axis) and funded units (right axis) differ by orders of magnitude.
                      yAxis: [
                        valueAxis(lang, { name: t('rtlh') }),
                        valueAxis(lang, { name: t('units'), splitLine: { show: false } }),
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
                    })}
                  />
                  <DataTable
                    testId="series-table"
                    columns={[
                      { label: t('year') },
                      { label: t('rtlh'), numeric: true },
                      { label: t('ownershipBacklog'), numeric: true },
                      ...schemes.map((scheme) => ({ label: scheme, numeric: true })),
                    ]}
                  >
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
                  </DataTable>
                </>
              )}
            </QueryState>

            <h2>{t('proposalsOf')}</h2>
            <NoneOr items={regency.proposals}>
              {(proposals) => (
                <DataTable
                  testId="proposals-table"
                  columns={[
                    { label: t('fiscalYear') },
                    { label: t('scheme') },
                    { label: t('proposed'), numeric: true },
                    { label: t('status') },
                  ]}
                >
                  {proposals.map((proposal) => (
                    <tr key={proposal.id}>
                      <td>{proposal.fiscalYear}</td>
                      <td>{proposal.scheme}</td>
                      <td className="num">{formatNumber(proposal.proposedUnits, lang)}</td>
                      <td>
                        <span className={`badge status-${proposal.status}`}>{label(proposal.status)}</span>
                      </td>
                    </tr>
                  ))}
                </DataTable>
              )}
            </NoneOr>

            {seesRestricted && (
              <>
                <h2>
                  {t('deskReviews')} {deskReviews && `(${formatNumber(deskReviews.length, lang)})`}
                </h2>
                <QueryState fetching={reviews.fetching} error={reviews.error}>
                  <NoneOr items={deskReviews}>
                    {(list) => (
                      <DeskReviewTable
                        reviews={list}
                        first={{
                          label: t('meetings'),
                          cell: (review) => (
                            <>
                              <span className="date">{formatDate(review.meeting.startsOn, lang)}</span>{' '}
                              <Link href={`/rapat/${review.meeting.id}`}>{review.meeting.title}</Link>
                            </>
                          ),
                        }}
                      />
                    )}
                  </NoneOr>
                </QueryState>
              </>
            )}

            <h2>{t('meetingsCovering')}</h2>
            <NoneOr items={regency.meetings}>
              {(meetings) => (
                <ul className="meetings" data-testid="regency-meetings">
                  {meetings.map((meeting) => (
                    <li key={meeting.id}>
                      <span className="date">{formatDate(meeting.startsOn, lang)}</span>{' '}
                      <Link href={`/rapat/${meeting.id}`}>{meeting.title}</Link>{' '}
                      <span className="badge">{label(meeting.kind)}</span> <Modeled on={meeting.modeled} />
                    </li>
                  ))}
                </ul>
              )}
            </NoneOr>

            <h2>{t('openFollowUps')}</h2>
            <NoneOr items={openFollowUps}>
              {(followUps) => (
                <ul className="follow-ups">
                  {followUps.map((followUp) => {
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
            </NoneOr>
          </>
        )}
      </EntityState>
    </section>
  );
}
