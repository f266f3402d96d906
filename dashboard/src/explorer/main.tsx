// The GraphQL explorer served at GET /graphql to browsers: GraphiQL, bundled (no CDN, no telemetry),
// with every documented operation of schema/operations preloaded as a tab.
import './workers.js';
import 'graphiql/style.css';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';

const operationFiles = import.meta.glob<string>('../../../schema/operations/*.graphql', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const defaultTabs = Object.entries(operationFiles)
  .sort(([a], [b]) => a.localeCompare(b))
  .map(([, query]) => ({ query }))
  .filter(({ query }) => query.trim().length > 0);

async function fetcher(params: unknown) {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify(params),
  });
  return response.json();
}

createRoot(document.getElementById('explorer')!).render(
  <GraphiQL fetcher={fetcher} defaultTabs={defaultTabs} defaultEditorToolsVisibility="variables" />,
);
