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

/** How a meeting was held, or how one participant attended */
export type AttendanceMode =
  /** Daring dan luring */
  | 'HYBRID'
  /** Luring */
  | 'IN_PERSON'
  /** Daring */
  | 'ONLINE';

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

/** Which meetings to list; all conditions must hold */
export type MeetingFilter = {
  /** Meetings this agency organized or took part in */
  agencyId?: string | number | null | undefined;
  /** Meetings organized or attended by an agency of this kind (e.g. LAND_OFFICE for ATR/BPN) */
  agencyKind?: AgencyKind | null | undefined;
  /** Starting on or after this day (local time of the meeting) */
  from?: string | null | undefined;
  kind?: MeetingKind | null | undefined;
  /** Any of these kinds */
  kinds?: Array<MeetingKind> | null | undefined;
  /** Meetings covering the province or any of its kab/kota */
  provinceCode?: string | number | null | undefined;
  /** Covering any of these provinces (or any of their kab/kota) */
  provinceCodes?: Array<string | number> | null | undefined;
  /** Meetings covering the kab/kota */
  regencyCode?: string | number | null | undefined;
  /** Starting on or before this day */
  to?: string | null | undefined;
};

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

/** An agency taking part in a meeting */
export type ParticipantInput = {
  agencyId: string | number;
  mode?: AttendanceMode | null | undefined;
  role?: string | null | undefined;
};

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

export type MeetingsMeetingsQueryVariables = Exact<{
  filter?: MeetingFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MeetingsMeetingsQuery = { meetings: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string }>, nodes: Array<{ id: string, title: string, kind: MeetingKind, startsAt: string, startsOn: string }> } | null };

export type MeetingsRecordMeetingMutationVariables = Exact<{
  input: RecordMeetingInput;
}>;


export type MeetingsRecordMeetingMutation = { recordMeeting: { id: string, title: string, startsOn: string, timeZone: string, notes: Array<string>, provinces: Array<{ code: string }> | null, regencies: Array<{ code: string }> | null, participants: Array<{ role: string | null, agency: { id: string } }>, agenda: Array<{ position: number, title: string, speaker: { name: string | null, agency: { id: string } | null } | null }>, decisions: Array<{ position: number, text: string, regency: { code: string } | null }>, recommendations: Array<{ label: string | null, text: string }>, followUps: Array<{ id: string, label: string | null, status: FollowUpStatus, version: number, dueDate: string | null, owner: { id: string } | null }> } };

export type MeetingsEntitiesQueryVariables = Exact<{ [key: string]: never; }>;


export type MeetingsEntitiesQuery = { _entities: Array<
    | { meetings: Array<{ id: string }> | null }
    | Record<PropertyKey, never>
   | null> };

export type MeetingsEntities2QueryVariables = Exact<{
  r: Array<Record<string, unknown>> | Record<string, unknown>;
}>;


export type MeetingsEntities2Query = { _entities: Array<
    | { code: string, meetings: Array<{ id: string }> | null }
    | Record<PropertyKey, never>
   | null> };

export type MeetingsEntities3QueryVariables = Exact<{ [key: string]: never; }>;


export type MeetingsEntities3Query = { _entities: Array<
    | { code: string, meetings: Array<{ id: string }> | null }
    | Record<PropertyKey, never>
   | null> };

export type MeetingsEntities4QueryVariables = Exact<{
  r: Array<Record<string, unknown>> | Record<string, unknown>;
}>;


export type MeetingsEntities4Query = { _entities: Array<
    | { id: string, deskReviews: Array<{ proposedUnits: number, recommendedUnits: number, recommendation: DeskRecommendation, regency: { code: string } | null, needUsed: { indicator: string, value: number | null, year: number | null, sourceCode: string, modeled: boolean }, priorityIndicators: Array<{ code: string, met: boolean }> }> | null }
    | Record<PropertyKey, never>
   | null> };

export type MeetingsAgenciesQueryVariables = Exact<{ [key: string]: never; }>;


export type MeetingsAgenciesQuery = { agencies: Array<{ shortName: string | null, regency: { code: string } | null, coveredProvinces: Array<{ code: string }> | null }> | null };

export type MeetingsAgencies2QueryVariables = Exact<{ [key: string]: never; }>;


export type MeetingsAgencies2Query = { agencies: Array<{ name: string }> | null };

export type MeetingsAddDecisionsMutationVariables = Exact<{
  id: string | number;
  d: Array<DecisionInput> | DecisionInput;
}>;


export type MeetingsAddDecisionsMutation = { addDecisions: { decisions: Array<{ position: number, text: string }> } };

export type MeetingsAddFollowUpsMutationVariables = Exact<{
  id: string | number;
  f: Array<FollowUpInput> | FollowUpInput;
}>;


