import { Workbook } from 'exceljs';
import { todayInVietnam } from '@thidua/shared-domain';
import { Actor } from '../src/core/auth/actor';
import { systemContext } from '../src/core/context/request-context';
import { TransactionRunner, type Tx } from '../src/core/database/transaction';
import { ClusterService } from '../src/modules/org/cluster.service';
import type { UnitEntity } from '../src/modules/org/unit.entity';
import { bacKanDraft } from './campaign-fixtures';
import { graphql } from './gql';
import type { CampaignPlanAddressingInput } from './gql/graphql';
import type { GqlClient } from './setup/gql-client';
import { startTestApp, type TestApp } from './setup/test-app';

/**
 * Issue 10, "Cascade": a plan addresses units (explicit, a subtree, unit kinds, a cụm/khối), its
 * addressees are materialised at issue, each sees it in its inbox and answers by issuing its own plan;
 * the issuer follows the table (on time, late, pending, overdue), rolled up the tree, reminds, exports
 * it, and a merged unit's successor inherits the open duty.
 */
const CREATE = graphql(`
  mutation CascadeCreate($input: CreateCampaignPlanInput!) {
    createCampaignPlan(input: $input) {
      id
      version
      answerDeadline
      respondsToPlanId
      addressing {
        unitIds
        subtreeUnitIds
        clusterIds
        unitKindCodes
        units {
          id
          name
        }
      }
    }
  }
`);

const SUBMIT = graphql(`
  mutation CascadeSubmit($input: SubmitCampaignPlanInput!) {
    submitCampaignPlan(input: $input) {
      id
      version
    }
  }
`);

const ISSUE = graphql(`
  mutation CascadeIssue($input: IssueCampaignPlanInput!) {
    issueCampaignPlan(input: $input) {
      id
      version
      status
      symbol
    }
  }
`);

const PLAN = graphql(`
  query CascadePlan($id: ID!) {
    campaignPlan(id: $id) {
      id
      status
      respondsToPlan {
        id
      }
    }
  }
`);

const PLAN_RIGHTS = graphql(`
  query CascadePlanRights($id: ID!) {
    campaignPlan(id: $id) {
      id
      canManage
      canIssue
      canAnswer
    }
  }
`);

const PLANS = graphql(`
  query CascadePlans($search: String) {
    campaignPlans(search: $search, first: 50) {
      totalCount
      edges {
        node {
          id
        }
      }
    }
  }
`);

const INBOX = graphql(`
  query CascadeInbox($status: CampaignAddresseeStatus, $search: String, $year: Int) {
    campaignInbox(status: $status, search: $search, year: $year, first: 50) {
      totalCount
      edges {
        node {
          id
          status
          deadline
          reminderCount
          lastRemindedAt
          unit {
            id
          }
          plan {
            id
            title
          }
          answerPlan {
            id
            symbol
          }
        }
      }
    }
  }
`);

const TABLE = graphql(`
  query CascadeTable(
    $planId: ID!
    $status: CampaignAddresseeStatus
    $underUnitId: ID
    $search: String
    $first: Int
    $after: String
  ) {
    campaignPlanAddressees(
      planId: $planId
      status: $status
      underUnitId: $underUnitId
      search: $search
      first: $first
      after: $after
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          rule
          status
          deadline
          answeredOn
          reminderCount
          unit {
            id
            name
            code
            canOpen
          }
          answerPlan {
            id
            symbol
          }
          inheritedFromUnit {
            id
          }
        }
      }
    }
  }
`);

const SUMMARY = graphql(`
  query CascadeSummary($planId: ID!, $underUnitId: ID) {
    campaignCascadeSummary(planId: $planId, underUnitId: $underUnitId) {
      planId
      counts {
        total
        answered
        answeredLate
        pending
        overdue
      }
      groups {
        addressed
        unit {
          id
        }
        counts {
          total
          answered
          answeredLate
          pending
          overdue
        }
      }
    }
  }
`);

