// Sends every operation of shared/contract/ to a running gateway, as a partner or a dashboard would:
// each must answer without errors. The NTT paging contract is paged to its end (22 kab/kota, no
// duplicate, no gap); NationalFunding is asked for every year 2019-2025.
// Usage: node contract-check.mjs <gateway-url> <contract-dir>
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

const [url, dir] = process.argv.slice(2);

async function send(query, variables) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(`errors: ${JSON.stringify(body.errors)}`);
  if (!body.data) throw new Error('no data');
  return body.data;
}

async function pageNtt(query) {
  const codes = [];
  let after = null;
  for (let page = 0; page < 10; page++) {
    const data = await send(query, { after });
    codes.push(...data.regencies.nodes.map((n) => n.code));
    if (!data.regencies.pageInfo.hasNextPage) break;
    after = data.regencies.pageInfo.endCursor;
  }
  if (codes.length !== 22 || new Set(codes).size !== 22 || !codes.every((c) => c.startsWith('53.'))) {
    throw new Error(`expected the 22 kab/kota of NTT once each, got ${codes.join(' ')}`);
  }
  return `22 kab/kota of NTT, ${codes[0]} .. ${codes.at(-1)}, no duplicate`;
}

let failed = 0;
for (const file of (await readdir(dir)).filter((f) => f.endsWith('.graphql')).sort()) {
  const query = await readFile(path.join(dir, file), 'utf8');
  try {
    let summary;
    if (/query NttRegencies/.test(query)) summary = await pageNtt(query);
    else if (/\$year: Int!/.test(query)) {
      for (let year = 2019; year <= 2025; year++) await send(query, { year });
      summary = 'years 2019-2025';
    } else summary = `${JSON.stringify(await send(query)).length} bytes`;
    console.log(`contract ${file}: ok (${summary})`);
  } catch (error) {
    failed++;
    console.log(`contract ${file}: FAILED ${error.message.slice(0, 500)}`);
  }
}
process.exit(failed === 0 ? 0 : 1);
