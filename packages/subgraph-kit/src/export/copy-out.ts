import { Readable } from 'node:stream';
import type { Connection } from 'pg';

/** Backend message codes of the COPY OUT flow (PostgreSQL protocol 3). */
const COPY_DATA = 0x64; // 'd'
const COPY_DONE = 0x63; // 'c'
const ERROR_RESPONSE = 0x45; // 'E'
/** Messages that may come before or amid the data and carry nothing for the file. */
const PASSING = new Set([0x48 /* CopyOutResponse */, 0x4e /* Notice */, 0x53 /* ParameterStatus */, 0x41 /* Notification */]);
const HEADER = 5;

/**
 * `COPY ... TO STDOUT` as a byte stream: node-postgres' socket is read directly (as pg-copy-streams
 * does) and each socket chunk becomes ONE output buffer, its CopyData payloads moved together in place.
 * pg-copy-streams makes a Buffer per row (1.3 million for the realization export) and joins them
 * again; that and the garbage it leaves cost more than the database's own work. Backpressure is the
 * socket's: nothing is read from it while the consumer is full.
 */
export class CopyOutStream extends Readable {
  /** Rows PostgreSQL reported in CommandComplete (`COPY 1308155`), once the stream ended. */
  rowCount = 0;
  private connection: Connection | null = null;
  private pgDataHandler: ((chunk: Buffer) => void) | null = null;
  /** Bytes of a message header that arrived without the rest of it (at most 4). */
  private partialHeader: Buffer | null = null;
  /** What is still to come of the message being read: payload to pass, or bytes to skip. */
  private payloadLeft = 0;
  private skipLeft = 0;
  private wanted = false;
  private readonly onReadable = () => this.forward();

  constructor(private readonly text: string) {
    super();
  }

  /** Called by node-postgres when the query's turn comes (the "submittable" interface). */
  submit(connection: Connection): void {
    this.connection = connection;
    const stream = connection.stream;
    const [handler] = stream.listeners('data') as ((chunk: Buffer) => void)[];
    if (!handler || stream.listeners('data').length !== 1) throw new Error('copy out: unexpected connection listeners');
    this.pgDataHandler = handler;
    stream.removeListener('data', handler);
    stream.pause();
    stream.on('readable', this.onReadable);
    connection.query(this.text);
  }

  override _read(): void {
    this.wanted = true;
    this.forward();
  }

  private forward(): void {
    const stream = this.connection?.stream;
    if (!stream) return;
    while (this.wanted && this.connection) {
      const chunk = stream.read() as Buffer | null;
      if (chunk === null) return;
      this.wanted = this.parse(chunk);
    }
  }

  /** Passes the chunk's CopyData payloads on as one buffer; false when the consumer wants no more now. */
  private parse(input: Buffer): boolean {
    const chunk = this.partialHeader ? Buffer.concat([this.partialHeader, input]) : input;
    this.partialHeader = null;
    // Payloads are moved left over the headers inside the chunk itself (ours alone: read off the
    // socket), so the relay allocates nothing per chunk. `copy` handles the overlap.
    const out = chunk;
    let written = 0;
    let at = 0;
    while (at < chunk.length) {
      if (this.payloadLeft > 0) {
        const size = Math.min(this.payloadLeft, chunk.length - at);
        chunk.copy(out, written, at, at + size);
        written += size;
        at += size;
        this.payloadLeft -= size;
        continue;
      }
      if (this.skipLeft > 0) {
        const size = Math.min(this.skipLeft, chunk.length - at);
        at += size;
        this.skipLeft -= size;
        continue;
      }
      if (chunk.length - at < HEADER) {
        this.partialHeader = chunk.subarray(at);
        break;
      }
      const code = chunk[at]!;
      const length = chunk.readUInt32BE(at + 1) - 4;
      if (code === COPY_DATA) this.payloadLeft = length;
      else if (PASSING.has(code)) this.skipLeft = length;
      else {
        // CopyDone ends the data (its CommandComplete and ReadyForQuery follow, node-postgres reads
        // them); an ErrorResponse is node-postgres' to read too, which then fails the query (handleError).
        const rest = chunk.subarray(code === COPY_DONE ? at + HEADER + length : at);
        const more = written > 0 ? this.push(out.subarray(0, written)) : true;
        this.detach(rest);
        if (code !== ERROR_RESPONSE) this.push(null);
        return more;
      }
      at += HEADER;
    }
    return written > 0 ? this.push(out.subarray(0, written)) : true;
  }

  /** Gives the connection back to node-postgres, with what it has not read yet. */
  private detach(rest: Buffer): void {
    const connection = this.connection!;
    const handler = this.pgDataHandler!;
    this.connection = null;
    connection.stream.removeListener('readable', this.onReadable);
    connection.stream.on('data', handler);
    handler(rest);
    process.nextTick(() => connection.stream.resume());
  }

  handleError(error: Error): void {
    this.destroy(error);
  }

  handleCommandComplete(message: { text?: string } | undefined): void {
    const match = /COPY (\d+)/.exec(message?.text ?? '');
    if (match) this.rowCount = Number(match[1]);
  }

  handleReadyForQuery(): void {}
}
