// Monaco's web workers for the explorer, bundled by Vite (`?worker`): the same set-up as
// graphiql/setup-workers/vite, written here so that the dev server's dependency pre-bundler, which
// cannot load `?worker` imports inside node_modules, never sees them. No console chatter either.
import EditorWorker from 'monaco-editor/esm/vs/editor/editor.worker.js?worker';
import JsonWorker from 'monaco-editor/esm/vs/language/json/json.worker.js?worker';
import GraphQLWorker from 'monaco-graphql/esm/graphql.worker.js?worker';

(globalThis as { MonacoEnvironment?: unknown }).MonacoEnvironment = {
  getWorker(_workerId: string, label: string): Worker {
    if (label === 'json') return new JsonWorker();
    if (label === 'graphql') return new GraphQLWorker();
    return new EditorWorker();
  },
};