export type MeetingsAddFollowUpsMutation = { addFollowUps: { followUps: Array<{ position: number, label: string | null, status: FollowUpStatus }> } };

export type MeetingsAddDecisions2MutationVariables = Exact<{
  id: string | number;
  d: Array<DecisionInput> | DecisionInput;
}>;


export type MeetingsAddDecisions2Mutation = { addDecisions: { id: string } };

export type MeetingsAddFollowUps2MutationVariables = Exact<{
  f: Array<FollowUpInput> | FollowUpInput;
}>;


export type MeetingsAddFollowUps2Mutation = { addFollowUps: { id: string } };

export type MeetingsMeetingQueryVariables = Exact<{
  id: string | number;
}>;


export type MeetingsMeetingQuery = { meeting: { followUps: Array<{ id: string, status: FollowUpStatus, version: number }> } | null };

export type MeetingsUpdateFollowUpStatusMutationVariables = Exact<{
  id: string | number;
  s: FollowUpStatus;
  v: number;
}>;


export type MeetingsUpdateFollowUpStatusMutation = { updateFollowUpStatus: { id: string, status: FollowUpStatus, version: number } };

export type MeetingsMeeting2QueryVariables = Exact<{
  id: string | number;
}>;


export type MeetingsMeeting2Query = { meeting: { followUps: Array<{ id: string, status: FollowUpStatus, version: number }> } | null };

export type MeetingsUpdateFollowUpStatus2MutationVariables = Exact<{
  id: string | number;
  s: FollowUpStatus;
  v: number;
}>;


export type MeetingsUpdateFollowUpStatus2Mutation = { updateFollowUpStatus: { status: FollowUpStatus, version: number } };

export type MeetingsRecordAgencyMutationVariables = Exact<{
  input: RecordAgencyInput;
}>;


export type MeetingsRecordAgencyMutation = { recordAgency: { id: string, name: string, kind: AgencyKind, province: { code: string } | null, regency: { code: string } | null, coveredProvinces: Array<{ code: string }> | null } };

export type OverdueFollowUpsAddFollowUpsMutationVariables = Exact<{
  id: string | number;
  f: Array<FollowUpInput> | FollowUpInput;
}>;


export type OverdueFollowUpsAddFollowUpsMutation = { addFollowUps: { followUps: Array<{ id: string, label: string | null, status: FollowUpStatus, version: number }> } };

export type OverdueFollowUpsOverdueFollowUpsQueryVariables = Exact<{
  asOf?: string | null | undefined;
  p?: string | number | null | undefined;
}>;


export type OverdueFollowUpsOverdueFollowUpsQuery = { overdueFollowUps: Array<{ label: string | null, dueDate: string | null, status: FollowUpStatus, meeting: { id: string } }> | null };

export type OverdueFollowUpsUpdateFollowUpStatusMutationVariables = Exact<{
  id: string | number;
  v: number;
}>;


export type OverdueFollowUpsUpdateFollowUpStatusMutation = { updateFollowUpStatus: { id: string } };


