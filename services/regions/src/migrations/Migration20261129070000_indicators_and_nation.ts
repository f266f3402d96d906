import { Migration } from '@housing-hub/database';

/**
 * Indicators of any unit (percentages, hectares, million households...), stored as exact `numeric`
 * with the scale the publisher gave, and the nation as an area (code `00`, level NATION) so that
 * national figures have a place of their own.
 */
export class Migration20261129070000_indicators_and_nation extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table regions.indicator (
        code text primary key check (code ~ '^[A-Z][A-Z0-9_]*$'),
        name text not null,
        unit text not null,
        definition text not null,
        publisher_wording text,
        sort_order smallint not null default 0
      )`);
    this.addSql(`
      create table regions.indicator_value (
        id bigserial primary key,
        area_code varchar(5) not null check (area_code = '00' or area_code ~ '^[0-9]{2}([.][0-9]{2})?$'),
        area_level text not null check (area_level in ('NATION', 'PROVINCE', 'REGENCY')),
        year smallint not null check (year between 1900 and 2100),
        period text not null default '',
        indicator_code text not null references regions.indicator (code),
        value numeric not null,
        note text,
        source_code text not null references regions.data_source (code),
        constraint indicator_value_area_year_period_indicator_source_unique unique (area_code, year, period, indicator_code, source_code)
      )`);
    this.addSql(
      `create index indicator_value_area_year_index on regions.indicator_value (area_code, year) include (indicator_code, period)`,
    );
    this.addSql(`create index indicator_value_indicator_year_index on regions.indicator_value (indicator_code, year)`);
    this.addSql(`alter table regions.need_observation drop constraint if exists need_observation_area_level_check`);
    this.addSql(
      `alter table regions.need_observation add constraint need_observation_area_level_check check (area_level in ('NATION', 'PROVINCE', 'REGENCY'))`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`delete from regions.need_observation where area_level = 'NATION'`);
    this.addSql(`alter table regions.need_observation drop constraint if exists need_observation_area_level_check`);
    this.addSql(
      `alter table regions.need_observation add constraint need_observation_area_level_check check (area_level in ('PROVINCE', 'REGENCY'))`,
    );
    this.addSql('drop table if exists regions.indicator_value');
    this.addSql('drop table if exists regions.indicator');
  }
}
