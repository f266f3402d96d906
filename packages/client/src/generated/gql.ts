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
    "query AllProvincesWithRegencies {\n  provinces {\n    code\n    bpsCode\n    name\n    regencies {\n      code\n      bpsCode\n      name\n      kind\n      province {\n        code\n      }\n    }\n  }\n}": typeof types.AllProvincesWithRegenciesDocument,
    "query RegencyBacklog($year: Int!) {\n  provinces {\n    code\n    name\n    need(year: $year) {\n      year\n      ownershipBacklog\n      source {\n        code\n        modeled\n      }\n    }\n    regencies {\n      code\n      need(year: $year) {\n        year\n        ownershipBacklog\n      }\n    }\n  }\n}": typeof types.RegencyBacklogDocument,
    "query NttRegencies($after: String) {\n  regencies(provinceCode: \"53\", first: 10, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      code\n      bpsCode\n      name\n      kind\n      province {\n        code\n      }\n    }\n  }\n}": typeof types.NttRegenciesDocument,
    "query RegencyLookup($code: ID!, $year: Int) {\n  regency(code: $code) {\n    code\n    bpsCode\n    name\n    kind\n    province {\n      code\n      name\n    }\n    need(year: $year) {\n      year\n      households\n      ownershipBacklog\n      habitabilityBacklog\n      uninhabitableHomes\n      source {\n        code\n        name\n        modeled\n        url\n      }\n    }\n  }\n}": typeof types.RegencyLookupDocument,
};
const documents: Documents = {
    "query AllProvincesWithRegencies {\n  provinces {\n    code\n    bpsCode\n    name\n    regencies {\n      code\n      bpsCode\n      name\n      kind\n      province {\n        code\n      }\n    }\n  }\n}": types.AllProvincesWithRegenciesDocument,
    "query RegencyBacklog($year: Int!) {\n  provinces {\n    code\n    name\n    need(year: $year) {\n      year\n      ownershipBacklog\n      source {\n        code\n        modeled\n      }\n    }\n    regencies {\n      code\n      need(year: $year) {\n        year\n        ownershipBacklog\n      }\n    }\n  }\n}": types.RegencyBacklogDocument,
    "query NttRegencies($after: String) {\n  regencies(provinceCode: \"53\", first: 10, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      code\n      bpsCode\n      name\n      kind\n      province {\n        code\n      }\n    }\n  }\n}": types.NttRegenciesDocument,
    "query RegencyLookup($code: ID!, $year: Int) {\n  regency(code: $code) {\n    code\n    bpsCode\n    name\n    kind\n    province {\n      code\n      name\n    }\n    need(year: $year) {\n      year\n      households\n      ownershipBacklog\n      habitabilityBacklog\n      uninhabitableHomes\n      source {\n        code\n        name\n        modeled\n        url\n      }\n    }\n  }\n}": types.RegencyLookupDocument,
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
export function graphql(source: "query AllProvincesWithRegencies {\n  provinces {\n    code\n    bpsCode\n    name\n    regencies {\n      code\n      bpsCode\n      name\n      kind\n      province {\n        code\n      }\n    }\n  }\n}"): (typeof documents)["query AllProvincesWithRegencies {\n  provinces {\n    code\n    bpsCode\n    name\n    regencies {\n      code\n      bpsCode\n      name\n      kind\n      province {\n        code\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RegencyBacklog($year: Int!) {\n  provinces {\n    code\n    name\n    need(year: $year) {\n      year\n      ownershipBacklog\n      source {\n        code\n        modeled\n      }\n    }\n    regencies {\n      code\n      need(year: $year) {\n        year\n        ownershipBacklog\n      }\n    }\n  }\n}"): (typeof documents)["query RegencyBacklog($year: Int!) {\n  provinces {\n    code\n    name\n    need(year: $year) {\n      year\n      ownershipBacklog\n      source {\n        code\n        modeled\n      }\n    }\n    regencies {\n      code\n      need(year: $year) {\n        year\n        ownershipBacklog\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NttRegencies($after: String) {\n  regencies(provinceCode: \"53\", first: 10, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      code\n      bpsCode\n      name\n      kind\n      province {\n        code\n      }\n    }\n  }\n}"): (typeof documents)["query NttRegencies($after: String) {\n  regencies(provinceCode: \"53\", first: 10, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      code\n      bpsCode\n      name\n      kind\n      province {\n        code\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RegencyLookup($code: ID!, $year: Int) {\n  regency(code: $code) {\n    code\n    bpsCode\n    name\n    kind\n    province {\n      code\n      name\n    }\n    need(year: $year) {\n      year\n      households\n      ownershipBacklog\n      habitabilityBacklog\n      uninhabitableHomes\n      source {\n        code\n        name\n        modeled\n        url\n      }\n    }\n  }\n}"): (typeof documents)["query RegencyLookup($code: ID!, $year: Int) {\n  regency(code: $code) {\n    code\n    bpsCode\n    name\n    kind\n    province {\n      code\n      name\n    }\n    need(year: $year) {\n      year\n      households\n      ownershipBacklog\n      habitabilityBacklog\n      uninhabitableHomes\n      source {\n        code\n        name\n        modeled\n        url\n      }\n    }\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;