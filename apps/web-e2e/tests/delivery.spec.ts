import { expect, test } from '@playwright/test';

/**
 * Delivery of the real build (issue 9, C9): the entry chunk named in index.html comes precompressed
 * (brotli) and immutable, index.html is revalidated, and no source map is published.
 * apps/api/test/static.int-spec.ts checks the same rules on a small build of its own.
 */
test('giao tệp: nén brotli, tệp có mã băm lưu một năm, index.html luôn kiểm tra lại, không có source map', async ({
  request,
}) => {
  const index = await request.get('/', {
    headers: { accept: 'text/html', 'accept-encoding': 'br, gzip' },
  });
  expect(index.status()).toBe(200);
  expect(index.headers()['cache-control']).toBe('no-cache');
  const html = await index.text();
  const entry = /<script type="module" crossorigin src="(\/assets\/index-[\w-]+\.js)">/.exec(
    html,
  )?.[1];
  expect(entry, 'index.html names its entry chunk').toBeTruthy();

  const js = await request.get(entry!, { headers: { 'accept-encoding': 'gzip, deflate, br' } });
  expect(js.status()).toBe(200);
  expect(js.headers()['content-encoding']).toBe('br');
  expect(js.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  expect(js.headers()['content-type']).toMatch(/^text\/javascript/);
  expect(await js.text()).not.toContain('sourceMappingURL');

  const map = await request.get(`${entry!}.map`);
  expect(map.status()).toBe(404);
});
