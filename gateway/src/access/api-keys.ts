import { createHash } from 'node:crypto';
import { CALLER_HEADER, Role, signCallerToken, type Caller } from '@housing-hub/subgraph-kit';

/** The subgraph that owns partner keys (with the agencies they belong to). */
export const API_KEY_OWNER = 'meetings';
/** A revoked or expired key is refused within this time, everywhere, with no database read per request. */
export const API_KEY_REFRESH_MS = 2_000;
/**
 * How old the key set may grow when refreshes fail before every key is refused: a gateway cut off
 * from the owner must not keep honouring a key that was revoked meanwhile (the 5 s promise holds
 * whether or not the refreshes succeed).
 */
export const API_KEY_MAX_STALENESS_MS = 4_500;

interface ActiveKey {
  id: string;
  keyHash: string;
  agencyId: string;
  scopes: string[];
  expiresAt: string | null;
}

/** The gateway's own caller for the key owner: it may read the active set and report use, nothing else. */
const GATEWAY_CALLER: Caller = {
  id: 'gateway',
  kind: 'staff',
  roles: [],
  areas: [],
  agencyId: null,
  keyId: null,
  scopes: ['hub:gateway'],
};

/**
 * The active partner keys, by hash, held in memory and refreshed every 2 s from the subgraph that owns
 * them; last-used times go back in the same round trip. Until the first refresh succeeds every key is
 * unknown (refused), never accepted blindly; a set older than 4.5 s (the owner unreachable) refuses
 * every key until a refresh succeeds again. Every gateway replica reads the same table, so replicas
 * agree within that bound without sharing anything (see README, "A partner API key").
 */
export class ApiKeyCache {
  private byHash = new Map<string, ActiveKey>();
  private used = new Set<string>();
  private timer: NodeJS.Timeout | undefined;
  private failing = false;
  /** When the set was last read from the owner (0: never). */
  private refreshedAt = 0;

  constructor(
    private readonly ownerUrl: string,
    private readonly internalKey: Uint8Array,
    private readonly refreshMs = API_KEY_REFRESH_MS,
    private readonly maxStalenessMs = API_KEY_MAX_STALENESS_MS,
    private readonly now: () => number = Date.now,
  ) {}

  async start(): Promise<void> {
    await this.refreshLogged();
    this.timer = setInterval(() => void this.refreshLogged(), this.refreshMs);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
  }

  /** The partner behind a key, or null (unknown, revoked, expired). */
  lookup = (key: string): Caller | null => {
    if (this.now() - this.refreshedAt > this.maxStalenessMs) return null;
    const active = this.byHash.get(createHash('sha256').update(key).digest('hex'));
    if (!active || (active.expiresAt && Date.parse(active.expiresAt) <= Date.now())) return null;
    this.used.add(active.id);
    return {
      id: `key:${active.id}`,
      kind: 'partner',
      roles: [Role.PARTNER],
      areas: [],
      agencyId: active.agencyId,
      keyId: active.id,
      scopes: active.scopes,
    };
  };

  /** Keeps the last good set while the owner is unreachable, until it is too old (then `lookup` refuses); says so once. */
  private async refreshLogged(): Promise<void> {
    try {
      await this.refresh();
      this.failing = false;
    } catch (error) {
      if (!this.failing)
        console.error(
          `API keys: cannot refresh from ${this.ownerUrl} (${(error as Error).message}); retrying every ${this.refreshMs} ms`,
        );
      this.failing = true;
    }
  }

  async refresh(): Promise<void> {
    const startedAt = this.now();
    const used = [...this.used];
    this.used.clear();
    const data = await this.post<{ _activeApiKeys: ActiveKey[] }>(
      used.length > 0
        ? {
            query: 'mutation($ids: [ID!]!, $at: DateTime!) { _touchApiKeys(ids: $ids, at: $at) }',
            variables: { ids: used, at: new Date().toISOString() },
          }
        : null,
    );
    this.byHash = new Map(data._activeApiKeys.map((key) => [key.keyHash, key]));
    // The set is as fresh as the moment it was asked for, not the moment the answer came back.
    this.refreshedAt = startedAt;
  }

  private async post<T>(touch: { query: string; variables: Record<string, unknown> } | null): Promise<T> {
    const headers = {
      'content-type': 'application/json',
      [CALLER_HEADER]: await signCallerToken(GATEWAY_CALLER, this.internalKey),
    };
    const send = async (body: unknown) => {
      const response = await fetch(this.ownerUrl, {
        method: 'POST',
        headers,
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(this.refreshMs),
      });
      const result = (await response.json()) as { data?: T; errors?: unknown[] };
      if (result.errors || !result.data) throw new Error(`API key refresh failed: ${JSON.stringify(result.errors)}`);
      return result.data;
    };
    // A failed report of use must not keep a revocation from taking effect: it is logged, the set still refreshes.
    if (touch) await send(touch).catch((error: Error) => console.error(error.message));
    return send({ query: '{ _activeApiKeys { id keyHash agencyId scopes expiresAt } }' });
  }
}
