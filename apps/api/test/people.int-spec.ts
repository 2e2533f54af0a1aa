import { todayInVietnam } from '@thidua/shared-domain';
import { Actor } from '../src/core/auth/actor';
import { systemContext } from '../src/core/context/request-context';
import { TransactionRunner } from '../src/core/database/transaction';
import { RestructuringService } from '../src/modules/org/restructuring.service';
import type { UnitEntity } from '../src/modules/org/unit.entity';
import { PEOPLE_LIST_PLAN } from '../src/modules/people/people.service';
import { PersonEntity, PositionEntity } from '../src/modules/people/person.entity';
import type { GqlClient } from './setup/gql-client';
import { startTestApp, type TestApp } from './setup/test-app';

const POSITION = `id title startedOn endedOn isLeader staffCategory unit { id name }`;
const PERSON = `id code fullName sex dateOfBirth ethnicity religion hometown partyMember partyJoinedOn note version
  positions { ${POSITION} } currentPositions { ${POSITION} }`;
const CREATE = `mutation($input: CreatePersonInput!) { createPerson(input: $input) { ${PERSON} } }`;
const UPDATE = `mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { ${PERSON} } }`;
const GET = `query($id: ID!) { person(id: $id) { ${PERSON} } }`;
const ADD = `mutation($input: AddPositionInput!) { addPosition(input: $input) { ${POSITION} } }`;
const END = `mutation($input: EndPositionInput!) { endPosition(input: $input) { ${POSITION} } }`;
const TRANSFER = `mutation($input: TransferPersonInput!) { transferPerson(input: $input) { ${PERSON} } }`;
const LIST = `query($first: Int, $after: String, $search: String, $unitId: ID, $includeDescendants: Boolean, $sex: Sex,
    $partyMember: Boolean, $staffCategory: StaffCategory, $includeFormer: Boolean) {
  people(first: $first, after: $after, search: $search, unitId: $unitId, includeDescendants: $includeDescendants, sex: $sex,
         partyMember: $partyMember, staffCategory: $staffCategory, includeFormer: $includeFormer) {
    totalCount totalCountCapped pageInfo { hasNextPage endCursor } edges { cursor node { id code fullName } }
  }
}`;

interface PersonNode {
  id: string;
  code: string | null;
  fullName: string;
  version: number;
  positions: {
    id: string;
    title: string;
    startedOn: string;
    endedOn: string | null;
    unit: { id: string };
  }[];
  currentPositions: { id: string; unit: { id: string } }[];
}

const names = (list: { edges: { node: { fullName: string } }[] }) =>
  list.edges.map((e) => e.node.fullName);

