import { GraphQLSchemaHost } from '@nestjs/graphql';
import { SYSTEM_ROLES } from '@thidua/shared-domain';
import { getOperationAST, isObjectType, parse, type GraphQLObjectType } from 'graphql';
import { MAX_VARIABLE_CODE, variableCodeSize } from '../src/core/graphql/jit-executor';
import { startTestApp, type TestApp } from './setup/test-app';
import type { GqlClient } from './setup/gql-client';

/**
 * Per-request database work (issue 9, D). Every signed-in request resolves its session; bench/http
 * measured an authenticated `me` at 31 req/s against 112 for an anonymous request when that took four
 * statements (session + user, grants, the user again for `me`, the session again for its expiry and
 * the previous sign-in). Statements are counted as TypeORM sends them; the job worker's polls are not
 * the request's.
 */
describe('per-request overhead (issue 9, D)', () => {
  let t: TestApp;
  let officer: GqlClient;
  let statements: string[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    const province = await t.unit(`Tỉnh chi phí ${t.uid()}`);
    for (let i = 0; i < 3; i += 1) await t.unit(`Sở chi phí ${i} ${t.uid()}`, province);
    const { username } = await t.user({ unit: province, role: 'TDKT_OFFICER' });
    officer = await t.loggedIn(username);
    const logger = t.db.logger;
    const logQuery = logger.logQuery.bind(logger);
    logger.logQuery = (...args: Parameters<typeof logQuery>) => {
      if (!/\bjobs\b/.test(args[0])) statements.push(args[0]);
      return logQuery(...args);
    };
  });
  afterAll(() => t.close());

  async function counted<T>(run: () => Promise<T>): Promise<{ result: T; sql: string[] }> {
    statements = [];
    const result = await run();
    return { result, sql: statements };
  }

  it('resolves a session, its user and grants in one statement, and `me` adds none', async () => {
    await officer.ok('{ __typename }'); // the last-seen write of a fresh session, if it is due
    const me = await counted(() =>
      officer.ok<{ me: { permissions: string[]; user: { username: string } } }>(
        '{ me { permissions user { id username fullName } sessionExpiresAt } }',
      ),
    );
    expect(me.sql).toHaveLength(1);
    expect(me.sql[0]).toMatch(/FROM sessions s JOIN users u/);
    // the grants folded into that statement are the role's, as RoleService.grantsOf reads them
    expect(me.result.me.permissions).toEqual([...SYSTEM_ROLES.TDKT_OFFICER.permissions].sort());
    expect(me.result.me.user.username).toMatch(/^u\./);
  });

  it('writes the answer with its length and without an ETag, which no client revalidates', async () => {
    // core/graphql/graphql-endpoint.ts: `res.end`, not Express's `res.send` (Buffer, ETag, headers)
    const res = await officer.request('{ me { user { id } } }');
    expect(res.status).toBe(200);
    expect(res.data).toEqual({ me: { user: { id: expect.any(String) } } });
    expect(res.headers.get('etag')).toBeNull();
    expect(Number(res.headers.get('content-length'))).toBeGreaterThan(20);
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('reads the previous sign-in only when it is asked for', async () => {
    const withPrevious = await counted(() => officer.ok('{ me { previousLoginAt } }'));
    expect(withPrevious.sql).toHaveLength(2);
    // an alias and a fragment ask for it too; still once per request
    const aliased = await counted(() =>
      officer.ok(
        '{ a: me { ...P } b: me { user { id } } c: me { p: previousLoginAt } } fragment P on Viewer { previousLoginAt }',
      ),
    );
    expect(aliased.sql).toHaveLength(2);
  });

  it('writes the last-seen time at most once a minute per session', async () => {
    const requests = await counted(async () => {
      for (let i = 0; i < 5; i += 1) await officer.ok('{ me { permissions } }');
    });
    expect(requests.sql.filter((s) => /^UPDATE\b.*sessions/i.test(s))).toHaveLength(0);
    // the session this process has resolved, while nothing it depends on changed: one tiny read each
    expect(requests.sql).toEqual(Array(5).fill('SELECT epoch FROM auth_epoch'));
  });

  it('scopes a list with the grants read alongside the session (and kept with it)', async () => {
    const page = await counted(() =>
      officer.ok<{ units: { totalCount: number } }>(
        '{ units(first: 20) { totalCount edges { node { id name kind { name } childCount parent { id } } } } }',
      ),
    );
    expect(page.result.units.totalCount).toBe(4); // the province and its three Sở, nothing else
    // no read of the grants of its own: they came with the session, now from the session cache
    expect(page.sql.filter((s) => /role_assignments/.test(s))).toHaveLength(0);
  });

  it("reads a list's child counts in the list's own statement", async () => {
    await officer.ok('{ __typename }');
    const roots = await officer.ok<{ unitChildren: { id: string }[] }>(
      '{ unitChildren(tree: GOVERNMENT) { id } }',
    );
    const provinceId = roots.unitChildren[0]?.id;
    const level = await counted(() =>
      officer.ok<{ unitChildren: { name: string; childCount: number }[] }>(
        `{ unitChildren(tree: GOVERNMENT, parentId: "${provinceId}") { name childCount } }`,
      ),
    );
    expect(level.result.unitChildren.map((u) => u.childCount)).toEqual([0, 0, 0]);
    // the session's epoch and the level, with its counts: no statement grouping children by parent
    expect(level.sql).toHaveLength(2);
    expect(level.sql).toContain('SELECT epoch FROM auth_epoch');
    expect(level.sql.find((s) => !s.includes('auth_epoch'))).toMatch(
      /AS "child_count" FROM "units" "u"/,
    );
    const page = await counted(() =>
      officer.ok<{ units: { edges: { node: { id: string; childCount: number } }[] } }>(
        `{ units(first: 20, descendantsOf: "${provinceId}") { edges { node { id childCount } } } }`,
      ),
    );
    expect(page.result.units.edges.map((e) => e.node.childCount).sort()).toEqual([0, 0, 0, 3]);
    expect(page.sql.filter((s) => /GROUP BY parent_id/.test(s))).toHaveLength(0);
  });

  it('calls every field resolver that takes no arguments directly, not through Nest', () => {
    // A field resolver with parameter decorators goes through Nest's context creator: the global
    // validation pipe over its parent and ~10 promises a call (see `NoArgs`). Without them,
    // @nestjs/graphql binds the method to graphql-js as it is ("bound shortName").
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const slow: string[] = [];
    let direct = 0;
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__')) continue;
      for (const field of Object.values(type.getFields())) {
        const name = field.resolve?.name ?? '';
        if (name.startsWith('bound ')) direct += 1;
        else if (field.args.length === 0 && field.resolve && name !== 'rootFieldResolver')
          slow.push(`${type.name}.${field.name}`);
      }
    }
    expect(slow).toEqual([]);
    // the fields of the unit lists among them, so the check cannot pass on an empty schema
    expect(direct).toBeGreaterThan(100);
    expect(schema.getType('Unit')).toBeDefined();
    const unit = schema.getType('Unit') as GraphQLObjectType;
    expect(unit.getFields()['shortName']?.resolve?.name).toMatch(/^(bound )+shortName$/);
  });

  it('runs operations compiled (graphql-jit), plain fields read inline and answers unchanged', async () => {
    // ADR 0026: graphql-jit calls a field's resolver with a resolve-info built per object; Nest's
    // property resolvers are removed where they only read the property the field is named after
    const unit = t.app.get(GraphQLSchemaHost).schema.getType('Unit') as GraphQLObjectType;
    expect(unit.getFields()['code']?.resolve).toBeUndefined();
    expect(unit.getFields()['name']?.resolve).toBeUndefined();
    expect(unit.getFields()['childCount']?.resolve).toBeDefined();
    const query = `query Twice { units(first: 5) { edges { node { id code name childCount } } } }`;
    // the test app compiles at the first run; the answer of a repeat is the same
    const first = await officer.ok<{ units: unknown }>(query);
    expect(await officer.ok(query)).toEqual(first);
    expect(JSON.stringify(first)).toContain('"childCount":3');
  });

  it('leaves to graphql-js the operations whose variables graphql-jit would unroll without end', () => {
    // compiling the award-rule mutations (a condition tree of conditions) took 5–10 s of CPU
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const size = (text: string) => variableCodeSize(schema, getOperationAST(parse(text))!);
    expect(
      size(
        `mutation($i: CreateAwardRuleVersionInput!) { createAwardRuleVersion(input: $i) { id } }`,
      ),
    ).toBeGreaterThan(MAX_VARIABLE_CODE);
    // the largest input otherwise still compiles
    expect(
      size(`mutation($i: CreateCampaignPlanInput!) { createCampaignPlan(input: $i) { id } }`),
    ).toBeLessThanOrEqual(MAX_VARIABLE_CODE);
  });
});
