/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** What kind of body an agency is */
export type AgencyKind =
  /** An association, institute or other non-governmental body */
  | 'ASSOCIATION'
  /** A bureau (Biro) of a ministry secretariat */
  | 'BUREAU'
  /** Community and village development office: Dinas PMD */
  | 'COMMUNITY_DEVELOPMENT_OFFICE'
  /** A company (e.g. a CSR contributor, a bank, a developer) */
  | 'COMPANY'
  /** A directorate of a directorate general */
  | 'DIRECTORATE'
  /** A directorate general (Ditjen) of a ministry */
  | 'DIRECTORATE_GENERAL'
  /** Provincial or kab/kota housing office: Dinas Perkim, Disperkimta, Disperakim, ... */
  | 'HOUSING_OFFICE'
  /** One-stop investment and licensing office: DPMPTSP */
  | 'INVESTMENT_LICENSING_OFFICE'
  /** ATR/BPN: the land agency, national, regional or local office */
  | 'LAND_OFFICE'
  /** A ministry (Kementerian PKP, Kementerian PU, ...) */
  | 'MINISTRY'
  /** Any other body */
  | 'OTHER'
  /** Regional planning agency: Bappeda */
  | 'PLANNING_AGENCY'
  /** The ministry's regional implementing unit: BP3KP / Balai P3KP */
  | 'REGIONAL_UNIT'
  /** Regional revenue agency: Bapenda */
  | 'REVENUE_AGENCY'
  /** BPS, national or regional */
  | 'STATISTICS_OFFICE'
  /** A working group such as a Pokja PKP */
  | 'WORKING_GROUP';

export type CreateApiKeyInput = {
  agencyId: string | number;
  expiresAt?: string | null | undefined;
  label: string;
  /** read, export */
  scopes: Array<string>;
};

/** What a desk recommends for a proposal */
export type DeskRecommendation =
  /** Recommended for funding (prioritas) */
  | 'PRIORITY'
  /** Not recommended (ditolak) */
  | 'REJECT'
  /** Kept in reserve (cadangan): funded if quota allows */
  | 'RESERVE';

/** How `content` carries the file: text (CSV) or base64 (XLSX, or any CSV) */
export type FileEncoding =
  | 'BASE64'
  | 'UTF8';

/** How a scheme delivers its money */
export type FundingInstrument =
  | 'CORPORATE_CONTRIBUTION'
  | 'DIRECT_CONSTRUCTION'
  | 'DOWN_PAYMENT_GRANT'
  | 'GRANT'
  | 'INFRASTRUCTURE_GRANT'
  | 'MORTGAGE_LIQUIDITY'
  | 'SAVINGS_BASED_SUBSIDY';

/** A housing funding scheme (program) */
export type FundingScheme =
  /** Bantuan Pembiayaan Perumahan Berbasis Tabungan: a savings-based subsidy */
  | 'BP2BT'
  /** Bantuan Stimulan Perumahan Swadaya: a grant to upgrade (PK) or rebuild (PB) a self-built home */
  | 'BSPS'
  /** Houses built or renovated with companies' corporate social responsibility funds */
  | 'CSR'
  /** Fasilitas Likuiditas Pembiayaan Perumahan: subsidised mortgages (KPR) for low-income buyers */
  | 'FLPP'
  /** Prasarana, sarana dan utilitas: estate infrastructure (roads, drainage, water) */
  | 'PSU'
  /** Rumah susun: flats */
  | 'RUSUN'
  /** Rumah khusus: special-purpose housing */
  | 'RUSUS'
  /** Subsidi Bantuan Uang Muka: a down-payment grant */
  | 'SBUM';

/** A file to import, sent inline (CSV text, or base64 for XLSX) */
export type ImportFileInput = {
  content: string;
  /** Validate and report what would change; write nothing */
  dryRun?: boolean;
  encoding?: FileEncoding;
  /** The file name; ".xlsx" means XLSX, anything else CSV */
  fileName: string;
  source: ImportSourceInput;
};

/** Provenance of an imported file */
export type ImportSourceInput = {
  /** A stable code for the source; a re-issue of the same source uses the same code. Defaults to one derived from publisher and name */
  code?: string | null | undefined;
  /** What the publication is, e.g. "Pendataan RTLH 2025" */
  name: string;
  /** Publication date, YYYY-MM-DD */
  publishedOn?: string | null | undefined;
  /** Who published it, e.g. "Dinas Perkim Kabupaten Lombok Barat" */
  publisher: string;
  url?: string | null | undefined;
};

export type ImportStatus =
  /** Every row was written, in one transaction */
  | 'IMPORTED'
  /** At least one row is bad: nothing was written; see errors */
  | 'REJECTED'
  /** This very file (same sha256) was imported before: nothing was written */
  | 'UNCHANGED'
  /** Dry run: every row is good; nothing was written */
  | 'VALID';

/** What kind of meeting */
export type MeetingKind =
  /** Sosialisasi: briefing on a policy or programme */
  | 'BRIEFING'
  /** Desk Sinkronisasi Usulan: local governments' proposals checked one by one against need and priority indicators */
  | 'DESK_SINKRONISASI'
  /** Evaluasi: evaluation of results */
  | 'EVALUATION'
  /** Any other meeting */
  | 'OTHER'
  /** Meeting of a working group (Pokja PKP) */
  | 'POKJA'
  /** Rapat koordinasi: coordination meeting */
  | 'RAKOR'
  /** Rapat koordinasi teknis: technical coordination meeting */
  | 'RAKORNIS'
  /** Workshop, bimbingan teknis */
  | 'WORKSHOP';

