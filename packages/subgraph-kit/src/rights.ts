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

/** Any valid credential (staff token or partner key). */
export function Authenticated(): FieldDecorator {
  const directive = Directive('@authenticated');
  const authorized = Authorized();
  return ((target: object, key: string | symbol, descriptor?: PropertyDescriptor) => {
    directive(target, key, descriptor as never);
    authorized(target, key, descriptor as never);
  }) as FieldDecorator;
}

/**
 * Any one of these scopes (roles or key scopes). ADMIN is always added: the hub's operators may do
 * everything, and the contract says so explicitly on every field.
 */
export function RequiresScopes(...scopes: string[]): FieldDecorator {
  const alternatives = [...new Set([...scopes, Role.ADMIN])];
  const directive = Directive(`@requiresScopes(scopes: [${alternatives.map((scope) => `["${scope}"]`).join(', ')}])`);
  const authorized = Authorized(alternatives);
  return ((target: object, key: string | symbol, descriptor?: PropertyDescriptor) => {
    directive(target, key, descriptor as never);
    authorized(target, key, descriptor as never);
  }) as FieldDecorator;
}

/** The check both the gateway and the subgraphs apply: UNAUTHENTICATED without credential, FORBIDDEN without scope. */
export function checkScopes(caller: Caller, requirement: { authenticated: boolean; anyOf: string[][] }): ErrorCode | null {
  if ((requirement.authenticated || requirement.anyOf.length > 0) && !isAuthenticated(caller)) return ErrorCode.UNAUTHENTICATED;
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
  const code = checkScopes(context.caller, { authenticated: true, anyOf: scopes.map((scope) => [scope]) });
  if (code) throw rightsError(code, `${info.parentType.name}.${info.fieldName}`);
  return true;
};

/** An area-bound rule of a service: FORBIDDEN unless the caller works for every one of these areas. */
export function assertCoversAreas(caller: Caller, areaCodes: Iterable<string>, action: string): void {
  const outside = [...new Set(areaCodes)].filter((code) => !coversArea(caller, code));
  if (outside.length > 0) {
    throw new HubError(ErrorCode.FORBIDDEN, `You may not ${action} for ${outside.join(', ')}: outside your areas (${caller.areas.join(', ') || 'none'})`, {
      areaCodes: outside,
    });
  }
}

/** FORBIDDEN unless the caller holds one of these roles (ADMIN always does): for rules finer than a field. */
export function assertRole(caller: Caller, roles: Role[], action: string): void {
  if (caller.roles.includes(Role.ADMIN) || caller.roles.some((role) => roles.includes(role))) return;
  throw new HubError(ErrorCode.FORBIDDEN, `Only ${roles.join(' or ')} may ${action}`);
}
