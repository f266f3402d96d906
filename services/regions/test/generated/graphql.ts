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

export type NationNeed2023QueryVariables = Exact<{ [key: string]: never; }>;


export type NationNeed2023Query = { nation: { need: { areaCode: string, year: number, ownershipBacklog: number | null, habitabilityBacklog: number | null, ownershipBacklogSource: { url: string | null, modeled: boolean } | null } | null, indicators: Array<{ value: string, indicator: { code: string, unit: string } }> } | null };

export type RoundTripQueryVariables = Exact<{ [key: string]: never; }>;


export type RoundTripQuery = { regency: { indicators: Array<{ value: string, indicator: { code: string }, source: { url: string | null } }> } | null };

export type AllProvinceSlumsQueryVariables = Exact<{ [key: string]: never; }>;


export type AllProvinceSlumsQuery = { provinces: Array<{ code: string, indicators: Array<{ value: string }> }> | null };

export type BadIndicatorYearQueryVariables = Exact<{ [key: string]: never; }>;


export type BadIndicatorYearQuery = { nation: { indicators: Array<{ value: string }> } | null };

export type SlumCalibrationQueryVariables = Exact<{ [key: string]: never; }>;


export type SlumCalibrationQuery = { provinces: Array<{ code: string, regencies: Array<{ code: string, need: { households: number | null } | null, indicators: Array<{ value: string, indicator: { code: string, unit: string }, source: { modeled: boolean } }> }> }> | null };

export type PapuaPreSplitSlumShareQueryVariables = Exact<{ [key: string]: never; }>;


export type PapuaPreSplitSlumShareQuery = { province: { indicators: Array<{ value: string, note: string | null, source: { modeled: boolean } }> } | null };

export type NttPendataanQueryVariables = Exact<{ [key: string]: never; }>;


export type NttPendataanQuery = { province: { regencies: Array<{ code: string, pendataan: Array<{ targetHouseholds: number, surveyed: number, verified: number, asOf: string, source: { modeled: boolean, url: string | null } }> }> } | null };

export type NeedImportRegencyQueryVariables = Exact<{ [key: string]: never; }>;


export type NeedImportRegencyQuery = { regency: { need: { year: number, uninhabitableHomes: number | null, ownershipBacklog: number | null, figures: Array<{ indicator: NeedIndicator, year: number, source: { name: string, publisher: string | null, modeled: boolean } }> } | null } | null };

export type NeedImportNeedFigureHistoryQueryVariables = Exact<{ [key: string]: never; }>;


export type NeedImportNeedFigureHistoryQuery = { needFigureHistory: Array<{ value: number, current: boolean, supersededAt: string | null, source: { name: string } }> | null };

export type NeedImportImportNeedMutationVariables = Exact<{
  file: ImportFileInput;
}>;


export type NeedImportImportNeedMutation = { importNeed: { status: ImportStatus, rows: number, inserted: number, errorCount: number, sourceCode: string | null, errors: Array<{ row: number, code: string }> } };

export type NeedImportNeedDiscrepanciesQueryVariables = Exact<{ [key: string]: never; }>;


export type NeedImportNeedDiscrepanciesQuery = { needDiscrepancies: Array<{ areaCode: string, provinceCode: string, year: number, indicator: NeedIndicator, difference: number, figures: Array<{ value: number, source: { publisher: string | null } }> }> | null };

export type NeedImportRegency2QueryVariables = Exact<{ [key: string]: never; }>;


export type NeedImportRegency2Query = { regency: { need: { uninhabitableHomes: number | null, figures: Array<{ indicator: NeedIndicator, source: { publisher: string | null } }> } | null } | null };

export type NeedImportNeedDiscrepancies2QueryVariables = Exact<{ [key: string]: never; }>;


export type NeedImportNeedDiscrepancies2Query = { needDiscrepancies: Array<{ areaCode: string }> | null };

export type RegionsServiceEntitiesQueryVariables = Exact<{
  r: Array<Record<string, unknown>> | Record<string, unknown>;
}>;


export type RegionsServiceEntitiesQuery = { _entities: Array<
    | { code: string, name: string }
    | Record<PropertyKey, never>
   | null> };

export type RegionsServiceEntities2QueryVariables = Exact<{
  r: Array<Record<string, unknown>> | Record<string, unknown>;
}>;


export type RegionsServiceEntities2Query = { _entities: Array<
    | { areaCode: string, year: number, ownershipBacklog: number | null, source: { modeled: boolean } }
    | Record<PropertyKey, never>
   | null> };

export type RegionsServiceProvinceQueryVariables = Exact<{ [key: string]: never; }>;


export type RegionsServiceProvinceQuery = { province: { name: string } | null };

export type RegionsServiceProvince2QueryVariables = Exact<{ [key: string]: never; }>;


export type RegionsServiceProvince2Query = { province: { name: string } | null };


