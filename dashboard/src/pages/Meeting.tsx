import { useQuery } from 'urql';
import { Link, useParams } from 'wouter';
import { DeskReviewsOfMeetingDocument, MeetingDetailDocument } from '@housing-hub/client';
import { useI18n } from '../i18n.js';
import { formatDate, formatNumber } from '../format.js';
import { isOverdue } from '../followups.js';
import { useSession } from '../session.js';
import { EntityState } from '../components/QueryState.js';
import { Modeled } from '../components/Modeled.js';
import { DataTable, NoneOr } from '../components/DataTable.js';
import { DeskReviewTable } from '../components/DeskReviewTable.js';

export default function MeetingPage() {
  const { id } = useParams<{ id: string }>();
  const { t, lang, label } = useI18n();
  // The documented example operations, as a front-end team would use them.
  const query = useQuery({ query: MeetingDetailDocument, variables: { id } });
  // Staff only: not even asked for without a staff sign-in (the public would get FORBIDDEN).
  const { seesRestricted } = useSession();
  const [reviews] = useQuery({ query: DeskReviewsOfMeetingDocument, variables: { id }, pause: !seesRestricted });
  const meeting = query[0].data?.meeting;
  const deskReviews = (seesRestricted && reviews.data?.meeting?.deskReviews) || [];

  return (
    <section>
      <EntityState query={query} entity={meeting}>
        {(meeting) => (
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
            <NoneOr items={meeting.participants}>
              {(participants) => (
                <ul data-testid="participants">
                  {participants.map((p) => (
                    <li key={`${p.agency.id}-${p.role ?? ''}-${p.mode ?? ''}`}>
                      {p.agency.name}
                      {p.role && <> · {p.role}</>}
                      {p.mode && <> · {label(p.mode)}</>}
                    </li>
                  ))}
                </ul>
              )}
            </NoneOr>

            <h2>{t('agenda')}</h2>
            <NoneOr items={meeting.agenda}>
              {(agenda) => (
                <ol>
                  {agenda.map((item) => (
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
            </NoneOr>

            <h2>{t('decisions')}</h2>
            <NoneOr items={meeting.decisions}>
              {(decisions) => (
                <ol>
                  {decisions.map((d) => (
                    <li key={d.id}>{d.text}</li>
                  ))}
                </ol>
              )}
            </NoneOr>

            <h2>{t('recommendations')}</h2>
            <NoneOr items={meeting.recommendations}>
              {(recommendations) => (
                <ul className="labelled">
                  {recommendations.map((r) => (
                    <li key={`${r.label ?? ''}-${r.text}`}>
                      {r.label && <strong>{r.label}. </strong>}
                      {r.text}
                    </li>
                  ))}
                </ul>
              )}
            </NoneOr>

            <h2>{t('followUps')}</h2>
            <NoneOr items={meeting.followUps}>
              {(followUps) => (
                <DataTable
                  testId="follow-ups"
                  columns={[
                    { label: '#' },
                    { label: t('followUps') },
                    { label: t('owner') },
                    { label: t('dueDate') },
                    { label: t('status') },
                  ]}
                >
                  {followUps.map((f) => {
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
                </DataTable>
              )}
            </NoneOr>

            {deskReviews.length > 0 && (
              <>
                <h2>
                  {t('deskReviews')} ({formatNumber(deskReviews.length, lang)})
                </h2>
                <DeskReviewTable
                  reviews={deskReviews}
                  first={{
                    label: t('regency'),
                    cell: (r) => (r.regency ? <Link href={`/kabkota/${r.regency.code}`}>{r.regency.name}</Link> : '–'),
                  }}
                />
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
      </EntityState>
    </section>
  );
}
