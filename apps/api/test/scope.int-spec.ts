import type { UnitEntity } from '../src/modules/org/unit.entity';
import { UserEntity } from '../src/modules/identity/entities/user.entity';
import { bacKanDraft, issueTestPlan } from './campaign-fixtures';
import { graphql } from './gql';
import { startTestApp, type TestApp } from './setup/test-app';

const USERS = `query($unitId: ID) { users(first: 100, unitId: $unitId) { totalCount edges { node { id username } } } }`;
const USER = `query($id: ID!) { user(id: $id) { id username version } }`;
const ROLE_ID = `{ roles { id code } }`;

const CREATE_LEGAL = graphql(`
  mutation ScopeLegalCreate($input: CreateLegalDocumentInput!) {
    createLegalDocument(input: $input) {
      id
      version
      canManage
    }
  }
`);
const UPDATE_LEGAL = graphql(`
  mutation ScopeLegalUpdate($input: UpdateLegalDocumentInput!) {
    updateLegalDocument(input: $input) {
      id
      version
    }
  }
`);
const REPLACE_LEGAL = graphql(`
  mutation ScopeLegalReplace($input: MarkLegalDocumentReplacedInput!) {
    markLegalDocumentReplaced(input: $input) {
      id
    }
  }
`);
const LEGAL = graphql(`
  query ScopeLegal($id: ID!) {
    legalDocument(id: $id) {
      title
      version
      canManage
      issuerUnit {
        name
        code
        canOpen
        parentId
      }
    }
  }
`);

const CREATE_PLAN = graphql(`
  mutation ScopeCampaignCreate($input: CreateCampaignPlanInput!) {
    createCampaignPlan(input: $input) {
      id
      version
    }
  }
`);
const UPDATE_PLAN = graphql(`
  mutation ScopeCampaignUpdate($input: UpdateCampaignPlanInput!) {
    updateCampaignPlan(input: $input) {
      id
      version
    }
  }
`);
const DELETE_PLAN = graphql(`
  mutation ScopeCampaignDelete($input: DeleteCampaignPlanDraftInput!) {
    deleteCampaignPlanDraft(input: $input)
  }
`);
const SUBMIT_PLAN = graphql(`
  mutation ScopeCampaignSubmit($input: SubmitCampaignPlanInput!) {
    submitCampaignPlan(input: $input) {
      id
    }
  }
`);

const ISSUE_PLAN = graphql(`
  mutation ScopeCampaignIssue($input: IssueCampaignPlanInput!) {
    issueCampaignPlan(input: $input) {
      id
    }
  }
`);

const START_PLAN = graphql(`
  mutation ScopeCampaignStart($input: CampaignPlanStepInput!) {
    startCampaignPlan(input: $input) {
      id
    }
  }
`);
const AMEND_PLAN = graphql(`
  mutation ScopeCampaignAmend($input: AmendCampaignPlanInput!) {
    amendCampaignPlan(input: $input) {
      id
    }
  }
`);
const RENDER_PLANS = graphql(`
  mutation ScopeCampaignRender($input: RenderCampaignPlanDocumentsInput!) {
    renderCampaignPlanDocuments(input: $input) {
      job {
        id
      }
    }
  }
`);

const PLAN = graphql(`
  query ScopeCampaign($id: ID!) {
    campaignPlan(id: $id) {
      title
      version
    }
  }
`);
const PLANS = graphql(`
  query ScopeCampaigns($search: String) {
    campaignPlans(first: 50, search: $search) {
      edges {
        node {
          id
        }
      }
    }
  }
`);

const INBOX = graphql(`
  query ScopeCampaignInbox {
    campaignInbox(first: 50) {
      edges {
        node {
          plan {
            id
          }
          unit {
            id
          }
        }
      }
    }
  }
`);
const ADDRESSEES = graphql(`
  query ScopeCampaignAddressees($planId: ID!) {
    campaignPlanAddressees(planId: $planId, first: 50) {
      edges {
        node {
          unit {
            id
          }
        }
      }
    }
  }
`);
const CASCADE_SUMMARY = graphql(`
  query ScopeCampaignCascadeSummary($planId: ID!) {
    campaignCascadeSummary(planId: $planId) {
      counts {
        total
      }
    }
  }
`);
const REMIND = graphql(`
  mutation ScopeCampaignRemind($input: RemindCampaignAddresseesInput!) {
    remindCampaignAddressees(input: $input) {
      reminded
    }
  }
`);

