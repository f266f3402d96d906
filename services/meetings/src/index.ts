export { meetingsService } from './meetings.subgraph.js';
export { seedMeetingId } from './seed/seed-meetings.js';
