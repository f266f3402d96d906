import 'reflect-metadata';
import type { EntityManager } from '@mikro-orm/core';
import type { TrackedTable } from '@housing-hub/database';
import {
  Arg,
  Ctx,
  Directive,
  Field,
  FieldResolver,
  ID,
  Int,
  ObjectType,
  Query,
  registerEnumType,
  Resolver,
  Root,
  type ClassType,
} from 'type-graphql';
import { JSONScalar } from './audit-log.js';
import { NeverCache } from './cache-hints.js';
import { ChargedByRows } from './served-rows.js';
import { Role } from './caller.js';
import type { ReferenceResolver } from './context.js';
import { ErrorCode, HubError } from './errors.js';
import { describeDatasets, type DatasetDescription } from './export/catalogue-handler.js';
import { readChanges, type Change, type ChangePage as ServiceChangePage } from './export/changes-handler.js';
import type { ExportDataset } from './export/export-dataset.js';
import { DOWNLOAD_MEDIA_TYPES } from './export/export-format.js';
import { RequiresScopes } from './rights.js';

/*
 * `changes` and `datasets` in the graph, over three schemas without SQL across them: the same design
 * as the audit log (audit-log.ts). Meetings owns the root fields; each returns entities that regions
 * and programs extend with an internal field (`<service>Changes`, `<service>Dataset`), and meetings'
 * visible fields `@requires` those, so the gateway's planner fans out and no subgraph calls another.
 * The answers are built from the same functions as `GET /changes` and `GET /catalog.jsonld`
 * (`readChanges`, `describeDatasets`), and the cursor is the same string, so a partner may switch.
 */

/** The datasets of the hub, as the graph names them. */
export enum Dataset {
  NEED = 'NEED',
  AREAS = 'AREAS',
  REALIZATION = 'REALIZATION',
  PROPOSALS = 'PROPOSALS',
  MEETINGS = 'MEETINGS',
  FOLLOW_UPS = 'FOLLOW_UPS',
}
registerEnumType(Dataset, {
  name: 'Dataset',
  description: 'A dataset of the hub: what `GET /export/<name>.<format>` serves and the changes feed follows',
});

/** Each dataset's name in URLs and in `/changes`, and the service that owns it. */
export const DATASETS: Record<Dataset, { name: string; service: string }> = {
  NEED: { name: 'need', service: 'regions' },
  AREAS: { name: 'areas', service: 'regions' },
  REALIZATION: { name: 'realization', service: 'programs' },
  PROPOSALS: { name: 'proposals', service: 'programs' },
  MEETINGS: { name: 'meetings', service: 'meetings' },
  FOLLOW_UPS: { name: 'follow-ups', service: 'meetings' },
};
const DATASET_BY_NAME = new Map(Object.entries(DATASETS).map(([value, { name }]) => [name, value as Dataset]));
const OWNER_BY_NAME = new Map(Object.values(DATASETS).map(({ name, service }) => [name, service]));

/** The order a page of changes fills in (as `GET /changes` reads them): regions, then programs, then meetings. */
export const FEED_SERVICES = ['regions', 'programs', 'meetings'] as const;
/** The services whose slices meetings merges with its own. */
const SLICE_SERVICES = ['regions', 'programs'] as const;

/** Who may read the changes feed: whoever may export (`exportRefusal`): partner keys with `export`, staff roles. */
export const FEED_READERS = ['export', Role.PEMDA, Role.BP3KP, Role.DIRECTORATE, Role.DATA_STEWARD] as const;

/** A page of the feed in the graph: smaller than `/changes` (10,000), since each change crosses the gateway twice. */
export const DEFAULT_GRAPH_CHANGES = 100;
export const MAX_GRAPH_CHANGES = 1_000;

/** The feed's cursor, shared with `GET /changes`: each service's own position (`<xid>.<seq>`), in one string. */
export type FeedPositions = Record<string, string>;

export const encodeFeedCursor = (positions: FeedPositions): string =>
  Buffer.from(JSON.stringify(positions)).toString('base64url');

