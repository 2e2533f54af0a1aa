import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Audit rows scoped by the record they are about, not by the actor (issue 9 A5, ADR 0010): the unit
 * that owns the record and its tree path (GiST-indexed, a scoped reader's filter is
 * `unit_path <@ ANY(scope)`), and the record's display label (the viewer shows a name, never a UUID).
 * Written by hand: the backfill and the GiST index are beyond the generator.
 *
 * The backfill derives the unit of existing rows where the record still says it: a unit itself, a
 * user's and an API client's home unit, a person's current (else latest) post, a position's unit, a
 * cluster's organiser, a restructuring's single result (else its first source), a link's own side,
 * an import batch's uploader's unit. It uses today's path (the path at the time was not kept).
 * Everything else (roles, unit kinds, bulk import rows naming many people, records since deleted)
 * stays NULL: global readers only, which is what a row that cannot be placed must fall back to.
 */
export class AuditRecordScope1796521437028 implements MigrationInterface {
  name = 'AuditRecordScope1796521437028';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "audit_log" ADD "entity_label" text`);
    await queryRunner.query(`ALTER TABLE "audit_log" ADD "unit_id" uuid`);
    await queryRunner.query(`ALTER TABLE "audit_log" ADD "unit_path" ltree`);

    // The log is append-only for everyone; the migration owner lifts the row trigger for this one
    // backfill of new columns, in this migration's transaction, and puts it back before committing.
    await queryRunner.query(`ALTER TABLE "audit_log" DISABLE TRIGGER audit_log_no_update_delete`);
    const fill = (sql: string) => queryRunner.query(sql);
    await fill(`UPDATE audit_log a SET unit_id = u.id, entity_label = u.name
                  FROM units u WHERE a.entity_type = 'Unit' AND a.entity_id = u.id::text`);
    await fill(`UPDATE audit_log a SET unit_id = x.unit_id, entity_label = x.username
                  FROM users x WHERE a.entity_type = 'User' AND a.entity_id = x.id::text`);
    await fill(`UPDATE audit_log a SET unit_id = x.unit_id, entity_label = x.name
                  FROM api_clients x WHERE a.entity_type = 'ApiClient' AND a.entity_id = x.id::text`);
    await fill(`UPDATE audit_log a SET unit_id = post.unit_id, entity_label = p.full_name
                  FROM people p
                  LEFT JOIN LATERAL (
                    SELECT ps.unit_id FROM positions ps WHERE ps.person_id = p.id
                     ORDER BY (ps.ended_on IS NULL OR ps.ended_on > current_date) DESC, ps.started_on DESC
                     LIMIT 1) post ON true
                 WHERE a.entity_type = 'Person' AND a.entity_id = p.id::text`);
    await fill(`UPDATE audit_log a SET unit_id = ps.unit_id, entity_label = p.full_name || ' — ' || ps.title
                  FROM positions ps JOIN people p ON p.id = ps.person_id
                 WHERE a.entity_type = 'Position' AND a.entity_id = ps.id::text`);
    await fill(`UPDATE audit_log a SET unit_id = c.organizer_unit_id, entity_label = c.name
                  FROM clusters c WHERE a.entity_type = 'Cluster' AND a.entity_id = c.id::text`);
    await fill(`UPDATE audit_log a SET unit_id = c.organizer_unit_id, entity_label = c.name || ' — ' || u.name
                  FROM cluster_memberships m JOIN clusters c ON c.id = m.cluster_id JOIN units u ON u.id = m.unit_id
                 WHERE a.entity_type = 'ClusterMembership' AND a.entity_id = m.id::text`);
    await fill(`UPDATE audit_log a SET unit_id = c.organizer_unit_id, entity_label = c.name || ' (' || l.year || ')'
                  FROM cluster_leaderships l JOIN clusters c ON c.id = l.cluster_id
                 WHERE a.entity_type = 'ClusterLeadership' AND a.entity_id = l.id::text`);
    await fill(`UPDATE audit_log a
                   SET unit_id = CASE WHEN cardinality(r.result_unit_ids) = 1 THEN r.result_unit_ids[1]
                                      ELSE r.source_unit_ids[1] END,
                       entity_label = (SELECT string_agg(u.name, ', ') FROM units u
                                        WHERE u.id = ANY(CASE WHEN cardinality(r.source_unit_ids) > 0
                                                              THEN r.source_unit_ids ELSE r.result_unit_ids END))
                  FROM restructurings r WHERE a.entity_type = 'Restructuring' AND a.entity_id = r.id::text`);
    // a link's side is in its changes (unlinked links are gone from unit_links)
    await fill(`UPDATE audit_log a SET unit_id = u.id, entity_label = u.name
                  FROM units u
                 WHERE a.entity_type = 'UnitLink'
                   AND u.id::text = (SELECT coalesce(c->>'after', c->>'before') FROM jsonb_array_elements(a.changes) c
                                      WHERE c->>'field' = 'unitId' LIMIT 1)`);
    await fill(`UPDATE audit_log a SET unit_id = a.acting_unit_id,
                       entity_label = (SELECT coalesce(c->>'after', c->>'before') FROM jsonb_array_elements(a.changes) c
                                        WHERE c->>'field' = 'fileName' LIMIT 1)
                 WHERE a.entity_type = 'ImportBatch'`);
    await fill(`UPDATE audit_log a SET entity_label = x.name
                  FROM roles x WHERE a.entity_type = 'Role' AND a.entity_id = x.id::text`);
    await fill(`UPDATE audit_log a SET entity_label = x.name
                  FROM unit_kinds x WHERE a.entity_type = 'UnitKind' AND a.entity_id = x.id::text`);
    await fill(`UPDATE audit_log a SET unit_path = u.path FROM units u WHERE u.id = a.unit_id`);
    await queryRunner.query(`ALTER TABLE "audit_log" ENABLE TRIGGER audit_log_no_update_delete`);

    await queryRunner.query(
      `CREATE INDEX "audit_log_unit_path" ON "audit_log" USING gist ("unit_path")`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."audit_log_unit_path"`);
    await queryRunner.query(`ALTER TABLE "audit_log" DROP COLUMN "unit_path"`);
    await queryRunner.query(`ALTER TABLE "audit_log" DROP COLUMN "unit_id"`);
    await queryRunner.query(`ALTER TABLE "audit_log" DROP COLUMN "entity_label"`);
  }
}
