import { accessConfigFromEnv } from './access/access-config.js';
import { startGateway, subgraphUrlsFromEnv } from './gateway.js';

const gateway = await startGateway({
  port: Number(process.env.PORT ?? 4000),
  host: process.env.HOST ?? '127.0.0.1',
  subgraphUrls: subgraphUrlsFromEnv(),
  access: await accessConfigFromEnv(),
});
console.log(`gateway on ${gateway.url}; subgraphs: ${JSON.stringify(gateway.subgraphUrls)}`);
const stop = async () => {
  await gateway.close();
  process.exit(0);
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
