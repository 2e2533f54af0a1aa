import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { requestLog } from './request-log';

/** Runs requests through the middleware with a logger writing into an array. */
async function logged(paths: string[], status = 200): Promise<Record<string, unknown>[]> {
  const lines: Record<string, unknown>[] = [];
  const logger = pino({ level: 'info' }, { write: (line: string) => lines.push(JSON.parse(line)) });
  const middleware = requestLog(logger);
  const server = createServer((req, res) =>
    middleware(req, res, () => {
      // as Express does inside `app.use('/graphql', …)` until the handler calls next()
      req.url = '/';
      res.statusCode = status;
      res.end('ok');
    }),
  );
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  try {
    const { port } = server.address() as AddressInfo;
    for (const path of paths) {
      const res = await fetch(`http://127.0.0.1:${port}${path}`, {
        headers: { 'x-request-id': 'yeu-cau-1', cookie: 'thidua_session=bi-mat' },
      });
      expect(res.headers.get('x-request-id')).toBe('yeu-cau-1');
      await res.text();
    }
  } finally {
    await new Promise((done) => server.close(done));
  }
  return lines;
}

describe('requestLog', () => {
  it('writes one line per request with id, method, url, status and time, and no header', async () => {
    const lines = await logged(['/graphql?x=1', '/api/health/live']);
    expect(lines).toEqual([
      expect.objectContaining({
        level: 30,
        msg: 'request completed',
        reqId: 'yeu-cau-1',
        req: { method: 'GET', url: '/graphql?x=1' },
        res: { statusCode: 200 },
        responseTime: expect.any(Number),
      }),
    ]);
    expect(JSON.stringify(lines)).not.toContain('bi-mat');
  });

  it('logs a server error as an error', async () => {
    const [line] = await logged(['/graphql'], 500);
    expect(line).toMatchObject({ level: 50, msg: 'request errored', res: { statusCode: 500 } });
  });

  it('logs a request the client abandoned as a warning, once', async () => {
    const lines: Record<string, unknown>[] = [];
    const logger = pino(
      { level: 'info' },
      { write: (line: string) => lines.push(JSON.parse(line)) },
    );
    const middleware = requestLog(logger);
    let arrived!: () => void;
    const handling = new Promise<void>((done) => (arrived = done));
    // the handler never answers: the client gives up first
    const server = createServer((req, res) => middleware(req, res, arrived));
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    try {
      const { port } = server.address() as AddressInfo;
      const req = request({ host: '127.0.0.1', port, path: '/graphql', method: 'POST' });
      req.on('error', () => undefined);
      req.end('{}');
      await handling;
      req.destroy();
      await new Promise<void>((done) => {
        const poll = () => (lines.length ? done() : setImmediate(poll));
        poll();
      });
    } finally {
      server.closeAllConnections();
      await new Promise((done) => server.close(done));
    }
    expect(lines).toEqual([
      expect.objectContaining({
        level: 40,
        msg: 'request aborted',
        req: { method: 'POST', url: '/graphql' },
      }),
    ]);
  });
});
