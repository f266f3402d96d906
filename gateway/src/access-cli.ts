import { parseArgs } from 'node:util';
import { ROLES, type Role } from '@housing-hub/subgraph-kit';
import { identityProviderFromEnv } from './access/authenticate.js';
import { accessDirFromEnv, loadOrCreateLocalKeys, signStaffToken } from './access/local-keys.js';

/**
 * `npm run -s access -- token --role ROLE [--area CODE]... [--agency ID] [--sub NAME] [--ttl 1h]`
 * prints a staff token signed with the embedded hub's key (the one `npm start` uses, from the same
 * access folder). Refused when an identity provider is configured: its tokens come from it.
 */
const usage = `usage: npm run -s access -- token --role ROLE [--role ROLE]... [--area CODE]... [--agency ID] [--sub NAME] [--ttl 1h]
roles: ${ROLES.join(', ')}`;

const [command, ...rest] = process.argv.slice(2);
if (command !== 'token') {
  console.error(usage);
  process.exit(2);
}
try {
  const { values } = parseArgs({
    args: rest,
    options: {
      role: { type: 'string', multiple: true },
      area: { type: 'string', multiple: true },
      agency: { type: 'string' },
      sub: { type: 'string' },
      ttl: { type: 'string', default: '1h' },
    },
  });
  if (identityProviderFromEnv())
    throw new Error('HUB_JWT_JWKS_URL is set: tokens come from the identity provider, not from this command');
  const roles = values.role ?? [];
  if (roles.length === 0) throw new Error('--role is required');
  const keys = await loadOrCreateLocalKeys(accessDirFromEnv());
  const token = await signStaffToken(keys, {
    subject: values.sub ?? `local-${roles.join('-').toLowerCase()}`,
    roles: roles as Role[],
    areas: values.area ?? [],
    agencyId: values.agency,
    ttl: values.ttl,
  });
  console.log(token);
} catch (error) {
  console.error(`${(error as Error).message}\n${usage}`);
  process.exit(2);
}