export const MeetingsMeetingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeetingsMeetings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}}]}}]}}]}}]} as unknown as DocumentNode<MeetingsMeetingsQuery, MeetingsMeetingsQueryVariables>;
export const MeetingsRecordMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MeetingsRecordMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"provinces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"regencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agenda"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"speaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"regency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"recommendations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}}]}}]} as unknown as DocumentNode<MeetingsRecordMeetingMutation, MeetingsRecordMeetingMutationVariables>;
export const MeetingsEntitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeetingsEntities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"_entities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"representations"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"__typename"},"value":{"kind":"StringValue","value":"Regency","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"code"},"value":{"kind":"StringValue","value":"61.72","block":false}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Regency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"StringValue","value":"2022-01-01","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"StringValue","value":"2021-01-01","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MeetingsEntitiesQuery, MeetingsEntitiesQueryVariables>;
export const MeetingsEntities2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeetingsEntities2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"r"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"_Any"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"_entities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"representations"},"value":{"kind":"Variable","name":{"kind":"Name","value":"r"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Regency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"meetings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MeetingsEntities2Query, MeetingsEntities2QueryVariables>;
export const MeetingsEntities3Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeetingsEntities3"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"_entities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"representations"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"__typename"},"value":{"kind":"StringValue","value":"Province","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"code"},"value":{"kind":"StringValue","value":"36","block":false}}]},{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"__typename"},"value":{"kind":"StringValue","value":"Province","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"code"},"value":{"kind":"StringValue","value":"53","block":false}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Province"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"meetings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"StringValue","value":"2016-01-01","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"StringValue","value":"2016-12-31","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MeetingsEntities3Query, MeetingsEntities3QueryVariables>;
export const MeetingsEntities4Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeetingsEntities4"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"r"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"_Any"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"_entities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"representations"},"value":{"kind":"Variable","name":{"kind":"Name","value":"r"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Proposal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"deskReviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proposedUnits"}},{"kind":"Field","name":{"kind":"Name","value":"recommendedUnits"}},{"kind":"Field","name":{"kind":"Name","value":"recommendation"}},{"kind":"Field","name":{"kind":"Name","value":"needUsed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"sourceCode"}},{"kind":"Field","name":{"kind":"Name","value":"modeled"}}]}},{"kind":"Field","name":{"kind":"Name","value":"priorityIndicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"met"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MeetingsEntities4Query, MeetingsEntities4QueryVariables>;
export const MeetingsAgenciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeetingsAgencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"REGIONAL_UNIT"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"regency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coveredProvinces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<MeetingsAgenciesQuery, MeetingsAgenciesQueryVariables>;
export const MeetingsAgencies2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeetingsAgencies2"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"provinceCode"},"value":{"kind":"StringValue","value":"61","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"HOUSING_OFFICE"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MeetingsAgencies2Query, MeetingsAgencies2QueryVariables>;
export const MeetingsAddDecisionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MeetingsAddDecisions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"d"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecisionInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addDecisions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"meetingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"decisions"},"value":{"kind":"Variable","name":{"kind":"Name","value":"d"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]} as unknown as DocumentNode<MeetingsAddDecisionsMutation, MeetingsAddDecisionsMutationVariables>;
export const MeetingsAddFollowUpsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MeetingsAddFollowUps"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"f"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FollowUpInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addFollowUps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"meetingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"followUps"},"value":{"kind":"Variable","name":{"kind":"Name","value":"f"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"followUps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<MeetingsAddFollowUpsMutation, MeetingsAddFollowUpsMutationVariables>;
export const MeetingsAddDecisions2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MeetingsAddDecisions2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"d"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecisionInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addDecisions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"meetingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"decisions"},"value":{"kind":"Variable","name":{"kind":"Name","value":"d"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<MeetingsAddDecisions2Mutation, MeetingsAddDecisions2MutationVariables>;
export const MeetingsAddFollowUps2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MeetingsAddFollowUps2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"f"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FollowUpInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addFollowUps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"meetingId"},"value":{"kind":"StringValue","value":"00000000-0000-5000-8000-000000000000","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"followUps"},"value":{"kind":"Variable","name":{"kind":"Name","value":"f"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<MeetingsAddFollowUps2Mutation, MeetingsAddFollowUps2MutationVariables>;
export const MeetingsMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeetingsMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"followUps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<MeetingsMeetingQuery, MeetingsMeetingQueryVariables>;
export const MeetingsUpdateFollowUpStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MeetingsUpdateFollowUpStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"s"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FollowUpStatus"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"v"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateFollowUpStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"s"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"v"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<MeetingsUpdateFollowUpStatusMutation, MeetingsUpdateFollowUpStatusMutationVariables>;
export const MeetingsMeeting2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeetingsMeeting2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"followUps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<MeetingsMeeting2Query, MeetingsMeeting2QueryVariables>;
export const MeetingsUpdateFollowUpStatus2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MeetingsUpdateFollowUpStatus2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"s"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FollowUpStatus"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"v"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateFollowUpStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"s"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"v"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<MeetingsUpdateFollowUpStatus2Mutation, MeetingsUpdateFollowUpStatus2MutationVariables>;
export const MeetingsRecordAgencyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MeetingsRecordAgency"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordAgencyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordAgency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"regency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coveredProvinces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<MeetingsRecordAgencyMutation, MeetingsRecordAgencyMutationVariables>;
export const OverdueFollowUpsAddFollowUpsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OverdueFollowUpsAddFollowUps"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"f"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FollowUpInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addFollowUps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"meetingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"followUps"},"value":{"kind":"Variable","name":{"kind":"Name","value":"f"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"followUps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<OverdueFollowUpsAddFollowUpsMutation, OverdueFollowUpsAddFollowUpsMutationVariables>;
export const OverdueFollowUpsOverdueFollowUpsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OverdueFollowUpsOverdueFollowUps"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"p"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"overdueFollowUps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"provinceCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"p"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<OverdueFollowUpsOverdueFollowUpsQuery, OverdueFollowUpsOverdueFollowUpsQueryVariables>;
export const OverdueFollowUpsUpdateFollowUpStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OverdueFollowUpsUpdateFollowUpStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"v"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateFollowUpStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"DONE"}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"v"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<OverdueFollowUpsUpdateFollowUpStatusMutation, OverdueFollowUpsUpdateFollowUpStatusMutationVariables>;