/** The positions a cursor carries (an empty or absent cursor: from the start), or null when it is not one. */
export function decodeFeedCursor(cursor: string | null | undefined): FeedPositions | null {
  if (!cursor) return {};
  try {
    const positions = JSON.parse(Buffer.from(cursor, 'base64url').toString()) as unknown;
    if (!positions || typeof positions !== 'object' || Array.isArray(positions)) return null;
    return Object.fromEntries(Object.entries(positions).filter(([, value]) => typeof value === 'string')) as FeedPositions;
  } catch {
    return null;
  }
}

export enum ChangeOperation {
  INSERT = 'INSERT',
  UPDATE = 'UPDATE',
  DELETE = 'DELETE',
}
registerEnumType(ChangeOperation, { name: 'ChangeOperation' });

@ObjectType({ description: 'One insert, update (old and new row) or deletion (a tombstone: the old row) of a record' })
@Directive('@shareable')
export class DataChange {
  @Field({ description: "Where it stands in its service's feed (`<transaction>.<sequence>`)" })
  position!: string;

  @Field(() => Dataset)
  dataset!: Dataset;

  @Field(() => ChangeOperation)
  operation!: ChangeOperation;

  @Field(() => ID, { description: "The record's key in its table (`id`, or an area's `code`)" })
  key!: string;

  @Field(() => JSONScalar, { nullable: true, description: 'The row before an update or deletion' })
  old!: unknown;

  @Field(() => JSONScalar, {
    nullable: true,
    description: 'The row after an update; after an insert, the row as it is now (null once deleted: a DELETE follows)',
  })
  new!: unknown;

  @Field({ description: 'When the change was written (ISO 8601, UTC, to the microsecond, as `/changes` gives it)' })
  changedAt!: string;
}

@ObjectType({ description: "One service's share of a changes page (internal: meetings merges them)" })
@Directive('@shareable')
@Directive('@inaccessible')
export class ChangeSlice {
  @Field(() => [DataChange])
  changes!: DataChange[];

  @Field()
  cursor!: string;

  @Field()
  hasMore!: boolean;
}

@ObjectType({ description: 'One column of an export' })
@Directive('@shareable')
export class DatasetColumn {
  @Field()
  name!: string;

  @Field()
  description!: string;
}

@ObjectType({ description: 'A source behind a dataset, with its publication date' })
@Directive('@shareable')
export class DatasetSource {
  @Field(() => ID)
  code!: string;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  publisher!: string | null;

  @Field(() => String, { nullable: true, description: 'Publication date (YYYY-MM-DD)' })
  publishedOn!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Why there is no publication date (null when there is one), as `DataSource.undatedReason`',
  })
  undatedReason!: string | null;

  @Field(() => String, { nullable: true })
  url!: string | null;

  @Field()
  modeled!: boolean;
}

@ObjectType({ description: "A service's description of one of its datasets (internal: meetings adds the catalogue's parts)" })
@Directive('@shareable')
@Directive('@inaccessible')
export class DatasetSlice {
  @Field()
  title!: string;

  @Field()
  description!: string;

  @Field(() => [String])
  keywords!: string[];

  @Field()
  updateFrequency!: string;

  @Field(() => [String])
  formats!: string[];

  @Field(() => [String])
  filters!: string[];

  @Field(() => [DatasetColumn])
  columns!: DatasetColumn[];

  @Field(() => Int, { nullable: true })
  firstYear!: number | null;

  @Field(() => Int, { nullable: true })
  lastYear!: number | null;

  @Field(() => [DatasetSource])
  sources!: DatasetSource[];
}

@ObjectType({ description: 'One way to download a dataset' })
export class DatasetDistribution {
  @Field({ description: 'csv, jsonl, ...' })
  format!: string;

  @Field({ description: 'The IANA media type' })
  mediaType!: string;

  @Field({ description: 'The export URL: absolute when the hub knows its public address (`HUB_PUBLIC_URL`), else its path' })
  url!: string;
}

/** One page of the feed as every service reads it, carried in the page entity's key. */
export interface ChangeFeedRequest {
  positions: FeedPositions;
  /** Dataset names as `/changes` takes them (`need`, `follow-ups`). */
  datasets: string[];
  first: number;
}

