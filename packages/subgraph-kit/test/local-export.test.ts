import { Writable } from 'node:stream';
import { describe, expect, it } from '@jest/globals';
import { localExport, type ExportResponse } from '../src/export/local-export.js';

const request = { method: 'GET', url: '/export/areas.csv', headers: {} };

/** A destination that keeps what it is given and takes each chunk only when told (a slow client). */
function slowDestination() {
  const taken: Buffer[] = [];
  const waiting: (() => void)[] = [];
  const destination = new Writable({
    highWaterMark: 1,
    write(chunk: Buffer, _encoding, done) {
      waiting.push(() => {
        taken.push(Buffer.from(chunk));
        done();
      });
    },
  });
  return { destination, taken, takeOne: () => waiting.shift()?.() };
}

/** A destination that takes everything at once. */
function collector() {
  const taken: Buffer[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      taken.push(chunk);
      done();
    },
  });
  return { destination, text: () => Buffer.concat(taken).toString() };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('an export asked in process', () => {
  it('answers with the handler’s status and headers, then its body and row-count trailer', async () => {
    const ask = localExport(async (_request, response) => {
      response.setHeader('Content-Type', 'text/csv; charset=utf-8');
      response.setHeader('etag', '"v1"');
      response.write('code,name\n');
      response.write('52.01,Kabupaten Lombok Barat\n');
      response.addTrailers({ 'x-export-rows': '1' });
      response.end();
      return true;
    });
    const answer = await ask(request);
    expect(answer.status).toBe(200);
    expect(answer.headers).toEqual({ 'content-type': 'text/csv; charset=utf-8', etag: '"v1"' });
    const { destination, text } = collector();
    await answer.sendTo(destination);
    expect(text()).toBe('code,name\n52.01,Kabupaten Lombok Barat\n');
    expect(destination.writableFinished).toBe(true);
    expect(answer.trailers).toEqual({ 'x-export-rows': '1' });
  });

  it('answers a bodiless status (304) as soon as the handler ends', async () => {
    const answer = await localExport(async (_request, response) => {
      response.statusCode = 304;
      response.end();
      return true;
    })(request);
    expect(answer.status).toBe(304);
    const { destination, text } = collector();
    await answer.sendTo(destination);
    expect(text()).toBe('');
  });

  it('acknowledges a chunk only once the destination took it, so the handler waits on a slow client', async () => {
    let exporter!: ExportResponse;
    const acknowledged: number[] = [];
    const answer = await localExport(async (_request, response) => {
      exporter = response;
      response.write(Buffer.alloc(64 * 1024, 'a'), () => acknowledged.push(1));
      response.write(Buffer.alloc(64 * 1024, 'b'), () => acknowledged.push(2));
      return true;
    })(request);
    const { destination, taken, takeOne } = slowDestination();
    const sent = answer.sendTo(destination);
    await tick();
    expect(acknowledged).toEqual([]);
    expect(exporter.writableNeedDrain).toBe(true);
    takeOne();
    await tick();
    expect(acknowledged).toEqual([1]);
    takeOne();
    await tick();
    expect(acknowledged).toEqual([1, 2]);
    expect(taken.map((chunk) => chunk[0])).toEqual([0x61, 0x62]);
    exporter.end();
    await sent;
  });

  it('stops the handler’s export when the destination goes away', async () => {
    let exporter!: ExportResponse;
    const answer = await localExport(async (_request, response) => {
      exporter = response;
      response.write('first rows\n');
      return true;
    })(request);
    const { destination } = slowDestination();
    const sent = answer.sendTo(destination);
    await tick();
    destination.destroy();
    await expect(sent).rejects.toThrow();
    expect(exporter.destroyed).toBe(true);
  });

  it('fails the body, with no row-count trailer, when the handler fails midway', async () => {
    const answer = await localExport(async (_request, response) => {
      response.write('first rows\n');
      setImmediate(() => response.destroy());
      return true;
    })(request);
    const { destination } = collector();
    await expect(answer.sendTo(destination)).rejects.toThrow();
    expect(answer.trailers).toEqual({});
    expect(answer.bytes).toBe('first rows\n'.length);
  });

  it('fails before the answer when the handler throws', async () => {
    const ask = localExport(async () => {
      throw new Error('the database is gone');
    });
    await expect(ask(request)).rejects.toThrow('the database is gone');
  });
});
