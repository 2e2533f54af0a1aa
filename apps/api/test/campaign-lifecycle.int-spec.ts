import { strFromU8, unzipSync } from 'fflate';
import type { UnitEntity } from '../src/modules/org/unit.entity';
import { asUpdate, bacKanDraft } from './campaign-fixtures';
import { graphql } from './gql';
import type { GqlClient } from './setup/gql-client';
import { startTestApp, type TestApp } from './setup/test-app';

/**
 * Issue 10, campaigns part 2: a plan's life up to "issued" (trình ký, trả lại, ký ban hành with the
 * number of the issuer's register), the frozen content after issue, and the plan's .docx over REST.
 */
const CREATE = graphql(`
  mutation LifecycleCreate($input: CreateCampaignPlanInput!) {
    createCampaignPlan(input: $input) {
      id
      version
      status
      documentUrl
    }
  }
`);

const SUBMIT = graphql(`
  mutation LifecycleSubmit($input: SubmitCampaignPlanInput!) {
    submitCampaignPlan(input: $input) {
      id
      version
      status
      returnReason
    }
  }
`);

const RETURN = graphql(`
  mutation LifecycleReturn($input: ReturnCampaignPlanInput!) {
    returnCampaignPlan(input: $input) {
      id
      version
      status
      returnReason
    }
  }
`);

const ISSUE = graphql(`
  mutation LifecycleIssue($input: IssueCampaignPlanInput!) {
    issueCampaignPlan(input: $input) {
      id
      version
      status
      number
      symbol
      issuedOn
      issuePlace
      signer {
        on {
          authority
          of
        }
        title
        name
      }
    }
  }
`);

const UPDATE = graphql(`
  mutation LifecycleUpdate($input: UpdateCampaignPlanInput!) {
    updateCampaignPlan(input: $input) {
      id
      version
    }
  }
`);

const DELETE = graphql(`
  mutation LifecycleDelete($input: DeleteCampaignPlanDraftInput!) {
    deleteCampaignPlanDraft(input: $input)
  }
`);

const AUDIT = graphql(`
  query LifecycleAudit($filter: AuditFilter) {
    auditLog(filter: $filter, first: 20) {
      edges {
        node {
          operation
          changes {
            field
          }
        }
      }
    }
  }
`);

const START = graphql(`
  mutation LifecycleStart($input: CampaignPlanStepInput!) {
    startCampaignPlan(input: $input) {
      id
      version
      status
    }
  }
`);

const REVIEW = graphql(`
  mutation LifecycleReview($input: OpenCampaignPlanReviewInput!) {
    openCampaignPlanReview(input: $input) {
      id
      version
      status
    }
  }
`);

const RESUME = graphql(`
  mutation LifecycleResume($input: CampaignPlanStepInput!) {
    resumeCampaignPlan(input: $input) {
      id
      version
      status
    }
  }
`);

const CLOSE = graphql(`
  mutation LifecycleClose($input: CampaignPlanStepInput!) {
    closeCampaignPlan(input: $input) {
      id
      version
      status
    }
  }
`);

const SIGNER = {
  on: [{ authority: 'KT' as const, of: 'Chủ tịch' }],
  title: 'Phó Chủ tịch',
  name: 'Nguyễn Văn Ký',
};

