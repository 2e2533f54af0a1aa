import type { UnitEntity } from '../src/modules/org/unit.entity';
import { graphql } from './gql';
import type { GqlClient } from './setup/gql-client';
import { startTestApp, type TestApp } from './setup/test-app';

/**
 * The records' mutations are audited in their transaction (ADR 0004, 0010): a success writes its row,
 * scoped to the record's unit; a mutation that fails after writing leaves neither the data nor an
 * audit row.
 */
const CREATE_INITIATIVE = graphql(`
  mutation RecAuditInitCreate($input: CreateInitiativeInput!) {
    createInitiative(input: $input) {
      id
    }
  }
`);
const CREATE_AWARD = graphql(`
  mutation RecAuditAwardCreate($input: CreateAwardRecordInput!) {
    createAwardRecord(input: $input) {
      id
      version
    }
  }
`);
const UPDATE_AWARD = graphql(`
  mutation RecAuditAwardUpdate($input: UpdateAwardRecordInput!) {
    updateAwardRecord(input: $input) {
      id
      version
    }
  }
`);

describe('records audit', () => {
  let t: TestApp;
  let unit: UnitEntity;
  let officer: GqlClient;

  beforeAll(async () => {
    t = await startTestApp();
    const province = await t.unit(`Tỉnh Nhật Ký Hồ Sơ ${t.uid()}`);
    unit = await t.unit(`Sở Nhật Ký Hồ Sơ ${t.uid()}`, province);
    officer = await t.loggedIn((await t.user({ unit, role: 'TDKT_OFFICER' })).username);
  });
  afterAll(() => t.close());

  const auditRows = async (label: string) =>
    (await t.db.query(
      `SELECT operation, entity_type, unit_id FROM audit_log WHERE entity_label LIKE $1 ORDER BY created_at`,
      [`%${label}%`],
    )) as { operation: string; entity_type: string; unit_id: string }[];

  it('writes one row for a change, none for a mutation that failed after writing', async () => {
    const title = `Sáng kiến nhật ký ${t.uid()}`;
    const input = {
      unitId: unit.id,
      kind: 'SANG_KIEN',
      title,
      scope: 'UNIT',
      recognisedOn: '2024-04-01',
    } as const;
    // the initiative is inserted and audited, then its use fails (a year past next year): all undone
    const failed = await officer.fails(CREATE_INITIATIVE, {
      input: { ...input, usedFor: { awardName: 'Giấy khen', year: 9999, reference: 'QĐ 1' } },
    });
    expect(failed.extensions?.code).toBe('BAD_USER_INPUT');
    expect(
      (await t.db.query(`SELECT count(*)::int AS n FROM initiatives WHERE title = $1`, [title]))[0]
        .n,
    ).toBe(0);
    expect(await auditRows(title)).toEqual([]);

    await officer.ok(CREATE_INITIATIVE, { input });
    expect(await auditRows(title)).toEqual([
      { operation: 'initiative.create', entity_type: 'Initiative', unit_id: unit.id },
    ]);
  });

  it('records what an edit changed, and nothing for a save that changed nothing', async () => {
    const name = `Giấy khen nhật ký ${t.uid()}`;
    const { createAwardRecord } = await officer.ok(CREATE_AWARD, {
      input: { unitId: unit.id, awardName: name, year: 2022 },
    });
    const { updateAwardRecord } = await officer.ok(UPDATE_AWARD, {
      input: {
        id: createAwardRecord.id,
        version: createAwardRecord.version,
        awardName: name,
        year: 2023,
      },
    });
    await officer.ok(UPDATE_AWARD, {
      input: {
        id: updateAwardRecord.id,
        version: updateAwardRecord.version,
        awardName: name,
        year: 2023,
      },
    });
    const rows = (await t.db.query(
      `SELECT operation, changes FROM audit_log WHERE entity_id = $1 ORDER BY created_at`,
      [createAwardRecord.id],
    )) as { operation: string; changes: { field: string; before?: unknown; after?: unknown }[] }[];
    expect(rows.map((r) => r.operation)).toEqual(['awardRecord.create', 'awardRecord.update']);
    expect(rows[1]?.changes).toEqual([{ field: 'year', before: 2022, after: 2023 }]);
  });
});
