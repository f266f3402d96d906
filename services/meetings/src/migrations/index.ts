import { Migration20261123100000_agencies_and_meetings } from './Migration20261123100000_agencies_and_meetings.js';

/** Every migration of the meetings schema, oldest first. */
export const meetingsMigrations = [Migration20261123100000_agencies_and_meetings];
