import { GraphQLSchemaHost } from '@nestjs/graphql';
import { IsOptional, IsString } from 'class-validator';
import { Workbook } from 'exceljs';
import type { GraphQLEnumType } from 'graphql';
import { defineColumns } from '../src/core/excel/excel-columns';
import { problemAt, type RowVerdict } from '../src/core/excel/excel-import';
import { ExcelRegistry } from '../src/core/excel/excel-registry';
import { patchCentralHeader, sheetBuffer } from '../src/core/excel/testing/xlsx-fixtures';
import { UserExport } from '../src/modules/identity/user-export';
import { AwardNomineeExport } from '../src/modules/awards/award-nominee-export';
import {
  AwardDecisionListExport,
  AwardDecisionRewardsExport,
} from '../src/modules/decisions/award-decision-export';
import { ClusterExport } from '../src/modules/org/cluster-export';
import { UnitExport } from '../src/modules/org/unit-export';
import { UnitImportHandler } from '../src/modules/org/unit-import.handler';
import type { UnitEntity } from '../src/modules/org/unit.entity';
import { PeopleExport } from '../src/modules/people/people-export';
import { PeopleImportHandler } from '../src/modules/people/people-import.handler';
import { CampaignAddresseeExport } from '../src/modules/campaigns/campaign-addressee-export';
import { CampaignRegistrationExport } from '../src/modules/campaigns/campaign-registration-export';
import { CampaignRegistrationImportHandler } from '../src/modules/campaigns/campaign-registration-import.handler';
import { CongressDelegateExport } from '../src/modules/campaigns/congress-delegate-export';
import { AwardRecordImportHandler } from '../src/modules/records/award-record-import.handler';
import { EvaluationImportHandler } from '../src/modules/records/evaluation-import.handler';
import {
  AwardRecordExport,
  EvaluationExport,
  HoldExport,
  InitiativeExport,
} from '../src/modules/records/records-export';
import type { GqlClient } from './setup/gql-client';
import { startTestApp, type TestApp } from './setup/test-app';

const BATCH = `query($id: ID!, $only: Boolean) {
  importBatch(id: $id) {
    id kind fileName status columns rowCount errorCount createCount updateCount unchangedCount createdAt
    job { id kind status progress total message error }
    rows(first: 100, onlyProblems: $only) { totalCount edges { node { rowNumber action values problems } } }
  }
}`;
const COMMIT = `mutation($id: ID!) { commitImport(batchId: $id) { id status job { id kind status total } } }`;
const DISCARD = `mutation($id: ID!) { discardImport(batchId: $id) }`;
const JOB = `query($id: ID!) { job(id: $id) { id kind status progress total message error startedAt finishedAt } }`;

const UNIT_HEADER = [
  'Mã đơn vị',
  'Tên đơn vị',
  'Tên viết tắt',
  'Loại đơn vị',
  'Mã đơn vị cấp trên',
  'Tư cách pháp nhân',
  'Địa chỉ',
  'Điện thoại',
  'Thư điện tử',
  'Ngày thành lập',
];
const PERSON_HEADER = [
  'Mã nhân sự',
  'Họ và tên',
  'Giới tính',
  'Ngày sinh',
  'Dân tộc',
  'Tôn giáo',
  'Quê quán',
  'Đảng viên',
  'Ngày vào Đảng',
  'Mã đơn vị',
  'Chức vụ',
  'Ngày bắt đầu',
  'Lãnh đạo, quản lý',
  'Loại cán bộ',
  'Ghi chú',
];

interface Row {
  rowNumber: number;
  action: string;
  values: string[];
  problems: string[];
}

