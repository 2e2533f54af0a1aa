import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { VersionedEntity } from '../../../core/database/base.entity';
import { UnitEntity } from '../../org/unit.entity';

export type ApiClientStatus = 'ACTIVE' | 'REVOKED';

/** A service account for another system. Its key is `<keyPrefix>_<secret>`; only a hash is kept. */
@Entity('api_clients')
export class ApiClientEntity extends VersionedEntity {
  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Index()
  @Column({ type: 'uuid' })
  unitId!: string;

  @ManyToOne(() => UnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id' })
  unit?: UnitEntity;

  @Column({ type: 'text', unique: true })
  keyPrefix!: string;

  /** sha256 of the secret (high-entropy random, so a fast hash is the right tool). */
  @Column({ type: 'text' })
  secretHash!: string;

  @Column({ type: 'text', default: 'ACTIVE' })
  status!: ApiClientStatus;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  lastUsedAt!: Date | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  revokedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  createdById!: string | null;
}
