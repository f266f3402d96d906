import { runServiceFromEnv } from '@housing-hub/subgraph-kit';
import { programsService } from './programs.subgraph.js';

await runServiceFromEnv(programsService);
