import type { IncomingHttpHeaders } from 'node:http';
import { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';

/** What an export handler reads of its request: the HTTP request, or the gateway's call in the same process. */
export interface ExportRequest {
  method?: string;
  url?: string;
  headers: IncomingHttpHeaders;
}

/** What an export handler writes to: an HTTP response, or a `LocalExportResponse`. */
export interface ExportResponse extends Writable {
  statusCode: number;
  readonly headersSent: boolean;
  setHeader(name: string, value: string): unknown;
  addTrailers(trailers: Record<string, string>): void;
}

/** An owner's answer to an export asked in process: what the gateway reads of an HTTP answer. */
export interface LocalExportAnswer {
  status: number;
  /** Header names in lower case. */
  headers: Record<string, string>;
  /** The trailers: the row count once the whole body was sent (none when it was cut short). */
  trailers: Record<string, string>;
  /** Body bytes written so far. */
  bytes: number;
  /**
   * Writes the body into `destination` and ends it; rejects when the export failed midway or the
   * destination went away (the export then stops, its database COPY with it).
   */
  sendTo(destination: Writable): Promise<void>;
}

/** A subgraph's export handler called in process: `request.url` is the path and query the gateway would have fetched. */
export type LocalExport = (request: ExportRequest) => Promise<LocalExportAnswer>;

/**
 * The exports of the subgraphs running in the gateway's own process, by subgraph name (the hub fills
 * it). The gateway asks these owners directly rather than over loopback HTTP, which copied every byte
 * through socket buffers that only GC gave back.
 */
export type LocalExports = ReadonlyMap<string, LocalExport>;

/** A promise and its settling functions (`Promise.withResolvers`, not in the TypeScript lib we target). */
function deferred<T>(): { promise: Promise<T>; resolve(value: T): void; reject(error: Error): void } {
  let resolve!: (value: T) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<T>((settle, fail) => {
    resolve = settle;
    reject = fail;
  });
  return { promise, resolve, reject };
}

/**
 * The response an export handler writes to when called in process. Nothing is buffered here: each
 * chunk goes on into the gateway's destination, and is acknowledged (so its buffer may be reused,
 * as CsvRowAssembler does) only once the destination has taken it, as a socket acknowledges a write.
 */
export class LocalExportResponse extends Writable implements ExportResponse, LocalExportAnswer {
  statusCode = 200;
  readonly headers: Record<string, string> = {};
  readonly trailers: Record<string, string> = {};
  bytes = 0;
  private sent = false;
  private readonly headSent = deferred<void>();
  private readonly attached = deferred<Writable>();

  constructor() {
    super();
    this.once('close', () => this.headSent.reject(this.errored ?? new Error('the export ended before its answer began')));
    // Its failure reaches the gateway through `head` or `sendTo`; nobody may be waiting for those yet.
    this.on('error', () => undefined);
    this.headSent.promise.catch(() => undefined);
  }

  get status(): number {
    return this.statusCode;
  }

  get headersSent(): boolean {
    return this.sent;
  }

  /** Resolves once the status and headers are final (the first body byte, or the end). */
  get head(): Promise<void> {
    return this.headSent.promise;
  }

  setHeader(name: string, value: string): this {
    if (this.sent) throw new Error('The export answer has begun: its headers are sent');
    this.headers[name.toLowerCase()] = value;
    return this;
  }

  addTrailers(trailers: Record<string, string>): void {
    for (const [name, value] of Object.entries(trailers)) this.trailers[name.toLowerCase()] = value;
  }

  private begin(): void {
    this.sent = true;
    this.headSent.resolve();
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, done: (error?: Error | null) => void): void {
    this.begin();
    this.bytes += chunk.length;
    this.attached.promise.then((destination) => {
      if (destination.destroyed) done(new Error('the client went away'));
      else destination.write(chunk, (error?: Error | null) => done(error ?? null));
    });
  }

  override _final(done: (error?: Error | null) => void): void {
    this.begin();
    this.attached.promise.then(() => done());
  }

  async sendTo(destination: Writable): Promise<void> {
    this.attached.resolve(destination);
    const gone = () => {
      if (!this.writableFinished) this.destroy(new Error('the client went away'));
    };
    destination.once('close', gone);
    try {
      await finished(this);
      destination.end();
      await finished(destination);
    } finally {
      destination.off('close', gone);
    }
  }
}

/**
 * The in-process form of an HTTP export handler: the same handler, writing to a `LocalExportResponse`.
 * Resolves once the owner's status and headers are known; the body follows through `sendTo`.
 */
export function localExport(handler: (request: ExportRequest, response: ExportResponse) => Promise<boolean>): LocalExport {
  return async (request) => {
    const response = new LocalExportResponse();
    handler(request, response).then(
      (handled) => handled || response.destroy(new Error(`${request.url} is not an export`)),
      (error: Error) => response.destroy(error),
    );
    await response.head;
    return response;
  };
}
