import { Workbook } from 'exceljs';
import { sheetBuffer } from '../src/core/excel/testing/xlsx-fixtures';
import type { UnitEntity } from '../src/modules/org/unit.entity';
import { issuedPlan, personIn, withShortName } from './campaign-registration-fixtures';
import { graphql } from './gql';
import type { GqlClient } from './setup/gql-client';
import { startTestApp, type TestApp } from './setup/test-app';

/**
 * Issue 10, "Registrations and pledges": units and their people register for an issued plan, the unit
 * sends its registration, the plan's issuer returns it with a reason or approves it; scope, stale
 * versions, the roll-up by child unit, the Excel import and export.
 */
const REGISTER = graphql(`
  mutation RegCreate($input: CreateCampaignRegistrationInput!) {
    createCampaignRegistration(input: $input) {
      id
      version
      kind
      status
      registrantName
      personId
      titles {
        name
        code
      }
      commitments
      canEdit
      canDecide
      unit {
        id
      }
    }
  }
`);

const UPDATE = graphql(`
  mutation RegUpdate($input: UpdateCampaignRegistrationInput!) {
    updateCampaignRegistration(input: $input) {
      id
      version
      titles {
        name
      }
      commitments
    }
  }
`);

const DELETE = graphql(`
  mutation RegDelete($input: CampaignRegistrationRefInput!) {
    deleteCampaignRegistration(input: $input)
  }
`);

const SUBMIT = graphql(`
  mutation RegSubmit($input: CampaignRegistrationRefInput!) {
    submitCampaignRegistration(input: $input) {
      id
      version
      status
      returnReason
      submittedAt
    }
  }
`);

const RETURN = graphql(`
  mutation RegReturn($input: ReturnCampaignRegistrationInput!) {
    returnCampaignRegistration(input: $input) {
      id
      version
      status
      returnReason
      reviewedAt
    }
  }
`);

const APPROVE = graphql(`
  mutation RegApprove($input: CampaignRegistrationRefInput!) {
    approveCampaignRegistration(input: $input) {
      id
      version
      status
      canEdit
      canDecide
    }
  }
`);

const LIST = graphql(`
  query RegList($planId: ID!, $filter: CampaignRegistrationFilter, $first: Int, $after: String) {
    campaignRegistrations(planId: $planId, filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          version
          kind
          status
          registrantName
          returnReason
          canEdit
          canDecide
          unit {
            id
          }
        }
      }
    }
  }
`);

const ONE = graphql(`
  query RegOne($id: ID!) {
    campaignRegistration(id: $id) {
      id
      version
      status
    }
  }
`);

const SUMMARY = graphql(`
  query RegSummary($planId: ID!, $underUnitId: ID) {
    campaignRegistrationSummary(planId: $planId, underUnitId: $underUnitId) {
      planId
      underUnitId
      total {
        units {
          draft
          submitted
          returned
          approved
          total
        }
        people {
          draft
          submitted
          returned
          approved
          total
        }
      }
      own {
        units {
          total
        }
        people {
          total
        }
      }
      children {
        unitId
        unit {
          id
          name
        }
        units {
          draft
          submitted
          approved
          total
        }
        people {
          draft
          submitted
          approved
          total
        }
      }
    }
  }
`);

const COVENANT = graphql(`
  mutation CovenantCreate($input: CreateCampaignCovenantInput!) {
    createCampaignCovenant(input: $input) {
      id
      version
      signedOn
      place
      content
      cluster {
        id
        name
      }
      members {
        id
      }
    }
  }
`);

const COVENANT_UPDATE = graphql(`
  mutation CovenantUpdate($input: UpdateCampaignCovenantInput!) {
    updateCampaignCovenant(input: $input) {
      id
      version
      place
      members {
        id
      }
    }
  }
`);

const COVENANT_DELETE = graphql(`
  mutation CovenantDelete($input: DeleteCampaignCovenantInput!) {
    deleteCampaignCovenant(input: $input)
  }
`);

const COVENANTS = graphql(`
  query Covenants($planId: ID!) {
    campaignCovenants(planId: $planId, first: 50) {
      totalCount
      edges {
        node {
          id
          version
          cluster {
            id
          }
          members {
            id
          }
        }
      }
    }
  }
`);

const BATCH = `query($id: ID!) {
  importBatch(id: $id) { id status errorCount createCount updateCount unchangedCount
    rows(first: 100) { edges { node { rowNumber action problems } } } }
}`;
const COMMIT = `mutation($id: ID!) { commitImport(batchId: $id) { id status job { id } } }`;
const JOB = `query($id: ID!) { job(id: $id) { id status message error } }`;

const HEADER = [
  'Mã kế hoạch',
  'Mã đơn vị',
  'Mã nhân sự',
  'Họ và tên',
  'Danh hiệu đăng ký',
  'Cam kết',
];