const CREATE_CONGRESS = graphql(`
  mutation ScopeCongressCreate($input: CreateCongressInput!) {
    createCongress(input: $input) {
      id
      version
    }
  }
`);
const UPDATE_CONGRESS = graphql(`
  mutation ScopeCongressUpdate($input: UpdateCongressInput!) {
    updateCongress(input: $input) {
      id
      version
    }
  }
`);
const DELETE_CONGRESS = graphql(`
  mutation ScopeCongressDelete($input: DeleteCongressInput!) {
    deleteCongress(input: $input)
  }
`);
const CONGRESS = graphql(`
  query ScopeCongress($id: ID!) {
    congress(id: $id) {
      id
      version
    }
  }
`);
const CONGRESSES = graphql(`
  query ScopeCongresses($planId: ID!) {
    congresses(planId: $planId, first: 50) {
      edges {
        node {
          id
        }
      }
    }
  }
`);

describe('scoped access', () => {
  let t: TestApp;
  let province: UnitEntity;
  let communeA: UnitEntity;
  let communeB: UnitEntity;
  let adminA: { id: string; username: string };
  let staffA: { id: string; username: string };
  let staffB: { id: string; username: string };
  let roleIds: Record<string, string>;

  beforeAll(async () => {
    t = await startTestApp();
    province = await t.unit('Tỉnh thử');
    communeA = await t.unit('Xã A', province);
    communeB = await t.unit('Xã B', province);
    adminA = await t.user({ unit: communeA, role: 'SYSTEM_ADMIN' });
    staffA = await t.user({ unit: communeA });
    staffB = await t.user({ unit: communeB });
    const global = await t.user({ unit: province, role: 'SYSTEM_ADMIN', scope: null });
    const { roles } = await (await t.loggedIn(global.username)).ok(ROLE_ID);
    roleIds = Object.fromEntries(roles.map((r: { id: string; code: string }) => [r.code, r.id]));
  });
  afterAll(() => t.close());

  it('lists only users of the own unit and below', async () => {
    const a = await t.loggedIn(adminA.username);
    const { users } = await a.ok(USERS);
    const names = users.edges.map((e: { node: { username: string } }) => e.node.username);
    expect(names).toEqual(expect.arrayContaining([adminA.username, staffA.username]));
    expect(names).not.toContain(staffB.username);
    expect(users.totalCount).toBe(names.length);
    // Filtering on a unit outside the scope yields nothing, not an error that reveals it.
    expect((await a.ok(USERS, { unitId: communeB.id })).users.totalCount).toBe(0);
  });

  it('cannot read another unit’s user: NOT_FOUND, existence not revealed', async () => {
    const a = await t.loggedIn(adminA.username);
    const err = await a.fails(USER, { id: staffB.id });
    expect(err.extensions?.code).toBe('NOT_FOUND');
  });

  it('cannot change another unit’s user, and nothing changes', async () => {
    const a = await t.loggedIn(adminA.username);
    const before = await t.db.getRepository(UserEntity).findOneByOrFail({ id: staffB.id });
    const update = await a.fails(
      `mutation($input: UpdateUserInput!) { updateUser(input: $input) { id } }`,
      {
        input: {
          id: staffB.id,
          version: before.version,
          fullName: 'Bị sửa trái phép',
          unitId: communeB.id,
        },
      },
    );
    expect(update.extensions?.code).toBe('NOT_FOUND');
    const disable = await a.fails(
      `mutation($input: SetUserStatusInput!) { setUserStatus(input: $input) { id } }`,
      { input: { id: staffB.id, version: before.version, status: 'DISABLED' } },
    );
    expect(disable.extensions?.code).toBe('NOT_FOUND');
    const after = await t.db.getRepository(UserEntity).findOneByOrFail({ id: staffB.id });
    expect(after).toMatchObject({
      fullName: before.fullName,
      status: 'ACTIVE',
      version: before.version,
    });
  });

  it('cannot move an own user into another unit or create users there', async () => {
    const a = await t.loggedIn(adminA.username);
    const { user } = await a.ok(USER, { id: staffA.id });
    const move = await a.fails(
      `mutation($input: UpdateUserInput!) { updateUser(input: $input) { id } }`,
      {
        input: { id: staffA.id, version: user.version, fullName: 'Chuyển đi', unitId: communeB.id },
      },
    );
    expect(move.extensions?.code).toBe('FORBIDDEN');
    const create = await a.fails(
      `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`,
      {
        input: {
          username: `x.${t.uid()}`,
          fullName: 'Người ngoài',
          unitId: communeB.id,
          password: 'matkhau2025',
        },
      },
    );
    expect(create.extensions?.code).toBe('FORBIDDEN');
    expect(create.message).toMatch(/không có quyền/);
  });

  it('cannot grant roles outside the scope, globally, or beyond the own permissions', async () => {
    const a = await t.loggedIn(adminA.username);
    const GRANT = `mutation($input: GrantRoleInput!) { grantRole(input: $input) { id } }`;
    const outside = await a.fails(GRANT, {
      input: { userId: staffA.id, roleId: roleIds['REPORTER'], unitId: communeB.id },
    });
    expect(outside.extensions?.code).toBe('FORBIDDEN');
    const global = await a.fails(GRANT, {
      input: { userId: staffA.id, roleId: roleIds['REPORTER'] },
    });
    expect(global.extensions?.code).toBe('FORBIDDEN');
    // Inside the scope it works.
    await a.ok(GRANT, {
      input: { userId: staffA.id, roleId: roleIds['REPORTER'], unitId: communeA.id },
    });

    // An officer with only read rights, given ROLE_ASSIGN through a custom role, still cannot hand out
    // more than they hold.
    const officer = await t.user({ unit: communeA, role: 'TDKT_OFFICER' });
    const global2 = await t.user({ unit: province, role: 'SYSTEM_ADMIN', scope: null });
    const root = await t.loggedIn(global2.username);
    const { createRole } = await root.ok(
      `mutation($input: CreateRoleInput!) { createRole(input: $input) { id } }`,
      {
        input: {
          code: `PHAN_QUYEN_${t.uid().toUpperCase()}`,
          name: 'Phân quyền',
          permissions: ['ROLE_ASSIGN', 'USER_READ'],
        },
      },
    );
    await root.ok(GRANT, {
      input: { userId: officer.id, roleId: createRole.id, unitId: communeA.id },
    });
    const o = await t.loggedIn(officer.username);
    const escalate = await o.fails(GRANT, {
      input: { userId: officer.id, roleId: roleIds['SYSTEM_ADMIN'], unitId: communeA.id },
    });
    expect(escalate.extensions?.code).toBe('FORBIDDEN');
    expect(escalate.message).toMatch(/không có các quyền/);
  });

  it('needs the permission at all: a plain user cannot list users', async () => {
    const s = await t.loggedIn(staffA.username);
    expect((await s.fails(USERS)).extensions?.code).toBe('FORBIDDEN');
  });

  it('legal documents: a commune officer manages its own unit’s, not another commune’s nor national ones', async () => {
    const uid = t.uid();
    const officer = await t.loggedIn(
      (await t.user({ unit: communeA, role: 'TDKT_OFFICER' })).username,
    );
    const global = await t.loggedIn(
      (await t.user({ unit: province, role: 'SYSTEM_ADMIN', scope: null })).username,
    );
    const doc = (unit: UnitEntity | null, n: string) => ({
      number: `${n}-${uid}/KH-UBND`,
      kind: 'KE_HOACH' as const,
      issuingBody: unit ? `Ủy ban nhân dân ${unit.name}` : 'Bộ Nội vụ',
      issuerUnitId: unit?.id ?? null,
      issuedOn: '2025-04-01',
      title: `Kế hoạch thi đua ${n} ${uid}`,
    });
    // in scope: creates and changes its own commune's documents
    const { createLegalDocument: own } = await officer.ok(CREATE_LEGAL, {
      input: doc(communeA, 'a'),
    });
    expect(own.canManage).toBe(true);
    await officer.ok(UPDATE_LEGAL, {
      input: { id: own.id, version: own.version, ...doc(communeA, 'a'), title: 'Đã sửa' },
    });

    // a sibling's document: readable (public), not manageable, its issuer shown by name and code only
    const { createLegalDocument: other } = await global.ok(CREATE_LEGAL, {
      input: doc(communeB, 'b'),
    });
    const { legalDocument: seen } = await officer.ok(LEGAL, { id: other.id });
    expect(seen).toMatchObject({
      canManage: false,
      issuerUnit: { name: communeB.name, code: communeB.code, canOpen: false, parentId: null },
    });
    const update = await officer.fails(UPDATE_LEGAL, {
      input: {
        id: other.id,
        version: other.version,
        ...doc(communeB, 'b'),
        title: 'Sửa trái phép',
      },
    });
    expect(update.extensions?.code).toBe('NOT_FOUND');
    expect(update.message).not.toContain(communeB.name);
    const replace = await officer.fails(REPLACE_LEGAL, {
      input: { id: other.id, version: other.version, replacedById: own.id },
    });
    expect(replace.extensions?.code).toBe('NOT_FOUND');
    const { legalDocument: unchanged } = await global.ok(LEGAL, { id: other.id });
    expect(unchanged).toMatchObject({ title: `Kế hoạch thi đua b ${uid}`, version: 1 });

    // nor create there (the unit does not exist for it), nor move its own document there
    const elsewhere = await officer.fails(CREATE_LEGAL, { input: doc(communeB, 'c') });
    expect(elsewhere.extensions?.fields).toEqual({ issuerUnitId: ['Đơn vị không tồn tại.'] });
    // national documents need a global grant
    const national = await officer.fails(CREATE_LEGAL, { input: doc(null, 'd') });
    expect(national.extensions?.code).toBe('FORBIDDEN');

    // a global manager manages both
    expect((await global.ok(LEGAL, { id: own.id })).legalDocument.canManage).toBe(true);
    await global.ok(REPLACE_LEGAL, {
      input: { id: other.id, version: other.version, replacedById: own.id },
    });
  });

  it('campaign plans: drafts are seen and changed inside the issuer unit only; a sibling gets NOT_FOUND', async () => {
    const uid = t.uid();
    const officerA = await t.loggedIn(
      (await t.user({ unit: communeA, role: 'TDKT_OFFICER' })).username,
    );
    const officerB = await t.loggedIn(
      (await t.user({ unit: communeB, role: 'TDKT_OFFICER' })).username,
    );
    const leaderP = await t.loggedIn((await t.user({ unit: province, role: 'LEADER' })).username);
    const leaderB = await t.loggedIn((await t.user({ unit: communeB, role: 'LEADER' })).username);
    const global = await t.loggedIn(
      (await t.user({ unit: province, role: 'SYSTEM_ADMIN', scope: null })).username,
    );
    const plain = await t.loggedIn(staffA.username);
    const fields = (title: string) => ({
      kind: 'THEMATIC' as const,
      scope: 'AGENCY' as const,
      title,
      periodFrom: '2025-03-01',
      periodTo: '2025-12-31',
      legalDocumentIds: [],
      content: { purpose: { aims: ['Mục đích.'] }, sections: [] },
    });
    const ids = async (client: typeof officerA) =>
      (await client.ok(PLANS, { search: `ke hoach ${uid}` })).campaignPlans.edges.map(
        (e) => e.node.id,
      );

    // in scope: drafts, reads and changes its own commune's plan
    const { createCampaignPlan: own } = await officerA.ok(CREATE_PLAN, {
      input: { issuerUnitId: communeA.id, ...fields(`Kế hoạch ${uid} A`) },
    });
    await officerA.ok(UPDATE_PLAN, {
      input: { id: own.id, version: 1, ...fields(`Kế hoạch ${uid} A sửa`) },
    });
    expect(await ids(officerA)).toEqual([own.id]);

    // a sibling commune: the draft does not exist for it, in the list, read, update and delete
    expect(await ids(officerB)).toEqual([]);
    for (const denied of [
      await officerB.fails(PLAN, { id: own.id }),
      await officerB.fails(UPDATE_PLAN, {
        input: { id: own.id, version: 2, ...fields(`Sửa trái phép ${uid}`) },
      }),
      await officerB.fails(DELETE_PLAN, { input: { id: own.id, version: 2 } }),
      await officerB.fails(SUBMIT_PLAN, { input: { id: own.id, version: 2 } }),
      await leaderB.fails(ISSUE_PLAN, {
        input: {
          id: own.id,
          version: 2,
          issuedOn: '2025-03-01',
          place: 'Xã B',
          signer: { title: 'Chủ tịch', name: 'Người Ký' },
        },
      }),
      // after issue: the lifecycle, amendments and PDF batches (campaign-lifecycle.service.ts…)
      await officerB.fails(START_PLAN, { input: { id: own.id, version: 2 } }),
      await officerB.fails(AMEND_PLAN, { input: { id: own.id, note: 'Sửa trái phép' } }),
      await officerB.fails(RENDER_PLANS, { input: { planIds: [own.id] } }),
    ]) {
      expect(denied.extensions?.code).toBe('NOT_FOUND');
      expect(denied.message).not.toContain(communeA.name);
    }
    // the plan's documents too (.docx, PDF)
    for (const format of ['docx', 'pdf']) {
      const res = await fetch(`${t.baseUrl}/api/campaign-plans/${own.id}/document.${format}`, {
        headers: { cookie: officerB.sessionCookie ?? '' },
      });
      expect(res.status).toBe(404);
      expect(((await res.json()) as { code: string }).code).toBe('NOT_FOUND');
    }
    // nor draft one for commune A
    const elsewhere = await officerB.fails(CREATE_PLAN, {
      input: { issuerUnitId: communeA.id, ...fields(`Kế hoạch ${uid} B`) },
    });
    expect(elsewhere.extensions?.fields).toEqual({ issuerUnitId: ['Đơn vị không tồn tại.'] });

    // the province's leader reads below it but manages nothing; a user without the permission reads nothing
    expect(await ids(leaderP)).toEqual([own.id]);
    expect((await leaderP.ok(PLAN, { id: own.id })).campaignPlan.version).toBe(2);
    const leaderWrite = await leaderP.fails(DELETE_PLAN, { input: { id: own.id, version: 2 } });
    expect(leaderWrite.extensions?.code).toBe('FORBIDDEN');
    expect((await plain.fails(PLANS, {})).extensions?.code).toBe('FORBIDDEN');

    // a global manager sees and changes everything
    expect(await ids(global)).toEqual([own.id]);
    expect(await global.ok(DELETE_PLAN, { input: { id: own.id, version: 2 } })).toEqual({
      deleteCampaignPlanDraft: own.id,
    });
  });

  it('campaign cascade: an issued plan reaches the units it addresses, and no sibling', async () => {
    const uid = t.uid();
    // the ký hiệu needs the issuer's short name (a test shortcut: the org API sets it too)
    await t.db.query(`UPDATE units SET short_name = 'UBTT' WHERE id = $1`, [province.id]);
    const officerP = await t.loggedIn(
      (await t.user({ unit: province, role: 'TDKT_OFFICER' })).username,
    );
    const leaderP = await t.loggedIn((await t.user({ unit: province, role: 'LEADER' })).username);
    const officerA = await t.loggedIn(
      (await t.user({ unit: communeA, role: 'TDKT_OFFICER' })).username,
    );
    const officerB = await t.loggedIn(
      (await t.user({ unit: communeB, role: 'TDKT_OFFICER' })).username,
    );
    const global = await t.loggedIn(
      (await t.user({ unit: province, role: 'SYSTEM_ADMIN', scope: null })).username,
    );
    const { createCampaignPlan: plan } = await officerP.ok(CREATE_PLAN, {
      input: {
        issuerUnitId: province.id,
        kind: 'THEMATIC',
        scope: 'PROVINCE',
        title: `Kế hoạch giao ${uid}`,
        periodFrom: '2025-03-01',
        periodTo: '2025-12-31',
        legalDocumentIds: [],
        content: { purpose: { aims: ['Mục đích.'] }, sections: [] },
        addressing: {
          unitIds: [communeA.id],
          subtreeUnitIds: [],
          unitKindCodes: [],
          unitKindsWithinUnitIds: [],
          clusterIds: [],
        },
        answerDeadline: '2025-04-30',
      },
    });
    // a draft reaches nobody below the issuer's readers
    expect((await officerA.fails(PLAN, { id: plan.id })).extensions?.code).toBe('NOT_FOUND');
    await officerP.ok(SUBMIT_PLAN, { input: { id: plan.id, version: plan.version } });
    await leaderP.ok(ISSUE_PLAN, {
      input: {
        id: plan.id,
        version: plan.version + 1,
        issuedOn: '2025-03-01',
        place: 'Tỉnh thử',
        signer: { title: 'Chủ tịch', name: 'Người Ký' },
      },
    });

    // the addressed unit: the plan, its inbox, its own row
    expect((await officerA.ok(PLAN, { id: plan.id })).campaignPlan.title).toBe(
      `Kế hoạch giao ${uid}`,
    );
    const inboxA = (await officerA.ok(INBOX)).campaignInbox.edges.map((e) => e.node.plan.id);
    expect(inboxA).toContain(plan.id);
    expect(
      (await officerA.ok(ADDRESSEES, { planId: plan.id })).campaignPlanAddressees.edges.map(
        (e) => e.node.unit.id,
      ),
    ).toEqual([communeA.id]);
    expect((await officerA.fails(REMIND, { input: { planId: plan.id } })).extensions?.code).toBe(
      'FORBIDDEN',
    );

    // a sibling: nothing exists
    for (const denied of [
      await officerB.fails(PLAN, { id: plan.id }),
      await officerB.fails(ADDRESSEES, { planId: plan.id }),
      await officerB.fails(CASCADE_SUMMARY, { planId: plan.id }),
      await officerB.fails(REMIND, { input: { planId: plan.id } }),
    ]) {
      expect(denied.extensions?.code).toBe('NOT_FOUND');
      expect(denied.message).not.toContain(province.name);
    }
    expect((await officerB.ok(INBOX)).campaignInbox.edges.map((e) => e.node.plan.id)).not.toContain(
      plan.id,
    );

    // the issuer and a global reader see every row
    for (const reader of [officerP, global])
      expect(
        (await reader.ok(CASCADE_SUMMARY, { planId: plan.id })).campaignCascadeSummary.counts.total,
      ).toBe(1);
    expect(
      (await officerP.ok(REMIND, { input: { planId: plan.id } })).remindCampaignAddressees,
    ).toEqual({ reminded: 1 });
  });

  it('congresses: held and changed by the host unit only; a sibling gets NOT_FOUND, the province reads', async () => {
    const uid = t.uid();
    await t.db.query(`UPDATE units SET short_name = 'UBTT' WHERE id = $1`, [province.id]);
    const officerP = await t.loggedIn(
      (await t.user({ unit: province, role: 'TDKT_OFFICER' })).username,
    );
    const leaderP = await t.loggedIn((await t.user({ unit: province, role: 'LEADER' })).username);
    const officerA = await t.loggedIn(
      (await t.user({ unit: communeA, role: 'TDKT_OFFICER' })).username,
    );
    const officerB = await t.loggedIn(
      (await t.user({ unit: communeB, role: 'TDKT_OFFICER' })).username,
    );
    const global = await t.loggedIn(
      (await t.user({ unit: province, role: 'SYSTEM_ADMIN', scope: null })).username,
    );
    const plan = await issueTestPlan(officerP, leaderP, bacKanDraft(province.id, uid, []));
    const fields = (name: string) => ({
      level: 'COMMUNE' as const,
      form: 'EXEMPLARS_CONFERENCE' as const,
      name,
      windowFrom: '2025-01-01',
      windowTo: '2025-03-31',
    });
    const ids = async (client: typeof officerA) =>
      (await client.ok(CONGRESSES, { planId: plan.id })).congresses.edges.map((e) => e.node.id);

    const { createCongress: own } = await officerA.ok(CREATE_CONGRESS, {
      input: { planId: plan.id, unitId: communeA.id, ...fields(`Hội nghị ${uid} A`) },
    });
    expect(await ids(officerA)).toEqual([own.id]);

    // a sibling commune: it does not exist, in the list, read, update and delete; nor can it hold one there
    expect(await ids(officerB)).toEqual([]);
    for (const denied of [
      await officerB.fails(CONGRESS, { id: own.id }),
      await officerB.fails(UPDATE_CONGRESS, {
        input: { id: own.id, version: 1, ...fields(`Sửa trái phép ${uid}`) },
      }),
      await officerB.fails(DELETE_CONGRESS, { input: { id: own.id, version: 1 } }),
    ]) {
      expect(denied.extensions?.code).toBe('NOT_FOUND');
      expect(denied.message).not.toContain(communeA.name);
    }
    const elsewhere = await officerB.fails(CREATE_CONGRESS, {
      input: { planId: plan.id, unitId: communeA.id, ...fields(`Hội nghị ${uid} B`) },
    });
    expect(elsewhere.extensions?.fields).toEqual({ unitId: ['Đơn vị không tồn tại.'] });

    // the province's leader reads below it but manages nothing; a global manager changes everything
    expect(await ids(leaderP)).toEqual([own.id]);
    expect((await leaderP.ok(CONGRESS, { id: own.id })).congress.version).toBe(1);
    const leaderWrite = await leaderP.fails(DELETE_CONGRESS, { input: { id: own.id, version: 1 } });
    expect(leaderWrite.extensions?.code).toBe('FORBIDDEN');
    expect(await ids(global)).toEqual([own.id]);
    expect(await global.ok(DELETE_CONGRESS, { input: { id: own.id, version: 1 } })).toEqual({
      deleteCongress: own.id,
    });
  });

  it('campaign registrations and reviews: a commune sees and changes its own; a sibling gets NOT_FOUND, the issuer reads all', async () => {
    const REGISTER = graphql(`
      mutation ScopeRegCreate($input: CreateCampaignRegistrationInput!) {
        createCampaignRegistration(input: $input) {
          id
          version
        }
      }
    `);
    const REG_UPDATE = graphql(`
      mutation ScopeRegUpdate($input: UpdateCampaignRegistrationInput!) {
        updateCampaignRegistration(input: $input) {
          id
          version
        }
      }
    `);
    const REG = graphql(`
      query ScopeReg($id: ID!) {
        campaignRegistration(id: $id) {
          id
          version
        }
      }
    `);
    const REVIEW = graphql(`
      mutation ScopeReviewCreate($input: CreateCampaignReviewInput!) {
        createCampaignReview(input: $input) {
          id
          version
        }
      }
    `);
    const REVIEW_UPDATE = graphql(`
      mutation ScopeReviewUpdate($input: UpdateCampaignReviewInput!) {
        updateCampaignReview(input: $input) {
          id
          version
        }
      }
    `);
    const REVIEW_ONE = graphql(`
      query ScopeReview($id: ID!) {
        campaignReview(id: $id) {
          id
          version
        }
      }
    `);
    await t.db.query(`UPDATE units SET short_name = 'UBTT' WHERE id = $1`, [province.id]);
    const officerP = await t.loggedIn(
      (await t.user({ unit: province, role: 'TDKT_OFFICER' })).username,
    );
    const leaderP = await t.loggedIn((await t.user({ unit: province, role: 'LEADER' })).username);
    const officerA = await t.loggedIn(
      (await t.user({ unit: communeA, role: 'TDKT_OFFICER' })).username,
    );
    const officerB = await t.loggedIn(
      (await t.user({ unit: communeB, role: 'TDKT_OFFICER' })).username,
    );
    const global = await t.loggedIn(
      (await t.user({ unit: province, role: 'SYSTEM_ADMIN', scope: null })).username,
    );
    const plan = await issueTestPlan(officerP, leaderP, {
      ...bacKanDraft(province.id, t.uid(), []),
      scope: 'PROVINCE',
      addressing: {
        unitIds: [communeA.id, communeB.id],
        subtreeUnitIds: [],
        unitKindCodes: [],
        unitKindsWithinUnitIds: [],
        clusterIds: [],
      },
    });
    const { createCampaignRegistration: reg } = await officerA.ok(REGISTER, {
      input: {
        planId: plan.id,
        unitId: communeA.id,
        kind: 'UNIT',
        titles: [{ name: 'Tập thể lao động xuất sắc' }],
      },
    });
    const { createCampaignReview: review } = await officerA.ok(REVIEW, {
      input: {
        planId: plan.id,
        unitId: communeA.id,
        kind: 'MIDTERM',
        report: 'Sơ kết.',
        figures: [],
      },
    });

    // in scope: changes its own
    await officerA.ok(REG_UPDATE, {
      input: { id: reg.id, version: reg.version, titles: [{ name: 'Cờ thi đua của UBND tỉnh' }] },
    });
    await officerA.ok(REVIEW_UPDATE, {
      input: { id: review.id, version: review.version, report: 'Sơ kết 6 tháng.', figures: [] },
    });

    // a sibling commune the plan also addresses: nothing of commune A's exists for it
    for (const denied of [
      await officerB.fails(REG, { id: reg.id }),
      await officerB.fails(REG_UPDATE, {
        input: { id: reg.id, version: reg.version + 1, titles: [{ name: 'Sửa trái phép' }] },
      }),
      await officerB.fails(REVIEW_ONE, { id: review.id }),
      await officerB.fails(REVIEW_UPDATE, {
        input: {
          id: review.id,
          version: review.version + 1,
          report: 'Sửa trái phép.',
          figures: [],
        },
      }),
    ]) {
      expect(denied.extensions?.code).toBe('NOT_FOUND');
      expect(denied.message).not.toContain(communeA.name);
    }

    // the issuer's readers and a global reader read both; the leader changes nothing
    for (const reader of [leaderP, global]) {
      expect((await reader.ok(REG, { id: reg.id })).campaignRegistration.version).toBe(2);
      expect((await reader.ok(REVIEW_ONE, { id: review.id })).campaignReview.version).toBe(2);
    }
    const leaderWrite = await leaderP.fails(REG_UPDATE, {
      input: { id: reg.id, version: 2, titles: [{ name: 'Sửa' }] },
    });
    expect(leaderWrite.extensions?.code).toBe('FORBIDDEN');
  });

  it('an API client sees only its scope and is audited as itself', async () => {
    const root = await t.loggedIn(
      (await t.user({ unit: province, role: 'SYSTEM_ADMIN', scope: null })).username,
    );
    const { createApiClient } = await root.ok(
      `mutation($input: CreateApiClientInput!) { createApiClient(input: $input) { token client { id keyPrefix version } } }`,
      {
        input: {
          name: 'Hệ thống báo cáo xã A',
          unitId: communeA.id,
          roles: [{ roleId: roleIds['INTEGRATION'], unitId: communeA.id }],
        },
      },
    );
    const api = t.client().withBearer(createApiClient.token);
    const me = await api.ok(`{ me { actorType apiClient { id } permissions } }`);
    expect(me.me).toMatchObject({
      actorType: 'API_CLIENT',
      apiClient: { id: createApiClient.client.id },
      permissions: ['UNIT_READ'],
    });

    const { units } = await api.ok(`{ units(first: 100) { edges { node { id } } } }`);
    const ids = units.edges.map((e: { node: { id: string } }) => e.node.id);
    expect(ids).toContain(communeA.id);
    expect(ids).not.toContain(communeB.id);
    expect(ids).not.toContain(province.id);
    expect(
      (await api.fails(`query($id: ID!) { unit(id: $id) { id } }`, { id: communeB.id })).extensions
        ?.code,
    ).toBe('NOT_FOUND');
    expect((await api.fails(USERS)).extensions?.code).toBe('FORBIDDEN');

    // Creating the client is audited as the administrator who did it.
    const rows = await t.db.query(
      `SELECT actor_type, actor_id FROM audit_log WHERE entity_id = $1 AND operation = 'apiClient.create'`,
      [createApiClient.client.id],
    );
    expect(rows[0]).toMatchObject({ actor_type: 'USER' });

    // Revoked: refused at once.
    await root.ok(
      `mutation($input: RevokeApiClientInput!) { revokeApiClient(input: $input) { status } }`,
      {
        input: { id: createApiClient.client.id, version: createApiClient.client.version },
      },
    );
    expect((await api.fails(`{ me { actorType } }`)).extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('an API client with rights acts under its own name in the audit log', async () => {
    const root = await t.loggedIn(
      (await t.user({ unit: province, role: 'SYSTEM_ADMIN', scope: null })).username,
    );
    const { createApiClient } = await root.ok(
      `mutation($input: CreateApiClientInput!) { createApiClient(input: $input) { token client { id } } }`,
      {
        input: {
          name: 'Đồng bộ nhân sự',
          unitId: communeA.id,
          roles: [{ roleId: roleIds['SYSTEM_ADMIN'], unitId: communeA.id }],
        },
      },
    );
    const api = t.client().withBearer(createApiClient.token);
    const { createUser } = await api.ok(
      `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`,
      {
        input: {
          username: `dongbo.${t.uid()}`,
          fullName: 'Nguyễn Đồng Bộ',
          unitId: communeA.id,
          password: 'matkhau2025',
        },
      },
    );
    const [row] = await t.db.query(
      `SELECT actor_type, actor_id, actor_name, acting_unit_id FROM audit_log WHERE entity_id = $1 AND operation = 'user.create'`,
      [createUser.id],
    );
    expect(row).toMatchObject({
      actor_type: 'API_CLIENT',
      actor_id: createApiClient.client.id,
      actor_name: 'Ứng dụng: Đồng bộ nhân sự',
      acting_unit_id: communeA.id,
    });
    // … and cannot exceed its scope.
    const outside = await api.fails(
      `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`,
      {
        input: {
          username: `ngoai.${t.uid()}`,
          fullName: 'Ngoài phạm vi',
          unitId: communeB.id,
          password: 'matkhau2025',
        },
      },
    );
    expect(outside.extensions?.code).toBe('FORBIDDEN');
  });
});