const REMIND = graphql(`
  mutation CascadeRemind($input: RemindCampaignAddresseesInput!) {
    remindCampaignAddressees(input: $input) {
      reminded
      remindedAt
    }
  }
`);

const PREVIEW_MERGE = graphql(`
  query CascadePreviewMerge($input: MergeUnitsInput!) {
    previewMergeUnits(input: $input) {
      carried {
        module
        label
        count
      }
    }
  }
`);

const MERGE = graphql(`
  mutation CascadeMerge($input: MergeUnitsInput!) {
    mergeUnits(input: $input) {
      id
    }
  }
`);

const SIGNER = {
  on: [{ authority: 'KT' as const, of: 'Chủ tịch' }],
  title: 'Phó Chủ tịch',
  name: 'Nguyễn Văn Ký',
};
const EMPTY: CampaignPlanAddressingInput = {
  unitIds: [],
  subtreeUnitIds: [],
  unitKindCodes: [],
  unitKindsWithinUnitIds: [],
  clusterIds: [],
};
const basis = {
  number: '1656/NQ-UBTVQH15',
  date: '2025-06-16',
  title: 'Sắp xếp đơn vị hành chính',
};

/** Officer (drafts, reads) and leader (issues; the officer where the unit issues nothing) of one unit. */
interface Desk {
  unit: UnitEntity;
  officer: GqlClient;
  leader: GqlClient;
}

