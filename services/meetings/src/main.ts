import { runServiceFromEnv } from '@housing-hub/subgraph-kit';
import { meetingsService } from './meetings.subgraph.js';

await runServiceFromEnv(meetingsService);
