import { todayIso } from './format.js';

/** A follow-up still open or in progress whose due date has passed (as the graph's overdueFollowUps counts). */
export function isOverdue(followUp: { status: string; dueDate?: string | null }, today = todayIso()): boolean {
  return (followUp.status === 'OPEN' || followUp.status === 'IN_PROGRESS') && !!followUp.dueDate && followUp.dueDate < today;
}
