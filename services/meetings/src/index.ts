export { meetingsService } from './meetings.service.js';
export { seedMeetingId } from './seed/seed-meetings.js';