describe('people', () => {
  let t: TestApp;
  let province: UnitEntity;
  let communeA: UnitEntity;
  let communeB: UnitEntity;
  let admin: GqlClient;
  let officerA: GqlClient;
  const ctx = systemContext(Actor.system('Kiểm thử nhân sự'));

  const position = (unit: UnitEntity, extra: Record<string, unknown> = {}) => ({
    unitId: unit.id,
    title: 'Chuyên viên',
    startedOn: '2021-03-01',
    staffCategory: 'CIVIL_SERVANT',
    ...extra,
  });

  const create = async (client: GqlClient, input: Record<string, unknown>): Promise<PersonNode> =>
    (await client.ok(CREATE, { input: { sex: 'MALE', ...input } })).createPerson;

  beforeAll(async () => {
    t = await startTestApp();
    province = await t.unit('Tỉnh Nhân Sự');
    communeA = await t.unit('Xã Nhân Sự A', province, 'COMMUNE');
    communeB = await t.unit('Xã Nhân Sự B', province, 'COMMUNE');
    const root = await t.user({ unit: province, role: 'SYSTEM_ADMIN', scope: null });
    const officer = await t.user({ unit: communeA, role: 'TDKT_OFFICER' });
    admin = await t.loggedIn(root.username);
    officerA = await t.loggedIn(officer.username);
  });
  afterAll(() => t.close());

  it('creates a person with a first position, and audits it', async () => {
    const code = `NS-${t.uid()}`;
    const p = await create(admin, {
      code,
      fullName: '  Lê   Thị Hoa ',
      sex: 'FEMALE',
      dateOfBirth: '1990-05-02',
      ethnicity: 'Tày',
      partyMember: true,
      partyJoinedOn: '2015-09-01',
      position: position(communeA, { title: 'Phó Chủ tịch', isLeader: true }),
    });
    expect(p).toMatchObject({
      code,
      fullName: 'Lê Thị Hoa',
      sex: 'FEMALE',
      dateOfBirth: '1990-05-02',
      ethnicity: 'Tày',
      religion: null,
      partyMember: true,
      version: 1,
    });
    expect(p.positions).toEqual([
      expect.objectContaining({
        title: 'Phó Chủ tịch',
        startedOn: '2021-03-01',
        endedOn: null,
        isLeader: true,
        unit: { id: communeA.id, name: communeA.name },
      }),
    ]);
    expect(p.currentPositions.map((x) => x.id)).toEqual([p.positions[0]!.id]);
    const got = (await admin.ok(GET, { id: p.id })).person;
    expect(got).toEqual(p);
    const ops = await t.db.query(
      `SELECT operation FROM audit_log WHERE entity_id IN ($1, $2) ORDER BY created_at`,
      [p.id, p.positions[0]!.id],
    );
    expect(ops.map((r: { operation: string }) => r.operation).sort()).toEqual([
      'person.create',
      'position.create',
    ]);
    // the unit counts its current staff
    const { unit } = await admin.ok(`query($id: ID!) { unit(id: $id) { peopleCount } }`, {
      id: communeA.id,
    });
    expect(unit.peopleCount).toBeGreaterThanOrEqual(1);
  });

  it('updates with the version and refuses a stale one (CONFLICT), changing nothing', async () => {
    const p = await create(admin, {
      fullName: 'Phạm Văn Sửa',
      code: `S-${t.uid()}`,
      position: position(communeA),
    });
    const base = { id: p.id, fullName: 'Phạm Văn Sửa', sex: 'MALE', partyMember: false };
    const first = (
      await admin.ok(UPDATE, {
        input: { ...base, version: p.version, fullName: 'Phạm Văn Đã Sửa', hometown: 'Bến Tre' },
      })
    ).updatePerson;
    expect(first).toMatchObject({
      fullName: 'Phạm Văn Đã Sửa',
      hometown: 'Bến Tre',
      version: p.version + 1,
      code: p.code,
    });
    const stale = await admin.fails(UPDATE, {
      input: { ...base, version: p.version, fullName: 'Ghi đè' },
    });
    expect(stale.extensions).toMatchObject({ code: 'CONFLICT', entityType: 'Person', id: p.id });
    expect(stale.message).toContain('Phạm Văn Đã Sửa');
    const saved = await t.db.getRepository(PersonEntity).findOneByOrFail({ id: p.id });
    expect(saved).toMatchObject({ fullName: 'Phạm Văn Đã Sửa', version: p.version + 1 });
    // only changed fields are audited; code can be cleared explicitly
    const [audit] = await t.db.query(
      `SELECT changes FROM audit_log WHERE entity_id = $1 AND operation = 'person.update'`,
      [p.id],
    );
    expect(audit.changes.map((c: { field: string }) => c.field).sort()).toEqual([
      'fullName',
      'hometown',
    ]);
    const cleared = (
      await admin.ok(UPDATE, {
        input: {
          ...base,
          version: first.version,
          fullName: first.fullName,
          hometown: 'Bến Tre',
          code: null,
        },
      })
    ).updatePerson;
    expect(cleared).toMatchObject({ code: null, version: first.version + 1 });
    // saving without changes writes nothing
    const same = (
      await admin.ok(UPDATE, {
        input: { ...base, version: cleared.version, fullName: first.fullName, hometown: 'Bến Tre' },
      })
    ).updatePerson;
    expect(same.version).toBe(cleared.version);
  });

  it('reports invalid input in Vietnamese per field and creates nothing', async () => {
    const fullName = `Không Hợp Lệ ${t.uid()}`;
    const err = await admin.fails(CREATE, {
      input: {
        fullName,
        sex: 'MALE',
        dateOfBirth: '2999-01-01',
        partyJoinedOn: '2010-01-01',
        position: position(communeA),
      },
    });
    expect(err.extensions?.code).toBe('BAD_USER_INPUT');
    expect(err.extensions?.fields).toEqual({
      dateOfBirth: ['Ngày sinh không được sau ngày hôm nay.'],
      partyJoinedOn: ['Chỉ nhập ngày vào Đảng khi là đảng viên.'],
    });
    const blank = await admin.fails(CREATE, {
      input: {
        fullName: '   ',
        sex: 'MALE',
        code: 'có dấu cách',
        position: { ...position(communeA), title: '' },
      },
    });
    expect(blank.extensions?.fields).toMatchObject({
      fullName: ['Họ và tên không được để trống.'],
      code: [expect.stringMatching(/^Mã nhân sự chỉ gồm/)],
      'position.title': ['Chức vụ không được để trống.'],
    });
    const code = `TRUNG-${t.uid()}`;
    await create(admin, { fullName: 'Người Có Mã', code, position: position(communeA) });
    const dup = await admin.fails(CREATE, {
      input: { fullName, sex: 'MALE', code: code.toLowerCase(), position: position(communeA) },
    });
    expect(dup.extensions?.fields).toEqual({
      code: [`Mã nhân sự "${code.toLowerCase()}" đã được sử dụng.`],
    });
    expect(await t.db.getRepository(PersonEntity).countBy({ fullName })).toBe(0);
  });

  it('adds, ends and transfers positions without duplicating the person', async () => {
    const fullName = `Võ Văn Chuyển ${t.uid()}`;
    const p = await create(admin, { fullName, code: `C-${t.uid()}`, position: position(communeA) });
    const first = p.positions[0]!;
    const dup = await admin.fails(ADD, {
      input: { personId: p.id, position: position(communeA, { startedOn: '2022-01-01' }) },
    });
    expect(dup.extensions?.fields?.['position.title']?.[0]).toMatch(
      /đang giữ chức vụ "Chuyên viên"/,
    );
    const second = (
      await admin.ok(ADD, {
        input: {
          personId: p.id,
          position: position(communeB, { title: 'Kiêm nhiệm', startedOn: '2022-01-01' }),
        },
      })
    ).addPosition;
    const badEnd = await admin.fails(END, {
      input: { positionId: second.id, endedOn: '2021-12-31' },
    });
    expect(badEnd.extensions?.fields).toEqual({
      endedOn: ['Ngày kết thúc phải sau ngày bắt đầu (01/01/2022).'],
    });
    const ended = (await admin.ok(END, { input: { positionId: second.id, endedOn: '2023-01-01' } }))
      .endPosition;
    expect(ended).toMatchObject({ endedOn: '2023-01-01' });

    const moved = (
      await admin.ok(TRANSFER, {
        input: {
          personId: p.id,
          fromPositionId: first.id,
          position: position(communeB, { title: 'Công chức văn phòng', startedOn: '2024-07-01' }),
        },
      })
    ).transferPerson as PersonNode;
    expect(moved.id).toBe(p.id);
    expect(moved.positions.map((x) => [x.unit.id, x.startedOn, x.endedOn])).toEqual([
      [communeB.id, '2024-07-01', null],
      [communeB.id, '2022-01-01', '2023-01-01'],
      [communeA.id, '2021-03-01', '2024-07-01'],
    ]);
    expect(moved.currentPositions.map((x) => x.unit.id)).toEqual([communeB.id]);
    expect(await t.db.getRepository(PersonEntity).countBy({ fullName })).toBe(1);
    // a transfer date not after the current start is refused
    const early = await admin.fails(TRANSFER, {
      input: {
        personId: p.id,
        fromPositionId: moved.positions[0]!.id,
        position: position(communeA, { startedOn: '2024-07-01' }),
      },
    });
    expect(early.extensions?.fields?.['position.startedOn']?.[0]).toMatch(
      /Ngày điều chuyển phải sau/,
    );
  });

  it('filters by unit, subtree, former staff, sex, party membership and staff category', async () => {
    const commune = await t.unit(`Xã Lọc ${t.uid()}`, province, 'COMMUNE');
    const hamlet = await t.unit('Thôn Lọc', commune, 'HAMLET');
    const a = await create(admin, {
      fullName: 'Lọc Một',
      sex: 'FEMALE',
      partyMember: true,
      position: position(commune),
    });
    const b = await create(admin, {
      fullName: 'Lọc Hai',
      position: position(hamlet, { staffCategory: 'WORKER' }),
    });
    const c = await create(admin, { fullName: 'Lọc Ba', position: position(commune) });
    await admin.ok(END, { input: { positionId: c.positions[0]!.id, endedOn: '2022-01-01' } });

    const list = async (vars: Record<string, unknown>) =>
      names((await admin.ok(LIST, { first: 50, unitId: commune.id, ...vars })).people).sort();
    await expectSameUnderBothPlans(async () => {
      await expectFilters(list);
      // the commune's officer: the scope filter takes the same two shapes
      const officer = await t.loggedIn(
        (await t.user({ unit: commune, role: 'TDKT_OFFICER' })).username,
      );
      const own = async (vars: Record<string, unknown>) =>
        names((await officer.ok(LIST, { first: 50, ...vars })).people).sort();
      expect(await own({})).toEqual(['Lọc Hai', 'Lọc Một']);
      expect(await own({ includeFormer: true })).toEqual(['Lọc Ba', 'Lọc Hai', 'Lọc Một']);
      expect(await own({ staffCategory: 'WORKER' })).toEqual(['Lọc Hai']);
    });
    expect([a.id, b.id, c.id]).toHaveLength(3);
  });

  /** Runs `check` with the people list reading a subtree's staff first, then people in list order. */
  async function expectSameUnderBothPlans(check: () => Promise<void>): Promise<void> {
    const saved = PEOPLE_LIST_PLAN.smallSubtree;
    try {
      for (const smallSubtree of [saved, 0]) {
        PEOPLE_LIST_PLAN.smallSubtree = smallSubtree;
        await check();
      }
    } finally {
      PEOPLE_LIST_PLAN.smallSubtree = saved;
    }
  }

  async function expectFilters(list: (vars: Record<string, unknown>) => Promise<string[]>) {
    expect(await list({})).toEqual(['Lọc Hai', 'Lọc Một']);
    expect(await list({ includeFormer: true })).toEqual(['Lọc Ba', 'Lọc Hai', 'Lọc Một']);
    // the SPA sends explicit nulls for filters it does not set: defaults apply
    expect(await list({ includeDescendants: null, includeFormer: null, sex: null })).toEqual([
      'Lọc Hai',
      'Lọc Một',
    ]);
    expect(await list({ includeDescendants: false })).toEqual(['Lọc Một']);
    expect(await list({ sex: 'FEMALE' })).toEqual(['Lọc Một']);
    expect(await list({ partyMember: false })).toEqual(['Lọc Hai']);
    expect(await list({ staffCategory: 'WORKER' })).toEqual(['Lọc Hai']);
  }

  it('searches accent-insensitively, by code too, ranked and paginated', async () => {
    const commune = await t.unit(`Xã Tìm ${t.uid()}`, province, 'COMMUNE');
    const code = `MS-${t.uid()}`;
    for (const fullName of [
      'Trần Nguyễn Văn Anh',
      'Nguyễn Văn An',
      'Nguyễn Văn A',
      'Nguyễn Thị Bình',
    ]) {
      await create(admin, { fullName, position: position(commune) });
    }
    await create(admin, { fullName: 'Đặng Quốc Mã', code, position: position(commune) });
    const search = async (s: string, first = 20, after?: string) =>
      (await admin.ok(LIST, { first, after, search: s, unitId: commune.id })).people;

    const found = await search('nguyen van a');
    expect(names(found)[0]).toBe('Nguyễn Văn A');
    expect(names(found).sort()).toEqual(['Nguyễn Văn A', 'Nguyễn Văn An', 'Trần Nguyễn Văn Anh']);
    expect(names(await search('VAN   nguyễn  a'))[0]).toBe('Nguyễn Văn A');
    expect(names(await search('binh'))).toEqual(['Nguyễn Thị Bình']);
    expect(names(await search(code.toLowerCase()))).toEqual(['Đặng Quốc Mã']);
    expect((await search('100%_x')).totalCount).toBe(0);
    // every word matches the start of a word: "ngu" begins Nguyễn, "uyen" is only inside it
    expect(names(await search('ngu van an')).sort()).toEqual([
      'Nguyễn Văn An',
      'Trần Nguyễn Văn Anh',
    ]);
    expect((await search('uyen')).totalCount).toBe(0);
    // a query with no letter or digit matches nothing (rather than everything)
    expect((await search('%% -- !')).totalCount).toBe(0);

    // pages of a ranked search: same order, no repeats, nothing lost
    const seen: string[] = [];
    let after: string | undefined;
    for (let i = 0; i < 5; i += 1) {
      const page = await search('nguyen', 1, after);
      expect(page.totalCount).toBe(4);
      seen.push(...names(page));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(4);
    expect(new Set(seen).size).toBe(4);
    // unranked pages, by name
    const p1 = (await admin.ok(LIST, { first: 2, unitId: commune.id })).people;
    const p2 = (
      await admin.ok(LIST, { first: 2, after: p1.pageInfo.endCursor, unitId: commune.id })
    ).people;
    const p3 = (
      await admin.ok(LIST, { first: 2, after: p2.pageInfo.endCursor, unitId: commune.id })
    ).people;
    expect(p1.totalCount).toBe(5);
    expect([...names(p1), ...names(p2), ...names(p3)]).toHaveLength(5);
    expect(p3.pageInfo.hasNextPage).toBe(false);
  });

  it('counts a long list up to 10 000 and says the count stopped there', async () => {
    const unit = await t.unit(`Xã Đông Dân ${t.uid()}`, province, 'COMMUNE');
    await t.db.query(
      `WITH p AS (
         INSERT INTO people (version, full_name, sex)
         SELECT 1, 'Người Đông Dân ' || lpad(i::text, 5, '0'), 'MALE' FROM generate_series(1, 10001) i
         RETURNING id)
       INSERT INTO positions (person_id, unit_id, title, started_on, staff_category)
       SELECT id, $1, 'Nhân viên', '2020-01-01', 'WORKER' FROM p`,
      [unit.id],
    );
    const officer = await t.loggedIn((await t.user({ unit, role: 'TDKT_OFFICER' })).username);
    await expectSameUnderBothPlans(async () => {
      for (const [client, vars] of [
        [admin, { unitId: unit.id }],
        [officer, {}],
      ] as const) {
        const { people } = await client.ok(LIST, { first: 3, ...vars });
        expect(people).toMatchObject({
          totalCount: 10_000,
          totalCountCapped: true,
          pageInfo: { hasNextPage: true },
        });
        expect(names(people)).toEqual([
          'Người Đông Dân 00001',
          'Người Đông Dân 00002',
          'Người Đông Dân 00003',
        ]);
      }
      // under the ceiling the count is exact: 00010…00019 (words match from their start)
      const some = (await officer.ok(LIST, { first: 50, search: 'dong dan 0001' })).people;
      expect(some).toMatchObject({ totalCount: 10, totalCountCapped: false });
      // and the other commune's officer sees none of them
      expect((await officerA.ok(LIST, { first: 5, search: 'dong dan' })).people.totalCount).toBe(0);
    });
  });

  it('keeps personal data within scope: another commune’s person is NOT_FOUND, unchanged', async () => {
    const other = await create(admin, {
      fullName: 'Người Xã B',
      code: `B-${t.uid()}`,
      position: position(communeB),
    });
    const own = await create(officerA, { fullName: 'Người Xã A', position: position(communeA) });
    expect((await officerA.fails(GET, { id: other.id })).extensions?.code).toBe('NOT_FOUND');
    const listed = names((await officerA.ok(LIST, { first: 100, includeFormer: true })).people);
    expect(listed).toContain('Người Xã A');
    // within the scope the officer manages their own people
    const edited = (
      await officerA.ok(UPDATE, {
        input: {
          id: own.id,
          version: own.version,
          fullName: 'Người Xã A',
          sex: 'FEMALE',
          partyMember: false,
        },
      })
    ).updatePerson;
    expect(edited).toMatchObject({ sex: 'FEMALE', version: own.version + 1 });
    expect(listed).not.toContain('Người Xã B');
    expect((await officerA.ok(LIST, { first: 100, search: other.code })).people.totalCount).toBe(0);
    // filtering on a unit outside the scope shows only people visible anyway (who once worked in A)
    expect(
      names((await officerA.ok(LIST, { first: 100, unitId: communeB.id })).people),
    ).not.toContain('Người Xã B');

    const edit = await officerA.fails(UPDATE, {
      input: {
        id: other.id,
        version: other.version,
        fullName: 'Sửa trái phép',
        sex: 'MALE',
        partyMember: false,
      },
    });
    expect(edit.extensions?.code).toBe('NOT_FOUND');
    expect(
      (await officerA.fails(ADD, { input: { personId: other.id, position: position(communeA) } }))
        .extensions?.code,
    ).toBe('NOT_FOUND');
    expect(
      (
        await officerA.fails(END, {
          input: { positionId: other.positions[0]!.id, endedOn: '2024-01-01' },
        })
      ).extensions?.code,
    ).toBe('NOT_FOUND');
    // nor attach their own person to a unit outside their scope, nor create someone there
    const outside = await officerA.fails(ADD, {
      input: { personId: own.id, position: position(communeB, { title: 'Khác' }) },
    });
    // a unit outside the scope does not exist for the officer, and is not named (issue 9, A10)
    expect(outside.extensions?.fields).toEqual({ 'position.unitId': ['Đơn vị không tồn tại.'] });
    expect(outside.message).not.toContain(communeB.name);
    const createOutside = await officerA.fails(CREATE, {
      input: { fullName: 'Tạo Ngoài', sex: 'MALE', position: position(communeB) },
    });
    expect(createOutside.extensions?.fields).toEqual({
      'position.unitId': ['Đơn vị không tồn tại.'],
    });
    expect(await t.db.getRepository(PersonEntity).countBy({ fullName: 'Tạo Ngoài' })).toBe(0);
    expect(await t.db.getRepository(PersonEntity).findOneByOrFail({ id: other.id })).toMatchObject({
      fullName: 'Người Xã B',
      version: other.version,
    });
    expect(await t.db.getRepository(PositionEntity).countBy({ personId: other.id })).toBe(1);
    // a person who once worked in A stays visible to A after moving to B
    const leaver = await create(admin, { fullName: 'Người Rời A', position: position(communeA) });
    await admin.ok(TRANSFER, {
      input: {
        personId: leaver.id,
        fromPositionId: leaver.positions[0]!.id,
        position: position(communeB, { startedOn: '2024-01-01' }),
      },
    });
    expect((await officerA.ok(GET, { id: leaver.id })).person.fullName).toBe('Người Rời A');
    expect(names((await officerA.ok(LIST, { first: 100 })).people)).not.toContain('Người Rời A');
    expect(names((await officerA.ok(LIST, { first: 100, includeFormer: true })).people)).toContain(
      'Người Rời A',
    );
  });

  it('merging units moves current positions to the target; the merged unit is READ_ONLY', async () => {
    const source = await t.unit(`Xã Cũ ${t.uid()}`, province, 'COMMUNE');
    const target = await t.unit(`Phường Mới ${t.uid()}`, province, 'COMMUNE');
    const mergedName = `Người Sáp Nhập ${t.uid()}`;
    const stays = await create(admin, {
      fullName: mergedName,
      code: `SN-${t.uid()}`,
      position: position(source, { title: 'Chủ tịch', isLeader: true }),
    });
    const former = await create(admin, { fullName: 'Người Đã Nghỉ', position: position(source) });
    await admin.ok(END, { input: { positionId: former.positions[0]!.id, endedOn: '2022-01-01' } });
    // an officer of the target: before the merge, the source's staff are none of their business
    const targetOfficer = await t.loggedIn(
      (await t.user({ unit: target, role: 'TDKT_OFFICER' })).username,
    );
    expect((await targetOfficer.fails(GET, { id: former.id })).extensions?.code).toBe('NOT_FOUND');

    const today = todayInVietnam();
    const outcome = await t.app.get(TransactionRunner).run(ctx, (tx) =>
      t.app.get(RestructuringService).merge(tx, {
        sourceUnitIds: [source.id],
        targetUnitId: target.id,
        effectiveDate: today,
        legalBasis: { number: '1656/NQ-UBTVQH15', date: today },
      }),
    );
    expect(outcome.reports).toContainEqual(
      expect.objectContaining({
        carried: [expect.objectContaining({ module: 'people', count: 1 })],
      }),
    );

    const after = (await admin.ok(GET, { id: stays.id })).person as PersonNode;
    expect(after.positions.map((x) => [x.unit.id, x.title, x.startedOn, x.endedOn])).toEqual([
      [target.id, 'Chủ tịch', today, null],
      [source.id, 'Chủ tịch', '2021-03-01', today],
    ]);
    expect(after.currentPositions.map((x) => x.unit.id)).toEqual([target.id]);
    expect(await t.db.getRepository(PersonEntity).countBy({ fullName: mergedName })).toBe(1);
    const formerAfter = (await admin.ok(GET, { id: former.id })).person as PersonNode;
    expect(formerAfter.positions.map((x) => [x.unit.id, x.endedOn])).toEqual([
      [source.id, '2022-01-01'],
    ]);
    expect(names((await admin.ok(LIST, { first: 10, unitId: target.id })).people)).toEqual([
      mergedName,
    ]);
    // after it, the history of the merged commune rolls up into the target: its former staff too
    expect((await targetOfficer.ok(GET, { id: former.id })).person.fullName).toBe('Người Đã Nghỉ');
    const theirs = names((await targetOfficer.ok(LIST, { first: 50, includeFormer: true })).people);
    expect(theirs.sort()).toEqual([mergedName, 'Người Đã Nghỉ'].sort());
    // and a unit's list rolls up the staff of the units that became it
    const rolled = await admin.ok(LIST, { first: 10, unitId: target.id, includeFormer: true });
    expect(names(rolled.people).sort()).toEqual([mergedName, 'Người Đã Nghỉ'].sort());
    const exact = await admin.ok(LIST, {
      first: 10,
      unitId: target.id,
      includeFormer: true,
      includeDescendants: false,
    });
    expect(names(exact.people).sort()).toEqual([mergedName, 'Người Đã Nghỉ'].sort());

    const add = await admin.fails(ADD, {
      input: { personId: former.id, position: position(source, { startedOn: today }) },
    });
    expect(add.extensions?.code).toBe('READ_ONLY');
    expect(add.message).toMatch(/đã sáp nhập/);
    const createThere = await admin.fails(CREATE, {
      input: { fullName: 'Vào Đơn Vị Cũ', sex: 'MALE', position: position(source) },
    });
    expect(createThere.extensions?.code).toBe('READ_ONLY');
    expect(await t.db.getRepository(PersonEntity).countBy({ fullName: 'Vào Đơn Vị Cũ' })).toBe(0);
  });

  it('split leaves positions as work; the new units’ officers see and transfer those people', async () => {
    const run = t.app.get(TransactionRunner);
    const rs = t.app.get(RestructuringService);
    const today = todayInVietnam();
    const legalBasis = { number: '01/NQ-HĐND', date: today };
    const splitting = await t.unit(`Xã Chia ${t.uid()}`, province, 'COMMUNE');
    const officer = await t.loggedIn(
      (await t.user({ unit: splitting, role: 'TDKT_OFFICER' })).username,
    );
    const fullName = `Người Chờ Điều Chuyển ${t.uid()}`;
    const p = await create(admin, { fullName, position: position(splitting) });
    const split = (tx: Parameters<Parameters<TransactionRunner['run']>[1]>[0]) =>
      rs.split(tx, {
        sourceUnitId: splitting.id,
        effectiveDate: today,
        legalBasis,
        newUnits: [
          { code: `CH1-${t.uid()}`, name: 'Xã Chia Một', kindCode: 'COMMUNE' },
          { code: `CH2-${t.uid()}`, name: 'Xã Chia Hai', kindCode: 'COMMUNE' },
        ],
      });
    const preview = await run.dryRun(ctx, split);
    expect(preview.warnings).toContain(
      `1 người đang công tác tại ${splitting.name} cần được điều chuyển sang đơn vị mới`,
    );
    expect(preview.reports).toContainEqual(
      expect.objectContaining({
        openWork: [{ module: 'people', label: 'Vị trí công tác cần điều chuyển', count: 1 }],
      }),
    );
    // a preview changes nothing
    expect(
      await t.db.getRepository(PositionEntity).findOneByOrFail({ personId: p.id }),
    ).toMatchObject({ endedOn: null, unitId: splitting.id });

    const outcome = await run.run(ctx, split);
    const [first] = outcome.restructuring.resultUnitIds;
    expect(
      await t.db.getRepository(PositionEntity).findOneByOrFail({ personId: p.id }),
    ).toMatchObject({ endedOn: null, unitId: splitting.id });
    // the officer's scope went to the new units; the people still at the split unit come with it
    expect(names((await officer.ok(LIST, { first: 50 })).people)).toEqual([fullName]);
    const moved = (
      await officer.ok(TRANSFER, {
        input: {
          personId: p.id,
          fromPositionId: p.positions[0]!.id,
          position: position({ id: first } as UnitEntity, { startedOn: today }),
        },
      })
    ).transferPerson as PersonNode;
    expect(moved.positions.map((x) => [x.unit.id, x.endedOn])).toEqual([
      [first, null],
      [splitting.id, today],
    ]);
    // but nothing new attaches to the split unit
    const again = await officer.fails(ADD, {
      input: { personId: p.id, position: position(splitting, { title: 'Khác', startedOn: today }) },
    });
    expect(again.extensions?.code).toBe('READ_ONLY');
  });

  it('dissolution ends the positions at the unit', async () => {
    const run = t.app.get(TransactionRunner);
    const rs = t.app.get(RestructuringService);
    const today = todayInVietnam();
    const legalBasis = { number: '02/NQ-HĐND', date: today };
    const dissolving = await t.unit(`Xã Giải Thể ${t.uid()}`, province, 'COMMUNE');
    const q = await create(admin, {
      fullName: 'Người Đơn Vị Giải Thể',
      position: position(dissolving),
    });
    const outcome = await run.run(ctx, (tx) =>
      rs.dissolve(tx, { unitId: dissolving.id, effectiveDate: today, legalBasis }),
    );
    expect(outcome.warnings.join(' ')).toMatch(/1 vị trí công tác của 1 người/);
    expect(
      await t.db.getRepository(PositionEntity).findOneByOrFail({ personId: q.id }),
    ).toMatchObject({ endedOn: today });
  });
});
