import { createHash } from 'node:crypto';
import { strFromU8, unzipSync } from 'fflate';
import type { UnitEntity } from '../src/modules/org/unit.entity';
import { asUpdate, bacKanDraft } from './campaign-fixtures';
import { graphql } from './gql';
import type { GqlClient } from './setup/gql-client';
import { startTestApp, type TestApp } from './setup/test-app';

/**
 * Issue 10: "after issue nothing is edited in place: an amendment is a new issued version that says
 * what it changes" — and "an amendment leaves the issued version intact". The amended plan keeps its
 * content, its number and its frozen .docx, byte for byte; it only learns which plan replaced it.
 */
const CREATE = graphql(`
  mutation AmendmentsCreate($input: CreateCampaignPlanInput!) {
    createCampaignPlan(input: $input) {
      id
      version
    }
  }
`);

const SUBMIT = graphql(`
  mutation AmendmentsSubmit($input: SubmitCampaignPlanInput!) {
    submitCampaignPlan(input: $input) {
      id
      version
    }
  }
`);

const ISSUE = graphql(`
  mutation AmendmentsIssue($input: IssueCampaignPlanInput!) {
    issueCampaignPlan(input: $input) {
      id
      version
      status
      symbol
    }
  }
`);

const UPDATE = graphql(`
  mutation AmendmentsUpdate($input: UpdateCampaignPlanInput!) {
    updateCampaignPlan(input: $input) {
      id
      version
      title
    }
  }
`);

const AMEND = graphql(`
  mutation AmendmentsAmend($input: AmendCampaignPlanInput!) {
    amendCampaignPlan(input: $input) {
      id
      version
      status
      title
      periodFrom
      periodTo
      content {
        theme
      }
      amendmentNote
      amends {
        id
        symbol
      }
      supersededBy {
        id
      }
      issuerUnit {
        id
      }
    }
  }
`);

const START = graphql(`
  mutation AmendmentsStart($input: CampaignPlanStepInput!) {
    startCampaignPlan(input: $input) {
      id
      status
    }
  }
`);

const PLAN = graphql(`
  query AmendmentsPlan($id: ID!) {
    campaignPlan(id: $id) {
      id
      version
      status
      title
      symbol
      content {
        theme
      }
      amendmentNote
      amends {
        id
      }
      supersededBy {
        id
        symbol
      }
      storedDocuments {
        format
        sha256
      }
    }
  }
`);

const AUDIT = graphql(`
  query AmendmentsAudit($filter: AuditFilter) {
    auditLog(filter: $filter, first: 20) {
      edges {
        node {
          operation
          changes {
            field
            before
            after
          }
        }
      }
    }
  }
`);

