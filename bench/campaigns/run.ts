/**
 * bench/campaigns: bench/org's province (10,000 units, 200,000 people) on a real PostgreSQL, a
 * provincial kế hoạch issued over GraphQL to every active unit of the three trees, its cascade half
 * answered, ~195,000 individual đăng ký thi đua; then the cascade table, the registration roll-up and
 * the .docx through the application's services, GraphQL and REST, and 100 PDFs as one job. Prints
 * median / p95 / max per operation; exits 1 if a target is missed.
 *
 *   npm run bench:campaigns
 *   BENCH_REUSE=1 BENCH_ITERATIONS=20 npm run bench:campaigns
 *
 * See bench/campaigns/README.md.
 */
import 'reflect-metadata';
import { loadavg } from 'node:os';
import type { AddressInfo } from 'node:net';
import type { INestApplication } from '@nestjs/common';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { todayInVietnam, type IsoDate } from '@thidua/shared-domain';
import type { RequestContext } from '../../apps/api/src/core/context/request-context';
import { buildProvince, type KindRow, type Province } from '../org/org-data';
import { PEOPLE_TARGET, writePeople } from '../org/people-data';
import { StatementCapture, readable } from '../org/explain';
import { measure, median, table, timed, type Measured } from '../org/stats';
import { prepareBench } from '../shared/setup';
import {
  DRAFT_TITLE,
  PLAN_TITLE,
  addDays,
  answerCascade,
  provincePlanContent,
  writeRegistrations,
} from './plan-data';

const DEFAULT_URL = 'postgres://postgres@127.0.0.1:5432/thidua_bench_campaigns';
/** Issue 10, "Tests and benchmark". */
const CASCADE_TARGET_MS = 50;
const ROLLUP_TARGET_MS = 100;
const DOCX_TARGET_MS = 50;
const ITERATIONS = Number(process.env['BENCH_ITERATIONS'] ?? 50);
const WARMUP = Number(process.env['BENCH_WARMUP'] ?? 5);
const PDF_PLANS = Number(process.env['BENCH_PDF_PLANS'] ?? 100);
/** The plan was issued this many days ago, with this many days to answer (so some answers are late). */
const ISSUED_DAYS_AGO = 40;
const ANSWER_DAYS = 25;
const PASSWORD = 'Bench#2025-thidua';
const OFFICER = 'bench.tdkt';
const LEADER = 'bench.lanhdao';

function log(line = ''): void {
  process.stdout.write(`${line}\n`);
}

function fail(message: string): never {
  process.stderr.write(`bench:campaigns: ${message}\n`);
  process.exit(2);
}

/**
 * bench/org's stats type `via` as service | GraphQL; here documents are also fetched over REST and built
 * by the pure builder. The table prints `via` as text.
 */

/** BENCH_REUSE=1: the database holds a previous run's province, plan, cascade and registrations. */
async function existingVolume(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url });
  try {
    await client.connect();
    const { rows } = await client.query<{ units: number; people: number; plans: number }>(
      `SELECT (SELECT count(*) FROM units)::int AS units,
              (SELECT count(*) FROM people WHERE code LIKE 'CB%')::int AS people,
              (SELECT count(*) FROM campaign_plans p WHERE p.title = $1 AND p.status <> 'DRAFT'
                  AND EXISTS (SELECT 1 FROM campaign_registrations r WHERE r.plan_id = p.id))::int AS plans`,
      [PLAN_TITLE],
    );
    return rows[0]?.units === 10_000 && rows[0]?.people === PEOPLE_TARGET && rows[0]?.plans === 1;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** One signed-in user: GraphQL and REST over real HTTP with the session cookie the app sets at login. */
class Session {
  cookie: string | null = null;
  constructor(readonly baseUrl: string) {}

  async gql<T = unknown>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const res = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(this.cookie ? { cookie: this.cookie } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      if (pair?.startsWith('thidua_session=')) this.cookie = pair;
    }
    const body = (await res.json()) as { data?: T; errors?: unknown[] };
    if (body.errors?.length || !body.data)
      throw new Error(`GraphQL: ${JSON.stringify(body.errors ?? body)}`);
    return body.data;
  }

  /** GET a file; its bytes (all read, as a browser would). */
  async get(path: string): Promise<Uint8Array> {
    const res = await fetch(`${this.baseUrl}${path}`, {
      headers: this.cookie ? { cookie: this.cookie } : {},
    });
    const bytes = new Uint8Array(await res.arrayBuffer());
    if (res.status !== 200)
      throw new Error(`GET ${path}: ${res.status} ${Buffer.from(bytes).toString()}`);
    return bytes;
  }

  async login(username: string): Promise<this> {
    await this.gql(`mutation($input: LoginInput!) { login(input: $input) { user { id } } }`, {
      input: { username, password: PASSWORD },
    });
    return this;
  }
}

