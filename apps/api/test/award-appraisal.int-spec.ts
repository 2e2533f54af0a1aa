import { Workbook } from 'exceljs';
import type { UnitEntity } from '../src/modules/org/unit.entity';
import { personIn } from './campaign-registration-fixtures';
import { graphql } from './gql';
import type { GqlClient } from './setup/gql-client';
import { startTestApp, type TestApp } from './setup/test-app';

/** The rows of an exported sheet, from its header row on, as text. */
async function sheetRows(res: Response, firstHeader: string): Promise<string[][]> {
  const wb = new Workbook();
  await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as unknown as ArrayBuffer);
  const cells: string[][] = [];
  wb.worksheets[0]?.eachRow((r) =>
    cells.push((r.values as unknown[]).slice(1).map((v) => (v == null ? '' : String(v)))),
  );
  return cells.slice(cells.findIndex((r) => r[0] === firstHeader));
}

/**
 * Issue 11, thẩm định "a checklist per rule, remarks": the receiving unit reads each nominee's
 * checklist (the conditions and principles of the rule it was judged under, as judged, and that
 * rule's dossier list found or not in the dossier), answers items, and cannot conclude "đạt" while
 * one stands unmet; the settled checklist is kept in the APPRAISE event.
 */
const CREATE_ROUND = graphql(`
  mutation ApRoundCreate($input: CreateAwardRoundInput!) {
    createAwardRound(input: $input) {
      id
    }
  }
`);

const CREATE_DOSSIER = graphql(`
  mutation ApDossierCreate($input: CreateAwardDossierInput!) {
    createAwardDossier(input: $input) {
      id
      version
    }
  }
`);

const ADD_NOMINEE = graphql(`
  mutation ApNomineeAdd($input: AddNomineeInput!) {
    addAwardNominee(input: $input) {
      id
      version
      nominees {
        id
        name
      }
    }
  }
`);

const WRITE_DOCUMENT = graphql(`
  mutation ApDocumentWrite($input: WriteDossierDocumentInput!) {
    writeAwardDossierDocument(input: $input) {
      id
      version
    }
  }
`);

const SUBMIT = graphql(`
  mutation ApSubmit($input: AwardDossierRefInput!) {
    submitAwardDossier(input: $input) {
      id
      version
    }
  }
`);

const RECEIVE = graphql(`
  mutation ApReceive($input: AwardDossierRefInput!) {
    receiveAwardDossier(input: $input) {
      id
      version
    }
  }
`);

const APPRAISE = graphql(`
  mutation ApAppraise($input: AppraiseAwardDossierInput!) {
    appraiseAwardDossier(input: $input) {
      id
      version
      status
    }
  }
`);

const CREATE_EVALUATION = graphql(`
  mutation ApEval($input: CreateEvaluationInput!) {
    createEvaluation(input: $input) {
      id
    }
  }
`);

const DOSSIER = graphql(`
  query ApDossier($id: ID!) {
    awardDossier(id: $id) {
      id
      version
      status
      nominees {
        id
        name
        appraisalVerdict
        appraisalChecklist {
          key
          source
          requirement
          finding
          met
          basis
        }
      }
      events {
        action
        appraisal {
          name
          verdict
          checklist {
            key
            ok
            remark
            settledBy
          }
        }
      }
    }
  }
`);

