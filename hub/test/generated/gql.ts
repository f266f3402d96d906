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
    "query AccessSeedMeeting { meetings(filter: { provinceCode: \"36\" }, first: 1) { nodes { id followUps { id version } } } }": typeof types.AccessSeedMeetingDocument,
    "mutation AccessSubmit($input: SubmitProposalInput!) { submitProposal(input: $input) { id status regency { code } } }": typeof types.AccessSubmitDocument,
    "mutation AccessMove($id: ID!, $to: ProposalStatus!) { transitionProposal(id: $id, to: $to) { id status } }": typeof types.AccessMoveDocument,
    "query AccessOrganizer { agencies(regencyCode: \"52.71\") { id } }": typeof types.AccessOrganizerDocument,
    "query AccessSubmitted { proposals(filter: { status: SUBMITTED }, first: 1) { nodes { id } } }": typeof types.AccessSubmittedDocument,
    "mutation AccessCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { key apiKey { id label scopes keyPrefix revokedAt } } }": typeof types.AccessCreateApiKeyDocument,
    "query AccessAgencies { agencies { id } }": typeof types.AccessAgenciesDocument,
    "query AccessApiKeys { apiKeys { id keyPrefix lastUsedAt } }": typeof types.AccessApiKeysDocument,
    "mutation AccessRevokeApiKey($id: ID!) { revokeApiKey(id: $id) { revokedAt } }": typeof types.AccessRevokeApiKeyDocument,
    "query AccessApiKeysUsed { apiKeys { id lastUsedAt } }": typeof types.AccessApiKeysUsedDocument,
    "mutation AccessImportNeed($file: ImportFileInput!) { importNeed(file: $file) { status inserted } }": typeof types.AccessImportNeedDocument,
    "mutation AccessImportRealization($file: ImportFileInput!) { importRealization(file: $file) { status } }": typeof types.AccessImportRealizationDocument,
    "query AccessDeskReviewsAnonymously {\n      province(code: \"52\") { name }\n      proposals(filter: { provinceCode: \"52\", fiscalYear: 2026, scheme: BSPS }, first: 3) {\n        nodes { proposedUnits deskReviews { recommendedUnits } reviews: deskReviews { proposedUnits } }\n      }\n    }": typeof types.AccessDeskReviewsAnonymouslyDocument,
    "query AccessDeskReviewsAsBp3kp {\n      proposals(filter: { provinceCode: \"52\", fiscalYear: 2026, scheme: BSPS }, first: 3) { nodes { deskReviews { recommendedUnits } } }\n    }": typeof types.AccessDeskReviewsAsBp3kpDocument,
    "mutation AccessSubmitDraft($input: SubmitProposalInput!) { submitProposal(input: $input) { id status } }": typeof types.AccessSubmitDraftDocument,
    "query AccessDrafts($id: ID!) { proposals(filter: { regencyCode: \"52.71\", fiscalYear: 2028 }) { totalCount nodes { id } } proposal(id: $id) { id } regency(code: \"52.71\") { proposals(fiscalYear: 2028) { id } } }": typeof types.AccessDraftsDocument,
    "query AccessReviews {\n      proposals(filter: { provinceCode: \"52\", fiscalYear: 2026, scheme: BSPS }, first: 2) { nodes { ...AccessReviewed } }\n    }\n    fragment AccessReviewed on Proposal { id deskReviews { recommendedUnits } }": typeof types.AccessReviewsDocument,
    "query AnalystsOrderingAllRtlh($year: Int!) { provinces { regencies { code need(year: $year) { uninhabitableHomes } } } }": typeof types.AnalystsOrderingAllRtlhDocument,
    "query AnalystsOrderingTop10 { regencies(first: 10, orderBy: [{ field: UNINHABITABLE_HOMES, direction: DESC, year: 2023 }]) {\n    totalCount nodes { code name need(year: 2023) { uninhabitableHomes } } } }": typeof types.AnalystsOrderingTop10Document,
    "query AnalystsOrderingRtlhPage($after: String) { regencies(first: 100, after: $after, orderBy: [{ field: UNINHABITABLE_HOMES, direction: DESC, year: 2023 }]) {\n          nodes { code } pageInfo { hasNextPage endCursor } } }": typeof types.AnalystsOrderingRtlhPageDocument,
    "query AnalystsOrderingByName { regencies(first: 100, provinceCode: \"52\", orderBy: [{ field: NAME }]) { nodes { name } } }": typeof types.AnalystsOrderingByNameDocument,
    "query AnalystsOrderingFirstCursor { regencies(first: 1) { pageInfo { endCursor } } }": typeof types.AnalystsOrderingFirstCursorDocument,
    "query AnalystsOrderingForeignCursor($after: String) { regencies(first: 1, after: $after, orderBy: [{ field: NAME }]) { nodes { code } } }": typeof types.AnalystsOrderingForeignCursorDocument,
    "query AnalystsOrderingProvinceBacklog { provinces { code need(year: 2023) { ownershipBacklog } } }": typeof types.AnalystsOrderingProvinceBacklogDocument,
    "query AnalystsOrderingTopBacklogProvinces { provinces(first: 5, orderBy: [{ field: OWNERSHIP_BACKLOG, direction: DESC, year: 2023 }]) { code need(year: 2023) { ownershipBacklog } } }": typeof types.AnalystsOrderingTopBacklogProvincesDocument,
    "query AnalystsOrderingFilters {\n      some: regencies(first: 100, filter: { provinceCodes: [\"52\", \"53\"], kinds: [KOTA] }) { totalCount nodes { code kind } }\n      big: regencies(first: 100, filter: { need: [{ indicator: UNINHABITABLE_HOMES, year: 2023, min: 30000 }] }, orderBy: [{ field: UNINHABITABLE_HOMES, year: 2023 }]) {\n        totalCount nodes { need(year: 2023) { uninhabitableHomes } } }\n      without: regencies(first: 10, filter: { hasNeedData: false }) { totalCount }\n      before: regencies(first: 10, filter: { hasNeedData: true, needYear: 2014 }) { totalCount }\n    }": typeof types.AnalystsOrderingFiltersDocument,
    "query AnalystsOrderingFlppByProvince { fundingSummary(year: 2025, schemes: [FLPP], groupBy: PROVINCE) { province { code } units amountIdr } }": typeof types.AnalystsOrderingFlppByProvinceDocument,
    "query AnalystsOrderingTopFlppProvinces { fundingSummary(year: 2025, schemes: [FLPP], groupBy: PROVINCE, orderBy: [{ field: UNITS, direction: DESC }], first: 5) { province { code } units amountIdr } }": typeof types.AnalystsOrderingTopFlppProvincesDocument,
    "query AnalystsOrderingTopFlppAmounts { fundingSummary(year: 2025, schemes: [FLPP], groupBy: PROVINCE, orderBy: [{ field: AMOUNT, direction: DESC }], first: 3) { amountIdr } }": typeof types.AnalystsOrderingTopFlppAmountsDocument,
    "query AnalystsOrderingFlppYears { fundingSummary(years: [2023, 2024, 2025], schemes: [FLPP], orderBy: [{ field: YEAR }]) { year units target { kind units } } }": typeof types.AnalystsOrderingFlppYearsDocument,
    "query AnalystsOrderingNoYear { fundingSummary { units } }": typeof types.AnalystsOrderingNoYearDocument,
    "query AnalystsOrderingProposalsByUnits($after: String) {\n          proposals(first: 7, after: $after, filter: { fiscalYear: 2026, statuses: [SUBMITTED, ADMIN_VERIFIED], schemes: [BSPS], provinceCodes: [\"52\", \"53\", \"32\"], minUnits: 50 },\n            orderBy: [{ field: PROPOSED_UNITS, direction: DESC }]) {\n          totalCount nodes { id proposedUnits status scheme regency { code } } pageInfo { hasNextPage endCursor } } }": typeof types.AnalystsOrderingProposalsByUnitsDocument,
    "query AnalystsOrderingProposalsByStatus { proposals(first: 100, filter: { provinceCode: \"52\" }, orderBy: [{ field: STATUS }]) { nodes { status } } }": typeof types.AnalystsOrderingProposalsByStatusDocument,
    "query AnalystsOrderingMeetingsByDate($after: String, $direction: SortDirection!) {\n            meetings(first: 2, after: $after, filter: { provinceCode: \"52\" }, orderBy: [{ field: STARTS_AT, direction: $direction }]) {\n            nodes { id } pageInfo { hasNextPage endCursor } } }": typeof types.AnalystsOrderingMeetingsByDateDocument,
    "query AnalystsOrderingMeetingsInProvinces { meetings(first: 100, filter: { provinceCodes: [\"52\", \"61\"] }) { nodes { provinces { code } regencies { code } } } }": typeof types.AnalystsOrderingMeetingsInProvincesDocument,
    "fragment AnalystsProvenanceSource on DataSource { code name url publishedOn modeled }": typeof types.AnalystsProvenanceSourceFragmentDoc,
    "fragment AnalystsProvenanceNeed on HousingNeed {\n  year households ownershipBacklog habitabilityBacklog uninhabitableHomes modeled source { ...AnalystsProvenanceSource }\n  householdsSource { ...AnalystsProvenanceSource } ownershipBacklogSource { ...AnalystsProvenanceSource }\n  habitabilityBacklogSource { ...AnalystsProvenanceSource } uninhabitableHomesSource { ...AnalystsProvenanceSource }\n  figures { indicator year value source { ...AnalystsProvenanceSource } }\n}": typeof types.AnalystsProvenanceNeedFragmentDoc,
    "query AnalystsProvenanceNeeds {\n        provinces { code need(year: 2023) { ...AnalystsProvenanceNeed } regencies { code need(year: 2023) { ...AnalystsProvenanceNeed } } }\n      }": typeof types.AnalystsProvenanceNeedsDocument,
    "query AnalystsProvenanceCoverage {\n      regency(code: \"52.01\") { coverage(year: 2025) { fundedUnits modeled } }\n      fundingBreakdown(year: 2025, scheme: FLPP, by: MONTH) { month units modeled }\n    }": typeof types.AnalystsProvenanceCoverageDocument,
    "query AnalystsProvenanceProposals { proposals(filter: { provinceCode: \"52\" }, first: 100) { totalCount nodes { source { code name modeled } } } }": typeof types.AnalystsProvenanceProposalsDocument,
    "query AnalystsProvenanceTargets { programs { code targets(year: 2025) { kind source { url publishedOn modeled } } } }": typeof types.AnalystsProvenanceTargetsDocument,
    "mutation AnalystsQuestionsSubmit($input: SubmitProposalInput!) { submitProposal(input: $input) { id } }": typeof types.AnalystsQuestionsSubmitDocument,
    "query AnalystsQuestionsNtbCoverage { province(code: \"52\") { regencies { code coverage(year: 2025) { ratio } } } }": typeof types.AnalystsQuestionsNtbCoverageDocument,
    "query AnalystsQuestionsFlppAndBacklog { fundingSummary(year: 2025, schemes: [FLPP], groupBy: PROVINCE) { province { code } units } provinces { code need(year: 2025) { ownershipBacklog } } }": typeof types.AnalystsQuestionsFlppAndBacklogDocument,
    "query AnalystsQuestionsLatestRtlh { provinces { regencies { code latestNeed { uninhabitableHomes } } } }": typeof types.AnalystsQuestionsLatestRtlhDocument,
    "query AnalystsQuestionsProposals2026($after: String) { proposals(first: 100, after: $after, filter: { fiscalYear: 2026 }) { nodes { id proposedUnits regency { code } } pageInfo { hasNextPage endCursor } } }": typeof types.AnalystsQuestionsProposals2026Document,
    "query AnalystsQuestionsRakorAttendees { meetings(first: 100, filter: { kinds: [RAKOR, RAKORNIS] }) { nodes { regencies { code proposals(fiscalYear: 2026) { status } } } } }": typeof types.AnalystsQuestionsRakorAttendeesDocument,
    "\n  query AnalystsSearchAreas($text: String!, $first: Int) {\n    searchAreas(text: $text, first: $first) { level code name kind score province { code } regency { code name } }\n  }\n": typeof types.AnalystsSearchAreasDocument,
    "query AnalystsSeriesFlppMonthly {\n      national: fundingSeries(from: 2024, to: 2025, schemes: [FLPP], interval: MONTH) { year month units amountIdr modeled source { code } target { kind units } }\n      jabar: fundingSeries(from: 2024, to: 2025, schemes: [FLPP], interval: MONTH, provinceCode: \"32\") { year month units target { kind units } }\n    }": typeof types.AnalystsSeriesFlppMonthlyDocument,
    "query AnalystsSeriesBspsByCategory { fundingSeries(from: 2018, to: 2025, schemes: [BSPS], byCategory: true) { year category units amountIdr target { kind units } } }": typeof types.AnalystsSeriesBspsByCategoryDocument,
    "query AnalystsSeriesReversed { fundingSeries(from: 2025, to: 2020) { units } }": typeof types.AnalystsSeriesReversedDocument,
    "query AnalystsSeriesNeed {\n      province(code: \"32\") { needSeries(from: 2019, to: 2023, indicators: [OWNERSHIP_BACKLOG]) { year indicator value source { modeled } } }\n      regency(code: \"52.01\") { needSeries(from: 2014, to: 2025) { year indicator value } }\n    }": typeof types.AnalystsSeriesNeedDocument,
    "query AuditPage($filter: AuditLogFilter, $first: Int, $after: String) {\n  auditLog(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo { hasNextPage endCursor }\n    edges { cursor node { id at service actorId actorKind actorRoles agencyId operation entity entityId before after } }\n  }\n}": typeof types.AuditPageDocument,
    "mutation AuditSubmit($input: SubmitProposalInput!) { submitProposal(input: $input) { id status } }": typeof types.AuditSubmitDocument,
    "mutation AuditVerify($id: ID!) { transitionProposal(id: $id, to: ADMIN_VERIFIED, note: \"complete\") { status } }": typeof types.AuditVerifyDocument,
    "query AuditNtbMeeting { meetings(filter: { provinceCode: \"52\" }, first: 1) { nodes { id } } }": typeof types.AuditNtbMeetingDocument,
    "mutation AuditAddFollowUp($id: ID!) { addFollowUps(meetingId: $id, followUps: [{ description: \"Lengkapi dokumen\" }]) {\n         followUps { id version status } } }": typeof types.AuditAddFollowUpDocument,
    "mutation AuditFollowUpDone($id: ID!, $version: Int!) { updateFollowUpStatus(id: $id, status: DONE, expectedVersion: $version) {\n         status statusHistory { fromStatus toStatus actor } } }": typeof types.AuditFollowUpDoneDocument,
    "mutation AuditAddDecision($id: ID!) { addDecisions(meetingId: $id, decisions: [{ text: \"Verifikasi lanjutan\" }]) {\n         updatedBy decisions { text createdBy } } }": typeof types.AuditAddDecisionDocument,
    "mutation AuditImportNeed($file: ImportFileInput!) { importNeed(file: $file) { status batchId importedBy } }": typeof types.AuditImportNeedDocument,
    "query AuditApprovedProposal { proposals(filter: { status: APPROVED }, first: 1) { nodes { id } } }": typeof types.AuditApprovedProposalDocument,
    "mutation AuditReject($id: ID!) { transitionProposal(id: $id, to: REJECTED) { status } }": typeof types.AuditRejectDocument,
    "query AuditFirstFollowUp { meetings(first: 1) { nodes { followUps { id version } } } }": typeof types.AuditFirstFollowUpDocument,
    "mutation AuditStaleFollowUp($id: ID!, $version: Int!) { updateFollowUpStatus(id: $id, status: DONE, expectedVersion: $version) { status } }": typeof types.AuditStaleFollowUpDocument,
    "mutation AuditRejectedImport($file: ImportFileInput!) { importNeed(file: $file) { status } }": typeof types.AuditRejectedImportDocument,
    "query AuditCount { auditLog(first: 1) { totalCount } }": typeof types.AuditCountDocument,
    "\n  mutation ChangesImportNeed($file: ImportFileInput!) {\n    importNeed(file: $file) {\n      status\n      inserted\n      replaced\n    }\n  }\n": typeof types.ChangesImportNeedDocument,
    "query ChangesStep1 { agencies { id } }": typeof types.ChangesStep1Document,
    "\n      mutation ChangesKey($input: CreateApiKeyInput!) {\n        createApiKey(input: $input) {\n          key\n        }\n      }\n    ": typeof types.ChangesKeyDocument,
    "mutation CrashSubmit($input: SubmitProposalInput!) { submitProposal(input: $input) { id } }": typeof types.CrashSubmitDocument,
    "mutation CrashImport($file: ImportFileInput!) { importRealization(file: $file) { status rows } }": typeof types.CrashImportDocument,
    "query CrashProposalPage($fiscalYear: Int!, $after: String) {\n        proposals(filter: { fiscalYear: $fiscalYear }, first: 100, after: $after) { pageInfo { hasNextPage endCursor } nodes { id } } }": typeof types.CrashProposalPageDocument,
    "query CrashImportedUnits($year: Int!) { fundingSummary(year: $year, schemes: [FLPP]) { units } }": typeof types.CrashImportedUnitsDocument,
    "query CrashFrame { provinces { regencies { code } } }": typeof types.CrashFrameDocument,
    "query DeskReviewsOf2025 {\n  meetings(filter: { kinds: [DESK_SINKRONISASI], from: \"2025-01-01\", to: \"2025-12-31\" }, first: 100) {\n    nodes { id startsAt deskReviews { recommendation recommendedUnits regency { code } proposal { id status funded { units amountIdr modeled } } } }\n  }\n}": typeof types.DeskReviewsOf2025Document,
    "mutation DeskReviewRecord($input: RecordDeskReviewInput!) {\n  recordDeskReview(input: $input) { id recommendedUnits proposedUnits recommendation needUsed { indicator value year sourceCode modeled } meeting { id } proposal { id } }\n}": typeof types.DeskReviewRecordDocument,
    "query DeskReviewAudit($id: ID) { auditLog(filter: { entity: \"DeskReview\", entityId: $id }) {\n         edges { node { operation actorId before after } } } }": typeof types.DeskReviewAuditDocument,
    "query PendataanNttAndAwards {\n        province(code: \"53\") { regencies { code name pendataan(fiscalYear: 2025) { targetHouseholds surveyed verified asOf source { modeled } } } }\n        meetings(filter: { provinceCodes: [\"53\"], kinds: [EVALUATION], from: \"2025-01-01\", to: \"2025-12-31\" }) {\n          nodes { title awards { category rank modeled note regency { code name pendataan(fiscalYear: 2025) { verified targetHouseholds } } } }\n        }\n      }": typeof types.PendataanNttAndAwardsDocument,
    "query ExportClientAgencies { agencies { id name } }": typeof types.ExportClientAgenciesDocument,
    "\n        mutation ExportClientKey($input: CreateApiKeyInput!) {\n          createApiKey(input: $input) {\n            key\n          }\n        }\n      ": typeof types.ExportClientKeyDocument,
    "\n      query Question8($after: String) {\n        regencies(first: 100, after: $after) {\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          nodes {\n            code\n            bpsCode\n            name\n            needSeries(from: 2019, to: 2025) {\n              indicator\n              year\n              value\n              definition\n              source {\n                code\n                name\n                modeled\n              }\n            }\n          }\n        }\n      }\n    ": typeof types.Question8Document,
    "query FundingSourcesNtbBsps {\n        province(code: \"52\") {\n          total: funding(year: 2025, schemes: [BSPS]) { units amountIdr financingSource }\n          split: funding(year: 2025, schemes: [BSPS], byFinancingSource: true) { scheme financingSource units amountIdr }\n          apbd: funding(year: 2025, schemes: [BSPS], financingSources: [APBD_PROVINCE, APBD_REGENCY]) { units amountIdr }\n        }\n        summary: fundingSummary(year: 2025, provinceCode: \"52\", schemes: [BSPS], byFinancingSource: true) { province { code } scheme financingSource units amountIdr }\n        apbn: fundingSummary(year: 2025, provinceCode: \"52\", schemes: [BSPS], financingSources: [APBN]) { financingSource units amountIdr }\n        breakdown: fundingBreakdown(year: 2025, scheme: BSPS, by: FINANCING_SOURCE, provinceCode: \"52\") { financingSource units amountIdr }\n      }": typeof types.FundingSourcesNtbBspsDocument,
    "query FundingSourcesRegencyAndNation {\n        regency(code: \"52.01\") {\n          total: funding(year: 2025, schemes: [BSPS]) { units amountIdr }\n          split: funding(year: 2025, schemes: [BSPS], byFinancingSource: true) { financingSource units amountIdr }\n        }\n        nation: fundingSummary(years: [2023, 2025], schemes: [BSPS, CSR]) { scheme year units amountIdr }\n        nationBySource: fundingSummary(years: [2023, 2025], schemes: [BSPS, CSR], byFinancingSource: true) { scheme year financingSource units amountIdr }\n      }": typeof types.FundingSourcesRegencyAndNationDocument,
    "\n  mutation GraphFeedKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      key\n    }\n  }\n": typeof types.GraphFeedKeyDocument,
    "query GraphFeedAgencies { agencies { id } }": typeof types.GraphFeedAgenciesDocument,
    "\n  query GraphFeedChanges($since: String, $datasets: [Dataset!], $first: Int) {\n    changes(since: $since, datasets: $datasets, first: $first) {\n      changes {\n        position\n        dataset\n        operation\n        key\n        old\n        new\n        changedAt\n      }\n      cursor\n      hasMore\n    }\n  }\n": typeof types.GraphFeedChangesDocument,
    "\n  query GraphFeedDatasets {\n    datasets {\n      name\n      dataset\n      title\n      description\n      publisher\n      licence\n      keywords\n      updateFrequency\n      firstYear\n      lastYear\n      spatial\n      distributions {\n        format\n        mediaType\n        url\n      }\n      columns {\n        name\n        description\n      }\n      filters\n      sources {\n        code\n        name\n        publisher\n        publishedOn\n        undatedReason\n        url\n        modeled\n      }\n    }\n  }\n": typeof types.GraphFeedDatasetsDocument,
    "\n  query GraphFeedSejutaRumahSources {\n    programSejutaRumah {\n      year\n      source {\n        code\n        publishedOn\n        undatedReason\n        url\n      }\n    }\n  }\n": typeof types.GraphFeedSejutaRumahSourcesDocument,
    "mutation ImportsImportRealization($file: ImportFileInput!) {\n  importRealization(file: $file) { ...ImportReport }\n}": typeof types.ImportsImportRealizationDocument,
    "mutation ImportsImportProposals($file: ImportFileInput!) {\n  importProposals(file: $file) { ...ImportReport }\n}": typeof types.ImportsImportProposalsDocument,
    "fragment ImportReport on ImportReport {\n  dataset status sha256 sourceCode rows inserted replaced unchanged errorCount errors { row column value code message }\n}": typeof types.ImportReportFragmentDoc,
    "query ImportsRegency { regency(code: \"52.71\") { name funding(year: 2025, schemes: [FLPP, BSPS]) { scheme units amountIdr source { code name publisher publishedOn modeled } } } }": typeof types.ImportsRegencyDocument,
    "query ImportsProposalFunded($id: ID!) { proposal(id: $id) { id regency { code } scheme funded { units amountIdr } } }": typeof types.ImportsProposalFundedDocument,
    "query ImportsBreakdownBySource { fundingBreakdown(year: 2025, scheme: BSPS, by: FINANCING_SOURCE, regencyCode: \"52.01\") { financingSource units amountIdr modeled } }": typeof types.ImportsBreakdownBySourceDocument,
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
    "query ProgramsFundingSummarySources {\n      plain: fundingSummary(year: 2025, groupBy: REGENCY) { regency { code } scheme units amountIdr source: __typename }\n      sourced: fundingSummary(year: 2025, groupBy: REGENCY) { regency { code } scheme units amountIdr ... on FundingSummaryRow { source { code modeled } } }\n    }": typeof types.ProgramsFundingSummarySourcesDocument,
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
    "query ReferenceBspsDetails {\n  programs {\n    code\n    unitValues { year category amountIdr materialsIdr wagesIdr source { modeled url } }\n    targets { year kind units amountIdr budgetAbsorbedPercent budgetAbsorbedOn province { code } source { modeled url } }\n  }\n}": typeof types.ReferenceBspsDetailsDocument,
    "query ReferenceBspsByCategory($year: Int!) {\n  fundingBreakdown(year: $year, scheme: BSPS, by: CATEGORY, statuses: [ALLOCATED, IN_PROGRESS, REALIZED]) { category units }\n}": typeof types.ReferenceBspsByCategoryDocument,
    "query ReferenceNation { nation { indicators { indicator { code unit } year period value source { url modeled } }\n          need(year: 2023) { ownershipBacklog habitabilityBacklog } } }": typeof types.ReferenceNationDocument,
    "query ReferenceRegional { provinces {\n        code indicators { indicator { code unit } year period value source { url } }\n        regencies { code indicators { indicator { code unit } year period value source { url } } }\n      } }": typeof types.ReferenceRegionalDocument,
    "query ReferenceFlppYear($year: Int!) {\n          fundingSummary(year: $year, schemes: [FLPP], groupBy: NATIONAL) { units amountIdr target { kind units } } }": typeof types.ReferenceFlppYearDocument,
    "query ReferenceTargets { programs { code targets { year kind units amountIdr province { code } } } }": typeof types.ReferenceTargetsDocument,
    "query ReferenceBspsYear($year: Int!) { fundingSummary(year: $year, schemes: [BSPS], groupBy: NATIONAL) { units } }": typeof types.ReferenceBspsYearDocument,
    "query ReferenceSejutaRumah { programSejutaRumah { year unitsTotal unitsMbr unitsNonMbr unitsCsr note source { url modeled } } }": typeof types.ReferenceSejutaRumahDocument,
    "query ReferenceProgram3JutaRumah {\n      program3JutaRumah(year: 2025) {\n        target { units ruralUnits urbanUnits }\n        segmentRules { scheme segment reason }\n        national: progress { units targetUnits segments { segment units targetUnits schemes { scheme units } } }\n        ntb: progress(provinceCodes: [\"52\"]) { provinceCodes units segments { segment units schemes { scheme units } } }\n        provinces { provinceCodes units }\n      }\n      flpp: fundingSummary(year: 2025, schemes: [FLPP, BSPS, CSR], groupBy: NATIONAL) { scheme units }\n      ntbFunding: fundingSummary(year: 2025, provinceCode: \"52\", schemes: [FLPP, BSPS, CSR], groupBy: PROVINCE) { scheme units }\n    }": typeof types.ReferenceProgram3JutaRumahDocument,
    "query ReferenceWorkAreas {\n      agencies(kind: REGIONAL_UNIT) { shortName coveredProvinces { code } threeMillionHomes(year: 2025) { provinceCodes units segments { segment units } } }\n      program3JutaRumah(year: 2025) { ntt: progress(provinceCodes: [\"53\"]) { units segments { segment units } } }\n    }": typeof types.ReferenceWorkAreasDocument,
    "query RegionsRegencies { regencies(first: 1000) { totalCount } }": typeof types.RegionsRegenciesDocument,
    "query RegionsProvince { province(code: \"32\") { need(year: 2023) { year ownershipBacklog ownershipBacklogSource { modeled url } source { code modeled } } } }": typeof types.RegionsProvinceDocument,
    "query ResponseCacheDeskReviews { meetings(filter: { provinceCode: \"36\" }, first: 1) { nodes { id title deskReviews { id } } } }": typeof types.ResponseCacheDeskReviewsDocument,
    "query ResponseCacheRegency { regency(code: \"36.01\") { name } }": typeof types.ResponseCacheRegencyDocument,
    "query ResponseCacheOverdue { overdueFollowUps { id } }": typeof types.ResponseCacheOverdueDocument,
    "query ResponseCacheKeyIds { apiKeys { id } }": typeof types.ResponseCacheKeyIdsDocument,
    "query ResponseCacheMeeting { meetings(filter: { provinceCode: \"36\" }, first: 1) { nodes { id followUps { id version } } } }": typeof types.ResponseCacheMeetingDocument,
    "query ResponseCacheOrganizer { agencies(regencyCode: \"52.71\") { id } }": typeof types.ResponseCacheOrganizerDocument,
    "query ResponseCacheSubmitted { proposals(filter: { status: SUBMITTED }, first: 1) { nodes { id } } }": typeof types.ResponseCacheSubmittedDocument,
    "query ResponseCacheMeetingRead($id: ID!) { meeting(id: $id) { followUps { id description status version } decisions { text } } }": typeof types.ResponseCacheMeetingReadDocument,
    "query ResponseCacheApiKeys { apiKeys { id label revokedAt } }": typeof types.ResponseCacheApiKeysDocument,
    "query ResponseCacheProposalsIn2027($regencyCode: ID!) { proposals(filter: { regencyCode: $regencyCode, fiscalYear: 2027 }) { totalCount } }": typeof types.ResponseCacheProposalsIn2027Document,
    "mutation ResponseCacheRecordAgency($input: RecordAgencyInput!) { recordAgency(input: $input) { id } }": typeof types.ResponseCacheRecordAgencyDocument,
    "query ResponseCacheAgencies { agencies(regencyCode: \"52.01\") { name } }": typeof types.ResponseCacheAgenciesDocument,
    "mutation ResponseCacheCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id } } }": typeof types.ResponseCacheCreateApiKeyDocument,
    "mutation ResponseCacheRevokeApiKey($id: ID!) { revokeApiKey(id: $id) { id } }": typeof types.ResponseCacheRevokeApiKeyDocument,
    "mutation ResponseCacheAddFollowUps($id: ID!) { addFollowUps(meetingId: $id, followUps: [{ description: \"Cache follow-up\" }]) { id } }": typeof types.ResponseCacheAddFollowUpsDocument,
    "mutation ResponseCacheUpdateFollowUp($id: ID!, $version: Int!) { updateFollowUpStatus(id: $id, status: DONE, expectedVersion: $version) { id } }": typeof types.ResponseCacheUpdateFollowUpDocument,
    "mutation ResponseCacheRecordMeeting($input: RecordMeetingInput!) { recordMeeting(input: $input) { id } }": typeof types.ResponseCacheRecordMeetingDocument,
    "query ResponseCacheMeetingCount { meetings(first: 1) { totalCount } }": typeof types.ResponseCacheMeetingCountDocument,
    "mutation ResponseCacheAddDecisions($id: ID!) { addDecisions(meetingId: $id, decisions: [{ text: \"Cache decision\" }]) { id } }": typeof types.ResponseCacheAddDecisionsDocument,
    "mutation ResponseCacheImportRealization($file: ImportFileInput!) { importRealization(file: $file) { status } }": typeof types.ResponseCacheImportRealizationDocument,
    "query ResponseCacheFlpp { regency(code: \"52.71\") { funding(year: 2025, schemes: [FLPP]) { units } } }": typeof types.ResponseCacheFlppDocument,
    "mutation ResponseCacheImportProposals($file: ImportFileInput!) { importProposals(file: $file) { status } }": typeof types.ResponseCacheImportProposalsDocument,
    "mutation ResponseCacheSubmitProposal($input: SubmitProposalInput!) { submitProposal(input: $input) { id } }": typeof types.ResponseCacheSubmitProposalDocument,
    "mutation ResponseCacheTransitionProposal($id: ID!) { transitionProposal(id: $id, to: ADMIN_VERIFIED) { id } }": typeof types.ResponseCacheTransitionProposalDocument,
    "query ResponseCacheProposalStatus($id: ID!) { proposal(id: $id) { status } }": typeof types.ResponseCacheProposalStatusDocument,
    "mutation ResponseCacheRecordDeskReview($input: RecordDeskReviewInput!) { recordDeskReview(input: $input) { id } }": typeof types.ResponseCacheRecordDeskReviewDocument,
    "query ResponseCacheDeskReviewUnits($id: ID!) { meeting(id: $id) { deskReviews { recommendedUnits } } }": typeof types.ResponseCacheDeskReviewUnitsDocument,
    "mutation ResponseCacheImportNeed($file: ImportFileInput!) { importNeed(file: $file) { status } }": typeof types.ResponseCacheImportNeedDocument,
    "query ResponseCacheHouseholds { regency(code: \"52.01\") { need(year: 2024) { households } } }": typeof types.ResponseCacheHouseholdsDocument,
    "query ResponseCacheLombok { regency(code: \"52.02\") { name } }": typeof types.ResponseCacheLombokDocument,
    "query ResponseCacheLombokTimur { regency(code: \"52.03\") { name } }": typeof types.ResponseCacheLombokTimurDocument,
    "query ResponseCacheBantenMeetings { meetings(filter: { provinceCode: \"36\" }, first: 2) { nodes { id title } } }": typeof types.ResponseCacheBantenMeetingsDocument,
    "query SubgraphOutageAcross {\n  regency(code: \"52.01\") { name }\n  fundingSummary(year: 2025) { units }\n  meetings(first: 1) { totalCount }\n}": typeof types.SubgraphOutageAcrossDocument,
};
const documents: Documents = {
    "query AccessSeedMeeting { meetings(filter: { provinceCode: \"36\" }, first: 1) { nodes { id followUps { id version } } } }": types.AccessSeedMeetingDocument,
    "mutation AccessSubmit($input: SubmitProposalInput!) { submitProposal(input: $input) { id status regency { code } } }": types.AccessSubmitDocument,
    "mutation AccessMove($id: ID!, $to: ProposalStatus!) { transitionProposal(id: $id, to: $to) { id status } }": types.AccessMoveDocument,
    "query AccessOrganizer { agencies(regencyCode: \"52.71\") { id } }": types.AccessOrganizerDocument,
    "query AccessSubmitted { proposals(filter: { status: SUBMITTED }, first: 1) { nodes { id } } }": types.AccessSubmittedDocument,
    "mutation AccessCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { key apiKey { id label scopes keyPrefix revokedAt } } }": types.AccessCreateApiKeyDocument,
    "query AccessAgencies { agencies { id } }": types.AccessAgenciesDocument,
    "query AccessApiKeys { apiKeys { id keyPrefix lastUsedAt } }": types.AccessApiKeysDocument,
    "mutation AccessRevokeApiKey($id: ID!) { revokeApiKey(id: $id) { revokedAt } }": types.AccessRevokeApiKeyDocument,
    "query AccessApiKeysUsed { apiKeys { id lastUsedAt } }": types.AccessApiKeysUsedDocument,
    "mutation AccessImportNeed($file: ImportFileInput!) { importNeed(file: $file) { status inserted } }": types.AccessImportNeedDocument,
    "mutation AccessImportRealization($file: ImportFileInput!) { importRealization(file: $file) { status } }": types.AccessImportRealizationDocument,
    "query AccessDeskReviewsAnonymously {\n      province(code: \"52\") { name }\n      proposals(filter: { provinceCode: \"52\", fiscalYear: 2026, scheme: BSPS }, first: 3) {\n        nodes { proposedUnits deskReviews { recommendedUnits } reviews: deskReviews { proposedUnits } }\n      }\n    }": types.AccessDeskReviewsAnonymouslyDocument,
    "query AccessDeskReviewsAsBp3kp {\n      proposals(filter: { provinceCode: \"52\", fiscalYear: 2026, scheme: BSPS }, first: 3) { nodes { deskReviews { recommendedUnits } } }\n    }": types.AccessDeskReviewsAsBp3kpDocument,
    "mutation AccessSubmitDraft($input: SubmitProposalInput!) { submitProposal(input: $input) { id status } }": types.AccessSubmitDraftDocument,
    "query AccessDrafts($id: ID!) { proposals(filter: { regencyCode: \"52.71\", fiscalYear: 2028 }) { totalCount nodes { id } } proposal(id: $id) { id } regency(code: \"52.71\") { proposals(fiscalYear: 2028) { id } } }": types.AccessDraftsDocument,
    "query AccessReviews {\n      proposals(filter: { provinceCode: \"52\", fiscalYear: 2026, scheme: BSPS }, first: 2) { nodes { ...AccessReviewed } }\n    }\n    fragment AccessReviewed on Proposal { id deskReviews { recommendedUnits } }": types.AccessReviewsDocument,
    "query AnalystsOrderingAllRtlh($year: Int!) { provinces { regencies { code need(year: $year) { uninhabitableHomes } } } }": types.AnalystsOrderingAllRtlhDocument,
    "query AnalystsOrderingTop10 { regencies(first: 10, orderBy: [{ field: UNINHABITABLE_HOMES, direction: DESC, year: 2023 }]) {\n    totalCount nodes { code name need(year: 2023) { uninhabitableHomes } } } }": types.AnalystsOrderingTop10Document,
    "query AnalystsOrderingRtlhPage($after: String) { regencies(first: 100, after: $after, orderBy: [{ field: UNINHABITABLE_HOMES, direction: DESC, year: 2023 }]) {\n          nodes { code } pageInfo { hasNextPage endCursor } } }": types.AnalystsOrderingRtlhPageDocument,
    "query AnalystsOrderingByName { regencies(first: 100, provinceCode: \"52\", orderBy: [{ field: NAME }]) { nodes { name } } }": types.AnalystsOrderingByNameDocument,
    "query AnalystsOrderingFirstCursor { regencies(first: 1) { pageInfo { endCursor } } }": types.AnalystsOrderingFirstCursorDocument,
    "query AnalystsOrderingForeignCursor($after: String) { regencies(first: 1, after: $after, orderBy: [{ field: NAME }]) { nodes { code } } }": types.AnalystsOrderingForeignCursorDocument,
    "query AnalystsOrderingProvinceBacklog { provinces { code need(year: 2023) { ownershipBacklog } } }": types.AnalystsOrderingProvinceBacklogDocument,
    "query AnalystsOrderingTopBacklogProvinces { provinces(first: 5, orderBy: [{ field: OWNERSHIP_BACKLOG, direction: DESC, year: 2023 }]) { code need(year: 2023) { ownershipBacklog } } }": types.AnalystsOrderingTopBacklogProvincesDocument,
    "query AnalystsOrderingFilters {\n      some: regencies(first: 100, filter: { provinceCodes: [\"52\", \"53\"], kinds: [KOTA] }) { totalCount nodes { code kind } }\n      big: regencies(first: 100, filter: { need: [{ indicator: UNINHABITABLE_HOMES, year: 2023, min: 30000 }] }, orderBy: [{ field: UNINHABITABLE_HOMES, year: 2023 }]) {\n        totalCount nodes { need(year: 2023) { uninhabitableHomes } } }\n      without: regencies(first: 10, filter: { hasNeedData: false }) { totalCount }\n      before: regencies(first: 10, filter: { hasNeedData: true, needYear: 2014 }) { totalCount }\n    }": types.AnalystsOrderingFiltersDocument,
    "query AnalystsOrderingFlppByProvince { fundingSummary(year: 2025, schemes: [FLPP], groupBy: PROVINCE) { province { code } units amountIdr } }": types.AnalystsOrderingFlppByProvinceDocument,
    "query AnalystsOrderingTopFlppProvinces { fundingSummary(year: 2025, schemes: [FLPP], groupBy: PROVINCE, orderBy: [{ field: UNITS, direction: DESC }], first: 5) { province { code } units amountIdr } }": types.AnalystsOrderingTopFlppProvincesDocument,
    "query AnalystsOrderingTopFlppAmounts { fundingSummary(year: 2025, schemes: [FLPP], groupBy: PROVINCE, orderBy: [{ field: AMOUNT, direction: DESC }], first: 3) { amountIdr } }": types.AnalystsOrderingTopFlppAmountsDocument,
    "query AnalystsOrderingFlppYears { fundingSummary(years: [2023, 2024, 2025], schemes: [FLPP], orderBy: [{ field: YEAR }]) { year units target { kind units } } }": types.AnalystsOrderingFlppYearsDocument,
    "query AnalystsOrderingNoYear { fundingSummary { units } }": types.AnalystsOrderingNoYearDocument,
    "query AnalystsOrderingProposalsByUnits($after: String) {\n          proposals(first: 7, after: $after, filter: { fiscalYear: 2026, statuses: [SUBMITTED, ADMIN_VERIFIED], schemes: [BSPS], provinceCodes: [\"52\", \"53\", \"32\"], minUnits: 50 },\n            orderBy: [{ field: PROPOSED_UNITS, direction: DESC }]) {\n          totalCount nodes { id proposedUnits status scheme regency { code } } pageInfo { hasNextPage endCursor } } }": types.AnalystsOrderingProposalsByUnitsDocument,
    "query AnalystsOrderingProposalsByStatus { proposals(first: 100, filter: { provinceCode: \"52\" }, orderBy: [{ field: STATUS }]) { nodes { status } } }": types.AnalystsOrderingProposalsByStatusDocument,
    "query AnalystsOrderingMeetingsByDate($after: String, $direction: SortDirection!) {\n            meetings(first: 2, after: $after, filter: { provinceCode: \"52\" }, orderBy: [{ field: STARTS_AT, direction: $direction }]) {\n            nodes { id } pageInfo { hasNextPage endCursor } } }": types.AnalystsOrderingMeetingsByDateDocument,
    "query AnalystsOrderingMeetingsInProvinces { meetings(first: 100, filter: { provinceCodes: [\"52\", \"61\"] }) { nodes { provinces { code } regencies { code } } } }": types.AnalystsOrderingMeetingsInProvincesDocument,
    "fragment AnalystsProvenanceSource on DataSource { code name url publishedOn modeled }": types.AnalystsProvenanceSourceFragmentDoc,
    "fragment AnalystsProvenanceNeed on HousingNeed {\n  year households ownershipBacklog habitabilityBacklog uninhabitableHomes modeled source { ...AnalystsProvenanceSource }\n  householdsSource { ...AnalystsProvenanceSource } ownershipBacklogSource { ...AnalystsProvenanceSource }\n  habitabilityBacklogSource { ...AnalystsProvenanceSource } uninhabitableHomesSource { ...AnalystsProvenanceSource }\n  figures { indicator year value source { ...AnalystsProvenanceSource } }\n}": types.AnalystsProvenanceNeedFragmentDoc,
    "query AnalystsProvenanceNeeds {\n        provinces { code need(year: 2023) { ...AnalystsProvenanceNeed } regencies { code need(year: 2023) { ...AnalystsProvenanceNeed } } }\n      }": types.AnalystsProvenanceNeedsDocument,
    "query AnalystsProvenanceCoverage {\n      regency(code: \"52.01\") { coverage(year: 2025) { fundedUnits modeled } }\n      fundingBreakdown(year: 2025, scheme: FLPP, by: MONTH) { month units modeled }\n    }": types.AnalystsProvenanceCoverageDocument,
    "query AnalystsProvenanceProposals { proposals(filter: { provinceCode: \"52\" }, first: 100) { totalCount nodes { source { code name modeled } } } }": types.AnalystsProvenanceProposalsDocument,
    "query AnalystsProvenanceTargets { programs { code targets(year: 2025) { kind source { url publishedOn modeled } } } }": types.AnalystsProvenanceTargetsDocument,
    "mutation AnalystsQuestionsSubmit($input: SubmitProposalInput!) { submitProposal(input: $input) { id } }": types.AnalystsQuestionsSubmitDocument,
    "query AnalystsQuestionsNtbCoverage { province(code: \"52\") { regencies { code coverage(year: 2025) { ratio } } } }": types.AnalystsQuestionsNtbCoverageDocument,
    "query AnalystsQuestionsFlppAndBacklog { fundingSummary(year: 2025, schemes: [FLPP], groupBy: PROVINCE) { province { code } units } provinces { code need(year: 2025) { ownershipBacklog } } }": types.AnalystsQuestionsFlppAndBacklogDocument,
    "query AnalystsQuestionsLatestRtlh { provinces { regencies { code latestNeed { uninhabitableHomes } } } }": types.AnalystsQuestionsLatestRtlhDocument,
    "query AnalystsQuestionsProposals2026($after: String) { proposals(first: 100, after: $after, filter: { fiscalYear: 2026 }) { nodes { id proposedUnits regency { code } } pageInfo { hasNextPage endCursor } } }": types.AnalystsQuestionsProposals2026Document,
    "query AnalystsQuestionsRakorAttendees { meetings(first: 100, filter: { kinds: [RAKOR, RAKORNIS] }) { nodes { regencies { code proposals(fiscalYear: 2026) { status } } } } }": types.AnalystsQuestionsRakorAttendeesDocument,
    "\n  query AnalystsSearchAreas($text: String!, $first: Int) {\n    searchAreas(text: $text, first: $first) { level code name kind score province { code } regency { code name } }\n  }\n": types.AnalystsSearchAreasDocument,
    "query AnalystsSeriesFlppMonthly {\n      national: fundingSeries(from: 2024, to: 2025, schemes: [FLPP], interval: MONTH) { year month units amountIdr modeled source { code } target { kind units } }\n      jabar: fundingSeries(from: 2024, to: 2025, schemes: [FLPP], interval: MONTH, provinceCode: \"32\") { year month units target { kind units } }\n    }": types.AnalystsSeriesFlppMonthlyDocument,
    "query AnalystsSeriesBspsByCategory { fundingSeries(from: 2018, to: 2025, schemes: [BSPS], byCategory: true) { year category units amountIdr target { kind units } } }": types.AnalystsSeriesBspsByCategoryDocument,
    "query AnalystsSeriesReversed { fundingSeries(from: 2025, to: 2020) { units } }": types.AnalystsSeriesReversedDocument,
    "query AnalystsSeriesNeed {\n      province(code: \"32\") { needSeries(from: 2019, to: 2023, indicators: [OWNERSHIP_BACKLOG]) { year indicator value source { modeled } } }\n      regency(code: \"52.01\") { needSeries(from: 2014, to: 2025) { year indicator value } }\n    }": types.AnalystsSeriesNeedDocument,
    "query AuditPage($filter: AuditLogFilter, $first: Int, $after: String) {\n  auditLog(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo { hasNextPage endCursor }\n    edges { cursor node { id at service actorId actorKind actorRoles agencyId operation entity entityId before after } }\n  }\n}": types.AuditPageDocument,
    "mutation AuditSubmit($input: SubmitProposalInput!) { submitProposal(input: $input) { id status } }": types.AuditSubmitDocument,
    "mutation AuditVerify($id: ID!) { transitionProposal(id: $id, to: ADMIN_VERIFIED, note: \"complete\") { status } }": types.AuditVerifyDocument,
    "query AuditNtbMeeting { meetings(filter: { provinceCode: \"52\" }, first: 1) { nodes { id } } }": types.AuditNtbMeetingDocument,
    "mutation AuditAddFollowUp($id: ID!) { addFollowUps(meetingId: $id, followUps: [{ description: \"Lengkapi dokumen\" }]) {\n         followUps { id version status } } }": types.AuditAddFollowUpDocument,
    "mutation AuditFollowUpDone($id: ID!, $version: Int!) { updateFollowUpStatus(id: $id, status: DONE, expectedVersion: $version) {\n         status statusHistory { fromStatus toStatus actor } } }": types.AuditFollowUpDoneDocument,
    "mutation AuditAddDecision($id: ID!) { addDecisions(meetingId: $id, decisions: [{ text: \"Verifikasi lanjutan\" }]) {\n         updatedBy decisions { text createdBy } } }": types.AuditAddDecisionDocument,
    "mutation AuditImportNeed($file: ImportFileInput!) { importNeed(file: $file) { status batchId importedBy } }": types.AuditImportNeedDocument,
    "query AuditApprovedProposal { proposals(filter: { status: APPROVED }, first: 1) { nodes { id } } }": types.AuditApprovedProposalDocument,
    "mutation AuditReject($id: ID!) { transitionProposal(id: $id, to: REJECTED) { status } }": types.AuditRejectDocument,
    "query AuditFirstFollowUp { meetings(first: 1) { nodes { followUps { id version } } } }": types.AuditFirstFollowUpDocument,
    "mutation AuditStaleFollowUp($id: ID!, $version: Int!) { updateFollowUpStatus(id: $id, status: DONE, expectedVersion: $version) { status } }": types.AuditStaleFollowUpDocument,
    "mutation AuditRejectedImport($file: ImportFileInput!) { importNeed(file: $file) { status } }": types.AuditRejectedImportDocument,
    "query AuditCount { auditLog(first: 1) { totalCount } }": types.AuditCountDocument,
    "\n  mutation ChangesImportNeed($file: ImportFileInput!) {\n    importNeed(file: $file) {\n      status\n      inserted\n      replaced\n    }\n  }\n": types.ChangesImportNeedDocument,
    "query ChangesStep1 { agencies { id } }": types.ChangesStep1Document,
    "\n      mutation ChangesKey($input: CreateApiKeyInput!) {\n        createApiKey(input: $input) {\n          key\n        }\n      }\n    ": types.ChangesKeyDocument,
    "mutation CrashSubmit($input: SubmitProposalInput!) { submitProposal(input: $input) { id } }": types.CrashSubmitDocument,
    "mutation CrashImport($file: ImportFileInput!) { importRealization(file: $file) { status rows } }": types.CrashImportDocument,
    "query CrashProposalPage($fiscalYear: Int!, $after: String) {\n        proposals(filter: { fiscalYear: $fiscalYear }, first: 100, after: $after) { pageInfo { hasNextPage endCursor } nodes { id } } }": types.CrashProposalPageDocument,
    "query CrashImportedUnits($year: Int!) { fundingSummary(year: $year, schemes: [FLPP]) { units } }": types.CrashImportedUnitsDocument,
    "query CrashFrame { provinces { regencies { code } } }": types.CrashFrameDocument,
    "query DeskReviewsOf2025 {\n  meetings(filter: { kinds: [DESK_SINKRONISASI], from: \"2025-01-01\", to: \"2025-12-31\" }, first: 100) {\n    nodes { id startsAt deskReviews { recommendation recommendedUnits regency { code } proposal { id status funded { units amountIdr modeled } } } }\n  }\n}": types.DeskReviewsOf2025Document,
    "mutation DeskReviewRecord($input: RecordDeskReviewInput!) {\n  recordDeskReview(input: $input) { id recommendedUnits proposedUnits recommendation needUsed { indicator value year sourceCode modeled } meeting { id } proposal { id } }\n}": types.DeskReviewRecordDocument,
    "query DeskReviewAudit($id: ID) { auditLog(filter: { entity: \"DeskReview\", entityId: $id }) {\n         edges { node { operation actorId before after } } } }": types.DeskReviewAuditDocument,
    "query PendataanNttAndAwards {\n        province(code: \"53\") { regencies { code name pendataan(fiscalYear: 2025) { targetHouseholds surveyed verified asOf source { modeled } } } }\n        meetings(filter: { provinceCodes: [\"53\"], kinds: [EVALUATION], from: \"2025-01-01\", to: \"2025-12-31\" }) {\n          nodes { title awards { category rank modeled note regency { code name pendataan(fiscalYear: 2025) { verified targetHouseholds } } } }\n        }\n      }": types.PendataanNttAndAwardsDocument,
    "query ExportClientAgencies { agencies { id name } }": types.ExportClientAgenciesDocument,
    "\n        mutation ExportClientKey($input: CreateApiKeyInput!) {\n          createApiKey(input: $input) {\n            key\n          }\n        }\n      ": types.ExportClientKeyDocument,
    "\n      query Question8($after: String) {\n        regencies(first: 100, after: $after) {\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          nodes {\n            code\n            bpsCode\n            name\n            needSeries(from: 2019, to: 2025) {\n              indicator\n              year\n              value\n              definition\n              source {\n                code\n                name\n                modeled\n              }\n            }\n          }\n        }\n      }\n    ": types.Question8Document,
    "query FundingSourcesNtbBsps {\n        province(code: \"52\") {\n          total: funding(year: 2025, schemes: [BSPS]) { units amountIdr financingSource }\n          split: funding(year: 2025, schemes: [BSPS], byFinancingSource: true) { scheme financingSource units amountIdr }\n          apbd: funding(year: 2025, schemes: [BSPS], financingSources: [APBD_PROVINCE, APBD_REGENCY]) { units amountIdr }\n        }\n        summary: fundingSummary(year: 2025, provinceCode: \"52\", schemes: [BSPS], byFinancingSource: true) { province { code } scheme financingSource units amountIdr }\n        apbn: fundingSummary(year: 2025, provinceCode: \"52\", schemes: [BSPS], financingSources: [APBN]) { financingSource units amountIdr }\n        breakdown: fundingBreakdown(year: 2025, scheme: BSPS, by: FINANCING_SOURCE, provinceCode: \"52\") { financingSource units amountIdr }\n      }": types.FundingSourcesNtbBspsDocument,
    "query FundingSourcesRegencyAndNation {\n        regency(code: \"52.01\") {\n          total: funding(year: 2025, schemes: [BSPS]) { units amountIdr }\n          split: funding(year: 2025, schemes: [BSPS], byFinancingSource: true) { financingSource units amountIdr }\n        }\n        nation: fundingSummary(years: [2023, 2025], schemes: [BSPS, CSR]) { scheme year units amountIdr }\n        nationBySource: fundingSummary(years: [2023, 2025], schemes: [BSPS, CSR], byFinancingSource: true) { scheme year financingSource units amountIdr }\n      }": types.FundingSourcesRegencyAndNationDocument,
    "\n  mutation GraphFeedKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      key\n    }\n  }\n": types.GraphFeedKeyDocument,
    "query GraphFeedAgencies { agencies { id } }": types.GraphFeedAgenciesDocument,
    "\n  query GraphFeedChanges($since: String, $datasets: [Dataset!], $first: Int) {\n    changes(since: $since, datasets: $datasets, first: $first) {\n      changes {\n        position\n        dataset\n        operation\n        key\n        old\n        new\n        changedAt\n      }\n      cursor\n      hasMore\n    }\n  }\n": types.GraphFeedChangesDocument,
    "\n  query GraphFeedDatasets {\n    datasets {\n      name\n      dataset\n      title\n      description\n      publisher\n      licence\n      keywords\n      updateFrequency\n      firstYear\n      lastYear\n      spatial\n      distributions {\n        format\n        mediaType\n        url\n      }\n      columns {\n        name\n        description\n      }\n      filters\n      sources {\n        code\n        name\n        publisher\n        publishedOn\n        undatedReason\n        url\n        modeled\n      }\n    }\n  }\n": types.GraphFeedDatasetsDocument,
    "\n  query GraphFeedSejutaRumahSources {\n    programSejutaRumah {\n      year\n      source {\n        code\n        publishedOn\n        undatedReason\n        url\n      }\n    }\n  }\n": types.GraphFeedSejutaRumahSourcesDocument,
    "mutation ImportsImportRealization($file: ImportFileInput!) {\n  importRealization(file: $file) { ...ImportReport }\n}": types.ImportsImportRealizationDocument,
    "mutation ImportsImportProposals($file: ImportFileInput!) {\n  importProposals(file: $file) { ...ImportReport }\n}": types.ImportsImportProposalsDocument,
    "fragment ImportReport on ImportReport {\n  dataset status sha256 sourceCode rows inserted replaced unchanged errorCount errors { row column value code message }\n}": types.ImportReportFragmentDoc,
    "query ImportsRegency { regency(code: \"52.71\") { name funding(year: 2025, schemes: [FLPP, BSPS]) { scheme units amountIdr source { code name publisher publishedOn modeled } } } }": types.ImportsRegencyDocument,
    "query ImportsProposalFunded($id: ID!) { proposal(id: $id) { id regency { code } scheme funded { units amountIdr } } }": types.ImportsProposalFundedDocument,
    "query ImportsBreakdownBySource { fundingBreakdown(year: 2025, scheme: BSPS, by: FINANCING_SOURCE, regencyCode: \"52.01\") { financingSource units amountIdr modeled } }": types.ImportsBreakdownBySourceDocument,
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
    "query ProgramsFundingSummarySources {\n      plain: fundingSummary(year: 2025, groupBy: REGENCY) { regency { code } scheme units amountIdr source: __typename }\n      sourced: fundingSummary(year: 2025, groupBy: REGENCY) { regency { code } scheme units amountIdr ... on FundingSummaryRow { source { code modeled } } }\n    }": types.ProgramsFundingSummarySourcesDocument,
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
    "query ReferenceBspsDetails {\n  programs {\n    code\n    unitValues { year category amountIdr materialsIdr wagesIdr source { modeled url } }\n    targets { year kind units amountIdr budgetAbsorbedPercent budgetAbsorbedOn province { code } source { modeled url } }\n  }\n}": types.ReferenceBspsDetailsDocument,
    "query ReferenceBspsByCategory($year: Int!) {\n  fundingBreakdown(year: $year, scheme: BSPS, by: CATEGORY, statuses: [ALLOCATED, IN_PROGRESS, REALIZED]) { category units }\n}": types.ReferenceBspsByCategoryDocument,
    "query ReferenceNation { nation { indicators { indicator { code unit } year period value source { url modeled } }\n          need(year: 2023) { ownershipBacklog habitabilityBacklog } } }": types.ReferenceNationDocument,
    "query ReferenceRegional { provinces {\n        code indicators { indicator { code unit } year period value source { url } }\n        regencies { code indicators { indicator { code unit } year period value source { url } } }\n      } }": types.ReferenceRegionalDocument,
    "query ReferenceFlppYear($year: Int!) {\n          fundingSummary(year: $year, schemes: [FLPP], groupBy: NATIONAL) { units amountIdr target { kind units } } }": types.ReferenceFlppYearDocument,
    "query ReferenceTargets { programs { code targets { year kind units amountIdr province { code } } } }": types.ReferenceTargetsDocument,
    "query ReferenceBspsYear($year: Int!) { fundingSummary(year: $year, schemes: [BSPS], groupBy: NATIONAL) { units } }": types.ReferenceBspsYearDocument,
    "query ReferenceSejutaRumah { programSejutaRumah { year unitsTotal unitsMbr unitsNonMbr unitsCsr note source { url modeled } } }": types.ReferenceSejutaRumahDocument,
    "query ReferenceProgram3JutaRumah {\n      program3JutaRumah(year: 2025) {\n        target { units ruralUnits urbanUnits }\n        segmentRules { scheme segment reason }\n        national: progress { units targetUnits segments { segment units targetUnits schemes { scheme units } } }\n        ntb: progress(provinceCodes: [\"52\"]) { provinceCodes units segments { segment units schemes { scheme units } } }\n        provinces { provinceCodes units }\n      }\n      flpp: fundingSummary(year: 2025, schemes: [FLPP, BSPS, CSR], groupBy: NATIONAL) { scheme units }\n      ntbFunding: fundingSummary(year: 2025, provinceCode: \"52\", schemes: [FLPP, BSPS, CSR], groupBy: PROVINCE) { scheme units }\n    }": types.ReferenceProgram3JutaRumahDocument,
    "query ReferenceWorkAreas {\n      agencies(kind: REGIONAL_UNIT) { shortName coveredProvinces { code } threeMillionHomes(year: 2025) { provinceCodes units segments { segment units } } }\n      program3JutaRumah(year: 2025) { ntt: progress(provinceCodes: [\"53\"]) { units segments { segment units } } }\n    }": types.ReferenceWorkAreasDocument,
    "query RegionsRegencies { regencies(first: 1000) { totalCount } }": types.RegionsRegenciesDocument,
    "query RegionsProvince { province(code: \"32\") { need(year: 2023) { year ownershipBacklog ownershipBacklogSource { modeled url } source { code modeled } } } }": types.RegionsProvinceDocument,
    "query ResponseCacheDeskReviews { meetings(filter: { provinceCode: \"36\" }, first: 1) { nodes { id title deskReviews { id } } } }": types.ResponseCacheDeskReviewsDocument,
    "query ResponseCacheRegency { regency(code: \"36.01\") { name } }": types.ResponseCacheRegencyDocument,
    "query ResponseCacheOverdue { overdueFollowUps { id } }": types.ResponseCacheOverdueDocument,
    "query ResponseCacheKeyIds { apiKeys { id } }": types.ResponseCacheKeyIdsDocument,
    "query ResponseCacheMeeting { meetings(filter: { provinceCode: \"36\" }, first: 1) { nodes { id followUps { id version } } } }": types.ResponseCacheMeetingDocument,
    "query ResponseCacheOrganizer { agencies(regencyCode: \"52.71\") { id } }": types.ResponseCacheOrganizerDocument,
    "query ResponseCacheSubmitted { proposals(filter: { status: SUBMITTED }, first: 1) { nodes { id } } }": types.ResponseCacheSubmittedDocument,
    "query ResponseCacheMeetingRead($id: ID!) { meeting(id: $id) { followUps { id description status version } decisions { text } } }": types.ResponseCacheMeetingReadDocument,
    "query ResponseCacheApiKeys { apiKeys { id label revokedAt } }": types.ResponseCacheApiKeysDocument,
    "query ResponseCacheProposalsIn2027($regencyCode: ID!) { proposals(filter: { regencyCode: $regencyCode, fiscalYear: 2027 }) { totalCount } }": types.ResponseCacheProposalsIn2027Document,
    "mutation ResponseCacheRecordAgency($input: RecordAgencyInput!) { recordAgency(input: $input) { id } }": types.ResponseCacheRecordAgencyDocument,
    "query ResponseCacheAgencies { agencies(regencyCode: \"52.01\") { name } }": types.ResponseCacheAgenciesDocument,
    "mutation ResponseCacheCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id } } }": types.ResponseCacheCreateApiKeyDocument,
    "mutation ResponseCacheRevokeApiKey($id: ID!) { revokeApiKey(id: $id) { id } }": types.ResponseCacheRevokeApiKeyDocument,
    "mutation ResponseCacheAddFollowUps($id: ID!) { addFollowUps(meetingId: $id, followUps: [{ description: \"Cache follow-up\" }]) { id } }": types.ResponseCacheAddFollowUpsDocument,
    "mutation ResponseCacheUpdateFollowUp($id: ID!, $version: Int!) { updateFollowUpStatus(id: $id, status: DONE, expectedVersion: $version) { id } }": types.ResponseCacheUpdateFollowUpDocument,
    "mutation ResponseCacheRecordMeeting($input: RecordMeetingInput!) { recordMeeting(input: $input) { id } }": types.ResponseCacheRecordMeetingDocument,
    "query ResponseCacheMeetingCount { meetings(first: 1) { totalCount } }": types.ResponseCacheMeetingCountDocument,
    "mutation ResponseCacheAddDecisions($id: ID!) { addDecisions(meetingId: $id, decisions: [{ text: \"Cache decision\" }]) { id } }": types.ResponseCacheAddDecisionsDocument,
    "mutation ResponseCacheImportRealization($file: ImportFileInput!) { importRealization(file: $file) { status } }": types.ResponseCacheImportRealizationDocument,
    "query ResponseCacheFlpp { regency(code: \"52.71\") { funding(year: 2025, schemes: [FLPP]) { units } } }": types.ResponseCacheFlppDocument,
    "mutation ResponseCacheImportProposals($file: ImportFileInput!) { importProposals(file: $file) { status } }": types.ResponseCacheImportProposalsDocument,
    "mutation ResponseCacheSubmitProposal($input: SubmitProposalInput!) { submitProposal(input: $input) { id } }": types.ResponseCacheSubmitProposalDocument,
    "mutation ResponseCacheTransitionProposal($id: ID!) { transitionProposal(id: $id, to: ADMIN_VERIFIED) { id } }": types.ResponseCacheTransitionProposalDocument,
    "query ResponseCacheProposalStatus($id: ID!) { proposal(id: $id) { status } }": types.ResponseCacheProposalStatusDocument,
    "mutation ResponseCacheRecordDeskReview($input: RecordDeskReviewInput!) { recordDeskReview(input: $input) { id } }": types.ResponseCacheRecordDeskReviewDocument,
    "query ResponseCacheDeskReviewUnits($id: ID!) { meeting(id: $id) { deskReviews { recommendedUnits } } }": types.ResponseCacheDeskReviewUnitsDocument,
    "mutation ResponseCacheImportNeed($file: ImportFileInput!) { importNeed(file: $file) { status } }": types.ResponseCacheImportNeedDocument,
    "query ResponseCacheHouseholds { regency(code: \"52.01\") { need(year: 2024) { households } } }": types.ResponseCacheHouseholdsDocument,
    "query ResponseCacheLombok { regency(code: \"52.02\") { name } }": types.ResponseCacheLombokDocument,
    "query ResponseCacheLombokTimur { regency(code: \"52.03\") { name } }": types.ResponseCacheLombokTimurDocument,
    "query ResponseCacheBantenMeetings { meetings(filter: { provinceCode: \"36\" }, first: 2) { nodes { id title } } }": types.ResponseCacheBantenMeetingsDocument,
    "query SubgraphOutageAcross {\n  regency(code: \"52.01\") { name }\n  fundingSummary(year: 2025) { units }\n  meetings(first: 1) { totalCount }\n}": types.SubgraphOutageAcrossDocument,
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
export function graphql(source: "query AccessSeedMeeting { meetings(filter: { provinceCode: \"36\" }, first: 1) { nodes { id followUps { id version } } } }"): (typeof documents)["query AccessSeedMeeting { meetings(filter: { provinceCode: \"36\" }, first: 1) { nodes { id followUps { id version } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccessSubmit($input: SubmitProposalInput!) { submitProposal(input: $input) { id status regency { code } } }"): (typeof documents)["mutation AccessSubmit($input: SubmitProposalInput!) { submitProposal(input: $input) { id status regency { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccessMove($id: ID!, $to: ProposalStatus!) { transitionProposal(id: $id, to: $to) { id status } }"): (typeof documents)["mutation AccessMove($id: ID!, $to: ProposalStatus!) { transitionProposal(id: $id, to: $to) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccessOrganizer { agencies(regencyCode: \"52.71\") { id } }"): (typeof documents)["query AccessOrganizer { agencies(regencyCode: \"52.71\") { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccessSubmitted { proposals(filter: { status: SUBMITTED }, first: 1) { nodes { id } } }"): (typeof documents)["query AccessSubmitted { proposals(filter: { status: SUBMITTED }, first: 1) { nodes { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccessCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { key apiKey { id label scopes keyPrefix revokedAt } } }"): (typeof documents)["mutation AccessCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { key apiKey { id label scopes keyPrefix revokedAt } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccessAgencies { agencies { id } }"): (typeof documents)["query AccessAgencies { agencies { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccessApiKeys { apiKeys { id keyPrefix lastUsedAt } }"): (typeof documents)["query AccessApiKeys { apiKeys { id keyPrefix lastUsedAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccessRevokeApiKey($id: ID!) { revokeApiKey(id: $id) { revokedAt } }"): (typeof documents)["mutation AccessRevokeApiKey($id: ID!) { revokeApiKey(id: $id) { revokedAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccessApiKeysUsed { apiKeys { id lastUsedAt } }"): (typeof documents)["query AccessApiKeysUsed { apiKeys { id lastUsedAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccessImportNeed($file: ImportFileInput!) { importNeed(file: $file) { status inserted } }"): (typeof documents)["mutation AccessImportNeed($file: ImportFileInput!) { importNeed(file: $file) { status inserted } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccessImportRealization($file: ImportFileInput!) { importRealization(file: $file) { status } }"): (typeof documents)["mutation AccessImportRealization($file: ImportFileInput!) { importRealization(file: $file) { status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccessDeskReviewsAnonymously {\n      province(code: \"52\") { name }\n      proposals(filter: { provinceCode: \"52\", fiscalYear: 2026, scheme: BSPS }, first: 3) {\n        nodes { proposedUnits deskReviews { recommendedUnits } reviews: deskReviews { proposedUnits } }\n      }\n    }"): (typeof documents)["query AccessDeskReviewsAnonymously {\n      province(code: \"52\") { name }\n      proposals(filter: { provinceCode: \"52\", fiscalYear: 2026, scheme: BSPS }, first: 3) {\n        nodes { proposedUnits deskReviews { recommendedUnits } reviews: deskReviews { proposedUnits } }\n      }\n    }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccessDeskReviewsAsBp3kp {\n      proposals(filter: { provinceCode: \"52\", fiscalYear: 2026, scheme: BSPS }, first: 3) { nodes { deskReviews { recommendedUnits } } }\n    }"): (typeof documents)["query AccessDeskReviewsAsBp3kp {\n      proposals(filter: { provinceCode: \"52\", fiscalYear: 2026, scheme: BSPS }, first: 3) { nodes { deskReviews { recommendedUnits } } }\n    }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccessSubmitDraft($input: SubmitProposalInput!) { submitProposal(input: $input) { id status } }"): (typeof documents)["mutation AccessSubmitDraft($input: SubmitProposalInput!) { submitProposal(input: $input) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccessDrafts($id: ID!) { proposals(filter: { regencyCode: \"52.71\", fiscalYear: 2028 }) { totalCount nodes { id } } proposal(id: $id) { id } regency(code: \"52.71\") { proposals(fiscalYear: 2028) { id } } }"): (typeof documents)["query AccessDrafts($id: ID!) { proposals(filter: { regencyCode: \"52.71\", fiscalYear: 2028 }) { totalCount nodes { id } } proposal(id: $id) { id } regency(code: \"52.71\") { proposals(fiscalYear: 2028) { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccessReviews {\n      proposals(filter: { provinceCode: \"52\", fiscalYear: 2026, scheme: BSPS }, first: 2) { nodes { ...AccessReviewed } }\n    }\n    fragment AccessReviewed on Proposal { id deskReviews { recommendedUnits } }"): (typeof documents)["query AccessReviews {\n      proposals(filter: { provinceCode: \"52\", fiscalYear: 2026, scheme: BSPS }, first: 2) { nodes { ...AccessReviewed } }\n    }\n    fragment AccessReviewed on Proposal { id deskReviews { recommendedUnits } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AnalystsOrderingAllRtlh($year: Int!) { provinces { regencies { code need(year: $year) { uninhabitableHomes } } } }"): (typeof documents)["query AnalystsOrderingAllRtlh($year: Int!) { provinces { regencies { code need(year: $year) { uninhabitableHomes } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AnalystsOrderingTop10 { regencies(first: 10, orderBy: [{ field: UNINHABITABLE_HOMES, direction: DESC, year: 2023 }]) {\n    totalCount nodes { code name need(year: 2023) { uninhabitableHomes } } } }"): (typeof documents)["query AnalystsOrderingTop10 { regencies(first: 10, orderBy: [{ field: UNINHABITABLE_HOMES, direction: DESC, year: 2023 }]) {\n    totalCount nodes { code name need(year: 2023) { uninhabitableHomes } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AnalystsOrderingRtlhPage($after: String) { regencies(first: 100, after: $after, orderBy: [{ field: UNINHABITABLE_HOMES, direction: DESC, year: 2023 }]) {\n          nodes { code } pageInfo { hasNextPage endCursor } } }"): (typeof documents)["query AnalystsOrderingRtlhPage($after: String) { regencies(first: 100, after: $after, orderBy: [{ field: UNINHABITABLE_HOMES, direction: DESC, year: 2023 }]) {\n          nodes { code } pageInfo { hasNextPage endCursor } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AnalystsOrderingByName { regencies(first: 100, provinceCode: \"52\", orderBy: [{ field: NAME }]) { nodes { name } } }"): (typeof documents)["query AnalystsOrderingByName { regencies(first: 100, provinceCode: \"52\", orderBy: [{ field: NAME }]) { nodes { name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AnalystsOrderingFirstCursor { regencies(first: 1) { pageInfo { endCursor } } }"): (typeof documents)["query AnalystsOrderingFirstCursor { regencies(first: 1) { pageInfo { endCursor } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AnalystsOrderingForeignCursor($after: String) { regencies(first: 1, after: $after, orderBy: [{ field: NAME }]) { nodes { code } } }"): (typeof documents)["query AnalystsOrderingForeignCursor($after: String) { regencies(first: 1, after: $after, orderBy: [{ field: NAME }]) { nodes { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AnalystsOrderingProvinceBacklog { provinces { code need(year: 2023) { ownershipBacklog } } }"): (typeof documents)["query AnalystsOrderingProvinceBacklog { provinces { code need(year: 2023) { ownershipBacklog } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AnalystsOrderingTopBacklogProvinces { provinces(first: 5, orderBy: [{ field: OWNERSHIP_BACKLOG, direction: DESC, year: 2023 }]) { code need(year: 2023) { ownershipBacklog } } }"): (typeof documents)["query AnalystsOrderingTopBacklogProvinces { provinces(first: 5, orderBy: [{ field: OWNERSHIP_BACKLOG, direction: DESC, year: 2023 }]) { code need(year: 2023) { ownershipBacklog } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AnalystsOrderingFilters {\n      some: regencies(first: 100, filter: { provinceCodes: [\"52\", \"53\"], kinds: [KOTA] }) { totalCount nodes { code kind } }\n      big: regencies(first: 100, filter: { need: [{ indicator: UNINHABITABLE_HOMES, year: 2023, min: 30000 }] }, orderBy: [{ field: UNINHABITABLE_HOMES, year: 2023 }]) {\n        totalCount nodes { need(year: 2023) { uninhabitableHomes } } }\n      without: regencies(first: 10, filter: { hasNeedData: false }) { totalCount }\n      before: regencies(first: 10, filter: { hasNeedData: true, needYear: 2014 }) { totalCount }\n    }"): (typeof documents)["query AnalystsOrderingFilters {\n      some: regencies(first: 100, filter: { provinceCodes: [\"52\", \"53\"], kinds: [KOTA] }) { totalCount nodes { code kind } }\n      big: regencies(first: 100, filter: { need: [{ indicator: UNINHABITABLE_HOMES, year: 2023, min: 30000 }] }, orderBy: [{ field: UNINHABITABLE_HOMES, year: 2023 }]) {\n        totalCount nodes { need(year: 2023) { uninhabitableHomes } } }\n      without: regencies(first: 10, filter: { hasNeedData: false }) { totalCount }\n      before: regencies(first: 10, filter: { hasNeedData: true, needYear: 2014 }) { totalCount }\n    }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AnalystsOrderingFlppByProvince { fundingSummary(year: 2025, schemes: [FLPP], groupBy: PROVINCE) { province { code } units amountIdr } }"): (typeof documents)["query AnalystsOrderingFlppByProvince { fundingSummary(year: 2025, schemes: [FLPP], groupBy: PROVINCE) { province { code } units amountIdr } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AnalystsOrderingTopFlppProvinces { fundingSummary(year: 2025, schemes: [FLPP], groupBy: PROVINCE, orderBy: [{ field: UNITS, direction: DESC }], first: 5) { province { code } units amountIdr } }"): (typeof documents)["query AnalystsOrderingTopFlppProvinces { fundingSummary(year: 2025, schemes: [FLPP], groupBy: PROVINCE, orderBy: [{ field: UNITS, direction: DESC }], first: 5) { province { code } units amountIdr } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AnalystsOrderingTopFlppAmounts { fundingSummary(year: 2025, schemes: [FLPP], groupBy: PROVINCE, orderBy: [{ field: AMOUNT, direction: DESC }], first: 3) { amountIdr } }"): (typeof documents)["query AnalystsOrderingTopFlppAmounts { fundingSummary(year: 2025, schemes: [FLPP], groupBy: PROVINCE, orderBy: [{ field: AMOUNT, direction: DESC }], first: 3) { amountIdr } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AnalystsOrderingFlppYears { fundingSummary(years: [2023, 2024, 2025], schemes: [FLPP], orderBy: [{ field: YEAR }]) { year units target { kind units } } }"): (typeof documents)["query AnalystsOrderingFlppYears { fundingSummary(years: [2023, 2024, 2025], schemes: [FLPP], orderBy: [{ field: YEAR }]) { year units target { kind units } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AnalystsOrderingNoYear { fundingSummary { units } }"): (typeof documents)["query AnalystsOrderingNoYear { fundingSummary { units } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AnalystsOrderingProposalsByUnits($after: String) {\n          proposals(first: 7, after: $after, filter: { fiscalYear: 2026, statuses: [SUBMITTED, ADMIN_VERIFIED], schemes: [BSPS], provinceCodes: [\"52\", \"53\", \"32\"], minUnits: 50 },\n            orderBy: [{ field: PROPOSED_UNITS, direction: DESC }]) {\n          totalCount nodes { id proposedUnits status scheme regency { code } } pageInfo { hasNextPage endCursor } } }"): (typeof documents)["query AnalystsOrderingProposalsByUnits($after: String) {\n          proposals(first: 7, after: $after, filter: { fiscalYear: 2026, statuses: [SUBMITTED, ADMIN_VERIFIED], schemes: [BSPS], provinceCodes: [\"52\", \"53\", \"32\"], minUnits: 50 },\n            orderBy: [{ field: PROPOSED_UNITS, direction: DESC }]) {\n          totalCount nodes { id proposedUnits status scheme regency { code } } pageInfo { hasNextPage endCursor } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AnalystsOrderingProposalsByStatus { proposals(first: 100, filter: { provinceCode: \"52\" }, orderBy: [{ field: STATUS }]) { nodes { status } } }"): (typeof documents)["query AnalystsOrderingProposalsByStatus { proposals(first: 100, filter: { provinceCode: \"52\" }, orderBy: [{ field: STATUS }]) { nodes { status } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AnalystsOrderingMeetingsByDate($after: String, $direction: SortDirection!) {\n            meetings(first: 2, after: $after, filter: { provinceCode: \"52\" }, orderBy: [{ field: STARTS_AT, direction: $direction }]) {\n            nodes { id } pageInfo { hasNextPage endCursor } } }"): (typeof documents)["query AnalystsOrderingMeetingsByDate($after: String, $direction: SortDirection!) {\n            meetings(first: 2, after: $after, filter: { provinceCode: \"52\" }, orderBy: [{ field: STARTS_AT, direction: $direction }]) {\n            nodes { id } pageInfo { hasNextPage endCursor } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AnalystsOrderingMeetingsInProvinces { meetings(first: 100, filter: { provinceCodes: [\"52\", \"61\"] }) { nodes { provinces { code } regencies { code } } } }"): (typeof documents)["query AnalystsOrderingMeetingsInProvinces { meetings(first: 100, filter: { provinceCodes: [\"52\", \"61\"] }) { nodes { provinces { code } regencies { code } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment AnalystsProvenanceSource on DataSource { code name url publishedOn modeled }"): (typeof documents)["fragment AnalystsProvenanceSource on DataSource { code name url publishedOn modeled }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment AnalystsProvenanceNeed on HousingNeed {\n  year households ownershipBacklog habitabilityBacklog uninhabitableHomes modeled source { ...AnalystsProvenanceSource }\n  householdsSource { ...AnalystsProvenanceSource } ownershipBacklogSource { ...AnalystsProvenanceSource }\n  habitabilityBacklogSource { ...AnalystsProvenanceSource } uninhabitableHomesSource { ...AnalystsProvenanceSource }\n  figures { indicator year value source { ...AnalystsProvenanceSource } }\n}"): (typeof documents)["fragment AnalystsProvenanceNeed on HousingNeed {\n  year households ownershipBacklog habitabilityBacklog uninhabitableHomes modeled source { ...AnalystsProvenanceSource }\n  householdsSource { ...AnalystsProvenanceSource } ownershipBacklogSource { ...AnalystsProvenanceSource }\n  habitabilityBacklogSource { ...AnalystsProvenanceSource } uninhabitableHomesSource { ...AnalystsProvenanceSource }\n  figures { indicator year value source { ...AnalystsProvenanceSource } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AnalystsProvenanceNeeds {\n        provinces { code need(year: 2023) { ...AnalystsProvenanceNeed } regencies { code need(year: 2023) { ...AnalystsProvenanceNeed } } }\n      }"): (typeof documents)["query AnalystsProvenanceNeeds {\n        provinces { code need(year: 2023) { ...AnalystsProvenanceNeed } regencies { code need(year: 2023) { ...AnalystsProvenanceNeed } } }\n      }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AnalystsProvenanceCoverage {\n      regency(code: \"52.01\") { coverage(year: 2025) { fundedUnits modeled } }\n      fundingBreakdown(year: 2025, scheme: FLPP, by: MONTH) { month units modeled }\n    }"): (typeof documents)["query AnalystsProvenanceCoverage {\n      regency(code: \"52.01\") { coverage(year: 2025) { fundedUnits modeled } }\n      fundingBreakdown(year: 2025, scheme: FLPP, by: MONTH) { month units modeled }\n    }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AnalystsProvenanceProposals { proposals(filter: { provinceCode: \"52\" }, first: 100) { totalCount nodes { source { code name modeled } } } }"): (typeof documents)["query AnalystsProvenanceProposals { proposals(filter: { provinceCode: \"52\" }, first: 100) { totalCount nodes { source { code name modeled } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AnalystsProvenanceTargets { programs { code targets(year: 2025) { kind source { url publishedOn modeled } } } }"): (typeof documents)["query AnalystsProvenanceTargets { programs { code targets(year: 2025) { kind source { url publishedOn modeled } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AnalystsQuestionsSubmit($input: SubmitProposalInput!) { submitProposal(input: $input) { id } }"): (typeof documents)["mutation AnalystsQuestionsSubmit($input: SubmitProposalInput!) { submitProposal(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AnalystsQuestionsNtbCoverage { province(code: \"52\") { regencies { code coverage(year: 2025) { ratio } } } }"): (typeof documents)["query AnalystsQuestionsNtbCoverage { province(code: \"52\") { regencies { code coverage(year: 2025) { ratio } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AnalystsQuestionsFlppAndBacklog { fundingSummary(year: 2025, schemes: [FLPP], groupBy: PROVINCE) { province { code } units } provinces { code need(year: 2025) { ownershipBacklog } } }"): (typeof documents)["query AnalystsQuestionsFlppAndBacklog { fundingSummary(year: 2025, schemes: [FLPP], groupBy: PROVINCE) { province { code } units } provinces { code need(year: 2025) { ownershipBacklog } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AnalystsQuestionsLatestRtlh { provinces { regencies { code latestNeed { uninhabitableHomes } } } }"): (typeof documents)["query AnalystsQuestionsLatestRtlh { provinces { regencies { code latestNeed { uninhabitableHomes } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AnalystsQuestionsProposals2026($after: String) { proposals(first: 100, after: $after, filter: { fiscalYear: 2026 }) { nodes { id proposedUnits regency { code } } pageInfo { hasNextPage endCursor } } }"): (typeof documents)["query AnalystsQuestionsProposals2026($after: String) { proposals(first: 100, after: $after, filter: { fiscalYear: 2026 }) { nodes { id proposedUnits regency { code } } pageInfo { hasNextPage endCursor } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AnalystsQuestionsRakorAttendees { meetings(first: 100, filter: { kinds: [RAKOR, RAKORNIS] }) { nodes { regencies { code proposals(fiscalYear: 2026) { status } } } } }"): (typeof documents)["query AnalystsQuestionsRakorAttendees { meetings(first: 100, filter: { kinds: [RAKOR, RAKORNIS] }) { nodes { regencies { code proposals(fiscalYear: 2026) { status } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AnalystsSearchAreas($text: String!, $first: Int) {\n    searchAreas(text: $text, first: $first) { level code name kind score province { code } regency { code name } }\n  }\n"): (typeof documents)["\n  query AnalystsSearchAreas($text: String!, $first: Int) {\n    searchAreas(text: $text, first: $first) { level code name kind score province { code } regency { code name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AnalystsSeriesFlppMonthly {\n      national: fundingSeries(from: 2024, to: 2025, schemes: [FLPP], interval: MONTH) { year month units amountIdr modeled source { code } target { kind units } }\n      jabar: fundingSeries(from: 2024, to: 2025, schemes: [FLPP], interval: MONTH, provinceCode: \"32\") { year month units target { kind units } }\n    }"): (typeof documents)["query AnalystsSeriesFlppMonthly {\n      national: fundingSeries(from: 2024, to: 2025, schemes: [FLPP], interval: MONTH) { year month units amountIdr modeled source { code } target { kind units } }\n      jabar: fundingSeries(from: 2024, to: 2025, schemes: [FLPP], interval: MONTH, provinceCode: \"32\") { year month units target { kind units } }\n    }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AnalystsSeriesBspsByCategory { fundingSeries(from: 2018, to: 2025, schemes: [BSPS], byCategory: true) { year category units amountIdr target { kind units } } }"): (typeof documents)["query AnalystsSeriesBspsByCategory { fundingSeries(from: 2018, to: 2025, schemes: [BSPS], byCategory: true) { year category units amountIdr target { kind units } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AnalystsSeriesReversed { fundingSeries(from: 2025, to: 2020) { units } }"): (typeof documents)["query AnalystsSeriesReversed { fundingSeries(from: 2025, to: 2020) { units } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AnalystsSeriesNeed {\n      province(code: \"32\") { needSeries(from: 2019, to: 2023, indicators: [OWNERSHIP_BACKLOG]) { year indicator value source { modeled } } }\n      regency(code: \"52.01\") { needSeries(from: 2014, to: 2025) { year indicator value } }\n    }"): (typeof documents)["query AnalystsSeriesNeed {\n      province(code: \"32\") { needSeries(from: 2019, to: 2023, indicators: [OWNERSHIP_BACKLOG]) { year indicator value source { modeled } } }\n      regency(code: \"52.01\") { needSeries(from: 2014, to: 2025) { year indicator value } }\n    }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuditPage($filter: AuditLogFilter, $first: Int, $after: String) {\n  auditLog(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo { hasNextPage endCursor }\n    edges { cursor node { id at service actorId actorKind actorRoles agencyId operation entity entityId before after } }\n  }\n}"): (typeof documents)["query AuditPage($filter: AuditLogFilter, $first: Int, $after: String) {\n  auditLog(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo { hasNextPage endCursor }\n    edges { cursor node { id at service actorId actorKind actorRoles agencyId operation entity entityId before after } }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuditSubmit($input: SubmitProposalInput!) { submitProposal(input: $input) { id status } }"): (typeof documents)["mutation AuditSubmit($input: SubmitProposalInput!) { submitProposal(input: $input) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuditVerify($id: ID!) { transitionProposal(id: $id, to: ADMIN_VERIFIED, note: \"complete\") { status } }"): (typeof documents)["mutation AuditVerify($id: ID!) { transitionProposal(id: $id, to: ADMIN_VERIFIED, note: \"complete\") { status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuditNtbMeeting { meetings(filter: { provinceCode: \"52\" }, first: 1) { nodes { id } } }"): (typeof documents)["query AuditNtbMeeting { meetings(filter: { provinceCode: \"52\" }, first: 1) { nodes { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuditAddFollowUp($id: ID!) { addFollowUps(meetingId: $id, followUps: [{ description: \"Lengkapi dokumen\" }]) {\n         followUps { id version status } } }"): (typeof documents)["mutation AuditAddFollowUp($id: ID!) { addFollowUps(meetingId: $id, followUps: [{ description: \"Lengkapi dokumen\" }]) {\n         followUps { id version status } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuditFollowUpDone($id: ID!, $version: Int!) { updateFollowUpStatus(id: $id, status: DONE, expectedVersion: $version) {\n         status statusHistory { fromStatus toStatus actor } } }"): (typeof documents)["mutation AuditFollowUpDone($id: ID!, $version: Int!) { updateFollowUpStatus(id: $id, status: DONE, expectedVersion: $version) {\n         status statusHistory { fromStatus toStatus actor } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuditAddDecision($id: ID!) { addDecisions(meetingId: $id, decisions: [{ text: \"Verifikasi lanjutan\" }]) {\n         updatedBy decisions { text createdBy } } }"): (typeof documents)["mutation AuditAddDecision($id: ID!) { addDecisions(meetingId: $id, decisions: [{ text: \"Verifikasi lanjutan\" }]) {\n         updatedBy decisions { text createdBy } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuditImportNeed($file: ImportFileInput!) { importNeed(file: $file) { status batchId importedBy } }"): (typeof documents)["mutation AuditImportNeed($file: ImportFileInput!) { importNeed(file: $file) { status batchId importedBy } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuditApprovedProposal { proposals(filter: { status: APPROVED }, first: 1) { nodes { id } } }"): (typeof documents)["query AuditApprovedProposal { proposals(filter: { status: APPROVED }, first: 1) { nodes { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuditReject($id: ID!) { transitionProposal(id: $id, to: REJECTED) { status } }"): (typeof documents)["mutation AuditReject($id: ID!) { transitionProposal(id: $id, to: REJECTED) { status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuditFirstFollowUp { meetings(first: 1) { nodes { followUps { id version } } } }"): (typeof documents)["query AuditFirstFollowUp { meetings(first: 1) { nodes { followUps { id version } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuditStaleFollowUp($id: ID!, $version: Int!) { updateFollowUpStatus(id: $id, status: DONE, expectedVersion: $version) { status } }"): (typeof documents)["mutation AuditStaleFollowUp($id: ID!, $version: Int!) { updateFollowUpStatus(id: $id, status: DONE, expectedVersion: $version) { status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuditRejectedImport($file: ImportFileInput!) { importNeed(file: $file) { status } }"): (typeof documents)["mutation AuditRejectedImport($file: ImportFileInput!) { importNeed(file: $file) { status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuditCount { auditLog(first: 1) { totalCount } }"): (typeof documents)["query AuditCount { auditLog(first: 1) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangesImportNeed($file: ImportFileInput!) {\n    importNeed(file: $file) {\n      status\n      inserted\n      replaced\n    }\n  }\n"): (typeof documents)["\n  mutation ChangesImportNeed($file: ImportFileInput!) {\n    importNeed(file: $file) {\n      status\n      inserted\n      replaced\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ChangesStep1 { agencies { id } }"): (typeof documents)["query ChangesStep1 { agencies { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation ChangesKey($input: CreateApiKeyInput!) {\n        createApiKey(input: $input) {\n          key\n        }\n      }\n    "): (typeof documents)["\n      mutation ChangesKey($input: CreateApiKeyInput!) {\n        createApiKey(input: $input) {\n          key\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CrashSubmit($input: SubmitProposalInput!) { submitProposal(input: $input) { id } }"): (typeof documents)["mutation CrashSubmit($input: SubmitProposalInput!) { submitProposal(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CrashImport($file: ImportFileInput!) { importRealization(file: $file) { status rows } }"): (typeof documents)["mutation CrashImport($file: ImportFileInput!) { importRealization(file: $file) { status rows } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CrashProposalPage($fiscalYear: Int!, $after: String) {\n        proposals(filter: { fiscalYear: $fiscalYear }, first: 100, after: $after) { pageInfo { hasNextPage endCursor } nodes { id } } }"): (typeof documents)["query CrashProposalPage($fiscalYear: Int!, $after: String) {\n        proposals(filter: { fiscalYear: $fiscalYear }, first: 100, after: $after) { pageInfo { hasNextPage endCursor } nodes { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CrashImportedUnits($year: Int!) { fundingSummary(year: $year, schemes: [FLPP]) { units } }"): (typeof documents)["query CrashImportedUnits($year: Int!) { fundingSummary(year: $year, schemes: [FLPP]) { units } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CrashFrame { provinces { regencies { code } } }"): (typeof documents)["query CrashFrame { provinces { regencies { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DeskReviewsOf2025 {\n  meetings(filter: { kinds: [DESK_SINKRONISASI], from: \"2025-01-01\", to: \"2025-12-31\" }, first: 100) {\n    nodes { id startsAt deskReviews { recommendation recommendedUnits regency { code } proposal { id status funded { units amountIdr modeled } } } }\n  }\n}"): (typeof documents)["query DeskReviewsOf2025 {\n  meetings(filter: { kinds: [DESK_SINKRONISASI], from: \"2025-01-01\", to: \"2025-12-31\" }, first: 100) {\n    nodes { id startsAt deskReviews { recommendation recommendedUnits regency { code } proposal { id status funded { units amountIdr modeled } } } }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeskReviewRecord($input: RecordDeskReviewInput!) {\n  recordDeskReview(input: $input) { id recommendedUnits proposedUnits recommendation needUsed { indicator value year sourceCode modeled } meeting { id } proposal { id } }\n}"): (typeof documents)["mutation DeskReviewRecord($input: RecordDeskReviewInput!) {\n  recordDeskReview(input: $input) { id recommendedUnits proposedUnits recommendation needUsed { indicator value year sourceCode modeled } meeting { id } proposal { id } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DeskReviewAudit($id: ID) { auditLog(filter: { entity: \"DeskReview\", entityId: $id }) {\n         edges { node { operation actorId before after } } } }"): (typeof documents)["query DeskReviewAudit($id: ID) { auditLog(filter: { entity: \"DeskReview\", entityId: $id }) {\n         edges { node { operation actorId before after } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PendataanNttAndAwards {\n        province(code: \"53\") { regencies { code name pendataan(fiscalYear: 2025) { targetHouseholds surveyed verified asOf source { modeled } } } }\n        meetings(filter: { provinceCodes: [\"53\"], kinds: [EVALUATION], from: \"2025-01-01\", to: \"2025-12-31\" }) {\n          nodes { title awards { category rank modeled note regency { code name pendataan(fiscalYear: 2025) { verified targetHouseholds } } } }\n        }\n      }"): (typeof documents)["query PendataanNttAndAwards {\n        province(code: \"53\") { regencies { code name pendataan(fiscalYear: 2025) { targetHouseholds surveyed verified asOf source { modeled } } } }\n        meetings(filter: { provinceCodes: [\"53\"], kinds: [EVALUATION], from: \"2025-01-01\", to: \"2025-12-31\" }) {\n          nodes { title awards { category rank modeled note regency { code name pendataan(fiscalYear: 2025) { verified targetHouseholds } } } }\n        }\n      }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExportClientAgencies { agencies { id name } }"): (typeof documents)["query ExportClientAgencies { agencies { id name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation ExportClientKey($input: CreateApiKeyInput!) {\n          createApiKey(input: $input) {\n            key\n          }\n        }\n      "): (typeof documents)["\n        mutation ExportClientKey($input: CreateApiKeyInput!) {\n          createApiKey(input: $input) {\n            key\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query Question8($after: String) {\n        regencies(first: 100, after: $after) {\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          nodes {\n            code\n            bpsCode\n            name\n            needSeries(from: 2019, to: 2025) {\n              indicator\n              year\n              value\n              definition\n              source {\n                code\n                name\n                modeled\n              }\n            }\n          }\n        }\n      }\n    "): (typeof documents)["\n      query Question8($after: String) {\n        regencies(first: 100, after: $after) {\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          nodes {\n            code\n            bpsCode\n            name\n            needSeries(from: 2019, to: 2025) {\n              indicator\n              year\n              value\n              definition\n              source {\n                code\n                name\n                modeled\n              }\n            }\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FundingSourcesNtbBsps {\n        province(code: \"52\") {\n          total: funding(year: 2025, schemes: [BSPS]) { units amountIdr financingSource }\n          split: funding(year: 2025, schemes: [BSPS], byFinancingSource: true) { scheme financingSource units amountIdr }\n          apbd: funding(year: 2025, schemes: [BSPS], financingSources: [APBD_PROVINCE, APBD_REGENCY]) { units amountIdr }\n        }\n        summary: fundingSummary(year: 2025, provinceCode: \"52\", schemes: [BSPS], byFinancingSource: true) { province { code } scheme financingSource units amountIdr }\n        apbn: fundingSummary(year: 2025, provinceCode: \"52\", schemes: [BSPS], financingSources: [APBN]) { financingSource units amountIdr }\n        breakdown: fundingBreakdown(year: 2025, scheme: BSPS, by: FINANCING_SOURCE, provinceCode: \"52\") { financingSource units amountIdr }\n      }"): (typeof documents)["query FundingSourcesNtbBsps {\n        province(code: \"52\") {\n          total: funding(year: 2025, schemes: [BSPS]) { units amountIdr financingSource }\n          split: funding(year: 2025, schemes: [BSPS], byFinancingSource: true) { scheme financingSource units amountIdr }\n          apbd: funding(year: 2025, schemes: [BSPS], financingSources: [APBD_PROVINCE, APBD_REGENCY]) { units amountIdr }\n        }\n        summary: fundingSummary(year: 2025, provinceCode: \"52\", schemes: [BSPS], byFinancingSource: true) { province { code } scheme financingSource units amountIdr }\n        apbn: fundingSummary(year: 2025, provinceCode: \"52\", schemes: [BSPS], financingSources: [APBN]) { financingSource units amountIdr }\n        breakdown: fundingBreakdown(year: 2025, scheme: BSPS, by: FINANCING_SOURCE, provinceCode: \"52\") { financingSource units amountIdr }\n      }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FundingSourcesRegencyAndNation {\n        regency(code: \"52.01\") {\n          total: funding(year: 2025, schemes: [BSPS]) { units amountIdr }\n          split: funding(year: 2025, schemes: [BSPS], byFinancingSource: true) { financingSource units amountIdr }\n        }\n        nation: fundingSummary(years: [2023, 2025], schemes: [BSPS, CSR]) { scheme year units amountIdr }\n        nationBySource: fundingSummary(years: [2023, 2025], schemes: [BSPS, CSR], byFinancingSource: true) { scheme year financingSource units amountIdr }\n      }"): (typeof documents)["query FundingSourcesRegencyAndNation {\n        regency(code: \"52.01\") {\n          total: funding(year: 2025, schemes: [BSPS]) { units amountIdr }\n          split: funding(year: 2025, schemes: [BSPS], byFinancingSource: true) { financingSource units amountIdr }\n        }\n        nation: fundingSummary(years: [2023, 2025], schemes: [BSPS, CSR]) { scheme year units amountIdr }\n        nationBySource: fundingSummary(years: [2023, 2025], schemes: [BSPS, CSR], byFinancingSource: true) { scheme year financingSource units amountIdr }\n      }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GraphFeedKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      key\n    }\n  }\n"): (typeof documents)["\n  mutation GraphFeedKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      key\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GraphFeedAgencies { agencies { id } }"): (typeof documents)["query GraphFeedAgencies { agencies { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GraphFeedChanges($since: String, $datasets: [Dataset!], $first: Int) {\n    changes(since: $since, datasets: $datasets, first: $first) {\n      changes {\n        position\n        dataset\n        operation\n        key\n        old\n        new\n        changedAt\n      }\n      cursor\n      hasMore\n    }\n  }\n"): (typeof documents)["\n  query GraphFeedChanges($since: String, $datasets: [Dataset!], $first: Int) {\n    changes(since: $since, datasets: $datasets, first: $first) {\n      changes {\n        position\n        dataset\n        operation\n        key\n        old\n        new\n        changedAt\n      }\n      cursor\n      hasMore\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GraphFeedDatasets {\n    datasets {\n      name\n      dataset\n      title\n      description\n      publisher\n      licence\n      keywords\n      updateFrequency\n      firstYear\n      lastYear\n      spatial\n      distributions {\n        format\n        mediaType\n        url\n      }\n      columns {\n        name\n        description\n      }\n      filters\n      sources {\n        code\n        name\n        publisher\n        publishedOn\n        undatedReason\n        url\n        modeled\n      }\n    }\n  }\n"): (typeof documents)["\n  query GraphFeedDatasets {\n    datasets {\n      name\n      dataset\n      title\n      description\n      publisher\n      licence\n      keywords\n      updateFrequency\n      firstYear\n      lastYear\n      spatial\n      distributions {\n        format\n        mediaType\n        url\n      }\n      columns {\n        name\n        description\n      }\n      filters\n      sources {\n        code\n        name\n        publisher\n        publishedOn\n        undatedReason\n        url\n        modeled\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GraphFeedSejutaRumahSources {\n    programSejutaRumah {\n      year\n      source {\n        code\n        publishedOn\n        undatedReason\n        url\n      }\n    }\n  }\n"): (typeof documents)["\n  query GraphFeedSejutaRumahSources {\n    programSejutaRumah {\n      year\n      source {\n        code\n        publishedOn\n        undatedReason\n        url\n      }\n    }\n  }\n"];
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
export function graphql(source: "query ImportsProposalFunded($id: ID!) { proposal(id: $id) { id regency { code } scheme funded { units amountIdr } } }"): (typeof documents)["query ImportsProposalFunded($id: ID!) { proposal(id: $id) { id regency { code } scheme funded { units amountIdr } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ImportsBreakdownBySource { fundingBreakdown(year: 2025, scheme: BSPS, by: FINANCING_SOURCE, regencyCode: \"52.01\") { financingSource units amountIdr modeled } }"): (typeof documents)["query ImportsBreakdownBySource { fundingBreakdown(year: 2025, scheme: BSPS, by: FINANCING_SOURCE, regencyCode: \"52.01\") { financingSource units amountIdr modeled } }"];
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
export function graphql(source: "query ProgramsFundingSummarySources {\n      plain: fundingSummary(year: 2025, groupBy: REGENCY) { regency { code } scheme units amountIdr source: __typename }\n      sourced: fundingSummary(year: 2025, groupBy: REGENCY) { regency { code } scheme units amountIdr ... on FundingSummaryRow { source { code modeled } } }\n    }"): (typeof documents)["query ProgramsFundingSummarySources {\n      plain: fundingSummary(year: 2025, groupBy: REGENCY) { regency { code } scheme units amountIdr source: __typename }\n      sourced: fundingSummary(year: 2025, groupBy: REGENCY) { regency { code } scheme units amountIdr ... on FundingSummaryRow { source { code modeled } } }\n    }"];
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
export function graphql(source: "query ReferenceBspsDetails {\n  programs {\n    code\n    unitValues { year category amountIdr materialsIdr wagesIdr source { modeled url } }\n    targets { year kind units amountIdr budgetAbsorbedPercent budgetAbsorbedOn province { code } source { modeled url } }\n  }\n}"): (typeof documents)["query ReferenceBspsDetails {\n  programs {\n    code\n    unitValues { year category amountIdr materialsIdr wagesIdr source { modeled url } }\n    targets { year kind units amountIdr budgetAbsorbedPercent budgetAbsorbedOn province { code } source { modeled url } }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReferenceBspsByCategory($year: Int!) {\n  fundingBreakdown(year: $year, scheme: BSPS, by: CATEGORY, statuses: [ALLOCATED, IN_PROGRESS, REALIZED]) { category units }\n}"): (typeof documents)["query ReferenceBspsByCategory($year: Int!) {\n  fundingBreakdown(year: $year, scheme: BSPS, by: CATEGORY, statuses: [ALLOCATED, IN_PROGRESS, REALIZED]) { category units }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReferenceNation { nation { indicators { indicator { code unit } year period value source { url modeled } }\n          need(year: 2023) { ownershipBacklog habitabilityBacklog } } }"): (typeof documents)["query ReferenceNation { nation { indicators { indicator { code unit } year period value source { url modeled } }\n          need(year: 2023) { ownershipBacklog habitabilityBacklog } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReferenceRegional { provinces {\n        code indicators { indicator { code unit } year period value source { url } }\n        regencies { code indicators { indicator { code unit } year period value source { url } } }\n      } }"): (typeof documents)["query ReferenceRegional { provinces {\n        code indicators { indicator { code unit } year period value source { url } }\n        regencies { code indicators { indicator { code unit } year period value source { url } } }\n      } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReferenceFlppYear($year: Int!) {\n          fundingSummary(year: $year, schemes: [FLPP], groupBy: NATIONAL) { units amountIdr target { kind units } } }"): (typeof documents)["query ReferenceFlppYear($year: Int!) {\n          fundingSummary(year: $year, schemes: [FLPP], groupBy: NATIONAL) { units amountIdr target { kind units } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReferenceTargets { programs { code targets { year kind units amountIdr province { code } } } }"): (typeof documents)["query ReferenceTargets { programs { code targets { year kind units amountIdr province { code } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReferenceBspsYear($year: Int!) { fundingSummary(year: $year, schemes: [BSPS], groupBy: NATIONAL) { units } }"): (typeof documents)["query ReferenceBspsYear($year: Int!) { fundingSummary(year: $year, schemes: [BSPS], groupBy: NATIONAL) { units } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReferenceSejutaRumah { programSejutaRumah { year unitsTotal unitsMbr unitsNonMbr unitsCsr note source { url modeled } } }"): (typeof documents)["query ReferenceSejutaRumah { programSejutaRumah { year unitsTotal unitsMbr unitsNonMbr unitsCsr note source { url modeled } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReferenceProgram3JutaRumah {\n      program3JutaRumah(year: 2025) {\n        target { units ruralUnits urbanUnits }\n        segmentRules { scheme segment reason }\n        national: progress { units targetUnits segments { segment units targetUnits schemes { scheme units } } }\n        ntb: progress(provinceCodes: [\"52\"]) { provinceCodes units segments { segment units schemes { scheme units } } }\n        provinces { provinceCodes units }\n      }\n      flpp: fundingSummary(year: 2025, schemes: [FLPP, BSPS, CSR], groupBy: NATIONAL) { scheme units }\n      ntbFunding: fundingSummary(year: 2025, provinceCode: \"52\", schemes: [FLPP, BSPS, CSR], groupBy: PROVINCE) { scheme units }\n    }"): (typeof documents)["query ReferenceProgram3JutaRumah {\n      program3JutaRumah(year: 2025) {\n        target { units ruralUnits urbanUnits }\n        segmentRules { scheme segment reason }\n        national: progress { units targetUnits segments { segment units targetUnits schemes { scheme units } } }\n        ntb: progress(provinceCodes: [\"52\"]) { provinceCodes units segments { segment units schemes { scheme units } } }\n        provinces { provinceCodes units }\n      }\n      flpp: fundingSummary(year: 2025, schemes: [FLPP, BSPS, CSR], groupBy: NATIONAL) { scheme units }\n      ntbFunding: fundingSummary(year: 2025, provinceCode: \"52\", schemes: [FLPP, BSPS, CSR], groupBy: PROVINCE) { scheme units }\n    }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReferenceWorkAreas {\n      agencies(kind: REGIONAL_UNIT) { shortName coveredProvinces { code } threeMillionHomes(year: 2025) { provinceCodes units segments { segment units } } }\n      program3JutaRumah(year: 2025) { ntt: progress(provinceCodes: [\"53\"]) { units segments { segment units } } }\n    }"): (typeof documents)["query ReferenceWorkAreas {\n      agencies(kind: REGIONAL_UNIT) { shortName coveredProvinces { code } threeMillionHomes(year: 2025) { provinceCodes units segments { segment units } } }\n      program3JutaRumah(year: 2025) { ntt: progress(provinceCodes: [\"53\"]) { units segments { segment units } } }\n    }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RegionsRegencies { regencies(first: 1000) { totalCount } }"): (typeof documents)["query RegionsRegencies { regencies(first: 1000) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RegionsProvince { province(code: \"32\") { need(year: 2023) { year ownershipBacklog ownershipBacklogSource { modeled url } source { code modeled } } } }"): (typeof documents)["query RegionsProvince { province(code: \"32\") { need(year: 2023) { year ownershipBacklog ownershipBacklogSource { modeled url } source { code modeled } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ResponseCacheDeskReviews { meetings(filter: { provinceCode: \"36\" }, first: 1) { nodes { id title deskReviews { id } } } }"): (typeof documents)["query ResponseCacheDeskReviews { meetings(filter: { provinceCode: \"36\" }, first: 1) { nodes { id title deskReviews { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ResponseCacheRegency { regency(code: \"36.01\") { name } }"): (typeof documents)["query ResponseCacheRegency { regency(code: \"36.01\") { name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ResponseCacheOverdue { overdueFollowUps { id } }"): (typeof documents)["query ResponseCacheOverdue { overdueFollowUps { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ResponseCacheKeyIds { apiKeys { id } }"): (typeof documents)["query ResponseCacheKeyIds { apiKeys { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ResponseCacheMeeting { meetings(filter: { provinceCode: \"36\" }, first: 1) { nodes { id followUps { id version } } } }"): (typeof documents)["query ResponseCacheMeeting { meetings(filter: { provinceCode: \"36\" }, first: 1) { nodes { id followUps { id version } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ResponseCacheOrganizer { agencies(regencyCode: \"52.71\") { id } }"): (typeof documents)["query ResponseCacheOrganizer { agencies(regencyCode: \"52.71\") { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ResponseCacheSubmitted { proposals(filter: { status: SUBMITTED }, first: 1) { nodes { id } } }"): (typeof documents)["query ResponseCacheSubmitted { proposals(filter: { status: SUBMITTED }, first: 1) { nodes { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ResponseCacheMeetingRead($id: ID!) { meeting(id: $id) { followUps { id description status version } decisions { text } } }"): (typeof documents)["query ResponseCacheMeetingRead($id: ID!) { meeting(id: $id) { followUps { id description status version } decisions { text } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ResponseCacheApiKeys { apiKeys { id label revokedAt } }"): (typeof documents)["query ResponseCacheApiKeys { apiKeys { id label revokedAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ResponseCacheProposalsIn2027($regencyCode: ID!) { proposals(filter: { regencyCode: $regencyCode, fiscalYear: 2027 }) { totalCount } }"): (typeof documents)["query ResponseCacheProposalsIn2027($regencyCode: ID!) { proposals(filter: { regencyCode: $regencyCode, fiscalYear: 2027 }) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ResponseCacheRecordAgency($input: RecordAgencyInput!) { recordAgency(input: $input) { id } }"): (typeof documents)["mutation ResponseCacheRecordAgency($input: RecordAgencyInput!) { recordAgency(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ResponseCacheAgencies { agencies(regencyCode: \"52.01\") { name } }"): (typeof documents)["query ResponseCacheAgencies { agencies(regencyCode: \"52.01\") { name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ResponseCacheCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id } } }"): (typeof documents)["mutation ResponseCacheCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ResponseCacheRevokeApiKey($id: ID!) { revokeApiKey(id: $id) { id } }"): (typeof documents)["mutation ResponseCacheRevokeApiKey($id: ID!) { revokeApiKey(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ResponseCacheAddFollowUps($id: ID!) { addFollowUps(meetingId: $id, followUps: [{ description: \"Cache follow-up\" }]) { id } }"): (typeof documents)["mutation ResponseCacheAddFollowUps($id: ID!) { addFollowUps(meetingId: $id, followUps: [{ description: \"Cache follow-up\" }]) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ResponseCacheUpdateFollowUp($id: ID!, $version: Int!) { updateFollowUpStatus(id: $id, status: DONE, expectedVersion: $version) { id } }"): (typeof documents)["mutation ResponseCacheUpdateFollowUp($id: ID!, $version: Int!) { updateFollowUpStatus(id: $id, status: DONE, expectedVersion: $version) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ResponseCacheRecordMeeting($input: RecordMeetingInput!) { recordMeeting(input: $input) { id } }"): (typeof documents)["mutation ResponseCacheRecordMeeting($input: RecordMeetingInput!) { recordMeeting(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ResponseCacheMeetingCount { meetings(first: 1) { totalCount } }"): (typeof documents)["query ResponseCacheMeetingCount { meetings(first: 1) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ResponseCacheAddDecisions($id: ID!) { addDecisions(meetingId: $id, decisions: [{ text: \"Cache decision\" }]) { id } }"): (typeof documents)["mutation ResponseCacheAddDecisions($id: ID!) { addDecisions(meetingId: $id, decisions: [{ text: \"Cache decision\" }]) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ResponseCacheImportRealization($file: ImportFileInput!) { importRealization(file: $file) { status } }"): (typeof documents)["mutation ResponseCacheImportRealization($file: ImportFileInput!) { importRealization(file: $file) { status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ResponseCacheFlpp { regency(code: \"52.71\") { funding(year: 2025, schemes: [FLPP]) { units } } }"): (typeof documents)["query ResponseCacheFlpp { regency(code: \"52.71\") { funding(year: 2025, schemes: [FLPP]) { units } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ResponseCacheImportProposals($file: ImportFileInput!) { importProposals(file: $file) { status } }"): (typeof documents)["mutation ResponseCacheImportProposals($file: ImportFileInput!) { importProposals(file: $file) { status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ResponseCacheSubmitProposal($input: SubmitProposalInput!) { submitProposal(input: $input) { id } }"): (typeof documents)["mutation ResponseCacheSubmitProposal($input: SubmitProposalInput!) { submitProposal(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ResponseCacheTransitionProposal($id: ID!) { transitionProposal(id: $id, to: ADMIN_VERIFIED) { id } }"): (typeof documents)["mutation ResponseCacheTransitionProposal($id: ID!) { transitionProposal(id: $id, to: ADMIN_VERIFIED) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ResponseCacheProposalStatus($id: ID!) { proposal(id: $id) { status } }"): (typeof documents)["query ResponseCacheProposalStatus($id: ID!) { proposal(id: $id) { status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ResponseCacheRecordDeskReview($input: RecordDeskReviewInput!) { recordDeskReview(input: $input) { id } }"): (typeof documents)["mutation ResponseCacheRecordDeskReview($input: RecordDeskReviewInput!) { recordDeskReview(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ResponseCacheDeskReviewUnits($id: ID!) { meeting(id: $id) { deskReviews { recommendedUnits } } }"): (typeof documents)["query ResponseCacheDeskReviewUnits($id: ID!) { meeting(id: $id) { deskReviews { recommendedUnits } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ResponseCacheImportNeed($file: ImportFileInput!) { importNeed(file: $file) { status } }"): (typeof documents)["mutation ResponseCacheImportNeed($file: ImportFileInput!) { importNeed(file: $file) { status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ResponseCacheHouseholds { regency(code: \"52.01\") { need(year: 2024) { households } } }"): (typeof documents)["query ResponseCacheHouseholds { regency(code: \"52.01\") { need(year: 2024) { households } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ResponseCacheLombok { regency(code: \"52.02\") { name } }"): (typeof documents)["query ResponseCacheLombok { regency(code: \"52.02\") { name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ResponseCacheLombokTimur { regency(code: \"52.03\") { name } }"): (typeof documents)["query ResponseCacheLombokTimur { regency(code: \"52.03\") { name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ResponseCacheBantenMeetings { meetings(filter: { provinceCode: \"36\" }, first: 2) { nodes { id title } } }"): (typeof documents)["query ResponseCacheBantenMeetings { meetings(filter: { provinceCode: \"36\" }, first: 2) { nodes { id title } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SubgraphOutageAcross {\n  regency(code: \"52.01\") { name }\n  fundingSummary(year: 2025) { units }\n  meetings(first: 1) { totalCount }\n}"): (typeof documents)["query SubgraphOutageAcross {\n  regency(code: \"52.01\") { name }\n  fundingSummary(year: 2025) { units }\n  meetings(first: 1) { totalCount }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;