const COUNTS = 'total answered answeredLate pending overdue';
/** The issuer's cascade table: its first page with the total, and the counts rolled up the tree. */
const Q_CASCADE = `query BenchCascade($planId: ID!, $first: Int!, $underUnitId: ID) {
  campaignPlanAddressees(planId: $planId, first: $first, underUnitId: $underUnitId) {
    totalCount totalCountCapped pageInfo { hasNextPage endCursor }
    edges { node { id rule status deadline answeredOn reminderCount lastRemindedAt createdAt
      unit { id code name shortName tree depth } answerPlan { id symbol title issuedOn }
      inheritedFromUnit { id name } } } }
  campaignCascadeSummary(planId: $planId, underUnitId: $underUnitId) {
    planId underUnit { id name } counts { ${COUNTS} }
    groups { addressed unit { id code name } counts { ${COUNTS} } } } }`;
const TALLY = 'draft submitted returned approved total';
const ROLLUP = `unitId units { ${TALLY} } people { ${TALLY} }`;
const Q_REGISTRATIONS = `query BenchRegistrationSummary($planId: ID!, $underUnitId: ID) {
  campaignRegistrationSummary(planId: $planId, underUnitId: $underUnitId) {
    planId underUnitId total { ${ROLLUP} } own { ${ROLLUP} }
    children { ${ROLLUP} unit { id code name } } } }`;

interface JobState {
  id: string;
  status: string;
  progress: number;
  total: number;
  message: string | null;
  error: string | null;
}

