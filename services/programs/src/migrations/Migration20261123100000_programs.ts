import { Migration } from '@housing-hub/database';

const SCHEMES = `('BSPS', 'FLPP', 'CSR', 'SBUM', 'BP2BT', 'RUSUN', 'RUSUS', 'PSU')`;
const STATUSES = `('DRAFT', 'SUBMITTED', 'ADMIN_VERIFIED', 'TECH_VERIFIED', 'APPROVED', 'REJECTED')`;

/** Schemes, data sources, unit values, targets, realization facts, proposals and their history. */
export class Migration20261123100000_programs extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table programs.data_source (
        code text primary key,
        name text not null,
        publisher text,
        published_on date,
        url text,
        modeled boolean not null default false
      )`);
    this.addSql(`
      create table programs.program (
        code text primary key check (code in ${SCHEMES}),
        name text not null,
        instrument text not null check (instrument in ('GRANT', 'MORTGAGE_LIQUIDITY', 'CORPORATE_CONTRIBUTION',
          'DOWN_PAYMENT_GRANT', 'SAVINGS_BASED_SUBSIDY', 'DIRECT_CONSTRUCTION', 'INFRASTRUCTURE_GRANT')),
        managing_agency text not null,
        description text not null,
        reports_realization boolean not null default false,
        since_year smallint,
        sort_order smallint not null
      )`);
    this.addSql(`
      create table programs.unit_value (
        id bigserial primary key,
        scheme text not null references programs.program (code),
        year smallint not null check (year between 2000 and 2100),
        category text check (category in ('PK', 'PB')),
        amount_idr numeric(20, 0) not null check (amount_idr >= 0),
        note text,
        source_code text not null references programs.data_source (code)
      )`);
    this.addSql(
      `create unique index unit_value_scheme_year_category_unique on programs.unit_value (scheme, year, coalesce(category, ''))`,
    );
    this.addSql(`
      create table programs.target (
        id bigserial primary key,
        scheme text not null references programs.program (code),
        year smallint not null check (year between 2000 and 2100),
        province_code varchar(2) check (province_code ~ '^[0-9]{2}$'),
        kind text not null check (kind in ('QUOTA', 'PLAN', 'TARGET')),
        units integer check (units >= 0),
        amount_idr numeric(20, 0) check (amount_idr >= 0),
        note text,
        source_code text not null references programs.data_source (code),
        check (units is not null or amount_idr is not null)
      )`);
    this.addSql(
      `create unique index target_scheme_year_province_kind_unique on programs.target (scheme, year, coalesce(province_code, ''), kind)`,
    );
    this.addSql(`
      create table programs.realization (
        id bigserial primary key,
        scheme text not null references programs.program (code),
        regency_code varchar(5) not null check (regency_code ~ '^[0-9]{2}[.][0-9]{2}$'),
        province_code varchar(2) not null,
        year smallint not null check (year between 2000 and 2100),
        month smallint check (month between 1 and 12),
        category text check (category in ('PK', 'PB')),
        channel text,
        units integer not null check (units >= 0),
        amount_idr numeric(20, 0) not null check (amount_idr >= 0),
        status text not null check (status in ('REALIZED', 'IN_PROGRESS', 'ALLOCATED')),
        source_code text not null references programs.data_source (code),
        check (left(regency_code, 2) = province_code)
      )`);
    // Both aggregates (per kab/kota, per province) read only the index: year first, units and rupiah included.
    this.addSql(
      `create index realization_year_scheme_regency_index on programs.realization (year, scheme, regency_code) include (units, amount_idr, source_code)`,
    );
    this.addSql(
      `create index realization_year_province_scheme_index on programs.realization (year, province_code, scheme) include (units, amount_idr, source_code)`,
    );
    this.addSql(`
      create table programs.proposal (
        id uuid primary key,
        regency_code varchar(5) not null check (regency_code ~ '^[0-9]{2}[.][0-9]{2}$'),
        province_code varchar(2) not null,
        scheme text not null references programs.program (code),
        fiscal_year smallint not null check (fiscal_year between 2000 and 2100),
        proposed_units integer not null check (proposed_units >= 0),
        status text not null check (status in ${STATUSES}),
        proposer text not null,
        note text,
        idempotency_key text unique,
        request_hash text,
        created_at timestamptz not null,
        updated_at timestamptz not null,
        check (left(regency_code, 2) = province_code)
      )`);
    this.addSql(`create index proposal_regency_code_fiscal_year_index on programs.proposal (regency_code, fiscal_year)`);
    this.addSql(`create index proposal_fiscal_year_status_index on programs.proposal (fiscal_year, status)`);
    this.addSql(`
      create table programs.proposal_event (
        id bigserial primary key,
        proposal_id uuid not null references programs.proposal (id) on delete cascade,
        from_status text check (from_status in ${STATUSES}),
        to_status text not null check (to_status in ${STATUSES}),
        note text,
        actor text not null,
        at timestamptz not null
      )`);
    this.addSql(`create index proposal_event_proposal_id_index on programs.proposal_event (proposal_id, id)`);
  }

  override async down(): Promise<void> {
    for (const table of ['proposal_event', 'proposal', 'realization', 'target', 'unit_value', 'program', 'data_source']) {
      this.addSql(`drop table if exists programs.${table}`);
    }
  }
}
