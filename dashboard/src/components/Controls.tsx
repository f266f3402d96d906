import { useQuery } from 'urql';
import { DashboardProvincesDocument } from '@housing-hub/client';
import { useI18n } from '../i18n.js';

/** A labelled year picker; the value lives in the page URL (see useSearchParam). */
export function YearSelect({
  label,
  years,
  value,
  onChange,
}: {
  label: string;
  years: number[];
  value: number;
  onChange(value: string): void;
}) {
  return (
    <label className="control">
      {label}{' '}
      <select value={value} onChange={(event) => onChange(event.target.value)}>
        {years.map((year) => (
          <option key={year} value={year}>
            {year}
          </option>
        ))}
      </select>
    </label>
  );
}

/** A province filter: all provinces (""), or one by code. */
export function ProvinceSelect({ value, onChange }: { value: string; onChange(value: string): void }) {
  const { t } = useI18n();
  const [provinces] = useQuery({ query: DashboardProvincesDocument });
  return (
    <label className="control">
      {t('province')}{' '}
      <select value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">{t('all')}</option>
        {(provinces.data?.provinces ?? []).map((province) => (
          <option key={province.code} value={province.code}>
            {province.name}
          </option>
        ))}
      </select>
    </label>
  );
}