/** What a need figure counts */
export type NeedIndicator =
  /** Backlog kelayakan: households living in housing that is not layak huni */
  | 'HABITABILITY_BACKLOG'
  /** Households (rumah tangga) */
  | 'HOUSEHOLDS'
  /** Backlog kepemilikan: households not living in a home they own */
  | 'OWNERSHIP_BACKLOG'
  /** RTLH: rumah tidak layak huni, houses */
  | 'UNINHABITABLE_HOMES';

/** Where a proposal (usulan) stands in the verification flow */
export type ProposalStatus =
  /** Passed administrative verification (vermin) */
  | 'ADMIN_VERIFIED'
  /** Decided (penetapan): will be funded */
  | 'APPROVED'
  /** Being prepared by the proposer */
  | 'DRAFT'
  /** Rejected at a verification step */
  | 'REJECTED'
  /** Submitted (SIBARU), awaiting administrative verification */
  | 'SUBMITTED'
  /** Passed technical verification (vertek) */
  | 'TECH_VERIFIED';

/** A proposal (usulan) to submit */
export type SubmitProposalInput = {
  /** Keep it as a DRAFT instead of submitting it (default false) */
  draft?: boolean | null | undefined;
  fiscalYear: number;
  /** Chosen by the client (e.g. a UUID): a retry with the same key returns the same proposal */
  idempotencyKey: string;
  note?: string | null | undefined;
  proposedUnits: number;
  /** Who proposes, e.g. "Dinas Perkim Kabupaten Lombok Barat" */
  proposer: string;
  /** Kemendagri kab/kota code, e.g. "52.01" */
  regencyCode: string | number;
  scheme: FundingScheme;
};

/** What kind of target a figure is */
export type TargetKind =
  | 'PLAN'
  | 'QUOTA'
  | 'TARGET';

/** BSPS category */
export type UnitCategory =
  /** Pembangunan baru (new build) */
  | 'PB'
  /** Peningkatan kualitas (upgrade) */
  | 'PK';

export type ChangesKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type ChangesKeyMutation = { createApiKey: { key: string } };

export type ChangesImportNeedMutationVariables = Exact<{
  file: ImportFileInput;
}>;


export type ChangesImportNeedMutation = { importNeed: { status: ImportStatus, inserted: number, replaced: number } };

export type ExportKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type ExportKeyMutation = { createApiKey: { key: string } };

export type Question8QueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type Question8Query = { regencies: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ code: string, bpsCode: string | null, name: string, needSeries: Array<{ indicator: NeedIndicator, year: number, value: number, definition: string | null, source: { code: string, name: string, modeled: boolean } }> }> } | null };

export type ImportsImportRealizationMutationVariables = Exact<{
  file: ImportFileInput;
}>;


export type ImportsImportRealizationMutation = { importRealization: { dataset: string, status: ImportStatus, sha256: string, sourceCode: string | null, rows: number, inserted: number, replaced: number, unchanged: number, errorCount: number, errors: Array<{ row: number, column: string | null, value: string | null, code: string, message: string }> } };

export type ImportsImportProposalsMutationVariables = Exact<{
  file: ImportFileInput;
}>;


export type ImportsImportProposalsMutation = { importProposals: { dataset: string, status: ImportStatus, sha256: string, sourceCode: string | null, rows: number, inserted: number, replaced: number, unchanged: number, errorCount: number, errors: Array<{ row: number, column: string | null, value: string | null, code: string, message: string }> } };

export type ImportReportFragment = { dataset: string, status: ImportStatus, sha256: string, sourceCode: string | null, rows: number, inserted: number, replaced: number, unchanged: number, errorCount: number, errors: Array<{ row: number, column: string | null, value: string | null, code: string, message: string }> };

export type ImportsRegencyQueryVariables = Exact<{ [key: string]: never; }>;


export type ImportsRegencyQuery = { regency: { name: string, funding: Array<{ scheme: FundingScheme, units: number, amountIdr: string, source: { code: string, name: string, publisher: string | null, publishedOn: string | null, modeled: boolean } | null }> | null } | null };

export type ImportsFundingSummaryQueryVariables = Exact<{ [key: string]: never; }>;


export type ImportsFundingSummaryQuery = { a: Array<{ scheme: FundingScheme, units: number, amountIdr: string }> | null, b: Array<{ scheme: FundingScheme, units: number, amountIdr: string }> | null };

export type ImportsFundingSummary2QueryVariables = Exact<{ [key: string]: never; }>;


export type ImportsFundingSummary2Query = { fundingSummary: Array<{ units: number, amountIdr: string, regency: { code: string, name: string } | null, source: { code: string } | null }> | null };

export type ImportsRealizationHistoryQueryVariables = Exact<{ [key: string]: never; }>;


export type ImportsRealizationHistoryQuery = { realizationHistory: Array<{ month: number | null, channel: string | null, units: number, amountIdr: string, current: boolean, source: { code: string } }> | null };

export type ImportsProvincesQueryVariables = Exact<{ [key: string]: never; }>;


export type ImportsProvincesQuery = { provinces: Array<{ regencies: Array<{ code: string }> }> | null };

export type ImportsRegency2QueryVariables = Exact<{ [key: string]: never; }>;


