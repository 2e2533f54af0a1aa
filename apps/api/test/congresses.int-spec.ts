import { Workbook } from 'exceljs';
import type { UnitEntity } from '../src/modules/org/unit.entity';
import { bacKanDraft, issueTestPlan } from './campaign-fixtures';
import { graphql } from './gql';
import type { GqlClient } from './setup/gql-client';
import { startTestApp, type TestApp } from './setup/test-app';

/**
 * Issue 10, "Congresses" (seed 003, Thái Bình): a commune's hội nghị and the province's Đại hội thi
 * đua yêu nước under one issued plan, their delegates taken from the people module, the delegate
 * balance with its Vietnamese explanations, the list of delegates sent to the level above as the
 * province sees it and as an Excel file, and scope: a sibling commune finds nothing.
 */
const CREATE = graphql(`
  mutation CongressCreate($input: CreateCongressInput!) {
    createCongress(input: $input) {
      id
      version
      level
      form
      status
      windowLabel
      duration
      delegateTarget
      agenda
      planSymbol
      requirements {
        criterion
        minShare
        minCount
        maxAge
        sectors
      }
    }
  }
`);

const UPDATE = graphql(`
  mutation CongressUpdate($input: UpdateCongressInput!) {
    updateCongress(input: $input) {
      id
      version
      venue
    }
  }
`);

const DELETE = graphql(`
  mutation CongressDelete($input: DeleteCongressInput!) {
    deleteCongress(input: $input)
  }
`);

const HOLD = graphql(`
  mutation CongressHold($input: HoldCongressInput!) {
    holdCongress(input: $input) {
      id
      version
      status
      heldOn
      venue
    }
  }
`);

const SET_DELEGATES = graphql(`
  mutation CongressSetDelegates($input: SetCongressDelegatesInput!) {
    setCongressDelegates(input: $input) {
      id
      version
      delegateCount
    }
  }
`);

const TO_UPPER = graphql(`
  mutation CongressToUpper($input: MarkCongressDelegatesToUpperInput!) {
    markCongressDelegatesToUpper(input: $input) {
      id
      version
    }
  }
`);

const LIST = graphql(`
  query CongressList($planId: ID!, $filter: CongressFilterInput) {
    congresses(planId: $planId, filter: $filter, first: 50) {
      totalCount
      edges {
        node {
          id
          name
          level
        }
      }
    }
  }
`);

const GET = graphql(`
  query CongressGet($id: ID!, $fromBelow: Boolean) {
    congress(id: $id) {
      id
      name
      version
      status
      canManage
      hostUnit {
        id
        name
      }
      upperCongress {
        id
        name
        level
        windowLabel
        canOpen
        hostUnit {
          name
          canOpen
        }
      }
      delegateCount
      delegates(first: 50) {
        totalCount
        edges {
          node {
            personId
            fullName
            title
            sector
            directWorker
            toUpper
            position
            unit {
              id
            }
            person {
              sex
              dateOfBirth
              ethnicity
            }
          }
        }
      }
      delegatesFromBelow(first: 50) {
        totalCount
        edges {
          node {
            personId
            fullName
            congress {
              id
              name
              canOpen
              hostUnit {
                name
              }
            }
          }
        }
      }
      balance(includeFromBelow: $fromBelow) {
        total
        onDate
        met
        summary
        lines {
          criterion
          sector
          actual
          unknown
          requiredCount
          met
          missing
          explanation
        }
      }
    }
  }
`);

const PERSON = `mutation($input: CreatePersonInput!) { createPerson(input: $input) { id } }`;

interface PersonSpec {
  fullName: string;
  sex: 'MALE' | 'FEMALE';
  dateOfBirth?: string | null;
  ethnicity?: string | null;
  religion?: string | null;
  partyMember: boolean;
  staffCategory: string;
}

