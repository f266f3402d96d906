import type { EntityManager } from '@mikro-orm/core';
import { ErrorCode, HubError } from '@housing-hub/subgraph-kit';
import { isUuid } from './meeting.service.js';
import { jsonParam, query } from './sql.js';

/** A required text: trimmed, not empty, not longer than `max`. */
export function requiredText(value: string | null | undefined, field: string, max = 2_000): string {
  const text = value?.trim() ?? '';
  if (text === '') throw new HubError(ErrorCode.VALIDATION_FAILED, `${field} must not be empty`, { field });
  if (text.length > max) throw new HubError(ErrorCode.VALIDATION_FAILED, `${field} is longer than ${max} characters`, { field, max });
  return text;
}

/** An optional text: trimmed; empty becomes null. */
export function optionalText(value: string | null | undefined, field: string, max = 2_000): string | null {
  const text = value?.trim() ?? '';
  if (text === '') return null;
  if (text.length > max) throw new HubError(ErrorCode.VALIDATION_FAILED, `${field} is longer than ${max} characters`, { field, max });
  return text;
}

export function assertUuid(value: string, field: string): string {
  if (!isUuid(value)) throw new HubError(ErrorCode.VALIDATION_FAILED, `${field} is not a UUID: "${value}"`, { field, value });
  return value.toLowerCase();
}

/** Checks that every referenced agency exists, in one statement. */
export async function assertAgenciesExist(em: EntityManager, references: { id: string; field: string }[]): Promise<void> {
  if (references.length === 0) return;
  for (const reference of references) assertUuid(reference.id, reference.field);
  const ids = [...new Set(references.map((r) => r.id.toLowerCase()))];
  const rows = await query<{ id: string }>(
    em,
    `select id from meetings.agency where id in (select value::uuid from json_array_elements_text(?::json))`,
    [jsonParam(ids)],
  );
  const found = new Set(rows.map((row) => row.id));
  const missing = references.find((r) => !found.has(r.id.toLowerCase()));
  if (missing) {
    throw new HubError(ErrorCode.VALIDATION_FAILED, `${missing.field}: there is no agency "${missing.id}"`, { field: missing.field, value: missing.id });
  }
}

/** The calendar day of an instant in a time zone, `YYYY-MM-DD`. */
export function localDay(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
}

export function assertTimeZone(timeZone: string): string {
  try {
    new Intl.DateTimeFormat('en-CA', { timeZone });
    return timeZone;
  } catch {
    throw new HubError(ErrorCode.VALIDATION_FAILED, `timeZone "${timeZone}" is not an IANA time zone`, { field: 'timeZone', value: timeZone });
  }
}

/** A `Date` scalar value (parsed at UTC midnight) back to its calendar day. */
export const calendarDay = (value: Date | string): string => (typeof value === 'string' ? value : value.toISOString().slice(0, 10));
