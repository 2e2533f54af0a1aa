import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { startTestApp, type TestApp } from './setup/test-app';

/**
 * The SPA's delivery (issue 9, C9): precompressed assets with Content-Encoding, hashed assets cached
 * for a year, index.html revalidated, no source maps or build manifest on the wire. The test writes
 * its own small "build" (the integration run has no web build) the way apps/web/vite.config.mts does.
 */
interface Raw {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

describe('REST: the SPA static files', () => {
  let t: TestApp;
  let dist: string;
  const chunk = `export const thidua = ${JSON.stringify('Quản lý thi đua – khen thưởng '.repeat(200))};\n`;
  const html = `<!doctype html><html lang="vi"><head><title>thidua</title></head><body>${'<!-- pad -->'.repeat(100)}<div id="root"></div></body></html>`;

  function get(path: string, headers: Record<string, string> = {}): Promise<Raw> {
    return new Promise((resolve, reject) => {
      const req = request(`${t.baseUrl}${path}`, { headers }, (res) => {
        const parts: Buffer[] = [];
        res.on('data', (c: Buffer) => parts.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(parts),
          }),
        );
        res.on('error', reject);
      });
      req.on('error', reject);
      req.end();
    });
  }

  beforeAll(async () => {
    dist = mkdtempSync(join(tmpdir(), 'thidua-web-'));
    mkdirSync(join(dist, 'assets'));
    mkdirSync(join(dist, '.vite'));
    const write = (name: string, body: string, compressed = true) => {
      writeFileSync(join(dist, name), body);
      if (!compressed) return;
      writeFileSync(join(dist, `${name}.gz`), gzipSync(body));
      writeFileSync(join(dist, `${name}.br`), brotliCompressSync(body));
    };
    write('index.html', html);
    write('assets/index-AbC123xy.js', chunk);
    write('assets/index-AbC123xy.js.map', '{"version":3,"sources":["secret.ts"]}', false);
    write('.vite/manifest.json', '{"index.html":{"file":"assets/index-AbC123xy.js"}}', false);
    write('favicon.svg', '<svg xmlns="http://www.w3.org/2000/svg"/>', false);
    t = await startTestApp({ WEB_DIST_DIR: dist });
  });
  afterAll(async () => {
    await t.close();
    rmSync(dist, { recursive: true, force: true });
  });

  it('sends a hashed asset brotli-compressed when the browser accepts it, cached for a year', async () => {
    const res = await get('/assets/index-AbC123xy.js', {
      'accept-encoding': 'gzip, deflate, br, zstd',
    });
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.headers['vary']).toMatch(/Accept-Encoding/i);
    expect(Number(res.headers['content-length'])).toBeLessThan(Buffer.byteLength(chunk) / 4);
    expect(brotliDecompressSync(res.body).toString()).toBe(chunk);
  });

  it('falls back to gzip, then to the plain file, following the q-values', async () => {
    const gz = await get('/assets/index-AbC123xy.js', { 'accept-encoding': 'br;q=0, gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).toString()).toBe(chunk);

    const plain = await get('/assets/index-AbC123xy.js', { 'accept-encoding': 'identity' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(chunk);
    expect(plain.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('serves index.html compressed and revalidated, for / and for client-side routes', async () => {
    for (const path of ['/', '/to-chuc/don-vi/123', '/index.html']) {
      const res = await get(path, { accept: 'text/html', 'accept-encoding': 'gzip, br' });
      expect({ path, status: res.status, cache: res.headers['cache-control'] }).toEqual({
        path,
        status: 200,
        cache: 'no-cache',
      });
      expect(res.headers['content-encoding']).toBe('br');
      expect(brotliDecompressSync(res.body).toString()).toBe(html);
    }
    const icon = await get('/favicon.svg');
    expect(icon.headers['cache-control']).toBe('no-cache');
    expect(icon.headers['content-type']).toBe('image/svg+xml');
  });

  it('never serves source maps or the build manifest', async () => {
    const map = await get('/assets/index-AbC123xy.js.map', { accept: '*/*' });
    expect(map.status).toBe(404);
    expect(map.body.toString()).not.toContain('secret.ts');
    const manifest = await get('/.vite/manifest.json', { accept: '*/*' });
    expect(manifest.body.toString()).not.toContain('"file"');
    const traversal = await get('/assets/..%2f.vite%2fmanifest.json', { accept: '*/*' });
    expect(traversal.body.toString()).not.toContain('"file"');
  });

  it('answers a missing chunk (an old tab after a release) with 404, not index.html', async () => {
    const res = await get('/assets/index-Gone0000.js', { accept: '*/*' });
    expect(res.status).toBe(404);
    expect(res.headers['content-type']).toMatch(/^text\/plain/);
    expect(res.body.toString()).not.toContain('<div id="root">');
  });

  it('leaves the API alone', async () => {
    const res = await get('/api/health/live', { accept: 'text/html' });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body.toString())).toEqual({ status: 'ok' });
  });
});
