import { Writable } from 'node:stream';

const QUOTE = 0x22;
const NEWLINE = 0x0a;
/** Output buffers of this size are filled and written whole: few large socket writes. */
const OUT_BYTES = 256 * 1024;

/** The CSV text of a lookup's columns for one key (its fields joined by the delimiter), or undefined for a key it cannot have. */
export type RenderLookup = (key: string) => Buffer | undefined;

interface KnownKey {
  bytes: Buffer;
  fragment: Buffer;
}

function sameBytes(bytes: Buffer, chunk: Buffer, start: number, end: number): boolean {
  if (bytes.length !== end - start) return false;
  for (let at = 0; at < bytes.length; at++) if (bytes[at] !== chunk[start + at]) return false;
  return true;
}

/**
 * Turns PostgreSQL's narrow CSV rows (`key1,key2,direct columns...`) into the export's rows
 * (`lookup1,direct columns...,lookup2`): each key is replaced by its columns' CSV text, rendered once per
 * key. Works on the bytes as they come (no per-row strings: a key is found by a hash of its bytes), so
 * a national export costs one pass over the narrow rows and one copy of each output byte. It writes
 * into `destination` itself, reusing each output buffer once its write is done: a few buffers serve the
 * whole export, so memory stays flat and the garbage collector has little to do.
 */
export class CsvRowAssembler extends Writable {
  private readonly delimiter: number;
  /** Keys seen so far, per lookup: by a hash of their bytes (collisions compared byte for byte). */
  private readonly known: Map<number, KnownKey[]>[];
  private carry: Buffer | null = null;
  private out: Buffer = Buffer.allocUnsafe(OUT_BYTES);
  private written = 0;
  /** Output buffers whose writes are done, to fill again. */
  private readonly free: Buffer[] = [];
  /** Where each key field of the current row starts and ends, and whether it was quoted. */
  private readonly keyStart: number[];
  private readonly keyEnd: number[];
  private readonly keyQuoted: boolean[];
  /** Each lookup's key of the previous row: rows in key order mostly repeat it (the same kab/kota, the same source). */
  private readonly previous: (KnownKey | null)[];
  /** The current row's fragments (kept between rows: no array per row). */
  private readonly fragments: Buffer[];

  /**
   * @param lookups one per key field, in the order PostgreSQL sends the keys
   * @param before how many of them go before the direct columns (the others after, in order)
   */
  constructor(
    private readonly lookups: RenderLookup[],
    private readonly before: number,
    delimiter: string,
    private readonly destination: Writable,
  ) {
    super();
    this.delimiter = delimiter.charCodeAt(0);
    this.known = lookups.map(() => new Map());
    this.keyStart = lookups.map(() => 0);
    this.keyEnd = lookups.map(() => 0);
    this.keyQuoted = lookups.map(() => false);
    this.previous = lookups.map(() => null);
    this.fragments = lookups.map(() => Buffer.alloc(0));
  }

  override _write(input: Buffer, _encoding: BufferEncoding, done: (error?: Error | null) => void): void {
    if (this.destination.destroyed) {
      done(new Error('the client went away'));
      return;
    }
    const chunk = this.carry ? Buffer.concat([this.carry, input]) : input;
    this.carry = null;
    try {
      const end = this.rows(chunk);
      // A row cut by the chunk's end waits for the rest; it is copied, as the chunk may be reused.
      if (end < chunk.length) this.carry = Buffer.from(chunk.subarray(end));
    } catch (error) {
      done(error as Error);
      return;
    }
    this.afterDrain(done);
  }

  override _final(done: (error?: Error | null) => void): void {
    if (this.carry) {
      done(new Error('copy out: the last row has no line end'));
      return;
    }
    this.writeOut();
    this.afterDrain(done);
  }

  /** Calls `done` now, or once the destination has room again (or with an error when it is gone). */
  private afterDrain(done: (error?: Error | null) => void): void {
    const destination = this.destination;
    if (destination.destroyed) {
      done(new Error('the client went away'));
      return;
    }
    if (!destination.writableNeedDrain) {
      done();
      return;
    }
    const settle = () => {
      destination.off('drain', settle).off('close', settle);
      done(destination.destroyed ? new Error('the client went away') : null);
    };
    destination.on('drain', settle).on('close', settle);
  }

