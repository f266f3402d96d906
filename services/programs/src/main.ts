import { runServiceFromEnv } from '@housing-hub/subgraph-kit';
import { programsService } from './programs.service.js';

await runServiceFromEnv(programsService);
