import type { HubService } from '@housing-hub/subgraph-kit';
import { regionsService } from '@housing-hub/regions';
import { programsService } from '@housing-hub/programs';
import { meetingsService } from '@housing-hub/meetings';

/**
 * Every subgraph of the hub, in start order. Adding a subgraph: create `services/<name>/`, export its
 * `HubService`, add it here, then run `npm run schema` (see README, "Adding a subgraph").
 */
export const hubServices: HubService<any>[] = [regionsService, programsService, meetingsService];
