import { strFromU8, unzipSync } from 'fflate';
import { In } from 'typeorm';
import { congressBalance, todayInVietnam, type BalanceDelegate } from '@thidua/shared-domain';
import { Actor } from '../src/core/auth/actor';
import { systemContext } from '../src/core/context/request-context';
import { TransactionRunner } from '../src/core/database/transaction';
import { CampaignCovenantService } from '../src/modules/campaigns/campaign-covenant.service';
import { CampaignPlanEntity } from '../src/modules/campaigns/campaign-plan.entity';
import { CampaignReviewEntity } from '../src/modules/campaigns/campaign-review.entity';
import { CampaignReviewService } from '../src/modules/campaigns/campaign-review.service';
import { CongressEntity } from '../src/modules/campaigns/congress.entity';
import { balanceKey, CongressService } from '../src/modules/campaigns/congress.service';
import {
  DEMO_CONGRESSES,
  DEMO_PLAN_LIFECYCLE,
  DEMO_REVIEWS,
  delegatesOf,
} from '../src/seeds/demo-campaign-activity';
import { DEMO_ANSWERS } from '../src/seeds/demo-campaigns';
import { DemoLoader } from '../src/seeds/demo-loader';
import { DEMO_CLUSTERS, DEMO_PEOPLE } from '../src/seeds/demo-province';
import { startTestApp, type TestApp } from './setup/test-app';

/**
 * The demo's plans after issue (demo-campaign-activity.ts), loaded as the boot loads them, in a dry
 * run on the test database (rolled back: the demo's fixed codes never meet another test's data). What
 * the officers' screens would read: the plans' statuses, each round's collected view, the congresses'
 * delegations and balance, the giao ước's signing units, and the audit trail the services left.
 */