export type ImportsRegency2Query = { regency: { name: string, proposals: Array<{ scheme: FundingScheme, proposedUnits: number, status: ProposalStatus, externalReference: string | null, source: { name: string, publisher: string | null, publishedOn: string | null, modeled: boolean } | null }> | null } | null };

export type ImportsProposalsQueryVariables = Exact<{ [key: string]: never; }>;


export type ImportsProposalsQuery = { proposals: { totalCount: number } | null };

export type MeetingsMeetingsQueryVariables = Exact<{ [key: string]: never; }>;


export type MeetingsMeetingsQuery = { meetings: { totalCount: number } | null };

export type MeetingsRegencyQueryVariables = Exact<{ [key: string]: never; }>;


export type MeetingsRegencyQuery = { regency: { meetings: Array<{ title: string }> | null } | null };

export type MeetingsProposalsQueryVariables = Exact<{ [key: string]: never; }>;


export type MeetingsProposalsQuery = { proposals: { nodes: Array<{ id: string, proposedUnits: number, regency: { code: string } | null, deskReviews: Array<{ proposedUnits: number, recommendedUnits: number, recommendation: DeskRecommendation, fiscalYear: number, scheme: string, needUsed: { indicator: string, modeled: boolean }, meeting: { id: string, kind: MeetingKind, title: string } }> | null }> } | null };

export type MeetingsProposals2QueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type MeetingsProposals2Query = { proposals: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, proposedUnits: number, deskReviews: Array<{ proposedUnits: number }> | null }> } | null };

export type MeetingsAgenciesQueryVariables = Exact<{ [key: string]: never; }>;


export type MeetingsAgenciesQuery = { agencies: Array<{ id: string, kind: AgencyKind }> | null };

export type NeedImportImportNeedMutationVariables = Exact<{
  file: ImportFileInput;
}>;


export type NeedImportImportNeedMutation = { importNeed: { dataset: string, status: ImportStatus, rows: number, inserted: number, replaced: number, unchanged: number, errorCount: number, sourceCode: string | null, errors: Array<{ row: number, column: string | null, value: string | null, code: string, message: string }> } };

export type NeedImportRegencyQueryVariables = Exact<{ [key: string]: never; }>;


export type NeedImportRegencyQuery = { regency: { need: { uninhabitableHomes: number | null, figures: Array<{ indicator: NeedIndicator, year: number, value: number, source: { name: string, publisher: string | null, publishedOn: string | null, modeled: boolean } }> } | null } | null };

export type NeedImportRegency2QueryVariables = Exact<{ [key: string]: never; }>;


export type NeedImportRegency2Query = { regency: { coverage: { fundedUnits: number, ratio: number | null, need: { year: number, uninhabitableHomes: number | null } | null } | null } | null };

export type NeedImportNeedFigureHistoryQueryVariables = Exact<{ [key: string]: never; }>;


export type NeedImportNeedFigureHistoryQuery = { needFigureHistory: Array<{ value: number, source: { name: string } }> | null };

export type ProgramsOutageFundingSummaryQueryVariables = Exact<{ [key: string]: never; }>;


export type ProgramsOutageFundingSummaryQuery = { fundingSummary: Array<{ scheme: FundingScheme, units: number, amountIdr: string, province: { code: string, name: string } | null }> | null, national: Array<{ scheme: FundingScheme, units: number, amountIdr: string }> | null };

export type ProgramsOutageProgramsQueryVariables = Exact<{ [key: string]: never; }>;


export type ProgramsOutageProgramsQuery = { programs: Array<{ code: FundingScheme }> | null, proposals: { totalCount: number, nodes: Array<{ id: string, status: ProposalStatus }> } | null };

export type ProgramsRegencyQueryVariables = Exact<{ [key: string]: never; }>;


export type ProgramsRegencyQuery = { regency: { name: string, funding: Array<{ scheme: FundingScheme, units: number }> | null } | null };

export type PlannedBspsYearQueryVariables = Exact<{
  year: number;
}>;


export type PlannedBspsYearQuery = { delivered: Array<{ units: number, target: { kind: TargetKind, units: number | null } | null }> | null, allocated: Array<{ units: number, target: { kind: TargetKind, units: number | null } | null }> | null, programs: Array<{ code: FundingScheme, targets: Array<{ kind: TargetKind, units: number | null, province: { code: string } | null }> }> | null, province: { funding: Array<{ units: number }> | null, coverage: { fundedUnits: number } | null } | null };

export type NtbFundingOfYearQueryVariables = Exact<{
  year: number;
}>;


export type NtbFundingOfYearQuery = { province: { funding: Array<{ units: number }> | null } | null };

export type Bsps2024PlanQueryVariables = Exact<{ [key: string]: never; }>;


export type Bsps2024PlanQuery = { realized: Array<{ units: number }> | null, plan: Array<{ units: number, target: { kind: TargetKind, units: number | null } | null }> | null, regency: { funding: Array<{ units: number }> | null, planned: Array<{ units: number }> | null } | null };

export type FlppQuota2025QueryVariables = Exact<{ [key: string]: never; }>;


export type FlppQuota2025Query = { fundingSummary: Array<{ units: number, target: { kind: TargetKind, units: number | null, source: { modeled: boolean } } | null }> | null };

export type AllFundingQueryVariables = Exact<{
  year: number;
}>;


export type AllFundingQuery = { provinces: Array<{ code: string, funding: Array<{ scheme: FundingScheme, units: number, amountIdr: string }> | null, regencies: Array<{ code: string, funding: Array<{ scheme: FundingScheme, units: number, amountIdr: string }> | null }> }> | null };

