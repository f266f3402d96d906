import type { Meeting } from './meeting.entity.js';
import type { MeetingsContext } from './meetings.context.js';

/** A meeting just written, read back through the request's loader (what a mutation on a meeting returns). */
export async function loadMeeting(ctx: MeetingsContext, id: string): Promise<Meeting> {
  const meeting = await ctx.loaders.meetingById.load(id);
  if (!meeting) throw new Error(`Meeting ${id} vanished after it was written`);
  return meeting;
}
