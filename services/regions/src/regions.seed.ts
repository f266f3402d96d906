import type { EntityManager } from '@mikro-orm/core';
import { loadAreaFrame, loadVillageCounts } from '@housing-hub/reference-frame';
import { parseCsv, readDataFile } from './data-files.js';
import { buildNeedModel } from './demo/need-model.js';
import { insertDataSources } from './published-figures.js';

/** Upserts the Kemendagri frame: safe to run at every start, and picks up a newer frame. */
export async function seedAreaFrame(em: EntityManager): Promise<void> {
  const frame = await loadAreaFrame();
  await em.transactional(async (tx) => {
    const conn = tx.getConnection();
    await conn.execute(
      `insert into regions.province (code, bps_code, name)
       select code, bps_code, name from json_to_recordset(?::json) as p(code text, bps_code text, name text)
       on conflict (code) do update set bps_code = excluded.bps_code, name = excluded.name`,
      [JSON.stringify(frame.provinces.map((p) => ({ code: p.code, bps_code: p.bpsCode, name: p.name })))],
      'run',
      tx.getTransactionContext(),
    );
    await conn.execute(
      `insert into regions.regency (code, province_code, bps_code, name, kind)
       select code, province_code, bps_code, name, kind
       from json_to_recordset(?::json) as r(code text, province_code text, bps_code text, name text, kind text)
       on conflict (code) do update set province_code = excluded.province_code, bps_code = excluded.bps_code,
         name = excluded.name, kind = excluded.kind`,
      [
        JSON.stringify(
          frame.regencies.map((r) => ({
            code: r.code,
            province_code: r.provinceCode,
            bps_code: r.bpsCode,
            name: r.name,
            kind: r.kind,
          })),
        ),
      ],
      'run',
      tx.getTransactionContext(),
    );
  });
}

/** Loads the modeled need of the demo dataset once (imported figures do not count), in one transaction. */
export async function seedDemoNeed(em: EntityManager): Promise<void> {
  const loaded = await em.getConnection().execute(`select 1 from regions.data_source where code like 'DEMO-NEED-%' limit 1`);
  if (loaded.length > 0) return;
  const [frame, national, regional, villages] = await Promise.all([
    loadAreaFrame(),
    readDataFile('national_backlog.csv').then(parseCsv),
    readDataFile('regional_figures.csv').then(parseCsv),
    loadVillageCounts(),
  ]);
  const model = buildNeedModel(frame, national, regional, villages);
  await em.transactional(async (tx) => {
    const conn = tx.getConnection();
    const ctx = tx.getTransactionContext();
    await insertDataSources(tx, model.sources);
    const CHUNK = 5_000;
    for (let start = 0; start < model.observations.length; start += CHUNK) {
      await conn.execute(
        `insert into regions.need_observation (area_code, area_level, year, indicator, value, definition, source_code)
         select area_code, area_level, year, indicator, value, definition, source_code
         from json_to_recordset(?::json)
           as o(area_code text, area_level text, year int, indicator text, value int, definition text, source_code text)`,
        [JSON.stringify(model.observations.slice(start, start + CHUNK))],
        'run',
        ctx,
      );
    }
  });
}
