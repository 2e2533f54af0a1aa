import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import helmet from 'helmet';
import { HELMET_OPTIONS, securityHeaders } from './security-headers';

/** Serves one request through `middleware` and returns the response's headers. */
async function headersThrough(
  middleware: (req: never, res: never, next: () => void) => void,
): Promise<IncomingHttpHeaders> {
  const server = createServer((req, res) => {
    res.setHeader('X-Powered-By', 'Express');
    middleware(req as never, res as never, () => res.end('ok'));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  try {
    const { port } = server.address() as AddressInfo;
    const res = await fetch(`http://127.0.0.1:${port}/`);
    await res.text();
    const headers: IncomingHttpHeaders = {};
    res.headers.forEach((value, name) => {
      if (!['date', 'connection', 'keep-alive', 'content-length'].includes(name))
        headers[name] = value;
    });
    return headers;
  } finally {
    await new Promise((done) => server.close(done));
  }
}

describe('securityHeaders', () => {
  it('sets exactly the headers helmet sets, and removes X-Powered-By like it', async () => {
    const ours = await headersThrough(securityHeaders());
    const helmets = await headersThrough(helmet(HELMET_OPTIONS as never) as never);
    expect(ours).toEqual(helmets);
    expect(ours['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(ours['x-powered-by']).toBeUndefined();
  });
});
