import type { UnitEntity } from '../src/modules/org/unit.entity';
import { issuedPlan, withShortName } from './campaign-registration-fixtures';
import { graphql } from './gql';
import type { GqlClient } from './setup/gql-client';
import { startTestApp, type TestApp } from './setup/test-app';

/**
 * Issue 10, "Reviews": each addressed unit reports at sơ kết / tổng kết (text, figures against the
 * plan's targets, attachments) by the deadline the plan's milestones set; the issuer sees them
 * collected, with what is late and what is missing.
 */
const CREATE = graphql(`
  mutation ReviewCreate($input: CreateCampaignReviewInput!) {
    createCampaignReview(input: $input) {
      id
      version
      kind
      status
      report
      late
      canEdit
      canReturn
      unit {
        id
      }
      figures {
        targetIndex
        achieved
        note
        target {
          indicator
          target
          unit
        }
      }
    }
  }
`);

const UPDATE = graphql(`
  mutation ReviewUpdate($input: UpdateCampaignReviewInput!) {
    updateCampaignReview(input: $input) {
      id
      version
      report
      figures {
        targetIndex
        achieved
      }
      attachments {
        sha256
        name
        url
      }
    }
  }
`);

const SUBMIT = graphql(`
  mutation ReviewSubmit($input: CampaignReviewRefInput!) {
    submitCampaignReview(input: $input) {
      id
      version
      status
      late
      deadline
      submittedAt
      returnReason
    }
  }
`);

const RETURN = graphql(`
  mutation ReviewReturn($input: ReturnCampaignReviewInput!) {
    returnCampaignReview(input: $input) {
      id
      version
      status
      returnReason
    }
  }
`);

const LIST = graphql(`
  query ReviewList($planId: ID!, $kind: CampaignReviewKind!, $filter: CampaignReviewFilter) {
    campaignReviews(planId: $planId, kind: $kind, filter: $filter, first: 100) {
      totalCount
      edges {
        node {
          id
          status
          late
          canReturn
          unit {
            id
          }
        }
      }
    }
  }
`);

const ONE = graphql(`
  query ReviewOne($id: ID!) {
    campaignReview(id: $id) {
      id
      version
      status
      attachments {
        sha256
        name
        url
      }
    }
  }
`);

const SUMMARY = graphql(`
  query ReviewSummary($planId: ID!, $kind: CampaignReviewKind!) {
    campaignReviewSummary(planId: $planId, kind: $kind) {
      kind
      deadline
      addressed
      submitted
      onTime
      late
      returned
      drafts
      missing
      overdue
    }
  }
`);

/** The smallest file the files module takes as a PDF. */
const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n', 'latin1');

