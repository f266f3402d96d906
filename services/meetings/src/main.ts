import { runServiceFromEnv } from '@housing-hub/subgraph-kit';
import { meetingsService } from './meetings.service.js';

await runServiceFromEnv(meetingsService);
