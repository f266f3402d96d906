import type { EntityManager } from '@mikro-orm/core';
import { actsNationally, assertCoversAreas, isUuid, type Caller } from '@housing-hub/subgraph-kit';
import { query } from './sql.js';

/*
 * Area-bound rules of meetings (field rights, who may write at all, are in the schema): a BP3KP
 * records and changes the meetings of its work area only; the directorate (and ADMIN) nationally.
 */

/** A BP3KP may record a meeting only for provinces and kab/kota of its work area. */
export function assertMayRecordMeetingFor(
  caller: Caller,
  provinceCodes: readonly string[] | null | undefined,
  regencyCodes: readonly string[] | null | undefined,
): void {
  assertCoversAreas(caller, [...(provinceCodes ?? []), ...(regencyCodes ?? [])], 'record a meeting');
}

/** The areas an existing meeting covers; a meeting outside the caller's areas is FORBIDDEN to change. */
export async function assertMayChangeMeeting(em: EntityManager, caller: Caller, meetingId: string): Promise<void> {
  // National roles skip the read; an unknown id is left to the write, which answers NOT_FOUND.
  if (actsNationally(caller) || !isUuid(meetingId)) return;
  const areas = await query<{ code: string }>(
    em,
    `select province_code as code from meetings.meeting_province where meeting_id = ?::uuid
     union all select regency_code from meetings.meeting_regency where meeting_id = ?::uuid`,
    [meetingId, meetingId],
  );
  assertCoversAreas(
    caller,
    areas.map((row) => row.code),
    'change this meeting',
  );
}

export async function assertMayChangeFollowUp(em: EntityManager, caller: Caller, followUpId: string): Promise<void> {
  if (actsNationally(caller) || !isUuid(followUpId)) return;
  const [row] = await query<{ meetingId: string }>(
    em,
    `select meeting_id as "meetingId" from meetings.follow_up where id = ?::uuid`,
    [followUpId],
  );
  if (row) await assertMayChangeMeeting(em, caller, row.meetingId);
}
