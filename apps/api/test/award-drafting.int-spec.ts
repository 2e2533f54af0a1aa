import { createHash } from 'node:crypto';
import { strFromU8, unzipSync } from 'fflate';
import type { UnitEntity } from '../src/modules/org/unit.entity';
import { PdfService } from '../src/modules/files/pdf.service';
import { issuedPlan, personIn, withShortName } from './campaign-registration-fixtures';
import { graphql } from './gql';
import type { GqlClient } from './setup/gql-client';
import { startTestApp, type TestApp } from './setup/test-app';

/**
 * Issue 11, "The dossier" and "Export of a dossier as the package the national e-dossier system
 * takes" (ADR 0020): the tờ trình and each nominee's báo cáo thành tích draft themselves from what the
 * system knows (the person, the unit, the campaign's registration, targets and reported figures, the
 * award history, the sáng kiến cited), are edited with their own version, signed off, frozen as .docx
 * when the dossier is sent (the tờ trình numbered at the first send and kept on a resend), and the
 * whole dossier downloads as one package of Word and PDF files with a list of SHA-256 sums.
 */
const CREATE_ROUND = graphql(`
  mutation DrRoundCreate($input: CreateAwardRoundInput!) {
    createAwardRound(input: $input) {
      id
      deadline
    }
  }
`);

const CREATE_DOSSIER = graphql(`
  mutation DrDossierCreate($input: CreateAwardDossierInput!) {
    createAwardDossier(input: $input) {
      id
      version
    }
  }
`);

const ADD_NOMINEE = graphql(`
  mutation DrNomineeAdd($input: AddNomineeInput!) {
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
  mutation DrDocumentWrite($input: WriteDossierDocumentInput!) {
    writeAwardDossierDocument(input: $input) {
      id
      version
    }
  }
`);

const SUBMIT = graphql(`
  mutation DrSubmit($input: AwardDossierRefInput!) {
    submitAwardDossier(input: $input) {
      id
      version
      status
    }
  }
`);

const RETURN = graphql(`
  mutation DrReturn($input: ReturnAwardDossierInput!) {
    returnAwardDossier(input: $input) {
      id
      version
      status
    }
  }
`);

const DOSSIER = graphql(`
  query DrDossier($id: ID!) {
    awardDossier(id: $id) {
      id
      version
      status
      missingDocuments
      nominees {
        id
        name
        report {
          nominationId
          kind
          form
          name
          award
          drafted
          version
          signedOffAt
          uploaded
          documentId
          downloadPath
          content {
            period
            profile {
              label
              value
            }
            background
            commitments
            targets {
              name
              planned
              achieved
            }
            measures
            results
            lessons
            evaluations {
              year
              result
            }
            priorAwards {
              year
              award
              decision
            }
            initiatives {
              title
              level
              recognition
            }
            author {
              title
              name
            }
            confirmer {
              title
              name
            }
          }
        }
      }
      toTrinh {
        drafted
        version
        number
        symbol
        numberedOn
        form
        uploaded
        documentId
        downloadPath
        awards {
          award
          collectives
          individuals
          households
        }
        content {
          place
          subject
          addressees
          bases
          councilMinutes {
            date
            body
          }
          summary
          authority
          recipients
          archive
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
      documents {
        id
        kind
        nominationId
        fileName
        generated
      }
      events {
        action
        changes {
          documentsAdded
          documentsReplaced
          documentsRemoved
        }
      }
    }
  }
`);

const UPDATE_REPORT = graphql(`
  mutation DrReportUpdate($input: UpdateAchievementReportInput!) {
    updateAchievementReport(input: $input) {
      nominationId
      version
      drafted
      signedOffAt
      content {
        results
        author {
          title
          name
        }
      }
    }
  }
`);

const REDRAFT_REPORT = graphql(`
  mutation DrReportRedraft($input: RedraftAchievementReportInput!) {
    redraftAchievementReport(input: $input) {
      version
      drafted
      content {
        results
      }
    }
  }
`);

const SIGN_OFF = graphql(`
  mutation DrReportSignOff($input: AchievementReportRefInput!) {
    signOffAchievementReport(input: $input) {
      version
      drafted
      signedOffAt
    }
  }
`);

const REOPEN = graphql(`
  mutation DrReportReopen($input: AchievementReportRefInput!) {
    reopenAchievementReport(input: $input) {
      version
      signedOffAt
    }
  }
`);

const UPDATE_TO_TRINH = graphql(`
  mutation DrToTrinhUpdate($input: UpdateToTrinhInput!) {
    updateToTrinh(input: $input) {
      version
      drafted
      content {
        summary
        signer {
          title
          name
        }
      }
    }
  }
`);

type Dossier = Awaited<ReturnType<typeof read>>;
type ReportContent = NonNullable<Dossier['nominees'][number]['report']>['content'];

let t: TestApp;
async function read(client: GqlClient, id: string) {
  return (await client.ok(DOSSIER, { id })).awardDossier;
}

