import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import { assertUuid, ErrorCode, HubError, type Caller } from '@housing-hub/subgraph-kit';
import { auditTrail } from './audit-trail.js';
import { isoInstant, jsonParam, query } from './sql.js';
import { assertAgenciesExist, requiredText } from './validation.js';

/** What a partner key may do: `read` (the graph), `export` (bulk export, a later issue). */
export const API_KEY_SCOPES = ['read', 'export'] as const;

export interface ApiKeyRow {
  id: string;
  agencyId: string;
  label: string;
  scopes: string[];
  keyPrefix: string;
  createdBy: string;
  createdAt: string;
  expiresAt: string | null;
  revokedAt: string | null;
  lastUsedAt: string | null;
}

/** What the gateway holds in memory to answer `X-API-Key` without a database read per request. */
export interface ActiveApiKey {
  id: string;
  keyHash: string;
  agencyId: string;
  scopes: string[];
  expiresAt: string | null;
}

export const hashApiKey = (key: string): string => createHash('sha256').update(key).digest('hex');

const COLUMNS = `id, agency_id as "agencyId", label, scopes, key_prefix as "keyPrefix", created_by as "createdBy",
  ${isoInstant('created_at')} as "createdAt", ${isoInstant('expires_at')} as "expiresAt",
  ${isoInstant('revoked_at')} as "revokedAt", ${isoInstant('last_used_at')} as "lastUsedAt"`;

/** Partner API keys: created by an ADMIN, shown once, stored as a hash, revocable. */
export class ApiKeyService {
  constructor(private readonly em: EntityManager) {}

  async create(
    input: { agencyId: string; label: string; scopes: string[]; expiresAt?: Date | null },
    caller: Caller,
  ): Promise<{ key: string; apiKey: ApiKeyRow }> {
    const agencyId = assertUuid(input.agencyId, 'agencyId');
    const label = requiredText(input.label, 'label', 200);
    const unknown = input.scopes.filter((scope) => !(API_KEY_SCOPES as readonly string[]).includes(scope));
    if (input.scopes.length === 0 || unknown.length > 0) {
      throw new HubError(ErrorCode.VALIDATION_FAILED, `scopes must be some of ${API_KEY_SCOPES.join(', ')}`, {
        argument: 'scopes',
        value: unknown,
      });
    }
    if (input.expiresAt && input.expiresAt.getTime() <= Date.now()) {
      throw new HubError(ErrorCode.VALIDATION_FAILED, 'expiresAt must be in the future', { argument: 'expiresAt' });
    }
    await assertAgenciesExist(this.em, [{ id: agencyId, argument: 'agencyId' }]);
    const key = `hub_${randomBytes(24).toString('base64url')}`;
    return this.em.transactional(async (tx) => {
      const [apiKey] = await query<ApiKeyRow>(
        tx,
        `insert into meetings.api_key (id, agency_id, label, scopes, key_hash, key_prefix, created_by, created_at, expires_at)
       values (?::uuid, ?::uuid, ?, array(select json_array_elements_text(?::json)), ?, ?, ?, now(), ?)
       returning ${COLUMNS}`,
        [
          randomUUID(),
          agencyId,
          label,
          jsonParam([...new Set(input.scopes)]),
          hashApiKey(key),
          key.slice(0, 8),
          caller.id,
          input.expiresAt ?? null,
        ],
      );
      // The audit keeps what the list shows (prefix, never the key or its hash).
      await auditTrail.record(tx, caller, { operation: 'createApiKey', entity: 'ApiKey', entityId: apiKey!.id, after: apiKey });
      return { key, apiKey: apiKey! };
    });
  }

  async revoke(id: string, caller: Caller): Promise<ApiKeyRow> {
    const keyId = assertUuid(id, 'id');
    return this.em.transactional(async (tx) => {
      const [before] = await query<ApiKeyRow>(tx, `select ${COLUMNS} from meetings.api_key where id = ?::uuid for update`, [
        keyId,
      ]);
      if (!before) throw new HubError(ErrorCode.NOT_FOUND, `There is no API key "${id}"`, { argument: 'id', value: id });
      const [row] = await query<ApiKeyRow>(
        tx,
        `update meetings.api_key set revoked_at = coalesce(revoked_at, now()) where id = ?::uuid returning ${COLUMNS}`,
        [keyId],
      );
      await auditTrail.record(tx, caller, { operation: 'revokeApiKey', entity: 'ApiKey', entityId: keyId, before, after: row });
      return row!;
    });
  }

  list(): Promise<ApiKeyRow[]> {
    return query<ApiKeyRow>(this.em, `select ${COLUMNS} from meetings.api_key order by created_at, id`);
  }

  /** Keys neither revoked nor expired: the set the gateway refreshes every few seconds. */
  active(): Promise<ActiveApiKey[]> {
    return query<ActiveApiKey>(
      this.em,
      `select id, key_hash as "keyHash", agency_id as "agencyId", scopes, ${isoInstant('expires_at')} as "expiresAt"
       from meetings.api_key where revoked_at is null and (expires_at is null or expires_at > now())`,
    );
  }

  /** Records when keys were last used (the gateway reports them in batches, not per request). */
  async touch(ids: string[], at: Date): Promise<number> {
    if (ids.length === 0) return 0;
    const rows = await query<{ id: string }>(
      this.em,
      `update meetings.api_key set last_used_at = greatest(coalesce(last_used_at, ?), ?)
       where id in (select value::uuid from json_array_elements_text(?::json)) returning id`,
      [at, at, jsonParam(ids.map((id) => assertUuid(id, 'ids')))],
    );
    return rows.length;
  }
}
