import { Column, JoinColumn, ManyToOne } from 'typeorm';
import type { AwardSubject } from '@thidua/shared-domain';
import { VersionedEntity } from '../../core/database/base.entity';
import { UnitEntity } from '../org/unit.entity';
import { PersonEntity } from '../people/person.entity';

/**
 * What the four record tables share: who the record is about and the unit it is scoped to.
 *
 * - INDIVIDUAL: `person_id`, and `unit_id` the unit the person worked in when it happened (the unit
 *   that evaluated them, put them forward, reported the hold): its readers read the row, as a
 *   position is read at its unit (ADR 0013), and the row stays there when the person moves on;
 * - COLLECTIVE: `unit_id` is the unit itself;
 * - HOUSEHOLD (award history only): a name and address under `unit_id`, the commune that keeps it.
 *
 * `unit_path` is the unit's path, denormalised for the GiST-indexed scope filter (the restructuring
 * participant keeps it in step when units move); `subject_name` the person's or unit's name when
 * written (search and the list's order); `sort_key` is set by a trigger (migration Records): newest
 * year first, then people in Vietnamese name order.
 */
export abstract class SubjectRecordEntity extends VersionedEntity {
  @Column({ type: 'text' })
  subject!: AwardSubject;

  @Column({ type: 'uuid', nullable: true })
  personId!: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'person_id' })
  person?: PersonEntity | null;

  @Column({ type: 'uuid' })
  unitId!: string;

  @ManyToOne(() => UnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id' })
  unit?: UnitEntity;

  @Column({ type: 'ltree' })
  unitPath!: string;

  @Column({ type: 'text' })
  subjectName!: string;

  /** Set by the trigger `<table>_sort_key` on every write; never here. */
  @Column({ type: 'text', collation: 'C', nullable: true, insert: false, update: false })
  sortKey!: string | null;

  @Column({ type: 'text', nullable: true })
  note!: string | null;
}
