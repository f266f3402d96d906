/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
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

/** How final a realization figure is */
export type RealizationStatus =
  | 'ALLOCATED'
  | 'IN_PROGRESS'
  | 'REALIZED';

/** BSPS category */
export type UnitCategory =
  /** Pembangunan baru (new build) */
  | 'PB'
  /** Peningkatan kualitas (upgrade) */
  | 'PK';

export type ProposalImportProposalsQueryVariables = Exact<{
  regency?: string | number | null | undefined;
}>;


export type ProposalImportProposalsQuery = { proposals: { totalCount: number, nodes: Array<{ id: string, scheme: FundingScheme, fiscalYear: number, proposedUnits: number, status: ProposalStatus, proposer: string, note: string | null, externalReference: string | null, regency: { code: string } | null, source: { code: string, name: string, publisher: string | null, publishedOn: string | null, modeled: boolean } | null, history: Array<{ fromStatus: ProposalStatus | null, toStatus: ProposalStatus, actor: string, note: string | null }> }> } | null };

export type ProposalImportImportProposalsMutationVariables = Exact<{
  file: ImportFileInput;
}>;


export type ProposalImportImportProposalsMutation = { importProposals: { dataset: string, status: ImportStatus, rows: number, inserted: number, replaced: number, unchanged: number, errorCount: number } };

export type RealizationImportFundingSummaryQueryVariables = Exact<{
  province: string | number;
}>;


export type RealizationImportFundingSummaryQuery = { fundingSummary: Array<{ scheme: FundingScheme, units: number, amountIdr: string, regency: { code: string } | null, source: { code: string, name: string, publisher: string | null, publishedOn: string | null, url: string | null, modeled: boolean } | null }> | null };

export type RealizationImportFundingBreakdownQueryVariables = Exact<{ [key: string]: never; }>;


export type RealizationImportFundingBreakdownQuery = { fundingBreakdown: Array<{ month: number | null, units: number, amountIdr: string }> | null };

export type RealizationImportRealizationHistoryQueryVariables = Exact<{ [key: string]: never; }>;


export type RealizationImportRealizationHistoryQuery = { realizationHistory: Array<{ channel: string | null, units: number, amountIdr: string, status: RealizationStatus, current: boolean, supersededAt: string | null, source: { code: string, modeled: boolean } }> | null };

export type RealizationImportFundingBreakdown2QueryVariables = Exact<{ [key: string]: never; }>;


export type RealizationImportFundingBreakdown2Query = { fundingBreakdown: Array<{ category: UnitCategory | null, units: number, amountIdr: string }> | null };

export type RealizationImportImportRealizationMutationVariables = Exact<{
  file: ImportFileInput;
}>;


export type RealizationImportImportRealizationMutation = { importRealization: { dataset: string, status: ImportStatus, sha256: string, sourceCode: string | null, rows: number, inserted: number, replaced: number, unchanged: number, errorCount: number, errors: Array<{ row: number, column: string | null, value: string | null, code: string, message: string }> } };

export type RealizationImportFundingSummary2QueryVariables = Exact<{ [key: string]: never; }>;


export type RealizationImportFundingSummary2Query = { fundingSummary: Array<{ units: number, amountIdr: string, regency: { code: string } | null, source: { code: string } | null }> | null };

export type BspsNtbByFinancingSourceQueryVariables = Exact<{ [key: string]: never; }>;


export type BspsNtbByFinancingSourceQuery = { fundingBreakdown: Array<{ financingSource: FinancingSource | null, units: number, amountIdr: string, modeled: boolean }> | null };

export type RealizationImportFinancingHistoryQueryVariables = Exact<{ [key: string]: never; }>;


export type RealizationImportFinancingHistoryQuery = { realizationHistory: Array<{ units: number, financingSource: FinancingSource | null, proposalId: string | null, current: boolean, source: { code: string } }> | null };


