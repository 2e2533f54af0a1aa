import { todayInVietnam } from '@thidua/shared-domain';
import type { UnitEntity } from '../src/modules/org/unit.entity';
import { issuedPlan, personIn, withShortName } from './campaign-registration-fixtures';
import { graphql } from './gql';
import type { GqlClient } from './setup/gql-client';
import { startTestApp, type TestApp } from './setup/test-app';

/**
 * Issue 11, award dossiers: a round opened from the Bắc Kạn office's award plan (seed 001: forms
 * "Giấy khen của Chánh Văn phòng", "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", "không quá 01 tập
 * thể hoặc cá nhân", dossiers to Phòng Hành chính tổ chức), a phòng proposing, the routing with its
 * history (return with per-item remarks, resubmission showing what changed), scope, atomicity and
 * versions.
 */
const CREATE_ROUND = graphql(`
  mutation AwRoundCreate($input: CreateAwardRoundInput!) {
    createAwardRound(input: $input) {
      id
      version
      kind
      track
      status
      deadline
      decidingAuthority
      awardForms
      quotas {
        form
        either
      }
      canManage
    }
  }
`);

const CREATE_DOSSIER = graphql(`
  mutation AwDossierCreate($input: CreateAwardDossierInput!) {
    createAwardDossier(input: $input) {
      id
      version
      status
      canEdit
      events {
        action
        toStatus
      }
    }
  }
`);

const ADD_NOMINEE = graphql(`
  mutation AwNomineeAdd($input: AddNomineeInput!) {
    addAwardNominee(input: $input) {
      id
      version
      nominees {
        id
        name
        awardName
        subject
      }
    }
  }
`);

const UPDATE_NOMINEE = graphql(`
  mutation AwNomineeUpdate($input: UpdateNomineeInput!) {
    updateAwardNominee(input: $input) {
      id
      version
    }
  }
`);

const REMOVE_NOMINEE = graphql(`
  mutation AwNomineeRemove($input: RemoveNomineeInput!) {
    removeAwardNominee(input: $input) {
      id
      version
      nominees {
        id
      }
      documents {
        id
      }
    }
  }
`);

const WRITE_DOCUMENT = graphql(`
  mutation AwDocumentWrite($input: WriteDossierDocumentInput!) {
    writeAwardDossierDocument(input: $input) {
      id
      version
      missingDocuments
    }
  }
`);

const SUBMIT = graphql(`
  mutation AwSubmit($input: AwardDossierRefInput!) {
    submitAwardDossier(input: $input) {
      id
      version
      status
      late
    }
  }
`);

const RECEIVE = graphql(`
  mutation AwReceive($input: AwardDossierRefInput!) {
    receiveAwardDossier(input: $input) {
      id
      version
      status
    }
  }
`);

const RETURN = graphql(`
  mutation AwReturn($input: ReturnAwardDossierInput!) {
    returnAwardDossier(input: $input) {
      id
      version
      status
    }
  }
`);

const APPRAISE = graphql(`
  mutation AwAppraise($input: AppraiseAwardDossierInput!) {
    appraiseAwardDossier(input: $input) {
      id
      version
      status
    }
  }
`);

const FORWARD = graphql(`
  mutation AwForward($input: AwardDossierRefInput!) {
    forwardAwardDossierToCouncil(input: $input) {
      id
      version
      status
    }
  }
`);

const DOSSIER = graphql(`
  query AwDossier($id: ID!) {
    awardDossier(id: $id) {
      id
      version
      status
      late
      firstSubmittedAt
      canEdit
      availableActions
      missingDocuments
      quotaFindings {
        form
        used
        limit
        over
      }
      nominees {
        id
        name
        subject
        awardName
        achievements
        appraisalVerdict
        eligibilityChecked
      }
      documents {
        id
        kind
        nominationId
        fileName
        downloadPath
        text
      }
      events {
        action
        fromStatus
        toStatus
        reason
        late
        remarks {
          nominationId
          documentId
          label
          remark
        }
        appraisal {
          name
          verdict
        }
        changes {
          nomineesAdded
          nomineesRemoved
          nomineesEdited
          documentsAdded
          documentsRemoved
          documentsReplaced
        }
      }
    }
  }
`);

const INBOX = graphql(`
  query AwInbox($filter: AwardDossierFilter) {
    awardDossierInbox(filter: $filter, first: 50) {
      totalCount
      edges {
        node {
          id
          status
        }
      }
    }
  }
`);

