import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import type { IsoDate } from '@thidua/shared-domain';
import { BaseEntity, VersionedEntity } from '../../core/database/base.entity';
import { UnitEntity } from '../org/unit.entity';

export type Sex = 'MALE' | 'FEMALE';
export type StaffCategory = 'CIVIL_SERVANT' | 'PUBLIC_EMPLOYEE' | 'WORKER' | 'OFFICER' | 'OTHER';

/**
 * A person, once, whatever units they work in over time. The attributes feed statistics and the
 * delegate balance of a congress (women, youth, ethnic minorities, direct workers, Party members).
 */
@Entity('people')
@Index('people_search_words', { synchronize: false })
// Vietnamese order (given name, family name; migration PeopleVietnameseOrder) and part of a code
@Index('people_name_sort_key_id', ['nameSortKey', 'id'])
@Index('people_code_trgm', { synchronize: false })
@Index('people_code_uq', ['code'], { unique: true, where: 'code IS NOT NULL' })
// lists are ordered by name (keyset on name, id): the first page of a province reads the index only
@Index('people_full_name_id', ['fullName', 'id'])
// (id) INCLUDE (sex): a collective's share of women counted from the index only (migration
// CollectiveFactsIndexes)
@Index('people_id_sex', { synchronize: false })
export class PersonEntity extends VersionedEntity {
  /** Mã nhân sự (số hiệu cán bộ, công chức…): optional, unique; the key a people import matches on. */
  @Column({ type: 'citext', nullable: true })
  code!: string | null;

  @Column({ type: 'text' })
  fullName!: string;

  /**
   * `thidua_name_sort_key(full_name)`, set by a trigger on every write: sorts in Vietnamese order
   * (given name, family name, middle names) byte by byte. Lists order by it; never written here.
   */
  @Column({
    type: 'text',
    collation: 'C',
    nullable: true,
    select: false,
    insert: false,
    update: false,
  })
  nameSortKey!: string | null;

  @Column({ type: 'text' })
  sex!: Sex;

  @Column({ type: 'date', nullable: true })
  dateOfBirth!: IsoDate | null;

  /** Dân tộc, e.g. "Kinh", "Tày", "Khmer". */
  @Column({ type: 'text', nullable: true })
  ethnicity!: string | null;

  @Column({ type: 'text', nullable: true })
  religion!: string | null;

  /** Quê quán. */
  @Column({ type: 'text', nullable: true })
  hometown!: string | null;

  @Column({ type: 'boolean', default: false })
  partyMember!: boolean;

  @Column({ type: 'date', nullable: true })
  partyJoinedOn!: IsoDate | null;

  @Column({ type: 'text', nullable: true })
  note!: string | null;
}

/** A person's post in a unit over a period: startedOn <= d < endedOn. */
@Entity('positions')
// (person_id, started_on) INCLUDE (ended_on, unit_id): "a current post in these units", checked person
// by person, reads the index only (migration PositionsPersonIndex)
@Index('positions_person_current', { synchronize: false })
// (unit_id) INCLUDE (person_id, started_on, ended_on): a unit's people in a year from the index only
// (migration CollectiveFactsIndexes)
@Index('positions_unit_members', { synchronize: false })
@Index(['unitId', 'endedOn'])
export class PositionEntity extends BaseEntity {
  @Column({ type: 'uuid' })
  personId!: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id' })
  person?: PersonEntity;

  @Column({ type: 'uuid' })
  unitId!: string;

  @ManyToOne(() => UnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id' })
  unit?: UnitEntity;

  /** Chức vụ, e.g. "Chuyên viên", "Trưởng phòng". */
  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'date' })
  startedOn!: IsoDate;

  @Column({ type: 'date', nullable: true })
  endedOn!: IsoDate | null;

  /** Lãnh đạo, quản lý (false: người trực tiếp làm việc). */
  @Column({ type: 'boolean', default: false })
  isLeader!: boolean;

  @Column({ type: 'text' })
  staffCategory!: StaffCategory;
}
