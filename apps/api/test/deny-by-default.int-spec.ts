import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { DiscoveryService, MetadataScanner, ModulesContainer, Reflector } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { accessDecisionOf, type AccessDecision } from '../src/core/auth/auth.guard';
import { startTestApp, type TestApp } from './setup/test-app';

/** @nestjs/graphql's method metadata: `Query`, `Mutation`, `Subscription`, or a field name for @ResolveField. */
const RESOLVER_TYPE = 'graphql:resolver_type';
const RESOLVER_NAME = 'graphql:resolver_name';
const ROOT_TYPES = ['Query', 'Mutation', 'Subscription'];

interface Operation {
  /** `Query.users`, `GET /api/exports/:kind.xlsx` */
  name: string;
  /** `UserResolver.users` */
  handler: string;
  decision: AccessDecision | null;
}

/**
 * Deny by default (issue 9, A11): every GraphQL root field and every REST route of the real app states
 * its access decision (@Public, @RequirePermission or @Authenticated); the guard refuses the others.
 * Field resolvers run under the decision of the root field that reached them.
 */
describe('deny by default: every operation states its access decision', () => {
  let t: TestApp;
  let operations: Operation[];

  beforeAll(async () => {
    t = await startTestApp();
    const discovery = new DiscoveryService(t.app.get(ModulesContainer));
    const scanner = new MetadataScanner();
    const reflector = new Reflector();
    operations = [];
    const seen = new Set<object>();
    for (const wrapper of [...discovery.getProviders(), ...discovery.getControllers()]) {
      const { metatype, instance } = wrapper;
      if (!metatype || !instance || typeof metatype !== 'function' || seen.has(metatype)) continue;
      seen.add(metatype);
      const prototype = Object.getPrototypeOf(instance) as Record<string, unknown>;
      for (const method of scanner.getAllMethodNames(prototype)) {
        const handler = prototype[method] as (...args: unknown[]) => unknown;
        const decision = accessDecisionOf(reflector, [handler, metatype]);
        const handlerName = `${metatype.name}.${method}`;
        const rootType = Reflect.getMetadata(RESOLVER_TYPE, handler) as string | undefined;
        if (rootType && ROOT_TYPES.includes(rootType)) {
          const field =
            (Reflect.getMetadata(RESOLVER_NAME, handler) as string | undefined) ?? method;
          operations.push({ name: `${rootType}.${field}`, handler: handlerName, decision });
        }
        const verb = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
        const path = Reflect.getMetadata(PATH_METADATA, handler) as string | undefined;
        if (verb !== undefined && path !== undefined) {
          const base = (Reflect.getMetadata(PATH_METADATA, metatype) as string | undefined) ?? '';
          operations.push({
            name: `${RequestMethod[verb]} /${[base, path].filter(Boolean).join('/')}`,
            handler: handlerName,
            decision,
          });
        }
      }
    }
  });
  afterAll(() => t.close());

  it('finds every query and mutation of the schema among the handlers it inspects', () => {
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const inSchema = ['Query', 'Mutation', 'Subscription'].flatMap((type) => {
      const root = schema.getType(type) as
        { getFields?: () => Record<string, unknown> } | undefined;
      return Object.keys(root?.getFields?.() ?? {}).map((field) => `${type}.${field}`);
    });
    const found = new Set(operations.map((o) => o.name));
    expect(inSchema.filter((name) => !found.has(name))).toEqual([]);
    expect(inSchema.length).toBeGreaterThan(50);
  });

  it('finds the REST routes (health, uploads, exports, templates)', () => {
    const routes = operations.filter((o) => o.name.includes(' /')).map((o) => o.name);
    // health (2); uploads, problems, templates, exports (4); a campaign plan's .docx (1)
    expect(routes.length).toBeGreaterThanOrEqual(7);
    expect(routes.join('\n')).toMatch(/api\/health\/live/);
    // one route per shape serves every registered kind (units, people…: core/excel/excel-registry.ts)
    expect(routes.join('\n')).toMatch(/POST \/api\/imports\/:kind/);
    expect(routes.join('\n')).toMatch(/GET \/api\/templates\/:kind\.xlsx/);
    expect(routes.join('\n')).toMatch(/GET \/api\/campaign-plans\/:id\/document\.docx/);
  });

  it('has no operation without a decision', () => {
    const undecided = operations.filter((o) => !o.decision).map((o) => `${o.name} (${o.handler})`);
    expect(undecided).toEqual([]);
  });

  it('keeps the operations any signed-in user reaches few and deliberate', () => {
    // A new entry here is a conscious choice, reviewed with the list: everything else names a permission.
    const open = operations
      .filter((o) => !o.name.includes(' /') && o.decision && !o.decision.permissions)
      .map((o) => o.name)
      .sort();
    expect(open).toEqual([
      'Mutation.cancelJob',
      // a secret ballot is cast anonymously with a room code or a blind token (ADR 0023)
      'Mutation.castCouncilBallot',
      'Mutation.changePassword',
      // a council member present at the session asks for a remote ballot (ADR 0023)
      'Mutation.issueCouncilVotingToken',
      'Mutation.login',
      'Mutation.logout',
      // the public notice page: anyone comments on a running list, bounded and rate-limited (ADR 0021)
      'Mutation.submitNoticeComment',
      'Mutation.updateMyProfile',
      'Query.addWorkingDays', // the working-day calendar, with workingCalendar… below (ADR 0016)
      // award rules are published law and a province's public regulations (ADR 0017)
      'Query.awardKinds',
      'Query.awardRuleVersions',
      // a room code opens its round's ballot paper without signing in, read-only (ADR 0023)
      'Query.councilBallotPaper',
      // a voting round: its council's readers, or the session's members for the blind key (ADR 0023)
      'Query.councilVotingRound',
      'Query.job',
      // legal and guiding documents are public: every signed-in user reads the registry (issue 10)
      'Query.legalDocument',
      'Query.legalDocuments',
      'Query.me',
      // the caller's own seats on councils, with the remote rounds open to it (home page)
      'Query.myCouncilSessions',
      'Query.myJobs', // the caller's own jobs only (home page)
      'Query.permissions',
      // the lists published for comment, public by law (NĐ 152 Điều 44; ADR 0021)
      'Query.publicAwardLookup', // decided awards as their decisions publish them (ADR 0022)
      'Query.publicAwardNotice',
      'Query.publicAwardNotices',
      'Query.ruleParameters', // with awardKinds above (ADR 0017)
      'Query.user',
      // a certificate's QR code opens its verification without signing in (ADR 0022)
      'Query.verifyAwardCertificate',
      // the working-day calendar: days off are public, and every officer sees the deadlines it gives (ADR 0016)
      'Query.workingCalendar',
      'Query.workingCalendarYears',
      'Query.workingDaysBetween',
    ]);
  });

  it('refuses an anonymous caller on what used to be open to anyone signed in, and a caller without the permission', async () => {
    const anonymous = t.client();
    expect((await anonymous.fails(`{ roles { id } }`)).extensions?.code).toBe('UNAUTHENTICATED');
    const unit = await t.unit('Sở thử quyền');
    const reporter = await t.user({ unit, role: 'REPORTER' });
    const client = await t.loggedIn(reporter.username);
    // `roles` was open to every signed-in user; it now needs one of the administration permissions.
    expect((await client.fails(`{ roles { id } }`)).extensions?.code).toBe('FORBIDDEN');
    expect((await client.ok(`{ permissions { code } }`)).permissions.length).toBeGreaterThan(5);
  });
});
