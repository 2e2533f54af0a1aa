import { startTestApp, type TestApp } from './setup/test-app';

describe('REST: health and OpenAPI', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('reports liveness without a database round trip', async () => {
    const res = await fetch(`${t.baseUrl}/api/health/live`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('reports readiness after checking the database', async () => {
    const res = await fetch(`${t.baseUrl}/api/health/ready`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', database: 'ok' });
  });

  it('echoes a sane X-Request-Id and mints one otherwise', async () => {
    const mine = await fetch(`${t.baseUrl}/api/health/live`, {
      headers: { 'x-request-id': 'abc-123' },
    });
    expect(mine.headers.get('x-request-id')).toBe('abc-123');
    const hostile = await fetch(`${t.baseUrl}/api/health/live`, {
      headers: { 'x-request-id': `a b ${'x'.repeat(200)}` },
    });
    expect(hostile.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('describes the REST endpoints in OpenAPI at /api/docs', async () => {
    const doc = (await (await fetch(`${t.baseUrl}/api/docs-json`)).json()) as {
      paths: Record<string, unknown>;
    };
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/health/live', '/api/health/ready']),
    );
    const ui = await fetch(`${t.baseUrl}/api/docs`);
    expect(ui.status).toBe(200);
  });
});
