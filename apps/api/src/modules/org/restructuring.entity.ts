import { Column, Entity, Index } from 'typeorm';
import type { IsoDate } from '@thidua/shared-domain';
import { BaseEntity } from '../../core/database/base.entity';

export type RestructuringKind = 'CREATE' | 'RENAME' | 'MOVE' | 'MERGE' | 'SPLIT' | 'DISSOLVE';

/** A decision that changed the structure, with its legal basis (nghị quyết, quyết định). */
@Entity('restructurings')
@Index(['effectiveDate'])
export class RestructuringEntity extends BaseEntity {
  @Column({ type: 'text' })
  kind!: RestructuringKind;

  @Column({ type: 'date' })
  effectiveDate!: IsoDate;

  @Column({ type: 'text' })
  legalBasisNumber!: string;

  @Column({ type: 'date' })
  legalBasisDate!: IsoDate;

  @Column({ type: 'text', nullable: true })
  legalBasisTitle!: string | null;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ type: 'text' })
  actorName!: string;

  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  sourceUnitIds!: string[];

  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  resultUnitIds!: string[];
}