/** The text of a .docx: its paragraphs, tags dropped. */
function docxText(bytes: Uint8Array): string {
  const xml = strFromU8(unzipSync(bytes)['word/document.xml'] as Uint8Array);
  return xml
    .replace(/<\/w:p>/g, '\n')
    .replace(/<w:tab\/>/g, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'");
}

/** Polls `read` until `check` holds (a job runs after the commit that queued it). */
async function until<T>(read: () => Promise<T>, check: (v: T) => boolean, what: string) {
  for (let i = 0; i < 600; i++) {
    const value = await read();
    if (check(value)) return value;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}: ${JSON.stringify(await read())}`);
}

/** A fake PDF for a .docx (the conversion is LibreOffice's; the package only needs bytes of a PDF). */
function fakePdf(docx: Uint8Array): Uint8Array {
  const tag = createHash('sha256').update(docx).digest('hex');
  return new Uint8Array(Buffer.from(`%PDF-1.4\n% ${tag}\n%%EOF\n`, 'latin1'));
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Content with one section changed, the rest as read (what the SPA sends). */
function edited(c: ReportContent, patch: Partial<ReportContent>): ReportContent {
  return { ...c, ...patch };
}

describe('award dossier documents that draft themselves (issue 11)', () => {
  let office: UnitEntity;
  let receiving: UnitEntity;
  let officeOfficer: GqlClient;
  let receiver: GqlClient;
  let planId: string;
  let roundId: string;
  const PHONGS = [
    'Phòng Tổng hợp',
    'Phòng Kiểm soát',
    'Phòng Quản trị',
    'Phòng Văn thư',
    'Phòng Lưu trữ',
    'Phòng Tài vụ',
    'Phòng Kế hoạch',
  ];
  const phongs = new Map<string, UnitEntity>();

  function headersOf(client: GqlClient): Record<string, string> {
    const headers: Record<string, string> = { 'x-forwarded-for': client.address };
    if (client.sessionCookie) headers['cookie'] = client.sessionCookie;
    return headers;
  }

  async function get(client: GqlClient, path: string) {
    const res = await fetch(`${t.baseUrl}${path}`, { headers: headersOf(client) });
    const bytes = new Uint8Array(await res.arrayBuffer());
    return { status: res.status, bytes, type: res.headers.get('content-type') };
  }

  async function auditRows(dossierId: string, prefix: string): Promise<number> {
    const [row] = await t.db.query(
      `SELECT count(*)::int AS n FROM audit_log WHERE entity_id = $1 AND operation LIKE $2`,
      [dossierId, `${prefix}%`],
    );
    return Number(row.n);
  }

  async function draftRows(dossierId: string): Promise<number> {
    const [row] = await t.db.query(
      `SELECT count(*)::int AS n FROM award_document_drafts WHERE dossier_id = $1`,
      [dossierId],
    );
    return Number(row.n);
  }

  /**
   * A phòng of the office the plan addresses (made before the plan was issued: the addressees are
   * fixed at the issue), with a short name for its tờ trình's số, ký hiệu, its head and its officer.
   */
  async function phong(name: string) {
    const unit = phongs.get(name);
    if (!unit) throw new Error(`no unit ${name}`);
    const officer = await t.loggedIn((await t.user({ unit, role: 'TDKT_OFFICER' })).username);
    await officer.ok(
      `mutation($input: CreatePersonInput!) { createPerson(input: $input) { id } }`,
      {
        input: {
          code: `TP-${t.uid().toUpperCase()}`,
          fullName: 'Lê Văn Trưởng',
          sex: 'MALE',
          position: {
            unitId: unit.id,
            title: 'Trưởng phòng',
            startedOn: '2023-01-01',
            staffCategory: 'CIVIL_SERVANT',
            isLeader: true,
          },
        },
      },
    );
    return { unit, officer };
  }

  async function dossierOf(
    client: GqlClient,
    unit: UnitEntity,
  ): Promise<{ id: string; version: number; nominees: { id: string; name: string }[] }> {
    const d = (await client.ok(CREATE_DOSSIER, { input: { roundId, unitId: unit.id } }))
      .createAwardDossier;
    return { ...d, nominees: [] };
  }

  async function addNominee(
    client: GqlClient,
    d: { id: string; version: number },
    input: Record<string, unknown>,
  ) {
    return (
      await client.ok(ADD_NOMINEE, {
        input: { dossierId: d.id, version: d.version, subject: 'INDIVIDUAL', ...input },
      })
    ).addAwardNominee;
  }

  /** Hoa of `unit`: registered for the plan, with an award in 2023 and a sáng kiến; her unit reported. */
  async function hoaOf(officer: GqlClient, unit: UnitEntity) {
    const hoa = await personIn(t, officer, unit, 'Nguyễn Thị Hoa');
    await officer.ok(
      `mutation($input: CreateCampaignRegistrationInput!) { createCampaignRegistration(input: $input) { id } }`,
      {
        input: {
          planId,
          unitId: unit.id,
          kind: 'PERSON',
          personId: hoa.id,
          titles: [{ name: 'Lao động tiên tiến' }],
          commitments: 'Giải quyết 100% hồ sơ đúng hạn.\nKhông để xảy ra sai sót trong tham mưu.',
        },
      },
    );
    await officer.ok(
      `mutation($input: CreateCampaignReviewInput!) { createCampaignReview(input: $input) { id } }`,
      {
        input: {
          planId,
          unitId: unit.id,
          kind: 'MIDTERM',
          report: 'Báo cáo sơ kết.',
          figures: [{ targetIndex: 1, achieved: '1.250', note: 'vượt chỉ tiêu' }],
        },
      },
    );
    await officer.ok(
      `mutation($input: CreateAwardRecordInput!) { createAwardRecord(input: $input) { id } }`,
      {
        input: {
          personId: hoa.id,
          awardName: 'Giấy khen của Chánh Văn phòng',
          track: 'CONG_TRANG',
          year: 2023,
          decisionNumber: '12/QĐ-VP',
          decidedOn: '2023-03-12',
          decidedBy: 'Chánh Văn phòng',
        },
      },
    );
    const { createInitiative: initiative } = await officer.ok<{
      createInitiative: { id: string };
    }>(`mutation($input: CreateInitiativeInput!) { createInitiative(input: $input) { id } }`, {
      input: {
        personId: hoa.id,
        title: 'Số hóa sổ theo dõi hồ sơ một cửa',
        kind: 'SANG_KIEN',
        scope: 'UNIT',
        recognisedOn: '2025-05-20',
        recognisedBy: 'Hội đồng sáng kiến Văn phòng',
      },
    });
    return { hoa, initiativeId: initiative.id };
  }

  beforeAll(async () => {
    t = await startTestApp();
    const province = await t.unit(`Tỉnh Soạn Thảo ${t.uid()}`);
    office = await t.unit(`Văn phòng UBND tỉnh ${t.uid()}`, province);
    await withShortName(t, office);
    receiving = await t.unit(`Phòng Hành chính tổ chức ${t.uid()}`, office);
    for (const name of PHONGS) {
      const unit = await t.unit(`${name} ${t.uid()}`, office);
      await withShortName(t, unit);
      phongs.set(name, unit);
    }
    officeOfficer = await t.loggedIn(
      (await t.user({ unit: office, role: 'TDKT_OFFICER' })).username,
    );
    const leader = await t.loggedIn((await t.user({ unit: office, role: 'LEADER' })).username);
    receiver = await t.loggedIn((await t.user({ unit: receiving, role: 'TDKT_OFFICER' })).username);
    const plan = await issuedPlan(t, office, officeOfficer, leader, {
      addressed: [receiving, ...phongs.values()],
      scope: 'AGENCY',
    });
    planId = plan.id;
    roundId = (
      await receiver.ok(CREATE_ROUND, {
        input: {
          kind: 'CAMPAIGN',
          title: `Khen thưởng Đợt thi đua ${t.uid()}`,
          year: 2025,
          receivingUnitId: receiving.id,
          campaignPlanId: planId,
        },
      })
    ).createAwardRound.id;
  });
  afterAll(() => t.close());

  it('drafts a person’s report from the campaign: registration, targets against the reported figures, awards, sáng kiến', async () => {
    const { unit, officer } = await phong('Phòng Tổng hợp');
    const { hoa, initiativeId } = await hoaOf(officer, unit);
    let d = await dossierOf(officer, unit);
    d = await addNominee(officer, d, {
      personId: hoa.id,
      awardCode: 'GIAY_KHEN',
      awardName: 'Giấy khen của Chánh Văn phòng',
      achievements: 'Tham mưu tổ chức thành công Đại hội.\n- Giải quyết 1.250 hồ sơ đúng hạn.',
      initiativeIds: [initiativeId],
    });

    const now = await read(officer, d.id);
    const report = now.nominees[0]?.report;
    expect(report).toMatchObject({
      kind: 'CHUYEN_DE',
      // NĐ 152/2025 applies on the round's day (its deadline, 01/10/2025): the chuyên đề form
      form: 'Mẫu số 08',
      name: 'Nguyễn Thị Hoa',
      award: 'Giấy khen của Chánh Văn phòng',
      drafted: true,
      version: 0,
      signedOffAt: null,
      uploaded: false,
      documentId: null,
      downloadPath: `/api/award-dossiers/${d.id}/nominees/${now.nominees[0]?.id}/report.docx`,
    });
    const c = report?.content;
    expect(c?.period).toContain('Đợt thi đua');
    expect(c?.profile).toEqual(
      expect.arrayContaining([
        { label: 'Họ và tên', value: 'Nguyễn Thị Hoa' },
        { label: 'Giới tính', value: 'Nữ' },
        { label: 'Chức vụ, đơn vị công tác', value: `Chuyên viên, ${unit.name}` },
      ]),
    );
    expect(c?.commitments).toBe(
      [
        'Đăng ký danh hiệu thi đua: Lao động tiên tiến.',
        'Nội dung đăng ký, cam kết:',
        '- Giải quyết 100% hồ sơ đúng hạn.',
        '- Không để xảy ra sai sót trong tham mưu.',
      ].join('\n'),
    );
    // the plan's targets, the second against what her unit reported at sơ kết
    expect(c?.targets).toHaveLength(2);
    expect(c?.targets[1]).toEqual({
      name: 'Kết nạp đảng viên mới (năm 2025)',
      planned: '1.200 đảng viên',
      achieved: '1.250 (vượt chỉ tiêu)',
    });
    expect(c?.targets[0]?.achieved).toBeNull();
    expect(c?.results).toBe(
      'Tham mưu tổ chức thành công Đại hội.\n- Giải quyết 1.250 hồ sơ đúng hạn.',
    );
    expect(c?.priorAwards).toEqual([
      {
        year: 2023,
        award: 'Giấy khen của Chánh Văn phòng',
        decision: 'Quyết định số 12/QĐ-VP ngày 12/03/2023 của Chánh Văn phòng',
      },
    ]);
    expect(c?.initiatives).toEqual([
      {
        title: 'Số hóa sổ theo dõi hồ sơ một cửa',
        level: 'Cấp cơ sở',
        recognition: 'Sáng kiến được Hội đồng sáng kiến Văn phòng công nhận ngày 20/05/2025',
      },
    ]);
    // a campaign's report lists no yearly evaluations (NĐ 152 Điều 4 k.3: not a công trạng)
    expect(c?.evaluations).toEqual([]);
    expect(c?.author).toEqual({ title: 'Chuyên viên', name: 'Nguyễn Thị Hoa' });
    expect(c?.confirmer).toEqual({ title: 'Trưởng phòng', name: 'Lê Văn Trưởng' });

    // the tờ trình: the unit issues it to the round's authority, on the law, the decree, the plan
    expect(now.toTrinh).toMatchObject({
      drafted: true,
      version: 0,
      number: null,
      form: 'Mẫu số 01',
      awards: [
        { award: 'Giấy khen của Chánh Văn phòng', collectives: 0, individuals: 1, households: 0 },
      ],
    });
    const tt = now.toTrinh?.content;
    expect(tt?.bases[0]).toBe('Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15/6/2022');
    expect(tt?.bases[1]).toMatch(/^Nghị định số 152\/2025\/NĐ-CP/);
    expect(tt?.bases[2]).toMatch(/^Kế hoạch số 01\/KH-UB\w+ ngày 10\/3\/2025 về /);
    expect(tt?.place).toMatch(/^Soạn Thảo /);
    expect(tt?.addressees).toContain('Chánh Văn phòng');
    expect(tt?.subject).toContain('tặng Giấy khen của Chánh Văn phòng cho các cá nhân');
    expect(tt?.councilMinutes).toEqual({ date: null, body: unit.name });
    expect(tt?.signer).toEqual({ on: [], title: 'Trưởng phòng', name: 'Lê Văn Trưởng' });

    // the preview downloads as a .docx saying what the draft says
    const preview = await get(officer, report?.downloadPath ?? '');
    expect(preview.status).toBe(200);
    const text = docxText(preview.bytes);
    expect(text).toContain('Nguyễn Thị Hoa');
    expect(text).toContain('Số hóa sổ theo dõi hồ sơ một cửa');
    expect(text).toContain('Kết nạp đảng viên mới');
  });

  it('drafts a collective’s report: address, head count, sub-units; the head signs', async () => {
    const { unit, officer } = await phong('Phòng Kiểm soát');
    const team = await t.unit(`Tổ Một cửa ${t.uid()}`, unit);
    const group = await t.unit(`Nhóm Tiếp nhận ${t.uid()}`, team);
    await t.db.query(`UPDATE units SET address = $1, phone = $2 WHERE id = $3`, [
      'Số 1 Trường Chinh',
      '0209 3870 000',
      team.id,
    ]);
    await personIn(t, officer, team, 'Phạm Thị Một');
    await personIn(t, officer, group, 'Đỗ Văn Hai');
    let d = await dossierOf(officer, unit);
    d = await addNominee(officer, d, {
      subject: 'COLLECTIVE',
      unitId: team.id,
      awardName: 'Giấy khen của Chánh Văn phòng',
      achievements: 'Tiếp nhận, trả kết quả đúng hạn 100% hồ sơ.',
    });
    const report = (await read(officer, d.id)).nominees[0]?.report;
    expect(report?.kind).toBe('CHUYEN_DE');
    expect(report?.content.profile).toEqual(
      expect.arrayContaining([
        { label: 'Tên tập thể', value: team.name },
        { label: 'Địa chỉ trụ sở', value: 'Số 1 Trường Chinh' },
        { label: 'Điện thoại', value: '0209 3870 000' },
        { label: 'Các đơn vị trực thuộc', value: '1 đơn vị' },
      ]),
    );
    const members = report?.content.profile.find((f) => f.label.startsWith('Tổng số cán bộ'));
    // its people in the year, the group's included
    expect(members?.value).toBe('2 người, trong đó nữ 2 người');
    expect(report?.content.background).toBe(
      `Tổ chức bộ máy gồm 1 đơn vị trực thuộc:\n- ${group.name}`,
    );
    // no head recorded for the team: its title is drafted, the name left for the officer
    expect(report?.content.author).toEqual({ title: `Thủ trưởng ${team.name}`, name: '' });
    expect(report?.content.confirmer).toEqual({ title: 'Trưởng phòng', name: 'Lê Văn Trưởng' });
  });

  it('edits a report with its own version, signs it off, reopens it; a failed change writes nothing', async () => {
    const { unit, officer } = await phong('Phòng Quản trị');
    const hai = await personIn(t, officer, unit, 'Trần Văn Hai');
    let d = await dossierOf(officer, unit);
    d = await addNominee(officer, d, {
      personId: hai.id,
      awardName: 'Giấy khen của Chánh Văn phòng',
      achievements: 'Hoàn thành xuất sắc nhiệm vụ.',
    });
    const nominationId = d.nominees[0]?.id as string;
    const fresh = (await read(officer, d.id)).nominees[0]?.report;
    if (!fresh) throw new Error('no report');

    const first = (
      await officer.ok(UPDATE_REPORT, {
        input: {
          nominationId,
          version: 0,
          content: edited(fresh.content, { results: 'Kết quả đã sửa lần một.' }),
        },
      })
    ).updateAchievementReport;
    expect(first).toMatchObject({ version: 1, drafted: false, signedOffAt: null });
    expect(first.content.results).toBe('Kết quả đã sửa lần một.');
    const audits = await auditRows(d.id, 'awardDossier.report');
    expect(audits).toBe(1);

    // a second "first save" and a stale version: CONFLICT, nothing written
    for (const version of [0, 7]) {
      const stale = await officer.fails(UPDATE_REPORT, {
        input: { nominationId, version, content: edited(fresh.content, { results: 'Ghi đè.' }) },
      });
      expect(stale.extensions?.code).toBe('CONFLICT');
    }
    expect(await auditRows(d.id, 'awardDossier.report')).toBe(audits);
    const kept = (await read(officer, d.id)).nominees[0]?.report;
    expect(kept).toMatchObject({ version: 1, content: { results: 'Kết quả đã sửa lần một.' } });

    // too long a section: refused by the input's bounds, in Vietnamese
    const long = await officer.fails(UPDATE_REPORT, {
      input: {
        nominationId,
        version: 1,
        content: edited(fresh.content, { results: 'x'.repeat(8001) }),
      },
    });
    expect(long.extensions?.code).toBe('BAD_USER_INPUT');
    expect(long.message).toContain('Kết quả đạt được');

    const signed = (await officer.ok(SIGN_OFF, { input: { nominationId, version: 1 } }))
      .signOffAchievementReport;
    expect(signed.version).toBe(2);
    expect(signed.signedOffAt).toEqual(expect.any(String));
    // signed off: neither edited nor redrafted until reopened
    const locked = await officer.fails(UPDATE_REPORT, {
      input: { nominationId, version: 2, content: fresh.content },
    });
    expect(locked.extensions?.fields?.['nominationId']?.[0]).toContain('đã được duyệt');
    const noRedraft = await officer.fails(REDRAFT_REPORT, { input: { nominationId, version: 2 } });
    expect(noRedraft.extensions?.code).toBe('BAD_USER_INPUT');
    const reopened = (await officer.ok(REOPEN, { input: { nominationId, version: 2 } }))
      .reopenAchievementReport;
    expect(reopened).toEqual({ version: 3, signedOffAt: null });

    // a redraft from a page read before the reopening is refused: it would replace newer text unseen
    const stale = await officer.fails(REDRAFT_REPORT, { input: { nominationId, version: 2 } });
    expect(stale.extensions?.code).toBe('CONFLICT');
    // redrafting composes again from the data, replacing the edits
    const redrafted = (await officer.ok(REDRAFT_REPORT, { input: { nominationId, version: 3 } }))
      .redraftAchievementReport;
    expect(redrafted).toMatchObject({
      version: 4,
      drafted: false,
      content: { results: 'Hoàn thành xuất sắc nhiệm vụ.' },
    });
    expect(await auditRows(d.id, 'awardDossier.report')).toBe(audits + 3);
  });

  it('refuses a send until each report is signed off, freezes the documents, numbers the tờ trình once', async () => {
    const { unit, officer } = await phong('Phòng Văn thư');
    const { hoa, initiativeId } = await hoaOf(officer, unit);
    const team = await t.unit(`Tổ Văn thư ${t.uid()}`, unit);
    let d = await dossierOf(officer, unit);
    d = await addNominee(officer, d, {
      personId: hoa.id,
      awardCode: 'GIAY_KHEN',
      awardName: 'Giấy khen của Chánh Văn phòng',
      achievements: 'Tham mưu tổ chức thành công Đại hội.',
      initiativeIds: [initiativeId],
    });
    d = await addNominee(officer, d, {
      subject: 'COLLECTIVE',
      unitId: team.id,
      awardName: 'Giấy khen của Chánh Văn phòng',
      achievements: 'Lưu trữ hồ sơ đúng quy định.',
    });
    const [hoaN, teamN] = d.nominees;
    if (!hoaN || !teamN) throw new Error('nominees missing');
    const version = (
      await officer.ok(WRITE_DOCUMENT, {
        input: { dossierId: d.id, version: d.version, kind: 'BIEN_BAN', text: 'Biên bản họp xét.' },
      })
    ).writeAwardDossierDocument.version;

    // the tờ trình counts (the system drafts it); the reports are not signed off yet
    let now = await read(officer, d.id);
    const unsigned = [
      `Báo cáo thành tích của Nguyễn Thị Hoa chưa được duyệt: hãy duyệt bản dự thảo hệ thống đã soạn hoặc tải lên báo cáo đã ký.`,
      `Báo cáo thành tích của ${team.name} chưa được duyệt: hãy duyệt bản dự thảo hệ thống đã soạn hoặc tải lên báo cáo đã ký.`,
    ];
    expect(now.missingDocuments).toEqual(unsigned);
    const refused = await officer.fails(SUBMIT, { input: { id: d.id, version } });
    expect(refused.extensions?.fields?.['id']).toEqual(unsigned);
    now = await read(officer, d.id);
    expect(now.status).toBe('DRAFT');
    expect(now.documents.filter((x) => x.generated)).toEqual([]);
    expect(await auditRows(d.id, 'awardDossier.submit')).toBe(0);
    expect(
      (await t.db.query(`SELECT 1 FROM issued_numbers WHERE entity_id = $1`, [d.id])).length,
    ).toBe(0);

    // Hoa's draft is signed off as composed; the team's needs its head's name first
    await officer.ok(SIGN_OFF, { input: { nominationId: hoaN.id, version: 0 } });
    const teamReport = now.nominees[1]?.report;
    if (!teamReport) throw new Error('no team report');
    const noSigner = await officer.fails(SIGN_OFF, {
      input: { nominationId: teamN.id, version: 0 },
    });
    expect(noSigner.message).toContain('chưa ghi người ký');
    expect(await draftRows(d.id)).toBe(1);
    const named = (
      await officer.ok(UPDATE_REPORT, {
        input: {
          nominationId: teamN.id,
          version: 0,
          content: edited(teamReport.content, {
            author: { title: 'Tổ trưởng', name: 'Vũ Thị Ba' },
          }),
        },
      })
    ).updateAchievementReport;
    await officer.ok(SIGN_OFF, { input: { nominationId: teamN.id, version: named.version } });
    expect((await read(officer, d.id)).missingDocuments).toEqual([]);

    const sent = (await officer.ok(SUBMIT, { input: { id: d.id, version } })).submitAwardDossier;
    expect(sent.status).toBe('SUBMITTED');
    now = await read(receiver, d.id);
    const generated = now.documents.filter((x) => x.generated);
    expect(generated.map((x) => [x.kind, x.nominationId]).sort()).toEqual(
      [
        ['BAO_CAO_THANH_TICH', hoaN.id],
        ['BAO_CAO_THANH_TICH', teamN.id],
        ['TO_TRINH', null],
      ].sort(),
    );
    const symbol = now.toTrinh?.symbol;
    expect(symbol).toMatch(/^01\/TTr-UB\w+$/);
    expect(now.toTrinh).toMatchObject({ number: 1, drafted: false });
    expect(now.nominees[0]?.report?.documentId).toBe(
      generated.find((x) => x.nominationId === hoaN.id)?.id,
    );

    // the receiver reads the frozen files
    const toTrinh = await get(receiver, `/api/award-dossiers/${d.id}/to-trinh.docx`);
    expect(toTrinh.status).toBe(200);
    const toTrinhText = docxText(toTrinh.bytes);
    expect(toTrinhText).toContain(symbol as string);
    expect(toTrinhText).toContain('Nguyễn Thị Hoa');
    const hoaReport = await get(
      receiver,
      `/api/award-dossiers/${d.id}/nominees/${hoaN.id}/report.docx`,
    );
    expect(hoaReport.status).toBe(200);
    expect(docxText(hoaReport.bytes)).toContain('Tham mưu tổ chức thành công Đại hội.');
    // and it is the document stored at the send, byte for byte
    const doc = generated.find((x) => x.nominationId === hoaN.id);
    const stored = await get(receiver, `/api/award-dossiers/${d.id}/documents/${doc?.id}/file`);
    expect(sha256(stored.bytes)).toBe(sha256(hoaReport.bytes));

    // returned; Hoa's report reopened and changed; the resend keeps the number and replaces only hers
    const returned = (
      await receiver.ok(RETURN, {
        input: { id: d.id, version: sent.version, reason: 'Bổ sung số liệu.' },
      })
    ).returnAwardDossier;
    let hoaDraft = (await read(officer, d.id)).nominees[0]?.report;
    if (!hoaDraft) throw new Error('no report');
    const reopened = (
      await officer.ok(REOPEN, { input: { nominationId: hoaN.id, version: hoaDraft.version } })
    ).reopenAchievementReport;
    const changed = (
      await officer.ok(UPDATE_REPORT, {
        input: {
          nominationId: hoaN.id,
          version: reopened.version,
          content: edited(hoaDraft.content, { measures: 'Áp dụng sổ theo dõi điện tử.' }),
        },
      })
    ).updateAchievementReport;
    // reopened and not signed again: the resend is refused, naming her
    const notAgain = await officer.fails(SUBMIT, {
      input: { id: d.id, version: returned.version },
    });
    expect(notAgain.extensions?.fields?.['id']).toEqual([unsigned[0]]);
    await officer.ok(SIGN_OFF, { input: { nominationId: hoaN.id, version: changed.version } });
    await officer.ok(UPDATE_TO_TRINH, {
      input: {
        dossierId: d.id,
        version: now.toTrinh?.version as number,
        content: now.toTrinh?.content as NonNullable<Dossier['toTrinh']>['content'],
      },
    });
    const resent = (await officer.ok(SUBMIT, { input: { id: d.id, version: returned.version } }))
      .submitAwardDossier;
    expect(resent.status).toBe('SUBMITTED');
    now = await read(receiver, d.id);
    expect(now.toTrinh?.symbol).toBe(symbol);
    expect(
      (await t.db.query(`SELECT 1 FROM issued_numbers WHERE entity_id = $1`, [d.id])).length,
    ).toBe(1);
    const resend = now.events.filter((e) => e.action === 'SUBMIT')[1];
    expect(resend?.changes?.documentsReplaced).toEqual(['Báo cáo thành tích của Nguyễn Thị Hoa']);
    hoaDraft = now.nominees[0]?.report;
    const again = await get(
      receiver,
      `/api/award-dossiers/${d.id}/nominees/${hoaN.id}/report.docx`,
    );
    expect(docxText(again.bytes)).toContain('Áp dụng sổ theo dõi điện tử.');
    expect(hoaDraft?.documentId).not.toBe(doc?.id);
  });

  it('exports the package: numbered Word and PDF files, the list with SHA-256; 503 without LibreOffice', async () => {
    const { unit, officer } = await phong('Phòng Lưu trữ');
    const hoa = await personIn(t, officer, unit, 'Nguyễn Thị Hoa');
    let d = await dossierOf(officer, unit);
    d = await addNominee(officer, d, {
      personId: hoa.id,
      awardName: 'Giấy khen của Chánh Văn phòng',
      achievements: 'Hoàn thành xuất sắc nhiệm vụ.',
    });
    const nominationId = d.nominees[0]?.id as string;
    const version = (
      await officer.ok(WRITE_DOCUMENT, {
        input: { dossierId: d.id, version: d.version, kind: 'BIEN_BAN', text: 'Biên bản họp xét.' },
      })
    ).writeAwardDossierDocument.version;
    await officer.ok(SIGN_OFF, { input: { nominationId, version: 0 } });

    const pdf = t.app.get(PdfService);
    const available = jest.spyOn(pdf, 'available');
    const convert = jest.spyOn(pdf, 'convert');
    try {
      available.mockResolvedValue(false);
      const unavailable = await get(officer, `/api/award-dossiers/${d.id}/package.zip`);
      expect(unavailable.status).toBe(503);
      expect(JSON.parse(Buffer.from(unavailable.bytes).toString('utf8'))).toMatchObject({
        code: 'PDF_UNAVAILABLE',
      });

      available.mockResolvedValue(true);
      convert.mockImplementation(async (docx: Uint8Array) => fakePdf(docx));
      const res = await get(officer, `/api/award-dossiers/${d.id}/package.zip`);
      expect(res.status).toBe(200);
      expect(res.type).toBe('application/zip');
      const files = unzipSync(res.bytes);
      expect(Object.keys(files).sort()).toEqual([
        '01-To-trinh.docx',
        '01-To-trinh.pdf',
        '02-Bien-ban.txt',
        '03-BCTT-Nguyen-Thi-Hoa.docx',
        '03-BCTT-Nguyen-Thi-Hoa.pdf',
        'SHA256SUMS',
        'danh-muc.txt',
      ]);
      expect(strFromU8(files['02-Bien-ban.txt'] as Uint8Array)).toBe('Biên bản họp xét.');
      expect(docxText(files['03-BCTT-Nguyen-Thi-Hoa.docx'] as Uint8Array)).toContain(
        'Nguyễn Thị Hoa',
      );
      // every file's sum, as sha256sum writes it, and the same sums in the list
      const sums = strFromU8(files['SHA256SUMS'] as Uint8Array)
        .trim()
        .split('\n')
        .map((l) => l.split('  '));
      expect(sums).toHaveLength(5);
      const list = strFromU8(files['danh-muc.txt'] as Uint8Array);
      for (const [sum, name] of sums) {
        expect(sha256(files[name as string] as Uint8Array)).toBe(sum);
        expect(list).toContain(`SHA-256: ${sum}`);
      }
      expect(list).toContain(`Đơn vị đề nghị: ${unit.name}`);
      expect(list).toContain('Báo cáo thành tích của Nguyễn Thị Hoa (bản dự thảo)');

      // sent with PDFs on (PDF_ON_ISSUE): a job makes the PDFs of the frozen .docx files and keeps
      // them; the package of the sent dossier reads those, converting nothing
      const flags = pdf as unknown as { onIssue: boolean };
      const onIssue = flags.onIssue;
      flags.onIssue = true;
      try {
        await officer.ok(SUBMIT, { input: { id: d.id, version } });
      } finally {
        flags.onIssue = onIssue;
      }
      await until(
        async () =>
          Number(
            (
              await t.db.query(
                `SELECT count(*)::int AS n FROM award_document_pdfs p
                   JOIN award_dossier_documents x ON x.file_sha256 = p.docx_sha256
                  WHERE x.dossier_id = $1`,
                [d.id],
              )
            )[0].n,
          ),
        (n) => n === 2,
        'the PDFs of the sent dossier',
      );
      const calls = convert.mock.calls.length;
      const sent = await get(receiver, `/api/award-dossiers/${d.id}/package.zip`);
      expect(sent.status).toBe(200);
      const sentFiles = unzipSync(sent.bytes);
      expect(Object.keys(sentFiles)).toContain('03-BCTT-Nguyen-Thi-Hoa.pdf');
      expect(convert.mock.calls.length).toBe(calls);
      const sentList = strFromU8(sentFiles['danh-muc.txt'] as Uint8Array);
      expect(sentList).not.toContain('bản dự thảo');
      expect(sentList).toMatch(/Tờ trình số: 01\/TTr-UB\w+/);

      // returned, the report reopened and changed: the package shows the draft as it reads now
      // (what the next send will freeze), not the file the first send generated
      await receiver.ok(RETURN, {
        input: { id: d.id, version: (await read(officer, d.id)).version, reason: 'Bổ sung.' },
      });
      const draft = (await read(officer, d.id)).nominees[0]?.report;
      if (!draft) throw new Error('no report');
      const reopened = (
        await officer.ok(REOPEN, { input: { nominationId, version: draft.version } })
      ).reopenAchievementReport;
      await officer.ok(UPDATE_REPORT, {
        input: {
          nominationId,
          version: reopened.version,
          content: edited(draft.content, { measures: 'Số hóa hồ sơ lưu trữ.' }),
        },
      });
      const back = unzipSync((await get(officer, `/api/award-dossiers/${d.id}/package.zip`)).bytes);
      expect(docxText(back['03-BCTT-Nguyen-Thi-Hoa.docx'] as Uint8Array)).toContain(
        'Số hóa hồ sơ lưu trữ.',
      );
      expect(strFromU8(back['danh-muc.txt'] as Uint8Array)).toContain(
        'Báo cáo thành tích của Nguyễn Thị Hoa (bản dự thảo)',
      );
    } finally {
      available.mockRestore();
      convert.mockRestore();
    }
  });

  it('a sibling unit finds neither the report, the tờ trình nor the package, and changes nothing', async () => {
    const { unit, officer } = await phong('Phòng Tài vụ');
    const { officer: sibling } = await phong('Phòng Kế hoạch');
    const hoa = await personIn(t, officer, unit, 'Nguyễn Thị Hoa');
    let d = await dossierOf(officer, unit);
    d = await addNominee(officer, d, {
      personId: hoa.id,
      awardName: 'Giấy khen của Chánh Văn phòng',
      achievements: 'Hoàn thành xuất sắc nhiệm vụ.',
    });
    const nominationId = d.nominees[0]?.id as string;
    for (const path of [
      `/api/award-dossiers/${d.id}/to-trinh.docx`,
      `/api/award-dossiers/${d.id}/nominees/${nominationId}/report.docx`,
      `/api/award-dossiers/${d.id}/package.zip`,
    ]) {
      const res = await get(sibling, path);
      expect(res.status).toBe(404);
    }
    expect((await sibling.fails(DOSSIER, { id: d.id })).extensions?.code).toBe('NOT_FOUND');
    const report = (await read(officer, d.id)).nominees[0]?.report;
    if (!report) throw new Error('no report');
    for (const error of [
      await sibling.fails(UPDATE_REPORT, {
        input: { nominationId, version: 0, content: report.content },
      }),
      await sibling.fails(SIGN_OFF, { input: { nominationId, version: 0 } }),
      await sibling.fails(UPDATE_TO_TRINH, {
        input: {
          dossierId: d.id,
          version: 0,
          content: (await read(officer, d.id)).toTrinh?.content as NonNullable<
            Dossier['toTrinh']
          >['content'],
        },
      }),
    ])
      expect(error.extensions?.code).toBe('NOT_FOUND');
    // a nominee outside reach answers as a wrong id does: its dossier's id is not given away
    const refused = await sibling.fails(SIGN_OFF, { input: { nominationId, version: 0 } });
    expect(JSON.stringify(refused)).not.toContain(d.id);
    expect(await draftRows(d.id)).toBe(0);
    expect(await auditRows(d.id, 'awardDossier.report')).toBe(0);
    expect(await auditRows(d.id, 'awardDossier.toTrinh')).toBe(0);
  });
});
