import { sqlList, type ExportFilters } from '@housing-hub/subgraph-kit';

/** A meeting (`meetingId`, a SQL expression) covers one of these provinces, directly or through a kab/kota. */
export const coversProvince = (meetingId: string) => (filters: ExportFilters) =>
  filters.province &&
  `(exists (select 1 from meetings.meeting_province mp where mp.meeting_id = ${meetingId} and mp.province_code in (${sqlList(filters.province)}))
    or exists (select 1 from meetings.meeting_regency mr where mr.meeting_id = ${meetingId} and left(mr.regency_code, 2) in (${sqlList(filters.province)})))`;

/** A meeting covers one of these kab/kota. */
export const coversRegency = (meetingId: string) => (filters: ExportFilters) =>
  filters.regency &&
  `exists (select 1 from meetings.meeting_regency mr where mr.meeting_id = ${meetingId} and mr.regency_code in (${sqlList(filters.regency)}))`;
