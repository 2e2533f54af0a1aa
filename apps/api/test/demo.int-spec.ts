import { strFromU8, unzipSync } from 'fflate';
import { In } from 'typeorm';
import { buildPlanDocx } from '@thidua/documents';
import {
  DOSSIER_STATUSES,
  campaignAddresseeStatus,
  congressBalance,
  dossierMissingDocuments,
  isIssuedStatus,
  todayInVietnam,
  verifyBundle,
  type BalanceDelegate,
  type BallotBundle,
  type DossierStatus,
} from '@thidua/shared-domain';
import { Actor } from '../src/core/auth/actor';
import { systemContext } from '../src/core/context/request-context';
import { TransactionRunner, type Tx } from '../src/core/database/transaction';
import { JobEntity } from '../src/core/jobs/job.entity';
import { AwardDossierEventEntity } from '../src/modules/awards/award-dossier-event.entity';
import {
  AwardDossierDocumentEntity,
  AwardDossierEntity,
  AwardNominationEntity,
} from '../src/modules/awards/award-dossier.entity';
import { AwardDossierService } from '../src/modules/awards/award-dossier.service';
import { initiativeReference } from '../src/modules/awards/award-eligibility';
import {
  AwardNoticeCommentEntity,
  AwardPublicNoticeEntity,
} from '../src/modules/awards/award-notice.entity';
import { AwardRoundEntity } from '../src/modules/awards/award-round.entity';
import { CalendarService } from '../src/modules/calendar/calendar.service';
import { CampaignAddresseeEntity } from '../src/modules/campaigns/campaign-addressee.entity';
import { CampaignCovenantService } from '../src/modules/campaigns/campaign-covenant.service';
import { CampaignDocuments } from '../src/modules/campaigns/campaign-document';
import { CampaignPlanEntity } from '../src/modules/campaigns/campaign-plan.entity';
import { CampaignRegistrationEntity } from '../src/modules/campaigns/campaign-registration.entity';
import { CampaignReviewEntity } from '../src/modules/campaigns/campaign-review.entity';
import { CampaignReviewService } from '../src/modules/campaigns/campaign-review.service';
import { CongressEntity } from '../src/modules/campaigns/congress.entity';
import { balanceKey, CongressService } from '../src/modules/campaigns/congress.service';
import {
  CouncilSessionEntity,
  CouncilSessionGuestEntity,
  CouncilSessionMemberEntity,
} from '../src/modules/councils/council-session.entity';
import {
  CouncilPaperEntryEntity,
  CouncilVotingRoundEntity,
} from '../src/modules/councils/council-voting.entity';
import { CouncilVotingService } from '../src/modules/councils/council-voting.service';
import { CouncilEntity, CouncilMemberEntity } from '../src/modules/councils/council.entity';
import {
  AwardDecisionEntity,
  AwardDecisionRecipientEntity,
} from '../src/modules/decisions/award-decision.entity';
import { AwardRecordEntity } from '../src/modules/records/award-record.entity';
import { InitiativeEntity } from '../src/modules/records/initiative.entity';
import { DEMO_AWARD_ROUNDS, DEMO_DOSSIERS } from '../src/seeds/demo-awards';
import {
  DEMO_CONGRESSES,
  DEMO_PLAN_LIFECYCLE,
  DEMO_REVIEWS,
  delegatesOf,
} from '../src/seeds/demo-campaign-activity';
import { DEMO_ANSWERS, DEMO_CAMPAIGNS, DEMO_REGISTRATIONS } from '../src/seeds/demo-campaigns';
import { DEMO_COUNCILS, DEMO_DECISIONS, DEMO_SESSIONS } from '../src/seeds/demo-councils';
import { DemoCouncilsLoader } from '../src/seeds/demo-councils.loader';
import { DemoLoader, type DemoSummary } from '../src/seeds/demo-loader';
import { DEMO_CLUSTERS, DEMO_PEOPLE } from '../src/seeds/demo-province';
import { startTestApp, type TestApp } from './setup/test-app';
import { docxParagraphs } from '../src/testing/docx-paragraphs';

/*
 * The demo province, loaded ONCE as the boot loads it (BootService → DemoLoader, one transaction), in a
 * dry run on the test database (rolled back: the demo's fixed codes "VLG"… never meet another test's
 * data). The load takes half a minute or more, so the four parts below (the seed plans, what followed
 * their issue, the award rounds and dossiers, the councils and decisions) do not each load their own:
 * each part's collect function reads what it checks from the one transaction, the same `tx` and
 * `summary`, and its describe asserts on what was collected.
 */
