import { Actor } from '../src/core/auth/actor';
import { systemContext } from '../src/core/context/request-context';
import { TransactionRunner, type Tx } from '../src/core/database/transaction';
import { RoleService } from '../src/modules/identity/role.service';
import { ClusterMembershipEntity } from '../src/modules/org/cluster.entity';
import { ClusterService } from '../src/modules/org/cluster.service';
import { OrgService } from '../src/modules/org/org.service';
import type { UnitEntity } from '../src/modules/org/unit.entity';
import { PeopleService } from '../src/modules/people/people.service';
import { PositionEntity } from '../src/modules/people/person.entity';
import type { GqlClient, GqlError } from './setup/gql-client';
import { startTestApp, type TestApp } from './setup/test-app';

/**
 * Issue 9, A7 / A10 / C3: a unit reached through a link (cluster member, organizer, parent, ancestor,
 * counterpart, lineage, a person's post) but outside the reader's scope shows its name and code only;
 * refusals never name a unit the caller cannot read; a member unit's officer sees its clusters.
 */
const DETAILS = `id code name canOpen shortName address phone email parentId peopleCount
  parent { id } ancestors { id } counterparts { id } history { name } predecessors { unit { id } } successors { unit { id } }`;
const HIDDEN = {
  canOpen: false,
  shortName: null,
  address: null,
  phone: null,
  email: null,
  parentId: null,
  peopleCount: null,
  parent: null,
  ancestors: [],
  counterparts: [],
  history: [],
  predecessors: [],
  successors: [],
};
const CLUSTER = `query($id: ID!) { cluster(id: $id) { id name organizer { ${DETAILS} }
  members { unit { ${DETAILS} } } leaderships { year lead { id name canOpen phone } deputy { id name canOpen phone } } } }`;
const CLUSTERS = `{ clusters(first: 20) { edges { node { id name } } } }`;
const UNIT = `query($id: ID!) { unit(id: $id) { ${DETAILS} } }`;
const ADD = `mutation($input: AddClusterMemberInput!) { addClusterMember(input: $input) { id unit { id } } }`;
const CREATE_CLUSTER = `mutation($input: CreateClusterInput!) { createCluster(input: $input) { id } }`;

const CONTACT = { address: '1 Lê Lợi', phone: '0227 3831 000', email: 'vanphong@tinh.gov.vn' };

