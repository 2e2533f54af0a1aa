import { CAMPAIGN_PLAN_LIMITS } from '@thidua/shared-domain';
import type { UnitEntity } from '../src/modules/org/unit.entity';
import { graphql } from './gql';
import { bacKanDraft } from './campaign-fixtures';
import type { CampaignListQueryVariables } from './gql/graphql';
import type { GqlClient } from './setup/gql-client';
import { startTestApp, type TestApp } from './setup/test-app';

/**
 * Issue 10, "The plan" (first part): drafts of a kế hoạch thi đua with typed content, căn cứ from the
 * legal registry, optimistic locking, deletion of drafts only, every change audited at the issuer unit.
 */
const CREATE = graphql(`
  mutation CampaignCreate($input: CreateCampaignPlanInput!) {
    createCampaignPlan(input: $input) {
      id
      version
      status
      title
    }
  }
`);

const UPDATE = graphql(`
  mutation CampaignUpdate($input: UpdateCampaignPlanInput!) {
    updateCampaignPlan(input: $input) {
      id
      version
      title
      kind
    }
  }
`);

const DELETE = graphql(`
  mutation CampaignDelete($input: DeleteCampaignPlanDraftInput!) {
    deleteCampaignPlanDraft(input: $input)
  }
`);

const GET = graphql(`
  query CampaignGet($id: ID!) {
    campaignPlan(id: $id) {
      id
      kind
      scope
      title
      periodFrom
      periodTo
      status
      version
      issuerUnit {
        id
        name
      }
      legalBases {
        id
        number
      }
      content {
        purpose {
          aims
          requirements
        }
        theme
        motto
        methods
        participants {
          collectives
          individuals
        }
        sections {
          title
          paragraphs
          footnotes
          subsections {
            title
            paragraphs
          }
        }
        targets {
          indicator
          target
          unit
          year
          responsibleUnitName
        }
        phases {
          name
          from
          to
          tasks
        }
        milestones {
          date
          label
          tentative
        }
        awards {
          forms {
            name
            text
          }
          criteria {
            label
            text
          }
          quotas {
            form
            either
            note
          }
          dossier
          submitTo
          deadline
        }
        implementation {
          body
          tasks
        }
        reporting {
          who
          frequency
          to
          via
        }
        recipients {
          groups {
            heading
            names
          }
          archive
        }
        signature {
          on {
            authority
            of
          }
          title
          name
        }
      }
    }
  }
`);

const LIST = graphql(`
  query CampaignList(
    $search: String
    $status: CampaignPlanStatus
    $kind: CampaignKind
    $year: Int
    $issuerUnitId: ID
  ) {
    campaignPlans(
      first: 50
      search: $search
      status: $status
      kind: $kind
      year: $year
      issuerUnitId: $issuerUnitId
    ) {
      totalCount
      edges {
        node {
          id
          title
        }
      }
    }
  }
`);

const AUDIT = graphql(`
  query CampaignAudit($filter: AuditFilter) {
    auditLog(filter: $filter, first: 20) {
      edges {
        node {
          operation
          entityLabel
          changes {
            field
          }
        }
      }
    }
  }
`);

