import { Workbook } from 'exceljs';
import { holdsOn } from '@thidua/shared-domain';
import { Actor } from '../src/core/auth/actor';
import { systemContext } from '../src/core/context/request-context';
import { sheetBuffer } from '../src/core/excel/testing/xlsx-fixtures';
import { TransactionRunner } from '../src/core/database/transaction';
import type { UnitEntity } from '../src/modules/org/unit.entity';
import { RecordsService } from '../src/modules/records/records.service';
import { graphql } from './gql';
import type { GqlClient } from './setup/gql-client';
import { startTestApp, type TestApp } from './setup/test-app';

/**
 * Issue 11, "The facts the checks need": evaluations, award history, sáng kiến and holds; the facts an
 * eligibility check reads (a person, a collective, a merged unit's inherited awards); one use per
 * sáng kiến, even when two nominations lock it at once; the Excel imports and exports.
 */
const CREATE_EVALUATION = graphql(`
  mutation RecEvalCreate($input: CreateEvaluationInput!) {
    createEvaluation(input: $input) {
      id
      version
      subject
      personId
      subjectName
      year
      grade
      source
      canEdit
      unit {
        id
      }
    }
  }
`);

const UPDATE_EVALUATION = graphql(`
  mutation RecEvalUpdate($input: UpdateEvaluationInput!) {
    updateEvaluation(input: $input) {
      id
      version
      grade
    }
  }
`);

const DELETE_EVALUATION = graphql(`
  mutation RecEvalDelete($input: RecordRefInput!) {
    deleteEvaluation(input: $input)
  }
`);

const EVALUATIONS = graphql(`
  query RecEvals($filter: EvaluationFilter, $first: Int) {
    evaluations(filter: $filter, first: $first) {
      totalCount
      edges {
        node {
          id
          subjectName
          year
          grade
        }
      }
    }
  }
`);

const CREATE_AWARD = graphql(`
  mutation RecAwardCreate($input: CreateAwardRecordInput!) {
    createAwardRecord(input: $input) {
      id
      version
      subject
      awardCode
      awardName
      track
      year
      subjectName
      householdAddress
    }
  }
`);

const AWARDS = graphql(`
  query RecAwards($filter: AwardRecordFilter, $first: Int) {
    awardRecords(filter: $filter, first: $first) {
      totalCount
      edges {
        node {
          id
          subjectName
          awardName
          year
          canEdit
          unit {
            id
          }
        }
      }
    }
  }
`);

const CREATE_INITIATIVE = graphql(`
  mutation RecInitCreate($input: CreateInitiativeInput!) {
    createInitiative(input: $input) {
      id
      version
      title
      usedFor {
        awardName
        year
        reference
      }
    }
  }
`);

const LOCK_INITIATIVE = graphql(`
  mutation RecInitLock($input: LockInitiativeInput!) {
    lockInitiative(input: $input) {
      id
      version
      usedFor {
        awardName
        year
        reference
      }
    }
  }
`);

const CREATE_HOLD = graphql(`
  mutation RecHoldCreate($input: CreateHoldInput!) {
    createHold(input: $input) {
      id
      version
      kind
      startsOn
      endsOn
    }
  }
`);

const LIFT_HOLD = graphql(`
  mutation RecHoldLift($input: LiftHoldInput!) {
    liftHold(input: $input) {
      id
      version
      liftedOn
      liftReason
    }
  }
`);

const HOLDS = graphql(`
  query RecHolds($filter: HoldFilter) {
    holds(filter: $filter, first: 50) {
      edges {
        node {
          id
          kind
        }
      }
    }
  }
`);

const CREATE_PERSON = `mutation($input: CreatePersonInput!) { createPerson(input: $input) { id } }`;
const BATCH = `query($id: ID!) {
  importBatch(id: $id) { id status errorCount createCount updateCount unchangedCount
    rows(first: 100) { edges { node { rowNumber action problems } } } }
}`;
const COMMIT = `mutation($id: ID!) { commitImport(batchId: $id) { id status job { id } } }`;
const JOB = `query($id: ID!) { job(id: $id) { id status message error } }`;

