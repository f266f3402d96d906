import { Migration } from '@housing-hub/database';

/** The area frame (province, kab/kota with BPS codes), data sources and need observations. */
export class Migration20261123000000_area_frame_and_need extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table regions.province (
        code varchar(2) primary key check (code ~ '^[0-9]{2}$'),
        bps_code varchar(2),
        name text not null
      )`);
    this.addSql(`
      create table regions.regency (
        code varchar(5) primary key check (code ~ '^[0-9]{2}[.][0-9]{2}$'),
        province_code varchar(2) not null references regions.province (code),
        bps_code varchar(4),
        name text not null,
        kind text not null check (kind in ('KABUPATEN', 'KOTA')),
        check (left(code, 2) = province_code)
      )`);
    this.addSql(`create index regency_province_code_code_index on regions.regency (province_code, code)`);
    this.addSql(`
      create table regions.data_source (
        code text primary key,
        name text not null,
        publisher text,
        published_on date,
        url text,
        modeled boolean not null default false
      )`);
    this.addSql(`
      create table regions.need_observation (
        id bigserial primary key,
        area_code varchar(5) not null,
        area_level text not null check (area_level in ('PROVINCE', 'REGENCY')),
        year smallint not null check (year between 1900 and 2100),
        indicator text not null check (indicator in ('HOUSEHOLDS', 'OWNERSHIP_BACKLOG', 'HABITABILITY_BACKLOG', 'UNINHABITABLE_HOMES')),
        value integer not null check (value >= 0),
        definition text,
        source_code text not null references regions.data_source (code),
        constraint need_observation_area_year_indicator_source_unique unique (area_code, year, indicator, source_code)
      )`);
    this.addSql(`create index need_observation_area_code_year_index on regions.need_observation (area_code, year)`);
    this.addSql(`create index need_observation_level_year_index on regions.need_observation (area_level, year)`);
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists regions.need_observation');
    this.addSql('drop table if exists regions.data_source');
    this.addSql('drop table if exists regions.regency');
    this.addSql('drop table if exists regions.province');
  }
}