describe('Excel import and export', () => {
  let t: TestApp;
  let s: string;
  let provinceA: UnitEntity;
  let provinceB: UnitEntity;
  let deptB: UnitEntity;
  let dissolved: UnitEntity;
  let admin: GqlClient;
  let officer: GqlClient;
  let officerB: GqlClient;

  function headersOf(client: GqlClient): Record<string, string> {
    const headers: Record<string, string> = { 'x-forwarded-for': client.address };
    if (client.sessionCookie) headers['cookie'] = client.sessionCookie;
    return headers;
  }

  async function upload(client: GqlClient, kind: string, file: Buffer, name = 'Danh sách.xlsx') {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(file)]), name);
    const res = await fetch(`${t.baseUrl}/api/imports/${kind}`, {
      method: 'POST',
      headers: headersOf(client),
      body: form,
    });
    return {
      status: res.status,
      body: (await res.json()) as {
        batchId?: string;
        code?: string;
        message?: string;
        fields?: Record<string, string[]>;
      },
    };
  }

  async function uploadOk(
    client: GqlClient,
    kind: string,
    file: Buffer,
    name?: string,
  ): Promise<string> {
    const res = await upload(client, kind, file, name);
    if (res.status !== 200 || !res.body.batchId)
      throw new Error(`upload failed: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.batchId;
  }

  async function batch(client: GqlClient, id: string, onlyProblems = false) {
    const { importBatch } = await client.ok(BATCH, { id, only: onlyProblems });
    return importBatch as {
      status: string;
      columns: string[];
      rowCount: number;
      errorCount: number;
      createCount: number;
      updateCount: number;
      unchangedCount: number;
      fileName: string;
      job: {
        id: string;
        status: string;
        progress: number;
        total: number;
        message: string | null;
        error: string | null;
      } | null;
      rows: { totalCount: number; edges: { node: Row }[] };
    };
  }

  function rowsOf(b: { rows: { edges: { node: Row }[] } }): Row[] {
    return b.rows.edges.map((e) => e.node);
  }

  async function waitForJob(client: GqlClient, id: string) {
    for (let i = 0; i < 600; i++) {
      const { job } = await client.ok(JOB, { id });
      if (job.status === 'SUCCEEDED' || job.status === 'FAILED') return job;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('job did not finish');
  }

  async function commitAndWait(client: GqlClient, batchId: string) {
    const { commitImport } = await client.ok(COMMIT, { id: batchId });
    expect(commitImport.status).toBe('COMMITTING');
    expect(commitImport.job).toMatchObject({
      id: expect.any(String),
      kind: expect.stringMatching(/^import\./),
    });
    return waitForJob(client, commitImport.job.id);
  }

  async function download(client: GqlClient | null, path: string) {
    const res = await fetch(`${t.baseUrl}${path}`, { headers: client ? headersOf(client) : {} });
    const buffer = Buffer.from(await res.arrayBuffer());
    return { res, buffer };
  }

  async function sheetRows(buffer: Buffer, sheet = 0): Promise<string[][]> {
    const wb = new Workbook();
    await wb.xlsx.load(buffer as unknown as Parameters<typeof wb.xlsx.load>[0]);
    const ws = wb.worksheets[sheet];
    const result: string[][] = [];
    ws.eachRow((row) => {
      const values = (row.values as unknown[])
        .slice(1)
        .map((v) =>
          v instanceof Date
            ? v.toISOString().slice(0, 10)
            : v === null || v === undefined
              ? ''
              : String(v),
        );
      result.push(values);
    });
    return result;
  }

  const count = async (sql: string, params: unknown[] = []) =>
    Number((await t.db.query(sql, params))[0].n);

  beforeAll(async () => {
    t = await startTestApp();
    s = t.uid().toUpperCase();
    provinceA = await t.unit('Tỉnh Nhập A');
    provinceB = await t.unit('Tỉnh Nhập B');
    deptB = await t.unit('Sở của tỉnh B', provinceB);
    dissolved = await t.unit('Sở đã giải thể', provinceA);
    await t.db.query(
      `UPDATE units SET valid_to = '2024-06-01', status = 'DISSOLVED' WHERE id = $1`,
      [dissolved.id],
    );
    const root = await t.user({ unit: provinceA, role: 'SYSTEM_ADMIN', scope: null });
    const off = await t.user({ unit: provinceA, role: 'TDKT_OFFICER' });
    const offB = await t.user({ unit: provinceB, role: 'TDKT_OFFICER' });
    admin = await t.loggedIn(root.username);
    officer = await t.loggedIn(off.username);
    officerB = await t.loggedIn(offB.username);
  });
  afterAll(() => t.close());

  const validUnits = () =>
    sheetBuffer([
      UNIT_HEADER,
      [
        `SNV-${s}`,
        'Sở Nội vụ',
        'SNV',
        'DEPARTMENT',
        provinceA.code,
        'Có',
        'Số 1 Đồng Khởi',
        '0275 3822 000',
        'snv@example.vn',
        '01/07/2025',
      ],
      [
        `TCCB-${s}`,
        'Phòng Tổ chức cán bộ',
        'TCCB',
        'Phòng, ban thuộc cơ quan, đơn vị',
        `SNV-${s}`,
        'Không',
        '',
        '',
        '',
        '15/07/2025',
      ],
      // the parent comes later in the file
      [`HCTH-${s}`, 'Phòng Hành chính', '', 'division', `VP-${s}`, '', '', '', '', ''],
      [
        `VP-${s}`,
        'Văn phòng UBND tỉnh',
        'VP',
        'DEPARTMENT',
        provinceA.code,
        'Có',
        '',
        '',
        '',
        new Date(Date.UTC(2025, 6, 1)),
      ],
    ]);

  it('serves the templates with Vietnamese headers, required marks and a guide', async () => {
    for (const [path, first] of [
      ['/api/templates/units.xlsx', 'Mã đơn vị (*)'],
      ['/api/templates/people.xlsx', 'Mã nhân sự (*)'],
    ] as const) {
      const { res, buffer } = await download(officer, path);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('spreadsheetml.sheet');
      expect(res.headers.get('content-disposition')).toMatch(
        /attachment; filename=".+\.xlsx"; filename\*=UTF-8''/,
      );
      const rows = await sheetRows(buffer);
      expect(rows[0][0]).toBe(first);
      const guide = await sheetRows(buffer, 1);
      expect(guide[0][0]).toBe('Hướng dẫn nhập dữ liệu');
    }
    // Files need a session like everything else.
    const anonymous = await download(null, '/api/templates/units.xlsx');
    expect(anonymous.res.status).toBe(401);
    expect(JSON.parse(anonymous.buffer.toString())).toMatchObject({
      code: 'UNAUTHENTICATED',
      message: expect.stringContaining('đăng nhập'),
    });
  });

  it("the templates' sample rows pass the import's checks", async () => {
    // before: the sample's parent "TINH" and unit "SNV" were codes no installation has
    for (const client of [admin, officer]) {
      for (const kind of ['units', 'people'] as const) {
        const { buffer } = await download(client, `/api/templates/${kind}.xlsx`);
        const id = await uploadOk(client, kind, buffer, `Mẫu ${kind}.xlsx`);
        const b = await batch(client, id);
        expect([kind, rowsOf(b).flatMap((r) => r.problems)]).toEqual([kind, []]);
        expect(b.rowCount).toBe(1);
        expect(rowsOf(b)[0]!.values).toContain(provinceA.code); // the caller's own unit
        await client.ok(DISCARD, { id });
      }
    }
  });

  it('previews a units file: every row checked, Vietnamese problems, nothing written', async () => {
    const before = await count(`SELECT count(*) AS n FROM units`);
    const file = await sheetBuffer([
      UNIT_HEADER,
      [
        `OK-${s}`,
        'Sở Tài chính',
        'STC',
        'DEPARTMENT',
        provinceA.code,
        'Có',
        '',
        '',
        '',
        '01/07/2025',
      ],
      [`X1-${s}`, 'Loại lạ', '', 'KHONG_CO_LOAI', provinceA.code],
      [`X2-${s}`, 'Thiếu cấp trên', '', 'DIVISION', `NOPE-${s}`],
      [`X3-${s}`, 'Thôn sai cấp', '', 'HAMLET', provinceA.code],
      [`X4-${s}`, 'Ngày sai', '', 'DEPARTMENT', provinceA.code, '', '', '', '', '31/02/2025'],
      [`X5-${s}`, 'Trùng lần 1', '', 'DEPARTMENT', provinceA.code],
      [`x5-${s}`, 'Trùng lần 2', '', 'DEPARTMENT', provinceA.code],
      [`X6-${s}`, 'Ngoài phạm vi', '', 'DIVISION', deptB.code],
      [provinceA.code, 'Tỉnh đổi tên', '', 'PROVINCE', ''],
      [`X7-${s}`, '', '', 'DEPARTMENT', provinceA.code],
      [`X8-${s}`, 'Dưới đơn vị đã giải thể', '', 'DIVISION', dissolved.code],
      [`X9-${s}`, 'Thư sai', '', 'DEPARTMENT', provinceA.code, '', '', '', 'khong-phai-thu'],
    ]);
    const id = await uploadOk(officer, 'units', file, 'Đơn vị tháng 7.xlsx');
    const b = await batch(officer, id);
    expect(b).toMatchObject({
      status: 'PREVIEW',
      fileName: 'Đơn vị tháng 7.xlsx',
      rowCount: 12,
      createCount: 2,
      errorCount: 10,
      job: null,
    });
    const rows = rowsOf(b);
    const byRow = (n: number) => rows.find((r) => r.rowNumber === n) as Row;
    expect(byRow(2)).toMatchObject({ action: 'CREATE', problems: [] });
    expect(byRow(2).values).toEqual([
      `OK-${s}`,
      'Sở Tài chính',
      'STC',
      'DEPARTMENT',
      provinceA.code,
      'Có',
      '',
      '',
      '',
      '01/07/2025',
    ]);
    expect(byRow(3).problems.join()).toMatch(
      /Dòng 3, cột "Loại đơn vị": loại đơn vị "KHONG_CO_LOAI" không có trong danh mục/,
    );
    expect(byRow(4).problems.join()).toMatch(/không tìm thấy đơn vị cấp trên có mã/);
    expect(byRow(5).problems.join()).toMatch(/không thể trực thuộc "Tỉnh Nhập A"/);
    expect(byRow(6).problems.join()).toMatch(/"31\/02\/2025" không phải ngày hợp lệ/);
    // the cell that could not be read shows what the file says, under the template's header
    expect(byRow(6).values[9]).toBe('31/02/2025');
    expect(b.columns).toEqual(UNIT_HEADER);
    expect(byRow(7).action).toBe('CREATE'); // the first of the duplicates is fine by itself
    expect(byRow(8).problems.join()).toMatch(/đã xuất hiện ở dòng 7/);
    expect(byRow(9).problems.join()).toMatch(
      new RegExp(`không có quyền quản lý đơn vị có mã "${deptB.code}"`),
    );
    expect(byRow(9).problems.join()).not.toMatch(/Sở của tỉnh B/); // nothing but the typed code is revealed
    expect(byRow(10).problems.join()).toMatch(
      /đổi tên\/chuyển đơn vị phải thực hiện qua chức năng sắp xếp tổ chức/,
    );
    expect(byRow(11).problems.join()).toMatch(/"Tên đơn vị": không được để trống/);
    expect(byRow(12).problems.join()).toMatch(/đã kết thúc hoạt động từ ngày 01\/06\/2024/);
    expect(byRow(13).problems.join()).toMatch(/không đúng định dạng thư điện tử/);
    for (const r of rows.filter((x) => x.action === 'INVALID'))
      expect(r.problems.length).toBeGreaterThan(0);

    const onlyProblems = await batch(officer, id, true);
    expect(onlyProblems.rows.totalCount).toBe(b.errorCount);

    // A batch with problems cannot be committed, and nothing was written.
    const err = await officer.fails(COMMIT, { id });
    expect(err.extensions?.code).toBe('BAD_USER_INPUT');
    expect(err.message).toMatch(/Còn \d+ dòng có lỗi/);
    expect(await count(`SELECT count(*) AS n FROM units`)).toBe(before);
    expect((await batch(officer, id)).status).toBe('PREVIEW');
  });

  it('offers the rows with problems as an .xlsx: the cells as in the file, the row number, what to fix', async () => {
    const file = await sheetBuffer([
      UNIT_HEADER,
      [
        `OK-${s}-P`,
        'Sở Công Thương',
        'SCT',
        'DEPARTMENT',
        provinceA.code,
        'Có',
        '',
        '',
        '',
        '01/07/2025',
      ],
      [`P1-${s}`, 'Loại lạ', '', 'KHONG_CO_LOAI', provinceA.code, '', '', '', '', '31/02/2025'],
      [`P2-${s}`, 'Thiếu cấp trên', '', 'DIVISION', `NOPE-${s}`],
    ]);
    const id = await uploadOk(officer, 'units', file, 'Đơn vị lỗi.xlsx');
    const { res, buffer } = await download(officer, `/api/imports/${id}/problems.xlsx`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(/filename="loi-nhap-don-vi-.+\.xlsx"/);
    const rows = await sheetRows(buffer);
    expect(rows[0]![0]).toMatch(/Đơn vị lỗi\.xlsx/); // the title names the file
    expect(rows[1]).toEqual(['Dòng trong tệp', ...UNIT_HEADER, 'Lỗi cần sửa']);
    expect(rows).toHaveLength(4); // title, header, the two rows with problems; not the good one
    const [number, code, name, , kind] = rows[2]!;
    expect([number, code, name, kind]).toEqual(['3', `P1-${s}`, 'Loại lạ', 'KHONG_CO_LOAI']);
    expect(rows[2]![10]).toBe('31/02/2025'); // as typed, not a date Excel would reinterpret
    expect(rows[2]![11]).toMatch(/loại đơn vị "KHONG_CO_LOAI" không có trong danh mục/);
    expect(rows[2]![11]).toMatch(/"31\/02\/2025" không phải ngày hợp lệ/);
    expect(rows[3]![0]).toBe('4');
    expect(rows[3]![11]).toMatch(/không tìm thấy đơn vị cấp trên có mã/);
    // another user's batch does not exist for them
    const other = await download(officerB, `/api/imports/${id}/problems.xlsx`);
    expect(other.res.status).toBe(404);
  });

  it('keeps batches private: another user gets NOT_FOUND; discard deletes a preview', async () => {
    const id = await uploadOk(officer, 'units', await validUnits());
    expect((await officerB.fails(BATCH, { id })).extensions?.code).toBe('NOT_FOUND');
    expect((await officerB.fails(COMMIT, { id })).extensions?.code).toBe('NOT_FOUND');
    // a global administrator sees it
    expect((await batch(admin, id)).createCount).toBe(4);
    expect((await officer.ok(DISCARD, { id })).discardImport).toBe(id);
    expect((await officer.fails(BATCH, { id })).extensions?.code).toBe('NOT_FOUND');
    expect(await count(`SELECT count(*) AS n FROM import_rows WHERE batch_id = $1`, [id])).toBe(0);
    expect(
      await count(
        `SELECT count(*) AS n FROM audit_log WHERE entity_id = $1 AND operation = 'import.discard'`,
        [id],
      ),
    ).toBe(1);
  });

  it('commits units as a job (parents first), then a re-import changes nothing', async () => {
    const id = await uploadOk(officer, 'units', await validUnits());
    const preview = await batch(officer, id);
    expect(preview).toMatchObject({
      createCount: 4,
      errorCount: 0,
      updateCount: 0,
      unchangedCount: 0,
    });

    const job = await commitAndWait(officer, id);
    expect(job).toMatchObject({
      status: 'SUCCEEDED',
      progress: 4,
      total: 4,
      error: null,
      kind: 'import.units',
    });
    expect(job.message).toMatch(/Đã tạo 4 đơn vị/);
    expect((await batch(officer, id)).status).toBe('COMMITTED');

    const units: {
      code: string;
      parent_code: string | null;
      kind: string;
      legal_person: boolean;
      valid_from: string;
      phone: string | null;
    }[] = await t.db.query(
      `SELECT u.code, p.code AS parent_code, k.code AS kind, u.legal_person, u.valid_from::text AS valid_from, u.phone
           FROM units u LEFT JOIN units p ON p.id = u.parent_id JOIN unit_kinds k ON k.id = u.kind_id
          WHERE u.code = ANY($1::citext[]) ORDER BY u.code`,
      [[`SNV-${s}`, `TCCB-${s}`, `HCTH-${s}`, `VP-${s}`]],
    );
    const byCode = Object.fromEntries(units.map((u) => [u.code, u]));
    expect(byCode[`SNV-${s}`]).toMatchObject({
      parent_code: provinceA.code,
      kind: 'DEPARTMENT',
      legal_person: true,
      valid_from: '2025-07-01',
      phone: '0275 3822 000',
    });
    expect(byCode[`TCCB-${s}`]).toMatchObject({
      parent_code: `SNV-${s}`,
      kind: 'DIVISION',
      legal_person: false,
      valid_from: '2025-07-15',
    });
    expect(byCode[`HCTH-${s}`]).toMatchObject({ parent_code: `VP-${s}`, kind: 'DIVISION' });
    expect(byCode[`VP-${s}`]).toMatchObject({ valid_from: '2025-07-01' });
    // audited: each unit, plus the import itself
    expect(
      await count(
        `SELECT count(*) AS n FROM audit_log WHERE operation = 'unit.create' AND entity_id IN (SELECT id::text FROM units WHERE code = ANY($1::citext[]))`,
        [[`SNV-${s}`, `TCCB-${s}`, `HCTH-${s}`, `VP-${s}`]],
      ),
    ).toBe(4);
    expect(
      await count(
        `SELECT count(*) AS n FROM audit_log WHERE entity_id = $1 AND operation IN ('import.preview', 'import.commit', 'import.apply')`,
        [id],
      ),
    ).toBe(3);

    // The same file again: every row UNCHANGED, and committing changes nothing (but is recorded).
    const snapshot = await t.db.query(`SELECT id, version, updated_at FROM units ORDER BY id`);
    const again = await uploadOk(officer, 'units', await validUnits());
    expect(await batch(officer, again)).toMatchObject({
      unchangedCount: 4,
      createCount: 0,
      updateCount: 0,
      errorCount: 0,
    });
    const job2 = await commitAndWait(officer, again);
    expect(job2).toMatchObject({ status: 'SUCCEEDED', total: 0 });
    expect(await t.db.query(`SELECT id, version, updated_at FROM units ORDER BY id`)).toEqual(
      snapshot,
    );
    expect(
      await count(
        `SELECT count(*) AS n FROM audit_log WHERE entity_id = $1 AND operation = 'import.apply'`,
        [again],
      ),
    ).toBe(1);

    // A committed batch cannot be committed or discarded again.
    expect((await officer.fails(COMMIT, { id })).message).toMatch(/đã ghi dữ liệu/);
    expect((await officer.fails(DISCARD, { id })).extensions?.code).toBe('BAD_USER_INPUT');

    // Details update; the export of my scope imports back unchanged.
    const changed = await sheetBuffer([
      UNIT_HEADER,
      [
        `SNV-${s}`,
        'Sở Nội vụ',
        'SNV',
        'DEPARTMENT',
        provinceA.code,
        'Có',
        'Số 2 Đồng Khởi',
        '0275 3822 111',
        'snv@example.vn',
        '01/07/2025',
      ],
    ]);
    const upd = await uploadOk(officer, 'units', changed);
    expect(await batch(officer, upd)).toMatchObject({ updateCount: 1 });
    expect((await commitAndWait(officer, upd)).status).toBe('SUCCEEDED');
    expect(
      (await t.db.query(`SELECT phone, address FROM units WHERE code = $1`, [`SNV-${s}`]))[0],
    ).toEqual({ phone: '0275 3822 111', address: 'Số 2 Đồng Khởi' });
  });

  it('exports units within the scope, with Vietnamese headers, and the export imports back unchanged', async () => {
    const { res, buffer } = await download(
      officer,
      `/api/exports/units.xlsx?tree=GOVERNMENT&search=&parentId=&includeEnded=false`,
    );
    expect(res.status).toBe(200);
    const rows = await sheetRows(buffer);
    expect(rows[0][0]).toBe('DANH SÁCH ĐƠN VỊ');
    expect(rows[1].slice(0, 5)).toEqual([
      'Mã đơn vị',
      'Tên đơn vị',
      'Tên viết tắt',
      'Loại đơn vị',
      'Mã đơn vị cấp trên',
    ]);
    const codes = rows.slice(2).map((r) => r[0]);
    expect(codes).toEqual(expect.arrayContaining([provinceA.code, `SNV-${s}`, `HCTH-${s}`]));
    expect(codes).not.toContain(provinceB.code);
    expect(codes).not.toContain(deptB.code);
    expect(codes).not.toContain(dissolved.code);
    const snv = rows.find((r) => r[0] === `SNV-${s}`) as string[];
    expect(snv[3]).toBe('Sở, ban, ngành và tương đương');
    expect(snv[4]).toBe(provinceA.code);

    const reimport = await uploadOk(officer, 'units', buffer, 'xuat.xlsx');
    const b = await batch(officer, reimport);
    expect(b.errorCount).toBe(0);
    expect(b.unchangedCount).toBe(b.rowCount);

    const withEnded = await sheetRows(
      (await download(officer, `/api/exports/units.xlsx?includeEnded=true`)).buffer,
    );
    expect(withEnded.map((r) => r[0])).toContain(dissolved.code);
    const bad = await download(officer, `/api/exports/units.xlsx?tree=NOPE`);
    expect(bad.res.status).toBe(400);
    expect(JSON.parse(bad.buffer.toString())).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { tree: [expect.stringContaining('không nằm trong danh sách')] },
    });
  });

  it('re-checks at commit: a conflicting change since the preview fails the job and writes nothing', async () => {
    const file = await sheetBuffer([
      UNIT_HEADER,
      [`LATE-${s}`, 'Sở Xây dựng', '', 'DEPARTMENT', provinceA.code],
    ]);
    const id = await uploadOk(officer, 'units', file);
    // Someone else creates the same code with another name before the commit.
    const other = await t.unit('Sở Xây dựng (bản khác)', provinceA);
    await t.db.query(`UPDATE units SET code = $1 WHERE id = $2`, [`LATE-${s}`, other.id]);
    const job = await commitAndWait(officer, id);
    expect(job.status).toBe('FAILED');
    expect(job.error).toMatch(/đã thay đổi từ lúc xem trước: 1 dòng không còn hợp lệ/);
    const b = await batch(officer, id);
    expect(b.status).toBe('FAILED');
    expect(rowsOf(b)[0]).toMatchObject({
      action: 'INVALID',
      problems: [expect.stringMatching(/sắp xếp tổ chức/)],
    });
    expect(await count(`SELECT count(*) AS n FROM units WHERE code = $1`, [`LATE-${s}`])).toBe(1);
    // a failed batch can be discarded
    await officer.ok(DISCARD, { id });
  });

  it('jobs are visible to who started them and to administrators only', async () => {
    const id = await uploadOk(officer, 'units', await validUnits());
    const job = await commitAndWait(officer, id);
    expect((await officerB.fails(JOB, { id: job.id })).extensions?.code).toBe('NOT_FOUND');
    expect((await admin.ok(JOB, { id: job.id })).job.status).toBe('SUCCEEDED');
    expect((await officer.fails(JOB, { id: 'not-a-uuid' })).extensions?.code).toBe(
      'BAD_USER_INPUT',
    );
  });

  const person = (code: string, over: Partial<Record<string, unknown>> = {}) => {
    const base: Record<string, unknown> = {
      code,
      fullName: 'Nguyễn Văn An',
      sex: 'Nam',
      dob: '15/08/1990',
      ethnicity: 'Kinh',
      religion: '',
      hometown: 'Bến Tre',
      party: 'Có',
      joined: '03/02/2015',
      unit: `SNV-${s}`,
      title: 'Chuyên viên',
      started: '01/07/2025',
      leader: 'Không',
      category: 'Công chức',
      note: '',
      ...over,
    };
    return [
      'code',
      'fullName',
      'sex',
      'dob',
      'ethnicity',
      'religion',
      'hometown',
      'party',
      'joined',
      'unit',
      'title',
      'started',
      'leader',
      'category',
      'note',
    ].map((k) => base[k]);
  };

  const validPeople = () =>
    sheetBuffer([
      PERSON_HEADER,
      person(`NS1-${s}`),
      person(`NS2-${s}`, {
        fullName: 'Trần Thị Bình',
        sex: 'Nữ',
        dob: '1992-03-05',
        ethnicity: 'Khmer',
        party: '',
        joined: '',
        unit: `TCCB-${s}`,
        title: 'Trưởng phòng',
        leader: 'Có',
        category: 'Viên chức',
        note: 'Ghi chú',
      }),
      person(`NS3-${s}`, {
        fullName: 'Lê Văn Cường',
        party: 'Không',
        joined: '',
        unit: `VP-${s}`,
        category: 'Người lao động',
      }),
    ]);

  it('previews people with their problems', async () => {
    const file = await sheetBuffer([
      PERSON_HEADER,
      person(`P1-${s}`),
      person(`P2-${s}`, { unit: `KHONG-${s}` }),
      person(`P3-${s}`, { party: 'Không' }),
      person(`P4-${s}`, { dob: '32/13/1990' }),
      person(`P5-${s}`, { unit: deptB.code }),
      person(`P6-${s}`, { unit: dissolved.code }),
      person(`P7-${s}`),
      person(`p7-${s}`),
      person(`P8-${s}`, { started: '' }),
      person(`P9-${s}`, { sex: 'Khác' }),
      person('', { fullName: 'Không mã' }),
    ]);
    const id = await uploadOk(officer, 'people', file);
    const b = await batch(officer, id);
    const rows = rowsOf(b);
    const problemsOf = (n: number) =>
      (rows.find((r) => r.rowNumber === n) as Row).problems.join(' | ');
    expect(rows.find((r) => r.rowNumber === 2)).toMatchObject({ action: 'CREATE', problems: [] });
    expect(problemsOf(3)).toMatch(/không tìm thấy đơn vị có mã/);
    expect(problemsOf(4)).toMatch(/chỉ nhập ngày vào Đảng khi là đảng viên/);
    expect(problemsOf(5)).toMatch(/"32\/13\/1990" không phải ngày hợp lệ/);
    expect(b.columns).toEqual(PERSON_HEADER);
    expect((rows.find((r) => r.rowNumber === 5) as Row).values[3]).toBe('32/13/1990');
    expect((rows.find((r) => r.rowNumber === 11) as Row).values[2]).toBe('Khác');
    expect(problemsOf(6)).toMatch(
      new RegExp(`không có quyền quản lý nhân sự của đơn vị có mã "${deptB.code}"`),
    );
    expect(problemsOf(7)).toMatch(/đã kết thúc hoạt động/);
    expect(problemsOf(8)).toBe('');
    expect(problemsOf(9)).toMatch(/đã xuất hiện ở dòng 8/);
    expect(problemsOf(10)).toMatch(/cần ngày bắt đầu/);
    expect(problemsOf(11)).toMatch(/"Giới tính": "Khác" không có trong danh sách/);
    expect(problemsOf(12)).toMatch(/"Mã nhân sự": không được để trống/);
    expect(b).toMatchObject({ rowCount: 11, createCount: 2, errorCount: 9 });
    expect((await officer.fails(COMMIT, { id })).message).toMatch(/Còn 9 dòng có lỗi/);
    expect(
      await count(`SELECT count(*) AS n FROM people WHERE code = ANY($1::citext[])`, [
        [`P1-${s}`, `P7-${s}`],
      ]),
    ).toBe(0);
  });

  it('commits people with positions; re-import is UNCHANGED; a changed unit is a transfer', async () => {
    const id = await uploadOk(officer, 'people', await validPeople());
    expect(await batch(officer, id)).toMatchObject({ createCount: 3, errorCount: 0 });
    const job = await commitAndWait(officer, id);
    expect(job).toMatchObject({
      status: 'SUCCEEDED',
      progress: 3,
      total: 3,
      kind: 'import.people',
    });
    const people: Record<string, unknown>[] = await t.db.query(
      `SELECT p.code, p.full_name, p.sex, p.date_of_birth::text AS dob, p.party_member, p.party_joined_on::text AS joined, p.version,
              u.code AS unit, pos.title, pos.started_on::text AS started, pos.is_leader, pos.staff_category
         FROM people p JOIN positions pos ON pos.person_id = p.id JOIN units u ON u.id = pos.unit_id
        WHERE p.code = ANY($1::citext[]) ORDER BY p.code`,
      [[`NS1-${s}`, `NS2-${s}`, `NS3-${s}`]],
    );
    expect(people).toEqual([
      expect.objectContaining({
        code: `NS1-${s}`,
        full_name: 'Nguyễn Văn An',
        sex: 'MALE',
        dob: '1990-08-15',
        party_member: true,
        joined: '2015-02-03',
        unit: `SNV-${s}`,
        title: 'Chuyên viên',
        started: '2025-07-01',
        is_leader: false,
        staff_category: 'CIVIL_SERVANT',
        version: 1,
      }),
      expect.objectContaining({
        code: `NS2-${s}`,
        sex: 'FEMALE',
        dob: '1992-03-05',
        party_member: false,
        unit: `TCCB-${s}`,
        title: 'Trưởng phòng',
        is_leader: true,
        staff_category: 'PUBLIC_EMPLOYEE',
      }),
      expect.objectContaining({ code: `NS3-${s}`, unit: `VP-${s}`, staff_category: 'WORKER' }),
    ]);
    expect(
      await count(
        `SELECT count(*) AS n FROM audit_log WHERE operation = 'person.import' AND changes::text LIKE $1`,
        [`%NS1-${s}%`],
      ),
    ).toBe(1);

    // Same file again: nothing changes.
    const snapshot = await t.db.query(
      `SELECT id, version, updated_at FROM people WHERE code = ANY($1::citext[]) ORDER BY id`,
      [[`NS1-${s}`, `NS2-${s}`, `NS3-${s}`]],
    );
    const positionsBefore = await count(`SELECT count(*) AS n FROM positions`);
    const again = await uploadOk(officer, 'people', await validPeople());
    expect(await batch(officer, again)).toMatchObject({
      unchangedCount: 3,
      createCount: 0,
      updateCount: 0,
    });
    expect((await commitAndWait(officer, again)).status).toBe('SUCCEEDED');
    expect(
      await t.db.query(
        `SELECT id, version, updated_at FROM people WHERE code = ANY($1::citext[]) ORDER BY id`,
        [[`NS1-${s}`, `NS2-${s}`, `NS3-${s}`]],
      ),
    ).toEqual(snapshot);
    expect(await count(`SELECT count(*) AS n FROM positions`)).toBe(positionsBefore);

    // NS1 moves to the Văn phòng and changes ethnicity; NS3's start date before its current post is refused.
    const moved = await sheetBuffer([
      PERSON_HEADER,
      person(`NS1-${s}`, {
        ethnicity: 'Tày',
        unit: `VP-${s}`,
        title: 'Phó Chánh Văn phòng',
        started: '01/09/2025',
        leader: 'Có',
      }),
      person(`NS3-${s}`, {
        fullName: 'Lê Văn Cường',
        party: 'Không',
        joined: '',
        unit: `SNV-${s}`,
        started: '01/01/2025',
        category: 'Người lao động',
      }),
    ]);
    const bad = await uploadOk(officer, 'people', moved);
    const badBatch = await batch(officer, bad);
    expect(rowsOf(badBatch)[0]).toMatchObject({ action: 'UPDATE' });
    expect(rowsOf(badBatch)[1].problems.join()).toMatch(/phải sau ngày bắt đầu vị trí hiện tại/);
    await officer.ok(DISCARD, { id: bad });

    const ok = await uploadOk(
      officer,
      'people',
      await sheetBuffer([
        PERSON_HEADER,
        person(`NS1-${s}`, {
          ethnicity: 'Tày',
          unit: `VP-${s}`,
          title: 'Phó Chánh Văn phòng',
          started: '01/09/2025',
          leader: 'Có',
        }),
      ]),
    );
    expect(await batch(officer, ok)).toMatchObject({ updateCount: 1 });
    expect((await commitAndWait(officer, ok)).status).toBe('SUCCEEDED');
    const positions: Record<string, unknown>[] = await t.db.query(
      `SELECT u.code AS unit, pos.title, pos.started_on::text AS started, pos.ended_on::text AS ended, p.ethnicity
         FROM positions pos JOIN people p ON p.id = pos.person_id JOIN units u ON u.id = pos.unit_id
        WHERE p.code = $1 ORDER BY pos.started_on`,
      [`NS1-${s}`],
    );
    expect(positions).toEqual([
      {
        unit: `SNV-${s}`,
        title: 'Chuyên viên',
        started: '2025-07-01',
        ended: '2025-09-01',
        ethnicity: 'Tày',
      },
      {
        unit: `VP-${s}`,
        title: 'Phó Chánh Văn phòng',
        started: '2025-09-01',
        ended: null,
        ethnicity: 'Tày',
      },
    ]);
  });

  it('exports people within the scope; another province sees none of them', async () => {
    const mineFile = await download(
      officer,
      `/api/exports/people.xlsx?search=&unitId=&includeFormer=false`,
    );
    expect({
      status: mineFile.res.status,
      body: mineFile.res.status === 200 ? '' : mineFile.buffer.toString(),
    }).toEqual({ status: 200, body: '' });
    const mine = await sheetRows(mineFile.buffer);
    expect(mine[1]).toEqual(
      expect.arrayContaining([
        'Mã nhân sự',
        'Họ và tên',
        'Giới tính',
        'Ngày sinh',
        'Mã đơn vị',
        'Chức vụ',
        'Loại cán bộ',
        'Tên đơn vị',
      ]),
    );
    const ns1 = mine.find((r) => r[0] === `NS1-${s}`) as string[];
    expect(ns1).toBeDefined();
    expect(ns1[9]).toBe(`VP-${s}`);
    expect(ns1[2]).toBe('Nam');
    const theirs = await sheetRows((await download(officerB, `/api/exports/people.xlsx`)).buffer);
    expect(theirs.map((r) => r[0])).not.toContain(`NS1-${s}`);
    // Users export, scoped too.
    const users = await sheetRows((await download(officerB, `/api/exports/users.xlsx`)).buffer);
    expect(users[1]).toEqual(expect.arrayContaining(['Tên đăng nhập', 'Họ và tên', 'Trạng thái']));
    expect(users.slice(2).every((r) => r[3] === provinceB.code)).toBe(true);
    // Without the permission: FORBIDDEN.
    const plain = await t.loggedIn((await t.user({ unit: provinceA })).username);
    const denied = await download(plain, `/api/exports/people.xlsx`);
    expect(denied.res.status).toBe(403);
    expect(JSON.parse(denied.buffer.toString())).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('exports clusters organised within the scope', async () => {
    const units = await t.db.query(`SELECT id, code FROM units WHERE code = ANY($1::citext[])`, [
      [`SNV-${s}`, `VP-${s}`],
    ]);
    const id = (code: string) => units.find((u: { code: string }) => u.code === code).id as string;
    const { createCluster } = await admin.ok(
      `mutation($input: CreateClusterInput!) { createCluster(input: $input) { id } }`,
      {
        input: {
          code: `KHOI-${s}`,
          name: 'Khối các sở',
          kind: 'KHOI',
          organizerUnitId: provinceA.id,
        },
      },
    );
    for (const code of [`SNV-${s}`, `VP-${s}`]) {
      await admin.ok(
        `mutation($input: AddClusterMemberInput!) { addClusterMember(input: $input) { id } }`,
        {
          input: { clusterId: createCluster.id, unitId: id(code), joinedOn: '2026-01-01' },
        },
      );
    }
    await admin.ok(
      `mutation($input: SetClusterLeadershipInput!) { setClusterLeadership(input: $input) { id } }`,
      {
        input: {
          clusterId: createCluster.id,
          year: 2026,
          leadUnitId: id(`SNV-${s}`),
          deputyUnitId: id(`VP-${s}`),
        },
      },
    );
    const mine = await sheetRows(
      (await download(officer, `/api/exports/clusters.xlsx?kind=KHOI&search=`)).buffer,
    );
    expect(mine[0][0]).toBe('DANH SÁCH CỤM, KHỐI THI ĐUA');
    expect(mine[1].slice(0, 3)).toEqual(['Mã cụm, khối', 'Tên cụm, khối', 'Loại']);
    const row = mine.find((r) => r[0] === `KHOI-${s}`) as string[];
    expect(row).toEqual([
      `KHOI-${s}`,
      'Khối các sở',
      'Khối thi đua',
      provinceA.code,
      'Tỉnh Nhập A',
      '2',
      expect.stringContaining(`SNV-${s}`),
      '2026',
      `SNV-${s}`,
      `VP-${s}`,
    ]);
    const theirs = await sheetRows((await download(officerB, `/api/exports/clusters.xlsx`)).buffer);
    expect(theirs.map((r) => r[0])).not.toContain(`KHOI-${s}`);
  });

  it('refuses bad and hostile uploads with a clear Vietnamese error, never a 500', async () => {
    const good = await validUnits();
    const cases: [Buffer, string, RegExp][] = [
      [Buffer.from('Mã đơn vị,Tên đơn vị\nA,B\n'), 'don-vi.csv', /không phải tệp Excel \.xlsx/],
      [Buffer.from('Mã đơn vị,Tên đơn vị\nA,B\n'), 'don-vi.xlsx', /./],
      [Buffer.alloc(0), 'rong.xlsx', /./],
      [
        Buffer.concat([
          Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
          Buffer.alloc(2048),
        ]),
        'cu.xlsx',
        /./,
      ],
      [good.subarray(0, Math.floor(good.length / 2)), 'cut.xlsx', /./],
      [
        patchCentralHeader(good, /worksheets\/sheet1\.xml$/, (copy, header) =>
          copy.writeUInt32LE(10, header + 24),
        ),
        'lying.xlsx',
        /./,
      ],
      [
        await sheetBuffer([
          ['Cột lạ', 'Khác'],
          ['a', 'b'],
        ]),
        'sai-mau.xlsx',
        /Không tìm thấy dòng tiêu đề|Thiếu cột/,
      ],
      [
        await sheetBuffer([UNIT_HEADER.slice(1), ['Tên', '', 'DEPARTMENT']]),
        'thieu-cot.xlsx',
        /Thiếu cột bắt buộc: "Mã đơn vị"/,
      ],
    ];
    for (const [file, name, message] of cases) {
      const res = await upload(officer, 'units', file, name);
      expect({ name, status: res.status, code: res.body.code }).toEqual({
        name,
        status: 400,
        code: 'BAD_USER_INPUT',
      });
      expect(res.body.message).toMatch(message);
      expect(res.body.message).toMatch(/[àáảãạăâđêôơưệếềộớờợủứừựýỳ]/i);
      expect(res.body.fields?.['file']).toBeDefined();
    }
    const tooBig = await upload(officer, 'units', Buffer.alloc(11 * 1024 * 1024, 1), 'lon.xlsx');
    expect(tooBig).toMatchObject({
      status: 413,
      body: { code: 'BAD_USER_INPUT', message: 'Tệp quá lớn. Dung lượng tối đa là 10 MB.' },
    });
    const none = await fetch(`${t.baseUrl}/api/imports/units`, {
      method: 'POST',
      headers: headersOf(officer),
      body: new FormData(),
    });
    expect(none.status).toBe(400);
    expect(await none.json()).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: expect.stringMatching(/Chưa chọn tệp/),
    });
    const json = await fetch(`${t.baseUrl}/api/imports/units`, {
      method: 'POST',
      headers: { ...headersOf(officer), 'content-type': 'multipart/form-data; boundary=xyz' },
      body: '--xyz\r\nContent-Disposition: form-data; name="file"; filename="a.xlsx"\r\n\r\nabc',
    });
    expect(json.status).toBe(400);
    expect(await json.json()).toMatchObject({ code: 'BAD_USER_INPUT' });
    // Only people who may manage units can upload them.
    const plain = await t.loggedIn((await t.user({ unit: provinceA })).username);
    expect((await upload(plain, 'units', good)).status).toBe(403);
    const anonymous = await fetch(`${t.baseUrl}/api/imports/units`, {
      method: 'POST',
      body: new FormData(),
    });
    expect(anonymous.status).toBe(401);
  });

  describe('a registry: each module registers its own imports and exports (issue 9 B4)', () => {
    it('lists exactly the kinds the owning modules register, and the schema offers the same', () => {
      const registry = t.app.get(ExcelRegistry);
      const imports = Object.fromEntries(registry.imports().map((h) => [h.slug, h]));
      expect(Object.keys(imports).sort()).toEqual([
        'award-records',
        'campaign-registrations',
        'evaluations',
        'people',
        'units',
      ]);
      expect(imports['units']).toBeInstanceOf(UnitImportHandler); // modules/org
      expect(imports['people']).toBeInstanceOf(PeopleImportHandler); // modules/people
      // modules/campaigns
      expect(imports['campaign-registrations']).toBeInstanceOf(CampaignRegistrationImportHandler);
      // modules/records
      expect(imports['evaluations']).toBeInstanceOf(EvaluationImportHandler);
      expect(imports['award-records']).toBeInstanceOf(AwardRecordImportHandler);
      const exports = Object.fromEntries(registry.exports().map((d) => [d.slug, d]));
      expect(Object.keys(exports).sort()).toEqual([
        'award-decision-rewards',
        'award-decisions',
        'award-nominees',
        'award-records',
        'campaign-addressees',
        'campaign-registrations',
        'clusters',
        'congress-delegates',
        'evaluations',
        'holds',
        'initiatives',
        'people',
        'units',
        'users',
      ]);
      // modules/records
      expect(exports['evaluations']).toBeInstanceOf(EvaluationExport);
      expect(exports['award-records']).toBeInstanceOf(AwardRecordExport);
      expect(exports['initiatives']).toBeInstanceOf(InitiativeExport);
      expect(exports['holds']).toBeInstanceOf(HoldExport);
      expect(exports['campaign-addressees']).toBeInstanceOf(CampaignAddresseeExport);
      expect(exports['campaign-registrations']).toBeInstanceOf(CampaignRegistrationExport);
      expect(exports['congress-delegates']).toBeInstanceOf(CongressDelegateExport);
      expect(exports['units']).toBeInstanceOf(UnitExport); // modules/org
      expect(exports['clusters']).toBeInstanceOf(ClusterExport); // modules/org
      expect(exports['people']).toBeInstanceOf(PeopleExport); // modules/people
      expect(exports['users']).toBeInstanceOf(UserExport); // modules/identity
      expect(exports['award-nominees']).toBeInstanceOf(AwardNomineeExport); // modules/awards
      expect(exports['award-decision-rewards']).toBeInstanceOf(AwardDecisionRewardsExport); // modules/decisions
      expect(exports['award-decisions']).toBeInstanceOf(AwardDecisionListExport); // modules/decisions
      const kinds = t.app.get(GraphQLSchemaHost).schema.getType('ImportKind') as GraphQLEnumType;
      expect(
        kinds
          .getValues()
          .map((v) => [v.name, v.description])
          .sort(),
      ).toEqual([
        ['AWARD_RECORDS', 'Lịch sử khen thưởng'],
        ['CAMPAIGN_REGISTRATIONS', 'Đăng ký thi đua'],
        ['EVALUATIONS', 'Kết quả đánh giá, xếp loại'],
        ['PEOPLE', 'Cán bộ, người lao động'],
        ['UNITS', 'Đơn vị'],
      ]);
    });

    it('serves a kind modules/imports never heard of: template, preview, problems, commit job, export', async () => {
      // what a new module (campaigns next month) does in its own folder, with CLUSTER_MANAGE, a
      // permission no import needed before: that permission alone then opens the imports' operations
      const registry = t.app.get(ExcelRegistry);
      const columns = defineColumns([
        { key: 'code', header: 'Mã ghi chú', type: 'text', required: true, example: 'GC-01' },
        { key: 'unitCode', header: 'Mã đơn vị', type: 'text', example: 'TINH' },
      ]);
      const applied: string[] = [];
      registry.addImport({
        kind: 'TEST_NOTES',
        slug: 'ghi-chu-thu',
        label: 'Ghi chú thử',
        noun: { ascii: 'ghi-chu-thu', name: 'ghi chú thử' },
        permission: 'CLUSTER_MANAGE',
        columns,
        templateExamples: () => Promise.resolve({ unitCode: provinceA.code }),
        plan: (_ctx, rows, cellProblems) => {
          const verdicts: RowVerdict[] = rows.map((row, i) => {
            const problems = [...(cellProblems[i] ?? [])];
            if (row.values['code'] === 'SAI')
              problems.push(problemAt(row.rowNumber, columns[0], 'mã này bị từ chối.'));
            return { action: problems.length ? 'INVALID' : 'CREATE', problems };
          });
          return Promise.resolve({
            verdicts,
            apply: async (_tx, progress) => {
              applied.push(...rows.map((r) => String(r.values['code'])));
              await progress.report(rows.length);
              return `Đã ghi ${rows.length} ghi chú.`;
            },
          });
        },
      });
      class NoteQuery {
        @IsOptional()
        @IsString()
        search?: string;
      }
      registry.addExport({
        slug: 'ghi-chu-thu',
        permission: 'CLUSTER_MANAGE',
        query: NoteQuery,
        fileName: { ascii: 'ghi-chu-thu', name: 'Ghi chú thử' },
        sheetName: 'Ghi chú',
        title: 'GHI CHÚ THỬ',
        columns,
        async *rows(_ctx, filter: NoteQuery) {
          yield { code: `GC-${filter.search ?? ''}`, unitCode: provinceA.code };
        },
      });
      const { createRole } = await admin.ok(
        `mutation($input: CreateRoleInput!) { createRole(input: $input) { id } }`,
        { input: { code: `GC_${s}`, name: `Chỉ cụm, khối ${s}`, permissions: ['CLUSTER_MANAGE'] } },
      );
      const { id: userId, username } = await t.user({ unit: provinceA });
      await admin.ok(`mutation($input: GrantRoleInput!) { grantRole(input: $input) { id } }`, {
        input: { userId, roleId: createRole.id, unitId: provinceA.id },
      });
      const noter = await t.loggedIn(username);

      const template = await download(noter, '/api/templates/ghi-chu-thu.xlsx');
      expect(template.res.headers.get('content-disposition')).toMatch(
        /filename="mau-nhap-ghi-chu-thu\.xlsx"/,
      );
      expect((await sheetRows(template.buffer)).slice(0, 2)).toEqual([
        ['Mã ghi chú (*)', 'Mã đơn vị'],
        ['GC-01', provinceA.code],
      ]);
      // the kind's own permission decides, not any import's
      expect((await download(noter, '/api/templates/units.xlsx')).res.status).toBe(403);
      expect((await download(officer, '/api/templates/khong-co.xlsx')).res.status).toBe(404);

      const BATCH_OF_ANY_KIND = `query($id: ID!) { importBatch(id: $id) {
        status columns errorCount createCount rows(first: 10) { edges { node { rowNumber action values problems } } } } }`;
      const bad = await uploadOk(
        noter,
        'ghi-chu-thu',
        await sheetBuffer([
          ['Mã ghi chú', 'Mã đơn vị'],
          ['GC-1', 'A'],
          ['SAI', 'B'],
        ]),
      );
      const preview = (await noter.ok(BATCH_OF_ANY_KIND, { id: bad })).importBatch;
      expect(preview).toMatchObject({ columns: ['Mã ghi chú', 'Mã đơn vị'], errorCount: 1 });
      expect(preview.rows.edges.map((e: { node: Row }) => e.node)).toEqual([
        { rowNumber: 2, action: 'CREATE', values: ['GC-1', 'A'], problems: [] },
        {
          rowNumber: 3,
          action: 'INVALID',
          values: ['SAI', 'B'],
          problems: ['Dòng 3, cột "Mã ghi chú": mã này bị từ chối.'],
        },
      ]);
      const problems = await download(noter, `/api/imports/${bad}/problems.xlsx`);
      expect(problems.res.headers.get('content-disposition')).toMatch(/loi-nhap-ghi-chu-thu-/);
      expect((await sheetRows(problems.buffer))[2]).toEqual([
        '3',
        'SAI',
        'B',
        'Dòng 3, cột "Mã ghi chú": mã này bị từ chối.',
      ]);

      const good = await uploadOk(
        noter,
        'ghi-chu-thu',
        await sheetBuffer([
          ['Mã ghi chú', 'Mã đơn vị'],
          [`GC-${s}`, 'A'],
        ]),
      );
      const job = await commitAndWait(noter, good);
      expect(job).toMatchObject({ status: 'SUCCEEDED', message: 'Đã ghi 1 ghi chú.' });
      expect(applied).toEqual([`GC-${s}`]);

      const listed = await download(noter, '/api/exports/ghi-chu-thu.xlsx?search=abc');
      expect(listed.res.headers.get('content-disposition')).toMatch(/filename="ghi-chu-thu-.+"/);
      expect((await sheetRows(listed.buffer)).slice(1)).toEqual([
        ['Mã ghi chú', 'Mã đơn vị'],
        ['GC-abc', provinceA.code],
      ]);
      // the definition's query class checks the query string, as the global pipe would
      const unknown = await download(noter, '/api/exports/ghi-chu-thu.xlsx?khac=1');
      expect(unknown.res.status).toBe(400);
      expect(JSON.parse(unknown.buffer.toString())).toMatchObject({ code: 'BAD_USER_INPUT' });
      const reader = await t.loggedIn(
        (await t.user({ unit: provinceA, role: 'REPORTER' })).username,
      );
      const refused = await download(reader, '/api/exports/ghi-chu-thu.xlsx');
      expect(refused.res.status).toBe(403);
      expect(JSON.parse(refused.buffer.toString())).toMatchObject({
        message: 'Bạn không có quyền xuất danh sách này.',
      });
    });
  });
});
