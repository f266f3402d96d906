import type { EntityManager } from '@mikro-orm/core';
import { loadAreaFrame } from '@housing-hub/reference-frame';
import { parseCsv, readDataFile } from './data-files.js';
import { buildProposalModel } from './demo/proposal-model.js';
import { buildRealizationModel, publishedBsps, type ModelOptions, type ReferenceFiles } from './demo/realization-model.js';
import { PROGRAM_CATALOGUE } from './program-catalogue.js';
import { bulkExecutor, type BulkExecutor } from '@housing-hub/database';

export async function readReferenceFiles(): Promise<ReferenceFiles> {
  const [flpp, bsps, psr, regional] = await Promise.all(
    ['national_flpp.csv', 'national_bsps.csv', 'national_psr.csv', 'regional_figures.csv'].map((name) =>
      readDataFile(name).then(parseCsv),
    ),
  );
  return { flpp: flpp!, bsps: bsps!, psr: psr!, regional: regional! };
}

const CHUNK = 20_000;

/** Inserts rows set-based: one statement per chunk, the rows passed as one JSON parameter. */
export async function insertRows(
  run: BulkExecutor,
  table: string,
  columns: Record<string, string>,
  rows: readonly object[],
): Promise<void> {
  const names = Object.keys(columns);
  const select = names.map((name) => (columns[name] === 'numeric' ? `${name}::numeric` : name)).join(', ');
  const record = names.map((name) => `${name} ${columns[name] === 'numeric' ? 'text' : columns[name]}`).join(', ');
  for (let start = 0; start < rows.length; start += CHUNK) {
    await run(
      `insert into programs.${table} (${names.join(', ')}) select ${select} from json_to_recordset($1::json) as r(${record})`,
      [JSON.stringify(rows.slice(start, start + CHUNK))],
    );
  }
}

export const REALIZATION_COLUMNS = {
  scheme: 'text',
  regency_code: 'text',
  province_code: 'text',
  year: 'int',
  month: 'int',
  category: 'text',
  channel: 'text',
  units: 'int',
  amount_idr: 'numeric',
  status: 'text',
  source_code: 'text',
};

/** Upserts the scheme catalogue: safe at every start. */
export async function seedPrograms(em: EntityManager): Promise<void> {
  await em.getConnection().execute(
    `insert into programs.program (code, name, instrument, managing_agency, description, reports_realization, since_year, sort_order)
     select code, name, instrument, managing_agency, description, reports_realization, since_year, sort_order
     from json_to_recordset(?::json) as p(code text, name text, instrument text, managing_agency text, description text,
       reports_realization boolean, since_year smallint, sort_order smallint)
     on conflict (code) do update set name = excluded.name, instrument = excluded.instrument, managing_agency = excluded.managing_agency,
       description = excluded.description, reports_realization = excluded.reports_realization, since_year = excluded.since_year,
       sort_order = excluded.sort_order`,
    [JSON.stringify(PROGRAM_CATALOGUE)],
    'run',
  );
}

/** Loads the modeled demo dataset once (when it is not there yet), in one transaction: all or nothing. */
export async function seedDemo(em: EntityManager, options: ModelOptions = {}): Promise<boolean> {
  const [{ count }] = await em
    .getConnection()
    .execute<{ count: string }[]>('select count(*)::text as count from programs.data_source');
  if (Number(count) > 0) return false;
  const [frame, files] = await Promise.all([loadAreaFrame(), readReferenceFiles()]);
  const model = buildRealizationModel(frame, files, options);
  const proposals = buildProposalModel(frame);
  await em.transactional(async (tx) => {
    const run = bulkExecutor(tx);
    await insertRows(
      run,
      'data_source',
      { code: 'text', name: 'text', publisher: 'text', published_on: 'date', url: 'text', modeled: 'boolean' },
      [...model.sources, proposals.source],
    );
    await insertRows(
      run,
      'unit_value',
      {
        scheme: 'text',
        year: 'int',
        category: 'text',
        amount_idr: 'numeric',
        materials_idr: 'numeric',
        wages_idr: 'numeric',
        note: 'text',
        source_code: 'text',
      },
      model.unitValues,
    );
    await insertRows(
      run,
      'target',
      {
        scheme: 'text',
        year: 'int',
        province_code: 'text',
        kind: 'text',
        units: 'int',
        amount_idr: 'numeric',
        budget_absorbed_percent: 'numeric',
        budget_absorbed_on: 'date',
        note: 'text',
        source_code: 'text',
      },
      model.targets,
    );
    await insertRows(run, 'realization', REALIZATION_COLUMNS, model.realizations);
    await insertRows(
      run,
      'proposal',
      {
        id: 'uuid',
        regency_code: 'text',
        province_code: 'text',
        scheme: 'text',
        fiscal_year: 'int',
        proposed_units: 'int',
        status: 'text',
        proposer: 'text',
        note: 'text',
        source_code: 'text',
        created_at: 'timestamptz',
        updated_at: 'timestamptz',
      },
      proposals.proposals,
    );
    await insertRows(
      run,
      'proposal_event',
      { proposal_id: 'uuid', from_status: 'text', to_status: 'text', note: 'text', actor: 'text', at: 'timestamptz' },
      proposals.events,
    );
    await fundApprovedProposals(run);
  });
  return true;
}