describe('campaign reviews: sơ kết, tổng kết (issue 10)', () => {
  let t: TestApp;
  let province: UnitEntity;
  let communeA: UnitEntity;
  let communeB: UnitEntity;
  let communeC: UnitEntity;
  let provinceOfficer: GqlClient;
  let leader: GqlClient;
  let officerA: GqlClient;
  let officerB: GqlClient;
  let plan: { id: string };

  const draft = async (
    client: GqlClient,
    unit: UnitEntity,
    kind: 'MIDTERM' | 'FINAL',
    figures: { targetIndex: number; achieved: string; note?: string | null }[] = [],
  ) =>
    (
      await client.ok(CREATE, {
        input: {
          planId: plan.id,
          unitId: unit.id,
          kind,
          report: `Báo cáo ${kind === 'MIDTERM' ? 'sơ kết' : 'tổng kết'} của ${unit.name}.`,
          figures,
        },
      })
    ).createCampaignReview;

  function headersOf(client: GqlClient): Record<string, string> {
    const headers: Record<string, string> = { 'x-forwarded-for': client.address };
    if (client.sessionCookie) headers['cookie'] = client.sessionCookie;
    return headers;
  }

  async function attach(
    client: GqlClient,
    id: string,
    version: number,
    bytes: Buffer,
    name: string,
  ) {
    const form = new FormData();
    form.append('version', String(version));
    form.append('file', new Blob([new Uint8Array(bytes)]), name);
    const res = await fetch(`${t.baseUrl}/api/campaign-reviews/${id}/attachments`, {
      method: 'POST',
      headers: headersOf(client),
      body: form,
    });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  }

  beforeAll(async () => {
    t = await startTestApp();
    province = await t.unit(`Tỉnh Sơ Kết ${t.uid()}`);
    await withShortName(t, province);
    communeA = await t.unit(`Xã Báo Cáo A ${t.uid()}`, province);
    communeB = await t.unit(`Xã Báo Cáo B ${t.uid()}`, province);
    communeC = await t.unit(`Xã Báo Cáo C ${t.uid()}`, province);
    provinceOfficer = await t.loggedIn(
      (await t.user({ unit: province, role: 'TDKT_OFFICER' })).username,
    );
    leader = await t.loggedIn((await t.user({ unit: province, role: 'LEADER' })).username);
    officerA = await t.loggedIn((await t.user({ unit: communeA, role: 'TDKT_OFFICER' })).username);
    officerB = await t.loggedIn((await t.user({ unit: communeB, role: 'TDKT_OFFICER' })).username);
    // sơ kết on 30/06/2025 (past: every report sent now is late); tổng kết far ahead (on time)
    plan = await issuedPlan(t, province, provinceOfficer, leader, {
      addressed: [communeA, communeB, communeC],
      milestones: [
        { date: '2025-06-30', label: 'Hội nghị sơ kết 6 tháng' },
        { date: '2099-12-31', label: 'Tổng kết đợt thi đua' },
      ],
    });
  });
  afterAll(() => t.close());

  it('a unit reports figures against the plan’s targets, sends late, is returned with a reason and sends again', async () => {
    // figures name a target of the plan, once each
    const wrong = await officerA.fails(CREATE, {
      input: {
        planId: plan.id,
        unitId: communeA.id,
        kind: 'MIDTERM',
        figures: [
          { targetIndex: 5, achieved: '10' },
          { targetIndex: 0, achieved: '98,5' },
          { targetIndex: 0, achieved: '99' },
        ],
      },
    });
    expect(Object.keys(wrong.extensions?.fields ?? {}).sort()).toEqual([
      'figures.0.targetIndex',
      'figures.2.targetIndex',
    ]);
    expect(wrong.extensions?.fields?.['figures.0.targetIndex']?.[0]).toContain('có 2 chỉ tiêu');

    const review = await draft(officerA, communeA, 'MIDTERM', [
      { targetIndex: 1, achieved: '1.250', note: 'Vượt chỉ tiêu' },
      { targetIndex: 0, achieved: '98,5' },
    ]);
    expect(review).toMatchObject({
      kind: 'MIDTERM',
      status: 'DRAFT',
      late: false,
      canEdit: true,
      canReturn: false,
      unit: { id: communeA.id },
      figures: [
        {
          targetIndex: 0,
          achieved: '98,5',
          note: null,
          target: { indicator: 'Tỷ lệ hồ sơ giải quyết đúng hạn', target: 'Trên 98', unit: '%' },
        },
        {
          targetIndex: 1,
          achieved: '1.250',
          note: 'Vượt chỉ tiêu',
          target: { indicator: 'Kết nạp đảng viên mới', target: '1.200' },
        },
      ],
    });
    const twice = await officerA.fails(CREATE, {
      input: { planId: plan.id, unitId: communeA.id, kind: 'MIDTERM', figures: [] },
    });
    expect(twice.extensions?.fields?.['kind']?.[0]).toContain('đã có báo cáo sơ kết');

    // sent after 30/06/2025: late, with the deadline it was judged by
    const sent = (await officerA.ok(SUBMIT, { input: { id: review.id, version: review.version } }))
      .submitCampaignReview;
    expect(sent).toMatchObject({ status: 'SUBMITTED', late: true, deadline: '2025-06-30' });
    expect(sent.submittedAt).toEqual(expect.any(String));
    const locked = await officerA.fails(UPDATE, {
      input: { id: review.id, version: sent.version, report: 'Sửa sau khi gửi.', figures: [] },
    });
    expect(locked.extensions?.code).toBe('BAD_USER_INPUT');

    // the unit cannot return its own report; the issuer can, with a reason
    expect(
      (
        await officerA.fails(RETURN, {
          input: { id: review.id, version: sent.version, reason: 'x' },
        })
      ).extensions?.code,
    ).toBe('FORBIDDEN');
    const listed = (await provinceOfficer.ok(LIST, { planId: plan.id, kind: 'MIDTERM' }))
      .campaignReviews.edges;
    expect(listed.find((e) => e.node.id === review.id)?.node).toMatchObject({
      status: 'SUBMITTED',
      late: true,
      canReturn: true,
    });
    const returned = (
      await provinceOfficer.ok(RETURN, {
        input: { id: review.id, version: sent.version, reason: 'Bổ sung số liệu quý II.' },
      })
    ).returnCampaignReview;
    expect(returned).toMatchObject({ status: 'RETURNED', returnReason: 'Bổ sung số liệu quý II.' });

    const fixed = (
      await officerA.ok(UPDATE, {
        input: {
          id: review.id,
          version: returned.version,
          report: 'Báo cáo sơ kết (bổ sung số liệu quý II).',
          figures: [{ targetIndex: 0, achieved: '99' }],
        },
      })
    ).updateCampaignReview;
    expect(fixed.figures).toEqual([{ targetIndex: 0, achieved: '99' }]);
    const again = (await officerA.ok(SUBMIT, { input: { id: review.id, version: fixed.version } }))
      .submitCampaignReview;
    expect(again).toMatchObject({ status: 'SUBMITTED', late: true, returnReason: null });
  });

  it('counts sent, late and missing reports against the addressed units', async () => {
    // tổng kết: commune B sends on time; commune C drafts only
    const final = await draft(officerB, communeB, 'FINAL', [{ targetIndex: 0, achieved: '100' }]);
    const sent = (await officerB.ok(SUBMIT, { input: { id: final.id, version: final.version } }))
      .submitCampaignReview;
    expect(sent).toMatchObject({ late: false, deadline: '2099-12-31' });
    await draft(provinceOfficer, communeC, 'FINAL');
    // sơ kết: commune B drafts, does not send
    await draft(officerB, communeB, 'MIDTERM');

    const midterm = (await leader.ok(SUMMARY, { planId: plan.id, kind: 'MIDTERM' }))
      .campaignReviewSummary;
    expect(midterm).toEqual({
      kind: 'MIDTERM',
      deadline: '2025-06-30',
      addressed: 3,
      submitted: 1,
      onTime: 0,
      late: 1,
      returned: 0,
      drafts: 1,
      missing: 2,
      overdue: true,
    });
    const finalSummary = (await leader.ok(SUMMARY, { planId: plan.id, kind: 'FINAL' }))
      .campaignReviewSummary;
    expect(finalSummary).toEqual({
      kind: 'FINAL',
      deadline: '2099-12-31',
      addressed: 3,
      submitted: 1,
      onTime: 1,
      late: 0,
      returned: 0,
      drafts: 1,
      missing: 2,
      overdue: false,
    });
    const late = (
      await leader.ok(LIST, { planId: plan.id, kind: 'MIDTERM', filter: { late: true } })
    ).campaignReviews;
    expect(late.edges.map((e) => e.node.unit.id)).toEqual([communeA.id]);

    // a commune's reader: its own unit only
    const mine = (await officerB.ok(SUMMARY, { planId: plan.id, kind: 'MIDTERM' }))
      .campaignReviewSummary;
    expect(mine).toMatchObject({ addressed: 1, submitted: 0, drafts: 1, missing: 1 });
  });

  it('a commune never sees another commune’s report; outside the plan’s reach nothing exists', async () => {
    const theirs = (
      await provinceOfficer.ok(LIST, { planId: plan.id, kind: 'MIDTERM' })
    ).campaignReviews.edges.find((e) => e.node.unit.id === communeA.id)!.node;
    const denied = await officerB.fails(ONE, { id: theirs.id });
    expect(denied.extensions?.code).toBe('NOT_FOUND');
    expect(denied.message).not.toContain(communeA.name);
    const list = (await officerB.ok(LIST, { planId: plan.id, kind: 'MIDTERM' })).campaignReviews;
    expect(list.edges.every((e) => e.node.unit.id === communeB.id)).toBe(true);
    expect(
      (await officerB.fails(SUBMIT, { input: { id: theirs.id, version: 1 } })).extensions?.code,
    ).toBe('NOT_FOUND');
    // the issuer does not report to itself
    const self = await provinceOfficer.fails(CREATE, {
      input: { planId: plan.id, unitId: province.id, kind: 'FINAL', figures: [] },
    });
    expect(self.extensions?.fields?.['unitId']?.[0]).toContain('không gửi tới đơn vị');
    // a unit the plan does not address sees none of it
    const other = await t.unit(`Xã Ngoài ${t.uid()}`, province);
    const stranger = await t.loggedIn(
      (await t.user({ unit: other, role: 'TDKT_OFFICER' })).username,
    );
    expect(
      (await stranger.fails(SUMMARY, { planId: plan.id, kind: 'MIDTERM' })).extensions?.code,
    ).toBe('NOT_FOUND');
  });

  it('attaches files through the report, serves them to its readers only, rejects stale versions', async () => {
    const review = await draft(officerA, communeA, 'FINAL');

    // not a PDF, a stale version: refused, nothing attached
    const fake = await attach(
      officerA,
      review.id,
      review.version,
      Buffer.from('xin chào'),
      'a.pdf',
    );
    expect(fake.status).toBe(400);
    expect(String(fake.body['message'])).toContain('PDF');
    const stale = await attach(officerA, review.id, review.version + 1, PDF, 'Biên bản.pdf');
    expect(stale.status).toBe(409);
    expect((await officerA.ok(ONE, { id: review.id })).campaignReview.attachments).toEqual([]);

    const ok = await attach(officerA, review.id, review.version, PDF, 'Biên bản hội nghị.pdf');
    expect(ok.status).toBe(200);
    const now = (await officerA.ok(ONE, { id: review.id })).campaignReview;
    expect(now.attachments).toHaveLength(1);
    const file = now.attachments[0]!;
    expect(file).toMatchObject({
      name: 'Biên bản hội nghị.pdf',
      url: `/api/campaign-reviews/${review.id}/attachments/${file.sha256}`,
    });
    for (const client of [officerA, leader]) {
      const res = await fetch(`${t.baseUrl}${file.url}`, { headers: headersOf(client) });
      expect(res.status).toBe(200);
      expect(Buffer.from(await res.arrayBuffer()).equals(PDF)).toBe(true);
    }
    const other = await fetch(`${t.baseUrl}${file.url}`, { headers: headersOf(officerB) });
    expect(other.status).toBe(404);

    // concurrent saves: one wins, the other is a CONFLICT
    const input = (report: string) => ({
      id: review.id,
      version: now.version,
      report,
      figures: [],
    });
    const results = await Promise.all([
      officerA.request(UPDATE.toString(), { input: input('Bản một.') }),
      officerA.request(UPDATE.toString(), { input: input('Bản hai.') }),
    ]);
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.flatMap((r) => r.errors ?? []).map((e) => e.extensions?.code)).toEqual([
      'CONFLICT',
    ]);

    // a file not attached to this report cannot be named; removing keeps the rest
    const current = (await officerA.ok(ONE, { id: review.id })).campaignReview;
    const foreign = await officerA.fails(UPDATE, {
      input: {
        id: review.id,
        version: current.version,
        report: 'Bản cuối.',
        figures: [],
        attachments: [{ sha256: 'a'.repeat(64), name: 'khác.pdf' }],
      },
    });
    expect(foreign.extensions?.fields?.['attachments.0.sha256']).toHaveLength(1);
    const removed = (
      await officerA.ok(UPDATE, {
        input: {
          id: review.id,
          version: current.version,
          report: 'Bản cuối.',
          figures: [],
          attachments: [],
        },
      })
    ).updateCampaignReview;
    expect(removed.attachments).toEqual([]);
    const gone = await fetch(`${t.baseUrl}${file.url}`, { headers: headersOf(officerA) });
    expect(gone.status).toBe(404);
  });
});