jest.setTimeout(600_000);

let t: TestApp;
let demo: {
  campaigns: Awaited<ReturnType<typeof collectCampaigns>>;
  activity: Awaited<ReturnType<typeof collectCampaignActivity>>;
  awards: Awaited<ReturnType<typeof collectAwards>>;
  councils: Awaited<ReturnType<typeof collectCouncils>>;
};

beforeAll(async () => {
  t = await startTestApp();
  const run = t.app.get(TransactionRunner);
  const ctx = systemContext(Actor.system('Kiểm thử dữ liệu mẫu'));
  // what the councils add to the demo's boot: their loader's own time
  const councilsLoader = t.app.get(DemoCouncilsLoader);
  const load = councilsLoader.load.bind(councilsLoader);
  let councilsSeconds = 0;
  jest.spyOn(councilsLoader, 'load').mockImplementation(async (tx, refs) => {
    const started = Date.now();
    try {
      return await load(tx, refs);
    } finally {
      councilsSeconds = (Date.now() - started) / 1000;
    }
  });
  const started = Date.now();

  let seconds = 0;
  demo = await run.dryRun(ctx, async (tx) => {
    const summary = await t.app.get(DemoLoader).load(tx);
    seconds = (Date.now() - started) / 1000;
    return {
      campaigns: await collectCampaigns(tx, summary, t),
      activity: await collectCampaignActivity(tx, summary, t),
      awards: await collectAwards(tx, summary, t),
      councils: await collectCouncils(tx, summary, t),
    };
  });
  // the boot's growth, for the record: the councils' share of the demo's one transaction
  // eslint-disable-next-line no-console
  console.log(
    `demo load: ${seconds.toFixed(1)} s, of which councils ${councilsSeconds.toFixed(1)} s`,
  );
});
afterAll(() => t.close());

// ── the four seed plans (demo-campaigns.ts) ─────────────────────────────────────────────────────────

/** The seed plans and their answers as stored and as printed, their addressees, the office's registrations. */
async function collectCampaigns(tx: Tx, summary: DemoSummary, t: TestApp) {
  const plans = [];
  for (const p of summary.campaigns.plans) {
    const plan = await tx.em.findOneByOrFail(CampaignPlanEntity, { id: p.id });
    const doc = await t.app.get(CampaignDocuments).planDocument(plan);
    const text = docxParagraphs(await buildPlanDocx(doc));
    plans.push({ seed: p.seed, plan, text });
  }
  // who has acted on each plan: the addressees' statuses today, by seed
  const today = todayInVietnam();
  const cascade: Record<string, Record<string, number>> = {};
  for (const p of summary.campaigns.plans) {
    const rows = await tx.em.findBy(CampaignAddresseeEntity, { planId: p.id });
    const counts: Record<string, number> = {};
    for (const r of rows) {
      const status = campaignAddresseeStatus(r, today);
      counts[status] = (counts[status] ?? 0) + 1;
    }
    cascade[p.seed] = counts;
  }
  const answers = [];
  for (const a of summary.campaigns.answers) {
    const plan = await tx.em.findOneByOrFail(CampaignPlanEntity, { id: a.id });
    const doc = await t.app.get(CampaignDocuments).planDocument(plan);
    answers.push({ plan, text: docxParagraphs(await buildPlanDocx(doc)).join('\n') });
  }
  const office = summary.campaigns.plans.find((p) => p.seed === '001')!;
  const registrations = await tx.em.find(CampaignRegistrationEntity, {
    where: { planId: office.id },
    order: { registrantName: 'ASC' },
  });
  const unitCodes = new Map<string, string>(
    (
      await tx.em.query(`SELECT id, code FROM units WHERE id = ANY($1::uuid[])`, [
        registrations.map((r) => r.unitId),
      ])
    ).map((u: { id: string; code: string }) => [u.id, u.code]),
  );
  return {
    legalDocuments: summary.campaigns.legalDocuments,
    plans,
    cascade,
    answers,
    registrations: registrations.map((r) => ({
      unit: unitCodes.get(r.unitId),
      kind: r.kind,
      status: r.status,
    })),
  };
}

/**
 * The demo province as the boot loads it (BootService → DemoLoader, one transaction), here in a dry run
 * on the test database: the four seed plans come out issued, numbered by their issuers' registers, and
 * print with their own căn cứ, title and signer. The dry run rolls everything back, so the demo's fixed
 * codes ("VLG"…) never meet another test's data.
 */
