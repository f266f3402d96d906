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
 * them; last-used times go back in the same round trip. A set is as fresh as the moment its refresh
 * began, and a key is never judged on a set older than 4.5 s: a lookup that finds the set that old
 * waits for a refresh (the one under way, or a new one) and judges on its answer, and refuses the key
 * when that refresh fails too (the owner unreachable). So a revoked key is refused within 4.5 s, and a
 * slow owner (an embedded database busy with an export) delays a partner's request instead of
 * refusing it. Every gateway replica reads the same table, so replicas agree within that bound without
 * sharing anything (see README, "A partner API key").
 */
export class ApiKeyCache {
  private byHash = new Map<string, ActiveKey>();
  private used = new Set<string>();
  private timer: NodeJS.Timeout | undefined;
  private failing = false;
  /** When the refresh that gave the current set began (0: never). */
  private refreshedAt = 0;
  /** The refresh under way: refreshes never overlap, and lookups that wait share it. */
  private refreshing: Promise<void> | undefined;

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

  /** The partner behind a key, or null (unknown, revoked, expired); waits for a refresh when the set is too old. */
  lookup = (key: string): Caller | null | Promise<Caller | null> => {
    if (!this.isFresh()) return this.refreshLogged().then(() => (this.isFresh() ? this.find(key) : null));
    return this.find(key);
  };

  private isFresh(): boolean {
    return this.refreshedAt > 0 && this.now() - this.refreshedAt <= this.maxStalenessMs;
  }

  private find(key: string): Caller | null {
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
  }

  /**
   * Keeps the last good set while the owner is unreachable, until it is too old (then `lookup` refuses); says
   * so once. One refresh at a time: a timer tick or a waiting lookup joins the one under way.
   */
  private refreshLogged(): Promise<void> {
    this.refreshing ??= this.refresh()
      .then(() => {
        this.failing = false;
      })
      .catch((error: Error) => {
        if (!this.failing)
          console.error(`API keys: cannot refresh from ${this.ownerUrl} (${error.message}); retrying every ${this.refreshMs} ms`);
        this.failing = true;
      })
      .finally(() => {
        this.refreshing = undefined;
      });
    return this.refreshing;
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
        // A slow answer is still worth having (the set is as fresh as the refresh's start); past the staleness
        // bound it could not be used anyway.
        signal: AbortSignal.timeout(this.maxStalenessMs),
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
