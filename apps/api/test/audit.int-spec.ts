import { UserEntity } from '../src/modules/identity/entities/user.entity';
import { UnitEntity } from '../src/modules/org/unit.entity';
import type { GqlClient } from './setup/gql-client';
import { bacKanDraft, issueTestPlan } from './campaign-fixtures';
import { graphql } from './gql';
import { startTestApp, type TestApp } from './setup/test-app';

const CREATE_USER = `mutation($input: CreateUserInput!) { createUser(input: $input) { id username version } }`;
const AUDIT = `query($filter: AuditFilter, $first: Int, $after: String) {
  auditLog(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id operation actorType actorName entityType entityId actingUnit { id } changes { field before after } } }
  }
}`;

const CREATE_LEGAL = graphql(`
  mutation AuditLegalCreate($input: CreateLegalDocumentInput!) {
    createLegalDocument(input: $input) {
      id
      version
    }
  }
`);
const REPLACE_LEGAL = graphql(`
  mutation AuditLegalReplace($input: MarkLegalDocumentReplacedInput!) {
    markLegalDocumentReplaced(input: $input) {
      id
    }
  }
`);

const CREATE_PLAN = graphql(`
  mutation AuditCampaignCreate($input: CreateCampaignPlanInput!) {
    createCampaignPlan(input: $input) {
      id
      version
    }
  }
`);
const UPDATE_PLAN = graphql(`
  mutation AuditCampaignUpdate($input: UpdateCampaignPlanInput!) {
    updateCampaignPlan(input: $input) {
      id
    }
  }
`);
const DELETE_PLAN = graphql(`
  mutation AuditCampaignDelete($input: DeleteCampaignPlanDraftInput!) {
    deleteCampaignPlanDraft(input: $input)
  }
`);

const START_PLAN = graphql(`
  mutation AuditCampaignStart($input: CampaignPlanStepInput!) {
    startCampaignPlan(input: $input) {
      id
    }
  }
`);
const AMEND_PLAN = graphql(`
  mutation AuditCampaignAmend($input: AmendCampaignPlanInput!) {
    amendCampaignPlan(input: $input) {
      id
    }
  }
`);
const RENDER_PLANS = graphql(`
  mutation AuditCampaignRender($input: RenderCampaignPlanDocumentsInput!) {
    renderCampaignPlanDocuments(input: $input) {
      job {
        id
      }
    }
  }
`);

const SUBMIT_PLAN = graphql(`
  mutation AuditCampaignSubmit($input: SubmitCampaignPlanInput!) {
    submitCampaignPlan(input: $input) {
      id
      version
    }
  }
`);
const ISSUE_PLAN = graphql(`
  mutation AuditCampaignIssue($input: IssueCampaignPlanInput!) {
    issueCampaignPlan(input: $input) {
      id
      version
    }
  }
`);
const REMIND = graphql(`
  mutation AuditCampaignRemind($input: RemindCampaignAddresseesInput!) {
    remindCampaignAddressees(input: $input) {
      reminded
    }
  }
`);

const CREATE_CONGRESS = graphql(`
  mutation AuditCongressCreate($input: CreateCongressInput!) {
    createCongress(input: $input) {
      id
      version
    }
  }
`);
const UPDATE_CONGRESS = graphql(`
  mutation AuditCongressUpdate($input: UpdateCongressInput!) {
    updateCongress(input: $input) {
      id
      version
    }
  }
`);
const SET_CONGRESS_DELEGATES = graphql(`
  mutation AuditCongressDelegates($input: SetCongressDelegatesInput!) {
    setCongressDelegates(input: $input) {
      id
      version
    }
  }
`);
const CONGRESS_TO_UPPER = graphql(`
  mutation AuditCongressToUpper($input: MarkCongressDelegatesToUpperInput!) {
    markCongressDelegatesToUpper(input: $input) {
      id
    }
  }
`);
const HOLD_CONGRESS = graphql(`
  mutation AuditCongressHold($input: HoldCongressInput!) {
    holdCongress(input: $input) {
      id
    }
  }
`);

