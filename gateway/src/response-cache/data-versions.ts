import type { Fetcher } from '@apollo/utils.fetcher';

/**
 * Reads each subgraph's data version (`GET /data-version`: a counter its database raises at the
 * commit of any write, whoever writes). One read per subgraph is in flight at a time, shared by
 * every request that arrived BEFORE it was sent: a request never takes a version read that started
 * before it did, which could predate a write it has already seen acknowledged. Under load, one read
 * serves a whole batch of requests.
 */
export class DataVersions {
  private readonly readers = new Map<string, BatchedRead>();

  constructor(
    subgraphUrls: Record<string, string>,
    private readonly fetcher: Fetcher,
    private readonly timeoutMs = 2_000,
  ) {
    for (const [name, url] of Object.entries(subgraphUrls)) {
      const versionUrl = new URL('/data-version', url).href;
      this.readers.set(name, new BatchedRead(() => this.fetchVersion(versionUrl)));
    }
  }

  get subgraphs(): string[] {
    return [...this.readers.keys()];
  }

  /** The current version of each subgraph named; a subgraph that does not answer is left out. */
  async of(subgraphs: Iterable<string>): Promise<Record<string, string>> {
    const names = [...subgraphs];
    const versions = await Promise.all(
      names.map((name) =>
        this.readers
          .get(name)
          ?.read()
          .catch(() => undefined),
      ),
    );
    const result: Record<string, string> = {};
    names.forEach((name, index) => {
      if (versions[index] !== undefined) result[name] = versions[index];
    });
    return result;
  }

  private async fetchVersion(url: string): Promise<string> {
    const response = await this.fetcher(url, { signal: AbortSignal.timeout(this.timeoutMs) });
    if (!response.ok) throw new Error(`data version: HTTP ${response.status}`);
    const { version } = (await response.json()) as { version?: unknown };
    if (typeof version !== 'string') throw new Error('data version: no version in the answer');
    return version;
  }
}

/** A read that callers share only while it has not been sent yet (see `DataVersions`). */
export class BatchedRead {
  private inflight: Promise<string> | undefined;
  private queued: Promise<string> | undefined;

  constructor(private readonly send: () => Promise<string>) {}

  read(): Promise<string> {
    if (this.queued) return this.queued;
    if (!this.inflight) return this.start();
    const queued = this.inflight
      .then(
        () => undefined,
        () => undefined,
      )
      .then(() => {
        this.queued = undefined;
        return this.start();
      });
    this.queued = queued;
    return queued;
  }

  private start(): Promise<string> {
    const sent = this.send();
    this.inflight = sent;
    const done = () => {
      if (this.inflight === sent) this.inflight = undefined;
    };
    sent.then(done, done);
    return sent;
  }
}
