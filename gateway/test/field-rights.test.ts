import { describe, expect, it } from '@jest/globals';
import { ANONYMOUS, type Caller } from '@housing-hub/subgraph-kit';
import { deniedCode, readFieldRequirements, supergraphForPlanner } from '../src/access/field-rights.js';

const supergraph = `
schema @link(url: "https://specs.apollo.dev/link/v1.0") @link(url: "https://specs.apollo.dev/requiresScopes/v0.1", for: SECURITY)
  @link(url: "https://specs.apollo.dev/authenticated/v0.1", for: SECURITY) @link(url: "https://specs.apollo.dev/policy/v0.1", for: SECURITY) { query: Query }
type Query { open: Int secret: Secret writeLike: Int @authenticated @requiresScopes(scopes: [["DIRECTORATE"], ["ADMIN"]]) }
type Secret @requiresScopes(scopes: [["BP3KP", "read"]]) { value: Int }
`;
const staff = (roles: Caller['roles'], scopes: string[] = []): Caller => ({
  ...ANONYMOUS,
  id: 'u',
  kind: 'staff',
  roles,
  scopes,
});

describe('rights read from the supergraph', () => {
  const requirements = readFieldRequirements(supergraph);

  it('finds field rights and the rights of the type a field returns', () => {
    expect(requirements.get('Query.open')).toBeUndefined();
    expect(requirements.get('Query.writeLike')).toEqual([
      { authenticated: true, anyOf: [] },
      { authenticated: false, anyOf: [['DIRECTORATE'], ['ADMIN']] },
    ]);
    expect(requirements.get('Query.secret')).toEqual([{ authenticated: false, anyOf: [['BP3KP', 'read']] }]);
  });

  it('answers UNAUTHENTICATED without credential on @authenticated, FORBIDDEN without the scopes, and null when allowed', () => {
    expect(deniedCode(ANONYMOUS, requirements.get('Query.writeLike'))).toBe('UNAUTHENTICATED');
    expect(deniedCode(staff(['PEMDA']), requirements.get('Query.writeLike'))).toBe('FORBIDDEN');
    expect(deniedCode(staff(['DIRECTORATE']), requirements.get('Query.writeLike'))).toBeNull();
    // A scope set is a conjunction: BP3KP alone is not enough, BP3KP with `read` is.
    expect(deniedCode(ANONYMOUS, requirements.get('Query.secret'))).toBe('FORBIDDEN');
    expect(deniedCode(staff(['BP3KP']), requirements.get('Query.secret'))).toBe('FORBIDDEN');
    expect(deniedCode(staff(['BP3KP'], ['read']), requirements.get('Query.secret'))).toBeNull();
  });

  it('hands the planner only the two security features it enforces itself', () => {
    const planned = supergraphForPlanner(supergraph);
    expect(planned).toContain('@link(url: "https://specs.apollo.dev/requiresScopes/v0.1")');
    expect(planned).toContain('@link(url: "https://specs.apollo.dev/authenticated/v0.1")');
    expect(planned).toContain('@link(url: "https://specs.apollo.dev/policy/v0.1", for: SECURITY)');
  });
});
