import type { ReactNode } from 'react';
import { useI18n } from '../i18n.js';

export interface Column {
  /** What the header cell shows: a label, or a control such as a sort button. */
  label: ReactNode;
  /** Right-aligned figures. */
  numeric?: boolean;
  /** The column's sort state, for the header cell's aria-sort (sortable tables only). */
  sort?: 'ascending' | 'descending' | 'none';
}

/**
 * A table in its own horizontally scrolling box (so a phone-width page never scrolls sideways), with
 * its header row from `columns`; the body is the rows given, or one "none" row when `empty` is set.
 */
export function DataTable({
  testId,
  columns,
  empty,
  children,
}: {
  testId?: string;
  columns: Column[];
  /** True when there are no rows: the body says so instead. */
  empty?: boolean;
  children: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <div className="table-wrap">
      <table data-testid={testId}>
        <thead>
          <tr>
            {columns.map((column, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the columns of a table are fixed in number and order
              <th key={i} className={column.numeric ? 'num' : undefined} aria-sort={column.sort}>
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {empty ? (
            <tr>
              <td colSpan={columns.length}>{t('none')}</td>
            </tr>
          ) : (
            children
          )}
        </tbody>
      </table>
    </div>
  );
}

/** A section's list, or "none" when it has nothing (or could not be read: a nullable cross-subgraph field). */
export function NoneOr<T>({
  items,
  none,
  children,
}: {
  items: readonly T[] | null | undefined;
  /** What to say instead of "none". */
  none?: string;
  children(items: readonly T[]): ReactNode;
}) {
  const { t } = useI18n();
  if (!items?.length) return <p>{none ?? t('none')}</p>;
  return <>{children(items)}</>;
}