export type ProgramsRegency2QueryVariables = Exact<{ [key: string]: never; }>;


export type ProgramsRegency2Query = { regency: { funding: Array<{ scheme: FundingScheme, year: number, units: number, amountIdr: string, source: { modeled: boolean } | null }> | null } | null };

export type ProgramsFundingSummaryQueryVariables = Exact<{ [key: string]: never; }>;


export type ProgramsFundingSummaryQuery = { regencies: Array<{ scheme: FundingScheme, units: number, amountIdr: string, province: { code: string } | null, regency: { code: string, name: string } | null }> | null, province: Array<{ scheme: FundingScheme, units: number, amountIdr: string, province: { code: string } | null, source: { code: string, modeled: boolean } | null }> | null };

export type ProgramsFundingSummary2QueryVariables = Exact<{ [key: string]: never; }>;


export type ProgramsFundingSummary2Query = { fundingSummary: Array<{ units: number }> | null };

export type ProgramsFundingSummary3QueryVariables = Exact<{ [key: string]: never; }>;


export type ProgramsFundingSummary3Query = { fundingSummary: Array<{ units: number }> | null };

export type ProgramsFundingBreakdownQueryVariables = Exact<{ [key: string]: never; }>;


export type ProgramsFundingBreakdownQuery = { y2024: Array<{ month: number | null, units: number, amountIdr: string }> | null, y2025: Array<{ month: number | null, units: number, amountIdr: string }> | null, jabar: Array<{ month: number | null, units: number }> | null, bekasi: Array<{ month: number | null, units: number }> | null, programs: Array<{ code: FundingScheme, targets: Array<{ kind: TargetKind, units: number | null }> }> | null };

export type ProgramsFundingBreakdown2QueryVariables = Exact<{ [key: string]: never; }>;


export type ProgramsFundingBreakdown2Query = { bsps: Array<{ category: UnitCategory | null, units: number, amountIdr: string }> | null, banks: Array<{ channel: string | null, units: number }> | null };

export type ProgramsProvinceQueryVariables = Exact<{ [key: string]: never; }>;


export type ProgramsProvinceQuery = { province: { coverage: { fundedUnits: number, ratio: number | null, need: { areaCode: string, year: number, uninhabitableHomes: number | null, households: number | null } | null } | null } | null, regency: { coverage: { fundedUnits: number, ratio: number | null, need: { areaCode: string, year: number, uninhabitableHomes: number | null } | null } | null, latestNeed: { year: number, uninhabitableHomes: number | null } | null } | null };

export type ProgramsProgramsQueryVariables = Exact<{ [key: string]: never; }>;


export type ProgramsProgramsQuery = { programs: Array<{ code: FundingScheme, name: string, instrument: FundingInstrument, managingAgency: string, reportsRealization: boolean, unitValues: Array<{ year: number, category: UnitCategory | null, amountIdr: string, source: { modeled: boolean } }>, targets: Array<{ year: number, kind: TargetKind, units: number | null, amountIdr: string | null, province: { code: string } | null, source: { modeled: boolean, url: string | null } }> }> | null };

export type ProgramsProvincesQueryVariables = Exact<{ [key: string]: never; }>;


export type ProgramsProvincesQuery = { provinces: Array<{ regencies: Array<{ code: string, proposals: Array<{ id: string, scheme: FundingScheme, fiscalYear: number, status: ProposalStatus, proposedUnits: number, regency: { code: string } | null }> | null }> }> | null };

export type PageQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type PageQuery = { proposals: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, regency: { code: string, name: string } | null }> } | null };

export type ProgramsProposalsQueryVariables = Exact<{ [key: string]: never; }>;


export type ProgramsProposalsQuery = { proposals: { totalCount: number } | null };

export type SubmitMutationVariables = Exact<{
  input: SubmitProposalInput;
}>;


export type SubmitMutation = { submitProposal: { id: string, status: ProposalStatus, scheme: FundingScheme, fiscalYear: number, proposedUnits: number, proposer: string, regency: { code: string, name: string } | null, history: Array<{ fromStatus: ProposalStatus | null, toStatus: ProposalStatus }> } };

export type MoveMutationVariables = Exact<{
  id: string | number;
  to: ProposalStatus;
}>;


export type MoveMutation = { transitionProposal: { id: string, status: ProposalStatus, history: Array<{ fromStatus: ProposalStatus | null, toStatus: ProposalStatus }> } };

export type ProgramsProposals2QueryVariables = Exact<{ [key: string]: never; }>;


export type ProgramsProposals2Query = { proposals: { totalCount: number } | null };

export type ProgramsProposalHistoryQueryVariables = Exact<{
  id: string | number;
}>;


export type ProgramsProposalHistoryQuery = { proposal: { status: ProposalStatus, history: Array<{ fromStatus: ProposalStatus | null, toStatus: ProposalStatus }> } | null };

export type RegionsRegenciesQueryVariables = Exact<{ [key: string]: never; }>;


export type RegionsRegenciesQuery = { regencies: { totalCount: number } | null };

export type RegionsProvinceQueryVariables = Exact<{ [key: string]: never; }>;


export type RegionsProvinceQuery = { province: { need: { year: number, ownershipBacklog: number | null, ownershipBacklogSource: { modeled: boolean, url: string | null } | null, source: { code: string, modeled: boolean } } | null } | null };

