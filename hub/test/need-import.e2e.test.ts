import { describe, expect, it } from '@jest/globals';
import { readFile } from 'node:fs/promises';
import { useHubFixture } from './hub-fixture.js';
import { graphql } from './generated/index.js';

const fixture = useHubFixture();

const IMPORT_NEED = graphql(`mutation NeedImportImportNeed($file: ImportFileInput!) {
  importNeed(file: $file) { dataset status rows inserted replaced unchanged errorCount errors { row column value code message } sourceCode }
}`);

describe('importing need figures through the gateway', () => {
  it('imports the sample file, and its figures come back through the graph with their source', async () => {
    const content = await readFile(new URL('../../services/regions/samples/need.csv', import.meta.url), 'utf8');
    const file = {
      fileName: 'need.csv',
      content,
      source: { name: 'Pendataan RTLH 2024 (sample)', publisher: 'Dinas Perkim Provinsi NTB', publishedOn: '2025-02-01' },
    };
    const { data, errors } = await fixture.asAdmin(IMPORT_NEED, { file });
    expect(errors).toBeUndefined();
    expect(data!.importNeed).toMatchObject({ dataset: 'need', status: 'IMPORTED', rows: 6, inserted: 6, errorCount: 0 });

    const need = await fixture.query(
      graphql(`query NeedImportRegency {
      regency(code: "52.01") { need(year: 2024) { uninhabitableHomes figures { indicator year value source { name publisher publishedOn modeled } } } }
    }`),
    );
    expect(need.errors).toBeUndefined();
    expect(need.data!.regency!.need!.uninhabitableHomes).toBe(15210);
    expect(need.data!.regency!.need!.figures).toContainEqual({
      indicator: 'UNINHABITABLE_HOMES',
      year: 2024,
      value: 15210,
      source: {
        name: 'Pendataan RTLH 2024 (sample)',
        publisher: 'Dinas Perkim Provinsi NTB',
        publishedOn: '2025-02-01',
        modeled: false,
      },
    });

    const again = await fixture.asAdmin(IMPORT_NEED, { file });
    expect(again.data!.importNeed.status).toBe('UNCHANGED');
  });

  it('coverage of a kab/kota follows a newer imported RTLH count', async () => {
    const { data } = await fixture.query(
      graphql(
        `query NeedImportRegency2 { regency(code: "52.01") { coverage(year: 2024) { fundedUnits ratio need { year uninhabitableHomes } } } }`,
      ),
    );
    expect(data!.regency!.coverage!.need).toEqual({ year: 2024, uninhabitableHomes: 15210 });
    expect(data!.regency!.coverage!.ratio).toBeCloseTo(data!.regency!.coverage!.fundedUnits / 15210, 10);
  });

  it('rejects a bad file with a report and writes nothing', async () => {
    const file = {
      fileName: 'bad.csv',
      content: 'area_code,year,indicator,value\n52.01,2024,HOUSEHOLDS,10\n52.99,2024,HOUSEHOLDS,10\n52.02,2024,HOUSEHOLDS,-1',
      source: { name: 'Bad file', publisher: 'Tester' },
    };
    const { data } = await fixture.asAdmin(IMPORT_NEED, { file });
    expect(data!.importNeed.status).toBe('REJECTED');
    expect(data!.importNeed.errors.map((e) => [e.row, e.column, e.code])).toEqual([
      [3, 'area_code', 'UNKNOWN_AREA_CODE'],
      [4, 'value', 'NEGATIVE_NUMBER'],
    ]);
    const history = await fixture.query(
      graphql(
        `query NeedImportNeedFigureHistory { needFigureHistory(areaCode: "52.01", year: 2024, indicator: HOUSEHOLDS) { value source { name } } }`,
      ),
    );
    expect(history.data!.needFigureHistory!.map((v) => v.source.name)).not.toContain('Bad file');
  });
});
