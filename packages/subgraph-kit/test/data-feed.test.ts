import { describe, expect, it } from '@jest/globals';
import {
  changeFeedRequest,
  ChangeOperation,
  Dataset,
  decodeFeedCursor,
  mergeChangeSlices,
  type ChangeSlice,
  type DataChange,
} from '../src/data-feed.js';

const change = (position: string, dataset: Dataset): DataChange => ({
  position,
  dataset,
  operation: ChangeOperation.INSERT,
  key: position,
  old: null,
  new: {},
  changedAt: '2026-11-29T00:00:00.000000Z',
});
const slice = (changes: DataChange[], cursor: string, hasMore = false): ChangeSlice => ({ changes, cursor, hasMore });

describe('a page of the changes feed merged from the services', () => {
  it('fills as GET /changes does: regions first, then programs, each cut at what the page has left', () => {
    const request = changeFeedRequest(null, [Dataset.NEED, Dataset.REALIZATION, Dataset.MEETINGS], 3);
    const page = mergeChangeSlices(
      request,
      new Map([
        ['regions', slice([change('5.1', Dataset.NEED), change('5.2', Dataset.NEED)], '5.2')],
        ['programs', slice([change('7.1', Dataset.REALIZATION), change('7.2', Dataset.REALIZATION)], '7.2')],
        ['meetings', slice([change('9.1', Dataset.MEETINGS)], '9.1')],
      ]),
    );
    expect(page.changes.map((c) => c.position)).toEqual(['5.1', '5.2', '7.1']);
    // programs stops at the last change served; meetings was not reached and keeps its position
    expect(decodeFeedCursor(page.cursor)).toEqual({ regions: '5.2', programs: '7.1' });
    expect(page.hasMore).toBe(true);
  });

  it('keeps the position of a service that did not answer, and says there is more', () => {
    const since = Buffer.from(JSON.stringify({ programs: '3.4' })).toString('base64url');
    const request = changeFeedRequest(since, [Dataset.REALIZATION, Dataset.FOLLOW_UPS], 10);
    const page = mergeChangeSlices(request, new Map([['meetings', slice([change('8.1', Dataset.FOLLOW_UPS)], '8.1')]]));
    expect(page.changes.map((c) => c.position)).toEqual(['8.1']);
    expect(decodeFeedCursor(page.cursor)).toEqual({ programs: '3.4', meetings: '8.1' });
    expect(page.hasMore).toBe(true);
  });

  it('refuses a cursor it did not give and a page size out of bounds', () => {
    expect(() => changeFeedRequest('not a cursor', null, 10)).toThrow(expect.objectContaining({ code: 'INVALID_CURSOR' }));
    expect(() => changeFeedRequest(null, null, 1_001)).toThrow(expect.objectContaining({ code: 'INVALID_PAGE_SIZE' }));
  });
});
