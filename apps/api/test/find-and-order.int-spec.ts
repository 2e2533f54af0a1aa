import { Actor } from '../src/core/auth/actor';
import { systemContext } from '../src/core/context/request-context';
import { TransactionRunner, type Tx } from '../src/core/database/transaction';
import { RestructuringService } from '../src/modules/org/restructuring.service';
import type { UnitEntity } from '../src/modules/org/unit.entity';
import { PeopleService } from '../src/modules/people/people.service';
import type { GqlClient } from './setup/gql-client';
import { startTestApp, type TestApp } from './setup/test-app';

/** Issue 9, C5: what a search leaves out, part of a code, and names in Vietnamese order. */
const UNITS = `query($search: String, $includeEnded: Boolean) {
  units(search: $search, includeEnded: $includeEnded, first: 20) { totalCount endedMatchCount edges { node { id name status } } } }`;
const PEOPLE = `query($search: String, $unitId: ID, $first: Int, $after: String) {
  people(search: $search, unitId: $unitId, includeDescendants: false, first: $first, after: $after) {
    pageInfo { hasNextPage endCursor } edges { node { id code fullName } } } }`;

const basis = { number: '1656/NQ-UBTVQH15', date: '2025-06-16' };

describe('finding and ordering (issue 9, C5)', () => {
  let t: TestApp;
  let province: UnitEntity;
  let admin: GqlClient;
  const system = <T>(work: (tx: Tx) => Promise<T>) =>
    t.app.get(TransactionRunner).run(systemContext(Actor.system('Kiểm thử')), work);
  const person = (fullName: string, unit: UnitEntity, code: string | null = null) =>
    system((tx) =>
      t.app.get(PeopleService).create(tx, {
        fullName,
        code,
        sex: 'MALE',
        position: {
          unitId: unit.id,
          title: 'Chuyên viên',
          startedOn: '2021-01-01',
          staffCategory: 'CIVIL_SERVANT',
          isLeader: false,
        },
      } as never),
    );

  beforeAll(async () => {
    t = await startTestApp();
    province = await t.unit(`Tỉnh Tìm Kiếm ${t.uid()}`);
    admin = await t.loggedIn(
      (await t.user({ unit: province, role: 'SYSTEM_ADMIN', scope: null })).username,
    );
  });
  afterAll(() => t.close());

  it('says how many ended units also match a search of current units', async () => {
    const tag = `Kết${t.uid()}`;
    const live = await t.unit(`Xã ${tag} Một`, province, 'COMMUNE');
    const ended = [
      await t.unit(`Xã ${tag} Hai`, province, 'COMMUNE'),
      await t.unit(`Xã ${tag} Ba`, province, 'COMMUNE'),
    ];
    for (const u of ended) {
      await system((tx) =>
        t.app
          .get(RestructuringService)
          .dissolve(tx, { unitId: u.id, effectiveDate: '2025-07-01', legalBasis: basis } as never),
      );
    }
    const { units } = await admin.ok(UNITS, { search: tag });
    expect(units.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([live.id]);
    expect(units.endedMatchCount).toBe(2);
    // with them in the list, or without a search, there is nothing to say
    const all = (await admin.ok(UNITS, { search: tag, includeEnded: true })).units;
    expect([all.totalCount, all.endedMatchCount]).toEqual([3, null]);
    expect((await admin.ok(UNITS, {})).units.endedMatchCount).toBeNull();
    // a reader outside the province counts nothing it cannot see
    const elsewhere = await t.unit(`Tỉnh Khác ${t.uid()}`);
    const outsider = await t.loggedIn(
      (await t.user({ unit: elsewhere, role: 'REPORTER' })).username,
    );
    expect((await outsider.ok(UNITS, { search: tag })).units.endedMatchCount).toBe(0);
  });

  it('finds a person by part of the code', async () => {
    const unit = await t.unit(`Xã Mã Số ${t.uid()}`, province, 'COMMUNE');
    const digits = String(Date.now()).slice(-6);
    const code = `CB-${t.uid()}-${digits}`;
    const p = await person('Hà Văn Mã', unit, code);
    const found = async (search: string) =>
      (await admin.ok(PEOPLE, { search, unitId: unit.id, first: 10 })).people.edges.map(
        (e: { node: { id: string } }) => e.node.id,
      );
    expect(await found(code.slice(3))).toEqual([p.id]);
    expect(await found(code.slice(-9).toLowerCase())).toEqual([p.id]);
    expect(await found(code)).toEqual([p.id]);
    // "%" and "_" are letters of the query, not wildcards
    expect(await found('%%%')).toEqual([]);
  });

  it('lists people in Vietnamese alphabetical order: given name, then family name, across pages', async () => {
    const unit = await t.unit(`Xã Thứ Tự ${t.uid()}`, province, 'COMMUNE');
    for (const name of [
      'Võ Văn Anh',
      'Đỗ Thị Bình',
      'Phạm Văn Vinh',
      'Trần Thị Đào',
      'Lê Văn Dũng',
      'Nguyễn Văn An',
      'Đặng Văn An',
      'Bùi Thị Ánh',
    ])
      await person(name, unit);
    const names: string[] = [];
    let after: string | null = null;
    do {
      const page: {
        people: {
          pageInfo: { hasNextPage: boolean; endCursor: string | null };
          edges: { node: { fullName: string } }[];
        };
      } = await admin.ok(PEOPLE, { unitId: unit.id, first: 3, after });
      names.push(...page.people.edges.map((e) => e.node.fullName));
      after = page.people.pageInfo.hasNextPage ? page.people.pageInfo.endCursor : null;
    } while (after);
    expect(names).toEqual([
      'Đặng Văn An',
      'Nguyễn Văn An',
      'Bùi Thị Ánh',
      'Võ Văn Anh',
      'Đỗ Thị Bình',
      'Lê Văn Dũng',
      'Trần Thị Đào',
      'Phạm Văn Vinh',
    ]);
  });
});
