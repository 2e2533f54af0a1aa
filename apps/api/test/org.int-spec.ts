import { todayInVietnam } from '@thidua/shared-domain';
import { AuditLogEntity } from '../src/core/audit/audit-log.entity';
import { UserEntity } from '../src/modules/identity/entities/user.entity';
import { RoleAssignmentEntity } from '../src/modules/identity/entities/role-assignment.entity';
import { OrgService } from '../src/modules/org/org.service';
import { UnitEntity } from '../src/modules/org/unit.entity';
import { UnitKindEntity } from '../src/modules/org/unit-kind.entity';
import { UnitKindService } from '../src/modules/org/unit-kind.service';
import { UnitVersionEntity } from '../src/modules/org/unit-version.entity';
import { startTestApp, type TestApp } from './setup/test-app';
import type { GqlClient } from './setup/gql-client';

const UNIT = `query($id: ID!) { unit(id: $id) {
  id code name shortName status validFrom validTo readOnly depth parentId version childCount
  kind { code tree } parent { id name } ancestors { id }
  history { validFrom validTo name code parent { id name } restructuring { kind legalBasisNumber } }
  predecessors { unit { id name status validTo } restructuring { kind effectiveDate legalBasisNumber } }
  successors { unit { id name } restructuring { kind } }
  counterparts { id note counterpart { id name tree } }
} }`;
const UNITS = `query($search: String, $tree: UnitTree, $parentId: ID, $descendantsOf: ID, $asOf: Date, $includeEnded: Boolean, $first: Int, $after: String, $orderBy: UnitOrder) {
  units(search: $search, tree: $tree, parentId: $parentId, descendantsOf: $descendantsOf, asOf: $asOf, includeEnded: $includeEnded, first: $first, after: $after, orderBy: $orderBy) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id code name status parentId validTo } }
  } }`;
const CHILDREN = `query($tree: UnitTree!, $parentId: ID, $asOf: Date, $includeEnded: Boolean) {
  unitChildren(tree: $tree, parentId: $parentId, asOf: $asOf, includeEnded: $includeEnded) { id name code status childCount } }`;
const PREVIEW_MERGE = `query($input: MergeUnitsInput!) { previewMergeUnits(input: $input) {
  kind effectiveDate peopleMoved usersMoved warnings carried { module label count }
  units { action unitId code nameBefore nameAfter parentBefore parentAfter }
  scopesCarried { holderName roleName fromUnit toUnit } openWork { module label count } } }`;
const MERGE = `mutation($input: MergeUnitsInput!) { mergeUnits(input: $input) { id kind effectiveDate legalBasisNumber sources { id status } results { id name code parentId validFrom } } }`;
const SPLIT = `mutation($input: SplitUnitInput!) { splitUnit(input: $input) { id kind sources { id status } results { id name parentId } } }`;
const RENAME = `mutation($input: RenameUnitInput!) { renameUnit(input: $input) { id kind } }`;
const MOVE = `mutation($input: MoveUnitInput!) { moveUnit(input: $input) { id kind } }`;
const DISSOLVE = `mutation($input: DissolveUnitInput!) { dissolveUnit(input: $input) { id kind } }`;
const CREATE = `mutation($input: CreateUnitInput!) { createUnit(input: $input) { id code name kind { code } legalPerson validFrom depth } }`;
const UPDATE = `mutation($input: UpdateUnitInput!) { updateUnit(input: $input) { id version address legalPerson } }`;

const basis = (number = '1656/NQ-UBTVQH15') => ({
  number,
  date: '2025-06-16',
  title: 'Về việc sắp xếp các đơn vị hành chính cấp xã',
});

