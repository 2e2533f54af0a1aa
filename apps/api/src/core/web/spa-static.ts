import { existsSync, readdirSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import type { NextFunction, Request, RequestHandler, Response } from 'express';

/**
 * The built SPA's files, served by the API itself (one process for a small office: no nginx to set up).
 *
 * - Only files that exist when the server starts are served; the URL never reaches the file system, so
 *   no path trick can read outside the build, and dot folders (`.vite/manifest.json`) and source maps
 *   (`*.map`) are never listed.
 * - The build writes `.br` and `.gz` beside each text asset (apps/web/vite.config.mts): they are sent
 *   with `Content-Encoding` as the browser accepts them, brotli first (the login page's JS: 247 KB brotli,
 *   284 KB gzip, ~1 MB plain), at no CPU cost per request.
 * - `/assets/*` names carry a content hash: cached for a year, `immutable`. Everything else
 *   (`index.html`, `favicon.svg`) is `no-cache`, so a release is seen at the next load.
 * - A missing `/assets/*` file is a 404, never index.html: after a release an old tab asking for a
 *   chunk that is gone must get an error its router can handle, not HTML under a JavaScript name.
 */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const NO_CACHE = 'no-cache';

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

interface StaticFile {
  path: string;
  type: string;
  cacheControl: string;
  br?: string;
  gzip?: string;
}

type Encoding = 'br' | 'gzip' | 'identity';

/** Which encodings the request accepts (RFC 9110 §12.5.3: q=0 refuses; `*` covers the unnamed). */
export function preferredEncoding(header: string | undefined, file: StaticFile): Encoding {
  if (!header) return 'identity';
  const q = new Map<string, number>();
  for (const part of header.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const value = qParam ? Number(qParam.slice(2)) : 1;
    q.set(name, Number.isFinite(value) ? value : 0);
  }
  const accepts = (name: string) => (q.get(name) ?? q.get('*') ?? 0) > 0;
  if (file.br && accepts('br')) return 'br';
  if (file.gzip && accepts('gzip')) return 'gzip';
  return 'identity';
}

function listFiles(dir: string): Map<string, StaticFile> {
  const files = new Map<string, StaticFile>();
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const full = join(folder, entry.name);
      if (entry.isDirectory()) {
        walk(full);
        continue;
      }
      if (!entry.isFile() || /\.(map|br|gz)$/.test(entry.name)) continue;
      const url = `/${relative(dir, full).split(sep).join('/')}`;
      const file: StaticFile = {
        path: full,
        type: TYPES[extname(entry.name).toLowerCase()] ?? 'application/octet-stream',
        cacheControl: url.startsWith('/assets/') ? IMMUTABLE : NO_CACHE,
      };
      if (existsSync(`${full}.br`) && statSync(`${full}.br`).isFile()) file.br = `${full}.br`;
      if (existsSync(`${full}.gz`) && statSync(`${full}.gz`).isFile()) file.gzip = `${full}.gz`;
      files.set(url, file);
    }
  };
  walk(dir);
  return files;
}

function send(req: Request, res: Response, next: NextFunction, file: StaticFile): void {
  const encoding = preferredEncoding(req.headers['accept-encoding'], file);
  const path = encoding === 'br' ? file.br : encoding === 'gzip' ? file.gzip : file.path;
  res.setHeader('Content-Type', file.type);
  res.setHeader('Cache-Control', file.cacheControl);
  if (file.br || file.gzip) res.setHeader('Vary', 'Accept-Encoding');
  if (encoding !== 'identity') res.setHeader('Content-Encoding', encoding);
  // byte ranges of a compressed body are meaningless to a browser loading a script: whole files only
  res.sendFile(
    path ?? file.path,
    { cacheControl: false, acceptRanges: false, dotfiles: 'allow' },
    (err) => {
      if (err && !res.headersSent) next(err);
    },
  );
}

/**
 * The SPA's static files plus the index.html fallback for client-side routes (a GET that accepts HTML
 * and is not an API path). Returns null when `dir` holds no build.
 */
export function spaHandler(dir: string): RequestHandler | null {
  const indexPath = join(dir, 'index.html');
  if (!existsSync(indexPath)) return null;
  const files = listFiles(dir);
  const index = files.get('/index.html');
  if (!index) return null;

  return (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    if (req.path.startsWith('/api') || req.path.startsWith('/graphql')) return next();
    const file = files.get(req.path);
    if (file) return send(req, res, next, file);
    if (req.path.startsWith('/assets/')) {
      res.status(404).type('text/plain; charset=utf-8').setHeader('Cache-Control', NO_CACHE);
      res.send('Không tìm thấy tệp.');
      return;
    }
    if (!req.accepts('html')) return next();
    send(req, res, next, index);
  };
}