describe('campaign cascade (issue 10): addressing, inbox, answers, table, reminders, inheritance', () => {
  let t: TestApp;
  let province: UnitEntity;
  let p: Desk;
  let dept: Desk;
  let division: UnitEntity;
  let c1: Desk;
  let c2: Desk;
  let c3: Desk;
  let c4: Desk;
  let clusterId: string;
  /** Plan A: deadline 2024-08-30 (passed), addressed by subtree (dept), cluster (c2, c3), unit (c1). */
  let planA: { id: string; symbol: string };

  const system = <T>(work: (tx: Tx) => Promise<T>) =>
    t.app.get(TransactionRunner).run(systemContext(Actor.system('Kiểm thử')), work);

  const setShortName = async (unit: UnitEntity) => {
    const abbr = `U${t
      .uid()
      .replace(/[^A-Za-z0-9]/g, '')
      .toUpperCase()}`;
    await t.db.query(`UPDATE units SET short_name = $1 WHERE id = $2`, [abbr, unit.id]);
  };

  /** The unit's officer, and its leader when it issues plans (each login costs a password hash). */
  const desk = async (unit: UnitEntity, issues = false): Promise<Desk> => {
    await setShortName(unit);
    const officer = await t.loggedIn((await t.user({ unit, role: 'TDKT_OFFICER' })).username);
    const leader = issues
      ? await t.loggedIn((await t.user({ unit, role: 'LEADER' })).username)
      : officer;
    return { unit, officer, leader };
  };

  /** Drafts, submits and issues a plan of `d` on `issuedOn`; returns its id and symbol. */
  const issuePlan = async (
    d: Desk,
    fields: {
      addressing?: CampaignPlanAddressingInput | null;
      answerDeadline?: string | null;
      respondsToPlanId?: string | null;
    },
    issuedOn: string,
  ) => {
    const created = (
      await d.officer.ok(CREATE, {
        input: { ...bacKanDraft(d.unit.id, t.uid(), []), ...fields },
      })
    ).createCampaignPlan;
    const submitted = (
      await d.officer.ok(SUBMIT, { input: { id: created.id, version: created.version } })
    ).submitCampaignPlan;
    const issued = (
      await d.leader.ok(ISSUE, {
        input: {
          id: created.id,
          version: submitted.version,
          issuedOn,
          place: 'Bắc Kạn',
          signer: SIGNER,
        },
      })
    ).issueCampaignPlan;
    return { id: issued.id, symbol: issued.symbol as string };
  };

  const table = async (client: GqlClient, planId: string, extra: Record<string, unknown> = {}) =>
    (await client.ok(TABLE, { planId, first: 100, ...extra })).campaignPlanAddressees;

  const byUnit = <N extends { unit: { id: string } }>(rows: { node: N }[]) =>
    Object.fromEntries(rows.map((e) => [e.node.unit.id, e.node]));

  const download = async (client: GqlClient, path: string) => {
    const res = await fetch(`${t.baseUrl}${path}`, {
      headers: { cookie: client.sessionCookie ?? '', 'x-forwarded-for': client.address },
    });
    return { res, buffer: Buffer.from(await res.arrayBuffer()) };
  };

  const sheetRows = async (buffer: Buffer): Promise<string[][]> => {
    const wb = new Workbook();
    await wb.xlsx.load(buffer as unknown as Parameters<typeof wb.xlsx.load>[0]);
    const rows: string[][] = [];
    wb.worksheets[0]!.eachRow((row) => {
      rows.push(
        (row.values as unknown[])
          .slice(1)
          .map((v) =>
            v instanceof Date ? v.toISOString().slice(0, 10) : v == null ? '' : String(v),
          ),
      );
    });
    return rows;
  };

  beforeAll(async () => {
    t = await startTestApp();
    province = await t.unit(`Tỉnh Giao Việc ${t.uid()}`);
    p = await desk(province, true);
    dept = await desk(await t.unit(`Sở Được Giao ${t.uid()}`, province));
    division = await t.unit(`Phòng Thuộc Sở ${t.uid()}`, dept.unit);
    c1 = await desk(await t.unit(`Xã Một ${t.uid()}`, province, 'COMMUNE'), true);
    c2 = await desk(await t.unit(`Xã Hai ${t.uid()}`, province, 'COMMUNE'), true);
    c3 = await desk(await t.unit(`Xã Ba ${t.uid()}`, province, 'COMMUNE'));
    c4 = await desk(await t.unit(`Xã Bốn ${t.uid()}`, province, 'COMMUNE'));
    const clusters = t.app.get(ClusterService);
    clusterId = await system(async (tx) => {
      const cluster = await clusters.create(tx, {
        code: `CUM-${t.uid()}`,
        name: `Cụm thi đua các xã ${t.uid()}`,
        kind: 'CUM',
        organizerUnitId: province.id,
      });
      for (const unit of [c2.unit, c3.unit])
        await clusters.addMember(tx, {
          clusterId: cluster.id,
          unitId: unit.id,
          joinedOn: '2020-01-01',
        });
      return cluster.id;
    });
    planA = await issuePlan(
      p,
      {
        addressing: {
          ...EMPTY,
          unitIds: [c1.unit.id],
          subtreeUnitIds: [dept.unit.id],
          clusterIds: [clusterId],
        },
        answerDeadline: '2024-08-30',
      },
      '2024-08-01',
    );
  }, 120_000);
  afterAll(() => t.close());

  it('refuses an addressing with unknown or out-of-scope units, naming nothing outside the scope', async () => {
    const elsewhere = await t.unit(`Tỉnh Ngoài ${t.uid()}`);
    const err = await p.officer.fails(CREATE, {
      input: {
        ...bacKanDraft(province.id, t.uid(), []),
        addressing: {
          ...EMPTY,
          unitIds: [elsewhere.id, '00000000-0000-4000-8000-000000000000', province.id],
          unitKindCodes: ['KHONG_CO'],
        },
      },
    });
    expect(err.extensions?.code).toBe('BAD_USER_INPUT');
    const fields = err.extensions?.['fields'] as Record<string, string[]>;
    expect(fields['addressing.unitIds.0']).toEqual(['Đơn vị không tồn tại.']);
    expect(fields['addressing.unitIds.1']).toEqual(['Đơn vị không tồn tại.']);
    expect(fields['addressing.unitIds.2']).toEqual([
      'Không giao kế hoạch cho chính đơn vị ban hành.',
    ]);
    expect(fields['addressing.unitKindCodes.0']).toEqual(['Loại đơn vị không tồn tại.']);
    expect(JSON.stringify(err)).not.toContain(elsewhere.name);
    // a commune cannot answer a plan that does not address it
    const notMine = await c4.officer.fails(CREATE, {
      input: { ...bacKanDraft(c4.unit.id, t.uid(), []), respondsToPlanId: planA.id },
    });
    expect(Object.keys(notMine.extensions?.['fields'] as object)).toEqual(['respondsToPlanId']);
  });

  it('materialises the addressees at issue: subtree, cluster members and the explicit unit', async () => {
    const rows = byUnit((await table(p.officer, planA.id)).edges);
    expect(Object.keys(rows).sort()).toEqual(
      [dept.unit.id, division.id, c1.unit.id, c2.unit.id, c3.unit.id].sort(),
    );
    expect(rows[dept.unit.id]!.rule).toBe('SUBTREE');
    expect(rows[division.id]!.rule).toBe('SUBTREE');
    expect(rows[c1.unit.id]!.rule).toBe('UNIT');
    expect(rows[c2.unit.id]!.rule).toBe('CLUSTER');
    expect(rows[c3.unit.id]!.deadline).toBe('2024-08-30');
    const audit: { n: number }[] = await t.db.query(
      `SELECT count(*)::int AS n FROM audit_log WHERE operation = 'campaignPlan.cascade' AND entity_id = $1`,
      [planA.id],
    );
    expect(audit[0]!.n).toBe(1);
  });

  it('an addressed commune sees the plan in its inbox and its list; a sibling commune sees nothing', async () => {
    const inbox = (await c1.officer.ok(INBOX, {})).campaignInbox;
    expect(inbox.edges.map((e) => e.node.plan.id)).toContain(planA.id);
    const mine = inbox.edges.find((e) => e.node.plan.id === planA.id)!.node;
    expect(mine.unit.id).toBe(c1.unit.id);
    expect(mine.deadline).toBe('2024-08-30');
    expect((await c1.officer.ok(PLAN, { id: planA.id })).campaignPlan.status).toBe('ISSUED');
    const listed = (await c1.officer.ok(PLANS, {})).campaignPlans.edges.map((e) => e.node.id);
    expect(listed).toContain(planA.id);

    const denied = await c4.officer.fails(PLAN, { id: planA.id });
    expect(denied.extensions?.code).toBe('NOT_FOUND');
    expect(
      (await c4.officer.ok(PLANS, {})).campaignPlans.edges.map((e) => e.node.id),
    ).not.toContain(planA.id);
    expect((await c4.officer.ok(INBOX, {})).campaignInbox.totalCount).toBe(0);
    expect((await c4.officer.fails(TABLE, { planId: planA.id })).extensions?.code).toBe(
      'NOT_FOUND',
    );
    // the .docx goes through the same read
    const doc = await download(c4.officer, `/api/campaign-plans/${planA.id}/document.docx`);
    expect(doc.res.status).toBe(404);
    expect(
      (await download(c1.officer, `/api/campaign-plans/${planA.id}/document.docx`)).res.status,
    ).toBe(200);
  });

  it('an addressed unit reads only its own rows of the table and the summary', async () => {
    const rows = (await table(c1.officer, planA.id)).edges;
    expect(rows.map((e) => e.node.unit.id)).toEqual([c1.unit.id]);
    const s = (await c1.officer.ok(SUMMARY, { planId: planA.id })).campaignCascadeSummary;
    expect(s.counts.total).toBe(1);
    const fromDept = (await table(dept.officer, planA.id)).edges.map((e) => e.node.unit.id);
    expect(fromDept.sort()).toEqual([dept.unit.id, division.id].sort());
  });

  it('keeps commune drafts from other communes and from the issuer’s other units', async () => {
    const draft = (
      await c1.officer.ok(CREATE, {
        input: { ...bacKanDraft(c1.unit.id, t.uid(), []), respondsToPlanId: planA.id },
      })
    ).createCampaignPlan;
    expect(draft.respondsToPlanId).toBe(planA.id);
    for (const other of [c2.officer, dept.officer]) {
      expect((await other.fails(PLAN, { id: draft.id })).extensions?.code).toBe('NOT_FOUND');
      expect((await other.ok(PLANS, {})).campaignPlans.edges.map((e) => e.node.id)).not.toContain(
        draft.id,
      );
    }
    // the province reads it (its scope covers the commune)
    expect((await p.officer.ok(PLAN, { id: draft.id })).campaignPlan.id).toBe(draft.id);
  });

  it('ticks the answer when the commune issues its own plan: on time, late, and overdue counted', async () => {
    const onTime = await issuePlan(c1, { respondsToPlanId: planA.id }, '2024-08-20');
    const late = await issuePlan(c2, { respondsToPlanId: planA.id }, '2024-09-05');
    const rows = byUnit((await table(p.officer, planA.id)).edges);
    expect(rows[c1.unit.id]).toMatchObject({
      status: 'ANSWERED',
      answeredOn: '2024-08-20',
      answerPlan: { id: onTime.id, symbol: onTime.symbol },
    });
    expect(rows[c2.unit.id]).toMatchObject({ status: 'ANSWERED_LATE', answeredOn: '2024-09-05' });
    expect(rows[c3.unit.id]!.status).toBe('OVERDUE');
    expect(rows[division.id]!.status).toBe('OVERDUE');
    expect((await c1.officer.ok(PLAN, { id: onTime.id })).campaignPlan.respondsToPlan?.id).toBe(
      planA.id,
    );
    expect(
      (await table(p.officer, planA.id, { status: 'ANSWERED_LATE' })).edges.map(
        (e) => e.node.unit.id,
      ),
    ).toEqual([c2.unit.id]);
    expect(
      (await c2.officer.ok(INBOX, { status: 'ANSWERED_LATE' })).campaignInbox.edges[0]?.node,
    ).toMatchObject({
      answerPlan: { id: late.id },
    });

    const s = (await p.officer.ok(SUMMARY, { planId: planA.id })).campaignCascadeSummary;
    expect(s.counts).toEqual({ total: 5, answered: 1, answeredLate: 1, pending: 0, overdue: 3 });
    const groups = Object.fromEntries(s.groups.map((g) => [g.unit.id, g]));
    expect(Object.keys(groups).sort()).toEqual(
      [dept.unit.id, c1.unit.id, c2.unit.id, c3.unit.id].sort(),
    );
    // the department's group rolls up its division
    expect(groups[dept.unit.id]).toMatchObject({
      addressed: true,
      counts: { total: 2, overdue: 2 },
    });
    expect(groups[c2.unit.id]!.counts.answeredLate).toBe(1);
    const under = (await p.officer.ok(SUMMARY, { planId: planA.id, underUnitId: dept.unit.id }))
      .campaignCascadeSummary;
    expect(under.groups.map((g) => [g.unit.id, g.addressed, g.counts.total]).sort()).toEqual(
      [
        [dept.unit.id, true, 1],
        [division.id, true, 1],
      ].sort(),
    );
    const answer = await t.db.query(
      `SELECT count(*)::int AS n FROM audit_log WHERE operation = 'campaignAddressee.answer' AND unit_id = $1`,
      [c2.unit.id],
    );
    expect(answer[0].n).toBe(1);
  });

  it('pages the table in tree order and searches by unit name', async () => {
    const first = await table(p.officer, planA.id, { first: 2 });
    expect(first.totalCount).toBe(5);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const rest = await table(p.officer, planA.id, { first: 10, after: first.pageInfo.endCursor });
    const ids = [...first.edges, ...rest.edges].map((e) => e.node.unit.id);
    expect(new Set(ids).size).toBe(5);
    // a unit's row comes before its subtree's
    expect(ids.indexOf(dept.unit.id)).toBeLessThan(ids.indexOf(division.id));
    const found = await table(p.officer, planA.id, { search: c3.unit.name.replace('Xã ', '') });
    expect(found.edges.map((e) => e.node.unit.id)).toEqual([c3.unit.id]);
  });

  it('reminds the units that have not answered, audited, and the inbox shows the count', async () => {
    const r = (await p.officer.ok(REMIND, { input: { planId: planA.id } }))
      .remindCampaignAddressees;
    expect(r.reminded).toBe(3);
    const inbox = (await c3.officer.ok(INBOX, {})).campaignInbox.edges.find(
      (e) => e.node.plan.id === planA.id,
    )!.node;
    expect(inbox.reminderCount).toBe(1);
    expect(inbox.lastRemindedAt).toBeTruthy();
    const answered = await p.officer.fails(REMIND, {
      input: { planId: planA.id, unitIds: [c1.unit.id] },
    });
    expect(answered.extensions?.['fields']).toEqual({
      'unitIds.0': ['Đơn vị đã ban hành kế hoạch thực hiện: không cần nhắc.'],
    });
    // an addressed commune reads the plan but does not remind
    expect((await c1.officer.fails(REMIND, { input: { planId: planA.id } })).extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect((await c4.officer.fails(REMIND, { input: { planId: planA.id } })).extensions?.code).toBe(
      'NOT_FOUND',
    );
    const rows = byUnit((await table(p.officer, planA.id)).edges);
    expect(rows[c3.unit.id]!.reminderCount).toBe(1);
    expect(rows[c1.unit.id]!.reminderCount).toBe(0);
    const audit = await t.db.query(
      `SELECT changes FROM audit_log WHERE operation = 'campaignAddressee.remind' AND unit_id = $1`,
      [province.id],
    );
    expect(audit).toHaveLength(1);
  });

  it('exports the table as .xlsx, scoped like the table', async () => {
    const all = await download(
      p.officer,
      `/api/exports/campaign-addressees.xlsx?planId=${planA.id}`,
    );
    expect(all.res.status).toBe(200);
    const rows = await sheetRows(all.buffer);
    expect(rows[0]![0]).toBe('TÌNH HÌNH BAN HÀNH KẾ HOẠCH THỰC HIỆN');
    expect(rows[1]!.slice(0, 4)).toEqual([
      'Mã đơn vị',
      'Tên đơn vị',
      'Đơn vị cấp trên',
      'Tình trạng',
    ]);
    const data = rows.slice(2);
    expect(data.map((r) => r[0]).sort()).toEqual(
      [dept.unit.code, division.code, c1.unit.code, c2.unit.code, c3.unit.code].sort(),
    );
    const c1Row = data.find((r) => r[0] === c1.unit.code)!;
    expect(c1Row[3]).toBe('Đã ban hành kế hoạch (đúng hạn)');
    const theirs = await sheetRows(
      (await download(c2.officer, `/api/exports/campaign-addressees.xlsx?planId=${planA.id}`))
        .buffer,
    );
    expect(theirs.slice(2).map((r) => r[0])).toEqual([c2.unit.code]);
    const outside = await download(
      c4.officer,
      `/api/exports/campaign-addressees.xlsx?planId=${planA.id}`,
    );
    expect(outside.res.status).toBe(404);
  });

  it('addresses by unit kind within the issuer’s subtree, pending until the deadline', async () => {
    const plan = await issuePlan(
      p,
      { addressing: { ...EMPTY, unitKindCodes: ['COMMUNE'] }, answerDeadline: '2099-12-31' },
      todayInVietnam(),
    );
    const rows = byUnit((await table(p.officer, plan.id)).edges);
    for (const c of [c1, c2, c3, c4])
      expect(rows[c.unit.id]).toMatchObject({ rule: 'KIND', status: 'PENDING' });
    expect(rows[dept.unit.id]).toBeUndefined();
    expect((await c4.officer.ok(INBOX, { status: 'PENDING' })).campaignInbox.totalCount).toBe(1);
  });

  it('moves an open duty to the successor of a merge (one row when it is already addressed)', async () => {
    const x = await t.unit(`Xã Sáp Nhập ${t.uid()}`, province, 'COMMUNE');
    const y = await t.unit(`Xã Nhận ${t.uid()}`, province, 'COMMUNE');
    const z = await t.unit(`Xã Cũng Được Giao ${t.uid()}`, province, 'COMMUNE');
    const plan = await issuePlan(
      p,
      { addressing: { ...EMPTY, unitIds: [x.id, z.id] }, answerDeadline: '2099-12-31' },
      todayInVietnam(),
    );
    const other = await issuePlan(
      p,
      { addressing: { ...EMPTY, unitIds: [x.id, y.id] }, answerDeadline: '2099-12-31' },
      todayInVietnam(),
    );
    const input = {
      sourceUnitIds: [x.id],
      targetUnitId: y.id,
      effectiveDate: todayInVietnam(),
      legalBasis: basis,
    };
    const preview = (await p.officer.ok(PREVIEW_MERGE, { input })).previewMergeUnits;
    // x's duty under `plan` moves; under `other` y is already addressed
    expect(preview.carried.find((c) => c.module === 'campaigns')?.count).toBe(1);
    await p.officer.ok(MERGE, { input });

    const rows = byUnit((await table(p.officer, plan.id)).edges);
    expect(Object.keys(rows).sort()).toEqual([y.id, z.id].sort());
    expect(rows[y.id]!.inheritedFromUnit?.id).toBe(x.id);
    const otherRows = byUnit((await table(p.officer, other.id)).edges);
    expect(Object.keys(otherRows)).toEqual([y.id]);
    expect(otherRows[y.id]!.inheritedFromUnit).toBeNull();
    const audit = await t.db.query(
      `SELECT count(*)::int AS n FROM audit_log WHERE operation = 'campaignAddressee.restructure' AND unit_id = $1`,
      [y.id],
    );
    expect(audit[0].n).toBe(1);
  });

  it('tells each viewer what they may do on a plan: manage and issue at the issuer, answer where addressed', async () => {
    const rights = async (client: GqlClient, id: string) => {
      const { canManage, canIssue, canAnswer } = (await client.ok(PLAN_RIGHTS, { id }))
        .campaignPlan;
      return { canManage, canIssue, canAnswer };
    };
    const draft = (await p.officer.ok(CREATE, { input: bacKanDraft(province.id, t.uid(), []) }))
      .createCampaignPlan;
    // the officer holds CAMPAIGN_MANAGE, the leader CAMPAIGN_ISSUE; a draft addresses nobody
    expect(await rights(p.officer, draft.id)).toEqual({
      canManage: true,
      canIssue: false,
      canAnswer: false,
    });
    expect(await rights(p.leader, draft.id)).toEqual({
      canManage: false,
      canIssue: true,
      canAnswer: false,
    });

    const plan = await issuePlan(
      p,
      { addressing: { ...EMPTY, unitIds: [c2.unit.id] }, answerDeadline: '2099-12-31' },
      '2025-03-01',
    );
    // the addressed commune answers it but does not manage or issue the province's plan
    expect(await rights(c2.officer, plan.id)).toEqual({
      canManage: false,
      canIssue: false,
      canAnswer: true,
    });
    // its leader reads it (CAMPAIGN_READ) but holds no CAMPAIGN_MANAGE there to answer with
    expect(await rights(c2.leader, plan.id)).toEqual({
      canManage: false,
      canIssue: false,
      canAnswer: false,
    });
    // the province's officer manages the commune too (its scope is the subtree), so may answer for it
    expect((await rights(p.officer, plan.id)).canAnswer).toBe(true);
    // a commune it does not address reads nothing of it
    expect((await c3.officer.fails(PLAN_RIGHTS, { id: plan.id })).extensions?.code).toBe(
      'NOT_FOUND',
    );
  });
});
