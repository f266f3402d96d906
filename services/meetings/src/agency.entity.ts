import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { PrimaryKeyProp } from '@mikro-orm/core';
import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';

export enum AgencyKind {
  MINISTRY = 'MINISTRY',
  DIRECTORATE_GENERAL = 'DIRECTORATE_GENERAL',
  DIRECTORATE = 'DIRECTORATE',
  BUREAU = 'BUREAU',
  REGIONAL_UNIT = 'REGIONAL_UNIT',
  HOUSING_OFFICE = 'HOUSING_OFFICE',
  PLANNING_AGENCY = 'PLANNING_AGENCY',
  INVESTMENT_LICENSING_OFFICE = 'INVESTMENT_LICENSING_OFFICE',
  REVENUE_AGENCY = 'REVENUE_AGENCY',
  COMMUNITY_DEVELOPMENT_OFFICE = 'COMMUNITY_DEVELOPMENT_OFFICE',
  LAND_OFFICE = 'LAND_OFFICE',
  STATISTICS_OFFICE = 'STATISTICS_OFFICE',
  WORKING_GROUP = 'WORKING_GROUP',
  ASSOCIATION = 'ASSOCIATION',
  COMPANY = 'COMPANY',
  OTHER = 'OTHER',
}
registerEnumType(AgencyKind, {
  name: 'AgencyKind',
  description: 'What kind of body an agency is',
  valuesConfig: {
    MINISTRY: { description: 'A ministry (Kementerian PKP, Kementerian PU, ...)' },
    DIRECTORATE_GENERAL: { description: 'A directorate general (Ditjen) of a ministry' },
    DIRECTORATE: { description: 'A directorate of a directorate general' },
    BUREAU: { description: 'A bureau (Biro) of a ministry secretariat' },
    REGIONAL_UNIT: { description: "The ministry's regional implementing unit: BP3KP / Balai P3KP" },
    HOUSING_OFFICE: { description: 'Provincial or kab/kota housing office: Dinas Perkim, Disperkimta, Disperakim, ...' },
    PLANNING_AGENCY: { description: 'Regional planning agency: Bappeda' },
    INVESTMENT_LICENSING_OFFICE: { description: 'One-stop investment and licensing office: DPMPTSP' },
    REVENUE_AGENCY: { description: 'Regional revenue agency: Bapenda' },
    COMMUNITY_DEVELOPMENT_OFFICE: { description: 'Community and village development office: Dinas PMD' },
    LAND_OFFICE: { description: 'ATR/BPN: the land agency, national, regional or local office' },
    STATISTICS_OFFICE: { description: 'BPS, national or regional' },
    WORKING_GROUP: { description: 'A working group such as a Pokja PKP' },
    ASSOCIATION: { description: 'An association, institute or other non-governmental body' },
    COMPANY: { description: 'A company (e.g. a CSR contributor, a bank, a developer)' },
    OTHER: { description: 'Any other body' },
  },
});

@ObjectType({ description: 'A body that organizes or takes part in meetings: ministry units, BP3KP, regional offices, companies' })
@Directive('@key(fields: "id")')
@Entity({ tableName: 'agency' })
export class Agency {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field({ description: 'The official name where the hub knows it; otherwise the generic name of the office of that area' })
  @Property({ type: 'text' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'The usual abbreviation, e.g. "BP3KP NT I", "Disperkimta Kota Singkawang"' })
  @Property({ type: 'text', nullable: true })
  shortName!: string | null;

  @Field(() => AgencyKind)
  @Enum({ items: () => AgencyKind })
  kind!: AgencyKind;

  /** Resolved to `Agency.province` (a stub); not a public field of its own. */
  @Property({ type: 'string', length: 2, nullable: true })
  provinceCode!: string | null;

  /** Resolved to `Agency.regency` (a stub). */
  @Property({ type: 'string', length: 5, nullable: true })
  regencyCode!: string | null;

  /** Resolved to `Agency.parent` through a loader. */
  @Property({ type: 'uuid', nullable: true })
  parentId!: string | null;
}

/** A province a BP3KP / Balai P3KP works in. */
@Entity({ tableName: 'agency_coverage' })
export class AgencyCoverage {
  [PrimaryKeyProp]?: ['agencyId', 'provinceCode'];

  @PrimaryKey({ type: 'uuid' })
  agencyId!: string;

  @PrimaryKey({ type: 'string', length: 2 })
  provinceCode!: string;
}
