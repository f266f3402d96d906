import { Migration } from '@housing-hub/database';

/** The rollup's key: what the funding reads group by (the source, to choose one per kab/kota; the status, to tell realized from planned). */
const KEY = 'year, regency_code, province_code, scheme, source_code, status';

/** Adds (sign 1) or takes away (sign -1) a transition table's facts to the rollup, one row per key. */
const apply = (rows: 'new_rows' | 'old_rows', sign: 1 | -1) => `
    insert into programs.funding_rollup as r (${KEY}, units, amount_idr, facts)
    select ${KEY}, ${sign} * sum(units), ${sign} * sum(amount_idr), ${sign} * count(*)
    from ${rows} group by ${KEY}
    on conflict (year, regency_code, scheme, source_code, status) do update
      set units = r.units + excluded.units, amount_idr = r.amount_idr + excluded.amount_idr, facts = r.facts + excluded.facts;`;

/** Keys left without facts go, so that the rollup holds exactly the keys the facts have. */
const PRUNE = `
    delete from programs.funding_rollup r using (select distinct year, regency_code, scheme, source_code, status from old_rows) k
    where r.year = k.year and r.regency_code = k.regency_code and r.scheme = k.scheme and r.source_code = k.source_code
      and r.status = k.status and r.facts = 0;`;

/**
 * The funding rollup: per year, kab/kota, scheme, source and status, the sum of the realization facts.
 * `fundingSummary`, `funding` and `coverage` read it (hundreds of rows a year) instead of the facts
 * (hundreds of thousands on the large profile).
 *
 * It is maintained by statement-level triggers on the facts, with transition tables: whoever writes
 * the facts (the seed, the imports, the large profile, a re-issue, any later write) updates the rollup
 * in the same statement and so in the same transaction; a rolled-back import leaves both untouched.
 * One aggregate per statement, not per row, keeps a bulk load close to the speed of a COPY.
 */
export class Migration20261129050000_funding_rollup extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table programs.funding_rollup (
        year smallint not null,
        regency_code varchar(5) not null,
        province_code varchar(2) not null,
        scheme text not null,
        source_code text not null,
        status text not null,
        units bigint not null,
        amount_idr numeric(24, 0) not null,
        facts integer not null,
        primary key (year, regency_code, scheme, source_code, status)
      )`);
    // Reads per kab/kota (equality on year and kab/kota) use the primary key; reads per province this one.
    this.addSql(
      `create index funding_rollup_province_year_index on programs.funding_rollup (province_code, year) include (regency_code, scheme, source_code, units, amount_idr)`,
    );
    this.addSql(`insert into programs.funding_rollup (${KEY}, units, amount_idr, facts)
      select ${KEY}, sum(units), sum(amount_idr), count(*) from programs.realization group by ${KEY}`);
    this.addSql(`
      create function programs.funding_rollup_insert() returns trigger language plpgsql as $$
      begin${apply('new_rows', 1)}
        return null;
      end $$`);
    this.addSql(`
      create function programs.funding_rollup_update() returns trigger language plpgsql as $$
      begin${apply('old_rows', -1)}${apply('new_rows', 1)}${PRUNE}
        return null;
      end $$`);
    this.addSql(`
      create function programs.funding_rollup_delete() returns trigger language plpgsql as $$
      begin${apply('old_rows', -1)}${PRUNE}
        return null;
      end $$`);
    this.addSql(`
      create function programs.funding_rollup_truncate() returns trigger language plpgsql as $$
      begin
        truncate programs.funding_rollup;
        return null;
      end $$`);
    this.addSql(`create trigger funding_rollup_insert after insert on programs.realization
      referencing new table as new_rows for each statement execute function programs.funding_rollup_insert()`);
    this.addSql(`create trigger funding_rollup_update after update on programs.realization
      referencing old table as old_rows new table as new_rows for each statement execute function programs.funding_rollup_update()`);
    this.addSql(`create trigger funding_rollup_delete after delete on programs.realization
      referencing old table as old_rows for each statement execute function programs.funding_rollup_delete()`);
    this.addSql(`create trigger funding_rollup_truncate after truncate on programs.realization
      for each statement execute function programs.funding_rollup_truncate()`);
    // The funding reads per province now read the rollup: the facts' province index has no reader left.
    this.addSql(`drop index if exists programs.realization_province_year_index`);
  }

  override async down(): Promise<void> {
    this.addSql(
      `create index realization_province_year_index on programs.realization (province_code, year, scheme, regency_code, source_code) include (units, amount_idr)`,
    );
    for (const operation of ['insert', 'update', 'delete', 'truncate']) {
      this.addSql(`drop trigger if exists funding_rollup_${operation} on programs.realization`);
      this.addSql(`drop function if exists programs.funding_rollup_${operation}()`);
    }
    this.addSql(`drop table if exists programs.funding_rollup`);
  }
}
