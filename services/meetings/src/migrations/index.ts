import { Migration20261123100000_agencies_and_meetings } from './Migration20261123100000_agencies_and_meetings.js';
import { Migration20261129050000_api_keys } from './Migration20261129050000_api_keys.js';
import { Migration20261129070000_change_log } from './Migration20261129070000_change_log.js';
import { Migration20261129080000_audit_and_authorship } from './Migration20261129080000_audit_and_authorship.js';
import { Migration20261129090000_awards } from './Migration20261129090000_awards.js';
import { Migration20261129120000_meeting_areas_change_log } from './Migration20261129120000_meeting_areas_change_log.js';
import { Migration20261129121000_seed_implied_due_dates } from './Migration20261129121000_seed_implied_due_dates.js';

/** Every migration of the meetings schema, oldest first. */
export const meetingsMigrations = [
  Migration20261123100000_agencies_and_meetings,
  Migration20261129050000_api_keys,
  Migration20261129070000_change_log,
  Migration20261129080000_audit_and_authorship,
  Migration20261129090000_awards,
  Migration20261129120000_meeting_areas_change_log,
  Migration20261129121000_seed_implied_due_dates,
];