export const NationNeed2023Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NationNeed2023"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"need"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"IntValue","value":"2023"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"areaCode"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"ownershipBacklog"}},{"kind":"Field","name":{"kind":"Name","value":"habitabilityBacklog"}},{"kind":"Field","name":{"kind":"Name","value":"ownershipBacklogSource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"modeled"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"IntValue","value":"2023"}},{"kind":"Argument","name":{"kind":"Name","value":"codes"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"OWNERSHIP_BACKLOG_PCT","block":false},{"kind":"StringValue","value":"NO_ACCESS_TO_LAYAK_HUNI_MILLION_HOUSEHOLDS","block":false}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]} as unknown as DocumentNode<NationNeed2023Query, NationNeed2023QueryVariables>;
export const RoundTripDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RoundTrip"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"StringValue","value":"53.01","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicators"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"IntValue","value":"2024"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RoundTripQuery, RoundTripQueryVariables>;
export const AllProvinceSlumsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AllProvinceSlums"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provinces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"codes"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"SLUM_HOUSING_PCT","block":false}]}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"IntValue","value":"2023"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]} as unknown as DocumentNode<AllProvinceSlumsQuery, AllProvinceSlumsQueryVariables>;
export const BadIndicatorYearDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BadIndicatorYear"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicators"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"IntValue","value":"1800"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]} as unknown as DocumentNode<BadIndicatorYearQuery, BadIndicatorYearQueryVariables>;
export const SlumCalibrationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SlumCalibration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provinces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"regencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"need"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"IntValue","value":"2023"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"households"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"IntValue","value":"2023"}},{"kind":"Argument","name":{"kind":"Name","value":"codes"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"SLUM_HOUSEHOLDS","block":false},{"kind":"StringValue","value":"SLUM_AREA_HA","block":false},{"kind":"StringValue","value":"SPM_DRINKING_WATER_PCT","block":false},{"kind":"StringValue","value":"SPM_SANITATION_PCT","block":false}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"modeled"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SlumCalibrationQuery, SlumCalibrationQueryVariables>;
export const PapuaPreSplitSlumShareDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PapuaPreSplitSlumShare"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"province"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"StringValue","value":"91","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicators"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"codes"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"SLUM_HOUSING_PCT","block":false}]}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"IntValue","value":"2023"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"modeled"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PapuaPreSplitSlumShareQuery, PapuaPreSplitSlumShareQueryVariables>;
export const NttPendataanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NttPendataan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"province"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"StringValue","value":"53","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"pendataan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fiscalYear"},"value":{"kind":"IntValue","value":"2025"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"targetHouseholds"}},{"kind":"Field","name":{"kind":"Name","value":"surveyed"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"modeled"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<NttPendataanQuery, NttPendataanQueryVariables>;
export const NeedImportRegencyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NeedImportRegency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"StringValue","value":"52.71","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"need"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"IntValue","value":"2024"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"uninhabitableHomes"}},{"kind":"Field","name":{"kind":"Name","value":"ownershipBacklog"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"modeled"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<NeedImportRegencyQuery, NeedImportRegencyQueryVariables>;
export const NeedImportNeedFigureHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NeedImportNeedFigureHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"needFigureHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"areaCode"},"value":{"kind":"StringValue","value":"52.06","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"IntValue","value":"2024"}},{"kind":"Argument","name":{"kind":"Name","value":"indicator"},"value":{"kind":"EnumValue","value":"UNINHABITABLE_HOMES"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supersededAt"}}]}}]}}]} as unknown as DocumentNode<NeedImportNeedFigureHistoryQuery, NeedImportNeedFigureHistoryQueryVariables>;
export const NeedImportImportNeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NeedImportImportNeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"file"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportFileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importNeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"file"},"value":{"kind":"Variable","name":{"kind":"Name","value":"file"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"inserted"}},{"kind":"Field","name":{"kind":"Name","value":"errorCount"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sourceCode"}}]}}]}}]} as unknown as DocumentNode<NeedImportImportNeedMutation, NeedImportImportNeedMutationVariables>;
export const NeedImportNeedDiscrepanciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NeedImportNeedDiscrepancies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"needDiscrepancies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"threshold"},"value":{"kind":"FloatValue","value":"0.1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"areaCode"}},{"kind":"Field","name":{"kind":"Name","value":"provinceCode"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"}},{"kind":"Field","name":{"kind":"Name","value":"difference"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publisher"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NeedImportNeedDiscrepanciesQuery, NeedImportNeedDiscrepanciesQueryVariables>;
export const NeedImportRegency2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NeedImportRegency2"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"StringValue","value":"52.02","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"need"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"IntValue","value":"2025"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uninhabitableHomes"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publisher"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<NeedImportRegency2Query, NeedImportRegency2QueryVariables>;
export const NeedImportNeedDiscrepancies2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NeedImportNeedDiscrepancies2"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"needDiscrepancies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"provinceCode"},"value":{"kind":"StringValue","value":"53","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"areaCode"}}]}}]}}]} as unknown as DocumentNode<NeedImportNeedDiscrepancies2Query, NeedImportNeedDiscrepancies2QueryVariables>;
export const RegionsServiceEntitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegionsServiceEntities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"r"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"_Any"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"_entities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"representations"},"value":{"kind":"Variable","name":{"kind":"Name","value":"r"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Regency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<RegionsServiceEntitiesQuery, RegionsServiceEntitiesQueryVariables>;
export const RegionsServiceEntities2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegionsServiceEntities2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"r"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"_Any"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"_entities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"representations"},"value":{"kind":"Variable","name":{"kind":"Name","value":"r"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HousingNeed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"areaCode"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"ownershipBacklog"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"modeled"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RegionsServiceEntities2Query, RegionsServiceEntities2QueryVariables>;
export const RegionsServiceProvinceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegionsServiceProvince"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"province"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"StringValue","value":"99","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<RegionsServiceProvinceQuery, RegionsServiceProvinceQueryVariables>;
export const RegionsServiceProvince2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegionsServiceProvince2"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"province"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"StringValue","value":"5","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<RegionsServiceProvince2Query, RegionsServiceProvince2QueryVariables>;