describe('demo province: the four seed plans', () => {
  it('are loaded issued with register numbers, and print as their seeds', async () => {
    const loaded = demo.campaigns;

    expect(loaded.legalDocuments).toBe(4);
    expect(loaded.plans.map((p) => [p.seed, p.plan.symbol])).toEqual([
      ['000', '01-KH/TU'],
      ['002', '01-KH/ĐU'],
      ['003', '01/KH-UBND'],
      ['001', '01/KH-VP'],
    ]);
    for (const { seed, plan, text } of loaded.plans) {
      const spec = DEMO_CAMPAIGNS.find((c) => c.seed === seed)!;
      expect(isIssuedStatus(plan.status)).toBe(true);
      expect(plan).toMatchObject({
        title: spec.title,
        issuedOn: spec.issue.issuedOn,
        issuePlace: 'Vĩnh Long',
        periodFrom: spec.periodFrom,
        periodTo: spec.periodTo,
      });
      expect(plan.signer?.name).toBe(spec.issue.signer.name);
      expect(plan.content.sections.map((s) => s.title)).toEqual(
        spec.content.sections.map((s) => s.title),
      );
      // the printed kế hoạch: its number, its căn cứ from the registry, title and signer
      const body = text.join('\n');
      expect(text).toContain('KẾ HOẠCH');
      expect(text).toContain(spec.title);
      expect(body).toContain(plan.symbol!);
      for (const b of spec.bases)
        expect(body).toContain(`số ${'local' in b ? b.local : b.national}`);
      expect(text).toContain(spec.issue.signer.name);
    }

    // the cascade: Thái Bình's units of the cụm, khối (deadline 15/8/2025) three on time, two late, the
    // rest overdue; Bến Tre's đảng ủy (no deadline) two answered; the others' addressees still to act
    expect(loaded.cascade).toEqual({
      '000': { ANSWERED: 2, PENDING: 1 },
      '001': { PENDING: 7 },
      '002': { PENDING: 3 },
      '003': { ANSWERED: 3, ANSWERED_LATE: 2, OVERDUE: 25 },
    });
    expect(loaded.answers.map((a) => a.plan.symbol)).toEqual([
      '01-KH/ĐU',
      '01-KH/ĐU',
      '01/KH-SNV',
      '01/KH-UBND',
      '01/KH-UBND',
      '01/KH-SYT',
      '01/KH-UBND',
    ]);
    for (const a of loaded.answers) {
      expect(isIssuedStatus(a.plan.status)).toBe(true);
      expect(a.plan.respondsToPlanId).toBe(
        loaded.plans.find((p) => p.seed === (a.plan.issuedOn! < '2025-01-01' ? '000' : '003'))!.plan
          .id,
      );
    }
    expect(loaded.answers[2]!.text).toContain(
      'Thực hiện Kế hoạch số 01/KH-UBND ngày 21/7/2025 của Ủy ban nhân dân tỉnh',
    );
    expect(loaded.answers[0]!.text).toContain('Thực hiện Kế hoạch số 01-KH/TU ngày 25/1/2024');

    // registrations for the office's plan: each phòng as far as its registration went
    const byUnit = new Map(
      loaded.registrations.filter((r) => r.kind === 'UNIT').map((r) => [r.unit, r.status]),
    );
    expect(Object.fromEntries(byUnit)).toEqual(
      Object.fromEntries(DEMO_REGISTRATIONS.map((r) => [r.unit, r.status])),
    );
    expect(loaded.registrations.filter((r) => r.kind === 'PERSON')).toEqual(
      expect.arrayContaining([
        { unit: 'VLG-VP-TH', kind: 'PERSON', status: 'APPROVED' },
        { unit: 'VLG-VP-HCTC', kind: 'PERSON', status: 'SUBMITTED' },
      ]),
    );
    expect(loaded.registrations.length).toBe(
      DEMO_REGISTRATIONS.reduce((n, r) => n + 1 + r.people.length, 0),
    );

    // rolled back: the demo left nothing in the test database
    const left = await t.db.query(`SELECT count(*)::int AS n FROM units WHERE code = 'VLG-DU-SXD'`);
    expect(left[0].n).toBe(0);
  });
});

// ── what followed the plans' issue (demo-campaign-activity.ts) ──────────────────────────────────────

