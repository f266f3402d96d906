import { Migration } from '@housing-hub/database';
import { Migration20261129050000_funding_rollup } from './Migration20261129050000_funding_rollup.js';

/**
 * The funding rollup gains the financing source (sumber dana) as a dimension, and keeps, beside each
 * row, for which sets of counted statuses its data source is the one that wins in its kab/kota, year
 * and scheme (`wins_for`). The reads then sum pre-chosen rows: no `rank() over`, no join to the sources.
 *
 * `wins_for`: bit `1 << m` is set when the row's source wins among the rows whose status is in the set
 * `m` (a 3-bit mask: REALIZED 1, IN_PROGRESS 2, ALLOCATED 4), for every m from 1 to 7; a read for the
 * statuses of mask m keeps the rows with that bit. This is exactly the winner the reads chose before:
 * ranked among the rows of the counted statuses only.
 *
 * Kept by the facts' statement triggers in the writer's transaction, as before, and by a trigger on
 * the sources, whose publication date or modeled mark decide the winner. The SQL is spelled out here
 * (not imported) because a migration is history: the precedence is `sourcePrecedence()`'s
 * (published before modeled, newest publication, then the code) and the default financing source is
 * `DEFAULT_FINANCING_SOURCE_SQL`'s (CSR for CSR, the national budget for any other scheme).
 */
const KEY = 'year, regency_code, province_code, scheme, source_code, status, financing_source';
const FINANCING_SOURCE = `coalesce(f.financing_source, case f.scheme when 'CSR' then 'CSR' else 'APBN' end)`;
const STATUS_BIT = `case c.status when 'REALIZED' then 1 when 'IN_PROGRESS' then 2 else 4 end`;

/** Adds (sign 1) or takes away (sign -1) a transition table's facts to the rollup, one row per key. */
const apply = (rows: 'new_rows' | 'old_rows', sign: 1 | -1) => `
    insert into programs.funding_rollup as r (${KEY}, units, amount_idr, facts)
    select f.year, f.regency_code, f.province_code, f.scheme, f.source_code, f.status, ${FINANCING_SOURCE},
      ${sign} * sum(f.units), ${sign} * sum(f.amount_idr), ${sign} * count(*)
    from ${rows} f group by 1, 2, 3, 4, 5, 6, 7
    on conflict (year, regency_code, scheme, source_code, status, financing_source) do update
      set units = r.units + excluded.units, amount_idr = r.amount_idr + excluded.amount_idr, facts = r.facts + excluded.facts;`;

/** Keys left without facts go, so that the rollup holds exactly the keys the facts have. */
const PRUNE = `
    delete from programs.funding_rollup r using (select distinct year, regency_code, scheme, source_code, status from old_rows) k
    where r.year = k.year and r.regency_code = k.regency_code and r.scheme = k.scheme and r.source_code = k.source_code
      and r.status = k.status and r.facts = 0;`;

/** The kab/kota, year and scheme partitions the transition tables touched, each once. */
const touched = (...tables: ('new_rows' | 'old_rows')[]) =>
  tables.map((t) => `select distinct year, regency_code, scheme from ${t}`).join(' union ');

/**
 * Chooses again the winning source of each partition listed by `partitions` (year, regency_code, scheme),
 * for every status set. Driven by the partitions (lateral lookups on the rollup's key), so the work is
 * proportional to what a statement touched, whatever the planner guesses of a transition table's size.
 */
const choose = (partitions: string) => `
    with p as (${partitions}),
    chosen as (
      select p.year, p.regency_code, p.scheme, k.source_code,
        coalesce((
          select bit_or(1 << m.status_set)::smallint from generate_series(1, 7) as m(status_set)
          where k.source_code = (
            select c.source_code from programs.funding_rollup c join programs.data_source s on s.code = c.source_code
            where c.year = p.year and c.regency_code = p.regency_code and c.scheme = p.scheme
              and m.status_set & ${STATUS_BIT} <> 0
            order by s.modeled asc, s.published_on desc nulls last, s.code asc
            limit 1)
        ), 0::smallint) as wins_for
      from p cross join lateral (
        select distinct r.source_code from programs.funding_rollup r
        where r.year = p.year and r.regency_code = p.regency_code and r.scheme = p.scheme
      ) k
    )
    update programs.funding_rollup r set wins_for = c.wins_for
    from chosen c
    where r.year = c.year and r.regency_code = c.regency_code and r.scheme = c.scheme and r.source_code = c.source_code
      and r.wins_for is distinct from c.wins_for;`;

