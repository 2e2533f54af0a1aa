import { AuditLogEntity } from '../src/core/audit/audit-log.entity';
import { Actor } from '../src/core/auth/actor';
import { systemContext } from '../src/core/context/request-context';
import { TransactionRunner, type Tx } from '../src/core/database/transaction';
import {
  ClusterEntity,
  ClusterLeadershipEntity,
  ClusterMembershipEntity,
} from '../src/modules/org/cluster.entity';
import { RestructuringService } from '../src/modules/org/restructuring.service';
import type { UnitEntity } from '../src/modules/org/unit.entity';
import { startTestApp, type TestApp } from './setup/test-app';
import type { GqlClient } from './setup/gql-client';

const CLUSTER_FIELDS = `id code name kind description version memberCount organizer { id name }`;
const CREATE = `mutation($input: CreateClusterInput!) { createCluster(input: $input) { ${CLUSTER_FIELDS} } }`;
const UPDATE = `mutation($input: UpdateClusterInput!) { updateCluster(input: $input) { ${CLUSTER_FIELDS} } }`;
const CLUSTERS = `query($search: String, $kind: ClusterKind, $first: Int, $after: String) {
  clusters(search: $search, kind: $kind, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id code name kind memberCount organizer { id } } } } }`;
const CLUSTER = `query($id: ID!, $asOf: Date) { cluster(id: $id) {
  ${CLUSTER_FIELDS}
  members(asOf: $asOf) { id joinedOn leftOn unit { id name status } }
  leaderships { id year lead { id name } deputy { id name } }
} }`;
const ADD = `mutation($input: AddClusterMemberInput!) { addClusterMember(input: $input) { id joinedOn leftOn unit { id name } } }`;
const END = `mutation($input: EndClusterMembershipInput!) { endClusterMembership(input: $input) { id joinedOn leftOn unit { id } } }`;
const LEAD = `mutation($input: SetClusterLeadershipInput!) { setClusterLeadership(input: $input) { id year lead { id name } deputy { id name } } }`;
const PREVIEW_MERGE = `query($input: MergeUnitsInput!) { previewMergeUnits(input: $input) { warnings openWork { module label count } } }`;

const basis = {
  number: '1656/NQ-UBTVQH15',
  date: '2025-06-16',
  title: 'Về việc sắp xếp các đơn vị hành chính cấp xã',
};

interface MemberRow {
  id: string;
  joinedOn: string;
  leftOn: string | null;
  unit: { id: string; name: string; status: string };
}

