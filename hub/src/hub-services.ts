import type { HubService } from '@housing-hub/subgraph-kit';
import { regionsService } from '@housing-hub/regions';
import { programsService } from '@housing-hub/programs';
import { meetingsService } from '@housing-hub/meetings';

/**
 * Every subgraph of the hub, in start order: the one list the hub, the schema composition and the
 * end-to-end tests read. Adding a subgraph: create `services/<name>/`, export its `HubService`, add it
 * here and to this workspace's dependencies, then run `npm run schema` (see README, "Adding a subgraph").
 */
export const hubServices: HubService[] = [regionsService, programsService, meetingsService];