describe('organisation: units, history and restructuring', () => {
  let t: TestApp;
  let admin: GqlClient;
  let province: UnitEntity;

  const commune = (name: string, parent: UnitEntity = province) => t.unit(name, parent, 'COMMUNE');
  /** When this file started, by the database's clock: counts see only rows written since. */
  let since: Date;
  /** Rows written since this file started: never a whole table, which other suites fill. */
  const count = async (
    entity: typeof UnitEntity | typeof UnitVersionEntity | typeof AuditLogEntity,
  ) => {
    const table = t.db.getMetadata(entity).tableName;
    return Number(
      (await t.db.query(`SELECT count(*) AS n FROM ${table} WHERE created_at >= $1`, [since]))[0].n,
    );
  };

  beforeAll(async () => {
    t = await startTestApp();
    since = (await t.db.query(`SELECT now() AS now`))[0].now;
    province = await t.unit(`Tỉnh Bến Tre ${t.uid()}`);
    const a = await t.user({ unit: province, role: 'SYSTEM_ADMIN', scope: null });
    admin = await t.loggedIn(a.username);
  });
  afterAll(() => t.close());

  describe('units and kinds', () => {
    it('ships the real kind catalog, with the parents each kind accepts', async () => {
      const { unitKinds } = await admin.ok(
        `{ unitKinds { code tree allowedParentCodes canBeRoot isSystem } }`,
      );
      const codes = unitKinds.map((k: { code: string }) => k.code);
      expect(codes).toEqual(
        expect.arrayContaining([
          'PROVINCE',
          'DEPARTMENT',
          'COMMUNE',
          'DIVISION',
          'PUBLIC_SERVICE',
          'ENTERPRISE',
          'COOPERATIVE',
          'PARTY_PROVINCIAL',
          'PARTY_CELL',
          'FRONT',
          'MASS_ORG',
          'HAMLET',
          'HOUSEHOLD_GROUP',
        ]),
      );
      const hamlet = unitKinds.find((k: { code: string }) => k.code === 'HAMLET');
      expect(hamlet).toMatchObject({
        tree: 'GOVERNMENT',
        allowedParentCodes: ['COMMUNE'],
        canBeRoot: false,
        isSystem: true,
      });
    });

    it('keeps the system catalog as the migration seeded it: PROVINCE first, and syncing it again changes no row', async () => {
      const kinds = t.db.getRepository(UnitKindEntity);
      const provinceKind = await kinds.findOneByOrFail({ code: 'PROVINCE' });
      const departmentKind = await kinds.findOneByOrFail({ code: 'DEPARTMENT' });
      expect([provinceKind.sortOrder, departmentKind.sortOrder]).toEqual([0, 1]);
      const before = await kinds.find({ where: { isSystem: true }, order: { code: 'ASC' } });
      await t.app.get(UnitKindService).syncSystemKinds();
      const after = await kinds.find({ where: { isSystem: true }, order: { code: 'ASC' } });
      expect(after.map((k) => [k.code, k.version, k.updatedAt.getTime()])).toEqual(
        before.map((k) => [k.code, k.version, k.updatedAt.getTime()]),
      );
    });

    it('creates a unit with its kind, legal personality default and first history version', async () => {
      const code = `SNV-${t.uid()}`;
      const { createUnit } = await admin.ok(CREATE, {
        input: {
          code,
          name: 'Sở Nội vụ',
          shortName: 'SNV',
          kindCode: 'DEPARTMENT',
          parentId: province.id,
        },
      });
      expect(createUnit).toMatchObject({
        code,
        kind: { code: 'DEPARTMENT' },
        legalPerson: true,
        validFrom: todayInVietnam(),
        depth: 1,
      });
      const { unit } = await admin.ok(UNIT, { id: createUnit.id });
      expect(unit.history).toEqual([
        expect.objectContaining({
          name: 'Sở Nội vụ',
          validTo: null,
          restructuring: null,
          parent: { id: province.id, name: province.name },
        }),
      ]);
      expect(unit.ancestors.map((a: { id: string }) => a.id)).toEqual([province.id]);
    });

    it('refuses a kind that does not accept the parent, a duplicate code, an unknown kind: in Vietnamese, nothing written', async () => {
      const before = [await count(UnitEntity), await count(UnitVersionEntity)];
      const dept = await t.unit('Sở Tài chính', province);
      const wrongParent = await admin.fails(CREATE, {
        input: { code: `X-${t.uid()}`, name: 'Xã lạc chỗ', kindCode: 'COMMUNE', parentId: dept.id },
      });
      expect(wrongParent.extensions?.code).toBe('BAD_USER_INPUT');
      expect(wrongParent.message).toContain('không thể trực thuộc');
      const dup = await admin.fails(CREATE, {
        input: { code: dept.code, name: 'Trùng', kindCode: 'DEPARTMENT', parentId: province.id },
      });
      expect(dup.message).toBe(`Mã đơn vị "${dept.code}" đã tồn tại.`);
      const unknown = await admin.fails(CREATE, {
        input: { code: `K-${t.uid()}`, name: 'Lạ', kindCode: 'KHONG_CO', parentId: province.id },
      });
      expect(unknown.message).toContain('không có trong danh mục');
      const rootless = await admin.fails(CREATE, {
        input: { code: `R-${t.uid()}`, name: 'Phòng mồ côi', kindCode: 'DIVISION' },
      });
      expect(rootless.message).toContain('phải trực thuộc');
      expect([await count(UnitEntity), await count(UnitVersionEntity)]).toEqual([
        before[0] + 1,
        before[1] + 1,
      ]);
    });

    it('updates details with optimistic locking: a stale version is a CONFLICT', async () => {
      const dept = await t.unit('Sở Y tế', province);
      const { updateUnit } = await admin.ok(UPDATE, {
        input: { id: dept.id, version: dept.version, legalPerson: true, address: '12 Đồng Khởi' },
      });
      expect(updateUnit).toMatchObject({ address: '12 Đồng Khởi', version: dept.version + 1 });
      const stale = await admin.fails(UPDATE, {
        input: { id: dept.id, version: dept.version, legalPerson: false, address: 'Khác' },
      });
      expect(stale.extensions?.code).toBe('CONFLICT');
      expect((await t.db.getRepository(UnitEntity).findOneByOrFail({ id: dept.id })).address).toBe(
        '12 Đồng Khởi',
      );
    });

    it('links a body and its counterpart in another tree', async () => {
      const dept = await t.unit('Sở Xây dựng', province);
      const party = await t.unit(`Tỉnh ủy ${t.uid()}`, null, 'PARTY_PROVINCIAL');
      const base = await t.unit('Đảng bộ Sở Xây dựng', party, 'PARTY_BASE');
      const { linkUnits } = await admin.ok(
        `mutation($input: LinkUnitsInput!) { linkUnits(input: $input) { id note counterpart { id tree } } }`,
        {
          input: { unitId: dept.id, counterpartId: base.id, note: 'Đảng bộ cơ sở của Sở' },
        },
      );
      expect(linkUnits.counterpart).toEqual({ id: base.id, tree: 'PARTY' });
      const { unit } = await admin.ok(UNIT, { id: base.id });
      expect(unit.counterparts).toEqual([
        expect.objectContaining({
          note: 'Đảng bộ cơ sở của Sở',
          counterpart: expect.objectContaining({ id: dept.id }),
        }),
      ]);
      const same = await admin.fails(
        `mutation($input: LinkUnitsInput!) { linkUnits(input: $input) { id } }`,
        { input: { unitId: dept.id, counterpartId: province.id } },
      );
      expect(same.message).toContain('hai hệ thống khác nhau');
    });
  });

  describe('search', () => {
    it('is accent-insensitive, needs every word, and ranks the closest first', async () => {
      const tag = t.uid();
      await commune(`Xã Phú Thuận ${tag}`);
      await commune(`Xã Phú Thuận Đông ${tag}`);
      await commune(`Phường An Hội ${tag}`);
      const { units } = await admin.ok(UNITS, { search: `phu thuan ${tag}` });
      const names = units.edges.map((e: { node: { name: string } }) => e.node.name);
      expect(names).toEqual([`Xã Phú Thuận ${tag}`, `Xã Phú Thuận Đông ${tag}`]);
      expect((await admin.ok(UNITS, { search: `AN HOI ${tag}` })).units.totalCount).toBe(1);
      expect((await admin.ok(UNITS, { search: `thuan phu ${tag}` })).units.totalCount).toBe(2);
      // LIKE wildcards are not wildcards: alone they are no word at all, beside a word they add nothing.
      expect((await admin.ok(UNITS, { search: '%_' })).units.totalCount).toBe(0);
      expect((await admin.ok(UNITS, { search: `an ${tag}%_` })).units.totalCount).toBe(1);
    });

    it('paginates search results with stable cursors', async () => {
      const tag = t.uid();
      for (let i = 0; i < 5; i += 1) await commune(`Ấp Trang ${i} ${tag}`, province);
      const seen: string[] = [];
      let after: string | null = null;
      do {
        const page: {
          units: {
            edges: { node: { id: string } }[];
            pageInfo: { hasNextPage: boolean; endCursor: string | null };
          };
        } = await admin.ok(UNITS, { search: tag, first: 2, after });
        seen.push(...page.units.edges.map((e) => e.node.id));
        after = page.units.pageInfo.hasNextPage ? page.units.pageInfo.endCursor : null;
      } while (after);
      expect(seen).toHaveLength(5);
      expect(new Set(seen).size).toBe(5);
    });
  });

  describe('restructuring', () => {
    it('renames with a legal basis: history keeps the old name, "as of" shows it', async () => {
      const unit = await commune('Xã Tân Phú');
      const before = await count(AuditLogEntity);
      await admin.ok(RENAME, {
        input: {
          unitId: unit.id,
          newName: 'Xã Tân Phú Tây',
          effectiveDate: '2025-07-01',
          legalBasis: basis(),
        },
      });
      const { unit: after } = await admin.ok(UNIT, { id: unit.id });
      expect(after.name).toBe('Xã Tân Phú Tây');
      expect(
        after.history.map((h: { name: string; validFrom: string; validTo: string | null }) => [
          h.name,
          h.validFrom,
          h.validTo,
        ]),
      ).toEqual([
        ['Xã Tân Phú', '2020-01-01', '2025-07-01'],
        ['Xã Tân Phú Tây', '2025-07-01', null],
      ]);
      expect(after.history[1].restructuring).toEqual({
        kind: 'RENAME',
        legalBasisNumber: '1656/NQ-UBTVQH15',
      });
      const asOf = await admin.ok(UNITS, {
        descendantsOf: province.id,
        asOf: '2024-01-01',
        first: 100,
      });
      expect(asOf.units.edges.map((e: { node: { name: string } }) => e.node.name)).toContain(
        'Xã Tân Phú',
      );
      expect(await count(AuditLogEntity)).toBe(before + 1);
      // a unit read "as of" a day has that day's parent, named as it was then
      const hamlet = await t.unit(`Ấp Tân Phú ${t.uid()}`, unit, 'HAMLET');
      const parents = `query($d: ID, $asOf: Date) { units(descendantsOf: $d, asOf: $asOf, first: 100) { edges { node { id parent { id name } } } } }`;
      const parentOf = async (asOf: string | null) =>
        (await admin.ok(parents, { d: unit.id, asOf })).units.edges.find(
          (e: { node: { id: string } }) => e.node.id === hamlet.id,
        )?.node.parent;
      expect(await parentOf('2024-01-01')).toEqual({ id: unit.id, name: 'Xã Tân Phú' });
      expect(await parentOf(null)).toEqual({ id: unit.id, name: 'Xã Tân Phú Tây' });
    });

    it('refuses an effective date in the future or before the last change, and changes nothing', async () => {
      const unit = await commune('Xã Bình Thạnh');
      const future = await admin.fails(RENAME, {
        input: {
          unitId: unit.id,
          newName: 'Mới',
          effectiveDate: '2999-01-01',
          legalBasis: basis(),
        },
      });
      expect(future.message).toContain('chưa đến');
      const early = await admin.fails(RENAME, {
        input: {
          unitId: unit.id,
          newName: 'Mới',
          effectiveDate: '2019-12-31',
          legalBasis: { ...basis(), date: '2019-01-01' },
        },
      });
      expect(early.message).toContain('phải sau ngày 01/01/2020');
      const bad = await admin.fails(RENAME, {
        input: {
          unitId: unit.id,
          newName: 'Mới',
          effectiveDate: '2025-13-01',
          legalBasis: basis(),
        },
      });
      expect(bad.extensions?.code).toBe('BAD_USER_INPUT');
      const blank = await admin.fails(RENAME, {
        input: { unitId: unit.id, newName: '  ', effectiveDate: '2025-07-01', legalBasis: basis() },
      });
      expect(blank.message).toBe('Tên mới không được để trống.');
      expect((await t.db.getRepository(UnitEntity).findOneByOrFail({ id: unit.id })).name).toBe(
        'Xã Bình Thạnh',
      );
      expect(await t.db.getRepository(UnitVersionEntity).countBy({ unitId: unit.id })).toBe(1);
    });

    it('moves a subtree: paths and depths follow, the old parent is kept in history', async () => {
      const dept = await t.unit('Sở Giáo dục', province);
      const office = await t.unit('Văn phòng Sở', dept);
      const team = await t.unit('Tổ Hành chính', office);
      const other = await t.unit('Sở Khoa học', province);
      await admin.ok(MOVE, {
        input: {
          unitId: office.id,
          newParentId: other.id,
          effectiveDate: '2025-03-01',
          legalBasis: { number: '12/QĐ-UBND', date: '2025-02-20' },
        },
      });
      const rows = await t.db
        .getRepository(UnitEntity)
        .findBy([{ id: office.id }, { id: team.id }]);
      const byId = new Map(rows.map((r) => [r.id, r]));
      expect(byId.get(office.id)?.path).toBe(`${other.path}.${office.path.split('.').at(-1)}`);
      expect(byId.get(team.id)?.path.startsWith(`${other.path}.`)).toBe(true);
      expect(byId.get(team.id)?.depth).toBe(3);
      const { unit } = await admin.ok(UNIT, { id: office.id });
      expect(unit.history.map((h: { parent: { id: string } }) => h.parent.id)).toEqual([
        dept.id,
        other.id,
      ]);
      const cycle = await admin.fails(MOVE, {
        input: {
          unitId: other.id,
          newParentId: team.id,
          effectiveDate: '2025-04-01',
          legalBasis: { number: '13/QĐ-UBND', date: '2025-03-20' },
        },
      });
      expect(cycle.message).toContain('chính nó hoặc đơn vị trực thuộc');
    });

    it('previews a merge without changing anything, then merges into a new commune with lineage, children, accounts and scopes', async () => {
      const a = await commune('Xã An Thạnh');
      const b = await commune('Xã An Hòa');
      const hamlet = await t.unit('Ấp 1', a, 'HAMLET');
      const officer = await t.user({ unit: a, role: 'TDKT_OFFICER' });
      const code = `X-${t.uid()}`;
      const input = {
        sourceUnitIds: [a.id, b.id],
        newUnit: { code, name: 'Xã An Thạnh Hòa', shortName: 'UBND', kindCode: 'COMMUNE' },
        newUnitParentId: province.id,
        effectiveDate: '2025-07-01',
        legalBasis: basis(),
      };
      const counts = [
        await count(UnitEntity),
        await count(UnitVersionEntity),
        await count(AuditLogEntity),
      ];
      const { previewMergeUnits: p } = await admin.ok(PREVIEW_MERGE, { input });
      expect(
        p.units.map(
          (u: { action: string; nameBefore: string | null; nameAfter: string | null }) => [
            u.action,
            u.nameBefore ?? u.nameAfter,
          ],
        ),
      ).toEqual([
        ['CREATED', 'Xã An Thạnh Hòa'],
        ['ENDED', 'Xã An Thạnh'],
        ['MOVED', 'Ấp 1'],
        ['ENDED', 'Xã An Hòa'],
      ]);
      expect(p.usersMoved).toBe(1);
      // the same, as the generic item any module reports
      expect(p.carried).toContainEqual({
        module: 'identity',
        label: 'Tài khoản chuyển sang đơn vị kế thừa',
        count: 1,
      });
      expect(p.scopesCarried).toEqual([
        expect.objectContaining({
          fromUnit: 'Xã An Thạnh',
          toUnit: 'Xã An Thạnh Hòa',
          roleName: 'Cán bộ thi đua – khen thưởng',
        }),
      ]);
      expect(p.warnings).toEqual(
        expect.arrayContaining(['1 đơn vị trực thuộc "Xã An Thạnh" chuyển về "Xã An Thạnh Hòa".']),
      );
      expect([
        await count(UnitEntity),
        await count(UnitVersionEntity),
        await count(AuditLogEntity),
      ]).toEqual(counts);
      expect(await t.db.getRepository(UnitEntity).findOneBy({ code })).toBeNull();

      const { mergeUnits } = await admin.ok(MERGE, { input });
      expect(mergeUnits.sources.map((s: { status: string }) => s.status)).toEqual([
        'MERGED',
        'MERGED',
      ]);
      const target = mergeUnits.results[0];
      expect(target).toMatchObject({
        name: 'Xã An Thạnh Hòa',
        parentId: province.id,
        validFrom: '2025-07-01',
      });

      const { unit } = await admin.ok(UNIT, { id: target.id });
      expect(
        unit.predecessors.map((p2: { unit: { name: string; status: string; validTo: string } }) => [
          p2.unit.name,
          p2.unit.status,
          p2.unit.validTo,
        ]),
      ).toEqual([
        ['Xã An Thạnh', 'MERGED', '2025-07-01'],
        ['Xã An Hòa', 'MERGED', '2025-07-01'],
      ]);
      expect(unit.predecessors[0].restructuring).toEqual({
        kind: 'MERGE',
        effectiveDate: '2025-07-01',
        legalBasisNumber: '1656/NQ-UBTVQH15',
      });
      expect(unit.childCount).toBe(1);
      const { unit: old } = await admin.ok(UNIT, { id: a.id });
      expect(old).toMatchObject({
        status: 'MERGED',
        readOnly: true,
        validTo: '2025-07-01',
        successors: [
          { unit: { id: target.id, name: 'Xã An Thạnh Hòa' }, restructuring: { kind: 'MERGE' } },
        ],
      });
      expect(old.history.at(-1).validTo).toBe('2025-07-01');

      // accounts and scopes followed the merge
      expect(
        (await t.db.getRepository(UserEntity).findOneByOrFail({ id: officer.id })).unitId,
      ).toBe(target.id);
      const grants = await t.db.getRepository(RoleAssignmentEntity).findBy({ userId: officer.id });
      expect(grants.map((g) => g.unitId)).toEqual([target.id]);
      const asOfficer = await t.loggedIn(officer.username);
      const { units } = await asOfficer.ok(UNITS, { first: 100 });
      expect(units.edges.map((e: { node: { id: string } }) => e.node.id).sort()).toEqual(
        [target.id, hamlet.id].sort(),
      );
      // the old commune stays readable to whoever reads its successor (history follows the successor)
      expect((await asOfficer.ok(UNIT, { id: a.id })).unit.name).toBe('Xã An Thạnh');

      // as of a date before the merge, the province had the two old communes and the hamlet under A
      const before = await admin.ok(CHILDREN, {
        tree: 'GOVERNMENT',
        parentId: a.id,
        asOf: '2025-06-30',
      });
      expect(before.unitChildren.map((u: { id: string }) => u.id)).toEqual([hamlet.id]);
      // and each unit counts its children of that day: the old commune had the hamlet, today it has none
      const provinceThen = await admin.ok(CHILDREN, {
        tree: 'GOVERNMENT',
        parentId: province.id,
        asOf: '2025-06-30',
      });
      const aThen = provinceThen.unitChildren.find((u: { id: string }) => u.id === a.id);
      expect(aThen).toMatchObject({ name: 'Xã An Thạnh', childCount: 1 });
      expect(provinceThen.unitChildren.map((u: { id: string }) => u.id)).not.toContain(target.id);
      const provinceNow = await admin.ok(CHILDREN, { tree: 'GOVERNMENT', parentId: province.id });
      expect(
        provinceNow.unitChildren.find((u: { id: string }) => u.id === target.id),
      ).toMatchObject({ childCount: 1 });
      expect((await admin.ok(UNIT, { id: a.id })).unit.childCount).toBe(0);
      const then = await admin.ok(UNITS, { parentId: province.id, asOf: '2025-06-30', first: 100 });
      const thenIds = then.units.edges.map((e: { node: { id: string } }) => e.node.id);
      expect(thenIds).toEqual(expect.arrayContaining([a.id, b.id]));
      expect(thenIds).not.toContain(target.id);
      const now = await admin.ok(UNITS, { parentId: province.id, first: 100 });
      expect(now.units.edges.map((e: { node: { id: string } }) => e.node.id)).not.toContain(a.id);
      const ended = await admin.ok(UNITS, { search: 'An Thanh', includeEnded: true, first: 100 });
      expect(
        ended.units.edges.map((e: { node: { name: string; validTo: string | null } }) => [
          e.node.name,
          e.node.validTo,
        ]),
      ).toEqual(expect.arrayContaining([['Xã An Thạnh', '2025-07-01']]));

      // roll-up: the successor's records include those kept against its predecessors
      const org = t.app.get(OrgService);
      expect((await org.rollupUnitIds(target.id)).sort()).toEqual(
        [target.id, hamlet.id, a.id, b.id].sort(),
      );
      expect((await org.currentSuccessors(a.id)).map((u) => u.id)).toEqual([target.id]);
    });

    it('makes a merged unit read-only: nothing new attaches to it', async () => {
      const a = await commune('Xã Mỹ Hòa');
      const target = await commune('Xã Mỹ Thạnh');
      await admin.ok(MERGE, {
        input: {
          sourceUnitIds: [a.id],
          targetUnitId: target.id,
          effectiveDate: '2025-07-01',
          legalBasis: basis(),
        },
      });
      const child = await admin.fails(CREATE, {
        input: { code: `A-${t.uid()}`, name: 'Ấp mới', kindCode: 'HAMLET', parentId: a.id },
      });
      expect(child.extensions?.code).toBe('READ_ONLY');
      expect(child.message).toContain('đã sáp nhập từ ngày 01/07/2025');
      const again = await admin.fails(RENAME, {
        input: { unitId: a.id, newName: 'X', effectiveDate: '2025-08-01', legalBasis: basis() },
      });
      expect(again.extensions?.code).toBe('READ_ONLY');
      const edit = await admin.fails(UPDATE, {
        input: {
          id: a.id,
          version: (await t.db.getRepository(UnitEntity).findOneByOrFail({ id: a.id })).version,
          legalPerson: true,
        },
      });
      expect(edit.extensions?.code).toBe('READ_ONLY');
      const { unit } = await admin.ok(UNIT, { id: target.id });
      expect(unit.predecessors.map((p: { unit: { id: string } }) => p.unit.id)).toEqual([a.id]);
    });

    it('splits a unit: new units under the same parent, children to the first, scopes to every new unit', async () => {
      const source = await commune('Xã Lớn');
      const hamlet = await t.unit('Ấp Chợ', source, 'HAMLET');
      const officer = await t.user({ unit: source, role: 'TDKT_OFFICER' });
      const { splitUnit } = await admin.ok(SPLIT, {
        input: {
          sourceUnitId: source.id,
          newUnits: [
            { code: `S1-${t.uid()}`, name: 'Xã Lớn Đông', kindCode: 'COMMUNE' },
            { code: `S2-${t.uid()}`, name: 'Xã Lớn Tây', kindCode: 'COMMUNE' },
          ],
          effectiveDate: '2025-07-01',
          legalBasis: basis(),
        },
      });
      expect(splitUnit.sources).toEqual([{ id: source.id, status: 'SPLIT' }]);
      const [east, west] = splitUnit.results;
      expect(splitUnit.results.map((r: { parentId: string }) => r.parentId)).toEqual([
        province.id,
        province.id,
      ]);
      expect(
        (await t.db.getRepository(UnitEntity).findOneByOrFail({ id: hamlet.id })).parentId,
      ).toBe(east.id);
      const grants = await t.db.getRepository(RoleAssignmentEntity).findBy({ userId: officer.id });
      expect(grants.map((g) => g.unitId).sort()).toEqual([east.id, west.id].sort());
      const { unit } = await admin.ok(UNIT, { id: west.id });
      expect(unit.predecessors).toEqual([
        expect.objectContaining({ unit: expect.objectContaining({ id: source.id }) }),
      ]);
      const tooFew = await admin.fails(SPLIT, {
        input: {
          sourceUnitId: west.id,
          newUnits: [{ code: 'Z', name: 'Z', kindCode: 'COMMUNE' }],
          effectiveDate: '2025-08-01',
          legalBasis: basis(),
        },
      });
      expect(tooFew.message).toBe('Chia tách cần ít nhất 2 đơn vị mới.');
    });

    it('dissolves only a unit without active children; afterwards it is read-only and still in history', async () => {
      const dept = await t.unit('Ban Quản lý dự án', province);
      const team = await t.unit('Tổ kỹ thuật', dept);
      const decision = (number: string) => ({
        number,
        date: '2025-04-20',
        title: 'Quyết định giải thể',
      });
      const blocked = await admin.fails(DISSOLVE, {
        input: { unitId: dept.id, effectiveDate: '2025-05-01', legalBasis: decision('5/QĐ-UBND') },
      });
      expect(blocked.message).toContain('còn 1 đơn vị trực thuộc');
      await admin.ok(DISSOLVE, {
        input: { unitId: team.id, effectiveDate: '2025-05-01', legalBasis: decision('5/QĐ-UBND') },
      });
      await admin.ok(DISSOLVE, {
        input: { unitId: dept.id, effectiveDate: '2025-05-02', legalBasis: decision('6/QĐ-UBND') },
      });
      const { unit } = await admin.ok(UNIT, { id: dept.id });
      expect(unit).toMatchObject({
        status: 'DISSOLVED',
        readOnly: true,
        validTo: '2025-05-02',
        childCount: 0,
      });
      const { restructurings } = await admin.ok(
        `query($unitId: ID) { restructurings(unitId: $unitId) { totalCount edges { node { kind legalBasisNumber sources { id } } } } }`,
        { unitId: dept.id },
      );
      expect(
        restructurings.edges.map((e: { node: { kind: string; legalBasisNumber: string } }) => [
          e.node.kind,
          e.node.legalBasisNumber,
        ]),
      ).toEqual([['DISSOLVE', '6/QĐ-UBND']]);
    });
  });

  describe('scope', () => {
    it('a commune officer sees only their commune and cannot restructure or read others', async () => {
      const a = await commune('Xã Thạnh Phú');
      const b = await commune('Xã Thạnh Hải');
      const officer = await t.user({ unit: a, role: 'TDKT_OFFICER' });
      const c = await t.loggedIn(officer.username);
      const { units } = await c.ok(UNITS, { first: 100 });
      expect(units.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([a.id]);
      expect((await c.fails(UNIT, { id: b.id })).extensions?.code).toBe('NOT_FOUND');
      // the tree starts at the officer's own commune, not at the province it cannot open (today and as of a day)
      const ids = (r: { unitChildren: { id: string }[] }) => r.unitChildren.map((u) => u.id);
      expect(ids(await c.ok(CHILDREN, { tree: 'GOVERNMENT' }))).toEqual([a.id]);
      expect(ids(await c.ok(CHILDREN, { tree: 'GOVERNMENT', asOf: '2024-06-01' }))).toEqual([a.id]);
      expect(ids(await c.ok(CHILDREN, { tree: 'PARTY' }))).toEqual([]);
      const hamlet = await t.unit('Ấp Phú Hòa', a, 'HAMLET');
      expect(ids(await c.ok(CHILDREN, { tree: 'GOVERNMENT', parentId: a.id }))).toEqual([
        hamlet.id,
      ]);
      // units outside the scope do not exist for the officer, and no refusal names them (issue 9, A10)
      const merge = await c.fails(MERGE, {
        input: {
          sourceUnitIds: [b.id],
          targetUnitId: a.id,
          effectiveDate: '2025-07-01',
          legalBasis: basis(),
        },
      });
      expect(merge.extensions?.fields).toEqual({ sourceUnitIds: ['Đơn vị không tồn tại.'] });
      expect(merge.message).not.toContain(b.name);
      const create = await c.fails(CREATE, {
        input: {
          code: `Q-${t.uid()}`,
          name: 'Sở lạ',
          kindCode: 'DEPARTMENT',
          parentId: province.id,
        },
      });
      expect(create.extensions?.fields).toEqual({ parentId: ['Đơn vị không tồn tại.'] });
      expect(create.message).not.toContain(province.name);
      expect((await t.db.getRepository(UnitEntity).findOneByOrFail({ id: b.id })).status).toBe(
        'ACTIVE',
      );
    });

    it('a reader cannot preview or run restructurings at all', async () => {
      const a = await commune('Xã Giao Thạnh');
      const reader = await t.user({ unit: a, role: 'REPORTER' });
      const c = await t.loggedIn(reader.username);
      const err = await c.fails(PREVIEW_MERGE, {
        input: {
          sourceUnitIds: [a.id],
          targetUnitId: province.id,
          effectiveDate: '2025-07-01',
          legalBasis: basis(),
        },
      });
      expect(err.extensions?.code).toBe('FORBIDDEN');
    });
  });
});