/** Checks `since`, `datasets`, `first` (INVALID_CURSOR, INVALID_PAGE_SIZE) and returns the request. */
export function changeFeedRequest(
  since: string | null | undefined,
  datasets: Dataset[] | null | undefined,
  first: number | null | undefined,
): ChangeFeedRequest {
  const positions = decodeFeedCursor(since);
  if (!positions) throw new HubError(ErrorCode.INVALID_CURSOR, 'since is a cursor this feed gave', { argument: 'since' });
  const size = first ?? DEFAULT_GRAPH_CHANGES;
  if (!Number.isInteger(size) || size < 1 || size > MAX_GRAPH_CHANGES)
    throw new HubError(ErrorCode.INVALID_PAGE_SIZE, `first is 1 to ${MAX_GRAPH_CHANGES}`, {
      argument: 'first',
      max: MAX_GRAPH_CHANGES,
    });
  const asked = datasets && datasets.length > 0 ? [...new Set(datasets)] : (Object.keys(DATASETS) as Dataset[]);
  return { positions, datasets: asked.map((dataset) => DATASETS[dataset].name), first: size };
}

const encodeChangeFeedId = (request: ChangeFeedRequest): string =>
  Buffer.from(JSON.stringify(request), 'utf8').toString('base64url');

function decodeChangeFeedId(id: string): ChangeFeedRequest {
  try {
    const request = JSON.parse(Buffer.from(id, 'base64url').toString('utf8')) as ChangeFeedRequest;
    if (typeof request.first === 'number' && Array.isArray(request.datasets) && typeof request.positions === 'object')
      return request;
  } catch {
    // refused below
  }
  throw new HubError(ErrorCode.VALIDATION_FAILED, 'Not a changes page id', { argument: 'id' });
}

const toDataChange = (change: Change): DataChange => ({
  ...change,
  dataset: DATASET_BY_NAME.get(change.dataset)!,
  operation: change.operation as ChangeOperation,
});

/** A service's share of a page: its changes after its position, in the datasets it owns. */
async function readSlice(
  em: EntityManager,
  service: string,
  tracked: TrackedTable[],
  request: ChangeFeedRequest,
): Promise<ChangeSlice> {
  const owned = request.datasets.filter((name) => OWNER_BY_NAME.get(name) === service);
  const since = request.positions[service] ?? null;
  if (owned.length === 0) return { changes: [], cursor: since ?? '0.0', hasMore: false };
  const page: ServiceChangePage = await readChanges(em, service, tracked, { since, datasets: owned, first: request.first });
  return { ...page, changes: page.changes.map(toDataChange) };
}

/**
 * Merges the services' slices exactly as `GET /changes` fills a page: regions first, then programs,
 * then meetings, each up to what the page has left. A service that did not answer keeps its position
 * (its changes come on a later page), so nothing is skipped.
 */
export function mergeChangeSlices(
  request: ChangeFeedRequest,
  slices: ReadonlyMap<string, ChangeSlice | null | undefined>,
): { changes: DataChange[]; cursor: string; hasMore: boolean } {
  const positions = { ...request.positions };
  const changes: DataChange[] = [];
  let hasMore = false;
  for (const service of FEED_SERVICES) {
    if (!request.datasets.some((name) => OWNER_BY_NAME.get(name) === service)) continue;
    const remaining = request.first - changes.length;
    if (remaining === 0) {
      hasMore = true;
      break;
    }
    const slice = slices.get(service);
    if (!slice) {
      hasMore = true;
      continue;
    }
    const taken = slice.changes.slice(0, remaining);
    changes.push(...taken);
    if (taken.length < slice.changes.length) {
      positions[service] = taken.at(-1)!.position;
      hasMore = true;
    } else {
      positions[service] = slice.cursor;
      if (slice.hasMore) hasMore = true;
    }
  }
  return { changes, cursor: encodeFeedCursor(positions), hasMore };
}

/** The catalogue's parts that are the hub's, not a service's (as `/catalog.jsonld` gives them). */
export const CATALOGUE_PUBLISHER = 'Kementerian Perumahan dan Kawasan Permukiman (Kementerian PKP)';
export const DEFAULT_DATA_LICENSE = 'https://creativecommons.org/licenses/by/4.0/';

