import { Column, Entity, Index } from 'typeorm';
import { VersionedEntity } from '../../core/database/base.entity';

/**
 * An organisational unit. Issue "Organisation" grows this into the full model (kinds, parallel trees,
 * effective dates, lineage); identity already scopes roles to it through `path`.
 */
@Entity('units')
@Index('unit_path_gist', { synchronize: false })
@Index('unit_search_trgm', { synchronize: false })
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
}

export function pathLabel(id: string): string {
  return id.replace(/-/g, '');
}
