import { readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where `npm run build` puts the dashboard (dashboard/dist), unless `HUB_DASHBOARD_DIR` says otherwise. */
export const DEFAULT_DASHBOARD_DIR = fileURLToPath(new URL('../../dashboard/dist/', import.meta.url));

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.map': 'application/json; charset=utf-8',
};

/** Handles a request when it is for the site; false lets the GraphQL server answer it. */
export type SiteHandler = (request: IncomingMessage, response: ServerResponse) => Promise<boolean>;

/**
 * The dashboard and the explorer as static files:
 * - GET /graphql from a browser (Accept: text/html, no `query` parameter): the bundled GraphiQL
 *   explorer; every other /graphql request stays GraphQL;
 * - /assets/*: content-hashed files, cached for a year;
 * - any other GET for a page (Accept: text/html): the file if there is one, else index.html, so
 *   that a page URL (/provinsi/52) can be shared and reloaded. HTML is never cached.
 */
export function staticSite(root: string = process.env.HUB_DASHBOARD_DIR ?? DEFAULT_DASHBOARD_DIR): SiteHandler {
  const resolvedRoot = path.resolve(root);

  async function sendFile(
    request: IncomingMessage,
    response: ServerResponse,
    relativePath: string,
    cacheControl: string,
  ): Promise<boolean> {
    const filePath = path.resolve(resolvedRoot, `.${path.posix.normalize(`/${relativePath}`)}`);
    if (!filePath.startsWith(resolvedRoot + path.sep)) return false;
    const info = await stat(filePath).catch(() => undefined);
    if (!info?.isFile()) return false;
    const body = await readFile(filePath);
    response.statusCode = 200;
    response.setHeader('content-type', CONTENT_TYPES[path.extname(filePath)] ?? 'application/octet-stream');
    response.setHeader('content-length', body.length);
    response.setHeader('cache-control', cacheControl);
    response.setHeader('x-content-type-options', 'nosniff');
    response.end(request.method === 'HEAD' ? undefined : body);
    return true;
  }

  const page = (request: IncomingMessage, response: ServerResponse, file: string) =>
    sendFile(request, response, file, 'no-cache');

  return async (request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return false;
    const url = new URL(request.url ?? '/', 'http://localhost');
    const wantsHtml = (request.headers.accept ?? '').includes('text/html');
    if (url.pathname === '/graphql')
      return wantsHtml && !url.searchParams.has('query') && page(request, response, 'explorer.html');
    if (url.pathname.startsWith('/assets/')) {
      if (await sendFile(request, response, decodeURIComponent(url.pathname), 'public, max-age=31536000, immutable')) return true;
      response.statusCode = 404;
      response.setHeader('content-type', 'text/plain; charset=utf-8');
      response.end('Not found');
      return true;
    }
    if (!wantsHtml) return false;
    if (url.pathname !== '/' && (await page(request, response, decodeURIComponent(url.pathname)))) return true;
    if (await page(request, response, 'index.html')) return true;
    response.statusCode = 503;
    response.setHeader('content-type', 'text/plain; charset=utf-8');
    response.end(`The dashboard is not built (no index.html in ${resolvedRoot}): run npm run build`);
    return true;
  };
}
