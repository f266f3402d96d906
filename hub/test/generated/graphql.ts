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

/** One agenda item, in order */
export type AgendaItemInput = {
  description?: string | null | undefined;
  speakerAgencyId?: string | number | null | undefined;
  speakerName?: string | null | undefined;
  speakerRole?: string | null | undefined;
  title: string;
};

/** A province or a kab/kota */
export type AreaLevel =
  | 'PROVINCE'
  | 'REGENCY';

/** How a meeting was held, or how one participant attended */
export type AttendanceMode =
  /** Daring dan luring */
  | 'HYBRID'
  /** Luring */
  | 'IN_PERSON'
  /** Daring */
  | 'ONLINE';

/** Which audit entries: every condition given must hold */
export type AuditLogFilter = {
  actorId?: string | number | null | undefined;
  /** e.g. `Proposal` */
  entity?: string | null | undefined;
  entityId?: string | number | null | undefined;
  /** At or after this instant */
  from?: string | null | undefined;
  /** Before this instant */
  to?: string | null | undefined;
};

export type ChangeOperation =
  | 'DELETE'
  | 'INSERT'
  | 'UPDATE';

export type CreateApiKeyInput = {
  agencyId: string | number;
  expiresAt?: string | null | undefined;
  label: string;
  /** read, export */
  scopes: Array<string>;
};

/** A dataset of the hub: what `GET /export/<name>.<format>` serves and the changes feed follows */
export type Dataset =
  | 'AREAS'
  | 'FOLLOW_UPS'
  | 'MEETINGS'
  | 'NEED'
  | 'PROPOSALS'
  | 'REALIZATION';