/**
 * A demo loaded before the published BSPS details had columns (materials/wages of a unit value, budget
 * absorption) gets them from the reference file: only rows still null are written, so a later start
 * writes nothing (and raises no data version).
 */
export async function fillPublishedBspsDetails(em: EntityManager): Promise<void> {
  const years = publishedBsps((await readReferenceFiles()).bsps);
  const unitValues = years.flatMap((year) =>
    year.unitValues
      .filter((value) => value.materialsIdr !== null)
      .map((value) => ({
        source_code: `PUB-BSPS-${year.year}`,
        category: value.category,
        materials_idr: value.materialsIdr!.toString(),
        wages_idr: value.wagesIdr!.toString(),
      })),
  );
  const absorptions = years
    .filter((year) => year.absorbed !== null)
    .map((year) => ({ source_code: `PUB-BSPS-${year.year}`, percent: year.absorbed!.percent, on: year.absorbed!.on }));
  const run = bulkExecutor(em);
  await run(
    `update programs.unit_value u set materials_idr = r.materials_idr::numeric, wages_idr = r.wages_idr::numeric
     from json_to_recordset($1::json) as r(source_code text, category text, materials_idr text, wages_idr text)
     where u.source_code = r.source_code and u.category = r.category and u.materials_idr is null`,
    [JSON.stringify(unitValues)],
  );
  await run(
    `update programs.target t set budget_absorbed_percent = r.percent::numeric, budget_absorbed_on = r.on::date
     from json_to_recordset($1::json) as r(source_code text, percent text, "on" text)
     where t.source_code = r.source_code and t.province_code is null and t.budget_absorbed_percent is null`,
    [JSON.stringify(absorptions)],
  );
}

/** The modeled funding of the demo's approved proposals: what `Proposal.funded` shows. */
export const DEMO_PROPOSAL_FUNDING_SOURCE = 'DEMO-PROPOSAL-FUNDING';

/**
 * Every APPROVED demo proposal is funded as proposed: allocated facts of its fiscal year, PK at the
 * scheme's latest unit value, each naming the proposal (a plan, not a delivery: status ALLOCATED).
 * Proposals recommended at a desk but not approved stay unfunded: the gap analysts ask about.
 */
async function fundApprovedProposals(run: BulkExecutor): Promise<void> {
  await run(
    `insert into programs.data_source (code, name, publisher, published_on, url, modeled)
     values ($1, 'Demo model: funding allocated to the approved proposals', 'Housing data hub (modeled demo dataset)', null, null, true)`,
    [DEMO_PROPOSAL_FUNDING_SOURCE],
  );
  await run(
    `insert into programs.realization (scheme, regency_code, province_code, year, month, category, channel, units, amount_idr, status, source_code, proposal_id)
     select p.scheme, p.regency_code, p.province_code, p.fiscal_year, null, 'PK', null, p.proposed_units,
       p.proposed_units * v.amount_idr, 'ALLOCATED', $1, p.id
     from programs.proposal p
     join lateral (select amount_idr from programs.unit_value u where u.scheme = p.scheme and u.category = 'PK' order by u.year desc limit 1) v on true
     where p.status = 'APPROVED'`,
    [DEMO_PROPOSAL_FUNDING_SOURCE],
  );
}
