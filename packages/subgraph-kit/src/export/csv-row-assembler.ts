import { Transform, type TransformCallback } from 'node:stream';

const QUOTE = 0x22;
const NEWLINE = 0x0a;
/** Output buffers of this size are filled and pushed whole: few large socket writes, few allocations. */
const OUT_BYTES = 1 << 20;

/** The CSV text of a lookup's columns for one key (its fields joined by the delimiter), or undefined for a key it cannot have. */
export type RenderLookup = (key: string) => Buffer | undefined;

interface KnownKey {
  bytes: Buffer;
  fragment: Buffer;
}

/**
 * Turns PostgreSQL's narrow CSV rows (`key1,key2,direct columns...`) into the export's rows
 * (`lookup1,direct columns...,lookup2`): each key is replaced by its columns' CSV text, rendered once per
 * key. Works on the bytes as they come (no per-row strings: a key is found by a hash of its bytes), so
 * a national export costs one pass over the narrow rows and one copy of each output byte.
 */
export class CsvRowAssembler extends Transform {
  private readonly delimiter: number;
  /** Keys seen so far, per lookup: by a hash of their bytes (collisions compared byte for byte). */
  private readonly known: Map<number, KnownKey[]>[];
  private carry: Buffer | null = null;
  private out = Buffer.allocUnsafe(OUT_BYTES);
  private written = 0;
  /** Where each key field of the current row starts and ends, and whether it was quoted. */
  private readonly keyStart: number[];
  private readonly keyEnd: number[];
  private readonly keyQuoted: boolean[];

  /**
   * @param lookups one per key field, in the order PostgreSQL sends the keys
   * @param before how many of them go before the direct columns (the others after, in order)
   */
  constructor(
    private readonly lookups: RenderLookup[],
    private readonly before: number,
    delimiter: string,
  ) {
    super({ readableHighWaterMark: OUT_BYTES });
    this.delimiter = delimiter.charCodeAt(0);
    this.known = lookups.map(() => new Map());
    this.keyStart = lookups.map(() => 0);
    this.keyEnd = lookups.map(() => 0);
    this.keyQuoted = lookups.map(() => false);
  }

  override _transform(input: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    const chunk = this.carry ? Buffer.concat([this.carry, input]) : input;
    this.carry = null;
    try {
      const end = this.rows(chunk);
      // A row cut by the chunk's end waits for the rest; it is copied, as the chunk may be reused.
      if (end < chunk.length) this.carry = Buffer.from(chunk.subarray(end));
      done();
    } catch (error) {
      done(error as Error);
    }
  }

  override _flush(done: TransformCallback): void {
    if (this.carry) {
      done(new Error('copy out: the last row has no line end'));
      return;
    }
    this.pushOut();
    done();
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
        at = quoted ? this.quotedEnd(chunk, at) : chunk.indexOf(delimiter, at);
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
    let size = directEnd - directStart + 1;
    const fragments: Buffer[] = [];
    for (let index = 0; index < count; index++) {
      const fragment = this.fragmentOf(chunk, index);
      fragments.push(fragment);
      size += fragment.length + 1;
    }
    if (this.written + size > this.out.length) this.pushOut(size);
    const out = this.out;
    let written = this.written;
    for (let index = 0; index < this.before; index++) {
      written += fragments[index]!.copy(out, written);
      out[written++] = this.delimiter;
    }
    written += chunk.copy(out, written, directStart, directEnd);
    for (let index = this.before; index < count; index++) {
      out[written++] = this.delimiter;
      written += fragments[index]!.copy(out, written);
    }
    out[written++] = NEWLINE;
    this.written = written;
  }

  /** The rendered columns of the row's `index`th key: found by the key's bytes, rendered on first sight. */
  private fragmentOf(chunk: Buffer, index: number): Buffer {
    const start = this.keyStart[index]!;
    const end = this.keyEnd[index]!;
    let hash = 0x811c9dc5;
    for (let at = start; at < end; at++) hash = Math.imul(hash ^ chunk[at]!, 0x01000193);
    const candidates = this.known[index]!.get(hash);
    if (candidates) {
      for (const candidate of candidates) {
        const bytes = candidate.bytes;
        if (bytes.length !== end - start) continue;
        let same = true;
        for (let at = 0; at < bytes.length && same; at++) same = bytes[at] === chunk[start + at];
        if (same) return candidate.fragment;
      }
    }
    const key = this.keyOf(chunk, index);
    const fragment = this.lookups[index]!(key);
    if (fragment === undefined) throw new Error(`copy out: no lookup row for key "${key}"`);
    const entry = { bytes: Buffer.from(chunk.subarray(start, end)), fragment };
    if (candidates) candidates.push(entry);
    else this.known[index]!.set(hash, [entry]);
    return fragment;
  }

  private keyOf(chunk: Buffer, index: number): string {
    const text = chunk.toString('utf8', this.keyStart[index], this.keyEnd[index]);
    return this.keyQuoted[index] ? text.slice(1, -1).replaceAll('""', '"') : text;
  }

  /** Pushes what is written and starts a new output buffer (at least `room` bytes: a row longer than the default). */
  private pushOut(room = 0): void {
    if (this.written > 0) this.push(this.out.subarray(0, this.written));
    this.out = Buffer.allocUnsafe(Math.max(OUT_BYTES, room));
    this.written = 0;
  }
}
