import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import type { IsoDate, UnitTree } from '@thidua/shared-domain';
import { VersionedEntity } from '../../core/database/base.entity';
import { UnitKindEntity } from './unit-kind.entity';

export type UnitStatus = 'ACTIVE' | 'DISSOLVED' | 'MERGED' | 'SPLIT';

/**
 * An organisational unit as it is now (its past lives in unit_versions). Valid on the dates d with
 * validFrom <= d < validTo; from validTo on it is read-only (dissolved, merged or split).
 */
@Entity('units')
@Index('unit_path_gist', { synchronize: false })
@Index('unit_search_words', { synchronize: false })
@Index('units_active_children', { synchronize: false })
export class UnitEntity extends VersionedEntity {
  @Column({ type: 'citext', unique: true })
  code!: string;

  @Column({ type: 'text' })
  name!: string;

  /** Used in document headers and số/ký hiệu, e.g. "UBND", "SNV". */
  @Column({ type: 'text', nullable: true })
  shortName!: string | null;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  parentId!: string | null;

  /** Materialised path of id labels (hyphens removed) from the root: `a1b2….c3d4…`. */
  @Column({ type: 'ltree' })
  path!: string;

  @Column({ type: 'int' })
  depth!: number;

  @Column({ type: 'uuid' })
  kindId!: string;

  @ManyToOne(() => UnitKindEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'kind_id' })
  kind?: UnitKindEntity;

  /** Denormalised from the kind, so each parallel tree is one indexed filter. */
  @Index()
  @Column({ type: 'text' })
  tree!: UnitTree;

  /** Có tư cách pháp nhân: decides who may award (Luật TĐKT Điều 80). */
  @Column({ type: 'boolean', default: false })
  legalPerson!: boolean;

  @Column({ type: 'text', nullable: true })
  address!: string | null;

  @Column({ type: 'text', nullable: true })
  phone!: string | null;

  @Column({ type: 'text', nullable: true })
  email!: string | null;

  @Column({ type: 'date' })
  validFrom!: IsoDate;

  @Column({ type: 'date', nullable: true })
  validTo!: IsoDate | null;

  @Column({ type: 'text', default: 'ACTIVE' })
  status!: UnitStatus;

  /**
   * Not a column: set when name, code, short name and parent were replaced by those valid on this day
   * (an "as of" read); such a row is never saved.
   */
  asOf?: IsoDate;

  /**
   * Not a column: the number of active children, when a list read it in its own statement
   * (`OrgService.list`/`children` with `childCounts`, what a tree row shows).
   */
  activeChildCount?: number;
}

export function pathLabel(id: string): string {
  return id.replace(/-/g, '');
}

/** The unit id a path label stands for (the inverse of `pathLabel`). */
export function idFromLabel(label: string): string {
  return `${label.slice(0, 8)}-${label.slice(8, 12)}-${label.slice(12, 16)}-${label.slice(16, 20)}-${label.slice(20)}`;
}

/** Ids of a unit's ancestors, root first, read off its path. */
export function ancestorIds(path: string): string[] {
  return path.split('.').slice(0, -1).map(idFromLabel);
}
