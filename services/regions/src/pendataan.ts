import type { EntityManager } from '@mikro-orm/core';
import { DEMO_PENDATAAN_AS_OF, DEMO_PENDATAAN_PROVINCE, demoPendataan } from '@housing-hub/demo-kit';
import { loadAreaFrame } from '@housing-hub/reference-frame';
import { DATA_SOURCE_COLUMNS, dataSourceOf, type DataSourceRow } from '@housing-hub/subgraph-kit';
import { Field, Int, ObjectType } from 'type-graphql';
import { DataSource } from './data-source.entity.js';

@ObjectType({ description: 'Pendataan: how far a kab/kota got in collecting the data of Program 3 Juta Rumah in a fiscal year' })
export class PendataanProgress {
  @Field(() => Int)
  fiscalYear!: number;

  @Field(() => Int, { description: 'Households the kab/kota is to survey' })
  targetHouseholds!: number;

  @Field(() => Int, { description: 'Households surveyed' })
  surveyed!: number;

  @Field(() => Int, { description: 'Households whose data is verified' })
  verified!: number;

  @Field({ description: 'The day the figures stand at (YYYY-MM-DD)' })
  asOf!: string;

  @Field(() => DataSource, { description: 'modeled: true where no source gives the numbers' })
  source!: DataSource;

  regencyCode!: string;
}

export interface PendataanKey {
  regencyCode: string;
  fiscalYear: number | null;
}

export const pendataanKeyId = (key: PendataanKey) => `${key.regencyCode}@${key.fiscalYear ?? '*'}`;

interface PendataanRow extends DataSourceRow {
  regency_code: string;
  fiscal_year: number;
  target_households: number;
  surveyed: number;
  verified: number;
  as_of: string;
}

/** The pendataan progress of any number of kab/kota in one statement, newest fiscal year first. */
export async function pendataanOf(em: EntityManager, keys: readonly PendataanKey[]): Promise<PendataanProgress[][]> {
  const rows: PendataanRow[] = await em.getConnection().execute(
    `select p.regency_code, p.fiscal_year, p.target_households, p.surveyed, p.verified, to_char(p.as_of, 'YYYY-MM-DD') as as_of,
       ${DATA_SOURCE_COLUMNS}
     from regions.pendataan_progress p join regions.data_source s on s.code = p.source_code
     where p.regency_code in (select value from json_array_elements_text(?::json))
     order by p.regency_code, p.fiscal_year desc, s.modeled, s.code`,
    [JSON.stringify([...new Set(keys.map((k) => k.regencyCode))])],
  );
  return keys.map((key) =>
    rows
      .filter(
        (row) => row.regency_code === key.regencyCode && (key.fiscalYear == null || Number(row.fiscal_year) === key.fiscalYear),
      )
      .map((row) => ({
        regencyCode: row.regency_code,
        fiscalYear: Number(row.fiscal_year),
        targetHouseholds: row.target_households,
        surveyed: row.surveyed,
        verified: row.verified,
        asOf: row.as_of,
        source: dataSourceOf<DataSource>(row),
      })),
  );
}

const SEED_002_URL =
  'https://pkp.go.id/balai/balai-p2p-nusa-tenggara-ii/berita/detail/balai-p3kp-nusa-tenggara-ii-evaluasi-capaian-pendataan-program-3-juta-rumah-ta-2025';

/**
 * The demo's pendataan: the kab/kota of NTT in fiscal year 2025, as at the evaluation of seed 002.
 * The article reports the evaluation but no numbers: every figure is modeled, and labelled so.
 */
export async function seedDemoPendataan(em: EntityManager): Promise<void> {
  const loaded = await em.getConnection().execute('select 1 from regions.pendataan_progress limit 1');
  if (loaded.length > 0) return;
  const frame = await loadAreaFrame();
  const figures = demoPendataan(frame.regencies.filter((r) => r.provinceCode === DEMO_PENDATAAN_PROVINCE));
  const sourceCode = 'DEMO-PENDATAAN-2025';
  await em.transactional(async (tx) => {
    const conn = tx.getConnection();
    const ctx = tx.getTransactionContext();
    await conn.execute(
      `insert into regions.data_source (code, name, publisher, published_on, url, modeled)
       values (?, 'Demo model: pendataan Program 3 Juta Rumah TA 2025 per kab/kota of NTT (the evaluation of seed 002 gives no numbers)',
         'Housing data hub (modeled demo dataset)', null, ?, true)
       on conflict (code) do nothing`,
      [sourceCode, SEED_002_URL],
      'run',
      ctx,
    );
    await conn.execute(
      `insert into regions.pendataan_progress (regency_code, fiscal_year, target_households, surveyed, verified, as_of, source_code)
       select regency_code, fiscal_year, target_households, surveyed, verified, ?::date, ?
       from json_to_recordset(?::json) as p(regency_code text, fiscal_year int, target_households int, surveyed int, verified int)`,
      [
        DEMO_PENDATAAN_AS_OF,
        sourceCode,
        JSON.stringify(
          figures.map((f) => ({
            regency_code: f.regencyCode,
            fiscal_year: f.fiscalYear,
            target_households: f.targetHouseholds,
            surveyed: f.surveyed,
            verified: f.verified,
          })),
        ),
      ],
      'run',
      ctx,
    );
  });
}
