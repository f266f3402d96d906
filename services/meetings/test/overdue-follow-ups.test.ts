import { describe, expect, it } from '@jest/globals';
import { seedMeetingId } from '../src/seed/seed-meetings.js';
import { useMeetingsFixture } from './meetings-fixture.js';
import { graphql } from './generated/index.js';

const fixture = useMeetingsFixture({ demo: false });

const ADD = graphql(
  `mutation OverdueFollowUpsAddFollowUps($id: ID!, $f: [FollowUpInput!]!) { addFollowUps(meetingId: $id, followUps: $f) { followUps { id label status version } } }`,
);
const OVERDUE = graphql(
  `query OverdueFollowUpsOverdueFollowUps($asOf: Date, $p: ID) { overdueFollowUps(asOf: $asOf, provinceCode: $p) { label dueDate status meeting { id } } }`,
);

describe('overdue follow-ups', () => {
  it('lists open and in-progress follow-ups past their due date, oldest first, by province', async () => {
    const banten = seedMeetingId('003');
    const kalbar = seedMeetingId('001');
    await fixture().query(ADD, {
      id: banten,
      f: [
        { label: 'B1', description: 'Laporan pokja', dueDate: '2016-07-01' },
        { label: 'B2', description: 'Rakor berikut', dueDate: '2026-12-31' },
      ],
    });
    const added = await fixture().query(ADD, {
      id: kalbar,
      f: [
        { label: 'K1', description: 'Pemutakhiran data', dueDate: '2025-08-01' },
        { label: 'K2', description: 'Regulasi', dueDate: '2025-09-01' },
      ],
    });
    const k2 = added.data!.addFollowUps.followUps.find((f) => f.label === 'K2');
    await fixture().query(
      graphql(
        `mutation OverdueFollowUpsUpdateFollowUpStatus($id: ID!, $v: Int!) { updateFollowUpStatus(id: $id, status: DONE, expectedVersion: $v) { id } }`,
      ),
      { id: k2!.id, v: k2!.version },
    );

    const all = await fixture().query(OVERDUE, { asOf: '2026-01-01' });
    expect(all.errors).toBeUndefined();
    expect(all.data!.overdueFollowUps!.map((f) => [f.label, f.dueDate])).toEqual([
      ['B1', '2016-07-01'],
      // The seed's own follow-up 3, due by the end of fiscal year 2016 as the article implies.
      ['3', '2016-12-31'],
      ['K1', '2025-08-01'],
    ]);
    const kalbarOnly = await fixture().query(OVERDUE, { asOf: '2026-01-01', p: '61' });
    expect(kalbarOnly.data!.overdueFollowUps!.map((f) => [f.label, f.meeting.id])).toEqual([['K1', kalbar]]);
  });

  it('refuses a malformed province code', async () => {
    const response = await fixture().query(OVERDUE, { p: '6' });
    expect(response.errors?.[0]?.extensions?.code).toBe('INVALID_AREA_CODE');
  });
});
