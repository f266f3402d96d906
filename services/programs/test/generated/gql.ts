/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query ProposalImportProposals($regency: ID) { proposals(filter: { fiscalYear: 2027, regencyCode: $regency }, first: 100) {\n  totalCount nodes { id regency { code } scheme fiscalYear proposedUnits status proposer note externalReference\n    source { code name publisher publishedOn modeled } history { fromStatus toStatus actor note } } } }": typeof types.ProposalImportProposalsDocument,
    "mutation ProposalImportImportProposals($file: ImportFileInput!) { importProposals(file: $file) { dataset status rows inserted replaced unchanged errorCount } }": typeof types.ProposalImportImportProposalsDocument,
    "query RealizationImportFundingSummary($province: ID!) { fundingSummary(year: 2025, provinceCode: $province, groupBy: REGENCY, schemes: [FLPP, BSPS, CSR]) {\n  regency { code } scheme units amountIdr source { code name publisher publishedOn url modeled } } }": typeof types.RealizationImportFundingSummaryDocument,
    "query RealizationImportFundingBreakdown { fundingBreakdown(year: 2025, scheme: FLPP, by: MONTH, regencyCode: \"52.71\") { month units amountIdr } }": typeof types.RealizationImportFundingBreakdownDocument,
    "query RealizationImportRealizationHistory { realizationHistory(regencyCode: \"52.03\", year: 2024, scheme: CSR) { channel units amountIdr status current supersededAt source { code modeled } } }": typeof types.RealizationImportRealizationHistoryDocument,
    "query RealizationImportFundingBreakdown2 { fundingBreakdown(year: 2022, scheme: BSPS, by: CATEGORY, regencyCode: \"53.01\") { category units amountIdr } }": typeof types.RealizationImportFundingBreakdown2Document,
    "mutation RealizationImportImportRealization($file: ImportFileInput!) { importRealization(file: $file) {\n      dataset status sha256 sourceCode rows inserted replaced unchanged errorCount errors { row column value code message } } }": typeof types.RealizationImportImportRealizationDocument,
    "query RealizationImportFundingSummary2 { fundingSummary(year: 2025, provinceCode: \"52\", groupBy: REGENCY, schemes: [SBUM]) { regency { code } units amountIdr source { code } } }": typeof types.RealizationImportFundingSummary2Document,
    "query BspsNtbByFinancingSource { fundingBreakdown(year: 2023, scheme: BSPS, by: FINANCING_SOURCE, provinceCode: \"52\") { financingSource units amountIdr modeled } }": typeof types.BspsNtbByFinancingSourceDocument,
    "query RealizationImportFinancingHistory { realizationHistory(regencyCode: \"52.03\", year: 2024, scheme: BSPS) { units financingSource proposalId current source { code } } }": typeof types.RealizationImportFinancingHistoryDocument,
};
const documents: Documents = {
    "query ProposalImportProposals($regency: ID) { proposals(filter: { fiscalYear: 2027, regencyCode: $regency }, first: 100) {\n  totalCount nodes { id regency { code } scheme fiscalYear proposedUnits status proposer note externalReference\n    source { code name publisher publishedOn modeled } history { fromStatus toStatus actor note } } } }": types.ProposalImportProposalsDocument,
    "mutation ProposalImportImportProposals($file: ImportFileInput!) { importProposals(file: $file) { dataset status rows inserted replaced unchanged errorCount } }": types.ProposalImportImportProposalsDocument,
    "query RealizationImportFundingSummary($province: ID!) { fundingSummary(year: 2025, provinceCode: $province, groupBy: REGENCY, schemes: [FLPP, BSPS, CSR]) {\n  regency { code } scheme units amountIdr source { code name publisher publishedOn url modeled } } }": types.RealizationImportFundingSummaryDocument,
    "query RealizationImportFundingBreakdown { fundingBreakdown(year: 2025, scheme: FLPP, by: MONTH, regencyCode: \"52.71\") { month units amountIdr } }": types.RealizationImportFundingBreakdownDocument,
    "query RealizationImportRealizationHistory { realizationHistory(regencyCode: \"52.03\", year: 2024, scheme: CSR) { channel units amountIdr status current supersededAt source { code modeled } } }": types.RealizationImportRealizationHistoryDocument,
    "query RealizationImportFundingBreakdown2 { fundingBreakdown(year: 2022, scheme: BSPS, by: CATEGORY, regencyCode: \"53.01\") { category units amountIdr } }": types.RealizationImportFundingBreakdown2Document,
    "mutation RealizationImportImportRealization($file: ImportFileInput!) { importRealization(file: $file) {\n      dataset status sha256 sourceCode rows inserted replaced unchanged errorCount errors { row column value code message } } }": types.RealizationImportImportRealizationDocument,
    "query RealizationImportFundingSummary2 { fundingSummary(year: 2025, provinceCode: \"52\", groupBy: REGENCY, schemes: [SBUM]) { regency { code } units amountIdr source { code } } }": types.RealizationImportFundingSummary2Document,
    "query BspsNtbByFinancingSource { fundingBreakdown(year: 2023, scheme: BSPS, by: FINANCING_SOURCE, provinceCode: \"52\") { financingSource units amountIdr modeled } }": types.BspsNtbByFinancingSourceDocument,
    "query RealizationImportFinancingHistory { realizationHistory(regencyCode: \"52.03\", year: 2024, scheme: BSPS) { units financingSource proposalId current source { code } } }": types.RealizationImportFinancingHistoryDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProposalImportProposals($regency: ID) { proposals(filter: { fiscalYear: 2027, regencyCode: $regency }, first: 100) {\n  totalCount nodes { id regency { code } scheme fiscalYear proposedUnits status proposer note externalReference\n    source { code name publisher publishedOn modeled } history { fromStatus toStatus actor note } } } }"): (typeof documents)["query ProposalImportProposals($regency: ID) { proposals(filter: { fiscalYear: 2027, regencyCode: $regency }, first: 100) {\n  totalCount nodes { id regency { code } scheme fiscalYear proposedUnits status proposer note externalReference\n    source { code name publisher publishedOn modeled } history { fromStatus toStatus actor note } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProposalImportImportProposals($file: ImportFileInput!) { importProposals(file: $file) { dataset status rows inserted replaced unchanged errorCount } }"): (typeof documents)["mutation ProposalImportImportProposals($file: ImportFileInput!) { importProposals(file: $file) { dataset status rows inserted replaced unchanged errorCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RealizationImportFundingSummary($province: ID!) { fundingSummary(year: 2025, provinceCode: $province, groupBy: REGENCY, schemes: [FLPP, BSPS, CSR]) {\n  regency { code } scheme units amountIdr source { code name publisher publishedOn url modeled } } }"): (typeof documents)["query RealizationImportFundingSummary($province: ID!) { fundingSummary(year: 2025, provinceCode: $province, groupBy: REGENCY, schemes: [FLPP, BSPS, CSR]) {\n  regency { code } scheme units amountIdr source { code name publisher publishedOn url modeled } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RealizationImportFundingBreakdown { fundingBreakdown(year: 2025, scheme: FLPP, by: MONTH, regencyCode: \"52.71\") { month units amountIdr } }"): (typeof documents)["query RealizationImportFundingBreakdown { fundingBreakdown(year: 2025, scheme: FLPP, by: MONTH, regencyCode: \"52.71\") { month units amountIdr } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RealizationImportRealizationHistory { realizationHistory(regencyCode: \"52.03\", year: 2024, scheme: CSR) { channel units amountIdr status current supersededAt source { code modeled } } }"): (typeof documents)["query RealizationImportRealizationHistory { realizationHistory(regencyCode: \"52.03\", year: 2024, scheme: CSR) { channel units amountIdr status current supersededAt source { code modeled } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RealizationImportFundingBreakdown2 { fundingBreakdown(year: 2022, scheme: BSPS, by: CATEGORY, regencyCode: \"53.01\") { category units amountIdr } }"): (typeof documents)["query RealizationImportFundingBreakdown2 { fundingBreakdown(year: 2022, scheme: BSPS, by: CATEGORY, regencyCode: \"53.01\") { category units amountIdr } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RealizationImportImportRealization($file: ImportFileInput!) { importRealization(file: $file) {\n      dataset status sha256 sourceCode rows inserted replaced unchanged errorCount errors { row column value code message } } }"): (typeof documents)["mutation RealizationImportImportRealization($file: ImportFileInput!) { importRealization(file: $file) {\n      dataset status sha256 sourceCode rows inserted replaced unchanged errorCount errors { row column value code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RealizationImportFundingSummary2 { fundingSummary(year: 2025, provinceCode: \"52\", groupBy: REGENCY, schemes: [SBUM]) { regency { code } units amountIdr source { code } } }"): (typeof documents)["query RealizationImportFundingSummary2 { fundingSummary(year: 2025, provinceCode: \"52\", groupBy: REGENCY, schemes: [SBUM]) { regency { code } units amountIdr source { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BspsNtbByFinancingSource { fundingBreakdown(year: 2023, scheme: BSPS, by: FINANCING_SOURCE, provinceCode: \"52\") { financingSource units amountIdr modeled } }"): (typeof documents)["query BspsNtbByFinancingSource { fundingBreakdown(year: 2023, scheme: BSPS, by: FINANCING_SOURCE, provinceCode: \"52\") { financingSource units amountIdr modeled } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RealizationImportFinancingHistory { realizationHistory(regencyCode: \"52.03\", year: 2024, scheme: BSPS) { units financingSource proposalId current source { code } } }"): (typeof documents)["query RealizationImportFinancingHistory { realizationHistory(regencyCode: \"52.03\", year: 2024, scheme: BSPS) { units financingSource proposalId current source { code } } }"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;