describe('links to units outside the scope, and what refusals say', () => {
  let t: TestApp;
  let province: UnitEntity;
  let dept: UnitEntity;
  let division: UnitEntity;
  let communeA: UnitEntity;
  let communeB: UnitEntity;
  let deptOfficer: GqlClient;
  let officerA: GqlClient;
  let officerB: GqlClient;

  const system = <T>(work: (tx: Tx) => Promise<T>) =>
    t.app.get(TransactionRunner).run(systemContext(Actor.system('Kiểm thử')), work);
  const withContact = (unit: UnitEntity) =>
    system((tx) =>
      t.app.get(OrgService).updateDetails(tx, unit.id, unit.version, {
        shortName: 'VP',
        legalPerson: true,
        ...CONTACT,
      }),
    );
  const clusterBySystem = (
    organizer: UnitEntity,
    memberIds: string[],
    lead?: string,
    deputy?: string,
  ) =>
    system(async (tx) => {
      const clusters = t.app.get(ClusterService);
      const c = await clusters.create(tx, {
        code: `CUM-${t.uid()}`,
        name: `Cụm thi đua ${t.uid()}`,
        kind: 'CUM',
        organizerUnitId: organizer.id,
      });
      for (const unitId of memberIds)
        await clusters.addMember(tx, { clusterId: c.id, unitId, joinedOn: '2024-01-01' });
      if (lead)
        await clusters.setLeadership(tx, {
          clusterId: c.id,
          year: 2025,
          leadUnitId: lead,
          deputyUnitId: deputy ?? null,
        });
      return c;
    });
  /** No refusal names a unit the caller cannot read. */
  const namesNothingOf = (err: GqlError, ...units: UnitEntity[]) => {
    for (const u of units) {
      expect(err.message).not.toContain(u.name);
      expect(err.message).not.toContain(u.id);
      expect(JSON.stringify(err.extensions?.fields ?? {})).not.toContain(u.name);
    }
  };

  beforeAll(async () => {
    t = await startTestApp();
    province = await withContact(await t.unit(`Tỉnh Liên Kết ${t.uid()}`));
    dept = await withContact(await t.unit(`Sở Nội vụ ${t.uid()}`, province));
    division = await t.unit(`Phòng Thi đua ${t.uid()}`, dept);
    communeA = await withContact(await t.unit(`Xã Phong A ${t.uid()}`, province, 'COMMUNE'));
    communeB = await withContact(await t.unit(`Xã Phong B ${t.uid()}`, province, 'COMMUNE'));
    deptOfficer = await t.loggedIn((await t.user({ unit: dept, role: 'TDKT_OFFICER' })).username);
    officerA = await t.loggedIn((await t.user({ unit: communeA, role: 'TDKT_OFFICER' })).username);
    officerB = await t.loggedIn((await t.user({ unit: communeB, role: 'TDKT_OFFICER' })).username);
  });
  afterAll(() => t.close());

  describe('A7: cluster membership stays inside the scope', () => {
    it('a sở officer cannot add the province (or a commune) to its own cluster: as if it did not exist, nothing written', async () => {
      const { createCluster } = await deptOfficer.ok(CREATE_CLUSTER, {
        input: {
          code: `KHOI-${t.uid()}`,
          name: 'Khối các phòng của Sở',
          kind: 'KHOI',
          organizerUnitId: dept.id,
        },
      });
      for (const outside of [province, communeA]) {
        const err = await deptOfficer.fails(ADD, {
          input: { clusterId: createCluster.id, unitId: outside.id, joinedOn: '2025-01-01' },
        });
        expect(err.extensions?.code).toBe('BAD_USER_INPUT');
        expect(err.extensions?.fields).toEqual({ unitId: ['Đơn vị không tồn tại.'] });
        namesNothingOf(err, outside);
      }
      expect(
        await t.db.getRepository(ClusterMembershipEntity).countBy({ clusterId: createCluster.id }),
      ).toBe(0);
      // its own units it may add
      const { addClusterMember } = await deptOfficer.ok(ADD, {
        input: { clusterId: createCluster.id, unitId: division.id, joinedOn: '2025-01-01' },
      });
      expect(addClusterMember.unit.id).toBe(division.id);
    });

    it('a member outside the reader’s scope shows name and code only, like unit(id) which says NOT_FOUND', async () => {
      // written before the rule existed (or by a wider officer): the province is a member of the sở's cluster
      const c = await clusterBySystem(dept, [province.id, division.id]);
      const { cluster } = await deptOfficer.ok(CLUSTER, { id: c.id });
      const byId = new Map(
        cluster.members.map((m: { unit: { id: string } }) => [m.unit.id, m.unit]),
      );
      expect(byId.get(province.id)).toEqual({
        id: province.id,
        code: province.code,
        name: province.name,
        ...HIDDEN,
      });
      // the own units keep their details
      expect(cluster.organizer).toMatchObject({
        id: dept.id,
        canOpen: true,
        ...CONTACT,
        parentId: province.id,
        peopleCount: 0,
      });
      expect(byId.get(division.id)).toMatchObject({ canOpen: true, parentId: dept.id });
      expect((await deptOfficer.fails(UNIT, { id: province.id })).extensions?.code).toBe(
        'NOT_FOUND',
      );
    });

    it('parents and ancestors outside the scope show name and code only', async () => {
      const { unit } = await deptOfficer.ok(
        `query($id: ID!) { unit(id: $id) { id canOpen phone parent { ${DETAILS} } ancestors { ${DETAILS} } } }`,
        { id: dept.id },
      );
      expect(unit).toMatchObject({ canOpen: true, phone: CONTACT.phone });
      const hidden = { id: province.id, code: province.code, name: province.name, ...HIDDEN };
      expect(unit.parent).toEqual(hidden);
      expect(unit.ancestors).toEqual([hidden]);
    });

    it('a counterpart in a tree outside the scope shows name and code only', async () => {
      const party = await withContact(await t.unit(`Tỉnh ủy ${t.uid()}`, null, 'PARTY_PROVINCIAL'));
      const base = await withContact(await t.unit(`Đảng bộ Sở ${t.uid()}`, party, 'PARTY_BASE'));
      await system((tx) => t.app.get(OrgService).link(tx, dept.id, base.id, null));
      const { unit } = await deptOfficer.ok(
        `query($id: ID!) { unit(id: $id) { counterparts { counterpart { ${DETAILS} } } } }`,
        { id: dept.id },
      );
      expect(unit.counterparts.map((l: { counterpart: unknown }) => l.counterpart)).toEqual([
        { id: base.id, code: base.code, name: base.name, ...HIDDEN },
      ]);
    });

    it('a person’s former unit outside the scope shows name and code only', async () => {
      const person = await system((tx) =>
        t.app.get(PeopleService).create(tx, {
          fullName: 'Trần Văn Chuyển',
          sex: 'MALE',
          position: {
            unitId: communeB.id,
            title: 'Công chức',
            startedOn: '2020-01-01',
            staffCategory: 'CIVIL_SERVANT',
            isLeader: false,
          },
        } as never),
      );
      const first = await t.db
        .getRepository(PositionEntity)
        .findOneByOrFail({ personId: person.id });
      await system((tx) =>
        t.app.get(PeopleService).transfer(tx, person.id, first.id, {
          unitId: communeA.id,
          title: 'Chuyên viên',
          startedOn: '2024-01-01',
          staffCategory: 'CIVIL_SERVANT',
          isLeader: false,
        } as never),
      );
      const { person: p } = await officerA.ok(
        `query($id: ID!) { person(id: $id) { positions { unit { ${DETAILS} } } } }`,
        { id: person.id },
      );
      const units = p.positions.map((x: { unit: { id: string } }) => x.unit);
      expect(units.find((u: { id: string }) => u.id === communeB.id)).toEqual({
        id: communeB.id,
        code: communeB.code,
        name: communeB.name,
        ...HIDDEN,
      });
      expect(units.find((u: { id: string }) => u.id === communeA.id)).toMatchObject({
        canOpen: true,
        phone: CONTACT.phone,
      });
    });
  });

  describe('C3: a member unit’s officer sees its clusters and who leads them', () => {
    it('lists and opens the province’s cluster its commune belongs to, with the lead and deputy by name', async () => {
      const other = await t.unit(`Xã Khác ${t.uid()}`, province, 'COMMUNE');
      const c = await clusterBySystem(province, [communeA.id, other.id], other.id, communeA.id);
      const notMine = await clusterBySystem(province, [other.id]);
      const ids = (await officerA.ok(CLUSTERS)).clusters.edges.map(
        (e: { node: { id: string } }) => e.node.id,
      );
      expect(ids).toContain(c.id);
      expect(ids).not.toContain(notMine.id);
      const { cluster } = await officerA.ok(CLUSTER, { id: c.id });
      expect(cluster.organizer).toEqual({
        id: province.id,
        code: province.code,
        name: province.name,
        ...HIDDEN,
      });
      expect(cluster.leaderships).toEqual([
        {
          year: 2025,
          lead: { id: other.id, name: other.name, canOpen: false, phone: null },
          deputy: { id: communeA.id, name: communeA.name, canOpen: true, phone: CONTACT.phone },
        },
      ]);
      expect((await officerA.fails(CLUSTER, { id: notMine.id })).extensions?.code).toBe(
        'NOT_FOUND',
      );
      // reading is not managing: a member's officer changes nothing in the cluster
      const err = await officerA.fails(ADD, {
        input: { clusterId: c.id, unitId: communeA.id, joinedOn: '2026-01-01' },
      });
      expect(err.extensions?.code).toBe('FORBIDDEN');
      namesNothingOf(err, province, other);
    });
  });

  describe('A10: outside the scope is NOT_FOUND and names nothing', () => {
    it('a sibling commune’s officer gets NOT_FOUND or "does not exist" from every mutation on the other commune', async () => {
      const a = communeA;
      const cluster = await clusterBySystem(a, []);
      const version = (await t.db.query(`SELECT version FROM units WHERE id = $1`, [a.id]))[0]
        .version;
      const attempts: [string, Record<string, unknown>][] = [
        [
          `mutation($input: UpdateUnitInput!) { updateUnit(input: $input) { id } }`,
          { input: { id: a.id, version, legalPerson: true, phone: '1' } },
        ],
        [
          `mutation($input: CreateUnitInput!) { createUnit(input: $input) { id } }`,
          { input: { code: `H-${t.uid()}`, name: 'Ấp mới', kindCode: 'HAMLET', parentId: a.id } },
        ],
        [
          `mutation($input: LinkUnitsInput!) { linkUnits(input: $input) { id } }`,
          { input: { unitId: communeB.id, counterpartId: a.id } },
        ],
        [
          `mutation($input: RenameUnitInput!) { renameUnit(input: $input) { id } }`,
          {
            input: {
              unitId: a.id,
              newName: 'Xã Đổi Tên',
              effectiveDate: '2025-07-01',
              legalBasis: { number: '1/NQ', date: '2025-06-16' },
            },
          },
        ],
        [
          `mutation($input: MergeUnitsInput!) { mergeUnits(input: $input) { id } }`,
          {
            input: {
              sourceUnitIds: [communeB.id],
              targetUnitId: a.id,
              effectiveDate: '2025-07-01',
              legalBasis: { number: '1/NQ', date: '2025-06-16' },
            },
          },
        ],
        [
          CREATE_CLUSTER,
          { input: { code: `CUM-${t.uid()}`, name: 'Cụm lạ', kind: 'CUM', organizerUnitId: a.id } },
        ],
        [
          `mutation($input: UpdateClusterInput!) { updateCluster(input: $input) { id } }`,
          { input: { id: cluster.id, version: cluster.version, name: 'Đổi' } },
        ],
        [
          `mutation($input: CreatePersonInput!) { createPerson(input: $input) { id } }`,
          {
            input: {
              fullName: 'Nguyễn Văn Lạ',
              sex: 'MALE',
              position: {
                unitId: a.id,
                title: 'Chuyên viên',
                startedOn: '2024-01-01',
                staffCategory: 'CIVIL_SERVANT',
              },
            },
          },
        ],
      ];
      for (const [query, variables] of attempts) {
        const err = await officerB.fails(query, variables);
        // an input naming the unit answers as for a unit that does not exist; an id to change: NOT_FOUND
        const answer =
          err.extensions?.code === 'BAD_USER_INPUT'
            ? Object.values(err.extensions?.fields ?? {}).flat()
            : err.extensions?.code;
        const missing = [
          JSON.stringify(['Đơn vị không tồn tại.']),
          JSON.stringify('NOT_FOUND'),
        ].includes(JSON.stringify(answer));
        const mutation = query.slice(0, 40);
        expect({ mutation, answer: missing ? 'as missing' : answer }).toEqual({
          mutation,
          answer: 'as missing',
        });
        namesNothingOf(err, a);
      }
    });

    it('readable but not permitted is FORBIDDEN, naming only what the caller reads', async () => {
      // manages the division, only reads the sở above it
      const u = await t.user({ unit: division, role: 'TDKT_OFFICER' });
      const roles = t.app.get(RoleService);
      await system(async (tx) =>
        roles.addGrant(
          tx,
          { userId: u.id },
          { roleId: (await roles.findByCode('REPORTER'))!.id, unitId: dept.id },
          'test',
        ),
      );
      const officer = await t.loggedIn(u.username);
      const version = (await t.db.query(`SELECT version FROM units WHERE id = $1`, [dept.id]))[0]
        .version;
      const err = await officer.fails(
        `mutation($input: UpdateUnitInput!) { updateUnit(input: $input) { id } }`,
        {
          input: { id: dept.id, version, legalPerson: true },
        },
      );
      expect(err.extensions?.code).toBe('FORBIDDEN');
      expect(err.message).toBe(`Bạn không có quyền sửa đơn vị "${dept.name}".`);
    });

    it('a NOT_FOUND message carries no raw id', async () => {
      const err = await officerB.fails(UNIT, { id: communeA.id });
      expect(err).toMatchObject({
        message: 'Không tìm thấy đơn vị, hoặc bạn không có quyền xem.',
        extensions: { code: 'NOT_FOUND' },
      });
      namesNothingOf(err, communeA);
    });
  });
});