/** A decision, optionally about one kab/kota or one proposal */
export type DecisionInput = {
  /** The id of a proposal of the programs subgraph */
  proposalId?: string | number | null | undefined;
  /** Kemendagri kab/kota code, checked against the reference frame */
  regencyCode?: string | number | null | undefined;
  text: string;
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

/** Where the money comes from (sumber dana) */
export type FinancingSource =
  /** A provincial budget */
  | 'APBD_PROVINCE'
  /** A kab/kota budget */
  | 'APBD_REGENCY'
  /** The national budget (BSPS grants, the FLPP liquidity of BP Tapera) */
  | 'APBN'
  /** Banks (their own lending beside a subsidy) */
  | 'BANK'
  /** Companies' CSR funds */
  | 'CSR'
  /** Developers */
  | 'DEVELOPER';

/** A follow-up action */
export type FollowUpInput = {
  description: string;
  dueDate?: string | null | undefined;
  label?: string | null | undefined;
  ownerId?: string | number | null | undefined;
  /** OPEN unless given */
  status?: FollowUpStatus | null | undefined;
};

/** Where a follow-up action (tindak lanjut) stands */
export type FollowUpStatus =
  | 'CANCELLED'
  | 'DONE'
  | 'IN_PROGRESS'
  | 'OPEN';

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

/** The two parts of the Program 3 Juta Rumah target */
export type HousingSegment =
  /** Perdesaan: 2 million homes a year, mostly renovation */
  | 'RURAL'
  /** Perkotaan: 1 million homes a year, mostly new */
  | 'URBAN';

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

/** The need figure the desk used, as it was at the desk */
export type NeedSnapshotInput = {
  /** Which need figure: UNINHABITABLE_HOMES (RTLH), OWNERSHIP_BACKLOG, ... */
  indicator: string;
  modeled: boolean;
  /** The source code of the figure, as regions names it (need { ...Source { code } }) */
  sourceCode: string;
  sourceName: string;
  /** Null when the kab/kota had no need data */
  value?: number | null | undefined;
  year?: number | null | undefined;
};

/** An agency taking part in a meeting */
export type ParticipantInput = {
  agencyId: string | number;
  mode?: AttendanceMode | null | undefined;
  role?: string | null | undefined;
};

/** A priority indicator checked at the desk */
export type PriorityIndicatorInput = {
  code: string;
  label: string;
  met: boolean;
};

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

/** A recommendation */
export type RecommendationInput = {
  label?: string | null | undefined;
  text: string;
};

/** An agency to record */
export type RecordAgencyInput = {
  /** For a BP3KP: the provinces it works in */
  coveredProvinceCodes?: Array<string | number> | null | undefined;
  kind: AgencyKind;
  name: string;
  parentId?: string | number | null | undefined;
  /** The province it belongs to (implied by regencyCode) */
  provinceCode?: string | number | null | undefined;
  /** The kab/kota it belongs to */
  regencyCode?: string | number | null | undefined;
  shortName?: string | null | undefined;
};

/** The review of one proposal at a desk: who (the meeting), how many units recommended, on which need figure */
export type RecordDeskReviewInput = {
  fiscalYear: number;
  /** The meeting that held the desk */
  meetingId: string | number;
  needUsed: NeedSnapshotInput;
  note?: string | null | undefined;
  priorityIndicators?: Array<PriorityIndicatorInput> | null | undefined;
  /** The proposal of the programs subgraph */
  proposalId: string | number;
  proposedUnits: number;
  recommendation: DeskRecommendation;
  /** At most the units proposed */
  recommendedUnits: number;
  /** The kab/kota of the proposal, checked against the Kemendagri frame */
  regencyCode: string | number;
  /** The scheme code of the proposal, e.g. "BSPS" */
  scheme: string;
};

/** A meeting to record, with everything it holds; written in one transaction or not at all */
export type RecordMeetingInput = {
  agenda?: Array<AgendaItemInput> | null | undefined;
  decisions?: Array<DecisionInput> | null | undefined;
  endsAt?: string | null | undefined;
  followUps?: Array<FollowUpInput> | null | undefined;
  /** A client-chosen UUID makes the write idempotent: recording the same id again returns the meeting already recorded */
  id?: string | number | null | undefined;
  kind: MeetingKind;
  mode: AttendanceMode;
  notes?: Array<string> | null | undefined;
  organizerId: string | number;
  participants?: Array<ParticipantInput> | null | undefined;
  /** Province codes covered, checked against the reference frame */
  provinceCodes?: Array<string | number> | null | undefined;
  recommendations?: Array<RecommendationInput> | null | undefined;
  /** Kab/kota codes covered, checked against the reference frame */
  regencyCodes?: Array<string | number> | null | undefined;
  source?: string | null | undefined;
  startsAt: string;
  /** IANA time zone of the venue; "Asia/Jakarta" (WIB) unless given */
  timeZone?: string | null | undefined;
  title: string;
  venue?: string | null | undefined;
};

/** Kabupaten (regency) or kota (city) */
export type RegencyKind =
  | 'KABUPATEN'
  | 'KOTA';

/** Ascending or descending; missing values always come last */
export type SortDirection =
  | 'ASC'
  | 'DESC';

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

export type AccessSeedMeetingQueryVariables = Exact<{ [key: string]: never; }>;


export type AccessSeedMeetingQuery = { meetings: { nodes: Array<{ id: string, followUps: Array<{ id: string, version: number }> }> } | null };

export type AccessSubmitMutationVariables = Exact<{
  input: SubmitProposalInput;
}>;


export type AccessSubmitMutation = { submitProposal: { id: string, status: ProposalStatus, regency: { code: string } | null } };

export type AccessMoveMutationVariables = Exact<{
  id: string | number;
  to: ProposalStatus;
}>;


export type AccessMoveMutation = { transitionProposal: { id: string, status: ProposalStatus } };

export type AccessOrganizerQueryVariables = Exact<{ [key: string]: never; }>;


export type AccessOrganizerQuery = { agencies: Array<{ id: string }> | null };

export type AccessSubmittedQueryVariables = Exact<{ [key: string]: never; }>;


export type AccessSubmittedQuery = { proposals: { nodes: Array<{ id: string }> } | null };

export type AccessCreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type AccessCreateApiKeyMutation = { createApiKey: { key: string, apiKey: { id: string, label: string, scopes: Array<string>, keyPrefix: string, revokedAt: string | null } } };

export type AccessAgenciesQueryVariables = Exact<{ [key: string]: never; }>;


export type AccessAgenciesQuery = { agencies: Array<{ id: string }> | null };

export type AccessApiKeysQueryVariables = Exact<{ [key: string]: never; }>;


export type AccessApiKeysQuery = { apiKeys: Array<{ id: string, keyPrefix: string, lastUsedAt: string | null }> | null };

export type AccessRevokeApiKeyMutationVariables = Exact<{
  id: string | number;
}>;


export type AccessRevokeApiKeyMutation = { revokeApiKey: { revokedAt: string | null } };

export type AccessApiKeysUsedQueryVariables = Exact<{ [key: string]: never; }>;


export type AccessApiKeysUsedQuery = { apiKeys: Array<{ id: string, lastUsedAt: string | null }> | null };

export type AccessImportNeedMutationVariables = Exact<{
  file: ImportFileInput;
}>;


export type AccessImportNeedMutation = { importNeed: { status: ImportStatus, inserted: number } };

export type AccessImportRealizationMutationVariables = Exact<{
  file: ImportFileInput;
}>;


export type AccessImportRealizationMutation = { importRealization: { status: ImportStatus } };

export type AccessDeskReviewsAnonymouslyQueryVariables = Exact<{ [key: string]: never; }>;


export type AccessDeskReviewsAnonymouslyQuery = { province: { name: string } | null, proposals: { nodes: Array<{ proposedUnits: number, deskReviews: Array<{ recommendedUnits: number }> | null, reviews: Array<{ proposedUnits: number }> | null }> } | null };

export type AccessDeskReviewsAsBp3kpQueryVariables = Exact<{ [key: string]: never; }>;


export type AccessDeskReviewsAsBp3kpQuery = { proposals: { nodes: Array<{ deskReviews: Array<{ recommendedUnits: number }> | null }> } | null };

export type AccessSubmitDraftMutationVariables = Exact<{
  input: SubmitProposalInput;
}>;


export type AccessSubmitDraftMutation = { submitProposal: { id: string, status: ProposalStatus } };

export type AccessDraftsQueryVariables = Exact<{
  id: string | number;
}>;


export type AccessDraftsQuery = { proposals: { totalCount: number, nodes: Array<{ id: string }> } | null, proposal: { id: string } | null, regency: { proposals: Array<{ id: string }> | null } | null };

export type AccessReviewsQueryVariables = Exact<{ [key: string]: never; }>;


export type AccessReviewsQuery = { proposals: { nodes: Array<{ id: string, deskReviews: Array<{ recommendedUnits: number }> | null }> } | null };

export type AccessReviewedFragment = { id: string, deskReviews: Array<{ recommendedUnits: number }> | null };

export type AnalystsOrderingAllRtlhQueryVariables = Exact<{
  year: number;
}>;


export type AnalystsOrderingAllRtlhQuery = { provinces: Array<{ regencies: Array<{ code: string, need: { uninhabitableHomes: number | null } | null }> }> | null };

export type AnalystsOrderingTop10QueryVariables = Exact<{ [key: string]: never; }>;


export type AnalystsOrderingTop10Query = { regencies: { totalCount: number, nodes: Array<{ code: string, name: string, need: { uninhabitableHomes: number | null } | null }> } | null };

export type AnalystsOrderingRtlhPageQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type AnalystsOrderingRtlhPageQuery = { regencies: { nodes: Array<{ code: string }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null };

export type AnalystsOrderingByNameQueryVariables = Exact<{ [key: string]: never; }>;


export type AnalystsOrderingByNameQuery = { regencies: { nodes: Array<{ name: string }> } | null };

export type AnalystsOrderingFirstCursorQueryVariables = Exact<{ [key: string]: never; }>;


export type AnalystsOrderingFirstCursorQuery = { regencies: { pageInfo: { endCursor: string | null } } | null };

export type AnalystsOrderingForeignCursorQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type AnalystsOrderingForeignCursorQuery = { regencies: { nodes: Array<{ code: string }> } | null };

export type AnalystsOrderingProvinceBacklogQueryVariables = Exact<{ [key: string]: never; }>;


export type AnalystsOrderingProvinceBacklogQuery = { provinces: Array<{ code: string, need: { ownershipBacklog: number | null } | null }> | null };

export type AnalystsOrderingTopBacklogProvincesQueryVariables = Exact<{ [key: string]: never; }>;


export type AnalystsOrderingTopBacklogProvincesQuery = { provinces: Array<{ code: string, need: { ownershipBacklog: number | null } | null }> | null };

export type AnalystsOrderingFiltersQueryVariables = Exact<{ [key: string]: never; }>;


export type AnalystsOrderingFiltersQuery = { some: { totalCount: number, nodes: Array<{ code: string, kind: RegencyKind }> } | null, big: { totalCount: number, nodes: Array<{ need: { uninhabitableHomes: number | null } | null }> } | null, without: { totalCount: number } | null, before: { totalCount: number } | null };

export type AnalystsOrderingFlppByProvinceQueryVariables = Exact<{ [key: string]: never; }>;


export type AnalystsOrderingFlppByProvinceQuery = { fundingSummary: Array<{ units: number, amountIdr: string, province: { code: string } | null }> | null };

export type AnalystsOrderingTopFlppProvincesQueryVariables = Exact<{ [key: string]: never; }>;


export type AnalystsOrderingTopFlppProvincesQuery = { fundingSummary: Array<{ units: number, amountIdr: string, province: { code: string } | null }> | null };

export type AnalystsOrderingTopFlppAmountsQueryVariables = Exact<{ [key: string]: never; }>;


export type AnalystsOrderingTopFlppAmountsQuery = { fundingSummary: Array<{ amountIdr: string }> | null };

export type AnalystsOrderingFlppYearsQueryVariables = Exact<{ [key: string]: never; }>;


export type AnalystsOrderingFlppYearsQuery = { fundingSummary: Array<{ year: number, units: number, target: { kind: TargetKind, units: number | null } | null }> | null };

export type AnalystsOrderingNoYearQueryVariables = Exact<{ [key: string]: never; }>;


export type AnalystsOrderingNoYearQuery = { fundingSummary: Array<{ units: number }> | null };

export type AnalystsOrderingProposalsByUnitsQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type AnalystsOrderingProposalsByUnitsQuery = { proposals: { totalCount: number, nodes: Array<{ id: string, proposedUnits: number, status: ProposalStatus, scheme: FundingScheme, regency: { code: string } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null };

export type AnalystsOrderingProposalsByStatusQueryVariables = Exact<{ [key: string]: never; }>;


export type AnalystsOrderingProposalsByStatusQuery = { proposals: { nodes: Array<{ status: ProposalStatus }> } | null };

export type AnalystsOrderingMeetingsByDateQueryVariables = Exact<{
  after?: string | null | undefined;
  direction: SortDirection;
}>;


export type AnalystsOrderingMeetingsByDateQuery = { meetings: { nodes: Array<{ id: string }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null };

export type AnalystsOrderingMeetingsInProvincesQueryVariables = Exact<{ [key: string]: never; }>;


export type AnalystsOrderingMeetingsInProvincesQuery = { meetings: { nodes: Array<{ provinces: Array<{ code: string }> | null, regencies: Array<{ code: string }> | null }> } | null };

export type AnalystsProvenanceSourceFragment = { code: string, name: string, url: string | null, publishedOn: string | null, modeled: boolean };

export type AnalystsProvenanceNeedFragment = { year: number, households: number | null, ownershipBacklog: number | null, habitabilityBacklog: number | null, uninhabitableHomes: number | null, modeled: boolean, source: { code: string, name: string, url: string | null, publishedOn: string | null, modeled: boolean }, householdsSource: { code: string, name: string, url: string | null, publishedOn: string | null, modeled: boolean } | null, ownershipBacklogSource: { code: string, name: string, url: string | null, publishedOn: string | null, modeled: boolean } | null, habitabilityBacklogSource: { code: string, name: string, url: string | null, publishedOn: string | null, modeled: boolean } | null, uninhabitableHomesSource: { code: string, name: string, url: string | null, publishedOn: string | null, modeled: boolean } | null, figures: Array<{ indicator: NeedIndicator, year: number, value: number, source: { code: string, name: string, url: string | null, publishedOn: string | null, modeled: boolean } }> };

export type AnalystsProvenanceNeedsQueryVariables = Exact<{ [key: string]: never; }>;


export type AnalystsProvenanceNeedsQuery = { provinces: Array<{ code: string, need: { year: number, households: number | null, ownershipBacklog: number | null, habitabilityBacklog: number | null, uninhabitableHomes: number | null, modeled: boolean, source: { code: string, name: string, url: string | null, publishedOn: string | null, modeled: boolean }, householdsSource: { code: string, name: string, url: string | null, publishedOn: string | null, modeled: boolean } | null, ownershipBacklogSource: { code: string, name: string, url: string | null, publishedOn: string | null, modeled: boolean } | null, habitabilityBacklogSource: { code: string, name: string, url: string | null, publishedOn: string | null, modeled: boolean } | null, uninhabitableHomesSource: { code: string, name: string, url: string | null, publishedOn: string | null, modeled: boolean } | null, figures: Array<{ indicator: NeedIndicator, year: number, value: number, source: { code: string, name: string, url: string | null, publishedOn: string | null, modeled: boolean } }> } | null, regencies: Array<{ code: string, need: { year: number, households: number | null, ownershipBacklog: number | null, habitabilityBacklog: number | null, uninhabitableHomes: number | null, modeled: boolean, source: { code: string, name: string, url: string | null, publishedOn: string | null, modeled: boolean }, householdsSource: { code: string, name: string, url: string | null, publishedOn: string | null, modeled: boolean } | null, ownershipBacklogSource: { code: string, name: string, url: string | null, publishedOn: string | null, modeled: boolean } | null, habitabilityBacklogSource: { code: string, name: string, url: string | null, publishedOn: string | null, modeled: boolean } | null, uninhabitableHomesSource: { code: string, name: string, url: string | null, publishedOn: string | null, modeled: boolean } | null, figures: Array<{ indicator: NeedIndicator, year: number, value: number, source: { code: string, name: string, url: string | null, publishedOn: string | null, modeled: boolean } }> } | null }> }> | null };

export type AnalystsProvenanceCoverageQueryVariables = Exact<{ [key: string]: never; }>;


export type AnalystsProvenanceCoverageQuery = { regency: { coverage: { fundedUnits: number, modeled: boolean } | null } | null, fundingBreakdown: Array<{ month: number | null, units: number, modeled: boolean }> | null };

export type AnalystsProvenanceProposalsQueryVariables = Exact<{ [key: string]: never; }>;


export type AnalystsProvenanceProposalsQuery = { proposals: { totalCount: number, nodes: Array<{ source: { code: string, name: string, modeled: boolean } | null }> } | null };

export type AnalystsProvenanceTargetsQueryVariables = Exact<{ [key: string]: never; }>;


export type AnalystsProvenanceTargetsQuery = { programs: Array<{ code: FundingScheme, targets: Array<{ kind: TargetKind, source: { url: string | null, publishedOn: string | null, modeled: boolean } }> }> | null };

export type AnalystsQuestionsSubmitMutationVariables = Exact<{
  input: SubmitProposalInput;
}>;


export type AnalystsQuestionsSubmitMutation = { submitProposal: { id: string } };

export type AnalystsQuestionsNtbCoverageQueryVariables = Exact<{ [key: string]: never; }>;


export type AnalystsQuestionsNtbCoverageQuery = { province: { regencies: Array<{ code: string, coverage: { ratio: number | null } | null }> } | null };

export type AnalystsQuestionsFlppAndBacklogQueryVariables = Exact<{ [key: string]: never; }>;


export type AnalystsQuestionsFlppAndBacklogQuery = { fundingSummary: Array<{ units: number, province: { code: string } | null }> | null, provinces: Array<{ code: string, need: { ownershipBacklog: number | null } | null }> | null };

export type AnalystsQuestionsLatestRtlhQueryVariables = Exact<{ [key: string]: never; }>;


export type AnalystsQuestionsLatestRtlhQuery = { provinces: Array<{ regencies: Array<{ code: string, latestNeed: { uninhabitableHomes: number | null } | null }> }> | null };

export type AnalystsQuestionsProposals2026QueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type AnalystsQuestionsProposals2026Query = { proposals: { nodes: Array<{ id: string, proposedUnits: number, regency: { code: string } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null };

export type AnalystsQuestionsRakorAttendeesQueryVariables = Exact<{ [key: string]: never; }>;


export type AnalystsQuestionsRakorAttendeesQuery = { meetings: { nodes: Array<{ regencies: Array<{ code: string, proposals: Array<{ status: ProposalStatus }> | null }> | null }> } | null };

export type AnalystsSearchAreasQueryVariables = Exact<{
  text: string;
  first?: number | null | undefined;
}>;


export type AnalystsSearchAreasQuery = { searchAreas: Array<{ level: AreaLevel, code: string, name: string, kind: RegencyKind | null, score: number, province: { code: string } | null, regency: { code: string, name: string } | null }> };

export type AnalystsSeriesFlppMonthlyQueryVariables = Exact<{ [key: string]: never; }>;


export type AnalystsSeriesFlppMonthlyQuery = { national: Array<{ year: number, month: number | null, units: number, amountIdr: string, modeled: boolean, source: { code: string } | null, target: { kind: TargetKind, units: number | null } | null }>, jabar: Array<{ year: number, month: number | null, units: number, target: { kind: TargetKind, units: number | null } | null }> };

export type AnalystsSeriesBspsByCategoryQueryVariables = Exact<{ [key: string]: never; }>;


export type AnalystsSeriesBspsByCategoryQuery = { fundingSeries: Array<{ year: number, category: UnitCategory | null, units: number, amountIdr: string, target: { kind: TargetKind, units: number | null } | null }> };

export type AnalystsSeriesReversedQueryVariables = Exact<{ [key: string]: never; }>;


export type AnalystsSeriesReversedQuery = { fundingSeries: Array<{ units: number }> };

export type AnalystsSeriesNeedQueryVariables = Exact<{ [key: string]: never; }>;


export type AnalystsSeriesNeedQuery = { province: { needSeries: Array<{ year: number, indicator: NeedIndicator, value: number, source: { modeled: boolean } }> } | null, regency: { needSeries: Array<{ year: number, indicator: NeedIndicator, value: number }> } | null };

export type AuditPageQueryVariables = Exact<{
  filter?: AuditLogFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AuditPageQuery = { auditLog: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, at: string, service: string, actorId: string, actorKind: string, actorRoles: Array<string>, agencyId: string | null, operation: string, entity: string, entityId: string, before: unknown, after: unknown } }> } | null };

export type AuditSubmitMutationVariables = Exact<{
  input: SubmitProposalInput;
}>;


export type AuditSubmitMutation = { submitProposal: { id: string, status: ProposalStatus } };

export type AuditVerifyMutationVariables = Exact<{
  id: string | number;
}>;


export type AuditVerifyMutation = { transitionProposal: { status: ProposalStatus } };

export type AuditNtbMeetingQueryVariables = Exact<{ [key: string]: never; }>;


export type AuditNtbMeetingQuery = { meetings: { nodes: Array<{ id: string }> } | null };

export type AuditAddFollowUpMutationVariables = Exact<{
  id: string | number;
}>;


export type AuditAddFollowUpMutation = { addFollowUps: { followUps: Array<{ id: string, version: number, status: FollowUpStatus }> } };

export type AuditFollowUpDoneMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type AuditFollowUpDoneMutation = { updateFollowUpStatus: { status: FollowUpStatus, statusHistory: Array<{ fromStatus: FollowUpStatus | null, toStatus: FollowUpStatus, actor: string | null }> } };

export type AuditAddDecisionMutationVariables = Exact<{
  id: string | number;
}>;


export type AuditAddDecisionMutation = { addDecisions: { updatedBy: string | null, decisions: Array<{ text: string, createdBy: string | null }> } };

export type AuditImportNeedMutationVariables = Exact<{
  file: ImportFileInput;
}>;


export type AuditImportNeedMutation = { importNeed: { status: ImportStatus, batchId: string | null, importedBy: string | null } };

export type AuditApprovedProposalQueryVariables = Exact<{ [key: string]: never; }>;


export type AuditApprovedProposalQuery = { proposals: { nodes: Array<{ id: string }> } | null };

export type AuditRejectMutationVariables = Exact<{
  id: string | number;
}>;


export type AuditRejectMutation = { transitionProposal: { status: ProposalStatus } };

export type AuditFirstFollowUpQueryVariables = Exact<{ [key: string]: never; }>;


export type AuditFirstFollowUpQuery = { meetings: { nodes: Array<{ followUps: Array<{ id: string, version: number }> }> } | null };

export type AuditStaleFollowUpMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type AuditStaleFollowUpMutation = { updateFollowUpStatus: { status: FollowUpStatus } };

export type AuditRejectedImportMutationVariables = Exact<{
  file: ImportFileInput;
}>;


export type AuditRejectedImportMutation = { importNeed: { status: ImportStatus } };

export type AuditCountQueryVariables = Exact<{ [key: string]: never; }>;


export type AuditCountQuery = { auditLog: { totalCount: number } | null };

export type ChangesImportNeedMutationVariables = Exact<{
  file: ImportFileInput;
}>;


export type ChangesImportNeedMutation = { importNeed: { status: ImportStatus, inserted: number, replaced: number } };

export type ChangesStep1QueryVariables = Exact<{ [key: string]: never; }>;


export type ChangesStep1Query = { agencies: Array<{ id: string }> | null };

export type ChangesKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type ChangesKeyMutation = { createApiKey: { key: string } };

export type CrashSubmitMutationVariables = Exact<{
  input: SubmitProposalInput;
}>;


export type CrashSubmitMutation = { submitProposal: { id: string } };

export type CrashImportMutationVariables = Exact<{
  file: ImportFileInput;
}>;


export type CrashImportMutation = { importRealization: { status: ImportStatus, rows: number } };

export type CrashProposalPageQueryVariables = Exact<{
  fiscalYear: number;
  after?: string | null | undefined;
}>;


export type CrashProposalPageQuery = { proposals: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string }> } | null };

export type CrashImportedUnitsQueryVariables = Exact<{
  year: number;
}>;


export type CrashImportedUnitsQuery = { fundingSummary: Array<{ units: number }> | null };

export type CrashFrameQueryVariables = Exact<{ [key: string]: never; }>;


export type CrashFrameQuery = { provinces: Array<{ regencies: Array<{ code: string }> }> | null };

export type DeskReviewsOf2025QueryVariables = Exact<{ [key: string]: never; }>;


export type DeskReviewsOf2025Query = { meetings: { nodes: Array<{ id: string, startsAt: string, deskReviews: Array<{ recommendation: DeskRecommendation, recommendedUnits: number, regency: { code: string } | null, proposal: { id: string, status: ProposalStatus, funded: { units: number, amountIdr: string, modeled: boolean } } | null }> | null }> } | null };

export type DeskReviewRecordMutationVariables = Exact<{
  input: RecordDeskReviewInput;
}>;


export type DeskReviewRecordMutation = { recordDeskReview: { id: string, recommendedUnits: number, proposedUnits: number, recommendation: DeskRecommendation, needUsed: { indicator: string, value: number | null, year: number | null, sourceCode: string, modeled: boolean }, meeting: { id: string }, proposal: { id: string } | null } };

export type DeskReviewAuditQueryVariables = Exact<{
  id?: string | number | null | undefined;
}>;


export type DeskReviewAuditQuery = { auditLog: { edges: Array<{ node: { operation: string, actorId: string, before: unknown, after: unknown } }> } | null };

export type PendataanNttAndAwardsQueryVariables = Exact<{ [key: string]: never; }>;


export type PendataanNttAndAwardsQuery = { province: { regencies: Array<{ code: string, name: string, pendataan: Array<{ targetHouseholds: number, surveyed: number, verified: number, asOf: string, source: { modeled: boolean } }> }> } | null, meetings: { nodes: Array<{ title: string, awards: Array<{ category: string, rank: number | null, modeled: boolean, note: string | null, regency: { code: string, name: string, pendataan: Array<{ verified: number, targetHouseholds: number }> } | null }> }> } | null };

export type ExportClientAgenciesQueryVariables = Exact<{ [key: string]: never; }>;


export type ExportClientAgenciesQuery = { agencies: Array<{ id: string, name: string }> | null };

export type ExportClientKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type ExportClientKeyMutation = { createApiKey: { key: string } };

export type Question8QueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type Question8Query = { regencies: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ code: string, bpsCode: string | null, name: string, needSeries: Array<{ indicator: NeedIndicator, year: number, value: number, definition: string | null, source: { code: string, name: string, modeled: boolean } }> }> } | null };

export type FundingSourcesNtbBspsQueryVariables = Exact<{ [key: string]: never; }>;


export type FundingSourcesNtbBspsQuery = { province: { total: Array<{ units: number, amountIdr: string, financingSource: FinancingSource | null }> | null, split: Array<{ scheme: FundingScheme, financingSource: FinancingSource | null, units: number, amountIdr: string }> | null, apbd: Array<{ units: number, amountIdr: string }> | null } | null, summary: Array<{ scheme: FundingScheme, financingSource: FinancingSource | null, units: number, amountIdr: string, province: { code: string } | null }> | null, apbn: Array<{ financingSource: FinancingSource | null, units: number, amountIdr: string }> | null, breakdown: Array<{ financingSource: FinancingSource | null, units: number, amountIdr: string }> | null };

export type FundingSourcesRegencyAndNationQueryVariables = Exact<{ [key: string]: never; }>;


export type FundingSourcesRegencyAndNationQuery = { regency: { total: Array<{ units: number, amountIdr: string }> | null, split: Array<{ financingSource: FinancingSource | null, units: number, amountIdr: string }> | null } | null, nation: Array<{ scheme: FundingScheme, year: number, units: number, amountIdr: string }> | null, nationBySource: Array<{ scheme: FundingScheme, year: number, financingSource: FinancingSource | null, units: number, amountIdr: string }> | null };

export type GraphFeedKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type GraphFeedKeyMutation = { createApiKey: { key: string } };

export type GraphFeedAgenciesQueryVariables = Exact<{ [key: string]: never; }>;


export type GraphFeedAgenciesQuery = { agencies: Array<{ id: string }> | null };

export type GraphFeedChangesQueryVariables = Exact<{
  since?: string | null | undefined;
  datasets?: Array<Dataset> | Dataset | null | undefined;
  first?: number | null | undefined;
}>;


export type GraphFeedChangesQuery = { changes: { cursor: string, hasMore: boolean, changes: Array<{ position: string, dataset: Dataset, operation: ChangeOperation, key: string, old: unknown, new: unknown, changedAt: string }> } | null };

export type GraphFeedDatasetsQueryVariables = Exact<{ [key: string]: never; }>;


export type GraphFeedDatasetsQuery = { datasets: Array<{ name: string, dataset: Dataset, title: string, description: string, publisher: string, licence: string, keywords: Array<string>, updateFrequency: string, firstYear: number | null, lastYear: number | null, spatial: string, filters: Array<string>, distributions: Array<{ format: string, mediaType: string, url: string }>, columns: Array<{ name: string, description: string }>, sources: Array<{ code: string, name: string, publisher: string | null, publishedOn: string | null, undatedReason: string | null, url: string | null, modeled: boolean }> }> | null };

export type GraphFeedSejutaRumahSourcesQueryVariables = Exact<{ [key: string]: never; }>;


export type GraphFeedSejutaRumahSourcesQuery = { programSejutaRumah: Array<{ year: number, source: { code: string, publishedOn: string | null, undatedReason: string | null, url: string | null } }> | null };

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

export type ImportsProposalFundedQueryVariables = Exact<{
  id: string | number;
}>;


export type ImportsProposalFundedQuery = { proposal: { id: string, scheme: FundingScheme, regency: { code: string } | null, funded: { units: number, amountIdr: string } } | null };

export type ImportsBreakdownBySourceQueryVariables = Exact<{ [key: string]: never; }>;


export type ImportsBreakdownBySourceQuery = { fundingBreakdown: Array<{ financingSource: FinancingSource | null, units: number, amountIdr: string, modeled: boolean }> | null };

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

export type ProgramsFundingSummarySourcesQueryVariables = Exact<{ [key: string]: never; }>;


export type ProgramsFundingSummarySourcesQuery = { plain: Array<{ scheme: FundingScheme, units: number, amountIdr: string, source: 'FundingSummaryRow', regency: { code: string } | null }> | null, sourced: Array<{ scheme: FundingScheme, units: number, amountIdr: string, source: { code: string, modeled: boolean } | null, regency: { code: string } | null }> | null };

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

export type ReferenceBspsDetailsQueryVariables = Exact<{ [key: string]: never; }>;


export type ReferenceBspsDetailsQuery = { programs: Array<{ code: FundingScheme, unitValues: Array<{ year: number, category: UnitCategory | null, amountIdr: string, materialsIdr: string | null, wagesIdr: string | null, source: { modeled: boolean, url: string | null } }>, targets: Array<{ year: number, kind: TargetKind, units: number | null, amountIdr: string | null, budgetAbsorbedPercent: string | null, budgetAbsorbedOn: string | null, province: { code: string } | null, source: { modeled: boolean, url: string | null } }> }> | null };

export type ReferenceBspsByCategoryQueryVariables = Exact<{
  year: number;
}>;


export type ReferenceBspsByCategoryQuery = { fundingBreakdown: Array<{ category: UnitCategory | null, units: number }> | null };

export type ReferenceNationQueryVariables = Exact<{ [key: string]: never; }>;


export type ReferenceNationQuery = { nation: { indicators: Array<{ year: number, period: string | null, value: string, indicator: { code: string, unit: string }, source: { url: string | null, modeled: boolean } }>, need: { ownershipBacklog: number | null, habitabilityBacklog: number | null } | null } | null };

export type ReferenceRegionalQueryVariables = Exact<{ [key: string]: never; }>;


export type ReferenceRegionalQuery = { provinces: Array<{ code: string, indicators: Array<{ year: number, period: string | null, value: string, indicator: { code: string, unit: string }, source: { url: string | null } }>, regencies: Array<{ code: string, indicators: Array<{ year: number, period: string | null, value: string, indicator: { code: string, unit: string }, source: { url: string | null } }> }> }> | null };

export type ReferenceFlppYearQueryVariables = Exact<{
  year: number;
}>;


export type ReferenceFlppYearQuery = { fundingSummary: Array<{ units: number, amountIdr: string, target: { kind: TargetKind, units: number | null } | null }> | null };

export type ReferenceTargetsQueryVariables = Exact<{ [key: string]: never; }>;


export type ReferenceTargetsQuery = { programs: Array<{ code: FundingScheme, targets: Array<{ year: number, kind: TargetKind, units: number | null, amountIdr: string | null, province: { code: string } | null }> }> | null };

export type ReferenceBspsYearQueryVariables = Exact<{
  year: number;
}>;


export type ReferenceBspsYearQuery = { fundingSummary: Array<{ units: number }> | null };

export type ReferenceSejutaRumahQueryVariables = Exact<{ [key: string]: never; }>;


export type ReferenceSejutaRumahQuery = { programSejutaRumah: Array<{ year: number, unitsTotal: number, unitsMbr: number | null, unitsNonMbr: number | null, unitsCsr: number | null, note: string | null, source: { url: string | null, modeled: boolean } }> | null };

export type ReferenceProgram3JutaRumahQueryVariables = Exact<{ [key: string]: never; }>;


export type ReferenceProgram3JutaRumahQuery = { program3JutaRumah: { target: { units: number, ruralUnits: number, urbanUnits: number } | null, segmentRules: Array<{ scheme: FundingScheme, segment: HousingSegment, reason: string }>, national: { units: number, targetUnits: number | null, segments: Array<{ segment: HousingSegment, units: number, targetUnits: number | null, schemes: Array<{ scheme: FundingScheme, units: number }> }> }, ntb: { provinceCodes: Array<string> | null, units: number, segments: Array<{ segment: HousingSegment, units: number, schemes: Array<{ scheme: FundingScheme, units: number }> }> }, provinces: Array<{ provinceCodes: Array<string> | null, units: number }> } | null, flpp: Array<{ scheme: FundingScheme, units: number }> | null, ntbFunding: Array<{ scheme: FundingScheme, units: number }> | null };

export type ReferenceWorkAreasQueryVariables = Exact<{ [key: string]: never; }>;


export type ReferenceWorkAreasQuery = { agencies: Array<{ shortName: string | null, coveredProvinces: Array<{ code: string }> | null, threeMillionHomes: { provinceCodes: Array<string> | null, units: number, segments: Array<{ segment: HousingSegment, units: number }> } | null }> | null, program3JutaRumah: { ntt: { units: number, segments: Array<{ segment: HousingSegment, units: number }> } } | null };

export type RegionsRegenciesQueryVariables = Exact<{ [key: string]: never; }>;


export type RegionsRegenciesQuery = { regencies: { totalCount: number } | null };

export type RegionsProvinceQueryVariables = Exact<{ [key: string]: never; }>;


export type RegionsProvinceQuery = { province: { need: { year: number, ownershipBacklog: number | null, ownershipBacklogSource: { modeled: boolean, url: string | null } | null, source: { code: string, modeled: boolean } } | null } | null };

export type ResponseCacheDeskReviewsQueryVariables = Exact<{ [key: string]: never; }>;


export type ResponseCacheDeskReviewsQuery = { meetings: { nodes: Array<{ id: string, title: string, deskReviews: Array<{ id: string }> | null }> } | null };

export type ResponseCacheRegencyQueryVariables = Exact<{ [key: string]: never; }>;


export type ResponseCacheRegencyQuery = { regency: { name: string } | null };

export type ResponseCacheOverdueQueryVariables = Exact<{ [key: string]: never; }>;


export type ResponseCacheOverdueQuery = { overdueFollowUps: Array<{ id: string }> | null };

export type ResponseCacheKeyIdsQueryVariables = Exact<{ [key: string]: never; }>;


export type ResponseCacheKeyIdsQuery = { apiKeys: Array<{ id: string }> | null };

export type ResponseCacheMeetingQueryVariables = Exact<{ [key: string]: never; }>;


export type ResponseCacheMeetingQuery = { meetings: { nodes: Array<{ id: string, followUps: Array<{ id: string, version: number }> }> } | null };

export type ResponseCacheOrganizerQueryVariables = Exact<{ [key: string]: never; }>;


export type ResponseCacheOrganizerQuery = { agencies: Array<{ id: string }> | null };

export type ResponseCacheSubmittedQueryVariables = Exact<{ [key: string]: never; }>;


export type ResponseCacheSubmittedQuery = { proposals: { nodes: Array<{ id: string }> } | null };

export type ResponseCacheMeetingReadQueryVariables = Exact<{
  id: string | number;
}>;


export type ResponseCacheMeetingReadQuery = { meeting: { followUps: Array<{ id: string, description: string, status: FollowUpStatus, version: number }>, decisions: Array<{ text: string }> } | null };

export type ResponseCacheApiKeysQueryVariables = Exact<{ [key: string]: never; }>;


export type ResponseCacheApiKeysQuery = { apiKeys: Array<{ id: string, label: string, revokedAt: string | null }> | null };

export type ResponseCacheProposalsIn2027QueryVariables = Exact<{
  regencyCode: string | number;
}>;


export type ResponseCacheProposalsIn2027Query = { proposals: { totalCount: number } | null };

export type ResponseCacheRecordAgencyMutationVariables = Exact<{
  input: RecordAgencyInput;
}>;


export type ResponseCacheRecordAgencyMutation = { recordAgency: { id: string } };

export type ResponseCacheAgenciesQueryVariables = Exact<{ [key: string]: never; }>;


export type ResponseCacheAgenciesQuery = { agencies: Array<{ name: string }> | null };

export type ResponseCacheCreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type ResponseCacheCreateApiKeyMutation = { createApiKey: { apiKey: { id: string } } };

export type ResponseCacheRevokeApiKeyMutationVariables = Exact<{
  id: string | number;
}>;


export type ResponseCacheRevokeApiKeyMutation = { revokeApiKey: { id: string } };

export type ResponseCacheAddFollowUpsMutationVariables = Exact<{
  id: string | number;
}>;


export type ResponseCacheAddFollowUpsMutation = { addFollowUps: { id: string } };

export type ResponseCacheUpdateFollowUpMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type ResponseCacheUpdateFollowUpMutation = { updateFollowUpStatus: { id: string } };

export type ResponseCacheRecordMeetingMutationVariables = Exact<{
  input: RecordMeetingInput;
}>;


export type ResponseCacheRecordMeetingMutation = { recordMeeting: { id: string } };

export type ResponseCacheMeetingCountQueryVariables = Exact<{ [key: string]: never; }>;


export type ResponseCacheMeetingCountQuery = { meetings: { totalCount: number } | null };

export type ResponseCacheAddDecisionsMutationVariables = Exact<{
  id: string | number;
}>;


export type ResponseCacheAddDecisionsMutation = { addDecisions: { id: string } };

export type ResponseCacheImportRealizationMutationVariables = Exact<{
  file: ImportFileInput;
}>;


export type ResponseCacheImportRealizationMutation = { importRealization: { status: ImportStatus } };

export type ResponseCacheFlppQueryVariables = Exact<{ [key: string]: never; }>;


export type ResponseCacheFlppQuery = { regency: { funding: Array<{ units: number }> | null } | null };

export type ResponseCacheImportProposalsMutationVariables = Exact<{
  file: ImportFileInput;
}>;


export type ResponseCacheImportProposalsMutation = { importProposals: { status: ImportStatus } };

export type ResponseCacheSubmitProposalMutationVariables = Exact<{
  input: SubmitProposalInput;
}>;


export type ResponseCacheSubmitProposalMutation = { submitProposal: { id: string } };

export type ResponseCacheTransitionProposalMutationVariables = Exact<{
  id: string | number;
}>;


export type ResponseCacheTransitionProposalMutation = { transitionProposal: { id: string } };

export type ResponseCacheProposalStatusQueryVariables = Exact<{
  id: string | number;
}>;


export type ResponseCacheProposalStatusQuery = { proposal: { status: ProposalStatus } | null };

export type ResponseCacheRecordDeskReviewMutationVariables = Exact<{
  input: RecordDeskReviewInput;
}>;


export type ResponseCacheRecordDeskReviewMutation = { recordDeskReview: { id: string } };

export type ResponseCacheDeskReviewUnitsQueryVariables = Exact<{
  id: string | number;
}>;


export type ResponseCacheDeskReviewUnitsQuery = { meeting: { deskReviews: Array<{ recommendedUnits: number }> | null } | null };

export type ResponseCacheImportNeedMutationVariables = Exact<{
  file: ImportFileInput;
}>;


export type ResponseCacheImportNeedMutation = { importNeed: { status: ImportStatus } };

export type ResponseCacheHouseholdsQueryVariables = Exact<{ [key: string]: never; }>;


export type ResponseCacheHouseholdsQuery = { regency: { need: { households: number | null } | null } | null };

export type ResponseCacheLombokQueryVariables = Exact<{ [key: string]: never; }>;


export type ResponseCacheLombokQuery = { regency: { name: string } | null };

export type ResponseCacheLombokTimurQueryVariables = Exact<{ [key: string]: never; }>;


export type ResponseCacheLombokTimurQuery = { regency: { name: string } | null };

export type ResponseCacheBantenMeetingsQueryVariables = Exact<{ [key: string]: never; }>;


export type ResponseCacheBantenMeetingsQuery = { meetings: { nodes: Array<{ id: string, title: string }> } | null };

export type SubgraphOutageAcrossQueryVariables = Exact<{ [key: string]: never; }>;


export type SubgraphOutageAcrossQuery = { regency: { name: string } | null, fundingSummary: Array<{ units: number }> | null, meetings: { totalCount: number } | null };

export const AccessReviewedFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccessReviewed"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Proposal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"deskReviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recommendedUnits"}}]}}]}}]} as unknown as DocumentNode<AccessReviewedFragment, unknown>;
export const AnalystsProvenanceSourceFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnalystsProvenanceSource"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataSource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"modeled"}}]}}]} as unknown as DocumentNode<AnalystsProvenanceSourceFragment, unknown>;
export const AnalystsProvenanceNeedFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnalystsProvenanceNeed"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HousingNeed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"households"}},{"kind":"Field","name":{"kind":"Name","value":"ownershipBacklog"}},{"kind":"Field","name":{"kind":"Name","value":"habitabilityBacklog"}},{"kind":"Field","name":{"kind":"Name","value":"uninhabitableHomes"}},{"kind":"Field","name":{"kind":"Name","value":"modeled"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AnalystsProvenanceSource"}}]}},{"kind":"Field","name":{"kind":"Name","value":"householdsSource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AnalystsProvenanceSource"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownershipBacklogSource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AnalystsProvenanceSource"}}]}},{"kind":"Field","name":{"kind":"Name","value":"habitabilityBacklogSource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AnalystsProvenanceSource"}}]}},{"kind":"Field","name":{"kind":"Name","value":"uninhabitableHomesSource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AnalystsProvenanceSource"}}]}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AnalystsProvenanceSource"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnalystsProvenanceSource"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataSource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"modeled"}}]}}]} as unknown as DocumentNode<AnalystsProvenanceNeedFragment, unknown>;
export const ImportReportFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImportReport"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataset"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"sourceCode"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"inserted"}},{"kind":"Field","name":{"kind":"Name","value":"replaced"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"errorCount"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<ImportReportFragment, unknown>;
export const AccessSeedMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessSeedMeeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"provinceCode"},"value":{"kind":"StringValue","value":"36","block":false}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"followUps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AccessSeedMeetingQuery, AccessSeedMeetingQueryVariables>;
export const AccessSubmitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccessSubmit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitProposalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitProposal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"regency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AccessSubmitMutation, AccessSubmitMutationVariables>;
export const AccessMoveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccessMove"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProposalStatus"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transitionProposal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<AccessMoveMutation, AccessMoveMutationVariables>;
export const AccessOrganizerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessOrganizer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"regencyCode"},"value":{"kind":"StringValue","value":"52.71","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AccessOrganizerQuery, AccessOrganizerQueryVariables>;
export const AccessSubmittedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessSubmitted"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"SUBMITTED"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<AccessSubmittedQuery, AccessSubmittedQueryVariables>;
export const AccessCreateApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccessCreateApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"keyPrefix"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]}}]} as unknown as DocumentNode<AccessCreateApiKeyMutation, AccessCreateApiKeyMutationVariables>;
export const AccessAgenciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessAgencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AccessAgenciesQuery, AccessAgenciesQueryVariables>;
export const AccessApiKeysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessApiKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"keyPrefix"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}}]}}]}}]} as unknown as DocumentNode<AccessApiKeysQuery, AccessApiKeysQueryVariables>;
export const AccessRevokeApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccessRevokeApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]} as unknown as DocumentNode<AccessRevokeApiKeyMutation, AccessRevokeApiKeyMutationVariables>;
export const AccessApiKeysUsedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessApiKeysUsed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}}]}}]}}]} as unknown as DocumentNode<AccessApiKeysUsedQuery, AccessApiKeysUsedQueryVariables>;
export const AccessImportNeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccessImportNeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"file"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportFileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importNeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"file"},"value":{"kind":"Variable","name":{"kind":"Name","value":"file"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"inserted"}}]}}]}}]} as unknown as DocumentNode<AccessImportNeedMutation, AccessImportNeedMutationVariables>;
export const AccessImportRealizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccessImportRealization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"file"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportFileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importRealization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"file"},"value":{"kind":"Variable","name":{"kind":"Name","value":"file"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<AccessImportRealizationMutation, AccessImportRealizationMutationVariables>;
export const AccessDeskReviewsAnonymouslyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessDeskReviewsAnonymously"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"province"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"StringValue","value":"52","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proposals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"provinceCode"},"value":{"kind":"StringValue","value":"52","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"fiscalYear"},"value":{"kind":"IntValue","value":"2026"}},{"kind":"ObjectField","name":{"kind":"Name","value":"scheme"},"value":{"kind":"EnumValue","value":"BSPS"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposedUnits"}},{"kind":"Field","name":{"kind":"Name","value":"deskReviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recommendedUnits"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"reviews"},"name":{"kind":"Name","value":"deskReviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposedUnits"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AccessDeskReviewsAnonymouslyQuery, AccessDeskReviewsAnonymouslyQueryVariables>;
export const AccessDeskReviewsAsBp3kpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessDeskReviewsAsBp3kp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"provinceCode"},"value":{"kind":"StringValue","value":"52","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"fiscalYear"},"value":{"kind":"IntValue","value":"2026"}},{"kind":"ObjectField","name":{"kind":"Name","value":"scheme"},"value":{"kind":"EnumValue","value":"BSPS"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deskReviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recommendedUnits"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AccessDeskReviewsAsBp3kpQuery, AccessDeskReviewsAsBp3kpQueryVariables>;
export const AccessSubmitDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccessSubmitDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitProposalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitProposal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<AccessSubmitDraftMutation, AccessSubmitDraftMutationVariables>;
export const AccessDraftsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessDrafts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"regencyCode"},"value":{"kind":"StringValue","value":"52.71","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"fiscalYear"},"value":{"kind":"IntValue","value":"2028"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"proposal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"regency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"StringValue","value":"52.71","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fiscalYear"},"value":{"kind":"IntValue","value":"2028"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<AccessDraftsQuery, AccessDraftsQueryVariables>;
export const AccessReviewsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessReviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"provinceCode"},"value":{"kind":"StringValue","value":"52","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"fiscalYear"},"value":{"kind":"IntValue","value":"2026"}},{"kind":"ObjectField","name":{"kind":"Name","value":"scheme"},"value":{"kind":"EnumValue","value":"BSPS"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"2"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccessReviewed"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccessReviewed"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Proposal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"deskReviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recommendedUnits"}}]}}]}}]} as unknown as DocumentNode<AccessReviewsQuery, AccessReviewsQueryVariables>;
export const AnalystsOrderingAllRtlhDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnalystsOrderingAllRtlh"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provinces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"need"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uninhabitableHomes"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AnalystsOrderingAllRtlhQuery, AnalystsOrderingAllRtlhQueryVariables>;
export const AnalystsOrderingTop10Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnalystsOrderingTop10"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regencies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"UNINHABITABLE_HOMES"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}},{"kind":"ObjectField","name":{"kind":"Name","value":"year"},"value":{"kind":"IntValue","value":"2023"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"need"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"IntValue","value":"2023"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uninhabitableHomes"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AnalystsOrderingTop10Query, AnalystsOrderingTop10QueryVariables>;
export const AnalystsOrderingRtlhPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnalystsOrderingRtlhPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regencies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"UNINHABITABLE_HOMES"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}},{"kind":"ObjectField","name":{"kind":"Name","value":"year"},"value":{"kind":"IntValue","value":"2023"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<AnalystsOrderingRtlhPageQuery, AnalystsOrderingRtlhPageQueryVariables>;
export const AnalystsOrderingByNameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnalystsOrderingByName"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regencies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"provinceCode"},"value":{"kind":"StringValue","value":"52","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"NAME"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AnalystsOrderingByNameQuery, AnalystsOrderingByNameQueryVariables>;
export const AnalystsOrderingFirstCursorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnalystsOrderingFirstCursor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regencies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<AnalystsOrderingFirstCursorQuery, AnalystsOrderingFirstCursorQueryVariables>;
export const AnalystsOrderingForeignCursorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnalystsOrderingForeignCursor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regencies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"NAME"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AnalystsOrderingForeignCursorQuery, AnalystsOrderingForeignCursorQueryVariables>;
export const AnalystsOrderingProvinceBacklogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnalystsOrderingProvinceBacklog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provinces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"need"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"IntValue","value":"2023"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ownershipBacklog"}}]}}]}}]}}]} as unknown as DocumentNode<AnalystsOrderingProvinceBacklogQuery, AnalystsOrderingProvinceBacklogQueryVariables>;
export const AnalystsOrderingTopBacklogProvincesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnalystsOrderingTopBacklogProvinces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provinces"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"OWNERSHIP_BACKLOG"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}},{"kind":"ObjectField","name":{"kind":"Name","value":"year"},"value":{"kind":"IntValue","value":"2023"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"need"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"IntValue","value":"2023"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ownershipBacklog"}}]}}]}}]}}]} as unknown as DocumentNode<AnalystsOrderingTopBacklogProvincesQuery, AnalystsOrderingTopBacklogProvincesQueryVariables>;
export const AnalystsOrderingFiltersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnalystsOrderingFilters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"some"},"name":{"kind":"Name","value":"regencies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"provinceCodes"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"52","block":false},{"kind":"StringValue","value":"53","block":false}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"kinds"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"KOTA"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"big"},"name":{"kind":"Name","value":"regencies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"need"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"indicator"},"value":{"kind":"EnumValue","value":"UNINHABITABLE_HOMES"}},{"kind":"ObjectField","name":{"kind":"Name","value":"year"},"value":{"kind":"IntValue","value":"2023"}},{"kind":"ObjectField","name":{"kind":"Name","value":"min"},"value":{"kind":"IntValue","value":"30000"}}]}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"UNINHABITABLE_HOMES"}},{"kind":"ObjectField","name":{"kind":"Name","value":"year"},"value":{"kind":"IntValue","value":"2023"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"need"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"IntValue","value":"2023"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uninhabitableHomes"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"without"},"name":{"kind":"Name","value":"regencies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"hasNeedData"},"value":{"kind":"BooleanValue","value":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"before"},"name":{"kind":"Name","value":"regencies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"hasNeedData"},"value":{"kind":"BooleanValue","value":true}},{"kind":"ObjectField","name":{"kind":"Name","value":"needYear"},"value":{"kind":"IntValue","value":"2014"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<AnalystsOrderingFiltersQuery, AnalystsOrderingFiltersQueryVariables>;
export const AnalystsOrderingFlppByProvinceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnalystsOrderingFlppByProvince"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fundingSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"IntValue","value":"2025"}},{"kind":"Argument","name":{"kind":"Name","value":"schemes"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"FLPP"}]}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"PROVINCE"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"units"}},{"kind":"Field","name":{"kind":"Name","value":"amountIdr"}}]}}]}}]} as unknown as DocumentNode<AnalystsOrderingFlppByProvinceQuery, AnalystsOrderingFlppByProvinceQueryVariables>;
export const AnalystsOrderingTopFlppProvincesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnalystsOrderingTopFlppProvinces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fundingSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"IntValue","value":"2025"}},{"kind":"Argument","name":{"kind":"Name","value":"schemes"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"FLPP"}]}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"PROVINCE"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"UNITS"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"units"}},{"kind":"Field","name":{"kind":"Name","value":"amountIdr"}}]}}]}}]} as unknown as DocumentNode<AnalystsOrderingTopFlppProvincesQuery, AnalystsOrderingTopFlppProvincesQueryVariables>;
export const AnalystsOrderingTopFlppAmountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnalystsOrderingTopFlppAmounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fundingSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"IntValue","value":"2025"}},{"kind":"Argument","name":{"kind":"Name","value":"schemes"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"FLPP"}]}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"PROVINCE"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"AMOUNT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountIdr"}}]}}]}}]} as unknown as DocumentNode<AnalystsOrderingTopFlppAmountsQuery, AnalystsOrderingTopFlppAmountsQueryVariables>;
export const AnalystsOrderingFlppYearsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnalystsOrderingFlppYears"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fundingSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"years"},"value":{"kind":"ListValue","values":[{"kind":"IntValue","value":"2023"},{"kind":"IntValue","value":"2024"},{"kind":"IntValue","value":"2025"}]}},{"kind":"Argument","name":{"kind":"Name","value":"schemes"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"FLPP"}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"YEAR"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"units"}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"units"}}]}}]}}]}}]} as unknown as DocumentNode<AnalystsOrderingFlppYearsQuery, AnalystsOrderingFlppYearsQueryVariables>;
export const AnalystsOrderingNoYearDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnalystsOrderingNoYear"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fundingSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"units"}}]}}]}}]} as unknown as DocumentNode<AnalystsOrderingNoYearQuery, AnalystsOrderingNoYearQueryVariables>;
export const AnalystsOrderingProposalsByUnitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnalystsOrderingProposalsByUnits"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"7"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"fiscalYear"},"value":{"kind":"IntValue","value":"2026"}},{"kind":"ObjectField","name":{"kind":"Name","value":"statuses"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"SUBMITTED"},{"kind":"EnumValue","value":"ADMIN_VERIFIED"}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"schemes"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"BSPS"}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"provinceCodes"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"52","block":false},{"kind":"StringValue","value":"53","block":false},{"kind":"StringValue","value":"32","block":false}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"minUnits"},"value":{"kind":"IntValue","value":"50"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"PROPOSED_UNITS"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"proposedUnits"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scheme"}},{"kind":"Field","name":{"kind":"Name","value":"regency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<AnalystsOrderingProposalsByUnitsQuery, AnalystsOrderingProposalsByUnitsQueryVariables>;
export const AnalystsOrderingProposalsByStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnalystsOrderingProposalsByStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"provinceCode"},"value":{"kind":"StringValue","value":"52","block":false}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"STATUS"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<AnalystsOrderingProposalsByStatusQuery, AnalystsOrderingProposalsByStatusQueryVariables>;
export const AnalystsOrderingMeetingsByDateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnalystsOrderingMeetingsByDate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"direction"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SortDirection"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"2"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"provinceCode"},"value":{"kind":"StringValue","value":"52","block":false}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"STARTS_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"Variable","name":{"kind":"Name","value":"direction"}}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<AnalystsOrderingMeetingsByDateQuery, AnalystsOrderingMeetingsByDateQueryVariables>;
export const AnalystsOrderingMeetingsInProvincesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnalystsOrderingMeetingsInProvinces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"provinceCodes"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"52","block":false},{"kind":"StringValue","value":"61","block":false}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provinces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"regencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AnalystsOrderingMeetingsInProvincesQuery, AnalystsOrderingMeetingsInProvincesQueryVariables>;
export const AnalystsProvenanceNeedsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnalystsProvenanceNeeds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provinces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"need"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"IntValue","value":"2023"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AnalystsProvenanceNeed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"regencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"need"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"IntValue","value":"2023"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AnalystsProvenanceNeed"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnalystsProvenanceSource"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataSource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"modeled"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnalystsProvenanceNeed"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HousingNeed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"households"}},{"kind":"Field","name":{"kind":"Name","value":"ownershipBacklog"}},{"kind":"Field","name":{"kind":"Name","value":"habitabilityBacklog"}},{"kind":"Field","name":{"kind":"Name","value":"uninhabitableHomes"}},{"kind":"Field","name":{"kind":"Name","value":"modeled"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AnalystsProvenanceSource"}}]}},{"kind":"Field","name":{"kind":"Name","value":"householdsSource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AnalystsProvenanceSource"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownershipBacklogSource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AnalystsProvenanceSource"}}]}},{"kind":"Field","name":{"kind":"Name","value":"habitabilityBacklogSource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AnalystsProvenanceSource"}}]}},{"kind":"Field","name":{"kind":"Name","value":"uninhabitableHomesSource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AnalystsProvenanceSource"}}]}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AnalystsProvenanceSource"}}]}}]}}]}}]} as unknown as DocumentNode<AnalystsProvenanceNeedsQuery, AnalystsProvenanceNeedsQueryVariables>;
export const AnalystsProvenanceCoverageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnalystsProvenanceCoverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"StringValue","value":"52.01","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coverage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"IntValue","value":"2025"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fundedUnits"}},{"kind":"Field","name":{"kind":"Name","value":"modeled"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"fundingBreakdown"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"IntValue","value":"2025"}},{"kind":"Argument","name":{"kind":"Name","value":"scheme"},"value":{"kind":"EnumValue","value":"FLPP"}},{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"EnumValue","value":"MONTH"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"units"}},{"kind":"Field","name":{"kind":"Name","value":"modeled"}}]}}]}}]} as unknown as DocumentNode<AnalystsProvenanceCoverageQuery, AnalystsProvenanceCoverageQueryVariables>;
export const AnalystsProvenanceProposalsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnalystsProvenanceProposals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"provinceCode"},"value":{"kind":"StringValue","value":"52","block":false}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"modeled"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AnalystsProvenanceProposalsQuery, AnalystsProvenanceProposalsQueryVariables>;
export const AnalystsProvenanceTargetsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnalystsProvenanceTargets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"IntValue","value":"2025"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"modeled"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AnalystsProvenanceTargetsQuery, AnalystsProvenanceTargetsQueryVariables>;
export const AnalystsQuestionsSubmitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AnalystsQuestionsSubmit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitProposalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitProposal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AnalystsQuestionsSubmitMutation, AnalystsQuestionsSubmitMutationVariables>;
export const AnalystsQuestionsNtbCoverageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnalystsQuestionsNtbCoverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"province"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"StringValue","value":"52","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"IntValue","value":"2025"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ratio"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AnalystsQuestionsNtbCoverageQuery, AnalystsQuestionsNtbCoverageQueryVariables>;
export const AnalystsQuestionsFlppAndBacklogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnalystsQuestionsFlppAndBacklog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fundingSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"IntValue","value":"2025"}},{"kind":"Argument","name":{"kind":"Name","value":"schemes"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"FLPP"}]}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"PROVINCE"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"units"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provinces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"need"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"IntValue","value":"2025"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ownershipBacklog"}}]}}]}}]}}]} as unknown as DocumentNode<AnalystsQuestionsFlppAndBacklogQuery, AnalystsQuestionsFlppAndBacklogQueryVariables>;
export const AnalystsQuestionsLatestRtlhDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnalystsQuestionsLatestRtlh"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provinces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"latestNeed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uninhabitableHomes"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AnalystsQuestionsLatestRtlhQuery, AnalystsQuestionsLatestRtlhQueryVariables>;
export const AnalystsQuestionsProposals2026Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnalystsQuestionsProposals2026"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"fiscalYear"},"value":{"kind":"IntValue","value":"2026"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"proposedUnits"}},{"kind":"Field","name":{"kind":"Name","value":"regency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<AnalystsQuestionsProposals2026Query, AnalystsQuestionsProposals2026QueryVariables>;
export const AnalystsQuestionsRakorAttendeesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnalystsQuestionsRakorAttendees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"kinds"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"RAKOR"},{"kind":"EnumValue","value":"RAKORNIS"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"proposals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fiscalYear"},"value":{"kind":"IntValue","value":"2026"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AnalystsQuestionsRakorAttendeesQuery, AnalystsQuestionsRakorAttendeesQueryVariables>;
export const AnalystsSearchAreasDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnalystsSearchAreas"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchAreas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"regency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AnalystsSearchAreasQuery, AnalystsSearchAreasQueryVariables>;
export const AnalystsSeriesFlppMonthlyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnalystsSeriesFlppMonthly"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"national"},"name":{"kind":"Name","value":"fundingSeries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"IntValue","value":"2024"}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"IntValue","value":"2025"}},{"kind":"Argument","name":{"kind":"Name","value":"schemes"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"FLPP"}]}},{"kind":"Argument","name":{"kind":"Name","value":"interval"},"value":{"kind":"EnumValue","value":"MONTH"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"units"}},{"kind":"Field","name":{"kind":"Name","value":"amountIdr"}},{"kind":"Field","name":{"kind":"Name","value":"modeled"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"units"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"jabar"},"name":{"kind":"Name","value":"fundingSeries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"IntValue","value":"2024"}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"IntValue","value":"2025"}},{"kind":"Argument","name":{"kind":"Name","value":"schemes"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"FLPP"}]}},{"kind":"Argument","name":{"kind":"Name","value":"interval"},"value":{"kind":"EnumValue","value":"MONTH"}},{"kind":"Argument","name":{"kind":"Name","value":"provinceCode"},"value":{"kind":"StringValue","value":"32","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"units"}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"units"}}]}}]}}]}}]} as unknown as DocumentNode<AnalystsSeriesFlppMonthlyQuery, AnalystsSeriesFlppMonthlyQueryVariables>;
export const AnalystsSeriesBspsByCategoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnalystsSeriesBspsByCategory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fundingSeries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"IntValue","value":"2018"}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"IntValue","value":"2025"}},{"kind":"Argument","name":{"kind":"Name","value":"schemes"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"BSPS"}]}},{"kind":"Argument","name":{"kind":"Name","value":"byCategory"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"units"}},{"kind":"Field","name":{"kind":"Name","value":"amountIdr"}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"units"}}]}}]}}]}}]} as unknown as DocumentNode<AnalystsSeriesBspsByCategoryQuery, AnalystsSeriesBspsByCategoryQueryVariables>;
export const AnalystsSeriesReversedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnalystsSeriesReversed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fundingSeries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"IntValue","value":"2025"}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"IntValue","value":"2020"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"units"}}]}}]}}]} as unknown as DocumentNode<AnalystsSeriesReversedQuery, AnalystsSeriesReversedQueryVariables>;
export const AnalystsSeriesNeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnalystsSeriesNeed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"province"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"StringValue","value":"32","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"needSeries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"IntValue","value":"2019"}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"IntValue","value":"2023"}},{"kind":"Argument","name":{"kind":"Name","value":"indicators"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"OWNERSHIP_BACKLOG"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"modeled"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"regency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"StringValue","value":"52.01","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"needSeries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"IntValue","value":"2014"}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"IntValue","value":"2025"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]} as unknown as DocumentNode<AnalystsSeriesNeedQuery, AnalystsSeriesNeedQueryVariables>;
export const AuditPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditLogFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"actorKind"}},{"kind":"Field","name":{"kind":"Name","value":"actorRoles"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"entity"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AuditPageQuery, AuditPageQueryVariables>;
export const AuditSubmitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuditSubmit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitProposalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitProposal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<AuditSubmitMutation, AuditSubmitMutationVariables>;
export const AuditVerifyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuditVerify"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transitionProposal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"EnumValue","value":"ADMIN_VERIFIED"}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"StringValue","value":"complete","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<AuditVerifyMutation, AuditVerifyMutationVariables>;
export const AuditNtbMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditNtbMeeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"provinceCode"},"value":{"kind":"StringValue","value":"52","block":false}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<AuditNtbMeetingQuery, AuditNtbMeetingQueryVariables>;
export const AuditAddFollowUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuditAddFollowUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addFollowUps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"meetingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"followUps"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"description"},"value":{"kind":"StringValue","value":"Lengkapi dokumen","block":false}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"followUps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<AuditAddFollowUpMutation, AuditAddFollowUpMutationVariables>;
export const AuditFollowUpDoneDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuditFollowUpDone"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateFollowUpStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"DONE"}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}}]}}]}}]}}]} as unknown as DocumentNode<AuditFollowUpDoneMutation, AuditFollowUpDoneMutationVariables>;
export const AuditAddDecisionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuditAddDecision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addDecisions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"meetingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"decisions"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"text"},"value":{"kind":"StringValue","value":"Verifikasi lanjutan","block":false}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}}]}}]}}]}}]} as unknown as DocumentNode<AuditAddDecisionMutation, AuditAddDecisionMutationVariables>;
export const AuditImportNeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuditImportNeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"file"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportFileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importNeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"file"},"value":{"kind":"Variable","name":{"kind":"Name","value":"file"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"batchId"}},{"kind":"Field","name":{"kind":"Name","value":"importedBy"}}]}}]}}]} as unknown as DocumentNode<AuditImportNeedMutation, AuditImportNeedMutationVariables>;
export const AuditApprovedProposalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditApprovedProposal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"APPROVED"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<AuditApprovedProposalQuery, AuditApprovedProposalQueryVariables>;
export const AuditRejectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuditReject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transitionProposal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"EnumValue","value":"REJECTED"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<AuditRejectMutation, AuditRejectMutationVariables>;
export const AuditFirstFollowUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditFirstFollowUp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"followUps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AuditFirstFollowUpQuery, AuditFirstFollowUpQueryVariables>;
export const AuditStaleFollowUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuditStaleFollowUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateFollowUpStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"DONE"}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<AuditStaleFollowUpMutation, AuditStaleFollowUpMutationVariables>;
export const AuditRejectedImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuditRejectedImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"file"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportFileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importNeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"file"},"value":{"kind":"Variable","name":{"kind":"Name","value":"file"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<AuditRejectedImportMutation, AuditRejectedImportMutationVariables>;
export const AuditCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<AuditCountQuery, AuditCountQueryVariables>;
export const ChangesImportNeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangesImportNeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"file"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportFileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importNeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"file"},"value":{"kind":"Variable","name":{"kind":"Name","value":"file"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"inserted"}},{"kind":"Field","name":{"kind":"Name","value":"replaced"}}]}}]}}]} as unknown as DocumentNode<ChangesImportNeedMutation, ChangesImportNeedMutationVariables>;
export const ChangesStep1Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChangesStep1"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ChangesStep1Query, ChangesStep1QueryVariables>;
export const ChangesKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangesKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]} as unknown as DocumentNode<ChangesKeyMutation, ChangesKeyMutationVariables>;
export const CrashSubmitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CrashSubmit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitProposalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitProposal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CrashSubmitMutation, CrashSubmitMutationVariables>;
export const CrashImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CrashImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"file"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportFileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importRealization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"file"},"value":{"kind":"Variable","name":{"kind":"Name","value":"file"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}}]}}]}}]} as unknown as DocumentNode<CrashImportMutation, CrashImportMutationVariables>;
export const CrashProposalPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CrashProposalPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fiscalYear"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"fiscalYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fiscalYear"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CrashProposalPageQuery, CrashProposalPageQueryVariables>;
export const CrashImportedUnitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CrashImportedUnits"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fundingSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"schemes"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"FLPP"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"units"}}]}}]}}]} as unknown as DocumentNode<CrashImportedUnitsQuery, CrashImportedUnitsQueryVariables>;
export const CrashFrameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CrashFrame"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provinces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CrashFrameQuery, CrashFrameQueryVariables>;
export const DeskReviewsOf2025Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeskReviewsOf2025"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"kinds"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"DESK_SINKRONISASI"}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"from"},"value":{"kind":"StringValue","value":"2025-01-01","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"to"},"value":{"kind":"StringValue","value":"2025-12-31","block":false}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"deskReviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recommendation"}},{"kind":"Field","name":{"kind":"Name","value":"recommendedUnits"}},{"kind":"Field","name":{"kind":"Name","value":"regency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proposal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"funded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"units"}},{"kind":"Field","name":{"kind":"Name","value":"amountIdr"}},{"kind":"Field","name":{"kind":"Name","value":"modeled"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DeskReviewsOf2025Query, DeskReviewsOf2025QueryVariables>;
export const DeskReviewRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeskReviewRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordDeskReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordDeskReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"recommendedUnits"}},{"kind":"Field","name":{"kind":"Name","value":"proposedUnits"}},{"kind":"Field","name":{"kind":"Name","value":"recommendation"}},{"kind":"Field","name":{"kind":"Name","value":"needUsed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"sourceCode"}},{"kind":"Field","name":{"kind":"Name","value":"modeled"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proposal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<DeskReviewRecordMutation, DeskReviewRecordMutationVariables>;
export const DeskReviewAuditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeskReviewAudit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"entity"},"value":{"kind":"StringValue","value":"DeskReview","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"entityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DeskReviewAuditQuery, DeskReviewAuditQueryVariables>;
export const PendataanNttAndAwardsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PendataanNttAndAwards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"province"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"StringValue","value":"53","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"pendataan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fiscalYear"},"value":{"kind":"IntValue","value":"2025"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"targetHouseholds"}},{"kind":"Field","name":{"kind":"Name","value":"surveyed"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"modeled"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"meetings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"provinceCodes"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"53","block":false}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"kinds"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"EVALUATION"}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"from"},"value":{"kind":"StringValue","value":"2025-01-01","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"to"},"value":{"kind":"StringValue","value":"2025-12-31","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"awards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"modeled"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"regency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"pendataan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fiscalYear"},"value":{"kind":"IntValue","value":"2025"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verified"}},{"kind":"Field","name":{"kind":"Name","value":"targetHouseholds"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PendataanNttAndAwardsQuery, PendataanNttAndAwardsQueryVariables>;
export const ExportClientAgenciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExportClientAgencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ExportClientAgenciesQuery, ExportClientAgenciesQueryVariables>;
export const ExportClientKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExportClientKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]} as unknown as DocumentNode<ExportClientKeyMutation, ExportClientKeyMutationVariables>;
export const Question8Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Question8"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regencies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"bpsCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"needSeries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"IntValue","value":"2019"}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"IntValue","value":"2025"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"definition"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"modeled"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<Question8Query, Question8QueryVariables>;
export const FundingSourcesNtbBspsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FundingSourcesNtbBsps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"province"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"StringValue","value":"52","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"total"},"name":{"kind":"Name","value":"funding"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"IntValue","value":"2025"}},{"kind":"Argument","name":{"kind":"Name","value":"schemes"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"BSPS"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"units"}},{"kind":"Field","name":{"kind":"Name","value":"amountIdr"}},{"kind":"Field","name":{"kind":"Name","value":"financingSource"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"split"},"name":{"kind":"Name","value":"funding"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"IntValue","value":"2025"}},{"kind":"Argument","name":{"kind":"Name","value":"schemes"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"BSPS"}]}},{"kind":"Argument","name":{"kind":"Name","value":"byFinancingSource"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheme"}},{"kind":"Field","name":{"kind":"Name","value":"financingSource"}},{"kind":"Field","name":{"kind":"Name","value":"units"}},{"kind":"Field","name":{"kind":"Name","value":"amountIdr"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"apbd"},"name":{"kind":"Name","value":"funding"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"IntValue","value":"2025"}},{"kind":"Argument","name":{"kind":"Name","value":"schemes"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"BSPS"}]}},{"kind":"Argument","name":{"kind":"Name","value":"financingSources"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"APBD_PROVINCE"},{"kind":"EnumValue","value":"APBD_REGENCY"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"units"}},{"kind":"Field","name":{"kind":"Name","value":"amountIdr"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"summary"},"name":{"kind":"Name","value":"fundingSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"IntValue","value":"2025"}},{"kind":"Argument","name":{"kind":"Name","value":"provinceCode"},"value":{"kind":"StringValue","value":"52","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"schemes"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"BSPS"}]}},{"kind":"Argument","name":{"kind":"Name","value":"byFinancingSource"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scheme"}},{"kind":"Field","name":{"kind":"Name","value":"financingSource"}},{"kind":"Field","name":{"kind":"Name","value":"units"}},{"kind":"Field","name":{"kind":"Name","value":"amountIdr"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"apbn"},"name":{"kind":"Name","value":"fundingSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"IntValue","value":"2025"}},{"kind":"Argument","name":{"kind":"Name","value":"provinceCode"},"value":{"kind":"StringValue","value":"52","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"schemes"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"BSPS"}]}},{"kind":"Argument","name":{"kind":"Name","value":"financingSources"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"APBN"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"financingSource"}},{"kind":"Field","name":{"kind":"Name","value":"units"}},{"kind":"Field","name":{"kind":"Name","value":"amountIdr"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"breakdown"},"name":{"kind":"Name","value":"fundingBreakdown"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"IntValue","value":"2025"}},{"kind":"Argument","name":{"kind":"Name","value":"scheme"},"value":{"kind":"EnumValue","value":"BSPS"}},{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"EnumValue","value":"FINANCING_SOURCE"}},{"kind":"Argument","name":{"kind":"Name","value":"provinceCode"},"value":{"kind":"StringValue","value":"52","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"financingSource"}},{"kind":"Field","name":{"kind":"Name","value":"units"}},{"kind":"Field","name":{"kind":"Name","value":"amountIdr"}}]}}]}}]} as unknown as DocumentNode<FundingSourcesNtbBspsQuery, FundingSourcesNtbBspsQueryVariables>;
export const FundingSourcesRegencyAndNationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FundingSourcesRegencyAndNation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"StringValue","value":"52.01","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"total"},"name":{"kind":"Name","value":"funding"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"IntValue","value":"2025"}},{"kind":"Argument","name":{"kind":"Name","value":"schemes"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"BSPS"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"units"}},{"kind":"Field","name":{"kind":"Name","value":"amountIdr"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"split"},"name":{"kind":"Name","value":"funding"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"IntValue","value":"2025"}},{"kind":"Argument","name":{"kind":"Name","value":"schemes"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"BSPS"}]}},{"kind":"Argument","name":{"kind":"Name","value":"byFinancingSource"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"financingSource"}},{"kind":"Field","name":{"kind":"Name","value":"units"}},{"kind":"Field","name":{"kind":"Name","value":"amountIdr"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"nation"},"name":{"kind":"Name","value":"fundingSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"years"},"value":{"kind":"ListValue","values":[{"kind":"IntValue","value":"2023"},{"kind":"IntValue","value":"2025"}]}},{"kind":"Argument","name":{"kind":"Name","value":"schemes"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"BSPS"},{"kind":"EnumValue","value":"CSR"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheme"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"units"}},{"kind":"Field","name":{"kind":"Name","value":"amountIdr"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"nationBySource"},"name":{"kind":"Name","value":"fundingSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"years"},"value":{"kind":"ListValue","values":[{"kind":"IntValue","value":"2023"},{"kind":"IntValue","value":"2025"}]}},{"kind":"Argument","name":{"kind":"Name","value":"schemes"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"BSPS"},{"kind":"EnumValue","value":"CSR"}]}},{"kind":"Argument","name":{"kind":"Name","value":"byFinancingSource"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheme"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"financingSource"}},{"kind":"Field","name":{"kind":"Name","value":"units"}},{"kind":"Field","name":{"kind":"Name","value":"amountIdr"}}]}}]}}]} as unknown as DocumentNode<FundingSourcesRegencyAndNationQuery, FundingSourcesRegencyAndNationQueryVariables>;
export const GraphFeedKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GraphFeedKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]} as unknown as DocumentNode<GraphFeedKeyMutation, GraphFeedKeyMutationVariables>;
export const GraphFeedAgenciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GraphFeedAgencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<GraphFeedAgenciesQuery, GraphFeedAgenciesQueryVariables>;
export const GraphFeedChangesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GraphFeedChanges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"since"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"datasets"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Dataset"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"since"},"value":{"kind":"Variable","name":{"kind":"Name","value":"since"}}},{"kind":"Argument","name":{"kind":"Name","value":"datasets"},"value":{"kind":"Variable","name":{"kind":"Name","value":"datasets"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"dataset"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"old"}},{"kind":"Field","name":{"kind":"Name","value":"new"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasMore"}}]}}]}}]} as unknown as DocumentNode<GraphFeedChangesQuery, GraphFeedChangesQueryVariables>;
export const GraphFeedDatasetsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GraphFeedDatasets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"datasets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"dataset"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"licence"}},{"kind":"Field","name":{"kind":"Name","value":"keywords"}},{"kind":"Field","name":{"kind":"Name","value":"updateFrequency"}},{"kind":"Field","name":{"kind":"Name","value":"firstYear"}},{"kind":"Field","name":{"kind":"Name","value":"lastYear"}},{"kind":"Field","name":{"kind":"Name","value":"spatial"}},{"kind":"Field","name":{"kind":"Name","value":"distributions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"columns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"filters"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"undatedReason"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"modeled"}}]}}]}}]}}]} as unknown as DocumentNode<GraphFeedDatasetsQuery, GraphFeedDatasetsQueryVariables>;
export const GraphFeedSejutaRumahSourcesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GraphFeedSejutaRumahSources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programSejutaRumah"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"undatedReason"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]} as unknown as DocumentNode<GraphFeedSejutaRumahSourcesQuery, GraphFeedSejutaRumahSourcesQueryVariables>;
export const ImportsImportRealizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportsImportRealization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"file"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportFileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importRealization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"file"},"value":{"kind":"Variable","name":{"kind":"Name","value":"file"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImportReport"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImportReport"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataset"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"sourceCode"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"inserted"}},{"kind":"Field","name":{"kind":"Name","value":"replaced"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"errorCount"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<ImportsImportRealizationMutation, ImportsImportRealizationMutationVariables>;
export const ImportsImportProposalsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportsImportProposals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"file"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportFileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importProposals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"file"},"value":{"kind":"Variable","name":{"kind":"Name","value":"file"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImportReport"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImportReport"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataset"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"sourceCode"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"inserted"}},{"kind":"Field","name":{"kind":"Name","value":"replaced"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"errorCount"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<ImportsImportProposalsMutation, ImportsImportProposalsMutationVariables>;
export const ImportsRegencyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImportsRegency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"StringValue","value":"52.71","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"funding"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"IntValue","value":"2025"}},{"kind":"Argument","name":{"kind":"Name","value":"schemes"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"FLPP"},{"kind":"EnumValue","value":"BSPS"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheme"}},{"kind":"Field","name":{"kind":"Name","value":"units"}},{"kind":"Field","name":{"kind":"Name","value":"amountIdr"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"modeled"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ImportsRegencyQuery, ImportsRegencyQueryVariables>;
export const ImportsProposalFundedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImportsProposalFunded"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"regency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scheme"}},{"kind":"Field","name":{"kind":"Name","value":"funded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"units"}},{"kind":"Field","name":{"kind":"Name","value":"amountIdr"}}]}}]}}]}}]} as unknown as DocumentNode<ImportsProposalFundedQuery, ImportsProposalFundedQueryVariables>;
export const ImportsBreakdownBySourceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImportsBreakdownBySource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fundingBreakdown"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"IntValue","value":"2025"}},{"kind":"Argument","name":{"kind":"Name","value":"scheme"},"value":{"kind":"EnumValue","value":"BSPS"}},{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"EnumValue","value":"FINANCING_SOURCE"}},{"kind":"Argument","name":{"kind":"Name","value":"regencyCode"},"value":{"kind":"StringValue","value":"52.01","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"financingSource"}},{"kind":"Field","name":{"kind":"Name","value":"units"}},{"kind":"Field","name":{"kind":"Name","value":"amountIdr"}},{"kind":"Field","name":{"kind":"Name","value":"modeled"}}]}}]}}]} as unknown as DocumentNode<ImportsBreakdownBySourceQuery, ImportsBreakdownBySourceQueryVariables>;
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
export const ProgramsFundingSummarySourcesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgramsFundingSummarySources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"plain"},"name":{"kind":"Name","value":"fundingSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"IntValue","value":"2025"}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"REGENCY"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scheme"}},{"kind":"Field","name":{"kind":"Name","value":"units"}},{"kind":"Field","name":{"kind":"Name","value":"amountIdr"}},{"kind":"Field","alias":{"kind":"Name","value":"source"},"name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"sourced"},"name":{"kind":"Name","value":"fundingSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"IntValue","value":"2025"}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"REGENCY"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scheme"}},{"kind":"Field","name":{"kind":"Name","value":"units"}},{"kind":"Field","name":{"kind":"Name","value":"amountIdr"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FundingSummaryRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"modeled"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProgramsFundingSummarySourcesQuery, ProgramsFundingSummarySourcesQueryVariables>;
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
export const ReferenceBspsDetailsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReferenceBspsDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"unitValues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"amountIdr"}},{"kind":"Field","name":{"kind":"Name","value":"materialsIdr"}},{"kind":"Field","name":{"kind":"Name","value":"wagesIdr"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"modeled"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"units"}},{"kind":"Field","name":{"kind":"Name","value":"amountIdr"}},{"kind":"Field","name":{"kind":"Name","value":"budgetAbsorbedPercent"}},{"kind":"Field","name":{"kind":"Name","value":"budgetAbsorbedOn"}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"modeled"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReferenceBspsDetailsQuery, ReferenceBspsDetailsQueryVariables>;
export const ReferenceBspsByCategoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReferenceBspsByCategory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fundingBreakdown"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"scheme"},"value":{"kind":"EnumValue","value":"BSPS"}},{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"EnumValue","value":"CATEGORY"}},{"kind":"Argument","name":{"kind":"Name","value":"statuses"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"ALLOCATED"},{"kind":"EnumValue","value":"IN_PROGRESS"},{"kind":"EnumValue","value":"REALIZED"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"units"}}]}}]}}]} as unknown as DocumentNode<ReferenceBspsByCategoryQuery, ReferenceBspsByCategoryQueryVariables>;
export const ReferenceNationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReferenceNation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"modeled"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"need"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"IntValue","value":"2023"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ownershipBacklog"}},{"kind":"Field","name":{"kind":"Name","value":"habitabilityBacklog"}}]}}]}}]}}]} as unknown as DocumentNode<ReferenceNationQuery, ReferenceNationQueryVariables>;
export const ReferenceRegionalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReferenceRegional"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provinces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"regencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReferenceRegionalQuery, ReferenceRegionalQueryVariables>;
export const ReferenceFlppYearDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReferenceFlppYear"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fundingSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"schemes"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"FLPP"}]}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"NATIONAL"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"units"}},{"kind":"Field","name":{"kind":"Name","value":"amountIdr"}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"units"}}]}}]}}]}}]} as unknown as DocumentNode<ReferenceFlppYearQuery, ReferenceFlppYearQueryVariables>;
export const ReferenceTargetsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReferenceTargets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"units"}},{"kind":"Field","name":{"kind":"Name","value":"amountIdr"}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReferenceTargetsQuery, ReferenceTargetsQueryVariables>;
export const ReferenceBspsYearDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReferenceBspsYear"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fundingSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"schemes"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"BSPS"}]}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"NATIONAL"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"units"}}]}}]}}]} as unknown as DocumentNode<ReferenceBspsYearQuery, ReferenceBspsYearQueryVariables>;
export const ReferenceSejutaRumahDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReferenceSejutaRumah"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programSejutaRumah"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"unitsTotal"}},{"kind":"Field","name":{"kind":"Name","value":"unitsMbr"}},{"kind":"Field","name":{"kind":"Name","value":"unitsNonMbr"}},{"kind":"Field","name":{"kind":"Name","value":"unitsCsr"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"modeled"}}]}}]}}]}}]} as unknown as DocumentNode<ReferenceSejutaRumahQuery, ReferenceSejutaRumahQueryVariables>;
export const ReferenceProgram3JutaRumahDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReferenceProgram3JutaRumah"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"program3JutaRumah"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"IntValue","value":"2025"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"units"}},{"kind":"Field","name":{"kind":"Name","value":"ruralUnits"}},{"kind":"Field","name":{"kind":"Name","value":"urbanUnits"}}]}},{"kind":"Field","name":{"kind":"Name","value":"segmentRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheme"}},{"kind":"Field","name":{"kind":"Name","value":"segment"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"national"},"name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"units"}},{"kind":"Field","name":{"kind":"Name","value":"targetUnits"}},{"kind":"Field","name":{"kind":"Name","value":"segments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"segment"}},{"kind":"Field","name":{"kind":"Name","value":"units"}},{"kind":"Field","name":{"kind":"Name","value":"targetUnits"}},{"kind":"Field","name":{"kind":"Name","value":"schemes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheme"}},{"kind":"Field","name":{"kind":"Name","value":"units"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"ntb"},"name":{"kind":"Name","value":"progress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"provinceCodes"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"52","block":false}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provinceCodes"}},{"kind":"Field","name":{"kind":"Name","value":"units"}},{"kind":"Field","name":{"kind":"Name","value":"segments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"segment"}},{"kind":"Field","name":{"kind":"Name","value":"units"}},{"kind":"Field","name":{"kind":"Name","value":"schemes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheme"}},{"kind":"Field","name":{"kind":"Name","value":"units"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"provinces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provinceCodes"}},{"kind":"Field","name":{"kind":"Name","value":"units"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"flpp"},"name":{"kind":"Name","value":"fundingSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"IntValue","value":"2025"}},{"kind":"Argument","name":{"kind":"Name","value":"schemes"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"FLPP"},{"kind":"EnumValue","value":"BSPS"},{"kind":"EnumValue","value":"CSR"}]}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"NATIONAL"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheme"}},{"kind":"Field","name":{"kind":"Name","value":"units"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"ntbFunding"},"name":{"kind":"Name","value":"fundingSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"IntValue","value":"2025"}},{"kind":"Argument","name":{"kind":"Name","value":"provinceCode"},"value":{"kind":"StringValue","value":"52","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"schemes"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"FLPP"},{"kind":"EnumValue","value":"BSPS"},{"kind":"EnumValue","value":"CSR"}]}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"PROVINCE"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheme"}},{"kind":"Field","name":{"kind":"Name","value":"units"}}]}}]}}]} as unknown as DocumentNode<ReferenceProgram3JutaRumahQuery, ReferenceProgram3JutaRumahQueryVariables>;
export const ReferenceWorkAreasDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReferenceWorkAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"REGIONAL_UNIT"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"coveredProvinces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"threeMillionHomes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"IntValue","value":"2025"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provinceCodes"}},{"kind":"Field","name":{"kind":"Name","value":"units"}},{"kind":"Field","name":{"kind":"Name","value":"segments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"segment"}},{"kind":"Field","name":{"kind":"Name","value":"units"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"program3JutaRumah"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"IntValue","value":"2025"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"ntt"},"name":{"kind":"Name","value":"progress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"provinceCodes"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"53","block":false}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"units"}},{"kind":"Field","name":{"kind":"Name","value":"segments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"segment"}},{"kind":"Field","name":{"kind":"Name","value":"units"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReferenceWorkAreasQuery, ReferenceWorkAreasQueryVariables>;
export const RegionsRegenciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegionsRegencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regencies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1000"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<RegionsRegenciesQuery, RegionsRegenciesQueryVariables>;
export const RegionsProvinceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegionsProvince"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"province"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"StringValue","value":"32","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"need"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"IntValue","value":"2023"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"ownershipBacklog"}},{"kind":"Field","name":{"kind":"Name","value":"ownershipBacklogSource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"modeled"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"modeled"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RegionsProvinceQuery, RegionsProvinceQueryVariables>;
export const ResponseCacheDeskReviewsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ResponseCacheDeskReviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"provinceCode"},"value":{"kind":"StringValue","value":"36","block":false}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"deskReviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ResponseCacheDeskReviewsQuery, ResponseCacheDeskReviewsQueryVariables>;
export const ResponseCacheRegencyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ResponseCacheRegency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"StringValue","value":"36.01","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ResponseCacheRegencyQuery, ResponseCacheRegencyQueryVariables>;
export const ResponseCacheOverdueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ResponseCacheOverdue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"overdueFollowUps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ResponseCacheOverdueQuery, ResponseCacheOverdueQueryVariables>;
export const ResponseCacheKeyIdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ResponseCacheKeyIds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ResponseCacheKeyIdsQuery, ResponseCacheKeyIdsQueryVariables>;
export const ResponseCacheMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ResponseCacheMeeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"provinceCode"},"value":{"kind":"StringValue","value":"36","block":false}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"followUps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ResponseCacheMeetingQuery, ResponseCacheMeetingQueryVariables>;
export const ResponseCacheOrganizerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ResponseCacheOrganizer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"regencyCode"},"value":{"kind":"StringValue","value":"52.71","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ResponseCacheOrganizerQuery, ResponseCacheOrganizerQueryVariables>;
export const ResponseCacheSubmittedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ResponseCacheSubmitted"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"SUBMITTED"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ResponseCacheSubmittedQuery, ResponseCacheSubmittedQueryVariables>;
export const ResponseCacheMeetingReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ResponseCacheMeetingRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"followUps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]} as unknown as DocumentNode<ResponseCacheMeetingReadQuery, ResponseCacheMeetingReadQueryVariables>;
export const ResponseCacheApiKeysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ResponseCacheApiKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]} as unknown as DocumentNode<ResponseCacheApiKeysQuery, ResponseCacheApiKeysQueryVariables>;
export const ResponseCacheProposalsIn2027Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ResponseCacheProposalsIn2027"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regencyCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"regencyCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regencyCode"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"fiscalYear"},"value":{"kind":"IntValue","value":"2027"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<ResponseCacheProposalsIn2027Query, ResponseCacheProposalsIn2027QueryVariables>;
export const ResponseCacheRecordAgencyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResponseCacheRecordAgency"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordAgencyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordAgency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ResponseCacheRecordAgencyMutation, ResponseCacheRecordAgencyMutationVariables>;
export const ResponseCacheAgenciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ResponseCacheAgencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"regencyCode"},"value":{"kind":"StringValue","value":"52.01","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ResponseCacheAgenciesQuery, ResponseCacheAgenciesQueryVariables>;
export const ResponseCacheCreateApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResponseCacheCreateApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ResponseCacheCreateApiKeyMutation, ResponseCacheCreateApiKeyMutationVariables>;
export const ResponseCacheRevokeApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResponseCacheRevokeApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ResponseCacheRevokeApiKeyMutation, ResponseCacheRevokeApiKeyMutationVariables>;
export const ResponseCacheAddFollowUpsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResponseCacheAddFollowUps"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addFollowUps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"meetingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"followUps"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"description"},"value":{"kind":"StringValue","value":"Cache follow-up","block":false}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ResponseCacheAddFollowUpsMutation, ResponseCacheAddFollowUpsMutationVariables>;
export const ResponseCacheUpdateFollowUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResponseCacheUpdateFollowUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateFollowUpStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"DONE"}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ResponseCacheUpdateFollowUpMutation, ResponseCacheUpdateFollowUpMutationVariables>;
export const ResponseCacheRecordMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResponseCacheRecordMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ResponseCacheRecordMeetingMutation, ResponseCacheRecordMeetingMutationVariables>;
export const ResponseCacheMeetingCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ResponseCacheMeetingCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<ResponseCacheMeetingCountQuery, ResponseCacheMeetingCountQueryVariables>;
export const ResponseCacheAddDecisionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResponseCacheAddDecisions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addDecisions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"meetingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"decisions"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"text"},"value":{"kind":"StringValue","value":"Cache decision","block":false}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ResponseCacheAddDecisionsMutation, ResponseCacheAddDecisionsMutationVariables>;
export const ResponseCacheImportRealizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResponseCacheImportRealization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"file"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportFileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importRealization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"file"},"value":{"kind":"Variable","name":{"kind":"Name","value":"file"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ResponseCacheImportRealizationMutation, ResponseCacheImportRealizationMutationVariables>;
export const ResponseCacheFlppDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ResponseCacheFlpp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"StringValue","value":"52.71","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"funding"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"IntValue","value":"2025"}},{"kind":"Argument","name":{"kind":"Name","value":"schemes"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"FLPP"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"units"}}]}}]}}]}}]} as unknown as DocumentNode<ResponseCacheFlppQuery, ResponseCacheFlppQueryVariables>;
export const ResponseCacheImportProposalsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResponseCacheImportProposals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"file"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportFileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importProposals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"file"},"value":{"kind":"Variable","name":{"kind":"Name","value":"file"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ResponseCacheImportProposalsMutation, ResponseCacheImportProposalsMutationVariables>;
export const ResponseCacheSubmitProposalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResponseCacheSubmitProposal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitProposalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitProposal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ResponseCacheSubmitProposalMutation, ResponseCacheSubmitProposalMutationVariables>;
export const ResponseCacheTransitionProposalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResponseCacheTransitionProposal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transitionProposal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"EnumValue","value":"ADMIN_VERIFIED"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ResponseCacheTransitionProposalMutation, ResponseCacheTransitionProposalMutationVariables>;
export const ResponseCacheProposalStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ResponseCacheProposalStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ResponseCacheProposalStatusQuery, ResponseCacheProposalStatusQueryVariables>;
export const ResponseCacheRecordDeskReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResponseCacheRecordDeskReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordDeskReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordDeskReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ResponseCacheRecordDeskReviewMutation, ResponseCacheRecordDeskReviewMutationVariables>;
export const ResponseCacheDeskReviewUnitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ResponseCacheDeskReviewUnits"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deskReviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recommendedUnits"}}]}}]}}]}}]} as unknown as DocumentNode<ResponseCacheDeskReviewUnitsQuery, ResponseCacheDeskReviewUnitsQueryVariables>;
export const ResponseCacheImportNeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResponseCacheImportNeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"file"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportFileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importNeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"file"},"value":{"kind":"Variable","name":{"kind":"Name","value":"file"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ResponseCacheImportNeedMutation, ResponseCacheImportNeedMutationVariables>;
export const ResponseCacheHouseholdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ResponseCacheHouseholds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"StringValue","value":"52.01","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"need"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"IntValue","value":"2024"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"households"}}]}}]}}]}}]} as unknown as DocumentNode<ResponseCacheHouseholdsQuery, ResponseCacheHouseholdsQueryVariables>;
export const ResponseCacheLombokDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ResponseCacheLombok"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"StringValue","value":"52.02","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ResponseCacheLombokQuery, ResponseCacheLombokQueryVariables>;
export const ResponseCacheLombokTimurDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ResponseCacheLombokTimur"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"StringValue","value":"52.03","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ResponseCacheLombokTimurQuery, ResponseCacheLombokTimurQueryVariables>;
export const ResponseCacheBantenMeetingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ResponseCacheBantenMeetings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"provinceCode"},"value":{"kind":"StringValue","value":"36","block":false}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"2"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<ResponseCacheBantenMeetingsQuery, ResponseCacheBantenMeetingsQueryVariables>;
export const SubgraphOutageAcrossDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SubgraphOutageAcross"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"StringValue","value":"52.01","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fundingSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"IntValue","value":"2025"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"units"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meetings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<SubgraphOutageAcrossQuery, SubgraphOutageAcrossQueryVariables>;