import { useMemo } from 'react';
import { Link } from 'wouter';
import { DashboardMeetingsDocument } from '@housing-hub/client';
import { useI18n } from '../i18n.js';
import { formatDate } from '../format.js';
import { useAllPages } from '../data.js';
import { useSearchParam } from '../search.js';
import { isOverdue } from '../followups.js';
import { QueryState } from '../components/QueryState.js';
import { ProvinceSelect } from '../components/Controls.js';
import { Modeled } from '../components/Modeled.js';
import { DataTable } from '../components/DataTable.js';

export default function MeetingsPage() {
  const { t, lang, label } = useI18n();
  const [provinceCode, setProvince] = useSearchParam('provinsi', '');
  const variables = useMemo(() => ({ filter: provinceCode ? { provinceCode } : undefined, first: 100 }), [provinceCode]);
  const meetings = useAllPages(DashboardMeetingsDocument, variables, (data) => data.meetings);
  // Newest first: a rakor's people look for the latest meeting.
  const list = useMemo(() => [...(meetings.data ?? [])].reverse(), [meetings.data]);

  return (
    <section>
      <h1>{t('meetingList')}</h1>
      <ProvinceSelect value={provinceCode} onChange={setProvince} />
      <QueryState fetching={meetings.fetching} error={meetings.error} retry={meetings.retry}>
        <DataTable
          testId="meetings-table"
          empty={list.length === 0}
          columns={[
            { label: t('date') },
            { label: t('meetings') },
            { label: t('organizer') },
            { label: t('areas') },
            { label: t('followUps') },
          ]}
        >
          {list.map((meeting) => {
            const overdue = meeting.followUps.filter((f) => isOverdue(f)).length;
            return (
              <tr key={meeting.id}>
                <td className="nowrap">{formatDate(meeting.startsOn, lang)}</td>
                <td>
                  <Link href={`/rapat/${meeting.id}`}>{meeting.title}</Link> <span className="badge">{label(meeting.kind)}</span>{' '}
                  <Modeled on={meeting.modeled} />
                </td>
                <td>{meeting.organizer.shortName ?? meeting.organizer.name}</td>
                <td>{(meeting.provinces ?? []).map((p) => p.name).join(', ')}</td>
                <td className={overdue ? 'overdue' : undefined}>
                  {meeting.followUps.length}
                  {overdue > 0 && (
                    <strong className="overdue-mark">
                      {' '}
                      ({overdue} {t('overdue').toLowerCase()})
                    </strong>
                  )}
                </td>
              </tr>
            );
          })}
        </DataTable>
      </QueryState>
    </section>
  );
}