async function main(): Promise<void> {
  const url = process.env['DATABASE_URL'] || DEFAULT_URL;
  const started = performance.now();
  log(`bench:campaigns — ${new Date().toISOString()}`);
  const reuse = await prepareBench({ url, existing: existingVolume, log, fail });

  const { createApp } = await import('../../apps/api/src/app.factory');
  const { Actor } = await import('../../apps/api/src/core/auth/actor');
  const { systemContext } = await import('../../apps/api/src/core/context/request-context');
  const { TransactionRunner } = await import('../../apps/api/src/core/database/transaction');
  const { DataSource: DataSourceClass } = await import('typeorm');
  const { RoleService } = await import('../../apps/api/src/modules/identity/role.service');
  const { UserService } = await import('../../apps/api/src/modules/identity/user.service');
  const { CampaignService } = await import('../../apps/api/src/modules/campaigns/campaign.service');
  const { CampaignCascadeService } =
    await import('../../apps/api/src/modules/campaigns/campaign-cascade.service');
  const { CampaignRegistrationService } =
    await import('../../apps/api/src/modules/campaigns/campaign-registration.service');
  const { PdfService } = await import('../../apps/api/src/modules/files/pdf.service');
  const { bacKanOfficePlan, buildPlanDocx } = await import('@thidua/documents');

  const boot = await timed(async () => {
    const { app } = await createApp({ url, poolSize: Number(process.env['DB_POOL_SIZE'] ?? 10) });
    await app.listen(0, '127.0.0.1');
    return app as INestApplication;
  });
  const app = boot.value;
  const baseUrl = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
  log(`app booted (migrations included) in ${(boot.ms / 1000).toFixed(1)} s at ${baseUrl}`);
  const db = app.get(DataSourceClass) as DataSource;
  const capture = new StatementCapture(db);
  const run = app.get(TransactionRunner);
  const campaigns = app.get(CampaignService);
  const cascade = app.get(CampaignCascadeService);
  const registrations = app.get(CampaignRegistrationService);
  const pdfAvailable = await app.get(PdfService).available();

  // ---------------------------------------------------------------------------------------------
  // the province (bench/org's generator)
  const kinds: KindRow[] = await db.query(
    `SELECT id, code::text AS code, tree, allowed_parent_codes, can_be_root, legal_person_default FROM unit_kinds`,
  );
  const province: Province = buildProvince(kinds);
  const P = province;
  if (!reuse) {
    const gen = await timed(async () => {
      const qr = db.createQueryRunner();
      await qr.connect();
      try {
        await qr.startTransaction();
        await province.model.write(qr);
        await writePeople(qr, province.model, province.successors);
        await qr.commitTransaction();
        await qr.query('VACUUM ANALYZE');
      } catch (e) {
        await qr.rollbackTransaction();
        throw e;
      } finally {
        await qr.release();
      }
    });
    log(`province generated (bench/org) in ${(gen.ms / 1000).toFixed(1)} s`);
  }
  const [org] = (await db.query(
    `SELECT (SELECT count(*) FROM units)::int AS units,
            (SELECT count(*) FROM units WHERE status = 'ACTIVE')::int AS active,
            (SELECT count(*) FROM people)::int AS people,
            (SELECT array_agg(id::text ORDER BY tree) FROM units WHERE parent_id IS NULL AND status = 'ACTIVE') AS roots`,
  )) as { units: number; active: number; people: number; roots: string[] }[];
  if (!org || org.units !== 10_000 || org.people < PEOPLE_TARGET) fail('unexpected data volume');
  log(
    `data: ${org.units} units (${org.active} active, ${org.roots.length} tree roots), ${org.people} people`,
  );

  // ---------------------------------------------------------------------------------------------
  // users: the province's TĐKT officer (drafts, submits, follows the cascade) at the root of every
  // tree, so that the plan may address all three; a leader of UBND tỉnh (CAMPAIGN_ISSUE) signs
  const sys = systemContext(Actor.system('Bench'));
  const users = app.get(UserService);
  const roles = app.get(RoleService);
  const ensureUser = async (username: string, fullName: string, role: string, at: string[]) =>
    (await users.findByUsername(username)) ??
    (await run.run(sys, async (tx) => {
      const user = await users.createInTx(tx, {
        username,
        fullName,
        unitId: P.provinceId,
        password: PASSWORD,
      });
      const found = (await roles.findByCode(role)) as { id: string };
      for (const unitId of at)
        await roles.addGrant(tx, { userId: user.id }, { roleId: found.id, unitId }, 'bench');
      return user;
    }));
  const officer = await ensureUser(OFFICER, 'Cán bộ TĐKT tỉnh (bench)', 'TDKT_OFFICER', org.roots);
  await ensureUser(LEADER, 'Phó Chủ tịch UBND tỉnh (bench)', 'LEADER', [P.provinceId]);
  const ctx: RequestContext = {
    actor: new Actor(
      'USER',
      officer.id,
      officer.fullName,
      officer.unitId,
      await roles.grantsOf({ userId: officer.id }),
    ),
    requestId: null,
    ipAddress: null,
    userAgent: null,
  };
  const gql = await new Session(baseUrl).login(OFFICER);
  const leader = await new Session(baseUrl).login(LEADER);

  // ---------------------------------------------------------------------------------------------
  // the provincial plan: drafted, submitted and issued over GraphQL
  const today = todayInVietnam();
  const issuedOn = addDays(today, -ISSUED_DAYS_AGO);
  const deadline = addDays(issuedOn, ANSWER_DAYS);
  const periodTo = `${Number(issuedOn.slice(0, 4)) + 1}-12-31` as IsoDate;
  const content = provincePlanContent(issuedOn, periodTo, deadline);
  const legalIds = (
    (await db.query(
      `SELECT id FROM legal_documents WHERE issuer_unit_id IS NULL AND number = ANY($1) ORDER BY issued_on`,
      [['06/2022/QH15', '152/2025/NĐ-CP']],
    )) as { id: string }[]
  ).map((r) => r.id);
  let planId: string;
  if (reuse) {
    const [found] = (await db.query(
      `SELECT id FROM campaign_plans WHERE issuer_unit_id = $1 AND title = $2 AND status <> 'DRAFT'`,
      [P.provinceId, PLAN_TITLE],
    )) as { id: string }[];
    planId = (found as { id: string }).id;
    log(`plan: reused ${planId} (its issue is not timed again)`);
  } else {
    // Every active unit but the issuer: the Party and Front trees as subtrees, the government tree by
    // its unit kinds within UBND tỉnh. (UBND tỉnh's own subtree cannot be named: the issuer is never its
    // own addressee, and naming its ~140 children as subtrees passes the limit of 100 subtrees.)
    const govKinds = (
      (await db.query(
        `SELECT DISTINCT k.code::text AS code FROM units u JOIN unit_kinds k ON k.id = u.kind_id
          WHERE u.status = 'ACTIVE' AND u.path <@ (SELECT path FROM units WHERE id = $1) AND u.id <> $1
          ORDER BY 1`,
        [P.provinceId],
      )) as { code: string }[]
    ).map((r) => r.code);
    const { createCampaignPlan: draft } = await gql.gql<{
      createCampaignPlan: { id: string; version: number };
    }>(
      `mutation($input: CreateCampaignPlanInput!) { createCampaignPlan(input: $input) { id version } }`,
      {
        input: {
          issuerUnitId: P.provinceId,
          kind: 'REGULAR',
          scope: 'PROVINCE',
          title: PLAN_TITLE,
          periodFrom: issuedOn,
          periodTo,
          legalDocumentIds: legalIds,
          content,
          addressing: {
            subtreeUnitIds: org.roots.filter((id) => id !== P.provinceId),
            unitKindCodes: govKinds,
          },
          answerDeadline: deadline,
        },
      },
    );
    const { submitCampaignPlan: submitted } = await gql.gql<{
      submitCampaignPlan: { version: number };
    }>(
      `mutation($input: SubmitCampaignPlanInput!) { submitCampaignPlan(input: $input) { version } }`,
      { input: { id: draft.id, version: draft.version } },
    );
    // the statements of the issue, to tell the addressees' INSERT … SELECT from the rest
    let statements: Awaited<ReturnType<typeof capture.during>> = [];
    type Issued = { issueCampaignPlan: { id: string; symbol: string } };
    const issue = await timed(async () => {
      const answer: Issued[] = [];
      statements = await capture.during(async () => {
        const issued = await leader.gql<Issued>(
          `mutation($input: IssueCampaignPlanInput!) { issueCampaignPlan(input: $input) { id symbol } }`,
          {
            input: {
              id: draft.id,
              version: submitted.version,
              issuedOn,
              place: 'Bến Tre',
              signer: content.signature,
            },
          },
        );
        answer.push(issued);
      });
      return answer[0] as Issued;
    });
    planId = issue.value.issueCampaignPlan.id;
    const materialise = statements.find((c) => /INSERT INTO campaign_plan_addressees/.test(c.sql));
    log(
      `plan: ${issue.value.issueCampaignPlan.symbol} issued on ${issuedOn} (answers due ${deadline}) — ` +
        `issue over GraphQL ${issue.ms.toFixed(0)} ms, of which the addressees' INSERT … SELECT ` +
        `${materialise?.ms.toFixed(0) ?? '?'} ms (${statements.length} statements: number, cascade, .docx built and kept, PDF queued)`,
    );
  }
  const [addressed] = (await db.query(
    `SELECT count(*)::int AS n, count(*) FILTER (WHERE rule = 'SUBTREE')::int AS subtree,
            count(*) FILTER (WHERE rule = 'KIND')::int AS kind
       FROM campaign_plan_addressees WHERE plan_id = $1`,
    [planId],
  )) as { n: number; subtree: number; kind: number }[];
  log(
    `addressed: ${addressed?.n} units (${addressed?.subtree} by subtree: Tỉnh ủy, MTTQ; ${addressed?.kind} by kind in UBND tỉnh's tree) ` +
      `of ${org.active} active (the issuer is never its own addressee)`,
  );
  if (addressed?.n !== org.active - 1) fail('the plan does not address every other active unit');

  // the PDF the issue queued (LibreOffice, ~1 s a page): done before anything is timed
  if (pdfAvailable) {
    const waited = await timed(async () => {
      for (let i = 0; i < 1200; i++) {
        const [job] = (await db.query(
          `SELECT j.status FROM jobs j JOIN campaign_document_batch_items i ON i.job_id = j.id
            WHERE i.plan_id = $1 ORDER BY j.created_at LIMIT 1`,
          [planId],
        )) as { status: string }[];
        if (!job || ['SUCCEEDED', 'FAILED', 'CANCELLED'].includes(job.status))
          return job?.status ?? 'none';
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
      return 'still running';
    });
    log(
      `PDF of the issued plan (job queued by the issue): ${waited.value}, waited ${(waited.ms / 1000).toFixed(1)} s`,
    );
  }

  // ---------------------------------------------------------------------------------------------
  // the cascade answered, reminders, registrations
  if (!reuse) {
    const [issued] = (await db.query(
      `SELECT symbol, title, to_char(issued_on, 'YYYY-MM-DD') AS "issuedOn",
              to_char(answer_deadline, 'YYYY-MM-DD') AS deadline, to_char(period_to, 'YYYY-MM-DD') AS "periodTo"
         FROM campaign_plans WHERE id = $1`,
      [planId],
    )) as {
      symbol: string;
      title: string;
      issuedOn: IsoDate;
      deadline: IsoDate;
      periodTo: IsoDate;
    }[];
    const qr = db.createQueryRunner();
    await qr.connect();
    try {
      await qr.startTransaction();
      const answers = await timed(() =>
        answerCascade(qr, { id: planId, ...(issued as NonNullable<typeof issued>) }, today),
      );
      const regs = await timed(() => writeRegistrations(qr, planId, P.provinceId));
      await qr.commitTransaction();
      log(
        `cascade: ${answers.value.onTime} units answered on time, ${answers.value.late} late, each with its own issued plan ` +
          `(${(answers.ms / 1000).toFixed(1)} s)`,
      );
      log(
        `registrations: ${regs.value.units} units and ${regs.value.people} people (${Object.entries(
          regs.value.ms,
        )
          .map(([k, v]) => `${k} ${(v / 1000).toFixed(1)} s`)
          .join(', ')}, triggers included)`,
      );
    } catch (e) {
      await qr.rollbackTransaction();
      throw e;
    } finally {
      await qr.release();
    }
    // the issuer reminds every unit that has not answered (the service: one UPDATE, one audit row)
    const reminded = await run.run(ctx, (tx) => cascade.remind(tx, planId, null));
    log(`reminders: ${reminded.reminded} units reminded through CampaignCascadeService.remind`);
    const analyze = await timed(() => db.query('VACUUM ANALYZE'));
    log(`VACUUM ANALYZE ${(analyze.ms / 1000).toFixed(1)} s`);
  }

  // drafts for the documents (built live) and the PDF batch: through the service, like the SPA's editor
  const drafts = (
    (await db.query(
      `SELECT id FROM campaign_plans WHERE issuer_unit_id = $1 AND status = 'DRAFT' AND title LIKE $2 ORDER BY title`,
      [P.provinceId, `${DRAFT_TITLE} (dự thảo %`],
    )) as { id: string }[]
  ).map((r) => r.id);
  if (drafts.length < PDF_PLANS) {
    const made = await timed(async () => {
      for (let i = drafts.length + 1; i <= PDF_PLANS; i++) {
        const plan = await run.run(ctx, (tx) =>
          campaigns.create(tx, P.provinceId, {
            kind: 'PERIODIC',
            scope: 'PROVINCE',
            title: `${DRAFT_TITLE} (dự thảo ${String(i).padStart(3, '0')})`,
            periodFrom: issuedOn,
            periodTo,
            legalDocumentIds: legalIds,
            content,
          }),
        );
        drafts.push(plan.id);
      }
    });
    log(
      `drafts: ${drafts.length} through CampaignService.create (${(made.ms / 1000).toFixed(1)} s)`,
    );
  }
  const draftId = drafts[0] as string;

  // ---------------------------------------------------------------------------------------------
  // checks: what the app reads back is what was written
  const [truth] = (await db.query(
    `SELECT count(*)::int AS total,
            count(*) FILTER (WHERE answer_plan_id IS NOT NULL AND answered_on <= deadline)::int AS answered,
            count(*) FILTER (WHERE answer_plan_id IS NOT NULL AND answered_on > deadline)::int AS late,
            count(*) FILTER (WHERE answer_plan_id IS NULL AND deadline < $2)::int AS overdue,
            (SELECT count(*) FROM campaign_registrations WHERE plan_id = $1 AND kind = 'PERSON')::int AS people,
            (SELECT count(*) FROM campaign_registration_counts WHERE plan_id = $1)::int AS count_rows
       FROM campaign_plan_addressees WHERE plan_id = $1`,
    [planId, today],
  )) as {
    total: number;
    answered: number;
    late: number;
    overdue: number;
    people: number;
    count_rows: number;
  }[];
  const t = truth as NonNullable<typeof truth>;
  const page = await cascade.list(ctx, planId, { first: 20 });
  const summary = await cascade.summary(ctx, planId);
  const rollup = await registrations.summary(ctx, planId, null);
  const deptRollup = await registrations.summary(ctx, planId, P.departmentId);
  const [deptPeople] = (await db.query(
    `SELECT count(*)::int AS n FROM campaign_registrations
      WHERE plan_id = $1 AND kind = 'PERSON' AND unit_path <@ (SELECT path FROM units WHERE id = $2)`,
    [planId, P.departmentId],
  )) as { n: number }[];
  const checks: [string, boolean, string][] = [
    [
      'cascade list totalCount = addressed units',
      page.totalCount === t.total,
      `${page.totalCount} vs ${t.total}`,
    ],
    [
      'cascade counts = the rows by status',
      summary.counts.total === t.total &&
        summary.counts.answered === t.answered &&
        summary.counts.answeredLate === t.late &&
        summary.counts.overdue === t.overdue,
      `${JSON.stringify(summary.counts)}; ${summary.groups.length} groups`,
    ],
    [
      'registration roll-up: people = individual registrations',
      rollup.total.people.total === t.people,
      `${rollup.total.people.total} vs ${t.people}; ${rollup.children.length} roots; ${t.count_rows} count rows`,
    ],
    [
      'registration roll-up under the Sở: people = its subtree',
      deptRollup.total.people.total === deptPeople?.n,
      `${deptRollup.total.people.total} vs ${deptPeople?.n}; ${deptRollup.children.length} children`,
    ],
  ];
  for (const [what, ok, detail] of checks)
    log(`check: ${ok ? 'ok ' : 'FAILED'} ${what} (${detail})`);
  if (checks.some(([, ok]) => !ok)) fail('the generated data does not read back as expected');

  // ---------------------------------------------------------------------------------------------
  log();
  log(
    `measuring: ${WARMUP} warm-up + ${ITERATIONS} timed runs per operation, one at a time, as the province's TĐKT officer`,
  );
  const results: Measured[] = [];
  const replay = new Map<Measured, () => Promise<unknown>>();
  const op = async (def: Omit<Measured, 'samples'>, fn: () => Promise<unknown>) => {
    const r = await measure(def, fn, ITERATIONS, WARMUP);
    results.push(r);
    replay.set(r, fn);
    if (process.env['BENCH_TRACE'] === '1') {
      for (const c of await capture.during(fn))
        log(`  trace ${def.name} (${def.via}): ${c.ms.toFixed(1)} ms  ${readable(c, 600)}`);
    }
  };
  const C = CASCADE_TARGET_MS;
  const R = ROLLUP_TARGET_MS;
  const D = DOCX_TARGET_MS;
  const dept = P.departmentId;

  await op({ name: 'GraphQL round trip, session only (`me`)', via: 'GraphQL', target: null }, () =>
    gql.gql(`{ me { __typename } }`),
  );
  await op({ name: 'cascade: first 20 + summary, issuer', via: 'service', target: C }, () =>
    Promise.all([cascade.list(ctx, planId, { first: 20 }), cascade.summary(ctx, planId)]),
  );
  await op({ name: 'cascade: first 20 + summary, issuer', via: 'GraphQL', target: C }, () =>
    gql.gql(Q_CASCADE, { planId, first: 20 }),
  );
  await op({ name: 'cascade: first 20 only, issuer', via: 'service', target: null }, () =>
    cascade.list(ctx, planId, { first: 20 }),
  );
  await op({ name: 'cascade: summary only, issuer', via: 'service', target: null }, () =>
    cascade.summary(ctx, planId),
  );
  await op({ name: 'cascade: first 20 + summary, Sở', via: 'service', target: C }, () =>
    Promise.all([
      cascade.list(ctx, planId, { first: 20, underUnitId: dept }),
      cascade.summary(ctx, planId, dept),
    ]),
  );
  await op({ name: 'cascade: first 20 + summary, Sở', via: 'GraphQL', target: C }, () =>
    gql.gql(Q_CASCADE, { planId, first: 20, underUnitId: dept }),
  );
  await op({ name: 'registration roll-up: by root', via: 'service', target: R }, () =>
    registrations.summary(ctx, planId, null),
  );
  await op({ name: 'registration roll-up: by root', via: 'GraphQL', target: R }, () =>
    gql.gql(Q_REGISTRATIONS, { planId }),
  );
  await op({ name: 'registration roll-up: UBND tỉnh', via: 'service', target: R }, () =>
    registrations.summary(ctx, planId, P.provinceId),
  );
  await op({ name: 'registration roll-up: UBND tỉnh', via: 'GraphQL', target: R }, () =>
    gql.gql(Q_REGISTRATIONS, { planId, underUnitId: P.provinceId }),
  );
  await op({ name: 'registration roll-up: Sở (mid level)', via: 'service', target: R }, () =>
    registrations.summary(ctx, planId, dept),
  );
  await op({ name: 'registration roll-up: Sở (mid level)', via: 'GraphQL', target: R }, () =>
    gql.gql(Q_REGISTRATIONS, { planId, underUnitId: dept }),
  );
  const docxBytes = { draft: 0, issued: 0, builder: 0 };
  await op({ name: '.docx: draft (built live)', via: 'REST', target: D }, async () => {
    docxBytes.draft = (await gql.get(`/api/campaign-plans/${draftId}/document.docx`)).length;
  });
  await op({ name: '.docx: issued plan (kept bytes)', via: 'REST', target: D }, async () => {
    docxBytes.issued = (await gql.get(`/api/campaign-plans/${planId}/document.docx`)).length;
  });
  await op(
    { name: '.docx: buildPlanDocx, Bắc Kạn fixture', via: 'builder', target: D },
    async () => {
      docxBytes.builder = (await buildPlanDocx(bacKanOfficePlan)).length;
    },
  );
  log(
    `.docx sizes: draft ${docxBytes.draft} B, issued ${docxBytes.issued} B, Bắc Kạn ${docxBytes.builder} B`,
  );

  // ---------------------------------------------------------------------------------------------
  // why: the statements of each missed operation, and the plan of its slowest read
  if (process.env['BENCH_EXPLAIN'] !== '0') {
    const missedOps = results.filter((r) => r.target !== null && median(r.samples) >= r.target);
    const explained = new Set<string>();
    for (const r of missedOps) {
      const statements = await capture.during(replay.get(r) as () => Promise<unknown>);
      const total = statements.reduce((a, c) => a + c.ms, 0);
      log();
      log(
        `why: ${r.name} (${r.via}) — ${statements.length} statements, ${total.toFixed(1)} ms in the database; slowest:`,
      );
      for (const c of statements.slice(0, 3))
        log(`  ${c.ms.toFixed(1).padStart(8)} ms  ${readable(c, 400)}`);
      const slowest = statements[0];
      if (!slowest || explained.has(slowest.sql)) continue;
      explained.add(slowest.sql);
      const plan = await capture.explain(slowest);
      if (plan)
        log(
          plan
            .split('\n')
            .map((l) => `    | ${l.length > 240 ? `${l.slice(0, 240)}…` : l}`)
            .join('\n'),
        );
    }
  }

  // ---------------------------------------------------------------------------------------------
  // 100 PDFs as one job (renderCampaignPlanDocuments, then job(id) until it ends)
  let pdfLine: string;
  if (process.env['BENCH_PDF'] === '0') {
    pdfLine = 'PDF batch: skipped (BENCH_PDF=0)';
  } else if (!pdfAvailable) {
    pdfLine = 'PDF batch: skipped — LibreOffice (soffice) is not installed here (not a failure)';
  } else {
    const ids = drafts.slice(0, PDF_PLANS);
    log();
    log(`PDF batch: ${ids.length} drafts through renderCampaignPlanDocuments, job(id) polled`);
    const t0 = performance.now();
    const { renderCampaignPlanDocuments: batch } = await gql.gql<{
      renderCampaignPlanDocuments: { job: { id: string } };
    }>(
      `mutation($input: RenderCampaignPlanDocumentsInput!) { renderCampaignPlanDocuments(input: $input) { job { id } } }`,
      { input: { planIds: ids } },
    );
    const jobId = batch.job.id;
    let job: JobState;
    let shown = -1;
    for (;;) {
      ({ job } = await gql.gql<{ job: JobState }>(
        `query($id: ID!) { job(id: $id) { id status progress total message error } }`,
        { id: jobId },
      ));
      if (['SUCCEEDED', 'FAILED', 'CANCELLED'].includes(job.status)) break;
      const tenth = job.total ? Math.floor((job.progress / job.total) * 10) : 0;
      if (tenth !== shown) {
        shown = tenth;
        log(
          `  job ${job.status.toLowerCase()}: ${job.progress}/${job.total} after ${((performance.now() - t0) / 1000).toFixed(1)} s`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    const seconds = (performance.now() - t0) / 1000;
    if (job.status !== 'SUCCEEDED')
      fail(`PDF job ${job.status}: ${job.error ?? job.message ?? ''}`);
    const { campaignDocumentBatch } = await gql.gql<{
      campaignDocumentBatch: { items: { status: string; durationMs: number | null }[] };
    }>(`query($id: ID!) { campaignDocumentBatch(jobId: $id) { items { status durationMs } } }`, {
      id: jobId,
    });
    const items = campaignDocumentBatch.items;
    const done = items.filter((i) => i.status === 'DONE');
    const each = done.map((i) => i.durationMs ?? 0);
    if (done.length !== ids.length) fail(`PDF job: ${done.length} of ${ids.length} done`);
    pdfLine =
      `PDF batch: ${done.length} PDFs in ${seconds.toFixed(1)} s = ${(seconds / done.length).toFixed(2)} s per document ` +
      `(wall clock, ${app.get(PdfService).workers} LibreOffice workers); each document ${(median(each) / 1000).toFixed(2)} s median, ` +
      `${(Math.max(...each) / 1000).toFixed(2)} s max (build .docx + convert + keep) — "${job.message ?? ''}"`;
  }

  // ---------------------------------------------------------------------------------------------
  log();
  log(table(results));
  log();
  log(pdfLine);
  const missed = results.filter((r) => r.target !== null && median(r.samples) >= r.target);
  log();
  log(
    `total ${((performance.now() - started) / 1000).toFixed(0)} s; load average at the end: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  await app.close();
  if (missed.length) {
    log(
      `MISSED ${missed.length} target(s): ${missed.map((r) => `${r.name} (${r.via})`).join('; ')}`,
    );
    process.exit(1);
  }
  log('all targets met');
}

main().catch((e: unknown) => {
  process.stderr.write(`bench:campaigns failed: ${(e as Error).stack ?? String(e)}\n`);
  process.exit(2);
});
