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
    "\n      mutation ChangesKey($input: CreateApiKeyInput!) {\n        createApiKey(input: $input) {\n          key\n        }\n      }\n    ": typeof types.ChangesKeyDocument,
    "\n  mutation ChangesImportNeed($file: ImportFileInput!) {\n    importNeed(file: $file) {\n      status\n      inserted\n      replaced\n    }\n  }\n": typeof types.ChangesImportNeedDocument,
    "\n        mutation ExportKey($input: CreateApiKeyInput!) {\n          createApiKey(input: $input) {\n            key\n          }\n        }\n      ": typeof types.ExportKeyDocument,
    "\n      query Question8($after: String) {\n        regencies(first: 100, after: $after) {\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          nodes {\n            code\n            bpsCode\n            name\n            needSeries(from: 2019, to: 2025) {\n              indicator\n              year\n              value\n              definition\n              source {\n                code\n                name\n                modeled\n              }\n            }\n          }\n        }\n      }\n    ": typeof types.Question8Document,
    "mutation ImportsImportRealization($file: ImportFileInput!) {\n  importRealization(file: $file) { ...ImportReport }\n}": typeof types.ImportsImportRealizationDocument,
    "mutation ImportsImportProposals($file: ImportFileInput!) {\n  importProposals(file: $file) { ...ImportReport }\n}": typeof types.ImportsImportProposalsDocument,
    "fragment ImportReport on ImportReport {\n  dataset status sha256 sourceCode rows inserted replaced unchanged errorCount errors { row column value code message }\n}": typeof types.ImportReportFragmentDoc,
    "query ImportsRegency { regency(code: \"52.71\") { name funding(year: 2025, schemes: [FLPP, BSPS]) { scheme units amountIdr source { code name publisher publishedOn modeled } } } }": typeof types.ImportsRegencyDocument,
    "query ImportsFundingSummary { a: fundingSummary(year: 2024) { scheme units amountIdr } b: fundingSummary(year: 2025) { scheme units amountIdr } }": typeof types.ImportsFundingSummaryDocument,
    "query ImportsFundingSummary2 { fundingSummary(year: 2025, provinceCode: \"61\", schemes: [FLPP], groupBy: REGENCY) { regency { code name } units amountIdr source { code } } }": typeof types.ImportsFundingSummary2Document,
    "query ImportsRealizationHistory { realizationHistory(regencyCode: \"52.71\", year: 2025, scheme: FLPP) { month channel units amountIdr current source { code } } }": typeof types.ImportsRealizationHistoryDocument,
    "query ImportsProvinces { provinces { regencies { code } } }": typeof types.ImportsProvincesDocument,
    "query ImportsRegency2 { regency(code: \"52.01\") { name proposals(fiscalYear: 2027) { scheme proposedUnits status externalReference source { name publisher publishedOn modeled } } } }": typeof types.ImportsRegency2Document,
    "query ImportsProposals { proposals(filter: { fiscalYear: 2027 }) { totalCount } }": typeof types.ImportsProposalsDocument,
    "query MeetingsMeetings { meetings(first: 1) { totalCount } }": typeof types.MeetingsMeetingsDocument,
    "query MeetingsRegency { regency(code: \"61.72\") { meetings { title } } }": typeof types.MeetingsRegencyDocument,
    "query MeetingsProposals { proposals(filter: { provinceCode: \"52\", fiscalYear: 2026, scheme: BSPS }, first: 100) {\n          nodes { id proposedUnits regency { code } deskReviews { proposedUnits recommendedUnits recommendation fiscalYear scheme\n            needUsed { indicator modeled } meeting { id kind title } } } } }": typeof types.MeetingsProposalsDocument,
    "query MeetingsProposals2($after: String) { proposals(filter: { fiscalYear: 2026, scheme: BSPS }, first: 100, after: $after) {\n        pageInfo { hasNextPage endCursor } nodes { id proposedUnits deskReviews { proposedUnits } } } }": typeof types.MeetingsProposals2Document,
    "query MeetingsAgencies { agencies(regencyCode: \"52.71\") { id kind } }": typeof types.MeetingsAgenciesDocument,
    "mutation NeedImportImportNeed($file: ImportFileInput!) {\n  importNeed(file: $file) { dataset status rows inserted replaced unchanged errorCount errors { row column value code message } sourceCode }\n}": typeof types.NeedImportImportNeedDocument,
    "query NeedImportRegency {\n      regency(code: \"52.01\") { need(year: 2024) { uninhabitableHomes figures { indicator year value source { name publisher publishedOn modeled } } } }\n    }": typeof types.NeedImportRegencyDocument,
    "query NeedImportRegency2 { regency(code: \"52.01\") { coverage(year: 2024) { fundedUnits ratio need { year uninhabitableHomes } } } }": typeof types.NeedImportRegency2Document,
    "query NeedImportNeedFigureHistory { needFigureHistory(areaCode: \"52.01\", year: 2024, indicator: HOUSEHOLDS) { value source { name } } }": typeof types.NeedImportNeedFigureHistoryDocument,
    "query ProgramsOutageFundingSummary {\n      fundingSummary(year: 2025, groupBy: PROVINCE, schemes: [FLPP]) { scheme units amountIdr province { code name } }\n      national: fundingSummary(year: 2025) { scheme units amountIdr }\n    }": typeof types.ProgramsOutageFundingSummaryDocument,
    "query ProgramsOutagePrograms { programs { code } proposals(filter: { fiscalYear: 2026 }, first: 5) { totalCount nodes { id status } } }": typeof types.ProgramsOutageProgramsDocument,
    "query ProgramsRegency { regency(code: \"32.16\") { name funding(year: 2025, schemes: [FLPP]) { scheme units } } }": typeof types.ProgramsRegencyDocument,
    "query PlannedBspsYear($year: Int!) {\n          delivered: fundingSummary(year: $year, schemes: [BSPS]) { units target { kind units } }\n          allocated: fundingSummary(year: $year, schemes: [BSPS], statuses: [ALLOCATED]) { units target { kind units } }\n          programs { code targets(year: $year) { kind units province { code } } }\n          province(code: \"52\") { funding(year: $year, schemes: [BSPS]) { units } coverage(year: $year) { fundedUnits } }\n        }": typeof types.PlannedBspsYearDocument,
    "query NtbFundingOfYear($year: Int!) { province(code: \"52\") { funding(year: $year) { units } } }": typeof types.NtbFundingOfYearDocument,
    "query Bsps2024Plan {\n      realized: fundingSummary(year: 2024, schemes: [BSPS], statuses: [REALIZED]) { units }\n      plan: fundingSummary(year: 2024, schemes: [BSPS], statuses: [ALLOCATED]) { units target { kind units } }\n      regency(code: \"52.01\") { funding(year: 2024, schemes: [BSPS]) { units } planned: funding(year: 2024, schemes: [BSPS], statuses: [ALLOCATED]) { units } }\n    }": typeof types.Bsps2024PlanDocument,
    "query FlppQuota2025 { fundingSummary(year: 2025, schemes: [FLPP]) { units target { kind units source { modeled } } } }": typeof types.FlppQuota2025Document,
    "query AllFunding($year: Int!) {\n  provinces {\n    code\n    funding(year: $year, schemes: [BSPS, FLPP, CSR]) { scheme units amountIdr }\n    regencies { code funding(year: $year, schemes: [BSPS, FLPP, CSR]) { scheme units amountIdr } }\n  }\n}": typeof types.AllFundingDocument,
    "query ProgramsRegency2 { regency(code: \"52.01\") { funding(year: 2025, schemes: [SBUM, FLPP]) { scheme year units amountIdr source { modeled } } } }": typeof types.ProgramsRegency2Document,
    "query ProgramsFundingSummary {\n      regencies: fundingSummary(year: 2025, provinceCode: \"52\", groupBy: REGENCY) { province { code } regency { code name } scheme units amountIdr }\n      province: fundingSummary(year: 2025, provinceCode: \"52\") { province { code } scheme units amountIdr source { code modeled } }\n    }": typeof types.ProgramsFundingSummaryDocument,
    "query ProgramsFundingSummary2 { fundingSummary(year: 1800) { units } }": typeof types.ProgramsFundingSummary2Document,
    "query ProgramsFundingSummary3 { fundingSummary(year: 2025, provinceCode: \"5x\") { units } }": typeof types.ProgramsFundingSummary3Document,
    "query ProgramsFundingBreakdown {\n      y2024: fundingBreakdown(year: 2024, scheme: FLPP, by: MONTH) { month units amountIdr }\n      y2025: fundingBreakdown(year: 2025, scheme: FLPP, by: MONTH) { month units amountIdr }\n      jabar: fundingBreakdown(year: 2025, scheme: FLPP, by: MONTH, provinceCode: \"32\") { month units }\n      bekasi: fundingBreakdown(year: 2025, scheme: FLPP, by: MONTH, regencyCode: \"32.16\") { month units }\n      programs { code targets(year: 2025) { kind units } }\n    }": typeof types.ProgramsFundingBreakdownDocument,
    "query ProgramsFundingBreakdown2 {\n      bsps: fundingBreakdown(year: 2019, scheme: BSPS, by: CATEGORY, statuses: [ALLOCATED]) { category units amountIdr }\n      banks: fundingBreakdown(year: 2025, scheme: FLPP, by: CHANNEL, provinceCode: \"52\") { channel units }\n    }": typeof types.ProgramsFundingBreakdown2Document,
    "query ProgramsProvince {\n      province(code: \"52\") { coverage(year: 2025) { fundedUnits ratio need { areaCode year uninhabitableHomes households } } }\n      regency(code: \"52.01\") { coverage(year: 2025) { fundedUnits ratio need { areaCode year uninhabitableHomes } } latestNeed { year uninhabitableHomes } }\n    }": typeof types.ProgramsProvinceDocument,
    "query ProgramsPrograms { programs { code name instrument managingAgency reportsRealization\n      unitValues { year category amountIdr source { modeled } } targets { year kind units amountIdr province { code } source { modeled url } } } }": typeof types.ProgramsProgramsDocument,
    "query ProgramsProvinces { provinces { regencies { code proposals(fiscalYear: 2026) { id scheme fiscalYear status proposedUnits regency { code } } } } }": typeof types.ProgramsProvincesDocument,
    "query Page($after: String) { proposals(filter: { fiscalYear: 2026, provinceCode: \"52\" }, first: 4, after: $after) {\n          totalCount pageInfo { hasNextPage endCursor } nodes { id regency { code name } } } }": typeof types.PageDocument,
    "query ProgramsProposals { proposals(after: \"nonsense\") { totalCount } }": typeof types.ProgramsProposalsDocument,
    "mutation Submit($input: SubmitProposalInput!) {\n  submitProposal(input: $input) { id status scheme fiscalYear proposedUnits proposer regency { code name } history { fromStatus toStatus } }\n}": typeof types.SubmitDocument,
    "mutation Move($id: ID!, $to: ProposalStatus!) { transitionProposal(id: $id, to: $to) { id status history { fromStatus toStatus } } }": typeof types.MoveDocument,
    "query ProgramsProposals2 { proposals(first: 1) { totalCount } }": typeof types.ProgramsProposals2Document,
    "query ProgramsProposalHistory($id: ID!) { proposal(id: $id) { status history { fromStatus toStatus } } }": typeof types.ProgramsProposalHistoryDocument,
    "query RegionsRegencies { regencies(first: 1000) { totalCount } }": typeof types.RegionsRegenciesDocument,
    "query RegionsProvince { province(code: \"32\") { need(year: 2023) { year ownershipBacklog ownershipBacklogSource { modeled url } source { code modeled } } } }": typeof types.RegionsProvinceDocument,
};
const documents: Documents = {
    "\n      mutation ChangesKey($input: CreateApiKeyInput!) {\n        createApiKey(input: $input) {\n          key\n        }\n      }\n    ": types.ChangesKeyDocument,
    "\n  mutation ChangesImportNeed($file: ImportFileInput!) {\n    importNeed(file: $file) {\n      status\n      inserted\n      replaced\n    }\n  }\n": types.ChangesImportNeedDocument,
    "\n        mutation ExportKey($input: CreateApiKeyInput!) {\n          createApiKey(input: $input) {\n            key\n          }\n        }\n      ": types.ExportKeyDocument,
    "\n      query Question8($after: String) {\n        regencies(first: 100, after: $after) {\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          nodes {\n            code\n            bpsCode\n            name\n            needSeries(from: 2019, to: 2025) {\n              indicator\n              year\n              value\n              definition\n              source {\n                code\n                name\n                modeled\n              }\n            }\n          }\n        }\n      }\n    ": types.Question8Document,
    "mutation ImportsImportRealization($file: ImportFileInput!) {\n  importRealization(file: $file) { ...ImportReport }\n}": types.ImportsImportRealizationDocument,
    "mutation ImportsImportProposals($file: ImportFileInput!) {\n  importProposals(file: $file) { ...ImportReport }\n}": types.ImportsImportProposalsDocument,
    "fragment ImportReport on ImportReport {\n  dataset status sha256 sourceCode rows inserted replaced unchanged errorCount errors { row column value code message }\n}": types.ImportReportFragmentDoc,
    "query ImportsRegency { regency(code: \"52.71\") { name funding(year: 2025, schemes: [FLPP, BSPS]) { scheme units amountIdr source { code name publisher publishedOn modeled } } } }": types.ImportsRegencyDocument,
    "query ImportsFundingSummary { a: fundingSummary(year: 2024) { scheme units amountIdr } b: fundingSummary(year: 2025) { scheme units amountIdr } }": types.ImportsFundingSummaryDocument,
    "query ImportsFundingSummary2 { fundingSummary(year: 2025, provinceCode: \"61\", schemes: [FLPP], groupBy: REGENCY) { regency { code name } units amountIdr source { code } } }": types.ImportsFundingSummary2Document,
    "query ImportsRealizationHistory { realizationHistory(regencyCode: \"52.71\", year: 2025, scheme: FLPP) { month channel units amountIdr current source { code } } }": types.ImportsRealizationHistoryDocument,
    "query ImportsProvinces { provinces { regencies { code } } }": types.ImportsProvincesDocument,
    "query ImportsRegency2 { regency(code: \"52.01\") { name proposals(fiscalYear: 2027) { scheme proposedUnits status externalReference source { name publisher publishedOn modeled } } } }": types.ImportsRegency2Document,
    "query ImportsProposals { proposals(filter: { fiscalYear: 2027 }) { totalCount } }": types.ImportsProposalsDocument,
    "query MeetingsMeetings { meetings(first: 1) { totalCount } }": types.MeetingsMeetingsDocument,
    "query MeetingsRegency { regency(code: \"61.72\") { meetings { title } } }": types.MeetingsRegencyDocument,
    "query MeetingsProposals { proposals(filter: { provinceCode: \"52\", fiscalYear: 2026, scheme: BSPS }, first: 100) {\n          nodes { id proposedUnits regency { code } deskReviews { proposedUnits recommendedUnits recommendation fiscalYear scheme\n            needUsed { indicator modeled } meeting { id kind title } } } } }": types.MeetingsProposalsDocument,
    "query MeetingsProposals2($after: String) { proposals(filter: { fiscalYear: 2026, scheme: BSPS }, first: 100, after: $after) {\n        pageInfo { hasNextPage endCursor } nodes { id proposedUnits deskReviews { proposedUnits } } } }": types.MeetingsProposals2Document,
    "query MeetingsAgencies { agencies(regencyCode: \"52.71\") { id kind } }": types.MeetingsAgenciesDocument,
    "mutation NeedImportImportNeed($file: ImportFileInput!) {\n  importNeed(file: $file) { dataset status rows inserted replaced unchanged errorCount errors { row column value code message } sourceCode }\n}": types.NeedImportImportNeedDocument,
    "query NeedImportRegency {\n      regency(code: \"52.01\") { need(year: 2024) { uninhabitableHomes figures { indicator year value source { name publisher publishedOn modeled } } } }\n    }": types.NeedImportRegencyDocument,
    "query NeedImportRegency2 { regency(code: \"52.01\") { coverage(year: 2024) { fundedUnits ratio need { year uninhabitableHomes } } } }": types.NeedImportRegency2Document,
    "query NeedImportNeedFigureHistory { needFigureHistory(areaCode: \"52.01\", year: 2024, indicator: HOUSEHOLDS) { value source { name } } }": types.NeedImportNeedFigureHistoryDocument,
    "query ProgramsOutageFundingSummary {\n      fundingSummary(year: 2025, groupBy: PROVINCE, schemes: [FLPP]) { scheme units amountIdr province { code name } }\n      national: fundingSummary(year: 2025) { scheme units amountIdr }\n    }": types.ProgramsOutageFundingSummaryDocument,
    "query ProgramsOutagePrograms { programs { code } proposals(filter: { fiscalYear: 2026 }, first: 5) { totalCount nodes { id status } } }": types.ProgramsOutageProgramsDocument,
    "query ProgramsRegency { regency(code: \"32.16\") { name funding(year: 2025, schemes: [FLPP]) { scheme units } } }": types.ProgramsRegencyDocument,
    "query PlannedBspsYear($year: Int!) {\n          delivered: fundingSummary(year: $year, schemes: [BSPS]) { units target { kind units } }\n          allocated: fundingSummary(year: $year, schemes: [BSPS], statuses: [ALLOCATED]) { units target { kind units } }\n          programs { code targets(year: $year) { kind units province { code } } }\n          province(code: \"52\") { funding(year: $year, schemes: [BSPS]) { units } coverage(year: $year) { fundedUnits } }\n        }": types.PlannedBspsYearDocument,
    "query NtbFundingOfYear($year: Int!) { province(code: \"52\") { funding(year: $year) { units } } }": types.NtbFundingOfYearDocument,
    "query Bsps2024Plan {\n      realized: fundingSummary(year: 2024, schemes: [BSPS], statuses: [REALIZED]) { units }\n      plan: fundingSummary(year: 2024, schemes: [BSPS], statuses: [ALLOCATED]) { units target { kind units } }\n      regency(code: \"52.01\") { funding(year: 2024, schemes: [BSPS]) { units } planned: funding(year: 2024, schemes: [BSPS], statuses: [ALLOCATED]) { units } }\n    }": types.Bsps2024PlanDocument,
    "query FlppQuota2025 { fundingSummary(year: 2025, schemes: [FLPP]) { units target { kind units source { modeled } } } }": types.FlppQuota2025Document,
    "query AllFunding($year: Int!) {\n  provinces {\n    code\n    funding(year: $year, schemes: [BSPS, FLPP, CSR]) { scheme units amountIdr }\n    regencies { code funding(year: $year, schemes: [BSPS, FLPP, CSR]) { scheme units amountIdr } }\n  }\n}": types.AllFundingDocument,
    "query ProgramsRegency2 { regency(code: \"52.01\") { funding(year: 2025, schemes: [SBUM, FLPP]) { scheme year units amountIdr source { modeled } } } }": types.ProgramsRegency2Document,
    "query ProgramsFundingSummary {\n      regencies: fundingSummary(year: 2025, provinceCode: \"52\", groupBy: REGENCY) { province { code } regency { code name } scheme units amountIdr }\n      province: fundingSummary(year: 2025, provinceCode: \"52\") { province { code } scheme units amountIdr source { code modeled } }\n    }": types.ProgramsFundingSummaryDocument,
    "query ProgramsFundingSummary2 { fundingSummary(year: 1800) { units } }": types.ProgramsFundingSummary2Document,
    "query ProgramsFundingSummary3 { fundingSummary(year: 2025, provinceCode: \"5x\") { units } }": types.ProgramsFundingSummary3Document,
    "query ProgramsFundingBreakdown {\n      y2024: fundingBreakdown(year: 2024, scheme: FLPP, by: MONTH) { month units amountIdr }\n      y2025: fundingBreakdown(year: 2025, scheme: FLPP, by: MONTH) { month units amountIdr }\n      jabar: fundingBreakdown(year: 2025, scheme: FLPP, by: MONTH, provinceCode: \"32\") { month units }\n      bekasi: fundingBreakdown(year: 2025, scheme: FLPP, by: MONTH, regencyCode: \"32.16\") { month units }\n      programs { code targets(year: 2025) { kind units } }\n    }": types.ProgramsFundingBreakdownDocument,
    "query ProgramsFundingBreakdown2 {\n      bsps: fundingBreakdown(year: 2019, scheme: BSPS, by: CATEGORY, statuses: [ALLOCATED]) { category units amountIdr }\n      banks: fundingBreakdown(year: 2025, scheme: FLPP, by: CHANNEL, provinceCode: \"52\") { channel units }\n    }": types.ProgramsFundingBreakdown2Document,
    "query ProgramsProvince {\n      province(code: \"52\") { coverage(year: 2025) { fundedUnits ratio need { areaCode year uninhabitableHomes households } } }\n      regency(code: \"52.01\") { coverage(year: 2025) { fundedUnits ratio need { areaCode year uninhabitableHomes } } latestNeed { year uninhabitableHomes } }\n    }": types.ProgramsProvinceDocument,
    "query ProgramsPrograms { programs { code name instrument managingAgency reportsRealization\n      unitValues { year category amountIdr source { modeled } } targets { year kind units amountIdr province { code } source { modeled url } } } }": types.ProgramsProgramsDocument,
    "query ProgramsProvinces { provinces { regencies { code proposals(fiscalYear: 2026) { id scheme fiscalYear status proposedUnits regency { code } } } } }": types.ProgramsProvincesDocument,
    "query Page($after: String) { proposals(filter: { fiscalYear: 2026, provinceCode: \"52\" }, first: 4, after: $after) {\n          totalCount pageInfo { hasNextPage endCursor } nodes { id regency { code name } } } }": types.PageDocument,
    "query ProgramsProposals { proposals(after: \"nonsense\") { totalCount } }": types.ProgramsProposalsDocument,
    "mutation Submit($input: SubmitProposalInput!) {\n  submitProposal(input: $input) { id status scheme fiscalYear proposedUnits proposer regency { code name } history { fromStatus toStatus } }\n}": types.SubmitDocument,
    "mutation Move($id: ID!, $to: ProposalStatus!) { transitionProposal(id: $id, to: $to) { id status history { fromStatus toStatus } } }": types.MoveDocument,
    "query ProgramsProposals2 { proposals(first: 1) { totalCount } }": types.ProgramsProposals2Document,
    "query ProgramsProposalHistory($id: ID!) { proposal(id: $id) { status history { fromStatus toStatus } } }": types.ProgramsProposalHistoryDocument,
    "query RegionsRegencies { regencies(first: 1000) { totalCount } }": types.RegionsRegenciesDocument,
    "query RegionsProvince { province(code: \"32\") { need(year: 2023) { year ownershipBacklog ownershipBacklogSource { modeled url } source { code modeled } } } }": types.RegionsProvinceDocument,
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
export function graphql(source: "\n      mutation ChangesKey($input: CreateApiKeyInput!) {\n        createApiKey(input: $input) {\n          key\n        }\n      }\n    "): (typeof documents)["\n      mutation ChangesKey($input: CreateApiKeyInput!) {\n        createApiKey(input: $input) {\n          key\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangesImportNeed($file: ImportFileInput!) {\n    importNeed(file: $file) {\n      status\n      inserted\n      replaced\n    }\n  }\n"): (typeof documents)["\n  mutation ChangesImportNeed($file: ImportFileInput!) {\n    importNeed(file: $file) {\n      status\n      inserted\n      replaced\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation ExportKey($input: CreateApiKeyInput!) {\n          createApiKey(input: $input) {\n            key\n          }\n        }\n      "): (typeof documents)["\n        mutation ExportKey($input: CreateApiKeyInput!) {\n          createApiKey(input: $input) {\n            key\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query Question8($after: String) {\n        regencies(first: 100, after: $after) {\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          nodes {\n            code\n            bpsCode\n            name\n            needSeries(from: 2019, to: 2025) {\n              indicator\n              year\n              value\n              definition\n              source {\n                code\n                name\n                modeled\n              }\n            }\n          }\n        }\n      }\n    "): (typeof documents)["\n      query Question8($after: String) {\n        regencies(first: 100, after: $after) {\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          nodes {\n            code\n            bpsCode\n            name\n            needSeries(from: 2019, to: 2025) {\n              indicator\n              year\n              value\n              definition\n              source {\n                code\n                name\n                modeled\n              }\n            }\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ImportsImportRealization($file: ImportFileInput!) {\n  importRealization(file: $file) { ...ImportReport }\n}"): (typeof documents)["mutation ImportsImportRealization($file: ImportFileInput!) {\n  importRealization(file: $file) { ...ImportReport }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ImportsImportProposals($file: ImportFileInput!) {\n  importProposals(file: $file) { ...ImportReport }\n}"): (typeof documents)["mutation ImportsImportProposals($file: ImportFileInput!) {\n  importProposals(file: $file) { ...ImportReport }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ImportReport on ImportReport {\n  dataset status sha256 sourceCode rows inserted replaced unchanged errorCount errors { row column value code message }\n}"): (typeof documents)["fragment ImportReport on ImportReport {\n  dataset status sha256 sourceCode rows inserted replaced unchanged errorCount errors { row column value code message }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ImportsRegency { regency(code: \"52.71\") { name funding(year: 2025, schemes: [FLPP, BSPS]) { scheme units amountIdr source { code name publisher publishedOn modeled } } } }"): (typeof documents)["query ImportsRegency { regency(code: \"52.71\") { name funding(year: 2025, schemes: [FLPP, BSPS]) { scheme units amountIdr source { code name publisher publishedOn modeled } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ImportsFundingSummary { a: fundingSummary(year: 2024) { scheme units amountIdr } b: fundingSummary(year: 2025) { scheme units amountIdr } }"): (typeof documents)["query ImportsFundingSummary { a: fundingSummary(year: 2024) { scheme units amountIdr } b: fundingSummary(year: 2025) { scheme units amountIdr } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ImportsFundingSummary2 { fundingSummary(year: 2025, provinceCode: \"61\", schemes: [FLPP], groupBy: REGENCY) { regency { code name } units amountIdr source { code } } }"): (typeof documents)["query ImportsFundingSummary2 { fundingSummary(year: 2025, provinceCode: \"61\", schemes: [FLPP], groupBy: REGENCY) { regency { code name } units amountIdr source { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ImportsRealizationHistory { realizationHistory(regencyCode: \"52.71\", year: 2025, scheme: FLPP) { month channel units amountIdr current source { code } } }"): (typeof documents)["query ImportsRealizationHistory { realizationHistory(regencyCode: \"52.71\", year: 2025, scheme: FLPP) { month channel units amountIdr current source { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ImportsProvinces { provinces { regencies { code } } }"): (typeof documents)["query ImportsProvinces { provinces { regencies { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ImportsRegency2 { regency(code: \"52.01\") { name proposals(fiscalYear: 2027) { scheme proposedUnits status externalReference source { name publisher publishedOn modeled } } } }"): (typeof documents)["query ImportsRegency2 { regency(code: \"52.01\") { name proposals(fiscalYear: 2027) { scheme proposedUnits status externalReference source { name publisher publishedOn modeled } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ImportsProposals { proposals(filter: { fiscalYear: 2027 }) { totalCount } }"): (typeof documents)["query ImportsProposals { proposals(filter: { fiscalYear: 2027 }) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MeetingsMeetings { meetings(first: 1) { totalCount } }"): (typeof documents)["query MeetingsMeetings { meetings(first: 1) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MeetingsRegency { regency(code: \"61.72\") { meetings { title } } }"): (typeof documents)["query MeetingsRegency { regency(code: \"61.72\") { meetings { title } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MeetingsProposals { proposals(filter: { provinceCode: \"52\", fiscalYear: 2026, scheme: BSPS }, first: 100) {\n          nodes { id proposedUnits regency { code } deskReviews { proposedUnits recommendedUnits recommendation fiscalYear scheme\n            needUsed { indicator modeled } meeting { id kind title } } } } }"): (typeof documents)["query MeetingsProposals { proposals(filter: { provinceCode: \"52\", fiscalYear: 2026, scheme: BSPS }, first: 100) {\n          nodes { id proposedUnits regency { code } deskReviews { proposedUnits recommendedUnits recommendation fiscalYear scheme\n            needUsed { indicator modeled } meeting { id kind title } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MeetingsProposals2($after: String) { proposals(filter: { fiscalYear: 2026, scheme: BSPS }, first: 100, after: $after) {\n        pageInfo { hasNextPage endCursor } nodes { id proposedUnits deskReviews { proposedUnits } } } }"): (typeof documents)["query MeetingsProposals2($after: String) { proposals(filter: { fiscalYear: 2026, scheme: BSPS }, first: 100, after: $after) {\n        pageInfo { hasNextPage endCursor } nodes { id proposedUnits deskReviews { proposedUnits } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MeetingsAgencies { agencies(regencyCode: \"52.71\") { id kind } }"): (typeof documents)["query MeetingsAgencies { agencies(regencyCode: \"52.71\") { id kind } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NeedImportImportNeed($file: ImportFileInput!) {\n  importNeed(file: $file) { dataset status rows inserted replaced unchanged errorCount errors { row column value code message } sourceCode }\n}"): (typeof documents)["mutation NeedImportImportNeed($file: ImportFileInput!) {\n  importNeed(file: $file) { dataset status rows inserted replaced unchanged errorCount errors { row column value code message } sourceCode }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NeedImportRegency {\n      regency(code: \"52.01\") { need(year: 2024) { uninhabitableHomes figures { indicator year value source { name publisher publishedOn modeled } } } }\n    }"): (typeof documents)["query NeedImportRegency {\n      regency(code: \"52.01\") { need(year: 2024) { uninhabitableHomes figures { indicator year value source { name publisher publishedOn modeled } } } }\n    }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NeedImportRegency2 { regency(code: \"52.01\") { coverage(year: 2024) { fundedUnits ratio need { year uninhabitableHomes } } } }"): (typeof documents)["query NeedImportRegency2 { regency(code: \"52.01\") { coverage(year: 2024) { fundedUnits ratio need { year uninhabitableHomes } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NeedImportNeedFigureHistory { needFigureHistory(areaCode: \"52.01\", year: 2024, indicator: HOUSEHOLDS) { value source { name } } }"): (typeof documents)["query NeedImportNeedFigureHistory { needFigureHistory(areaCode: \"52.01\", year: 2024, indicator: HOUSEHOLDS) { value source { name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProgramsOutageFundingSummary {\n      fundingSummary(year: 2025, groupBy: PROVINCE, schemes: [FLPP]) { scheme units amountIdr province { code name } }\n      national: fundingSummary(year: 2025) { scheme units amountIdr }\n    }"): (typeof documents)["query ProgramsOutageFundingSummary {\n      fundingSummary(year: 2025, groupBy: PROVINCE, schemes: [FLPP]) { scheme units amountIdr province { code name } }\n      national: fundingSummary(year: 2025) { scheme units amountIdr }\n    }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProgramsOutagePrograms { programs { code } proposals(filter: { fiscalYear: 2026 }, first: 5) { totalCount nodes { id status } } }"): (typeof documents)["query ProgramsOutagePrograms { programs { code } proposals(filter: { fiscalYear: 2026 }, first: 5) { totalCount nodes { id status } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProgramsRegency { regency(code: \"32.16\") { name funding(year: 2025, schemes: [FLPP]) { scheme units } } }"): (typeof documents)["query ProgramsRegency { regency(code: \"32.16\") { name funding(year: 2025, schemes: [FLPP]) { scheme units } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PlannedBspsYear($year: Int!) {\n          delivered: fundingSummary(year: $year, schemes: [BSPS]) { units target { kind units } }\n          allocated: fundingSummary(year: $year, schemes: [BSPS], statuses: [ALLOCATED]) { units target { kind units } }\n          programs { code targets(year: $year) { kind units province { code } } }\n          province(code: \"52\") { funding(year: $year, schemes: [BSPS]) { units } coverage(year: $year) { fundedUnits } }\n        }"): (typeof documents)["query PlannedBspsYear($year: Int!) {\n          delivered: fundingSummary(year: $year, schemes: [BSPS]) { units target { kind units } }\n          allocated: fundingSummary(year: $year, schemes: [BSPS], statuses: [ALLOCATED]) { units target { kind units } }\n          programs { code targets(year: $year) { kind units province { code } } }\n          province(code: \"52\") { funding(year: $year, schemes: [BSPS]) { units } coverage(year: $year) { fundedUnits } }\n        }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NtbFundingOfYear($year: Int!) { province(code: \"52\") { funding(year: $year) { units } } }"): (typeof documents)["query NtbFundingOfYear($year: Int!) { province(code: \"52\") { funding(year: $year) { units } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Bsps2024Plan {\n      realized: fundingSummary(year: 2024, schemes: [BSPS], statuses: [REALIZED]) { units }\n      plan: fundingSummary(year: 2024, schemes: [BSPS], statuses: [ALLOCATED]) { units target { kind units } }\n      regency(code: \"52.01\") { funding(year: 2024, schemes: [BSPS]) { units } planned: funding(year: 2024, schemes: [BSPS], statuses: [ALLOCATED]) { units } }\n    }"): (typeof documents)["query Bsps2024Plan {\n      realized: fundingSummary(year: 2024, schemes: [BSPS], statuses: [REALIZED]) { units }\n      plan: fundingSummary(year: 2024, schemes: [BSPS], statuses: [ALLOCATED]) { units target { kind units } }\n      regency(code: \"52.01\") { funding(year: 2024, schemes: [BSPS]) { units } planned: funding(year: 2024, schemes: [BSPS], statuses: [ALLOCATED]) { units } }\n    }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FlppQuota2025 { fundingSummary(year: 2025, schemes: [FLPP]) { units target { kind units source { modeled } } } }"): (typeof documents)["query FlppQuota2025 { fundingSummary(year: 2025, schemes: [FLPP]) { units target { kind units source { modeled } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AllFunding($year: Int!) {\n  provinces {\n    code\n    funding(year: $year, schemes: [BSPS, FLPP, CSR]) { scheme units amountIdr }\n    regencies { code funding(year: $year, schemes: [BSPS, FLPP, CSR]) { scheme units amountIdr } }\n  }\n}"): (typeof documents)["query AllFunding($year: Int!) {\n  provinces {\n    code\n    funding(year: $year, schemes: [BSPS, FLPP, CSR]) { scheme units amountIdr }\n    regencies { code funding(year: $year, schemes: [BSPS, FLPP, CSR]) { scheme units amountIdr } }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProgramsRegency2 { regency(code: \"52.01\") { funding(year: 2025, schemes: [SBUM, FLPP]) { scheme year units amountIdr source { modeled } } } }"): (typeof documents)["query ProgramsRegency2 { regency(code: \"52.01\") { funding(year: 2025, schemes: [SBUM, FLPP]) { scheme year units amountIdr source { modeled } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProgramsFundingSummary {\n      regencies: fundingSummary(year: 2025, provinceCode: \"52\", groupBy: REGENCY) { province { code } regency { code name } scheme units amountIdr }\n      province: fundingSummary(year: 2025, provinceCode: \"52\") { province { code } scheme units amountIdr source { code modeled } }\n    }"): (typeof documents)["query ProgramsFundingSummary {\n      regencies: fundingSummary(year: 2025, provinceCode: \"52\", groupBy: REGENCY) { province { code } regency { code name } scheme units amountIdr }\n      province: fundingSummary(year: 2025, provinceCode: \"52\") { province { code } scheme units amountIdr source { code modeled } }\n    }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProgramsFundingSummary2 { fundingSummary(year: 1800) { units } }"): (typeof documents)["query ProgramsFundingSummary2 { fundingSummary(year: 1800) { units } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProgramsFundingSummary3 { fundingSummary(year: 2025, provinceCode: \"5x\") { units } }"): (typeof documents)["query ProgramsFundingSummary3 { fundingSummary(year: 2025, provinceCode: \"5x\") { units } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProgramsFundingBreakdown {\n      y2024: fundingBreakdown(year: 2024, scheme: FLPP, by: MONTH) { month units amountIdr }\n      y2025: fundingBreakdown(year: 2025, scheme: FLPP, by: MONTH) { month units amountIdr }\n      jabar: fundingBreakdown(year: 2025, scheme: FLPP, by: MONTH, provinceCode: \"32\") { month units }\n      bekasi: fundingBreakdown(year: 2025, scheme: FLPP, by: MONTH, regencyCode: \"32.16\") { month units }\n      programs { code targets(year: 2025) { kind units } }\n    }"): (typeof documents)["query ProgramsFundingBreakdown {\n      y2024: fundingBreakdown(year: 2024, scheme: FLPP, by: MONTH) { month units amountIdr }\n      y2025: fundingBreakdown(year: 2025, scheme: FLPP, by: MONTH) { month units amountIdr }\n      jabar: fundingBreakdown(year: 2025, scheme: FLPP, by: MONTH, provinceCode: \"32\") { month units }\n      bekasi: fundingBreakdown(year: 2025, scheme: FLPP, by: MONTH, regencyCode: \"32.16\") { month units }\n      programs { code targets(year: 2025) { kind units } }\n    }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProgramsFundingBreakdown2 {\n      bsps: fundingBreakdown(year: 2019, scheme: BSPS, by: CATEGORY, statuses: [ALLOCATED]) { category units amountIdr }\n      banks: fundingBreakdown(year: 2025, scheme: FLPP, by: CHANNEL, provinceCode: \"52\") { channel units }\n    }"): (typeof documents)["query ProgramsFundingBreakdown2 {\n      bsps: fundingBreakdown(year: 2019, scheme: BSPS, by: CATEGORY, statuses: [ALLOCATED]) { category units amountIdr }\n      banks: fundingBreakdown(year: 2025, scheme: FLPP, by: CHANNEL, provinceCode: \"52\") { channel units }\n    }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProgramsProvince {\n      province(code: \"52\") { coverage(year: 2025) { fundedUnits ratio need { areaCode year uninhabitableHomes households } } }\n      regency(code: \"52.01\") { coverage(year: 2025) { fundedUnits ratio need { areaCode year uninhabitableHomes } } latestNeed { year uninhabitableHomes } }\n    }"): (typeof documents)["query ProgramsProvince {\n      province(code: \"52\") { coverage(year: 2025) { fundedUnits ratio need { areaCode year uninhabitableHomes households } } }\n      regency(code: \"52.01\") { coverage(year: 2025) { fundedUnits ratio need { areaCode year uninhabitableHomes } } latestNeed { year uninhabitableHomes } }\n    }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProgramsPrograms { programs { code name instrument managingAgency reportsRealization\n      unitValues { year category amountIdr source { modeled } } targets { year kind units amountIdr province { code } source { modeled url } } } }"): (typeof documents)["query ProgramsPrograms { programs { code name instrument managingAgency reportsRealization\n      unitValues { year category amountIdr source { modeled } } targets { year kind units amountIdr province { code } source { modeled url } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProgramsProvinces { provinces { regencies { code proposals(fiscalYear: 2026) { id scheme fiscalYear status proposedUnits regency { code } } } } }"): (typeof documents)["query ProgramsProvinces { provinces { regencies { code proposals(fiscalYear: 2026) { id scheme fiscalYear status proposedUnits regency { code } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Page($after: String) { proposals(filter: { fiscalYear: 2026, provinceCode: \"52\" }, first: 4, after: $after) {\n          totalCount pageInfo { hasNextPage endCursor } nodes { id regency { code name } } } }"): (typeof documents)["query Page($after: String) { proposals(filter: { fiscalYear: 2026, provinceCode: \"52\" }, first: 4, after: $after) {\n          totalCount pageInfo { hasNextPage endCursor } nodes { id regency { code name } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProgramsProposals { proposals(after: \"nonsense\") { totalCount } }"): (typeof documents)["query ProgramsProposals { proposals(after: \"nonsense\") { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Submit($input: SubmitProposalInput!) {\n  submitProposal(input: $input) { id status scheme fiscalYear proposedUnits proposer regency { code name } history { fromStatus toStatus } }\n}"): (typeof documents)["mutation Submit($input: SubmitProposalInput!) {\n  submitProposal(input: $input) { id status scheme fiscalYear proposedUnits proposer regency { code name } history { fromStatus toStatus } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Move($id: ID!, $to: ProposalStatus!) { transitionProposal(id: $id, to: $to) { id status history { fromStatus toStatus } } }"): (typeof documents)["mutation Move($id: ID!, $to: ProposalStatus!) { transitionProposal(id: $id, to: $to) { id status history { fromStatus toStatus } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProgramsProposals2 { proposals(first: 1) { totalCount } }"): (typeof documents)["query ProgramsProposals2 { proposals(first: 1) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProgramsProposalHistory($id: ID!) { proposal(id: $id) { status history { fromStatus toStatus } } }"): (typeof documents)["query ProgramsProposalHistory($id: ID!) { proposal(id: $id) { status history { fromStatus toStatus } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RegionsRegencies { regencies(first: 1000) { totalCount } }"): (typeof documents)["query RegionsRegencies { regencies(first: 1000) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RegionsProvince { province(code: \"32\") { need(year: 2023) { year ownershipBacklog ownershipBacklogSource { modeled url } source { code modeled } } } }"): (typeof documents)["query RegionsProvince { province(code: \"32\") { need(year: 2023) { year ownershipBacklog ownershipBacklogSource { modeled url } source { code modeled } } } }"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;