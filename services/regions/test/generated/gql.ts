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
    "query NationNeed2023 {\n        nation {\n          need(year: 2023) { areaCode year ownershipBacklog habitabilityBacklog ownershipBacklogSource { url modeled } }\n          indicators(year: 2023, codes: [\"OWNERSHIP_BACKLOG_PCT\", \"NO_ACCESS_TO_LAYAK_HUNI_MILLION_HOUSEHOLDS\"]) {\n            indicator { code unit } value\n          }\n        }\n      }": typeof types.NationNeed2023Document,
    "query RoundTrip { regency(code: \"53.01\") { indicators(year: 2024) { indicator { code } value source { url } } } }": typeof types.RoundTripDocument,
    "query AllProvinceSlums { provinces { code indicators(codes: [\"SLUM_HOUSING_PCT\"], year: 2023) { value } } }": typeof types.AllProvinceSlumsDocument,
    "query BadIndicatorYear { nation { indicators(year: 1800) { value } } }": typeof types.BadIndicatorYearDocument,
    "query SlumCalibration {\n        provinces {\n          code\n          regencies {\n            code\n            need(year: 2023) { households }\n            indicators(year: 2023, codes: [\"SLUM_HOUSEHOLDS\", \"SLUM_AREA_HA\", \"SPM_DRINKING_WATER_PCT\", \"SPM_SANITATION_PCT\"]) {\n              indicator { code unit } value source { modeled }\n            }\n          }\n        }\n      }": typeof types.SlumCalibrationDocument,
    "query PapuaPreSplitSlumShare { province(code: \"91\") { indicators(codes: [\"SLUM_HOUSING_PCT\"], year: 2023) { value note source { modeled } } } }": typeof types.PapuaPreSplitSlumShareDocument,
    "query NttPendataan { province(code: \"53\") { regencies { code pendataan(fiscalYear: 2025) { targetHouseholds surveyed verified asOf source { modeled url } } } } }": typeof types.NttPendataanDocument,
    "query NeedImportRegency { regency(code: \"52.71\") { need(year: 2024) { year uninhabitableHomes ownershipBacklog figures { indicator year source { name publisher modeled } } } } }": typeof types.NeedImportRegencyDocument,
    "query NeedImportNeedFigureHistory { needFigureHistory(areaCode: \"52.06\", year: 2024, indicator: UNINHABITABLE_HOMES) { value current source { name } supersededAt } }": typeof types.NeedImportNeedFigureHistoryDocument,
    "mutation NeedImportImportNeed($file: ImportFileInput!) { importNeed(file: $file) { status rows inserted errorCount errors { row code } sourceCode } }": typeof types.NeedImportImportNeedDocument,
    "query NeedImportNeedDiscrepancies { needDiscrepancies(threshold: 0.1) { areaCode provinceCode year indicator difference figures { value source { publisher } } } }": typeof types.NeedImportNeedDiscrepanciesDocument,
    "query NeedImportRegency2 { regency(code: \"52.02\") { need(year: 2025) { uninhabitableHomes figures { indicator source { publisher } } } } }": typeof types.NeedImportRegency2Document,
    "query NeedImportNeedDiscrepancies2 { needDiscrepancies(provinceCode: \"53\") { areaCode } }": typeof types.NeedImportNeedDiscrepancies2Document,
    "query RegionsServiceEntities($r: [_Any!]!) { _entities(representations: $r) { ... on Regency { code name } } }": typeof types.RegionsServiceEntitiesDocument,
    "query RegionsServiceEntities2($r: [_Any!]!) { _entities(representations: $r) { ... on HousingNeed { areaCode year ownershipBacklog source { modeled } } } }": typeof types.RegionsServiceEntities2Document,
    "query RegionsServiceProvince { province(code: \"99\") { name } }": typeof types.RegionsServiceProvinceDocument,
    "query RegionsServiceProvince2 { province(code: \"5\") { name } }": typeof types.RegionsServiceProvince2Document,
};
const documents: Documents = {
    "query NationNeed2023 {\n        nation {\n          need(year: 2023) { areaCode year ownershipBacklog habitabilityBacklog ownershipBacklogSource { url modeled } }\n          indicators(year: 2023, codes: [\"OWNERSHIP_BACKLOG_PCT\", \"NO_ACCESS_TO_LAYAK_HUNI_MILLION_HOUSEHOLDS\"]) {\n            indicator { code unit } value\n          }\n        }\n      }": types.NationNeed2023Document,
    "query RoundTrip { regency(code: \"53.01\") { indicators(year: 2024) { indicator { code } value source { url } } } }": types.RoundTripDocument,
    "query AllProvinceSlums { provinces { code indicators(codes: [\"SLUM_HOUSING_PCT\"], year: 2023) { value } } }": types.AllProvinceSlumsDocument,
    "query BadIndicatorYear { nation { indicators(year: 1800) { value } } }": types.BadIndicatorYearDocument,
    "query SlumCalibration {\n        provinces {\n          code\n          regencies {\n            code\n            need(year: 2023) { households }\n            indicators(year: 2023, codes: [\"SLUM_HOUSEHOLDS\", \"SLUM_AREA_HA\", \"SPM_DRINKING_WATER_PCT\", \"SPM_SANITATION_PCT\"]) {\n              indicator { code unit } value source { modeled }\n            }\n          }\n        }\n      }": types.SlumCalibrationDocument,
    "query PapuaPreSplitSlumShare { province(code: \"91\") { indicators(codes: [\"SLUM_HOUSING_PCT\"], year: 2023) { value note source { modeled } } } }": types.PapuaPreSplitSlumShareDocument,
    "query NttPendataan { province(code: \"53\") { regencies { code pendataan(fiscalYear: 2025) { targetHouseholds surveyed verified asOf source { modeled url } } } } }": types.NttPendataanDocument,
    "query NeedImportRegency { regency(code: \"52.71\") { need(year: 2024) { year uninhabitableHomes ownershipBacklog figures { indicator year source { name publisher modeled } } } } }": types.NeedImportRegencyDocument,
    "query NeedImportNeedFigureHistory { needFigureHistory(areaCode: \"52.06\", year: 2024, indicator: UNINHABITABLE_HOMES) { value current source { name } supersededAt } }": types.NeedImportNeedFigureHistoryDocument,
    "mutation NeedImportImportNeed($file: ImportFileInput!) { importNeed(file: $file) { status rows inserted errorCount errors { row code } sourceCode } }": types.NeedImportImportNeedDocument,
    "query NeedImportNeedDiscrepancies { needDiscrepancies(threshold: 0.1) { areaCode provinceCode year indicator difference figures { value source { publisher } } } }": types.NeedImportNeedDiscrepanciesDocument,
    "query NeedImportRegency2 { regency(code: \"52.02\") { need(year: 2025) { uninhabitableHomes figures { indicator source { publisher } } } } }": types.NeedImportRegency2Document,
    "query NeedImportNeedDiscrepancies2 { needDiscrepancies(provinceCode: \"53\") { areaCode } }": types.NeedImportNeedDiscrepancies2Document,
    "query RegionsServiceEntities($r: [_Any!]!) { _entities(representations: $r) { ... on Regency { code name } } }": types.RegionsServiceEntitiesDocument,
    "query RegionsServiceEntities2($r: [_Any!]!) { _entities(representations: $r) { ... on HousingNeed { areaCode year ownershipBacklog source { modeled } } } }": types.RegionsServiceEntities2Document,
    "query RegionsServiceProvince { province(code: \"99\") { name } }": types.RegionsServiceProvinceDocument,
    "query RegionsServiceProvince2 { province(code: \"5\") { name } }": types.RegionsServiceProvince2Document,
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
export function graphql(source: "query NationNeed2023 {\n        nation {\n          need(year: 2023) { areaCode year ownershipBacklog habitabilityBacklog ownershipBacklogSource { url modeled } }\n          indicators(year: 2023, codes: [\"OWNERSHIP_BACKLOG_PCT\", \"NO_ACCESS_TO_LAYAK_HUNI_MILLION_HOUSEHOLDS\"]) {\n            indicator { code unit } value\n          }\n        }\n      }"): (typeof documents)["query NationNeed2023 {\n        nation {\n          need(year: 2023) { areaCode year ownershipBacklog habitabilityBacklog ownershipBacklogSource { url modeled } }\n          indicators(year: 2023, codes: [\"OWNERSHIP_BACKLOG_PCT\", \"NO_ACCESS_TO_LAYAK_HUNI_MILLION_HOUSEHOLDS\"]) {\n            indicator { code unit } value\n          }\n        }\n      }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RoundTrip { regency(code: \"53.01\") { indicators(year: 2024) { indicator { code } value source { url } } } }"): (typeof documents)["query RoundTrip { regency(code: \"53.01\") { indicators(year: 2024) { indicator { code } value source { url } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AllProvinceSlums { provinces { code indicators(codes: [\"SLUM_HOUSING_PCT\"], year: 2023) { value } } }"): (typeof documents)["query AllProvinceSlums { provinces { code indicators(codes: [\"SLUM_HOUSING_PCT\"], year: 2023) { value } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BadIndicatorYear { nation { indicators(year: 1800) { value } } }"): (typeof documents)["query BadIndicatorYear { nation { indicators(year: 1800) { value } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SlumCalibration {\n        provinces {\n          code\n          regencies {\n            code\n            need(year: 2023) { households }\n            indicators(year: 2023, codes: [\"SLUM_HOUSEHOLDS\", \"SLUM_AREA_HA\", \"SPM_DRINKING_WATER_PCT\", \"SPM_SANITATION_PCT\"]) {\n              indicator { code unit } value source { modeled }\n            }\n          }\n        }\n      }"): (typeof documents)["query SlumCalibration {\n        provinces {\n          code\n          regencies {\n            code\n            need(year: 2023) { households }\n            indicators(year: 2023, codes: [\"SLUM_HOUSEHOLDS\", \"SLUM_AREA_HA\", \"SPM_DRINKING_WATER_PCT\", \"SPM_SANITATION_PCT\"]) {\n              indicator { code unit } value source { modeled }\n            }\n          }\n        }\n      }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PapuaPreSplitSlumShare { province(code: \"91\") { indicators(codes: [\"SLUM_HOUSING_PCT\"], year: 2023) { value note source { modeled } } } }"): (typeof documents)["query PapuaPreSplitSlumShare { province(code: \"91\") { indicators(codes: [\"SLUM_HOUSING_PCT\"], year: 2023) { value note source { modeled } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NttPendataan { province(code: \"53\") { regencies { code pendataan(fiscalYear: 2025) { targetHouseholds surveyed verified asOf source { modeled url } } } } }"): (typeof documents)["query NttPendataan { province(code: \"53\") { regencies { code pendataan(fiscalYear: 2025) { targetHouseholds surveyed verified asOf source { modeled url } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NeedImportRegency { regency(code: \"52.71\") { need(year: 2024) { year uninhabitableHomes ownershipBacklog figures { indicator year source { name publisher modeled } } } } }"): (typeof documents)["query NeedImportRegency { regency(code: \"52.71\") { need(year: 2024) { year uninhabitableHomes ownershipBacklog figures { indicator year source { name publisher modeled } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NeedImportNeedFigureHistory { needFigureHistory(areaCode: \"52.06\", year: 2024, indicator: UNINHABITABLE_HOMES) { value current source { name } supersededAt } }"): (typeof documents)["query NeedImportNeedFigureHistory { needFigureHistory(areaCode: \"52.06\", year: 2024, indicator: UNINHABITABLE_HOMES) { value current source { name } supersededAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NeedImportImportNeed($file: ImportFileInput!) { importNeed(file: $file) { status rows inserted errorCount errors { row code } sourceCode } }"): (typeof documents)["mutation NeedImportImportNeed($file: ImportFileInput!) { importNeed(file: $file) { status rows inserted errorCount errors { row code } sourceCode } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NeedImportNeedDiscrepancies { needDiscrepancies(threshold: 0.1) { areaCode provinceCode year indicator difference figures { value source { publisher } } } }"): (typeof documents)["query NeedImportNeedDiscrepancies { needDiscrepancies(threshold: 0.1) { areaCode provinceCode year indicator difference figures { value source { publisher } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NeedImportRegency2 { regency(code: \"52.02\") { need(year: 2025) { uninhabitableHomes figures { indicator source { publisher } } } } }"): (typeof documents)["query NeedImportRegency2 { regency(code: \"52.02\") { need(year: 2025) { uninhabitableHomes figures { indicator source { publisher } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NeedImportNeedDiscrepancies2 { needDiscrepancies(provinceCode: \"53\") { areaCode } }"): (typeof documents)["query NeedImportNeedDiscrepancies2 { needDiscrepancies(provinceCode: \"53\") { areaCode } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RegionsServiceEntities($r: [_Any!]!) { _entities(representations: $r) { ... on Regency { code name } } }"): (typeof documents)["query RegionsServiceEntities($r: [_Any!]!) { _entities(representations: $r) { ... on Regency { code name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RegionsServiceEntities2($r: [_Any!]!) { _entities(representations: $r) { ... on HousingNeed { areaCode year ownershipBacklog source { modeled } } } }"): (typeof documents)["query RegionsServiceEntities2($r: [_Any!]!) { _entities(representations: $r) { ... on HousingNeed { areaCode year ownershipBacklog source { modeled } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RegionsServiceProvince { province(code: \"99\") { name } }"): (typeof documents)["query RegionsServiceProvince { province(code: \"99\") { name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RegionsServiceProvince2 { province(code: \"5\") { name } }"): (typeof documents)["query RegionsServiceProvince2 { province(code: \"5\") { name } }"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;