describe('congresses of an issued plan (issue 10, Thái Bình)', () => {
  let t: TestApp;
  let province: UnitEntity;
  let communeA: UnitEntity;
  let communeB: UnitEntity;
  let provOfficer: GqlClient;
  let provLeader: GqlClient;
  let officerA: GqlClient;
  let officerB: GqlClient;
  let campaignReader: GqlClient;
  let root: GqlClient;
  let planId: string;
  let draftPlanId: string;
  let uid: string;
  const people: Record<string, string> = {};

  const person = async (client: GqlClient, unit: UnitEntity, key: string, p: PersonSpec) => {
    const { createPerson } = await client.ok(PERSON, {
      input: {
        fullName: p.fullName,
        sex: p.sex,
        dateOfBirth: p.dateOfBirth ?? null,
        ethnicity: p.ethnicity ?? null,
        religion: p.religion ?? null,
        partyMember: p.partyMember,
        position: {
          unitId: unit.id,
          title: 'Chuyên viên',
          startedOn: '2020-01-01',
          staffCategory: p.staffCategory,
        },
      },
    });
    people[key] = createPerson.id;
  };

  const fields = (name: string) => ({
    name,
    windowFrom: '2025-01-01',
    windowTo: '2025-03-31',
  });

  let provinceCongress: { id: string; version: number };
  let communeCongress: { id: string; version: number };

  const download = async (client: GqlClient, path: string) => {
    const res = await fetch(`${t.baseUrl}${path}`, {
      headers: { cookie: client.sessionCookie ?? '' },
    });
    return { res, buffer: Buffer.from(await res.arrayBuffer()) };
  };

  const sheetRows = async (buffer: Buffer): Promise<string[][]> => {
    const wb = new Workbook();
    await wb.xlsx.load(buffer as unknown as Parameters<typeof wb.xlsx.load>[0]);
    const rows: string[][] = [];
    wb.worksheets[0]?.eachRow((row) => {
      // Array.from: blank cells are holes in `row.values`, read as ''
      rows.push(
        Array.from((row.values as unknown[]).slice(1), (v) =>
          v instanceof Date
            ? v.toISOString().slice(0, 10)
            : v === null || v === undefined
              ? ''
              : String(v),
        ),
      );
    });
    return rows;
  };

  beforeAll(async () => {
    t = await startTestApp();
    uid = t.uid();
    province = await t.unit(`Tỉnh Đại Hội ${uid}`);
    communeA = await t.unit(`Xã An Bình ${uid}`, province, 'COMMUNE');
    communeB = await t.unit(`Xã Bình Minh ${uid}`, province, 'COMMUNE');
    // the ký hiệu needs the issuer's short name (a test shortcut: the org API sets it too)
    const abbr = `TB${uid
      .replace(/[^A-Za-z0-9]/g, '')
      .slice(-6)
      .toUpperCase()}`;
    await t.db.query(`UPDATE units SET short_name = $1 WHERE id = $2`, [abbr, province.id]);
    provOfficer = await t.loggedIn(
      (await t.user({ unit: province, role: 'TDKT_OFFICER' })).username,
    );
    provLeader = await t.loggedIn((await t.user({ unit: province, role: 'LEADER' })).username);
    officerA = await t.loggedIn((await t.user({ unit: communeA, role: 'TDKT_OFFICER' })).username);
    officerB = await t.loggedIn((await t.user({ unit: communeB, role: 'TDKT_OFFICER' })).username);

    // a reader of campaigns who may not read people (a custom role with CAMPAIGN_READ alone)
    root = await t.loggedIn(
      (await t.user({ unit: province, role: 'SYSTEM_ADMIN', scope: null })).username,
    );
    const { createRole } = await root.ok(
      `mutation($input: CreateRoleInput!) { createRole(input: $input) { id } }`,
      {
        input: {
          code: `DOC_KH_${uid.toUpperCase().replace(/[^A-Z0-9]/g, '')}`,
          name: `Đọc kế hoạch ${uid}`,
          permissions: ['CAMPAIGN_READ'],
        },
      },
    );
    const readerUser = await t.user({ unit: province });
    await root.ok(`mutation($input: GrantRoleInput!) { grantRole(input: $input) { id } }`, {
      input: { userId: readerUser.id, roleId: createRole.id, unitId: province.id },
    });
    campaignReader = await t.loggedIn(readerUser.username);

    planId = (
      await issueTestPlan(
        provOfficer,
        provLeader,
        bacKanDraft(province.id, `Đại hội TĐYN ${uid}`, []),
      )
    ).id;
    draftPlanId = (
      await provOfficer.ok(
        `mutation($input: CreateCampaignPlanInput!) { createCampaignPlan(input: $input) { id } }`,
        { input: bacKanDraft(province.id, `Dự thảo ${uid}`, []) },
      )
    ).createCampaignPlan.id;

    // the commune's people, with the attributes the balance reads (congress day: 31/03/2025)
    await person(officerA, communeA, 'hoa', {
      fullName: `Lò Thị Hoa ${uid}`,
      sex: 'FEMALE',
      dateOfBirth: '1995-05-01',
      ethnicity: 'Tày',
      religion: 'Không',
      partyMember: true,
      staffCategory: 'CIVIL_SERVANT',
    });
    await person(officerA, communeA, 'lan', {
      fullName: `Trần Thị Lan ${uid}`,
      sex: 'FEMALE',
      dateOfBirth: '1970-01-01',
      ethnicity: 'Kinh',
      religion: 'Công giáo',
      partyMember: false,
      staffCategory: 'WORKER',
    });
    await person(officerA, communeA, 'binh', {
      fullName: `Nguyễn Văn Bình ${uid}`,
      sex: 'MALE',
      dateOfBirth: null,
      ethnicity: 'Kinh',
      partyMember: true,
      staffCategory: 'CIVIL_SERVANT',
    });
    await person(officerA, communeA, 'cuong', {
      fullName: `Phạm Văn Cường ${uid}`,
      sex: 'MALE',
      dateOfBirth: '1992-06-01',
      ethnicity: 'Kinh',
      religion: 'Không',
      partyMember: false,
      staffCategory: 'PUBLIC_EMPLOYEE',
    });
    await person(officerA, communeA, 'dung', {
      fullName: `Đỗ Văn Dũng ${uid}`,
      sex: 'MALE',
      dateOfBirth: '1960-02-02',
      ethnicity: 'Kinh',
      religion: 'Không',
      partyMember: true,
      staffCategory: 'OFFICER',
    });
    await person(officerB, communeB, 'other', {
      fullName: `Hà Văn Khác ${uid}`,
      sex: 'MALE',
      partyMember: false,
      staffCategory: 'CIVIL_SERVANT',
    });
    await person(provOfficer, province, 'mai', {
      fullName: `Vũ Thị Mai ${uid}`,
      sex: 'FEMALE',
      dateOfBirth: '1985-09-09',
      ethnicity: 'Mường',
      partyMember: true,
      staffCategory: 'CIVIL_SERVANT',
    });
  });
  afterAll(() => t.close());

  it('holds a commune hội nghị and the province Đại hội under one issued plan, each seen in its scope', async () => {
    const { createCongress: prov } = await provOfficer.ok(CREATE, {
      input: {
        planId,
        unitId: province.id,
        level: 'PROVINCE',
        form: 'PATRIOTIC_CONGRESS',
        name: `Đại hội Thi đua yêu nước tỉnh lần thứ VIII ${uid}`,
        windowFrom: '2025-07-01',
        windowTo: '2025-09-30',
        requirements: [{ criterion: 'FEMALE', minShare: 30 }],
      },
    });
    expect(prov).toMatchObject({
      level: 'PROVINCE',
      status: 'PLANNED',
      version: 1,
      windowLabel: 'Quý III năm 2025',
      delegateTarget: null,
      planSymbol: expect.stringMatching(/^01\/KH-TB/),
    });
    // the seed's nine items, flag salute first
    expect(prov.agenda).toHaveLength(9);
    expect(prov.agenda[0]).toBe('Chào cờ');
    expect(prov.agenda[7]).toBe('Thông qua danh sách đại biểu tham dự Đại hội cấp trên');
    provinceCongress = prov;

    // the commune sends delegates to the province's congress, which it cannot open
    const { createCongress: commune } = await officerA.ok(CREATE, {
      input: {
        planId,
        unitId: communeA.id,
        level: 'COMMUNE',
        form: 'EXEMPLARS_CONFERENCE',
        ...fields(`Hội nghị tuyên dương điển hình tiên tiến xã An Bình ${uid}`),
        duration: '  1/2   ngày ',
        upperCongressId: prov.id,
        requirements: [
          { criterion: 'FEMALE', minShare: 50 },
          { criterion: 'YOUTH', minShare: 40 },
          { criterion: 'ETHNIC_MINORITY', minCount: 2 },
          { criterion: 'DIRECT_WORKER', minCount: 2 },
          { criterion: 'SECTOR', sectors: ['Giáo dục', 'Y tế'] },
        ],
      },
    });
    expect(commune).toMatchObject({
      level: 'COMMUNE',
      form: 'EXEMPLARS_CONFERENCE',
      windowLabel: 'Quý I năm 2025',
      duration: '1/2 ngày',
    });
    // a hội nghị opens without the flag salute
    expect(commune.agenda).toHaveLength(8);
    expect(commune.agenda[0]).toBe('Khai mạc');
    expect(commune.requirements[4]).toEqual({
      criterion: 'SECTOR',
      minShare: null,
      minCount: null,
      maxAge: null,
      sectors: ['Giáo dục', 'Y tế'],
    });
    communeCongress = commune;

    const names = async (client: GqlClient, filter = {}) =>
      (await client.ok(LIST, { planId, filter })).congresses.edges.map((e) => e.node.name);
    expect(await names(provOfficer)).toEqual([
      `Hội nghị tuyên dương điển hình tiên tiến xã An Bình ${uid}`,
      `Đại hội Thi đua yêu nước tỉnh lần thứ VIII ${uid}`,
    ]);
    expect(await names(provOfficer, { level: 'COMMUNE' })).toEqual([
      `Hội nghị tuyên dương điển hình tiên tiến xã An Bình ${uid}`,
    ]);
    expect(await names(provOfficer, { underUnitId: communeB.id })).toEqual([]);
    expect(await names(provOfficer, { search: 'dai hoi thi dua' })).toEqual([
      `Đại hội Thi đua yêu nước tỉnh lần thứ VIII ${uid}`,
    ]);
    expect(await names(officerA)).toEqual([
      `Hội nghị tuyên dương điển hình tiên tiến xã An Bình ${uid}`,
    ]);
    expect(await names(officerB)).toEqual([]);

    // the commune sees the province's congress by name only
    const seen = (await officerA.ok(GET, { id: commune.id })).congress;
    expect(seen.canManage).toBe(true);
    expect(seen.upperCongress).toMatchObject({
      id: prov.id,
      level: 'PROVINCE',
      windowLabel: 'Quý III năm 2025',
      canOpen: false,
      hostUnit: { name: province.name, canOpen: false },
    });
    expect((await officerA.fails(GET, { id: prov.id })).extensions?.code).toBe('NOT_FOUND');
  });

  it('takes delegates from the host’s people and computes the balance with exact explanations', async () => {
    const before = communeCongress.version;
    // a person of the sibling commune is refused, and nothing changes
    const outside = await officerA.fails(SET_DELEGATES, {
      input: {
        id: communeCongress.id,
        version: before,
        add: [{ personId: people['hoa'] as string }, { personId: people['other'] as string }],
      },
    });
    expect(outside.extensions?.fields).toEqual({
      'add.1.personId': ['Người này không công tác tại đơn vị tổ chức hoặc đơn vị trực thuộc.'],
    });

    const { setCongressDelegates: set } = await officerA.ok(SET_DELEGATES, {
      input: {
        id: communeCongress.id,
        version: before,
        add: [
          { personId: people['hoa'] as string, sector: 'Giáo dục' },
          { personId: people['lan'] as string, sector: 'giáo dục' },
          { personId: people['binh'] as string },
          { personId: people['cuong'] as string, sector: 'Nông nghiệp', directWorker: true },
          { personId: people['dung'] as string, sector: 'Quân sự' },
        ],
      },
    });
    expect(set).toMatchObject({ version: before + 1, delegateCount: 5 });
    communeCongress = set;

    const { congress } = await officerA.ok(GET, { id: communeCongress.id });
    expect(congress.delegates.edges.map((e) => [e.node.fullName, e.node.position])).toEqual([
      [`Lò Thị Hoa ${uid}`, 1],
      [`Trần Thị Lan ${uid}`, 2],
      [`Nguyễn Văn Bình ${uid}`, 3],
      [`Phạm Văn Cường ${uid}`, 4],
      [`Đỗ Văn Dũng ${uid}`, 5],
    ]);
    expect(congress.delegates.edges[0]?.node).toMatchObject({
      title: 'Chuyên viên',
      unit: { id: communeA.id },
      person: { sex: 'FEMALE', dateOfBirth: '1995-05-01', ethnicity: 'Tày' },
    });
    expect(congress.balance.onDate).toBe('2025-03-31');
    expect(congress.balance.lines.map((l) => l.explanation)).toEqual([
      'Đại biểu nữ: 2/5 (40,0%), yêu cầu tối thiểu 50% — còn thiếu 1 người.',
      'Đại biểu trẻ tuổi (không quá 35 tuổi): 2/5 (40,0%), yêu cầu tối thiểu 40% — đạt; 1 người chưa rõ ngày sinh.',
      'Đại biểu người dân tộc thiểu số: 1/5 (20,0%), yêu cầu tối thiểu 2 người — còn thiếu 1 người.',
      'Đại biểu là người lao động trực tiếp: 2/5 (40,0%), yêu cầu tối thiểu 2 người — đạt.',
      'Đại biểu ngành, lĩnh vực "Giáo dục": 2/5 (40,0%), yêu cầu tối thiểu 1 người — đạt; 1 người chưa rõ ngành, lĩnh vực.',
      'Đại biểu ngành, lĩnh vực "Y tế": 0/5 (0,0%), yêu cầu tối thiểu 1 người — còn thiếu 1 người; 1 người chưa rõ ngành, lĩnh vực.',
    ]);
    expect(congress.balance).toMatchObject({
      total: 5,
      met: false,
      summary:
        'Cơ cấu đại biểu chưa đạt 3/6 yêu cầu: Đại biểu nữ; Đại biểu người dân tộc thiểu số; Đại biểu ngành, lĩnh vực "Y tế".',
    });
    expect(congress.balance.lines[1]).toMatchObject({ actual: 2, unknown: 1, requiredCount: 2 });

    // a reader without PERSON_READ sees the names, not the personal data
    const restricted = (await campaignReader.ok(GET, { id: communeCongress.id })).congress;
    expect(restricted.delegates.edges.map((e) => e.node.person)).toEqual([
      null,
      null,
      null,
      null,
      null,
    ]);
    expect(restricted.canManage).toBe(false);
    // … and may not change anything
    expect(
      (
        await campaignReader.fails(SET_DELEGATES, {
          input: { id: communeCongress.id, version: communeCongress.version, remove: [] },
        })
      ).extensions?.code,
    ).toBe('FORBIDDEN');

    // moving a delegate out and back: the version moves on each change; a stale one is refused
    const { setCongressDelegates: removed } = await officerA.ok(SET_DELEGATES, {
      input: {
        id: communeCongress.id,
        version: communeCongress.version,
        remove: [people['dung'] as string],
      },
    });
    expect(removed).toMatchObject({ version: communeCongress.version + 1, delegateCount: 4 });
    const stale = await officerA.fails(SET_DELEGATES, {
      input: {
        id: communeCongress.id,
        version: communeCongress.version,
        add: [{ personId: people['dung'] as string }],
      },
    });
    expect(stale.extensions?.code).toBe('CONFLICT');
    communeCongress = removed;
  });

  it('marks the delegates to the level above, shown at the province Đại hội and exported', async () => {
    const { markCongressDelegatesToUpper: marked } = await officerA.ok(TO_UPPER, {
      input: {
        id: communeCongress.id,
        version: communeCongress.version,
        personIds: [people['hoa'] as string, people['cuong'] as string],
      },
    });
    expect(marked.version).toBe(communeCongress.version + 1);
    // held: its details are frozen, the list to the level above may still be passed
    const { holdCongress: held } = await officerA.ok(HOLD, {
      input: {
        id: communeCongress.id,
        version: marked.version,
        heldOn: '2025-03-20',
        venue: 'Hội trường xã',
      },
    });
    expect(held).toMatchObject({ status: 'HELD', heldOn: '2025-03-20', venue: 'Hội trường xã' });
    communeCongress = held;
    const frozen = await officerA.fails(UPDATE, {
      input: {
        id: held.id,
        version: held.version,
        level: 'COMMUNE',
        form: 'EXEMPLARS_CONFERENCE',
        ...fields(`Đổi tên ${uid}`),
      },
    });
    expect(frozen.extensions?.code).toBe('READ_ONLY');
    expect(frozen.message).toBe('Đại hội, hội nghị đã tổ chức: không sửa, xóa được.');
    expect(
      (
        await officerA.fails(SET_DELEGATES, {
          input: { id: held.id, version: held.version, remove: [people['lan'] as string] },
        })
      ).extensions?.code,
    ).toBe('READ_ONLY');

    // the province's own delegate
    await provOfficer.ok(SET_DELEGATES, {
      input: {
        id: provinceCongress.id,
        version: provinceCongress.version,
        add: [{ personId: people['mai'] as string, sector: 'Y tế' }],
      },
    });
    const { congress: prov } = await provLeader.ok(GET, {
      id: provinceCongress.id,
      fromBelow: true,
    });
    expect(prov.delegatesFromBelow.totalCount).toBe(2);
    expect(prov.delegatesFromBelow.edges.map((e) => e.node.fullName)).toEqual([
      `Lò Thị Hoa ${uid}`,
      `Phạm Văn Cường ${uid}`,
    ]);
    expect(prov.delegatesFromBelow.edges[0]?.node.congress).toMatchObject({
      id: communeCongress.id,
      canOpen: true,
      hostUnit: { name: communeA.name },
    });
    // the province's balance with those sent from below: Mai and Hoa of three are women
    expect(prov.balance).toMatchObject({ total: 3, met: true, onDate: '2025-09-30' });
    expect(prov.balance.lines[0]?.explanation).toBe(
      'Đại biểu nữ: 2/3 (66,7%), yêu cầu tối thiểu 30% — đạt.',
    );
    const own = (await provLeader.ok(GET, { id: provinceCongress.id })).congress.balance;
    expect(own.total).toBe(1);

    // the commune's list to the level above, as a file; personal columns only for PERSON_READ
    const file = await download(
      officerA,
      `/api/exports/congress-delegates.xlsx?congressId=${communeCongress.id}`,
    );
    expect(file.res.status).toBe(200);
    const rows = await sheetRows(file.buffer);
    expect(rows[0]?.[0]).toBe('DANH SÁCH ĐẠI BIỂU THAM DỰ ĐẠI HỘI CẤP TRÊN');
    expect(rows[1]?.slice(0, 5)).toEqual(['STT', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Dân tộc']);
    expect(rows.slice(2).map((r) => r.slice(0, 5))).toEqual([
      ['1', `Lò Thị Hoa ${uid}`, 'Nữ', '1995-05-01', 'Tày'],
      ['2', `Phạm Văn Cường ${uid}`, 'Nam', '1992-06-01', 'Kinh'],
    ]);
    // the province's file of those sent up, for a reader without PERSON_READ: no personal data
    const fromBelow = await sheetRows(
      (
        await download(
          campaignReader,
          `/api/exports/congress-delegates.xlsx?congressId=${provinceCongress.id}&fromBelow=true`,
        )
      ).buffer,
    );
    expect(fromBelow.slice(2).map((r) => [r[1], r[2], r[3]])).toEqual([
      [`Lò Thị Hoa ${uid}`, '', ''],
      [`Phạm Văn Cường ${uid}`, '', ''],
    ]);
    expect(fromBelow[2]?.[11]).toBe(`Hội nghị tuyên dương điển hình tiên tiến xã An Bình ${uid}`);
    // a sibling commune gets NOT_FOUND for the file too
    const denied = await download(
      officerB,
      `/api/exports/congress-delegates.xlsx?congressId=${communeCongress.id}`,
    );
    expect(denied.res.status).toBe(404);
    expect(JSON.parse(denied.buffer.toString()).code).toBe('NOT_FOUND');
  });

  it('refuses: a plan not issued, a sibling commune (NOT_FOUND), a wrong upper level, stale versions', async () => {
    const draft = await officerA.fails(CREATE, {
      input: {
        planId: draftPlanId,
        unitId: communeA.id,
        level: 'COMMUNE',
        form: 'GOOD_DEEDS_CONFERENCE',
        ...fields(`Theo dự thảo ${uid}`),
      },
    });
    expect(draft.extensions?.fields).toEqual({
      planId: ['Kế hoạch chưa ban hành: chỉ tổ chức đại hội, hội nghị theo kế hoạch đã ban hành.'],
    });
    // another province's plan does not exist for the commune
    const elsewhere = await t.unit(`Tỉnh Khác ${uid}`);
    await t.db.query(`UPDATE units SET short_name = $1 WHERE id = $2`, [
      `KH${uid
        .replace(/[^A-Za-z0-9]/g, '')
        .slice(-6)
        .toUpperCase()}`,
      elsewhere.id,
    ]);
    const otherOfficer = await t.loggedIn(
      (await t.user({ unit: elsewhere, role: 'TDKT_OFFICER' })).username,
    );
    const otherLeader = await t.loggedIn(
      (await t.user({ unit: elsewhere, role: 'LEADER' })).username,
    );
    const foreignPlan = await issueTestPlan(
      otherOfficer,
      otherLeader,
      bacKanDraft(elsewhere.id, `Tỉnh khác ${uid}`, []),
    );
    const foreign = await officerA.fails(CREATE, {
      input: {
        planId: foreignPlan.id,
        unitId: communeA.id,
        level: 'COMMUNE',
        form: 'GOOD_DEEDS_CONFERENCE',
        ...fields(`Kế hoạch lạ ${uid}`),
      },
    });
    expect(foreign.extensions?.fields).toEqual({ planId: ['Kế hoạch không tồn tại.'] });

    // the upper congress must be of a higher level, and must be reachable
    const level = await provOfficer.fails(CREATE, {
      input: {
        planId,
        unitId: province.id,
        level: 'PROVINCE',
        form: 'PATRIOTIC_CONGRESS',
        ...fields(`Cùng cấp ${uid}`),
        upperCongressId: provinceCongress.id,
      },
    });
    expect(level.extensions?.fields).toEqual({
      upperCongressId: [
        `Đại hội cấp trên phải ở cấp cao hơn: "Đại hội Thi đua yêu nước tỉnh lần thứ VIII ${uid}" là cấp tỉnh.`,
      ],
    });
    const { createCongress: siblingOwn } = await officerB.ok(CREATE, {
      input: {
        planId,
        unitId: communeB.id,
        level: 'COMMUNE',
        form: 'GOOD_DEEDS_CONFERENCE',
        ...fields(`Hội nghị biểu dương người tốt, việc tốt xã Bình Minh ${uid}`),
      },
    });
    const badRequirement = await officerB.fails(CREATE, {
      input: {
        planId,
        unitId: communeB.id,
        level: 'COMMUNE',
        form: 'GOOD_DEEDS_CONFERENCE',
        ...fields(`Yêu cầu sai ${uid}`),
        requirements: [{ criterion: 'FEMALE', minShare: 30, maxAge: 30 }],
      },
    });
    expect(badRequirement.extensions?.fields).toEqual({
      'requirements.0.maxAge': ['Độ tuổi tối đa chỉ dùng cho tiêu chí đại biểu trẻ tuổi.'],
    });
    const unreachable = await officerB.fails(UPDATE, {
      input: {
        id: siblingOwn.id,
        version: siblingOwn.version,
        level: 'COMMUNE',
        form: 'GOOD_DEEDS_CONFERENCE',
        ...fields(`Hội nghị biểu dương người tốt, việc tốt xã Bình Minh ${uid}`),
        upperCongressId: communeCongress.id,
      },
    });
    expect(unreachable.extensions?.fields).toEqual({
      upperCongressId: ['Đại hội cấp trên không tồn tại.'],
    });

    // the sibling commune: commune A's congress does not exist for it, whatever it asks
    for (const denied of [
      await officerB.fails(GET, { id: communeCongress.id }),
      await officerB.fails(TO_UPPER, {
        input: {
          id: communeCongress.id,
          version: communeCongress.version,
          personIds: [people['lan'] as string],
        },
      }),
      await officerB.fails(DELETE, {
        input: { id: communeCongress.id, version: communeCongress.version },
      }),
    ]) {
      expect(denied.extensions?.code).toBe('NOT_FOUND');
      expect(denied.message).not.toContain('An Bình');
    }
    // nor may it hold one for commune A
    const hostElsewhere = await officerB.fails(CREATE, {
      input: {
        planId,
        unitId: communeA.id,
        level: 'COMMUNE',
        form: 'GOOD_DEEDS_CONFERENCE',
        ...fields(`Trái phép ${uid}`),
      },
    });
    expect(hostElsewhere.extensions?.fields).toEqual({ unitId: ['Đơn vị không tồn tại.'] });

    // a stale version, then the current one: the congress is deleted
    const { updateCongress: edited } = await officerB.ok(UPDATE, {
      input: {
        id: siblingOwn.id,
        version: siblingOwn.version,
        level: 'COMMUNE',
        form: 'GOOD_DEEDS_CONFERENCE',
        ...fields(`Hội nghị biểu dương người tốt, việc tốt xã Bình Minh ${uid}`),
        venue: 'Nhà văn hóa xã',
      },
    });
    expect(edited).toMatchObject({ version: 2, venue: 'Nhà văn hóa xã' });
    const staleDelete = await officerB.fails(DELETE, { input: { id: edited.id, version: 1 } });
    expect(staleDelete.extensions?.code).toBe('CONFLICT');
    expect(await officerB.ok(DELETE, { input: { id: edited.id, version: 2 } })).toEqual({
      deleteCongress: edited.id,
    });
    // the province's congress, with a commune sending delegates to it, is not deleted
    const linked = await provOfficer.fails(DELETE, {
      input: {
        id: provinceCongress.id,
        version: (await provOfficer.ok(GET, { id: provinceCongress.id })).congress.version,
      },
    });
    expect(linked.message).toContain('gửi đại biểu lên');
  });

  it('follows a merge: a planned congress moves to the target, the paths of the subtree follow', async () => {
    const x = await t.unit(`Xã Sáp Nhập ${uid}`, province, 'COMMUNE');
    const y = await t.unit(`Xã Tiếp Nhận ${uid}`, province, 'COMMUNE');
    const school = await t.unit(`Trường Tiểu học ${uid}`, x, 'PUBLIC_SERVICE');
    const { createCongress: atX } = await provOfficer.ok(CREATE, {
      input: {
        planId,
        unitId: x.id,
        level: 'COMMUNE',
        form: 'EXEMPLARS_CONFERENCE',
        ...fields(`Hội nghị xã sáp nhập ${uid}`),
      },
    });
    const { createCongress: atSchool } = await provOfficer.ok(CREATE, {
      input: {
        planId,
        unitId: school.id,
        level: 'AGENCY',
        form: 'GOOD_WORKERS_CONFERENCE',
        ...fields(`Hội nghị trường ${uid}`),
      },
    });
    await root.ok(
      `mutation($input: MergeUnitsInput!) { mergeUnits(input: $input) { results { id } } }`,
      {
        input: {
          sourceUnitIds: [x.id],
          targetUnitId: y.id,
          effectiveDate: '2025-07-01',
          legalBasis: { number: `${uid}/NQ-UBTVQH15`, date: '2025-06-16' },
        },
      },
    );
    const moved = (await provOfficer.ok(GET, { id: atX.id })).congress;
    expect(moved).toMatchObject({ version: atX.version + 1, hostUnit: { id: y.id } });
    // the school moved under the target with the merge: its congress is found under the target
    const underY = await provOfficer.ok(LIST, { planId, filter: { underUnitId: y.id } });
    expect(underY.congresses.edges.map((e) => e.node.id).sort()).toEqual(
      [atX.id, atSchool.id].sort(),
    );
    const [row] = await t.db.query(
      `SELECT operation, unit_id FROM audit_log WHERE entity_id = $1 AND operation = 'congress.restructure'`,
      [atX.id],
    );
    expect(row).toEqual({ operation: 'congress.restructure', unit_id: y.id });
  });
});
