import { Actor } from '../src/core/auth/actor';
import { ActorResolver } from '../src/core/auth/actor-resolver';
import { UnitScopes } from '../src/core/auth/unit-scope';
import { systemContext } from '../src/core/context/request-context';
import { TransactionRunner, type Tx } from '../src/core/database/transaction';
import { RestructuringService } from '../src/modules/org/restructuring.service';
import type { UnitEntity } from '../src/modules/org/unit.entity';
import { PeopleImportHandler } from '../src/modules/people/people-import.handler';
import { PeopleService } from '../src/modules/people/people.service';
import { graphql } from './gql';
import type { GqlClient } from './setup/gql-client';
import { startTestApp, type TestApp } from './setup/test-app';

/**
 * Issue 9, B1: one UnitScope (granted subtrees plus the ended units that became part of them) applied
 * by every module. A commune merged into a new one: the new commune's officer reaches the old
 * communes' units, staff and audit through the same scope, in lists, single reads and imports.
 */
const UNITS = graphql(`
  query ScopeUnits($includeEnded: Boolean, $asOf: Date) {
    units(includeEnded: $includeEnded, asOf: $asOf, first: 50) {
      edges {
        node {
          id
          status
          canOpen
        }
      }
    }
  }
`);
const UNIT = graphql(`
  query ScopeUnit($id: ID!) {
    unit(id: $id) {
      id
      canOpen
    }
  }
`);

describe('unit scope with lineage (issue 9, B1)', () => {
  let t: TestApp;
  let province: UnitEntity;
  let a: UnitEntity;
  let b: UnitEntity;
  let elsewhere: UnitEntity;
  let mergedId: string;
  let officerId: string;
  let officer: GqlClient;
  let personCode: string;
  const system = <T>(work: (tx: Tx) => Promise<T>) =>
    t.app.get(TransactionRunner).run(systemContext(Actor.system('Kiểm thử')), work);

  beforeAll(async () => {
    t = await startTestApp();
    province = await t.unit(`Tỉnh Phạm Vi ${t.uid()}`);
    a = await t.unit(`Xã Gốc A ${t.uid()}`, province, 'COMMUNE');
    b = await t.unit(`Xã Gốc B ${t.uid()}`, province, 'COMMUNE');
    elsewhere = await t.unit(`Xã Bên Cạnh ${t.uid()}`, province, 'COMMUNE');
    personCode = `PV-${t.uid()}`;
    // a former civil servant of commune A who left before the merge: no post moved with it
    await system(async (tx) => {
      const people = t.app.get(PeopleService);
      const person = await people.create(tx, {
        code: personCode,
        fullName: 'Trần Văn Phạm Vi',
        sex: 'MALE',
        position: {
          unitId: a.id,
          title: 'Công chức tư pháp',
          startedOn: '2015-01-01',
          staffCategory: 'CIVIL_SERVANT',
          isLeader: false,
        },
      } as never);
      const [post] = await people.currentPositions(person.id);
      await people.endPosition(tx, post!.id, '2024-01-01');
    });
    const outcome = await system((tx) =>
      t.app.get(RestructuringService).merge(tx, {
        sourceUnitIds: [a.id, b.id],
        newUnit: { code: `XM-${t.uid()}`, name: `Xã Hợp Nhất ${t.uid()}`, kindCode: 'COMMUNE' },
        newUnitParentId: province.id,
        effectiveDate: '2025-07-01',
        legalBasis: {
          number: '1656/NQ-UBTVQH15',
          date: '2025-06-16',
          title: 'Về việc sắp xếp các đơn vị hành chính cấp xã',
        },
      } as never),
    );
    mergedId = outcome.restructuring.resultUnitIds[0]!;
    const merged = { id: mergedId } as UnitEntity;
    const user = await t.user({ unit: merged, role: 'TDKT_OFFICER' });
    officerId = user.id;
    officer = await t.loggedIn(user.username);
  });
  afterAll(() => t.close());

  async function officerActor(): Promise<Actor> {
    const actor = await t.app.get(ActorResolver).actorOf('USER', officerId);
    if (!actor) throw new Error('the officer has no actor');
    return actor;
  }

  it('the scope holds the merged communes as former paths, and only them', async () => {
    const scope = await t.app.get(UnitScopes).of(await officerActor(), 'UNIT_READ');
    expect(scope.kind).toBe('units');
    if (scope.kind !== 'units') return;
    expect(scope.paths).toEqual([expect.any(String)]);
    expect(scope.formerPaths.sort()).toEqual([a.path, b.path].sort());
    expect(scope.formerPaths).not.toContain(elsewhere.path);
  });

  it('lists the old communes among ended units and as of a day before the merge', async () => {
    const ids = async (vars: { includeEnded?: boolean; asOf?: string }) =>
      (await officer.ok(UNITS, vars)).units.edges.map((e) => e.node.id);
    const ended = await ids({ includeEnded: true });
    expect(ended).toEqual(expect.arrayContaining([mergedId, a.id, b.id]));
    expect(ended).not.toContain(elsewhere.id);
    const before = await ids({ asOf: '2025-06-30' });
    expect(before).toEqual(expect.arrayContaining([a.id, b.id]));
    expect(before).not.toContain(elsewhere.id);
    expect(await ids({})).not.toContain(a.id);
  });

  it('opens an old commune and its past staff, and nothing of the neighbour', async () => {
    const { unit } = await officer.ok(UNIT, { id: a.id });
    expect(unit).toEqual({ id: a.id, canOpen: true });
    const refused = await officer.fails(UNIT, { id: elsewhere.id });
    expect(refused.extensions?.['code']).toBe('NOT_FOUND');
  });

  it('an import re-hiring the old commune’s former staff sees and manages them through the same scope', async () => {
    // the import used to read the plain subtrees (no lineage): this person was "outside your scope"
    const actor = await officerActor();
    const [{ code: mergedCode }] = await t.db.query(`SELECT code FROM units WHERE id = $1`, [
      mergedId,
    ]);
    const plan = await t.app
      .get(TransactionRunner)
      .dryRun({ actor, requestId: null, ipAddress: null, userAgent: null }, () =>
        t.app.get(PeopleImportHandler).plan(
          { actor, requestId: null, ipAddress: null, userAgent: null },
          [
            {
              rowNumber: 2,
              values: {
                code: personCode,
                fullName: 'Trần Văn Phạm Vi',
                sex: 'MALE',
                unitCode: mergedCode,
                title: 'Công chức tư pháp - hộ tịch',
                startedOn: '2025-08-01',
                staffCategory: 'CIVIL_SERVANT',
                isLeader: false,
              },
            },
          ],
          [[]],
        ),
      );
    expect(plan.verdicts).toEqual([{ action: 'UPDATE', problems: [] }]);
  });
});