describe('campaign plans: submit, return, issue, .docx (issue 10, part 2)', () => {
  let t: TestApp;
  let province: UnitEntity;
  let abbr: string;
  let officer: GqlClient;
  let leader: GqlClient;
  let stranger: GqlClient;

  const draft = async (uid: string) =>
    (await officer.ok(CREATE, { input: bacKanDraft(province.id, uid, []) })).createCampaignPlan;

  const download = async (client: GqlClient, path: string) => {
    const res = await fetch(`${t.baseUrl}${path}`, {
      headers: { cookie: client.sessionCookie ?? '' },
    });
    return { res, bytes: new Uint8Array(await res.arrayBuffer()) };
  };

  beforeAll(async () => {
    t = await startTestApp();
    province = await t.unit(`Tỉnh Ban Hành ${t.uid()}`);
    abbr = `UB${t
      .uid()
      .replace(/[^A-Za-z0-9]/g, '')
      .slice(-6)
      .toUpperCase()}`;
    // the ký hiệu needs the unit's short name (a test shortcut: the org API sets it too)
    await t.db.query(`UPDATE units SET short_name = $1 WHERE id = $2`, [abbr, province.id]);
    const other = await t.unit(`Tỉnh Khác ${t.uid()}`);
    officer = await t.loggedIn((await t.user({ unit: province, role: 'TDKT_OFFICER' })).username);
    leader = await t.loggedIn((await t.user({ unit: province, role: 'LEADER' })).username);
    stranger = await t.loggedIn((await t.user({ unit: other, role: 'TDKT_OFFICER' })).username);
  });
  afterAll(() => t.close());

  it('goes draft → submitted → returned → submitted → issued, numbered from the register', async () => {
    const uid = t.uid();
    const plan = await draft(uid);
    expect(plan).toMatchObject({ status: 'DRAFT', version: 1 });
    expect(plan.documentUrl).toBe(`/api/campaign-plans/${plan.id}/document.docx`);

    // the leader reads but does not submit (CAMPAIGN_MANAGE)
    expect(
      (await leader.fails(SUBMIT, { input: { id: plan.id, version: 1 } })).extensions?.code,
    ).toBe('FORBIDDEN');
    const submitted = (await officer.ok(SUBMIT, { input: { id: plan.id, version: 1 } }))
      .submitCampaignPlan;
    expect(submitted).toMatchObject({ status: 'SUBMITTED', version: 2 });

    // a submitted plan is no longer edited, and cannot be submitted twice
    const edit = await officer.fails(UPDATE, {
      input: asUpdate(bacKanDraft(province.id, uid, []), plan.id, 2),
    });
    expect(edit.extensions?.code).toBe('BAD_USER_INPUT');
    expect(edit.message).toContain('Trình ký');
    const twice = await officer.fails(SUBMIT, { input: { id: plan.id, version: 2 } });
    expect(twice.message).toContain('"Trình ký"');

    const blank = await leader.fails(RETURN, { input: { id: plan.id, version: 2, reason: '  ' } });
    expect(blank.extensions?.code).toBe('BAD_USER_INPUT');
    const returned = (
      await leader.ok(RETURN, {
        input: { id: plan.id, version: 2, reason: 'Bổ sung chỉ tiêu về cải cách hành chính.' },
      })
    ).returnCampaignPlan;
    expect(returned).toMatchObject({
      status: 'DRAFT',
      version: 3,
      returnReason: 'Bổ sung chỉ tiêu về cải cách hành chính.',
    });

    const again = (await officer.ok(SUBMIT, { input: { id: plan.id, version: 3 } }))
      .submitCampaignPlan;
    expect(again).toMatchObject({ status: 'SUBMITTED', version: 4, returnReason: null });

    const issueInput = {
      id: plan.id,
      version: 4,
      issuedOn: '2025-03-10',
      place: 'Bắc Kạn',
      signer: SIGNER,
    };
    // a TĐKT officer without CAMPAIGN_ISSUE is refused
    expect((await officer.fails(ISSUE, { input: issueInput })).extensions?.code).toBe('FORBIDDEN');
    // a stale version
    expect(
      (await leader.fails(ISSUE, { input: { ...issueInput, version: 3 } })).extensions?.code,
    ).toBe('CONFLICT');

    const issued = (await leader.ok(ISSUE, { input: issueInput })).issueCampaignPlan;
    expect(issued).toMatchObject({
      status: 'ISSUED',
      version: 5,
      number: 1,
      symbol: `01/KH-${abbr}`,
      issuedOn: '2025-03-10',
      issuePlace: 'Bắc Kạn',
      signer: SIGNER,
    });

    // frozen: edits, deletion and further transitions are refused
    const frozen = await officer.fails(UPDATE, {
      input: asUpdate(bacKanDraft(province.id, uid, []), plan.id, 5),
    });
    expect(frozen.extensions?.code).toBe('READ_ONLY');
    expect(frozen.message).toBe(
      'Kế hoạch đã ban hành: không sửa trực tiếp, hãy ban hành kế hoạch sửa đổi',
    );
    expect(
      (await officer.fails(DELETE, { input: { id: plan.id, version: 5 } })).extensions?.code,
    ).toBe('READ_ONLY');
    const reissue = await leader.fails(ISSUE, { input: { ...issueInput, version: 5 } });
    expect(reissue.extensions?.code).toBe('READ_ONLY');
    expect(reissue.message).toContain('"Đã ban hành"');

    const audit = await leader.ok(AUDIT, {
      filter: { entityType: 'CampaignPlan', entityId: plan.id },
    });
    const ops = audit.auditLog.edges.map((e) => e.node.operation);
    expect([...ops].sort()).toEqual(
      [
        'campaignPlan.create',
        'campaignPlan.issue',
        'campaignPlan.return',
        'campaignPlan.submit',
        'campaignPlan.submit',
      ].sort(),
    );
    const issueRow = audit.auditLog.edges.find((e) => e.node.operation === 'campaignPlan.issue');
    expect(issueRow?.node.changes.map((c) => c.field)).toEqual(
      expect.arrayContaining(['status', 'documentNumber', 'issuedOn', 'signer']),
    );

    // the .docx, as a reader of the issuer unit
    const { res, bytes } = await download(officer, `/api/campaign-plans/${plan.id}/document.docx`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(res.headers.get('content-disposition')).toContain(
      `filename*=UTF-8''${encodeURIComponent(`Kế hoạch 01-KH-${abbr}.docx`)}`,
    );
    const xml = strFromU8(unzipSync(bytes)['word/document.xml']!);
    expect(xml).toContain(`01/KH-${abbr}`);
    expect(xml).toContain('Số:');
    expect(xml).toContain(uid);

    // outside the scope the plan does not exist
    const outside = await download(stranger, `/api/campaign-plans/${plan.id}/document.docx`);
    expect(outside.res.status).toBe(404);
    expect(JSON.parse(new TextDecoder().decode(outside.bytes)).code).toBe('NOT_FOUND');

    // a second plan of the same unit and year takes 02
    const second = await draft(t.uid());
    await officer.ok(SUBMIT, { input: { id: second.id, version: 1 } });
    const issued2 = (
      await leader.ok(ISSUE, { input: { ...issueInput, id: second.id, version: 2 } })
    ).issueCampaignPlan;
    expect(issued2).toMatchObject({ number: 2, symbol: `02/KH-${abbr}` });
  });

  it('runs an issued plan: triển khai, sơ kết, tổng kết, kết thúc, each step by who may take it', async () => {
    const plan = await draft(t.uid());
    await officer.ok(SUBMIT, { input: { id: plan.id, version: 1 } });
    // not issued yet: nothing to run
    const early = await officer.fails(START, { input: { id: plan.id, version: 2 } });
    expect(early.extensions?.code).toBe('BAD_USER_INPUT');
    expect(early.message).toBe(
      'Kế hoạch chưa ban hành (đang ở trạng thái "Trình ký") nên chưa thể bắt đầu triển khai.',
    );
    await leader.ok(ISSUE, {
      input: { id: plan.id, version: 2, issuedOn: '2025-05-05', place: 'Bắc Kạn', signer: SIGNER },
    });

    // the signer does not run it (CAMPAIGN_MANAGE); a stale version; a sibling province sees nothing
    expect(
      (await leader.fails(START, { input: { id: plan.id, version: 3 } })).extensions?.code,
    ).toBe('FORBIDDEN');
    expect(
      (await officer.fails(START, { input: { id: plan.id, version: 2 } })).extensions?.code,
    ).toBe('CONFLICT');
    expect(
      (await stranger.fails(START, { input: { id: plan.id, version: 3 } })).extensions?.code,
    ).toBe('NOT_FOUND');
    // a review opens only on a running plan
    const notRunning = await officer.fails(REVIEW, {
      input: { id: plan.id, version: 3, kind: 'MIDTERM' },
    });
    expect(notRunning.message).toBe(
      'Không thể mở sơ kết kế hoạch đang ở trạng thái "Đã ban hành": chỉ mở sơ kết được kế hoạch ở trạng thái "Đang triển khai".',
    );

    const running = (await officer.ok(START, { input: { id: plan.id, version: 3 } }))
      .startCampaignPlan;
    expect(running).toMatchObject({ status: 'RUNNING', version: 4 });
    // content stays frozen while it runs
    const edit = await officer.fails(UPDATE, {
      input: asUpdate(bacKanDraft(province.id, t.uid(), []), plan.id, 4),
    });
    expect(edit.extensions?.code).toBe('READ_ONLY');

    const midterm = (
      await officer.ok(REVIEW, { input: { id: plan.id, version: 4, kind: 'MIDTERM' } })
    ).openCampaignPlanReview;
    expect(midterm).toMatchObject({ status: 'MIDTERM_REVIEW', version: 5 });
    const resumed = (await officer.ok(RESUME, { input: { id: plan.id, version: 5 } }))
      .resumeCampaignPlan;
    expect(resumed).toMatchObject({ status: 'RUNNING', version: 6 });
    // closing needs the tổng kết first, then the signer's CAMPAIGN_ISSUE
    const tooSoon = await leader.fails(CLOSE, { input: { id: plan.id, version: 6 } });
    expect(tooSoon.message).toContain('chỉ kết thúc được kế hoạch ở trạng thái "Đang tổng kết"');
    const final = (await officer.ok(REVIEW, { input: { id: plan.id, version: 6, kind: 'FINAL' } }))
      .openCampaignPlanReview;
    expect(final).toMatchObject({ status: 'FINAL_REVIEW', version: 7 });
    expect(
      (await officer.fails(CLOSE, { input: { id: plan.id, version: 7 } })).extensions?.code,
    ).toBe('FORBIDDEN');
    const closed = (await leader.ok(CLOSE, { input: { id: plan.id, version: 7 } }))
      .closeCampaignPlan;
    expect(closed).toMatchObject({ status: 'CLOSED', version: 8 });
    const after = await officer.fails(START, { input: { id: plan.id, version: 8 } });
    expect(after.extensions?.code).toBe('BAD_USER_INPUT');
    expect(after.message).toContain('"Đã kết thúc"');

    // each step audited with its status change
    const audit = await leader.ok(AUDIT, {
      filter: { entityType: 'CampaignPlan', entityId: plan.id },
    });
    const steps = audit.auditLog.edges
      .map((e) => e.node.operation)
      .filter(
        (op) => !['campaignPlan.create', 'campaignPlan.submit', 'campaignPlan.issue'].includes(op),
      );
    expect([...steps].sort()).toEqual(
      [
        'campaignPlan.close',
        'campaignPlan.resume',
        'campaignPlan.review',
        'campaignPlan.review',
        'campaignPlan.start',
      ].sort(),
    );
  });

  it('prints a draft with a blank number and names it "Dự thảo kế hoạch.docx"', async () => {
    const plan = await draft(t.uid());
    const { res, bytes } = await download(officer, `/api/campaign-plans/${plan.id}/document.docx`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain(
      encodeURIComponent('Dự thảo kế hoạch.docx'),
    );
    const xml = strFromU8(unzipSync(bytes)['word/document.xml']!);
    expect(xml).toContain(`/KH-${abbr}`);
    expect(xml).not.toContain(`01/KH-${abbr}`);
  });

  it('refuses to issue without the unit short name, and leaves the plan submitted', async () => {
    const bare = await t.unit(`Tỉnh Không Viết Tắt ${t.uid()}`);
    const o = await t.loggedIn((await t.user({ unit: bare, role: 'TDKT_OFFICER' })).username);
    const l = await t.loggedIn((await t.user({ unit: bare, role: 'LEADER' })).username);
    const plan = (await o.ok(CREATE, { input: bacKanDraft(bare.id, t.uid(), []) }))
      .createCampaignPlan;
    await o.ok(SUBMIT, { input: { id: plan.id, version: 1 } });
    const refused = await l.fails(ISSUE, {
      input: { id: plan.id, version: 2, issuedOn: '2025-03-10', place: 'Bắc Kạn', signer: SIGNER },
    });
    expect(refused.extensions?.code).toBe('BAD_USER_INPUT');
    expect(refused.extensions?.fields?.['issuerUnitId']?.[0]).toContain('tên viết tắt');
    const rows = await t.db.query(`SELECT status, number FROM campaign_plans WHERE id = $1`, [
      plan.id,
    ]);
    expect(rows[0]).toEqual({ status: 'SUBMITTED', number: null });
  });

  it('answers cross-site downloads with FORBIDDEN', async () => {
    const plan = await draft(t.uid());
    const res = await fetch(`${t.baseUrl}/api/campaign-plans/${plan.id}/document.docx`, {
      headers: { cookie: officer.sessionCookie ?? '', 'sec-fetch-site': 'cross-site' },
    });
    expect(res.status).toBe(403);
  });
});