/** The plans' statuses, each round's collected view, the congresses, the giao ước's members, the audit. */
async function collectCampaignActivity(tx: Tx, summary: DemoSummary, t: TestApp) {
  const { ctx } = tx;
  const reviews = t.app.get(CampaignReviewService);
  const congresses = t.app.get(CongressService);
  const covenants = t.app.get(CampaignCovenantService);

  const c = summary.campaigns;
  const seedId = (s: string) => c.plans.find((p) => p.seed === s)!.id;
  const status = async (id: string) =>
    (await tx.em.findOneByOrFail(CampaignPlanEntity, { id })).status;

  const seeds: Record<string, string> = {};
  for (const p of c.plans) seeds[p.seed] = await status(p.id);
  const answers: Record<string, string> = {};
  for (const [i, a] of c.answers.entries()) answers[DEMO_ANSWERS[i]!.issuer] = await status(a.id);

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
}

/**
 * The demo's plans after issue (demo-campaign-activity.ts). What the officers' screens would read:
 * the plans' statuses, each round's collected view, the congresses' delegations and balance, the
 * giao ước's signing units, and the audit trail the services left.
 */
describe('demo province: what followed the plans’ issue', () => {
  it('runs, reviews and closes plans, holds the congresses and records a giao ước, through the services', async () => {
    const congresses = t.app.get(CongressService);
    const today = todayInVietnam();
    const loaded = demo.activity;

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

// ── award rounds and dossiers (demo-awards.ts) ──────────────────────────────────────────────────────

/** The rounds, dossiers, nominees, documents, events, initiatives, a report's file, notices, audit. */
async function collectAwards(tx: Tx, summary: DemoSummary, t: TestApp) {
  const { ctx } = tx;
  const dossierService = t.app.get(AwardDossierService);

  const a = summary.awards;
  const ids = a.dossiers.map((d) => d.id);
  const rounds = await tx.em.findBy(AwardRoundEntity, { id: In(a.rounds.map((r) => r.id)) });
  const dossiers = await tx.em.findBy(AwardDossierEntity, { id: In(ids) });
  const nominees = await tx.em.findBy(AwardNominationEntity, { dossierId: In(ids) });
  const documents = await tx.em.findBy(AwardDossierDocumentEntity, { dossierId: In(ids) });
  const events = await tx.em.find(AwardDossierEventEntity, {
    where: { dossierId: In(ids) },
    // one transaction: the events share its timestamp, the dossier's version orders them
    order: { dossierVersion: 'ASC' },
  });
  const initiatives = await tx.em.findBy(InitiativeEntity, {
    id: In([...new Set(nominees.flatMap((n) => n.initiativeIds))]),
  });
  const report = documents.find((d) => d.kind === 'BAO_CAO_THANH_TICH' && d.fileSha256)!;
  const file = await dossierService.documentFile(ctx, report.dossierId, report.id);
  const audit: { operation: string; n: number }[] = await tx.em.query(
    `SELECT operation, count(*)::int AS n FROM audit_log
      WHERE operation LIKE 'award%' AND entity_id::text = ANY($1::text[])
      GROUP BY operation ORDER BY operation`,
    [[...ids, ...a.rounds.map((r) => r.id), ...a.notices.map((n) => n.id)]],
  );
  const planId = summary.campaigns.plans.find((p) => p.seed === '001')!.id;
  const notices = await tx.em.findBy(AwardPublicNoticeEntity, {
    id: In(a.notices.map((n) => n.id)),
  });
  const comments = await tx.em.findBy(AwardNoticeCommentEntity, {
    noticeId: In(a.notices.map((n) => n.id)),
  });
  return {
    a,
    planId,
    notices,
    comments,
    rounds,
    dossiers,
    nominees,
    documents,
    events,
    initiatives,
    file,
    audit,
  };
}

/**
 * The demo's award rounds and dossiers (demo-awards.ts). What the officers' screens would read: a
 * dossier at every status the routing reaches, the return's reason and remarks, the resend's "what
 * changed", the eligibility verdicts with their reasons (the hold, the used sáng kiến), the đề tài
 * locked by the send, the escalation, the files, and the audit trail.
 */
describe('demo province: award rounds and dossiers', () => {
  it('opens the rounds and routes the dossiers through the awards services', async () => {
    const calendar = t.app.get(CalendarService);
    const today = todayInVietnam();
    const loaded = demo.awards;

    const { a } = loaded;
    const byKey = (key: string) => {
      const s = a.dossiers.find((d) => d.key === key)!;
      const row = loaded.dossiers.find((d) => d.id === s.id)!;
      const nominees = loaded.nominees
        .filter((n) => n.dossierId === s.id)
        .sort((x, y) => x.position - y.position);
      const events = loaded.events.filter((e) => e.dossierId === s.id);
      const documents = loaded.documents.filter((d) => d.dossierId === s.id);
      return { s, row, nominees, events, documents };
    };
    const nominee = (dossier: string, key: string) => {
      const d = byKey(dossier);
      return d.nominees[d.s.nominees.findIndex((n) => n.key === key)]!;
    };
    const roundOf = (key: string) =>
      loaded.rounds.find((r) => r.id === a.rounds.find((x) => x.key === key)!.id)!;

    // ── rounds: the office's from its plan's award plan, the annual ones due from today ─────────
    const office = roundOf('OFFICE_2026');
    expect(office).toMatchObject({
      kind: 'CAMPAIGN',
      track: 'PHONG_TRAO',
      deadline: '2026-10-01',
      awardForms: ['Giấy khen của Chánh Văn phòng', 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh'],
    });
    expect(office.campaignPlanId).toBe(loaded.planId);
    expect(office.quotas.map((q) => [q.form, q.either])).toEqual([
      ['Bằng khen của Chủ tịch UBND tỉnh', 1],
      ['Giấy khen của Chánh Văn phòng', 1],
    ]);
    for (const r of DEMO_AWARD_ROUNDS.filter((x) => x.dueInWorkingDays !== undefined)) {
      const row = roundOf(r.key);
      expect(row.deadline).toBe((await calendar.addWorkingDays(today, r.dueInWorkingDays!)).date);
      expect(row).toMatchObject({ kind: 'ANNUAL', track: 'CONG_TRANG', year: 2025 });
    }

    // ── every status the routing reaches; DECIDED is the council's ──────────────────────────────
    for (const spec of DEMO_DOSSIERS)
      expect([spec.key, byKey(spec.key).row.status]).toEqual([spec.key, spec.status]);
    const statuses = new Set(loaded.dossiers.map((d) => d.status));
    expect(statuses).toEqual(
      new Set((Object.keys(DOSSIER_STATUSES) as DossierStatus[]).filter((s) => s !== 'DECIDED')),
    );
    // sent after the office round's deadline: late; the annual rounds' sends: on time
    for (const d of a.dossiers.filter(
      (x) => loaded.dossiers.find((r) => r.id === x.id)!.firstSubmittedAt,
    ))
      expect([d.key, d.late]).toEqual([d.key, d.round === 'OFFICE_2026' && today > '2026-10-01']);

    // ── sent dossiers hold what a send needs; a draft begun with reports lists the rest ─────────
    for (const d of loaded.dossiers) {
      const missing = dossierMissingDocuments(
        loaded.rounds.find((r) => r.id === d.roundId)!.kind,
        loaded.nominees.filter((n) => n.dossierId === d.id),
        loaded.documents.filter((x) => x.dossierId === d.id),
      );
      if (d.firstSubmittedAt) expect(missing).toEqual([]);
      else expect(missing.length).toBeGreaterThan(0);
      // the signed-off reports and the tờ trình the system drafted, rendered by the send
      if (d.firstSubmittedAt && !d.originDossierId)
        expect(
          loaded.documents
            .filter((x) => x.dossierId === d.id && x.kind !== 'BIEN_BAN' && x.kind !== 'SANG_KIEN')
            .every((x) => x.generated),
        ).toBe(true);
    }
    expect(byKey('office-kt').documents.find((d) => d.kind === 'BIEN_BAN')).toMatchObject({
      fileSha256: null,
      text: expect.stringContaining('BIÊN BẢN'),
    });
    expect(loaded.file.mediaType).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(strFromU8(unzipSync(loaded.file.bytes)['word/document.xml']!)).toContain(
      'BÁO CÁO THÀNH TÍCH',
    );

    // ── returned: the reason and a remark per nominee and on the biên bản ───────────────────────
    const kgvx = byKey('office-kgvx');
    const back = kgvx.events.filter((e) => e.action === 'RETURN').at(-1)!;
    expect(back.reason).toMatch(/Mẫu số 08/);
    expect(back.remarks.map((r) => r.label)).toEqual([
      kgvx.nominees[0]!.name,
      kgvx.nominees[1]!.name,
      'Biên bản họp xét khen thưởng',
    ]);

    // ── returned, fixed and resent: the second send says what changed ───────────────────────────
    const nc = byKey('office-nc');
    expect(nc.events.map((e) => e.action)).toEqual([
      'CREATE',
      'SUBMIT',
      'RETURN',
      'SUBMIT',
      'RECEIVE',
    ]);
    const [first, second] = nc.events.filter((e) => e.action === 'SUBMIT');
    expect(first!.changes).toBeNull();
    const head = nominee('office-nc', 'nc-head');
    expect(second!.changes).toMatchObject({
      nomineesEdited: [`${head.name}: tóm tắt thành tích`],
      documentsReplaced: expect.arrayContaining([
        `Báo cáo thành tích của ${head.name}`,
        'Biên bản họp xét khen thưởng',
      ]),
    });
    expect(head.achievements).toMatch(/14\/16 vụ việc/);

    // ── appraisal: a failing nominee says why; the forwarded ones all passed ────────────────────
    expect(nominee('office-kt', 'kt-cv')).toMatchObject({ appraisalVerdict: 'FAIL' });
    expect(nominee('office-kt', 'kt-cv').appraisalRemark).toMatch(/nhiệm vụ thường xuyên/);
    for (const key of ['office-th', 'snv-own'])
      expect(byKey(key).nominees.map((n) => n.appraisalVerdict)).toEqual(
        byKey(key).nominees.map(() => 'PASS'),
      );
    expect(byKey('office-ttpvhcc').events.at(-1)).toMatchObject({
      action: 'WITHDRAW',
      reason: expect.stringContaining('tổng kết công tác năm 2026'),
    });

    // ── eligibility by the real check: eligible, not eligible with why, the hold ────────────────
    expect(nominee('snv-own', 'snv-detai').eligibility?.verdict).toBe('ELIGIBLE');
    expect(nominee('province-snv', 'snv').eligibility?.verdict).toBe('ELIGIBLE');
    const unmet = (dossier: string, key: string) =>
      (nominee(dossier, key).eligibility?.result?.checks ?? []).filter((c) => c.met === false);
    expect(nominee('snv-tcbc', 'tcbc-cv').eligibility?.verdict).toBe('NOT_ELIGIBLE');
    expect(
      unmet('snv-tcbc', 'tcbc-cv')
        .map((c) => c.label)
        .join(' '),
    ).toMatch(/năm 2025 chưa có “Lao động tiên tiến”/);
    expect(nominee('province-snv', 'snv-held').eligibility?.verdict).toBe('NOT_ELIGIBLE');
    const hold = unmet('province-snv', 'snv-held').find((c) => c.code === 'HOLD')!;
    expect(hold.label).toMatch(/18\/TB-SNV/);
    expect(nominee('province-snv', 'snv-director').eligibility?.verdict).toBe('NOT_ELIGIBLE');

    // ── the đề tài locked by the Sở's send; the sáng kiến used in 2024 kept its use ─────────────
    const detai = loaded.initiatives.find((i) => i.kind === 'DE_TAI')!;
    expect(nominee('snv-own', 'snv-detai').initiativeIds).toEqual([detai.id]);
    expect(detai.usedByReference).toBe(initiativeReference(byKey('snv-own').row.id));
    const used = loaded.initiatives.find((i) => i.kind === 'SANG_KIEN')!;
    expect(nominee('province-snv', 'snv-director').initiativeIds).toEqual([used.id]);
    expect(used.usedByReference).toBe('Tờ trình số 02/TTr-SNV');

    // ── đề nghị cấp trên: Văn phòng Sở's dossier of the province's round ────────────────────────
    const up = byKey('snv-vp-up');
    expect(up.row).toMatchObject({ status: 'DRAFT', originDossierId: byKey('snv-own').row.id });
    expect(up.nominees).toHaveLength(1);
    expect(up.nominees[0]).toMatchObject({
      originNominationId: nominee('snv-own', 'snv-detai').id,
      awardCode: 'BANG_KHEN_TINH',
    });
    expect(up.documents.every((d) => d.originDocumentId !== null)).toBe(true);
    expect(up.documents.map((d) => d.kind).sort()).toEqual([
      'BAO_CAO_THANH_TICH',
      'OTHER',
      'SANG_KIEN',
    ]);
    expect(up.events.map((e) => e.action)).toEqual(['CREATE', 'ESCALATE']);

    // ── công khai: the Sở's draft list running from today, a comment on the held person waiting ──
    const [notice] = loaded.notices;
    expect(loaded.notices).toHaveLength(1);
    expect(notice).toMatchObject({
      dossierId: byKey('province-snv').row.id,
      status: 'OPEN',
      startsOn: today,
    });
    expect(notice!.endsOn > today).toBe(true);
    expect(notice!.nominees.map((x) => x.name)).toEqual(
      byKey('province-snv').nominees.map((n) => n.name),
    );
    const held = nominee('province-snv', 'snv-held');
    expect(loaded.comments).toHaveLength(1);
    expect(loaded.comments[0]).toMatchObject({
      kind: 'GOP_Y',
      nomineeLabel: expect.stringContaining(held.name),
      outcome: null,
    });

    // ── the audit trail the services left ───────────────────────────────────────────────────────
    const audited = Object.fromEntries(loaded.audit.map((x) => [x.operation, x.n]));
    expect(audited).toMatchObject({
      'awardRound.create': 3,
      'awardDossier.create': a.dossiers.length,
      'awardDossier.submit': 9,
      'awardDossier.return': 2,
      'awardDossier.receive': 4,
      'awardDossier.appraise': 3,
      'awardDossier.forwardToCouncil': 2,
      'awardDossier.withdraw': 1,
      'awardDossier.escalate': 1,
      'awardNotice.publish': 1,
      'awardNotice.comment': 1,
    });
  });
});

// ── councils, sessions and decisions (demo-councils.ts) ─────────────────────────────────────────────

/** The councils and members, sessions, rounds, paper entries, the room round's bundle, decisions, records. */
async function collectCouncils(tx: Tx, summary: DemoSummary, t: TestApp) {
  const { ctx } = tx;
  const voting = t.app.get(CouncilVotingService, { strict: false });

  const c = summary.councils;
  const councilIds = c.councils.map((x) => x.id);
  const sessionIds = c.sessions.map((s) => s.id);
  const roundIds = c.sessions.flatMap((s) => s.roundIds);
  const decisionIds = c.decisions.map((d) => d.id);
  const room = c.sessions.find((s) => s.key === 'snv-room')!;
  const recipients = await tx.em.findBy(AwardDecisionRecipientEntity, {
    decisionId: In(decisionIds),
  });
  return {
    c,
    councils: await tx.em.findBy(CouncilEntity, { id: In(councilIds) }),
    members: await tx.em.findBy(CouncilMemberEntity, { councilId: In(councilIds) }),
    sessions: await tx.em.findBy(CouncilSessionEntity, { id: In(sessionIds) }),
    sessionMembers: await tx.em.findBy(CouncilSessionMemberEntity, {
      sessionId: In(sessionIds),
    }),
    guests: await tx.em.findBy(CouncilSessionGuestEntity, { sessionId: In(sessionIds) }),
    rounds: await tx.em.findBy(CouncilVotingRoundEntity, { id: In(roundIds) }),
    entries: await tx.em.findBy(CouncilPaperEntryEntity, { roundId: In(roundIds) }),
    bundle: await voting.bundle(ctx, room.roundIds[0]!),
    decisions: await tx.em.findBy(AwardDecisionEntity, { id: In(decisionIds) }),
    recipients,
    records: await tx.em.findBy(AwardRecordEntity, {
      id: In(recipients.flatMap((r) => (r.awardRecordId ? [r.awardRecordId] : []))),
    }),
    jobs: await tx.em.findBy(JobEntity, {
      id: In(c.decisions.map((d) => d.certificatesJobId)),
    }),
    dossiers: await tx.em.findBy(AwardDossierEntity, {
      id: In(c.dossiers.map((d) => d.id)),
    }),
  };
}

/**
 * The demo's councils, sessions and decisions (demo-councils.ts): the councils with their members,
 * both sessions tallied, the paper round's two entries agreeing, the room round's exported bundle
 * verifying, the decisions issued with their certificates queued, and the award records they wrote
 * in the people's histories.
 */
describe('demo province: councils, sessions and decisions', () => {
  it('meets, votes and decides through the councils and decisions services', async () => {
    const loaded = demo.councils;

    const { c } = loaded;
    // ── the councils with their members, one Chủ tịch and one thư ký each, two linked accounts ───
    expect(loaded.councils).toHaveLength(DEMO_COUNCILS.length);
    for (const spec of DEMO_COUNCILS) {
      const council = c.councils.find((x) => x.key === spec.key)!;
      const members = loaded.members.filter((m) => m.councilId === council.id);
      expect(members).toHaveLength(spec.members.length);
      expect(members.filter((m) => m.role === 'CHU_TICH')).toHaveLength(1);
      expect(members.filter((m) => m.role === 'UY_VIEN_THU_KY')).toHaveLength(1);
      expect(loaded.councils.find((x) => x.id === council.id)!.standingUnitId).not.toBeNull();
    }
    expect(loaded.members.filter((m) => m.userId !== null)).toHaveLength(2);

    // ── both sessions met at their quorum, one absentee with a written opinion, and were tallied ──
    for (const spec of DEMO_SESSIONS) {
      const s = c.sessions.find((x) => x.key === spec.key)!;
      const row = loaded.sessions.find((x) => x.id === s.id)!;
      expect(row.startedAt).not.toBeNull();
      // closed with the minutes frozen; the paper session's biên bản signed on paper
      expect(row.status).toBe(spec.signed ? 'SIGNED' : 'CLOSED');
      expect(row.minutesSha256).toMatch(/^[0-9a-f]{64}$/);
      const list = loaded.sessionMembers.filter((m) => m.sessionId === s.id);
      expect(list.filter((m) => m.attendance === 'ABSENT_WRITTEN')).toHaveLength(1);
      expect(list.filter((m) => m.attendance === 'PRESENT')).toHaveLength(spec.ballots.length);
      for (const id of s.roundIds)
        expect(loaded.rounds.find((r) => r.id === id)).toMatchObject({
          status: 'TALLIED',
          mode: spec.mode,
        });
      expect(Object.keys(s.items).sort()).toEqual(Object.keys(spec.ballots[0]!).sort());
    }
    expect(loaded.guests).toHaveLength(1);
    const paper = c.sessions.find((s) => s.key === 'vp-paper')!;
    expect(paper.passed).toEqual(['vp-pho', 'vp-cv']);
    const room = c.sessions.find((s) => s.key === 'snv-room')!;
    expect(room.passed).toEqual(['tdkt', 'tdkt-cv1']);

    // ── paper, one round per form: two entries by two people, agreeing; the written opinion on top
    expect(paper.roundIds).toHaveLength(2);
    for (const id of paper.roundIds) {
      const entries = loaded.entries.filter((e) => e.roundId === id);
      expect(entries).toHaveLength(2);
      expect(new Set(entries.map((e) => e.userId)).size).toBe(2);
      expect(entries[0]!.tally).toEqual(entries[1]!.tally);
    }
    expect(
      paper.roundIds.map((id) =>
        loaded.rounds
          .find((r) => r.id === id)!
          .results?.map((r) => [r.agree, r.disagree, r.passed]),
      ),
    ).toEqual([[[7, 1, true]], [[8, 0, true]]]);

    // ── the room round: its bundle verifies, 6 ballots cast and the written opinion chained ───────
    expect(room.roundIds).toHaveLength(1);
    const roomRound = loaded.rounds.find((r) => r.id === room.roundIds[0])!;
    expect(roomRound.results?.map((r) => [r.agree, r.disagree, r.passed])).toEqual([
      [7, 0, true],
      [6, 1, true],
      [2, 5, false],
    ]);
    const verified = await verifyBundle(loaded.bundle as BallotBundle);
    expect(verified.problems).toEqual([]);
    expect(verified.ok).toBe(true);

    // ── decisions issued from what passed, numbered, certificates queued ─────────────────────────
    expect(loaded.decisions).toHaveLength(DEMO_DECISIONS.length);
    for (const d of loaded.decisions) {
      expect(d.status).toBe('ISSUED');
      expect(d.symbol).toMatch(/^\d+\/QĐ-/);
      expect(d.docxSha256).not.toBeNull();
    }
    expect(loaded.jobs).toHaveLength(DEMO_DECISIONS.length);
    expect(loaded.recipients).toHaveLength(
      DEMO_DECISIONS.reduce((n, d) => n + d.nominees.length, 0),
    );
    for (const r of loaded.recipients) {
      expect(r.certificateCode).toMatch(/^[0-9A-Z]{10}$/);
      expect(r.goldBookNumber).toBeGreaterThan(0);
    }

    // ── the award records in the people's (and the phòng's) histories ────────────────────────────
    expect(loaded.records).toHaveLength(loaded.recipients.length);
    for (const r of loaded.records)
      expect(loaded.decisions.map((d) => d.symbol)).toContain(r.decisionNumber);
    expect(loaded.dossiers.find((d) => d.id === c.dossiers[0]!.id)!.status).toBe('DECIDED');
  });
});
