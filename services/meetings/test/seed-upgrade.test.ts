import { describe, expect, it } from '@jest/globals';
import { seedReference } from '../src/meetings.seed.js';
import { seedMeetingId } from '../src/seed/seed-meetings.js';
import { useMeetingsFixture } from './meetings-fixture.js';

const fixture = useMeetingsFixture({ demo: false });

const banten = seedMeetingId('003');

/** What the Banten pokja's follow-ups and notes hold. */
const bantenState = async () => ({
  dueDates: await fixture().execute<{ label: string; due: string | null }>(
    `select label, to_char(due_date, 'YYYY-MM-DD') as due from meetings.follow_up where meeting_id = ? order by position`,
    [banten],
  ),
  notes: await fixture().execute<{ position: number; text: string }>(
    'select position, text from meetings.meeting_note where meeting_id = ? order by position',
    [banten],
  ),
});

describe('a database seeded before the implied due dates', () => {
  it('ends, once migrated and seeded again, where a fresh seed starts', async () => {
    const fresh = await bantenState();
    expect(fresh.dueDates.map((row) => row.due)).toEqual(['2016-12-31', null, '2016-12-31', null]);

    // Back to what the earlier seed wrote: the last migration undone, and without the notes on each date.
    await fixture().service.orm.migrator.down();
    await fixture().execute('delete from meetings.meeting_note where meeting_id = ? and position > 3', [banten]);
    const earlier = await bantenState();
    expect(earlier.dueDates.map((row) => row.due)).toEqual([null, null, null, null]);
    expect(earlier.notes.at(-1)!.text).toMatch(/The article gives no due dates\.$/);

    await fixture().service.orm.migrator.up();
    await seedReference(fixture().service.orm.em.fork());
    expect(await bantenState()).toEqual(fresh);
  });
});
