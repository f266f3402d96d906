import { useQuery } from 'urql';
import { Link, useParams } from 'wouter';
import { DeskReviewsOfMeetingDocument, MeetingDetailDocument } from '@housing-hub/client';
import { useI18n } from '../i18n.js';
import { formatDate, formatNumber } from '../format.js';
import { isOverdue } from '../followups.js';
import { QueryState } from '../components/QueryState.js';
import { Modeled } from '../components/Modeled.js';

export default function MeetingPage() {
  const { id } = useParams<{ id: string }>();
  const { t, lang, label } = useI18n();
  // The documented example operations, as a front-end team would use them.
  const [result, retry] = useQuery({ query: MeetingDetailDocument, variables: { id } });
  const [reviews] = useQuery({ query: DeskReviewsOfMeetingDocument, variables: { id } });
  const meeting = result.data?.meeting;
  const deskReviews = reviews.data?.meeting?.deskReviews ?? [];

  return (
    <section>
      <QueryState fetching={result.fetching} error={result.error} retry={() => retry({ requestPolicy: 'network-only' })}>
        {result.data && !meeting && <p className="state">{t('notFound')}</p>}
        {meeting && (
          <>
            <p className="crumbs">
              <Link href="/rapat">{t('meetings')}</Link> ›
            </p>
            <h1>
              {meeting.title} <Modeled on={meeting.modeled} />
            </h1>
            <dl className="facts">
              <dt>{t('date')}</dt>
              <dd>
                {formatDate(meeting.startsOn, lang)} ({meeting.timeZone})
              </dd>
              <dt>{t('venue')}</dt>
              <dd>{meeting.venue ?? '–'}</dd>
              <dt>{t('mode')}</dt>
              <dd>
                {label(meeting.mode)} · {label(meeting.kind)}
              </dd>
              <dt>{t('organizer')}</dt>
              <dd>{meeting.organizer.name}</dd>
              <dt>{t('areas')}</dt>
              <dd>
                {(meeting.provinces ?? []).map((p, i) => (
                  <span key={p.code}>
                    {i > 0 && ', '}
                    <Link href={`/provinsi/${p.code}`}>{p.name}</Link>
                  </span>
                ))}
                {(meeting.regencies ?? []).length > 0 && ' · '}
                {(meeting.regencies ?? []).map((r, i) => (
                  <span key={r.code}>
                    {i > 0 && ', '}
                    <Link href={`/kabkota/${r.code}`}>{r.name}</Link>
                  </span>
                ))}
              </dd>
              {meeting.source && (
                <>
                  <dt>{t('source')}</dt>
                  <dd className="break">{meeting.source}</dd>
                </>
              )}
            </dl>

            <h2>{t('participants')}</h2>
            {meeting.participants.length === 0 ? (
              <p>{t('none')}</p>
            ) : (
              <ul data-testid="participants">
                {meeting.participants.map((p) => (
                  <li key={`${p.agency.id}-${p.role ?? ''}-${p.mode ?? ''}`}>
                    {p.agency.name}
                    {p.role && <> · {p.role}</>}
                    {p.mode && <> · {label(p.mode)}</>}
                  </li>
                ))}
              </ul>
            )}

            <h2>{t('agenda')}</h2>
            {meeting.agenda.length === 0 ? (
              <p>{t('none')}</p>
            ) : (
              <ol>
                {meeting.agenda.map((item) => (
                  <li key={item.position}>
                    <strong>{item.title}</strong>
                    {item.description && <> · {item.description}</>}
                    {item.speaker && (
                      <div className="note">
                        {t('speaker')}:{' '}
                        {[item.speaker.name, item.speaker.role, item.speaker.agency?.name].filter(Boolean).join(', ')}
                      </div>
                    )}
                  </li>
                ))}
              </ol>
            )}

            <h2>{t('decisions')}</h2>
            {meeting.decisions.length === 0 ? (
              <p>{t('none')}</p>
            ) : (
              <ol>
                {meeting.decisions.map((d) => (
                  <li key={d.id}>{d.text}</li>
                ))}
              </ol>
            )}

            <h2>{t('recommendations')}</h2>
            {meeting.recommendations.length === 0 ? (
              <p>{t('none')}</p>
            ) : (
              <ul className="labelled">
                {meeting.recommendations.map((r) => (
                  <li key={`${r.label ?? ''}-${r.text}`}>
                    {r.label && <strong>{r.label}. </strong>}
                    {r.text}
                  </li>
                ))}
              </ul>
            )}

            <h2>{t('followUps')}</h2>
            {meeting.followUps.length === 0 ? (
              <p>{t('none')}</p>
            ) : (
              <div className="table-wrap">
                <table data-testid="follow-ups">
                  <thead>
                    <tr>
                      <th>#</th>
                      <th>{t('followUps')}</th>
                      <th>{t('owner')}</th>
                      <th>{t('dueDate')}</th>
                      <th>{t('status')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {meeting.followUps.map((f) => {
                      const overdue = isOverdue(f);
                      return (
                        <tr key={f.id} className={overdue ? 'overdue' : undefined}>
                          <td>{f.label ?? '–'}</td>
                          <td>{f.description}</td>
                          <td>{f.owner?.name ?? '–'}</td>
                          <td className="nowrap">
                            {formatDate(f.dueDate, lang)}
                            {overdue && <strong className="overdue-mark"> {t('overdue')}</strong>}
                          </td>
                          <td>
                            <span className="badge">{label(f.status)}</span>
                          </td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </div>
            )}

            {deskReviews.length > 0 && (
              <>
                <h2>
                  {t('deskReviews')} ({formatNumber(deskReviews.length, lang)})
                </h2>
                <div className="table-wrap">
                  <table data-testid="desk-reviews">
                    <thead>
                      <tr>
                        <th>{t('regency')}</th>
                        <th>{t('scheme')}</th>
                        <th className="num">{t('proposed')}</th>
                        <th className="num">{t('recommended')}</th>
                        <th className="num">{t('needUsed')}</th>
                        <th>{t('status')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {deskReviews.map((r) => (
                        <tr key={r.id}>
                          <td>{r.regency ? <Link href={`/kabkota/${r.regency.code}`}>{r.regency.name}</Link> : '–'}</td>
                          <td>
                            {r.scheme} {r.fiscalYear}
                          </td>
                          <td className="num">{formatNumber(r.proposedUnits, lang)}</td>
                          <td className="num">{formatNumber(r.recommendedUnits, lang)}</td>
                          <td className="num">
                            {formatNumber(r.needUsed.value, lang)} <Modeled on={r.modeled || r.needUsed.modeled} />
                          </td>
                          <td>{label(r.recommendation)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              </>
            )}

            {meeting.notes.length > 0 && (
              <>
                <h2>{t('notes')}</h2>
                <ul>
                  {meeting.notes.map((note) => (
                    <li key={note}>{note}</li>
                  ))}
                </ul>
              </>
            )}
          </>
        )}
      </QueryState>
    </section>
  );
}
