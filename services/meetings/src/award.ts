import type { EntityManager } from '@mikro-orm/core';
import { bestPendataan, DEMO_PENDATAAN_PROVINCE, demoPendataan, deterministicUuid } from '@housing-hub/demo-kit';
import { loadAreaFrame } from '@housing-hub/reference-frame';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { seedMeetingId } from './seed/seed-meetings.js';
import { jsonParam, query } from './sql.js';

@ObjectType({ description: 'An award a meeting gave to a kab/kota (e.g. the best pendataan of seed 002)' })
export class Award {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'What it was given for' })
  category!: string;

  @Field(() => Int, { nullable: true, description: '1 for the first place, where ranked' })
  rank!: number | null;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field({ description: 'True when the winner is modeled (the article names none)' })
  modeled!: boolean;

  meetingId!: string;
  regencyCode!: string;
}

/** The awards of any number of meetings in one statement, by category and rank. */
export async function awardsOfMeetings(em: EntityManager, meetingIds: readonly string[]): Promise<Award[]> {
  return query<Award>(
    em,
    `select id, meeting_id as "meetingId", regency_code as "regencyCode", category, rank, note, modeled
     from meetings.award where meeting_id in (select value::uuid from json_array_elements_text(?::json))
     order by meeting_id, category, rank nulls last, regency_code`,
    [jsonParam(meetingIds)],
  );
}

export const PENDATAAN_AWARD_CATEGORY = 'Capaian pendataan Program 3 Juta Rumah terbaik (best pendataan result)';

/**
 * Seed 002's awards: the article says the kab/kota with the best pendataan were awarded but names
 * none; the demo gives the first three places to the best verified share of the modeled pendataan
 * (the same figures regions serves), labelled modeled.
 */
export async function seedDemoAwards(em: EntityManager): Promise<void> {
  const frame = await loadAreaFrame();
  const winners = bestPendataan(demoPendataan(frame.regencies.filter((r) => r.provinceCode === DEMO_PENDATAAN_PROVINCE)), 3);
  const meetingId = seedMeetingId('002');
  await query(
    em,
    `insert into meetings.award (id, meeting_id, regency_code, category, rank, note, modeled)
     select id, meeting_id, regency_code, category, rank, note, true
     from json_to_recordset(?::json) as a(id uuid, meeting_id uuid, regency_code text, category text, rank int, note text)
     on conflict do nothing`,
    [
      jsonParam(
        winners.map((winner, index) => ({
          id: deterministicUuid(`award/${meetingId}/${winner.regencyCode}`),
          meeting_id: meetingId,
          regency_code: winner.regencyCode,
          category: PENDATAAN_AWARD_CATEGORY,
          rank: index + 1,
          note: `Modeled: the article names no winner; ranked by verified share of households (${winner.verified} of ${winner.targetHouseholds})`,
        })),
      ),
    ],
  );
}
