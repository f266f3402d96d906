import { Migration } from '@housing-hub/database';

/** Seed 003 (the Banten pokja of 30 May 2016) and its follow-ups 1 and 3, by their deterministic seed ids. */
const BANTEN_POKJA = 'e64c73b5-188c-513f-837b-baf08796d62a';
const FOLLOW_UPS_DUE_BY_END_OF_2016 = ['ceeaa7e5-1aa1-553b-be71-d62162a5716c', '3c501ada-2e88-56a6-8f40-688bf78b99a1'];
const OLD_NOTE =
  'Follow-ups 1 and 2 were reported as already done (telah disusun, telah diidentifikasi); 3 and 4 were planned. The article gives no due dates.';
const NEW_NOTE =
  'Follow-ups 1 and 2 were reported as already done (telah disusun, telah diidentifikasi); 3 and 4 were planned. The article states no due date.';

/**
 * A database seeded before the seed gave the Banten follow-ups the due dates the article implies: the reference
 * seed adds only missing rows, so this sets the two dates (where still unset) and rewords the note that said there
 * were none; the seed, which runs after the migrations, then adds the notes that give each date's sentence. A fresh
 * database has no such rows yet: nothing happens.
 */
export class Migration20261129121000_seed_implied_due_dates extends Migration {
  override async up(): Promise<void> {
    const ids = FOLLOW_UPS_DUE_BY_END_OF_2016.map((id) => `'${id}'`).join(', ');
    this.addSql(`update meetings.follow_up set due_date = '2016-12-31'
      where meeting_id = '${BANTEN_POKJA}' and id in (${ids}) and due_date is null`);
    this.addSql(`update meetings.meeting_note set text = '${NEW_NOTE}'
      where meeting_id = '${BANTEN_POKJA}' and position = 3 and text = '${OLD_NOTE}'`);
  }

  override async down(): Promise<void> {
    const ids = FOLLOW_UPS_DUE_BY_END_OF_2016.map((id) => `'${id}'`).join(', ');
    this.addSql(`update meetings.follow_up set due_date = null
      where meeting_id = '${BANTEN_POKJA}' and id in (${ids}) and due_date = '2016-12-31'`);
    this.addSql(`update meetings.meeting_note set text = '${OLD_NOTE}'
      where meeting_id = '${BANTEN_POKJA}' and position = 3 and text = '${NEW_NOTE}'`);
  }
}
