import { Authorized, Directive, type AuthChecker } from 'type-graphql';
import { coversArea, isAuthenticated, Role, scopesOf, type Caller } from './caller.js';
import { ErrorCode, HubError } from './errors.js';

/*
 * Rights are declared once per field, and land in two places: the SDL (federation's `@authenticated`
 * and `@requiresScopes`, so the supergraph documents them and the gateway enforces them before
 * planning) and type-graphql's `@Authorized` (so the subgraph checks them again, whoever got past the
 * gateway). A scope is a role (`DIRECTORATE`) or a partner key scope (`read`, `export`).
 */

type FieldDecorator = MethodDecorator & PropertyDecorator;

/** type-graphql's `@Authorized` takes a list of strings: this one stands for `@authenticated`. */
const AUTHENTICATED = '@authenticated';

function declareAndEnforce(directives: string[], authorized: string[]): FieldDecorator {
  const decorators = [...directives.map((directive) => Directive(directive)), Authorized(authorized)];
  return ((target: object, key: string | symbol, descriptor?: PropertyDescriptor) => {
    for (const decorate of decorators) decorate(target, key, descriptor as never);
  }) as FieldDecorator;
}

const scopesDirective = (alternatives: string[]) =>
  `@requiresScopes(scopes: [${alternatives.map((scope) => `["${scope}"]`).join(', ')}])`;
/** ADMIN is always added: the hub's operators may do everything, and the contract says so on every field. */
const withAdmin = (scopes: string[]) => [...new Set([...scopes, Role.ADMIN])];

/** Any valid credential (staff token or partner key); anonymous: UNAUTHENTICATED. */
export function Authenticated(): FieldDecorator {
  return declareAndEnforce(['@authenticated'], [AUTHENTICATED]);
}

/** A read for these scopes only (roles or key scopes); anyone else, anonymous included: FORBIDDEN. */
export function RequiresScopes(...scopes: string[]): FieldDecorator {
  const alternatives = withAdmin(scopes);
  return declareAndEnforce([scopesDirective(alternatives)], alternatives);
}

/**
 * A write: a credential first (anonymous: UNAUTHENTICATED), then one of these roles (else FORBIDDEN).
 * Area-bound rules come on top, in the services.
 */
export function WriteFor(...roles: Role[]): FieldDecorator {
  const alternatives = withAdmin(roles);
  return declareAndEnforce(['@authenticated', scopesDirective(alternatives)], [AUTHENTICATED, ...alternatives]);
}

/**
 * The check both the gateway and the subgraphs apply: `@authenticated` fails UNAUTHENTICATED without
 * a credential; `@requiresScopes` fails FORBIDDEN without one of its scope sets (PUBLIC holds only `PUBLIC`).
 */
export function checkScopes(caller: Caller, requirement: { authenticated: boolean; anyOf: string[][] }): ErrorCode | null {
  if (requirement.authenticated && !isAuthenticated(caller)) return ErrorCode.UNAUTHENTICATED;
  if (requirement.anyOf.length === 0) return null;
  const held = scopesOf(caller);
  return requirement.anyOf.some((all) => all.every((scope) => held.has(scope))) ? null : ErrorCode.FORBIDDEN;
}

export function rightsError(code: ErrorCode, fieldName: string): HubError {
  return code === ErrorCode.UNAUTHENTICATED
    ? new HubError(ErrorCode.UNAUTHENTICATED, `${fieldName} needs a credential (a staff token or a partner API key)`)
    : new HubError(ErrorCode.FORBIDDEN, `Your role may not use ${fieldName}`);
}

/** type-graphql's authChecker: the subgraph's own check of `@Authenticated` / `@RequiresScopes`. */
export const hubAuthChecker: AuthChecker<{ caller: Caller }> = ({ context, info }, scopes) => {
  const authenticated = scopes.includes(AUTHENTICATED);
  const anyOf = scopes.filter((scope) => scope !== AUTHENTICATED).map((scope) => [scope]);
  const code = checkScopes(context.caller, { authenticated, anyOf });
  if (code) throw rightsError(code, `${info.parentType.name}.${info.fieldName}`);
  return true;
};

/** An area-bound rule of a service: FORBIDDEN unless the caller works for every one of these areas. */
export function assertCoversAreas(caller: Caller, areaCodes: Iterable<string>, action: string): void {
  const outside = [...new Set(areaCodes)].filter((code) => !coversArea(caller, code));
  if (outside.length > 0) {
    throw new HubError(
      ErrorCode.FORBIDDEN,
      `You may not ${action} for ${outside.join(', ')}: outside your areas (${caller.areas.join(', ') || 'none'})`,
      {
        areaCodes: outside,
      },
    );
  }
}

/** FORBIDDEN unless the caller holds one of these roles (ADMIN always does): for rules finer than a field. */
export function assertRole(caller: Caller, roles: Role[], action: string): void {
  if (caller.roles.includes(Role.ADMIN) || caller.roles.some((role) => roles.includes(role))) return;
  throw new HubError(ErrorCode.FORBIDDEN, `Only ${roles.join(' or ')} may ${action}`);
}
