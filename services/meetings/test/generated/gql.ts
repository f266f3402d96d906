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
    "query MeetingsMeetings($filter: MeetingFilter, $first: Int, $after: String) {\n  meetings(filter: $filter, first: $first, after: $after) {\n    totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor } nodes { id title kind startsAt startsOn }\n  } }": typeof types.MeetingsMeetingsDocument,
    "mutation MeetingsRecordMeeting($input: RecordMeetingInput!) { recordMeeting(input: $input) {\n  id title startsOn timeZone provinces { code } regencies { code } participants { agency { id } role }\n  agenda { position title speaker { name agency { id } } } decisions { position text regency { code } }\n  recommendations { label text } followUps { id label status version dueDate owner { id } } notes } }": typeof types.MeetingsRecordMeetingDocument,
    "query MeetingsEntities { _entities(representations: [{ __typename: \"Regency\", code: \"61.72\" }]) { ... on Regency { meetings(from: \"2022-01-01\", to: \"2021-01-01\") { id } } } }": typeof types.MeetingsEntitiesDocument,
    "query MeetingsEntities2($r: [_Any!]!) { _entities(representations: $r) { ... on Regency { code meetings { id } } } }": typeof types.MeetingsEntities2Document,
    "query MeetingsEntities3 { _entities(representations: [{ __typename: \"Province\", code: \"36\" }, { __typename: \"Province\", code: \"53\" }]) {\n        ... on Province { code meetings(from: \"2016-01-01\", to: \"2016-12-31\") { id } } } }": typeof types.MeetingsEntities3Document,
    "query MeetingsEntities4($r: [_Any!]!) { _entities(representations: $r) { ... on Proposal { id deskReviews { regency { code } proposedUnits recommendedUnits recommendation\n          needUsed { indicator value year sourceCode modeled } priorityIndicators { code met } } } } }": typeof types.MeetingsEntities4Document,
    "query MeetingsAgencies { agencies(kind: REGIONAL_UNIT) { shortName regency { code } coveredProvinces { code } } }": typeof types.MeetingsAgenciesDocument,
    "query MeetingsAgencies2 { agencies(provinceCode: \"61\", kind: HOUSING_OFFICE) { name } }": typeof types.MeetingsAgencies2Document,
    "mutation MeetingsAddDecisions($id: ID!, $d: [DecisionInput!]!) { addDecisions(meetingId: $id, decisions: $d) { decisions { position text } } }": typeof types.MeetingsAddDecisionsDocument,
    "mutation MeetingsAddFollowUps($id: ID!, $f: [FollowUpInput!]!) { addFollowUps(meetingId: $id, followUps: $f) { followUps { position label status } } }": typeof types.MeetingsAddFollowUpsDocument,
    "mutation MeetingsAddDecisions2($id: ID!, $d: [DecisionInput!]!) { addDecisions(meetingId: $id, decisions: $d) { id } }": typeof types.MeetingsAddDecisions2Document,
    "mutation MeetingsAddFollowUps2($f: [FollowUpInput!]!) { addFollowUps(meetingId: \"00000000-0000-5000-8000-000000000000\", followUps: $f) { id } }": typeof types.MeetingsAddFollowUps2Document,
    "query MeetingsMeeting($id: ID!) { meeting(id: $id) { followUps { id status version } } }": typeof types.MeetingsMeetingDocument,
    "mutation MeetingsUpdateFollowUpStatus($id: ID!, $s: FollowUpStatus!, $v: Int!) { updateFollowUpStatus(id: $id, status: $s, expectedVersion: $v) { id status version } }": typeof types.MeetingsUpdateFollowUpStatusDocument,
    "query MeetingsMeeting2($id: ID!) { meeting(id: $id) { followUps { id status version } } }": typeof types.MeetingsMeeting2Document,
    "mutation MeetingsUpdateFollowUpStatus2($id: ID!, $s: FollowUpStatus!, $v: Int!) { updateFollowUpStatus(id: $id, status: $s, expectedVersion: $v) { status version } }": typeof types.MeetingsUpdateFollowUpStatus2Document,
    "mutation MeetingsRecordAgency($input: RecordAgencyInput!) { recordAgency(input: $input) { id name kind province { code } regency { code } coveredProvinces { code } } }": typeof types.MeetingsRecordAgencyDocument,
    "mutation OverdueFollowUpsAddFollowUps($id: ID!, $f: [FollowUpInput!]!) { addFollowUps(meetingId: $id, followUps: $f) { followUps { id label status version } } }": typeof types.OverdueFollowUpsAddFollowUpsDocument,
    "query OverdueFollowUpsOverdueFollowUps($asOf: Date, $p: ID) { overdueFollowUps(asOf: $asOf, provinceCode: $p) { label dueDate status meeting { id } } }": typeof types.OverdueFollowUpsOverdueFollowUpsDocument,
    "mutation OverdueFollowUpsUpdateFollowUpStatus($id: ID!, $v: Int!) { updateFollowUpStatus(id: $id, status: DONE, expectedVersion: $v) { id } }": typeof types.OverdueFollowUpsUpdateFollowUpStatusDocument,
};
const documents: Documents = {
    "query MeetingsMeetings($filter: MeetingFilter, $first: Int, $after: String) {\n  meetings(filter: $filter, first: $first, after: $after) {\n    totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor } nodes { id title kind startsAt startsOn }\n  } }": types.MeetingsMeetingsDocument,
    "mutation MeetingsRecordMeeting($input: RecordMeetingInput!) { recordMeeting(input: $input) {\n  id title startsOn timeZone provinces { code } regencies { code } participants { agency { id } role }\n  agenda { position title speaker { name agency { id } } } decisions { position text regency { code } }\n  recommendations { label text } followUps { id label status version dueDate owner { id } } notes } }": types.MeetingsRecordMeetingDocument,
    "query MeetingsEntities { _entities(representations: [{ __typename: \"Regency\", code: \"61.72\" }]) { ... on Regency { meetings(from: \"2022-01-01\", to: \"2021-01-01\") { id } } } }": types.MeetingsEntitiesDocument,
    "query MeetingsEntities2($r: [_Any!]!) { _entities(representations: $r) { ... on Regency { code meetings { id } } } }": types.MeetingsEntities2Document,
    "query MeetingsEntities3 { _entities(representations: [{ __typename: \"Province\", code: \"36\" }, { __typename: \"Province\", code: \"53\" }]) {\n        ... on Province { code meetings(from: \"2016-01-01\", to: \"2016-12-31\") { id } } } }": types.MeetingsEntities3Document,
    "query MeetingsEntities4($r: [_Any!]!) { _entities(representations: $r) { ... on Proposal { id deskReviews { regency { code } proposedUnits recommendedUnits recommendation\n          needUsed { indicator value year sourceCode modeled } priorityIndicators { code met } } } } }": types.MeetingsEntities4Document,
    "query MeetingsAgencies { agencies(kind: REGIONAL_UNIT) { shortName regency { code } coveredProvinces { code } } }": types.MeetingsAgenciesDocument,
    "query MeetingsAgencies2 { agencies(provinceCode: \"61\", kind: HOUSING_OFFICE) { name } }": types.MeetingsAgencies2Document,
    "mutation MeetingsAddDecisions($id: ID!, $d: [DecisionInput!]!) { addDecisions(meetingId: $id, decisions: $d) { decisions { position text } } }": types.MeetingsAddDecisionsDocument,
    "mutation MeetingsAddFollowUps($id: ID!, $f: [FollowUpInput!]!) { addFollowUps(meetingId: $id, followUps: $f) { followUps { position label status } } }": types.MeetingsAddFollowUpsDocument,
    "mutation MeetingsAddDecisions2($id: ID!, $d: [DecisionInput!]!) { addDecisions(meetingId: $id, decisions: $d) { id } }": types.MeetingsAddDecisions2Document,
    "mutation MeetingsAddFollowUps2($f: [FollowUpInput!]!) { addFollowUps(meetingId: \"00000000-0000-5000-8000-000000000000\", followUps: $f) { id } }": types.MeetingsAddFollowUps2Document,
    "query MeetingsMeeting($id: ID!) { meeting(id: $id) { followUps { id status version } } }": types.MeetingsMeetingDocument,
    "mutation MeetingsUpdateFollowUpStatus($id: ID!, $s: FollowUpStatus!, $v: Int!) { updateFollowUpStatus(id: $id, status: $s, expectedVersion: $v) { id status version } }": types.MeetingsUpdateFollowUpStatusDocument,
    "query MeetingsMeeting2($id: ID!) { meeting(id: $id) { followUps { id status version } } }": types.MeetingsMeeting2Document,
    "mutation MeetingsUpdateFollowUpStatus2($id: ID!, $s: FollowUpStatus!, $v: Int!) { updateFollowUpStatus(id: $id, status: $s, expectedVersion: $v) { status version } }": types.MeetingsUpdateFollowUpStatus2Document,
    "mutation MeetingsRecordAgency($input: RecordAgencyInput!) { recordAgency(input: $input) { id name kind province { code } regency { code } coveredProvinces { code } } }": types.MeetingsRecordAgencyDocument,
    "mutation OverdueFollowUpsAddFollowUps($id: ID!, $f: [FollowUpInput!]!) { addFollowUps(meetingId: $id, followUps: $f) { followUps { id label status version } } }": types.OverdueFollowUpsAddFollowUpsDocument,
    "query OverdueFollowUpsOverdueFollowUps($asOf: Date, $p: ID) { overdueFollowUps(asOf: $asOf, provinceCode: $p) { label dueDate status meeting { id } } }": types.OverdueFollowUpsOverdueFollowUpsDocument,
    "mutation OverdueFollowUpsUpdateFollowUpStatus($id: ID!, $v: Int!) { updateFollowUpStatus(id: $id, status: DONE, expectedVersion: $v) { id } }": types.OverdueFollowUpsUpdateFollowUpStatusDocument,
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
export function graphql(source: "query MeetingsMeetings($filter: MeetingFilter, $first: Int, $after: String) {\n  meetings(filter: $filter, first: $first, after: $after) {\n    totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor } nodes { id title kind startsAt startsOn }\n  } }"): (typeof documents)["query MeetingsMeetings($filter: MeetingFilter, $first: Int, $after: String) {\n  meetings(filter: $filter, first: $first, after: $after) {\n    totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor } nodes { id title kind startsAt startsOn }\n  } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MeetingsRecordMeeting($input: RecordMeetingInput!) { recordMeeting(input: $input) {\n  id title startsOn timeZone provinces { code } regencies { code } participants { agency { id } role }\n  agenda { position title speaker { name agency { id } } } decisions { position text regency { code } }\n  recommendations { label text } followUps { id label status version dueDate owner { id } } notes } }"): (typeof documents)["mutation MeetingsRecordMeeting($input: RecordMeetingInput!) { recordMeeting(input: $input) {\n  id title startsOn timeZone provinces { code } regencies { code } participants { agency { id } role }\n  agenda { position title speaker { name agency { id } } } decisions { position text regency { code } }\n  recommendations { label text } followUps { id label status version dueDate owner { id } } notes } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MeetingsEntities { _entities(representations: [{ __typename: \"Regency\", code: \"61.72\" }]) { ... on Regency { meetings(from: \"2022-01-01\", to: \"2021-01-01\") { id } } } }"): (typeof documents)["query MeetingsEntities { _entities(representations: [{ __typename: \"Regency\", code: \"61.72\" }]) { ... on Regency { meetings(from: \"2022-01-01\", to: \"2021-01-01\") { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MeetingsEntities2($r: [_Any!]!) { _entities(representations: $r) { ... on Regency { code meetings { id } } } }"): (typeof documents)["query MeetingsEntities2($r: [_Any!]!) { _entities(representations: $r) { ... on Regency { code meetings { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MeetingsEntities3 { _entities(representations: [{ __typename: \"Province\", code: \"36\" }, { __typename: \"Province\", code: \"53\" }]) {\n        ... on Province { code meetings(from: \"2016-01-01\", to: \"2016-12-31\") { id } } } }"): (typeof documents)["query MeetingsEntities3 { _entities(representations: [{ __typename: \"Province\", code: \"36\" }, { __typename: \"Province\", code: \"53\" }]) {\n        ... on Province { code meetings(from: \"2016-01-01\", to: \"2016-12-31\") { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MeetingsEntities4($r: [_Any!]!) { _entities(representations: $r) { ... on Proposal { id deskReviews { regency { code } proposedUnits recommendedUnits recommendation\n          needUsed { indicator value year sourceCode modeled } priorityIndicators { code met } } } } }"): (typeof documents)["query MeetingsEntities4($r: [_Any!]!) { _entities(representations: $r) { ... on Proposal { id deskReviews { regency { code } proposedUnits recommendedUnits recommendation\n          needUsed { indicator value year sourceCode modeled } priorityIndicators { code met } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MeetingsAgencies { agencies(kind: REGIONAL_UNIT) { shortName regency { code } coveredProvinces { code } } }"): (typeof documents)["query MeetingsAgencies { agencies(kind: REGIONAL_UNIT) { shortName regency { code } coveredProvinces { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MeetingsAgencies2 { agencies(provinceCode: \"61\", kind: HOUSING_OFFICE) { name } }"): (typeof documents)["query MeetingsAgencies2 { agencies(provinceCode: \"61\", kind: HOUSING_OFFICE) { name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MeetingsAddDecisions($id: ID!, $d: [DecisionInput!]!) { addDecisions(meetingId: $id, decisions: $d) { decisions { position text } } }"): (typeof documents)["mutation MeetingsAddDecisions($id: ID!, $d: [DecisionInput!]!) { addDecisions(meetingId: $id, decisions: $d) { decisions { position text } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MeetingsAddFollowUps($id: ID!, $f: [FollowUpInput!]!) { addFollowUps(meetingId: $id, followUps: $f) { followUps { position label status } } }"): (typeof documents)["mutation MeetingsAddFollowUps($id: ID!, $f: [FollowUpInput!]!) { addFollowUps(meetingId: $id, followUps: $f) { followUps { position label status } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MeetingsAddDecisions2($id: ID!, $d: [DecisionInput!]!) { addDecisions(meetingId: $id, decisions: $d) { id } }"): (typeof documents)["mutation MeetingsAddDecisions2($id: ID!, $d: [DecisionInput!]!) { addDecisions(meetingId: $id, decisions: $d) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MeetingsAddFollowUps2($f: [FollowUpInput!]!) { addFollowUps(meetingId: \"00000000-0000-5000-8000-000000000000\", followUps: $f) { id } }"): (typeof documents)["mutation MeetingsAddFollowUps2($f: [FollowUpInput!]!) { addFollowUps(meetingId: \"00000000-0000-5000-8000-000000000000\", followUps: $f) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MeetingsMeeting($id: ID!) { meeting(id: $id) { followUps { id status version } } }"): (typeof documents)["query MeetingsMeeting($id: ID!) { meeting(id: $id) { followUps { id status version } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MeetingsUpdateFollowUpStatus($id: ID!, $s: FollowUpStatus!, $v: Int!) { updateFollowUpStatus(id: $id, status: $s, expectedVersion: $v) { id status version } }"): (typeof documents)["mutation MeetingsUpdateFollowUpStatus($id: ID!, $s: FollowUpStatus!, $v: Int!) { updateFollowUpStatus(id: $id, status: $s, expectedVersion: $v) { id status version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MeetingsMeeting2($id: ID!) { meeting(id: $id) { followUps { id status version } } }"): (typeof documents)["query MeetingsMeeting2($id: ID!) { meeting(id: $id) { followUps { id status version } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MeetingsUpdateFollowUpStatus2($id: ID!, $s: FollowUpStatus!, $v: Int!) { updateFollowUpStatus(id: $id, status: $s, expectedVersion: $v) { status version } }"): (typeof documents)["mutation MeetingsUpdateFollowUpStatus2($id: ID!, $s: FollowUpStatus!, $v: Int!) { updateFollowUpStatus(id: $id, status: $s, expectedVersion: $v) { status version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MeetingsRecordAgency($input: RecordAgencyInput!) { recordAgency(input: $input) { id name kind province { code } regency { code } coveredProvinces { code } } }"): (typeof documents)["mutation MeetingsRecordAgency($input: RecordAgencyInput!) { recordAgency(input: $input) { id name kind province { code } regency { code } coveredProvinces { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OverdueFollowUpsAddFollowUps($id: ID!, $f: [FollowUpInput!]!) { addFollowUps(meetingId: $id, followUps: $f) { followUps { id label status version } } }"): (typeof documents)["mutation OverdueFollowUpsAddFollowUps($id: ID!, $f: [FollowUpInput!]!) { addFollowUps(meetingId: $id, followUps: $f) { followUps { id label status version } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OverdueFollowUpsOverdueFollowUps($asOf: Date, $p: ID) { overdueFollowUps(asOf: $asOf, provinceCode: $p) { label dueDate status meeting { id } } }"): (typeof documents)["query OverdueFollowUpsOverdueFollowUps($asOf: Date, $p: ID) { overdueFollowUps(asOf: $asOf, provinceCode: $p) { label dueDate status meeting { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OverdueFollowUpsUpdateFollowUpStatus($id: ID!, $v: Int!) { updateFollowUpStatus(id: $id, status: DONE, expectedVersion: $v) { id } }"): (typeof documents)["mutation OverdueFollowUpsUpdateFollowUpStatus($id: ID!, $v: Int!) { updateFollowUpStatus(id: $id, status: DONE, expectedVersion: $v) { id } }"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;