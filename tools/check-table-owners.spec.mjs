import { describe, expect, it } from 'vitest';
import { check } from './check-table-owners.mjs';

const M = 'apps/api/src/modules';
const entities = [
  {
    file: `${M}/people/person.entity.ts`,
    text: `@Entity('people') export class PersonEntity {}\n@Entity({ name: 'positions' }) export class PositionEntity {}`,
  },
  { file: `${M}/org/unit.entity.ts`, text: `@Entity('units') export class UnitEntity {}` },
  {
    file: 'apps/api/src/core/audit/audit-log.entity.ts',
    text: `@Entity('audit_log') export class AuditLogEntity {}`,
  },
];
const run = (file, text) =>
  check([...entities, { file, text }]).violations.map((v) => `${v.writer}>${v.table}`);

describe('check-table-owners', () => {
  it('maps each table to the module or core that declares its entity', () => {
    const { owners } = check(entities);
    expect(Object.fromEntries(owners)).toEqual({
      people: 'people',
      positions: 'people',
      units: 'org',
      audit_log: 'core',
    });
  });

  it("lets a module write its own tables, and read anyone's", () => {
    const text = `
      await em.query('INSERT INTO people (id) VALUES ($1)');
      await em.query(\`UPDATE positions SET title = $1 WHERE id = $2\`);
      await em.getRepository(PersonEntity).update(id, x);
      await em.query('SELECT * FROM units u JOIN positions p ON p.unit_id = u.id FOR UPDATE OF p');
      await em.query('INSERT INTO positions (id) VALUES ($1) ON CONFLICT (id) DO UPDATE SET title = excluded.title');`;
    expect(run(`${M}/people/people.service.ts`, text)).toEqual([]);
  });

  it("finds raw SQL writing another module's or core's tables, in any string or template", () => {
    const text = `
      await tx.em.query(\`INSERT INTO people (id, code) SELECT x.id, x.code FROM jsonb_to_recordset($1::jsonb) AS x(id uuid)\`, [v]);
      await tx.em.query(\`
        update "positions" p set title = x.title from y where p.id = y.id\`);
      await tx.em.query('DELETE FROM units WHERE id = $1', [id]);
      await tx.em.query(\`INSERT INTO audit_log (id) VALUES (\${id})\`);`;
    expect(run(`${M}/imports/people-import.service.ts`, text)).toEqual([
      'imports>people',
      'imports>positions',
      'imports>units',
      'imports>audit_log',
    ]);
  });

  it("finds TypeORM writes of another module's entity, by class or by name", () => {
    const text = `
      await tx.em.getRepository(PersonEntity).find();
      await tx.em.insert(PositionEntity, rows);
      await qb.insert().into('units').values(v).execute();
      await tx.em.save('PersonEntity', row);`;
    expect(run(`${M}/imports/x.service.ts`, text)).toEqual([
      'imports>people',
      'imports>positions',
      'imports>units',
      'imports>people',
    ]);
  });

  it('refuses a write to a table named at run time', () => {
    expect(
      run(`${M}/imports/x.ts`, 'await em.query(`DELETE FROM ${table} WHERE id = $1`, [id]);'),
    ).toEqual(['imports>?']);
  });

  it('lets migrations write every table (they own the schema and its backfills), and nothing else', () => {
    const text = `await q.query('UPDATE people SET code = upper(code)');`;
    expect(run('apps/api/src/core/database/migrations/1700000000000-x.ts', text)).toEqual([]);
    expect(run('apps/api/src/core/jobs/job.service.ts', text)).toEqual(['core>people']);
    expect(run('apps/api/src/seeds/demo-loader.ts', text)).toEqual(['seeds>people']);
  });

  it('ignores the words in comments and import paths', () => {
    const text = `// we UPDATE people here? no: this is a comment\nimport { x } from './update people';`;
    expect(run(`${M}/imports/x.ts`, text)).toEqual([]);
  });
});