describe('records (hồ sơ thành tích)', () => {
  let t: TestApp;
  let province: UnitEntity;
  let dept: UnitEntity;
  let officer: GqlClient;
  let root: GqlClient;
  let records: RecordsService;

  function headersOf(client: GqlClient): Record<string, string> {
    const headers: Record<string, string> = { 'x-forwarded-for': client.address };
    if (client.sessionCookie) headers['cookie'] = client.sessionCookie;
    return headers;
  }

  /** A person with a post in `unit` from 2020 (created by the province's officer). */
  async function person(
    unit: UnitEntity,
    fullName: string,
    sex: 'MALE' | 'FEMALE' = 'FEMALE',
  ): Promise<{ id: string; code: string; fullName: string }> {
    const code = `HS-${t.uid().toUpperCase()}`;
    const { createPerson } = await root.ok<{ createPerson: { id: string } }>(CREATE_PERSON, {
      input: {
        code,
        fullName,
        sex,
        position: {
          unitId: unit.id,
          title: 'Chuyên viên',
          startedOn: '2020-01-01',
          staffCategory: 'CIVIL_SERVANT',
        },
      },
    });
    return { id: createPerson.id, code, fullName };
  }

  beforeAll(async () => {
    t = await startTestApp();
    province = await t.unit(`Tỉnh Hồ Sơ ${t.uid()}`);
    dept = await t.unit(`Sở Hồ Sơ ${t.uid()}`, province);
    officer = await t.loggedIn((await t.user({ unit: dept, role: 'TDKT_OFFICER' })).username);
    root = await t.loggedIn((await t.user({ unit: province, role: 'TDKT_OFFICER' })).username);
    records = t.app.get(RecordsService);
  });
  afterAll(() => t.close());

  it('records an evaluation per person and year, at the unit of their post, with optimistic versions', async () => {
    const hoa = await person(dept, `Nguyễn Thị Hòa ${t.uid()}`);
    const { createEvaluation: created } = await officer.ok(CREATE_EVALUATION, {
      input: { personId: hoa.id, year: 2024, grade: 'HTXSNV', source: 'Quyết định số 15/QĐ-SNV' },
    });
    expect(created).toMatchObject({
      subject: 'INDIVIDUAL',
      personId: hoa.id,
      subjectName: hoa.fullName,
      year: 2024,
      grade: 'HTXSNV',
      canEdit: true,
      unit: { id: dept.id },
    });
    // one result a year
    const dup = await officer.fails(CREATE_EVALUATION, {
      input: { personId: hoa.id, year: 2024, grade: 'HTNV' },
    });
    expect(dup.extensions?.code).toBe('BAD_USER_INPUT');
    expect(dup.message).toContain('đã có kết quả đánh giá năm 2024');
    // a year the law cannot have, and a grade outside the list
    const badYear = await officer.fails(CREATE_EVALUATION, {
      input: { personId: hoa.id, year: 1900, grade: 'HTNV' },
    });
    expect(badYear.extensions?.code).toBe('BAD_USER_INPUT');

    const { updateEvaluation } = await officer.ok(UPDATE_EVALUATION, {
      input: { id: created.id, version: created.version, year: 2024, grade: 'HTTNV' },
    });
    expect(updateEvaluation).toMatchObject({ grade: 'HTTNV', version: created.version + 1 });
    const stale = await officer.fails(UPDATE_EVALUATION, {
      input: { id: created.id, version: created.version, year: 2024, grade: 'HTNV' },
    });
    expect(stale.extensions?.code).toBe('CONFLICT');

    // the list: accent-folded word prefixes
    const found = await officer.ok(EVALUATIONS, {
      filter: { search: hoa.fullName.replace('Nguyễn Thị Hòa', 'nguyen thi hoa') },
    });
    expect(found.evaluations.edges.map((e) => e.node.id)).toEqual([created.id]);

    await officer.ok(DELETE_EVALUATION, {
      input: { id: created.id, version: updateEvaluation.version },
    });
    const gone = await officer.ok(EVALUATIONS, { filter: { personId: hoa.id } });
    expect(gone.evaluations.totalCount).toBe(0);
  });

  it('checks an award against the catalog, and takes a free name for a province’s own form', async () => {
    const an = await person(dept, `Trần Văn An ${t.uid()}`, 'MALE');
    const wrongSubject = await officer.fails(CREATE_AWARD, {
      input: { personId: an.id, awardCode: 'TT_LAO_DONG_XUAT_SAC', year: 2023 },
    });
    expect(wrongSubject.message).toContain('không xét cho cá nhân');
    const unknown = await officer.fails(CREATE_AWARD, {
      input: { personId: an.id, awardCode: 'KHONG_CO', year: 2023 },
    });
    expect(unknown.message).toContain('không có trong danh mục');
    const { createAwardRecord: lđtt } = await officer.ok(CREATE_AWARD, {
      input: { personId: an.id, awardCode: 'lao_dong_tien_tien', year: 2023 },
    });
    expect(lđtt).toMatchObject({
      awardCode: 'LAO_DONG_TIEN_TIEN',
      awardName: 'Lao động tiên tiến',
      track: 'CONG_TRANG',
      subject: 'INDIVIDUAL',
    });
    const { createAwardRecord: own } = await officer.ok(CREATE_AWARD, {
      input: {
        personId: an.id,
        awardName: 'Kỷ niệm chương Vì sự nghiệp Nội vụ',
        track: 'CONG_HIEN',
        year: 2022,
        decisionNumber: '12/QĐ-BNV',
        decidedOn: '2022-08-28',
      },
    });
    expect(own).toMatchObject({ awardCode: null, track: 'CONG_HIEN' });
    const { createAwardRecord: household } = await officer.ok(CREATE_AWARD, {
      input: {
        unitId: dept.id,
        householdName: 'Hộ ông Lò Văn Pá',
        householdAddress: 'Bản Pác Nặm',
        awardCode: 'GIA_DINH_VAN_HOA',
        year: 2024,
      },
    });
    expect(household).toMatchObject({
      subject: 'HOUSEHOLD',
      subjectName: 'Hộ ông Lò Văn Pá',
      householdAddress: 'Bản Pác Nặm',
    });
  });

  it('assembles a person’s facts: evaluations, awards, sáng kiến, holds judged on a day', async () => {
    const mai = await person(dept, `Lê Thị Mai ${t.uid()}`);
    for (const [year, grade] of [
      [2022, 'HTTNV'],
      [2023, 'HTXSNV'],
      [2024, 'HTXSNV'],
    ] as const)
      await officer.ok(CREATE_EVALUATION, { input: { personId: mai.id, year, grade } });
    await officer.ok(CREATE_AWARD, {
      input: { personId: mai.id, awardCode: 'CSTD_CO_SO', year: 2023, decisionNumber: '5/QĐ' },
    });
    const { createInitiative: sk } = await officer.ok(CREATE_INITIATIVE, {
      input: {
        personId: mai.id,
        kind: 'SANG_KIEN',
        title: `Số hóa hồ sơ thi đua ${t.uid()}`,
        scope: 'UNIT',
        recognisedOn: '2024-06-01',
      },
    });
    const { createHold: hold } = await officer.ok(CREATE_HOLD, {
      input: {
        personId: mai.id,
        kind: 'KY_LUAT',
        startsOn: '2025-01-10',
        source: 'Hội đồng kỷ luật Sở, Thông báo số 3/TB-SNV',
      },
    });

    const facts = await records.factsFor({ personId: mai.id }, 2024, '2025-02-01');
    expect(facts).toMatchObject({
      subject: 'INDIVIDUAL',
      name: mai.fullName,
      year: 2024,
      active: true,
      female: true,
      collective: null,
    });
    expect(facts.evaluations.map((e) => [e.year, e.grade])).toEqual([
      [2022, 'HTTNV'],
      [2023, 'HTXSNV'],
      [2024, 'HTXSNV'],
    ]);
    expect(facts.awards.map((a) => [a.awardCode, a.year, a.inheritedFrom])).toEqual([
      ['CSTD_CO_SO', 2023, null],
    ]);
    expect(facts.initiatives).toEqual([
      expect.objectContaining({ id: sk.id, scope: 'UNIT', usedFor: null }),
    ]);
    expect(holdsOn(facts.holds, facts.on)).toEqual([
      expect.objectContaining({ kind: 'KY_LUAT', from: '2025-01-10', to: null }),
    ]);
    // an earlier year's facts stop at that year
    const earlier = await records.factsFor({ personId: mai.id }, 2022, '2023-01-15');
    expect(earlier.evaluations.map((e) => e.year)).toEqual([2022]);
    expect(earlier.initiatives).toEqual([]);

    // lifted: in force until the day before
    await officer.ok(LIFT_HOLD, {
      input: {
        id: hold.id,
        version: hold.version,
        liftedOn: '2025-03-01',
        reason: 'Kết luận không vi phạm',
      },
    });
    const after = await records.factsFor({ personId: mai.id }, 2024, '2025-03-05');
    expect(after.holds).toEqual([
      expect.objectContaining({ from: '2025-01-10', to: '2025-02-28' }),
    ]);
    expect(holdsOn(after.holds, after.on)).toEqual([]);
    const inForce = await officer.ok(HOLDS, {
      filter: { personId: mai.id, inForceOn: '2025-02-01' },
    });
    expect(inForce.holds.edges).toHaveLength(1);
    const notNow = await officer.ok(HOLDS, {
      filter: { personId: mai.id, inForceOn: '2025-03-01' },
    });
    expect(notNow.holds.edges).toHaveLength(0);
  });

  it('counts a collective’s people in the year: completing, titled, women, disciplined', async () => {
    const phong = await t.unit(`Phòng Tập Thể ${t.uid()}`, dept);
    const a = await person(phong, `Đỗ Thị Lan ${t.uid()}`);
    const b = await person(phong, `Phạm Thị Cúc ${t.uid()}`);
    const c = await person(phong, `Vũ Văn Hùng ${t.uid()}`, 'MALE');
    const grades = [
      [a, 'HTXSNV'],
      [b, 'HTNV'],
      [c, 'KHTNV'],
    ] as const;
    for (const [p, grade] of grades)
      await officer.ok(CREATE_EVALUATION, { input: { personId: p.id, year: 2024, grade } });
    for (const p of [a, b])
      await officer.ok(CREATE_AWARD, {
        input: { personId: p.id, awardCode: 'LAO_DONG_TIEN_TIEN', year: 2024 },
      });
    await officer.ok(CREATE_AWARD, {
      input: { personId: a.id, awardCode: 'CSTD_CO_SO', year: 2024 },
    });
    await officer.ok(CREATE_HOLD, {
      input: {
        personId: c.id,
        kind: 'KY_LUAT',
        startsOn: '2024-03-01',
        endsOn: '2024-09-30',
        source: 'Quyết định kỷ luật khiển trách',
      },
    });
    // the unit's own result and award
    await officer.ok(CREATE_EVALUATION, {
      input: { unitId: phong.id, year: 2024, grade: 'HTTNV' },
    });
    await officer.ok(CREATE_AWARD, {
      input: { unitId: phong.id, awardCode: 'TT_LAO_DONG_TIEN_TIEN', year: 2023 },
    });

    const [facts, personFacts] = await records.factsForMany(
      [{ unitId: phong.id }, { personId: c.id }],
      2024,
      '2025-01-20',
    );
    expect(facts).toMatchObject({
      subject: 'COLLECTIVE',
      name: phong.name,
      active: true,
      female: false,
      collective: {
        members: 3,
        completing: 2,
        titled: { LAO_DONG_TIEN_TIEN: 2, CSTD_CO_SO: 1 },
        women: 2,
        disciplined: 1,
      },
    });
    expect(facts?.evaluations.map((e) => [e.year, e.grade])).toEqual([[2024, 'HTTNV']]);
    expect(facts?.awards.map((x) => x.awardCode)).toEqual(['TT_LAO_DONG_TIEN_TIEN']);
    expect(personFacts?.female).toBe(false);
    // the department counts its subtree's people too
    const sở = await records.factsFor({ unitId: dept.id }, 2024, '2025-01-20');
    expect(sở.collective?.members).toBeGreaterThanOrEqual(3);
  });

  it('lets a merged unit inherit its predecessors’ awards, and marks the ended unit inactive', async () => {
    const x = await t.unit(`Xã Tiền Thân X ${t.uid()}`, province, 'COMMUNE');
    const y = await t.unit(`Xã Tiền Thân Y ${t.uid()}`, province, 'COMMUNE');
    await root.ok(CREATE_AWARD, {
      input: { unitId: x.id, awardCode: 'CO_THI_DUA_TINH', year: 2023, decisionNumber: '88/QĐ' },
    });
    await root.ok(CREATE_AWARD, {
      input: { unitId: y.id, awardCode: 'BANG_KHEN_TINH', year: 2024 },
    });
    const { mergeUnits } = await root.ok<{ mergeUnits: { results: { id: string }[] } }>(
      `mutation($input: MergeUnitsInput!) { mergeUnits(input: $input) { results { id } } }`,
      {
        input: {
          sourceUnitIds: [x.id, y.id],
          newUnit: { code: `HS-${t.uid()}`, name: `Xã Hợp Nhất ${t.uid()}`, kindCode: 'COMMUNE' },
          newUnitParentId: province.id,
          effectiveDate: '2025-07-01',
          legalBasis: { number: `${t.uid()}/NQ-UBTVQH15`, date: '2025-06-16' },
        },
      },
    );
    const merged = mergeUnits.results[0]!.id;
    const facts = await records.factsFor({ unitId: merged }, 2025, '2026-01-10');
    expect(facts.active).toBe(true);
    expect(facts.awards.map((a) => [a.awardCode, a.year, a.inheritedFrom])).toEqual([
      ['CO_THI_DUA_TINH', 2023, x.name],
      ['BANG_KHEN_TINH', 2024, y.name],
    ]);
    const ended = await records.factsFor({ unitId: x.id }, 2025, '2026-01-10');
    expect(ended.active).toBe(false);
    expect(ended.awards.map((a) => a.inheritedFrom)).toEqual([null]);

    // the successor's officer reads the predecessors' history (ADR 0013), as the unit's own
    const successor = await t.loggedIn(
      (await t.user({ unit: { id: merged } as UnitEntity, role: 'TDKT_OFFICER' })).username,
    );
    const history = await successor.ok(AWARDS, {
      filter: { unitId: merged, includeDescendants: false },
    });
    expect(history.awardRecords.edges.map((e) => e.node.subjectName).sort()).toEqual(
      [x.name, y.name].sort(),
    );
  });

  it('locks a sáng kiến once: the second use is refused, even when both lock at once', async () => {
    const tuan = await person(dept, `Hoàng Văn Tuấn ${t.uid()}`, 'MALE');
    const { createInitiative: sk } = await officer.ok(CREATE_INITIATIVE, {
      input: {
        personId: tuan.id,
        kind: 'SANG_KIEN',
        title: `Phần mềm chấm điểm thi đua ${t.uid()}`,
        scope: 'PROVINCE',
        recognisedOn: '2025-05-20',
        recognisedBy: 'Hội đồng sáng kiến tỉnh',
      },
    });
    const run = t.app.get(TransactionRunner);
    const ctx = systemContext(Actor.system('Kiểm thử khóa sáng kiến'));
    const lock = (reference: string) =>
      run.run(ctx, (tx) =>
        records.lockInitiative(tx, sk.id, {
          awardName: 'Chiến sĩ thi đua cơ sở',
          year: 2025,
          reference,
        }),
      );
    const results = await Promise.allSettled([lock('Hồ sơ A'), lock('Hồ sơ B')]);
    const won = results.filter((r) => r.status === 'fulfilled');
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0]?.reason).toMatchObject({ code: 'CONFLICT' });
    expect(String(lost[0]?.reason?.message)).toContain('mỗi sáng kiến chỉ được dùng một lần');

    // the facts show the use; an officer marking it again is refused
    const facts = await records.factsFor({ personId: tuan.id }, 2025, '2026-01-05');
    expect(facts.initiatives[0]?.usedFor).toEqual({
      awardName: 'Chiến sĩ thi đua cơ sở',
      year: 2025,
    });
    const [row] = await t.db.query(`SELECT version FROM initiatives WHERE id = $1`, [sk.id]);
    const again = await officer.fails(LOCK_INITIATIVE, {
      input: {
        id: sk.id,
        version: row.version,
        awardName: 'Chiến sĩ thi đua cấp tỉnh',
        year: 2026,
        reference: 'Tờ trình 9/TTr',
      },
    });
    expect(again.extensions?.code).toBe('CONFLICT');
    expect(again.message).toContain('đã được dùng để đề nghị "Chiến sĩ thi đua cơ sở"');

    // one used before the system: locked from the start
    const { createInitiative: old } = await officer.ok(CREATE_INITIATIVE, {
      input: {
        personId: tuan.id,
        kind: 'DE_TAI',
        title: `Đề tài cũ ${t.uid()}`,
        scope: 'UNIT',
        recognisedOn: '2019-05-20',
        usedFor: { awardName: 'Chiến sĩ thi đua cơ sở', year: 2020, reference: 'QĐ 20/QĐ-UBND' },
      },
    });
    expect(old.usedFor).toEqual({
      awardName: 'Chiến sĩ thi đua cơ sở',
      year: 2020,
      reference: 'QĐ 20/QĐ-UBND',
    });
  });

  it('imports evaluations and award history from Excel and exports them back', async () => {
    const phong = await t.unit(`Phòng Nhập ${t.uid()}`, dept);
    const p1 = await person(phong, `Mạc Thị Xuân ${t.uid()}`);
    const p2 = await person(phong, `Lý Văn Thu ${t.uid()}`, 'MALE');
    const outsider = await person(
      await t.unit(`Sở Khác ${t.uid()}`, province),
      `Người Ngoài ${t.uid()}`,
    );
    const upload = async (slug: string, buffer: Buffer) => {
      const form = new FormData();
      form.append('file', new Blob([new Uint8Array(buffer)]), 'Hồ sơ.xlsx');
      const res = await fetch(`${t.baseUrl}/api/imports/${slug}`, {
        method: 'POST',
        headers: headersOf(officer),
        body: form,
      });
      expect(res.status).toBe(200);
      return ((await res.json()) as { batchId: string }).batchId;
    };
    type Batch = {
      errorCount: number;
      createCount: number;
      updateCount: number;
      unchangedCount: number;
      rows: { edges: { node: { rowNumber: number; action: string; problems: string[] } }[] };
    };
    const batchOf = async (id: string) =>
      (await officer.ok<{ importBatch: Batch }>(BATCH, { id })).importBatch;
    const commit = async (batchId: string) => {
      const { commitImport } = await officer.ok<{ commitImport: { job: { id: string } } }>(COMMIT, {
        id: batchId,
      });
      let job: { status: string; message: string | null; error: string | null } | null = null;
      for (let i = 0; i < 300; i++) {
        job = (
          await officer.ok<{
            job: { status: string; message: string | null; error: string | null };
          }>(JOB, { id: commitImport.job.id })
        ).job;
        if (job.status === 'SUCCEEDED' || job.status === 'FAILED') break;
        await new Promise((r) => setTimeout(r, 100));
      }
      return job;
    };

    const EVAL_HEADER = [
      'Mã nhân sự',
      'Họ và tên',
      'Mã đơn vị',
      'Năm',
      'Xếp loại',
      'Nguồn',
      'Ghi chú',
    ];
    const bad = await batchOf(
      await upload(
        'evaluations',
        await sheetBuffer([
          EVAL_HEADER,
          [p1.code, p1.fullName, '', 2024, 'Hoàn thành xuất sắc nhiệm vụ', 'QĐ 1', ''],
          [p2.code, '', phong.code, 2024, 'HTNV', '', ''],
          ['', '', phong.code, 2024, 'hoan thanh tot nhiem vu', '', ''],
          [outsider.code, '', '', 2024, 'HTNV', '', ''],
          [p1.code, '', '', 2024, 'HTNV', '', ''],
          [p2.code, 'Tên Khác', '', 2023, 'HTNV', '', ''],
        ]),
      ),
    );
    expect(bad.rows.edges.map((e) => e.node.action)).toEqual([
      'CREATE',
      'CREATE',
      'CREATE',
      'INVALID',
      'INVALID',
      'INVALID',
    ]);
    const problems = bad.rows.edges.map((e) => e.node.problems.join(' '));
    expect(problems[3]).toContain(`không tìm thấy cán bộ có mã "${outsider.code}"`);
    expect(problems[4]).toContain('dòng 2');
    expect(problems[5]).toContain('họ và tên không khớp');

    const good = await sheetBuffer([
      EVAL_HEADER,
      [p1.code, p1.fullName, '', 2024, 'Hoàn thành xuất sắc nhiệm vụ', 'QĐ 1', ''],
      [p2.code, '', phong.code, 2024, 'HTNV', '', ''],
      ['', '', phong.code, 2024, 'hoan thanh tot nhiem vu', '', ''],
    ]);
    const batchId = await upload('evaluations', good);
    expect(await commit(batchId)).toMatchObject({ status: 'SUCCEEDED', error: null });
    const listed = await officer.ok(EVALUATIONS, { filter: { unitId: phong.id, year: 2024 } });
    expect(listed.evaluations.edges.map((e) => [e.node.subjectName, e.node.grade]).sort()).toEqual(
      [
        [p1.fullName, 'HTXSNV'],
        [p2.fullName, 'HTNV'],
        [phong.name, 'HTTNV'],
      ].sort(),
    );
    // again: nothing to do; a changed grade: one update
    expect(await batchOf(await upload('evaluations', good))).toMatchObject({
      unchangedCount: 3,
      createCount: 0,
    });
    const changed = await upload(
      'evaluations',
      await sheetBuffer([EVAL_HEADER, [p2.code, '', '', 2024, 'HTTNV', '', '']]),
    );
    expect(await batchOf(changed)).toMatchObject({ updateCount: 1, errorCount: 0 });

    // award history
    const AWARD_HEADER = [
      'Mã nhân sự',
      'Họ và tên',
      'Mã đơn vị',
      'Tên hộ gia đình',
      'Địa chỉ hộ gia đình',
      'Năm',
      'Mã danh hiệu',
      'Danh hiệu, hình thức',
      'Loại hình',
      'Số quyết định',
      'Ngày quyết định',
      'Cấp quyết định',
      'Ghi chú',
    ];
    const awardRows: unknown[][] = [
      [
        p1.code,
        '',
        '',
        '',
        '',
        2023,
        'LAO_DONG_TIEN_TIEN',
        '',
        '',
        '10/QĐ',
        '20/12/2023',
        'Giám đốc Sở',
        '',
      ],
      [
        '',
        '',
        phong.code,
        '',
        '',
        2022,
        '',
        'Giấy khen của Công đoàn ngành',
        'Phong trào thi đua, chuyên đề',
        '',
        '',
        '',
        '',
      ],
      [p2.code, '', '', '', '', 2023, 'TT_LAO_DONG_TIEN_TIEN', '', '', '', '', '', ''],
    ];
    const awardFile = await sheetBuffer([AWARD_HEADER, ...awardRows]);
    const awardBatch = await batchOf(await upload('award-records', awardFile));
    expect(awardBatch.rows.edges.map((e) => e.node.action)).toEqual([
      'CREATE',
      'CREATE',
      'INVALID',
    ]);
    expect(awardBatch.rows.edges[2]?.node.problems.join(' ')).toContain('không xét cho cá nhân');
    const goodAwards = await upload(
      'award-records',
      await sheetBuffer([AWARD_HEADER, ...awardRows.slice(0, 2)]),
    );
    expect(await commit(goodAwards)).toMatchObject({ status: 'SUCCEEDED' });
    const awards = await officer.ok(AWARDS, { filter: { unitId: phong.id } });
    expect(awards.awardRecords.edges.map((e) => e.node.awardName).sort()).toEqual(
      ['Giấy khen của Công đoàn ngành', 'Lao động tiên tiến'].sort(),
    );

    // the export: the import's columns, then who and the unit's name
    const res = await fetch(`${t.baseUrl}/api/exports/evaluations.xlsx?unitId=${phong.id}`, {
      headers: headersOf(officer),
    });
    expect(res.status).toBe(200);
    const wb = new Workbook();
    await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as unknown as ArrayBuffer);
    const cells: string[][] = [];
    wb.worksheets[0]!.eachRow((r) =>
      cells.push((r.values as unknown[]).slice(1).map((v) => (v == null ? '' : String(v)))),
    );
    const head = cells.findIndex((r) => r[0] === 'Mã nhân sự');
    expect(cells[head]).toEqual([...EVAL_HEADER, 'Đối tượng', 'Tên đơn vị']);
    expect(cells.slice(head + 1)).toHaveLength(3);
    const xuan = cells.find((r) => r[1] === p1.fullName);
    expect(xuan?.slice(0, 5)).toEqual([
      p1.code,
      p1.fullName,
      phong.code,
      '2024',
      'Hoàn thành xuất sắc nhiệm vụ',
    ]);
    for (const slug of ['award-records', 'initiatives', 'holds']) {
      const r = await fetch(`${t.baseUrl}/api/exports/${slug}.xlsx?unitId=${phong.id}`, {
        headers: headersOf(officer),
      });
      expect(r.status).toBe(200);
    }
  });
});
