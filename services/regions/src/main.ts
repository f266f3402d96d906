import { runServiceFromEnv } from '@housing-hub/subgraph-kit';
import { regionsService } from './regions.service.js';

await runServiceFromEnv(regionsService);
