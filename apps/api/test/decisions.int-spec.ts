import { strFromU8, unzipSync } from 'fflate';
import { Workbook } from 'exceljs';
import { todayInVietnam } from '@thidua/shared-domain';
import { Actor } from '../src/core/auth/actor';
import { systemContext } from '../src/core/context/request-context';
import { TransactionRunner } from '../src/core/database/transaction';
import { AwardDecisionService } from '../src/modules/decisions/award-decision.service';
import { PdfService } from '../src/modules/files/pdf.service';
import { RulesService } from '../src/modules/legal/rules.service';
import { RecordsService } from '../src/modules/records/records.service';
import {
  appraisedDossier,
  decisionWorld,
  signedEdit,
  type DecisionWorld,
} from './decision-fixtures';
import { graphql } from './gql';
import type { GqlClient } from './setup/gql-client';
import { startTestApp, type TestApp } from './setup/test-app';

/**
 * Issue 12, "Minutes and decisions" and "Award records and certificates" (ADR 0022): a quyết định
 * khen thưởng drafted from the nominees appraised "đạt", its money on the decision day's lương cơ sở,
 * issued with a number that never repeats, written into each recipient's history (where the rules
 * read it), its reward list for the finance office, its certificates printed as a job and verified
 * by their code, and the public lookup showing public fields only.
 */
const CANDIDATES = graphql(`
  query DecCandidates($roundId: ID!, $issuerUnitId: ID!) {
    awardDecisionCandidates(roundId: $roundId, issuerUnitId: $issuerUnitId) {
      nominationId
      name
      awardName
      dossierStatus
      decisionId
    }
  }
`);

const DRAFT = graphql(`
  mutation DecDraft($input: DraftAwardDecisionInput!) {
    draftAwardDecision(input: $input) {
      id
      version
      status
      awardName
      awardKind
      subject
      authority
      achievement
      bases
      proposal {
        by
        reference
      }
      rewardFunding
      rewardBasis
      executors
      receivers
      archive
      place
      number
      symbol
      totalAmount
      docxPath
      recipients {
        id
        nominationId
        displayName
        name
        detail
        multiplier
        baseSalary
        amount
        goldBookNumber
        certificateCode
      }
    }
  }
`);

const UPDATE = graphql(`
  mutation DecUpdate($input: UpdateAwardDecisionInput!) {
    updateAwardDecision(input: $input) {
      id
      version
      signer {
        title
        name
      }
      recipients {
        id
        multiplier
        amount
      }
    }
  }
`);

const DELETE = graphql(`
  mutation DecDelete($input: AwardDecisionRefInput!) {
    deleteAwardDecision(input: $input)
  }
`);

const ISSUE = graphql(`
  mutation DecIssue($input: AwardDecisionRefInput!) {
    issueAwardDecision(input: $input) {
      id
      version
      status
      number
      symbol
      decidedOn
      docxPath
      totalAmount
      recipients {
        id
        name
        amount
        baseSalary
        goldBookNumber
        certificateCode
        awardRecordId
      }
    }
  }
`);

const PRINT = graphql(`
  mutation DecPrint($decisionId: ID!) {
    printAwardCertificates(decisionId: $decisionId) {
      id
      status
      total
    }
  }
`);

const JOB = graphql(`
  query DecJob($id: ID!) {
    job(id: $id) {
      id
      status
      progress
      total
      message
      error
    }
  }
`);

const DECISION = graphql(`
  query DecOne($id: ID!) {
    awardDecision(id: $id) {
      id
      status
      certificates {
        docxPath
        pdfPath
        madeAt
      }
    }
  }
`);

const DOSSIER = graphql(`
  query DecDossier($id: ID!) {
    awardDossier(id: $id) {
      id
      version
      status
      events {
        action
        reason
      }
    }
  }
`);

const RECORDS = graphql(`
  query DecRecords($filter: AwardRecordFilter) {
    awardRecords(filter: $filter) {
      edges {
        node {
          id
          awardCode
          year
          decisionNumber
          decidedOn
          decidedBy
          note
        }
      }
    }
  }
`);

const CREATE_PARAM = graphql(`
  mutation DecParam($input: CreateRuleParameterInput!) {
    createRuleParameter(input: $input) {
      id
      value
    }
  }
`);

