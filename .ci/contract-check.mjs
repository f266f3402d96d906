// Pages through the NTT regencies contract operation against a running gateway: no error, 22 kab/kota,
// no duplicate, no gap. Usage: node contract-check.mjs <gateway-url> <operation-file>
import { readFile } from 'node:fs/promises';

const [url, file] = process.argv.slice(2);
const query = await readFile(file, 'utf8');
const codes = [];
let after = null;
for (let page = 0; page < 10; page++) {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables: { after } }) });
  const body = await response.json();
  if (body.errors) throw new Error(`errors: ${JSON.stringify(body.errors)}`);
  codes.push(...body.data.regencies.nodes.map((n) => n.code));
  if (!body.data.regencies.pageInfo.hasNextPage) break;
  after = body.data.regencies.pageInfo.endCursor;
}
const unique = new Set(codes);
if (codes.length !== 22 || unique.size !== 22 || !codes.every((c) => c.startsWith('53.'))) {
  throw new Error(`expected the 22 kab/kota of NTT once each, got ${codes.join(' ')}`);
}
console.log(`NTT paging contract: ${codes.length} kab/kota, ${codes[0]} .. ${codes.at(-1)}, no duplicate`);