  /** Assembles every whole row of the chunk; returns where the first incomplete row starts. */
  private rows(chunk: Buffer): number {
    const count = this.lookups.length;
    const delimiter = this.delimiter;
    const length = chunk.length;
    let at = 0;
    for (;;) {
      const rowStart = at;
      // The key fields, each up to its delimiter (a quoted key is unquoted in keyOf).
      for (let index = 0; index < count; index++) {
        if (at >= length) return rowStart;
        const quoted = chunk[at] === QUOTE;
        this.keyQuoted[index] = quoted;
        this.keyStart[index] = at;
        if (quoted) at = this.quotedEnd(chunk, at);
        else while (at < length && chunk[at] !== delimiter) at++; // keys are short: no native call
        if (at === -1 || at >= length) return rowStart;
        this.keyEnd[index] = at;
        at++; // the delimiter
      }
      // The direct columns run to the line end outside quotes.
      const directStart = at;
      let inQuotes = false;
      while (at < length) {
        const byte = chunk[at]!;
        if (byte === QUOTE) inQuotes = !inQuotes;
        else if (byte === NEWLINE && !inQuotes) break;
        at++;
      }
      if (at >= length) return rowStart;
      const directEnd = at;
      at++; // the line end
      this.row(chunk, directStart, directEnd);
    }
  }

  /** The position just after a quoted field starting at `at` (quotes inside are doubled), or -1 when the chunk ends first. */
  private quotedEnd(chunk: Buffer, at: number): number {
    let next = at + 1;
    for (;;) {
      const quote = chunk.indexOf(QUOTE, next);
      if (quote === -1 || quote + 1 >= chunk.length) return -1;
      if (chunk[quote + 1] !== QUOTE) return quote + 1;
      next = quote + 2;
    }
  }

  private row(chunk: Buffer, directStart: number, directEnd: number): void {
    const count = this.lookups.length;
    const fragments = this.fragments;
    let size = directEnd - directStart + 1;
    for (let index = 0; index < count; index++) {
      const fragment = this.fragmentOf(chunk, index);
      fragments[index] = fragment;
      size += fragment.length + 1;
    }
    if (this.written + size > this.out.length) this.writeOut(size);
    const out = this.out;
    let written = this.written;
    // Uint8Array#set is V8's own copy (Buffer#copy goes through more JavaScript per call).
    for (let index = 0; index < this.before; index++) {
      out.set(fragments[index]!, written);
      written += fragments[index]!.length;
      out[written++] = this.delimiter;
    }
    written += chunk.copy(out, written, directStart, directEnd);
    for (let index = this.before; index < count; index++) {
      out[written++] = this.delimiter;
      out.set(fragments[index]!, written);
      written += fragments[index]!.length;
    }
    out[written++] = NEWLINE;
    this.written = written;
  }

  /** The rendered columns of the row's `index`th key: found by the key's bytes, rendered on first sight. */
  private fragmentOf(chunk: Buffer, index: number): Buffer {
    const start = this.keyStart[index]!;
    const end = this.keyEnd[index]!;
    const previous = this.previous[index];
    if (previous && sameBytes(previous.bytes, chunk, start, end)) return previous.fragment;
    const known = this.lookupKnown(chunk, index, start, end);
    this.previous[index] = known;
    return known.fragment;
  }

  private lookupKnown(chunk: Buffer, index: number, start: number, end: number): KnownKey {
    let hash = 0x811c9dc5;
    for (let at = start; at < end; at++) hash = Math.imul(hash ^ chunk[at]!, 0x01000193);
    const candidates = this.known[index]!.get(hash);
    if (candidates) {
      for (const candidate of candidates) if (sameBytes(candidate.bytes, chunk, start, end)) return candidate;
    }
    const key = this.keyOf(chunk, index);
    const fragment = this.lookups[index]!(key);
    if (fragment === undefined) throw new Error(`copy out: no lookup row for key "${key}"`);
    const entry = { bytes: Buffer.from(chunk.subarray(start, end)), fragment };
    if (candidates) candidates.push(entry);
    else this.known[index]!.set(hash, [entry]);
    return entry;
  }

  private keyOf(chunk: Buffer, index: number): string {
    const text = chunk.toString('utf8', this.keyStart[index], this.keyEnd[index]);
    return this.keyQuoted[index] ? text.slice(1, -1).replaceAll('""', '"') : text;
  }

  /** Writes what is filled and takes a free output buffer (at least `room` bytes: a row longer than the default). */
  private writeOut(room = 0): void {
    if (this.written > 0) {
      const filled = this.out;
      const reuse = () => filled.length === OUT_BYTES && this.free.push(filled);
      this.destination.write(filled.subarray(0, this.written), reuse);
      this.out = (room <= OUT_BYTES && this.free.pop()) || Buffer.allocUnsafe(Math.max(OUT_BYTES, room));
    } else if (room > this.out.length) this.out = Buffer.allocUnsafe(room);
    this.written = 0;
  }
}
