import type { EntityManager } from '@mikro-orm/core';
import { assertUuid, ErrorCode, HubError } from '@housing-hub/subgraph-kit';
import { jsonParam, query } from './sql.js';

/** A required text: trimmed, not empty, not longer than `max`. */
export function requiredText(value: string | null | undefined, argument: string, max = 2_000): string {
  const text = value?.trim() ?? '';
  if (text === '') throw new HubError(ErrorCode.VALIDATION_FAILED, `${argument} must not be empty`, { argument });
  if (text.length > max)
    throw new HubError(ErrorCode.VALIDATION_FAILED, `${argument} is longer than ${max} characters`, { argument, max });
  return text;
}

/** An optional text: trimmed; empty becomes null. */
export function optionalText(value: string | null | undefined, argument: string, max = 2_000): string | null {
  const text = value?.trim() ?? '';
  if (text === '') return null;
  if (text.length > max)
    throw new HubError(ErrorCode.VALIDATION_FAILED, `${argument} is longer than ${max} characters`, { argument, max });
  return text;
}

/** Checks that every referenced agency exists, in one statement. */
export async function assertAgenciesExist(em: EntityManager, references: { id: string; argument: string }[]): Promise<void> {
  if (references.length === 0) return;
  for (const reference of references) assertUuid(reference.id, reference.argument);
  const ids = [...new Set(references.map((r) => r.id.toLowerCase()))];
  const rows = await query<{ id: string }>(
    em,
    `select id from meetings.agency where id in (select value::uuid from json_array_elements_text(?::json))`,
    [jsonParam(ids)],
  );
  const found = new Set(rows.map((row) => row.id));
  const missing = references.find((r) => !found.has(r.id.toLowerCase()));
  if (missing) {
    throw new HubError(ErrorCode.VALIDATION_FAILED, `${missing.argument}: there is no agency "${missing.id}"`, {
      argument: missing.argument,
      value: missing.id,
    });
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
    throw new HubError(ErrorCode.VALIDATION_FAILED, `timeZone "${timeZone}" is not an IANA time zone`, {
      argument: 'timeZone',
      value: timeZone,
    });
  }
}

/** A `Date` scalar value (parsed at UTC midnight) back to its calendar day. */
export const calendarDay = (value: Date | string): string =>
  typeof value === 'string' ? value : value.toISOString().slice(0, 10);
