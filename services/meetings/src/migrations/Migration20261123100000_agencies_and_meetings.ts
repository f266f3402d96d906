import { Migration } from '@housing-hub/database';

/**
 * Agencies (with the provinces a BP3KP covers), meetings with the areas they cover, participants,
 * agenda, decisions, recommendations, follow-ups, notes, and desk reviews of proposals.
 * Area codes and proposal ids are keys owned by other subgraphs: stored, never joined across schemas.
 */
export class Migration20261123100000_agencies_and_meetings extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table meetings.agency (
        id uuid primary key,
        name text not null check (length(trim(name)) > 0),
        short_name text,
        kind text not null,
        province_code varchar(2) check (province_code ~ '^[0-9]{2}$'),
        regency_code varchar(5) check (regency_code ~ '^[0-9]{2}[.][0-9]{2}$'),
        parent_id uuid references meetings.agency (id),
        check (regency_code is null or left(regency_code, 2) = province_code)
      )`);
    this.addSql(`create index agency_province_code_index on meetings.agency (province_code)`);
    this.addSql(`create index agency_regency_code_index on meetings.agency (regency_code)`);
    this.addSql(`
      create table meetings.agency_coverage (
        agency_id uuid not null references meetings.agency (id),
        province_code varchar(2) not null check (province_code ~ '^[0-9]{2}$'),
        primary key (agency_id, province_code)
      )`);
    this.addSql(`
      create table meetings.meeting (
        id uuid primary key,
        title text not null check (length(trim(title)) > 0),
        kind text not null,
        starts_at timestamptz not null,
        ends_at timestamptz,
        starts_on date not null,
        time_zone text not null,
        venue text,
        mode text not null check (mode in ('IN_PERSON', 'ONLINE', 'HYBRID')),
        organizer_id uuid not null references meetings.agency (id),
        modeled boolean not null default false,
        source text,
        check (ends_at is null or ends_at >= starts_at)
      )`);
    this.addSql(`create index meeting_starts_at_id_index on meetings.meeting (starts_at, id)`);
    this.addSql(`create index meeting_starts_on_index on meetings.meeting (starts_on)`);
    this.addSql(`
      create table meetings.meeting_province (
        meeting_id uuid not null references meetings.meeting (id),
        province_code varchar(2) not null check (province_code ~ '^[0-9]{2}$'),
        primary key (meeting_id, province_code)
      )`);
    this.addSql(`create index meeting_province_code_index on meetings.meeting_province (province_code, meeting_id)`);
    this.addSql(`
      create table meetings.meeting_regency (
        meeting_id uuid not null references meetings.meeting (id),
        regency_code varchar(5) not null check (regency_code ~ '^[0-9]{2}[.][0-9]{2}$'),
        primary key (meeting_id, regency_code)
      )`);
    this.addSql(`create index meeting_regency_code_index on meetings.meeting_regency (regency_code, meeting_id)`);
    this.addSql(`create index meeting_regency_province_index on meetings.meeting_regency (left(regency_code, 2), meeting_id)`);
    this.addSql(`
      create table meetings.participant (
        id uuid primary key,
        meeting_id uuid not null references meetings.meeting (id),
        position integer not null,
        agency_id uuid not null references meetings.agency (id),
        mode text check (mode in ('IN_PERSON', 'ONLINE', 'HYBRID')),
        role text,
        unique (meeting_id, agency_id)
      )`);
    this.addSql(`
      create table meetings.agenda_item (
        id uuid primary key,
        meeting_id uuid not null references meetings.meeting (id),
        position integer not null,
        title text not null check (length(trim(title)) > 0),
        description text,
        speaker_name text,
        speaker_role text,
        speaker_agency_id uuid references meetings.agency (id),
        unique (meeting_id, position)
      )`);
    this.addSql(`
      create table meetings.decision (
        id uuid primary key,
        meeting_id uuid not null references meetings.meeting (id),
        position integer not null,
        text text not null check (length(trim(text)) > 0),
        regency_code varchar(5) check (regency_code ~ '^[0-9]{2}[.][0-9]{2}$'),
        proposal_id uuid,
        unique (meeting_id, position)
      )`);
    this.addSql(`
      create table meetings.recommendation (
        id uuid primary key,
        meeting_id uuid not null references meetings.meeting (id),
        position integer not null,
        label text,
        text text not null check (length(trim(text)) > 0),
        unique (meeting_id, position)
      )`);
    this.addSql(`
      create table meetings.follow_up (
        id uuid primary key,
        meeting_id uuid not null references meetings.meeting (id),
        position integer not null,
        label text,
        description text not null check (length(trim(description)) > 0),
        owner_id uuid references meetings.agency (id),
        due_date date,
        status text not null check (status in ('OPEN', 'IN_PROGRESS', 'DONE', 'CANCELLED')),
        version integer not null default 1 check (version >= 1),
        updated_at timestamptz not null default now(),
        unique (meeting_id, position)
      )`);
    this.addSql(`create index follow_up_status_due_date_index on meetings.follow_up (status, due_date)`);
    this.addSql(`
      create table meetings.meeting_note (
        meeting_id uuid not null references meetings.meeting (id),
        position integer not null,
        text text not null check (length(trim(text)) > 0),
        primary key (meeting_id, position)
      )`);
    this.addSql(`
      create table meetings.desk_review (
        id uuid primary key,
        meeting_id uuid not null references meetings.meeting (id),
        proposal_id uuid not null,
        regency_code varchar(5) not null check (regency_code ~ '^[0-9]{2}[.][0-9]{2}$'),
        scheme text not null,
        fiscal_year smallint not null check (fiscal_year between 2000 and 2100),
        proposed_units integer not null check (proposed_units >= 0),
        recommended_units integer not null check (recommended_units >= 0),
        need_indicator text not null,
        need_value integer check (need_value >= 0),
        need_year smallint,
        need_source_code text not null,
        need_source_name text not null,
        need_source_modeled boolean not null,
        priority_indicators jsonb not null default '[]'::jsonb,
        recommendation text not null check (recommendation in ('PRIORITY', 'RESERVE', 'REJECT')),
        note text,
        modeled boolean not null default false,
        unique (meeting_id, proposal_id)
      )`);
    this.addSql(`create index desk_review_proposal_id_index on meetings.desk_review (proposal_id)`);
  }

  override async down(): Promise<void> {
    for (const table of [
      'desk_review',
      'meeting_note',
      'follow_up',
      'recommendation',
      'decision',
      'agenda_item',
      'participant',
      'meeting_regency',
      'meeting_province',
      'meeting',
      'agency_coverage',
      'agency',
    ]) {
      this.addSql(`drop table if exists meetings.${table}`);
    }
  }
}