describe('appraisal checklist per rule (issue 11)', () => {
  let t: TestApp;
  let receiving: UnitEntity;
  let proposing: UnitEntity;
  let receiver: GqlClient;
  let proposer: GqlClient;
  let outsider: GqlClient;

  function headersOf(client: GqlClient): Record<string, string> {
    const headers: Record<string, string> = { 'x-forwarded-for': client.address };
    if (client.sessionCookie) headers['cookie'] = client.sessionCookie;
    return headers;
  }

  /** A received dossier with one LĐTT nominee rated HTTNV, its papers written in. */
  async function received(): Promise<{ id: string; version: number; nomineeId: string }> {
    const { createAwardRound: round } = await receiver.ok(CREATE_ROUND, {
      input: {
        kind: 'ANNUAL',
        title: `Khen thưởng công trạng năm 2025 ${t.uid()}`,
        year: 2025,
        track: 'CONG_TRANG',
        receivingUnitId: receiving.id,
        decidingAuthority: 'Chủ tịch Ủy ban nhân dân tỉnh',
        deadline: '2025-12-15',
      },
    });
    const person = await personIn(t, proposer, proposing, `Trần Thị Thẩm ${t.uid()}`);
    await proposer.ok(CREATE_EVALUATION, {
      input: { personId: person.id, year: 2025, grade: 'HTTNV', source: 'Quyết định số 9/QĐ-UBND' },
    });
    const { createAwardDossier: d } = await proposer.ok(CREATE_DOSSIER, {
      input: { roundId: round.id, unitId: proposing.id },
    });
    const added = (
      await proposer.ok(ADD_NOMINEE, {
        input: {
          dossierId: d.id,
          version: d.version,
          subject: 'INDIVIDUAL',
          personId: person.id,
          awardCode: 'LAO_DONG_TIEN_TIEN',
          achievements: 'Hoàn thành tốt nhiệm vụ năm 2025.',
        },
      })
    ).addAwardNominee;
    const nomineeId = added.nominees[0]?.id as string;
    let version = added.version;
    for (const [kind, nominationId] of [
      ['TO_TRINH', null],
      ['BIEN_BAN', null],
      ['BAO_CAO_THANH_TICH', nomineeId],
    ] as const)
      version = (
        await proposer.ok(WRITE_DOCUMENT, {
          input: { dossierId: d.id, version, kind, nominationId, text: `Nội dung ${kind}` },
        })
      ).writeAwardDossierDocument.version;
    const sent = (await proposer.ok(SUBMIT, { input: { id: d.id, version } })).submitAwardDossier;
    const got = (await receiver.ok(RECEIVE, { input: { id: d.id, version: sent.version } }))
      .receiveAwardDossier;
    return { id: d.id, version: got.version, nomineeId };
  }

  beforeAll(async () => {
    t = await startTestApp();
    const province = await t.unit(`Tỉnh Thẩm Định ${t.uid()}`);
    const office = await t.unit(`Sở Nội vụ ${t.uid()}`, province);
    receiving = await t.unit(`Phòng Thi đua - Khen thưởng ${t.uid()}`, office);
    proposing = await t.unit(`Phòng Tổ chức cán bộ ${t.uid()}`, office);
    receiver = await t.loggedIn((await t.user({ unit: receiving, role: 'TDKT_OFFICER' })).username);
    proposer = await t.loggedIn((await t.user({ unit: proposing, role: 'TDKT_OFFICER' })).username);
    const sibling = await t.unit(`Phòng Kế hoạch ${t.uid()}`, office);
    outsider = await t.loggedIn((await t.user({ unit: sibling, role: 'TDKT_OFFICER' })).username);
  });
  afterAll(() => t.close());

  it('lists the rule’s conditions as judged and its dossier papers found in the dossier', async () => {
    const d = await received();
    const { awardDossier } = await receiver.ok(DOSSIER, { id: d.id });
    const items = awardDossier?.nominees[0]?.appraisalChecklist ?? [];
    // the principles first, then the rule's own conditions, then its papers
    expect(items.find((i) => i.key === 'p:HOLD')).toMatchObject({ source: 'PRINCIPLE', met: true });
    const grade = items.find((i) => i.key === 'c:1');
    expect(grade).toMatchObject({ source: 'CONDITION', met: true });
    expect(grade?.finding).toContain('Hoàn thành tốt nhiệm vụ');
    expect(grade?.basis).toBeTruthy();
    const papers = items.filter((i) => i.source === 'DOCUMENT');
    expect(papers.length).toBeGreaterThan(0);
    const report = papers.find((i) => i.requirement.startsWith('Báo cáo thành tích'));
    expect(report).toMatchObject({
      met: true,
      finding: 'Có trong hồ sơ: Báo cáo thành tích (nhập trực tiếp).',
    });
  });

  it('refuses "đạt" with an item set unmet, needs the item’s remark, and keeps the settled list', async () => {
    const d = await received();
    const noRemark = await receiver.fails(APPRAISE, {
      input: {
        id: d.id,
        version: d.version,
        items: [
          {
            nominationId: d.nomineeId,
            verdict: 'FAIL',
            remark: 'Thiếu xác nhận',
            checklist: [{ key: 'c:1', ok: false }],
          },
        ],
      },
    });
    expect(noRemark.extensions?.fields).toEqual({
      'items.0.checklist.0.remark': [expect.stringContaining('Hãy ghi vì sao mục')],
    });
    const unknown = await receiver.fails(APPRAISE, {
      input: {
        id: d.id,
        version: d.version,
        items: [
          { nominationId: d.nomineeId, verdict: 'PASS', checklist: [{ key: 'z:1', ok: true }] },
        ],
      },
    });
    expect(unknown.message).toContain('Mục kiểm tra "z:1" không có trong danh mục thẩm định');
    const pass = await receiver.fails(APPRAISE, {
      input: {
        id: d.id,
        version: d.version,
        items: [
          {
            nominationId: d.nomineeId,
            verdict: 'PASS',
            checklist: [{ key: 'c:1', ok: false, remark: 'Quyết định xếp loại chưa ký.' }],
          },
        ],
      },
    });
    expect(pass.extensions?.fields).toEqual({
      'items.0.verdict': [expect.stringMatching(/chưa thể kết luận đạt khi mục ".+" không đạt\.$/)],
    });
    // nothing moved
    const before = (await receiver.ok(DOSSIER, { id: d.id })).awardDossier;
    expect(before).toMatchObject({ status: 'RECEIVED', version: d.version });

    const done = (
      await receiver.ok(APPRAISE, {
        input: {
          id: d.id,
          version: d.version,
          items: [
            {
              nominationId: d.nomineeId,
              verdict: 'FAIL',
              remark: 'Quyết định xếp loại năm 2025 chưa được ký.',
              checklist: [{ key: 'c:1', ok: false, remark: 'Quyết định xếp loại chưa ký.' }],
            },
          ],
        },
      })
    ).appraiseAwardDossier;
    expect(done.status).toBe('APPRAISED');
    const after = (await receiver.ok(DOSSIER, { id: d.id })).awardDossier;
    const recorded = after?.events.find((e) => e.action === 'APPRAISE')?.appraisal?.[0];
    expect(recorded?.verdict).toBe('FAIL');
    expect(recorded?.checklist.find((i) => i.key === 'c:1')).toEqual({
      key: 'c:1',
      ok: false,
      remark: 'Quyết định xếp loại chưa ký.',
      settledBy: 'APPRAISER',
    });
    expect(recorded?.checklist.find((i) => i.key === 'p:HOLD')).toMatchObject({
      ok: true,
      settledBy: 'CHECK',
    });
    expect(recorded?.checklist.length).toBe(after?.nominees[0]?.appraisalChecklist.length);
  });

  it('exports the nominees of the inbox to Excel with the check and the appraisal, and nothing to others', async () => {
    const d = await received();
    const { awardDossier } = await receiver.ok(DOSSIER, { id: d.id });
    const url = (list: string) =>
      `${t.baseUrl}/api/exports/award-nominees.xlsx?list=${list}&status=RECEIVED&search=${encodeURIComponent(awardDossier?.nominees[0]?.name ?? '')}`;
    const res = await fetch(url('inbox'), { headers: headersOf(receiver) });
    expect(res.status).toBe(200);
    const rows = await sheetRows(res, 'Đợt xét');
    expect(rows[0]).toEqual([
      'Đợt xét',
      'Mã đơn vị đề nghị',
      'Đơn vị đề nghị',
      'STT trong hồ sơ',
      'Họ tên, tên tập thể, hộ gia đình',
      'Đối tượng',
      'Danh hiệu, hình thức đề nghị',
      'Tóm tắt thành tích',
      'Kết quả kiểm tra điều kiện',
      'Điều kiện chưa đạt',
      'Kết quả thẩm định',
      'Ý kiến thẩm định',
      'Trạng thái hồ sơ',
    ]);
    expect(rows.slice(1)).toHaveLength(1);
    expect(rows[1]?.slice(2, 7)).toEqual([
      proposing.name,
      '1',
      awardDossier?.nominees[0]?.name,
      'Cá nhân',
      'Lao động tiên tiến',
    ]);
    expect(rows[1]?.[12]).toBe('Đã tiếp nhận, đang thẩm định');
    // the proposing unit reads it in its own list; a sibling unit's officer gets an empty sheet
    expect(
      (await sheetRows(await fetch(url('own'), { headers: headersOf(proposer) }), 'Đợt xét')).slice(
        1,
      ),
    ).toHaveLength(1);
    // the list's own filters apply: sent after the round's deadline (15/12/2025), it is not "on time"
    const onTime = await fetch(`${url('inbox')}&late=false`, { headers: headersOf(receiver) });
    expect((await sheetRows(onTime, 'Đợt xét')).slice(1)).toHaveLength(0);
    const other = await fetch(url('inbox'), { headers: headersOf(outsider) });
    expect(other.status).toBe(200);
    expect((await sheetRows(other, 'Đợt xét')).slice(1)).toHaveLength(0);
    const bad = await fetch(`${t.baseUrl}/api/exports/award-nominees.xlsx?list=all`, {
      headers: headersOf(receiver),
    });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { message: string }).message).toContain('Danh sách phải là');
  });
});
