import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { describe, expect, it } from '@jest/globals';
import { CsvRowAssembler } from '../src/export/csv-row-assembler.js';
import { csvLine } from '../src/export/export-format.js';

const AREAS: Record<string, (string | null)[]> = {
  '52.01': ['52.01', '5201', 'Kabupaten Lombok Barat'],
  '52.71': ['52.71', '5271', 'Kota Mataram; "ibukota"'],
};
const SOURCES: Record<string, (string | null)[]> = {
  BPS: ['BPS', 'Survei, 2023', null, '2024-01-02', '', 'false'],
  'A"B': ['A"B', 'Sumber\nbaris dua', 'Kementerian PKP', null, 'https://example.org/a,b', 'true'],
};

/** A lookup as the export renders it: the fields as PostgreSQL writes them, joined by the delimiter. */
const lookup = (table: Record<string, (string | null)[]>, delimiter: string) => (key: string) =>
  table[key] && Buffer.from(csvLine(table[key], delimiter).slice(0, -1));

/** Runs narrow rows through the assembler in chunks of `size` bytes and returns what it wrote. */
async function assemble(narrow: string, delimiter: string, size: number): Promise<string> {
  const bytes = Buffer.from(narrow);
  const chunks = [];
  for (let at = 0; at < bytes.length; at += size) chunks.push(bytes.subarray(at, at + size));
  const written: Buffer[] = [];
  const destination = new Writable({
    highWaterMark: 4,
    write(chunk: Buffer, _encoding, done) {
      // Read as the write completes, like a socket: a buffer filled again before its write is done shows here.
      setImmediate(() => {
        written.push(Buffer.from(chunk));
        done();
      });
    },
  });
  const assembler = new CsvRowAssembler([lookup(AREAS, delimiter), lookup(SOURCES, delimiter)], 1, delimiter, destination);
  await pipeline(Readable.from(chunks), assembler);
  return Buffer.concat(written).toString();
}

/** What the joined SELECT gives for the same facts: area columns, the fact's own, source columns. */
const wide = (facts: [string, string, (string | null)[]][], delimiter: string) =>
  facts.map(([area, source, own]) => csvLine([...AREAS[area]!, ...own, ...SOURCES[source]!], delimiter)).join('');
const narrow = (facts: [string, string, (string | null)[]][], delimiter: string) =>
  facts.map(([area, source, own]) => csvLine([area, source, ...own], delimiter)).join('');

const FACTS: [string, string, (string | null)[]][] = [
  ['52.01', 'BPS', ['2024', null, 'BSPS', '120']],
  ['52.01', 'BPS', ['2024', '3', 'BSPS', '7']],
  ['52.71', 'A"B', ['2025', null, 'Bank "BTN"\nCabang, Mataram', '']],
  ['52.01', 'A"B', ['2025', '12', 'CSR', '1']],
  ['52.71', 'BPS', ['2019', null, 'FLPP', '0']],
];

describe('CsvRowAssembler: narrow COPY rows to export rows', () => {
  it('gives the rows of the joined SELECT byte for byte, however the input is cut', async () => {
    for (const delimiter of [',', ';']) {
      for (const size of [1, 3, 7, 64, 100_000])
        expect(await assemble(narrow(FACTS, delimiter), delimiter, size)).toBe(wide(FACTS, delimiter));
    }
  });

  it('fills output buffers far beyond one (each reused once written)', async () => {
    const many = Array.from({ length: 20_000 }, (_, index) => FACTS[index % FACTS.length]!);
    expect(await assemble(narrow(many, ','), ',', 65_536)).toBe(wide(many, ','));
  });

  it('fails on a key its lookup does not know, and on a last row with no line end', async () => {
    await expect(assemble(narrow([['52.01', 'NONE', ['2024']]], ','), ',', 64)).rejects.toThrow('no lookup row for key "NONE"');
    await expect(assemble('52.01,BPS,2024', ',', 64)).rejects.toThrow('no line end');
  });

  it('stops with an error, not a wait, when the client goes away', async () => {
    const many = Array.from({ length: 20_000 }, (_, index) => FACTS[index % FACTS.length]!);
    let writes = 0;
    const destination: Writable = new Writable({
      highWaterMark: 4,
      write(_chunk, _encoding, done) {
        if (++writes === 2) destination.destroy();
        else setImmediate(done);
      },
    });
    const assembler = new CsvRowAssembler([lookup(AREAS, ','), lookup(SOURCES, ',')], 1, ',', destination);
    await expect(pipeline(Readable.from([Buffer.from(narrow(many, ','))]), assembler)).rejects.toThrow('the client went away');
  });
});
