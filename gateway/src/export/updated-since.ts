import type { IncomingHttpHeaders, ServerResponse } from 'node:http';
import {
  CHANGES_POSITION_HEADER,
  decodeFeedCursor as decodeCursor,
  encodeFeedCursor as encodeCursor,
  type FeedPositions as Positions,
} from '@housing-hub/subgraph-kit';

/** The header that gives the changes cursor an export is complete up to: `updatedSince` for the next run. */
export const CHANGES_CURSOR_HEADER = 'x-changes-cursor';

/**
 * `updatedSince` is an ISO instant or a cursor of `GET /changes` (or of an earlier export's
 * `X-Changes-Cursor`). A cursor is passed on to the owner as its own feed position, which it filters
 * by exactly; an instant is passed on as it is. Returns the owner's query and the cursor's positions.
 */
export function ownerQuery(search: URLSearchParams, owner: string): { search: URLSearchParams; positions: Positions } {
  const since = search.get('updatedSince');
  const positions = since && Number.isNaN(Date.parse(since)) ? decodeCursor(since) : null;
  if (!positions) return { search, positions: {} };
  const passed = new URLSearchParams(search);
  passed.set('updatedSince', positions[owner] ?? '0.0');
  return { search: passed, positions };
}

/** The owner's feed position after this export, merged into the caller's cursor (the other services' positions kept). */
export function passChangesCursor(
  answer: IncomingHttpHeaders,
  response: ServerResponse,
  positions: Positions,
  owner: string,
): void {
  const position = answer[CHANGES_POSITION_HEADER];
  if (typeof position === 'string') response.setHeader(CHANGES_CURSOR_HEADER, encodeCursor({ ...positions, [owner]: position }));
}
