import type { ReactNode } from 'react';
import { Modeled } from './Modeled.js';

/** A headline figure: a label, the value, an optional second line, and the modeled mark. */
export function Figure({
  label,
  value,
  detail,
  modeled,
  testId,
}: {
  label: ReactNode;
  value: ReactNode;
  detail?: ReactNode;
  modeled?: boolean;
  testId?: string;
}) {
  return (
    <div className="figure" data-testid={testId}>
      <div className="figure-label">
        {label} <Modeled on={modeled} />
      </div>
      <div className="figure-value">{value}</div>
      {detail && <div className="figure-detail">{detail}</div>}
    </div>
  );
}