export class Migration20261129100500_funding_rollup_sources extends Migration {
  override async up(): Promise<void> {
    // Rebuilding from the facts reads every fact once (1.3 million on the large profile): more than a request's limit.
    this.addSql(`set local statement_timeout = '15min'`);
    this.addSql('truncate programs.funding_rollup');
    this.addSql(`alter table programs.funding_rollup
      add column financing_source text not null,
      add column wins_for smallint not null default 0,
      drop constraint funding_rollup_pkey,
      add primary key (year, regency_code, scheme, source_code, status, financing_source)`);
    // Reads per kab/kota use the primary key (year, kab/kota); per province this index; per year (national) this one.
    this.addSql('drop index programs.funding_rollup_province_year_index');
    this.addSql(`create index funding_rollup_province_year_index on programs.funding_rollup (province_code, year)
      include (status, wins_for, regency_code, scheme, financing_source, source_code, units, amount_idr)`);
    this.addSql(`create index funding_rollup_year_index on programs.funding_rollup (year)
      include (status, wins_for, regency_code, scheme, financing_source, source_code, units, amount_idr)`);
    this.addSql(`insert into programs.funding_rollup (${KEY}, units, amount_idr, facts)
      select f.year, f.regency_code, f.province_code, f.scheme, f.source_code, f.status, ${FINANCING_SOURCE},
        sum(f.units), sum(f.amount_idr), count(*)
      from programs.realization f group by 1, 2, 3, 4, 5, 6, 7`);
    this.addSql(choose('select distinct year, regency_code, scheme from programs.funding_rollup'));
    this.addSql(`
      create or replace function programs.funding_rollup_insert() returns trigger language plpgsql as $$
      begin${apply('new_rows', 1)}${choose(touched('new_rows'))}
        return null;
      end $$`);
    this.addSql(`
      create or replace function programs.funding_rollup_update() returns trigger language plpgsql as $$
      begin${apply('old_rows', -1)}${apply('new_rows', 1)}${PRUNE}${choose(touched('old_rows', 'new_rows'))}
        return null;
      end $$`);
    this.addSql(`
      create or replace function programs.funding_rollup_delete() returns trigger language plpgsql as $$
      begin${apply('old_rows', -1)}${PRUNE}${choose(touched('old_rows'))}
        return null;
      end $$`);
    // A source's publication date or modeled mark decides where it wins: choose again where it has figures.
    this.addSql(`
      create function programs.funding_rollup_source_changed() returns trigger language plpgsql as $$
      begin${choose('select distinct year, regency_code, scheme from programs.funding_rollup where source_code = new.code')}
        return null;
      end $$`);
    this.addSql(`create trigger funding_rollup_source_changed after update on programs.data_source for each row
      when (old.modeled is distinct from new.modeled or old.published_on is distinct from new.published_on)
      execute function programs.funding_rollup_source_changed()`);
  }

  override async down(): Promise<void> {
    // Back to the rollup of Migration20261129050000_funding_rollup: drop this one and replay that migration's up().
    this.addSql('drop trigger if exists funding_rollup_source_changed on programs.data_source');
    this.addSql('drop function if exists programs.funding_rollup_source_changed()');
    for (const operation of ['insert', 'update', 'delete', 'truncate']) {
      this.addSql(`drop trigger if exists funding_rollup_${operation} on programs.realization`);
      this.addSql(`drop function if exists programs.funding_rollup_${operation}()`);
    }
    this.addSql('drop table if exists programs.funding_rollup');
    const previous = new Migration20261129050000_funding_rollup(this.driver, this.config);
    await previous.up();
    for (const query of previous.getQueries()) this.addSql(query);
  }
}
