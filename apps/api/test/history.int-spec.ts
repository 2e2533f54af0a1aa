import { Actor } from '../src/core/auth/actor';
import { systemContext } from '../src/core/context/request-context';
import { TransactionRunner, type Tx } from '../src/core/database/transaction';
import { RestructuringService } from '../src/modules/org/restructuring.service';
import type { UnitEntity } from '../src/modules/org/unit.entity';
import { PeopleService } from '../src/modules/people/people.service';
import type { GqlClient } from './setup/gql-client';
import { startTestApp, type TestApp } from './setup/test-app';

/** Issue 9, C4: the structure as of a day, a merged unit's history, its past staff, past restructurings. */
const UNITS_AS_OF = `query($root: ID!, $asOf: Date) {
  units(descendantsOf: $root, asOf: $asOf, first: 20) { edges { node { id name status } } } }`;
const HISTORY = `query($id: ID!) { unit(id: $id) { id status
  history { validFrom validTo name restructuring { kind } endedBy { kind effectiveDate legalBasisNumber results { id name } } } } }`;
const RESTRUCTURINGS = `query($first: Int, $after: String, $unitId: ID) {
  restructurings(first: $first, after: $after, unitId: $unitId) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id kind effectiveDate sources { id name status } results { id name } } } } }`;
const PAST_STAFF = `query($unitId: ID) { people(unitId: $unitId, includeDescendants: false, includeFormer: true, first: 20) {
  edges { node { fullName positions { title startedOn endedOn unit { id } } } } } }`;

const basis = {
  number: '1656/NQ-UBTVQH15',
  date: '2025-06-16',
  title: 'Về việc sắp xếp các đơn vị hành chính cấp xã',
};

describe('history (issue 9, C4)', () => {
  let t: TestApp;
  let province: UnitEntity;
  let a: UnitEntity;
  let b: UnitEntity;
  let merged: { id: string; restructuringId: string };
  let officer: GqlClient;
  let outsider: GqlClient;
  const system = <T>(work: (tx: Tx) => Promise<T>) =>
    t.app.get(TransactionRunner).run(systemContext(Actor.system('Kiểm thử')), work);

  beforeAll(async () => {
    t = await startTestApp();
    province = await t.unit(`Tỉnh Lịch Sử ${t.uid()}`);
    a = await t.unit(`Xã Cũ A ${t.uid()}`, province, 'COMMUNE');
    b = await t.unit(`Xã Cũ B ${t.uid()}`, province, 'COMMUNE');
    await system((tx) =>
      t.app.get(PeopleService).create(tx, {
        fullName: 'Lê Thị Cũ',
        sex: 'FEMALE',
        position: {
          unitId: a.id,
          title: 'Công chức văn hóa',
          startedOn: '2021-01-01',
          staffCategory: 'CIVIL_SERVANT',
          isLeader: false,
        },
      } as never),
    );
    const officerUser = await t.user({ unit: a, role: 'TDKT_OFFICER' });
    const outcome = await system((tx) =>
      t.app.get(RestructuringService).merge(tx, {
        sourceUnitIds: [a.id, b.id],
        newUnit: { code: `X-${t.uid()}`, name: `Xã Mới ${t.uid()}`, kindCode: 'COMMUNE' },
        newUnitParentId: province.id,
        effectiveDate: '2025-07-01',
        legalBasis: basis,
      } as never),
    );
    merged = {
      id: outcome.restructuring.resultUnitIds[0]!,
      restructuringId: outcome.restructuring.id,
    };
    // the officer's scope followed the merge to the new commune
    officer = await t.loggedIn(officerUser.username);
    const elsewhere = await t.unit(`Tỉnh Khác ${t.uid()}`);
    outsider = await t.loggedIn((await t.user({ unit: elsewhere, role: 'TDKT_OFFICER' })).username);
  });
  afterAll(() => t.close());

  it('as of a day, the units alive that day look alive', async () => {
    const provincial = await t.loggedIn(
      (await t.user({ unit: province, role: 'LEADER' })).username,
    );
    const statuses = async (asOf: string | null) =>
      Object.fromEntries(
        (await provincial.ok(UNITS_AS_OF, { root: province.id, asOf })).units.edges.map(
          (e: { node: { id: string; status: string } }) => [e.node.id, e.node.status],
        ),
      );
    const before = await statuses('2025-06-30');
    expect([before[a.id], before[b.id], before[merged.id]]).toEqual([
      'ACTIVE',
      'ACTIVE',
      undefined,
    ]);
    const after = await statuses('2025-07-01');
    expect([after[a.id], after[b.id], after[merged.id]]).toEqual([undefined, undefined, 'ACTIVE']);
    // read today, the old commune is merged
    expect((await officer.ok(HISTORY, { id: a.id })).unit.status).toBe('MERGED');
  });

  it('a merged unit’s history ends with the merge, naming what it became', async () => {
    const { unit } = await officer.ok(HISTORY, { id: a.id });
    expect(unit.history.at(-1)).toMatchObject({
      validTo: '2025-07-01',
      endedBy: {
        kind: 'MERGE',
        effectiveDate: '2025-07-01',
        legalBasisNumber: basis.number,
        results: [{ id: merged.id }],
      },
    });
    // the new commune's current period is open: ended by nothing
    const { unit: now } = await officer.ok(HISTORY, { id: merged.id });
    expect(
      now.history.map((v: { restructuring: { kind: string } | null; endedBy: unknown }) => [
        v.restructuring?.kind ?? null,
        v.endedBy,
      ]),
    ).toEqual([['MERGE', null]]);
  });

  it('an ended unit keeps its past staff: the posts the merge ended stay at the old commune', async () => {
    const { people } = await officer.ok(PAST_STAFF, { unitId: a.id });
    expect(people.edges.map((e: { node: { fullName: string } }) => e.node.fullName)).toEqual([
      'Lê Thị Cũ',
    ]);
    const atOld = people.edges[0].node.positions.filter(
      (p: { unit: { id: string } }) => p.unit.id === a.id,
    );
    expect(atOld).toEqual([
      {
        title: 'Công chức văn hóa',
        startedOn: '2021-01-01',
        endedOn: '2025-07-01',
        unit: { id: a.id },
      },
    ]);
  });

  it('lists past restructurings within the scope, newest first, page by page', async () => {
    const first = (await officer.ok(RESTRUCTURINGS, { first: 1 })).restructurings;
    expect(first.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([
      merged.restructuringId,
    ]);
    expect(first.edges[0].node).toMatchObject({
      kind: 'MERGE',
      effectiveDate: '2025-07-01',
      results: [{ id: merged.id }],
    });
    expect(
      first.edges[0].node.sources
        .map((s: { id: string; status: string }) => [s.id, s.status])
        .sort(),
    ).toEqual(
      [
        [a.id, 'MERGED'],
        [b.id, 'MERGED'],
      ].sort(),
    );
    const byUnit = (await officer.ok(RESTRUCTURINGS, { first: 5, unitId: a.id })).restructurings;
    expect(byUnit.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([
      merged.restructuringId,
    ]);
    // another province's officer sees none of it
    const theirs = (await outsider.ok(RESTRUCTURINGS, { first: 20 })).restructurings.edges.map(
      (e: { node: { id: string } }) => e.node.id,
    );
    expect(theirs).not.toContain(merged.restructuringId);
  });
});
