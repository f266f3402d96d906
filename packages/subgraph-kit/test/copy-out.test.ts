import { PassThrough } from 'node:stream';
import { describe, expect, it } from '@jest/globals';
import type { Connection } from 'pg';
import { CopyOutStream } from '../src/export/copy-out.js';

/** One backend message: code, length (itself included), payload. */
function message(code: string, payload: Buffer | string = ''): Buffer {
  const body = Buffer.from(payload);
  const header = Buffer.alloc(5);
  header.write(code, 0, 'latin1');
  header.writeUInt32BE(body.length + 4, 1);
  return Buffer.concat([header, body]);
}

/** A stand-in for node-postgres' connection: its socket, and what its own reader got back. */
function fakeConnection() {
  const stream = new PassThrough();
  const handedBack: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => handedBack.push(chunk));
  const connection = { stream, query: () => {} } as unknown as Connection;
  return { connection, stream, handedBack };
}

async function readAll(copy: CopyOutStream): Promise<string> {
  const parts: Buffer[] = [];
  for await (const chunk of copy) parts.push(chunk as Buffer);
  return Buffer.concat(parts).toString('utf8');
}

describe('COPY OUT as a byte stream', () => {
  const rows = ['kemendagri_code,year\n', ...Array.from({ length: 200 }, (_, index) => `52.${index},20${index % 10}\n`)];
  const protocol = Buffer.concat([
    message('H', Buffer.from([0, 0, 2, 0, 0, 0, 0])),
    message('S', 'application_name\0x\0'),
    ...rows.map((row) => message('d', row)),
    message('c'),
  ]);
  const after = message('C', 'COPY 200\0');

  it.each([1, 2, 3, 5, 7, 64, 4096])('passes every row on, in order, whatever the socket chunks (%i bytes)', async (size) => {
    const { connection, stream, handedBack } = fakeConnection();
    const copy = new CopyOutStream('copy x to stdout');
    copy.submit(connection);
    const whole = Buffer.concat([protocol, after]);
    for (let at = 0; at < whole.length; at += size) stream.write(whole.subarray(at, at + size));
    stream.end();
    expect(await readAll(copy)).toBe(rows.join(''));
    // What follows CopyDone is node-postgres' to read (CommandComplete, ReadyForQuery).
    await new Promise((resolve) => setImmediate(resolve));
    expect(Buffer.concat(handedBack).toString('latin1')).toBe(after.toString('latin1'));
  });

  it('hands an error back to node-postgres, which fails the stream', async () => {
    const { connection, stream, handedBack } = fakeConnection();
    const copy = new CopyOutStream('copy x to stdout');
    copy.submit(connection);
    const error = message('E', 'SERROR\0Mcanceling statement due to statement timeout\0\0');
    stream.write(Buffer.concat([message('H', Buffer.from([0, 0, 0])), message('d', 'a\n'), error]));
    const read = readAll(copy);
    await new Promise((resolve) => setImmediate(resolve));
    expect(Buffer.concat(handedBack).toString('latin1')).toBe(error.toString('latin1'));
    copy.handleError(new Error('canceling statement due to statement timeout'));
    await expect(read).rejects.toThrow('statement timeout');
  });

  it('reads the row count from CommandComplete', () => {
    const copy = new CopyOutStream('copy x to stdout');
    copy.handleCommandComplete({ text: 'COPY 1308155' });
    expect(copy.rowCount).toBe(1308155);
  });
});
