import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import { BODY_MESSAGES } from '../src/core/graphql/graphql-endpoint';
import { documentShape, measureOperation } from '../src/core/graphql/limits.plugin';
import type { UnitEntity } from '../src/modules/org/unit.entity';
import { startTestApp, type TestApp } from './setup/test-app';
import type { GqlClient, GqlResponse } from './setup/gql-client';

/** `{...F<n>}` where F<i> spreads F<i-1> twice: 2^n fields once expanded, in a few hundred bytes. */
function fragmentBomb(n: number): string {
  const fragments = ['fragment F0 on Query { __typename }'];
  for (let i = 1; i <= n; i += 1)
    fragments.push(`fragment F${i} on Query { ...F${i - 1} ...F${i - 1} }`);
  return `{ ...F${n} } ${fragments.join(' ')}`;
}

const aliasList = (n: number, selection = 'permissions', prefix = 'm') =>
  Array.from({ length: n }, (_, i) => `${prefix}${i}: me { ${selection} }`).join(' ');
const aliasesOfMe = (n: number, selection = 'permissions') => `{ ${aliasList(n, selection)} }`;

/** Every SPA operation with all the SPA's fragments (as the client sends them), read from its sources. */
function spaOperations(): { name: string; source: string }[] {
  const dir = join(__dirname, '../../../libs/web/data-access/src');
  const documents: string[] = [];
  for (const file of readdirSync(dir)) {
    if (!file.endsWith('.ts') || file.includes('.spec.')) continue;
    for (const match of readFileSync(join(dir, file), 'utf8').matchAll(/graphql\(\s*`([^`]*)`/g))
      documents.push(match[1]!);
  }
  const fragments = documents.filter((d) => /^\s*fragment\b/.test(d)).join('\n');
  return documents
    .filter((d) => !/^\s*fragment\b/.test(d))
    .map((d) => ({
      name: /(query|mutation)\s+(\w+)/.exec(d)?.[2] ?? d.slice(0, 40),
      source: `${d}\n${fragments}`,
    }));
}

describe('GraphQL request limits (issue 9, A1–A3)', () => {
  let t: TestApp;
  let member: GqlClient;
  let queries = 0;

  let unit: UnitEntity;

  beforeAll(async () => {
    t = await startTestApp();
    unit = await t.unit(`Tỉnh giới hạn ${t.uid()}`);
    const user = await t.user({ unit, role: 'SYSTEM_ADMIN' });
    member = await t.loggedIn(user.username);
    // Every statement TypeORM sends goes through logQuery (logging off: the logger ignores it). The
    // job worker polls on its own schedule: its statements are not the request's.
    const logger = t.db.logger;
    const logQuery = logger.logQuery.bind(logger);
    logger.logQuery = (...args: Parameters<typeof logQuery>) => {
      if (!/\bjobs\b/.test(args[0])) queries += 1;
      return logQuery(...args);
    };
  });
  afterAll(() => t.close());

  async function counted<T>(run: () => Promise<T>): Promise<{ result: T; queries: number }> {
    const before = queries;
    const result = await run();
    return { result, queries: queries - before };
  }

  function expectRequestError(res: GqlResponse<unknown>, code: string): void {
    expect(res.status).toBe(400);
    expect(res.data).toBeNull();
    expect(res.errors?.map((e) => e.extensions?.code)).toEqual([code]);
    expect(JSON.stringify(res.errors)).not.toMatch(/INTERNAL_SERVER_ERROR|stacktrace|at Object\./);
  }

  it('serves a JSON POST to /graphql before Express, and every other request through it', async () => {
    const express = t.app.getHttpAdapter().getInstance() as { handle: () => void };
    const handled = jest.spyOn(express, 'handle');
    try {
      const post = await t.client().request('{ __typename }');
      expect(post.data).toEqual({ __typename: 'Query' });
      expect(handled).not.toHaveBeenCalled();
      const get = await fetch(
        `${t.baseUrl}/graphql?query=${encodeURIComponent('{ __typename }')}`,
        {
          headers: { 'apollo-require-preflight': '1' },
        },
      );
      expect(await get.json()).toEqual({ data: { __typename: 'Query' } });
      expect(handled).toHaveBeenCalledTimes(1);
    } finally {
      handled.mockRestore();
    }
  });

  it('answers malformed, oversized, cross-site and GET requests as it always has', async () => {
    const post = (body: string, headers: Record<string, string> = {}) =>
      fetch(`${t.baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body,
      });
    const refusal = async (res: Response, status: number, message: string) => {
      expect(res.status).toBe(status);
      expect(await res.json()).toEqual({
        errors: [{ message, extensions: { code: 'BAD_USER_INPUT' } }],
      });
    };
    // a body that is not JSON, or JSON that is not an object or array: 400, in Vietnamese
    await refusal(await post('{"query": "{ __typename }"'), 400, BODY_MESSAGES.malformed);
    await refusal(await post('"{ __typename }"'), 400, BODY_MESSAGES.malformed);
    // a body over the JSON limit (100 KB) is refused before it is parsed, declared or streamed
    const big = JSON.stringify({ query: `{ __typename } #${'x'.repeat(120_000)}` });
    await refusal(await post(big), 413, BODY_MESSAGES.tooLarge);
    const streamed = await fetch(`${t.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: new Blob([big]).stream(),
      duplex: 'half',
    } as RequestInit);
    await refusal(streamed, 413, BODY_MESSAGES.tooLarge);
    // another charset or a compressed body is refused, not decoded
    const ok = JSON.stringify({ query: '{ __typename }' });
    await refusal(
      await post(ok, { 'content-type': 'application/json; charset=latin1' }),
      415,
      BODY_MESSAGES.unsupported,
    );
    await refusal(await post(ok, { 'content-encoding': 'gzip' }), 415, BODY_MESSAGES.unsupported);
    // the charset UTF-8, spelt any way, is read; so is a JSON POST that reaches Express (a path
    // under /graphql), with the same reader
    for (const type of ['application/json; charset=UTF-8', 'Application/JSON;charset="utf-8"']) {
      const res = await post(ok, { 'content-type': type });
      expect(await res.json()).toEqual({ data: { __typename: 'Query' } });
    }
    const viaExpress = await fetch(`${t.baseUrl}/graphql/`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": ',
    });
    await refusal(viaExpress, 400, BODY_MESSAGES.malformed);
    // a GET query runs (Apollo's CSRF prevention asks a preflighted request: a custom header)
    const get = await fetch(`${t.baseUrl}/graphql?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { 'apollo-require-preflight': '1' },
    });
    expect(get.status).toBe(200);
    expect(await get.json()).toEqual({ data: { __typename: 'Query' } });
    // …and a simple cross-site GET without one is refused
    const simple = await fetch(
      `${t.baseUrl}/graphql?query=${encodeURIComponent('{ __typename }')}`,
    );
    expect(simple.status).toBe(400);
    // a mutation over GET is refused
    const mutation = await fetch(
      `${t.baseUrl}/graphql?query=${encodeURIComponent('mutation { logout }')}`,
      { headers: { 'apollo-require-preflight': '1' } },
    );
    expect(mutation.status).toBe(405);
    // every answer carries the request id and the security headers of the app's other answers
    const answered = await post(ok, { 'x-request-id': 'gql-1' });
    expect(answered.status).toBe(200);
    expect(answered.headers.get('x-request-id')).toBe('gql-1');
    expect(answered.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('refuses an anonymous fragment bomb with 400 before executing it, and keeps serving', async () => {
    const anonymous = t.client();
    // F40 is 2^40 spreads expanded: the old exponential walk would never finish it (F18 took 2.4 s).
    // It repeats `__typename` 2^n times at one level: refused before graphql-js even validates it.
    for (const n of [20, 40, 200]) {
      const res = await anonymous.request(fragmentBomb(n));
      expectRequestError(res, 'QUERY_TOO_COMPLEX');
      expect(res.errors?.[0]?.message).toMatch(/^Truy vấn quá phức tạp\./);
      expect(res.errors?.[0]?.extensions).toMatchObject({ field: '__typename', maxRepeats: 20 });
    }
    // Longer still, the parser stops at its token limit before building the document.
    const long = await anonymous.request(fragmentBomb(400));
    expectRequestError(long, 'QUERY_TOO_COMPLEX');
    expect(long.errors?.[0]?.extensions).toMatchObject({ maxTokens: 3000 });
    const [bomb, live] = await Promise.all([
      anonymous.request(fragmentBomb(40)),
      fetch(`${t.baseUrl}/api/health/live`),
    ]);
    expect(bomb.status).toBe(400);
    expect(live.status).toBe(200);
  });

  it('refuses an operation over the cost limit: resolvers 10, properties 1, rows × first', async () => {
    const unitFields = 'name kind { name } ancestors { name } parent { name parent { name } }';
    const query = (first: number) =>
      `{ users(first: ${first}) { edges { node { id username fullName email status lastLoginAt unit { ${unitFields} } roleAssignments { role { name } unit { name parent { name } } } } } } }`;
    const res = await member.request(query(100));
    expectRequestError(res, 'QUERY_TOO_COMPLEX');
    expect(res.errors?.[0]?.extensions).toMatchObject({
      complexity: 10_610,
      maxComplexity: 10_000,
    });
    expect(res.errors?.[0]?.message).toBe(
      'Truy vấn quá phức tạp. Độ phức tạp 10.610 vượt giới hạn 10.000.',
    );
    await member.ok(query(20));
  });

  it('answers wrongly typed variables with 400 BAD_USER_INPUT, never 500', async () => {
    const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { expiresAt } }`;
    const cases: [string, Record<string, unknown>][] = [
      [LOGIN, { input: { username: null, password: 'matkhau2025' } }],
      [LOGIN, { input: { username: 'ai.do', password: 'matkhau2025', khongCo: 1 } }],
      [`query($n: Int!) { users(first: $n) { totalCount } }`, { n: 'mười' }],
      [`query($n: Int!) { users(first: $n) { totalCount } }`, {}],
    ];
    for (const [query, variables] of cases) {
      const res = await member.request(query, variables);
      expectRequestError(res, 'BAD_USER_INPUT');
      expect(res.errors?.[0]?.message).toBe('Dữ liệu nhập chưa hợp lệ.');
    }
  });

  it('refuses more than 30 aliases, and a subscription, with 400', async () => {
    const tooMany = await member.request(aliasesOfMe(31));
    expectRequestError(tooMany, 'QUERY_TOO_COMPLEX');
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({ aliases: 31, maxAliases: 30 });
    expect(tooMany.errors?.[0]?.message).toMatch(/31 bí danh \(alias\), vượt giới hạn 30/);
    // Hidden in fragments, they still count.
    const hidden = await member.request(
      `{ ...A ...B } fragment A on Query { ${aliasList(16)} } fragment B on Query { ${aliasList(16, 'permissions', 'n')} }`,
    );
    expectRequestError(hidden, 'QUERY_TOO_COMPLEX');

    const subscription = await member.request(`subscription { me { permissions } }`);
    expectRequestError(subscription, 'GRAPHQL_VALIDATION_FAILED');
    expect(subscription.errors?.[0]?.message).toMatch(/không hỗ trợ subscription/);
  });

  it('refuses a document longer than the parser limit cheaply', async () => {
    const res = await member.request(`{ me { ${'permissions '.repeat(3100)} } }`);
    expectRequestError(res, 'QUERY_TOO_COMPLEX');
    expect(res.errors?.[0]?.extensions).toMatchObject({ maxTokens: 3000 });
    expect(res.errors?.[0]?.message).toMatch(/3\.000 ký hiệu/);
  });

  it('bounds the database round trips of aliased `me`: 1,000 refused, 30 cost what one does', async () => {
    // Before: 4 queries per alias (session, grants, user, session again): 120 for 30 aliases, and
    // 4,000 in 16 s for 1,000. Now 4 for any number (1,000 with the limits raised: 4 queries, 2.6 s).
    const bomb = await counted(() => member.request(aliasesOfMe(1000)));
    expectRequestError(bomb.result, 'QUERY_TOO_COMPLEX');
    expect(bomb.queries).toBe(0);

    // the session cached at the current auth_epoch (ADR 0024), so neither count below includes a re-read
    await member.ok(`{ me { user { id } } }`);
    const one = await counted(() => member.ok(aliasesOfMe(1, 'permissions user { id username }')));
    const thirty = await counted(() =>
      member.ok(aliasesOfMe(30, 'permissions user { id username }')),
    );
    expect(Object.keys(thirty.result)).toHaveLength(30);
    expect(thirty.result['m29']).toEqual(one.result['m0']);
    expect(one.queries).toBeLessThanOrEqual(4);
    expect(thirty.queries).toBe(one.queries);
  });

  it('makes as many round trips for 4 rows as for 1: resolver fields batch per request', async () => {
    const division = await t.unit(`Phòng đếm ${t.uid()}`, unit);
    for (let i = 0; i < 4; i += 1) await t.user({ unit: division, role: 'TDKT_OFFICER' });
    const LIST = `query($first: Int!, $unitId: ID) { users(first: $first, unitId: $unitId) {
      edges { node { username unit { name parent { name } } roleAssignments { role { name } unit { name } } } } } }`;
    // the users just created moved auth_epoch (ADR 0024): the member's next request reads its session
    // again (one statement more); settle it first, so both lists below find it cached
    await member.ok(`{ me { user { id } } }`);
    const one = await counted(() => member.ok(LIST, { first: 1, unitId: division.id }));
    const four = await counted(() => member.ok(LIST, { first: 10, unitId: division.id }));
    expect(one.result['users'].edges).toHaveLength(1);
    expect(four.result['users'].edges).toHaveLength(4);
    expect(four.queries).toBe(one.queries);
  });

  it('lets every SPA operation through at the largest page size (100)', () => {
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const operations = spaOperations();
    expect(operations.length).toBeGreaterThan(40);
    const over: string[] = [];
    for (const { name, source } of operations) {
      const doc = parse(source);
      const op = doc.definitions.find(
        (d) => d.kind === Kind.OPERATION_DEFINITION,
      ) as OperationDefinitionNode;
      const m = measureOperation(schema, doc, op, { first: 100 });
      const repeats = documentShape(doc, op, 3000).count;
      if (m.depth > 10 || m.complexity > 10000 || m.aliases > 30 || repeats > 20)
        over.push(`${name}: ${JSON.stringify({ ...m, repeats })}`);
    }
    expect(over).toEqual([]);
  });

  it('refuses a document that repeats a field, before graphql-js validates it', async () => {
    // Before: `me { permissions }` 740 times, anonymous and under the token limit, took 1.3 s of
    // validation (pairwise field merging) to answer GRAPHQL_VALIDATION_FAILED "Validation aborted";
    // `me` 20 times, each with `user { id }` 20 times, 575 ms.
    const anonymous = t.client();
    for (const query of [
      `{ ${'me { permissions } '.repeat(740)} }`,
      `{ ${'__typename '.repeat(2990)} }`,
      `{ ${`me { ${'user { id } '.repeat(20)} } `.repeat(20)} }`,
      `{ ${Array.from({ length: 140 }, (_, i) => `...F${i}`).join(' ')} } ${Array.from(
        { length: 140 },
        (_, i) => `fragment F${i} on Query { me { permissions } }`,
      ).join(' ')}`,
    ]) {
      const res = await anonymous.request(query);
      expectRequestError(res, 'QUERY_TOO_COMPLEX');
      expect(res.errors?.[0]?.extensions).toMatchObject({ maxRepeats: 20 });
      expect(res.errors?.[0]?.message).toMatch(/hơn 20 lần ở cùng một chỗ trong truy vấn/);
    }
  });
});