/** What the services need to serve their parts of `changes` and `datasets`. */
export interface DataFeedOptions {
  service: string;
  tracked: TrackedTable[];
  datasets: () => Promise<ExportDataset[]>;
}

/** A service's datasets, asked once (programs builds its SQL from the area frame). */
const knownDatasets = new WeakMap<DataFeedOptions, Promise<ExportDataset[]>>();

/** A service's description of one of its datasets, or null when it is not its own. */
async function describeOwn(em: EntityManager, options: DataFeedOptions, name: string): Promise<DatasetDescription | null> {
  let datasets = knownDatasets.get(options);
  if (!datasets) {
    datasets = options.datasets();
    knownDatasets.set(options, datasets);
  }
  const dataset = (await datasets).find((candidate) => candidate.name === name);
  if (!dataset) return null;
  const [described] = await describeDatasets(em, [dataset]);
  return described ?? null;
}

/**
 * What regions and programs add: the `ChangePage` and `CatalogueDataset` entities (by their keys), each
 * with one internal field, this service's slice.
 */
export function dataFeedSlices(options: DataFeedOptions): {
  types: ClassType[];
  resolvers: ClassType[];
  references: Record<string, ReferenceResolver<unknown, unknown>>;
} {
  @ObjectType('ChangePage')
  @Directive('@key(fields: "id")')
  class ChangePageKey {
    @Field(() => ID)
    id!: string;
  }

  @ObjectType('CatalogueDataset')
  @Directive('@key(fields: "name")')
  class CatalogueDatasetKey {
    @Field(() => ID)
    name!: string;
  }

  @Resolver(() => ChangePageKey)
  class ChangeSliceResolver {
    @FieldResolver(() => ChangeSlice, { name: `${options.service}Changes`, nullable: true })
    @Directive('@inaccessible')
    @RequiresScopes(...FEED_READERS)
    slice(@Root() page: ChangePageKey, @Ctx() { em }: { em: EntityManager }): Promise<ChangeSlice> {
      return readSlice(em, options.service, options.tracked, decodeChangeFeedId(page.id));
    }
  }

  @Resolver(() => CatalogueDatasetKey)
  class DatasetSliceResolver {
    @FieldResolver(() => DatasetSlice, { name: `${options.service}Dataset`, nullable: true })
    @Directive('@inaccessible')
    slice(@Root() entry: CatalogueDatasetKey, @Ctx() { em }: { em: EntityManager }): Promise<DatasetSlice | null> {
      return describeOwn(em, options, entry.name);
    }
  }

  const asIs = { __resolveReference: (reference: unknown) => reference };
  return {
    types: [ChangePageKey, CatalogueDatasetKey],
    resolvers: [ChangeSliceResolver, DatasetSliceResolver],
    references: { ChangePage: asIs, CatalogueDataset: asIs },
  };
}

const CHANGE_SLICE_SELECTION = 'changes { position dataset operation key old new changedAt } cursor hasMore';
const DATASET_SLICE_SELECTION =
  'title description keywords updateFrequency formats filters columns { name description } firstYear lastYear ' +
  'sources { code name publisher publishedOn undatedReason url modeled }';
const requiresSlices = (suffix: string, selection: string) =>
  `@requires(fields: "${SLICE_SERVICES.map((service) => `${service}${suffix} { ${selection} }`).join(' ')}")`;
const REQUIRES_CHANGES = requiresSlices('Changes', CHANGE_SLICE_SELECTION);
const REQUIRES_DATASETS = requiresSlices('Dataset', DATASET_SLICE_SELECTION);

/**
 * What meetings adds: `Query.changes` and `Query.datasets`, and the entities' visible fields, which
 * `@requires` the other services' slices and merge them with meetings' own.
 */