describe('campaign plans: drafts (issue 10)', () => {
  let t: TestApp;
  let province: UnitEntity;
  let officer: GqlClient;
  let officerId: string;
  let basisIds: string[];

  const auditCount = async () =>
    Number(
      (await t.db.query(`SELECT count(*) FROM audit_log WHERE actor_id = $1`, [officerId]))[0]
        .count,
    );
  const plansTitled = async (uid: string) =>
    Number(
      (await t.db.query(`SELECT count(*) FROM campaign_plans WHERE title LIKE $1`, [`%${uid}%`]))[0]
        .count,
    );

  beforeAll(async () => {
    t = await startTestApp();
    province = await t.unit(`Tỉnh Kế Hoạch ${t.uid()}`);
    const o = await t.user({ unit: province, role: 'TDKT_OFFICER' });
    officerId = o.id;
    officer = await t.loggedIn(o.username);
    const docs: { id: string; number: string }[] = await t.db.query(
      `SELECT id, number FROM legal_documents WHERE issuer_unit_id IS NULL AND number = ANY($1)`,
      [['06/2022/QH15', '34-CT/TW']],
    );
    // cited in this order: the law, then the directive
    basisIds = ['06/2022/QH15', '34-CT/TW'].map((n) => docs.find((d) => d.number === n)!.id);
  });
  afterAll(() => t.close());

  it('drafts a full Bắc Kạn-like plan and reads it back, content, căn cứ and issuer included', async () => {
    const uid = t.uid();
    const input = bacKanDraft(province.id, uid, basisIds);
    const { createCampaignPlan: created } = await officer.ok(CREATE, { input });
    expect(created).toMatchObject({ version: 1, status: 'DRAFT', title: input.title });

    const { campaignPlan } = await officer.ok(GET, { id: created.id });
    expect(campaignPlan).toMatchObject({
      kind: 'PERIODIC',
      scope: 'AGENCY',
      periodFrom: '2024-10-01',
      periodTo: '2025-09-30',
      issuerUnit: { id: province.id, name: province.name },
      legalBases: [{ number: '06/2022/QH15' }, { number: '34-CT/TW' }],
    });
    const { content } = input;
    expect(campaignPlan.content).toMatchObject({
      purpose: content.purpose,
      theme: content.theme,
      participants: content.participants,
      targets: content.targets,
      phases: content.phases,
      reporting: content.reporting,
      signature: content.signature,
      recipients: content.recipients,
    });
    expect(campaignPlan.content.sections[0]).toMatchObject({
      title: 'Tuyên truyền, quán triệt',
      footnotes: ['Chỉ thị số 34-CT/TW ngày 07/4/2014 của Bộ Chính trị.'],
      subsections: [{ title: 'Trong cơ quan', paragraphs: ['Tổ chức hội nghị quán triệt.'] }],
    });
    expect(campaignPlan.content.awards?.quotas).toEqual([
      {
        form: 'Bằng khen của Chủ tịch UBND tỉnh',
        either: 1,
        note: 'có thành tích thật sự tiêu biểu xuất sắc',
      },
    ]);

    // the list: word prefixes without accents, and the filters
    const found = await officer.ok(LIST, { search: `dot thi dua dac biet ${uid}` });
    expect(found.campaignPlans.edges.map((e) => e.node.id)).toEqual([created.id]);
    const ids = async (v: CampaignListQueryVariables) =>
      (await officer.ok(LIST, { issuerUnitId: province.id, ...v })).campaignPlans.edges.map(
        (e) => e.node.id,
      );
    expect(await ids({ year: 2025, kind: 'PERIODIC', status: 'DRAFT' })).toContain(created.id);
    expect(await ids({ year: 2026 })).not.toContain(created.id);
    expect(await ids({ kind: 'THEMATIC' })).not.toContain(created.id);

    // audited at the issuer unit, with the trích yếu as label
    const { auditLog } = await officer.ok(AUDIT, {
      filter: { entityType: 'CampaignPlan', entityId: created.id },
    });
    expect(auditLog.edges.map((e) => e.node)).toEqual([
      expect.objectContaining({ operation: 'campaignPlan.create', entityLabel: input.title }),
    ]);
  });

  it('refuses bad input in Vietnamese, every problem at once, and writes nothing', async () => {
    const uid = t.uid();
    const before = await auditCount();
    const base = bacKanDraft(province.id, uid, basisIds);

    const shape = await officer.fails(CREATE, {
      input: {
        ...base,
        title: '   ',
        content: {
          ...base.content,
          // a section may go untitled (its paragraphs print under no heading), not empty as well
          sections: [
            { title: '', paragraphs: [] },
            { title: 'Nội dung', paragraphs: ['x'.repeat(CAMPAIGN_PLAN_LIMITS.paragraph + 1)] },
          ],
          targets: Array.from({ length: CAMPAIGN_PLAN_LIMITS.targets + 1 }, () => ({
            indicator: 'Chỉ tiêu',
            target: '1',
          })),
        },
      },
    });
    expect(shape.extensions?.code).toBe('BAD_USER_INPUT');
    expect(shape.extensions?.fields).toMatchObject({
      title: ['Trích yếu không được để trống.'],
      'content.sections.0.title': [
        'Tên nội dung: chỉ bỏ trống khi nội dung có đoạn văn (in ngay, không có đề mục).',
      ],
      'content.sections.1.paragraphs': [
        `Nội dung không được dài quá ${CAMPAIGN_PLAN_LIMITS.paragraph} ký tự.`,
      ],
      'content.targets': [`Chỉ tiêu: tối đa ${CAMPAIGN_PLAN_LIMITS.targets} mục.`],
    });

    const rules = await officer.fails(CREATE, {
      input: {
        ...base,
        periodTo: '2024-09-30',
        legalDocumentIds: [basisIds[0]!, basisIds[0]!, '00000000-0000-4000-8000-000000000000'],
        content: {
          ...base.content,
          phases: [{ name: 'Ngược', from: '2025-01-02', to: '2025-01-01', tasks: [] }],
        },
      },
    });
    expect(rules.extensions?.fields).toEqual({
      periodTo: ['Thời gian thi đua: ngày kết thúc không được trước ngày bắt đầu.'],
      'content.phases.0.to': ['Giai đoạn "Ngược": ngày kết thúc không được trước ngày bắt đầu.'],
      legalDocumentIds: ['Một văn bản căn cứ được chọn hai lần.'],
      'legalDocumentIds.2': ['Văn bản căn cứ không tồn tại.'],
    });
    expect(await plansTitled(uid)).toBe(0);
    expect(await auditCount()).toBe(before);
  });

  it('updates with optimistic locking: a stale version is CONFLICT, an unchanged save records nothing', async () => {
    const uid = t.uid();
    const input = bacKanDraft(province.id, uid, basisIds);
    const { createCampaignPlan: plan } = await officer.ok(CREATE, { input });
    const { issuerUnitId, ...fields } = input;
    expect(issuerUnitId).toBe(province.id);

    const { updateCampaignPlan: edited } = await officer.ok(UPDATE, {
      input: {
        ...fields,
        id: plan.id,
        version: 1,
        kind: 'THEMATIC',
        title: `Kế hoạch sửa ${uid}`,
        legalDocumentIds: [basisIds[1]!],
      },
    });
    expect(edited).toMatchObject({ version: 2, kind: 'THEMATIC', title: `Kế hoạch sửa ${uid}` });
    const { campaignPlan } = await officer.ok(GET, { id: plan.id });
    expect(campaignPlan.legalBases.map((d) => d.number)).toEqual(['34-CT/TW']);

    const stale = await officer.fails(UPDATE, {
      input: { ...fields, id: plan.id, version: 1, title: 'Bản cũ' },
    });
    expect(stale.extensions?.code).toBe('CONFLICT');
    expect(stale.message).toContain(`Kế hoạch sửa ${uid}`);

    // the same content again (jsonb reorders keys): no change, no audit row, same version
    const before = await auditCount();
    const { updateCampaignPlan: same } = await officer.ok(UPDATE, {
      input: {
        ...fields,
        id: plan.id,
        version: 2,
        kind: 'THEMATIC',
        title: `Kế hoạch sửa ${uid}`,
        legalDocumentIds: [basisIds[1]!],
      },
    });
    expect(same.version).toBe(2);
    expect(await auditCount()).toBe(before);

    const { auditLog } = await officer.ok(AUDIT, {
      filter: { entityType: 'CampaignPlan', entityId: plan.id },
    });
    expect(auditLog.edges[0]?.node).toMatchObject({ operation: 'campaignPlan.update' });
    expect(auditLog.edges[0]?.node.changes.map((c) => c.field).sort()).toEqual([
      'legalDocumentIds',
      'planKind',
      'summary',
    ]);
  });

  it('deletes drafts only, with their căn cứ, and audits it', async () => {
    const uid = t.uid();
    const { createCampaignPlan: plan } = await officer.ok(CREATE, {
      input: bacKanDraft(province.id, uid, basisIds),
    });
    const stale = await officer.fails(DELETE, { input: { id: plan.id, version: 2 } });
    expect(stale.extensions?.code).toBe('CONFLICT');

    expect(await officer.ok(DELETE, { input: { id: plan.id, version: 1 } })).toEqual({
      deleteCampaignPlanDraft: plan.id,
    });
    const gone = await officer.fails(GET, { id: plan.id });
    expect(gone.extensions?.code).toBe('NOT_FOUND');
    const bases = await t.db.query(
      `SELECT count(*) FROM campaign_plan_legal_bases WHERE plan_id = $1`,
      [plan.id],
    );
    expect(Number(bases[0].count)).toBe(0);
    const { auditLog } = await officer.ok(AUDIT, {
      filter: { entityType: 'CampaignPlan', entityId: plan.id },
    });
    expect(auditLog.edges.map((e) => e.node.operation)).toEqual([
      'campaignPlan.delete',
      'campaignPlan.create',
    ]);

    // a plan past DRAFT (set here directly) is neither edited nor deleted
    const { createCampaignPlan: issued } = await officer.ok(CREATE, {
      input: bacKanDraft(province.id, `${uid}b`, []),
    });
    await t.db.query(`UPDATE campaign_plans SET status = 'ISSUED' WHERE id = $1`, [issued.id]);
    const refused = await officer.fails(DELETE, { input: { id: issued.id, version: 1 } });
    // an issued plan is frozen (campaign-lifecycle.int-spec.ts covers the whole life)
    expect(refused.extensions?.code).toBe('READ_ONLY');
    expect(refused.message).toBe(
      'Kế hoạch đã ban hành: không sửa trực tiếp, hãy ban hành kế hoạch sửa đổi',
    );
    expect((await officer.ok(GET, { id: issued.id })).campaignPlan.status).toBe('ISSUED');
  });
});