describe('campaign registrations (issue 10)', () => {
  let t: TestApp;
  let province: UnitEntity;
  let communeA: UnitEntity;
  let communeB: UnitEntity;
  let communeC: UnitEntity;
  let provinceOfficer: GqlClient;
  let leader: GqlClient;
  let officerA: GqlClient;
  let officerB: GqlClient;
  let readerA: GqlClient;
  let plan: { id: string; title: string };

  const personReg = async (
    client: GqlClient,
    unit: UnitEntity,
    personId: string,
    titles: string[],
  ) =>
    (
      await client.ok(REGISTER, {
        input: {
          planId: plan.id,
          unitId: unit.id,
          kind: 'PERSON',
          personId,
          titles: titles.map((name) => ({ name })),
        },
      })
    ).createCampaignRegistration;

  const list = async (client: GqlClient, filter: Record<string, unknown> = {}) =>
    (await client.ok(LIST, { planId: plan.id, filter, first: 100 })).campaignRegistrations;

  function headersOf(client: GqlClient): Record<string, string> {
    const headers: Record<string, string> = { 'x-forwarded-for': client.address };
    if (client.sessionCookie) headers['cookie'] = client.sessionCookie;
    return headers;
  }

  beforeAll(async () => {
    t = await startTestApp();
    province = await t.unit(`Tỉnh Đăng Ký ${t.uid()}`);
    await withShortName(t, province);
    communeA = await t.unit(`Xã Đăng Ký A ${t.uid()}`, province);
    communeB = await t.unit(`Xã Đăng Ký B ${t.uid()}`, province);
    communeC = await t.unit(`Xã Không Nhận ${t.uid()}`, province);
    provinceOfficer = await t.loggedIn(
      (await t.user({ unit: province, role: 'TDKT_OFFICER' })).username,
    );
    leader = await t.loggedIn((await t.user({ unit: province, role: 'LEADER' })).username);
    officerA = await t.loggedIn((await t.user({ unit: communeA, role: 'TDKT_OFFICER' })).username);
    officerB = await t.loggedIn((await t.user({ unit: communeB, role: 'TDKT_OFFICER' })).username);
    readerA = await t.loggedIn((await t.user({ unit: communeA, role: 'LEADER' })).username);
    plan = await issuedPlan(t, province, provinceOfficer, leader, {
      addressed: [communeA, communeB],
    });
  });
  afterAll(() => t.close());

  it('a unit registers itself and its people, sends, is returned with a reason, then approved; read-only after', async () => {
    const a1 = await personIn(t, officerA, communeA, 'Nguyễn Thị Ánh');
    const a2 = await personIn(t, officerA, communeA, 'Trần Văn Bình');

    // the first individual opens the unit's registration (with no title of its own)
    const p1 = await personReg(officerA, communeA, a1.id, [
      'Chiến sĩ thi đua cơ sở',
      'Lao động tiên tiến',
    ]);
    expect(p1).toMatchObject({
      kind: 'PERSON',
      status: 'DRAFT',
      registrantName: 'Nguyễn Thị Ánh',
      personId: a1.id,
      canEdit: true,
      canDecide: false,
      unit: { id: communeA.id },
      titles: [
        { name: 'Chiến sĩ thi đua cơ sở', code: null },
        { name: 'Lao động tiên tiến', code: null },
      ],
    });
    await personReg(officerA, communeA, a2.id, ['Lao động tiên tiến']);
    const unitRows = (await list(officerA, { unitId: communeA.id, kind: 'UNIT' })).edges;
    expect(unitRows).toHaveLength(1);
    const header = unitRows[0]!.node;
    expect(header).toMatchObject({ kind: 'UNIT', status: 'DRAFT', registrantName: communeA.name });

    // the unit's own titles, then a second collective registration is refused
    const titled = (
      await officerA.ok(UPDATE, {
        input: {
          id: header.id,
          version: header.version,
          titles: [{ name: 'Tập thể lao động xuất sắc' }, { name: 'Cờ thi đua của UBND tỉnh' }],
          commitments: 'Dẫn đầu cụm thi đua.',
        },
      })
    ).updateCampaignRegistration;
    expect(titled.titles.map((x) => x.name)).toEqual([
      'Tập thể lao động xuất sắc',
      'Cờ thi đua của UBND tỉnh',
    ]);
    const twice = await officerA.fails(REGISTER, {
      input: { planId: plan.id, unitId: communeA.id, kind: 'UNIT', titles: [] },
    });
    expect(twice.extensions?.fields?.['unitId']?.[0]).toContain('đã có bản đăng ký');

    // an individual's row is not sent on its own
    const alone = await officerA.fails(SUBMIT, { input: { id: p1.id, version: p1.version } });
    expect(alone.extensions?.code).toBe('BAD_USER_INPUT');

    const sent = (await officerA.ok(SUBMIT, { input: { id: header.id, version: titled.version } }))
      .submitCampaignRegistration;
    expect(sent).toMatchObject({ status: 'SUBMITTED', returnReason: null });
    expect(sent.submittedAt).toEqual(expect.any(String));
    // the individuals moved with it
    const people = (await list(officerA, { unitId: communeA.id, kind: 'PERSON' })).edges;
    expect(people.map((e) => e.node.status)).toEqual(['SUBMITTED', 'SUBMITTED']);
    // Vietnamese name order: Ánh before Bình
    expect(people.map((e) => e.node.registrantName)).toEqual(['Nguyễn Thị Ánh', 'Trần Văn Bình']);
    const p1Now = people[0]!.node;
    expect(p1Now.canEdit).toBe(false);

    // sent: the unit edits nothing, and decides nothing
    const locked = await officerA.fails(UPDATE, {
      input: { id: p1Now.id, version: p1Now.version, titles: [{ name: 'Lao động tiên tiến' }] },
    });
    expect(locked.extensions?.code).toBe('BAD_USER_INPUT');
    expect(locked.message).toContain('Chờ duyệt');
    const self = await officerA.fails(APPROVE, { input: { id: header.id, version: sent.version } });
    expect(self.extensions?.code).toBe('FORBIDDEN');

    // the issuer sees it waiting and may decide
    const waiting = (await list(provinceOfficer, { status: 'SUBMITTED', kind: 'UNIT' })).edges;
    expect(waiting.map((e) => e.node.id)).toContain(header.id);
    expect(waiting.find((e) => e.node.id === header.id)?.node.canDecide).toBe(true);

    const blank = await provinceOfficer.fails(RETURN, {
      input: { id: header.id, version: sent.version, reason: '   ' },
    });
    expect(blank.extensions?.code).toBe('BAD_USER_INPUT');
    const returned = (
      await provinceOfficer.ok(RETURN, {
        input: {
          id: header.id,
          version: sent.version,
          reason: 'Bổ sung cam kết về cải cách hành chính.',
        },
      })
    ).returnCampaignRegistration;
    expect(returned).toMatchObject({
      status: 'RETURNED',
      returnReason: 'Bổ sung cam kết về cải cách hành chính.',
    });
    expect(returned.reviewedAt).toEqual(expect.any(String));
    const seenReturned = (await list(officerA, { unitId: communeA.id })).edges;
    expect(seenReturned.map((e) => e.node.status)).toEqual(['RETURNED', 'RETURNED', 'RETURNED']);

    // returned: editable again, sent again (the reason goes), approved
    const fixed = (
      await officerA.ok(UPDATE, {
        input: {
          id: header.id,
          version: returned.version,
          titles: [{ name: 'Tập thể lao động xuất sắc' }],
          commitments: 'Dẫn đầu cụm thi đua; 100% hồ sơ đúng hạn.',
        },
      })
    ).updateCampaignRegistration;
    const again = (await officerA.ok(SUBMIT, { input: { id: header.id, version: fixed.version } }))
      .submitCampaignRegistration;
    expect(again).toMatchObject({ status: 'SUBMITTED', returnReason: null });
    const approved = (
      await provinceOfficer.ok(APPROVE, { input: { id: header.id, version: again.version } })
    ).approveCampaignRegistration;
    expect(approved).toMatchObject({ status: 'APPROVED', canEdit: false, canDecide: false });

    // approved: read-only for everyone
    const after = (await list(officerA, { unitId: communeA.id, kind: 'PERSON' })).edges[0]!.node;
    expect(after.status).toBe('APPROVED');
    for (const denied of [
      await officerA.fails(UPDATE, {
        input: { id: after.id, version: after.version, titles: [{ name: 'Lao động tiên tiến' }] },
      }),
      await officerA.fails(DELETE, { input: { id: after.id, version: after.version } }),
      await provinceOfficer.fails(APPROVE, {
        input: { id: header.id, version: approved.version },
      }),
    ]) {
      expect(denied.extensions?.code).toBe('READ_ONLY');
    }
    const a3 = await personIn(t, officerA, communeA, 'Lê Văn Cường');
    const late = await officerA.fails(REGISTER, {
      input: {
        planId: plan.id,
        unitId: communeA.id,
        kind: 'PERSON',
        personId: a3.id,
        titles: [{ name: 'Lao động tiên tiến' }],
      },
    });
    expect(late.extensions?.code).toBe('READ_ONLY');
  });

  it('a commune sees only its own registrations; another commune gets NOT_FOUND', async () => {
    const b1 = await personIn(t, officerB, communeB, 'Phạm Thị Dung');
    const own = await personReg(officerB, communeB, b1.id, ['Lao động tiên tiến']);

    // commune A's officer and leader: B's rows do not exist for them
    for (const client of [officerA, readerA]) {
      const rows = await list(client);
      expect(rows.edges.every((e) => e.node.unit.id === communeA.id)).toBe(true);
      expect(rows.edges.map((e) => e.node.id)).not.toContain(own.id);
      expect((await list(client, { unitId: communeB.id })).totalCount).toBe(0);
      const denied = await client.fails(ONE, { id: own.id });
      expect(denied.extensions?.code).toBe('NOT_FOUND');
      expect(denied.message).not.toContain('Phạm Thị Dung');
    }
    for (const denied of [
      await officerA.fails(UPDATE, {
        input: { id: own.id, version: own.version, titles: [{ name: 'Sửa trái phép' }] },
      }),
      await officerA.fails(DELETE, { input: { id: own.id, version: own.version } }),
      await officerA.fails(SUBMIT, { input: { id: own.id, version: own.version } }),
    ]) {
      expect(denied.extensions?.code).toBe('NOT_FOUND');
    }
    // nor register for commune B
    const elsewhere = await officerA.fails(REGISTER, {
      input: { planId: plan.id, unitId: communeB.id, kind: 'UNIT', titles: [] },
    });
    expect(elsewhere.extensions?.fields).toEqual({ unitId: ['Đơn vị không tồn tại.'] });
    // the summary of commune A's reader counts commune A only
    const mine = (await readerA.ok(SUMMARY, { planId: plan.id })).campaignRegistrationSummary;
    expect(mine.children.map((c) => c.unitId)).toEqual([province.id]);
    expect(mine.total.people.total).toBe((await list(readerA, { kind: 'PERSON' })).totalCount);

    // the issuer's readers see both communes
    const ids = (await list(leader)).edges.map((e) => e.node.id);
    expect(ids).toContain(own.id);
    expect((await leader.ok(ONE, { id: own.id })).campaignRegistration.status).toBe('DRAFT');
    // and a user outside the plan's reach sees nothing of it
    const stranger = await t.loggedIn(
      (await t.user({ unit: communeC, role: 'TDKT_OFFICER' })).username,
    );
    expect((await stranger.fails(LIST, { planId: plan.id })).extensions?.code).toBe('NOT_FOUND');
    expect((await stranger.fails(ONE, { id: own.id })).extensions?.code).toBe('NOT_FOUND');
  });

  it('refuses units the plan does not reach, people of other units, unissued plans and duplicates', async () => {
    const b2 = await personIn(t, officerB, communeB, 'Hoàng Văn Em');
    // a commune the plan does not address (the province officer may act for it)
    const unreached = await provinceOfficer.fails(REGISTER, {
      input: { planId: plan.id, unitId: communeC.id, kind: 'UNIT', titles: [] },
    });
    expect(unreached.extensions?.fields?.['unitId']?.[0]).toContain('không gửi tới đơn vị');
    // an office's internal plan (scope AGENCY) reaches the issuer's own units without addressing them
    const internal = await issuedPlan(t, province, provinceOfficer, leader, {
      addressed: [communeA],
      scope: 'AGENCY',
    });
    const inside = (
      await provinceOfficer.ok(REGISTER, {
        input: {
          planId: internal.id,
          unitId: communeC.id,
          kind: 'UNIT',
          titles: [{ name: 'Tập thể lao động tiên tiến' }],
        },
      })
    ).createCampaignRegistration;
    expect(inside).toMatchObject({ kind: 'UNIT', status: 'DRAFT', unit: { id: communeC.id } });
    // commune B's person registered by commune A
    const other = await officerA.fails(REGISTER, {
      input: {
        planId: plan.id,
        unitId: communeA.id,
        kind: 'PERSON',
        personId: b2.id,
        titles: [{ name: 'Lao động tiên tiến' }],
      },
    });
    expect(other.extensions?.fields?.['personId']?.[0]).toContain('Không tìm thấy cán bộ');
    // an individual without a title, a title twice
    const bare = await officerB.fails(REGISTER, {
      input: { planId: plan.id, unitId: communeB.id, kind: 'PERSON', personId: b2.id, titles: [] },
    });
    expect(bare.extensions?.fields?.['titles']).toHaveLength(1);
    const dup = await officerB.fails(REGISTER, {
      input: {
        planId: plan.id,
        unitId: communeB.id,
        kind: 'PERSON',
        personId: b2.id,
        titles: [{ name: 'Lao động tiên tiến' }, { name: 'lao dong tien tien' }],
      },
    });
    expect(dup.extensions?.fields?.['titles.1.name']?.[0]).toContain('đã có trong danh sách');
    // the same person twice
    await personReg(officerB, communeB, b2.id, ['Lao động tiên tiến']);
    const again = await officerB.fails(REGISTER, {
      input: {
        planId: plan.id,
        unitId: communeB.id,
        kind: 'PERSON',
        personId: b2.id,
        titles: [{ name: 'Chiến sĩ thi đua cơ sở' }],
      },
    });
    expect(again.extensions?.fields?.['personId']?.[0]).toContain('đã được đăng ký');
    // a draft plan: its issuer's officer is told it is not issued; the commune does not see it
    const draft = await issuedPlan(t, province, provinceOfficer, leader, {
      addressed: [communeA],
      draft: true,
    });
    const notIssued = await provinceOfficer.fails(REGISTER, {
      input: { planId: draft.id, unitId: province.id, kind: 'UNIT', titles: [] },
    });
    expect(notIssued.extensions?.fields?.['planId']?.[0]).toContain('Dự thảo');
    const hidden = await officerA.fails(REGISTER, {
      input: { planId: draft.id, unitId: communeA.id, kind: 'UNIT', titles: [] },
    });
    expect(hidden.extensions?.code).toBe('NOT_FOUND');
  });

  it('concurrent edits: a stale version is a CONFLICT and changes nothing', async () => {
    const b3 = await personIn(t, officerB, communeB, 'Đỗ Thị Giang');
    const row = await personReg(officerB, communeB, b3.id, ['Lao động tiên tiến']);
    const input = (name: string) => ({
      id: row.id,
      version: row.version,
      titles: [{ name }],
    });
    const results = await Promise.all([
      officerB.request(UPDATE.toString(), { input: input('Chiến sĩ thi đua cơ sở') }),
      officerB.request(UPDATE.toString(), { input: input('Chiến sĩ thi đua cấp tỉnh') }),
    ]);
    const ok = results.filter((r) => !r.errors);
    const failed = results.filter((r) => r.errors);
    expect(ok).toHaveLength(1);
    expect(failed.map((r) => r.errors?.[0]?.extensions?.code)).toEqual(['CONFLICT']);
    const now = (await officerB.ok(ONE, { id: row.id })).campaignRegistration;
    expect(now.version).toBe(row.version + 1);
    // sending the unit's registration bumps its individuals' versions: an edit read before is stale
    const header = (await list(officerB, { unitId: communeB.id, kind: 'UNIT' })).edges[0]!.node;
    await officerB.ok(SUBMIT, { input: { id: header.id, version: header.version } });
    await provinceOfficer.ok(RETURN, {
      input: { id: header.id, version: header.version + 1, reason: 'Xem lại danh hiệu.' },
    });
    const stale = await officerB.fails(UPDATE, {
      input: { ...input('Lao động tiên tiến'), version: now.version },
    });
    expect(stale.extensions?.code).toBe('CONFLICT');
  });

  it('rolls counts up by child unit and status, filters and searches', async () => {
    const sub = await t.unit(`Phòng Văn hóa ${t.uid()}`, communeB);
    const c1 = await personIn(t, officerB, sub, 'Vũ Thị Hạnh');
    // a person working in a unit below commune B registers with commune B
    const row = await personReg(officerB, communeB, c1.id, ['Chiến sĩ thi đua cơ sở']);
    expect(row.registrantName).toBe('Vũ Thị Hạnh');

    const s = (await leader.ok(SUMMARY, { planId: plan.id, underUnitId: province.id }))
      .campaignRegistrationSummary;
    const all = await list(leader);
    const count = (unit: UnitEntity, kind: string, status?: string) =>
      all.edges.filter(
        (e) =>
          e.node.unit.id === unit.id &&
          e.node.kind === kind &&
          (!status || e.node.status === status),
      ).length;
    const a = s.children.find((c) => c.unitId === communeA.id);
    const b = s.children.find((c) => c.unitId === communeB.id);
    expect(a).toMatchObject({
      unit: { id: communeA.id, name: communeA.name },
      units: { approved: 1, total: 1 },
      people: { approved: 2, total: 2 },
    });
    expect(b?.units.total).toBe(1);
    expect(b?.people.total).toBe(count(communeB, 'PERSON'));
    expect(s.own.units.total + s.own.people.total).toBe(0);
    expect(s.total.people.total).toBe(count(communeA, 'PERSON') + count(communeB, 'PERSON'));
    expect(s.total.units.approved).toBe(1);
    expect(s.children.map((c) => c.unitId)).not.toContain(communeC.id);

    // below commune B: its own rows, none in its phòng (registrations belong to the registering unit)
    const underB = (await leader.ok(SUMMARY, { planId: plan.id, underUnitId: communeB.id }))
      .campaignRegistrationSummary;
    expect(underB.own.people.total).toBe(count(communeB, 'PERSON'));
    expect(underB.children).toEqual([]);

    // filters and search
    expect((await list(leader, { underUnitId: communeB.id, kind: 'PERSON' })).totalCount).toBe(
      count(communeB, 'PERSON'),
    );
    expect((await list(leader, { status: 'APPROVED' })).totalCount).toBe(3);
    const found = await list(leader, { search: 'vu thi hanh' });
    expect(found.edges.map((e) => e.node.id)).toEqual([row.id]);
    // keyset pages cover every row once
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: Awaited<ReturnType<typeof list>> = (
        await leader.ok(LIST, { planId: plan.id, first: 2, after })
      ).campaignRegistrations;
      seen.push(...page.edges.map((e) => e.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen.sort()).toEqual(all.edges.map((e) => e.node.id).sort());

    // a deleted registration leaves the counts
    const current = (await officerB.ok(ONE, { id: row.id })).campaignRegistration;
    await officerB.ok(DELETE, { input: { id: row.id, version: current.version } });
    const afterDelete = (await leader.ok(SUMMARY, { planId: plan.id, underUnitId: communeB.id }))
      .campaignRegistrationSummary;
    expect(afterDelete.own.people.total).toBe(underB.own.people.total - 1);
  });

  it('records a cluster’s giao ước with its members on the signing day, by the cụm trưởng or the issuer', async () => {
    const uid = t.uid().toUpperCase();
    const { createCluster: cluster } = await provinceOfficer.ok<{
      createCluster: { id: string; name: string };
    }>(`mutation($input: CreateClusterInput!) { createCluster(input: $input) { id name } }`, {
      input: {
        code: `CUM-${uid}`,
        name: `Cụm thi đua số ${uid}`,
        kind: 'CUM',
        organizerUnitId: province.id,
      },
    });
    const join = (unit: UnitEntity, joinedOn: string) =>
      provinceOfficer.ok(
        `mutation($input: AddClusterMemberInput!) { addClusterMember(input: $input) { id } }`,
        { input: { clusterId: cluster.id, unitId: unit.id, joinedOn } },
      );
    await join(communeA, '2024-01-01');
    await join(communeB, '2024-01-01');
    // joins after the launch conference: not a signatory by default
    await join(communeC, '2025-06-01');
    await provinceOfficer.ok(
      `mutation($input: SetClusterLeadershipInput!) { setClusterLeadership(input: $input) { id } }`,
      {
        input: {
          clusterId: cluster.id,
          year: 2025,
          leadUnitId: communeA.id,
          deputyUnitId: communeB.id,
        },
      },
    );
    const input = {
      planId: plan.id,
      clusterId: cluster.id,
      signedOn: '2025-03-20',
      place: 'Hội trường Ủy ban nhân dân xã',
      content: 'Các đơn vị trong cụm giao ước thi đua hoàn thành 100% chỉ tiêu kế hoạch năm 2025.',
    };

    // a member that does not lead the cluster records nothing
    expect((await officerB.fails(COVENANT, { input })).extensions?.code).toBe('FORBIDDEN');
    // a unit that was not a member on the day cannot sign
    const outsider = await officerA.fails(COVENANT, {
      input: { ...input, memberUnitIds: [communeA.id, communeC.id] },
    });
    expect(outsider.extensions?.fields?.['memberUnitIds.1']?.[0]).toContain('không là thành viên');

    // the cụm trưởng of 2025 records it; the signatories are the members on 20/03/2025
    const covenant = (await officerA.ok(COVENANT, { input })).createCampaignCovenant;
    expect(covenant).toMatchObject({
      signedOn: '2025-03-20',
      cluster: { id: cluster.id, name: cluster.name },
    });
    expect(covenant.members.map((m) => m.id).sort()).toEqual([communeA.id, communeB.id].sort());
    const twice = await provinceOfficer.fails(COVENANT, { input });
    expect(twice.extensions?.fields?.['clusterId']?.[0]).toContain('đã có giao ước');

    // listed with the plan: the issuer's readers and the signatories see it
    for (const client of [leader, officerB]) {
      const ids = (await client.ok(COVENANTS, { planId: plan.id })).campaignCovenants.edges.map(
        (e) => e.node.id,
      );
      expect(ids).toContain(covenant.id);
    }

    // the issuer corrects it (a stale version is refused), then removes a mistaken one
    const stale = await provinceOfficer.fails(COVENANT_UPDATE, {
      input: {
        id: covenant.id,
        version: covenant.version + 1,
        signedOn: input.signedOn,
        place: 'Nhà văn hóa',
        content: input.content,
      },
    });
    expect(stale.extensions?.code).toBe('CONFLICT');
    const updated = (
      await provinceOfficer.ok(COVENANT_UPDATE, {
        input: {
          id: covenant.id,
          version: covenant.version,
          signedOn: input.signedOn,
          place: 'Nhà văn hóa xã',
          content: input.content,
          memberUnitIds: [communeA.id],
        },
      })
    ).updateCampaignCovenant;
    expect(updated).toMatchObject({ place: 'Nhà văn hóa xã', members: [{ id: communeA.id }] });
    // commune B no longer signed it: it is not among B's
    const seenByB = (await officerB.ok(COVENANTS, { planId: plan.id })).campaignCovenants.edges;
    expect(seenByB.map((e) => e.node.id)).not.toContain(covenant.id);
    expect(
      await provinceOfficer.ok(COVENANT_DELETE, {
        input: { id: covenant.id, version: updated.version },
      }),
    ).toEqual({ deleteCampaignCovenant: covenant.id });
    expect((await leader.ok(COVENANTS, { planId: plan.id })).campaignCovenants.totalCount).toBe(0);
  });

  it('follows a unit that moves: its registrations roll up under its new parent', async () => {
    const division = await t.unit(`Phòng Di Chuyển ${t.uid()}`, communeA);
    const moved = await issuedPlan(t, province, provinceOfficer, leader, {
      addressed: [division],
    });
    const reg = (
      await provinceOfficer.ok(REGISTER, {
        input: {
          planId: moved.id,
          unitId: division.id,
          kind: 'UNIT',
          titles: [{ name: 'Tập thể lao động tiên tiến' }],
        },
      })
    ).createCampaignRegistration;
    const childOf = async () =>
      (
        await leader.ok(SUMMARY, { planId: moved.id, underUnitId: province.id })
      ).campaignRegistrationSummary.children.map((c) => [c.unitId, c.units.total]);
    expect(await childOf()).toEqual([[communeA.id, 1]]);

    await provinceOfficer.ok(
      `mutation($input: MoveUnitInput!) { moveUnit(input: $input) { id } }`,
      {
        input: {
          unitId: division.id,
          newParentId: communeB.id,
          effectiveDate: '2025-03-01',
          legalBasis: { number: '15/QĐ-UBND', date: '2025-02-20' },
        },
      },
    );
    expect(await childOf()).toEqual([[communeB.id, 1]]);
    const underB = await leader.ok(LIST, {
      planId: moved.id,
      filter: { underUnitId: communeB.id },
      first: 10,
    });
    expect(underB.campaignRegistrations.edges.map((e) => e.node.id)).toEqual([reg.id]);
    // commune B's officer now reads it; commune A's no longer does
    expect((await officerB.ok(ONE, { id: reg.id })).campaignRegistration.id).toBe(reg.id);
    expect((await officerA.fails(ONE, { id: reg.id })).extensions?.code).toBe('NOT_FOUND');
  });

  it('imports individual registrations from Excel and exports them back', async () => {
    const unit = await t.unit(`Xã Nhập ${t.uid()}`, province);
    const other = await t.unit(`Xã Khác ${t.uid()}`, province);
    const officer = await t.loggedIn((await t.user({ unit, role: 'TDKT_OFFICER' })).username);
    const imported = await issuedPlan(t, province, provinceOfficer, leader, {
      addressed: [unit, other],
    });
    const p1 = await personIn(t, officer, unit, 'Ngô Thị Lan');
    const p2 = await personIn(t, officer, unit, 'Bùi Văn Minh');
    const outsider = await personIn(t, provinceOfficer, other, 'Đinh Văn Nam');
    const row = (...cells: string[]) => [imported.id, ...cells];
    const file = await sheetBuffer([
      HEADER,
      row(
        unit.code,
        p1.code,
        'Ngô Thị Lan',
        'Lao động tiên tiến; Chiến sĩ thi đua cơ sở',
        'Hoàn thành tốt nhiệm vụ.',
      ),
      row(unit.code, p2.code, '', 'Lao động tiên tiến', ''),
      row(unit.code, '', '', 'Tập thể lao động xuất sắc', 'Dẫn đầu phong trào.'),
      row(unit.code, outsider.code, '', 'Lao động tiên tiến', ''),
      row(unit.code, p2.code, 'Bùi Văn Minh', 'Chiến sĩ thi đua cơ sở', ''),
      row(other.code, '', '', 'Tập thể lao động tiên tiến', ''),
    ]);
    const upload = async (buffer: Buffer) => {
      const form = new FormData();
      form.append('file', new Blob([new Uint8Array(buffer)]), 'Đăng ký.xlsx');
      const res = await fetch(`${t.baseUrl}/api/imports/campaign-registrations`, {
        method: 'POST',
        headers: headersOf(officer),
        body: form,
      });
      expect(res.status).toBe(200);
      return ((await res.json()) as { batchId: string }).batchId;
    };
    const batchOf = async (id: string) =>
      (
        await officer.ok<{
          importBatch: {
            errorCount: number;
            createCount: number;
            updateCount: number;
            unchangedCount: number;
            rows: { edges: { node: { rowNumber: number; action: string; problems: string[] } }[] };
          };
        }>(BATCH, { id })
      ).importBatch;
    const bad = await batchOf(await upload(file));
    const actions = bad.rows.edges.map((e) => e.node.action);
    expect(actions).toEqual(['CREATE', 'CREATE', 'CREATE', 'INVALID', 'INVALID', 'INVALID']);
    const problems = bad.rows.edges.map((e) => e.node.problems.join(' '));
    expect(problems[3]).toContain(`không tìm thấy cán bộ có mã "${outsider.code}"`);
    expect(problems[4]).toContain('đã có ở dòng 3');
    expect(problems[5]).toContain('không có quyền đăng ký thi đua');

    // the valid rows, committed as a job
    const good = await sheetBuffer([
      HEADER,
      row(
        unit.code,
        p1.code,
        'Ngô Thị Lan',
        'Lao động tiên tiến; Chiến sĩ thi đua cơ sở',
        'Hoàn thành tốt nhiệm vụ.',
      ),
      row(unit.code, p2.code, '', 'Lao động tiên tiến', ''),
    ]);
    const batchId = await upload(good);
    expect(await batchOf(batchId)).toMatchObject({ errorCount: 0, createCount: 2 });
    const { commitImport } = await officer.ok<{ commitImport: { job: { id: string } } }>(COMMIT, {
      id: batchId,
    });
    let job: { status: string; message: string | null; error: string | null } | null = null;
    for (let i = 0; i < 300; i++) {
      job = (
        await officer.ok<{ job: { status: string; message: string | null; error: string | null } }>(
          JOB,
          { id: commitImport.job.id },
        )
      ).job;
      if (job.status === 'SUCCEEDED' || job.status === 'FAILED') break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(job).toMatchObject({ status: 'SUCCEEDED', error: null });
    const rows = (await officer.ok(LIST, { planId: imported.id, first: 50 })).campaignRegistrations;
    expect(rows.edges.map((e) => [e.node.kind, e.node.registrantName, e.node.status])).toEqual([
      ['UNIT', unit.name, 'DRAFT'],
      // Vietnamese order: by given name (Lan before Minh)
      ['PERSON', 'Ngô Thị Lan', 'DRAFT'],
      ['PERSON', 'Bùi Văn Minh', 'DRAFT'],
    ]);
    // the same file again: nothing to change; a changed title: one update
    expect(await batchOf(await upload(good))).toMatchObject({ unchangedCount: 2, createCount: 0 });
    const changed = await sheetBuffer([
      HEADER,
      row(unit.code, p2.code, '', 'Chiến sĩ thi đua cơ sở', ''),
    ]);
    expect(await batchOf(await upload(changed))).toMatchObject({ updateCount: 1, errorCount: 0 });

    // the export: the import's columns, then who, the unit and the status
    const res = await fetch(
      `${t.baseUrl}/api/exports/campaign-registrations.xlsx?planId=${imported.id}`,
      { headers: headersOf(officer) },
    );
    expect(res.status).toBe(200);
    const wb = new Workbook();
    await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as unknown as ArrayBuffer);
    const cells: string[][] = [];
    wb.worksheets[0]!.eachRow((r) =>
      cells.push((r.values as unknown[]).slice(1).map((v) => (v == null ? '' : String(v)))),
    );
    const head = cells.findIndex((r) => r[0] === 'Mã kế hoạch');
    expect(cells[head]).toEqual([
      ...HEADER,
      'Đối tượng',
      'Tên đơn vị',
      'Trạng thái',
      'Lý do trả lại',
    ]);
    const lan = cells.find((r) => r[3] === 'Ngô Thị Lan');
    expect(lan?.slice(0, 9)).toEqual([
      imported.id,
      unit.code,
      p1.code,
      'Ngô Thị Lan',
      'Lao động tiên tiến; Chiến sĩ thi đua cơ sở',
      'Hoàn thành tốt nhiệm vụ.',
      'Cá nhân',
      unit.name,
      'Chưa gửi',
    ]);
    expect(cells.slice(head + 1)).toHaveLength(3);
  });

  it('the template is filled for the plan it is downloaded from (?planId=), its example row accepted as it stands', async () => {
    // a newer plan for the same commune: without the parameter the template names that one
    const newer = await issuedPlan(t, province, provinceOfficer, leader, { addressed: [communeA] });
    const template = (client: GqlClient, query: string) =>
      fetch(`${t.baseUrl}/api/templates/campaign-registrations.xlsx${query}`, {
        headers: headersOf(client),
      });
    const example = async (client: GqlClient, query: string) => {
      const res = await template(client, query);
      expect(res.status).toBe(200);
      const wb = new Workbook();
      await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as unknown as ArrayBuffer);
      const cells: string[][] = [];
      wb.worksheets[0]!.eachRow((r) =>
        cells.push((r.values as unknown[]).slice(1).map((v) => (v == null ? '' : String(v)))),
      );
      const head = cells.findIndex((r) => r[0]?.startsWith('Mã kế hoạch'));
      return { cells: cells[head + 1] ?? [], buffer: Buffer.from(await wb.xlsx.writeBuffer()) };
    };

    expect((await example(officerA, '')).cells.slice(0, 2)).toEqual([newer.id, communeA.code]);
    const filled = await example(officerA, `?planId=${plan.id.toUpperCase()}`);
    expect(filled.cells.slice(0, 2)).toEqual([plan.id, communeA.code]);
    // the issuer's officer: the plan's first addressee in tree order
    expect((await example(provinceOfficer, `?planId=${plan.id}`)).cells[0]).toBe(plan.id);

    // uploaded as downloaded, the example row's plan and unit pass; only the sample person code
    // (NV0001, no one of the commune) is left for the officer to replace
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(filled.buffer)]), 'Mẫu.xlsx');
    const res = await fetch(`${t.baseUrl}/api/imports/campaign-registrations`, {
      method: 'POST',
      headers: headersOf(officerA),
      body: form,
    });
    expect(res.status).toBe(200);
    const { batchId } = (await res.json()) as { batchId: string };
    const batch = await officerA.ok<{
      importBatch: { rows: { edges: { node: { action: string; problems: string[] } }[] } };
    }>(BATCH, { id: batchId });
    const problems = batch.importBatch.rows.edges.flatMap((e) => e.node.problems).join(' ');
    expect(problems).toContain('NV0001');
    expect(problems).not.toMatch(/Mã kế hoạch|Mã đơn vị|kế hoạch/);

    // a plan the caller cannot read is not found (naming nothing); a malformed id is refused
    const outsider = await t.loggedIn(
      (await t.user({ unit: communeC, role: 'TDKT_OFFICER' })).username,
    );
    const hidden = await template(outsider, `?planId=${plan.id}`);
    expect(hidden.status).toBe(404);
    const malformed = await template(officerA, '?planId=khong-phai-ma');
    expect(malformed.status).toBe(400);
    expect(((await malformed.json()) as { message: string }).message).toBe(
      'Mã kế hoạch không hợp lệ.',
    );
  });
});