const VERIFY = graphql(`
  query DecVerify($code: String!) {
    verifyAwardCertificate(code: $code) {
      name
      unitName
      awardName
      year
      decisionNumber
      decidedOn
      issuerName
      goldBookNumber
    }
  }
`);

const LOOKUP = graphql(`
  query DecLookup($name: String!, $unitName: String, $year: Int) {
    publicAwardLookup(name: $name, unitName: $unitName, year: $year, first: 10) {
      totalCount
      edges {
        node {
          name
          unitName
          awardName
          year
          decisionNumber
          decidedOn
          issuerName
          goldBookNumber
        }
      }
    }
  }
`);

const PUBLIC_FIELDS = graphql(`
  query DecPublicFields {
    __type(name: "PublicAward") {
      fields {
        name
      }
    }
  }
`);

/** Polls `read` until `check` holds (never a fixed sleep). */
async function until<T>(read: () => Promise<T>, check: (v: T) => boolean, what: string) {
  for (let i = 0; i < 1200; i++) {
    const value = await read();
    if (check(value)) return value;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`${what} did not finish`);
}

describe('award decisions (issue 12)', () => {
  let t: TestApp;
  let w: DecisionWorld;
  let today: string;

  const headersOf = (client: GqlClient): Record<string, string> => {
    const headers: Record<string, string> = { 'x-forwarded-for': client.address };
    if (client.sessionCookie) headers['cookie'] = client.sessionCookie;
    return headers;
  };

  /** A draft of all the round's "đạt" nominees, signed, ready to issue. */
  async function signedDraft(nominationIds: string[], roundId: string) {
    const { draftAwardDecision: d } = await w.officer.ok(DRAFT, {
      input: { roundId, issuerUnitId: w.office.id, nominationIds },
    });
    const { updateAwardDecision: u } = await w.officer.ok(UPDATE, { input: signedEdit(d) });
    return { draft: d, version: u.version };
  }

  beforeAll(async () => {
    t = await startTestApp();
    w = await decisionWorld(t, 'Quyết Định');
    today = todayInVietnam();
    // the province's own lương cơ sở from 2026 (the national value stays 2.340.000 đ): the decision
    // day's value for the province is the one the amounts use
    const admin = await t.loggedIn(
      (await t.user({ unit: w.province, role: 'SYSTEM_ADMIN' })).username,
    );
    await admin.ok(CREATE_PARAM, {
      input: {
        key: 'LUONG_CO_SO',
        value: 2_530_000,
        provinceUnitId: w.province.id,
        effectiveFrom: '2026-01-01',
        confidence: 'H',
        note: `Mức thử của tỉnh ${t.uid()}`,
      },
    });
  });
  afterAll(() => t.close());

  it('drafts from the appraised nominees: one award, a snapshot each, money on the day’s lương cơ sở', async () => {
    const a = await appraisedDossier(t, w, [{}, {}]);
    const { awardDecisionCandidates } = await w.officer.ok(CANDIDATES, {
      roundId: a.roundId,
      issuerUnitId: w.office.id,
    });
    expect(awardDecisionCandidates.map((c) => c.nominationId).sort()).toEqual(
      a.nominations.map((n) => n.id).sort(),
    );
    expect(awardDecisionCandidates.every((c) => c.decisionId === null)).toBe(true);
    expect(awardDecisionCandidates[0]?.dossierStatus).toBe('APPRAISED');

    const { draftAwardDecision: d } = await w.officer.ok(DRAFT, {
      input: { roundId: a.roundId, issuerUnitId: w.office.id },
    });
    expect(d).toMatchObject({
      status: 'DRAFT',
      awardName: 'Lao động tiên tiến',
      awardKind: 'TITLE',
      authority: 'Giám đốc Sở Nội vụ',
      number: null,
      symbol: null,
      executors: ['Thủ trưởng các cơ quan, đơn vị có liên quan'],
      receivers: ['Như Điều 3'],
    });
    expect(d.subject).toBe(
      'tặng danh hiệu "Lao động tiên tiến" cho các cá nhân có thành tích năm 2025',
    );
    expect(d.bases[0]).toBe('Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15/6/2022');
    expect(d.bases[1]).toContain('152/2025/NĐ-CP');
    expect(d.proposal?.by).toBe(w.proposing.name);
    expect(d.rewardFunding).toBe(
      `Quỹ thi đua, khen thưởng của ${w.office.name} năm ${today.slice(0, 4)}`,
    );
    expect(d.rewardBasis).toBe('theo Điều 50 khoản 1 Nghị định 152/2025/NĐ-CP');
    // 0,3 × 2.530.000 = 759.000 đ, rounded up to the ten thousand (NĐ 91/2017 Điều 68 k.2)
    expect(d.recipients.map((r) => [r.multiplier, r.baseSalary, r.amount])).toEqual([
      [0.3, 2_530_000, 760_000],
      [0.3, 2_530_000, 760_000],
    ]);
    expect(d.totalAmount).toBe(1_520_000);
    expect(d.recipients[0]?.displayName).toBe(`Bà ${a.nominations[0]?.name}`);
    expect(d.recipients[0]?.detail).toBe(`Chuyên viên, ${w.proposing.name}`);
    expect(d.recipients.every((r) => r.goldBookNumber === null && r.certificateCode === null)).toBe(
      true,
    );

    // the draft's .docx previews with a blank number
    const res = await fetch(`${t.baseUrl}${d.docxPath}`, { headers: headersOf(w.officer) });
    expect(res.status).toBe(200);
    const xml = strFromU8(
      unzipSync(new Uint8Array(await res.arrayBuffer()))['word/document.xml'] as Uint8Array,
    );
    expect(xml).toContain('QUYẾT ĐỊNH');
    expect(xml).toContain('760.000');
    expect(xml).toContain('1.520.000');

    const after = await w.officer.ok(CANDIDATES, { roundId: a.roundId, issuerUnitId: w.office.id });
    expect(after.awardDecisionCandidates.every((c) => c.decisionId === d.id)).toBe(true);
  });

  it('keeps a nominee in one decision: named when chosen again, once when two drafts race, free after a delete', async () => {
    const a = await appraisedDossier(t, w, [{}]);
    const ids = a.nominations.map((n) => n.id);
    const { draftAwardDecision: d } = await w.officer.ok(DRAFT, {
      input: { roundId: a.roundId, issuerUnitId: w.office.id, nominationIds: ids },
    });
    const again = await w.officer.fails(DRAFT, {
      input: { roundId: a.roundId, issuerUnitId: w.office.id, nominationIds: ids },
    });
    expect(again.extensions?.code).toBe('BAD_USER_INPUT');
    expect(again.message).toContain('Đã có trong một quyết định khen thưởng khác');
    const none = await w.officer.fails(DRAFT, {
      input: { roundId: a.roundId, issuerUnitId: w.office.id },
    });
    expect(none.message).toContain('chưa có quyết định khen thưởng');

    await w.officer.ok(DELETE, { input: { id: d.id, version: d.version } });
    // two drafts of the same nominee at once: one wins, the other is told, nothing half-made
    const race = await Promise.all(
      [0, 1].map(() =>
        w.officer.request<{ draftAwardDecision: { id: string } }>(DRAFT.toString(), {
          input: { roundId: a.roundId, issuerUnitId: w.office.id, nominationIds: ids },
        }),
      ),
    );
    expect(race.filter((r) => !r.errors?.length)).toHaveLength(1);
    expect(
      race.filter((r) => r.errors?.[0]?.extensions?.['code'] === 'BAD_USER_INPUT'),
    ).toHaveLength(1);
    const rows: { n: number }[] = await t.db.query(
      `SELECT count(*)::int AS n FROM award_decision_recipients WHERE nomination_id = $1`,
      [ids[0]],
    );
    expect(rows[0]?.n).toBe(1);
  });

  it('issues: the number and date, the frozen .docx, the award records the rules then read, the dossier decided', async () => {
    const rules = t.app.get(RulesService);
    const records = t.app.get(RecordsService);
    // CSTĐCS 2023 and 2024 already in the history; this decision gives 2025's
    const a = await appraisedDossier(t, w, [
      {
        awardCode: 'CSTD_CO_SO',
        grade: 'HTXSNV',
        awards: [
          { awardCode: 'CSTD_CO_SO', year: 2023 },
          { awardCode: 'CSTD_CO_SO', year: 2024 },
          { awardCode: 'LAO_DONG_TIEN_TIEN', year: 2025 },
        ],
      },
    ]);
    const personId = a.nominations[0]?.personId as string;
    const streak = async () => {
      const facts = await records.factsFor({ personId }, 2025, '2025-12-31');
      const check = await rules.check('CSTD_TINH', facts, w.province.id);
      return check.result.checks.find((c) => c.code === 'TITLE_STREAK')?.met;
    };
    expect(await streak()).toBe(false);
    // decided on the appraisal alone (a dossier sent to the council waits for its vote:
    // council-minutes.int-spec): the routing table lets a decision close it from APPRAISED

    const { draft, version } = await signedDraft(
      a.nominations.map((n) => n.id),
      a.roundId,
    );
    expect(draft.awardName).toBe('Chiến sĩ thi đua cơ sở');
    // the officer drafts; only the leader signs
    const refused = await w.officer.fails(ISSUE, { input: { id: draft.id, version } });
    expect(refused.extensions?.code).toBe('FORBIDDEN');

    const { issueAwardDecision: issued } = await w.leader.ok(ISSUE, {
      input: { id: draft.id, version },
    });
    expect(issued).toMatchObject({ status: 'ISSUED', decidedOn: today });
    expect(issued.symbol).toMatch(/^\d{2}\/QĐ-UB[A-Z0-9]+$/);
    const recipient = issued.recipients[0];
    expect(recipient?.amount).toBe(2_530_000);
    expect(recipient?.goldBookNumber).toBeGreaterThanOrEqual(1);
    expect(recipient?.certificateCode).toMatch(/^[0-9A-HJKMNP-TV-Z]{10}$/);
    expect(recipient?.awardRecordId).toBeTruthy();

    const { awardRecords } = await w.officer.ok(RECORDS, { filter: { personId } });
    const written = awardRecords.edges.find((e) => e.node.id === recipient?.awardRecordId)?.node;
    expect(written).toMatchObject({
      awardCode: 'CSTD_CO_SO',
      year: 2025,
      decisionNumber: issued.symbol,
      decidedOn: today,
      decidedBy: 'Giám đốc Sở Nội vụ',
    });
    expect(written?.note).toBe(`Số sổ vàng ${String(recipient?.goldBookNumber).padStart(2, '0')}`);
    expect(await streak()).toBe(true);

    const { awardDossier: decided } = await w.officer.ok(DOSSIER, { id: a.dossierId });
    expect(decided?.status).toBe('DECIDED');
    expect(decided?.events.at(-1)).toEqual({ action: 'DECIDE', reason: issued.symbol });

    // the .docx kept is the signed one: number, date and amount printed
    const res = await fetch(`${t.baseUrl}${issued.docxPath}`, { headers: headersOf(w.leader) });
    const xml = strFromU8(
      unzipSync(new Uint8Array(await res.arrayBuffer()))['word/document.xml'] as Uint8Array,
    );
    expect(xml).toContain(issued.symbol?.split('/')[0] as string);
    expect(xml).toContain('2.530.000');

    // issued is final
    const again = await w.leader.fails(ISSUE, {
      input: { id: issued.id, version: issued.version },
    });
    expect(again.extensions?.code).toBe('READ_ONLY');
  });

  it('gives parallel issues distinct consecutive numbers and số sổ vàng', async () => {
    const a = await appraisedDossier(t, w, [{}, {}, {}, {}]);
    const drafts = [];
    for (const n of a.nominations) drafts.push(await signedDraft([n.id], a.roundId));
    const issued = await Promise.all(
      drafts.map(({ draft, version }) => w.leader.ok(ISSUE, { input: { id: draft.id, version } })),
    );
    const numbers = issued.map((i) => i.issueAwardDecision.number as number).sort((x, y) => x - y);
    expect(new Set(numbers).size).toBe(4);
    expect(numbers.at(-1)! - numbers[0]!).toBe(3);
    const gold = issued.map((i) => i.issueAwardDecision.recipients[0]?.goldBookNumber as number);
    expect(new Set(gold).size).toBe(4);
    expect(Math.max(...gold) - Math.min(...gold)).toBe(3);
    const codes = issued.map((i) => i.issueAwardDecision.recipients[0]?.certificateCode);
    expect(new Set(codes).size).toBe(4);
  });

  it('exports the reward list for the finance office, with the total', async () => {
    const a = await appraisedDossier(t, w, [{}, {}]);
    const { draft, version } = await signedDraft(
      a.nominations.map((n) => n.id),
      a.roundId,
    );
    // one multiplier entered by hand
    const second = draft.recipients[1]?.id as string;
    await w.officer.ok(UPDATE, {
      input: signedEdit(
        { ...draft, version },
        { multipliers: [{ recipientId: second, multiplier: 1 }] },
      ),
    });
    const res = await fetch(
      `${t.baseUrl}/api/exports/award-decision-rewards.xlsx?decisionId=${draft.id}`,
      { headers: headersOf(w.officer) },
    );
    expect(res.status).toBe(200);
    const wb = new Workbook();
    await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as unknown as ArrayBuffer);
    const cells: string[][] = [];
    wb.worksheets[0]?.eachRow((r) =>
      cells.push((r.values as unknown[]).slice(1).map((v) => (v == null ? '' : String(v)))),
    );
    const rows = cells.slice(cells.findIndex((r) => r[0] === 'STT'));
    expect(rows[0]).toEqual([
      'STT',
      'Họ tên, tên tập thể, hộ gia đình',
      'Chức vụ, đơn vị',
      'Danh hiệu, hình thức khen thưởng',
      'Hệ số',
      'Số tiền (đồng)',
      'Quyết định',
    ]);
    expect(rows.slice(1).map((r) => [r[0] ?? '', r[4] ?? '', r[5] ?? ''])).toEqual([
      ['1', '0,3', '760000'],
      ['2', '1', '2530000'],
      ['', '', '3290000'],
    ]);
    expect(rows[3]?.[1]).toBe('Tổng cộng');
  });

  it('prints the certificates as a job (a PDF when LibreOffice is installed) and verifies each by its code', async () => {
    const a = await appraisedDossier(t, w, [{ name: `Lục Thị Xác Minh ${t.uid()}` }]);
    const { draft, version } = await signedDraft([a.nominations[0]?.id as string], a.roundId);
    const early = await w.officer.fails(PRINT, { decisionId: draft.id });
    expect(early.message).toContain('Chỉ in giấy khen của quyết định đã ban hành');
    const { issueAwardDecision: issued } = await w.leader.ok(ISSUE, {
      input: { id: draft.id, version },
    });
    const { printAwardCertificates: queued } = await w.officer.ok(PRINT, { decisionId: issued.id });
    expect(queued.total).toBe(1);
    const { job } = await until(
      () => w.officer.ok(JOB, { id: queued.id }),
      (r) => ['SUCCEEDED', 'FAILED', 'CANCELLED'].includes(r.job.status),
      'the certificates job',
    );
    expect(job).toMatchObject({ status: 'SUCCEEDED', error: null });
    const { awardDecision } = await w.officer.ok(DECISION, { id: issued.id });
    const files = awardDecision.certificates;
    expect(files?.docxPath).toBe(`/api/award-decisions/${issued.id}/certificates.docx`);
    const docx = await fetch(`${t.baseUrl}${files?.docxPath}`, { headers: headersOf(w.officer) });
    expect(docx.status).toBe(200);
    const code = issued.recipients[0]?.certificateCode as string;
    const xml = strFromU8(
      unzipSync(new Uint8Array(await docx.arrayBuffer()))['word/document.xml'] as Uint8Array,
    );
    expect(xml).toContain(code);
    expect(xml).not.toContain('CHIẾN SĨ THI ĐUA');
    expect(xml).toContain('LAO ĐỘNG TIÊN TIẾN');

    if (await t.app.get(PdfService).available()) {
      expect(job.message).toContain('.docx và PDF');
      const pdf = await fetch(`${t.baseUrl}${files?.pdfPath}`, { headers: headersOf(w.officer) });
      expect(pdf.status).toBe(200);
      expect(
        Buffer.from(await pdf.arrayBuffer())
          .subarray(0, 5)
          .toString(),
      ).toBe('%PDF-');
    } else {
      // eslint-disable-next-line no-console
      console.warn('certificates PDF not checked: LibreOffice (soffice) is not installed here');
      expect(files?.pdfPath).toBeNull();
    }

    // anyone, signed in or not, checks the certificate by its code (typed loosely from paper)
    const anonymous = t.client();
    const loose = `${code.slice(0, 5).toLowerCase()}-${code.slice(5)}`;
    const { verifyAwardCertificate: v } = await anonymous.ok(VERIFY, { code: loose });
    expect(v).toEqual({
      name: `Bà ${a.nominations[0]?.name}`,
      unitName: w.proposing.name,
      awardName: 'Lao động tiên tiến',
      year: 2025,
      decisionNumber: issued.symbol,
      decidedOn: today,
      issuerName: w.office.name,
      goldBookNumber: String(issued.recipients[0]?.goldBookNumber).padStart(2, '0'),
    });
    const wrong = await anonymous.fails(VERIFY, { code: 'ZZZZZZZZZZ' });
    expect(wrong.extensions?.code).toBe('NOT_FOUND');
  });

  it('looks up decided awards without signing in: issued only, public fields only', async () => {
    const family = `Vi Văn Tra ${t.uid()}`;
    const a = await appraisedDossier(t, w, [{ name: family }, { name: `${family} Hai` }]);
    const first = await signedDraft([a.nominations[0]?.id as string], a.roundId);
    await w.leader.ok(ISSUE, { input: { id: first.draft.id, version: first.version } });
    // the second stays a draft: not public
    await signedDraft([a.nominations[1]?.id as string], a.roundId);

    const anonymous = t.client();
    const { publicAwardLookup } = await anonymous.ok(LOOKUP, {
      name: family.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd'),
      unitName: w.proposing.name,
      year: 2025,
    });
    expect(publicAwardLookup.totalCount).toBe(1);
    expect(publicAwardLookup.edges[0]?.node).toMatchObject({
      name: `Bà ${family}`,
      awardName: 'Lao động tiên tiến',
      issuerName: w.office.name,
    });
    const elsewhere = await anonymous.ok(LOOKUP, { name: family, unitName: 'Không Có Đơn Vị' });
    expect(elsewhere.publicAwardLookup.totalCount).toBe(0);
    const { __type } = await anonymous.ok(PUBLIC_FIELDS);
    expect(__type?.fields?.map((f) => f.name).sort()).toEqual(
      [
        'awardName',
        'decidedOn',
        'decisionNumber',
        'goldBookNumber',
        'issuerName',
        'name',
        'unitName',
        'year',
      ].sort(),
    );
  });

  it('runs the whole issue in one transaction: a failure after it leaves no number, record, book or audit', async () => {
    const a = await appraisedDossier(t, w, [{}]);
    const { draft, version } = await signedDraft([a.nominations[0]?.id as string], a.roundId);
    const ctx = systemContext(Actor.system('Kiểm thử quyết định'));
    const book = async () =>
      (
        await t.db.query(
          `SELECT coalesce(max(last_number), 0)::int AS n FROM award_gold_books WHERE issuer_unit_id = $1`,
          [w.office.id],
        )
      )[0].n as number;
    const before = await book();
    await expect(
      t.app.get(TransactionRunner).run(ctx, async (tx) => {
        await t.app.get(AwardDecisionService).issue(tx, draft.id, version);
        throw new Error('the request fails after the issue');
      }),
    ).rejects.toThrow('fails after the issue');
    expect(await book()).toBe(before);
    const rows: { status: string; symbol: string | null }[] = await t.db.query(
      `SELECT status, symbol FROM award_decisions WHERE id = $1`,
      [draft.id],
    );
    expect(rows).toEqual([{ status: 'DRAFT', symbol: null }]);
    const records: unknown[] = await t.db.query(
      `SELECT id FROM award_records WHERE person_id = $1`,
      [a.nominations[0]?.personId],
    );
    expect(records).toEqual([]);
    const audit: { operation: string }[] = await t.db.query(
      `SELECT operation FROM audit_log WHERE entity_id = $1 AND operation = 'awardDecision.issue'`,
      [draft.id],
    );
    expect(audit).toEqual([]);
  });
});