export const ProposalImportProposalsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProposalImportProposals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regency"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"fiscalYear"},"value":{"kind":"IntValue","value":"2027"}},{"kind":"ObjectField","name":{"kind":"Name","value":"regencyCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regency"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"regency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scheme"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"proposedUnits"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"proposer"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"externalReference"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"modeled"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProposalImportProposalsQuery, ProposalImportProposalsQueryVariables>;
export const ProposalImportImportProposalsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProposalImportImportProposals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"file"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportFileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importProposals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"file"},"value":{"kind":"Variable","name":{"kind":"Name","value":"file"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataset"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"inserted"}},{"kind":"Field","name":{"kind":"Name","value":"replaced"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"errorCount"}}]}}]}}]} as unknown as DocumentNode<ProposalImportImportProposalsMutation, ProposalImportImportProposalsMutationVariables>;
export const RealizationImportFundingSummaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RealizationImportFundingSummary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"province"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fundingSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"IntValue","value":"2025"}},{"kind":"Argument","name":{"kind":"Name","value":"provinceCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"province"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"REGENCY"}},{"kind":"Argument","name":{"kind":"Name","value":"schemes"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"FLPP"},{"kind":"EnumValue","value":"BSPS"},{"kind":"EnumValue","value":"CSR"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scheme"}},{"kind":"Field","name":{"kind":"Name","value":"units"}},{"kind":"Field","name":{"kind":"Name","value":"amountIdr"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"modeled"}}]}}]}}]}}]} as unknown as DocumentNode<RealizationImportFundingSummaryQuery, RealizationImportFundingSummaryQueryVariables>;
export const RealizationImportFundingBreakdownDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RealizationImportFundingBreakdown"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fundingBreakdown"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"IntValue","value":"2025"}},{"kind":"Argument","name":{"kind":"Name","value":"scheme"},"value":{"kind":"EnumValue","value":"FLPP"}},{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"EnumValue","value":"MONTH"}},{"kind":"Argument","name":{"kind":"Name","value":"regencyCode"},"value":{"kind":"StringValue","value":"52.71","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"units"}},{"kind":"Field","name":{"kind":"Name","value":"amountIdr"}}]}}]}}]} as unknown as DocumentNode<RealizationImportFundingBreakdownQuery, RealizationImportFundingBreakdownQueryVariables>;
export const RealizationImportRealizationHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RealizationImportRealizationHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"realizationHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"regencyCode"},"value":{"kind":"StringValue","value":"52.03","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"IntValue","value":"2024"}},{"kind":"Argument","name":{"kind":"Name","value":"scheme"},"value":{"kind":"EnumValue","value":"CSR"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"units"}},{"kind":"Field","name":{"kind":"Name","value":"amountIdr"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"supersededAt"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"modeled"}}]}}]}}]}}]} as unknown as DocumentNode<RealizationImportRealizationHistoryQuery, RealizationImportRealizationHistoryQueryVariables>;
export const RealizationImportFundingBreakdown2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RealizationImportFundingBreakdown2"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fundingBreakdown"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"IntValue","value":"2022"}},{"kind":"Argument","name":{"kind":"Name","value":"scheme"},"value":{"kind":"EnumValue","value":"BSPS"}},{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"EnumValue","value":"CATEGORY"}},{"kind":"Argument","name":{"kind":"Name","value":"regencyCode"},"value":{"kind":"StringValue","value":"53.01","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"units"}},{"kind":"Field","name":{"kind":"Name","value":"amountIdr"}}]}}]}}]} as unknown as DocumentNode<RealizationImportFundingBreakdown2Query, RealizationImportFundingBreakdown2QueryVariables>;
export const RealizationImportImportRealizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RealizationImportImportRealization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"file"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportFileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importRealization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"file"},"value":{"kind":"Variable","name":{"kind":"Name","value":"file"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataset"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"sourceCode"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"inserted"}},{"kind":"Field","name":{"kind":"Name","value":"replaced"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"errorCount"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RealizationImportImportRealizationMutation, RealizationImportImportRealizationMutationVariables>;
export const RealizationImportFundingSummary2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RealizationImportFundingSummary2"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fundingSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"IntValue","value":"2025"}},{"kind":"Argument","name":{"kind":"Name","value":"provinceCode"},"value":{"kind":"StringValue","value":"52","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"REGENCY"}},{"kind":"Argument","name":{"kind":"Name","value":"schemes"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"SBUM"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"units"}},{"kind":"Field","name":{"kind":"Name","value":"amountIdr"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<RealizationImportFundingSummary2Query, RealizationImportFundingSummary2QueryVariables>;
export const BspsNtbByFinancingSourceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BspsNtbByFinancingSource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fundingBreakdown"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"IntValue","value":"2023"}},{"kind":"Argument","name":{"kind":"Name","value":"scheme"},"value":{"kind":"EnumValue","value":"BSPS"}},{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"EnumValue","value":"FINANCING_SOURCE"}},{"kind":"Argument","name":{"kind":"Name","value":"provinceCode"},"value":{"kind":"StringValue","value":"52","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"financingSource"}},{"kind":"Field","name":{"kind":"Name","value":"units"}},{"kind":"Field","name":{"kind":"Name","value":"amountIdr"}},{"kind":"Field","name":{"kind":"Name","value":"modeled"}}]}}]}}]} as unknown as DocumentNode<BspsNtbByFinancingSourceQuery, BspsNtbByFinancingSourceQueryVariables>;
export const RealizationImportFinancingHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RealizationImportFinancingHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"realizationHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"regencyCode"},"value":{"kind":"StringValue","value":"52.03","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"IntValue","value":"2024"}},{"kind":"Argument","name":{"kind":"Name","value":"scheme"},"value":{"kind":"EnumValue","value":"BSPS"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"units"}},{"kind":"Field","name":{"kind":"Name","value":"financingSource"}},{"kind":"Field","name":{"kind":"Name","value":"proposalId"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<RealizationImportFinancingHistoryQuery, RealizationImportFinancingHistoryQueryVariables>;