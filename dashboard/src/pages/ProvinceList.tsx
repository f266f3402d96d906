import { useQuery } from 'urql';
import { Link } from 'wouter';
import { DashboardProvincesDocument } from '@housing-hub/client';
import { useI18n } from '../i18n.js';
import { QueryState } from '../components/QueryState.js';

export default function ProvinceListPage() {
  const { t } = useI18n();
  const [result, retry] = useQuery({ query: DashboardProvincesDocument });
  return (
    <section>
      <h1>{t('provinceList')}</h1>
      <QueryState fetching={result.fetching} error={result.error} retry={() => retry({ requestPolicy: 'network-only' })}>
        <ul className="link-grid">
          {result.data?.provinces?.map((province) => (
            <li key={province.code}>
              <Link href={`/provinsi/${province.code}`}>
                <span className="code">{province.code}</span> {province.name}
              </Link>
            </li>
          ))}
        </ul>
      </QueryState>
    </section>
  );
}
