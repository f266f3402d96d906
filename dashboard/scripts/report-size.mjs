// Prints the gzipped size of the JavaScript the first page (the national page) loads: the entry
// chunk, its static imports, and the lazily loaded national page with the chart code it pulls in.
// Fails the build above the budget.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';

const BUDGET_KB = 400;
const dist = path.resolve(import.meta.dirname, '../dist');
const manifest = JSON.parse(readFileSync(path.join(dist, '.vite/manifest.json'), 'utf8'));
const files = new Set();
const visit = (key, dynamic) => {
  const chunk = manifest[key];
  if (!chunk || files.has(chunk.file)) return;
  files.add(chunk.file);
  for (const imported of chunk.imports ?? []) visit(imported, dynamic);
  for (const imported of chunk.dynamicImports ?? []) if (dynamic(imported)) visit(imported, dynamic);
};
// The national page and the ECharts chunk its charts import; no other page.
visit('index.html', (key) => /pages\/National\.tsx$|components\/echarts\.ts$/.test(key));
let total = 0;
const rows = [...files]
  .filter((file) => file.endsWith('.js'))
  .map((file) => {
    const gzipped = gzipSync(readFileSync(path.join(dist, file))).length;
    total += gzipped;
    return `  ${file.padEnd(48)} ${(gzipped / 1024).toFixed(1).padStart(7)} KB`;
  });
console.log(
  `JavaScript for the first page (gzipped):\n${rows.join('\n')}\n  total ${(total / 1024).toFixed(1)} KB (budget ${BUDGET_KB} KB)`,
);
if (total > BUDGET_KB * 1024) {
  console.error(`The first page ships ${(total / 1024).toFixed(1)} KB of gzipped JavaScript, over the ${BUDGET_KB} KB budget`);
  process.exit(1);
}