describe('audit log', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('records every mutation with actor, unit, before and after, in the same transaction', async () => {
    const unit = await t.unit('Sở Nội vụ');
    const admin = await t.user({ unit, role: 'SYSTEM_ADMIN' });
    const client = await t.loggedIn(admin.username);
    const username = `moi.${t.uid()}`;
    const { createUser } = await client.ok(CREATE_USER, {
      input: {
        username,
        fullName: 'Nguyễn Văn Mới',
        unitId: unit.id,
        password: 'matkhau2025',
        email: 'moi@example.vn',
      },
    });
    await client.ok(`mutation($input: UpdateUserInput!) { updateUser(input: $input) { id } }`, {
      input: {
        id: createUser.id,
        version: createUser.version,
        fullName: 'Nguyễn Văn Mới Sửa',
        unitId: unit.id,
        email: 'moi@example.vn',
      },
    });

    const { auditLog } = await client.ok(AUDIT, {
      filter: { entityType: 'User', entityId: createUser.id },
    });
    const ops = auditLog.edges.map((e: { node: { operation: string } }) => e.node.operation);
    expect(ops).toEqual(['user.update', 'user.create']);
    const [update, create] = auditLog.edges.map((e: { node: unknown }) => e.node);
    expect(update).toMatchObject({
      actorType: 'USER',
      actorName: expect.stringContaining(admin.username),
      actingUnit: { id: unit.id },
      changes: [{ field: 'fullName', before: '"Nguyễn Văn Mới"', after: '"Nguyễn Văn Mới Sửa"' }],
    });
    expect(create.changes).toEqual(
      expect.arrayContaining([
        { field: 'username', before: null, after: JSON.stringify(username) },
      ]),
    );
    // Secrets never reach the log.
    const raw = JSON.stringify(
      await t.db.query(`SELECT changes FROM audit_log WHERE entity_id = $1`, [createUser.id]),
    );
    expect(raw).not.toMatch(/argon2|matkhau2025/);
  });

  it('a failed mutation leaves neither data nor an audit row', async () => {
    const unit = await t.unit('Sở Tài chính');
    const admin = await t.user({ unit, role: 'SYSTEM_ADMIN' });
    const client = await t.loggedIn(admin.username);
    const username = `loi.${t.uid()}`;
    // this administrator's own rows (its login): never the whole table, which other suites write to
    const mine = async () =>
      Number(
        (await t.db.query(`SELECT count(*) FROM audit_log WHERE actor_id = $1`, [admin.id]))[0]
          .count,
      );
    const before = await mine();
    // The second role grant is invalid (unknown role): the whole creation rolls back.
    const err = await client.fails(CREATE_USER, {
      input: {
        username,
        fullName: 'Không được tạo',
        unitId: unit.id,
        password: 'matkhau2025',
        roles: [{ roleId: '00000000-0000-4000-8000-000000000000', unitId: unit.id }],
      },
    });
    expect(err.extensions?.code).toBe('BAD_USER_INPUT');
    expect(err.extensions?.fields).toEqual({ 'roles.0.roleId': ['Vai trò không tồn tại.'] });
    expect(await t.db.getRepository(UserEntity).countBy({ username })).toBe(0);
    expect(await mine()).toBe(before);
  });

  it('a failed legal document mutation leaves neither data nor an audit row', async () => {
    const unit = await t.unit('Sở Văn hóa');
    const officer = await t.user({ unit, role: 'TDKT_OFFICER' });
    const client = await t.loggedIn(officer.username);
    const uid = t.uid();
    const input = (n: string, effectiveFrom: string) => ({
      number: `${n}${uid}/HD-SVH`,
      kind: 'HUONG_DAN' as const,
      issuingBody: 'Sở Văn hóa',
      issuerUnitId: unit.id,
      issuedOn: '2025-02-01',
      title: `Hướng dẫn thi đua ${n} ${uid}`,
      effectiveFrom,
    });
    const { createLegalDocument: a } = await client.ok(CREATE_LEGAL, {
      input: input('a', '2025-02-01'),
    });
    const { createLegalDocument: b } = await client.ok(CREATE_LEGAL, {
      input: input('b', '2025-03-01'),
    });
    await client.ok(REPLACE_LEGAL, { input: { id: a.id, version: a.version, replacedById: b.id } });
    // this officer's own rows (its login and the three changes above): never the whole table
    const mine = async () =>
      Number(
        (await t.db.query(`SELECT count(*) FROM audit_log WHERE actor_id = $1`, [officer.id]))[0]
          .count,
      );
    const before = await mine();
    const snapshot = () =>
      t.db.query(
        `SELECT number, replaced_by_id, effective_to::text, version FROM legal_documents WHERE id = ANY($1) ORDER BY number`,
        [[a.id, b.id]],
      );
    const rows = await snapshot();

    // a cycle (b replaced by a, which b replaced), a stale version, a duplicate number
    const cycle = await client.fails(REPLACE_LEGAL, {
      input: { id: b.id, version: b.version, replacedById: a.id },
    });
    expect(cycle.extensions?.code).toBe('BAD_USER_INPUT');
    const stale = await client.fails(REPLACE_LEGAL, {
      input: { id: a.id, version: a.version, replacedById: null },
    });
    expect(stale.extensions?.code).toBe('CONFLICT');
    const twin = await client.fails(CREATE_LEGAL, { input: input('a', '2025-02-01') });
    expect(twin.extensions?.fields?.['number']).toHaveLength(1);

    expect(await snapshot()).toEqual(rows);
    expect(await mine()).toBe(before);
  });

  it('a failed campaign plan mutation leaves neither data nor an audit row', async () => {
    const unit = await t.unit('Sở Khoa học');
    const officer = await t.user({ unit, role: 'TDKT_OFFICER' });
    const client = await t.loggedIn(officer.username);
    const uid = t.uid();
    const fields = (title: string) => ({
      kind: 'REGULAR' as const,
      scope: 'AGENCY' as const,
      title,
      periodFrom: '2025-01-01',
      periodTo: '2025-12-31',
      legalDocumentIds: [],
      content: { purpose: { aims: ['Mục đích.'] }, sections: [] },
    });
    const { createCampaignPlan: plan } = await client.ok(CREATE_PLAN, {
      input: { issuerUnitId: unit.id, ...fields(`Kế hoạch ${uid}`) },
    });
    await client.ok(UPDATE_PLAN, {
      input: { id: plan.id, version: 1, ...fields(`Kế hoạch sửa ${uid}`) },
    });
    const mine = async () =>
      Number(
        (await t.db.query(`SELECT count(*) FROM audit_log WHERE actor_id = $1`, [officer.id]))[0]
          .count,
      );
    const before = await mine();
    const snapshot = () =>
      t.db.query(`SELECT title, version, content FROM campaign_plans WHERE title LIKE $1`, [
        `%${uid}%`,
      ]);
    const rows = await snapshot();

    // a stale update, a stale delete, a căn cứ that does not exist, a period backwards
    const stale = await client.fails(UPDATE_PLAN, {
      input: { id: plan.id, version: 1, ...fields(`Bản cũ ${uid}`) },
    });
    expect(stale.extensions?.code).toBe('CONFLICT');
    const staleDelete = await client.fails(DELETE_PLAN, { input: { id: plan.id, version: 1 } });
    expect(staleDelete.extensions?.code).toBe('CONFLICT');
    const missing = await client.fails(UPDATE_PLAN, {
      input: {
        id: plan.id,
        version: 2,
        ...fields(`Căn cứ sai ${uid}`),
        legalDocumentIds: ['00000000-0000-4000-8000-000000000000'],
      },
    });
    expect(missing.extensions?.fields).toEqual({
      'legalDocumentIds.0': ['Văn bản căn cứ không tồn tại.'],
    });
    const backwards = await client.fails(CREATE_PLAN, {
      input: { issuerUnitId: unit.id, ...fields(`Ngược ${uid}`), periodTo: '2024-12-31' },
    });
    expect(backwards.extensions?.code).toBe('BAD_USER_INPUT');
    // a draft cannot be run or amended yet (campaign-lifecycle.service.ts, campaign-amendment.service.ts)
    const start = await client.fails(START_PLAN, { input: { id: plan.id, version: 2 } });
    expect(start.extensions?.code).toBe('BAD_USER_INPUT');
    const amend = await client.fails(AMEND_PLAN, { input: { id: plan.id, note: `Sửa ${uid}` } });
    expect(amend.extensions?.code).toBe('BAD_USER_INPUT');
    // a batch asking for a plan twice queues nothing
    const twice = await client.fails(RENDER_PLANS, { input: { planIds: [plan.id, plan.id] } });
    expect(twice.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await t.db.query(`SELECT 1 FROM jobs WHERE actor_id = $1`, [officer.id])).toEqual([]);

    expect(await snapshot()).toEqual(rows);
    expect(await mine()).toBe(before);
  });

  it('a failed cascade (issue, reminder) leaves neither addressees, reminders nor an audit row', async () => {
    const uid = t.uid();
    const issuer = await t.unit(`Tỉnh giao ${uid}`);
    await t.db.query(`UPDATE units SET short_name = 'UBGV' WHERE id = $1`, [issuer.id]);
    const commune = await t.unit(`Xã được giao ${uid}`, issuer, 'COMMUNE');
    const officer = await t.user({ unit: issuer, role: 'TDKT_OFFICER' });
    const leader = await t.user({ unit: issuer, role: 'LEADER' });
    const drafting = await t.loggedIn(officer.username);
    const signing = await t.loggedIn(leader.username);
    const { createCampaignPlan: plan } = await drafting.ok(CREATE_PLAN, {
      input: {
        issuerUnitId: issuer.id,
        kind: 'REGULAR',
        scope: 'PROVINCE',
        title: `Kế hoạch giao ${uid}`,
        periodFrom: '2025-01-01',
        periodTo: '2025-12-31',
        legalDocumentIds: [],
        content: { purpose: { aims: ['Mục đích.'] }, sections: [] },
        addressing: {
          unitIds: [commune.id],
          subtreeUnitIds: [],
          unitKindCodes: [],
          unitKindsWithinUnitIds: [],
          clusterIds: [],
        },
        answerDeadline: '2025-01-15',
      },
    });
    const { submitCampaignPlan: submitted } = await drafting.ok(SUBMIT_PLAN, {
      input: { id: plan.id, version: plan.version },
    });
    const audited = async () =>
      Number(
        (
          await t.db.query(`SELECT count(*) FROM audit_log WHERE actor_id = ANY($1)`, [
            [officer.id, leader.id],
          ])
        )[0].count,
      );
    const state = async () => ({
      plan: (
        await t.db.query(`SELECT status, version, number FROM campaign_plans WHERE id = $1`, [
          plan.id,
        ])
      )[0],
      addressees: await t.db.query(
        `SELECT unit_id, reminder_count FROM campaign_plan_addressees WHERE plan_id = $1`,
        [plan.id],
      ),
    });
    const before = { audit: await audited(), state: await state() };
    // the deadline falls before the issue date: the cascade refuses, the number is not taken
    const late = await signing.fails(ISSUE_PLAN, {
      input: {
        id: plan.id,
        version: submitted.version,
        issuedOn: '2025-02-01',
        place: 'Tỉnh giao',
        signer: { title: 'Chủ tịch', name: 'Người Ký' },
      },
    });
    expect(late.extensions?.fields).toEqual({
      answerDeadline: ['Hạn gửi kế hoạch thực hiện không được trước ngày ban hành.'],
    });
    expect(await state()).toEqual(before.state);
    expect(await audited()).toBe(before.audit);

    await signing.ok(ISSUE_PLAN, {
      input: {
        id: plan.id,
        version: submitted.version,
        issuedOn: '2025-01-10',
        place: 'Tỉnh giao',
        signer: { title: 'Chủ tịch', name: 'Người Ký' },
      },
    });
    const issued = { audit: await audited(), state: await state() };
    expect(issued.state.addressees).toEqual([{ unit_id: commune.id, reminder_count: 0 }]);
    // a reminder naming a unit the plan does not address changes nothing
    const stranger = await drafting.fails(REMIND, {
      input: { planId: plan.id, unitIds: [commune.id, issuer.id] },
    });
    expect(stranger.extensions?.fields).toEqual({
      'unitIds.1': ['Đơn vị không thuộc danh sách thực hiện kế hoạch.'],
    });
    expect(await state()).toEqual(issued.state);
    expect(await audited()).toBe(issued.audit);
  });

  it('a failed congress mutation leaves neither data nor an audit row', async () => {
    const uid = t.uid();
    const unit = await t.unit(`Tỉnh Đại Hội ${uid}`);
    const other = await t.unit(`Tỉnh Khác ${uid}`);
    await t.db.query(`UPDATE units SET short_name = 'UBDH' WHERE id = $1`, [unit.id]);
    const officer = await t.user({ unit, role: 'TDKT_OFFICER' });
    const client = await t.loggedIn(officer.username);
    const leader = await t.loggedIn((await t.user({ unit, role: 'LEADER' })).username);
    const stranger = await t.loggedIn(
      (await t.user({ unit: other, role: 'TDKT_OFFICER' })).username,
    );
    const plan = await issueTestPlan(client, leader, bacKanDraft(unit.id, uid, []));
    const person = async (c: GqlClient, u: UnitEntity) =>
      (
        await c.ok(`mutation($input: CreatePersonInput!) { createPerson(input: $input) { id } }`, {
          input: {
            fullName: `Đại Biểu ${uid}`,
            sex: 'FEMALE',
            position: {
              unitId: u.id,
              title: 'Chuyên viên',
              startedOn: '2020-01-01',
              staffCategory: 'CIVIL_SERVANT',
            },
          },
        })
      ).createPerson.id as string;
    const inside = await person(client, unit);
    const outside = await person(stranger, other);
    const fields = {
      level: 'PROVINCE' as const,
      form: 'PATRIOTIC_CONGRESS' as const,
      name: `Đại hội ${uid}`,
      windowFrom: '2025-07-01',
      windowTo: '2025-09-30',
    };
    const { createCongress: congress } = await client.ok(CREATE_CONGRESS, {
      input: { planId: plan.id, unitId: unit.id, ...fields },
    });
    const { setCongressDelegates: listed } = await client.ok(SET_CONGRESS_DELEGATES, {
      input: { id: congress.id, version: congress.version, add: [{ personId: inside }] },
    });
    const mine = async () =>
      Number(
        (await t.db.query(`SELECT count(*) FROM audit_log WHERE actor_id = $1`, [officer.id]))[0]
          .count,
      );
    const before = await mine();
    const snapshot = () =>
      t.db.query(
        `SELECT c.name, c.version, c.status, c.requirements,
                (SELECT count(*)::int FROM congress_delegates d WHERE d.congress_id = c.id) AS delegates
           FROM congresses c WHERE c.id = $1`,
        [congress.id],
      );
    const rows = await snapshot();

    // a stale update, a requirement without sectors, a person of another unit, a non-delegate
    // marked for the level above, a congress held in the future
    const stale = await client.fails(UPDATE_CONGRESS, {
      input: { id: congress.id, version: congress.version, ...fields, name: `Cũ ${uid}` },
    });
    expect(stale.extensions?.code).toBe('CONFLICT');
    const sectors = await client.fails(UPDATE_CONGRESS, {
      input: {
        id: congress.id,
        version: listed.version,
        ...fields,
        requirements: [{ criterion: 'SECTOR' }],
      },
    });
    expect(sectors.extensions?.fields).toEqual({
      'requirements.0.sectors': ['Cần nêu ít nhất một ngành, lĩnh vực.'],
    });
    const stray = await client.fails(SET_CONGRESS_DELEGATES, {
      input: { id: congress.id, version: listed.version, add: [{ personId: outside }] },
    });
    expect(stray.extensions?.code).toBe('BAD_USER_INPUT');
    const notDelegate = await client.fails(CONGRESS_TO_UPPER, {
      input: { id: congress.id, version: listed.version, personIds: [outside] },
    });
    expect(notDelegate.extensions?.fields).toEqual({
      'personIds.0': ['Người này không có trong danh sách đại biểu.'],
    });
    const future = await client.fails(HOLD_CONGRESS, {
      input: { id: congress.id, version: listed.version, heldOn: '2999-01-01' },
    });
    expect(future.extensions?.fields).toEqual({
      heldOn: ['Ngày tổ chức không được sau ngày hôm nay.'],
    });

    expect(await snapshot()).toEqual(rows);
    expect(await mine()).toBe(before);
  });

  it('a failed registration or review mutation leaves neither data nor an audit row', async () => {
    const REGISTER = graphql(`
      mutation AuditRegCreate($input: CreateCampaignRegistrationInput!) {
        createCampaignRegistration(input: $input) {
          id
          version
        }
      }
    `);
    const REG_UPDATE = graphql(`
      mutation AuditRegUpdate($input: UpdateCampaignRegistrationInput!) {
        updateCampaignRegistration(input: $input) {
          id
        }
      }
    `);
    const REG_APPROVE = graphql(`
      mutation AuditRegApprove($input: CampaignRegistrationRefInput!) {
        approveCampaignRegistration(input: $input) {
          id
        }
      }
    `);
    const REVIEW = graphql(`
      mutation AuditReviewCreate($input: CreateCampaignReviewInput!) {
        createCampaignReview(input: $input) {
          id
          version
        }
      }
    `);
    const REVIEW_UPDATE = graphql(`
      mutation AuditReviewUpdate($input: UpdateCampaignReviewInput!) {
        updateCampaignReview(input: $input) {
          id
        }
      }
    `);
    const province = await t.unit(`Tỉnh Đăng Ký ${t.uid()}`);
    await t.db.query(`UPDATE units SET short_name = 'UBDK' WHERE id = $1`, [province.id]);
    const commune = await t.unit(`Xã Đăng Ký ${t.uid()}`, province);
    const officerP = await t.loggedIn(
      (await t.user({ unit: province, role: 'TDKT_OFFICER' })).username,
    );
    const leaderP = await t.loggedIn((await t.user({ unit: province, role: 'LEADER' })).username);
    const officer = await t.user({ unit: commune, role: 'TDKT_OFFICER' });
    const client = await t.loggedIn(officer.username);
    const plan = await issueTestPlan(officerP, leaderP, {
      ...bacKanDraft(province.id, t.uid(), []),
      scope: 'PROVINCE',
      addressing: {
        unitIds: [commune.id],
        subtreeUnitIds: [],
        unitKindCodes: [],
        unitKindsWithinUnitIds: [],
        clusterIds: [],
      },
    });
    const { createCampaignRegistration: reg } = await client.ok(REGISTER, {
      input: {
        planId: plan.id,
        unitId: commune.id,
        kind: 'UNIT',
        titles: [{ name: 'Tập thể lao động xuất sắc' }],
      },
    });
    const { createCampaignReview: review } = await client.ok(REVIEW, {
      input: {
        planId: plan.id,
        unitId: commune.id,
        kind: 'FINAL',
        report: 'Tổng kết.',
        figures: [],
      },
    });
    const mine = async () =>
      Number(
        (await t.db.query(`SELECT count(*) FROM audit_log WHERE actor_id = $1`, [officer.id]))[0]
          .count,
      );
    const before = await mine();
    const snapshot = async () => [
      await t.db.query(
        `SELECT titles, status, version FROM campaign_registrations WHERE plan_id = $1 ORDER BY id`,
        [plan.id],
      ),
      await t.db.query(
        `SELECT report, figures, status, version FROM campaign_reviews WHERE plan_id = $1 ORDER BY id`,
        [plan.id],
      ),
    ];
    const rows = await snapshot();

    // a stale edit, a title twice, an approval by the unit itself, a target the plan lacks, a stale report
    const stale = await client.fails(REG_UPDATE, {
      input: { id: reg.id, version: reg.version + 1, titles: [{ name: 'Khác' }] },
    });
    expect(stale.extensions?.code).toBe('CONFLICT');
    const twice = await client.fails(REG_UPDATE, {
      input: { id: reg.id, version: reg.version, titles: [{ name: 'A' }, { name: 'a' }] },
    });
    expect(twice.extensions?.code).toBe('BAD_USER_INPUT');
    const self = await client.fails(REG_APPROVE, { input: { id: reg.id, version: reg.version } });
    expect(self.extensions?.code).toBe('FORBIDDEN');
    const target = await client.fails(REVIEW_UPDATE, {
      input: {
        id: review.id,
        version: review.version,
        report: 'Tổng kết.',
        figures: [{ targetIndex: 9, achieved: '1' }],
      },
    });
    expect(target.extensions?.fields?.['figures.0.targetIndex']).toHaveLength(1);
    const staleReview = await client.fails(REVIEW_UPDATE, {
      input: { id: review.id, version: review.version + 1, report: 'Bản cũ.', figures: [] },
    });
    expect(staleReview.extensions?.code).toBe('CONFLICT');

    expect(await snapshot()).toEqual(rows);
    expect(await mine()).toBe(before);
  });

  it('cannot be updated, deleted or truncated, even with direct SQL', async () => {
    const [row] = await t.db.query(`SELECT id FROM audit_log LIMIT 1`);
    await expect(
      t.db.query(`UPDATE audit_log SET actor_name = 'giả mạo' WHERE id = $1`, [row.id]),
    ).rejects.toThrow(/append-only/);
    await expect(t.db.query(`DELETE FROM audit_log WHERE id = $1`, [row.id])).rejects.toThrow(
      /append-only/,
    );
    await expect(t.db.query(`TRUNCATE audit_log`)).rejects.toThrow(/append-only/);
    const [still] = await t.db.query(`SELECT actor_name FROM audit_log WHERE id = $1`, [row.id]);
    expect(still.actor_name).not.toBe('giả mạo');
  });

  it('filters by actor, operation prefix and time, and pages with cursors', async () => {
    const unit = await t.unit('Sở Y tế');
    const admin = await t.user({ unit, role: 'SYSTEM_ADMIN' });
    const client = await t.loggedIn(admin.username);
    const start = new Date().toISOString();
    for (let i = 0; i < 5; i++) {
      await client.ok(CREATE_USER, {
        input: {
          username: `trang.${i}.${t.uid()}`,
          fullName: `Người ${i}`,
          unitId: unit.id,
          password: 'matkhau2025',
        },
      });
    }
    const filter = { actorId: admin.id, operation: 'user.', from: start };
    const page1 = (await client.ok(AUDIT, { filter, first: 3 })).auditLog;
    expect(page1.totalCount).toBe(5);
    expect(page1.edges).toHaveLength(3);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const page2 = (await client.ok(AUDIT, { filter, first: 3, after: page1.pageInfo.endCursor }))
      .auditLog;
    expect(page2.edges).toHaveLength(2);
    expect(page2.pageInfo.hasNextPage).toBe(false);
    const ids = [...page1.edges, ...page2.edges].map((e: { node: { id: string } }) => e.node.id);
    expect(new Set(ids).size).toBe(5);

    const future = (
      await client.ok(AUDIT, {
        filter: { ...filter, from: new Date(Date.now() + 3_600_000).toISOString() },
      })
    ).auditLog;
    expect(future.totalCount).toBe(0);
    const backwards = await client.fails(AUDIT, {
      filter: { from: new Date().toISOString(), to: start },
    });
    expect(backwards.extensions?.fields).toHaveProperty(['filter.to']);
  });

  it('a scoped reader sees only what was done for units in its scope', async () => {
    const province = await t.unit('Tỉnh');
    const a = await t.unit('Xã A', province);
    const b = await t.unit('Xã B', province);
    const adminA = await t.user({ unit: a, role: 'SYSTEM_ADMIN' });
    const adminB = await t.user({ unit: b, role: 'SYSTEM_ADMIN' });
    const clientA = await t.loggedIn(adminA.username);
    const clientB = await t.loggedIn(adminB.username);
    const { createUser } = await clientB.ok(CREATE_USER, {
      input: {
        username: `xab.${t.uid()}`,
        fullName: 'Ở xã B',
        unitId: b.id,
        password: 'matkhau2025',
      },
    });
    const seenByA = (await clientA.ok(AUDIT, { filter: { entityId: createUser.id } })).auditLog;
    expect(seenByA.totalCount).toBe(0);
    const seenByB = (await clientB.ok(AUDIT, { filter: { entityId: createUser.id } })).auditLog;
    expect(seenByB.totalCount).toBe(1);
    const officer = await t.user({ unit: a });
    expect((await (await t.loggedIn(officer.username)).fails(AUDIT)).extensions?.code).toBe(
      'FORBIDDEN',
    );
  });

  describe('scoped by the record, not by the actor (issue 9 A5)', () => {
    const CREATE_PERSON = `mutation($input: CreatePersonInput!) { createPerson(input: $input) { id } }`;
    const ENTRIES = `query($filter: AuditFilter) {
      auditLog(filter: $filter, first: 50) {
        totalCount
        edges { node { operation operationLabel entityType entityTypeLabel entityId entityLabel masked
                       unit { id } changes { field before after masked } } }
      }
    }`;
    type Entry = {
      operation: string;
      operationLabel: string;
      entityType: string;
      entityTypeLabel: string;
      entityId: string | null;
      entityLabel: string | null;
      masked: boolean;
      unit: { id: string } | null;
      changes: { field: string; before: string | null; after: string | null; masked: boolean }[];
    };
    const entries = async (client: GqlClient, filter: Record<string, unknown>): Promise<Entry[]> =>
      (await client.ok(ENTRIES, { filter })).auditLog.edges.map((e: { node: Entry }) => e.node);

    let province: UnitEntity;
    let home: UnitEntity;
    let communeA: UnitEntity;
    let communeB: UnitEntity;
    let root: GqlClient;
    let officerHome: GqlClient;
    let officerA: GqlClient;
    let officerB: GqlClient;
    let leader: GqlClient;
    let person: { id: string; fullName: string };

    beforeAll(async () => {
      province = await t.unit('Tỉnh Nhật Ký');
      home = await t.unit('Sở Nội vụ Nhật Ký', province);
      communeA = await t.unit('Xã Nhật Ký A', province, 'COMMUNE');
      communeB = await t.unit('Xã Nhật Ký B', province, 'COMMUNE');
      // `quantri`: a global administrator whose home unit is the Sở Nội vụ
      root = await t.loggedIn(
        (await t.user({ unit: home, role: 'SYSTEM_ADMIN', scope: null })).username,
      );
      officerHome = await t.loggedIn((await t.user({ unit: home, role: 'TDKT_OFFICER' })).username);
      officerA = await t.loggedIn(
        (await t.user({ unit: communeA, role: 'TDKT_OFFICER' })).username,
      );
      officerB = await t.loggedIn(
        (await t.user({ unit: communeB, role: 'TDKT_OFFICER' })).username,
      );
      leader = await t.loggedIn(
        (await t.user({ unit: province, role: 'LEADER', scope: null })).username,
      );
      const fullName = `Lò Thị Riêng ${t.uid()}`;
      const { createPerson } = await root.ok(CREATE_PERSON, {
        input: {
          fullName,
          sex: 'FEMALE',
          dateOfBirth: '1990-02-03',
          ethnicity: 'Thái',
          religion: 'Phật giáo',
          partyMember: true,
          partyJoinedOn: '2015-05-19',
          position: {
            unitId: communeB.id,
            title: 'Chuyên viên',
            startedOn: '2021-03-01',
            staffCategory: 'CIVIL_SERVANT',
          },
        },
      });
      person = { id: createPerson.id, fullName };
    });

    it('the actor’s home unit reads nothing of a person it cannot open (the leak)', async () => {
      expect(
        (await officerHome.fails(`query($id: ID!) { person(id: $id) { id } }`, { id: person.id }))
          .extensions?.code,
      ).toBe('NOT_FOUND');
      expect(await entries(officerHome, { entityId: person.id })).toEqual([]);
      // …nor through a wider filter: nothing of the person appears anywhere in what it reads
      const all = JSON.stringify(
        await entries(officerHome, { actorType: 'USER', operation: 'person.' }),
      );
      expect(all).not.toContain(person.fullName);
      expect(all).not.toContain('Phật giáo');
    });

    it('in scope sees the row with labels, a sibling does not, a global reader sees everything', async () => {
      const [seenByB] = await entries(officerB, { entityId: person.id });
      expect(seenByB).toMatchObject({
        operation: 'person.create',
        operationLabel: 'Thêm cán bộ',
        entityType: 'Person',
        entityTypeLabel: 'Cán bộ',
        entityLabel: person.fullName,
        masked: false,
        unit: { id: communeB.id },
      });
      expect(seenByB.changes).toEqual(
        expect.arrayContaining([
          {
            field: 'fullName',
            before: null,
            after: JSON.stringify(person.fullName),
            masked: false,
          },
          { field: 'religion', before: null, after: '"Phật giáo"', masked: false },
        ]),
      );
      expect(await entries(officerA, { entityId: person.id })).toEqual([]);
      const global = await entries(leader, { entityId: person.id });
      expect(global.map((e) => e.operation)).toEqual(['person.create']);
      expect(global[0].entityLabel).toBe(person.fullName);
      // the post is scoped like the person: B and global readers, not A
      const posts = { entityType: 'Position' };
      const postOf = (list: Entry[]) =>
        list.filter((e) => e.entityLabel?.startsWith(person.fullName));
      expect(postOf(await entries(officerB, posts))).toHaveLength(1);
      expect(postOf(await entries(officerA, posts))).toHaveLength(0);
    });

    it('a global record (a role) is read by global readers only', async () => {
      const code = `NK_${t.uid().toUpperCase()}`;
      const { createRole } = await root.ok(
        `mutation($input: CreateRoleInput!) { createRole(input: $input) { id } }`,
        {
          input: { code, name: `Vai trò ${code}`, permissions: ['UNIT_READ'] },
        },
      );
      expect(await entries(officerHome, { entityId: createRole.id })).toEqual([]);
      expect(await entries(officerB, { entityId: createRole.id })).toEqual([]);
      expect(await entries(leader, { entityId: createRole.id })).toEqual([
        expect.objectContaining({
          operation: 'role.create',
          operationLabel: 'Tạo vai trò',
          entityLabel: `Vai trò ${code}`,
          unit: null,
        }),
      ]);
    });

    it('masks personal values for a reader with AUDIT_READ but not PERSON_READ at the person’s unit', async () => {
      const code = `AUDIT_ONLY_${t.uid().toUpperCase()}`;
      const { createRole } = await root.ok(
        `mutation($input: CreateRoleInput!) { createRole(input: $input) { id } }`,
        {
          input: { code, name: `Chỉ xem nhật ký ${code}`, permissions: ['AUDIT_READ'] },
        },
      );
      const { id: userId, username } = await t.user({ unit: communeB });
      await root.ok(`mutation($input: GrantRoleInput!) { grantRole(input: $input) { id } }`, {
        input: { userId, roleId: createRole.id, unitId: communeB.id },
      });
      const auditor = await t.loggedIn(username);
      const [row] = await entries(auditor, { entityId: person.id });
      expect(row).toMatchObject({
        operation: 'person.create',
        operationLabel: 'Thêm cán bộ',
        entityLabel: null,
        masked: true,
      });
      expect(row.changes.length).toBeGreaterThan(0);
      expect(row.changes.every((c) => c.masked && c.before === null && c.after === null)).toBe(
        true,
      );
      expect(JSON.stringify(row)).not.toContain('Phật giáo');
      // non-personal records in the same scope are not masked
      const [user] = await entries(auditor, { entityType: 'User', operation: 'user.create' }).then(
        (list) => list.filter((e) => e.entityLabel === username),
      );
      expect(user).toMatchObject({ masked: false, entityLabel: username });
    });

    it('a reader of a merge’s receiving unit reads the merged units’ history', async () => {
      const x = await t.unit('Xã Nhật Ký X', province, 'COMMUNE');
      const y = await t.unit('Xã Nhật Ký Y', province, 'COMMUNE');
      const clerk = await t.user({ unit: y });
      const fullName = `Cán Bộ Sáp Nhập ${t.uid()}`;
      const { createPerson } = await root.ok(CREATE_PERSON, {
        input: {
          fullName,
          sex: 'MALE',
          position: {
            unitId: x.id,
            title: 'Chuyên viên',
            startedOn: '2021-03-01',
            staffCategory: 'CIVIL_SERVANT',
          },
        },
      });
      const { mergeUnits } = await root.ok(
        `mutation($input: MergeUnitsInput!) { mergeUnits(input: $input) { results { id } } }`,
        {
          input: {
            sourceUnitIds: [x.id, y.id],
            newUnit: { code: `NK-${t.uid()}`, name: 'Xã Nhật Ký XY', kindCode: 'COMMUNE' },
            newUnitParentId: province.id,
            effectiveDate: '2025-07-01',
            legalBasis: { number: `${t.uid()}/NQ-UBTVQH15`, date: '2025-06-16' },
          },
        },
      );
      const merged = await t.db
        .getRepository(UnitEntity)
        .findOneByOrFail({ id: mergeUnits.results[0].id });
      const successorReader = await t.loggedIn(
        (await t.user({ unit: merged, role: 'TDKT_OFFICER' })).username,
      );
      const rows = await entries(successorReader, { entityId: createPerson.id });
      expect(rows.map((e) => [e.operation, e.entityLabel])).toEqual([['person.create', fullName]]);
      const [merge] = await entries(successorReader, { operation: 'unit.merge' });
      expect(merge).toMatchObject({
        operationLabel: 'Sáp nhập đơn vị',
        entityTypeLabel: 'Sắp xếp tổ chức',
        entityLabel: 'Xã Nhật Ký X, Xã Nhật Ký Y',
      });
      expect(await entries(officerA, { entityId: createPerson.id })).toEqual([]);
      // what the merge did to posts and accounts is audited too, read at the receiving unit
      const [posts] = await entries(successorReader, { operation: 'position.restructure' });
      expect(posts).toMatchObject({
        operationLabel: 'Cập nhật chức vụ theo sắp xếp tổ chức',
        entityTypeLabel: 'Chức vụ',
        masked: false,
      });
      expect(posts.changes.map((c) => c.field)).toEqual(['ended', 'opened']);
      expect(JSON.parse(posts.changes[0].after as string)).toEqual([
        expect.objectContaining({ personId: createPerson.id, endedOn: '2025-07-01' }),
      ]);
      const [accounts] = await entries(successorReader, { operation: 'user.restructure' });
      expect(accounts.entityLabel).toBe('Xã Nhật Ký X, Xã Nhật Ký Y → Xã Nhật Ký XY');
      expect(
        JSON.parse(accounts.changes.find((c) => c.field === 'users')?.after as string),
      ).toEqual([
        expect.objectContaining({
          id: clerk.id,
          username: clerk.username,
          unitId: merged.id,
          fromUnitId: y.id,
        }),
      ]);
      expect(await entries(officerA, { operation: 'position.restructure' })).toEqual([]);
    });
  });
});