const OWN = graphql(`
  query AwOwn($filter: AwardDossierFilter) {
    awardDossiers(filter: $filter, first: 50) {
      totalCount
      edges {
        node {
          id
        }
      }
    }
  }
`);

/** A tiny valid PDF whose bytes differ per call (so a replaced report is a different file). */
function pdf(tag: string): Buffer {
  return Buffer.from(`%PDF-1.4\n% ${tag}\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n`, 'latin1');
}

describe('award dossiers (issue 11)', () => {
  let t: TestApp;
  let office: UnitEntity;
  let receiving: UnitEntity;
  let proposing: UnitEntity;
  let third: UnitEntity;
  let receiver: GqlClient;
  let proposer: GqlClient;
  let outsider: GqlClient;
  let planId: string;
  let roundId: string;
  let roundDeadline: string | null;

  function headersOf(client: GqlClient): Record<string, string> {
    const headers: Record<string, string> = { 'x-forwarded-for': client.address };
    if (client.sessionCookie) headers['cookie'] = client.sessionCookie;
    return headers;
  }

  async function upload(
    client: GqlClient,
    dossierId: string,
    version: number,
    fields: { kind: string; nominationId?: string },
    bytes: Buffer,
    name: string,
  ): Promise<{ status: number; body: { id?: string; version?: number; message?: string } }> {
    const form = new FormData();
    form.append('version', String(version));
    form.append('kind', fields.kind);
    if (fields.nominationId) form.append('nominationId', fields.nominationId);
    form.append('file', new Blob([new Uint8Array(bytes)]), name);
    const res = await fetch(`${t.baseUrl}/api/award-dossiers/${dossierId}/documents`, {
      method: 'POST',
      headers: headersOf(client),
      body: form,
    });
    return { status: res.status, body: (await res.json()) as { id?: string; version?: number } };
  }

  async function read(client: GqlClient, id: string) {
    return (await client.ok(DOSSIER, { id })).awardDossier;
  }

  async function auditCount(entityId: string, operation: string): Promise<number> {
    const [row] = await t.db.query(
      `SELECT count(*)::int AS n FROM audit_log WHERE entity_id = $1 AND operation = $2`,
      [entityId, operation],
    );
    return Number(row.n);
  }

  /** A dossier of the proposing unit in the round, with one nominee and every required document. */
  async function readyDossier(unit: UnitEntity, client: GqlClient, personName: string) {
    const { createAwardDossier: d } = await client.ok(CREATE_DOSSIER, {
      input: { roundId, unitId: unit.id },
    });
    const person = await personIn(t, client, unit, personName);
    const added = (
      await client.ok(ADD_NOMINEE, {
        input: {
          dossierId: d.id,
          version: d.version,
          subject: 'INDIVIDUAL',
          personId: person.id,
          awardCode: 'GIAY_KHEN',
          awardName: 'giay khen cua chanh van phong',
          achievements: 'Hoàn thành xuất sắc nhiệm vụ trong Đợt thi đua.',
        },
      })
    ).addAwardNominee;
    let version = added.version;
    for (const kind of ['TO_TRINH', 'BIEN_BAN'] as const) {
      version = (
        await client.ok(WRITE_DOCUMENT, {
          input: { dossierId: d.id, version, kind, text: `Nội dung ${kind}` },
        })
      ).writeAwardDossierDocument.version;
    }
    const nominee = added.nominees[0];
    if (!nominee) throw new Error('no nominee');
    const up = await upload(
      client,
      d.id,
      version,
      { kind: 'BAO_CAO_THANH_TICH', nominationId: nominee.id },
      pdf(t.uid()),
      'Báo cáo thành tích.pdf',
    );
    expect(up.status).toBe(200);
    return { id: d.id, version: up.body.version as number, nomineeId: nominee.id };
  }

  beforeAll(async () => {
    t = await startTestApp();
    const province = await t.unit(`Tỉnh Khen Thưởng ${t.uid()}`);
    office = await t.unit(`Văn phòng UBND tỉnh ${t.uid()}`, province);
    await withShortName(t, office);
    receiving = await t.unit(`Phòng Hành chính tổ chức - Quản trị tài vụ ${t.uid()}`, office);
    proposing = await t.unit(`Phòng Tổng hợp ${t.uid()}`, office);
    third = await t.unit(`Phòng Kinh tế ${t.uid()}`, office);
    const officeOfficer = await t.loggedIn(
      (await t.user({ unit: office, role: 'TDKT_OFFICER' })).username,
    );
    const leader = await t.loggedIn((await t.user({ unit: office, role: 'LEADER' })).username);
    receiver = await t.loggedIn((await t.user({ unit: receiving, role: 'TDKT_OFFICER' })).username);
    proposer = await t.loggedIn((await t.user({ unit: proposing, role: 'TDKT_OFFICER' })).username);
    outsider = await t.loggedIn((await t.user({ unit: third, role: 'TDKT_OFFICER' })).username);
    planId = (
      await issuedPlan(t, office, officeOfficer, leader, {
        addressed: [receiving, proposing, third],
        scope: 'AGENCY',
      })
    ).id;
    const { createAwardRound: round } = await receiver.ok(CREATE_ROUND, {
      input: {
        kind: 'CAMPAIGN',
        title: `Khen thưởng Đợt thi đua đặc biệt ${t.uid()}`,
        year: 2025,
        receivingUnitId: receiving.id,
        campaignPlanId: planId,
      },
    });
    roundId = round.id;
    roundDeadline = round.deadline ?? null;
  });
  afterAll(() => t.close());

  it('opens a round from the office plan’s award plan: its forms, quota, deadline and signer', async () => {
    const { awardRound } = await receiver.ok(
      graphql(`
        query AwRound($id: ID!) {
          awardRound(id: $id) {
            kind
            track
            status
            deadline
            decidingAuthority
            awardForms
            quotas {
              form
              either
            }
            canManage
            receivingUnit {
              id
            }
          }
        }
      `),
      { id: roundId },
    );
    expect(awardRound).toMatchObject({
      kind: 'CAMPAIGN',
      track: 'PHONG_TRAO',
      status: 'OPEN',
      deadline: '2025-10-01',
      decidingAuthority: 'Chánh Văn phòng',
      awardForms: ['Giấy khen của Chánh Văn phòng', 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh'],
      quotas: [{ form: 'Bằng khen của Chủ tịch UBND tỉnh', either: 1 }],
      canManage: true,
      receivingUnit: { id: receiving.id },
    });
    // a phòng proposes; it cannot open a round at a unit outside its reach (which "does not exist")
    const refused = await proposer.fails(CREATE_ROUND, {
      input: {
        kind: 'ANNUAL',
        title: 'Không được',
        year: 2025,
        receivingUnitId: receiving.id,
        decidingAuthority: 'Chánh Văn phòng',
      },
    });
    expect(refused.extensions?.fields).toEqual({ receivingUnitId: ['Đơn vị không tồn tại.'] });
  });

  it('runs the Bắc Kạn flow: propose, quota refused, send, return with remarks, fix, resend with changes, receive, appraise, forward', async () => {
    const { createAwardDossier: d0 } = await proposer.ok(CREATE_DOSSIER, {
      input: { roundId, unitId: proposing.id },
    });
    expect(d0).toMatchObject({
      status: 'DRAFT',
      canEdit: true,
      events: [{ action: 'CREATE', toStatus: 'DRAFT' }],
    });
    // the receiver does not see a draft
    expect((await receiver.fails(DOSSIER, { id: d0.id })).extensions?.code).toBe('NOT_FOUND');

    const hoa = await personIn(t, proposer, proposing, 'Nguyễn Thị Hoa');
    const binh = await personIn(t, proposer, proposing, 'Trần Văn Bình');
    let d = (
      await proposer.ok(ADD_NOMINEE, {
        input: {
          dossierId: d0.id,
          version: d0.version,
          subject: 'INDIVIDUAL',
          personId: hoa.id,
          awardName: 'Bằng khen của Chủ tịch UBND tỉnh',
          achievements: 'Tham mưu tổ chức thành công Đại hội.',
        },
      })
    ).addAwardNominee;
    // the plan's own spelling is kept, whatever abbreviation the officer typed
    expect(d.nominees[0]?.awardName).toBe('Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh');
    d = (
      await proposer.ok(ADD_NOMINEE, {
        input: {
          dossierId: d.id,
          version: d.version,
          subject: 'INDIVIDUAL',
          personId: binh.id,
          awardName: 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh',
        },
      })
    ).addAwardNominee;
    const [hoaN, binhN] = d.nominees;
    if (!hoaN || !binhN) throw new Error('nominees missing');

    // incomplete: refused with what is missing, in Vietnamese (the tờ trình the system drafts
    // itself; a report drafted by it counts once signed off, ADR 0020)
    const incomplete = await proposer.fails(SUBMIT, { input: { id: d.id, version: d.version } });
    expect(incomplete.extensions?.code).toBe('BAD_USER_INPUT');
    expect(incomplete.extensions?.fields?.['id']).toEqual([
      'Thiếu biên bản họp xét khen thưởng.',
      'Báo cáo thành tích của Nguyễn Thị Hoa chưa được duyệt: hãy duyệt bản dự thảo hệ thống đã soạn hoặc tải lên báo cáo đã ký.',
      'Báo cáo thành tích của Trần Văn Bình chưa được duyệt: hãy duyệt bản dự thảo hệ thống đã soạn hoặc tải lên báo cáo đã ký.',
    ]);

    let version = d.version;
    for (const kind of ['TO_TRINH', 'BIEN_BAN'] as const) {
      version = (
        await proposer.ok(WRITE_DOCUMENT, {
          input: { dossierId: d.id, version, kind, text: `Nội dung ${kind} của Phòng Tổng hợp` },
        })
      ).writeAwardDossierDocument.version;
    }
    for (const n of [hoaN, binhN]) {
      const up = await upload(
        proposer,
        d.id,
        version,
        { kind: 'BAO_CAO_THANH_TICH', nominationId: n.id },
        pdf(`${n.name} ${t.uid()}`),
        `Báo cáo thành tích ${n.name}.pdf`,
      );
      expect(up.status).toBe(200);
      version = up.body.version as number;
    }
    // a file that is not what its name says is refused by the files module
    const fake = await upload(
      proposer,
      d.id,
      version,
      { kind: 'OTHER' },
      Buffer.from('not a pdf'),
      'Giả.pdf',
    );
    expect(fake.status).toBe(400);

    // over the plan's quota ("không quá 01 tập thể hoặc cá nhân"): refused with the explanation
    const over = await proposer.fails(SUBMIT, { input: { id: d.id, version } });
    expect(over.extensions?.code).toBe('BAD_USER_INPUT');
    expect(over.extensions?.fields?.['id']).toEqual([
      'Bằng khen của Chủ tịch UBND tỉnh: đề nghị 02 tập thể hoặc cá nhân, kế hoạch cho phép không quá 01 (vượt 01).',
    ]);
    // … and the refused send left nothing: status, version, history, audit
    let now = await read(proposer, d.id);
    expect(now).toMatchObject({ status: 'DRAFT', version });
    expect(now.events.map((e) => e.action)).toEqual(['CREATE']);
    expect(await auditCount(d.id, 'awardDossier.submit')).toBe(0);

    // one nominee, as the plan allows
    const removed = (
      await proposer.ok(REMOVE_NOMINEE, {
        input: { dossierId: d.id, version, nominationId: binhN.id },
      })
    ).removeAwardNominee;
    expect(removed.nominees).toEqual([{ id: hoaN.id }]);
    // the removed nominee's report went with it: tờ trình, biên bản and Hoa's report remain
    expect(removed.documents).toHaveLength(3);
    const sent = (await proposer.ok(SUBMIT, { input: { id: d.id, version: removed.version } }))
      .submitAwardDossier;
    const late = !!roundDeadline && todayInVietnam() > roundDeadline;
    expect(sent).toMatchObject({ status: 'SUBMITTED', late });
    expect(await auditCount(d.id, 'awardDossier.submit')).toBe(1);

    // the receiver sees it in its inbox, found by the nominee's name without accents
    const inbox = (await receiver.ok(INBOX, { filter: { roundId, search: 'nguyen thi hoa' } }))
      .awardDossierInbox;
    expect(inbox.edges.map((e) => e.node.id)).toEqual([d.id]);
    const lateOnly = (await receiver.ok(INBOX, { filter: { roundId, late: !late } }))
      .awardDossierInbox;
    expect(lateOnly.totalCount).toBe(0);

    // returned with a general reason and remarks on the nominee and on her report
    now = await read(receiver, d.id);
    expect(now.availableActions).toEqual(['RECEIVE', 'RETURN']);
    const report = now.documents.find((x) => x.kind === 'BAO_CAO_THANH_TICH');
    if (!report) throw new Error('no report');
    const returned = (
      await receiver.ok(RETURN, {
        input: {
          id: d.id,
          version: now.version,
          reason: 'Hồ sơ chưa làm rõ thành tích theo tiêu chuẩn của kế hoạch.',
          remarks: [
            { nominationId: hoaN.id, remark: 'Bổ sung số liệu kết quả so với chỉ tiêu.' },
            { documentId: report.id, remark: 'Báo cáo chưa có xác nhận của thủ trưởng đơn vị.' },
          ],
        },
      })
    ).returnAwardDossier;
    expect(returned.status).toBe('RETURNED');

    // the unit fixes what was remarked on: the achievements, and a new report replacing the old one
    const edited = (
      await proposer.ok(UPDATE_NOMINEE, {
        input: {
          dossierId: d.id,
          version: returned.version,
          nominationId: hoaN.id,
          awardName: 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh',
          achievements:
            'Tham mưu tổ chức thành công Đại hội; tỷ lệ hồ sơ đúng hạn 99,2% (chỉ tiêu 98%).',
        },
      })
    ).updateAwardNominee;
    const replaced = await upload(
      proposer,
      d.id,
      edited.version,
      { kind: 'BAO_CAO_THANH_TICH', nominationId: hoaN.id },
      pdf(`confirmed ${t.uid()}`),
      'Báo cáo thành tích (có xác nhận).pdf',
    );
    expect(replaced.status).toBe(200);
    const resent = (
      await proposer.ok(SUBMIT, { input: { id: d.id, version: replaced.body.version as number } })
    ).submitAwardDossier;
    expect(resent.status).toBe('SUBMITTED');

    now = await read(receiver, d.id);
    expect(now.events.map((e) => [e.action, e.fromStatus, e.toStatus])).toEqual([
      ['CREATE', null, 'DRAFT'],
      ['SUBMIT', 'DRAFT', 'SUBMITTED'],
      ['RETURN', 'SUBMITTED', 'RETURNED'],
      ['SUBMIT', 'RETURNED', 'SUBMITTED'],
    ]);
    const [, firstSend, ret, resend] = now.events;
    expect(firstSend?.changes).toBeNull();
    // the return is kept as it was said, remarks and all
    expect(ret?.reason).toBe('Hồ sơ chưa làm rõ thành tích theo tiêu chuẩn của kế hoạch.');
    expect(ret?.remarks).toEqual([
      {
        nominationId: hoaN.id,
        documentId: null,
        label: 'Nguyễn Thị Hoa',
        remark: 'Bổ sung số liệu kết quả so với chỉ tiêu.',
      },
      {
        nominationId: hoaN.id,
        documentId: report.id,
        label: 'Báo cáo thành tích của Nguyễn Thị Hoa',
        remark: 'Báo cáo chưa có xác nhận của thủ trưởng đơn vị.',
      },
    ]);
    expect(resend?.changes).toEqual({
      nomineesAdded: [],
      nomineesRemoved: [],
      nomineesEdited: ['Nguyễn Thị Hoa: tóm tắt thành tích'],
      documentsAdded: [],
      documentsRemoved: [],
      documentsReplaced: ['Báo cáo thành tích của Nguyễn Thị Hoa'],
    });

    // received, appraised per nominee, forwarded to the council
    const received = (await receiver.ok(RECEIVE, { input: { id: d.id, version: now.version } }))
      .receiveAwardDossier;
    expect(received.status).toBe('RECEIVED');
    // the proposing unit can no longer recall it
    const recall = await proposer.fails(
      graphql(`
        mutation AwRecall($input: AwardDossierRefInput!) {
          recallAwardDossier(input: $input) {
            id
          }
        }
      `),
      { input: { id: d.id, version: received.version } },
    );
    expect(recall.message).toBe(
      'Không thể "rút lại để sửa" khi hồ sơ đang ở trạng thái "Đã tiếp nhận, đang thẩm định".',
    );
    const appraised = (
      await receiver.ok(APPRAISE, {
        input: {
          id: d.id,
          version: received.version,
          items: [{ nominationId: hoaN.id, verdict: 'PASS', remark: 'Đủ tiêu chuẩn.' }],
        },
      })
    ).appraiseAwardDossier;
    expect(appraised.status).toBe('APPRAISED');
    const forwarded = (
      await receiver.ok(FORWARD, { input: { id: d.id, version: appraised.version } })
    ).forwardAwardDossierToCouncil;
    expect(forwarded.status).toBe('READY_FOR_COUNCIL');

    now = await read(proposer, d.id);
    expect(now.nominees).toEqual([
      expect.objectContaining({
        name: 'Nguyễn Thị Hoa',
        appraisalVerdict: 'PASS',
        // judged at the send (awards-eligibility.int-spec.ts covers the verdicts themselves)
        eligibilityChecked: true,
      }),
    ]);
    expect(now.events.at(-2)?.appraisal).toEqual([{ name: 'Nguyễn Thị Hoa', verdict: 'PASS' }]);
    expect(now.canEdit).toBe(false);
    expect(now.availableActions).toEqual([]);
    // the file is served through the dossier to its readers, and to nobody else
    const file = now.documents.find((x) => x.kind === 'BAO_CAO_THANH_TICH');
    const got = await fetch(`${t.baseUrl}${file?.downloadPath}`, { headers: headersOf(receiver) });
    expect(got.status).toBe(200);
    expect(Buffer.from(await got.arrayBuffer()).toString('latin1')).toContain('confirmed');
    const denied = await fetch(`${t.baseUrl}${file?.downloadPath}`, {
      headers: headersOf(outsider),
    });
    expect(denied.status).toBe(404);
  });

  it('escalates an appraised nominee to a higher round, reusing her report by reference', async () => {
    const unit = await t.unit(`Phòng Thông tin ${t.uid()}`, office);
    const officer = await t.loggedIn((await t.user({ unit, role: 'TDKT_OFFICER' })).username);
    const d = await readyDossier(unit, officer, 'Hoàng Thị Lan');
    const sent = (await officer.ok(SUBMIT, { input: { id: d.id, version: d.version } }))
      .submitAwardDossier;
    const received = (await receiver.ok(RECEIVE, { input: { id: d.id, version: sent.version } }))
      .receiveAwardDossier;
    // "không đạt" needs its reason
    const noReason = await receiver.fails(APPRAISE, {
      input: {
        id: d.id,
        version: received.version,
        items: [{ nominationId: d.nomineeId, verdict: 'FAIL' }],
      },
    });
    expect(noReason.message).toBe('Hãy ghi lý do Hoàng Thị Lan không đạt.');
    await receiver.ok(APPRAISE, {
      input: {
        id: d.id,
        version: received.version,
        items: [{ nominationId: d.nomineeId, verdict: 'PASS' }],
      },
    });
    // the office receives for the province's chairman under the same plan
    const officeOfficer = await t.loggedIn(
      (await t.user({ unit: office, role: 'TDKT_OFFICER' })).username,
    );
    const { createAwardRound: higher } = await officeOfficer.ok(CREATE_ROUND, {
      input: {
        kind: 'CAMPAIGN',
        title: `Đề nghị Bằng khen Chủ tịch UBND tỉnh ${t.uid()}`,
        year: 2025,
        receivingUnitId: office.id,
        campaignPlanId: planId,
        decidingAuthority: 'Chủ tịch UBND tỉnh',
      },
    });
    const { escalateAwardDossier: up } = await receiver.ok(
      graphql(`
        mutation AwEscalate($input: EscalateAwardDossierInput!) {
          escalateAwardDossier(input: $input) {
            id
            status
            originDossierId
            unit {
              id
            }
            nominees {
              name
              awardName
              originNominationId
            }
            documents {
              kind
              nominationId
              originDocumentId
              downloadPath
            }
            events {
              action
            }
          }
        }
      `),
      {
        input: {
          originDossierId: d.id,
          roundId: higher.id,
          nominees: [{ nominationId: d.nomineeId, awardName: 'Bằng khen của Chủ tịch UBND tỉnh' }],
        },
      },
    );
    expect(up).toMatchObject({
      status: 'DRAFT',
      originDossierId: d.id,
      unit: { id: receiving.id },
      nominees: [
        {
          name: 'Hoàng Thị Lan',
          awardName: 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh',
          originNominationId: d.nomineeId,
        },
      ],
      events: [{ action: 'CREATE' }, { action: 'ESCALATE' }],
    });
    // her report and the lower council's biên bản come along, by reference to the origin's documents
    expect(up.documents.map((x) => x.kind).sort()).toEqual(['BAO_CAO_THANH_TICH', 'OTHER']);
    expect(up.documents.every((x) => x.originDocumentId)).toBe(true);
    const origin = await read(receiver, d.id);
    const report = up.documents.find((x) => x.kind === 'BAO_CAO_THANH_TICH');
    expect(report?.originDocumentId).toBe(
      origin.documents.find((x) => x.kind === 'BAO_CAO_THANH_TICH')?.id,
    );
    const file = await fetch(`${t.baseUrl}${report?.downloadPath}`, {
      headers: headersOf(receiver),
    });
    expect(file.status).toBe(200);
  });

  it('scopes a dossier to its unit and, once sent, its receiver: a sibling phòng gets NOT_FOUND', async () => {
    const d = await readyDossier(third, outsider, 'Lê Văn Cường');
    // before the send only the proposing unit reads it
    expect((await receiver.fails(DOSSIER, { id: d.id })).extensions?.code).toBe('NOT_FOUND');
    expect((await proposer.fails(DOSSIER, { id: d.id })).extensions?.code).toBe('NOT_FOUND');
    await outsider.ok(SUBMIT, { input: { id: d.id, version: d.version } });
    // the receiver reads it; the other phòng does not, neither by id nor in its lists, nor acts on it
    expect((await read(receiver, d.id)).status).toBe('SUBMITTED');
    expect((await proposer.fails(DOSSIER, { id: d.id })).extensions?.code).toBe('NOT_FOUND');
    const own = (await proposer.ok(OWN, { filter: { roundId } })).awardDossiers;
    expect(own.edges.map((e) => e.node.id)).not.toContain(d.id);
    const inbox = (await proposer.ok(INBOX, { filter: { roundId } })).awardDossierInbox;
    expect(inbox.totalCount).toBe(0);
    expect(
      (await proposer.fails(RECEIVE, { input: { id: d.id, version: 99 } })).extensions?.code,
    ).toBe('NOT_FOUND');
    // the proposing unit reads but cannot receive its own dossier
    const self = await outsider.fails(RECEIVE, { input: { id: d.id, version: 99 } });
    expect(self.extensions?.code).toBe('FORBIDDEN');
  });

  it('leaves no data nor audit behind a refused mutation', async () => {
    // the receiving unit cannot propose to itself: nothing is created
    const self = await receiver.fails(CREATE_DOSSIER, { input: { roundId, unitId: receiving.id } });
    expect(self.extensions?.fields?.['unitId']).toEqual([
      'Đơn vị tiếp nhận hồ sơ không tự gửi hồ sơ cho chính mình.',
    ]);
    const rows = await t.db.query(
      `SELECT count(*)::int AS n FROM award_dossiers WHERE round_id = $1 AND unit_id = $2`,
      [roundId, receiving.id],
    );
    expect(rows[0].n).toBe(0);

    // a person of another phòng is not this unit's to propose: the dossier keeps its version, no
    // nominee row, no audit row
    const unit = await t.unit(`Phòng Quản trị ${t.uid()}`, office);
    const officer = await t.loggedIn((await t.user({ unit, role: 'TDKT_OFFICER' })).username);
    const { createAwardDossier: d } = await officer.ok(CREATE_DOSSIER, {
      input: { roundId, unitId: unit.id },
    });
    const stranger = await personIn(t, outsider, third, 'Võ Văn Em');
    const refused = await officer.fails(ADD_NOMINEE, {
      input: {
        dossierId: d.id,
        version: d.version,
        subject: 'INDIVIDUAL',
        personId: stranger.id,
        awardName: 'Giấy khen của Chánh Văn phòng',
      },
    });
    expect(refused.extensions?.fields?.['personId']).toEqual([
      'Cán bộ không tồn tại hoặc không công tác tại đơn vị đề nghị (hoặc đơn vị cấp dưới).',
    ]);
    // a form the plan does not have is refused too, naming the plan's forms
    const own = await personIn(t, officer, unit, 'Phạm Thị Dung');
    const wrongForm = await officer.fails(ADD_NOMINEE, {
      input: {
        dossierId: d.id,
        version: d.version,
        subject: 'INDIVIDUAL',
        personId: own.id,
        awardName: 'Huân chương Lao động hạng Ba',
      },
    });
    expect(wrongForm.message).toBe(
      'Kế hoạch của đợt chỉ có các hình thức: Giấy khen của Chánh Văn phòng; Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh.',
    );
    expect((await read(officer, d.id)).version).toBe(d.version);
    expect(await auditCount(d.id, 'awardDossier.nominee')).toBe(0);
    const nominees = await t.db.query(
      `SELECT count(*)::int AS n FROM award_nominations WHERE dossier_id = $1`,
      [d.id],
    );
    expect(nominees[0].n).toBe(0);
  });

  it('finds a dossier by a nominee’s name without accents, as its nominees change', async () => {
    const unit = await t.unit(`Phòng Tìm kiếm ${t.uid()}`, office);
    const officer = await t.loggedIn((await t.user({ unit, role: 'TDKT_OFFICER' })).username);
    const { createAwardDossier: d } = await officer.ok(CREATE_DOSSIER, {
      input: { roundId, unitId: unit.id },
    });
    const wordA = `Khanh${t.uid()}`;
    const wordB = `Ngoc${t.uid()}`;
    const a = await personIn(t, officer, unit, `Lương Văn ${wordA}`);
    const b = await personIn(t, officer, unit, `Trịnh Thị ${wordB}`);
    let version = d.version;
    const ids: string[] = [];
    for (const p of [a, b]) {
      const added = (
        await officer.ok(ADD_NOMINEE, {
          input: {
            dossierId: d.id,
            version,
            subject: 'INDIVIDUAL',
            personId: p.id,
            awardName: 'Giấy khen của Chánh Văn phòng',
          },
        })
      ).addAwardNominee;
      version = added.version;
      ids.push(added.nominees.at(-1)?.id as string);
    }
    const found = async (search: string) =>
      (await officer.ok(OWN, { filter: { roundId, search } })).awardDossiers.edges.map(
        (e) => e.node.id,
      );
    expect(await found(wordA.toLowerCase())).toEqual([d.id]);
    expect(await found(`trinh thi ${wordB.toLowerCase()}`)).toEqual([d.id]);
    // the words of a query belong to one nominee's name, not to two of them
    expect(await found(`luong ${wordB.toLowerCase()}`)).toEqual([]);
    // a nominee removed is no longer found; the other still is
    await officer.ok(REMOVE_NOMINEE, {
      input: { dossierId: d.id, version, nominationId: ids[0] as string },
    });
    expect(await found(wordA.toLowerCase())).toEqual([]);
    expect(await found(wordB.toLowerCase())).toEqual([d.id]);
  });

  it('never loses an update: two officers editing at once, the second gets CONFLICT and retries', async () => {
    const second = await t.unit(`Phòng Văn xã ${t.uid()}`, office);
    const officer = await t.loggedIn(
      (await t.user({ unit: second, role: 'TDKT_OFFICER' })).username,
    );
    const colleague = await t.loggedIn(
      (await t.user({ unit: second, role: 'TDKT_OFFICER' })).username,
    );
    const { createAwardDossier: d } = await officer.ok(CREATE_DOSSIER, {
      input: { roundId, unitId: second.id },
    });
    const a = await personIn(t, officer, second, 'Đặng Thị Giang');
    const b = await personIn(t, officer, second, 'Bùi Văn Hải');
    const add = (client: GqlClient, personId: string, version: number) =>
      client.request(ADD_NOMINEE.toString(), {
        input: {
          dossierId: d.id,
          version,
          subject: 'INDIVIDUAL',
          personId,
          awardName: 'Giấy khen của Chánh Văn phòng',
        },
      });
    const results = await Promise.all([
      add(officer, a.id, d.version),
      add(colleague, b.id, d.version),
    ]);
    const failed = results.filter((r) => r.errors?.length);
    expect(failed).toHaveLength(1);
    expect(failed[0]?.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const now = await read(officer, d.id);
    expect(now.nominees).toHaveLength(1);
    // the one who lost reloads and adds again: both are there
    const lostPerson = now.nominees[0]?.name === a.fullName ? b : a;
    const lostClient = lostPerson === a ? officer : colleague;
    await lostClient.ok(ADD_NOMINEE, {
      input: {
        dossierId: d.id,
        version: now.version,
        subject: 'INDIVIDUAL',
        personId: lostPerson.id,
        awardName: 'Giấy khen của Chánh Văn phòng',
      },
    });
    expect((await read(officer, d.id)).nominees.map((n) => n.name).sort()).toEqual(
      [a.fullName, b.fullName].sort(),
    );
  });
});