const SIGNER = {
  on: [{ authority: 'KT' as const, of: 'Chủ tịch' }],
  title: 'Phó Chủ tịch',
  name: 'Lê Ký',
};

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('campaign plan amendments (issue 10)', () => {
  let t: TestApp;
  let province: UnitEntity;
  let abbr: string;
  let officer: GqlClient;
  let leader: GqlClient;
  let stranger: GqlClient;

  const docx = async (client: GqlClient, id: string) => {
    const res = await fetch(`${t.baseUrl}/api/campaign-plans/${id}/document.docx`, {
      headers: { cookie: client.sessionCookie ?? '' },
    });
    expect(res.status).toBe(200);
    return new Uint8Array(await res.arrayBuffer());
  };

  const issue = async (id: string, version: number, issuedOn = '2025-03-10') =>
    (
      await leader.ok(ISSUE, {
        input: { id, version, issuedOn, place: 'Bắc Kạn', signer: SIGNER },
      })
    ).issueCampaignPlan;

  const issued = async (uid: string) => {
    const { createCampaignPlan: plan } = await officer.ok(CREATE, {
      input: bacKanDraft(province.id, uid, []),
    });
    await officer.ok(SUBMIT, { input: { id: plan.id, version: 1 } });
    return issue(plan.id, 2);
  };

  beforeAll(async () => {
    t = await startTestApp();
    province = await t.unit(`Tỉnh Sửa Đổi ${t.uid()}`);
    abbr = `SD${t
      .uid()
      .replace(/[^A-Za-z0-9]/g, '')
      .slice(-6)
      .toUpperCase()}`;
    await t.db.query(`UPDATE units SET short_name = $1 WHERE id = $2`, [abbr, province.id]);
    const other = await t.unit(`Tỉnh Khác ${t.uid()}`);
    officer = await t.loggedIn((await t.user({ unit: province, role: 'TDKT_OFFICER' })).username);
    leader = await t.loggedIn((await t.user({ unit: province, role: 'LEADER' })).username);
    stranger = await t.loggedIn((await t.user({ unit: other, role: 'TDKT_OFFICER' })).username);
  });
  afterAll(() => t.close());

  it('drafts an amendment, issues it, and leaves the issued version and its frozen .docx intact', async () => {
    const uid = t.uid();
    const original = await issued(uid);
    const before = (await officer.ok(PLAN, { id: original.id })).campaignPlan;
    const frozenBytes = await docx(officer, original.id);
    const frozenSha = before.storedDocuments.find((d) => d.format === 'DOCX')!.sha256;
    expect(sha256(frozenBytes)).toBe(frozenSha);

    const note = 'lùi thời hạn gửi hồ sơ khen thưởng đến ngày 15/10/2025';
    const { amendCampaignPlan: draft } = await officer.ok(AMEND, {
      input: { id: original.id, note: `  ${note}  ` },
    });
    expect(draft).toMatchObject({
      status: 'DRAFT',
      title: before.title,
      content: { theme: before.content.theme },
      amendmentNote: note,
      amends: { id: original.id, symbol: original.symbol },
      supersededBy: null,
      issuerUnit: { id: province.id },
    });
    // the original has not moved
    expect((await officer.ok(PLAN, { id: original.id })).campaignPlan).toMatchObject({
      version: before.version,
      supersededBy: null,
    });

    // one amendment in the works at a time
    const second = await officer.fails(AMEND, { input: { id: original.id, note: 'khác' } });
    expect(second.extensions?.code).toBe('BAD_USER_INPUT');
    expect(second.message).toContain('đang có một dự thảo sửa đổi chưa ban hành');

    // the amendment is an ordinary draft: edited, submitted, issued with the next number
    const fields = bacKanDraft(province.id, uid, []);
    const changedTitle = `${fields.title} (sửa đổi)`;
    const edited = (
      await officer.ok(UPDATE, {
        input: { ...asUpdate(fields, draft.id, draft.version), title: changedTitle },
      })
    ).updateCampaignPlan;
    const submitted = (
      await officer.ok(SUBMIT, { input: { id: draft.id, version: edited.version } })
    ).submitCampaignPlan;
    const amendment = await issue(draft.id, submitted.version, '2025-04-01');
    expect(amendment.status).toBe('ISSUED');
    expect(amendment.symbol).not.toBe(original.symbol);

    // the original: same content, same number, same frozen bytes; replaced by the amendment
    const after = (await officer.ok(PLAN, { id: original.id })).campaignPlan;
    expect(after).toMatchObject({
      status: 'ISSUED',
      title: before.title,
      symbol: original.symbol,
      content: before.content,
      supersededBy: { id: draft.id, symbol: amendment.symbol },
    });
    expect(after.storedDocuments).toEqual(
      expect.arrayContaining([{ format: 'DOCX', sha256: frozenSha }]),
    );
    expect(sha256(await docx(officer, original.id))).toBe(frozenSha);
    expect((await officer.ok(PLAN, { id: draft.id })).campaignPlan).toMatchObject({
      title: changedTitle,
      amends: { id: original.id },
      supersededBy: null,
    });

    // the printed amendment says which plan it amends and replaces, and what changes
    const xml = strFromU8(unzipSync(await docx(officer, draft.id))['word/document.xml']!);
    expect(xml).toContain(
      `Kế hoạch này sửa đổi, bổ sung và thay thế Kế hoạch số ${original.symbol} ngày 10/3/2025 của ${province.name}`,
    );
    expect(xml).toContain(`Nội dung sửa đổi, bổ sung: ${note}`);
    expect(xml).toContain(amendment.symbol);

    // the replaced plan is read-only for good: no edit, no second amendment, no further step
    const edit = await officer.fails(UPDATE, {
      input: asUpdate(fields, original.id, after.version),
    });
    expect(edit.extensions?.code).toBe('READ_ONLY');
    const again = await officer.fails(AMEND, { input: { id: original.id, note: 'nữa' } });
    expect(again.extensions?.code).toBe('READ_ONLY');
    expect(again.message).toBe(
      'Kế hoạch này đã được thay thế bởi một kế hoạch sửa đổi: hãy sửa đổi kế hoạch mới nhất.',
    );
    const start = await officer.fails(START, {
      input: { id: original.id, version: after.version },
    });
    expect(start.extensions?.code).toBe('READ_ONLY');
    // the amendment itself runs on
    expect(
      (await officer.ok(START, { input: { id: draft.id, version: amendment.version } }))
        .startCampaignPlan.status,
    ).toBe('RUNNING');

    // audited: the amendment's drafting on the new plan, the replacement on the original
    const log = async (id: string) =>
      (await leader.ok(AUDIT, { filter: { entityType: 'CampaignPlan', entityId: id } })).auditLog
        .edges;
    const amendRow = (await log(draft.id)).find((e) => e.node.operation === 'campaignPlan.amend');
    expect(amendRow?.node.changes).toEqual([
      { field: 'amendsPlanId', before: null, after: JSON.stringify(original.id) },
      { field: 'amendmentNote', before: null, after: JSON.stringify(note) },
    ]);
    const supersede = (await log(original.id)).find(
      (e) => e.node.operation === 'campaignPlan.supersede',
    );
    expect(supersede?.node.changes).toEqual([
      { field: 'supersededById', before: null, after: JSON.stringify(draft.id) },
    ]);
  });

  it('refuses to amend a draft, a plan it cannot manage or read, and a blank note', async () => {
    const { createCampaignPlan: plan } = await officer.ok(CREATE, {
      input: bacKanDraft(province.id, t.uid(), []),
    });
    const draftRefused = await officer.fails(AMEND, { input: { id: plan.id, note: 'x' } });
    expect(draftRefused.extensions?.code).toBe('BAD_USER_INPUT');
    expect(draftRefused.message).toBe(
      'Kế hoạch chưa ban hành: hãy sửa trực tiếp dự thảo, không cần kế hoạch sửa đổi.',
    );

    const original = await issued(t.uid());
    // the leader signs but does not draft
    expect(
      (await leader.fails(AMEND, { input: { id: original.id, note: 'x' } })).extensions?.code,
    ).toBe('FORBIDDEN');
    const outside = await stranger.fails(AMEND, { input: { id: original.id, note: 'x' } });
    expect(outside.extensions?.code).toBe('NOT_FOUND');
    expect(outside.message).not.toContain(province.name);
    const blank = await officer.fails(AMEND, { input: { id: original.id, note: '   ' } });
    expect(blank.extensions?.code).toBe('BAD_USER_INPUT');
    const long = await officer.fails(AMEND, { input: { id: original.id, note: 'x'.repeat(5001) } });
    expect(long.extensions?.fields).toEqual({
      note: ['Nội dung sửa đổi không được dài quá 5000 ký tự.'],
    });
    // nothing was drafted
    const drafts = await t.db.query(`SELECT 1 FROM campaign_plans WHERE amends_plan_id = $1`, [
      original.id,
    ]);
    expect(drafts).toEqual([]);
  });

  it('refuses to issue a second amendment of a plan another amendment already replaced', async () => {
    const original = await issued(t.uid());
    const { amendCampaignPlan: first } = await officer.ok(AMEND, {
      input: { id: original.id, note: 'lần một' },
    });
    // a second draft made by hand, as if two amendments raced (the API allows one at a time)
    const { amendCampaignPlan: second } = await (async () => {
      await t.db.query(`UPDATE campaign_plans SET amends_plan_id = NULL WHERE id = $1`, [first.id]);
      const made = await officer.ok(AMEND, { input: { id: original.id, note: 'lần hai' } });
      await t.db.query(`UPDATE campaign_plans SET amends_plan_id = $1 WHERE id = $2`, [
        original.id,
        first.id,
      ]);
      return made;
    })();
    const f = (await officer.ok(SUBMIT, { input: { id: first.id, version: first.version } }))
      .submitCampaignPlan;
    await issue(first.id, f.version, '2025-04-01');
    const s = (await officer.ok(SUBMIT, { input: { id: second.id, version: second.version } }))
      .submitCampaignPlan;
    const refused = await leader.fails(ISSUE, {
      input: {
        id: second.id,
        version: s.version,
        issuedOn: '2025-04-02',
        place: 'Bắc Kạn',
        signer: SIGNER,
      },
    });
    expect(refused.extensions?.code).toBe('BAD_USER_INPUT');
    expect(refused.message).toBe(
      `Kế hoạch số ${original.symbol} đã được thay thế bởi một kế hoạch sửa đổi khác: không ban hành được bản sửa đổi này.`,
    );
    // the refused issue took no number and changed nothing
    const [row] = await t.db.query(`SELECT status, number FROM campaign_plans WHERE id = $1`, [
      second.id,
    ]);
    expect(row).toEqual({ status: 'SUBMITTED', number: null });
    expect((await officer.ok(PLAN, { id: original.id })).campaignPlan.supersededBy?.id).toBe(
      first.id,
    );
  });
});