export function dataFeedOwner(options: DataFeedOptions): {
  types: ClassType[];
  resolvers: ClassType[];
  references: Record<string, ReferenceResolver<unknown, unknown>>;
} {
  @ObjectType('ChangePage', {
    description:
      'A page of the changes feed over every service: ordered by transaction, then sequence, in each service; only ' +
      'changes of transactions older than every running one, so a change never slips in behind the cursor',
  })
  @Directive('@key(fields: "id")')
  class ChangePage {
    @Field(() => ID, { description: 'Identifies the page (its cursor, datasets and size)' })
    id!: string;

    @Field(() => ChangeSlice, { nullable: true })
    @Directive('@external')
    regionsChanges?: ChangeSlice | null;

    @Field(() => ChangeSlice, { nullable: true })
    @Directive('@external')
    programsChanges?: ChangeSlice | null;

    @Field(() => [DataChange])
    @Directive(REQUIRES_CHANGES)
    @RequiresScopes(...FEED_READERS)
    // Charged to the caller's rate budget by the changes served, as `GET /changes` is.
    @ChargedByRows()
    changes!: DataChange[];

    @Field({ description: 'Where to go on from: `since` of the next page (the same string `GET /changes` takes and gives)' })
    @Directive(REQUIRES_CHANGES)
    @RequiresScopes(...FEED_READERS)
    cursor!: string;

    @Field({ description: 'True when more changes are ready now: ask again at once with `cursor`' })
    @Directive(REQUIRES_CHANGES)
    @RequiresScopes(...FEED_READERS)
    hasMore!: boolean;
  }

  @ObjectType('CatalogueDataset', {
    description: 'A dataset of the catalogue (DCAT), as `GET /catalog.jsonld` lists it',
  })
  @Directive('@key(fields: "name")')
  class CatalogueDataset {
    @Field(() => ID, { description: 'Its name in export URLs and in `/changes` (e.g. `need`, `follow-ups`)' })
    name!: string;

    @Field(() => Dataset)
    dataset!: Dataset;

    @Field(() => DatasetSlice, { nullable: true })
    @Directive('@external')
    regionsDataset?: DatasetSlice | null;

    @Field(() => DatasetSlice, { nullable: true })
    @Directive('@external')
    programsDataset?: DatasetSlice | null;

    @Field()
    @Directive(REQUIRES_DATASETS)
    title!: string;

    @Field()
    @Directive(REQUIRES_DATASETS)
    description!: string;

    @Field()
    @Directive(REQUIRES_DATASETS)
    publisher!: string;

    @Field({ description: 'The licence URL (`HUB_DATA_LICENSE`, CC BY 4.0 by default)' })
    @Directive(REQUIRES_DATASETS)
    licence!: string;

    @Field(() => [String])
    @Directive(REQUIRES_DATASETS)
    keywords!: string[];

    @Field({ description: 'annual, monthly or irregular' })
    @Directive(REQUIRES_DATASETS)
    updateFrequency!: string;

    @Field(() => Int, { nullable: true, description: 'Temporal coverage: the first year it holds' })
    @Directive(REQUIRES_DATASETS)
    firstYear!: number | null;

    @Field(() => Int, { nullable: true, description: 'Temporal coverage: the last year it holds' })
    @Directive(REQUIRES_DATASETS)
    lastYear!: number | null;

    @Field({ description: 'Spatial coverage (ISO 3166-1 alpha-3): IDN' })
    @Directive(REQUIRES_DATASETS)
    spatial!: string;

    @Field(() => [DatasetDistribution])
    @Directive(REQUIRES_DATASETS)
    distributions!: DatasetDistribution[];

    @Field(() => [DatasetColumn])
    @Directive(REQUIRES_DATASETS)
    columns!: DatasetColumn[];

    @Field(() => [String], { description: 'The query parameters its export takes' })
    @Directive(REQUIRES_DATASETS)
    filters!: string[];

    @Field(() => [DatasetSource], { description: 'The sources behind it, with their publication dates' })
    @Directive(REQUIRES_DATASETS)
    sources!: DatasetSource[];
  }

  @Resolver()
  class DataFeedResolver {
    @Query(() => ChangePage, {
      nullable: true,
      description:
        'Everything inserted, corrected or deleted since `since` (a cursor from here or from `GET /changes`), ' +
        `once and in order; \`first\` up to ${MAX_GRAPH_CHANGES} (default ${DEFAULT_GRAPH_CHANGES}). ` +
        'For partner keys with the export scope and staff roles.',
    })
    @RequiresScopes(...FEED_READERS)
    @NeverCache()
    changes(
      @Arg('since', () => String, { nullable: true }) since: string | null,
      @Arg('datasets', () => [Dataset], { nullable: true }) datasets: Dataset[] | null,
      @Arg('first', () => Int, { nullable: true }) first: number | null,
    ): ChangePage {
      return { id: encodeChangeFeedId(changeFeedRequest(since, datasets, first)) } as ChangePage;
    }

    @Query(() => [CatalogueDataset], {
      nullable: true,
      description: 'The catalogue: every dataset with its distributions, licence, coverage and sources (as `/catalog.jsonld`)',
    })
    datasets(): CatalogueDataset[] {
      return Object.entries(DATASETS).map(([dataset, { name }]) => ({ name, dataset }) as CatalogueDataset);
    }
  }

  const changePageReference = {
    async __resolveReference(representation: Partial<ChangePage> & { id: string }, { em }: { em: EntityManager }) {
      const hasSlices = SLICE_SERVICES.some((service) => `${service}Changes` in representation);
      if (!hasSlices) return representation;
      const request = decodeChangeFeedId(representation.id);
      const slices = new Map<string, ChangeSlice | null | undefined>([
        ['regions', representation.regionsChanges],
        ['programs', representation.programsChanges],
        [options.service, await readSlice(em, options.service, options.tracked, request)],
      ]);
      return { ...representation, ...mergeChangeSlices(request, slices) };
    },
  };

  const catalogueDatasetReference = {
    async __resolveReference(representation: Partial<CatalogueDataset> & { name: string }, { em }: { em: EntityManager }) {
      const hasSlices = SLICE_SERVICES.some((service) => `${service}Dataset` in representation);
      const dataset = DATASET_BY_NAME.get(representation.name);
      if (!dataset) throw new HubError(ErrorCode.NOT_FOUND, `There is no dataset "${representation.name}"`);
      if (!hasSlices) return { ...representation, dataset };
      const owner = DATASETS[dataset].service;
      const described =
        owner === options.service
          ? await describeOwn(em, options, representation.name)
          : (representation[`${owner as (typeof SLICE_SERVICES)[number]}Dataset`] ?? null);
      // The owner could not answer: no entry rather than one without its metadata.
      if (!described) throw new HubError(ErrorCode.SUBGRAPH_UNAVAILABLE, `The ${owner} part of the catalogue is unavailable`);
      return { ...representation, dataset, ...catalogueEntry(representation.name, described) };
    },
  };

  return {
    types: [ChangePage, CatalogueDataset],
    resolvers: [DataFeedResolver],
    references: {
      ChangePage: changePageReference as ReferenceResolver<unknown, unknown>,
      CatalogueDataset: catalogueDatasetReference as ReferenceResolver<unknown, unknown>,
    },
  };
}

/** The catalogue's view of a dataset: the service's description with the hub's publisher, licence and URLs. */
function catalogueEntry(name: string, described: Omit<DatasetSlice, never> | DatasetDescription) {
  const baseUrl = (process.env.HUB_PUBLIC_URL ?? '').replace(/\/$/, '');
  return {
    title: described.title,
    description: described.description,
    publisher: CATALOGUE_PUBLISHER,
    licence: process.env.HUB_DATA_LICENSE ?? DEFAULT_DATA_LICENSE,
    keywords: described.keywords,
    updateFrequency: described.updateFrequency,
    firstYear: described.firstYear,
    lastYear: described.lastYear,
    spatial: 'IDN',
    distributions: described.formats.map((format) => ({
      format,
      mediaType: DOWNLOAD_MEDIA_TYPES[format as keyof typeof DOWNLOAD_MEDIA_TYPES] ?? 'application/octet-stream',
      url: `${baseUrl}/export/${name}.${format}`,
    })),
    columns: described.columns,
    filters: described.filters,
    sources: described.sources,
  };
}
