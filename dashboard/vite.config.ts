import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Two pages: the dashboard (index.html) and the GraphQL explorer (explorer.html), which the gateway
// serves at GET /graphql to browsers. `npm run dev` proxies /graphql to a running hub (HUB_URL).
export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    manifest: true,
    // The explorer's editor (Monaco) is large by nature; it is loaded only on /graphql.
    chunkSizeWarningLimit: 4096,
    rollupOptions: {
      input: { main: 'index.html', explorer: 'explorer.html' },
      // GraphiQL's React-compiler directives ("use no memo") are meaningless in a bundle.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  worker: { format: 'es' },
  server: {
    port: Number(process.env.DASHBOARD_PORT ?? 5173),
    proxy: { '/graphql': process.env.HUB_URL ?? 'http://127.0.0.1:4000' },
  },
});
