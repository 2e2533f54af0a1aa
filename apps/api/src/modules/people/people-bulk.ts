import { randomUUID } from 'node:crypto';
import type { Tx } from '../../core/database/transaction';
import { AppError } from '../../core/errors/app-error';
import type { PersonEntity } from './person.entity';
import { PERSON_AUDIT_FIELDS, type PersonData, type PositionData } from './people.service';

/**
 * Bulk writes of `people` and `positions` for the Excel import, here because this module owns those
 * tables (tools/check-table-owners.mjs). One statement per call instead of one per person: the
 * 20 000-row people import stays a few seconds. The caller has already checked every row (scope,
 * dates, codes, overlaps) in the same transaction; these only write and audit.
 */

/** A new person and their first position. */
export interface BulkNewPerson {
  data: PersonData;
  position: PositionData;
}

/** A known person as read in this transaction (its `version` guards the write) and their new attributes. */
export interface BulkPersonChange {
  person: PersonEntity;
  data: PersonData;
}

/**
 * The attributes an import compares and writes: the audited person fields but the code (the key).
 * A function, not a constant: people.service.ts imports this file, so its constant is read at call time.
 */
function attributeFields() {
  return PERSON_AUDIT_FIELDS.filter(
    (f): f is Exclude<(typeof PERSON_AUDIT_FIELDS)[number], 'code'> => f !== 'code',
  );
}

function sameValue(a: unknown, b: unknown): boolean {
  return (a ?? null) === (b ?? null);
}

/** Whether an import row changes any attribute of a known person. */
export function attributesDiffer(person: PersonEntity, data: PersonData): boolean {
  return attributeFields().some((f) => !sameValue(person[f], data[f]));
}

/** A person's attributes as the columns of `people` (both bulk statements read them by these names). */
function attributeColumns(data: PersonData) {
  return {
    full_name: data.fullName,
    sex: data.sex,
    date_of_birth: data.dateOfBirth ?? null,
    ethnicity: data.ethnicity ?? null,
    religion: data.religion ?? null,
    hometown: data.hometown ?? null,
    party_member: data.partyMember,
    party_joined_on: data.partyJoinedOn ?? null,
    note: data.note ?? null,
  };
}

/**
 * Changed attributes of known people, one statement, guarded by the version read when the rows were
 * checked: someone saving a person meanwhile fails the whole import rather than being overwritten.
 * One audit row per unit the people work in lists every person's changed fields.
 */
export async function bulkUpdatePeople(
  tx: Tx,
  rows: readonly BulkPersonChange[],
  auditUnitsOf: (personIds: string[]) => Promise<Map<string, string | null>>,
): Promise<void> {
  if (!rows.length) return;
  const values = rows.map(({ person, data }) => ({
    id: person.id,
    version: person.version,
    ...attributeColumns(data),
  }));
  const [, affected] = (await tx.em.query(
    `UPDATE people p
        SET full_name = x.full_name, sex = x.sex, date_of_birth = x.date_of_birth, ethnicity = x.ethnicity,
            religion = x.religion, hometown = x.hometown, party_member = x.party_member,
            party_joined_on = x.party_joined_on, note = x.note, version = p.version + 1, updated_at = now()
       FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, version int, full_name text, sex text, date_of_birth date,
            ethnicity text, religion text, hometown text, party_member boolean, party_joined_on date, note text)
      WHERE p.id = x.id AND p.version = x.version`,
    [JSON.stringify(values)],
  )) as [unknown, number];
  if (affected !== rows.length) {
    throw new AppError(
      'CONFLICT',
      'Một số người trong tệp vừa được người khác sửa trong lúc nhập.',
    );
  }
  // one audit row per unit the people work in: each is read where that unit is in scope (ADR 0010)
  const units = await auditUnitsOf(rows.map((r) => r.person.id));
  for (const [unitId, group] of groupRows(rows, (r) => units.get(r.person.id) ?? null)) {
    await tx.audit.bulk(
      'person.importUpdate',
      { entityType: 'Person', label: `${group.length} cán bộ`, scopeUnitId: unitId },
      [
        {
          field: 'updated',
          after: group.map(({ person, data }) => ({
            id: person.id,
            code: person.code,
            changes: attributeFields()
              .filter((f) => !sameValue(person[f], data[f]))
              .map((f) => ({
                field: f,
                before: person[f] ?? null,
                after: data[f] ?? null,
              })),
          })),
        },
      ],
    );
  }
}

/**
 * New people and their first positions, one statement each for all of `rows`, and one audit row per
 * unit listing who was created there (instead of two per person).
 */
export async function bulkCreatePeople(tx: Tx, rows: readonly BulkNewPerson[]): Promise<void> {
  if (!rows.length) return;
  const people = rows.map(({ data }) => ({
    id: randomUUID(),
    code: data.code ?? null,
    ...attributeColumns(data),
  }));
  const positions = rows.map(({ position: p }, i) => ({
    id: randomUUID(),
    person_id: people[i].id,
    unit_id: p.unitId,
    title: p.title,
    started_on: p.startedOn,
    is_leader: p.isLeader,
    staff_category: p.staffCategory,
  }));
  await tx.em.query(
    `INSERT INTO people (id, version, code, full_name, sex, date_of_birth, ethnicity, religion, hometown,
                         party_member, party_joined_on, note)
     SELECT x.id, 1, x.code, x.full_name, x.sex, x.date_of_birth, x.ethnicity, x.religion, x.hometown,
            x.party_member, x.party_joined_on, x.note
       FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, code citext, full_name text, sex text, date_of_birth date,
            ethnicity text, religion text, hometown text, party_member boolean, party_joined_on date, note text)`,
    [JSON.stringify(people)],
  );
  await tx.em.query(
    `INSERT INTO positions (id, person_id, unit_id, title, started_on, ended_on, is_leader, staff_category)
     SELECT x.id, x.person_id, x.unit_id, x.title, x.started_on, NULL, x.is_leader, x.staff_category
       FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, person_id uuid, unit_id uuid, title text, started_on date,
            is_leader boolean, staff_category text)`,
    [JSON.stringify(positions)],
  );
  // one audit row per unit: each is read where that unit is in scope (ADR 0010)
  for (const [unitId, posts] of groupRows(positions, (p) => p.unit_id)) {
    const ids = new Set(posts.map((p) => p.person_id));
    await tx.audit.bulk(
      'person.import',
      { entityType: 'Person', label: `${ids.size} cán bộ`, scopeUnitId: unitId },
      [
        {
          field: 'created',
          after: people
            .filter((p) => ids.has(p.id))
            .map((p) => ({ id: p.id, code: p.code, fullName: p.full_name })),
        },
        {
          field: 'positions',
          after: posts.map((p) => ({
            id: p.id,
            personId: p.person_id,
            unitId: p.unit_id,
            title: p.title,
            startedOn: p.started_on,
          })),
        },
      ],
    );
  }
}

function groupRows<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}
