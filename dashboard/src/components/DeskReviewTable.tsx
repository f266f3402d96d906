import type { ReactNode } from 'react';
import { useI18n } from '../i18n.js';
import { formatNumber } from '../format.js';
import { DataTable } from './DataTable.js';
import { Modeled } from './Modeled.js';

interface DeskReviewRow {
  id: string;
  scheme: string;
  fiscalYear: number;
  proposedUnits: number;
  recommendedUnits: number;
  recommendation: string;
  modeled: boolean;
  needUsed: { value?: number | null; modeled: boolean };
}

/**
 * Desk reviews (staff only): proposed against recommended units, the need the desk used, and its
 * recommendation. The first column says what the page does not: the kab/kota on a meeting's page,
 * the desk meeting on a kab/kota's page.
 */
export function DeskReviewTable<R extends DeskReviewRow>({
  reviews,
  first,
}: {
  reviews: readonly R[];
  first: { label: string; cell(review: R): ReactNode };
}) {
  const { t, lang, label } = useI18n();
  return (
    <DataTable
      testId="desk-reviews"
      columns={[
        { label: first.label },
        { label: t('scheme') },
        { label: t('proposed'), numeric: true },
        { label: t('recommended'), numeric: true },
        { label: t('needUsed'), numeric: true },
        { label: t('status') },
      ]}
    >
      {reviews.map((review) => (
        <tr key={review.id}>
          <td>{first.cell(review)}</td>
          <td>
            {review.scheme} {review.fiscalYear}
          </td>
          <td className="num">{formatNumber(review.proposedUnits, lang)}</td>
          <td className="num">{formatNumber(review.recommendedUnits, lang)}</td>
          <td className="num">
            {formatNumber(review.needUsed.value, lang)} <Modeled on={review.modeled || review.needUsed.modeled} />
          </td>
          <td>{label(review.recommendation)}</td>
        </tr>
      ))}
    </DataTable>
  );
}