describe('demo province: what followed the plans’ issue', () => {
  jest.setTimeout(180_000);
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('runs, reviews and closes plans, holds the congresses and records a giao ước, through the services', async () => {
    const run = t.app.get(TransactionRunner);
    const ctx = systemContext(Actor.system('Kiểm thử dữ liệu mẫu'));
    const reviews = t.app.get(CampaignReviewService);
    const congresses = t.app.get(CongressService);
    const covenants = t.app.get(CampaignCovenantService);
    const today = todayInVietnam();

    const loaded = await run.dryRun(ctx, async (tx) => {
      const summary = await t.app.get(DemoLoader).load(tx);
      const c = summary.campaigns;
      const seedId = (s: string) => c.plans.find((p) => p.seed === s)!.id;
      const status = async (id: string) =>
        (await tx.em.findOneByOrFail(CampaignPlanEntity, { id })).status;

      const seeds: Record<string, string> = {};
      for (const p of c.plans) seeds[p.seed] = await status(p.id);
      const answers: Record<string, string> = {};
      for (const [i, a] of c.answers.entries())
        answers[DEMO_ANSWERS[i]!.issuer] = await status(a.id);

      const rounds: Record<string, unknown> = {};
      for (const [seed, kind] of [
        ['000', 'MIDTERM'],
        ['000', 'FINAL'],
        ['002', 'MIDTERM'],
        ['001', 'FINAL'],
      ] as const)
        rounds[`${seed} ${kind}`] = await reviews.summary(ctx, seedId(seed), kind);

      const rows = await tx.em.findBy(CampaignReviewEntity, {
        id: In(c.reviews.map((r) => r.id)),
      });
      const attached = rows.find((r) => r.attachments.length)!;
      const file = await reviews.attachment(ctx, attached.id, attached.attachments[0]!.sha256);

      const held = await tx.em.findBy(CongressEntity, { planId: seedId('003') });
      const province = held.find((x) => x.level === 'PROVINCE')!;
      const [facts] = Array.from(
        await congresses.balanceFactsOf.batch([balanceKey(province.id, true)]),
      );
      const provinceFacts = facts as Exclude<typeof facts, Error>;
      const ownCounts: Record<string, number> = {};
      for (const x of held) {
        const n: { n: number; up: number }[] = await tx.em.query(
          `SELECT count(*)::int AS n, count(*) FILTER (WHERE to_upper)::int AS up
             FROM congress_delegates WHERE congress_id = $1`,
          [x.id],
        );
        ownCounts[x.name] = n[0]!.n;
        ownCounts[`${x.name} ↑`] = n[0]!.up;
      }

      const [members] = Array.from(await covenants.memberIdsOf.batch([c.covenants[0]!.id]));
      const memberCodes: { code: string }[] = await tx.em.query(
        `SELECT code FROM units WHERE id = ANY($1::uuid[]) ORDER BY code`,
        [members],
      );
      const audit: { operation: string; n: number }[] = await tx.em.query(
        `SELECT operation, count(*)::int AS n FROM audit_log
          WHERE operation IN ('campaignPlan.close', 'campaignReview.submit', 'campaignReview.return',
                              'congress.hold', 'congress.delegatesToUpper', 'campaignCovenant.create')
            AND entity_id::text = ANY($1::text[])
          GROUP BY operation ORDER BY operation`,
        [
          [
            ...c.plans.map((p) => p.id),
            ...c.answers.map((a) => a.id),
            ...c.reviews.map((r) => r.id),
            ...held.map((x) => x.id),
            ...c.covenants.map((x) => x.id),
          ],
        ],
      );
      return {
        summary: c,
        seeds,
        answers,
        rounds,
        attached: { review: attached, file },
        held,
        provinceFacts,
        ownCounts,
        memberCodes: memberCodes.map((m) => m.code),
        audit,
      };
    });

    // ── lifecycle: each plan where its spec leaves it, in the database and in the summary ─────────
    expect(loaded.seeds).toEqual({
      '000': 'CLOSED',
      '001': 'FINAL_REVIEW',
      '002': 'MIDTERM_REVIEW',
      '003': 'RUNNING',
    });
    expect(loaded.answers).toEqual({
      'VLG-DU-UBND': 'CLOSED',
      'VLG-DU-X-PHUTHUAN': 'CLOSED',
      'VLG-SNV': 'RUNNING',
      'VLG-P-PHUKHUONG': 'RUNNING',
      'VLG-X-PHUTHUAN': 'RUNNING',
      'VLG-SYT': 'ISSUED',
      'VLG-P-ANHOI': 'RUNNING',
    });
    for (const l of DEMO_PLAN_LIFECYCLE) {
      const status =
        typeof l.plan === 'string'
          ? loaded.seeds[l.plan]
          : loaded.answers[(l.plan as { answerBy: string }).answerBy];
      expect(status).toBe(l.status);
    }
    expect(loaded.summary.plans.map((p) => p.status)).toEqual([
      'CLOSED',
      'MIDTERM_REVIEW',
      'RUNNING',
      'FINAL_REVIEW',
    ]);

    // ── reports: the issuer's collected view of each round ──────────────────────────────────────
    // late = sent after the round's deadline, counted on the day the loader sends it (today)
    const lateBy = (deadline: string | null) => !!deadline && today > deadline;
    expect(loaded.rounds['000 MIDTERM']).toMatchObject({
      deadline: '2025-01-17',
      addressed: 3,
      submitted: 2,
      late: lateBy('2025-01-17') ? 2 : 0,
      returned: 0,
      drafts: 1,
      missing: 1,
      overdue: true,
    });
    expect(loaded.rounds['000 FINAL']).toMatchObject({
      deadline: '2026-01-17',
      addressed: 3,
      submitted: 3,
      missing: 0,
    });
    // Hải Dương's plan names no sơ kết day: no deadline, every report sent counts on time
    expect(loaded.rounds['002 MIDTERM']).toMatchObject({
      deadline: null,
      addressed: 3,
      submitted: 2,
      onTime: 2,
      late: 0,
      drafts: 0,
      missing: 1,
      overdue: false,
    });
    expect(loaded.rounds['001 FINAL']).toMatchObject({
      deadline: '2026-09-30',
      addressed: 7,
      submitted: 4,
      late: lateBy('2026-09-30') ? 4 : 0,
      returned: 1,
      drafts: 1,
      missing: 3,
    });
    expect(loaded.summary.reviews.map((r) => [r.unit, r.kind, r.status])).toEqual(
      DEMO_REVIEWS.map((r) => [r.unit, r.kind, r.status]),
    );
    const returned = loaded.summary.reviews.find((r) => r.status === 'RETURNED')!;
    expect(returned.unit).toBe('VLG-VP-KT');
    // figures against the plan's targets, and the attached Word file, readable through the report
    const duUbnd = loaded.summary.reviews.find(
      (r) => r.unit === 'VLG-DU-UBND' && r.kind === 'FINAL',
    )!;
    expect(duUbnd.attachments).toBe(1);
    expect(loaded.attached.file.mediaType).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    const xml = strFromU8(unzipSync(loaded.attached.file.bytes)['word/document.xml']!);
    expect(xml).toMatch(/BÁO CÁO/);
    expect(loaded.attached.review.report).toMatch(
      /^Thực hiện Kế hoạch số 01-KH\/TU ngày 25\/1\/2024/,
    );

    // ── congresses: five held, by level, each lower one's list sent to the province's ───────────
    expect(loaded.held.map((x) => [x.level, x.status]).sort()).toEqual(
      [
        ['CLUSTER', 'HELD'],
        ['CLUSTER', 'HELD'],
        ['COMMUNE', 'HELD'],
        ['COMMUNE', 'HELD'],
        ['PROVINCE', 'HELD'],
      ].sort(),
    );
    const province = loaded.held.find((x) => x.level === 'PROVINCE')!;
    expect(province).toMatchObject({ windowFrom: '2025-10-01', windowTo: '2025-12-31' });
    for (const x of loaded.held.filter((h) => h.level !== 'PROVINCE'))
      expect(x.upperCongressId).toBe(province.id);
    for (const spec of DEMO_CONGRESSES) {
      const list = delegatesOf(spec);
      expect(loaded.ownCounts[spec.name]).toBe(list.length);
      expect(loaded.ownCounts[`${spec.name} ↑`]).toBe(
        spec.upper ? list.filter((d) => d.toUpper).length : 0,
      );
      expect(loaded.held.find((x) => x.name === spec.name)!.heldOn).toBe(spec.heldOn);
    }

    // the province's balance over its own and the lower lists' elected delegates, as computed from the
    // demo's people: the service read what the demo entered
    const expected = DEMO_CONGRESSES.flatMap((spec) =>
      delegatesOf(spec).filter((d) => !spec.upper || d.toUpper),
    );
    expect(loaded.provinceFacts.length).toBe(expected.length);
    const asBalance = (code: string, d: (typeof expected)[number]): BalanceDelegate => {
      const p = DEMO_PEOPLE.find((x) => x.code === code)!;
      return {
        sex: p.sex,
        dateOfBirth: p.dateOfBirth,
        ethnicity: p.ethnicity,
        religion: p.religion,
        partyMember: p.partyMember,
        staffCategory: p.positions.find((x) => !x.endedOn)!.staffCategory,
        directWorker: d.directWorker,
        sector: d.sector,
      };
    };
    const want = congressBalance(
      expected.map((d) => asBalance(d.person, d)),
      DEMO_CONGRESSES[0]!.requirements,
      '2025-12-12',
    );
    const got = congresses.balance(province, loaded.provinceFacts);
    expect(got.lines.map((l) => [l.label, l.actual, l.total])).toEqual(
      want.lines.map((l) => [l.label, l.actual, l.total]),
    );
    expect(got.total).toBe(expected.length);
    // women, the young, Khmer and Hoa, direct workers are all represented in the demo's delegation
    const actual = (criterion: string) => got.lines.find((l) => l.criterion === criterion)!.actual;
    for (const criterion of ['FEMALE', 'YOUTH', 'ETHNIC_MINORITY', 'DIRECT_WORKER', 'NON_PARTY'])
      expect(actual(criterion)).toBeGreaterThan(0);
    expect(got).toMatchObject({ met: true, summary: 'Cơ cấu đại biểu đạt cả 9 yêu cầu.' });

    // ── giao ước: the khối's members on the day of the launch conference ─────────────────────────
    const khoi = DEMO_CLUSTERS.find((k) => k.code === 'KHOI-03')!;
    expect(loaded.memberCodes).toEqual(
      khoi.members
        .filter((m) => m.joinedOn <= '2024-02-15')
        .map((m) => m.unit)
        .sort(),
    );
    expect(loaded.summary.covenants).toEqual([
      { id: expect.any(String), plan: '000', cluster: 'KHOI-03' },
    ]);

    // ── through the services: each step left its audit row ───────────────────────────────────────
    expect(Object.fromEntries(loaded.audit.map((a) => [a.operation, a.n]))).toEqual({
      'campaignCovenant.create': 1,
      'campaignPlan.close': 3,
      'campaignReview.return': 1,
      'campaignReview.submit': DEMO_REVIEWS.filter((r) => r.status !== 'DRAFT').length,
      'congress.delegatesToUpper': 4,
      'congress.hold': 5,
    });

    // rolled back: nothing of the demo is left in the test database
    const left = await t.db.query(`SELECT count(*)::int AS n FROM units WHERE code = 'VLG-DU-SXD'`);
    expect(left[0].n).toBe(0);
  });
});
