import { runServiceFromEnv } from '@housing-hub/subgraph-kit';
import { regionsService } from './regions.subgraph.js';

await runServiceFromEnv(regionsService);