export const ImportReportFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImportReport"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataset"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"sourceCode"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"inserted"}},{"kind":"Field","name":{"kind":"Name","value":"replaced"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"errorCount"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<ImportReportFragment, unknown>;
export const ChangesKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangesKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]} as unknown as DocumentNode<ChangesKeyMutation, ChangesKeyMutationVariables>;
export const ChangesImportNeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangesImportNeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"file"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportFileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importNeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"file"},"value":{"kind":"Variable","name":{"kind":"Name","value":"file"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"inserted"}},{"kind":"Field","name":{"kind":"Name","value":"replaced"}}]}}]}}]} as unknown as DocumentNode<ChangesImportNeedMutation, ChangesImportNeedMutationVariables>;
export const ExportKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExportKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]} as unknown as DocumentNode<ExportKeyMutation, ExportKeyMutationVariables>;
export const Question8Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Question8"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regencies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"bpsCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"needSeries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"IntValue","value":"2019"}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"IntValue","value":"2025"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"definition"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"modeled"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<Question8Query, Question8QueryVariables>;
export const ImportsImportRealizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportsImportRealization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"file"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportFileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importRealization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"file"},"value":{"kind":"Variable","name":{"kind":"Name","value":"file"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImportReport"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImportReport"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataset"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"sourceCode"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"inserted"}},{"kind":"Field","name":{"kind":"Name","value":"replaced"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"errorCount"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<ImportsImportRealizationMutation, ImportsImportRealizationMutationVariables>;
export const ImportsImportProposalsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportsImportProposals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"file"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportFileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importProposals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"file"},"value":{"kind":"Variable","name":{"kind":"Name","value":"file"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImportReport"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImportReport"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataset"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"sourceCode"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"inserted"}},{"kind":"Field","name":{"kind":"Name","value":"replaced"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"errorCount"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<ImportsImportProposalsMutation, ImportsImportProposalsMutationVariables>;
export const ImportsRegencyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImportsRegency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"StringValue","value":"52.71","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"funding"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"IntValue","value":"2025"}},{"kind":"Argument","name":{"kind":"Name","value":"schemes"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"FLPP"},{"kind":"EnumValue","value":"BSPS"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheme"}},{"kind":"Field","name":{"kind":"Name","value":"units"}},{"kind":"Field","name":{"kind":"Name","value":"amountIdr"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"modeled"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ImportsRegencyQuery, ImportsRegencyQueryVariables>;
export const ImportsFundingSummaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImportsFundingSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"a"},"name":{"kind":"Name","value":"fundingSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"IntValue","value":"2024"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheme"}},{"kind":"Field","name":{"kind":"Name","value":"units"}},{"kind":"Field","name":{"kind":"Name","value":"amountIdr"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"b"},"name":{"kind":"Name","value":"fundingSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"IntValue","value":"2025"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheme"}},{"kind":"Field","name":{"kind":"Name","value":"units"}},{"kind":"Field","name":{"kind":"Name","value":"amountIdr"}}]}}]}}]} as unknown as DocumentNode<ImportsFundingSummaryQuery, ImportsFundingSummaryQueryVariables>;
export const ImportsFundingSummary2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImportsFundingSummary2"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fundingSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"IntValue","value":"2025"}},{"kind":"Argument","name":{"kind":"Name","value":"provinceCode"},"value":{"kind":"StringValue","value":"61","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"schemes"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"FLPP"}]}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"REGENCY"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"units"}},{"kind":"Field","name":{"kind":"Name","value":"amountIdr"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ImportsFundingSummary2Query, ImportsFundingSummary2QueryVariables>;
export const ImportsRealizationHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImportsRealizationHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"realizationHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"regencyCode"},"value":{"kind":"StringValue","value":"52.71","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"IntValue","value":"2025"}},{"kind":"Argument","name":{"kind":"Name","value":"scheme"},"value":{"kind":"EnumValue","value":"FLPP"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"units"}},{"kind":"Field","name":{"kind":"Name","value":"amountIdr"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ImportsRealizationHistoryQuery, ImportsRealizationHistoryQueryVariables>;
export const ImportsProvincesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImportsProvinces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provinces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ImportsProvincesQuery, ImportsProvincesQueryVariables>;
export const ImportsRegency2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImportsRegency2"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"StringValue","value":"52.01","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"proposals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fiscalYear"},"value":{"kind":"IntValue","value":"2027"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheme"}},{"kind":"Field","name":{"kind":"Name","value":"proposedUnits"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"externalReference"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"modeled"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ImportsRegency2Query, ImportsRegency2QueryVariables>;
export const ImportsProposalsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImportsProposals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"fiscalYear"},"value":{"kind":"IntValue","value":"2027"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<ImportsProposalsQuery, ImportsProposalsQueryVariables>;
export const MeetingsMeetingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeetingsMeetings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<MeetingsMeetingsQuery, MeetingsMeetingsQueryVariables>;
export const MeetingsRegencyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeetingsRegency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"StringValue","value":"61.72","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<MeetingsRegencyQuery, MeetingsRegencyQueryVariables>;
export const MeetingsProposalsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeetingsProposals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"provinceCode"},"value":{"kind":"StringValue","value":"52","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"fiscalYear"},"value":{"kind":"IntValue","value":"2026"}},{"kind":"ObjectField","name":{"kind":"Name","value":"scheme"},"value":{"kind":"EnumValue","value":"BSPS"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"proposedUnits"}},{"kind":"Field","name":{"kind":"Name","value":"regency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deskReviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposedUnits"}},{"kind":"Field","name":{"kind":"Name","value":"recommendedUnits"}},{"kind":"Field","name":{"kind":"Name","value":"recommendation"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"scheme"}},{"kind":"Field","name":{"kind":"Name","value":"needUsed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"}},{"kind":"Field","name":{"kind":"Name","value":"modeled"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MeetingsProposalsQuery, MeetingsProposalsQueryVariables>;
export const MeetingsProposals2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeetingsProposals2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"fiscalYear"},"value":{"kind":"IntValue","value":"2026"}},{"kind":"ObjectField","name":{"kind":"Name","value":"scheme"},"value":{"kind":"EnumValue","value":"BSPS"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"proposedUnits"}},{"kind":"Field","name":{"kind":"Name","value":"deskReviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposedUnits"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MeetingsProposals2Query, MeetingsProposals2QueryVariables>;
export const MeetingsAgenciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeetingsAgencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"regencyCode"},"value":{"kind":"StringValue","value":"52.71","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<MeetingsAgenciesQuery, MeetingsAgenciesQueryVariables>;
export const NeedImportImportNeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NeedImportImportNeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"file"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportFileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importNeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"file"},"value":{"kind":"Variable","name":{"kind":"Name","value":"file"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataset"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"inserted"}},{"kind":"Field","name":{"kind":"Name","value":"replaced"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"errorCount"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sourceCode"}}]}}]}}]} as unknown as DocumentNode<NeedImportImportNeedMutation, NeedImportImportNeedMutationVariables>;
export const NeedImportRegencyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NeedImportRegency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"StringValue","value":"52.01","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"need"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"IntValue","value":"2024"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uninhabitableHomes"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"modeled"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<NeedImportRegencyQuery, NeedImportRegencyQueryVariables>;
export const NeedImportRegency2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NeedImportRegency2"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"StringValue","value":"52.01","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coverage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"IntValue","value":"2024"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fundedUnits"}},{"kind":"Field","name":{"kind":"Name","value":"ratio"}},{"kind":"Field","name":{"kind":"Name","value":"need"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"uninhabitableHomes"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NeedImportRegency2Query, NeedImportRegency2QueryVariables>;
export const NeedImportNeedFigureHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NeedImportNeedFigureHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"needFigureHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"areaCode"},"value":{"kind":"StringValue","value":"52.01","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"IntValue","value":"2024"}},{"kind":"Argument","name":{"kind":"Name","value":"indicator"},"value":{"kind":"EnumValue","value":"HOUSEHOLDS"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<NeedImportNeedFigureHistoryQuery, NeedImportNeedFigureHistoryQueryVariables>;
export const ProgramsOutageFundingSummaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgramsOutageFundingSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fundingSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"IntValue","value":"2025"}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"PROVINCE"}},{"kind":"Argument","name":{"kind":"Name","value":"schemes"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"FLPP"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheme"}},{"kind":"Field","name":{"kind":"Name","value":"units"}},{"kind":"Field","name":{"kind":"Name","value":"amountIdr"}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"national"},"name":{"kind":"Name","value":"fundingSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"IntValue","value":"2025"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheme"}},{"kind":"Field","name":{"kind":"Name","value":"units"}},{"kind":"Field","name":{"kind":"Name","value":"amountIdr"}}]}}]}}]} as unknown as DocumentNode<ProgramsOutageFundingSummaryQuery, ProgramsOutageFundingSummaryQueryVariables>;
export const ProgramsOutageProgramsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgramsOutagePrograms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proposals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"fiscalYear"},"value":{"kind":"IntValue","value":"2026"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<ProgramsOutageProgramsQuery, ProgramsOutageProgramsQueryVariables>;
export const ProgramsRegencyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgramsRegency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"StringValue","value":"32.16","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"funding"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"IntValue","value":"2025"}},{"kind":"Argument","name":{"kind":"Name","value":"schemes"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"FLPP"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheme"}},{"kind":"Field","name":{"kind":"Name","value":"units"}}]}}]}}]}}]} as unknown as DocumentNode<ProgramsRegencyQuery, ProgramsRegencyQueryVariables>;
export const PlannedBspsYearDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlannedBspsYear"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"delivered"},"name":{"kind":"Name","value":"fundingSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"schemes"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"BSPS"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"units"}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"units"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"allocated"},"name":{"kind":"Name","value":"fundingSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"schemes"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"BSPS"}]}},{"kind":"Argument","name":{"kind":"Name","value":"statuses"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"ALLOCATED"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"units"}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"units"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"programs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"units"}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"province"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"StringValue","value":"52","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"funding"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"schemes"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"BSPS"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"units"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coverage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fundedUnits"}}]}}]}}]}}]} as unknown as DocumentNode<PlannedBspsYearQuery, PlannedBspsYearQueryVariables>;
export const NtbFundingOfYearDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NtbFundingOfYear"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"province"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"StringValue","value":"52","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"funding"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"units"}}]}}]}}]}}]} as unknown as DocumentNode<NtbFundingOfYearQuery, NtbFundingOfYearQueryVariables>;
export const Bsps2024PlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Bsps2024Plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"realized"},"name":{"kind":"Name","value":"fundingSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"IntValue","value":"2024"}},{"kind":"Argument","name":{"kind":"Name","value":"schemes"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"BSPS"}]}},{"kind":"Argument","name":{"kind":"Name","value":"statuses"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"REALIZED"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"units"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"plan"},"name":{"kind":"Name","value":"fundingSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"IntValue","value":"2024"}},{"kind":"Argument","name":{"kind":"Name","value":"schemes"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"BSPS"}]}},{"kind":"Argument","name":{"kind":"Name","value":"statuses"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"ALLOCATED"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"units"}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"units"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"regency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"StringValue","value":"52.01","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"funding"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"IntValue","value":"2024"}},{"kind":"Argument","name":{"kind":"Name","value":"schemes"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"BSPS"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"units"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"planned"},"name":{"kind":"Name","value":"funding"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"IntValue","value":"2024"}},{"kind":"Argument","name":{"kind":"Name","value":"schemes"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"BSPS"}]}},{"kind":"Argument","name":{"kind":"Name","value":"statuses"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"ALLOCATED"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"units"}}]}}]}}]}}]} as unknown as DocumentNode<Bsps2024PlanQuery, Bsps2024PlanQueryVariables>;
export const FlppQuota2025Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FlppQuota2025"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fundingSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"IntValue","value":"2025"}},{"kind":"Argument","name":{"kind":"Name","value":"schemes"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"FLPP"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"units"}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"units"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"modeled"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FlppQuota2025Query, FlppQuota2025QueryVariables>;
export const AllFundingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AllFunding"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provinces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"funding"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"schemes"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"BSPS"},{"kind":"EnumValue","value":"FLPP"},{"kind":"EnumValue","value":"CSR"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheme"}},{"kind":"Field","name":{"kind":"Name","value":"units"}},{"kind":"Field","name":{"kind":"Name","value":"amountIdr"}}]}},{"kind":"Field","name":{"kind":"Name","value":"regencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"funding"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"schemes"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"BSPS"},{"kind":"EnumValue","value":"FLPP"},{"kind":"EnumValue","value":"CSR"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheme"}},{"kind":"Field","name":{"kind":"Name","value":"units"}},{"kind":"Field","name":{"kind":"Name","value":"amountIdr"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AllFundingQuery, AllFundingQueryVariables>;
export const ProgramsRegency2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgramsRegency2"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"StringValue","value":"52.01","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"funding"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"IntValue","value":"2025"}},{"kind":"Argument","name":{"kind":"Name","value":"schemes"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"SBUM"},{"kind":"EnumValue","value":"FLPP"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheme"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"units"}},{"kind":"Field","name":{"kind":"Name","value":"amountIdr"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"modeled"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProgramsRegency2Query, ProgramsRegency2QueryVariables>;
export const ProgramsFundingSummaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgramsFundingSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"regencies"},"name":{"kind":"Name","value":"fundingSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"IntValue","value":"2025"}},{"kind":"Argument","name":{"kind":"Name","value":"provinceCode"},"value":{"kind":"StringValue","value":"52","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"REGENCY"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"regency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scheme"}},{"kind":"Field","name":{"kind":"Name","value":"units"}},{"kind":"Field","name":{"kind":"Name","value":"amountIdr"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"province"},"name":{"kind":"Name","value":"fundingSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"IntValue","value":"2025"}},{"kind":"Argument","name":{"kind":"Name","value":"provinceCode"},"value":{"kind":"StringValue","value":"52","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scheme"}},{"kind":"Field","name":{"kind":"Name","value":"units"}},{"kind":"Field","name":{"kind":"Name","value":"amountIdr"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"modeled"}}]}}]}}]}}]} as unknown as DocumentNode<ProgramsFundingSummaryQuery, ProgramsFundingSummaryQueryVariables>;
export const ProgramsFundingSummary2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgramsFundingSummary2"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fundingSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"IntValue","value":"1800"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"units"}}]}}]}}]} as unknown as DocumentNode<ProgramsFundingSummary2Query, ProgramsFundingSummary2QueryVariables>;
export const ProgramsFundingSummary3Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgramsFundingSummary3"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fundingSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"IntValue","value":"2025"}},{"kind":"Argument","name":{"kind":"Name","value":"provinceCode"},"value":{"kind":"StringValue","value":"5x","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"units"}}]}}]}}]} as unknown as DocumentNode<ProgramsFundingSummary3Query, ProgramsFundingSummary3QueryVariables>;
export const ProgramsFundingBreakdownDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgramsFundingBreakdown"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"y2024"},"name":{"kind":"Name","value":"fundingBreakdown"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"IntValue","value":"2024"}},{"kind":"Argument","name":{"kind":"Name","value":"scheme"},"value":{"kind":"EnumValue","value":"FLPP"}},{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"EnumValue","value":"MONTH"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"units"}},{"kind":"Field","name":{"kind":"Name","value":"amountIdr"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"y2025"},"name":{"kind":"Name","value":"fundingBreakdown"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"IntValue","value":"2025"}},{"kind":"Argument","name":{"kind":"Name","value":"scheme"},"value":{"kind":"EnumValue","value":"FLPP"}},{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"EnumValue","value":"MONTH"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"units"}},{"kind":"Field","name":{"kind":"Name","value":"amountIdr"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"jabar"},"name":{"kind":"Name","value":"fundingBreakdown"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"IntValue","value":"2025"}},{"kind":"Argument","name":{"kind":"Name","value":"scheme"},"value":{"kind":"EnumValue","value":"FLPP"}},{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"EnumValue","value":"MONTH"}},{"kind":"Argument","name":{"kind":"Name","value":"provinceCode"},"value":{"kind":"StringValue","value":"32","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"units"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"bekasi"},"name":{"kind":"Name","value":"fundingBreakdown"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"IntValue","value":"2025"}},{"kind":"Argument","name":{"kind":"Name","value":"scheme"},"value":{"kind":"EnumValue","value":"FLPP"}},{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"EnumValue","value":"MONTH"}},{"kind":"Argument","name":{"kind":"Name","value":"regencyCode"},"value":{"kind":"StringValue","value":"32.16","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"units"}}]}},{"kind":"Field","name":{"kind":"Name","value":"programs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"IntValue","value":"2025"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"units"}}]}}]}}]}}]} as unknown as DocumentNode<ProgramsFundingBreakdownQuery, ProgramsFundingBreakdownQueryVariables>;
export const ProgramsFundingBreakdown2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgramsFundingBreakdown2"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"bsps"},"name":{"kind":"Name","value":"fundingBreakdown"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"IntValue","value":"2019"}},{"kind":"Argument","name":{"kind":"Name","value":"scheme"},"value":{"kind":"EnumValue","value":"BSPS"}},{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"EnumValue","value":"CATEGORY"}},{"kind":"Argument","name":{"kind":"Name","value":"statuses"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"ALLOCATED"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"units"}},{"kind":"Field","name":{"kind":"Name","value":"amountIdr"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"banks"},"name":{"kind":"Name","value":"fundingBreakdown"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"IntValue","value":"2025"}},{"kind":"Argument","name":{"kind":"Name","value":"scheme"},"value":{"kind":"EnumValue","value":"FLPP"}},{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"EnumValue","value":"CHANNEL"}},{"kind":"Argument","name":{"kind":"Name","value":"provinceCode"},"value":{"kind":"StringValue","value":"52","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"units"}}]}}]}}]} as unknown as DocumentNode<ProgramsFundingBreakdown2Query, ProgramsFundingBreakdown2QueryVariables>;
export const ProgramsProvinceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgramsProvince"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"province"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"StringValue","value":"52","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coverage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"IntValue","value":"2025"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fundedUnits"}},{"kind":"Field","name":{"kind":"Name","value":"ratio"}},{"kind":"Field","name":{"kind":"Name","value":"need"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"areaCode"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"uninhabitableHomes"}},{"kind":"Field","name":{"kind":"Name","value":"households"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"regency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"StringValue","value":"52.01","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coverage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"IntValue","value":"2025"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fundedUnits"}},{"kind":"Field","name":{"kind":"Name","value":"ratio"}},{"kind":"Field","name":{"kind":"Name","value":"need"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"areaCode"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"uninhabitableHomes"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"latestNeed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"uninhabitableHomes"}}]}}]}}]}}]} as unknown as DocumentNode<ProgramsProvinceQuery, ProgramsProvinceQueryVariables>;
export const ProgramsProgramsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgramsPrograms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"instrument"}},{"kind":"Field","name":{"kind":"Name","value":"managingAgency"}},{"kind":"Field","name":{"kind":"Name","value":"reportsRealization"}},{"kind":"Field","name":{"kind":"Name","value":"unitValues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"amountIdr"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"modeled"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"units"}},{"kind":"Field","name":{"kind":"Name","value":"amountIdr"}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"modeled"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProgramsProgramsQuery, ProgramsProgramsQueryVariables>;
export const ProgramsProvincesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgramsProvinces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provinces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"proposals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fiscalYear"},"value":{"kind":"IntValue","value":"2026"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scheme"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"proposedUnits"}},{"kind":"Field","name":{"kind":"Name","value":"regency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProgramsProvincesQuery, ProgramsProvincesQueryVariables>;
export const PageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Page"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"fiscalYear"},"value":{"kind":"IntValue","value":"2026"}},{"kind":"ObjectField","name":{"kind":"Name","value":"provinceCode"},"value":{"kind":"StringValue","value":"52","block":false}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"4"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"regency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PageQuery, PageQueryVariables>;
export const ProgramsProposalsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgramsProposals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"StringValue","value":"nonsense","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<ProgramsProposalsQuery, ProgramsProposalsQueryVariables>;
export const SubmitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Submit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitProposalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitProposal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scheme"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"proposedUnits"}},{"kind":"Field","name":{"kind":"Name","value":"proposer"}},{"kind":"Field","name":{"kind":"Name","value":"regency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}}]}}]}}]}}]} as unknown as DocumentNode<SubmitMutation, SubmitMutationVariables>;
export const MoveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Move"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProposalStatus"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transitionProposal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}}]}}]}}]}}]} as unknown as DocumentNode<MoveMutation, MoveMutationVariables>;
export const ProgramsProposals2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgramsProposals2"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<ProgramsProposals2Query, ProgramsProposals2QueryVariables>;
export const ProgramsProposalHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgramsProposalHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}}]}}]}}]}}]} as unknown as DocumentNode<ProgramsProposalHistoryQuery, ProgramsProposalHistoryQueryVariables>;
export const RegionsRegenciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegionsRegencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regencies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1000"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<RegionsRegenciesQuery, RegionsRegenciesQueryVariables>;
export const RegionsProvinceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegionsProvince"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"province"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"StringValue","value":"32","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"need"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"IntValue","value":"2023"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"ownershipBacklog"}},{"kind":"Field","name":{"kind":"Name","value":"ownershipBacklogSource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"modeled"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"modeled"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RegionsProvinceQuery, RegionsProvinceQueryVariables>;