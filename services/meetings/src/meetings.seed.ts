import type { EntityManager } from '@mikro-orm/core';
import { loadAreaFrame } from '@housing-hub/reference-frame';
import { insertAgencies, insertMeetings } from './meeting-write.service.js';
import { buildAgencies } from './seed/agencies.js';
import { buildDeskMeetings, buildDeskReviews } from './seed/desk-model.js';
import { buildSeedMeetings } from './seed/seed-meetings.js';
import { jsonParam, query } from './sql.js';

/**
 * Agencies and the five recorded meetings of the articles: loaded at every start (missing rows only,
 * so a follow-up whose status was changed keeps its change). Set-based: one statement per table.
 */
export async function seedReference(em: EntityManager): Promise<void> {
  const frame = await loadAreaFrame();
  await em.transactional(async (tx) => {
    await insertAgencies(tx, buildAgencies(frame));
    await insertMeetings(tx, buildSeedMeetings(frame));
  });
}

/** The modeled desks of every BP3KP and their reviews of the 2026 BSPS demo proposals. */
export async function seedDemoDesks(em: EntityManager): Promise<void> {
  const frame = await loadAreaFrame();
  await em.transactional(async (tx) => {
    await insertMeetings(tx, buildDeskMeetings(frame));
    await query(
      tx,
      `insert into meetings.desk_review (id, meeting_id, proposal_id, regency_code, scheme, fiscal_year, proposed_units, recommended_units,
         need_indicator, need_value, need_year, need_source_code, need_source_name, need_source_modeled, priority_indicators, recommendation, note, modeled)
       select id, meeting_id, proposal_id, regency_code, scheme, fiscal_year, proposed_units, recommended_units,
         need_indicator, need_value, need_year, need_source_code, need_source_name, need_source_modeled, priority_indicators, recommendation, note, modeled
       from json_to_recordset(?::json) as r(id uuid, meeting_id uuid, proposal_id uuid, regency_code text, scheme text, fiscal_year int,
         proposed_units int, recommended_units int, need_indicator text, need_value int, need_year int, need_source_code text,
         need_source_name text, need_source_modeled boolean, priority_indicators jsonb, recommendation text, note text, modeled boolean)
       on conflict do nothing`,
      [jsonParam(buildDeskReviews(frame))],
    );
  });
}