describe('clusters (cụm, khối thi đua)', () => {
  let t: TestApp;
  let admin: GqlClient;
  let officer: GqlClient;
  let province: UnitEntity;

  const commune = (name: string) => t.unit(`${name} ${t.uid()}`, province, 'COMMUNE');
  const code = (prefix = 'CUM') => `${prefix}-${t.uid()}`;
  /**
   * Rows of this file's province only (clusters organised in it, their members and leads, audit rows
   * scoped under it): never a whole table, which other suites write to on a shared database.
   */
  const SCOPED: Record<string, string> = {
    clusters: `SELECT count(*) AS n FROM clusters c JOIN units u ON u.id = c.organizer_unit_id WHERE u.path <@ $1::ltree`,
    cluster_memberships: `SELECT count(*) AS n FROM cluster_memberships m JOIN clusters c ON c.id = m.cluster_id JOIN units u ON u.id = c.organizer_unit_id WHERE u.path <@ $1::ltree`,
    cluster_leaderships: `SELECT count(*) AS n FROM cluster_leaderships l JOIN clusters c ON c.id = l.cluster_id JOIN units u ON u.id = c.organizer_unit_id WHERE u.path <@ $1::ltree`,
    audit_log: `SELECT count(*) AS n FROM audit_log a WHERE a.unit_path <@ $1::ltree`,
  };
  const count = async (
    entity:
      | typeof ClusterEntity
      | typeof ClusterMembershipEntity
      | typeof ClusterLeadershipEntity
      | typeof AuditLogEntity,
  ) => {
    const table = t.db.getMetadata(entity).tableName;
    return Number((await t.db.query(SCOPED[table]!, [province.path]))[0].n);
  };
  const system = <T>(work: (tx: Tx) => Promise<T>) =>
    t.app.get(TransactionRunner).run(systemContext(Actor.system()), work);

  async function cluster(
    name = 'Cụm thi đua số 1',
    kind: 'CUM' | 'KHOI' = 'CUM',
    organizer: UnitEntity = province,
  ) {
    const { createCluster } = await officer.ok(CREATE, {
      input: { code: code(kind), name, kind, organizerUnitId: organizer.id },
    });
    return createCluster as { id: string; name: string; version: number; code: string };
  }
  const add = (clusterId: string, unitId: string, joinedOn: string) =>
    officer
      .ok(ADD, { input: { clusterId, unitId, joinedOn } })
      .then((r) => r.addClusterMember as MemberRow);
  const members = async (id: string, asOf?: string) =>
    ((await admin.ok(CLUSTER, { id, asOf: asOf ?? null })).cluster.members as MemberRow[]).map(
      (m) => [m.unit.name, m.joinedOn, m.leftOn],
    );

  beforeAll(async () => {
    t = await startTestApp();
    province = await t.unit(`Tỉnh Thái Bình ${t.uid()}`);
    const a = await t.user({ unit: province, role: 'SYSTEM_ADMIN', scope: null });
    admin = await t.loggedIn(a.username);
    const o = await t.user({ unit: province, role: 'TDKT_OFFICER' });
    officer = await t.loggedIn(o.username);
  });
  afterAll(() => t.close());

  describe('clusters', () => {
    it('creates a khối organised by the province, audited, with no members yet', async () => {
      const audits = await count(AuditLogEntity);
      const c = code('KHOI');
      const { createCluster } = await officer.ok(CREATE, {
        input: {
          code: c,
          name: '  Khối các sở, ban, ngành  ',
          kind: 'KHOI',
          organizerUnitId: province.id,
          description: 'Khối thi đua số 1',
        },
      });
      expect(createCluster).toMatchObject({
        code: c,
        name: 'Khối các sở, ban, ngành',
        kind: 'KHOI',
        description: 'Khối thi đua số 1',
        version: 1,
        memberCount: 0,
        organizer: { id: province.id, name: province.name },
      });
      expect(await count(AuditLogEntity)).toBe(audits + 1);
      const { cluster: read } = await officer.ok(CLUSTER, { id: createCluster.id });
      expect(read).toMatchObject({ members: [], leaderships: [] });
    });

    it('refuses a duplicate code (case-insensitive) and invalid fields, in Vietnamese, creating nothing', async () => {
      const existing = await cluster('Cụm thi đua các xã phía Bắc');
      const before = await count(ClusterEntity);
      const dup = await officer.fails(CREATE, {
        input: {
          code: existing.code.toLowerCase(),
          name: 'Trùng mã',
          kind: 'CUM',
          organizerUnitId: province.id,
        },
      });
      expect(dup.extensions?.code).toBe('BAD_USER_INPUT');
      expect(dup.extensions?.fields).toEqual({
        code: [`Mã cụm, khối "${existing.code.toLowerCase()}" đã tồn tại.`],
      });
      const bad = await officer.fails(CREATE, {
        input: { code: 'có dấu cách', name: '   ', kind: 'CUM', organizerUnitId: 'abc' },
      });
      expect(bad.extensions?.code).toBe('BAD_USER_INPUT');
      expect(bad.extensions?.fields).toEqual({
        code: ['Mã cụm, khối chỉ gồm chữ, số và các ký tự . _ -.'],
        name: ['Tên cụm, khối không được để trống.'],
        organizerUnitId: ['Đơn vị tổ chức không hợp lệ.'],
      });
      const missing = await officer.fails(CREATE, {
        input: {
          code: code(),
          name: 'Không có đơn vị',
          kind: 'CUM',
          organizerUnitId: '00000000-0000-4000-8000-000000000000',
        },
      });
      expect(missing.extensions?.fields).toEqual({ organizerUnitId: ['Đơn vị không tồn tại.'] });
      expect(await count(ClusterEntity)).toBe(before);
    });

    it('updates name and description with optimistic locking: a stale version is a CONFLICT', async () => {
      const c = await cluster('Cụm thi đua số 2');
      const { updateCluster } = await officer.ok(UPDATE, {
        input: {
          id: c.id,
          version: c.version,
          name: 'Cụm thi đua số 2 (các xã ven biển)',
          description: 'Theo địa bàn',
        },
      });
      expect(updateCluster).toMatchObject({
        name: 'Cụm thi đua số 2 (các xã ven biển)',
        description: 'Theo địa bàn',
        version: c.version + 1,
        code: c.code,
      });
      const stale = await officer.fails(UPDATE, {
        input: { id: c.id, version: c.version, name: 'Sửa đè', description: null },
      });
      expect(stale.extensions).toMatchObject({ code: 'CONFLICT', entityType: 'Cluster', id: c.id });
      expect(stale.message).toContain('Cụm thi đua số 2 (các xã ven biển)');
      expect((await t.db.getRepository(ClusterEntity).findOneByOrFail({ id: c.id })).name).toBe(
        'Cụm thi đua số 2 (các xã ven biển)',
      );
    });

    it('searches by name or code without accents, filters by kind, and paginates', async () => {
      const tag = t.uid();
      const khoi = await cluster(`Khối Doanh nghiệp ${tag}`, 'KHOI');
      await cluster(`Cụm Đông Hưng ${tag}`, 'CUM');
      await cluster(`Cụm Hưng Hà ${tag}`, 'CUM');
      const found = await admin.ok(CLUSTERS, { search: `khoi doanh nghiep ${tag}` });
      expect(found.clusters.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([
        khoi.id,
      ]);
      expect(
        (await admin.ok(CLUSTERS, { search: khoi.code.toLowerCase() })).clusters.totalCount,
      ).toBe(1);
      expect((await admin.ok(CLUSTERS, { search: `HUNG ${tag}` })).clusters.totalCount).toBe(2);
      expect(
        (await admin.ok(CLUSTERS, { search: `dong hung ${tag}` })).clusters.edges.map(
          (e: { node: { name: string } }) => e.node.name,
        ),
      ).toEqual([`Cụm Đông Hưng ${tag}`]);
      expect((await admin.ok(CLUSTERS, { search: tag, kind: 'KHOI' })).clusters.totalCount).toBe(1);
      // LIKE wildcards are not wildcards: alone they are no word at all, beside a word they add nothing.
      expect((await admin.ok(CLUSTERS, { search: '%_' })).clusters.totalCount).toBe(0);
      expect((await admin.ok(CLUSTERS, { search: `${tag}%_` })).clusters.totalCount).toBe(3);

      const seen: string[] = [];
      let after: string | null = null;
      do {
        const page: {
          clusters: {
            edges: { node: { id: string } }[];
            pageInfo: { hasNextPage: boolean; endCursor: string | null };
          };
        } = await admin.ok(CLUSTERS, { search: tag, first: 2, after });
        seen.push(...page.clusters.edges.map((e) => e.node.id));
        after = page.clusters.pageInfo.hasNextPage ? page.clusters.pageInfo.endCursor : null;
      } while (after);
      expect(new Set(seen).size).toBe(3);

      const all: string[] = [];
      after = null;
      do {
        const page: {
          clusters: {
            edges: { node: { id: string } }[];
            pageInfo: { hasNextPage: boolean; endCursor: string | null };
          };
        } = await admin.ok(CLUSTERS, { first: 3, after });
        all.push(...page.clusters.edges.map((e) => e.node.id));
        after = page.clusters.pageInfo.hasNextPage ? page.clusters.pageInfo.endCursor : null;
      } while (after);
      // every cluster once (other suites' clusters are in the list too): no repeats, none of ours missing
      expect(new Set(all).size).toBe(all.length);
      const ours: { id: string }[] = await t.db.query(
        `SELECT c.id FROM clusters c JOIN units u ON u.id = c.organizer_unit_id WHERE u.path <@ $1::ltree`,
        [province.path],
      );
      expect(ours.length).toBeGreaterThan(0);
      expect(all).toEqual(expect.arrayContaining(ours.map((c) => c.id)));
      expect(new Set(all).size).toBe(all.length);
    });
  });

  describe('members over time', () => {
    it('keeps the membership history and answers "members as of" a date', async () => {
      const c = await cluster('Cụm thi đua huyện cũ');
      const a = await commune('Xã An Bình');
      const b = await commune('Xã Bình Minh');
      const d = await commune('Xã Đông Cơ');
      const ma = await add(c.id, a.id, '2023-01-01');
      expect(ma).toMatchObject({
        joinedOn: '2023-01-01',
        leftOn: null,
        unit: { id: a.id, name: a.name },
      });
      await add(c.id, b.id, '2024-01-01');
      const { endClusterMembership } = await officer.ok(END, {
        input: { membershipId: ma.id, leftOn: '2025-01-01' },
      });
      expect(endClusterMembership).toMatchObject({
        id: ma.id,
        joinedOn: '2023-01-01',
        leftOn: '2025-01-01',
      });
      await add(c.id, d.id, '2025-01-01');

      expect(await members(c.id, '2022-12-31')).toEqual([]);
      expect(await members(c.id, '2023-06-01')).toEqual([[a.name, '2023-01-01', '2025-01-01']]);
      expect(await members(c.id, '2024-12-31')).toEqual([
        [a.name, '2023-01-01', '2025-01-01'],
        [b.name, '2024-01-01', null],
      ]);
      // leftOn is exclusive: on 01/01/2025 A is gone and D has joined; Đ sorts with D (accent-insensitive)
      expect(await members(c.id, '2025-01-01')).toEqual([
        [b.name, '2024-01-01', null],
        [d.name, '2025-01-01', null],
      ]);
      expect(await members(c.id)).toEqual([
        [a.name, '2023-01-01', '2025-01-01'],
        [b.name, '2024-01-01', null],
        [d.name, '2025-01-01', null],
      ]);
      expect((await admin.ok(CLUSTER, { id: c.id })).cluster.memberCount).toBe(2);

      // A may rejoin once its earlier membership has ended (from its leaving day on)
      await add(c.id, a.id, '2026-01-01');
      expect((await members(c.id)).filter(([name]) => name === a.name)).toEqual([
        [a.name, '2023-01-01', '2025-01-01'],
        [a.name, '2026-01-01', null],
      ]);
      expect(
        (await admin.ok(CLUSTERS, { search: c.code })).clusters.edges[0].node.memberCount,
      ).toBe(3);
    });

    it('refuses overlapping memberships, bad leaving dates and a unit twice: nothing changes', async () => {
      const c = await cluster('Cụm thi đua số 3');
      const a = await commune('Xã Tây Sơn');
      const b = await commune('Xã Tây Lương');
      const ma = await add(c.id, a.id, '2024-01-01');
      const mb = await add(c.id, b.id, '2023-01-01');
      await officer.ok(END, { input: { membershipId: mb.id, leftOn: '2025-01-01' } });
      const rows = await count(ClusterMembershipEntity);
      const audits = await count(AuditLogEntity);

      const twice = await officer.fails(ADD, {
        input: { clusterId: c.id, unitId: a.id, joinedOn: '2025-03-01' },
      });
      expect(twice.extensions?.code).toBe('BAD_USER_INPUT');
      expect(twice.message).toBe(
        `"${a.name}" đã là thành viên cụm thi đua "${c.name}" từ ngày 01/01/2024: một đơn vị không thể là thành viên hai lần cùng lúc.`,
      );
      const earlier = await officer.fails(ADD, {
        input: { clusterId: c.id, unitId: a.id, joinedOn: '2020-03-01' },
      });
      expect(earlier.message).toContain('đã là thành viên');
      const overlap = await officer.fails(ADD, {
        input: { clusterId: c.id, unitId: b.id, joinedOn: '2024-06-01' },
      });
      expect(overlap.extensions?.fields?.['joinedOn']?.[0]).toBe(
        `"${b.name}" là thành viên cụm thi đua "${c.name}" từ ngày 01/01/2023 đến ngày 01/01/2025: ngày gia nhập mới không được trước ngày rời cụm, khối.`,
      );
      const beforeFounded = await officer.fails(ADD, {
        input: { clusterId: c.id, unitId: b.id, joinedOn: '2019-12-31' },
      });
      expect(beforeFounded.message).toContain('trước ngày thành lập');
      const badDate = await officer.fails(ADD, {
        input: { clusterId: c.id, unitId: b.id, joinedOn: '2025-02-30' },
      });
      expect(badDate.extensions?.code).toBe('BAD_USER_INPUT');

      const notAfter = await officer.fails(END, {
        input: { membershipId: ma.id, leftOn: '2024-01-01' },
      });
      expect(notAfter.extensions?.fields).toEqual({
        leftOn: ['Ngày rời cụm, khối phải sau ngày gia nhập (01/01/2024).'],
      });
      const again = await officer.fails(END, {
        input: { membershipId: mb.id, leftOn: '2026-01-01' },
      });
      expect(again.message).toBe(`"${b.name}" đã rời cụm thi đua "${c.name}" từ ngày 01/01/2025.`);
      const unknown = await officer.fails(END, {
        input: { membershipId: '00000000-0000-4000-8000-000000000000', leftOn: '2026-01-01' },
      });
      expect(unknown.extensions?.code).toBe('NOT_FOUND');

      expect(await count(ClusterMembershipEntity)).toBe(rows);
      expect(await count(AuditLogEntity)).toBe(audits);
      expect(
        (await t.db.getRepository(ClusterMembershipEntity).findOneByOrFail({ id: ma.id })).leftOn,
      ).toBeNull();
    });

    it('a khối may group units of another tree, but only one who manages clusters there adds them (issue 9, A7)', async () => {
      const k = await cluster('Khối doanh nghiệp', 'KHOI');
      const dept = await t.unit('Sở Công Thương', province, 'DEPARTMENT');
      const company = await t.unit(`Tổng công ty ${t.uid()}`, null, 'ENTERPRISE');
      await add(k.id, dept.id, '2025-01-01');
      // outside the province officer's scope: the enterprise does not exist for it
      const refused = await officer.fails(ADD, {
        input: { clusterId: k.id, unitId: company.id, joinedOn: '2025-01-01' },
      });
      expect(refused.extensions?.fields).toEqual({ unitId: ['Đơn vị không tồn tại.'] });
      expect(refused.message).not.toContain(company.name);
      await admin.ok(ADD, {
        input: { clusterId: k.id, unitId: company.id, joinedOn: '2025-01-01' },
      });
      expect((await members(k.id, '2025-06-01')).map(([name]) => name)).toEqual([
        'Sở Công Thương',
        company.name,
      ]);
      // the officer reads the member's name and code, nothing more
      const { cluster: seen } = await officer.ok(
        `query($id: ID!) { cluster(id: $id) { members { unit { id name code canOpen phone } } } }`,
        { id: k.id },
      );
      expect(
        seen.members.find((m: { unit: { id: string } }) => m.unit.id === company.id).unit,
      ).toEqual({
        id: company.id,
        name: company.name,
        code: company.code,
        canOpen: false,
        phone: null,
      });
    });
  });

  describe('leadership per year', () => {
    it('rotates the lead and deputy each year; setting a year again replaces it', async () => {
      const c = await cluster('Cụm thi đua số 4');
      const a = await commune('Xã Thụy Anh');
      const b = await commune('Xã Thụy Bình');
      const d = await commune('Xã Thụy Dân');
      await add(c.id, a.id, '2023-01-01');
      await add(c.id, b.id, '2023-01-01');
      await add(c.id, d.id, '2025-12-31'); // a member for one day of 2025 is enough

      const first = await officer.ok(LEAD, {
        input: { clusterId: c.id, year: 2024, leadUnitId: a.id, deputyUnitId: b.id },
      });
      expect(first.setClusterLeadership).toMatchObject({
        year: 2024,
        lead: { id: a.id, name: a.name },
        deputy: { id: b.id, name: b.name },
      });
      await officer.ok(LEAD, {
        input: { clusterId: c.id, year: 2025, leadUnitId: b.id, deputyUnitId: d.id },
      });
      const replaced = await officer.ok(LEAD, {
        input: { clusterId: c.id, year: 2025, leadUnitId: d.id, deputyUnitId: null },
      });
      expect(replaced.setClusterLeadership).toMatchObject({
        year: 2025,
        lead: { id: d.id },
        deputy: null,
      });
      await officer.ok(LEAD, {
        input: { clusterId: c.id, year: 2026, leadUnitId: a.id, deputyUnitId: d.id },
      });

      const { cluster: read } = await admin.ok(CLUSTER, { id: c.id });
      expect(
        read.leaderships.map(
          (l: { year: number; lead: { id: string }; deputy: { id: string } | null }) => [
            l.year,
            l.lead.id,
            l.deputy?.id ?? null,
          ],
        ),
      ).toEqual([
        [2026, a.id, d.id],
        [2025, d.id, null],
        [2024, a.id, b.id],
      ]);
      expect(await t.db.getRepository(ClusterLeadershipEntity).countBy({ clusterId: c.id })).toBe(
        3,
      );
    });

    it('requires the lead and deputy to be different members during that year, and a year from 2000 to 2100', async () => {
      const c = await cluster('Cụm thi đua số 5', 'KHOI');
      const a = await commune('Xã Vũ Hội');
      const b = await commune('Xã Vũ Lạc');
      const outsider = await commune('Xã Ngoài Khối');
      const ma = await add(c.id, a.id, '2024-01-01');
      await add(c.id, b.id, '2024-06-01');
      await officer.ok(LEAD, {
        input: { clusterId: c.id, year: 2024, leadUnitId: a.id, deputyUnitId: b.id },
      });
      const rows = await count(ClusterLeadershipEntity);

      const notMember = await officer.fails(LEAD, {
        input: { clusterId: c.id, year: 2025, leadUnitId: outsider.id, deputyUnitId: a.id },
      });
      expect(notMember.extensions?.fields).toEqual({
        leadUnitId: [
          `"${outsider.name}" không là thành viên khối thi đua "${c.name}" trong năm 2025: khối trưởng phải là thành viên của cụm, khối trong năm đó.`,
        ],
      });
      const tooEarly = await officer.fails(LEAD, {
        input: { clusterId: c.id, year: 2023, leadUnitId: a.id },
      });
      expect(tooEarly.extensions?.fields?.['leadUnitId']?.[0]).toContain('trong năm 2023');
      const deputyOut = await officer.fails(LEAD, {
        input: { clusterId: c.id, year: 2024, leadUnitId: a.id, deputyUnitId: outsider.id },
      });
      expect(Object.keys(deputyOut.extensions?.fields ?? {})).toEqual(['deputyUnitId']);
      const same = await officer.fails(LEAD, {
        input: { clusterId: c.id, year: 2025, leadUnitId: a.id, deputyUnitId: a.id },
      });
      expect(same.extensions?.fields).toEqual({
        deputyUnitId: ['Khối phó phải là đơn vị khác khối trưởng.'],
      });
      for (const year of [1999, 2101]) {
        const bad = await officer.fails(LEAD, {
          input: { clusterId: c.id, year, leadUnitId: a.id },
        });
        expect(bad.extensions?.fields).toEqual({ year: ['Năm phải từ 2000 đến 2100.'] });
      }
      expect(await count(ClusterLeadershipEntity)).toBe(rows);

      // leaving before the year a unit leads would orphan that year's leadership
      const orphan = await officer.fails(END, {
        input: { membershipId: ma.id, leftOn: '2024-01-01' },
      });
      expect(orphan.extensions?.fields?.['leftOn']?.[0]).toBe(
        'Ngày rời cụm, khối phải sau ngày gia nhập (01/01/2024).',
      );
      await officer.ok(LEAD, { input: { clusterId: c.id, year: 2026, leadUnitId: a.id } });
      const breaks = await officer.fails(END, {
        input: { membershipId: ma.id, leftOn: '2025-06-01' },
      });
      expect(breaks.extensions?.fields?.['leftOn']?.[0]).toContain('là khối trưởng năm 2026');
      expect(
        (await t.db.getRepository(ClusterMembershipEntity).findOneByOrFail({ id: ma.id })).leftOn,
      ).toBeNull();
      await officer.ok(END, { input: { membershipId: ma.id, leftOn: '2026-03-01' } });
    });
  });

  describe('scope and read-only units', () => {
    it('shows clusters only to readers of the organizer, and lets only CLUSTER_MANAGE there change them', async () => {
      const c = await cluster('Cụm thi đua số 6');
      const a = await commune('Xã Phạm Lễ');
      await add(c.id, a.id, '2025-01-01');

      const elsewhere = await t.unit(`Tỉnh Nam Định ${t.uid()}`);
      const outsider = await t.loggedIn(
        (await t.user({ unit: elsewhere, role: 'TDKT_OFFICER' })).username,
      );
      const listed = await outsider.ok(CLUSTERS, { first: 20 });
      expect(listed.clusters.edges.map((e: { node: { id: string } }) => e.node.id)).not.toContain(
        c.id,
      );
      expect((await outsider.fails(CLUSTER, { id: c.id })).extensions?.code).toBe('NOT_FOUND');
      const version = (await t.db.getRepository(ClusterEntity).findOneByOrFail({ id: c.id }))
        .version;
      expect(
        (await outsider.fails(UPDATE, { input: { id: c.id, version, name: 'Chiếm quyền' } }))
          .extensions?.code,
      ).toBe('NOT_FOUND');
      // a province it cannot read does not exist for it (issue 9, A10: the refusal names nothing)
      const foreign = await outsider.fails(CREATE, {
        input: { code: code(), name: 'Cụm lạ', kind: 'CUM', organizerUnitId: province.id },
      });
      expect(foreign.extensions?.fields).toEqual({ organizerUnitId: ['Đơn vị không tồn tại.'] });
      expect(foreign.message).not.toContain(province.name);
      // their own province's clusters are theirs to manage
      const { createCluster: own } = await outsider.ok(CREATE, {
        input: { code: code(), name: 'Cụm Nam Định', kind: 'CUM', organizerUnitId: elsewhere.id },
      });
      expect(
        (await outsider.ok(CLUSTERS, { first: 20 })).clusters.edges.map(
          (e: { node: { id: string } }) => e.node.id,
        ),
      ).toEqual([own.id]);

      // a reader of the province sees the cluster but may not change it
      const reader = await t.loggedIn(
        (await t.user({ unit: province, role: 'REPORTER' })).username,
      );
      expect((await reader.ok(CLUSTER, { id: c.id })).cluster.members).toHaveLength(1);
      const denied = await reader.fails(ADD, {
        input: { clusterId: c.id, unitId: a.id, joinedOn: '2026-01-01' },
      });
      expect(denied.extensions?.code).toBe('FORBIDDEN');

      // a member commune's officer sees the province's cluster (issue 9, C3) but manages clusters of
      // their commune only
      const communeOfficer = await t.loggedIn(
        (await t.user({ unit: a, role: 'TDKT_OFFICER' })).username,
      );
      expect((await communeOfficer.ok(CLUSTER, { id: c.id })).cluster.members).toHaveLength(1);
      const leader = await communeOfficer.fails(LEAD, {
        input: { clusterId: c.id, year: 2025, leadUnitId: a.id },
      });
      expect(leader).toMatchObject({
        extensions: { code: 'FORBIDDEN' },
        message: 'Bạn không có quyền quản lý cụm thi đua "Cụm thi đua số 6".',
      });
      expect(await t.db.getRepository(ClusterLeadershipEntity).countBy({ clusterId: c.id })).toBe(
        0,
      );
      expect((await t.db.getRepository(ClusterEntity).findOneByOrFail({ id: c.id })).name).toBe(
        'Cụm thi đua số 6',
      );
    });

    it('a dissolved unit is READ_ONLY: it cannot join or organise; its memberships ended on the date', async () => {
      const c = await cluster('Cụm thi đua số 7');
      const gone = await commune('Xã Giải Thể');
      const organizer = await commune('Xã Tổ Chức');
      const m = await add(c.id, gone.id, '2024-01-01');
      const organised = await cluster('Cụm do xã tổ chức', 'CUM', organizer);
      const outcome = await system((tx) =>
        t.app.get(RestructuringService).dissolve(tx, {
          unitId: gone.id,
          effectiveDate: '2025-07-01',
          legalBasis: { number: '9/QĐ-UBND', date: '2025-06-20' },
        }),
      );
      await system((tx) =>
        t.app.get(RestructuringService).dissolve(tx, {
          unitId: organizer.id,
          effectiveDate: '2025-07-01',
          legalBasis: { number: '10/QĐ-UBND', date: '2025-06-20' },
        }),
      );
      expect(outcome.warnings).toContain(
        `"${gone.name}" rời cụm, khối thi đua "${c.name}" từ ngày 01/07/2025 do giải thể.`,
      );
      expect(outcome.reports.flatMap((r) => r.openWork ?? [])).toContainEqual({
        module: 'clusters',
        label: 'Thành viên cụm, khối thi đua',
        count: 1,
      });
      expect(
        (await t.db.getRepository(ClusterMembershipEntity).findOneByOrFail({ id: m.id })).leftOn,
      ).toBe('2025-07-01');

      const join = await officer.fails(ADD, {
        input: { clusterId: c.id, unitId: gone.id, joinedOn: '2026-01-01' },
      });
      expect(join.extensions?.code).toBe('READ_ONLY');
      expect(join.message).toContain('đã giải thể từ ngày 01/07/2025');
      const organise = await officer.fails(CREATE, {
        input: { code: code(), name: 'Cụm mới', kind: 'CUM', organizerUnitId: organizer.id },
      });
      expect(organise.extensions?.code).toBe('READ_ONLY');
      const rename = await officer.fails(UPDATE, {
        input: { id: organised.id, version: organised.version, name: 'Đổi tên' },
      });
      expect(rename.extensions?.code).toBe('READ_ONLY');
      // still visible in history
      expect(await members(c.id, '2025-06-30')).toEqual([[gone.name, '2024-01-01', '2025-07-01']]);
      expect((await admin.ok(CLUSTER, { id: c.id })).cluster.members[0].unit.status).toBe(
        'DISSOLVED',
      );
    });
  });

  describe('restructuring', () => {
    it('merge: memberships end on the effective date, the target joins, organised clusters move; preview first', async () => {
      const x = await cluster('Cụm thi đua Kiến Xương');
      const y = await cluster('Khối thi đua xã nông thôn mới', 'KHOI');
      const a = await commune('Xã Vũ Quý');
      const b = await commune('Xã Vũ Trung');
      const target = await commune('Xã Vũ Quý mới');
      const byA = await cluster('Cụm do Vũ Quý tổ chức', 'CUM', a);
      await add(x.id, a.id, '2023-01-01');
      await add(x.id, b.id, '2024-01-01');
      await add(y.id, a.id, '2023-01-01');
      await add(y.id, target.id, '2022-01-01'); // already a member of y
      await officer.ok(LEAD, {
        input: { clusterId: x.id, year: 2025, leadUnitId: a.id, deputyUnitId: b.id },
      });

      const input = {
        sourceUnitIds: [a.id],
        targetUnitId: target.id,
        effectiveDate: '2025-07-01',
        legalBasis: basis,
      };
      const rows = [await count(ClusterMembershipEntity), await count(AuditLogEntity)];
      const { previewMergeUnits: p } = await admin.ok(PREVIEW_MERGE, { input });
      expect(p.openWork).toContainEqual({
        module: 'clusters',
        label: 'Thành viên cụm, khối thi đua',
        count: 2,
      });
      expect(p.warnings).toEqual(
        expect.arrayContaining([
          `"${a.name}" rời cụm, khối thi đua "${x.name}", "${y.name}" từ ngày 01/07/2025.`,
          `"${target.name}" trở thành thành viên cụm, khối thi đua "${x.name}" từ ngày 01/07/2025.`,
          `Cụm, khối thi đua "${byA.name}" do "${a.name}" tổ chức chuyển sang "${target.name}" tổ chức.`,
          `"${a.name}" là cụm trưởng năm 2025 của cụm thi đua "${x.name}": xem xét chọn lại sau khi sắp xếp.`,
        ]),
      );
      expect([await count(ClusterMembershipEntity), await count(AuditLogEntity)]).toEqual(rows);
      expect(
        (await t.db.getRepository(ClusterEntity).findOneByOrFail({ id: byA.id })).organizerUnitId,
      ).toBe(a.id);

      const outcome = await system((tx) => t.app.get(RestructuringService).merge(tx, input));
      expect(outcome.reports.flatMap((r) => r.openWork ?? [])).toContainEqual({
        module: 'clusters',
        label: 'Thành viên cụm, khối thi đua',
        count: 2,
      });

      expect(await members(x.id, '2025-06-30')).toEqual([
        [a.name, '2023-01-01', '2025-07-01'],
        [b.name, '2024-01-01', null],
      ]);
      expect(await members(x.id, '2025-07-01')).toEqual([
        [target.name, '2025-07-01', null],
        [b.name, '2024-01-01', null],
      ]);
      expect(await members(y.id)).toEqual([
        [a.name, '2023-01-01', '2025-07-01'],
        [target.name, '2022-01-01', null],
      ]);
      const moved = await t.db.getRepository(ClusterEntity).findOneByOrFail({ id: byA.id });
      expect(moved.organizerUnitId).toBe(target.id);
      expect(moved.version).toBe(byA.version + 1);
      // the 2025 leadership is history (A was a member for half the year) and stays
      expect((await admin.ok(CLUSTER, { id: x.id })).cluster.leaderships[0]).toMatchObject({
        year: 2025,
        lead: { id: a.id },
      });
      expect((await admin.ok(CLUSTER, { id: x.id })).cluster.memberCount).toBe(2);
    });

    it('split: memberships end and a warning names the clusters to complete with the new units', async () => {
      const c = await cluster('Cụm thi đua Thái Thụy');
      const source = await commune('Xã Thái Hà');
      await add(c.id, source.id, '2023-01-01');
      const outcome = await system((tx) =>
        t.app.get(RestructuringService).split(tx, {
          sourceUnitId: source.id,
          newUnits: [
            { code: `S1-${t.uid()}`, name: 'Xã Thái Hà Đông', kindCode: 'COMMUNE' },
            { code: `S2-${t.uid()}`, name: 'Xã Thái Hà Tây', kindCode: 'COMMUNE' },
          ],
          effectiveDate: '2025-07-01',
          legalBasis: basis,
        }),
      );
      expect(outcome.warnings).toContain(
        `"${source.name}" rời cụm, khối thi đua "${c.name}" từ ngày 01/07/2025: bổ sung các đơn vị mới ("Xã Thái Hà Đông", "Xã Thái Hà Tây") vào cụm, khối phù hợp.`,
      );
      expect(await members(c.id)).toEqual([[source.name, '2023-01-01', '2025-07-01']]);
      expect((await admin.ok(CLUSTER, { id: c.id })).cluster.memberCount).toBe(0);
    });
  });
});
