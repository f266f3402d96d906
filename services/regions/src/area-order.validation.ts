import { assertYear } from '@housing-hub/subgraph-kit';
import type { AreaOrder } from './area-order.input.js';
import type { AreaOrderSpec } from './area.service.js';

/** Checks the years of an ordering (a need indicator's year must be one the hub holds). */
export function assertAreaOrder(order: readonly AreaOrder[] | null | undefined): AreaOrderSpec[] {
  return (order ?? []).map((item) => {
    if (item.year != null) assertYear(item.year, 'orderBy.year');
    return { field: item.field, direction: item.direction, year: item.year ?? null };
  });
}
